//! The width of an element, followed with a ResizeObserver.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

/// The content width of an element in whole CSS pixels, kept current by a ResizeObserver.
/// `None` until the first observation; `Some(0.0)` while the element is hidden.
///
/// ```ignore
/// let frame = use_node_ref();
/// let width = use_element_width(frame.clone());
/// html! { <div ref={frame}>{ format!("{width:?}") }</div> }
/// ```
#[hook]
pub fn use_element_width(node: NodeRef) -> Option<f64> {
    let width = use_state_eq(|| None::<f64>);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let observed = node.cast::<Element>().and_then(|element| {
                let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    if let Ok(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>() {
                        // Whole pixels: sub-pixel jitter must not cause redraws.
                        width.set(Some(entry.content_rect().width().floor().max(0.0)));
                    }
                });
                let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
                observer.observe(&element);
                Some((observer, on_resize))
            });
            move || {
                if let Some((observer, on_resize)) = observed {
                    observer.disconnect();
                    drop(on_resize);
                }
            }
        });
    }
    *width
}
