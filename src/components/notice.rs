//! Notices about embed options that were not understood: shown small inside the widget,
//! as text (a value is never interpreted as HTML), so a news desk sees what to fix.

use yew::prelude::*;

use super::app::Display;
use crate::data::Lang;

/// An option whose value was not understood and was replaced by its default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub option: &'static str,
    /// The value as given, shortened for display.
    pub given: String,
    pub accepted: String,
}

impl Notice {
    /// The console's wording.
    pub fn message(&self) -> String {
        format!(
            "qingshanhu-infographic: ignored {}=\"{}\"; accepted: {}",
            self.option, self.given, self.accepted
        )
    }

    fn shown(&self, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!(
                "选项 {} 的值“{}”无效，已使用默认值。可用的值：{}",
                self.option, self.given, self.accepted
            ),
            Lang::En => format!(
                "Option {}: “{}” is not valid, so the default is used. Accepted: {}",
                self.option, self.given, self.accepted
            ),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
}

#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let display = use_context::<Display>().expect("Notices is rendered inside App");
    if props.notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="qsh-notice" role="status">
            { for props.notices.iter().map(|notice| html! { <p data-option={notice.option}>{ notice.shown(display.lang) }</p> }) }
        </div>
    }
}
