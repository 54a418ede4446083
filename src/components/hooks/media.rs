//! Whether the widget is drawn dark: the host's theme choice, the reader's colour scheme and
//! printing (paper is always light).

use gloo::events::EventListener;
use yew::prelude::*;

use crate::options::ThemeChoice;

/// Whether to draw dark, following the reader's colour scheme and printing live.
///
/// ```ignore
/// let dark = use_dark_theme(ThemeChoice::Auto);
/// html! { <article class={classes!("qsh", dark.then_some("qsh--dark"))} /> }
/// ```
#[hook]
pub fn use_dark_theme(theme: ThemeChoice) -> bool {
    let prefers_dark = use_prefers_dark();
    let printing = use_printing();
    !printing && theme.is_dark(prefers_dark)
}

/// Whether the reader's system asks for a dark colour scheme, following changes live.
#[hook]
fn use_prefers_dark() -> bool {
    let query = "(prefers-color-scheme: dark)";
    let matches = || {
        gloo::utils::window()
            .match_media(query)
            .ok()
            .flatten()
            .is_some_and(|list| list.matches())
    };
    // Rendered natively (the static first paint) there is no window: the page's stylesheet
    // follows the system's scheme until the widget starts.
    let dark = use_state_eq(|| cfg!(target_arch = "wasm32") && matches());
    {
        let dark = dark.clone();
        use_effect_with((), move |_| {
            let listener = gloo::utils::window()
                .match_media(query)
                .ok()
                .flatten()
                .map(|list| EventListener::new(&list, "change", move |_| dark.set(matches())));
            move || drop(listener)
        });
    }
    *dark
}

/// True while the page is being printed, so charts can redraw for paper.
#[hook]
fn use_printing() -> bool {
    let printing = use_state_eq(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let before = {
                let printing = printing.clone();
                EventListener::new(&window, "beforeprint", move |_| printing.set(true))
            };
            let after = EventListener::new(&window, "afterprint", move |_| printing.set(false));
            move || drop((before, after))
        });
    }
    *printing
}
