//! The zh / en switch.

use yew::prelude::*;

use super::display::use_display_settings;
use super::strings::strings;
use crate::data::Lang;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub on_change: Callback<Lang>,
}

#[function_component(LangSwitch)]
pub fn lang_switch(props: &LangSwitchProps) -> Html {
    let current = use_display_settings().lang;
    let button = |lang: Lang, text: &'static str, html_lang: &'static str| {
        let on_change = props.on_change.clone();
        let pressed = current == lang;
        html! {
            <button
                type="button"
                class="qsh-switch__option"
                lang={html_lang}
                aria-pressed={pressed.to_string()}
                data-lang={lang.code()}
                onclick={Callback::from(move |_| on_change.emit(lang))}
            >{ text }</button>
        }
    };
    html! {
        <div class="qsh-switch" role="group" aria-label={strings(current).language_switch}>
            { button(Lang::Zh, "中文", "zh-CN") }
            { button(Lang::En, "English", "en") }
        </div>
    }
}
