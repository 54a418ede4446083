//! The CMS snippets: the static first paint as a CMS pastes it inside its
//! `<div data-report-infographic>`, made to survive the CMS's HTML sanitizer.
//!
//! - [`svg_snippet`] (`dist/first-paint.<lang>.html`) is the page's first paint with fallbacks
//!   that only show where a sanitizer (DOMPurify's defaults) has dropped the stylesheet's
//!   `<link>`: each chart's colours written out as presentation attributes under its classes,
//!   the drawings of four of its five layout widths hidden by the `display` presentation
//!   attribute (one shows, [`FALLBACK_LAYOUT_WIDTH`] wide at most), the tiles' values on a line
//!   of their own, the buttons (which need the widget) hidden. The stylesheet, where present,
//!   overrides every one of them, so the page looks as the page's first paint does.
//! - [`img_snippet`] (`dist/first-paint-img.<lang>.html`) is for sanitizers that drop SVG
//!   (sanitize-html's defaults): the same texts, each chart as an `<img>` of its PNG
//!   ([`snippet_images`], under [`IMAGE_FOLDER`]) whose `alt` names every figure, and under it
//!   the chart as text (a table of label, a bar of █ and value), which survives a sanitizer
//!   that drops images too.

use crate::charts::{self, has_canvas, svg, theme, LAYOUT_WIDTHS_CSS};
use crate::data::{Group, Lang, REPORT};
use crate::render::{figures_line, first_paint};

/// The layout width of the one drawing a chart shows without the stylesheet (a phone's), and
/// the widest it is then shown.
pub const FALLBACK_LAYOUT_WIDTH: f64 = 360.0;
/// The `<img>` snippet's chart images, under `dist/`.
pub const IMAGE_FOLDER: &str = "first-paint-img";
/// The longest bar of a text chart, in █.
const TEXT_BAR_BLOCKS: f64 = 20.0;
/// The images' pixels per CSS pixel.
pub const IMAGE_SCALE: f32 = 2.0;

/// The first paint for a CMS that keeps SVG (DOMPurify's defaults), with its fallbacks.
pub fn svg_snippet(lang: Lang) -> String {
    let mut html = svg::colours_written_out(&first_paint(lang), theme::LIGHT);
    for width in LAYOUT_WIDTHS_CSS {
        let mark = format!(" data-layout-width=\"{width}\"");
        let hidden = if width == FALLBACK_LAYOUT_WIDTH {
            ""
        } else {
            " display=\"none\""
        };
        html = html.replace(
            &mark,
            &format!("{mark} width=\"{width}\" style=\"max-width:100%;height:auto\"{hidden}"),
        );
    }
    // The stylesheet lays these out as flex boxes, which outrank `hidden`.
    let html = html
        .replace(
            "<div class=\"qsh-chart__tools\">",
            "<div class=\"qsh-chart__tools\" hidden>",
        )
        .replace("class=\"qsh-switch\">", "class=\"qsh-switch\" hidden>")
        // A meter's size (its box is the stylesheet's; without it, as wide as the column).
        .replace("class=\"qsh-meter\"", "width=\"160\" height=\"10\" class=\"qsh-meter\"");
    // Each declaration as the stylesheet has it, so that with the stylesheet nothing moves.
    [
        ("<span class=\"qsh-tile__label\"", "display:block"),
        ("<span class=\"qsh-value\"", "display:block;font-weight:800"),
        (
            "<span class=\"qsh-card__year\"",
            "display:flex;flex-wrap:wrap;align-items:center;gap:4px 6px",
        ),
        (
            "<span class=\"qsh-tile__badges\"",
            "display:flex;flex-wrap:wrap;gap:4px",
        ),
        (
            "class=\"qsh-tile__change\"",
            "display:flex;flex-wrap:wrap;align-items:baseline;gap:0 6px",
        ),
    ]
    .into_iter()
    .fold(with_spaces(&html), |html, (tag, style)| {
        let styled = match tag.strip_prefix("<span ") {
            Some(rest) => format!("<span style=\"{style}\" {rest}"),
            None => format!("style=\"{style}\" {tag}"),
        };
        html.replace(tag, &styled)
    })
}

/// Spaces between a card's or tile's badges, and before a change's label: text without its
/// stylesheet reads "目标 累计", not "目标累计" (between flex items, which the stylesheet makes
/// them, a space shows nothing).
fn with_spaces(html: &str) -> String {
    html.replace("</span><span class=\"qsh-badge", "</span> <span class=\"qsh-badge")
        .replace(
            "<span class=\"qsh-tile__change-label\">",
            " <span class=\"qsh-tile__change-label\">",
        )
}

/// The first paint for a CMS that drops SVG: charts as images, no buttons.
pub fn img_snippet(lang: Lang) -> String {
    let mut html = first_paint(lang);
    html = without_elements(&html, "<div class=\"qsh-chart__tools\">", "</div>");
    html = without_elements(&html, "<div role=\"group\"", "</div>");
    html = without_elements(&html, "<button", "</button>").replace("<p></p>", "");
    for group in charts_of_report() {
        html = with_frame_replaced(&html, group, &chart_image(group, lang));
    }
    // Without styles, each on a line of its own.
    with_spaces(&html)
        .replace("<span class=\"qsh-value\"", "<br><span class=\"qsh-value\"")
        .replace(
            "<span class=\"qsh-tile__badges\">",
            "<br><span class=\"qsh-tile__badges\">",
        )
        .replace("<span class=\"qsh-card__name\">", "<br><span class=\"qsh-card__name\">")
}

/// Every chart's image for the `<img>` snippet: its path under `dist/`, its SVG in the light
/// theme at [`FALLBACK_LAYOUT_WIDTH`] (rasterised at [`IMAGE_SCALE`]).
pub fn snippet_images() -> Vec<(String, Result<String, String>)> {
    charts_of_report()
        .flat_map(|group| {
            Lang::ALL.map(|lang| {
                let svg = charts::chart_svg(group, lang, FALLBACK_LAYOUT_WIDTH, theme::LIGHT, "");
                (image_path(group, lang), svg)
            })
        })
        .collect()
}

fn charts_of_report() -> impl Iterator<Item = &'static Group> {
    REPORT
        .sections
        .iter()
        .flat_map(|section| section.groups)
        .filter(|group| has_canvas(group.chart))
}

fn image_path(group: &Group, lang: Lang) -> String {
    format!("{IMAGE_FOLDER}/{}.{}.png", group.id, lang.code())
}

/// A chart's image and its figures as a text chart, for its frame: a row a figure, its label,
/// a bar of █ as long as its value on the chart's scale (0–100% for shares), and its value. The
/// text chart survives a sanitizer that drops images too (sanitize-html's defaults).
fn chart_image(group: &Group, lang: Lang) -> String {
    let colon = match lang {
        Lang::Zh => "：",
        Lang::En => ": ",
    };
    let height = charts::height_css(group, FALLBACK_LAYOUT_WIDTH, lang).round();
    let largest = group
        .figures
        .iter()
        .map(|figure| figure.value.abs())
        .fold(0.0, f64::max);
    let whole = if group.figures.iter().all(|figure| figure.unit.is_percent()) {
        largest.max(100.0)
    } else {
        largest
    };
    let rows: String = group
        .figures
        .iter()
        .map(|figure| {
            let blocks = if whole > 0.0 {
                ((figure.value.abs() / whole * TEXT_BAR_BLOCKS).round() as usize).max(1)
            } else {
                1
            };
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(figure.label.get(lang)),
                "█".repeat(blocks),
                escape(figure.display.get(lang))
            )
        })
        .collect();
    format!(
        "<img src=\"{}\" width=\"{FALLBACK_LAYOUT_WIDTH}\" height=\"{height}\" style=\"max-width:100%;height:auto\" alt=\"{}\"><table class=\"qsh-chart__figures\"><tbody>{rows}</tbody></table>",
        image_path(group, lang),
        escape(&format!("{}{colon}{}", group.title.get(lang), figures_line(group, lang))),
    )
}

/// `html` without every element from `start` to the first `end` after it (elements that hold
/// no element of their own kind).
fn without_elements(html: &str, start: &str, end: &str) -> String {
    let mut kept = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(from) = rest.find(start) {
        let Some(length) = rest[from..].find(end) else { break };
        kept.push_str(&rest[..from]);
        rest = &rest[from + length + end.len()..];
    }
    kept.push_str(rest);
    kept
}

/// `html` with the contents of the chart frame of `group`'s card (its drawings) replaced; as it
/// was if the card has none.
fn with_frame_replaced(html: &str, group: &Group, contents: &str) -> String {
    const FRAME: &str = "<div class=\"qsh-chart__frame\">";
    let frame = html.find(&format!("data-group=\"{}\"", group.id)).and_then(|card| {
        let start = card + html[card..].find(FRAME)? + FRAME.len();
        let end = start + html[start..].find("</div>")?;
        Some((start, end))
    });
    match frame {
        Some((start, end)) => format!("{}{contents}{}", &html[..start], &html[end..]),
        None => html.to_string(),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_are_cut_whole_and_the_rest_kept() {
        let html = "<p>a<button x>b</button>c<button>d</button></p>";
        assert_eq!(without_elements(html, "<button", "</button>"), "<p>ac</p>");
        assert_eq!(
            without_elements("x<div", "<div", "</div>"),
            "x<div",
            "an unclosed element stays"
        );
    }
}
