//! The pieces of a card, in their own room: the static pieces as HTML text (`markup`: a
//! figure's value as type, its badges, its mark, a number tile, a part of a whole), and a card's
//! head with its year (`head`). Pure functions of their figures and the language, as a chart's
//! drawing is of its data and area: the same in the first paint and the app, with nothing to
//! draw or react to.

mod head;
mod markup;

pub use head::card_head;
pub use markup::text as html_text;

use yew::{AttrValue, Html};

use crate::data::{Figure, Lang};

/// A lead amount this many ems wide or wider does not fit half the lead's column at full size.
const WIDE_FIT: usize = 6;

/// Number tiles as a list: the lead's, large, or a card's.
pub fn tiles(figures: &[&Figure], lang: Lang, large: bool) -> Html {
    // Lead figures whose amounts are long ("CNY 19.23 billion") take a row each, at their full
    // size, rather than shrink beside each other (style.css: `[data-wide]`).
    let wide = large && figures.iter().any(|figure| markup::value_fit(figure, lang) >= WIDE_FIT);
    let mut html = String::from(match (large, wide) {
        (true, true) => "<ul class=\"qsh-tiles qsh-tiles--large\" data-wide=\"\">",
        (true, false) => "<ul class=\"qsh-tiles qsh-tiles--large\">",
        _ => "<ul class=\"qsh-tiles\">",
    });
    for figure in figures {
        markup::tile(&mut html, figure, lang);
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
