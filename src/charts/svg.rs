//! A [`Surface`] that writes compact SVG: the same chart functions that draw on the canvas,
//! through the same backend type ([`super::surface::Backend`]), draw the static page's charts
//! (and the "Save as SVG" file).
//!
//! Why not plotters' own `SVGBackend`: it writes text at 1/1.24 of the canvas's size, repeats
//! the font stack on every text element, and can only write fixed colours. Here a colour of
//! [`theme::CLASSES`] becomes a CSS class, so one static SVG follows the page's light or dark
//! theme through the stylesheet (a strict CSP forbids inline styles, not classes); any other
//! colour is written as it is. Text is measured by the same conservative estimate that wraps
//! labels, so a static chart needs no renderer.

use std::fmt::{self, Write as _};

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, FontStyle};

use super::font_stack;
use super::surface::{Font, Paint, Surface, SurfaceError, SurfaceResult};
use super::text::estimated_width;
use super::theme;
use crate::data::format::fixed;
use crate::data::Lang;

/// Writes SVG elements into a string; [`SvgWriter::document`] wraps them into a document.
pub struct SvgWriter {
    size: (u32, u32),
    /// The edition's language, which picks its font stack.
    lang: Lang,
    body: String,
}

impl SvgWriter {
    pub fn new(size: (u32, u32), lang: Lang) -> SvgWriter {
        SvgWriter {
            size,
            lang,
            body: String::new(),
        }
    }

    /// The whole document around the drawn elements: its size in user units (CSS pixels at
    /// the layout width), which a page scales with CSS; `attributes` go on the `<svg>` element.
    pub fn document(&self, attributes: &str) -> String {
        let (width, height) = self.size;
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" font-family=\"{}\"{attributes}>{}</svg>",
            escape(font_stack(self.lang)),
            self.body
        )
    }

    fn push(&mut self, element: fmt::Arguments<'_>) -> SurfaceResult {
        self.body
            .write_fmt(element)
            .map_err(|_| SurfaceError("cannot write SVG".into()))
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
        format!(" {attribute}-opacity=\"{}\"", fixed(colour.alpha.max(0.0), 3))
    } else {
        String::new()
    };
    format!("{attribute}=\"#{r:02x}{g:02x}{b:02x}\"{opacity}")
}

/// A stroke's width and paint, or a fill's paint.
fn fill_or_stroke(shape: Paint) -> String {
    if shape.fill {
        paint("fill", shape.colour)
    } else {
        format!(
            "fill=\"none\" stroke-width=\"{}\" {}",
            shape.stroke_width,
            paint("stroke", shape.colour)
        )
    }
}

/// SVG written with [`theme::CLASSES`] with each class's colour in `theme` also written out as a
/// presentation attribute (`class="qsh-fill-bar" fill="#0072b2"`): a page's stylesheet, where
/// there is one, still colours it (CSS outranks presentation attributes), and where a sanitizer
/// has removed the stylesheet it keeps `theme`'s colours instead of black.
pub fn colours_written_out(markup: &str, theme: theme::Theme) -> String {
    let mut written = markup.to_string();
    for (role, colour) in theme.roles() {
        let hex = format!("#{:02x}{:02x}{:02x}", colour.0, colour.1, colour.2);
        for attribute in ["fill", "stroke"] {
            let class = format!("class=\"qsh-{attribute}-{role}\"");
            written = written.replace(&class, &format!("{class} {attribute}=\"{hex}\""));
        }
    }
    written
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

fn points(path: &[BackendCoord]) -> String {
    path.iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Surface for SvgWriter {
    fn size(&self) -> (u32, u32) {
        self.size
    }

    fn rect(&mut self, (x0, y0): BackendCoord, (x1, y1): BackendCoord, shape: Paint) -> SurfaceResult {
        let (width, height) = (x1 - x0, y1 - y0);
        self.push(format_args!(
            "<rect x=\"{x0}\" y=\"{y0}\" width=\"{width}\" height=\"{height}\" {}/>",
            fill_or_stroke(shape)
        ))
    }

    fn polyline(&mut self, path: &[BackendCoord], shape: Paint) -> SurfaceResult {
        self.push(format_args!(
            "<polyline points=\"{}\" {}/>",
            points(path),
            fill_or_stroke(Paint { fill: false, ..shape })
        ))
    }

    fn circle(&mut self, (x, y): BackendCoord, radius: u32, shape: Paint) -> SurfaceResult {
        let paint = if shape.fill {
            paint("fill", shape.colour)
        } else {
            format!("fill=\"none\" {}", paint("stroke", shape.colour))
        };
        self.push(format_args!("<circle cx=\"{x}\" cy=\"{y}\" r=\"{radius}\" {paint}/>"))
    }

    fn polygon(&mut self, vertices: &[BackendCoord], shape: Paint) -> SurfaceResult {
        self.push(format_args!(
            "<polygon points=\"{}\" {}/>",
            points(vertices),
            paint("fill", shape.colour)
        ))
    }

    fn text(&mut self, text: &str, font: &Font<'_>, (x, y): BackendCoord) -> SurfaceResult {
        let anchor = match font.h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        // The canvas's textBaseline: top, middle, bottom.
        let baseline = match font.v_pos {
            VPos::Top => "text-before-edge",
            VPos::Center => "central",
            VPos::Bottom => "text-after-edge",
        };
        let weight = if matches!(font.style, FontStyle::Bold) {
            " font-weight=\"bold\""
        } else {
            ""
        };
        self.push(format_args!(
            "<text x=\"{x}\" y=\"{y}\" font-size=\"{}\"{weight} text-anchor=\"{anchor}\" dominant-baseline=\"{baseline}\" {}>{}</text>",
            fixed(font.size, 2),
            paint("fill", font.colour),
            escape(text)
        ))
    }

    fn text_width(&self, text: &str, font: &Font<'_>) -> Result<u32, SurfaceError> {
        Ok(estimated_width(text, font.size).ceil() as u32)
    }
}
