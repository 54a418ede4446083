//! The rules one entry of the data file must keep, each a pure function returning the
//! messages of the rules it breaks; `check.rs` applies them to every entry.

use super::checked::CheckedFigure;
use super::format::reported_number;
use super::phrase::{find_value, qualifier_in_phrase};
use super::schema::FigureEntry;
use super::vocabulary::{ChartKind, Qualifier, Unit};

/// The first run of Chinese characters in a text, if any.
pub fn chinese_in(text: &str) -> Option<String> {
    let is_chinese = |c: char| matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}');
    let start = text.find(is_chinese)?;
    Some(text[start..].chars().take_while(|&c| is_chinese(c)).collect())
}

pub fn value_problems(figure: &FigureEntry, unit: Option<Unit>) -> Vec<String> {
    let mut messages = Vec::new();
    if !figure.value.is_finite() || figure.value < 0.0 {
        messages.push(format!(
            "value {} must be a non-negative number (a decline is qualifier `decline`)",
            figure.value
        ));
    }
    if unit.is_some_and(Unit::is_percent) && figure.value > 100.0 && !figure.over_100 {
        messages.push(format!(
            "percentage {} is out of range 0–100 (a rate that can exceed 100% needs `over_100 = true`)",
            figure.value
        ));
    }
    messages
}

/// The phrase must be the report's words, state the value and agree with the qualifier.
pub fn phrase_problems(figure: &FigureEntry, qualifier: Option<Qualifier>, report: &str) -> Vec<String> {
    let phrase = figure.phrase.as_str();
    if phrase.trim().is_empty() {
        return vec!["empty phrase".into()];
    }
    let mut messages = Vec::new();
    if !report.contains(phrase) {
        messages.push(format!("phrase \"{phrase}\" is not a verbatim part of the report"));
    }
    if figure.is_derived() {
        return messages;
    }
    match find_value(phrase, figure.value) {
        None => messages.push(format!(
            "value {} does not appear in its phrase \"{phrase}\"",
            reported_number(figure.value)
        )),
        Some((start, end)) => {
            let stated = qualifier_in_phrase(&phrase[..start], &phrase[end..]);
            if let Some(declared) = qualifier.filter(|&declared| declared != stated) {
                messages.push(format!(
                    "qualifier `{}` contradicts its phrase \"{phrase}\", which says `{}`",
                    declared.code(),
                    stated.code()
                ));
            }
        }
    }
    messages
}

/// What a chart kind demands of its figures: one unit for lengths on one axis, one period for
/// figures set side by side, a part no larger than its whole.
pub fn shape_problems(kind: ChartKind, members: &[CheckedFigure<'_>]) -> Vec<String> {
    let mut messages = Vec::new();
    let listed = |word: fn(&CheckedFigure<'_>) -> &'static str| {
        members
            .iter()
            .map(|figure| format!("`{}` {}", figure.entry.id, word(figure)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if kind.needs_one_unit() && members.windows(2).any(|pair| pair[0].unit != pair[1].unit) {
        messages.push(format!(
            "a `{}` chart needs figures of one unit, found {}",
            kind.code(),
            listed(|figure| figure.unit.code())
        ));
    }
    if kind.compares() && members.windows(2).any(|pair| pair[0].period != pair[1].period) {
        messages.push(format!(
            "a `{}` chart compares figures of one period, found {}",
            kind.code(),
            listed(|figure| figure.period.code())
        ));
    }
    match kind {
        ChartKind::Ring if members.len() != 2 => {
            messages.push(format!(
                "a `ring` takes exactly 2 figures (part, whole), found {}",
                members.len()
            ));
        }
        ChartKind::Ring if members[0].entry.value > members[1].entry.value => {
            messages.push("a `ring`'s part is larger than its whole".into());
        }
        ChartKind::Change => {
            for figure in members {
                if !matches!(figure.qualifier, Qualifier::Growth | Qualifier::Decline) {
                    messages.push(format!(
                        "a `change` chart takes growth or decline figures; `{}` is `{}`",
                        figure.entry.id,
                        figure.qualifier.code()
                    ));
                }
            }
        }
        _ => {}
    }
    messages
}
