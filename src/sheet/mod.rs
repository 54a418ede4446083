//! The spreadsheet round trip (`cargo run -- sheet export|import FILE.csv [DATASET.toml]`):
//! editors fill labels where they work, in a spreadsheet.
//!
//! The export writes one row per figure of a dataset (CSV, UTF-8 with a byte-order mark, so
//! that Excel and WPS open it as UTF-8). The import reads the edited sheet back (UTF-8 with or
//! without the mark, or GB18030 as WPS and a Chinese Excel may save it) and writes into the
//! dataset only the editable columns, leaving every other byte of the file as it was. Every
//! problem of the sheet is reported at once, by line and column, and nothing is written while
//! there is one.

mod apply;
mod listed;
mod read;

use std::fmt;

pub use read::import;

/// The sheet's columns, in the order the export writes them (an editor may reorder them).
pub const COLUMNS: [&str; 10] = [
    "id", "section", "value", "unit", "phrase", "label_zh", "label_en", "period", "status", "group",
];

/// The columns an editor changes; the others are there to read by, and checked unchanged.
pub const EDITABLE: [&str; 5] = ["label_zh", "label_en", "period", "status", "group"];

/// The report whose dataset the commands take when neither `REPORT` nor a file names one.
pub const DEFAULT_REPORT: &str = "data/qingshanhu-2023";

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The dataset the commands take by default: `$REPORT/dataset.toml`, as the build does.
pub fn default_dataset() -> String {
    let folder = std::env::var("REPORT").unwrap_or_else(|_| DEFAULT_REPORT.into());
    format!("{}/dataset.toml", folder.trim_end_matches('/'))
}

/// The sheet of a dataset's figures: CSV with a header row, UTF-8 with a byte-order mark,
/// CRLF line ends, quoted where RFC 4180 asks.
pub fn export(dataset: &str) -> Result<Vec<u8>, String> {
    let listed = listed::Listed::of(dataset)?;
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    let failed = |error: csv::Error| format!("cannot write the sheet: {error}");
    writer.write_record(COLUMNS).map_err(failed)?;
    for figure in &listed.figures {
        writer.write_record(figure.cells()).map_err(failed)?;
    }
    writer
        .into_inner()
        .map_err(|error| format!("cannot write the sheet: {error}"))
}

/// A problem of the sheet, by the line of the CSV file and the column where it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetError {
    /// The CSV file's line (1 is the header); none for a problem of the whole file.
    pub line: Option<u64>,
    pub column: Option<&'static str>,
    pub message: String,
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "line {line}, column {column}: {}", self.message),
            (Some(line), None) => write!(f, "line {line}: {}", self.message),
            (None, Some(column)) => write!(f, "column {column}: {}", self.message),
            (None, None) => f.write_str(&self.message),
        }
    }
}

/// The dataset with the sheet's edits, and what changed.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The dataset file's new text (the old text itself when nothing changed).
    pub toml: String,
    pub changes: Changes,
}

/// What an import changed: figures, and figures by column.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Figures with at least one changed cell.
    pub figures: usize,
    /// Figures changed in each editable column, in the order of [`EDITABLE`].
    pub by_column: [usize; EDITABLE.len()],
    /// Figures of the dataset the sheet has no row for: left as they are.
    pub not_in_sheet: usize,
}

impl Changes {
    /// One line for the editor: `sheet import: 37 figures changed (label_en 30, status 4, group 3)`.
    pub fn summary(&self) -> String {
        let columns: Vec<String> = EDITABLE
            .iter()
            .zip(self.by_column)
            .filter(|(_, count)| *count > 0)
            .map(|(column, count)| format!("{column} {count}"))
            .collect();
        let mut line = match self.figures {
            0 => "sheet import: no figure changed".to_string(),
            1 => format!("sheet import: 1 figure changed ({})", columns.join(", ")),
            n => format!("sheet import: {n} figures changed ({})", columns.join(", ")),
        };
        if self.not_in_sheet > 0 {
            line.push_str(&format!(
                "; {} figure(s) of the dataset not in the sheet, left as they are",
                self.not_in_sheet
            ));
        }
        line
    }
}
