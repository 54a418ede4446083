//! The bundled dataset: counts, order, derived marks and the CSV readers download.

#![cfg(not(target_arch = "wasm32"))]

use report_infographic::data::export::{dataset_csv, BOM, CSV_HEADER};
use report_infographic::data::format::{derived_mark, figure_value, reported_number};
use report_infographic::data::phrase::joined_lines;
use report_infographic::data::{Lang, REPORT};
use report_infographic::review::REPORT_TEXT;

#[test]
fn every_figure_is_bundled_once_in_report_order() {
    let ids: Vec<&str> = REPORT.figures().map(|figure| figure.id).collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "ids are unique");
    assert!(!ids.is_empty());
    // Phrases appear in the report in the order of the figures, section by section.
    let report = joined_lines(REPORT_TEXT);
    for section in REPORT.sections {
        let positions: Vec<usize> = section
            .figures
            .iter()
            .filter(|figure| !figure.is_derived())
            .map(|figure| report.find(figure.phrase).expect("checked by the build"))
            .collect();
        assert!(
            positions.windows(2).all(|pair| pair[0] <= pair[1]),
            "section `{}` is in report order",
            section.id
        );
    }
}

#[test]
fn every_figure_shows_its_exact_value_in_both_languages() {
    for figure in REPORT.figures() {
        for lang in Lang::ALL {
            let shown = format!(
                "{}{}",
                figure_value(figure.value, figure.unit, figure.qualifier, lang),
                if figure.is_derived() { derived_mark(lang) } else { "" }
            );
            assert_eq!(figure.display.get(lang), shown, "{} ({lang:?})", figure.id);
        }
        assert!(
            figure.display.zh.contains(&reported_number(figure.value)),
            "{}",
            figure.display.zh
        );
    }
}

#[test]
fn derived_figures_are_never_shown_as_reported() {
    for figure in REPORT.figures().filter(|figure| figure.is_derived()) {
        assert!(figure.display.zh.ends_with("（推算）"), "{}", figure.display.zh);
        assert!(figure.display.en.ends_with(" (derived)"), "{}", figure.display.en);
        let formula = figure.derived.expect("a derived figure has its formula");
        let note = REPORT
            .notes
            .iter()
            .find(|note| note.zh.contains(formula.zh) && note.en.contains(formula.en));
        assert!(
            note.is_some(),
            "the notes list derived figure `{}` with its formula",
            figure.id
        );
    }
}

/// What the default report's bundle must hold, as the review signed it off.
#[test]
fn the_default_report_keeps_its_reviewed_figures() {
    if REPORT.slug != "qingshanhu-2023" {
        return;
    }
    let retail = REPORT.figure("online-retail-sales").unwrap();
    assert_eq!(retail.display.get(Lang::Zh), "175.99亿元");
    assert_eq!(retail.display.get(Lang::En), "CNY 17.599 billion");
    let funds = REPORT.figure("business-policy-funds").unwrap();
    assert_eq!(funds.display.get(Lang::En), "more than CNY 15 million");
    let days = REPORT
        .figure("air-days-in-year")
        .expect("the good-air ring's whole is derived");
    assert_eq!(days.value, 365.0);
    assert!(
        REPORT.figure("existing-market-entities").is_none(),
        "the report does not say that new entities are net of closures"
    );
    assert_eq!(
        REPORT.lead_chart,
        Some("pillar-industries"),
        "the three pillar industries lead the page"
    );
}

#[test]
fn headline_figures_exist() {
    assert!(!REPORT.headline.is_empty());
}

#[test]
fn the_csv_parses_back_into_the_dataset() {
    let csv_text = dataset_csv(&REPORT);
    assert!(csv_text.starts_with(BOM), "a byte-order mark lets Excel read UTF-8");
    let mut reader = csv::Reader::from_reader(&csv_text.as_bytes()[BOM.len()..]);
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, CSV_HEADER);
    let records: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().unwrap();
    let figures: Vec<_> = REPORT.figures().collect();
    assert_eq!(records.len(), figures.len());
    for (record, figure) in records.iter().zip(figures) {
        assert_eq!(&record[0], figure.id);
        assert_eq!(record[6].parse::<f64>().unwrap(), figure.value);
        assert_eq!(&record[7], figure.unit.code);
        assert_eq!(&record[8], figure.qualifier.code());
        assert_eq!(&record[4], figure.label.zh);
        assert_eq!(&record[5], figure.label.en);
        assert_eq!(&record[11], figure.phrase);
        assert_eq!(&record[12], if figure.is_derived() { "yes" } else { "no" });
        assert_eq!(&record[15], figure.period.code());
        assert_eq!(&record[16], figure.status.code());
    }
}
