//! Corrupted copies of the default report's data file, and the check of what they get: shared
//! by the dataset-check tests.

use report_infographic::data::check::{check, Problem};
use report_infographic::data::schema::{Document, UnitsFile};

pub const FILE: &str = "data/qingshanhu-2023/dataset.toml";
pub const DATA: &str = include_str!("../../data/qingshanhu-2023/dataset.toml");
pub const REPORT_TEXT: &str = include_str!("../../data/qingshanhu-2023/report.txt");
const UNITS: &str = include_str!("../../data/units.toml");

pub fn shared_units() -> UnitsFile {
    toml::from_str(UNITS).expect("data/units.toml parses")
}

pub fn problems_in(text: &str) -> Vec<Problem> {
    let document: Document = toml::from_str(text).expect("the corrupted copy still parses");
    check(FILE, &document, REPORT_TEXT, &shared_units().units)
}

/// Applies one textual edit that must match exactly once.
pub fn corrupt(from: &str, to: &str) -> String {
    assert_eq!(
        DATA.matches(from).count(),
        1,
        "the edit `{from}` must match exactly once"
    );
    DATA.replacen(from, to, 1)
}

pub fn assert_rejected(text: &str, entry: &str, message: &str) {
    let problems = problems_in(text);
    assert!(
        problems
            .iter()
            .any(|p| p.file == FILE && p.entry == entry && p.message.contains(message)),
        "expected a problem for {entry} containing `{message}`, got:\n{}",
        problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    );
    let shown = problems.iter().find(|p| p.entry == entry).unwrap().to_string();
    assert!(
        shown.starts_with(&format!("{FILE}: {entry}: ")),
        "message names file and entry: {shown}"
    );
}
