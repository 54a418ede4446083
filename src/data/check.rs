//! Every check the data file must pass before it is bundled.
//!
//! The build script parses the file into a [`Document`] with serde and calls [`validate`]: it
//! returns the typed, checked data, or every problem found, each naming the file, the entry
//! and the problem. The same function is tested on corrupted copies of the file
//! (tests/dataset_checks.rs).

use std::collections::{HashMap, HashSet};

use super::coverage::{context, uncovered};
use super::numbers::numbers_in;
use super::phrase::{heading_lines, joined_lines};
use super::placement::placement_problems;
use super::rules::{
    bound_of, chinese_in, phrase_problems, shape_problems, stated_together_problems, status_problems, value_problems,
};
use super::schema::{Document, FigureEntry, GroupEntry, ReportEntry, SectionEntry, UnitEntry};
use super::units::known_units;
use super::vocabulary::{ChartKind, Period, Qualifier, Status, Unit};

pub use super::checked::{Checked, CheckedFigure, CheckedGroup, CheckedSection, Problem};

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

    fn group(&mut self, group: &'a GroupEntry, figures: &HashMap<&str, CheckedFigure<'a>>) -> Option<CheckedGroup<'a>> {
        let entry = format!("group `{}`", group.id);
        self.unique_id(&group.id, &entry);
        self.bilingual(&entry, "title", &group.title_zh, &group.title_en, true);
        if group.figures.is_empty() {
            self.problem(entry.as_str(), "names no figures");
        }
        let members: Vec<CheckedFigure<'a>> = group
            .figures
            .iter()
            .filter_map(|id| figures.get(id.as_str()).copied())
            .collect();
        let chart = self.known(&entry, "chart", &group.chart, ChartKind::from_code, ChartKind::codes)?;
        for message in shape_problems(chart, &members) {
            self.problem(entry.as_str(), message);
        }
        let relation = group
            .relation
            .as_deref()
            .map(str::trim)
            .filter(|words| !words.is_empty());
        if let Some(words) = relation.filter(|words| !self.report.contains(words)) {
            self.problem(
                entry.as_str(),
                format!("relation \"{words}\" is not a verbatim part of the report"),
            );
        }
        if chart.asserts_relation() && relation.is_none() {
            let message = format!(
                "a `{}` chart asserts a relation: quote the report's words that state it in `relation`",
                chart.code()
            );
            self.problem(entry.as_str(), message);
        }
        if chart.compares() {
            for message in stated_together_problems(chart, &members, relation, &self.report) {
                self.problem(entry.as_str(), message);
            }
        }
        Some(CheckedGroup { entry: group, chart })
    }

    /// Every figure's phrase stands in its own section of the report: after its section's
    /// heading (where the report has it verbatim) and before the next heading line of the
    /// report's body that is not its own. A figure filed under the wrong `[[section]]`, or a
    /// section's header lost, would show figures under the wrong heading.
    fn figures_stand_in_their_sections(&mut self, document: &Document, report_text: &str) {
        let own = |section: &SectionEntry, text: &str| section.heading_zh == text || section.subheading_zh == text;
        let headings = heading_lines(report_text);
        let body_starts = headings
            .iter()
            .find(|(_, text)| document.sections.iter().any(|section| own(section, text)))
            .map_or(usize::MAX, |(at, _)| *at);
        let mut start = 0;
        for section in &document.sections {
            if let Some(&(at, _)) = headings.iter().find(|(_, text)| *text == section.heading_zh) {
                start = at;
            }
            let end = headings
                .iter()
                .find(|(at, text)| *at > start && *at >= body_starts && !own(section, text))
                .map_or(self.report.len(), |(at, _)| *at);
            let span = self.report[start..end.max(start)].to_owned();
            for figure in &section.figures {
                if self.report.contains(&figure.phrase)
                    && !figure.phrase.trim().is_empty()
                    && !span.contains(&figure.phrase)
                {
                    let message = format!(
                        "its phrase stands in the report outside section `{}` (\"{}\"): file it under the section whose heading it follows",
                        section.id, section.heading_zh
                    );
                    self.problem(format!("figure `{}`", figure.id), message);
                }
            }
        }
    }

    /// Every number of the report is a figure or a non-figure with its reason (`coverage.rs`).
    fn every_number_is_accounted_for(&mut self, document: &Document) {
        for entry in &document.non_figures {
            let name = format!("non-figure \"{}\"", entry.text);
            self.bilingual(&name, "reason", &entry.reason_zh, &entry.reason_en, true);
            if !self.report.contains(&entry.text) {
                self.problem(name.as_str(), "is not a verbatim part of the report");
            } else if numbers_in(&entry.text).is_empty()
                && !entry
                    .text
                    .contains(|c: char| "一二两三四五六七八九十百千万亿首".contains(c) || ('Ⅰ'..='Ⅻ').contains(&c))
            {
                self.problem(
                    name.as_str(),
                    "holds no number: a non-figure quotes the words around a number",
                );
            }
        }
        let figures: Vec<&FigureEntry> = document.sections.iter().flat_map(|section| &section.figures).collect();
        let left: Vec<(String, String)> = uncovered(&self.report, &figures, &document.non_figures)
            .iter()
            .map(|mention| {
                let entry = format!("number {} of the report", mention.text);
                let message = format!(
                    "\"{}\" is neither a figure nor a non-figure: quote it in a figure's phrase, or list it in a [[non_figure]] with its reason",
                    context(&self.report, mention)
                );
                (entry, message)
            })
            .collect();
        for (entry, message) in left {
            self.problem(entry, message);
        }
    }

    fn groups_name_figures_of_their_own_section(&mut self, document: &Document) {
        let section_of: HashMap<&str, &str> = document
            .sections
            .iter()
            .flat_map(|section| {
                section
                    .figures
                    .iter()
                    .map(|figure| (figure.id.as_str(), section.id.as_str()))
            })
            .collect();
        for section in &document.sections {
            for group in &section.groups {
                for id in &group.figures {
                    let message = match section_of.get(id.as_str()) {
                        Some(&own) if own == section.id => continue,
                        Some(other) => format!(
                            "names figure `{id}` of section `{other}`; a group takes figures of its own section `{}`",
                            section.id
                        ),
                        None => format!("names missing figure `{id}`"),
                    };
                    self.problem(format!("group `{}`", group.id), message);
                }
            }
        }
    }
}
