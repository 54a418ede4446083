//! The poster's units in reading order: the header, each section's opening with its first
//! card and then each further card, the footer and the notes; each with its text alternative.

use std::collections::HashSet;

use super::pieces::{Piece, Tone, COLUMN};
use super::{PosterTexts, Unit};
use crate::charts::share_card::lines::Lines;
use crate::charts::text;
use crate::data::{Lang, Report, Section};

const NOTE_SIZE: f64 = 22.0;
/// The most lines of a note in one piece, so that a long note runs over slices.
const NOTE_LINES: usize = 24;

/// The poster of a report, as units in reading order.
pub fn poster_units(report: &Report, texts: &PosterTexts) -> Result<Vec<Unit>, String> {
    let mut units = vec![header(report, texts)];
    let mut listed = HashSet::new();
    for (index, section) in report.sections.iter().enumerate() {
        units.extend(section_units(index, section, texts.lang, &mut listed)?);
    }
    units.push(footer(texts));
    units.extend(notes(report, texts.lang));
    Ok(units)
}

/// A section's place in the report, `01`, …: set apart from its heading, which may have a
/// number of its own (一、2018年工作回顾).
fn number(index: usize) -> String {
    format!("{:02}", index + 1)
}

/// Masthead, dateline, title and lead.
fn header(report: &Report, texts: &PosterTexts) -> Unit {
    let lang = texts.lang;
    let (dateline, title, summary) = (
        report.dateline.get(lang),
        report.title.get(lang),
        report.summary.get(lang),
    );
    Unit {
        pieces: vec![
            Piece::text(&texts.masthead, 26.0, true, Tone::Accent, 12.0),
            Piece::Rule { below: 12.0 },
            Piece::text(dateline, 26.0, false, Tone::Muted, 28.0),
            Piece::text(title, 52.0, true, Tone::Text, 28.0),
            Piece::text(summary, 30.0, false, Tone::Text, 40.0),
        ],
        alt: [texts.masthead.as_str(), dateline, title, summary]
            .map(String::from)
            .to_vec(),
        starts_section: true,
    }
}

/// A section: its number, heading and subheading with its first card, then a unit per card.
/// Each figure is listed once in the text alternative (`listed`), the second time a card
/// shows it (a ring of a figure in tiles) marked as a repeat.
fn section_units(
    index: usize,
    section: &Section,
    lang: Lang,
    listed: &mut HashSet<&'static str>,
) -> Result<Vec<Unit>, String> {
    let heading = section.heading.get(lang);
    let subheading = section.subheading.get(lang);
    let below = if subheading.is_empty() { 24.0 } else { 8.0 };
    let mut pieces = vec![
        Piece::Rule { below: 24.0 },
        Piece::text(&number(index), 30.0, true, Tone::Accent, 4.0),
        Piece::text(heading, 40.0, true, Tone::Text, below),
    ];
    let mut alt = vec![format!("{} {heading}", number(index))];
    if !subheading.is_empty() {
        pieces.push(Piece::text(subheading, 28.0, false, Tone::Muted, 24.0));
        alt.push(subheading.to_string());
    }
    let repeat = match lang {
        Lang::Zh => "（同上）",
        Lang::En => " (again)",
    };
    let mut units = Vec::new();
    for group in section.groups {
        pieces.push(Piece::card(group, lang)?);
        alt.push(group.title.get(lang).to_string());
        alt.extend(group.figures.iter().map(|figure| {
            let (label, value) = (figure.label.get(lang), figure.display.get(lang));
            let again = if listed.insert(figure.id) { "" } else { repeat };
            match lang {
                Lang::Zh => format!("- {label}：{value}{again}"),
                Lang::En => format!("- {label}: {value}{again}"),
            }
        }));
        units.push(Unit {
            pieces: std::mem::take(&mut pieces),
            alt: std::mem::take(&mut alt),
            starts_section: units.is_empty(),
        });
    }
    Ok(units)
}

/// The source, where the interactive version is, and the notes' heading.
fn footer(texts: &PosterTexts) -> Unit {
    let mut pieces = vec![
        Piece::Rule { below: 20.0 },
        Piece::text(&texts.credit, 24.0, false, Tone::Muted, 12.0),
    ];
    let mut alt = vec![texts.credit.clone()];
    if let Some(interactive) = &texts.interactive {
        pieces.push(Piece::text(interactive, 24.0, true, Tone::Accent, 12.0));
        alt.push(interactive.clone());
    }
    pieces.push(Piece::text(&texts.notes_heading, 26.0, true, Tone::Text, 8.0));
    alt.push(texts.notes_heading.clone());
    Unit {
        pieces,
        alt,
        starts_section: true,
    }
}

/// The notes, a long one in parts of at most [`NOTE_LINES`] lines so that it runs over slices.
fn notes(report: &Report, lang: Lang) -> Vec<Unit> {
    let joiner = match lang {
        Lang::Zh => "",
        Lang::En => " ",
    };
    let mut units = Vec::new();
    for note in report.notes {
        let lines = text::wrap(&format!("· {}", note.get(lang)), COLUMN, NOTE_SIZE);
        let parts: Vec<&[String]> = lines.chunks(NOTE_LINES).collect();
        for (index, part) in parts.iter().enumerate() {
            let lines = Lines {
                size: NOTE_SIZE,
                lines: part.to_vec(),
            };
            units.push(Unit {
                pieces: vec![Piece::Text {
                    lines,
                    bold: false,
                    tone: Tone::Muted,
                    below: if index + 1 == parts.len() { 10.0 } else { 0.0 },
                }],
                alt: vec![part.iter().map(|line| line.trim()).collect::<Vec<_>>().join(joiner)],
                starts_section: false,
            });
        }
    }
    units
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
