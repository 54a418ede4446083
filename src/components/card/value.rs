//! A figure's value as type: the number large, unit and measure word small, a change's word
//! as ▲ or ▼ (the word kept for screen readers), never wrapped: the type is sized to the tile
//! by the value's measured length (`width_class`), and an English qualifier of several words
//! (more than, at least) stands on its own line above, so a currency code stays by its amount.

use yew::prelude::*;

use crate::components::display::use_display_settings;
use crate::data::value_parts::{Direction, ValueParts};
use crate::data::Figure;

#[derive(Properties, PartialEq)]
pub struct ValueProps {
    pub figure: &'static Figure,
}

/// The value's width in ems of its number's type: digits full, what stands around them at
/// half size (a Chinese character is twice a Latin letter).
fn width_ems(parts: &ValueParts<'_>, inline_before: &str) -> f64 {
    let small = |text: &str| text.chars().map(|c| if c.is_ascii() { 0.3 } else { 0.55 }).sum::<f64>();
    let arrow = if parts.direction.is_some() { 0.7 } else { 0.0 };
    arrow + small(inline_before) + parts.number.chars().count() as f64 * 0.58 + small(parts.after)
}

/// The type's size class for a width in ems: `qsh-value--w4` fits 4 ems (style.css).
fn width_class(ems: f64) -> &'static str {
    const CLASSES: [&str; 10] = [
        "qsh-value qsh-value--w4",
        "qsh-value qsh-value--w5",
        "qsh-value qsh-value--w6",
        "qsh-value qsh-value--w7",
        "qsh-value qsh-value--w8",
        "qsh-value qsh-value--w9",
        "qsh-value qsh-value--w10",
        "qsh-value qsh-value--w11",
        "qsh-value qsh-value--w12",
        "qsh-value qsh-value--w13",
    ];
    let index = (ems.ceil() as usize).clamp(4, 13) - 4;
    CLASSES[index]
}

#[function_component(Value)]
pub fn value(props: &ValueProps) -> Html {
    let lang = use_display_settings().lang;
    let parts = props.figure.value_parts(lang);
    // "more than CNY ": "more than" above, "CNY" by its amount.
    let (above, before) = match parts.before.trim_end().rsplit_once(' ') {
        Some((words, _)) => (words, &parts.before[words.len() + 1..]),
        None => ("", parts.before),
    };
    let arrow = parts.direction.map(|direction| {
        let class = match direction {
            Direction::Up => "qsh-value__arrow",
            Direction::Down => "qsh-value__arrow qsh-value__arrow--down",
        };
        html! {
            <>
                <span class={class} data-mark="change" aria-hidden="true">{ direction.arrow() }</span>
                <span class="qsh-sr">{ parts.word }{ " " }</span>
            </>
        }
    });
    html! {
        <span class={width_class(width_ems(&parts, before))}>
            if !above.is_empty() {
                <span class="qsh-value__above">{ above }{ " " }</span>
            }
            <span class="qsh-value__line">
                { for arrow }
                if !before.is_empty() {
                    <span class="qsh-value__unit">{ before }</span>
                }
                <span class="qsh-value__number">{ parts.number }</span>
                if !parts.after.is_empty() {
                    <span class="qsh-value__unit">{ parts.after }</span>
                }
            </span>
        </span>
    }
}
