//! The notes under the infographic. What a note promises about every chart is written here,
//! beside the checks that hold it (`rules.rs`), and the note on derived figures is made from
//! the derived figures themselves; the data file adds only notes about its own report. So a
//! note cannot promise what the build does not check, and cannot list a figure the data lacks.

use super::checked::Checked;
use super::format::{derived_mark, figure_value};
use super::vocabulary::Lang;

/// The rules every dataset's charts keep (`rules.rs`: `shape_problems`, `status_problems`,
/// `stated_together_problems`; `check.rs`: a ring's relation, phrases quoted verbatim).
pub const PROMISES: [(&str, &str); 3] = [
    (
        "所有数字均摘自原报道（标“推算”的数字除外），每个数字所附原文短语可在报道中逐字检索到（不计原文排版的换行）。",
        "Every figure is taken from the report, except those marked “derived”; each one’s quoted phrase can be found word for word in the report (ignoring the line breaks of its layout).",
    ),
    (
        "带“超”的数字表示超过该数，显示为“超”＋数字；带“余”的数字表示略多于该数、不会少于该数，显示为数字＋“余”。",
        "\"More than\" marks a figure the report states as more than a number; \"over\" marks a round figure that the report says was exceeded by an unstated remainder: a little over it, never under.",
    ),
    (
        "柱状图和增减图只并列原报道在同一句话中一并列出的数字（或原报道本身加以比较的数字）；部分与整体的细条只用于原报道明确说明部分与整体关系的数字（其底条为整体）。同一柱状图或增减图中的数字时期相同、进展状态相同：全年数字不与累计数或某一时点的数字放在一起，已完成的工作不与正在推进的工作或目标放在一起。数字卡片只逐项列出数字，不作比较。",
        "Bar and change charts set side by side only figures that the report states together in one sentence (or that its own words compare); a thin bar of a part of a whole is drawn only where the report states that relation (its track is the whole). The figures of one bar or change chart cover the same period and have the same status: a figure for the year never stands with a cumulative one or with a level at a point in time, and work done never with work under way or with a target. Number cards list figures one by one and compare nothing.",
    ),
];

/// The opening of the note listing the numbers that are not figures.
const NON_FIGURES_ZH: &str = "原报道中不作数据的数字（年份、名称、口号等），其中包括：";

/// The opening of the note on the derived figures.
const DERIVED_ZH: &str = "推算数字（原报道未直接印出，处处标“";

/// Whether a note (its Chinese text) is one a poster prints: the derived figures' (a figure
/// on it is marked so); not what every chart promises, the list of the report's other
/// numbers, or the data file's notes on how the page sets its figures (the page's notes, a
/// link away, hold them).
pub fn on_poster(note_zh: &str) -> bool {
    note_zh.starts_with(DERIVED_ZH)
}

/// Every note in both languages, in the order shown: the promises, the derived figures, the
/// numbers that are not figures, then the data file's own notes.
pub fn reader_notes(checked: &Checked<'_>) -> Vec<(String, String)> {
    let mut notes: Vec<(String, String)> = PROMISES.iter().map(|&(zh, en)| (zh.into(), en.into())).collect();
    let derived: Vec<_> = checked
        .sections
        .iter()
        .flat_map(|section| &section.figures)
        .filter(|figure| figure.entry.is_derived())
        .collect();
    if !derived.is_empty() {
        let list = |lang: Lang| {
            derived
                .iter()
                .map(|figure| {
                    let entry = figure.entry;
                    let (label, formula) = match lang {
                        Lang::Zh => (&entry.label_zh, entry.derived_zh.as_deref().unwrap_or_default()),
                        Lang::En => (&entry.label_en, entry.derived_en.as_deref().unwrap_or_default()),
                    };
                    let value = figure_value(entry.value, &figure.unit, figure.qualifier, lang);
                    match lang {
                        Lang::Zh => format!("{label}{value}（{formula}）"),
                        Lang::En => format!("{label}, {value} ({formula})"),
                    }
                })
                .collect::<Vec<_>>()
        };
        notes.push((
            format!(
                "{DERIVED_ZH}{}”）：{}。",
                derived_mark(Lang::Zh).trim_matches(['（', '）']),
                list(Lang::Zh).join("；")
            ),
            format!(
                "Derived figures (not printed in the report, marked \"{}\" wherever shown): {}.",
                derived_mark(Lang::En).trim().trim_matches(['(', ')']),
                list(Lang::En).join("; ")
            ),
        ));
    }
    let non_figures = &checked.non_figures;
    if !non_figures.is_empty() {
        // Each edition lists the words in its own language: the report's in Chinese, their
        // gloss in English; both as plain text.
        let zh: Vec<String> = non_figures
            .iter()
            .map(|entry| format!("{}（{}）", plain(&entry.text), entry.reason_zh))
            .collect();
        let en: Vec<String> = non_figures
            .iter()
            .map(|entry| format!("{} ({})", plain(&entry.text_en), entry.reason_en))
            .collect();
        notes.push((
            format!(
                "{NON_FIGURES_ZH}{}。",
                zh.join("；")
            ),
            format!(
                "Numbers in the report that are not figures (years, names, slogans and the like), among them, in translation: {}.",
                en.join("; ")
            ),
        ));
    }
    let report = checked.report;
    notes.extend(report.notes_zh.iter().cloned().zip(report.notes_en.iter().cloned()));
    notes
}

/// The report's words as plain text: its typesetting's subscripts and superscripts
/// (`PM_{2.5}`, `m^{3}`) written inline (PM2.5, m3), as the notes are printed as text.
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['_', '^']) {
        let (before, marked) = rest.split_at(at);
        out.push_str(before);
        match marked[1..].strip_prefix('{').and_then(|inner| inner.split_once('}')) {
            Some((script, after)) => {
                out.push_str(script);
                rest = after;
            }
            None => {
                out.push_str(&marked[..1]);
                rest = &marked[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn typesetting_is_written_inline() {
        assert_eq!(plain("区域PM_{2.5}、PM₁₀浓度"), "区域PM2.5、PM₁₀浓度");
        assert_eq!(plain("m^{3}"), "m3");
        assert_eq!(plain("a_b, c^ and d_{e"), "a_b, c^ and d_{e");
        assert_eq!(plain("江纺1953"), "江纺1953");
    }
}
