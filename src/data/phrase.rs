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

/// The qualifier the report's words give a number: 超N (超过N, 突破N), N余, 第N, or the nearest 增长 / 下降 /
/// 提高…百分点 before it in the same clause.
pub fn qualifier_in_phrase(before: &str, after: &str) -> Qualifier {
    if before.ends_with('超') || before.ends_with("突破") {
        return Qualifier::MoreThan;
    }
    if before.ends_with('第') {
        return Qualifier::Ordinal;
    }
    let mut after_chars = after.chars();
    let first = after_chars.next();
    if first == Some('余') || (matches!(first, Some('万' | '亿')) && after_chars.next() == Some('余')) {
        return Qualifier::Over;
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
            return Some(bound);
        }
    }
    let clause = after
        .find(['，', '。', '；', '：', '！', '？', ',', ';', '（', '(', '“'])
        .map_or(after, |end| &after[..end]);
    BOUNDS_AFTER.iter().find_map(|&(word, bound)| {
        let gap = &clause[..clause.find(word)?];
        let joiners = |c: char| c.is_ascii_digit() || ".%和、至-–~～".contains(c);
        (gap.chars().filter(|&c| !joiners(c)).count() <= 4).then_some(bound)
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_run_across_the_reports_line_breaks() {
        assert_eq!(
            joined_lines("推动经营\n\n主体新增2.6万户\r\n"),
            "推动经营主体新增2.6万户"
        );
    }

    #[test]
    fn a_sentence_runs_to_its_full_stop_or_ellipsis() {
        let report = "甲增长5%，乙增长6%……丙达到7个。丁8个；戊9个！";
        assert_eq!(sentences_containing(report, "乙增长6%"), vec![0]);
        assert_eq!(sentences_containing(report, "丙达到7个"), vec![1]);
        assert_eq!(sentences_containing(report, "戊9个"), vec![2]);
        assert!(sentences_containing(report, "乙增长6%……丙").is_empty());
        assert_eq!(
            sentences(report),
            ["甲增长5%，乙增长6%……", "丙达到7个。", "丁8个；戊9个！"]
        );
        assert_eq!(sentences("他说：“好。”然后走了"), ["他说：“好。”", "然后走了"]);
    }

    #[test]
    fn heading_lines_are_short_unpunctuated_lines() {
        let report = "标题行\n\n正文第一句，有逗号。\r\n强监管优生态\n增长5%\n";
        let joined = joined_lines(report);
        let headings = heading_lines(report);
        assert_eq!(
            headings.iter().map(|(_, text)| *text).collect::<Vec<_>>(),
            ["标题行", "强监管优生态"]
        );
        for (at, text) in headings {
            assert!(joined[at..].starts_with(text), "{text} at {at}");
        }
    }

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
            Qualifier::Over
        );
        assert_eq!(qualifier_in_phrase("", "万余名群众喜迁新居"), Qualifier::Over);
        assert_eq!(qualifier_in_phrase("175.99亿元，增长", "%"), Qualifier::Growth);
        assert_eq!(qualifier_in_phrase("全年网络零售额累计完成", "亿元"), Qualifier::Exact);
        assert_eq!(qualifier_in_phrase("分别下降26.3%、26.8%、", "%"), Qualifier::Decline);
        assert_eq!(qualifier_in_phrase("提高了", "个百分点"), Qualifier::PointsUp);
        assert_eq!(qualifier_in_phrase("连续第", "年入选"), Qualifier::Ordinal);
        assert_eq!(qualifier_in_phrase("年旅客吞吐量突破", "万人次"), Qualifier::MoreThan);
    }

    #[test]
    fn reads_the_reports_bounds_where_they_stand() {
        use Qualifier::*;
        assert_eq!(reading("利用", "年左右时间对老旧小区进行改造"), (About, None));
        assert_eq!(reading("地区生产总值增长", "%左右"), (Growth, Some(About)));
        assert_eq!(reading("人均可支配收入分别增长", "%和8%左右"), (Growth, Some(About)));
        assert_eq!(reading("常住人口约", "万人"), (About, None));
        assert_eq!(reading("粮食播种面积不低于", "万亩"), (AtLeast, None));
        assert_eq!(reading("森林覆盖率达到", "%以上"), (AtLeast, None));
        assert_eq!(reading("带动就业近", "万人"), (Nearly, None));
        assert_eq!(reading("接近", "亿元"), (Nearly, None));
        assert_eq!(reading("城镇登记失业率控制在", "%以内"), (Within, None));
        assert_eq!(reading("增长", "%以上，达到"), (Growth, Some(AtLeast)));
        // The same words where they bound nothing.
        assert_eq!(reading("启动80余场次“相约", "冬·魅力海拉尔”"), (Exact, None));
        assert_eq!(reading("近", "年来累计"), (Exact, None));
        assert_eq!(reading("最近", "个月"), (Exact, None));
        assert_eq!(reading("完成", "亿元，带动100万人以上"), (Exact, None));
        assert_eq!(reading("新增", "家市场主体，规模以上企业"), (Exact, None));
        assert_eq!(reading("超", "万元左右"), (MoreThan, None), "超 wins, it stands closer");
    }
}
