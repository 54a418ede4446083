//! The static first paint (src/render.rs), which the pages carry for readers without
//! JavaScript and which the widget takes over from: the whole infographic, in both languages.
//! It is rendered natively only.
#![cfg(not(target_arch = "wasm32"))]

use report_infographic::charts::{has_canvas, LAYOUT_WIDTHS_CSS};
use report_infographic::data::{Lang, REPORT};
use report_infographic::render::first_paint;

fn unescape(html: &str) -> String {
    html.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
}

/// The text a reader (or a screen reader) gets: the markup without its tags, the ▲/▼ marks
/// (hidden from screen readers, which read the change's word) left out.
fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            '▲' | '▼' => {}
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[test]
fn every_figure_is_in_the_first_paint_as_text_in_both_languages() {
    for lang in Lang::ALL {
        let html = unescape(&first_paint(lang));
        assert!(html.starts_with("<article"), "{}", &html[..80]);
        assert!(html.contains(REPORT.title.get(lang)));
        let text = text_of(&html);
        for figure in REPORT.figures() {
            // The value as its type shows it: the change's word (for screen readers) before its
            // number, unit and measure word.
            let parts = figure.value_parts(lang);
            let value = format!("{}{}{}", parts.before, parts.number, parts.after);
            assert!(
                text.contains(&format!("{}{value}", parts.word)) || text.contains(&format!("{} {value}", parts.word)),
                "{lang:?}: `{}` ({}) is in the first paint",
                figure.id,
                figure.display.get(lang)
            );
        }
    }
}

#[test]
fn every_chart_is_drawn_as_svg_at_every_layout_width_and_no_canvas_waits_for_code() {
    let html = first_paint(Lang::Zh);
    assert!(!html.contains("<canvas"), "the first paint needs no script");
    assert!(html.contains("class=\"qsh qsh--static\""));
    for group in REPORT.sections.iter().flat_map(|section| section.groups.iter()) {
        let card = &html[html
            .find(&format!("data-group=\"{}\"", group.id))
            .expect("every group has a card")..];
        let card = &card[..card.find("</figure>").expect("the card ends")];
        let drawings = card.matches("<svg ").count();
        if has_canvas(group.chart) {
            assert_eq!(drawings, LAYOUT_WIDTHS_CSS.len(), "group `{}`", group.id);
            for width in LAYOUT_WIDTHS_CSS {
                assert!(
                    card.contains(&format!("data-layout-width=\"{width}\"")),
                    "group `{}` at {width}",
                    group.id
                );
            }
            assert!(
                card.contains("role=\"img\" aria-label=\""),
                "group `{}` is labelled",
                group.id
            );
        } else {
            assert!(
                !card.contains("data-layout-width"),
                "tiles are HTML, with no chart drawn"
            );
        }
    }
}
