//! Each number of a section as a figure draft (unit, qualifier, phrase, label, period and
//! status guessed) or a non-figure draft (a year, a date, a name), read with the same
//! functions the build checks with, so a draft passes every check a machine can make.

use super::clutter::{covers, Dropped};
use super::sections::SectionDraft;
use crate::data::numbers::{numbers_in, Mention};
use crate::data::phrase::{joined_lines, reading};
use crate::data::rules::{IN_PROGRESS_WORDS, TARGET_WORDS};
use crate::data::{Period, Qualifier, Status, Unit};

/// A figure as the draft proposes it.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureDraft {
    pub value: f64,
    /// The unit's code; a unit the vocabulary lacks is proposed as a new one.
    pub unit: String,
    pub known_unit: bool,
    pub qualifier: Qualifier,
    /// A change's bound (增长3.5%左右: about).
    pub bound: Option<Qualifier>,
    pub period: Period,
    pub status: Status,
    pub label_zh: String,
    pub phrase: String,
}

/// A number the draft takes for no figure, with why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NonFigureDraft {
    /// The report's words around the number, verbatim.
    pub text: String,
    pub reason_zh: &'static str,
    pub reason_en: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Candidate {
    Figure(FigureDraft),
    NonFigure(NonFigureDraft),
}

/// Where a clause ends: a phrase never runs past one of these.
const CLAUSE_ENDS: &[char] = &['，', '。', '；', '：', '！', '？', '…', '—', ',', ';'];

/// Words that open a clause without naming its subject: a clause that holds nothing else
/// takes its subject from the clause before it (…完成192.3亿元，同比增长6.0%).
const CONNECTORS: &[&str] = &[
    "同比",
    "分别",
    "增长",
    "下降",
    "提高",
    "达到",
    "达",
    "为",
    "占",
    "其中",
    "比上年",
    "较上年",
    "较",
    "比",
    "均",
    "约",
    "近",
    "超",
    "完成",
    "实现",
    "按可比价计算",
    "按可比价格计算",
];

/// The candidates of one section, in the report's order.
pub fn classify(report: &str, section: &SectionDraft, units: &[Unit<'_>], dropped: &[Dropped]) -> Vec<Candidate> {
    let joined = joined_lines(report);
    let text = &joined[section.start..section.end];
    numbers_in(text)
        .into_iter()
        .map(|mention| {
            if let Some(page) = covers(dropped, section.start + mention.start) {
                return Candidate::NonFigure(NonFigureDraft {
                    text: page.line.clone(),
                    reason_zh: "网页的附加内容，不是报告正文",
                    reason_en: "part of the web page the text was copied from, not of the report",
                });
            }
            let before = &text[..mention.start];
            let after = &text[mention.end..];
            let in_heading = in_heading(text, &section.heading, &mention);
            let reason = if in_heading {
                Some(("标题中的数字", "a number in a heading"))
            } else {
                non_figure_reason(&mention, before, after)
            };
            match reason {
                Some((reason_zh, reason_en)) => Candidate::NonFigure(NonFigureDraft {
                    text: around(text, &mention),
                    reason_zh,
                    reason_en,
                }),
                None => Candidate::Figure(figure(text, &mention, units, &section.heading)),
            }
        })
        .collect()
}

/// Whether the number stands inside the section's own heading (（一）三大攻坚战强力突破).
fn in_heading(text: &str, heading: &str, mention: &Mention<'_>) -> bool {
    !heading.is_empty()
        && text
            .match_indices(heading)
            .any(|(at, _)| at <= mention.start && mention.end <= at + heading.len())
}

/// Years, dates, names with a number in them: what a reader would not call a figure.
fn non_figure_reason(mention: &Mention<'_>, before: &str, after: &str) -> Option<(&'static str, &'static str)> {
    let next = after.chars().next();
    let is_year = mention.value.fract() == 0.0 && (1949.0..=2100.0).contains(&mention.value) && mention.text.len() == 4;
    if is_year {
        return Some(("年份", "a year"));
    }
    if matches!(next, Some('月' | '日' | '时')) || (mention.text.len() <= 2 && after.starts_with('月')) {
        return Some(("日期", "a date"));
    }
    if after.starts_with("号线") || after.starts_with('号') {
        return Some(("名称中的编号", "a number in a name"));
    }
    if before.ends_with("PM") || before.ends_with("PM_{") || next.is_some_and(|c| c.is_ascii_alphabetic()) {
        return Some(("名称中的数字", "a number in a name"));
    }
    if after.starts_with('+') || before.ends_with('+') {
        return Some(("口号或名称中的数字", "a number in a slogan or a name"));
    }
    let quoted = before
        .rfind('“')
        .is_some_and(|open| before.rfind('”').is_none_or(|close| close < open));
    if quoted {
        return Some(("引号中的名称或口号", "a name or slogan in quotation marks"));
    }
    if matches!(mention.text, "十八" | "十九" | "二十") && after.starts_with('大') {
        return Some(("会议名称（党的代表大会届次）", "the name of a congress"));
    }
    let session: String = after.chars().take(12).collect();
    if before.ends_with('第')
        && ["大会", "会议", "全会"].iter().any(|word| session.contains(word))
        && matches!(next, Some('届' | '次'))
    {
        return Some(("会议的届次（名称）", "the session of a meeting (part of its name)"));
    }
    None
}

/// The report's words around a non-figure, enough to find it: the number with up to four
/// characters either side, within its clause.
fn around(text: &str, mention: &Mention<'_>) -> String {
    let before: Vec<char> = text[..mention.start]
        .chars()
        .rev()
        .take_while(|c| !CLAUSE_ENDS.contains(c) && !"“”".contains(*c))
        .take(4)
        .collect();
    let after: String = text[mention.end..]
        .chars()
        .take_while(|c| !CLAUSE_ENDS.contains(c) && !"“”".contains(*c))
        .take(4)
        .collect();
    let before: String = before.into_iter().rev().collect();
    format!("{before}{}{after}", mention.text)
}

fn figure(text: &str, mention: &Mention<'_>, units: &[Unit<'_>], heading: &str) -> FigureDraft {
    let after = &text[mention.end..];
    let (unit, unit_len, known_unit) = unit_after(after, units);
    // 余 between the number and its unit (6450余万元) or inside it (6万余名).
    let clause_start = clause_start(text, mention.start);
    let unit_end = mention.end + unit_len;
    let clause_end = text[unit_end..]
        .find(CLAUSE_ENDS)
        .map_or(text.len(), |at| unit_end + at);
    let phrase = &text[clause_start..clause_end];
    let (qualifier, bound) = reading(&text[clause_start..mention.start], after);
    let status = if TARGET_WORDS
        .iter()
        .chain(&["左右", "计划", "目标"])
        .any(|word| phrase.contains(word))
        || ["目标", "预期", "安排", "计划"]
            .iter()
            .any(|word| heading.contains(word))
    {
        Status::Target
    } else if IN_PROGRESS_WORDS.iter().any(|word| phrase.contains(word)) {
        Status::UnderWay
    } else {
        Status::Done
    };
    let period = if phrase.contains("累计") && !phrase.contains("全年") {
        Period::Cumulative
    } else if ["总数", "总量", "余额", "存量"]
        .iter()
        .any(|word| phrase.contains(word))
    {
        Period::PointInTime
    } else {
        Period::Year
    };
    // What a 第N or an N大 counts is named after it: 第七届南昌赛艇大师赛, 四大教育集团.
    let named_after = qualifier == Qualifier::Ordinal || after.starts_with('大');
    let label_zh = if named_after {
        let before = label(&text[clause_start..mention.start]);
        let before = before.trim_end_matches('第').trim_end_matches("连续");
        format!("{before}{}", &text[unit_end..clause_end])
    } else {
        label(&text[clause_start..mention.start])
    };
    FigureDraft {
        value: mention.value,
        unit,
        known_unit,
        qualifier,
        bound,
        period,
        status,
        label_zh,
        phrase: phrase.to_string(),
    }
}

/// The unit right after a number: the longest code of the vocabulary (个百分点 reads as 百分点,
/// 余 is skipped), else the next character, proposed as a new unit.
fn unit_after(after: &str, units: &[Unit<'_>]) -> (String, usize, bool) {
    let skipped = ["余", "个百分点"]
        .iter()
        .find(|word| after.starts_with(*word))
        .map_or(0, |word| if *word == "余" { word.len() } else { "个".len() });
    let rest = &after[skipped..];
    let unfolded = |code: &str| -> Option<usize> {
        // 万余名: the unit 万名 with 余 inside it.
        if rest.starts_with(code) {
            return Some(code.len());
        }
        let mut chars = code.chars();
        let magnitude = chars.next().filter(|c| "万亿".contains(*c))?;
        let tail = chars.as_str();
        let folded = format!("{magnitude}余{tail}");
        (!tail.is_empty() && rest.starts_with(&folded)).then_some(folded.len())
    };
    let best = units
        .iter()
        .filter_map(|unit| unfolded(unit.code).map(|len| (unit.code, len)))
        .max_by_key(|(_, len)| *len);
    match best {
        Some((code, len)) => (code.to_string(), skipped + len, true),
        None => {
            let next: String = rest
                .chars()
                .take(1)
                .filter(|c| !CLAUSE_ENDS.contains(c) && !c.is_ascii())
                .collect();
            let len = next.len();
            // 四大教育集团: four (major) education groups, a count.
            let code = if next.is_empty() || next == "大" {
                "个".to_string()
            } else {
                next
            };
            let known = units.iter().any(|unit| unit.code == code);
            (code, skipped + len, known)
        }
    }
}

/// Where the clause holding a number starts; a clause with no subject of its own starts with
/// the one before it.
fn clause_start(text: &str, at: usize) -> usize {
    let mut start = text[..at]
        .rfind(CLAUSE_ENDS)
        .map_or(0, |end| end + text[end..].chars().next().map_or(0, char::len_utf8));
    for _ in 0..2 {
        let subject = strip_connectors(&text[start..at]);
        if subject.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) || start == 0 {
            break;
        }
        let previous_end = start - text[..start].chars().next_back().map_or(0, char::len_utf8);
        start = text[..previous_end]
            .rfind(CLAUSE_ENDS)
            .map_or(0, |end| end + text[end..].chars().next().map_or(0, char::len_utf8));
    }
    start
}

fn strip_connectors(text: &str) -> String {
    let mut rest = text.trim();
    loop {
        let before = rest;
        for word in CONNECTORS {
            rest = rest.trim_start_matches(word).trim_end_matches(word);
        }
        rest = rest.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == '、' || c == '%');
        if rest == before {
            return rest.to_string();
        }
    }
}

/// A Chinese label from the words before the number: connectors, numbers and list marks out.
fn label(before: &str) -> String {
    let words: String = before
        .split(CLAUSE_ENDS)
        .map(strip_connectors)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("，");
    let words = ["全年", "一年来", "去年", "其中", "同时", "此外"]
        .iter()
        .fold(words.as_str(), |rest, opener| rest.trim_start_matches(opener))
        .trim();
    if words.is_empty() {
        before.trim().to_string()
    } else {
        words.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::schema::UnitsFile;
    use crate::data::units::typed;

    fn candidates(text: &str) -> Vec<Candidate> {
        let file: &'static UnitsFile =
            Box::leak(Box::new(toml::from_str(super::super::UNITS_TOML).expect("units parse")));
        let units: Vec<Unit<'static>> = file.units.iter().map(|entry| typed(entry).expect("valid")).collect();
        let section = SectionDraft {
            heading: String::new(),
            subheading: String::new(),
            start: 0,
            end: joined_lines(text).len(),
        };
        classify(text, &section, &units, &[])
    }

    fn figures(text: &str) -> Vec<FigureDraft> {
        candidates(text)
            .into_iter()
            .filter_map(|candidate| match candidate {
                Candidate::Figure(figure) => Some(figure),
                Candidate::NonFigure(_) => None,
            })
            .collect()
    }

    #[test]
    fn a_figure_with_its_unit_qualifier_and_clause() {
        let [sales, growth] = &figures("全年网络零售额累计完成175.99亿元，增长14.8%，均位居省市前列。")[..]
        else {
            panic!("two figures")
        };
        assert_eq!(
            (sales.value, sales.unit.as_str(), sales.qualifier),
            (175.99, "亿元", Qualifier::Exact)
        );
        assert_eq!(sales.phrase, "全年网络零售额累计完成175.99亿元");
        assert_eq!(sales.period, Period::Year);
        assert_eq!(sales.label_zh, "网络零售额累计");
        assert_eq!(
            (growth.value, growth.unit.as_str(), growth.qualifier),
            (14.8, "%", Qualifier::Growth)
        );
        assert_eq!(growth.phrase, "全年网络零售额累计完成175.99亿元，增长14.8%");
    }

    #[test]
    fn qualifiers_over_and_more_than_and_points() {
        let found = figures("发放各类补贴6450余万元，6万余名群众喜迁新居，活动超30场，提高了3.7个百分点。");
        let read: Vec<(f64, &str, Qualifier)> = found.iter().map(|f| (f.value, f.unit.as_str(), f.qualifier)).collect();
        assert_eq!(
            read,
            [
                (6450.0, "万元", Qualifier::Over),
                (6.0, "万名", Qualifier::Over),
                (30.0, "场", Qualifier::MoreThan),
                (3.7, "百分点", Qualifier::PointsUp)
            ]
        );
    }

    #[test]
    fn status_and_period_guesses() {
        let found = figures("稳步推进29个安置房项目建设，累计增加厂房超100万平方米，力争地区生产总值增长6.5%左右。");
        assert_eq!(found[0].status, Status::UnderWay);
        assert_eq!(found[1].period, Period::Cumulative);
        assert_eq!(found[2].status, Status::Target);
    }

    #[test]
    fn years_dates_and_names_are_no_figures() {
        let reasons: Vec<&str> = candidates("2023年，地铁2号线、“1+2+N”、5G、3月4日、PM_{2.5}。")
            .into_iter()
            .filter_map(|candidate| match candidate {
                Candidate::NonFigure(non_figure) => Some(non_figure.reason_en),
                Candidate::Figure(_) => None,
            })
            .collect();
        assert_eq!(reasons.len(), 8, "{reasons:?}");
        assert_eq!(reasons[0], "a year");
    }

    #[test]
    fn a_unit_the_vocabulary_lacks_is_proposed() {
        let [boilers] = &figures("拆除10蒸吨燃煤锅炉。")[..] else {
            panic!("one figure")
        };
        assert_eq!(
            (boilers.unit.as_str(), boilers.known_unit),
            ("蒸", false),
            "the editor completes 蒸吨"
        );
    }
}
