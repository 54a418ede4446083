//! One group of figures as its card: a chart (canvas, with its static SVG first), a part of a
//! whole as a meter, or number tiles, under its head (year, what its figures are, title). A
//! function, not a component: only a chart has state, and each component type costs the
//! bundle a kilobyte or two of Yew's machinery.

use yew::prelude::*;

use super::card::{card_head, part_of_whole, tier_width, tile_tier, tiles};
use super::chart::ChartView;
use crate::charts::has_canvas;
use crate::data::{ChartKind, Group, Lang};

const COUNTS: [&str; 6] = ["1", "2", "3", "4", "5", "6"];

/// How much room a card asks for in its row (style.css: `.qsh-grid > [data-size]`): a chart's,
/// or its tiles' (as many narrow tiles as would be as wide).
fn card_size(group: &Group, lang: Lang) -> &'static str {
    if has_canvas(group.chart) {
        return "chart";
    }
    let width = match group.chart {
        ChartKind::Ring => 130,
        _ => tier_width(tile_tier(group.figures, lang)),
    };
    // As many narrow tiles (130 px) as would be as wide, rounded.
    let room = (group.figures.len() * width + 65) / 130;
    COUNTS[room.clamp(1, COUNTS.len()) - 1]
}

/// How many tiles a card lays out (style.css: `.qsh-card[data-tiles]`, its columns).
fn tile_count(group: &Group) -> &'static str {
    COUNTS[group.figures.len().clamp(1, COUNTS.len()) - 1]
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
        <figure key={group.id} class="qsh-card" data-group={group.id} data-chart={group.chart.code()} data-size={card_size(group, lang)} data-tiles={tile_count(group)}>
            { card_head(group, lang, None) }
            { body }
        </figure>
    }
}
