//! The whole dataset as CSV: what a reader downloads from the widget and what
//! `cargo run` prints natively. UTF-8 with a byte-order mark so that Excel reads the Chinese.

use super::format::reported_number;
use super::Report;

pub const CSV_HEADER: [&str; 14] = [
    "id",
    "section_id",
    "section_zh",
    "section_en",
    "label_zh",
    "label_en",
    "value",
    "unit",
    "qualifier",
    "value_zh",
    "value_en",
    "phrase",
    "derived",
    "formula",
];

/// The byte-order mark that tells spreadsheet programs the file is UTF-8.
pub const BOM: &str = "\u{feff}";

pub fn dataset_csv(report: &Report) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_HEADER).expect("writing to memory cannot fail");
    for figure in report.figures() {
        let value = reported_number(figure.value);
        writer
            .write_record([
                figure.id,
                figure.section_id,
                figure.section.zh,
                figure.section.en,
                figure.label.zh,
                figure.label.en,
                &value,
                figure.unit.code(),
                figure.qualifier.code(),
                figure.display.zh,
                figure.display.en,
                figure.phrase,
                if figure.is_derived() { "yes" } else { "no" },
                figure.derived.unwrap_or(""),
            ])
            .expect("writing to memory cannot fail");
    }
    let bytes = writer.into_inner().expect("writing to memory cannot fail");
    let body = String::from_utf8(bytes).expect("every field is UTF-8");
    format!("{BOM}{body}")
}
