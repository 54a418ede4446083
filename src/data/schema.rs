//! The data file as an editor writes it (`data/*.toml`), parsed by serde.
//!
//! Vocabulary fields (unit, qualifier, period, chart) stay words here, so that a wrong word is
//! reported by [`super::check`] with the file, the entry and the accepted words, instead of
//! failing the parse; the check turns them into the typed [`super::check::Checked`].

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub report: ReportEntry,
    #[serde(rename = "section")]
    pub sections: Vec<SectionEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportEntry {
    pub title_zh: String,
    pub title_en: String,
    pub summary_zh: String,
    pub summary_en: String,
    pub source_zh: String,
    pub source_en: String,
    pub publication_zh: String,
    pub publication_en: String,
    pub headline: Vec<String>,
    #[serde(default)]
    pub notes_zh: Vec<String>,
    #[serde(default)]
    pub notes_en: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionEntry {
    pub id: String,
    pub heading_zh: String,
    #[serde(default)]
    pub subheading_zh: String,
    pub heading_en: String,
    #[serde(default)]
    pub subheading_en: String,
    #[serde(rename = "figure", default)]
    pub figures: Vec<FigureEntry>,
    #[serde(rename = "group", default)]
    pub groups: Vec<GroupEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureEntry {
    pub id: String,
    pub value: f64,
    pub unit: String,
    pub qualifier: String,
    /// `year`, `cumulative` or `point-in-time` (see `Period`).
    pub period: String,
    pub label_zh: String,
    pub label_en: String,
    pub phrase: String,
    /// For a number computed from reported ones: its formula, in both languages. Such a
    /// number is never shown as reported.
    #[serde(default)]
    pub derived_zh: Option<String>,
    #[serde(default)]
    pub derived_en: Option<String>,
    /// A percentage that may legitimately exceed 100 (a completion rate against plan).
    #[serde(default)]
    pub over_100: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupEntry {
    pub id: String,
    pub chart: String,
    pub title_zh: String,
    pub title_en: String,
    pub figures: Vec<String>,
    /// For a chart that asserts a relation (a ring: part of a whole), the report's own words
    /// that state it, verbatim.
    #[serde(default)]
    pub relation: Option<String>,
}

impl FigureEntry {
    pub fn is_derived(&self) -> bool {
        self.derived_zh.is_some() || self.derived_en.is_some()
    }
}
