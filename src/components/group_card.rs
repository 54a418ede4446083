//! One group of figures as its card: a chart (canvas, with its static SVG first), a part of a
//! whole as a meter, or number tiles, under its head (year, what its figures are, title). A
//! function, not a component: only a chart has state, and each component type costs the
//! bundle a kilobyte or two of Yew's machinery.

use yew::prelude::*;

use super::card::{card_head, part_of_whole, tiles};
use super::chart::ChartView;
use crate::charts::has_canvas;
use crate::data::{ChartKind, Group, Lang};

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

/// The group's card, keyed by its id in a list of cards.
pub fn group_card(group: &'static Group, lang: Lang) -> Html {
    if has_canvas(group.chart) {
        return html! { <ChartView key={group.id} {group} /> };
    }
    let body = match (group.chart, group.figures) {
        // The build holds a ring to two figures, the part first.
        (ChartKind::Ring, &[part, whole]) => part_of_whole(part, whole, lang),
        _ => tiles(group.figures, lang, false),
    };
    html! {
        <figure key={group.id} class="qsh-card" data-group={group.id} data-chart={group.chart.code()} data-size={card_size(group)}>
            { card_head(group, lang, None) }
            { body }
        </figure>
    }
}
