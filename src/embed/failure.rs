//! When the module panics it cannot run again (the bundle aborts on panic), so every instance
//! would freeze. The panic hook logs the panic to the console and, in every instance, hides
//! the frozen widget and shows a short notice with the static fallback the host page gave
//! (the mount element's own content, revealed through the shadow root's slot).

use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRoot};

use super::MOUNT_ATTRIBUTE;
use crate::web::JsResultExt;

/// Class of the container the app renders into, inside each shadow root.
pub const APP_CLASS: &str = "qsh-host";
/// Class of the notice shown after a failure.
pub const FAILURE_CLASS: &str = "qsh-failure";

/// Installs the panic hook (before any app renders, so Yew keeps it).
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_failure_everywhere();
    }));
}

/// Replaces every mounted instance by the failure notice and its fallback.
pub fn show_failure_everywhere() {
    let Ok(roots) = gloo::utils::document().query_selector_all(&format!("[{MOUNT_ATTRIBUTE}]")) else {
        return;
    };
    for index in 0..roots.length() {
        let Some(host) = roots.item(index).and_then(|node| node.dyn_into::<Element>().ok()) else {
            continue;
        };
        if let Some(shadow) = host.shadow_root() {
            super::takeover::bring_back(&host).log_failure("bringing back the host's content");
            show_failure(&shadow);
        }
    }
}

fn show_failure(shadow: &ShadowRoot) {
    if shadow
        .query_selector(&format!(".{FAILURE_CLASS}"))
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    if let Ok(Some(app)) = shadow.query_selector(&format!(".{APP_CLASS}")) {
        app.set_attribute("hidden", "").log_failure("hiding a failed widget");
    }
    if let Ok(Some(slot)) = shadow.query_selector("slot") {
        slot.remove_attribute("hidden")
            .log_failure("showing a failed widget's fallback");
    }
    let Ok(notice) = gloo::utils::document().create_element("p") else {
        return;
    };
    notice.set_class_name(FAILURE_CLASS);
    notice
        .set_attribute("role", "alert")
        .log_failure("showing a failure notice");
    notice.set_text_content(Some(
        "图表出错，已停止运行，请刷新页面重试。The graphic hit an error and stopped; reload the page to try again.",
    ));
    shadow
        .prepend_with_node_1(&notice)
        .log_failure("showing a failure notice");
}
