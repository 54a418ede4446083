//! A card's head: the year of its figures above its title, and, for a chart (whose figures
//! share one status and period), what they are.

use yew::prelude::*;

use super::badges::Badges;
use crate::charts::has_canvas;
use crate::components::display::use_display_settings;
use crate::components::strings::year_text;
use crate::data::Group;

#[derive(Properties, PartialEq)]
pub struct CardHeadProps {
    pub group: &'static Group,
    /// The caption's id, for a chart's canvas to name.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

#[function_component(CardHead)]
pub fn card_head(props: &CardHeadProps) -> Html {
    let lang = use_display_settings().lang;
    let group = props.group;
    let first = group.figures.first().filter(|_| has_canvas(group.chart));
    html! {
        <figcaption class="qsh-card__title" id={props.id.clone()}>
            <span class="qsh-card__year">{ year_text(group.year, lang) }
                if let Some(figure) = first {
                    <Badges figure={*figure} />
                }
            </span>
            { group.title.get(lang) }
        </figcaption>
    }
}
