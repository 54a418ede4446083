//! The edited graphic in the first paint of both languages: every figure that is not simply
//! done in its year carries its badges where it stands (a chart's figures in the chart's head),
//! every card names its year, every number card of a share, a change or a streak carries its
//! mark, and every figure on a number card stands there once.

#![cfg(not(target_arch = "wasm32"))]

use report_infographic::charts::has_canvas;
use report_infographic::data::dateline::year_text;
use report_infographic::data::{Figure, Lang, Qualifier, REPORT};
use report_infographic::render::first_paint;

/// From `start` in `html` to the first `end` after it.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("{start} is in the first paint"));
    let rest = &html[from..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

/// A number card's own markup for a figure: its tile (without its change's line), its change
/// line, or its part of a whole.
fn own_markup<'a>(html: &'a str, figure: &Figure) -> &'a str {
    let at = format!("data-figure=\"{}\"", figure.id);
    let start = html
        .find(&at)
        .unwrap_or_else(|| panic!("`{}` stands on a card", figure.id));
    let rest = &html[start..];
    let end = ["</li>", "</p>", "</div>"]
        .iter()
        .filter_map(|end| rest.find(end))
        .min()
        .unwrap_or(rest.len());
    &rest[..end]
}

fn badges_in(markup: &str, figure: &Figure) -> bool {
    figure
        .badges()
        .all(|badge| markup.contains(&format!("data-badge=\"{}\"", badge.code())))
}

#[test]
fn every_figure_says_what_it_is_and_every_card_its_year() {
    for lang in Lang::ALL {
        let html = first_paint(lang);
        for section in REPORT.sections {
            for group in section.groups {
                let card = between(&html, &format!("data-group=\"{}\"", group.id), "</figure>");
                let year = format!("class=\"qsh-card__year\">{}", year_text(group.year, lang));
                assert!(card.contains(&year), "{lang:?}: card `{}` names its year", group.id);
                let head = between(card, "<figcaption", "</figcaption>");
                for figure in group.figures {
                    if has_canvas(group.chart) {
                        assert!(
                            badges_in(head, figure),
                            "{lang:?}: chart `{}` says what `{}` is",
                            group.id,
                            figure.id
                        );
                        continue;
                    }
                    for shown in std::iter::once(*figure).chain(figure.change) {
                        let own = own_markup(card, shown);
                        assert!(badges_in(own, shown), "{lang:?}: `{}` says what it is: {own}", shown.id);
                        if shown.share {
                            assert!(
                                own.contains("data-mark=\"meter\""),
                                "{lang:?}: `{}` has its meter",
                                shown.id
                            );
                        }
                        if shown.qualifier.is_change() {
                            assert!(
                                own.contains("data-mark=\"change\""),
                                "{lang:?}: `{}` has its ▲/▼",
                                shown.id
                            );
                        }
                        if shown.qualifier == Qualifier::Ordinal && shown.value <= 10.0 {
                            assert!(
                                own.contains("data-mark=\"pips\""),
                                "{lang:?}: `{}` has its pips",
                                shown.id
                            );
                        }
                    }
                }
            }
        }
        for figure in REPORT.headline {
            let own = own_markup(&html, figure);
            assert!(
                badges_in(own, figure),
                "{lang:?}: lead figure `{}` says what it is",
                figure.id
            );
        }
        for figure in REPORT.figures() {
            let places = html.matches(&format!("data-figure=\"{}\"", figure.id)).count();
            assert!(places <= 1, "{lang:?}: `{}` stands in {places} places", figure.id);
        }
    }
}
