//! A dataset's figures as the sheet lists them: one row each, in the file's order, with the
//! group that holds it.

use std::collections::HashSet;

use crate::data::schema::Document;

/// One figure as a row of the sheet.
#[derive(Clone, Debug)]
pub(super) struct Row {
    pub id: String,
    pub section: String,
    /// The value as the dataset writes it (`6.0`, not `6`), and as a number.
    pub value: String,
    pub number: f64,
    pub unit: String,
    pub phrase: String,
    pub label_zh: String,
    pub label_en: String,
    pub period: String,
    pub status: String,
    /// The group that holds it; empty if none does.
    pub group: String,
}

impl Row {
    /// Its cells, in the order of [`super::COLUMNS`].
    pub fn cells(&self) -> [&str; 10] {
        [
            &self.id,
            &self.section,
            &self.value,
            &self.unit,
            &self.phrase,
            &self.label_zh,
            &self.label_en,
            &self.period,
            &self.status,
            &self.group,
        ]
    }

    /// Its editable cells, in the order of [`super::EDITABLE`].
    pub fn editable(&self) -> [&str; 5] {
        [&self.label_zh, &self.label_en, &self.period, &self.status, &self.group]
    }
}

/// A group: its id, its section and the figures it holds.
#[derive(Clone, Debug)]
pub(super) struct GroupRef {
    pub id: String,
    pub section: String,
    pub figures: Vec<String>,
}

/// Every figure and group of a dataset, and its lead figures.
#[derive(Clone, Debug)]
pub(super) struct Listed {
    pub figures: Vec<Row>,
    pub groups: Vec<GroupRef>,
    pub headline: HashSet<String>,
}

impl Listed {
    /// Reads a dataset file's text: it must parse as a dataset.
    pub fn of(dataset: &str) -> Result<Listed, String> {
        let document: Document = toml::from_str(dataset).map_err(|error| format!("malformed dataset: {error}"))?;
        let edit: toml_edit::DocumentMut = dataset.parse().map_err(|error| format!("malformed dataset: {error}"))?;
        let groups: Vec<GroupRef> = document
            .sections
            .iter()
            .flat_map(|section| {
                section.groups.iter().map(|group| GroupRef {
                    id: group.id.clone(),
                    section: section.id.clone(),
                    figures: group.figures.clone(),
                })
            })
            .collect();
        let mut figures = Vec::new();
        for (s, section) in document.sections.iter().enumerate() {
            for (f, figure) in section.figures.iter().enumerate() {
                let value = edit["section"][s]["figure"][f]["value"]
                    .as_value()
                    .map_or_else(|| figure.value.to_string(), ToString::to_string);
                let group = groups
                    .iter()
                    .find(|group| group.figures.contains(&figure.id))
                    .map(|group| group.id.clone())
                    .unwrap_or_default();
                figures.push(Row {
                    id: figure.id.clone(),
                    section: section.id.clone(),
                    value: value.trim().to_string(),
                    number: figure.value,
                    unit: figure.unit.clone(),
                    phrase: figure.phrase.clone(),
                    label_zh: figure.label_zh.clone(),
                    label_en: figure.label_en.clone(),
                    period: figure.period.clone(),
                    status: figure.status.clone(),
                    group,
                });
            }
        }
        Ok(Listed {
            figures,
            groups,
            headline: document.report.headline.iter().cloned().collect(),
        })
    }

    pub fn group(&self, id: &str) -> Option<&GroupRef> {
        self.groups.iter().find(|group| group.id == id)
    }
}
