//! A part of a whole that the report states (341 of 365 days, 173 of 301 households): the part
//! large, on a meter whose track is the whole, and the whole under it, each with its badges.

use yew::prelude::*;

use super::badges::Badges;
use super::value::Value;
use crate::components::display::use_display_settings;
use crate::data::format::fixed;
use crate::data::Figure;

#[derive(Properties, PartialEq)]
pub struct PartOfWholeProps {
    pub part: &'static Figure,
    pub whole: &'static Figure,
}

#[function_component(PartOfWhole)]
pub fn part_of_whole(props: &PartOfWholeProps) -> Html {
    let lang = use_display_settings().lang;
    let PartOfWholeProps { part, whole } = *props;
    let share = if whole.value > 0.0 {
        (part.value / whole.value).clamp(0.0, 1.0) * 100.0
    } else {
        0.0
    };
    html! {
        <div class="qsh-part">
            <span class="qsh-tile__label" data-figure={part.id}>{ part.label.get(lang) }</span>
            <Value figure={part} />
            <Badges figure={part} />
            <svg class="qsh-meter" data-mark="part-of-whole" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="qsh-meter__track" x="0" y="2" width="100" height="6" fill="#e2e5ea" />
                <rect class="qsh-meter__fill" x="0" y="2" width={fixed(share, 2)} height="6" fill="#0072b2" />
            </svg>
            <p class="qsh-part__whole" data-figure={whole.id}>
                <Value figure={whole} />
                <span>{ whole.label.get(lang) }</span>
                <Badges figure={whole} />
            </p>
        </div>
    }
}
