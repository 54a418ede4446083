//! The units a dataset may use: the shared vocabulary (`data/units.toml`) and the dataset's own
//! `[[unit]]` entries, checked and typed.

use std::collections::HashMap;

use super::schema::UnitEntry;
use super::vocabulary::{Measure, Unit};

/// Every unit of the vocabulary and of the dataset by code, or the problems of their entries
/// as (entry, message).
pub fn known_units<'a>(
    shared: &'a [UnitEntry],
    own: &'a [UnitEntry],
) -> Result<HashMap<&'a str, Unit<'a>>, Vec<(String, String)>> {
    let mut units = HashMap::new();
    let mut problems = Vec::new();
    for entry in shared.iter().chain(own) {
        let name = format!("unit `{}`", entry.code);
        match typed(entry) {
            Err(message) => problems.push((name, message)),
            Ok(unit) => {
                if units.insert(entry.code.as_str(), unit).is_some() {
                    problems.push((
                        name,
                        "is declared twice (the shared vocabulary is data/units.toml)".into(),
                    ));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(units)
    } else {
        Err(problems)
    }
}

/// One entry as a typed unit, or what is wrong with it.
pub fn typed(entry: &UnitEntry) -> Result<Unit<'_>, String> {
    let measure = Measure::from_code(&entry.measure)
        .ok_or_else(|| format!("unknown measure `{}` (known: {})", entry.measure, Measure::codes()))?;
    if entry.code.trim().is_empty() {
        return Err("empty code".into());
    }
    if !(entry.scale.is_finite() && entry.scale > 0.0) {
        return Err(format!("scale {} must be a positive number", entry.scale));
    }
    if measure == Measure::Quantity && entry.en.trim().is_empty() {
        return Err("a quantity needs `en`, its English symbol or word".into());
    }
    let also_en = match (entry.also_factor, entry.also_en.as_deref()) {
        (Some(factor), Some(symbol)) if factor > 0.0 && !symbol.trim().is_empty() => Some((factor, symbol)),
        (None, None) => None,
        _ => return Err("`also_factor` and `also_en` go together, a positive factor and a symbol".into()),
    };
    Ok(Unit {
        code: &entry.code,
        scale: entry.scale,
        measure,
        en: &entry.en,
        en_one: &entry.en_one,
        ordinal_en: &entry.ordinal_en,
        also_en,
    })
}
