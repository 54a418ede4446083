//! The lead: the dateline (place and year) and language switch, the title, the credit under
//! it, at most four lead figures large, the one chart that leads the page, and the key to the
//! cards' marks and tags.

use yew::prelude::*;

use super::card::tiles;
use super::chart::ChartView;
use super::lang_switch::lang_switch;
use super::strings::credit_line;
use crate::data::dateline::lead_year_text;
use crate::data::{Lang, REPORT};

/// The header in `lang`; `on_lang` switches the language (a function: it has no state).
pub fn header(lang: Lang, on_lang: Callback<Lang>) -> Html {
    html! {
        <header class="qsh-header">
            <div class="qsh-header__top">
                <p class="qsh-kicker">{ REPORT.dateline.get(lang) }</p>
                { lang_switch(lang, &on_lang) }
            </div>
            <h1 class="qsh-title">{ REPORT.title.get(lang) }</h1>
            <p class="qsh-byline">{ credit_line(lang) }</p>
            <div class="qsh-lead">
                if let Some(first) = REPORT.headline.first() {
                    <div class="qsh-lead__figures">
                        // The lead's figures are of one year (a review's): it says which.
                        if REPORT.headline.iter().all(|figure| figure.year == first.year) {
                            <p class="qsh-card__year qsh-lead__year">{ lead_year_text(first.year, REPORT.year, lang) }</p>
                        }
                        { tiles(REPORT.headline, lang, true) }
                    </div>
                }
                if let Some(group) = REPORT.lead_group() {
                    <div class="qsh-lead__chart"><ChartView {group} /></div>
                }
            </div>
            // The key to the marks and tags, before the cards that use them.
            <p class="qsh-key">{ REPORT.key.get(lang) }</p>
        </header>
    }
}
