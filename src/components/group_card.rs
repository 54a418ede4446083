//! One group of figures as its card: a chart (canvas, with its static SVG first), a part of a
//! whole as a meter, or number tiles, under its head (year, what its figures are, title).

use yew::prelude::*;

use super::card::{CardHead, PartOfWhole};
use super::chart::ChartView;
use super::tiles::Tiles;
use crate::charts::has_canvas;
use crate::data::{ChartKind, Group};

#[derive(Properties, PartialEq)]
pub struct GroupCardProps {
    pub group: &'static Group,
}

#[function_component(GroupCard)]
pub fn group_card(props: &GroupCardProps) -> Html {
    let group = props.group;
    if has_canvas(group.chart) {
        return html! { <ChartView {group} /> };
    }
    let body = match (group.chart, group.figures) {
        // The build holds a ring to two figures, the part first.
        (ChartKind::Ring, &[part, whole]) => html! { <PartOfWhole {part} {whole} /> },
        _ => html! { <Tiles figures={group.figures} /> },
    };
    html! {
        <figure class="qsh-card" data-group={group.id} data-chart={group.chart.code()}>
            <CardHead {group} />
            { body }
        </figure>
    }
}
