//! The report's sentence with the checked words marked.

use yew::prelude::*;

use super::quote::QuotePart;

#[derive(Properties, PartialEq)]
pub struct QuoteProps {
    /// The sentence in parts; `None` if no one sentence of the report holds the words.
    pub parts: Option<Vec<QuotePart>>,
    /// Shown, marked, when there is no sentence.
    pub fallback: AttrValue,
}

#[function_component(Quote)]
pub fn quote(props: &QuoteProps) -> Html {
    html! {
        <blockquote class="quote" lang="zh-CN">
            if let Some(parts) = &props.parts {
                { for parts.iter().map(|part| if part.marked {
                    html! { <mark>{ part.text.clone() }</mark> }
                } else {
                    html! { part.text.clone() }
                }) }
            } else {
                <mark>{ props.fallback.clone() }</mark>
            }
        </blockquote>
    }
}
