//! The long poster: the whole report in one column at WeChat's article width, top to bottom
//! (masthead, dateline, title and lead; every section with its number and heading, every card
//! with its chart or tiles; source, notes and where the interactive version is), drawn by the
//! page's chart functions onto any backend; cut into slices at section boundaries (within a
//! section between its cards only when the section alone is taller than a slice may be), each
//! with its text alternative: every figure it shows, in reading order.

pub mod pieces;

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::charts::ChartStyle;
use crate::data::{Lang, Report};
use pieces::{Piece, Tone, WIDTH};

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

/// A section's number as the report's language writes it: 一、 … 十二、 or 1. …
fn numbered(number: usize, heading: &str, lang: Lang) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match lang {
        Lang::En => format!("{number}. {heading}"),
        Lang::Zh => {
            let (tens, ones) = (number / 10, number % 10);
            let tens = match tens {
                0 => String::new(),
                1 => "十".to_string(),
                n => format!("{}十", DIGITS[n % 10]),
            };
            format!("{tens}{}、{heading}", DIGITS[ones])
        }
    }
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
    for (index, section) in report.sections.iter().enumerate() {
        let heading = numbered(index + 1, section.heading.get(lang), lang);
        let subheading = section.subheading.get(lang);
        let below = if subheading.is_empty() { 24.0 } else { 8.0 };
        let mut opening = vec![
            Piece::Rule { below: 28.0 },
            Piece::text(&heading, 40.0, true, Tone::Text, below),
        ];
        let mut alt = vec![heading];
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
                format!(
                    "- {}",
                    figure_line(figure.label.get(lang), figure.display.get(lang), lang)
                )
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
    units.extend(report.notes.iter().map(|note| Unit {
        pieces: vec![Piece::text(
            &format!("· {}", note.get(lang)),
            22.0,
            false,
            Tone::Muted,
            10.0,
        )],
        alt: vec![format!("· {}", note.get(lang))],
        starts_section: false,
    }));
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
    fn sections_are_numbered_as_each_language_writes_it() {
        assert_eq!(numbered(1, "导语", Lang::Zh), "一、导语");
        assert_eq!(numbered(10, "x", Lang::Zh), "十、x");
        assert_eq!(numbered(12, "x", Lang::Zh), "十二、x");
        assert_eq!(numbered(21, "x", Lang::Zh), "二十一、x");
        assert_eq!(numbered(3, "Reform", Lang::En), "3. Reform");
    }
}
