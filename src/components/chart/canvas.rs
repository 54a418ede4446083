//! The [`Surface`] of a `<canvas>`: charts draw on it through `charts::surface::Backend`, the
//! same backend type that writes SVG, so the bundle holds one copy of each chart's drawing.
//!
//! Text is measured with the canvas's own `measureText`: plotters' default measurement on the
//! web adds a `<span>` with an inline style to the page for every label, a forced layout each
//! time (slow in the redraw path) and an inline style that a strict Content-Security-Policy
//! blocks (so the measurement comes out wrong). And the context's font is set only when it
//! changes: parsing a CSS font string for every label and measurement dominated a redraw.
//! Widths are cached by font and text (`text_widths.rs`), since every redraw measures the same
//! labels again. Colours and sizes are written with integers (`css_colour`, `fixed`): no float
//! formatting in the bundle.

use std::cell::RefCell;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::BackendCoord;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, ContextAttributes2d, HtmlCanvasElement};

use super::text_widths::TextWidthCache;
use crate::charts::surface::{css_colour, Font, Paint, Surface, SurfaceError, SurfaceResult};
use crate::data::format::fixed;
use crate::web::describe;

pub struct Canvas {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    /// The font last set on the context by this surface (`None`: unknown).
    font: RefCell<Option<String>>,
    widths: TextWidthCache,
}

impl Canvas {
    /// `None` when the canvas has no 2D context. Text widths are looked up in, and added to,
    /// `widths`.
    pub fn new(canvas: &HtmlCanvasElement, widths: TextWidthCache) -> Option<Canvas> {
        // Opaque: every chart paints its background first, and an opaque backing store is
        // allocated and cleared about ten times faster after each resize (0.05 ms against
        // 0.5 ms for a 1000×170 canvas in Chromium). The first request decides the context's
        // settings.
        let settings = ContextAttributes2d::new();
        settings.set_alpha(false);
        let context = canvas
            .get_context_with_context_options("2d", &settings)
            .ok()??
            .dyn_into()
            .ok()?;
        Some(Canvas {
            canvas: canvas.clone(),
            context,
            font: RefCell::new(None),
            widths,
        })
    }

    /// Sets the context's font, unless it is already set.
    fn use_font(&self, font: &str) {
        let mut current = self.font.borrow_mut();
        if current.as_deref() != Some(font) {
            self.context.set_font(font);
            *current = Some(font.to_string());
        }
    }

    fn set_stroke(&self, paint: Paint) {
        self.context.set_stroke_style_str(&css_colour(paint.colour));
        self.context.set_line_width(f64::from(paint.stroke_width));
    }

    /// Traces a path through the points (closed for a polygon).
    fn trace(&self, points: &[BackendCoord], close: bool) {
        self.context.begin_path();
        let mut points = points.iter();
        if let Some(&(x, y)) = points.next() {
            self.context.move_to(f64::from(x), f64::from(y));
            for &(x, y) in points {
                self.context.line_to(f64::from(x), f64::from(y));
            }
            if close {
                self.context.close_path();
            }
        }
    }
}

/// The CSS font of a text: `bold 16.25px 'Noto Sans CJK SC', …`.
fn css_font(font: &Font<'_>) -> String {
    format!(
        "{} {}px {}",
        font.style.as_str(),
        fixed(font.size, 2),
        font.family.as_str()
    )
}

impl Surface for Canvas {
    fn size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn rect(&mut self, (x0, y0): BackendCoord, (x1, y1): BackendCoord, paint: Paint) -> SurfaceResult {
        if paint.colour.alpha == 0.0 {
            return Ok(());
        }
        let (x, y, width, height) = (f64::from(x0), f64::from(y0), f64::from(x1 - x0), f64::from(y1 - y0));
        if paint.fill {
            self.context.set_fill_style_str(&css_colour(paint.colour));
            self.context.fill_rect(x, y, width, height);
        } else {
            self.set_stroke(paint);
            self.context.stroke_rect(x, y, width, height);
        }
        Ok(())
    }

    fn polyline(&mut self, points: &[BackendCoord], paint: Paint) -> SurfaceResult {
        if paint.colour.alpha == 0.0 {
            return Ok(());
        }
        self.set_stroke(paint);
        self.trace(points, false);
        self.context.stroke();
        Ok(())
    }

    fn polygon(&mut self, points: &[BackendCoord], paint: Paint) -> SurfaceResult {
        if paint.colour.alpha == 0.0 {
            return Ok(());
        }
        self.context.set_fill_style_str(&css_colour(paint.colour));
        self.trace(points, true);
        self.context.fill();
        Ok(())
    }

    fn circle(&mut self, (x, y): BackendCoord, radius: u32, paint: Paint) -> SurfaceResult {
        if paint.colour.alpha == 0.0 {
            return Ok(());
        }
        self.context.begin_path();
        self.context
            .arc(
                f64::from(x),
                f64::from(y),
                f64::from(radius),
                0.0,
                std::f64::consts::TAU,
            )
            .map_err(|error| SurfaceError(describe(error)))?;
        if paint.fill {
            self.context.set_fill_style_str(&css_colour(paint.colour));
            self.context.fill();
        } else {
            self.set_stroke(paint);
            self.context.stroke();
        }
        Ok(())
    }

    fn text(&mut self, text: &str, font: &Font<'_>, (x, y): BackendCoord) -> SurfaceResult {
        if font.colour.alpha == 0.0 {
            return Ok(());
        }
        self.use_font(&css_font(font));
        self.context.set_fill_style_str(&css_colour(font.colour));
        self.context.set_text_align(match font.h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        });
        self.context.set_text_baseline(match font.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        self.context
            .fill_text(text, f64::from(x), f64::from(y))
            .map_err(|error| SurfaceError(format!("cannot draw text: {}", describe(error))))
    }

    fn text_width(&self, text: &str, font: &Font<'_>) -> Result<u32, SurfaceError> {
        let font = css_font(font);
        if let Some(width) = self.widths.get(&font, text) {
            return Ok(width);
        }
        self.use_font(&font);
        // A canvas that cannot measure (it never happens) measures nothing, as before.
        Ok(match self.context.measure_text(text) {
            Ok(metrics) => {
                let width = metrics.width().ceil() as u32;
                self.widths.insert(font, text, width);
                width
            }
            Err(_) => 0,
        })
    }
}
