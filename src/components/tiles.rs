//! Figures as number tiles: the value with its qualifier large, the label below.

use yew::prelude::*;

use super::display::use_display_settings;
use crate::data::Figure;

#[derive(Properties, PartialEq)]
pub struct TilesProps {
    pub figures: &'static [&'static Figure],
    #[prop_or_default]
    pub large: bool,
}

#[function_component(Tiles)]
pub fn tiles(props: &TilesProps) -> Html {
    let lang = use_display_settings().lang;
    html! {
        <ul class={classes!("qsh-tiles", props.large.then_some("qsh-tiles--large"))}>
            { for props.figures.iter().map(|figure| html! {
                <li class="qsh-tile" data-figure={figure.id}>
                    <span class="qsh-tile__value">{ figure.display.get(lang) }</span>
                    <span class="qsh-tile__label">{ figure.label.get(lang) }</span>
                </li>
            }) }
        </ul>
    }
}
