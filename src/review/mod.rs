//! The desk's fact-check sheet, `dist/review.html`: every figure with the report's sentence
//! around its phrase, the value as each edition prints it, both labels, unit, qualifier,
//! period, status and formula; every chart with its kind, both titles, its figures and what
//! allows it; grouped by the report's sections, each with a sign-off line. Rendered natively at
//! build time (`cargo run -- review FILE`) by Yew's server-side renderer from the checked data.

mod chart_entry;
mod figure_entry;
mod page_texts;
mod quote;
mod quote_view;
mod section_sheet;
mod sheet;
mod sign_off;

pub use quote::{highlighted_sentence, QuotePart};
pub use sheet::ReviewSheet;

/// The report's text as the build checked it (copied by `build.rs`); native only, so the
/// browser's bundle does not carry it.
pub const REPORT_TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/report.txt"));

const STYLE: &str = include_str!("review.css");

/// The whole sheet as an HTML document.
pub fn review_sheet() -> String {
    let renderer = yew::LocalServerRenderer::<ReviewSheet>::new().hydratable(false);
    let body = futures::executor::block_on(renderer.render());
    let title = crate::data::REPORT.title.zh;
    format!(
        "<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"robots\" content=\"noindex\"><link rel=\"icon\" href=\"data:,\">\
         <title>核对表 Fact-check sheet · {}</title><style>{STYLE}</style></head><body>{body}</body></html>\n",
        escape(title)
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
