//! The plotters backend for `<canvas>`: plotters-canvas, except for text.
//!
//! Text is measured with the canvas's own `measureText`: plotters' default measurement on the
//! web adds a `<span>` with an inline style to the page for every label, a forced layout each
//! time (slow in the redraw path) and an inline style that a strict Content-Security-Policy
//! blocks (so the measurement comes out wrong). And the context's font is set only when it
//! changes: parsing a CSS font string for every label and measurement dominated a redraw.
//! Widths are cached by font and text (`text_widths.rs`), since every redraw measures the same
//! labels again.

use std::cell::RefCell;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontTransform,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, ContextAttributes2d, HtmlCanvasElement};

use super::text_widths::TextWidthCache;

type Error = DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>;

pub struct Canvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
    /// The font last set on the context by this backend (`None`: unknown).
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
        // settings; plotters-canvas's own request below gets the same context.
        let settings = ContextAttributes2d::new();
        settings.set_alpha(false);
        let context = canvas
            .get_context_with_context_options("2d", &settings)
            .ok()??
            .dyn_into()
            .ok()?;
        let inner = CanvasBackend::with_canvas_object(canvas.clone())?;
        Some(Canvas {
            inner,
            context,
            font: RefCell::new(None),
            widths,
        })
    }

    /// Sets the context's font for a text style, unless it is already set.
    fn use_font(&self, font: &str) {
        let mut current = self.font.borrow_mut();
        if current.as_deref() != Some(font) {
            self.context.set_font(font);
            *current = Some(font.to_string());
        }
    }
}

/// The CSS font of a text style: the same string plotters-canvas draws with.
fn css_font<S: BackendTextStyle>(style: &S) -> String {
    format!(
        "{} {}px {}",
        style.style().as_str(),
        style.size(),
        style.family().as_str()
    )
}

impl DrawingBackend for Canvas {
    type ErrorType = <CanvasBackend as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), Error> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), Error> {
        self.inner.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), Error> {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result<(), Error> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), Error> {
        self.inner.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Result<(), Error> {
        self.inner.fill_polygon(vertices, style)
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, position: BackendCoord) -> Result<(), Error> {
        if !matches!(style.transform(), FontTransform::None) {
            // Rotated text (unused by our charts): plotters-canvas's own path, which sets the font.
            self.font.replace(None);
            return self.inner.draw_text(text, style, position);
        }
        let colour = style.color();
        if colour.alpha == 0.0 {
            return Ok(());
        }
        self.use_font(&css_font(style));
        let (r, g, b) = colour.rgb;
        self.context
            .set_fill_style_str(&format!("rgba({r},{g},{b},{})", colour.alpha));
        self.context.set_text_align(match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        });
        self.context.set_text_baseline(match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        self.context
            .fill_text(text, f64::from(position.0), f64::from(position.1))
            .map_err(|error| DrawingErrorKind::FontError(Box::new(TextError(format!("{error:?}")))))
    }

    fn estimate_text_size<S: BackendTextStyle>(&self, text: &str, style: &S) -> Result<(u32, u32), Error> {
        let font = css_font(style);
        let width = self.widths.get(&font, text).unwrap_or_else(|| {
            self.use_font(&font);
            match self.context.measure_text(text) {
                Ok(metrics) => {
                    let width = metrics.width().ceil() as u32;
                    self.widths.insert(font, text, width);
                    width
                }
                Err(_) => 0,
            }
        });
        Ok((width, style.size().ceil() as u32))
    }
}

/// A failure of the canvas to draw text.
#[derive(Debug)]
struct TextError(String);

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot draw text: {}", self.0)
    }
}

impl std::error::Error for TextError {}
