//! The Yew components of the widget, one per file. They read the bundled data, draw with
//! `charts`, and share the display settings (language, theme) through a context
//! (`display`). Hooks are in `hooks/`; the chart card and its pieces are in `chart/`.

mod app;
mod card;
mod chart;
mod chart_services;
mod charts_page;
mod contents;
mod display;
mod footer;
mod group_card;
mod header;
mod hooks;
mod lang_switch;
mod notice;
mod section_view;
mod settings;
mod strings;

pub use app::{App, AppProps};
// The chart card's canvas backend, downloads and text measurement, for the in-browser tests.
pub use chart::{canvas, export, text_widths};
pub use display::{use_display_settings, DisplaySettings};
pub use hooks::lang_storage_key;
pub use strings::credit_line;
// The app's props take these plain values, which live with the embed options.
pub use crate::options::{Notice, ThemeChoice};
