//! The zh / en switch (a function: the language is the app's state).

use yew::prelude::*;

use super::strings::strings;
use crate::data::Lang;

/// The switch, showing `current` pressed; `on_change` gets the reader's choice.
pub fn lang_switch(current: Lang, on_change: &Callback<Lang>) -> Html {
    let button = |lang: Lang, text: &'static str, html_lang: &'static str| {
        let on_change = on_change.clone();
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
