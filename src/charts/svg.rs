//! A plotters backend that writes compact SVG: the same chart functions that draw on the
//! canvas draw the static page's charts (and the "Save as SVG" file).
//!
//! Why not plotters' own `SVGBackend`: it writes text at 1/1.24 of the canvas's size, repeats
//! the font stack on every text element, and can only write fixed colours. Here a colour of
//! [`theme::CLASSES`] becomes a CSS class, so one static SVG follows the page's light or dark
//! theme through the stylesheet (a strict CSP forbids inline styles, not classes); any other
//! colour is written as it is. Text is measured by the same conservative estimate that wraps
//! labels, so a static chart needs no renderer.

use std::error::Error;
use std::fmt::{self, Write as _};

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontStyle,
};

use super::text::estimated_width;
use super::theme;
use super::FONT_STACK;

/// Draws SVG elements into a string; [`document`] wraps them into an SVG document.
pub struct SvgBackend<'a> {
    size: (u32, u32),
    body: &'a mut String,
}

/// Never raised: writing to a `String` cannot fail.
#[derive(Debug)]
pub struct SvgError;

impl fmt::Display for SvgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("cannot write SVG")
    }
}

impl Error for SvgError {}

type Result = std::result::Result<(), DrawingErrorKind<SvgError>>;

/// The whole document around the drawn elements: its size in user units (CSS pixels at the
/// layout width), which a page scales with CSS.
pub fn document((width, height): (u32, u32), body: &str, attributes: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" font-family=\"{}\"{attributes}>{body}</svg>",
        escape(FONT_STACK)
    )
}

impl<'a> SvgBackend<'a> {
    pub fn with_string(body: &'a mut String, size: (u32, u32)) -> SvgBackend<'a> {
        SvgBackend { size, body }
    }

    fn push(&mut self, element: fmt::Arguments<'_>) -> Result {
        self.body
            .write_fmt(element)
            .map_err(|_| DrawingErrorKind::DrawingError(SvgError))
    }
}

/// `class="qsh-fill-…"` (or `qsh-stroke-…`) for a colour of [`theme::CLASSES`], else
/// `fill="#rrggbb"` (or `stroke=…`), with its opacity if not opaque.
fn paint(attribute: &str, colour: BackendColor) -> String {
    let (r, g, b) = colour.rgb;
    if let Some(role) = theme::role_of(colour.rgb) {
        return format!("class=\"qsh-{attribute}-{role}\"");
    }
    let opacity = if colour.alpha < 1.0 {
        format!(" {attribute}-opacity=\"{:.3}\"", colour.alpha)
    } else {
        String::new()
    };
    format!("{attribute}=\"#{r:02x}{g:02x}{b:02x}\"{opacity}")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

fn points(path: impl IntoIterator<Item = BackendCoord>) -> String {
    path.into_iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ")
}

impl DrawingBackend for SvgBackend<'_> {
    type ErrorType = SvgError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }

    fn present(&mut self) -> Result {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, colour: BackendColor) -> Result {
        self.push(format_args!(
            "<rect x=\"{x}\" y=\"{y}\" width=\"1\" height=\"1\" {}/>",
            paint("fill", colour)
        ))
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        let (width, height) = (x1 - x0, y1 - y0);
        if fill {
            self.push(format_args!(
                "<rect x=\"{x0}\" y=\"{y0}\" width=\"{width}\" height=\"{height}\" {}/>",
                paint("fill", style.color())
            ))
        } else {
            self.push(format_args!(
                "<rect x=\"{x0}\" y=\"{y0}\" width=\"{width}\" height=\"{height}\" fill=\"none\" stroke-width=\"{}\" {}/>",
                style.stroke_width(),
                paint("stroke", style.color())
            ))
        }
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Result {
        self.push(format_args!(
            "<polyline points=\"{}\" fill=\"none\" stroke-width=\"{}\" {}/>",
            points(path),
            style.stroke_width(),
            paint("stroke", style.color())
        ))
    }

    fn draw_circle<S: BackendStyle>(&mut self, (x, y): BackendCoord, radius: u32, style: &S, fill: bool) -> Result {
        let paint = if fill {
            paint("fill", style.color())
        } else {
            format!("fill=\"none\" {}", paint("stroke", style.color()))
        };
        self.push(format_args!("<circle cx=\"{x}\" cy=\"{y}\" r=\"{radius}\" {paint}/>"))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Result {
        self.push(format_args!(
            "<polygon points=\"{}\" {}/>",
            points(vertices),
            paint("fill", style.color())
        ))
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, (x, y): BackendCoord) -> Result {
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        // The canvas's textBaseline: top, middle, bottom.
        let baseline = match style.anchor().v_pos {
            VPos::Top => "text-before-edge",
            VPos::Center => "central",
            VPos::Bottom => "text-after-edge",
        };
        let weight = if matches!(style.style(), FontStyle::Bold) {
            " font-weight=\"bold\""
        } else {
            ""
        };
        self.push(format_args!(
            "<text x=\"{x}\" y=\"{y}\" font-size=\"{}\"{weight} text-anchor=\"{anchor}\" dominant-baseline=\"{baseline}\" {}>{}</text>",
            style.size(),
            paint("fill", style.color()),
            escape(text)
        ))
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> std::result::Result<(u32, u32), DrawingErrorKind<SvgError>> {
        Ok((
            estimated_width(text, style.size()).ceil() as u32,
            style.size().ceil() as u32,
        ))
    }
}
