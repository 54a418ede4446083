//! A dataset draft from a report's text (`cargo run -- draft report.txt`): every number of the
//! text as a figure (its unit, qualifier, the clause that states it as its phrase, guesses of
//! period and status, a Chinese label and a stable id) or as a non-figure with the reason
//! guessed, in a section per heading of the report. What a person must add (English texts,
//! groups) is left empty, so the build's messages list exactly that. The text may be a web
//! page's copy: the page's own lines (toolbar, source and date lines, captions, related news)
//! are listed at the top of the draft and drafted as non-figures, never as sections or title.

mod clutter;
mod decode;
mod figures;
mod front;
mod guesses;
mod ids;
mod labels;
mod nonfigures;
mod proposals;
mod ranks;
mod sections;
mod unit_reading;
mod write;

pub use clutter::{page_clutter, Dropped};
pub use decode::{decode, Decoded};
pub use figures::{classify, Candidate, FigureDraft, NonFigureDraft};
pub use proposals::{known_labels, with_proposals};
pub use sections::{sections_of, SectionDraft};

use crate::data::schema::UnitsFile;
use crate::data::units::typed;
use crate::data::Unit;

/// The shared unit vocabulary, as the draft reads units with it.
pub const UNITS_TOML: &str = include_str!("../../data/units.toml");

/// The dataset draft of a report's text, as TOML.
pub fn draft(report: &str) -> Result<String, String> {
    let file: UnitsFile = toml::from_str(UNITS_TOML).map_err(|error| format!("data/units.toml: {error}"))?;
    let units: Vec<Unit<'_>> = file
        .units
        .iter()
        .map(|entry| typed(entry).map_err(|message| format!("data/units.toml: unit `{}`: {message}", entry.code)))
        .collect::<Result<_, _>>()?;
    // Line ends as `decode` leaves them, so that every offset counts as the joined report does.
    let report = &report.replace("\r\n", "\n").replace('\r', "\n");
    let dropped = page_clutter(report);
    let sections = sections_of(report, &dropped);
    let classified: Vec<Vec<Candidate>> = sections
        .iter()
        .map(|section| classify(report, section, &units, &dropped))
        .collect();
    Ok(write::dataset_toml(report, &sections, &classified, &dropped))
}
