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
    /// Units of this report beyond the shared vocabulary (`data/units.toml`).
    #[serde(rename = "unit", default)]
    pub units: Vec<UnitEntry>,
    #[serde(rename = "section")]
    pub sections: Vec<SectionEntry>,
    /// Numbers of the report that are not figures (years, names, slogans), each with why.
    #[serde(rename = "non_figure", default)]
    pub non_figures: Vec<NonFigureEntry>,
}

/// A number of the report that is no figure: a year, a name, a slogan, a threshold.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NonFigureEntry {
    /// The report's words around the number, verbatim; every place they stand is covered.
    pub text: String,
    /// Those words in English, for the English edition's note: a faithful gloss, no Chinese.
    /// Required by the check; defaults to empty so that an older file parses and is told so.
    #[serde(default)]
    pub text_en: String,
    pub reason_zh: String,
    pub reason_en: String,
}

/// The shared unit vocabulary, `data/units.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitsFile {
    #[serde(rename = "unit")]
    pub units: Vec<UnitEntry>,
}

/// One unit as the vocabulary file declares it (see `data/units.toml` for the fields).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitEntry {
    pub code: String,
    #[serde(default = "one")]
    pub scale: f64,
    /// `money`, `count`, `quantity`, `percent` or `points` (see `Measure`).
    pub measure: String,
    #[serde(default)]
    pub en: String,
    #[serde(default)]
    pub en_one: String,
    #[serde(default)]
    pub ordinal_en: String,
    #[serde(default)]
    pub also_factor: Option<f64>,
    #[serde(default)]
    pub also_en: Option<String>,
}

fn one() -> f64 {
    1.0
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
    /// Where the report is from, for the dateline: 南昌市青山湖区 / Qingshanhu District, Nanchang.
    #[serde(default)]
    pub place_zh: String,
    #[serde(default)]
    pub place_en: String,
    /// The year the report is of (a review's year; a work report's year of delivery). Each
    /// section's figures belong to the section's `year`, which defaults to this one.
    #[serde(default)]
    pub year: u16,
    /// The lead: at most four figures, shown large under the title and nowhere else.
    pub headline: Vec<String>,
    /// The one chart that leads the page (a group id), shown under the lead figures instead of
    /// in its section.
    #[serde(default)]
    pub lead_chart: Option<String>,
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
    /// The year its figures belong to, where it is not the report's (a work report's plan
    /// part is of the year after its review).
    #[serde(default)]
    pub year: Option<u16>,
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
    /// A change's bound in the report's words (增长3.5%左右): `about`, `at-least`, `nearly` or
    /// `within`, with qualifier growth, decline or points-up. A level's bound is its qualifier.
    #[serde(default)]
    pub bound: Option<String>,
    /// `year`, `cumulative` or `point-in-time` (see `Period`).
    pub period: String,
    /// `done`, `under-way` or `target` (see `Status`).
    pub status: String,
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
    /// A percentage that is a share of its own whole (a start rate, a share of good-air days),
    /// shown with a 0–100 meter.
    #[serde(default)]
    pub share: bool,
    /// This figure is the change (growth, decline, points) of the figure with this id, stated
    /// in the same sentence: the two share one card.
    #[serde(default)]
    pub change_of: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupEntry {
    pub id: String,
    pub chart: String,
    pub title_zh: String,
    pub title_en: String,
    pub figures: Vec<String>,
    /// The report's own words, verbatim, that relate the figures: for a ring, the words that
    /// make the first a part of the second; for bars or a change chart of figures the report
    /// states in different sentences, the words that compare them.
    #[serde(default)]
    pub relation: Option<String>,
}

impl FigureEntry {
    pub fn is_derived(&self) -> bool {
        self.derived_zh.is_some() || self.derived_en.is_some()
    }
}
