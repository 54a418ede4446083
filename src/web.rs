//! The JavaScript glue shared by the components and the embed surface: how the widget reports
//! a failed call into the browser. A failure it can survive is logged on the console, with what
//! was being done, and the widget carries on; it is never dropped silently.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};

/// Every console message of the widget starts with its name, so a host page's developer knows
/// where it comes from.
const LOG_PREFIX: &str = "report-infographic";

/// Logs an error on the console.
pub fn log_error(message: &str) {
    gloo::console::error!(format!("{LOG_PREFIX}: {message}"));
}

/// Results of calls into the browser.
pub trait JsResultExt<T> {
    /// Logs a failure with its context (what was being done, e.g. "setting a chart's height").
    ///
    /// Only the first failure of each context is logged: a call that fails on every redraw
    /// must not flood the console.
    ///
    /// ```ignore
    /// canvas.set_attribute("role", "img").log_failure("labelling a chart");
    /// ```
    fn log_failure(self, context: &'static str);

    /// The value, or `None` after logging the failure as [`log_failure`](Self::log_failure) does.
    #[must_use]
    fn ok_or_log(self, context: &'static str) -> Option<T>;
}

impl<T> JsResultExt<T> for Result<T, JsValue> {
    fn log_failure(self, context: &'static str) {
        if let Err(error) = self {
            log_first(context, error);
        }
    }

    fn ok_or_log(self, context: &'static str) -> Option<T> {
        self.map_err(|error| log_first(context, error)).ok()
    }
}

/// Logs a failure unless one with the same context was logged before.
fn log_first(context: &'static str, error: JsValue) {
    thread_local! {
        static LOGGED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    }
    let first = LOGGED.with_borrow_mut(|logged| {
        let first = !logged.contains(&context);
        if first {
            logged.push(context);
        }
        first
    });
    if first {
        log_error(&format!("{context} failed: {}", describe(error)));
    }
}

/// A JavaScript error as text: an `Error`'s message, a thrown string, else its JSON.
pub fn describe(error: JsValue) -> String {
    if let Some(error) = error.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    error
        .as_string()
        .or_else(|| js_sys::JSON::stringify(&error).ok().map(String::from))
        .unwrap_or_else(|| "unknown error".into())
}

/// The module script that loads the widget; the bundle's other files sit beside it.
pub const LOADER_FILE: &str = "embed.js";

/// Where the widget's bundle is published: the folder of its loader script (`embed.js`), or,
/// where the page carries the loader inline (the single-file build), the page's own folder.
/// The stylesheet is found there, and the single-chart pages an embed code points to.
pub fn bundle_base_url() -> String {
    let document = gloo::utils::document();
    let loader = document
        .query_selector_all("script[type='module'][src]")
        .ok()
        .and_then(|scripts| {
            (0..scripts.length())
                .filter_map(|index| scripts.item(index)?.dyn_into::<web_sys::HtmlScriptElement>().ok())
                .map(|script| script.src())
                .find(|src| {
                    src.split(['?', '#'])
                        .next()
                        .is_some_and(|path| path.ends_with(LOADER_FILE))
                })
        });
    let base = loader.unwrap_or_else(|| document.base_uri().ok().flatten().unwrap_or_default());
    web_sys::Url::new_with_base("./", &base)
        .map(|url| url.href())
        .unwrap_or(base)
}

/// Scrolls to the element `id` of the same document or shadow root as `from`, and moves focus
/// to it (for a reader with a screen reader or a keyboard). False if there is none.
pub fn go_to(from: &web_sys::Element, id: &str) -> bool {
    let root = from.get_root_node();
    let found = match root.dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => shadow.get_element_by_id(id),
        Err(root) => root
            .dyn_into::<web_sys::Document>()
            .ok()
            .and_then(|document| document.get_element_by_id(id)),
    };
    let Some(element) = found.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    element.scroll_into_view();
    element.focus().log_failure("moving focus to a section");
    true
}
