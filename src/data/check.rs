//! Every check the data file must pass before it is bundled.
//!
//! The build script parses the file into a [`Document`] with serde and calls [`validate`]: it
//! returns the typed, checked data, or every problem found, each naming the file, the entry
//! and the problem. The same function is tested on corrupted copies of the file
//! (tests/dataset_checks.rs).

use std::collections::{HashMap, HashSet};

use super::phrase::joined_lines;
use super::placement::placement_problems;
use super::rules::{badge_word_problems, bound_of, chinese_in, phrase_problems, status_problems, value_problems};
use super::schema::{Document, FigureEntry, ReportEntry, SectionEntry, UnitEntry};
use super::units::known_units;
use super::vocabulary::{Period, Qualifier, Status, Unit};
use super::years::year_problems;

pub use super::checked::{Checked, CheckedFigure, CheckedGroup, CheckedSection, Problem};

// The checks of the whole file (sections, coverage, groups), by path so that the build script,
// which includes this file by path, finds it too.
#[path = "check/whole.rs"]
mod whole;

/// Checks a parsed data file against the report it quotes and the shared unit vocabulary.
pub fn validate<'a>(
    file: &str,
    document: &'a Document,
    report_text: &str,
    shared_units: &'a [UnitEntry],
) -> Result<Checked<'a>, Vec<Problem>> {
    let mut checker = Checker {
        file,
        report: joined_lines(report_text),
        problems: Vec::new(),
        ids: HashMap::new(),
        units: HashMap::new(),
    };
    match known_units(shared_units, &document.units) {
        Ok(units) => checker.units = units,
        Err(problems) => problems
            .into_iter()
            .for_each(|(entry, message)| checker.problem(entry, message)),
    }
    checker.report_entry(&document.report);
    let mut sections = Vec::new();
    for section in &document.sections {
        sections.push(checker.section(section));
    }
    let all_figures: HashSet<&str> = document
        .sections
        .iter()
        .flat_map(|section| section.figures.iter().map(|figure| figure.id.as_str()))
        .collect();
    for id in &document.report.headline {
        if !all_figures.contains(id.as_str()) {
            checker.problem("[report] headline", format!("names missing figure `{id}`"));
        }
    }
    checker.groups_name_figures_of_their_own_section(document);
    checker.figures_stand_in_their_sections(document, report_text);
    checker.every_number_is_accounted_for(document);
    for (entry, message) in placement_problems(document, &checker.units, &checker.report) {
        checker.problem(entry, message);
    }
    for (entry, message) in year_problems(document, report_text) {
        checker.problem(entry, message);
    }
    if checker.problems.is_empty() {
        Ok(Checked {
            report: &document.report,
            sections,
            non_figures: &document.non_figures,
        })
    } else {
        Err(checker.problems)
    }
}

/// Every problem of a parsed data file (none for a good one).
pub fn check(file: &str, document: &Document, report_text: &str, shared_units: &[UnitEntry]) -> Vec<Problem> {
    validate(file, document, report_text, shared_units)
        .err()
        .unwrap_or_default()
}

struct Checker<'f, 'a> {
    file: &'f str,
    /// The report with its line breaks removed, where phrases are looked up.
    report: String,
    problems: Vec<Problem>,
    /// Every id seen so far, with the entry that used it first.
    ids: HashMap<String, String>,
    /// The units figures may use, by code.
    units: HashMap<&'a str, Unit<'a>>,
}

impl<'a> Checker<'_, 'a> {
    fn problem(&mut self, entry: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file.to_string(),
            entry: entry.into(),
            message: message.into(),
        });
    }

    fn unique_id(&mut self, id: &str, entry: &str) {
        if id.trim().is_empty() {
            self.problem(entry, "empty id");
        } else if let Some(first) = self.ids.get(id) {
            let message = format!("duplicate id: already used by {first}");
            self.problem(entry, message);
        } else {
            self.ids.insert(id.to_string(), entry.to_string());
        }
    }

    /// A reader-facing text in both languages: Chinese, and English with no Chinese in it.
    fn bilingual(&mut self, entry: &str, field: &str, zh: &str, en: &str, required: bool) {
        if required && zh.trim().is_empty() {
            self.problem(entry, format!("empty {field}_zh"));
        }
        if en.trim().is_empty() && (required || !zh.trim().is_empty()) {
            self.problem(
                entry,
                format!("empty {field}_en: every Chinese text has its English twin"),
            );
        }
        if let Some(chinese) = chinese_in(en) {
            self.problem(
                entry,
                format!("{field}_en has Chinese characters ({chinese}): write them in English"),
            );
        }
        if en.contains('"') {
            self.problem(
                entry,
                format!("{field}_en has a straight quote (\"): English quotes are curly, “…”"),
            );
        }
        if en.contains('\'') {
            self.problem(
                entry,
                format!("{field}_en has a straight apostrophe ('): English apostrophes are curly, ’"),
            );
        }
    }

    fn report_entry(&mut self, report: &ReportEntry) {
        let entry = "[report]";
        for (field, zh, en) in [
            ("title", &report.title_zh, &report.title_en),
            ("summary", &report.summary_zh, &report.summary_en),
            ("source", &report.source_zh, &report.source_en),
            ("publication", &report.publication_zh, &report.publication_en),
            ("place", &report.place_zh, &report.place_en),
        ] {
            self.bilingual(entry, field, zh, en, true);
        }
        if report.notes_zh.len() != report.notes_en.len() {
            let message = format!(
                "notes_zh has {} notes but notes_en has {}: each note needs both languages",
                report.notes_zh.len(),
                report.notes_en.len()
            );
            self.problem(entry, message);
        }
        for (zh, en) in report.notes_zh.iter().zip(&report.notes_en) {
            self.bilingual(entry, "notes", zh, en, true);
        }
    }

    fn section(&mut self, section: &'a SectionEntry) -> CheckedSection<'a> {
        let entry = format!("section `{}`", section.id);
        self.unique_id(&section.id, &entry);
        self.bilingual(&entry, "heading", &section.heading_zh, &section.heading_en, true);
        self.bilingual(
            &entry,
            "subheading",
            &section.subheading_zh,
            &section.subheading_en,
            false,
        );
        let figures: Vec<CheckedFigure<'a>> = section
            .figures
            .iter()
            .filter_map(|figure| self.figure(figure))
            .collect();
        let by_id: HashMap<&str, CheckedFigure<'a>> = figures.iter().map(|f| (f.entry.id.as_str(), *f)).collect();
        let groups: Vec<CheckedGroup<'a>> = section
            .groups
            .iter()
            .filter_map(|group| self.group(group, &by_id))
            .collect();
        CheckedSection {
            entry: section,
            figures,
            groups,
        }
    }

    /// Checks one figure; returns it typed when its vocabulary is known.
    fn figure(&mut self, figure: &'a FigureEntry) -> Option<CheckedFigure<'a>> {
        let entry = format!("figure `{}`", figure.id);
        self.unique_id(&figure.id, &entry);
        self.bilingual(&entry, "label", &figure.label_zh, &figure.label_en, true);
        let unit = self.units.get(figure.unit.as_str()).copied();
        if unit.is_none() && !self.units.is_empty() {
            let mut codes: Vec<&str> = self.units.keys().copied().collect();
            codes.sort_unstable();
            let message = format!(
                "unknown unit `{}` (known: {}; declare a new one in a [[unit]] entry)",
                figure.unit,
                codes.join(", ")
            );
            self.problem(entry.as_str(), message);
        }
        let qualifier = self.known(
            &entry,
            "qualifier",
            &figure.qualifier,
            Qualifier::from_code,
            Qualifier::codes,
        );
        let bound = bound_of(figure, qualifier).unwrap_or_else(|message| {
            self.problem(entry.as_str(), message);
            None
        });
        let period = self.known(&entry, "period", &figure.period, Period::from_code, Period::codes);
        let status = self.known(&entry, "status", &figure.status, Status::from_code, Status::codes);
        if figure.is_derived() {
            let (zh, en) = (figure.derived_zh.as_deref(), figure.derived_en.as_deref());
            self.bilingual(&entry, "derived", zh.unwrap_or(""), en.unwrap_or(""), true);
        }
        for message in value_problems(figure, unit.as_ref()) {
            self.problem(entry.as_str(), message);
        }
        for message in phrase_problems(figure, qualifier, bound, &self.report) {
            self.problem(entry.as_str(), message);
        }
        for message in status_problems(figure, status) {
            self.problem(entry.as_str(), message);
        }
        for message in badge_word_problems(figure, period, status) {
            self.problem(entry.as_str(), message);
        }
        Some(CheckedFigure {
            entry: figure,
            unit: unit?,
            qualifier: qualifier?,
            bound,
            period: period?,
            status: status?,
        })
    }

    /// A vocabulary word of the data file, typed; a problem listing the known words if unknown.
    fn known<T>(
        &mut self,
        entry: &str,
        field: &str,
        code: &str,
        from_code: fn(&str) -> Option<T>,
        codes: fn() -> String,
    ) -> Option<T> {
        let known = from_code(code);
        if known.is_none() {
            self.problem(entry, format!("unknown {field} `{code}` (known: {})", codes()));
        }
        known
    }
}
