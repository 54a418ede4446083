//! Figures as number tiles in a list: the lead's, large, or a card's (`card::tiles`).

use yew::prelude::*;

use super::card;
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
    card::tiles(props.figures, lang, props.large)
}
