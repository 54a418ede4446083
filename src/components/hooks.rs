//! Hooks around browser observers. Each observer and its closure live as long as the
//! component and are released in the effect's cleanup.

use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

/// The content width of an element in whole CSS pixels, kept current by a ResizeObserver.
/// `None` until the first observation; `Some(0.0)` while the element is hidden.
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

/// Whether the reader's system asks for a dark colour scheme, following changes live.
#[hook]
pub fn use_prefers_dark() -> bool {
    let query = "(prefers-color-scheme: dark)";
    let matches = || {
        gloo::utils::window()
            .match_media(query)
            .ok()
            .flatten()
            .is_some_and(|list| list.matches())
    };
    let dark = use_state_eq(matches);
    {
        let dark = dark.clone();
        use_effect_with((), move |_| {
            let listener = gloo::utils::window()
                .match_media(query)
                .ok()
                .flatten()
                .map(|list| EventListener::new(&list, "change", move |_| dark.set(matches())));
            move || drop(listener)
        });
    }
    *dark
}

/// True while the page is being printed, so charts can redraw for paper.
#[hook]
pub fn use_printing() -> bool {
    let printing = use_state_eq(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let before = {
                let printing = printing.clone();
                EventListener::new(&window, "beforeprint", move |_| printing.set(true))
            };
            let after = EventListener::new(&window, "afterprint", move |_| printing.set(false));
            move || drop((before, after))
        });
    }
    *printing
}
