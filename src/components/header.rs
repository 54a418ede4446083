//! Title, one-line summary and the headline figures.

use yew::prelude::*;

use super::app::Display;
use super::tiles::Tiles;
use crate::data::REPORT;

#[function_component(Header)]
pub fn header() -> Html {
    let display = use_context::<Display>().expect("Header is rendered inside App");
    let lang = display.lang;
    html! {
        <header class="qsh-header">
            <p class="qsh-kicker">{ REPORT.publication.get(lang) }</p>
            <h1 class="qsh-title">{ REPORT.title.get(lang) }</h1>
            <p class="qsh-summary">{ REPORT.summary.get(lang) }</p>
            <Tiles figures={REPORT.headline} large=true />
        </header>
    }
}
