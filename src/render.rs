//! The static first paint: the whole infographic rendered natively at build time by Yew's
//! server-side renderer, from the same components the browser runs, with every chart as SVG
//! drawn by the same chart functions. `scripts/post-build.mjs` puts it into the pages, where
//! it is complete without JavaScript and the widget takes over from it without a jump.

use crate::components::{App, AppProps};
use crate::data::Lang;

/// The static markup of the whole widget in one language.
pub fn first_paint(lang: Lang) -> String {
    let props = AppProps {
        lang: Some(lang),
        first_paint: true,
        ..AppProps::default()
    };
    let renderer = yew::LocalServerRenderer::<App>::with_props(props).hydratable(false);
    futures::executor::block_on(renderer.render())
}
