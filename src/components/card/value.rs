//! A figure's value as type: the number large, unit and measure word small, a change's word
//! drawn as ▲ or ▼ (the word stays in the text, at no size, for screen readers and copying),
//! never wrapped: the type is sized to its tile by the value's measured length. The text is
//! exactly the value as the build formatted it (`Figure::display`).

use yew::prelude::*;

use crate::data::format::derived_mark;
use crate::data::value_parts::{Direction, ValueParts};
use crate::data::{Figure, Lang};

/// The value's width in ems of its number's type: digits full, what stands around them at
/// half size (a Chinese character is twice a Latin letter).
fn width_ems(parts: &ValueParts<'_>) -> f64 {
    let small = |text: &str| text.chars().map(|c| if c.is_ascii() { 0.3 } else { 0.55 }).sum::<f64>();
    let arrow = if parts.direction.is_some() { 0.7 } else { 0.0 };
    arrow + small(parts.before) + parts.number.chars().count() as f64 * 0.58 + small(parts.after)
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
    CLASSES[(ems.ceil() as usize).clamp(4, 13) - 4]
}

/// The figure's value as type; a derived figure's mark, （推算）/ (derived), is its badge.
pub fn value(figure: &Figure, lang: Lang) -> Html {
    let parts = figure.value_parts(lang);
    let mark = derived_mark(lang);
    let direction = parts.direction.map(|direction| match direction {
        Direction::Up => "up",
        Direction::Down => "down",
    });
    html! {
        <span class={width_class(width_ems(&parts))}>
            <span class="qsh-value__line" data-mark={direction.map(|_| "change")} data-direction={direction}>
                if !parts.word.is_empty() {
                    <span class="qsh-value__word">{ parts.word }</span>
                }
                if !parts.before.is_empty() {
                    <span class="qsh-value__unit">{ parts.before }</span>
                }
                <span class="qsh-value__number">{ parts.number }</span>
                if !parts.after.is_empty() {
                    <span class="qsh-value__unit">{ parts.after }</span>
                }
                if figure.is_derived() {
                    // The space before " (derived)" stays outside its box, where it is kept.
                    { &mark[..mark.len() - mark.trim_start().len()] }
                    <span class="qsh-badge qsh-badge--derived" data-badge="derived">{ mark.trim_start() }</span>
                }
            </span>
        </span>
    }
}
