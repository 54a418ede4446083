//! A chart as a file to save: its title above and the credit below, both wrapped to the
//! chart's width, drawn onto any backend; "Save as SVG" and "Save image" (PNG) draw it the same.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{draw, height_css, text, ChartStyle};
use crate::data::{Group, Lang};

const TITLE_CSS: f64 = 15.0;
const TITLE_LINE_CSS: f64 = 20.0;
const SOURCE_CSS: f64 = 11.0;
const SOURCE_LINE_CSS: f64 = 15.0;
/// The margin left and right of the title and credit, and above and below each band.
pub const MARGIN_CSS: f64 = 8.0;

/// The layout of a stamped chart in CSS pixels: its lines and bands.
#[derive(Clone, Debug, PartialEq)]
pub struct Stamp {
    pub title_lines: Vec<String>,
    pub source_lines: Vec<String>,
    pub width: f64,
    pub title_band: f64,
    pub chart_height: f64,
    pub source_band: f64,
}

impl Stamp {
    /// The lines wrapped to `layout_width_css`, as wide as the chart is laid out.
    pub fn new(group: &Group, lang: Lang, layout_width_css: f64, source: &str) -> Stamp {
        let text_width = layout_width_css - 2.0 * MARGIN_CSS;
        let title_lines = text::wrap(group.title.get(lang), text_width, TITLE_CSS);
        let source_lines = text::wrap(source, text_width, SOURCE_CSS);
        Stamp {
            title_band: title_lines.len() as f64 * TITLE_LINE_CSS + 2.0 * MARGIN_CSS,
            source_band: source_lines.len() as f64 * SOURCE_LINE_CSS + 2.0 * MARGIN_CSS,
            chart_height: height_css(group, layout_width_css, lang),
            width: layout_width_css,
            title_lines,
            source_lines,
        }
    }

    /// The whole file's height in CSS pixels.
    pub fn height(&self) -> f64 {
        self.title_band + self.chart_height + self.source_band
    }

    /// Draws title, chart and credit onto `root`, sized `height()` × `width` CSS pixels at the
    /// style's scale.
    pub fn draw<DB: DrawingBackend>(
        &self,
        group: &Group,
        root: &DrawingArea<DB, Shift>,
        style: &ChartStyle,
    ) -> Result<(), String> {
        let failed = |error: DrawingAreaErrorKind<DB::ErrorType>| error.to_string();
        root.fill(&style.theme.background).map_err(failed)?;
        let px = |css: f64| style.px(css).round() as i32;
        let (heading, rest) = root.split_vertically(px(self.title_band));
        let (chart, footer) = rest.split_vertically(px(self.chart_height));
        let title_font = style.bold(TITLE_CSS).color(&style.theme.text);
        draw_lines(&heading, &self.title_lines, &title_font, TITLE_LINE_CSS, style)?;
        draw(group, &chart, style).map_err(failed)?;
        let source_font = style.font(SOURCE_CSS).color(&style.theme.muted);
        draw_lines(&footer, &self.source_lines, &source_font, SOURCE_LINE_CSS, style)?;
        Ok(())
    }
}

/// Wrapped lines, one under the other, inside a band's margin.
fn draw_lines<DB: DrawingBackend>(
    band: &DrawingArea<DB, Shift>,
    lines: &[String],
    font: &TextStyle<'_>,
    line_css: f64,
    style: &ChartStyle,
) -> Result<(), String> {
    let px = |css: f64| style.px(css).round() as i32;
    for (index, line) in lines.iter().enumerate() {
        let y = MARGIN_CSS + index as f64 * line_css;
        band.draw_text(line, font, (px(MARGIN_CSS), px(y)))
            .map_err(|error| error.to_string())?;
    }
    Ok(())
}
