//! The selected figure of a chart: a focus mark around it and its tooltip beside it, placed
//! over the canvas once the tooltip is rendered and can be measured.

use yew::prelude::*;

use super::dom::{place_overlays, Overlays};
use super::tooltip::Tooltip;
use crate::charts::Mark;
use crate::components::display::use_display_settings;

#[derive(Properties, PartialEq)]
pub struct ChartFocusProps {
    /// The tooltip's id, which the canvas names in `aria-describedby`.
    pub id: AttrValue,
    pub mark: Mark,
    /// Backend pixels per CSS pixel of the drawing the mark comes from.
    pub scale: f64,
    pub canvas: NodeRef,
    pub frame: NodeRef,
}

#[function_component(ChartFocus)]
pub fn chart_focus(props: &ChartFocusProps) -> Html {
    let lang = use_display_settings().lang;
    let tooltip = use_node_ref();
    let focus_mark = use_node_ref();
    {
        let (canvas, frame) = (props.canvas.clone(), props.frame.clone());
        let (tooltip, focus_mark) = (tooltip.clone(), focus_mark.clone());
        // The language too: the tooltip's text, and so its size, changes with it.
        use_effect_with((props.mark.clone(), props.scale, lang), move |(mark, scale, _)| {
            let overlays = Overlays {
                canvas: &canvas,
                frame: &frame,
                tooltip: &tooltip,
                focus_mark: &focus_mark,
            };
            place_overlays(&overlays, mark, *scale);
        });
    }
    html! {
        <>
            <div class="qsh-focus-mark" aria-hidden="true" ref={focus_mark}></div>
            <Tooltip id={props.id.clone()} figure={props.mark.figure} node={tooltip} />
        </>
    }
}
