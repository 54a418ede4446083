//! What a figure is, as badges: target, under way, cumulative, and the quieter mark of a level,
//! printed from the figure's status and period (`data::badge`). A derived figure's badge is
//! its value's mark (`value.rs`).

use yew::prelude::*;

use crate::data::badge::Badge;
use crate::data::{Figure, Lang};

pub fn badges(figure: &Figure, lang: Lang) -> Html {
    let badges = figure.badges().filter(|&badge| badge != Badge::Derived).map(|badge| {
        let class = if badge.is_quiet() {
            "qsh-badge qsh-badge--quiet"
        } else {
            "qsh-badge"
        };
        html! { <span class={class} data-badge={badge.code()}>{ badge.get(lang) }</span> }
    });
    html! { <>{ for badges }</> }
}
