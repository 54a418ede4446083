//! The report's figures, bundled at compile time, and everything that is pure data about them.
//!
//! `build.rs` checks the dataset of one report (`data/<slug>/dataset.toml`, chosen by `REPORT`)
//! and turns it into the statics included below, so the app neither fetches nor parses data
//! at run time. This module uses nothing else of ours.

pub mod badge;
pub mod check;
pub mod checked;
pub mod coverage;
pub mod dateline;
pub mod export;
pub mod format;
pub mod key;
pub mod notes;
pub mod numbers;
pub mod phrase;
pub mod placement;
pub mod rules;
pub mod schema;
pub mod units;
pub mod value_parts;
pub mod vocabulary;
pub mod years;

pub use vocabulary::{ChartKind, Lang, Measure, Period, Qualifier, Status, Text, Unit};

/// One figure of the report, with everything needed to show and trace it. Its section is the
/// one whose `figures` hold it.
#[derive(Debug)]
pub struct Figure {
    pub id: &'static str,
    /// The value exactly as reported, in the report's unit (175.99 for 175.99亿元).
    pub value: f64,
    pub unit: &'static Unit<'static>,
    pub qualifier: Qualifier,
    pub period: Period,
    pub status: Status,
    pub label: Text,
    /// The value formatted with unit and qualifier (超1500万元 / more than CNY 15 million).
    pub display: Text,
    /// The shortest verbatim phrase of the report that states the figure.
    pub phrase: &'static str,
    /// For a number computed from reported ones, its formula; it is never shown as reported.
    pub derived: Option<&'static Text>,
    /// A percentage that is a share of its own whole, shown with a 0–100 meter.
    pub share: bool,
    /// Its change stated in the same sentence (网络零售额175.99亿元、增长14.8%), shown on its card.
    pub change: Option<&'static Figure>,
    /// The year it belongs to (its section's).
    pub year: u16,
}

/// Figures that a chart shows together.
#[derive(Debug)]
pub struct Group {
    pub id: &'static str,
    pub chart: ChartKind,
    pub title: Text,
    pub figures: &'static [&'static Figure],
    /// For a chart that asserts a relation (a ring), the report's words that state it.
    pub relation: Option<&'static str>,
    /// The year its figures belong to (its section's).
    pub year: u16,
}

impl Group {
    /// Its figures in the order a card sets them: a part of a whole (a ring: part first) after
    /// its whole, as on the page ("301 households, all lifted out of poverty; of these, … 173").
    pub fn in_order(&self) -> Vec<&'static Figure> {
        match self.chart {
            ChartKind::Ring => self.figures.iter().rev().copied().collect(),
            _ => self.figures.to_vec(),
        }
    }
}

#[derive(Debug)]
pub struct Section {
    pub id: &'static str,
    pub heading: Text,
    pub subheading: Text,
    pub figures: &'static [&'static Figure],
    pub groups: &'static [Group],
    /// The year its figures belong to.
    pub year: u16,
}

#[derive(Debug, PartialEq)]
pub struct Report {
    /// The report's folder name (`qingshanhu-2023`): names its downloads, its default embed id
    /// and its storage key.
    pub slug: &'static str,
    pub title: Text,
    /// The report's opening in a sentence or two: the first paint's page description, written
    /// natively; the widget never shows it, so the bundle goes without it.
    #[cfg(not(target_arch = "wasm32"))]
    pub summary: Text,
    pub source: Text,
    pub publication: Text,
    /// Where the report is from (南昌市青山湖区).
    pub place: Text,
    /// Place and year (南昌市青山湖区 · 2023年), as every edition opens.
    pub dateline: Text,
    /// Source and publication, as every edition credits them.
    pub credit: Text,
    /// The year the report is of.
    pub year: u16,
    /// The lead figures (at most four), shown large in the header and nowhere else.
    pub headline: &'static [&'static Figure],
    /// The group that leads the page as its one big chart, shown in the header.
    pub lead_chart: Option<&'static str>,
    pub notes: &'static [Text],
    /// The key to the marks and tags the report's cards and charts use (`data::key`).
    pub key: Text,
    pub sections: &'static [Section],
}

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

impl Report {
    /// Every figure, in the report's order.
    pub fn figures(&self) -> impl Iterator<Item = &'static Figure> + '_ {
        self.sections.iter().flat_map(|section| section.figures.iter().copied())
    }

    pub fn figure(&self, id: &str) -> Option<&'static Figure> {
        self.figures().find(|figure| figure.id == id)
    }

    /// The chart that leads the page, if the report names one.
    pub fn lead_group(&self) -> Option<&'static Group> {
        self.lead_chart.and_then(|id| self.figure_group(id))
    }

    /// Whether the report's sections are of more than one year (a review and a plan).
    pub fn has_years(&self) -> bool {
        self.sections.iter().any(|section| section.year != self.year)
    }

    /// The group with this id, in whichever section.
    pub fn figure_group(&self, id: &str) -> Option<&'static Group> {
        self.sections
            .iter()
            .flat_map(|section| section.groups.iter())
            .find(|group| group.id == id)
    }
}

impl Figure {
    pub fn is_derived(&self) -> bool {
        self.derived.is_some()
    }
}

// The report's figures, charts and sections are statics, one of each: two are the same when
// they are the same static. (Compared field by field, as derived, every check of a
// component's properties compared their texts, and the bundle carried the code.)
macro_rules! equal_when_same_static {
    ($($kind:ty),*) => {$(
        impl PartialEq for $kind {
            fn eq(&self, other: &Self) -> bool {
                std::ptr::eq(self, other)
            }
        }
    )*};
}
equal_when_same_static!(Figure, Group, Section);
