//! The dataset draft (`cargo run -- draft`): on both real reports it passes every check a
//! machine can make, leaving only what a person must write; on the Qingshanhu report it finds
//! the hand-made dataset's figures with their value, unit and qualifier.

#![cfg(not(target_arch = "wasm32"))]

use report_infographic::data::check::{check, Problem};
use report_infographic::data::phrase::joined_lines;
use report_infographic::data::schema::{Document, FigureEntry, UnitsFile};
use report_infographic::draft::draft;

const QINGSHANHU: &str = include_str!("../data/qingshanhu-2023/report.txt");
const QINGSHANHU_DATA: &str = include_str!("../data/qingshanhu-2023/dataset.toml");
const HAILAR: &str = include_str!("../data/hailar-2019/report.txt");
const UNITS: &str = include_str!("../data/units.toml");

fn drafted(report: &str) -> Document {
    toml::from_str(&draft(report).expect("a draft")).expect("the draft is a dataset file")
}

/// What only a person can write: English texts, groups, the source and where it was published.
fn for_a_person(problem: &Problem) -> bool {
    let message = problem.message.as_str();
    (message.starts_with("empty ") && message.contains("_en"))
        || message.contains("stands nowhere")
        || message == "empty source_zh"
        || message == "empty place_zh"
        || message == "empty publication_zh"
}

#[test]
fn a_draft_leaves_only_what_a_person_must_write() {
    let units: UnitsFile = toml::from_str(UNITS).unwrap();
    for (name, report) in [("qingshanhu-2023", QINGSHANHU), ("hailar-2019", HAILAR)] {
        let document = drafted(report);
        let problems = check(name, &document, report, &units.units);
        let machine: Vec<String> = problems
            .iter()
            .filter(|p| !for_a_person(p))
            .map(ToString::to_string)
            .collect();
        assert!(machine.is_empty(), "{name}: {machine:#?}");
        assert!(
            problems.iter().any(|p| p.message.contains("label_en")),
            "{name}: English labels are left to the editor"
        );
    }
}

/// Where a figure's phrase stands in the joined report (every place).
fn places(report: &str, figure: &FigureEntry) -> Vec<(usize, usize)> {
    report
        .match_indices(figure.phrase.as_str())
        .map(|(at, _)| (at, at + figure.phrase.len()))
        .collect()
}

#[test]
fn a_draft_finds_the_hand_made_figures() {
    let report = joined_lines(QINGSHANHU);
    let hand: Document = toml::from_str(QINGSHANHU_DATA).unwrap();
    let draft = drafted(QINGSHANHU);
    let drafted: Vec<&FigureEntry> = draft.sections.iter().flat_map(|section| &section.figures).collect();
    let mut found = 0;
    let mut missed = Vec::new();
    let reported: Vec<&FigureEntry> = hand
        .sections
        .iter()
        .flat_map(|section| &section.figures)
        .filter(|figure| !figure.is_derived())
        .collect();
    for figure in &reported {
        let overlaps = |other: &FigureEntry| {
            places(&report, figure)
                .iter()
                .any(|&(start, end)| places(&report, other).iter().any(|&(s, e)| s < end && start < e))
        };
        let same = drafted.iter().any(|candidate| {
            candidate.value == figure.value
                && candidate.unit == figure.unit
                && candidate.qualifier == figure.qualifier
                && overlaps(candidate)
        });
        if same {
            found += 1;
        } else {
            let near: Vec<String> = drafted
                .iter()
                .filter(|candidate| candidate.value == figure.value && overlaps(candidate))
                .map(|candidate| format!("{} {} {}", candidate.value, candidate.unit, candidate.qualifier))
                .collect();
            missed.push(format!(
                "{} ({} {} {}): draft has {near:?}",
                figure.id, figure.value, figure.unit, figure.qualifier
            ));
        }
    }
    println!(
        "the draft finds {found} of {} hand-made figures with value, unit and qualifier",
        reported.len()
    );
    for miss in &missed {
        println!("  missed: {miss}");
    }
    assert!(
        found * 100 >= reported.len() * 95,
        "found {found} of {}: {missed:#?}",
        reported.len()
    );
}
