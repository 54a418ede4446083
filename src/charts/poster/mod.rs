//! The long poster: the whole report in one column at WeChat's article width, top to bottom
//! (masthead, dateline, title and lead; every section with its number and heading, every card
//! with its chart or tiles; source, notes and where the interactive version is), drawn by the
//! page's chart functions onto any backend; cut into slices at section boundaries (within a
//! section between its cards only when the section alone is taller than a slice may be), each
//! with its text alternative: every figure it shows, in reading order.

pub mod pieces;
mod units;

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::charts::ChartStyle;
use crate::data::Lang;
use pieces::{Piece, WIDTH};
pub use units::poster_units;

/// The tallest slice, in the poster's units (3000 pixels at 2×).
pub const MAX_SLICE_HEIGHT: f64 = 1500.0;
const ACCENT: f64 = 12.0;
const TOP: f64 = 40.0;
const BOTTOM: f64 = 40.0;

/// The poster's own words, and the report's texts it shows, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct PosterTexts {
    pub lang: Lang,
    /// The line above everything: the publisher and what this is.
    pub masthead: String,
    /// Where and when: the place and the year.
    pub dateline: String,
    pub credit: String,
    /// "Notes", over the notes.
    pub notes_heading: String,
    /// Where the interactive version lives, when known.
    pub interactive: Option<String>,
}

/// Pieces that stay together in one slice, with what a reader who cannot see them is told.
#[derive(Clone, Debug, PartialEq)]
pub struct Unit {
    pub pieces: Vec<Piece>,
    /// The text alternative's lines for these pieces.
    pub alt: Vec<String>,
    /// Whether a section (or the header or the footer) starts here: slices are cut here first.
    pub starts_section: bool,
}

impl Unit {
    pub fn height(&self) -> f64 {
        self.pieces.iter().map(Piece::height).sum()
    }
}

/// The units cut into slices: whole sections while they fit, a section taller than a slice
/// between its cards; none taller than [`MAX_SLICE_HEIGHT`] with its margins (else an error
/// naming what does not fit).
pub fn slices(units: Vec<Unit>) -> Result<Vec<Vec<Unit>>, String> {
    let mut sections: Vec<Vec<Unit>> = Vec::new();
    for unit in units {
        match sections.last_mut() {
            Some(section) if !unit.starts_section => section.push(unit),
            _ => sections.push(vec![unit]),
        }
    }
    let count = sections.len();
    let mut slices: Vec<Vec<Unit>> = vec![Vec::new()];
    for (index, section) in sections.into_iter().enumerate() {
        let last = index + 1 == count;
        let height: f64 = section.iter().map(Unit::height).sum();
        let used = |slices: &Vec<Vec<Unit>>| -> f64 {
            let current = slices.last().map_or(0.0, |slice| slice.iter().map(Unit::height).sum());
            current + margins(slices.len() == 1, last)
        };
        let fits_whole = height <= MAX_SLICE_HEIGHT - margins(false, last);
        if used(&slices) + height > MAX_SLICE_HEIGHT && fits_whole {
            slices.push(Vec::new());
        }
        for unit in section {
            if used(&slices) + unit.height() > MAX_SLICE_HEIGHT && slices.last().is_some_and(|slice| !slice.is_empty())
            {
                slices.push(Vec::new());
            }
            if used(&slices) + unit.height() > MAX_SLICE_HEIGHT {
                return Err(format!("too tall for a slice: {}", unit.alt.join(" / ")));
            }
            if let Some(slice) = slices.last_mut() {
                slice.push(unit);
            }
        }
    }
    Ok(slices)
}

/// The poster's top margin (on the first slice) and bottom margin (on the last).
fn margins(first: bool, last: bool) -> f64 {
    let top = if first { ACCENT + TOP } else { 0.0 };
    let bottom = if last { BOTTOM } else { 0.0 };
    top + bottom
}

/// A slice's height, with the poster's top margin on the first and its bottom on the last.
pub fn slice_height(slice: &[Unit], first: bool, last: bool) -> f64 {
    slice.iter().map(Unit::height).sum::<f64>() + margins(first, last)
}

/// The poster's size for a slice, in its units (rounded up).
pub fn slice_size(slice: &[Unit], first: bool, last: bool) -> (u32, u32) {
    (WIDTH as u32, slice_height(slice, first, last).ceil() as u32)
}

/// Draws a slice (or the whole poster, as one slice) onto `root`, sized by [`slice_size`].
pub fn draw_slice<DB: DrawingBackend>(
    slice: &[Unit],
    first: bool,
    root: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
) -> Result<(), String> {
    let failed = |error: DrawingAreaErrorKind<DB::ErrorType>| error.to_string();
    root.fill(&style.theme.background).map_err(failed)?;
    let mut y = 0.0;
    if first {
        root.draw(&Rectangle::new(
            [(0, 0), (WIDTH as i32, ACCENT as i32)],
            style.theme.bar.filled(),
        ))
        .map_err(failed)?;
        y = ACCENT + TOP;
    }
    for piece in slice.iter().flat_map(|unit| &unit.pieces) {
        piece.draw(root, y, style)?;
        y += piece.height();
    }
    Ok(())
}
