//! The build's dataset checks, run on corrupted copies of the real data file: each kind of
//! corruption must be rejected with a message naming the file, the entry and the problem.

use qingshanhu_infographic::data::schema::{check, Document, Problem};

const FILE: &str = "data/qingshanhu-2023.toml";
const DATA: &str = include_str!("../data/qingshanhu-2023.toml");
const REPORT_TEXT: &str = include_str!("../data/qingshanhu-2023-report.txt");

fn problems_in(text: &str) -> Vec<Problem> {
    let document: Document = toml::from_str(text).expect("the corrupted copy still parses");
    check(FILE, &document, REPORT_TEXT)
}

/// Applies one textual edit that must match exactly once.
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

#[test]
fn the_real_dataset_passes_every_check() {
    let problems = problems_in(DATA);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn rejects_a_duplicate_id() {
    let text = corrupt("id = \"business-policy-funds\"", "id = \"online-retail-sales\"");
    assert_rejected(&text, "figure `online-retail-sales`", "duplicate id");
}

#[test]
fn rejects_an_unknown_unit() {
    let text = corrupt("value = 175.99\nunit = \"亿元\"", "value = 175.99\nunit = \"亿美元\"");
    assert_rejected(&text, "figure `online-retail-sales`", "unknown unit `亿美元`");
}

#[test]
fn rejects_an_unknown_qualifier() {
    let text = corrupt(
        "value = 1500\nunit = \"万元\"\nqualifier = \"more-than\"",
        "value = 1500\nunit = \"万元\"\nqualifier = \"roughly\"",
    );
    assert_rejected(&text, "figure `business-policy-funds`", "unknown qualifier `roughly`");
}

#[test]
fn rejects_a_qualifier_that_contradicts_its_phrase() {
    let text = corrupt(
        "value = 1500\nunit = \"万元\"\nqualifier = \"more-than\"",
        "value = 1500\nunit = \"万元\"\nqualifier = \"exact\"",
    );
    assert_rejected(
        &text,
        "figure `business-policy-funds`",
        "qualifier `exact` contradicts its phrase",
    );
}

#[test]
fn rejects_a_value_missing_from_its_phrase() {
    let text = corrupt("value = 175.99", "value = 176");
    assert_rejected(
        &text,
        "figure `online-retail-sales`",
        "value 176 does not appear in its phrase",
    );
}

#[test]
fn rejects_a_percentage_out_of_range() {
    let text = corrupt("qualifier = \"exact\"\nover_100 = true\n", "qualifier = \"exact\"\n");
    assert_rejected(&text, "figure `investment-completion-rate`", "out of range 0–100");
}

#[test]
fn rejects_an_empty_label() {
    let text = corrupt("label_zh = \"网络零售额\"\n", "label_zh = \"  \"\n");
    assert_rejected(&text, "figure `online-retail-sales`", "empty label_zh");
}

#[test]
fn rejects_a_group_naming_a_missing_figure() {
    let text = corrupt(
        "figures = [\"pillar-textiles\", \"pillar-metallurgy\", \"pillar-electronics\"]",
        "figures = [\"pillar-textiles\", \"pillar-metalurgy\", \"pillar-electronics\"]",
    );
    assert_rejected(
        &text,
        "group `pillar-industries`",
        "names missing figure `pillar-metalurgy`",
    );
}

#[test]
fn rejects_a_phrase_that_is_not_in_the_report() {
    let text = corrupt(
        "phrase = \"全年网络零售额累计完成175.99亿元\"",
        "phrase = \"全年网络零售额完成175.99亿元\"",
    );
    assert_rejected(
        &text,
        "figure `online-retail-sales`",
        "not a verbatim part of the report",
    );
}

#[test]
fn rejects_a_figure_in_no_group() {
    let text = corrupt(
        "figures = [\"pillar-textiles\", \"pillar-metallurgy\", \"pillar-electronics\"]",
        "figures = [\"pillar-textiles\", \"pillar-metallurgy\"]",
    );
    assert_rejected(&text, "figure `pillar-electronics`", "is in no group");
}

#[test]
fn rejects_mixed_units_in_a_bar_chart() {
    let text = corrupt(
        "figures = [\"pillar-textiles\", \"pillar-metallurgy\", \"pillar-electronics\"]",
        "figures = [\"pillar-textiles\", \"pillar-metallurgy\", \"pillar-electronics\", \"budget-revenue-growth\"]",
    );
    assert_rejected(&text, "group `pillar-industries`", "needs figures of one unit");
}

#[test]
fn rejects_malformed_toml_and_unknown_fields() {
    let broken = corrupt("value = 175.99", "value = 175.99.1");
    assert!(toml::from_str::<Document>(&broken).is_err());
    let misspelt = corrupt("value = 175.99", "valeu = 175.99");
    let error = toml::from_str::<Document>(&misspelt).unwrap_err().to_string();
    assert!(error.contains("valeu"), "{error}");
}

#[test]
fn the_bundled_report_is_the_shared_source() {
    // The dataset quotes data/qingshanhu-2023-report.txt; where the shared original sits beside
    // the checkout (as in CI), the copy must be identical to it.
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/source/qingshanhu-2023-report.txt");
    if let Ok(original) = std::fs::read_to_string(&shared) {
        assert_eq!(
            original,
            REPORT_TEXT,
            "data/qingshanhu-2023-report.txt differs from {}",
            shared.display()
        );
    }
    assert!(REPORT_TEXT.contains("青山湖区"));
}
