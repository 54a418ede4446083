//! The rules one entry of the data file must keep, each a pure function returning the
//! messages of the rules it breaks; `check.rs` applies them to every entry.

use super::checked::CheckedFigure;
use super::format::reported_number;
use super::phrase::{find_value, reading, sentences_containing};
use super::schema::FigureEntry;
use super::vocabulary::{ChartKind, Period, Qualifier, Status, Unit};

/// Words that put the work a phrase counts in progress: such a figure is not `done`.
pub const IN_PROGRESS_WORDS: [&str; 6] = ["推进", "加快", "在建", "启动", "正在", "筹建"];

/// Words that make a phrase's figure a target or a plan, not a result.
pub const TARGET_WORDS: [&str; 3] = ["预期", "力争", "目标为"];

/// Words that hold a status word without its sense: 人均预期寿命 (life expectancy) is no target.
const NOT_STATUS_WORDS: [&str; 3] = ["预期寿命", "启动仪式", "正在于"];

/// The first of `words` that stands in the phrase as a word of its own, not inside a longer
/// word that means something else (人均预期寿命).
pub fn status_word(phrase: &str, words: &[&'static str]) -> Option<&'static str> {
    words.iter().copied().find(|word| {
        phrase.match_indices(word).any(|(at, _)| {
            !NOT_STATUS_WORDS.iter().any(|longer| {
                longer.find(word).is_some_and(|inside| {
                    at >= inside && phrase.get(at - inside..).is_some_and(|rest| rest.starts_with(longer))
                })
            })
        })
    })
}

/// A change's bound, typed: about, at-least, nearly or within, and only on a change (a
/// level's bound is its qualifier).
pub fn bound_of(figure: &FigureEntry, qualifier: Option<Qualifier>) -> Result<Option<Qualifier>, String> {
    let Some(code) = figure.bound.as_deref() else {
        return Ok(None);
    };
    let known = || Qualifier::BOUNDS.map(Qualifier::code).join(", ");
    let bound = Qualifier::from_code(code)
        .filter(|bound| bound.is_bound())
        .ok_or_else(|| format!("unknown bound `{code}` (known: {})", known()))?;
    match qualifier {
        Some(level) if !level.is_change() => Err(format!(
            "bound `{code}` bounds a change (growth, decline, points-up); a `{}` figure's bound is its qualifier: write qualifier = \"{code}\"",
            level.code()
        )),
        _ => Ok(Some(bound)),
    }
}

/// The first run of Chinese characters in a text, if any.
pub fn chinese_in(text: &str) -> Option<String> {
    let is_chinese = |c: char| matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}');
    let start = text.find(is_chinese)?;
    Some(text[start..].chars().take_while(|&c| is_chinese(c)).collect())
}

pub fn value_problems(figure: &FigureEntry, unit: Option<&Unit<'_>>) -> Vec<String> {
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

/// The phrase must be the report's words, state the value and agree with the qualifier and the
/// bound: each word where it bounds the number (约/近/不低于 right before it, 左右/以上/以内
/// after it and its unit).
pub fn phrase_problems(
    figure: &FigureEntry,
    qualifier: Option<Qualifier>,
    bound: Option<Qualifier>,
    report: &str,
) -> Vec<String> {
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
            let (stated, stated_bound) = reading(&phrase[..start], &phrase[end..]);
            if let Some(declared) = qualifier.filter(|&declared| declared != stated) {
                messages.push(format!(
                    "qualifier `{}` contradicts its phrase \"{phrase}\", which says `{}`",
                    declared.code(),
                    stated.code()
                ));
            } else if qualifier.is_some() && bound != stated_bound {
                messages.push(match stated_bound {
                    Some(said) => format!(
                        "its phrase \"{phrase}\" bounds the change: write bound = \"{}\"",
                        said.code()
                    ),
                    None => format!(
                        "bound `{}` is not in its phrase \"{phrase}\", which has no 左右, 约, 以上, 不低于, 近 or 以内 bounding the number",
                        bound.map_or("", Qualifier::code)
                    ),
                });
            }
        }
    }
    messages
}

/// The status must not claim more than the phrase: work in progress or a target is not `done`.
pub fn status_problems(figure: &FigureEntry, status: Option<Status>) -> Vec<String> {
    let mut messages = Vec::new();
    let found = |words: &[&'static str]| status_word(&figure.phrase, words);
    if status == Some(Status::Done) {
        if let Some(word) = found(&IN_PROGRESS_WORDS) {
            messages.push(format!(
                "status `done` contradicts its phrase, whose \"{word}\" puts the work in progress: use `under-way`"
            ));
        }
    }
    if status != Some(Status::Target) {
        if let Some(word) = found(&TARGET_WORDS) {
            messages.push(format!(
                "its phrase's \"{word}\" makes it a target or a plan: use status `target`"
            ));
        }
    }
    messages
}

/// A label that says what its figure's badge already says (累计 on a cumulative figure, "target"
/// on a target, "under way" on work under way): the badge is printed from the data, so the word
/// would stand twice.
pub fn badge_word_problems(figure: &FigureEntry, period: Option<Period>, status: Option<Status>) -> Vec<String> {
    badge_words(period, status)
        .into_iter()
        .filter(|(zh, en)| figure.label_zh.contains(zh) || figure.label_en.to_lowercase().contains(en))
        .map(|(zh, en)| {
            format!("its label says “{zh}” / “{en}”, which its badge says already: take the word out of label_zh and label_en")
        })
        .collect()
}

/// The words (Chinese, English) of the badges a figure of this period and status carries, as
/// they stand in a label: its badge says them (`data::badge`), so a label must not.
pub fn badge_words(period: Option<Period>, status: Option<Status>) -> Vec<(&'static str, &'static str)> {
    let mut words = Vec::new();
    if period == Some(Period::Cumulative) {
        words.push(("累计", "cumulative"));
    }
    match status {
        Some(Status::Target) => words.push(("目标", "target")),
        Some(Status::UnderWay) => words.push(("推进中", "under way")),
        _ => {}
    }
    words
}

/// A chart that sets figures side by side draws only what the report states together: every
/// figure in one sentence of the report, or else the group's `relation` quotes the report's
/// words that compare them, with every figure's value in them.
pub fn stated_together_problems(
    kind: ChartKind,
    members: &[CheckedFigure<'_>],
    relation: Option<&str>,
    report: &str,
) -> Vec<String> {
    if let Some(words) = relation {
        return members
            .iter()
            .filter(|figure| find_value(words, figure.entry.value).is_none())
            .map(|figure| {
                format!(
                    "its relation \"{words}\" does not state `{}` ({}): quote the words that compare all its figures",
                    figure.entry.id,
                    reported_number(figure.entry.value)
                )
            })
            .collect();
    }
    let mut common: Option<Vec<usize>> = None;
    for figure in members {
        let own = sentences_containing(report, &figure.entry.phrase);
        common = Some(match common {
            None => own,
            Some(shared) => shared.into_iter().filter(|at| own.contains(at)).collect(),
        });
    }
    if common.is_some_and(|shared| shared.is_empty()) {
        let ids: Vec<String> = members.iter().map(|figure| format!("`{}`", figure.entry.id)).collect();
        return vec![format!(
            "a `{}` chart sets side by side only figures the report states in one sentence, and {} are not: \
             quote the report's words that compare them in `relation`, or show them as `tiles`",
            kind.code(),
            ids.join(", ")
        )];
    }
    Vec::new()
}

/// What a chart kind demands of its figures: one unit for lengths on one axis, one period and
/// one status for figures set side by side, a part no larger than its whole.
pub fn shape_problems<'a>(kind: ChartKind, members: &[CheckedFigure<'a>]) -> Vec<String> {
    let mut messages = Vec::new();
    let listed = |word: fn(&CheckedFigure<'a>) -> &'a str| {
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
            listed(|figure| figure.unit.code)
        ));
    }
    if kind.needs_one_period_and_status() && members.windows(2).any(|pair| pair[0].period != pair[1].period) {
        messages.push(format!(
            "a `{}` chart reads its figures against each other, so they need one period, found {}",
            kind.code(),
            listed(|figure| figure.period.code())
        ));
    }
    if kind.needs_one_period_and_status() && members.windows(2).any(|pair| pair[0].status != pair[1].status) {
        messages.push(format!(
            "a `{}` chart reads its figures against each other, so they need one status (done, under way or a target), found {}",
            kind.code(),
            listed(|figure| figure.status.code())
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

// A path attribute, so that the build script, which includes this file by path, finds it too.
#[cfg(test)]
#[path = "rules/tests.rs"]
mod tests;
