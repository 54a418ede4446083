//! The widget takes the place of the host's own content (the static first paint, or any
//! fallback the host put in its element) only once it is drawn: until then the app renders out
//! of sight at the same width while the host's content stays; then the two change places in
//! one task, so the reader sees no blank chart and nothing moves.
//!
//! Once the widget shows, the host's content is kept aside in a `<template>` of the shadow
//! root (one copy of every figure on the page, for readers, search and tests alike); the
//! failure panel (`static/embed.js`) puts it back if the widget fails.
//!
//! "Drawn" is every section rendered (no [`RENDERING_ATTR`]) and every canvas carrying
//! [`DRAWN_FIGURES_ATTR`]. A chart that cannot draw (a hidden or too narrow container) must
//! not keep the widget out forever: after [`GIVE_UP_MS`] it takes over once its sections are
//! rendered, and draws when it can.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use web_sys::{Element, MutationObserver, MutationObserverInit};

use crate::names::{DRAWN_FIGURES_ATTR, RENDERING_ATTR};
use crate::web::JsResultExt;

/// Marks the app's container while it renders out of sight (static/style/).
pub const STARTING_ATTRIBUTE: &str = "data-starting";
/// Marks the `<template>` that keeps the host's content once the widget shows (also `embed.js`).
pub const KEPT_CONTENT_ATTRIBUTE: &str = "data-host-content";
/// How long the host's content stays at most, in milliseconds.
pub const GIVE_UP_MS: u32 = 3000;

/// What waits for the app to be drawn; dropped when it takes over.
struct Watch {
    observer: MutationObserver,
    _on_mutation: Closure<dyn FnMut()>,
    _give_up: Timeout,
}

/// Shows the app in place of the host's content (the light DOM of `host`, shown through the
/// shadow root's `fallback` slot) once every chart in `app` is drawn.
pub fn when_drawn(host: &Element, app: &Element, fallback: &Element) -> Result<(), JsValue> {
    app.set_attribute(STARTING_ATTRIBUTE, "")?;
    let watch: Rc<RefCell<Option<Watch>>> = Rc::default();
    let take_over = {
        let (host, app, fallback, watch) = (host.clone(), app.clone(), fallback.clone(), watch.clone());
        move || {
            let Some(done) = watch.borrow_mut().take() else {
                return;
            };
            done.observer.disconnect();
            // A panic (a trap) has shown the loader's failure panel with the host's content:
            // a trap does not stop the module's other callbacks, so this one, run later, must
            // not take the host's content away again.
            if failed(&host) {
                return;
            }
            app.remove_attribute(STARTING_ATTRIBUTE)
                .log_failure("showing the widget");
            fallback
                .set_attribute("hidden", "")
                .log_failure("hiding the host's content");
            keep_aside(&host).log_failure("keeping the host's content aside");
            // Called from one of the watch's own callbacks, which must not be dropped while
            // it runs: the watch goes once the callback has returned.
            wasm_bindgen_futures::spawn_local(async move { drop(done) });
        }
    };
    // After the give-up time only the charts are no longer waited for: a widget still
    // rendering its sections would grow in front of the reader.
    let gave_up = Rc::new(Cell::new(false));
    let on_change = {
        let (app, take_over, gave_up) = (app.clone(), take_over.clone(), gave_up.clone());
        move || {
            if !is_rendering(&app) && (gave_up.get() || is_drawn(&app)) {
                take_over();
            }
        }
    };
    let give_up = {
        let on_change = on_change.clone();
        move || {
            gave_up.set(true);
            on_change();
        }
    };
    let on_mutation = Closure::<dyn FnMut()>::new(on_change);
    let observer = MutationObserver::new(on_mutation.as_ref().unchecked_ref())?;
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    options.set_attribute_filter(&js_sys::Array::of2(&DRAWN_FIGURES_ATTR.into(), &RENDERING_ATTR.into()));
    observer.observe_with_options(app, &options)?;
    *watch.borrow_mut() = Some(Watch {
        observer,
        _on_mutation: on_mutation,
        _give_up: Timeout::new(GIVE_UP_MS, give_up),
    });
    Ok(())
}

/// Moves the host's own content into a `<template>` of its shadow root.
fn keep_aside(host: &Element) -> Result<(), JsValue> {
    let Some(shadow) = host.shadow_root() else {
        return Ok(());
    };
    let kept: web_sys::HtmlTemplateElement = gloo::utils::document().create_element("template")?.dyn_into()?;
    kept.set_attribute(KEPT_CONTENT_ATTRIBUTE, "")?;
    while let Some(node) = host.first_child() {
        kept.content().append_child(&node)?;
    }
    shadow.append_child(&kept)?;
    Ok(())
}

/// Whether the loader has shown its failure panel in the host (`static/embed.js`).
fn failed(host: &Element) -> bool {
    host.shadow_root()
        .is_some_and(|shadow| !matches!(shadow.query_selector(".qsh-failure"), Ok(None)))
}

/// Whether the app is still rendering its sections.
fn is_rendering(app: &Element) -> bool {
    !matches!(app.query_selector(&format!("[{RENDERING_ATTR}]")), Ok(None))
}

/// Whether the app has rendered and every canvas in it is drawn.
fn is_drawn(app: &Element) -> bool {
    let Ok(canvases) = app.query_selector_all("canvas") else {
        return false;
    };
    let drawn = (0..canvases.length())
        .filter_map(|index| canvases.item(index)?.dyn_into::<Element>().ok())
        .all(|canvas| canvas.has_attribute(DRAWN_FIGURES_ATTR));
    app.child_element_count() > 0 && drawn
}
