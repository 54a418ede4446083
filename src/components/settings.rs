//! The display settings every component renders with (the app shares them in its context,
//! `display.rs`): a plain value, so the chart's DOM glue and paint queue take it without
//! depending on the context.

use crate::data::Lang;

/// What every component needs to know to render: the language, whether the theme is dark,
/// and whether this is the static first paint (rendered natively at build time: charts as SVG,
/// the controls that need the widget kept in place but hidden).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct DisplaySettings {
    pub lang: Lang,
    pub dark: bool,
    pub first_paint: bool,
}
