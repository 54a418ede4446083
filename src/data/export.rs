//! The whole dataset as CSV: what a reader downloads from the widget and what `cargo run`
//! prints natively. RFC 4180 quoting; the tests read it back with the `csv` crate.

use super::format::reported_number;
use super::Report;

pub const CSV_HEADER: [&str; 17] = [
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
    "formula_zh",
    "formula_en",
    "period",
    "status",
];

/// The byte-order mark that tells spreadsheet programs the file is UTF-8.
pub const BOM: &str = "\u{feff}";

/// Every figure, one row each, UTF-8 with a byte-order mark so that Excel reads the Chinese.
pub fn dataset_csv(report: &Report) -> String {
    let mut csv = String::from(BOM);
    push_record(&mut csv, CSV_HEADER);
    for (section, figure) in report
        .sections
        .iter()
        .flat_map(|section| section.figures.iter().map(move |&figure| (section, figure)))
    {
        push_record(
            &mut csv,
            [
                figure.id,
                section.id,
                section.heading.zh,
                section.heading.en,
                figure.label.zh,
                figure.label.en,
                &reported_number(figure.value),
                figure.unit.code,
                figure.qualifier.code(),
                figure.display.zh,
                figure.display.en,
                figure.phrase,
                if figure.is_derived() { "yes" } else { "no" },
                figure.derived.map_or("", |formula| formula.zh),
                figure.derived.map_or("", |formula| formula.en),
                figure.period.code(),
                figure.status.code(),
            ],
        );
    }
    csv
}

fn push_record<'a>(csv: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (index, field) in fields.into_iter().enumerate() {
        if index > 0 {
            csv.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            csv.push('"');
            csv.push_str(&field.replace('"', "\"\""));
            csv.push('"');
        } else {
            csv.push_str(field);
        }
    }
    csv.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::push_record;

    #[test]
    fn quotes_only_fields_that_need_it() {
        let mut csv = String::new();
        push_record(
            &mut csv,
            ["plain", "a, b", "say \"hi\"", "two\nlines", "分别达到500亿元、220亿元"],
        );
        assert_eq!(
            csv,
            "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",分别达到500亿元、220亿元\r\n"
        );
    }
}
