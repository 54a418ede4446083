//! The report's front matter, as it opens its text: its own title (政府工作报告, often spaced
//! out as 政 府 工 作 报 告) and its dateline (——2019年3月4日在…会议上), which the draft puts in
//! `[report]` rather than in a section.

use super::clutter::Dropped;

/// How many of the text's first lines may hold the title and dateline.
const FRONT_LINES: usize = 10;

/// Words that end a report's own title.
const TITLE_WORDS: &[&str] = &["报告", "公报", "纲要", "规划", "讲话", "白皮书"];

/// The report's own title: the first line near the top, not the page's, that names a report
/// (its spacing removed), if any.
pub fn report_title(report: &str, dropped: &[Dropped]) -> Option<String> {
    front_lines(report, dropped).find_map(|line| {
        let title: String = line.chars().filter(|c| !c.is_whitespace()).collect();
        let is_title = title.chars().count() <= 40
            && !title.contains(['。', '，', '：', ':'])
            && TITLE_WORDS
                .iter()
                .any(|word| title.ends_with(word) || title.contains(&format!("{word}（")));
        is_title.then_some(title)
    })
}

/// The dateline under the title (——2019年3月4日在…会议上), without its dashes.
pub fn dateline(report: &str, dropped: &[Dropped]) -> Option<String> {
    front_lines(report, dropped).find_map(|line| {
        let bare = line.trim_start_matches(['—', '-', '－', '–', ' ', '　']);
        let is_dateline = bare.len() < line.len()
            && bare.contains('年')
            && (bare.contains("会议") || bare.contains("大会") || bare.ends_with('上'));
        is_dateline.then(|| bare.trim().to_string())
    })
}

/// The one year a heading, title or dateline names (2019 in 二、2019年工作安排), if it names
/// exactly one: a span (2021—2025年) or none gives none.
pub fn named_year(text: &str) -> Option<u16> {
    let mut years: Vec<u16> = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let run = bytes[at..].iter().take_while(|b| b.is_ascii_digit()).count();
        if run == 4 {
            let year = text[at..at + 4]
                .parse::<u16>()
                .ok()
                .filter(|year| (1900..=2100).contains(year));
            if let Some(year) = year.filter(|year| !years.contains(year)) {
                years.push(year);
            }
        }
        at += run.max(1);
    }
    match years.as_slice() {
        [year] => Some(*year),
        _ => None,
    }
}

/// The first lines of the text that are not the page's, trimmed, blank ones skipped.
fn front_lines<'a>(report: &'a str, dropped: &'a [Dropped]) -> impl Iterator<Item = &'a str> {
    report
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .filter(move |line| !dropped.iter().any(|page| page.line == *line))
        .take(FRONT_LINES)
}

#[cfg(test)]
mod tests {
    use super::super::clutter::page_clutter;
    use super::*;

    #[test]
    fn the_reports_own_title_and_dateline_not_the_pages() {
        let page = "下载\n政府工作报告全文下载\n来源：海拉尔区人民政府\n政 府 工 作 报 告\n\n\
——2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上\n\n各位代表：\n";
        let dropped = page_clutter(page);
        assert_eq!(report_title(page, &dropped).as_deref(), Some("政府工作报告"));
        assert_eq!(
            dateline(page, &dropped).as_deref(),
            Some("2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上")
        );
    }

    #[test]
    fn the_one_year_a_heading_names() {
        assert_eq!(named_year("二、2019年工作安排"), Some(2019));
        assert_eq!(named_year("2026年河北省政府工作报告"), Some(2026));
        assert_eq!(named_year("一、2021—2025年工作回顾"), None);
        assert_eq!(named_year("一、“十四五”时期经济社会发展回顾"), None);
        assert_eq!(named_year("建成12345个，2019年"), Some(2019));
        assert_eq!(named_year("编号0001"), None);
    }

    #[test]
    fn no_title_where_the_text_has_none() {
        let text = "线上线下联动\n全年网络零售额175.99亿元，增长14.8%。\n";
        assert_eq!(report_title(text, &[]), None);
        assert_eq!(dateline(text, &[]), None);
        let hailar = include_str!("../../data/hailar-2019/report.txt");
        assert_eq!(report_title(hailar, &[]).as_deref(), Some("政府工作报告"));
        assert_eq!(
            dateline(hailar, &[]).as_deref(),
            Some("2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上")
        );
    }
}
