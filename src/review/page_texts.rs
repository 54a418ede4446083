//! The page's own texts on the fact-check sheet: title, summary, source, notes, headline.

use yew::prelude::*;

use super::sign_off::SignOff;
use crate::data::{Text, REPORT};

/// The texts readers see besides the figures: title, summary, source, notes.
#[function_component(PageTexts)]
pub fn page_texts() -> Html {
    let rows: Vec<(&str, Text)> = [
        ("标题 Title", REPORT.title),
        ("摘要 Summary", REPORT.summary),
        ("来源 Source", REPORT.source),
        ("出处 Publication", REPORT.publication),
    ]
    .into_iter()
    .chain(REPORT.notes.iter().map(|note| ("说明 Note", *note)))
    .collect();
    let headline: Vec<&str> = REPORT.headline.iter().map(|figure| figure.id).collect();
    html! {
        <section class="part" data-section-id="page">
            <h2>{ "页面文字 · The page's own texts" }</h2>
            <table class="texts">
                { for rows.into_iter().map(|(name, text)| html! {
                    <tr><th>{ name }</th><td lang="zh-CN">{ text.zh }</td><td lang="en">{ text.en }</td></tr>
                }) }
                <tr><th>{ "首屏数字 Headline" }</th><td colspan="2"><code>{ headline.join(", ") }</code></td></tr>
            </table>
            <SignOff />
        </section>
    }
}
