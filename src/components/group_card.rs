//! One group of figures as its card: a chart (canvas, with its static SVG first) or number
//! tiles, titled.

use yew::prelude::*;

use super::card::CardHead;
use super::chart::ChartView;
use super::tiles::Tiles;
use crate::charts::has_canvas;
use crate::data::Group;

#[derive(Properties, PartialEq)]
pub struct GroupCardProps {
    pub group: &'static Group,
}

#[function_component(GroupCard)]
pub fn group_card(props: &GroupCardProps) -> Html {
    let group = props.group;
    if has_canvas(group.chart) {
        html! { <ChartView {group} /> }
    } else {
        html! {
            <figure class="qsh-card" data-group={group.id}>
                <CardHead {group} />
                <Tiles figures={group.figures} />
            </figure>
        }
    }
}
