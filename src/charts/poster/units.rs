//! The poster's units in reading order: the header, each section's opening with its first
//! card and then each further card, the footer and the notes; each with its text alternative.

use std::collections::HashSet;

use super::pieces::{Piece, Tone, COLUMN};
use super::{PosterTexts, Unit};
use crate::charts::share_card::lines::Lines;
use crate::charts::{has_canvas, text};
use crate::data::dateline::{lead_year_text, year_text};
use crate::data::{Figure, Group, Lang, Report, Section};

const NOTE_SIZE: f64 = 22.0;
/// The most lines of a note in one piece, so that a long note runs over slices.
const NOTE_LINES: usize = 24;

/// The poster of a report, as units in reading order.
pub fn poster_units(report: &Report, texts: &PosterTexts) -> Result<Vec<Unit>, String> {
    let mut listed = HashSet::new();
    let mut units = header(report, texts, &mut listed)?;
    // A section with no card of its own (its one chart leads the page) is not set at all, as
    // on the page; the others are numbered in their order.
    let shown = report
        .sections
        .iter()
        .filter(|section| section.groups.iter().any(|group| Some(group.id) != report.lead_chart));
    for (index, section) in shown.enumerate() {
        units.extend(section_units(report, index, section, texts.lang, &mut listed)?);
    }
    let notes = notes(report, texts.lang);
    units.push(footer(texts, !notes.is_empty()));
    units.extend(notes);
    Ok(units)
}

/// A section's place in the report, `01`, …: set apart from its heading, which may have a
/// number of its own (一、2018年工作回顾).
fn number(index: usize) -> String {
    format!("{:02}", index + 1)
}

/// The text alternative's lines for figures: each with its change, each figure listed once
/// (`listed`), the second time a card shows it (a ring of a figure in tiles) marked as a repeat.
fn figure_lines(figures: &[&'static Figure], lang: Lang, listed: &mut HashSet<&'static str>) -> Vec<String> {
    let repeat = match lang {
        Lang::Zh => "（同上）",
        Lang::En => " (again)",
    };
    let mut lines = Vec::new();
    for figure in figures
        .iter()
        .flat_map(|figure| std::iter::once(*figure).chain(figure.change))
    {
        let (label, value) = (figure.label.get(lang), figure.display.get(lang));
        let again = if listed.insert(figure.id) { "" } else { repeat };
        let badges = figure.badge_words(lang);
        let badges = if badges.is_empty() {
            badges
        } else {
            format!(" [{badges}]")
        };
        lines.push(match lang {
            Lang::Zh => format!("- {label}：{value}{again}{badges}"),
            Lang::En => format!("- {label}: {value}{again}{badges}"),
        });
    }
    lines
}

/// A card's head: its year and, for a chart (whose figures share a status and period), what
/// they are.
fn card_head(group: &Group, lang: Lang) -> String {
    let year = year_text(group.year, lang);
    match group.figures.first().filter(|_| has_canvas(group.chart)) {
        Some(figure) if !figure.badge_words(lang).is_empty() => format!("{year} · {}", figure.badge_words(lang)),
        _ => year,
    }
}

/// A card as a unit (with what comes before it) and its text alternative.
fn card_unit(
    group: &'static Group,
    lang: Lang,
    (mut pieces, mut alt): (Vec<Piece>, Vec<String>),
    listed: &mut HashSet<&'static str>,
) -> Result<(Vec<Piece>, Vec<String>), String> {
    let head = card_head(group, lang);
    pieces.push(Piece::card(group, &head, lang)?);
    alt.push(format!("{} ({head})", group.title.get(lang)));
    alt.extend(figure_lines(&group.in_order(), lang, listed));
    Ok((pieces, alt))
}

/// Masthead, dateline and title; the lead figures and the chart that leads the page. As on the
/// page, no summary: it would say the lead figures once more.
fn header(report: &Report, texts: &PosterTexts, listed: &mut HashSet<&'static str>) -> Result<Vec<Unit>, String> {
    let lang = texts.lang;
    let title = report.title.get(lang);
    let pieces = vec![
        Piece::text(&texts.masthead, 26.0, true, Tone::Accent, 12.0),
        Piece::Rule { below: 12.0 },
        Piece::text(&texts.dateline, 26.0, false, Tone::Muted, 28.0),
        Piece::title(title, 52.0, Tone::Text, 32.0),
    ];
    let alt = vec![texts.masthead.clone(), texts.dateline.clone(), title.to_string()];
    let mut units = vec![Unit {
        pieces,
        alt,
        starts_section: true,
    }];
    if let Some(first) = report.headline.first() {
        let one_year = report.headline.iter().all(|figure| figure.year == first.year);
        let head = if one_year {
            lead_year_text(first.year, report.year, lang)
        } else {
            String::new()
        };
        let mut alt = vec![head.clone()];
        alt.extend(figure_lines(report.headline, lang, listed));
        units.push(Unit {
            pieces: vec![Piece::tiles_card(report.headline, &head, lang)?],
            alt,
            starts_section: false,
        });
    }
    if let Some(group) = report.lead_group() {
        let (pieces, alt) = card_unit(group, lang, (Vec::new(), Vec::new()), listed)?;
        units.push(Unit {
            pieces,
            alt,
            starts_section: false,
        });
    }
    Ok(units)
}

/// A section: its number (and year, where the report's parts are of two), heading and
/// subheading with its first card, then a unit per card; the chart that leads the page is in
/// the header, not here.
fn section_units(
    report: &Report,
    index: usize,
    section: &Section,
    lang: Lang,
    listed: &mut HashSet<&'static str>,
) -> Result<Vec<Unit>, String> {
    let heading = section.heading.get(lang);
    let subheading = section.subheading.get(lang);
    let below = if subheading.is_empty() { 24.0 } else { 8.0 };
    let label = if report.has_years() {
        format!("{} · {}", number(index), year_text(section.year, lang))
    } else {
        number(index)
    };
    let mut pieces = vec![
        Piece::Rule { below: 24.0 },
        Piece::text(&label, 30.0, true, Tone::Accent, 4.0),
        Piece::text(heading, 40.0, true, Tone::Text, below),
    ];
    let mut alt = vec![format!("{label} {heading}")];
    if !subheading.is_empty() {
        pieces.push(Piece::text(subheading, 28.0, false, Tone::Muted, 24.0));
        alt.push(subheading.to_string());
    }
    let mut units = Vec::new();
    let cards = section
        .groups
        .iter()
        .filter(|group| Some(group.id) != report.lead_chart);
    for group in cards {
        let (card, lines) = card_unit(
            group,
            lang,
            (std::mem::take(&mut pieces), std::mem::take(&mut alt)),
            listed,
        )?;
        units.push(Unit {
            pieces: card,
            alt: lines,
            starts_section: units.is_empty(),
        });
    }
    if !pieces.is_empty() {
        // A section with no card of its own (its one chart leads the page): its heading alone.
        units.push(Unit {
            pieces,
            alt,
            starts_section: true,
        });
    }
    Ok(units)
}

/// The source, where the interactive version is, and the notes' heading (if it has notes).
fn footer(texts: &PosterTexts, notes: bool) -> Unit {
    let mut pieces = vec![
        Piece::Rule { below: 20.0 },
        Piece::text(&texts.credit, 24.0, false, Tone::Muted, 12.0),
    ];
    let mut alt = vec![texts.credit.clone()];
    if let Some(interactive) = &texts.interactive {
        pieces.push(Piece::text(interactive, 24.0, true, Tone::Accent, 12.0));
        alt.push(interactive.clone());
    }
    if notes {
        pieces.push(Piece::text(&texts.notes_heading, 26.0, true, Tone::Text, 8.0));
        alt.push(texts.notes_heading.clone());
    }
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
    for note in report
        .notes
        .iter()
        .filter(|note| crate::data::notes::on_poster(note.get(Lang::Zh)))
    {
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
