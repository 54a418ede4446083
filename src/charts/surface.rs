//! One plotters backend type for every surface a chart is drawn on: [`Backend`] hands each
//! drawing operation to a [`Surface`] trait object, the canvas in the browser or the SVG
//! writer ([`super::svg`]) for the static first paint and "Save as SVG".
//!
//! Why: the chart functions are generic over plotters' `DrawingBackend`, and each backend type
//! they are drawn on compiles them once more. Through this one type, the browser holds one
//! copy of every chart's drawing (and of plotters' code under it) whether it draws on a canvas
//! or writes a file; the dynamic call per drawn shape costs nothing next to the drawing.

use std::error::Error;
use std::fmt;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontFamily,
    FontStyle, FontTransform,
};

/// A failure of a surface to draw, with what it was.
#[derive(Debug)]
pub struct SurfaceError(pub String);

impl fmt::Display for SurfaceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error for SurfaceError {}

pub type SurfaceResult = Result<(), SurfaceError>;

/// How a shape is painted: filled, or stroked `stroke_width` pixels wide.
#[derive(Clone, Copy)]
pub struct Paint {
    pub colour: BackendColor,
    pub fill: bool,
    pub stroke_width: u32,
}

/// A text's font, colour and anchor, as the chart asked for them.
#[derive(Clone, Copy)]
pub struct Font<'a> {
    pub family: FontFamily<'a>,
    /// In the surface's pixels.
    pub size: f64,
    pub style: FontStyle,
    pub colour: BackendColor,
    pub h_pos: HPos,
    pub v_pos: VPos,
}

/// What a chart draws with, in the surface's pixels. Object safe: [`Backend`] holds it as
/// `dyn Surface`.
pub trait Surface {
    fn size(&self) -> (u32, u32);
    /// A rectangle from its upper-left to its lower-right corner.
    fn rect(&mut self, from: BackendCoord, to: BackendCoord, paint: Paint) -> SurfaceResult;
    /// An open path through the points, stroked.
    fn polyline(&mut self, points: &[BackendCoord], paint: Paint) -> SurfaceResult;
    /// A closed polygon, filled.
    fn polygon(&mut self, points: &[BackendCoord], paint: Paint) -> SurfaceResult;
    fn circle(&mut self, centre: BackendCoord, radius: u32, paint: Paint) -> SurfaceResult;
    /// A line of text at its anchor point.
    fn text(&mut self, text: &str, font: &Font<'_>, at: BackendCoord) -> SurfaceResult;
    /// A text's width in the surface's pixels.
    fn text_width(&self, text: &str, font: &Font<'_>) -> Result<u32, SurfaceError>;
}

/// The plotters backend over a [`Surface`].
pub struct Backend<'a> {
    surface: &'a mut dyn Surface,
}

impl<'a> Backend<'a> {
    pub fn new(surface: &'a mut dyn Surface) -> Backend<'a> {
        Backend { surface }
    }
}

type Drawn = Result<(), DrawingErrorKind<SurfaceError>>;

fn paint<S: BackendStyle>(style: &S, fill: bool) -> Paint {
    Paint {
        colour: style.color(),
        fill,
        stroke_width: style.stroke_width(),
    }
}

fn font<S: BackendTextStyle>(style: &S) -> Result<Font<'_>, DrawingErrorKind<SurfaceError>> {
    if !matches!(style.transform(), FontTransform::None) {
        // Our charts never turn text; a surface that drew it upright would mislead.
        return Err(DrawingErrorKind::DrawingError(SurfaceError(
            "turned text is not drawn".into(),
        )));
    }
    let anchor = style.anchor();
    Ok(Font {
        family: style.family(),
        size: style.size(),
        style: style.style(),
        colour: style.color(),
        h_pos: anchor.h_pos,
        v_pos: anchor.v_pos,
    })
}

fn drawn(result: SurfaceResult) -> Drawn {
    result.map_err(DrawingErrorKind::DrawingError)
}

impl DrawingBackend for Backend<'_> {
    type ErrorType = SurfaceError;

    fn get_size(&self) -> (u32, u32) {
        self.surface.size()
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, colour: BackendColor) -> Drawn {
        let paint = Paint {
            colour,
            fill: true,
            stroke_width: 0,
        };
        drawn(self.surface.rect((x, y), (x + 1, y + 1), paint))
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Drawn {
        drawn(self.surface.polyline(&[from, to], paint(style, false)))
    }

    fn draw_rect<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S, fill: bool) -> Drawn {
        drawn(self.surface.rect(from, to, paint(style, fill)))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn {
        let points: Vec<BackendCoord> = path.into_iter().collect();
        drawn(self.surface.polyline(&points, paint(style, false)))
    }

    fn draw_circle<S: BackendStyle>(&mut self, centre: BackendCoord, radius: u32, style: &S, fill: bool) -> Drawn {
        drawn(self.surface.circle(centre, radius, paint(style, fill)))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vertices: I, style: &S) -> Drawn {
        let points: Vec<BackendCoord> = vertices.into_iter().collect();
        drawn(self.surface.polygon(&points, paint(style, true)))
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, at: BackendCoord) -> Drawn {
        let font = font(style)?;
        drawn(self.surface.text(text, &font, at))
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<SurfaceError>> {
        let font = font(style)?;
        let width = self
            .surface
            .text_width(text, &font)
            .map_err(DrawingErrorKind::DrawingError)?;
        Ok((width, style.size().ceil() as u32))
    }
}

/// A colour as CSS writes it: `#rrggbb`, with its opacity in thousandths when not opaque
/// (`rgba(r,g,b,0.5)`), formatted with integers (no float formatting in the bundle).
pub fn css_colour(colour: BackendColor) -> String {
    let (r, g, b) = colour.rgb;
    if colour.alpha >= 1.0 {
        format!("#{r:02x}{g:02x}{b:02x}")
    } else {
        format!(
            "rgba({r},{g},{b},{})",
            crate::data::format::fixed(colour.alpha.max(0.0), 3)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_written_as_css() {
        let opaque = BackendColor {
            alpha: 1.0,
            rgb: (0, 114, 178),
        };
        assert_eq!(css_colour(opaque), "#0072b2");
        let half = BackendColor {
            alpha: 0.5,
            rgb: (213, 94, 0),
        };
        assert_eq!(css_colour(half), "rgba(213,94,0,0.5)");
    }
}
