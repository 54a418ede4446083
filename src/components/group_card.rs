//! One group of figures as its card: a chart (canvas, with its static SVG first), a part of a
//! whole as a meter, or number tiles, under its head (year, what its figures are, title).

use yew::prelude::*;

use super::card::{card_head, part_of_whole};
use super::chart::ChartView;
use super::display::use_display_settings;
use super::tiles::Tiles;
use crate::charts::has_canvas;
use crate::data::{ChartKind, Group};

#[derive(Properties, PartialEq)]
pub struct GroupCardProps {
    pub group: &'static Group,
}

/// How much room a card asks for in its row (style.css: `.qsh-grid > [data-size]`): a chart's,
/// or as many tiles as it has.
pub fn card_size(group: &Group) -> &'static str {
    const TILES: [&str; 6] = ["1", "2", "3", "4", "5", "6"];
    if has_canvas(group.chart) {
        "chart"
    } else {
        TILES[group.figures.len().clamp(1, TILES.len()) - 1]
    }
}

#[function_component(GroupCard)]
pub fn group_card(props: &GroupCardProps) -> Html {
    let lang = use_display_settings().lang;
    let group = props.group;
    if has_canvas(group.chart) {
        return html! { <ChartView {group} /> };
    }
    let body = match (group.chart, group.figures) {
        // The build holds a ring to two figures, the part first.
        (ChartKind::Ring, &[part, whole]) => part_of_whole(part, whole, lang),
        _ => html! { <Tiles figures={group.figures} /> },
    };
    html! {
        <figure class="qsh-card" data-group={group.id} data-chart={group.chart.code()} data-size={card_size(group)}>
            { card_head(group, lang, None) }
            { body }
        </figure>
    }
}
