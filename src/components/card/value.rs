//! A figure's value as type, as HTML text: the number large and of one size, what stands around
//! it small; a change's word stays in the text (for screen readers and copying) at no size, its
//! ▲/▼ drawn by CSS; the amount never wraps: its size is capped to fit its tile instead
//! (`data-fit`), and a tile is as wide as its widest value asks (`tile_fit`, card/mod.rs).

use super::html::{escaped, span};
use crate::data::badge::Badge;
use crate::data::value_parts::{Direction, ValueParts};
use crate::data::{Figure, Lang};

/// `data-fit` of a value: how many of its own font size the value is wide (CSS caps the font
/// size so that it fits its tile: style.css, `.qsh-value[data-fit]`).
const FITS: [&str; 17] = [
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
];

/// The value's width in ems, rounded up: the number's digits (0.6 em) and marks (0.3 em), the
/// words around it at half size (a Latin letter 0.32 em, a Chinese one 0.5 em), an arrow; with
/// a margin for the engines' fonts (WebKit's Latin letters are the widest).
fn fit_ems(number: &str, around: &str, arrow: bool) -> usize {
    let big: f64 = number.chars().map(|c| if c.is_ascii_digit() { 0.6 } else { 0.3 }).sum();
    let small: f64 = around.chars().map(|c| if c.is_ascii() { 0.32 } else { 0.5 }).sum();
    let width = (big + small + if arrow { 0.7 } else { 0.0 } + 0.2) * 1.12;
    (width.ceil() as usize).clamp(3, FITS.len() - 1)
}

/// The words before a value's number split where the line may break: the words ("more than",
/// "about") and what stays by the number (the currency, "CNY "; 超, with no space). A change
/// keeps them all on its line ("▲ about 3.5%").
fn words_and_currency<'a>(parts: &ValueParts<'a>) -> (&'a str, &'a str) {
    let before = parts.before;
    match before.find("CNY ") {
        _ if parts.direction.is_some() => ("", before),
        Some(at) => before.split_at(at),
        None if before.ends_with(' ') => (before, ""),
        None => ("", before),
    }
}

/// What follows a number, split where it may take a line of its own: the unit with its scale
/// stays by the number ("million jin", "亿元", "million m²"); a conversion in brackets ("(70,000
/// tonnes)", "（220公顷）") may go to the next line, whole.
fn unit_and_aside(after: &str) -> (&str, &str) {
    match after.find(['(', '（']) {
        Some(at) => (after[..at].trim_end(), &after[at..]),
        None => (after, ""),
    }
}

/// Units a tile shows short, spelled out for screen readers, copying and the key ("▲3.7 pts"
/// on a phone's tile, where "percentage points" would shrink the number).
const SHORT_UNITS: [(&str, &str); 2] = [(" percentage points", " pts"), (" percentage point", " pt")];

/// A unit as a tile shows it: its short form, if it has one.
fn shown_unit(unit: &str) -> &str {
    SHORT_UNITS
        .iter()
        .find(|(long, _)| *long == unit)
        .map_or(unit, |(_, short)| short)
}

/// How many of its own font size the value's amount line is wide (`data-fit`).
pub fn value_fit(figure: &Figure, lang: Lang) -> usize {
    amount_fit(&figure.value_parts(lang))
}

/// How many of a tile's value size its widest line is wide, with the words before its amount
/// (which take a line above only where the tile is narrower than it asks): its value's, or its
/// change's, which stands at about three quarters of the size (style.css: `.qsh-tile__change`,
/// 22 px of 30).
pub fn tile_fit(figure: &Figure, lang: Lang) -> usize {
    let change = figure
        .change
        .map_or(0, |change| (line_fit(&change.value_parts(lang)) * 3).div_ceil(4));
    line_fit(&figure.value_parts(lang)).max(change)
}

/// The value's line in ems with the words before its amount ("more than CNY 80 million").
fn line_fit(parts: &ValueParts<'_>) -> usize {
    let (unit, _) = unit_and_aside(parts.after);
    fit_ems(
        parts.number,
        &[parts.before, shown_unit(unit)].concat(),
        parts.direction.is_some(),
    )
}

/// The amount line's width in ems (the currency before the number, the number, its unit; not
/// the words before it, which may take a line above, or the conversion after it).
fn amount_fit(parts: &ValueParts<'_>) -> usize {
    let (unit, _) = unit_and_aside(parts.after);
    let (_, currency) = words_and_currency(parts);
    fit_ems(
        parts.number,
        &[currency, shown_unit(unit)].concat(),
        parts.direction.is_some(),
    )
}

/// A unit after the number, small; a short one drawn by CSS from `data-short`, the long one
/// kept in the text for screen readers and copying, out of sight (style.css:
/// `.qsh-value__unit[data-short]`).
fn unit_span(out: &mut String, unit: &str) {
    let shown = shown_unit(unit);
    if shown == unit {
        span(out, "qsh-value__unit", unit);
    } else {
        out.push_str("<span class=\"qsh-value__unit\" data-short=\"");
        out.push_str(&escaped(shown));
        out.push_str("\">");
        span(out, "qsh-sr", unit);
        out.push_str("</span>");
    }
}

/// The figure's value as type: the amount on one line that never wraps (its currency, 超 and
/// its unit small around it), its font capped so that the line fits its tile; the words before
/// it ("more than", "about") small, on its line where there is room, else above it; and a
/// conversion in brackets after it, on the next line if it must.
/// A derived figure's mark may take the next line too.
pub fn value(out: &mut String, figure: &Figure, lang: Lang) {
    value_sized(out, figure, lang, None);
}

/// The value as [`value`], sized as a value `row_fit` ems wide where it stands in a row of
/// values of one size (the lead's).
pub(super) fn value_sized(out: &mut String, figure: &Figure, lang: Lang, row_fit: Option<usize>) {
    let parts = figure.value_parts(lang);
    let (unit, aside) = unit_and_aside(parts.after);
    out.push_str("<span class=\"qsh-value\" data-fit=\"");
    out.push_str(FITS[row_fit.unwrap_or_else(|| amount_fit(&parts)).min(FITS.len() - 1)]);
    out.push_str("\">");
    // A change's word first ("up about 3.5%"), at no size: the line's arrow shows it.
    span(out, "qsh-value__word", parts.word);
    // The words before the amount, small, on its line where it has room, else above it.
    let (words, currency) = words_and_currency(&parts);
    // Their space stays in its box, at its size: the line may break there, before the amount.
    span(out, "qsh-value__unit qsh-value__words", words);
    out.push_str("<span class=\"qsh-value__line\"");
    if let Some(direction) = parts.direction {
        out.push_str(match direction {
            Direction::Up => " data-mark=\"change\" data-direction=\"up\"",
            Direction::Down => " data-mark=\"change\" data-direction=\"down\"",
        });
    }
    out.push('>');
    // What stands around the number is small, the spaces by it too ("CNY ", " billion").
    span(out, "qsh-value__unit", currency);
    out.push_str("<span class=\"qsh-value__number\">");
    out.push_str(&escaped(parts.number));
    out.push_str("</span>");
    unit_span(out, unit);
    out.push_str("</span>");
    if !aside.is_empty() {
        // The space before it stays outside its box, where the line may break (a Chinese
        // bracket has none: a break opportunity of no width).
        let gap = &parts.after[unit.len()..parts.after.len() - aside.len()];
        out.push_str(if gap.is_empty() { "<wbr>" } else { gap });
        span(out, "qsh-value__unit qsh-value__aside", aside);
    }
    if figure.is_derived() {
        // Its mark, as `data::format::derived_mark` writes it: the space before " (derived)" stays outside its
        // box, where the line may break; its brackets stay in the text (the value as formatted,
        // for copying and screen readers) at no size: no other tag has them (style.css:
        // `.qsh-badge__bracket`).
        let (gap, open, close) = match lang {
            Lang::Zh => ("", "（", "）"),
            Lang::En => (" ", "(", ")"),
        };
        out.push_str(gap);
        out.push_str("<span class=\"qsh-badge qsh-badge--derived\" data-badge=\"derived\">");
        span(out, "qsh-badge__bracket", open);
        out.push_str(Badge::Derived.get(lang));
        span(out, "qsh-badge__bracket", close);
        out.push_str("</span>");
    }
    out.push_str("</span>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_may_take_a_line_above_but_a_currency_stays_by_its_number() {
        use crate::data::value_parts::value_parts;
        let split = |display: &'static str| words_and_currency(&value_parts(display));
        assert_eq!(split("more than CNY 2 billion"), ("more than ", "CNY "));
        assert_eq!(split("CNY 19.23 billion"), ("", "CNY "));
        assert_eq!(split("about 3.5%"), ("about ", ""));
        assert_eq!(split("up about 3.5%"), ("", "about "));
        assert_eq!(split("超30场"), ("", "超"));
    }
}
