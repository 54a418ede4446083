//! The mark that encodes a number card's figure on its own scale, and nothing else: a share of
//! its own whole on a 0–100 meter (with a tick at 100 where it passes it), a streak or an
//! edition (连续第N年, 第N届) as N pips. A change's ▲/▼ stands in its value (`value.rs`).
//! Inline SVG with presentation attributes: no canvas, and nothing a stylesheet must supply.

use yew::prelude::*;

use crate::data::format::fixed;
use crate::data::{Figure, Qualifier};

/// More pips than this would be a texture, not a count: the number says it.
const MAX_PIPS: f64 = 20.0;

/// The mark for this figure, if it has one.
pub fn figure_mark(figure: &Figure) -> Option<Html> {
    if figure.share {
        Some(meter(figure.value))
    } else if figure.qualifier == Qualifier::Ordinal && figure.value >= 1.0 && figure.value <= MAX_PIPS {
        Some(pips(figure.value as usize))
    } else {
        None
    }
}

/// A 0–100 meter; past 100 its scale runs to the value, with a tick at 100.
fn meter(value: f64) -> Html {
    let whole = value.max(100.0);
    let at = |share: f64| fixed(share / whole * 100.0, 2);
    html! {
        <svg class="qsh-meter" data-mark="meter" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="qsh-meter__track" x="0" y="3" width="100" height="4" fill="#e2e5ea" />
            <rect class="qsh-meter__fill" x="0" y="3" width={at(value)} height="4" fill="#0072b2" />
            if value > 100.0 {
                <rect class="qsh-meter__tick" x={at(100.0)} y="0" width="0.8" height="10" fill="#1a1a1a" />
            }
        </svg>
    }
}

/// N pips in a row, as many as the streak's years or the event's editions.
fn pips(count: usize) -> Html {
    let width = (count * 10).to_string();
    html! {
        <svg class="qsh-pips" data-mark="pips" viewBox={format!("0 0 {width} 10")} width={width} height="10" aria-hidden="true" focusable="false">
            { for (0..count).map(|at| html! {
                <circle class="qsh-pips__pip" cx={(at * 10 + 5).to_string()} cy="5" r="3.5" fill="#0072b2" />
            }) }
        </svg>
    }
}
