//! When the widget's page is framed, it tells the host page its content height whenever it
//! changes, in the messages host pages already listen for: Datawrapper's, pym.js's and AMP's.

use wasm_bindgen::prelude::*;
use web_sys::{ResizeObserver, Window};

use super::options::{parse, query_pairs};
use crate::data::REPORT;
use crate::web::JsResultExt;

/// Starts reporting the page's height if it is inside a frame. The observer and its callback
/// belong to the page (JavaScript owns the callback) and live as long as it does.
pub fn report_height() {
    let window = gloo::utils::window();
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if js_sys::Object::is(&parent, &window) {
        return;
    }
    // The framed page's options are its query string: the embed's `id`, and pym.js's `childId`.
    let pairs = query_pairs(&window.location().search().unwrap_or_default());
    let child_id = pairs
        .iter()
        .find(|(name, _)| name == "childId")
        .map(|(_, value)| value.clone());
    let (options, _) = parse(pairs.iter().map(|(name, value)| (name.as_str(), value.as_str())));
    // Without an `id`, Datawrapper's message names the report.
    let id = options.id.unwrap_or_else(|| REPORT.slug.to_string());
    let body = gloo::utils::body();
    let mut last_height = 0;
    let on_resize = {
        let body = body.clone();
        Closure::<dyn FnMut()>::new(move || {
            let height = body.get_bounding_client_rect().height().ceil() as u32;
            if height != last_height {
                last_height = height;
                post_height(&parent, &id, child_id.as_deref(), height);
            }
        })
        .into_js_value()
    };
    ResizeObserver::new(on_resize.unchecked_ref())
        .map(|observer| observer.observe(&body))
        .log_failure("following the page's height");
}

fn post_height(parent: &Window, id: &str, child_id: Option<&str>, height: u32) {
    let heights = object(&[(id, height.into())]);
    let datawrapper = object(&[("datawrapper-height", heights.into())]);
    parent
        .post_message(&datawrapper, "*")
        .log_failure("posting the height (Datawrapper)");

    if let Some(child_id) = child_id {
        let pym = format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}");
        parent
            .post_message(&pym.into(), "*")
            .log_failure("posting the height (pym.js)");
    }

    let amp = object(&[
        ("sentinel", "amp".into()),
        ("type", "embed-size".into()),
        ("height", height.into()),
    ]);
    parent.post_message(&amp, "*").log_failure("posting the height (AMP)");
}

/// A plain JavaScript object with these properties.
fn object(properties: &[(&str, JsValue)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (name, value) in properties {
        js_sys::Reflect::set(&object, &(*name).into(), value).log_failure("building a height message");
    }
    object
}
