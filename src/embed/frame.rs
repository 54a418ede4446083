//! When the widget's page is framed, it tells the host page its content height whenever it
//! changes, in the messages host pages already listen for: Datawrapper's, pym.js's and AMP's.

use wasm_bindgen::prelude::*;
use web_sys::{ResizeObserver, Window};

use super::options::{parse, query_pairs};

/// Used in Datawrapper's message when the embed sets no `id`.
const DEFAULT_ID: &str = "qingshanhu-2023";

/// Starts reporting the page's height if it is inside a frame. The observer and its callback
/// belong to the page (JavaScript owns the callback) and live as long as it does.
pub fn report_height() {
    let _ = try_report_height();
}

fn try_report_height() -> Option<()> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    if js_sys::Object::is(&parent, &window) {
        return None;
    }
    // The framed page's options are its query string: the embed's `id`, and pym.js's `childId`.
    let pairs = query_pairs(&window.location().search().unwrap_or_default());
    let child_id = pairs
        .iter()
        .find(|(name, _)| name == "childId")
        .map(|(_, value)| value.clone());
    let (options, _) = parse(pairs.iter().map(|(name, value)| (name.as_str(), value.as_str())));
    let id = options.id.unwrap_or_else(|| DEFAULT_ID.to_string());
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
    let observer = ResizeObserver::new(on_resize.unchecked_ref()).ok()?;
    observer.observe(&body);
    Some(())
}

fn post_height(parent: &Window, id: &str, child_id: Option<&str>, height: u32) {
    let datawrapper = js_sys::Object::new();
    let heights = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&heights, &id.into(), &height.into());
    let _ = js_sys::Reflect::set(&datawrapper, &"datawrapper-height".into(), &heights);
    let _ = parent.post_message(&datawrapper, "*");

    if let Some(child_id) = child_id {
        let pym = format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}");
        let _ = parent.post_message(&pym.into(), "*");
    }

    let amp = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
    let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
    let _ = js_sys::Reflect::set(&amp, &"height".into(), &height.into());
    let _ = parent.post_message(&amp, "*");
}
