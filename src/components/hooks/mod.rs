//! The components' hooks, one concern a file. Browser observers and listeners live as long as
//! the component (or the state) that needs them and are released in the effect's cleanup.

mod chart_drawing;
mod dismiss;
mod element_width;
mod lang;
mod media;
mod progressive;

pub use chart_drawing::{use_chart_drawing, ChartDrawing};
pub use dismiss::use_dismiss;
pub use element_width::{use_element_width, ElementWidths};
pub use lang::{lang_storage_key, use_document_lang, use_reader_lang};
pub use media::use_dark_theme;
pub use progressive::use_progressive_count;
