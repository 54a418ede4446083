//! The embed surface: mounts one app on every `[data-report-infographic]` element of the page
//! that names this report (or no report), each in its own shadow root so that host and widget
//! styles cannot meet, and keeps the
//! set in step with the page: an instance whose element leaves the DOM is destroyed, and one
//! is mounted on each marked element added later.
//!
//! The binary's `main` calls [`start`] once the module is loaded by `static/embed.js`.

pub mod failure;
mod frame;
pub mod options;
pub(crate) mod takeover;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, MutationObserver, MutationObserverInit, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::components::{App, AppProps};
use crate::data::REPORT;
use crate::web::{bundle_base_url, describe, log_error};
pub use options::EmbedOptions;

/// The attribute that marks a mount point; its value names the report (`qingshanhu-2023`), so
/// two reports' widgets share a page. A bare attribute takes whichever report's bundle comes
/// first.
pub const MOUNT_ATTRIBUTE: &str = "data-report-infographic";
/// Set on a mount point to the slug of the report whose widget it holds; the loader reads it
/// (static/embed.js) to show the failure panel in its own widgets only.
pub const MOUNTED_ATTRIBUTE: &str = "data-report-mounted";
/// Marks the widget's own page (index.html): it reads its options from the query string.
pub const PAGE_ATTRIBUTE: &str = "data-report-page";
/// Marks a `<style>` holding the widget's stylesheet (the single-file build has no files).
pub const INLINE_STYLE_ATTRIBUTE: &str = "data-report-style";
const STYLESHEET_FILE: &str = "style.css";

struct Instance {
    root: Element,
    app: AppHandle<App>,
}

type Instances = Rc<RefCell<Vec<Instance>>>;

/// Where each shadow root gets the widget's styles from.
#[derive(Clone, Debug, PartialEq)]
enum Stylesheet {
    /// A `<link>` to `style.css` beside `embed.js` (CSP-friendly).
    Url(String),
    /// The text of an inline `<style data-report-style>` (the single-file build).
    Text(String),
}

/// Mounts the widget on every marked element now, and keeps doing so as the page changes.
pub fn start() {
    failure::install_panic_hook();
    after_next_paint(mount_all);
}

/// Runs `then` once the browser has painted the page as it is: what the reader sees first is
/// the page's own content (the static first paint), and the widget's start does not hold
/// that paint back.
fn after_next_paint(then: fn()) {
    let after_frame = Closure::once_into_js(move || gloo::timers::callback::Timeout::new(0, then).forget());
    if let Err(error) = gloo::utils::window().request_animation_frame(after_frame.unchecked_ref()) {
        log_error(&format!("cannot wait for the first paint: {}", describe(error)));
        then();
    }
}

fn mount_all() {
    let stylesheet = find_stylesheet();
    let instances: Instances = Rc::default();
    sync(&instances, &stylesheet);
    if let Err(error) = watch_page(instances, stylesheet) {
        log_error(&format!("cannot follow changes to the page: {}", describe(error)));
    }
    frame::report_height();
}

/// Follows the page's changes with a MutationObserver. The observer and its callback belong
/// to the page (JavaScript owns the callback) and live as long as it does.
fn watch_page(instances: Instances, stylesheet: Stylesheet) -> Result<(), JsValue> {
    let on_mutation = Closure::<dyn FnMut()>::new(move || sync(&instances, &stylesheet)).into_js_value();
    let observer = MutationObserver::new(on_mutation.unchecked_ref())?;
    let watch = MutationObserverInit::new();
    watch.set_child_list(true);
    watch.set_subtree(true);
    observer.observe_with_options(&gloo::utils::document(), &watch)
}

/// The stylesheet: inline in the single-file build, else `style.css` where the bundle is.
fn find_stylesheet() -> Stylesheet {
    let document = gloo::utils::document();
    if let Ok(Some(style)) = document.query_selector(&format!("style[{INLINE_STYLE_ATTRIBUTE}]")) {
        return Stylesheet::Text(style.text_content().unwrap_or_default());
    }
    let url = web_sys::Url::new_with_base(STYLESHEET_FILE, &bundle_base_url()).map(|url| url.href());
    Stylesheet::Url(url.unwrap_or_else(|_| STYLESHEET_FILE.to_string()))
}

/// Destroys instances whose element left the page and mounts marked elements that have none.
fn sync(instances: &Instances, stylesheet: &Stylesheet) {
    let mut instances = instances.borrow_mut();
    let (kept, removed): (Vec<Instance>, Vec<Instance>) =
        instances.drain(..).partition(|instance| instance.root.is_connected());
    *instances = kept;
    for instance in removed {
        instance.app.destroy();
    }
    let Ok(marked) = gloo::utils::document().query_selector_all(&format!("[{MOUNT_ATTRIBUTE}]")) else {
        return;
    };
    for index in 0..marked.length() {
        let Some(root) = marked.item(index).and_then(|node| node.dyn_into::<Element>().ok()) else {
            continue;
        };
        if instances.iter().any(|instance| instance.root == root) || !is_ours(&root) {
            continue;
        }
        match mount(&root, stylesheet) {
            Ok(app) => instances.push(Instance { root, app }),
            Err(error) => log_error(&format!("could not mount: {}", describe(error))),
        }
    }
}

/// Whether a mount point is for this report: it names this report or none, and no other
/// report's widget holds it.
fn is_ours(root: &Element) -> bool {
    let named = root.get_attribute(MOUNT_ATTRIBUTE).unwrap_or_default();
    let held = root.get_attribute(MOUNTED_ATTRIBUTE);
    (named.is_empty() || named == REPORT.slug) && held.is_none_or(|slug| slug == REPORT.slug)
}

/// Mounts one app in the element's shadow root (reused if the element was mounted before).
fn mount(root: &Element, stylesheet: &Stylesheet) -> Result<AppHandle<App>, JsValue> {
    root.set_attribute(MOUNTED_ATTRIBUTE, REPORT.slug)?;
    let shadow = match root.shadow_root() {
        Some(shadow) => {
            shadow.set_inner_html("");
            shadow
        }
        None => root.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let document = gloo::utils::document();
    match stylesheet {
        Stylesheet::Url(url) => match adoptable_copy(url) {
            // Styled in the very frame the widget replaces the static first paint in.
            Some(sheet) => shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet)),
            None => {
                let link = document.create_element("link")?;
                link.set_attribute("rel", "stylesheet")?;
                link.set_attribute("href", url)?;
                shadow.append_child(&link)?;
            }
        },
        Stylesheet::Text(css) => {
            let style = document.create_element("style")?;
            style.set_text_content(Some(css));
            shadow.append_child(&style)?;
        }
    }
    let container = document.create_element("div")?;
    container.set_class_name(failure::APP_CLASS);
    shadow.append_child(&container)?;
    // The host's own content (the static first paint, or its fallback) shows until the
    // widget is drawn, and again if the widget fails.
    let fallback = document.create_element("slot")?;
    shadow.append_child(&fallback)?;
    takeover::when_drawn(root, &container, &fallback)?;

    let pairs = options_pairs(root);
    let (options, notices) = options::parse(pairs.iter().map(|(name, value)| (name.as_str(), value.as_str())));
    for notice in &notices {
        gloo::console::warn!(notice.message());
    }
    #[cfg(feature = "fault-injection")]
    inject_fault(&pairs);
    let props = AppProps {
        lang: options.lang,
        theme: options.theme,
        sections: options.sections,
        charts: options.charts,
        compact: options.compact,
        notices,
        owns_page: root.has_attribute(PAGE_ATTRIBUTE),
        first_paint: false,
    };
    Ok(yew::Renderer::<App>::with_root_and_props(container, props).render())
}

/// A constructed copy of the widget's stylesheet when the page has already loaded it (the
/// widget's own pages link it for the static first paint), for a shadow root to adopt: a
/// `<link>` there would load it again and show the widget unstyled for a frame. `None` where
/// the page has no such sheet or cannot read its rules (another origin without CORS).
fn adoptable_copy(url: &str) -> Option<web_sys::CssStyleSheet> {
    let sheets = gloo::utils::document().style_sheets();
    let loaded = (0..sheets.length())
        .filter_map(|index| sheets.item(index)?.dyn_into::<web_sys::CssStyleSheet>().ok())
        .find(|sheet| sheet.href().ok().flatten().as_deref() == Some(url))?;
    let rules = loaded.css_rules().ok()?;
    let text: String = (0..rules.length())
        .filter_map(|index| rules.item(index))
        .map(|rule| rule.css_text())
        .collect::<Vec<_>>()
        .join("\n");
    let copy = web_sys::CssStyleSheet::new().ok()?;
    copy.replace_sync(&text).ok()?;
    Some(copy)
}

/// The options of a mount point: the element's data attributes (`data-lang`, `data-theme`,
/// `data-sections`, `data-compact`, `data-id`), and for the widget's own page its query string
/// after them, so that the query wins (the English page sets `data-lang="en"`).
fn options_pairs(root: &Element) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = options::OPTION_NAMES
        .iter()
        .chain(cfg!(feature = "fault-injection").then_some(&"fault"))
        .filter_map(|name| {
            root.get_attribute(&format!("data-{name}"))
                .map(|value| (name.to_string(), value))
        })
        .collect();
    if root.has_attribute(PAGE_ATTRIBUTE) {
        let query = options::query_pairs(&gloo::utils::window().location().search().unwrap_or_default());
        pairs.retain(|(name, _)| !query.iter().any(|(asked, _)| asked == name));
        pairs.extend(query);
    }
    pairs
}

/// Test builds only (`--features fault-injection`): `fault=panic` (query) or `data-fault="panic"`
/// panics shortly after mounting, so the end-to-end tests can watch a real failure.
#[cfg(feature = "fault-injection")]
fn inject_fault(pairs: &[(String, String)]) {
    if pairs.iter().any(|(name, value)| name == "fault" && value == "panic") {
        gloo::timers::callback::Timeout::new(500, || panic!("injected fault (fault-injection build)")).forget();
    }
}
