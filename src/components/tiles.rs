//! Figures as number cards in a list: the lead's, large, or a card's.

use yew::prelude::*;

use super::card::tile;
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
    let tiles = props.figures.iter().map(|&figure| tile(figure, lang));
    // Literal classes: a computed one goes through Yew's `Classes`, an ordered hash set that
    // brought 4 KB of code into the bundle for this list and the app's article.
    if props.large {
        html! { <ul class="qsh-tiles qsh-tiles--large">{ for tiles }</ul> }
    } else {
        html! { <ul class="qsh-tiles">{ for tiles }</ul> }
    }
}
