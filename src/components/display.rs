//! The display settings every component renders with, shared as a context: the root component
//! ([`App`](super::App)) provides them and its children read them with
//! [`use_display_settings`]. Props carry only what the context does not.

use yew::prelude::*;

use super::chart_services::ChartServices;

/// What an app provides to everything inside it, as one Yew context: its display settings and
/// its charts' services ([`use_chart_services`](super::chart_services::use_chart_services)).
/// One context, not one for each: every context type is one more copy of Yew's provider in
/// the bundle (2.5 KB). The services never change, so readers re-render as before: when the
/// settings do.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub settings: DisplaySettings,
    pub services: ChartServices,
}

pub use super::settings::DisplaySettings;

/// The display settings of the enclosing app.
///
/// ```ignore
/// #[function_component(Kicker)]
/// fn kicker() -> Html {
///     let lang = use_display_settings().lang;
///     html! { <p class="qsh-kicker">{ REPORT.publication.get(lang) }</p> }
/// }
/// ```
///
/// Every component of the widget renders inside an [`App`](super::App); outside one (a
/// component mounted on its own) this is the default: Chinese, light.
#[hook]
pub fn use_display_settings() -> DisplaySettings {
    use_context::<AppContext>()
        .map(|context| context.settings)
        .unwrap_or_default()
}

/// The charts' services of the enclosing app; a component rendered outside an app gets its own
/// (`chart_services.rs`).
///
/// ```ignore
/// let services = use_chart_services();
/// services.paint_queue.request(redraw);
/// ```
#[hook]
pub fn use_chart_services() -> ChartServices {
    let provided = use_context::<AppContext>();
    let own = use_memo((), |()| ChartServices::default());
    provided.map_or_else(|| (*own).clone(), |context| context.services)
}
