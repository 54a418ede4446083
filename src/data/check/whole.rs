//! The checks of a section's groups (what each chart kind demands of its figures) and of the
//! data file as a whole: every figure stands in its own section of the report, every number of
//! the report is accounted for, every group names figures of its own section.

use std::collections::HashMap;

use super::super::coverage::{context, uncovered};
use super::super::numbers::numbers_in;
use super::super::phrase::heading_lines;
use super::super::rules::{shape_problems, stated_together_problems};
use super::super::schema::GroupEntry;
use super::super::schema::{Document, FigureEntry, SectionEntry};
use super::super::vocabulary::ChartKind;
use super::Checker;
use super::{CheckedFigure, CheckedGroup};

impl<'a> Checker<'_, 'a> {
    pub(super) fn group(
        &mut self,
        group: &'a GroupEntry,
        figures: &HashMap<&str, CheckedFigure<'a>>,
    ) -> Option<CheckedGroup<'a>> {
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
    pub(super) fn figures_stand_in_their_sections(&mut self, document: &Document, report_text: &str) {
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
    pub(super) fn every_number_is_accounted_for(&mut self, document: &Document) {
        for entry in &document.non_figures {
            let name = format!("non-figure \"{}\"", entry.text);
            self.bilingual(&name, "reason", &entry.reason_zh, &entry.reason_en, true);
            // The words and their English gloss (an empty `text` is told below: no number).
            self.bilingual(&name, "text", &entry.text, &entry.text_en, false);
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

    pub(super) fn groups_name_figures_of_their_own_section(&mut self, document: &Document) {
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
