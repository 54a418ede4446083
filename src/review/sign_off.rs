//! The line an editor signs when a part of the sheet is checked.

use yew::prelude::*;

#[function_component(SignOff)]
pub fn sign_off() -> Html {
    html! {
        <p class="signoff">
            <span>{ "核对人 Checked by" }<span class="signoff__line" /></span>
            <span>{ "日期 Date" }<span class="signoff__line signoff__line--short" /></span>
            <span>{ "问题 Issues found" }<span class="signoff__line signoff__line--short" /></span>
        </p>
    }
}
