//! What the check of the data file gives: the problems found, or the file's entries with their
//! vocabulary typed, for the build script to turn into statics.

use std::fmt;

use super::schema::{FigureEntry, GroupEntry, NonFigureEntry, ReportEntry, SectionEntry};
use super::vocabulary::{ChartKind, Period, Qualifier, Status, Unit};

/// One thing wrong with the data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// The entry, e.g. "figure `online-retail-sales`".
    pub entry: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.entry, self.message)
    }
}

/// The data file after every check: its entries with their vocabulary typed.
#[derive(Debug)]
pub struct Checked<'a> {
    pub report: &'a ReportEntry,
    pub sections: Vec<CheckedSection<'a>>,
    pub non_figures: &'a [NonFigureEntry],
}

#[derive(Debug)]
pub struct CheckedSection<'a> {
    pub entry: &'a SectionEntry,
    pub figures: Vec<CheckedFigure<'a>>,
    pub groups: Vec<CheckedGroup<'a>>,
}

#[derive(Debug, Clone, Copy)]
pub struct CheckedFigure<'a> {
    pub entry: &'a FigureEntry,
    pub unit: Unit<'a>,
    pub qualifier: Qualifier,
    /// A change's bound (about, at least, nearly, within), if the report gives one.
    pub bound: Option<Qualifier>,
    pub period: Period,
    pub status: Status,
}

#[derive(Debug)]
pub struct CheckedGroup<'a> {
    pub entry: &'a GroupEntry,
    pub chart: ChartKind,
}
