//! Names that readers outside the Rust code rely on: the in-browser and end-to-end tests
//! (`tests/web.rs`, `tests/e2e/`), the benchmark (`tests/e2e/bench.mjs`) and readers' browsers.
//! Those files spell them out as literals; change a name here only together with them.

/// On each chart canvas: the ids of the figures it shows, space-separated. Absent while the
/// chart is not drawn (hidden, or narrower than the smallest drawable width).
pub const DRAWN_FIGURES_ATTR: &str = "data-drawn-figures";

/// On the widget's `<article>` while its sections are still being rendered, a piece per task
/// (`components/hooks/progressive.rs`): "every canvas drawn" means nothing before it is gone.
pub const RENDERING_ATTR: &str = "data-rendering";

/// On each chart canvas: the width of its frame, in whole CSS pixels, when it was last drawn.
pub const DRAWN_WIDTH_ATTR: &str = "data-drawn-width";

/// On each chart canvas: how long its last drawing took, in milliseconds.
pub const PAINT_MS_ATTR: &str = "data-paint-ms";

/// The performance mark set after each chart drawing (the benchmark's "chart drawn" times).
pub const CHART_DRAWN_MARK: &str = "qsh:chart-drawn";

/// The local-storage key of the reader's language choice: this prefix, the report's slug and
/// `:lang` (`report-infographic:qingshanhu-2023:lang`), so two reports keep their own.
pub const LANG_STORAGE_PREFIX: &str = "report-infographic:";
