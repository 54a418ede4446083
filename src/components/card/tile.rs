//! One figure as a number card: its label above, its value as type, its change stated in the
//! same sentence as a ▲/▼ line, its badges and its mark.

use yew::prelude::*;

use super::badges::Badges;
use super::marks::figure_mark;
use super::value::Value;
use crate::components::display::use_display_settings;
use crate::data::Figure;

#[derive(Properties, PartialEq)]
pub struct TileProps {
    pub figure: &'static Figure,
}

#[function_component(Tile)]
pub fn tile(props: &TileProps) -> Html {
    let lang = use_display_settings().lang;
    let figure = props.figure;
    html! {
        <li class="qsh-tile" data-figure={figure.id}>
            <span class="qsh-tile__label">{ figure.label.get(lang) }</span>
            <Value {figure} />
            { for figure_mark(figure) }
            if let Some(change) = figure.change {
                <span class="qsh-tile__change" data-figure={change.id}>
                    <Value figure={change} />
                    <span class="qsh-tile__change-label">{ change.label.get(lang) }</span>
                    <Badges figure={change} />
                </span>
            }
            if figure.badges().next().is_some() {
                <span class="qsh-tile__badges"><Badges {figure} /></span>
            }
        </li>
    }
}
