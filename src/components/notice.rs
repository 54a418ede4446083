//! Notices about embed options that were not understood: shown small inside the widget,
//! as text (a value is never interpreted as HTML), so a news desk sees what to fix (a
//! function: it has no state).

use yew::prelude::*;

use crate::data::Lang;
use crate::options::Notice;

pub fn notices(notices: &[Notice], lang: Lang) -> Html {
    if notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="qsh-notice" role="status">
            { for notices.iter().map(|notice| html! { <p data-option={notice.option}>{ notice.shown(lang) }</p> }) }
        </div>
    }
}
