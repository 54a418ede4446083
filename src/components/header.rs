//! Title, language switch, one-line summary and the headline figures.

use yew::prelude::*;

use super::display::use_display_settings;
use super::lang_switch::LangSwitch;
use super::tiles::Tiles;
use crate::data::{Lang, REPORT};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub on_lang: Callback<Lang>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let lang = use_display_settings().lang;
    html! {
        <header class="qsh-header">
            <div class="qsh-header__top">
                <p class="qsh-kicker">{ REPORT.publication.get(lang) }</p>
                <LangSwitch on_change={props.on_lang.clone()} />
            </div>
            <h1 class="qsh-title">{ REPORT.title.get(lang) }</h1>
            <p class="qsh-summary">{ REPORT.summary.get(lang) }</p>
            <Tiles figures={REPORT.headline} large=true />
        </header>
    }
}
