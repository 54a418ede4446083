//! The spreadsheet round trip (`cargo run -- sheet export|import`): a sheet exported and read
//! back unchanged leaves the dataset byte for byte; edited cells land in the dataset, which
//! still passes the build's checks; every problem of a sheet is reported with its line and
//! column, all at once; a sheet saved as GB18030 reads as well.

#![cfg(not(target_arch = "wasm32"))]

use report_infographic::data::check::check;
use report_infographic::data::schema::{Document, UnitsFile};
use report_infographic::sheet::{export, import, SheetError, COLUMNS};

const QINGSHANHU: &str = include_str!("../data/qingshanhu-2023/dataset.toml");
const QINGSHANHU_TEXT: &str = include_str!("../data/qingshanhu-2023/report.txt");
const DATASETS: [(&str, &str); 3] = [
    ("qingshanhu-2023", QINGSHANHU),
    ("hailar-2018", include_str!("../data/hailar-2018/dataset.toml")),
    ("hailar-2019", include_str!("../data/hailar-2019/dataset.toml")),
];
const UNITS: &str = include_str!("../data/units.toml");

/// The exported sheet's rows, header first, as an editor's spreadsheet holds them.
fn rows(dataset: &str) -> Vec<Vec<String>> {
    let bytes = export(dataset).unwrap();
    let text = std::str::from_utf8(&bytes).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|record| record.unwrap().iter().map(String::from).collect())
        .collect()
}

/// Rows saved as CSV (UTF-8, no byte-order mark), as a spreadsheet saves them.
fn saved(rows: &[Vec<String>]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer.write_record(row).unwrap();
    }
    writer.into_inner().unwrap()
}

/// Sets a figure's cell in the sheet.
fn edit(rows: &mut [Vec<String>], id: &str, column: &str, value: &str) {
    let at = COLUMNS.iter().position(|name| *name == column).unwrap();
    let row = rows.iter_mut().find(|row| row[0] == id).unwrap();
    row[at] = value.into();
}

fn figure<'a>(document: &'a Document, id: &str) -> &'a report_infographic::data::schema::FigureEntry {
    document
        .sections
        .iter()
        .flat_map(|section| &section.figures)
        .find(|figure| figure.id == id)
        .unwrap()
}

fn group_figures(document: &Document, id: &str) -> Vec<String> {
    let groups = document.sections.iter().flat_map(|section| &section.groups);
    groups.clone().find(|group| group.id == id).unwrap().figures.clone()
}

fn refused(rows: &[Vec<String>]) -> Vec<SheetError> {
    import(QINGSHANHU, &saved(rows)).expect_err("the sheet is refused")
}

#[test]
fn a_sheet_read_back_unchanged_leaves_the_dataset_byte_for_byte() {
    for (name, dataset) in DATASETS {
        let sheet = export(dataset).unwrap();
        let imported = import(dataset, &sheet).unwrap();
        assert_eq!(imported.toml, dataset, "{name}: the BOM'd sheet as exported");
        assert_eq!(imported.changes.figures, 0, "{name}");
        let figures = rows(dataset).len() - 1;
        let in_file = dataset
            .lines()
            .filter(|line| line.trim() == "[[section.figure]]")
            .count();
        assert_eq!(figures, in_file, "{name}: one row per figure");
        let resaved = import(dataset, &saved(&rows(dataset))).unwrap();
        assert_eq!(resaved.toml, dataset, "{name}: saved again, without a BOM");
    }
}

#[test]
fn the_export_keeps_the_values_as_written_and_names_each_figures_group() {
    let rows = rows(QINGSHANHU);
    assert_eq!(rows[0], COLUMNS);
    let tax = rows.iter().find(|row| row[0] == "tax-relief").unwrap();
    assert_eq!(&tax[1], "consumption");
    assert_eq!(&tax[9], "business-policy-package");
    let lead = rows.iter().find(|row| row[0] == "budget-revenue-growth").unwrap();
    assert_eq!(&lead[9], "", "a lead figure is in no group");
}

#[test]
fn edited_cells_land_and_the_dataset_still_passes_the_checks() {
    let mut sheet = rows(QINGSHANHU);
    edit(&mut sheet, "tax-relief", "label_en", "Taxes and fees cut, “new” relief");
    edit(&mut sheet, "promo-events", "label_zh", "促消费活动场次");
    edit(&mut sheet, "tax-relief", "group", "project-funding");
    edit(&mut sheet, "projects-filed", "status", "under-way");
    let imported = import(QINGSHANHU, &saved(&sheet)).unwrap();
    assert_eq!(
        imported.changes.summary(),
        "sheet import: 3 figures changed (label_zh 1, label_en 1, status 1, group 1)"
    );
    let document: Document = toml::from_str(&imported.toml).unwrap();
    assert_eq!(
        figure(&document, "tax-relief").label_en,
        "Taxes and fees cut, “new” relief"
    );
    assert_eq!(figure(&document, "promo-events").label_zh, "促消费活动场次");
    assert_eq!(figure(&document, "projects-filed").status, "under-way");
    assert_eq!(
        group_figures(&document, "business-policy-package"),
        ["business-policy-funds", "loans-provided"]
    );
    assert!(group_figures(&document, "project-funding").ends_with(&["tax-relief".to_string()]));
    let units: UnitsFile = toml::from_str(UNITS).unwrap();
    let problems = check("qingshanhu-2023", &document, QINGSHANHU_TEXT, &units.units);
    assert!(problems.is_empty(), "{problems:#?}");
    // Nothing else of the file moved: the diff is the edited lines.
    let changed = QINGSHANHU
        .lines()
        .zip(imported.toml.lines())
        .filter(|(old, new)| old != new)
        .count();
    assert_eq!(QINGSHANHU.lines().count(), imported.toml.lines().count());
    assert_eq!(changed, 5, "two labels, a status, two groups' lists");
}

/// The problem on this line and column, if the import reported it.
fn reported<'a>(errors: &'a [SheetError], line: u64, column: &str) -> Option<&'a SheetError> {
    errors
        .iter()
        .find(|error| error.line == Some(line) && error.column == Some(column))
}

#[test]
fn every_problem_of_a_sheet_is_reported_with_its_line_and_column() {
    let mut sheet = rows(QINGSHANHU);
    // Lines of the CSV file: the header is line 1, the figure of sheet[n] stands on line n + 1.
    let line_of = |sheet: &[Vec<String>], id: &str| sheet.iter().position(|row| row[0] == id).unwrap() as u64 + 1;
    edit(&mut sheet, "tax-relief", "period", "yearly");
    edit(&mut sheet, "loans-provided", "status", "finished");
    edit(&mut sheet, "projects-filed", "group", "no-such-group");
    edit(&mut sheet, "major-projects", "group", "road-network");
    edit(&mut sheet, "promo-events", "value", "12345");
    edit(&mut sheet, "support-funds", "phrase", "a changed phrase");
    let mut twice = sheet[5].clone();
    twice[6] = "edited twice".into();
    sheet.push(twice);
    let mut unknown = sheet[5].clone();
    unknown[0] = "no-such-figure".into();
    sheet.push(unknown);
    let errors = refused(&sheet);
    let message = |line, column| {
        reported(&errors, line, column)
            .map(ToString::to_string)
            .unwrap_or_default()
    };
    let last = sheet.len() as u64;
    assert!(message(line_of(&sheet, "tax-relief"), "period").contains("`yearly` is no period"));
    assert!(message(line_of(&sheet, "loans-provided"), "status").contains("`finished` is no status"));
    assert!(message(line_of(&sheet, "projects-filed"), "group").contains("`no-such-group` is no group"));
    assert!(message(line_of(&sheet, "major-projects"), "group").contains("its own section"));
    assert!(message(line_of(&sheet, "promo-events"), "value").contains("the sheet changes value of `promo-events`"));
    assert!(message(line_of(&sheet, "support-funds"), "phrase").contains("edit the dataset for that"));
    assert!(message(last - 1, "id").contains("first on line 6"));
    assert!(message(last, "id").contains("`no-such-figure` is no figure"));
    assert_eq!(errors.len(), 8, "{errors:#?}");
    assert!(
        errors.windows(2).all(|pair| pair[0].line <= pair[1].line),
        "in the sheet's order"
    );
}

#[test]
fn a_missing_column_and_an_emptied_group_are_reported() {
    let mut sheet = rows(QINGSHANHU);
    for row in &mut sheet {
        row.remove(8);
        row.remove(7);
    }
    let errors = refused(&sheet);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(reported(&errors, 1, "period").is_some() && reported(&errors, 1, "status").is_some());
    let mut sheet = rows(QINGSHANHU);
    edit(&mut sheet, "project-start-rate", "group", "project-progress");
    edit(&mut sheet, "investment-completion-rate", "group", "");
    let errors = refused(&sheet);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0]
        .to_string()
        .contains("leaves group `project-rates` with no figures"));
}

#[test]
fn a_sheet_saved_as_gb18030_is_read() {
    let mut sheet = rows(QINGSHANHU);
    edit(&mut sheet, "tax-relief", "label_zh", "减税降费（含“退”）");
    let utf8 = String::from_utf8(saved(&sheet)).unwrap();
    let (gb18030, _, unmappable) = encoding_rs::GB18030.encode(&utf8);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&gb18030).is_err(), "the bytes are no UTF-8");
    let imported = import(QINGSHANHU, &gb18030).unwrap();
    let document: Document = toml::from_str(&imported.toml).unwrap();
    assert_eq!(figure(&document, "tax-relief").label_zh, "减税降费（含“退”）");
    assert_eq!(imported.changes.figures, 1);
}
