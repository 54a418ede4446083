//! The width of an element, followed with one ResizeObserver shared by every element an app
//! watches ([`ElementWidths`], one per app in `ChartServices`): a resize delivers all their new
//! widths in one callback, so the charts it affects render and redraw in one pass, not one pass
//! (and one microtask checkpoint) each.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

use crate::components::display::use_chart_services;
use crate::web::JsResultExt;

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
    let widths = use_chart_services().element_widths;
    let width = use_state_eq(|| None::<f64>);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let watched = node.cast::<Element>();
            if let Some(element) = &watched {
                // Whole pixels: sub-pixel jitter must not cause redraws.
                let on_width: OnWidth =
                    Rc::new(move |content_width: f64| width.set(Some(content_width.floor().max(0.0))));
                widths.watch(element, on_width);
            }
            move || {
                if let Some(element) = watched {
                    widths.unwatch(&element);
                }
            }
        });
    }
    *width
}

type OnWidth = Rc<dyn Fn(f64)>;

/// The observer and what each element observed by it is waiting for.
struct Watcher {
    observer: ResizeObserver,
    /// Called by the observer; kept as long as the observer.
    _on_resize: Closure<dyn FnMut(js_sys::Array)>,
    watched: Vec<(Element, OnWidth)>,
}

/// One app's observer of element widths, created with the first element it watches and
/// released with the last.
#[derive(Clone, Default)]
pub struct ElementWidths(Rc<RefCell<Option<Watcher>>>);

/// The same registry.
impl PartialEq for ElementWidths {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl ElementWidths {
    fn watch(&self, element: &Element, on_width: OnWidth) {
        let mut slot = self.0.borrow_mut();
        if slot.is_none() {
            *slot = new_watcher(Rc::downgrade(&self.0));
        }
        if let Some(watcher) = slot.as_mut() {
            watcher.observer.observe(element);
            watcher.watched.push((element.clone(), on_width));
        }
    }

    fn unwatch(&self, element: &Element) {
        let mut slot = self.0.borrow_mut();
        let Some(watcher) = slot.as_mut() else {
            return;
        };
        watcher.observer.unobserve(element);
        watcher.watched.retain(|(watched, _)| watched != element);
        if watcher.watched.is_empty() {
            watcher.observer.disconnect();
            *slot = None;
        }
    }
}

/// The observer holds its registry weakly: the registry owns the observer's callback.
fn new_watcher(registry: Weak<RefCell<Option<Watcher>>>) -> Option<Watcher> {
    let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // The callbacks are collected first: one may render a component that watches or
        // unwatches an element, which needs the registry.
        let due: Vec<(OnWidth, f64)> = {
            let Some(registry) = registry.upgrade() else {
                return;
            };
            let watcher = registry.borrow();
            let Some(watcher) = watcher.as_ref() else {
                return;
            };
            entries
                .iter()
                .filter_map(|entry| entry.dyn_into::<ResizeObserverEntry>().ok())
                .filter_map(|entry| {
                    let target = entry.target();
                    let (_, on_width) = watcher.watched.iter().find(|(element, _)| *element == target)?;
                    Some((Rc::clone(on_width), entry.content_rect().width()))
                })
                .collect()
        };
        // Applied in the next animation frame, before its layout: redrawing inside the
        // observer's callback would resize what it observes, which browsers report as an
        // error ("ResizeObserver loop completed with undelivered notifications").
        let apply = Closure::once_into_js(move || {
            for (on_width, width) in due {
                on_width(width);
            }
        });
        gloo::utils::window()
            .request_animation_frame(apply.unchecked_ref())
            .log_failure("waiting for the next frame to redraw");
    });
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok_or_log("following the charts' widths")?;
    Some(Watcher {
        observer,
        _on_resize: on_resize,
        watched: Vec::new(),
    })
}
