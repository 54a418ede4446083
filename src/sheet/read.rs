//! The import: the edited sheet read back, checked row by row against the dataset, and its
//! edits handed to [`super::apply`] only when no row has a problem.

use std::collections::HashMap;

use csv::StringRecord;

use super::apply::{apply, Edit};
use super::listed::{Listed, Row};
use super::{Changes, Imported, SheetError, COLUMNS, EDITABLE};
use crate::data::{Period, Status};
use crate::draft::decode;

/// Index of the group column in [`EDITABLE`].
const GROUP: usize = 4;

/// Reads an edited sheet (CSV: UTF-8 with or without its byte-order mark, or GB18030) and
/// returns the dataset with its editable cells written back, or every problem of the sheet.
pub fn import(dataset: &str, sheet: &[u8]) -> Result<Imported, Vec<SheetError>> {
    let whole = |message: String| {
        vec![SheetError {
            line: None,
            column: None,
            message,
        }]
    };
    let listed = Listed::of(dataset).map_err(whole)?;
    let text = decode(sheet).map_err(|error| whole(format!("the sheet {error}")))?.text;
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|error| whole(format!("cannot read the sheet's header: {error}")))?
        .clone();
    let at = columns(&header)?;
    let mut sheet = Sheet {
        listed: &listed,
        at,
        seen: HashMap::new(),
        errors: Vec::new(),
        edits: Vec::new(),
        changes: Changes::default(),
    };
    for record in reader.records() {
        match record {
            Ok(record) => sheet.row(&record),
            Err(error) => sheet.errors.push(SheetError {
                line: error.position().map(csv::Position::line),
                column: None,
                message: format!("cannot read the row: {error}"),
            }),
        }
    }
    sheet.groups_keep_a_figure();
    let Sheet {
        errors,
        edits,
        mut changes,
        seen,
        ..
    } = sheet;
    if !errors.is_empty() {
        return Err(errors);
    }
    changes.figures = edits.len();
    changes.not_in_sheet = listed.figures.len() - seen.len();
    let edits: Vec<Edit> = edits.into_iter().map(|(_, edit)| edit).collect();
    let toml = if edits.is_empty() {
        dataset.to_string()
    } else {
        apply(dataset, &edits).map_err(whole)?
    };
    Ok(Imported { toml, changes })
}

/// Where each of [`COLUMNS`] stands in the header; every one missing is a problem.
fn columns(header: &StringRecord) -> Result<[usize; COLUMNS.len()], Vec<SheetError>> {
    let mut at = [0; COLUMNS.len()];
    let mut errors = Vec::new();
    for (index, column) in COLUMNS.iter().enumerate() {
        match header.iter().position(|name| name.trim() == *column) {
            Some(position) => at[index] = position,
            None => errors.push(SheetError {
                line: Some(1),
                column: Some(column),
                message: format!(
                    "the header has no column `{column}` (the sheet's columns: {})",
                    COLUMNS.join(", ")
                ),
            }),
        }
    }
    if errors.is_empty() {
        Ok(at)
    } else {
        Err(errors)
    }
}

/// The import under way: what the rows so far found and asked.
struct Sheet<'a> {
    listed: &'a Listed,
    at: [usize; COLUMNS.len()],
    /// The line of each figure's row.
    seen: HashMap<String, u64>,
    errors: Vec<SheetError>,
    edits: Vec<(u64, Edit)>,
    changes: Changes,
}

impl Sheet<'_> {
    fn error(&mut self, line: u64, column: &'static str, message: String) {
        self.errors.push(SheetError {
            line: Some(line),
            column: Some(column),
            message,
        });
    }

    fn row(&mut self, record: &StringRecord) {
        if record.iter().all(|cell| cell.trim().is_empty()) {
            return;
        }
        let line = record.position().map_or(0, csv::Position::line);
        let cells: Vec<&str> = self.at.iter().map(|&at| record.get(at).unwrap_or("")).collect();
        let cell = |column: &str| {
            COLUMNS
                .iter()
                .position(|name| *name == column)
                .map_or("", |index| cells[index])
                .trim()
        };
        let id = cell("id");
        if id.is_empty() {
            return self.error(
                line,
                "id",
                "a row without an id: every row is a figure of the dataset".into(),
            );
        }
        let listed = self.listed;
        let Some(figure) = listed.figures.iter().find(|figure| figure.id == id) else {
            let message =
                format!("`{id}` is no figure of the dataset: the sheet edits the dataset's figures, it adds none");
            return self.error(line, "id", message);
        };
        if let Some(first) = self.seen.get(id) {
            let message = format!("`{id}` stands twice in the sheet (first on line {first}): keep one row");
            return self.error(line, "id", message);
        }
        self.seen.insert(id.to_string(), line);
        self.unchanged(line, figure, &cell);
        let edited: Vec<&str> = EDITABLE.iter().map(|column| cell(column)).collect();
        // A move to a group that cannot take the figure is reported once, not again as the
        // group it leaves emptied.
        let group_ok = self.vocabulary(line, figure, &edited);
        let mut edit = Edit {
            id: figure.id.clone(),
            set: Vec::new(),
            group: None,
        };
        for (index, (new, old)) in edited.iter().zip(figure.editable()).enumerate() {
            if *new == old {
                continue;
            }
            self.changes.by_column[index] += 1;
            if index == GROUP {
                if !group_ok {
                    continue;
                }
                edit.group = Some((old.to_string(), (*new).to_string()));
            } else {
                edit.set.push((EDITABLE[index], (*new).to_string()));
            }
        }
        if !edit.set.is_empty() || edit.group.is_some() {
            self.edits.push((line, edit));
        }
    }

    /// The columns to read by: a change is the dataset's to make.
    fn unchanged<'c>(&mut self, line: u64, figure: &Row, cell: &impl Fn(&str) -> &'c str) {
        let value = cell("value");
        let checked: [(&'static str, bool, &str, &str); 4] = [
            (
                "section",
                cell("section") == figure.section,
                &figure.section,
                cell("section"),
            ),
            (
                "value",
                value.parse::<f64>().ok() == Some(figure.number),
                &figure.value,
                value,
            ),
            ("unit", cell("unit") == figure.unit, &figure.unit, cell("unit")),
            (
                "phrase",
                cell("phrase") == figure.phrase,
                &figure.phrase,
                cell("phrase"),
            ),
        ];
        for (column, same, old, new) in checked {
            if !same {
                let message = format!(
                    "the sheet changes {column} of `{}` (`{old}` → `{new}`): edit the dataset for that",
                    figure.id
                );
                self.error(line, column, message);
            }
        }
    }

    /// A period and a status from their vocabularies; a group of the figure's own section.
    /// Whether the group can take the figure.
    fn vocabulary(&mut self, line: u64, figure: &Row, edited: &[&str]) -> bool {
        let [_, _, period, status, group] = edited else {
            return false;
        };
        if Period::from_code(period).is_none() {
            let message = format!("`{period}` is no period: write one of {}", Period::codes());
            self.error(line, "period", message);
        }
        if Status::from_code(status).is_none() {
            let message = format!("`{status}` is no status: write one of {}", Status::codes());
            self.error(line, "status", message);
        }
        if group.is_empty() || *group == figure.group {
            return true;
        }
        let message = match self.listed.group(group) {
            None => format!("`{group}` is no group of the dataset: a figure moves to a group that exists"),
            Some(found) if found.section != figure.section => format!(
                "group `{group}` is of section `{}`: a figure goes in a group of its own section `{}`",
                found.section, figure.section
            ),
            Some(_) if self.listed.headline.contains(&figure.id) => format!(
                "`{}` is a lead figure ([report] headline): it stands in no group",
                figure.id
            ),
            Some(_) => return true,
        };
        self.error(line, "group", message);
        false
    }

    /// A group the sheet moves every figure out of would be empty: an error on the last row
    /// that does it.
    fn groups_keep_a_figure(&mut self) {
        let listed = self.listed;
        for group in &listed.groups {
            let mut left = group.figures.len();
            let mut last_out = None;
            for (line, edit) in &self.edits {
                match &edit.group {
                    Some((from, _)) if *from == group.id => {
                        left -= 1;
                        last_out = Some(*line);
                    }
                    Some((_, to)) if *to == group.id => left += 1,
                    _ => {}
                }
            }
            if let (0, Some(line)) = (left, last_out) {
                let message = format!(
                    "leaves group `{}` with no figures: keep one in it, or delete the group in the dataset",
                    group.id
                );
                self.error(line, "group", message);
            }
        }
        self.errors.sort_by_key(|error| error.line);
    }
}
