//! The build holds the report's bounds (左右, 约, 以上, 近, 以内) in the data, not in labels: on
//! corrupted copies of the Hailar data file, whose targets are "about" (增长3.5%左右; 三年左右 drafted as a figure).
#![cfg(not(target_arch = "wasm32"))]

use report_infographic::data::check::{check, Problem};
use report_infographic::data::schema::{Document, UnitsFile};

const FILE: &str = "data/hailar-2019/dataset.toml";
const DATA: &str = include_str!("../data/hailar-2019/dataset.toml");
const REPORT_TEXT: &str = include_str!("../data/hailar-2019/report.txt");
const UNITS: &str = include_str!("../data/units.toml");

fn problems_in(text: &str) -> Vec<Problem> {
    let units: UnitsFile = toml::from_str(UNITS).expect("data/units.toml parses");
    let document: Document = toml::from_str(text).expect("the corrupted copy still parses");
    check(FILE, &document, REPORT_TEXT, &units.units)
}

/// The data file with one edit that must match exactly once.
fn corrupt(from: &str, to: &str) -> String {
    assert_eq!(
        DATA.matches(from).count(),
        1,
        "the edit `{from}` must match exactly once"
    );
    DATA.replacen(from, to, 1)
}

fn assert_rejected(text: &str, entry: &str, message: &str) {
    let problems = problems_in(text);
    assert!(
        problems.iter().any(|p| p.entry == entry && p.message.contains(message)),
        "expected a problem for {entry} containing `{message}`, got:\n{}",
        problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    );
}

const GDP_TARGET: &str =
    "id = \"gdp-growth-target\"\nvalue = 3.5\nunit = \"%\"\nqualifier = \"growth\"\nbound = \"about\"\n";

#[test]
fn the_hailar_data_holds_its_bounds() {
    let problems = problems_in(DATA);
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(
        !DATA.contains("（左右）") && !DATA.contains("(approximate)"),
        "no label carries the bound"
    );
}

#[test]
fn rejects_a_change_that_drops_its_bound() {
    let text = corrupt(GDP_TARGET, &GDP_TARGET.replace("bound = \"about\"\n", ""));
    assert_rejected(
        &text,
        "figure `gdp-growth-target`",
        "bounds the change: write bound = \"about\"",
    );
}

#[test]
fn rejects_a_bound_the_phrase_does_not_say() {
    let text = corrupt(GDP_TARGET, &GDP_TARGET.replace("\"about\"", "\"at-least\""));
    assert_rejected(&text, "figure `gdp-growth-target`", "write bound = \"about\"");
    let text = corrupt(GDP_TARGET, &GDP_TARGET.replace("\"about\"", "\"roughly\""));
    assert_rejected(&text, "figure `gdp-growth-target`", "unknown bound `roughly`");
}

#[test]
fn rejects_a_level_without_its_bound_or_with_a_change_bound() {
    // The report's 三年左右 (how long a plan takes; a non-figure here) drafted as a figure.
    let with_timeframe = |qualifier: &str| {
        DATA.replacen(
            "[[section.figure]]\nid = \"shantytown-households-target\"",
            &format!(
                "[[section.figure]]\nid = \"old-compounds-timeframe\"\nvalue = 3\nunit = \"年\"\n{qualifier}period = \"year\"\nstatus = \"target\"\nlabel_zh = \"改造老旧小区的时间\"\nlabel_en = \"Time to renovate old residential compounds\"\nphrase = \"利用三年左右时间对老旧小区进行改造\"\n\n[[section.figure]]\nid = \"shantytown-households-target\""
            ),
            1,
        )
    };
    let text = with_timeframe("qualifier = \"exact\"\n");
    assert_rejected(&text, "figure `old-compounds-timeframe`", "which says `about`");
    let text = with_timeframe("qualifier = \"exact\"\nbound = \"about\"\n");
    assert_rejected(&text, "figure `old-compounds-timeframe`", "write qualifier = \"about\"");
}
