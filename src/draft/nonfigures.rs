//! Numbers a reader would not call figures (a year, a date, a list's numbering, a span of
//! years, the name of a plan, a meeting or a model, a threshold, a ratio's parts), each with
//! its reason, quoted as a whole phrase of the report: its clause, or its quotation.

use super::labels::CLAUSE_ENDS;
use super::ranks::is_rank;
use crate::data::numbers::Mention;

pub type Reason = (&'static str, &'static str);

/// Where a number stands: the text around it, and whether it opens a line of the report.
pub struct Place<'t> {
    pub before: &'t str,
    pub after: &'t str,
    pub opens_line: bool,
}

/// What a number after N大 or N项 names when it is a programme, not a count.
const PROGRAMMES: &[&str] = &[
    "工程",
    "行动",
    "战略",
    "专项",
    "攻坚",
    "任务",
    "举措",
    "板块",
    "改革",
    "计划",
    "制度",
    "机制",
    "意识",
    "自信",
    "维护",
    "方面",
    "本领",
    "责任",
    "通道",
    "大事",
    "重点工作",
    "名片",
    "基金",
    "规定",
];

/// What a 第N counts when it is a figure (第七届, 连续第三年, 第2名); before anything else it
/// is a name or a figure of speech (第一动力, 第二轮土地承包, 第三中学).
const ORDINAL_COUNTS: &str = "届次年名位批期季个项家";

/// What follows 第N in a name: a school, an inspection team, a figure of speech.
const ORDINAL_NAMES: &[&str] = &[
    "中学",
    "小学",
    "幼儿园",
    "巡视组",
    "人民医院",
    "医院",
    "时间",
    "标准",
    "品牌",
    "方阵",
];

/// Why a number is no figure, if it is none.
pub fn reason(mention: &Mention<'_>, place: &Place<'_>) -> Option<Reason> {
    numbering(mention, place)
        .or_else(|| time(mention, place))
        .or_else(|| name(mention, place))
        .or_else(|| programme(mention, place))
        .or_else(|| span(mention, place))
}

/// A span of years in words (极不平凡的五年, 关键五年, 利用三年左右时间): a length of time, not a
/// count, unless it is a streak's (连续三年) or an ordinal's (第三年).
fn span(mention: &Mention<'_>, place: &Place<'_>) -> Option<Reason> {
    let chinese = !mention.text.starts_with(|c: char| c.is_ascii_digit());
    let streak = ["连续", "第"].iter().any(|w| place.before.ends_with(w));
    (chinese && place.after.starts_with('年') && !streak).then_some((
        "时间段（如“五年来”），不是数据",
        "a span of years (five years on), not a figure",
    ))
}

/// 1. / 1、 / （1） opening a line, and 20.2026年: the list's 20 glued to the year 2026.
fn numbering(mention: &Mention<'_>, place: &Place<'_>) -> Option<Reason> {
    let after = place.after;
    let next = after.chars().next();
    let glued_year = mention.text.split_once('.').is_some_and(|(_, year)| {
        year.len() == 4 && (year.starts_with("19") || year.starts_with("20")) && after.starts_with('年')
    });
    let marked = matches!(next, Some('、' | '.' | '．' | '）' | ')'))
        && !after[next.map_or(0, char::len_utf8)..].starts_with(|c: char| c.is_ascii_digit());
    let opens = place.opens_line || matches!(place.before.trim(), "（" | "(");
    (opens && (marked || glued_year)).then_some(("列表序号", "the numbering of a list"))
}

/// A year, a date, a span of years (五年来), an anniversary.
fn time(mention: &Mention<'_>, place: &Place<'_>) -> Option<Reason> {
    let (before, after) = (place.before, place.after);
    // A year is followed by 年 or by no unit (2019-03-11, “绿盾2018”, 江纺1953文化教育产业园):
    // 2000余万元 is money, 2020个 a count.
    let is_year = mention.value.fract() == 0.0
        && (1949.0..=2100.0).contains(&mention.value)
        && mention.text.len() == 4
        && !after.starts_with(|c: char| "余多万亿元个家项人名户吨米亩台辆套座条所件次场期处种批%".contains(c));
    let span_opener = ["近", "过去", "前", "今后", "未来", "这"]
        .iter()
        .any(|w| before.ends_with(w));
    if is_year {
        Some(("年份", "a year"))
    } else if after.starts_with("年来") || (after.starts_with('年') && span_opener) {
        Some((
            "时间段（如“五年来”），不是数据",
            "a span of years (five years on), not a figure",
        ))
    } else if after.starts_with(['月', '日', '时']) {
        Some(("日期", "a date"))
    } else if after.starts_with("周年") {
        Some(("周年纪念", "an anniversary"))
    } else {
        None
    }
}

/// A number in a name: a line or a number (2号线), a model (C919, 5G), a slogan (1+2+N), a
/// quotation, a sector (三次产业), a plan (十四五), a congress or a session (党的十九大, 第三次会议),
/// a phone number.
fn name(mention: &Mention<'_>, place: &Place<'_>) -> Option<Reason> {
    let (before, after) = (place.before, place.after);
    let next = after.chars().next();
    let model = before.ends_with(|c: char| c.is_ascii_alphabetic())
        || next.is_some_and(|c| c.is_ascii_alphabetic())
        || before.ends_with("PM_{")
        || (before.ends_with('-') && before[..before.len() - 1].ends_with(|c: char| c.is_ascii_alphanumeric()));
    let quoted = before
        .rfind('“')
        .is_some_and(|open| before.rfind('”').is_none_or(|close| close < open));
    let titled = before
        .rfind('《')
        .is_some_and(|open| before.rfind('》').is_none_or(|close| close < open));
    let session: String = after.chars().take(12).collect();
    let meeting = ["大会", "会议", "全会", "中全会"]
        .iter()
        .any(|word| session.contains(word));
    if after.starts_with('号') {
        Some(("名称中的编号", "a number in a name"))
    } else if model {
        Some(("名称或型号中的数字", "a number in a name or a model"))
    } else if after.starts_with('+') || before.ends_with('+') {
        Some(("口号或名称中的数字", "a number in a slogan or a name"))
    } else if titled {
        Some(("文件或规划的名称", "the name of a document or a plan"))
    } else if quoted {
        Some(("引号中的名称或口号", "a name or slogan in quotation marks"))
    } else if after.starts_with("次产业") || (before.ends_with('第') && after.starts_with("产业")) {
        Some(("产业的名称（三次产业、第三产业）", "the name of an economic sector"))
    } else if matches!(mention.text, "十二五" | "十三五" | "十四五" | "十五五") {
        Some(("规划的名称", "the name of a five-year plan"))
    } else if matches!(mention.text, "十八" | "十九" | "二十") && after.starts_with('大') {
        Some(("会议名称（党的代表大会届次）", "the name of a congress"))
    } else if meeting && (after.starts_with('届') || (before.ends_with('第') && after.starts_with('次'))) {
        Some(("会议的届次（名称）", "the session of a meeting (part of its name)"))
    } else if mention.text.len() >= 5
        && !mention.text.contains('.')
        && ["热线", "电话", "专线"].iter().any(|w| session.contains(w))
    {
        Some(("电话号码", "a phone number"))
    } else if after.starts_with('/') || before.ends_with('/') {
        Some((
            "分数（可由编辑写成推算的百分比）",
            "a fraction (the editor may derive a percentage)",
        ))
    } else {
        None
    }
}

/// The name of a plan or a programme (三年行动, 十大…工程, 四项改革, 2.0行动计划), a grade
/// (一二级保护区), an ordinal in a name (第三中学, 第一时间).
fn programme(mention: &Mention<'_>, place: &Place<'_>) -> Option<Reason> {
    let (before, after) = (place.before, place.after);
    let next = after.chars().next();
    let chinese = !mention.text.starts_with(|c: char| c.is_ascii_digit());
    let named_after: String = after
        .chars()
        .skip(1)
        .take(8)
        .take_while(|c| !CLAUSE_ENDS.contains(c))
        .collect();
    let past_next = &after[next.map_or(0, char::len_utf8)..];
    if ["年行动", "年攻坚", "年计划", "行动计划", "行动"]
        .iter()
        .any(|w| after.starts_with(w))
    {
        Some(("计划或行动的名称", "the name of a plan or programme"))
    } else if chinese
        && matches!(next, Some('大' | '项' | '个' | '张' | '种'))
        && PROGRAMMES.iter().any(|w| named_after.contains(w))
    {
        Some((
            "工作提法或计划、工程的名称",
            "the name of a programme or a standing phrase",
        ))
    } else if chinese && after.starts_with("位数") {
        Some((
            "数量级的说法（两位数增长）",
            "a magnitude in words (double-digit growth)",
        ))
    } else if chinese && after.starts_with('级') {
        Some(("级别（名称的一部分）", "a level or grade, part of a name"))
    } else if chinese && after.starts_with('期') && ["项目", "工程"].iter().any(|w| named_after.contains(w)) {
        Some(("项目的分期（名称）", "a phase of a project, part of its name"))
    } else if before.ends_with('第') && matches!(next, Some('届' | '次')) && national(before, past_next) {
        Some((
            "全国性活动或普查的届次（名称）",
            "the edition of a national event or census (part of its name)",
        ))
    } else if before.ends_with('第')
        && !is_rank(before, after)
        && (ORDINAL_NAMES
            .iter()
            .any(|w| past_next.starts_with(w) || after.starts_with(w))
            || !next.is_some_and(|c| ORDINAL_COUNTS.contains(c)))
    {
        Some(("名称或说法中的序数", "an ordinal in a name or a figure of speech"))
    } else {
        None
    }
}

/// Whether a 第N届 / 第N次 is a national event's or census's (第四次全国农业普查, 全国第十四届
/// 冬运会): its edition is part of its name, not a count of the report's place.
fn national(before: &str, past_next: &str) -> bool {
    before.ends_with("全国第") || past_next.starts_with("全国")
}

/// A ratio's part (8.7∶41.2∶50.1): the ratio is one non-figure, not three figures.
pub fn in_ratio(before: &str, after: &str) -> bool {
    let colon = |text: &str| text.starts_with(['∶', ':', '：']);
    let digit_after = |text: &str| {
        let mut chars = text.chars();
        chars.next();
        chars.next().is_some_and(|c| c.is_ascii_digit())
    };
    (colon(after) && digit_after(after))
        || before.ends_with(['∶', ':'])
            && before[..before.len() - before.chars().next_back().map_or(0, char::len_utf8)]
                .ends_with(|c: char| c.is_ascii_digit())
}

pub const RATIO: Reason = (
    "比例（各部分之比），不是单独的数据",
    "a ratio of parts, not figures by themselves",
);

/// A threshold after the number and its unit (10蒸吨及以下燃煤锅炉, 5000万元以上项目): it
/// bounds what is counted, it counts nothing.
pub fn is_threshold(after_unit: &str) -> bool {
    ["及以上", "及以下", "以上", "以下"].iter().any(|word| {
        after_unit
            .strip_prefix(word)
            .and_then(|rest| rest.trim_start_matches('的').chars().next())
            .is_some_and(super::labels::is_han)
    })
}

pub const THRESHOLD: Reason = (
    "门槛（以上、以下），不是数量",
    "a threshold (and above, and below), not an amount",
);

/// The non-figure's words: its quotation (“三大基金”), else its whole clause within its line.
pub fn whole_phrase(text: &str, start: usize, end: usize, line: (usize, usize)) -> &str {
    let open = text[..start]
        .rfind('“')
        .filter(|&open| open >= line.0 && !text[open..start].contains('”'));
    if let Some(open) = open {
        if let Some(close) = text[end..line.1].find('”') {
            let close = end + close + '”'.len_utf8();
            if text[open..close].chars().count() <= 30 {
                return &text[open..close];
            }
        }
    }
    let from = text[line.0..start].rfind(CLAUSE_ENDS).map_or(line.0, |at| {
        line.0 + at + text[line.0 + at..].chars().next().map_or(0, char::len_utf8)
    });
    let to = text[end..line.1].find(CLAUSE_ENDS).map_or(line.1, |at| end + at);
    &text[from..to]
}

#[cfg(test)]
mod tests;
