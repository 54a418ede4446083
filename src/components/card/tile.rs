//! One figure as a number card: its label above, its value as type, its mark, its change stated
//! in the same sentence as a ▲/▼ line, and its badges.

use yew::prelude::*;

use super::badges::badges;
use super::marks::figure_mark;
use super::value::value;
use crate::data::badge::Badge;
use crate::data::{Figure, Lang};

pub fn tile(figure: &'static Figure, lang: Lang) -> Html {
    let has_badges = figure.badges().any(|badge| badge != Badge::Derived);
    html! {
        <li class="qsh-tile" data-figure={figure.id}>
            <span class="qsh-tile__label">{ figure.label.get(lang) }</span>
            { value(figure, lang) }
            { for figure_mark(figure) }
            if let Some(change) = figure.change {
                <span class="qsh-tile__change" data-figure={change.id}>
                    { value(change, lang) }
                    <span class="qsh-tile__change-label">{ change.label.get(lang) }</span>
                    { badges(change, lang) }
                </span>
            }
            if has_badges {
                <span class="qsh-tile__badges">{ badges(figure, lang) }</span>
            }
        </li>
    }
}
