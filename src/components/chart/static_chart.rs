//! A chart in the static first paint: the same drawing as the canvas, as SVG at each layout
//! width (`charts::LAYOUT_WIDTHS_CSS`); the stylesheet shows the one that fits the frame, and
//! colours it for the light or dark theme.

use yew::prelude::*;

#[cfg(not(target_arch = "wasm32"))]
use crate::charts::{self, LAYOUT_WIDTHS_CSS};
#[cfg(not(target_arch = "wasm32"))]
use crate::components::display::use_display_settings;
use crate::data::Group;

#[cfg(not(target_arch = "wasm32"))]
#[derive(Properties, PartialEq)]
pub struct StaticChartProps {
    pub group: &'static Group,
    /// What a screen reader announces for the chart (as the canvas's `aria-label`).
    pub label: AttrValue,
}

/// The chart's drawings in the first paint. Rendered natively only (the first paint is built
/// at build time): the browser never renders it, so its bundle carries neither the drawings
/// nor a component for them.
#[cfg(target_arch = "wasm32")]
pub fn static_chart(_group: &'static Group, _label: &str) -> Html {
    Html::default()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn static_chart(group: &'static Group, label: &str) -> Html {
    html! { <StaticChart {group} label={label.to_string()} /> }
}

#[cfg(not(target_arch = "wasm32"))]
#[function_component(StaticChart)]
fn static_chart_drawings(props: &StaticChartProps) -> Html {
    let lang = use_display_settings().lang;
    let label = escape_attribute(&props.label);
    let drawings = LAYOUT_WIDTHS_CSS.into_iter().map(|width| {
        let attributes =
            format!(" class=\"qsh-chart__svg\" data-layout-width=\"{width}\" role=\"img\" aria-label=\"{label}\"");
        match charts::static_svg(props.group, lang, width, &attributes) {
            Ok(svg) => Html::from_html_unchecked(AttrValue::from(svg)),
            // The widget draws the chart when it starts; the page says why it is missing now.
            Err(message) => html! { <p class="qsh-chart__message">{ message }</p> },
        }
    });
    html! { { for drawings } }
}

#[cfg(not(target_arch = "wasm32"))]
fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}
