//! The data file as written by an editor (`data/*.toml`), and every check it must pass.
//!
//! The build script parses the file into [`Document`] with serde and calls [`check`]; any
//! problem fails the build with a message naming the file, the entry and the problem.
//! The same function is tested on corrupted copies of the file (tests/dataset_checks.rs).

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::Deserialize;

use super::format::reported_number;
use super::vocabulary::{ChartKind, Qualifier, Unit};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub report: ReportEntry,
    #[serde(rename = "section")]
    pub sections: Vec<SectionEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportEntry {
    pub title_zh: String,
    pub title_en: String,
    pub summary_zh: String,
    pub summary_en: String,
    pub source_zh: String,
    pub source_en: String,
    pub publication_zh: String,
    pub publication_en: String,
    pub headline: Vec<String>,
    #[serde(default)]
    pub notes_zh: Vec<String>,
    #[serde(default)]
    pub notes_en: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionEntry {
    pub id: String,
    pub heading_zh: String,
    #[serde(default)]
    pub subheading_zh: String,
    pub heading_en: String,
    #[serde(default)]
    pub subheading_en: String,
    #[serde(rename = "figure", default)]
    pub figures: Vec<FigureEntry>,
    #[serde(rename = "group", default)]
    pub groups: Vec<GroupEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureEntry {
    pub id: String,
    pub value: f64,
    pub unit: String,
    pub qualifier: String,
    pub label_zh: String,
    pub label_en: String,
    pub phrase: String,
    /// For a number computed from reported ones: its formula. It is never shown as reported.
    #[serde(default)]
    pub derived: Option<String>,
    /// A percentage that may legitimately exceed 100 (a completion rate against plan).
    #[serde(default)]
    pub over_100: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupEntry {
    pub id: String,
    pub chart: String,
    pub title_zh: String,
    pub title_en: String,
    pub figures: Vec<String>,
}

/// One thing wrong with the data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// The entry, e.g. "figure `online-retail-sales`".
    pub entry: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.entry, self.message)
    }
}

/// Checks a parsed data file against the report it quotes. Returns every problem found.
pub fn check(file: &str, document: &Document, report_text: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |entry: String, message: String| {
        problems.push(Problem {
            file: file.to_string(),
            entry,
            message,
        });
    };

    let mut seen_ids: HashMap<String, String> = HashMap::new();
    let mut remember = |id: &str, what: String, problem: &mut dyn FnMut(String, String)| {
        if id.trim().is_empty() {
            problem(what.clone(), "empty id".into());
        } else if let Some(first) = seen_ids.get(id) {
            problem(what, format!("duplicate id: already used by {first}"));
        } else {
            seen_ids.insert(id.to_string(), what);
        }
    };

    let report = &document.report;
    for (field, text) in [
        ("title_zh", &report.title_zh),
        ("title_en", &report.title_en),
        ("summary_zh", &report.summary_zh),
        ("summary_en", &report.summary_en),
        ("source_zh", &report.source_zh),
        ("source_en", &report.source_en),
        ("publication_zh", &report.publication_zh),
        ("publication_en", &report.publication_en),
    ] {
        if text.trim().is_empty() {
            problem("[report]".into(), format!("empty {field}"));
        }
    }
    if report.notes_zh.len() != report.notes_en.len() {
        problem(
            "[report]".into(),
            format!(
                "notes_zh has {} notes but notes_en has {}: each note needs both languages",
                report.notes_zh.len(),
                report.notes_en.len()
            ),
        );
    }

    let mut figure_sections: HashMap<&str, &str> = HashMap::new();
    for section in &document.sections {
        let section_name = format!("section `{}`", section.id);
        remember(&section.id, section_name.clone(), &mut problem);
        if section.heading_zh.trim().is_empty() || section.heading_en.trim().is_empty() {
            problem(
                section_name.clone(),
                "empty heading (heading_zh and heading_en are required)".into(),
            );
        }
        for figure in &section.figures {
            let name = format!("figure `{}`", figure.id);
            remember(&figure.id, name.clone(), &mut problem);
            figure_sections.insert(&figure.id, &section.id);
            for message in check_figure(figure, report_text) {
                problem(name.clone(), message);
            }
        }
    }

    let mut grouped: HashSet<&str> = HashSet::new();
    for section in &document.sections {
        let units: HashMap<&str, &FigureEntry> = section.figures.iter().map(|f| (f.id.as_str(), f)).collect();
        for group in &section.groups {
            let name = format!("group `{}`", group.id);
            remember(&group.id, name.clone(), &mut problem);
            if group.title_zh.trim().is_empty() || group.title_en.trim().is_empty() {
                problem(name.clone(), "empty title (title_zh and title_en are required)".into());
            }
            if group.figures.is_empty() {
                problem(name.clone(), "names no figures".into());
            }
            let mut members = Vec::new();
            for id in &group.figures {
                match (units.get(id.as_str()), figure_sections.get(id.as_str())) {
                    (Some(figure), _) => {
                        grouped.insert(&figure.id);
                        members.push(*figure);
                    }
                    (None, Some(other)) => problem(
                        name.clone(),
                        format!(
                            "names figure `{id}` of section `{other}`; a group takes figures of its own section `{}`",
                            section.id
                        ),
                    ),
                    (None, None) => problem(name.clone(), format!("names missing figure `{id}`")),
                }
            }
            match ChartKind::from_code(&group.chart) {
                None => problem(
                    name.clone(),
                    format!(
                        "unknown chart `{}` (known: {})",
                        group.chart,
                        codes(ChartKind::ALL.iter().map(|k| k.code()))
                    ),
                ),
                Some(kind) => {
                    for message in check_group_shape(kind, &members) {
                        problem(name.clone(), message);
                    }
                }
            }
        }
        for figure in &section.figures {
            if !grouped.contains(figure.id.as_str()) {
                problem(
                    format!("figure `{}`", figure.id),
                    format!("is in no group of section `{}`, so it would never be shown", section.id),
                );
            }
        }
    }

    for id in &report.headline {
        if !figure_sections.contains_key(id.as_str()) {
            problem("[report] headline".into(), format!("names missing figure `{id}`"));
        }
    }
    problems
}

fn codes<'a>(all: impl Iterator<Item = &'a str>) -> String {
    all.collect::<Vec<_>>().join(", ")
}

fn check_figure(figure: &FigureEntry, report_text: &str) -> Vec<String> {
    let mut messages = Vec::new();
    if figure.label_zh.trim().is_empty() {
        messages.push("empty label_zh".into());
    }
    if figure.label_en.trim().is_empty() {
        messages.push("empty label_en".into());
    }
    let unit = Unit::from_code(&figure.unit);
    if unit.is_none() {
        messages.push(format!(
            "unknown unit `{}` (known: {})",
            figure.unit,
            codes(Unit::ALL.iter().map(|u| u.code()))
        ));
    }
    let qualifier = Qualifier::from_code(&figure.qualifier);
    if qualifier.is_none() {
        messages.push(format!(
            "unknown qualifier `{}` (known: {})",
            figure.qualifier,
            codes(Qualifier::ALL.iter().map(|q| q.code()))
        ));
    }
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
    if figure.phrase.trim().is_empty() {
        messages.push("empty phrase".into());
        return messages;
    }
    if !report_text.contains(&figure.phrase) {
        messages.push(format!(
            "phrase \"{}\" is not a verbatim part of the report",
            figure.phrase
        ));
    }
    if let Some(formula) = &figure.derived {
        if formula.trim().is_empty() {
            messages.push("empty `derived` formula".into());
        }
        return messages;
    }
    match find_value(&figure.phrase, figure.value) {
        None => messages.push(format!(
            "value {} does not appear in its phrase \"{}\"",
            reported_number(figure.value),
            figure.phrase
        )),
        Some((start, end)) => {
            let stated = qualifier_in_phrase(&figure.phrase[..start], &figure.phrase[end..]);
            if let Some(declared) = qualifier {
                if declared != stated {
                    messages.push(format!(
                        "qualifier `{}` contradicts its phrase \"{}\", which says `{}`",
                        declared.code(),
                        figure.phrase,
                        stated.code()
                    ));
                }
            }
        }
    }
    messages
}

fn check_group_shape(kind: ChartKind, members: &[&FigureEntry]) -> Vec<String> {
    let mut messages = Vec::new();
    if kind.needs_one_unit() {
        let units: Vec<&str> = members.iter().map(|f| f.unit.as_str()).collect();
        if units.windows(2).any(|pair| pair[0] != pair[1]) {
            messages.push(format!(
                "a `{}` chart needs figures of one unit, found {}",
                kind.code(),
                units.join(", ")
            ));
        }
    }
    match kind {
        ChartKind::Ring if members.len() != 2 => {
            messages.push(format!(
                "a `ring` takes exactly 2 figures (part, whole), found {}",
                members.len()
            ));
        }
        ChartKind::Ring if members.len() == 2 && members[0].value > members[1].value => {
            messages.push("a `ring`'s part is larger than its whole".into());
        }
        ChartKind::Change => {
            for figure in members {
                if !matches!(figure.qualifier.as_str(), "growth" | "decline") {
                    messages.push(format!(
                        "a `change` chart takes growth or decline figures; `{}` is `{}`",
                        figure.id, figure.qualifier
                    ));
                }
            }
        }
        _ => {}
    }
    messages
}

/// Where the value stands in the phrase as a whole number: Arabic digits as reported, or the
/// report's Chinese numeral for 1–10 (两个社区卫生服务中心, 连续第七年).
fn find_value(phrase: &str, value: f64) -> Option<(usize, usize)> {
    let digits = reported_number(value);
    let is_number_char = |c: char| c.is_ascii_digit() || c == '.';
    for (start, _) in phrase.match_indices(&digits) {
        let end = start + digits.len();
        let before = phrase[..start].chars().next_back();
        let after = phrase[end..].chars().next();
        let continues = after.is_some_and(|c| c.is_ascii_digit())
            || (after == Some('.') && phrase[end + 1..].starts_with(|c: char| c.is_ascii_digit()));
        if !before.is_some_and(is_number_char) && !continues {
            return Some((start, end));
        }
    }
    const NUMERALS: [(f64, &[char]); 10] = [
        (1.0, &['一']),
        (2.0, &['二', '两']),
        (3.0, &['三']),
        (4.0, &['四']),
        (5.0, &['五']),
        (6.0, &['六']),
        (7.0, &['七']),
        (8.0, &['八']),
        (9.0, &['九']),
        (10.0, &['十']),
    ];
    let (_, numerals) = NUMERALS.iter().find(|(n, _)| *n == value)?;
    phrase
        .char_indices()
        .find(|(_, c)| numerals.contains(c))
        .map(|(start, c)| (start, start + c.len_utf8()))
}

/// The qualifier the report's words give a number: 超N, N余, 第N, or the nearest 增长 / 下降 /
/// 提高…百分点 before it in the same clause.
fn qualifier_in_phrase(before: &str, after: &str) -> Qualifier {
    if before.ends_with('超') {
        return Qualifier::MoreThan;
    }
    if before.ends_with('第') {
        return Qualifier::Ordinal;
    }
    let mut after_chars = after.chars();
    let first = after_chars.next();
    if first == Some('余') || (matches!(first, Some('万' | '亿')) && after_chars.next() == Some('余')) {
        return Qualifier::About;
    }
    let clause = before.rsplit(['，', '。', '；', ',', ';']).next().unwrap_or(before);
    let keywords = [
        ("增长", Qualifier::Growth),
        ("下降", Qualifier::Decline),
        ("提高", Qualifier::PointsUp),
    ];
    let nearest = keywords
        .iter()
        .filter_map(|(word, qualifier)| clause.rfind(word).map(|at| (at, *qualifier)))
        .max_by_key(|(at, _)| *at);
    match nearest {
        Some((_, Qualifier::PointsUp)) if !after.contains("百分点") => Qualifier::Exact,
        Some((_, qualifier)) => qualifier,
        None => Qualifier::Exact,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_whole_numbers_only() {
        assert_eq!(find_value("建成5个“一刻钟便民生活圈”", 5.0), Some((6, 7)));
        assert_eq!(find_value("交易额达26.8亿元", 6.8), None);
        assert_eq!(find_value("交易额达26.8亿元", 26.0), None);
        assert_eq!(find_value("两个社区卫生服务中心", 2.0), Some((0, 3)));
    }

    #[test]
    fn reads_the_reports_qualifiers() {
        assert_eq!(
            qualifier_in_phrase("累计兑现惠企政策资金超", "万元"),
            Qualifier::MoreThan
        );
        assert_eq!(
            qualifier_in_phrase("发放低保、特困、高龄、残疾人等各类补贴", "余万元"),
            Qualifier::About
        );
        assert_eq!(qualifier_in_phrase("", "万余名群众喜迁新居"), Qualifier::About);
        assert_eq!(qualifier_in_phrase("175.99亿元，增长", "%"), Qualifier::Growth);
        assert_eq!(qualifier_in_phrase("全年网络零售额累计完成", "亿元"), Qualifier::Exact);
        assert_eq!(qualifier_in_phrase("分别下降26.3%、26.8%、", "%"), Qualifier::Decline);
        assert_eq!(qualifier_in_phrase("提高了", "个百分点"), Qualifier::PointsUp);
        assert_eq!(qualifier_in_phrase("连续第", "年入选"), Qualifier::Ordinal);
    }
}
