//! A chart's DOM glue: sizing its canvas, painting it, and placing the focus mark and tooltip
//! over it. The drawing itself is `charts::draw`.

use plotters::prelude::*;
use web_sys::{HtmlCanvasElement, HtmlElement};
use yew::NodeRef;

use super::canvas::Canvas;
use super::text_widths::TextWidthCache;
use crate::charts::surface::Backend;
use crate::charts::{self, ChartStyle, Mark, Theme, MIN_WIDTH_CSS};
use crate::components::settings::DisplaySettings;
use crate::data::format::fixed;
use crate::data::{Group, Lang};
use crate::names::{CHART_DRAWN_MARK, DRAWN_FIGURES_ATTR, DRAWN_WIDTH_ATTR, PAINT_MS_ATTR};
use crate::web::JsResultExt;

/// What a drawing produced: where each figure is, in backend pixels, at which device scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    pub marks: Vec<Mark>,
    /// Backend pixels per CSS pixel: the devicePixelRatio the canvas was drawn at.
    pub scale: f64,
}

impl Default for Drawing {
    /// Nothing drawn, at one backend pixel per CSS pixel.
    fn default() -> Self {
        Drawing {
            marks: Vec::new(),
            scale: 1.0,
        }
    }
}

impl Drawing {
    /// The figure at a point in CSS pixels from the canvas's corner.
    pub fn hit(&self, (x, y): (f64, f64)) -> Option<usize> {
        let point = ((x * self.scale) as i32, (y * self.scale) as i32);
        charts::hit_test(&self.marks, point)
    }
}

/// A canvas sized for a drawing: its chart's size in CSS pixels, the device scale, and the
/// zoom from the chart's layout width to its CSS width.
pub struct CanvasSize {
    width: f64,
    height: f64,
    scale: f64,
    zoom: f64,
}

/// Sizes a chart's canvas for its container's width: the CSS height, and, when the chart can
/// be drawn at that width, the backing store. `None` when it cannot (no width yet, hidden, too
/// narrow); the canvas is then marked undrawn.
pub fn size_canvas(
    canvas: &HtmlCanvasElement,
    group: &'static Group,
    width: Option<f64>,
    lang: Lang,
) -> Option<CanvasSize> {
    // Laid out at a fixed width and scaled to the frame, as the static page's SVG is: the two
    // have the same size, so nothing moves when the canvas replaces it.
    let frame_width = width.unwrap_or(0.0);
    let layout_width = charts::layout_width_css(frame_width);
    let zoom = frame_width / layout_width;
    let height = charts::height_css(group, layout_width, lang) * zoom;
    // Through the CSSOM, not a style attribute, so a strict CSP allows it; and only when it
    // changes, since a changed style makes the next chart's font setting recompute styles.
    set_style_px(canvas, "height", height, "setting a chart's height");
    let Some(width) = width.filter(|&width| width >= MIN_WIDTH_CSS) else {
        canvas
            .remove_attribute(DRAWN_FIGURES_ATTR)
            .log_failure("marking a chart undrawn");
        return None;
    };
    let scale = gloo::utils::window().device_pixel_ratio().max(1.0);
    fit_backing_store(canvas, device_px(width, height, scale), scale);
    Some(CanvasSize {
        width,
        height,
        scale,
        zoom,
    })
}

/// Draws the group on its sized canvas and lists the figures drawn on it; `Err` says why the
/// chart could not be drawn.
pub fn draw_canvas(
    canvas: &HtmlCanvasElement,
    group: &'static Group,
    sized: &CanvasSize,
    settings: DisplaySettings,
    text_widths: &TextWidthCache,
) -> Result<Drawing, String> {
    let (marks, milliseconds) = timed(|| paint(canvas, group, sized, settings, text_widths));
    let marks = marks?;
    let drawn: Vec<&str> = marks.iter().map(|mark| mark.figure.id).collect();
    canvas
        .set_attribute(DRAWN_FIGURES_ATTR, &drawn.join(" "))
        .log_failure("listing a chart's figures");
    canvas
        .set_attribute(DRAWN_WIDTH_ATTR, &(sized.width.round() as u32).to_string())
        .log_failure("recording a chart's drawn width");
    canvas
        .set_attribute(PAINT_MS_ATTR, &fixed(milliseconds, 3))
        .log_failure("recording a chart's drawing time");
    Ok(Drawing {
        marks,
        scale: sized.scale,
    })
}

/// A size in CSS pixels, in whole device pixels.
fn device_px(width: f64, height: f64, scale: f64) -> (u32, u32) {
    ((width * scale).round() as u32, (height * scale).round() as u32)
}

/// Sets a length in CSS pixels on an element's style, unless it already has it.
fn set_style_px(element: &HtmlElement, property: &str, value: f64, context: &'static str) {
    let css = format!("{}px", fixed(value, 3));
    if element.style().get_property_value(property).ok().as_deref() != Some(css.as_str()) {
        element.style().set_property(property, &css).log_failure(context);
    }
}

/// Runs a drawing, then sets the [`CHART_DRAWN_MARK`] performance mark; returns its duration
/// in milliseconds.
fn timed<T>(draw: impl FnOnce() -> T) -> (T, f64) {
    let performance = gloo::utils::window().performance();
    let start = performance.as_ref().map_or(0.0, |p| p.now());
    let result = draw();
    let elapsed = performance.as_ref().map_or(0.0, |p| p.now() - start);
    if let Some(performance) = performance {
        performance.mark(CHART_DRAWN_MARK).log_failure("marking a chart drawn");
    }
    (result, elapsed)
}

/// How many device pixels a canvas's backing store may be wider than its chart. A resize of a
/// few pixels then draws again in the same store: allocating a new one (and the compositor's
/// copy of it, on the next frame) costs more than drawing the chart. The canvas is as wide as
/// its store (1:1 device pixels) and its clip box hides the strip beyond the chart.
const SPARE_WIDTH_PX: u32 = 64;

/// Fits the canvas's backing store to a chart of `width` × `height` device pixels, reusing the
/// one it has when it is tall enough and at most [`SPARE_WIDTH_PX`] wider, and sizes the canvas
/// in CSS pixels to show it unscaled.
fn fit_backing_store(canvas: &HtmlCanvasElement, (width, height): (u32, u32), scale: f64) {
    let store = canvas.width();
    if canvas.height() != height || store < width || store > width + SPARE_WIDTH_PX {
        // Halfway, so that the chart can grow or shrink by half the spare before the next one.
        // Each assignment clears the canvas, even to the same value.
        canvas.set_width(width + SPARE_WIDTH_PX / 2);
        if canvas.height() != height {
            canvas.set_height(height);
        }
    }
    let css_width = f64::from(canvas.width()) / scale;
    set_style_px(canvas, "width", css_width, "setting a chart's width");
}

/// Draws the group on its sized canvas, in the store's left part; the rest is cleared.
fn paint(
    canvas: &HtmlCanvasElement,
    group: &'static Group,
    sized: &CanvasSize,
    settings: DisplaySettings,
    text_widths: &TextWidthCache,
) -> Result<Vec<Mark>, String> {
    let (chart_width, _) = device_px(sized.width, sized.height, sized.scale);
    let mut surface = Canvas::new(canvas, text_widths.clone()).ok_or("the canvas has no 2D context")?;
    let (area, spare) = Backend::new(&mut surface)
        .into_drawing_area()
        .split_horizontally(chart_width);
    let style = ChartStyle {
        theme: Theme::for_dark(settings.dark),
        lang: settings.lang,
        scale: sized.scale * sized.zoom,
    };
    let failed = |error: DrawingAreaErrorKind<_>| error.to_string();
    // The hidden strip too: a narrower drawing leaves nothing of a wider one behind it.
    spare.fill(&style.theme.background).map_err(failed)?;
    let marks = charts::draw(group, &area, &style).map_err(failed)?;
    area.present().map_err(failed)?;
    Ok(marks)
}

/// The elements the overlays are placed against and placed.
pub struct Overlays<'a> {
    pub canvas: &'a NodeRef,
    pub frame: &'a NodeRef,
    pub tooltip: &'a NodeRef,
    pub focus_mark: &'a NodeRef,
}

/// Puts the focus mark around the selected figure and the tooltip next to it, inside the
/// frame horizontally and inside the viewport vertically.
pub fn place_overlays(overlays: &Overlays<'_>, mark: &Mark, scale: f64) {
    let (Some(canvas), Some(frame), Some(tooltip), Some(focus_mark)) = (
        overlays.canvas.cast::<HtmlElement>(),
        overlays.frame.cast::<HtmlElement>(),
        overlays.tooltip.cast::<HtmlElement>(),
        overlays.focus_mark.cast::<HtmlElement>(),
    ) else {
        return;
    };
    let offset = (f64::from(canvas.offset_left()), f64::from(canvas.offset_top()));
    let [left, top, right, bottom] = mark.shape.map(|px| f64::from(px) / scale);
    let set = |element: &HtmlElement, property: &str, value: f64| {
        element
            .style()
            .set_property(property, &format!("{}px", fixed(value, 3)))
            .log_failure("placing a chart's tooltip");
    };
    let outset = 3.0;
    set(&focus_mark, "left", offset.0 + left - outset);
    set(&focus_mark, "top", offset.1 + top - outset);
    set(&focus_mark, "width", right - left + 2.0 * outset);
    set(&focus_mark, "height", bottom - top + 2.0 * outset);

    let frame_width = f64::from(frame.client_width());
    let (tip_width, tip_height) = (f64::from(tooltip.offset_width()), f64::from(tooltip.offset_height()));
    let centre = offset.0 + (left + right) / 2.0;
    let x = (centre - tip_width / 2.0).min(frame_width - tip_width).max(0.0);
    let gap = 8.0;
    let above = offset.1 + top - tip_height - gap;
    let frame_top_in_viewport = frame.get_bounding_client_rect().top();
    let y = if above >= 0.0 && frame_top_in_viewport + above >= 0.0 {
        above
    } else {
        offset.1 + bottom + gap
    };
    set(&tooltip, "left", x);
    set(&tooltip, "top", y);
}
