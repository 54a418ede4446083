//! A card's head: the year of its figures above its title, and, for a chart (whose figures
//! share one status and period), what they are.

use yew::prelude::*;

use super::badges;
use crate::charts::has_canvas;
use crate::components::strings::year_text;
use crate::data::{Group, Lang};

/// The card's caption; `id` names it for a chart's canvas.
pub fn card_head(group: &Group, lang: Lang, id: Option<String>) -> Html {
    let first = group.figures.first().filter(|_| has_canvas(group.chart));
    html! {
        <figcaption class="qsh-card__title" {id}>
            <span class="qsh-card__year">{ year_text(group.year, lang) }
                if let Some(figure) = first {
                    { badges(figure, lang) }
                }
            </span>
            <span class="qsh-card__name">{ group.title.get(lang) }</span>
        </figcaption>
    }
}
