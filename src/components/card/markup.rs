//! A card's static pieces as HTML text: a figure's badges, its mark, a number tile and a part
//! of a whole, around its value as type (`value.rs`). Pure functions of the figures and the language, written
//! as text rather than as Yew's virtual DOM (the markup is the same in the first paint and the
//! app, and has nothing to react to; as virtual DOM it cost the bundle several kilobytes).
//!
//! - Badges say what a figure is (`data::badge`); a derived figure's mark is its badge.
//! - Marks encode the figure on its own scale: a share on a 0–100 meter (a tick at 100 where it
//!   passes it), a streak or an edition as N pips; inline SVG with presentation attributes.

use super::html::span;
use super::value::{value, value_sized};
use crate::data::badge::Badge;
use crate::data::format::fixed;
use crate::data::{Figure, Lang, Qualifier};

/// More pips than this would be a texture, not a count: the number says it.
const MAX_PIPS: f64 = 10.0;

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
    // The value in a box as wide as the tile, which its type is capped by (style.css): the tile
    // itself is no container, or its rows would not be its row's (a subgrid).
    out.push_str("<span class=\"qsh-tile__value\">");
    value_sized(out, figure, lang, row_fit);
    out.push_str("</span>");
    // What hangs under the value (its mark, its change, its badges), in one box: the values of
    // a row of tiles stand on one line whatever hangs under each (style.css).
    out.push_str("<span class=\"qsh-tile__more\">");
    if figure.share {
        meter(out, "meter", figure.value);
    } else if figure.qualifier == Qualifier::Ordinal && (1.0..=MAX_PIPS).contains(&figure.value) {
        pips(out, figure.value as usize);
    }
    if let Some(change) = figure.change {
        figure_line(
            out,
            ["span", "qsh-tile__change", "qsh-tile__change-label"],
            change,
            lang,
        );
    }
    if figure.badges().any(|badge| badge != Badge::Derived) {
        out.push_str("<span class=\"qsh-tile__badges\">");
        badges(out, figure, lang);
        out.push_str("</span>");
    }
    out.push_str("</span></li>");
}

/// A figure on one line in a `<tag class="class">`: its value, then its label (in
/// `label_class`) and badges.
fn figure_line(out: &mut String, [tag, class, label_class]: [&str; 3], figure: &Figure, lang: Lang) {
    out.push('<');
    out.push_str(tag);
    out.push_str(" class=\"");
    out.push_str(class);
    out.push_str("\" data-figure=\"");
    out.push_str(figure.id);
    out.push_str("\">");
    value(out, figure, lang);
    span(out, label_class, figure.label.get(lang));
    badges(out, figure, lang);
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
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
    out.push_str("<div class=\"qsh-part\">");
    figure_line(out, ["p", "qsh-part__whole", "qsh-part__whole-label"], whole, lang);
    out.push_str("<div class=\"qsh-part__part\" data-figure=\"");
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
