//! The Yew components of the widget, one per file. They read the bundled data, draw with
//! `charts`, and share the display settings (language, theme) through a context.

mod app;
mod chart_view;
mod footer;
mod header;
mod hooks;
mod section_view;
mod tiles;

pub use app::{App, AppProps, Display, ThemeChoice};
