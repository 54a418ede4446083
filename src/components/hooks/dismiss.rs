//! Dismissing a popup: a tap or click outside it, or Esc anywhere.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// While `active`, calls `on_dismiss` on a pointer press outside `inside` or on Esc anywhere
/// in the document. The listeners exist only while active.
///
/// ```ignore
/// let card = use_node_ref();
/// use_dismiss(selection.index.is_some(), card.clone(), clear_selection);
/// ```
#[hook]
pub fn use_dismiss(active: bool, inside: NodeRef, on_dismiss: Callback<()>) {
    use_effect_with(active, move |&active| {
        let listeners = active.then(|| {
            let document = gloo::utils::document();
            let outside = {
                let on_dismiss = on_dismiss.clone();
                EventListener::new(&document, "pointerdown", move |event| {
                    // The composed path, not the target: inside a shadow root the document
                    // sees the event retargeted to the shadow host.
                    let within = inside
                        .get()
                        .is_some_and(|node| event.composed_path().includes(&node, 0));
                    if !within {
                        on_dismiss.emit(());
                    }
                })
            };
            let escape = EventListener::new(&document, "keydown", move |event| {
                if event
                    .dyn_ref::<KeyboardEvent>()
                    .is_some_and(|key| key.key() == "Escape")
                {
                    on_dismiss.emit(());
                }
            });
            (outside, escape)
        });
        move || drop(listeners)
    });
}
