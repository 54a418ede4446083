//! The embed surface: finds the host page's mount points and starts one app on each.
//!
//! A host page marks each place for the widget with `data-qingshanhu-infographic`; options
//! come from data attributes (`data-lang`, `data-theme`).

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::components::{App, AppProps, ThemeChoice};
use crate::data::Lang;

/// The attribute that marks a mount point.
pub const MOUNT_ATTRIBUTE: &str = "data-qingshanhu-infographic";

/// Mounts an app on every marked element, or on `<body>` when the page marks none.
pub fn start() {
    let document = gloo::utils::document();
    let roots = document.query_selector_all(&format!("[{MOUNT_ATTRIBUTE}]")).ok();
    let roots: Vec<Element> = roots
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into().ok())
                .collect()
        })
        .unwrap_or_default();
    if roots.is_empty() {
        yew::Renderer::<App>::new().render();
        return;
    }
    for root in roots {
        let props = props_from(&root);
        // Replace any static fallback the page carries for readers without WebAssembly.
        root.set_inner_html("");
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}

fn props_from(root: &Element) -> AppProps {
    let lang = root.get_attribute("data-lang").and_then(|code| Lang::from_code(&code));
    let theme = root
        .get_attribute("data-theme")
        .and_then(|code| ThemeChoice::ALL.into_iter().find(|choice| choice.code() == code))
        .unwrap_or_default();
    AppProps {
        lang,
        theme,
        sections: Vec::new(),
    }
}
