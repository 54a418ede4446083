//! The bundled dataset: counts, order, derived marks, the readers' notes (each edition in its
//! own language) and the CSV readers download.

#![cfg(not(target_arch = "wasm32"))]

mod corrupted;

use corrupted::{assert_rejected, corrupt};
use report_infographic::data::check::validate;
use report_infographic::data::export::{dataset_csv, BOM, CSV_HEADER};
use report_infographic::data::format::{derived_mark, reported_number, worded_value};
use report_infographic::data::notes::{plain, reader_notes};
use report_infographic::data::phrase::{find_value, joined_lines, reading, stated_bound_word};
use report_infographic::data::rules::chinese_in;
use report_infographic::data::schema::{Document, UnitsFile};
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
            // A change's bound (增长3.5%左右) as the report states it in the phrase.
            let bound = find_value(figure.phrase, figure.value)
                .and_then(|(start, end)| reading(&figure.phrase[..start], &figure.phrase[end..]).1);
            let word = stated_bound_word(figure.phrase, figure.value);
            let shown = format!(
                "{}{}",
                worded_value(figure.value, figure.unit, figure.qualifier, bound, word, lang),
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
    assert!(
        REPORT.figure("air-days-in-year").is_none(),
        "the report states no whole for its 341 good-air days: no derived 365"
    );
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

#[test]
fn a_non_figure_without_its_english_gloss_fails_the_build() {
    let entry = "non-figure \"江纺1953\"";
    // An older file, written before the gloss: it parses, and the check names the entry.
    let missing = corrupt("text_en = \"Jiangfang 1953\"\n", "");
    assert_rejected(&missing, entry, "empty text_en");
    let blank = corrupt("text_en = \"Jiangfang 1953\"", "text_en = \"  \"");
    assert_rejected(&blank, entry, "empty text_en");
    let chinese = corrupt("text_en = \"Jiangfang 1953\"", "text_en = \"江纺 1953\"");
    assert_rejected(&chinese, entry, "text_en has Chinese characters (江纺)");
}

const UNITS: &str = include_str!("../data/units.toml");
const REPORTS: [(&str, &str, &str); 3] = [
    (
        "qingshanhu-2023",
        include_str!("../data/qingshanhu-2023/dataset.toml"),
        include_str!("../data/qingshanhu-2023/report.txt"),
    ),
    (
        "hailar-2019",
        include_str!("../data/hailar-2019/dataset.toml"),
        include_str!("../data/hailar-2019/report.txt"),
    ),
    (
        "hailar-2018",
        include_str!("../data/hailar-2018/dataset.toml"),
        include_str!("../data/hailar-2018/report.txt"),
    ),
];

/// Each report's note on its non-figures: the Chinese edition lists the report's words, the
/// English one their glosses, with no Chinese character; typesetting (PM_{2.5}) is plain text.
#[test]
fn each_edition_lists_the_non_figures_in_its_own_language() {
    let units: UnitsFile = toml::from_str(UNITS).expect("data/units.toml parses");
    for (name, data, report) in REPORTS {
        let document: Document = toml::from_str(data).expect("the dataset parses");
        let checked = validate(name, &document, report, &units.units).expect("the dataset passes its checks");
        let notes = reader_notes(&checked);
        for (_, en) in &notes {
            assert_eq!(chinese_in(en), None, "{name}: an English note has Chinese: {en}");
        }
        let (zh, en) = notes
            .iter()
            .find(|(zh, _)| zh.starts_with("原报道中不作数据的数字"))
            .expect("a note lists the non-figures");
        for entry in &document.non_figures {
            assert!(
                en.contains(&entry.text_en),
                "{name}: the English note glosses {}",
                entry.text
            );
            assert!(
                zh.contains(&plain(&entry.text)),
                "{name}: the Chinese note quotes {}",
                entry.text
            );
        }
        let typeset = joined_lines(report).contains("PM_{2.5}");
        assert_eq!(
            typeset,
            name == "qingshanhu-2023",
            "{name}: the report typesets PM_{{2.5}}"
        );
        for note in [zh, en] {
            assert!(!note.contains("_{"), "{name}: typesetting printed: {note}");
            assert_eq!(
                note.contains("PM2.5"),
                typeset,
                "{name}: PM2.5 where the report has it: {note}"
            );
        }
    }
}

#[test]
fn the_bundled_notes_in_english_have_no_chinese() {
    for note in REPORT.notes {
        assert_eq!(chinese_in(note.en), None, "{}", note.en);
        assert!(!note.zh.contains("_{") && !note.en.contains("_{"), "{note:?}");
    }
}
