//! A card's static pieces as HTML text: a figure's value as type, its badges, its mark, a
//! number tile and a part of a whole. Pure functions of the figures and the language, written
//! as text rather than as Yew's virtual DOM (the markup is the same in the first paint and the
//! app, and has nothing to react to; as virtual DOM it cost the bundle several kilobytes).
//!
//! - The value's number is large and of one size, what stands around it small; a change's word
//!   stays in the text (for screen readers and copying) at no size, its ▲/▼ drawn by CSS; the
//!   value never wraps: its size is capped to fit its tile instead.
//! - Badges say what a figure is (`data::badge`); a derived figure's mark is its badge.
//! - Marks encode the figure on its own scale: a share on a 0–100 meter (a tick at 100 where it
//!   passes it), a streak or an edition as N pips; inline SVG with presentation attributes.

use crate::data::badge::Badge;
use crate::data::format::{derived_mark, fixed};
use crate::data::value_parts::{Direction, ValueParts};
use crate::data::{Figure, Lang, Qualifier};

/// More pips than this would be a texture, not a count: the number says it.
const MAX_PIPS: f64 = 10.0;

/// Text for HTML: `&`, `<`, `>` and `"` escaped.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Escaped text.
pub fn text(out: &mut String, text: &str) {
    out.push_str(&escaped(text));
}

/// A `<span class=…>` of escaped text, or nothing for no text.
fn span(out: &mut String, class: &str, text: &str) {
    if !text.is_empty() {
        out.push_str("<span class=\"");
        out.push_str(class);
        out.push_str("\">");
        out.push_str(&escaped(text));
        out.push_str("</span>");
    }
}

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
/// "about") and what stays by the number (its currency: "CNY "; 超, with no space). A change
/// keeps them all on its line ("▲ about 3.5%").
fn words_and_currency<'a>(parts: &ValueParts<'a>) -> (&'a str, &'a str) {
    let before = parts.before;
    if parts.direction.is_some() || !before.contains(' ') {
        return ("", before);
    }
    let trimmed = before.trim_end();
    let last = trimmed.rsplit_once(' ').map_or(trimmed, |(_, last)| last);
    let currency = if !last.is_empty() && last.chars().all(|c| c.is_ascii_uppercase()) {
        &before[trimmed.len() - last.len()..]
    } else {
        ""
    };
    (&before[..before.len() - currency.len()], currency)
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

/// How many of a tile's value size its widest line is wide: its value's, or its change's, which
/// stands at about three quarters of the size (style.css: `.qsh-tile__change`, 22 px of 30).
pub fn tile_fit(figure: &Figure, lang: Lang) -> usize {
    let change = figure
        .change
        .map_or(0, |change| (value_fit(change, lang) * 3).div_ceil(4));
    value_fit(figure, lang).max(change)
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
fn value_sized(out: &mut String, figure: &Figure, lang: Lang, row_fit: Option<usize>) {
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
        // The space before " (derived)" stays outside its box, where the line may break.
        let mark = derived_mark(lang);
        out.push_str(&mark[..mark.len() - mark.trim_start().len()]);
        out.push_str("<span class=\"qsh-badge qsh-badge--derived\" data-badge=\"derived\">");
        // Its brackets stay in the text (the value as formatted, for copying and screen
        // readers) at no size: no other tag has them (style.css: `.qsh-badge__bracket`).
        let word = Badge::Derived.get(lang);
        let (open, close) = mark.trim_start().split_once(word).unwrap_or(("", ""));
        span(out, "qsh-badge__bracket", open);
        out.push_str(word);
        span(out, "qsh-badge__bracket", close);
        out.push_str("</span>");
    }
    out.push_str("</span>");
}

/// What the figure is, as badges (a derived figure's is its value's mark).
pub fn badges(out: &mut String, figure: &Figure, lang: Lang) {
    for badge in figure.badges().filter(|&badge| badge != Badge::Derived) {
        out.push_str(if badge.is_quiet() {
            "<span class=\"qsh-badge qsh-badge--quiet\" data-badge=\""
        } else {
            "<span class=\"qsh-badge\" data-badge=\""
        });
        out.push_str(badge.code());
        out.push_str("\">");
        out.push_str(badge.get(lang));
        out.push_str("</span>");
    }
}

/// A 0–100 meter of `share` per cent (`mark` names what it encodes); past 100 its scale runs to
/// the value, with a tick at 100.
pub fn meter(out: &mut String, mark: &str, share: f64) {
    let whole = share.max(100.0);
    let at = |value: f64| fixed(value / whole * 100.0, 2);
    out.push_str("<svg class=\"qsh-meter\" data-mark=\"");
    out.push_str(mark);
    out.push_str("\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">");
    out.push_str("<rect class=\"qsh-meter__track\" x=\"0\" y=\"3\" width=\"100\" height=\"4\" fill=\"#e2e5ea\"/>");
    out.push_str("<rect class=\"qsh-meter__fill\" x=\"0\" y=\"3\" width=\"");
    out.push_str(&at(share));
    out.push_str("\" height=\"4\" fill=\"#0072b2\"/>");
    if share > 100.0 {
        out.push_str("<rect class=\"qsh-meter__tick\" x=\"");
        out.push_str(&at(100.0));
        out.push_str("\" y=\"0\" width=\"0.8\" height=\"10\" fill=\"#1a1a1a\"/>");
    }
    out.push_str("</svg>");
}

/// N pips in a row, as many as a streak's years or an event's editions.
fn pips(out: &mut String, count: usize) {
    let width = (count * 10).to_string();
    out.push_str("<svg class=\"qsh-pips\" data-mark=\"pips\" viewBox=\"0 0 ");
    out.push_str(&width);
    out.push_str(" 10\" width=\"");
    out.push_str(&width);
    out.push_str("\" height=\"10\" aria-hidden=\"true\" focusable=\"false\">");
    for at in 0..count {
        out.push_str("<circle class=\"qsh-pips__pip\" cx=\"");
        out.push_str(&(at * 10 + 5).to_string());
        out.push_str("\" cy=\"5\" r=\"3.5\" fill=\"#0072b2\"/>");
    }
    out.push_str("</svg>");
}

/// One figure as a number card: label above, value, mark, its change as a ▲/▼ line, badges;
/// its value sized as one `row_fit` ems wide, where a row's values are of one size.
pub fn tile(out: &mut String, figure: &Figure, lang: Lang, row_fit: Option<usize>) {
    out.push_str("<li class=\"qsh-tile\" data-figure=\"");
    out.push_str(figure.id);
    out.push_str("\">");
    span(out, "qsh-tile__label", figure.label.get(lang));
    value_sized(out, figure, lang, row_fit);
    // What hangs under the value (its mark, its change, its badges), in one box: the values of
    // a row of tiles stand on one line whatever hangs under each (style.css).
    out.push_str("<span class=\"qsh-tile__more\">");
    if figure.share {
        meter(out, "meter", figure.value);
    } else if figure.qualifier == Qualifier::Ordinal && (1.0..=MAX_PIPS).contains(&figure.value) {
        pips(out, figure.value as usize);
    }
    if let Some(change) = figure.change {
        out.push_str("<span class=\"qsh-tile__change\" data-figure=\"");
        out.push_str(change.id);
        out.push_str("\">");
        value(out, change, lang);
        span(out, "qsh-tile__change-label", change.label.get(lang));
        badges(out, change, lang);
        out.push_str("</span>");
    }
    if figure.badges().any(|badge| badge != Badge::Derived) {
        out.push_str("<span class=\"qsh-tile__badges\">");
        badges(out, figure, lang);
        out.push_str("</span>");
    }
    out.push_str("</span></li>");
}

/// A part of a whole the report states: the whole first, small ("301 households, all lifted
/// out of poverty"), then the part large ("of these, … 173") on a meter whose track is the
/// whole, each with its badges.
pub fn part_of_whole(out: &mut String, part: &Figure, whole: &Figure, lang: Lang) {
    let share = if whole.value > 0.0 {
        (part.value / whole.value).clamp(0.0, 1.0) * 100.0
    } else {
        0.0
    };
    out.push_str("<div class=\"qsh-part\"><p class=\"qsh-part__whole\" data-figure=\"");
    out.push_str(whole.id);
    out.push_str("\">");
    value(out, whole, lang);
    span(out, "qsh-part__whole-label", whole.label.get(lang));
    badges(out, whole, lang);
    out.push_str("</p><div class=\"qsh-part__part\" data-figure=\"");
    out.push_str(part.id);
    out.push_str("\">");
    span(out, "qsh-tile__label", part.label.get(lang));
    value(out, part, lang);
    badges(out, part, lang);
    out.push_str("</div>");
    meter(out, "part-of-whole", share);
    out.push_str("</div>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::REPORT;

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

    #[test]
    fn text_is_escaped() {
        assert_eq!(escaped("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
    }

    #[test]
    fn a_tile_holds_its_value_exactly_as_formatted() {
        for figure in REPORT.figures() {
            for lang in Lang::ALL {
                let mut html = String::new();
                tile(&mut html, figure, lang, None);
                let mut text = String::new();
                let mut in_tag = false;
                for c in html.chars() {
                    match c {
                        '<' => in_tag = true,
                        '>' => in_tag = false,
                        c if !in_tag => text.push(c),
                        _ => {}
                    }
                }
                let display = figure.display.get(lang).replace('&', "&amp;").replace('<', "&lt;");
                assert!(text.contains(&display), "{}: {text}", figure.id);
            }
        }
    }
}
