//! What a figure is, as badges: target, under way, cumulative, derived, and the quieter mark of
//! a level. Printed from the figure's status, period and formula (`data::badge`).

use yew::prelude::*;

use crate::components::display::use_display_settings;
use crate::data::Figure;

#[derive(Properties, PartialEq)]
pub struct BadgesProps {
    pub figure: &'static Figure,
}

#[function_component(Badges)]
pub fn badges(props: &BadgesProps) -> Html {
    let lang = use_display_settings().lang;
    let badges = props.figure.badges().map(|badge| {
        let class = if badge.is_quiet() {
            "qsh-badge qsh-badge--quiet"
        } else {
            "qsh-badge"
        };
        html! { <span class={class} data-badge={badge.code()}>{ badge.get(lang) }</span> }
    });
    html! { <>{ for badges }</> }
}
