//! The draft as TOML, in the layout of the hand-made datasets (see their header), with the
//! fields a person must fill left empty.

// Every `let _ = write!(…)` here writes to a String, which cannot fail.
use std::fmt::Write;

use super::clutter::Dropped;
use super::figures::{Candidate, FigureDraft};
use super::front::{dateline, named_year, report_title};
use super::ids::Ids;
use super::sections::SectionDraft;
use super::unit_reading::proposal;
use crate::data::format::reported_number;
use crate::data::phrase::{joined_lines, sentences};

const HEADER: &str = "\
# Dataset draft, written by `cargo run -- draft report.txt` from the report's text: every
# number of the text as a figure or a non-figure, with unit, qualifier, phrase, and guesses of
# period, status and label. An editor now:
# - checks every figure against the report (`dist/review.html` after a build) and fixes the
#   guesses: the label (what the report counts, with its scope words), the period, the status;
# - moves numbers between figures and non-figures where the guess is wrong;
# - writes every *_en text, rewrites the report's title and summary, adds its source;
# - groups the figures into charts ([[section.group]]) and picks the headline figures.
# The build's messages list what is left. The fields are explained in data/*/dataset.toml.
";

pub fn dataset_toml(
    report: &str,
    sections: &[SectionDraft],
    classified: &[Vec<Candidate>],
    dropped: &[Dropped],
) -> String {
    let mut out = String::from(HEADER);
    write_dropped(&mut out, dropped);
    let report_year = write_report(&mut out, report, sections, dropped);
    write_new_units(&mut out, classified);
    // Sections and figures share the dataset's one namespace of ids.
    let mut ids = Ids::default();
    for (index, (section, candidates)) in sections.iter().zip(classified).enumerate() {
        let heading = if section.heading.is_empty() {
            "导语"
        } else {
            section.heading.as_str()
        };
        let fallback = format!("section-{}", index + 1);
        let id = if section.heading.is_empty() {
            "lede".to_string()
        } else {
            ids.for_label(heading, &fallback)
        };
        // A part's year where it is not the report's (the review of a work report).
        let year = match section_year(section, sections, report_year) {
            Some(year) if year != report_year => format!("year = {year}\n"),
            _ => String::new(),
        };
        let _ = write!(
            out,
            "\n# ─────────────────────────────────────────────────────────────────────────────\n[[section]]\nid = {}\n{year}heading_zh = {}\nsubheading_zh = {}\nheading_en = \"\"\nsubheading_en = \"\"\n",
            quoted(&id),
            quoted(heading),
            quoted(&section.subheading)
        );
        for candidate in candidates {
            if let Candidate::Figure(figure) = candidate {
                write_figure(&mut out, &mut ids, figure);
            }
        }
    }
    write_non_figures(&mut out, classified);
    out
}

/// The report's own texts: its title (else its first heading), its dateline as where it was
/// published, and the first sentence of the report (not of the page) that states a figure as
/// summary, for the editor to rewrite; the rest empty. Returns the report's year.
fn write_report(out: &mut String, report: &str, sections: &[SectionDraft], dropped: &[Dropped]) -> u16 {
    let joined = joined_lines(report);
    let dateline = dateline(report, dropped).unwrap_or_default();
    let title = report_title(report, dropped).unwrap_or_else(|| {
        sections
            .iter()
            .find(|section| !section.heading.is_empty())
            .map_or(String::new(), |section| section.heading.clone())
    });
    let states_a_figure = |sentence: &str| {
        let mut chars = sentence.chars().peekable();
        while let Some(c) = chars.next() {
            if c.is_ascii_digit()
                && chars
                    .peek()
                    .is_some_and(|next| !next.is_ascii_digit() && !"年月日.".contains(*next))
            {
                return true;
            }
        }
        false
    };
    let summary = sentences(&joined)
        .into_iter()
        .filter(|sentence| dateline.is_empty() || !sentence.contains(&dateline))
        .filter(|sentence| !dropped.iter().any(|page| sentence.contains(&page.line)))
        .find(|sentence| states_a_figure(sentence))
        .unwrap_or_default();
    // The report's year: the one its title or dateline names (a work report's year of delivery),
    // else the first year the text names (its review's), else none.
    let first_named = joined
        .match_indices('年')
        .filter_map(|(at, _)| joined[..at].get(at.saturating_sub(4)..))
        .find(|digits| digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit()))
        // As a TOML integer: 0000年 would write `year = 0000`, which is no TOML.
        .and_then(|digits| digits.parse::<u16>().ok());
    let year = named_year(&title)
        .or_else(|| named_year(&dateline))
        .or(first_named)
        .unwrap_or(0);
    let _ = write!(
        out,
        "\n[report]\ntitle_zh = {}\ntitle_en = \"\"\nsummary_zh = {}\nsummary_en = \"\"\nsource_zh = \"\"\nsource_en = \"\"\npublication_zh = {}\npublication_en = \"\"\nplace_zh = \"\"\nplace_en = \"\"\nyear = {year}\nheadline = []\nnotes_zh = []\nnotes_en = []\n",
        quoted(&title),
        quoted(summary.trim()),
        quoted(&dateline)
    );
    year
}

/// The year of a section's figures: the one its part's heading names (一、2018年工作回顾); for a
/// review part that names none (一、“十四五”时期经济社会发展回顾) in a report with a part that
/// names the report's year (三、2026年主要工作), the year before the report's.
fn section_year(section: &SectionDraft, sections: &[SectionDraft], report_year: u16) -> Option<u16> {
    section.year.or_else(|| {
        let plans_its_year = report_year > 0 && sections.iter().any(|other| other.year == Some(report_year));
        (plans_its_year && section.part.contains("回顾")).then(|| report_year - 1)
    })
}

/// The lines of the web page the draft left out, as a comment, for the editor to see.
fn write_dropped(out: &mut String, dropped: &[Dropped]) {
    if dropped.is_empty() {
        return;
    }
    out.push_str("#\n# Left out: lines of the web page the text was copied from, not of the report. None heads a\n# section or is the title; a number in them is a non-figure (at the end). Check them:\n");
    for page in dropped {
        let _ = writeln!(out, "#   {}", page.line);
    }
}

/// A `[[unit]]` for each unit the vocabulary lacks, for the editor to complete.
fn write_new_units(out: &mut String, classified: &[Vec<Candidate>]) {
    let mut new_units: Vec<&str> = classified
        .iter()
        .flatten()
        .filter_map(|candidate| match candidate {
            Candidate::Figure(figure) if !figure.known_unit => Some(figure.unit.as_str()),
            _ => None,
        })
        .collect();
    new_units.sort_unstable();
    new_units.dedup();
    for code in new_units {
        let proposal = proposal(code);
        let _ = write!(
            out,
            "\n# Not in data/units.toml: check the unit, its scale, its measure and its English.\n[[unit]]\ncode = {}\n",
            quoted(code)
        );
        if proposal.scale != 1.0 {
            let _ = writeln!(out, "scale = {:e}", proposal.scale);
        }
        let _ = writeln!(out, "measure = {}", quoted(proposal.measure));
        if !proposal.en.is_empty() {
            let _ = writeln!(out, "en = {}", quoted(proposal.en));
        }
    }
}

/// Every non-figure once, with its reason.
fn write_non_figures(out: &mut String, classified: &[Vec<Candidate>]) {
    let mut written: Vec<&str> = Vec::new();
    out.push_str("\n# ─────────────────────────────────────────────────────────────────────────────\n# Numbers of the report that are not figures, with the reason guessed.\n");
    for candidate in classified.iter().flatten() {
        if let Candidate::NonFigure(non_figure) = candidate {
            if written.contains(&non_figure.text.as_str()) {
                continue;
            }
            written.push(&non_figure.text);
            let _ = write!(
                out,
                "\n[[non_figure]]\ntext = {}\ntext_en = \"\"\nreason_zh = {}\nreason_en = {}\n",
                quoted(&non_figure.text),
                quoted(non_figure.reason_zh),
                quoted(non_figure.reason_en)
            );
        }
    }
}

fn write_figure(out: &mut String, ids: &mut Ids, figure: &FigureDraft) {
    let id = ids.for_label(&figure.label_zh, "figure");
    let bound = figure
        .bound
        .map_or(String::new(), |bound| format!("bound = {}\n", quoted(bound.code())));
    let _ = write!(
        out,
        "\n[[section.figure]]\nid = {}\nvalue = {}\nunit = {}\nqualifier = {}\n{bound}period = {}\nstatus = {}\nlabel_zh = {}\nlabel_en = \"\"\nphrase = {}\n",
        quoted(&id),
        reported_number(figure.value),
        quoted(&figure.unit),
        quoted(figure.qualifier.code()),
        quoted(figure.period.code()),
        quoted(figure.status.code()),
        quoted(&figure.label_zh),
        quoted(&figure.phrase)
    );
    if figure.unit == "%" && figure.value > 100.0 {
        out.push_str("over_100 = true\n");
    }
}

/// A TOML string, as the toml crate writes it.
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}
