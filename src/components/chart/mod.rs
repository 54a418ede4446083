//! The chart card: `view.rs` (the card) with its pieces: `dom.rs` (sizing, painting and the
//! overlays' placement: the DOM glue), `paint_queue.rs` (redraws in one pass), `input.rs`
//! (pointer, touch and keys), `selection.rs` (the selected figure and the keys, pure),
//! `focus.rs` (focus mark and tooltip), `tools.rs` (data table, image, SVG, embed code, with
//! `embed_panel.rs`), `static_chart.rs`
//! (the chart's SVGs in the static first paint), `summary.rs` (what a screen reader hears);
//! `canvas.rs` is the canvas's drawing surface, `text_widths.rs` its text measurement,
//! `export.rs` the downloads.

pub mod canvas;
mod data_table;
pub(crate) mod dom;
mod embed_panel;
pub mod export;
mod focus;
mod input;
pub(crate) mod paint_queue;
mod selection;
mod static_chart;
mod summary;
pub mod text_widths;
mod tools;
mod tooltip;
mod view;

pub use view::ChartView;
