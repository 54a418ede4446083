//! The long poster (src/poster.rs, charts::poster): the real PNGs as the build writes them, at
//! least 1500 pixels wide, no slice taller than 3000; cut only between sections (or between a
//! too-tall section's cards); every text inside the column; the text alternative names every
//! figure of the report exactly once as a line of its own, in the part of the slice that shows
//! it (a second card showing it again marks it as a repeat there).
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use report_infographic::charts::poster::pieces::Piece;
use report_infographic::charts::poster::MAX_SLICE_HEIGHT;
use report_infographic::charts::text::estimated_width;
use report_infographic::data::{Figure, Lang, REPORT};
use report_infographic::poster::{poster_slices, slice_name, slice_svg, text_alternative, write_posters};

/// A PNG's width and height from its IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    let word = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (word(16), word(20))
}

/// A figure's line in the text alternative, as it is listed the first time.
fn figure_line(figure: &Figure, lang: Lang) -> String {
    let (label, value) = (figure.label.get(lang), figure.display.get(lang));
    let badges = figure.badge_words(lang);
    let badges = if badges.is_empty() {
        badges
    } else {
        format!(" [{badges}]")
    };
    match lang {
        Lang::Zh => format!("- {label}：{value}{badges}\n"),
        Lang::En => format!("- {label}: {value}{badges}\n"),
    }
}

#[test]
fn the_poster_pngs_are_wide_enough_and_no_slice_is_too_tall() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("poster-test");
    let _ = std::fs::remove_dir_all(&dir); // absent on a first run: nothing to remove
    let written = write_posters(&dir, Some("https://graphics.example.com/report/")).expect("writes the posters");
    for lang in Lang::ALL {
        let count = poster_slices(lang, None).expect("slices").len();
        assert!(count >= 2, "{lang:?}: a long report is cut");
        for index in 0..count {
            let path = format!("poster/{}", slice_name(lang, index));
            let bytes = std::fs::read(dir.join(&path)).expect("a slice's PNG");
            let (width, height) = png_size(&bytes);
            assert!(width >= 1500, "{path}: {width} px wide");
            assert!(height <= 3000, "{path}: {height} px tall");
            assert!(
                written
                    .iter()
                    .any(|(name, size)| *name == path && *size == (width, height)),
                "{path}: as reported"
            );
        }
        let whole = std::fs::read_to_string(dir.join(format!("poster/{}.svg", lang.code()))).expect("the whole poster");
        assert!(
            whole.starts_with("<svg ") && whole.contains("viewBox=\"0 0 750 "),
            "{lang:?}: the whole poster, 750 wide"
        );
        let text = std::fs::read_to_string(dir.join(format!("poster/poster.{}.txt", lang.code()))).expect("its text");
        assert!(
            text.contains("https://graphics.example.com/report/"),
            "{lang:?}: the interactive version's address"
        );
    }
}

#[test]
fn the_text_alternative_names_every_figure_once_in_its_slice() {
    for lang in Lang::ALL {
        let slices = poster_slices(lang, None).expect("slices");
        let text = text_alternative(&slices, lang);
        for figure in REPORT.figures() {
            let line = figure_line(figure, lang);
            assert_eq!(text.matches(&line).count(), 1, "{lang:?}: `{}` once: {line}", figure.id);
        }
        let parts: Vec<&str> = text.split("\n[").skip(1).collect();
        assert_eq!(parts.len(), slices.len(), "{lang:?}: a part per slice");
        for (index, (part, slice)) in parts.iter().zip(&slices).enumerate() {
            assert!(part.starts_with(&format!("{}]", slice_name(lang, index))));
            let drawn = slice
                .iter()
                .flat_map(|unit| &unit.pieces)
                .flat_map(|piece| match piece {
                    Piece::Card { figures, .. } => figures.to_vec(),
                    _ => Vec::new(),
                });
            for figure in drawn.flat_map(|figure| std::iter::once(figure).chain(figure.change)) {
                let (label, value) = (figure.label.get(lang), figure.display.get(lang));
                let named = match lang {
                    Lang::Zh => format!("- {label}：{value}"),
                    Lang::En => format!("- {label}: {value}"),
                };
                assert!(
                    part.contains(&named),
                    "{lang:?} {index}: `{}` where its card is",
                    figure.id
                );
            }
        }
        // Every section that holds a card of its own (one whose only chart leads the page is not set).
        let shown = REPORT
            .sections
            .iter()
            .filter(|section| section.groups.iter().any(|group| Some(group.id) != REPORT.lead_chart));
        for section in shown {
            assert!(
                text.contains(section.heading.get(lang)),
                "{lang:?}: the heading of `{}`",
                section.id
            );
        }
    }
}

#[test]
fn slices_are_cut_between_sections_and_every_text_stays_in_the_column() {
    for lang in Lang::ALL {
        let slices = poster_slices(lang, None).expect("slices");
        let count = slices.len();
        // Each unit's section, and each section's height: a cut inside a section (before a
        // unit that starts none) only where the section alone is too tall for a slice.
        let mut sections: Vec<f64> = Vec::new();
        let mut first_units = Vec::new();
        for (index, slice) in slices.iter().enumerate() {
            for (position, unit) in slice.iter().enumerate() {
                if unit.starts_section || sections.is_empty() {
                    sections.push(0.0);
                }
                if let Some(height) = sections.last_mut() {
                    *height += unit.height();
                }
                if position == 0 && index > 0 && !unit.starts_section {
                    first_units.push((index, sections.len() - 1));
                }
            }
        }
        for (index, section) in first_units {
            assert!(
                sections[section] > MAX_SLICE_HEIGHT - 100.0,
                "{lang:?} {index}: cut inside a section of {} that would fit a slice",
                sections[section]
            );
        }
        for (index, slice) in slices.iter().enumerate() {
            let svg = slice_svg(slice, lang, index == 0, index + 1 == count).expect("draws");
            let height: f64 = slice.iter().map(|unit| unit.height()).sum();
            assert!(height <= MAX_SLICE_HEIGHT, "{lang:?} {index}: {height}");
            for element in svg.split("<text").skip(1) {
                let attribute = |name: &str| -> f64 {
                    let start = element.find(&format!(" {name}=\"")).expect(name) + name.len() + 3;
                    element[start..start + element[start..].find('"').expect("closed")]
                        .parse()
                        .expect("a number")
                };
                let content = &element[element.find('>').expect("a tag") + 1..element.find("</text>").expect("an end")];
                let content = content
                    .replace("&apos;", "'")
                    .replace("&quot;", "\"")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&");
                let (x, size) = (attribute("x"), attribute("font-size"));
                let width = estimated_width(&content, size);
                let (left, right) = if element.contains("text-anchor=\"end\"") {
                    (x - width, x)
                } else if element.contains("text-anchor=\"middle\"") {
                    (x - width / 2.0, x + width / 2.0)
                } else {
                    (x, x + width)
                };
                assert!(
                    left >= 0.0 && right <= 750.0,
                    "{lang:?} {index}: \"{content}\" spans {left:.0}–{right:.0}"
                );
                assert!(!content.ends_with('…'), "{lang:?} {index}: \"{content}\" cut");
            }
        }
    }
}
