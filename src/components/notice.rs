//! Notices about embed options that were not understood: shown small inside the widget,
//! as text (a value is never interpreted as HTML), so a news desk sees what to fix.

use yew::prelude::*;

use super::display::use_display_settings;
use crate::options::Notice;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
}

#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let lang = use_display_settings().lang;
    if props.notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="qsh-notice" role="status">
            { for props.notices.iter().map(|notice| html! { <p data-option={notice.option}>{ notice.shown(lang) }</p> }) }
        </div>
    }
}
