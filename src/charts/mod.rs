//! Chart drawing: pure functions from a group of figures to marks on any plotters
//! [`DrawingBackend`]. The browser draws them on a `<canvas>`; native tests draw them to SVG.
//! The app draws through one backend type, [`surface::Backend`], onto a canvas or an SVG
//! writer, so the bundle holds one copy of each chart's drawing.
//!
//! Everything is measured in backend pixels: a chart is given the device-pixel `scale` it is
//! drawn at (CSS px × devicePixelRatio) and scales fonts, strokes and margins with it.

mod bars;
mod change;
pub mod poster;
mod rows;
pub mod share_card;
mod stamped;
pub mod surface;
pub mod svg;
pub mod text;
pub mod theme;
mod value_text;

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::data::{ChartKind, Figure, Group, Lang};
pub use stamped::Stamp;
pub use theme::Theme;

/// The CSS font stacks of the two editions, on canvas, in SVG and in the page (style.css):
/// English takes a Latin face first, whose quotes and punctuation are proportional (a Chinese
/// face sets “ ” full-width).
pub fn font_stack(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans', sans-serif",
        // Liberation Sans by name too: the share images' renderer (resvg) does not alias Arial.
        Lang::En => "'Noto Sans', 'Source Sans 3', 'Helvetica Neue', Arial, 'Liberation Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
    }
}

/// How a chart is drawn: colours, language and the device-pixel scale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartStyle {
    pub theme: Theme,
    pub lang: Lang,
    /// Backend pixels per CSS pixel (the devicePixelRatio on a canvas).
    pub scale: f64,
}

impl ChartStyle {
    /// A length given in CSS pixels, in backend pixels.
    pub fn px(&self, css: f64) -> f64 {
        css * self.scale
    }

    pub fn font(&self, css_size: f64) -> FontDesc<'static> {
        (FontFamily::Name(font_stack(self.lang)), self.px(css_size)).into_font()
    }

    pub fn bold(&self, css_size: f64) -> FontDesc<'static> {
        (
            FontFamily::Name(font_stack(self.lang)),
            self.px(css_size),
            FontStyle::Bold,
        )
            .into_font()
    }
}

/// A rectangle in backend pixels: left, top, right, bottom.
pub type PixelRect = [i32; 4];

/// Where one figure was drawn, in backend pixels, as mapped by the chart's own coordinates.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub figure: &'static Figure,
    /// The mark itself (a bar, an arc's bounding box).
    pub shape: PixelRect,
    /// The area that answers to a pointer or focus for this figure (the whole row of a bar).
    pub target: PixelRect,
}

/// Smallest drawable size, in CSS pixels; below it a chart draws nothing and says so.
pub const MIN_WIDTH_CSS: f64 = 120.0;

/// The widths, in CSS pixels, a chart is laid out at. A chart is laid out at the widest of them
/// that fits its frame (the narrowest below that) and scaled to fill the frame, so the static
/// page can hold the same drawing, as SVG, for each of them and show the one that fits by a
/// container query: the live canvas then takes over at exactly the same size. Scaling stays
/// within a fifth either way, so text stays 11–16 px.
pub const LAYOUT_WIDTHS_CSS: [f64; 5] = [240.0, 300.0, 360.0, 440.0, 540.0];

/// The width a chart in a frame this wide is laid out at.
pub fn layout_width_css(frame_width_css: f64) -> f64 {
    LAYOUT_WIDTHS_CSS
        .into_iter()
        .rev()
        .find(|&width| width <= frame_width_css)
        .unwrap_or(LAYOUT_WIDTHS_CSS[0])
}

/// A chart as a standalone SVG file ("Save as SVG"): title, chart and the credit line, wrapped
/// to its width, in the light theme's colours written out (a file has no page stylesheet).
pub fn svg_file(group: &Group, lang: Lang, layout_width_css: f64, source: &str) -> Result<String, String> {
    let style = ChartStyle {
        theme: theme::LIGHT,
        lang,
        scale: 1.0,
    };
    let stamp = Stamp::new(group, lang, layout_width_css, source);
    let mut svg = svg::SvgWriter::new((stamp.width.round() as u32, stamp.height().round() as u32), lang);
    stamp.draw(group, &surface::Backend::new(&mut svg).into_drawing_area(), &style)?;
    Ok(svg.document(""))
}

/// A group's chart as SVG, laid out at one of [`LAYOUT_WIDTHS_CSS`], coloured by the page's
/// stylesheet through classes (see [`svg`]); `attributes` go on the `<svg>` element.
pub fn static_svg(group: &Group, lang: Lang, layout_width_css: f64, attributes: &str) -> Result<String, String> {
    chart_svg(group, lang, layout_width_css, theme::CLASSES, attributes)
}

/// A group's chart as SVG at a layout width, in a theme's colours (or [`theme::CLASSES`]).
pub fn chart_svg(
    group: &Group,
    lang: Lang,
    layout_width_css: f64,
    theme: Theme,
    attributes: &str,
) -> Result<String, String> {
    let size = (
        layout_width_css.round() as u32,
        height_css(group, layout_width_css, lang).round() as u32,
    );
    let mut svg = svg::SvgWriter::new(size, lang);
    let style = ChartStyle {
        theme,
        lang,
        scale: 1.0,
    };
    draw(group, &surface::Backend::new(&mut svg).into_drawing_area(), &style).map_err(|error| error.to_string())?;
    Ok(svg.document(attributes))
}

/// Draws a group onto an area and returns one mark per figure.
///
/// The area is cleared with the theme's background first. An area narrower than
/// [`MIN_WIDTH_CSS`] gets no marks (the caller shows a message instead).
pub fn draw<DB: DrawingBackend>(
    group: &Group,
    area: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
) -> DrawResult<Vec<Mark>, DB> {
    area.fill(&style.theme.background)?;
    let (width, height) = area.dim_in_pixel();
    if (width as f64) < style.px(MIN_WIDTH_CSS) || height == 0 {
        return Ok(Vec::new());
    }
    match group.chart {
        ChartKind::Bars => bars::draw(group, area, style),
        ChartKind::Change => change::draw(group, area, style),
        // HTML, not drawn: number tiles, and a part of a whole as a meter.
        ChartKind::Ring | ChartKind::Tiles => Ok(Vec::new()),
    }
}

/// The height, in CSS pixels, a group's chart wants at a given CSS width: labels wrap, so it
/// depends on the width and the language.
pub fn height_css(group: &Group, width_css: f64, lang: Lang) -> f64 {
    match group.chart {
        ChartKind::Ring | ChartKind::Tiles => 0.0,
        ChartKind::Bars | ChartKind::Change => rows::height_css(group, width_css, lang),
    }
}

/// The index of the figure at a point in backend pixels: the mark whose shape holds the point,
/// else the one whose target area does. This is the chart's own geometry, as drawn.
pub fn hit_test(marks: &[Mark], (x, y): (i32, i32)) -> Option<usize> {
    let inside = |[left, top, right, bottom]: PixelRect| x >= left && x <= right && y >= top && y <= bottom;
    marks
        .iter()
        .position(|mark| inside(mark.shape))
        .or_else(|| marks.iter().position(|mark| inside(mark.target)))
}

/// Whether a group is drawn on a canvas: bars and changes. Tiles, and a part of a whole (a
/// meter of the part on the whole's scale), are HTML.
pub fn has_canvas(kind: ChartKind) -> bool {
    matches!(kind, ChartKind::Bars | ChartKind::Change)
}
