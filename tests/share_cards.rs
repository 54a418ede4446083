//! The share cards (src/share.rs, charts::share_card) as WeChat shows them: a link's picture
//! cropped to its middle square, where a page card's title and lead figure must be.
#![cfg(not(target_arch = "wasm32"))]

use report_infographic::charts;

#[path = "support/svg_text.rs"]
mod svg_text;
use svg_text::text_runs;

// WeChat shows a link's picture cropped to its middle square: there, a page card's title and
// lead figure.
#[test]
fn a_page_cards_title_and_lead_figure_are_in_its_middle_square() {
    use report_infographic::charts::share_card::{ShareContent, ShareLayout, SHARE_SIZE};
    use report_infographic::share::{card_svg, share_cards};
    let square = (
        f64::from(SHARE_SIZE.0 - SHARE_SIZE.1) / 2.0,
        f64::from(SHARE_SIZE.0 + SHARE_SIZE.1) / 2.0,
    );
    let pages: Vec<_> = share_cards()
        .into_iter()
        .filter(|(_, card)| card.size == SHARE_SIZE && matches!(card.content, ShareContent::Figures(_)))
        .collect();
    assert_eq!(pages.len(), 2, "zh and en");
    for (path, card) in pages {
        let ShareContent::Figures([lead, ..]) = card.content else {
            panic!("{path}: a headline")
        };
        let layout = ShareLayout::new(&card);
        let (value, _) = layout.lead.as_ref().expect("a page card leads with its first figure");
        assert_eq!(
            value.lines.concat(),
            lead.display.get(card.lang),
            "{path}: the lead figure whole"
        );
        let runs = text_runs(&card_svg(&card).expect("draws"));
        // Each line of the title, drawn as laid out and centred.
        let inside = |lines: &[String]| {
            let found: Vec<_> = runs
                .iter()
                .filter(|run| lines.iter().any(|line| line.trim() == run.3.trim()))
                .collect();
            assert_eq!(found.len(), lines.len(), "{path}: {lines:?} drawn");
            for (x, size, anchor, text) in found {
                let width = charts::text::estimated_width(text, *size);
                assert_eq!(anchor, "middle", "{path}: \"{text}\" centred");
                assert!(
                    x - width / 2.0 >= square.0 && x + width / 2.0 <= square.1,
                    "{path}: \"{text}\" inside the middle square"
                );
            }
        };
        inside(&layout.title.lines);
        // The lead's value in its pieces (its number large, the rest small), from its left edge.
        let display = lead.display.get(card.lang);
        let number = report_infographic::data::value_parts::value_parts(display).number;
        let pieces: Vec<_> = runs
            .iter()
            .filter(|run| !run.3.trim().is_empty() && display.contains(run.3.trim()) && run.1 >= value.size / 2.0)
            .collect();
        assert!(
            pieces.iter().any(|run| run.3.trim() == number && run.1 == value.size),
            "{path}: the lead's number {number} drawn at its size: {pieces:?}"
        );
        for (x, size, anchor, text) in pieces {
            let width = charts::text::estimated_width(text, *size);
            assert_eq!(anchor, "start", "{path}: \"{text}\" set from its left edge");
            assert!(
                *x >= square.0 && x + width <= square.1,
                "{path}: \"{text}\" inside the middle square"
            );
        }
    }
}
