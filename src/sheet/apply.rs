//! The sheet's edits written into the dataset file with `toml_edit`: only the edited values
//! and the figure lists of the groups a figure leaves or joins change; comments, order and
//! layout stay as they were.

use std::collections::HashSet;

use toml_edit::{Array, DocumentMut, Item, Table, Value};

/// The edited cells of one figure.
#[derive(Clone, Debug)]
pub(crate) struct Edit {
    pub id: String,
    /// Fields of the figure and their new texts.
    pub set: Vec<(&'static str, String)>,
    /// A move, from the group that holds it to another (either empty for none).
    pub group: Option<(String, String)>,
}

/// The dataset's text with the edits made.
pub(crate) fn apply(dataset: &str, edits: &[Edit]) -> Result<String, String> {
    let mut document: DocumentMut = dataset.parse().map_err(|error| format!("malformed dataset: {error}"))?;
    let sections = document
        .get_mut("section")
        .and_then(Item::as_array_of_tables_mut)
        .ok_or("the dataset has no [[section]]")?;
    for section in sections.iter_mut() {
        let order = figure_ids(section);
        if let Some(figures) = section.get_mut("figure").and_then(Item::as_array_of_tables_mut) {
            for figure in figures.iter_mut() {
                let id = figure.get("id").and_then(Item::as_str).unwrap_or_default().to_string();
                for edit in edits.iter().filter(|edit| edit.id == id) {
                    for (key, text) in &edit.set {
                        set_text(figure, key, text);
                    }
                }
            }
        }
        if let Some(groups) = section.get_mut("group").and_then(Item::as_array_of_tables_mut) {
            for group in groups.iter_mut() {
                regroup(group, edits, &order);
            }
        }
    }
    Ok(document.to_string())
}

/// The ids of a section's figures, in the file's order.
fn figure_ids(section: &Table) -> Vec<String> {
    section
        .get("figure")
        .and_then(Item::as_array_of_tables)
        .map(|figures| {
            figures
                .iter()
                .filter_map(|figure| figure.get("id").and_then(Item::as_str))
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

/// A string value replaced, keeping the whitespace and comment around the old one.
fn set_text(table: &mut Table, key: &str, text: &str) {
    let mut value = Value::from(text);
    if let Some(old) = table.get(key).and_then(Item::as_value) {
        *value.decor_mut() = old.decor().clone();
    }
    table[key] = Item::Value(value);
}

/// A group's figure list without the figures that leave it, with those that join it, each
/// among the others in its section's order. Unchanged lists are left untouched.
fn regroup(group: &mut Table, edits: &[Edit], order: &[String]) {
    let Some(id) = group.get("id").and_then(Item::as_str).map(String::from) else {
        return;
    };
    let Some(array) = group.get_mut("figures").and_then(Item::as_array_mut) else {
        return;
    };
    let moved: HashSet<&str> = edits
        .iter()
        .filter(|edit| edit.group.is_some())
        .map(|edit| edit.id.as_str())
        .collect();
    let current: Vec<String> = array.iter().filter_map(Value::as_str).map(String::from).collect();
    let mut next: Vec<String> = current
        .iter()
        .filter(|figure| !moved.contains(figure.as_str()))
        .cloned()
        .collect();
    let place = |figure: &str| order.iter().position(|known| known == figure).unwrap_or(usize::MAX);
    for edit in edits {
        if edit.group.as_ref().is_some_and(|(_, to)| *to == id) {
            let at = next
                .iter()
                .position(|other| place(other) > place(&edit.id))
                .unwrap_or(next.len());
            next.insert(at, edit.id.clone());
        }
    }
    if next != current {
        *array = relisted(array, &next);
    }
}

/// A new list laid out as the old one was: on one line, or one figure a line.
fn relisted(old: &Array, figures: &[String]) -> Array {
    let prefix = |value: &Value| value.decor().prefix().and_then(|raw| raw.as_str()).map(String::from);
    let multiline = old
        .iter()
        .any(|value| prefix(value).is_some_and(|prefix| prefix.contains('\n')));
    let indent = old.iter().find_map(prefix).unwrap_or_default();
    let mut array: Array = figures.iter().map(String::as_str).collect();
    if multiline {
        for value in array.iter_mut() {
            value.decor_mut().set_prefix(indent.as_str());
        }
        array.set_trailing_comma(old.trailing_comma());
        array.set_trailing(old.trailing().as_str().unwrap_or("\n"));
    } else {
        array.fmt();
    }
    *array.decor_mut() = old.decor().clone();
    array
}
