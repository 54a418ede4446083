//! The long poster: the whole report in one column at WeChat's article width, top to bottom
//! (masthead, dateline, title and lead; every section with its number and heading, every card
//! with its chart or tiles; source, notes and where the interactive version is), drawn by the
//! page's chart functions onto any backend; cut into slices at section boundaries (within a
//! section between its cards only when the section alone is taller than a slice may be), each
//! with its text alternative: every figure it shows, in reading order.

pub mod pieces;

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::charts::share_card::lines::Lines;
use crate::charts::{text, ChartStyle};
use crate::data::{Lang, Report};
use pieces::{Piece, Tone, COLUMN, WIDTH};

/// The tallest slice, in the poster's units (3000 pixels at 2×).
pub const MAX_SLICE_HEIGHT: f64 = 1500.0;
const ACCENT: f64 = 12.0;
const TOP: f64 = 40.0;
const BOTTOM: f64 = 40.0;
const NOTE_SIZE: f64 = 22.0;
/// The most lines of a note in one piece, so that a long note runs over slices.
const NOTE_LINES: usize = 24;

/// The poster's own words, and the report's texts it shows, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct PosterTexts {
    pub lang: Lang,
    /// The line above everything: the publisher and what this is.
    pub masthead: String,
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

/// A section's place in the report, `01`, …: set apart from its heading, which may have a
/// number of its own (一、2018年工作回顾).
fn number(index: usize) -> String {
    format!("{:02}", index + 1)
}

/// A figure's line in the text alternative.
fn figure_line(label: &str, value: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{label}：{value}"),
        Lang::En => format!("{label}: {value}"),
    }
}

/// The poster of a report, as units in reading order.
pub fn poster_units(report: &Report, texts: &PosterTexts) -> Result<Vec<Unit>, String> {
    let lang = texts.lang;
    let title = report.title.get(lang);
    let header = Unit {
        pieces: vec![
            Piece::text(&texts.masthead, 26.0, true, Tone::Accent, 12.0),
            Piece::Rule { below: 12.0 },
            Piece::text(report.dateline.get(lang), 26.0, false, Tone::Muted, 28.0),
            Piece::text(title, 52.0, true, Tone::Text, 28.0),
            Piece::text(report.summary.get(lang), 30.0, false, Tone::Text, 40.0),
        ],
        alt: vec![
            texts.masthead.clone(),
            report.dateline.get(lang).to_string(),
            title.to_string(),
            report.summary.get(lang).to_string(),
        ],
        starts_section: true,
    };
    let mut units = vec![header];
    let mut listed = std::collections::HashSet::new();
    for (index, section) in report.sections.iter().enumerate() {
        let heading = section.heading.get(lang);
        let subheading = section.subheading.get(lang);
        let below = if subheading.is_empty() { 24.0 } else { 8.0 };
        let mut opening = vec![
            Piece::Rule { below: 24.0 },
            Piece::text(&number(index), 30.0, true, Tone::Accent, 4.0),
            Piece::text(heading, 40.0, true, Tone::Text, below),
        ];
        let mut alt = vec![format!("{} {heading}", number(index))];
        if !subheading.is_empty() {
            opening.push(Piece::text(subheading, 28.0, false, Tone::Muted, 24.0));
            alt.push(subheading.to_string());
        }
        for (card, group) in section.groups.iter().enumerate() {
            let mut pieces = if card == 0 {
                std::mem::take(&mut opening)
            } else {
                Vec::new()
            };
            pieces.push(Piece::card(group, lang)?);
            let mut lines = if card == 0 {
                std::mem::take(&mut alt)
            } else {
                Vec::new()
            };
            lines.push(group.title.get(lang).to_string());
            lines.extend(group.figures.iter().map(|figure| {
                let line = figure_line(figure.label.get(lang), figure.display.get(lang), lang);
                // A figure a second card shows again (a ring of a figure in tiles) is listed
                // once; the second time marked as a repeat.
                let repeat = if listed.insert(figure.id) {
                    ""
                } else {
                    match lang {
                        Lang::Zh => "（同上）",
                        Lang::En => " (again)",
                    }
                };
                format!("- {line}{repeat}")
            }));
            units.push(Unit {
                pieces,
                alt: lines,
                starts_section: card == 0,
            });
        }
    }
    let mut footer = vec![
        Piece::Rule { below: 20.0 },
        Piece::text(&texts.credit, 24.0, false, Tone::Muted, 12.0),
    ];
    let mut footer_alt = vec![texts.credit.clone()];
    if let Some(interactive) = &texts.interactive {
        footer.push(Piece::text(interactive, 24.0, true, Tone::Accent, 12.0));
        footer_alt.push(interactive.clone());
    }
    footer.push(Piece::text(&texts.notes_heading, 26.0, true, Tone::Text, 8.0));
    footer_alt.push(texts.notes_heading.clone());
    units.push(Unit {
        pieces: footer,
        alt: footer_alt,
        starts_section: true,
    });
    // A long note runs over slices: in parts of at most NOTE_LINES lines.
    let joiner = match lang {
        Lang::Zh => "",
        Lang::En => " ",
    };
    for note in report.notes {
        let lines = text::wrap(&format!("· {}", note.get(lang)), COLUMN, NOTE_SIZE);
        let parts: Vec<&[String]> = lines.chunks(NOTE_LINES).collect();
        for (index, part) in parts.iter().enumerate() {
            let below = if index + 1 == parts.len() { 10.0 } else { 0.0 };
            let lines = Lines {
                size: NOTE_SIZE,
                lines: part.to_vec(),
            };
            units.push(Unit {
                pieces: vec![Piece::Text {
                    lines,
                    bold: false,
                    tone: Tone::Muted,
                    below,
                }],
                alt: vec![part.iter().map(|line| line.trim()).collect::<Vec<_>>().join(joiner)],
                starts_section: false,
            });
        }
    }
    Ok(units)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_numbered_apart_from_their_headings() {
        assert_eq!(number(0), "01");
        assert_eq!(number(11), "12");
    }
}
