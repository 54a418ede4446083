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

#[test]
fn every_figure_is_in_the_first_paint_as_text_in_both_languages() {
    for lang in Lang::ALL {
        let html = unescape(&first_paint(lang));
        assert!(html.starts_with("<article"), "{}", &html[..80]);
        assert!(html.contains(REPORT.title.get(lang)));
        for figure in REPORT.figures() {
            assert!(
                html.contains(figure.display.get(lang)),
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
            assert_eq!(drawings, 0, "tiles are HTML");
        }
    }
}
