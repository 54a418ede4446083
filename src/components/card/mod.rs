//! The pieces of a card, in their own room: the static pieces as HTML text (`markup`: a
//! figure's value as type, its badges, its mark, a number tile, a part of a whole), and a card's
//! head with its year (`head`). Pure functions of their figures and the language, as a chart's
//! drawing is of its data and area: the same in the first paint and the app, with nothing to
//! draw or react to.

mod head;
mod html;
mod markup;
mod value;

pub use head::card_head;
pub use html::text as html_text;

use yew::{AttrValue, Html};

use crate::data::{Figure, Lang};

/// A lead amount this many ems wide or wider does not fit half the lead's column at full size.
const WIDE_FIT: usize = 6;

/// How wide a card's tiles are, by their widest value: a tile of 130 px holds a value of 5 ems
/// at the full size of a card's figures; longer values ("CNY 1.243 billion") take wider tiles
/// (`wide`: 180 px, `wider`: 240 px), so that no number shrinks below about 24 px.
pub fn tile_tier(figures: &[&Figure], lang: Lang) -> Option<&'static str> {
    match figures.iter().map(|figure| value::tile_fit(figure, lang)).max() {
        Some(8..) => Some("wider"),
        Some(6..) => Some("wide"),
        _ => None,
    }
}

/// A tier's tile width in CSS pixels (style.css: `--qsh-tile-width`).
pub fn tier_width(tier: Option<&str>) -> usize {
    match tier {
        Some("wider") => 240,
        Some(_) => 180,
        None => 130,
    }
}

/// Number tiles as a list: the lead's, large, or a card's (in its tier of width).
pub fn tiles(figures: &[&Figure], lang: Lang, large: bool) -> Html {
    // Lead figures whose amounts are long ("CNY 19.23 billion") take a row each, at their full
    // size, rather than shrink beside each other (style.css: `[data-wide]`).
    let wide = large && figures.iter().any(|figure| value::value_fit(figure, lang) >= WIDE_FIT);
    let mut html = String::from(match (large, wide) {
        (true, true) => "<ul class=\"qsh-tiles qsh-tiles--large\" data-wide=\"\">",
        (true, false) => "<ul class=\"qsh-tiles qsh-tiles--large\">",
        _ => match tile_tier(figures, lang) {
            Some("wider") => "<ul class=\"qsh-tiles\" data-tier=\"wider\">",
            Some(_) => "<ul class=\"qsh-tiles\" data-tier=\"wide\">",
            None => "<ul class=\"qsh-tiles\">",
        },
    });
    // The lead's values are of one size, its widest's.
    let row_fit = large
        .then(|| figures.iter().map(|figure| value::value_fit(figure, lang)).max())
        .flatten();
    for figure in figures {
        markup::tile(&mut html, figure, lang, row_fit);
    }
    html.push_str("</ul>");
    Html::from_html_unchecked(AttrValue::from(html))
}

/// A part of a whole the report states: the part on a meter whose track is the whole.
pub fn part_of_whole(part: &Figure, whole: &Figure, lang: Lang) -> Html {
    let mut html = String::new();
    markup::part_of_whole(&mut html, part, whole, lang);
    Html::from_html_unchecked(AttrValue::from(html))
}
