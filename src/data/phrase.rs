//! Reading the report's own words: where a value stands in a phrase, and which qualifier
//! (超, 余, 增长, 下降, 提高…百分点, 第…) the words around it give it.

use super::format::reported_number;
use super::numbers::numbers_in;
use super::vocabulary::Qualifier;

/// The report as one line: its text file breaks lines inside sentences (推动经营 / 主体新增),
/// so phrases are looked up with the line breaks removed.
pub fn joined_lines(report: &str) -> String {
    report.chars().filter(|c| !matches!(c, '\n' | '\r')).collect()
}

/// The report's heading lines with where each starts in the joined report: short lines
/// (16 characters at most) with no sentence punctuation and no digits, such as 线上线下联动.
pub fn heading_lines(report: &str) -> Vec<(usize, &str)> {
    let mut at = 0;
    let mut found = Vec::new();
    for line in report.split('\n') {
        let text = line.trim_end_matches('\r');
        let heading = text.trim();
        let is_heading = !heading.is_empty()
            && heading.chars().count() <= 16
            && !heading.contains(|c: char| c.is_ascii_digit() || "。，；：、？！,.;:?!“”（）()".contains(c));
        if is_heading {
            at += text.find(heading).unwrap_or(0);
            found.push((at, heading));
            at += text.len() - text.find(heading).unwrap_or(0);
        } else {
            at += text.len();
        }
    }
    found
}

/// The report's sentences, each with its closing mark. A sentence ends at 。！？ or an
/// ellipsis (……); commas, semicolons and enumeration marks keep it going.
pub fn sentences(report: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start = 0;
    let mut chars = report.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if !matches!(c, '。' | '！' | '？' | '…') {
            continue;
        }
        while let Some(&(_, '…' | '”' | '」' | '）')) = chars.peek() {
            chars.next();
        }
        let end = chars.peek().map_or(report.len(), |&(next, _)| next);
        found.push(&report[start..end]);
        start = end;
    }
    found.push(&report[start..]);
    found.retain(|sentence| !sentence.trim().is_empty());
    found
}

/// The report's sentences that hold the phrase (by index into [`sentences`]), for the rule
/// that a chart compares only what one sentence states together.
pub fn sentences_containing(report: &str, phrase: &str) -> Vec<usize> {
    sentences(report)
        .iter()
        .enumerate()
        .filter(|(_, sentence)| sentence.contains(phrase))
        .map(|(at, _)| at)
        .collect()
}

/// Where the value stands in the phrase as a whole number: Arabic digits as reported, or the
/// report's Chinese numeral for 1–10 (两个社区卫生服务中心, 连续第七年).
pub fn find_value(phrase: &str, value: f64) -> Option<(usize, usize)> {
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
    // A Chinese numeral that counts (十五个, 第十九届), as the coverage rule reads it.
    if let Some(mention) = numbers_in(phrase).into_iter().find(|mention| mention.value == value) {
        return Some((mention.start, mention.end));
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

/// The qualifier the report's words give a number: 超N (超过N, 突破N), N余 (N多), 第N, or the
/// nearest 增长 / 下降 / 提高…百分点 before it in the same clause; a change bounded by 超
/// (增长超10%) stays a change, and a change word that reaches a level (增长到, 提高至) is none.
pub fn qualifier_in_phrase(before: &str, after: &str) -> Qualifier {
    if more_than(before).is_some_and(|(_, rest)| !after_a_change(rest)) {
        return Qualifier::MoreThan;
    }
    if before.ends_with('第') {
        return Qualifier::Ordinal;
    }
    let mut after_chars = after.chars();
    let first = after_chars.next();
    let over = |c: Option<char>| matches!(c, Some('余' | '多'));
    if over(first) || (matches!(first, Some('万' | '亿')) && over(after_chars.next())) {
        return Qualifier::Over;
    }
    let clause = before.rsplit(['，', '。', '；', ',', ';']).next().unwrap_or(before);
    let nearest = CHANGES
        .iter()
        .filter_map(|(word, qualifier)| clause.rfind(word).map(|at| (at + word.len(), *qualifier)))
        .max_by_key(|(at, _)| *at);
    match nearest {
        // 从3.68万亿元增长到4.93万亿元: the level reached, not the change.
        Some((end, _)) if clause[end..].starts_with(['到', '至']) => Qualifier::Exact,
        Some((_, Qualifier::PointsUp)) if !after.contains("百分点") => Qualifier::Exact,
        Some((_, qualifier)) => qualifier,
        None => Qualifier::Exact,
    }
}

/// The words of a change before its number.
const CHANGES: [(&str, Qualifier); 3] = [
    ("增长", Qualifier::Growth),
    ("下降", Qualifier::Decline),
    ("提高", Qualifier::PointsUp),
];

/// 超 / 超过 / 突破 right before a number, with the words before it.
fn more_than(before: &str) -> Option<(&'static str, &str)> {
    ["超过", "突破", "超"]
        .iter()
        .find_map(|word| before.strip_suffix(word).map(|rest| (*word, rest)))
}

/// Whether words end with a change's word (增长超10%: the 超 bounds the growth).
fn after_a_change(rest: &str) -> bool {
    CHANGES.iter().any(|(word, _)| rest.ends_with(word))
}

/// Words right before a number that bound it, the longer first.
const BOUNDS_BEFORE: [(&str, Qualifier); 7] = [
    ("不低于", Qualifier::AtLeast),
    ("不少于", Qualifier::AtLeast),
    ("至少", Qualifier::AtLeast),
    ("接近", Qualifier::Nearly),
    ("将近", Qualifier::Nearly),
    ("近", Qualifier::Nearly),
    ("约", Qualifier::About),
];

/// Words after a number and its unit that bound it (3.5%左右, 三年左右, 7%和8%左右).
const BOUNDS_AFTER: [(&str, Qualifier); 3] = [
    ("左右", Qualifier::About),
    ("以上", Qualifier::AtLeast),
    ("以内", Qualifier::Within),
];

/// The bound the report's words give a number: 约 / 近 / 接近 / 不低于 / 不少于 / 至少 right
/// before it, or 左右 / 以上 / 以内 after it and its unit in the same clause, with at most a
/// unit of four characters and the other numbers of a list between (分别增长7%和8%左右). Not
/// the 约 of a word (相约, 节约, 签约) nor the 近 of one (最近, 就近) or of a span (近3年).
pub fn bound_in_phrase(before: &str, after: &str) -> Option<Qualifier> {
    bound_word(before, after).map(|(_, bound)| bound)
}

/// The bound of [`bound_in_phrase`] with the report's own word for it (约, 左右, 接近…).
pub fn bound_word(before: &str, after: &str) -> Option<(&'static str, Qualifier)> {
    // 增长超10%: a growth of more than 10%, the nearest of the bounds (the schema has no
    // `more-than` bound); 超800家, a level, is `more-than` itself.
    if let Some((word, _)) = more_than(before).filter(|(_, rest)| after_a_change(rest)) {
        return Some((word, Qualifier::AtLeast));
    }
    for (word, bound) in BOUNDS_BEFORE {
        let Some(rest) = before.strip_suffix(word) else {
            continue;
        };
        let previous = rest.chars().next_back();
        let in_a_word = match word {
            "约" => previous.is_some_and(|c| "相预签节制合履违邀特公条集践".contains(c)),
            "近" => previous.is_some_and(|c| "最附邻靠就拉亲贴逼".contains(c)) || after.starts_with('年'),
            _ => false,
        };
        if !in_a_word {
            return Some((word, bound));
        }
    }
    let clause = after
        .find(['，', '。', '；', '：', '！', '？', ',', ';', '（', '(', '“'])
        .map_or(after, |end| &after[..end]);
    BOUNDS_AFTER.iter().find_map(|&(word, bound)| {
        let gap = &clause[..clause.find(word)?];
        let joiners = |c: char| c.is_ascii_digit() || ".%和、至-–~～".contains(c);
        (gap.chars().filter(|&c| !joiners(c)).count() <= 4).then_some((word, bound))
    })
}

/// The word that bounds a figure's value in its phrase, if any: what the Chinese edition
/// prints where the report prints it (约3.5%, 3.5%左右).
pub fn stated_bound_word(phrase: &str, value: f64) -> Option<&'static str> {
    let (start, end) = find_value(phrase, value)?;
    bound_word(&phrase[..start], &phrase[end..]).map(|(word, _)| word)
}

/// The report's reading of a number: its qualifier and, for a change (增长3.5%左右), the bound
/// of the change. A bound on a plain number is its qualifier (三年左右: `about`).
pub fn reading(before: &str, after: &str) -> (Qualifier, Option<Qualifier>) {
    let qualifier = qualifier_in_phrase(before, after);
    match (qualifier, bound_in_phrase(before, after)) {
        (change, Some(bound)) if change.is_change() => (change, Some(bound)),
        (Qualifier::Exact, Some(bound)) => (bound, None),
        (qualifier, _) => (qualifier, None),
    }
}

// A path attribute, so that the build script, which includes this file by path, finds it too.
#[cfg(test)]
#[path = "phrase/tests.rs"]
mod tests;
