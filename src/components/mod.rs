//! The Yew components of the widget, one per file. They read the bundled data, draw with
//! `charts`, and share the display settings (language, theme) through a context
//! (`display`). Hooks are in `hooks/`; the chart card's pieces are the `chart_*` files and
//! `selection`.

mod app;
pub mod canvas;
mod chart_dom;
mod chart_focus;
mod chart_input;
mod chart_services;
mod chart_tools;
mod chart_view;
mod data_table;
mod display;
pub mod export;
mod footer;
mod header;
mod hooks;
mod lang_switch;
mod notice;
mod paint_queue;
mod section_view;
mod selection;
mod static_chart;
mod strings;
mod summary;
pub mod text_widths;
mod tiles;
mod tooltip;

pub use app::{App, AppProps};
pub use display::{use_display_settings, DisplaySettings};
pub use hooks::lang_storage_key;
// The app's props take these plain values, which live with the embed options.
pub use crate::options::{Notice, ThemeChoice};
