//! The Yew components of the widget, one per file. They read the bundled data, draw with
//! `charts`, and share the display settings (language, theme) through a context.

mod app;
pub mod canvas;
mod chart_view;
mod data_table;
pub mod export;
mod footer;
mod header;
mod hooks;
mod lang_switch;
mod notice;
mod section_view;
mod strings;
mod tiles;
mod tooltip;

pub use app::{App, AppProps, Display};
// The app's props take these plain values, which live with the embed options.
pub use crate::options::{Notice, ThemeChoice};
