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
    let tiles = props.figures.iter().map(|figure| {
        html! {
            <li class="qsh-tile" data-figure={figure.id}>
                <span class="qsh-tile__value">{ figure.display.get(lang) }</span>
                <span class="qsh-tile__label">{ figure.label.get(lang) }</span>
            </li>
        }
    });
    // Literal classes: a computed one goes through Yew's `Classes`, an ordered hash set that
    // brought 4 KB of code into the bundle for this list and the app's article.
    if props.large {
        html! { <ul class="qsh-tiles qsh-tiles--large">{ for tiles }</ul> }
    } else {
        html! { <ul class="qsh-tiles">{ for tiles }</ul> }
    }
}
