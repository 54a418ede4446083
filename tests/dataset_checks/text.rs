//! The checks of the report's text and of the vocabulary: phrases across line breaks, malformed
//! files, the bundled text, units, sections, every number accounted for.
use super::*;

#[test]
fn accepts_a_phrase_across_the_reports_line_breaks_written_without_them() {
    // The source file breaks 推动经营 / 主体新增 across lines; the phrase names its subject whole.
    assert!(REPORT_TEXT.contains("推动经营\n\n主体新增2.6万户"));
    assert!(DATA.contains("phrase = \"推动经营主体新增2.6万户\""));
    let spaced = corrupt(
        "phrase = \"推动经营主体新增2.6万户\"",
        "phrase = \"推动经营 主体新增2.6万户\"",
    );
    assert_rejected(
        &spaced,
        "figure `new-market-entities`",
        "not a verbatim part of the report",
    );
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
    // The dataset quotes data/qingshanhu-2023/report.txt; where the shared original sits beside
    // the checkout (as in CI), the copy must be identical to it.
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/source/qingshanhu-2023-report.txt");
    if let Ok(original) = std::fs::read_to_string(&shared) {
        assert_eq!(
            original,
            REPORT_TEXT,
            "data/qingshanhu-2023/report.txt differs from {}",
            shared.display()
        );
    }
    assert!(REPORT_TEXT.contains("青山湖区"));
}

#[test]
fn a_new_unit_is_a_data_edit() {
    // 亿美元 is in no vocabulary: unknown until the dataset declares it.
    let text = corrupt("value = 175.99\nunit = \"亿元\"", "value = 175.99\nunit = \"亿美元\"");
    assert_rejected(
        &text,
        "figure `online-retail-sales`",
        "declare a new one in a [[unit]] entry",
    );
    let declared = format!("[[unit]]\ncode = \"亿美元\"\nscale = 1e8\nmeasure = \"money\"\n\n{text}");
    assert!(
        !problems_in(&declared)
            .iter()
            .any(|p| p.message.contains("unknown unit")),
        "a declared unit is known"
    );
}

#[test]
fn rejects_a_unit_declared_twice_or_without_what_english_needs() {
    let twice = format!("[[unit]]\ncode = \"亿元\"\nscale = 1e8\nmeasure = \"money\"\n\n{DATA}");
    assert_rejected(&twice, "unit `亿元`", "is declared twice");
    let wordless = format!("[[unit]]\ncode = \"立方米\"\nmeasure = \"quantity\"\n\n{DATA}");
    assert_rejected(&wordless, "unit `立方米`", "a quantity needs `en`");
    let unknown = format!("[[unit]]\ncode = \"立方米\"\nmeasure = \"volume\"\nen = \"m³\"\n\n{DATA}");
    assert_rejected(&unknown, "unit `立方米`", "unknown measure `volume`");
}

#[test]
fn rejects_figures_filed_under_another_sections_heading() {
    // The case a hand edit made: the environment section's header lost, so its figures fell
    // into the consumption section and would show under its heading.
    let header = "[[section]]\nid = \"environment\"\nheading_zh = \"强监管优生态\"\nsubheading_zh = \"竭力提升城市宜居度\"\nheading_en = \"Tighter oversight, a better environment\"\nsubheading_en = \"Working hard to make the city more liveable\"\n";
    let text = corrupt(header, "");
    assert_rejected(
        &text,
        "figure `dead-end-roads-opened`",
        "its phrase stands in the report outside section `consumption`",
    );
}

fn problems_with_report(data: &str, report: &str) -> Vec<Problem> {
    let document: Document = toml::from_str(data).expect("the copy parses");
    check(FILE, &document, report, &shared_units().units)
}

#[test]
fn rejects_a_number_of_the_report_that_is_neither_figure_nor_non_figure() {
    // A sentence added to the report: its number must become a figure or a non-figure.
    let report = REPORT_TEXT.replace("营商环境持续优化。", "营商环境持续优化。新增咖啡馆37家。");
    let problems = problems_with_report(DATA, &report);
    let added: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        added.iter().any(|p| p.contains("number 37 of the report: ")
            && p.contains("is neither a figure nor a non-figure")
            && p.contains("新增咖啡馆37家")),
        "{added:#?}"
    );
    // A figure dropped from the dataset leaves its number uncovered, and the build names it.
    let dropped = corrupt("phrase = \"走访企业17851家\"", "phrase = \"走访企业\"");
    assert_rejected(
        &dropped,
        "number 17851 of the report",
        "走访企业17851家，解决问题30\" is neither a figure nor a non-figure",
    );
}

#[test]
fn rejects_a_non_figure_that_is_not_the_reports_words() {
    let text = corrupt("text = \"江纺1953\"", "text = \"江纺1954\"");
    assert_rejected(&text, "non-figure \"江纺1954\"", "is not a verbatim part of the report");
}
