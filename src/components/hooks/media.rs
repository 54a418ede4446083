//! Whether the widget is drawn dark: the host's theme choice, the reader's colour scheme and
//! printing (paper is always light).

use gloo::events::EventListener;
use yew::prelude::*;

use crate::options::ThemeChoice;

/// The reader's system asks for a dark colour scheme.
const PREFERS_DARK: &str = "(prefers-color-scheme: dark)";

/// Whether to draw dark, following the reader's colour scheme and printing live.
///
/// ```ignore
/// let dark = use_dark_theme(ThemeChoice::Auto);
/// html! { <article class={if dark { "qsh qsh--dark" } else { "qsh" }} /> }
/// ```
#[hook]
pub fn use_dark_theme(theme: ThemeChoice) -> bool {
    // Rendered natively (the static first paint) there is no window: the page's stylesheet
    // follows the system's scheme until the widget starts.
    let prefers_dark = use_state_eq(|| cfg!(target_arch = "wasm32") && prefers_dark());
    let printing = use_state_eq(|| false);
    {
        // One effect follows both (each effect is one more copy of Yew's effect hook).
        let (prefers_dark, printing) = (prefers_dark.clone(), printing.clone());
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let scheme = window
                .match_media(PREFERS_DARK)
                .ok()
                .flatten()
                .map(|list| EventListener::new(&list, "change", move |_| prefers_dark.set(self::prefers_dark())));
            let before = {
                let printing = printing.clone();
                EventListener::new(&window, "beforeprint", move |_| printing.set(true))
            };
            let after = EventListener::new(&window, "afterprint", move |_| printing.set(false));
            move || drop((scheme, before, after))
        });
    }
    !*printing && theme.is_dark(*prefers_dark)
}

/// Whether the reader's system asks for a dark colour scheme now.
fn prefers_dark() -> bool {
    gloo::utils::window()
        .match_media(PREFERS_DARK)
        .ok()
        .flatten()
        .is_some_and(|list| list.matches())
}
