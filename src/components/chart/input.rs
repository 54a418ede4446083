//! A chart's pointer, touch and keyboard handlers: each turns an event into a selection change.

use yew::prelude::*;

use super::selection::{key_action, Select, Selection};
use crate::components::hooks::ChartDrawing;

/// The handlers of a chart canvas.
pub struct ChartInput {
    /// Pointer move and press: selects the figure under the pointer, or none.
    pub on_pointer: Callback<PointerEvent>,
    pub on_leave: Callback<PointerEvent>,
    pub on_key: Callback<KeyboardEvent>,
    pub on_blur: Callback<FocusEvent>,
}

impl ChartInput {
    pub fn new(selection: &UseReducerHandle<Selection>, drawing: &ChartDrawing) -> Self {
        let on_pointer = {
            let (selection, drawing) = (selection.clone(), drawing.clone());
            Callback::from(move |event: PointerEvent| {
                let point = (f64::from(event.offset_x()), f64::from(event.offset_y()));
                // A tap on empty canvas dismisses; hovering empty canvas keeps nothing selected.
                selection.dispatch(Select::Point(drawing.hit(point)));
            })
        };
        let on_leave = {
            let selection = selection.clone();
            Callback::from(move |event: PointerEvent| {
                // A touch "leaves" as the finger lifts: keep its tooltip until a tap elsewhere.
                if event.pointer_type() == "mouse" {
                    selection.dispatch(Select::Clear);
                }
            })
        };
        let on_key = {
            let (selection, drawing) = (selection.clone(), drawing.clone());
            Callback::from(move |event: KeyboardEvent| {
                if let Some(action) = key_action(&event.key(), drawing.count()) {
                    event.prevent_default();
                    selection.dispatch(action);
                }
            })
        };
        let on_blur = {
            let selection = selection.clone();
            Callback::from(move |_: FocusEvent| selection.dispatch(Select::Clear))
        };
        ChartInput {
            on_pointer,
            on_leave,
            on_key,
            on_blur,
        }
    }
}
