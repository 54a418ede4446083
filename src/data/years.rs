//! A work report's parts are of their own years: a section that stands under a part heading
//! naming a year (一、2017年工作回顾) is of that year, and the build says so where its `year`
//! (or the report's) is another.

use super::phrase::joined_lines;
use super::schema::Document;

/// A part heading's year: a line that opens with a Chinese numeral and 、, is short, and names
/// a year (一、2017年工作回顾 → 2017).
fn part_year(line: &str) -> Option<u16> {
    let rest = line
        .trim()
        .trim_start_matches(|c: char| "一二三四五六七八九十".contains(c));
    let heading = rest.strip_prefix('、')?;
    if heading.chars().count() > 30 || heading.contains(['。', '；', '，']) {
        return None;
    }
    let chars: Vec<char> = heading.chars().collect();
    chars.windows(5).find_map(|window| {
        let digits: String = window[..4].iter().collect();
        (window[4] == '年' && window[..4].iter().all(char::is_ascii_digit))
            .then(|| digits.parse().ok())
            .flatten()
    })
}

/// The report's dated part headings, each with where it starts in the joined report (line
/// breaks removed, as phrases are looked up).
fn dated_parts(report: &str) -> Vec<(usize, u16, &str)> {
    let mut at = 0;
    let mut parts = Vec::new();
    for line in report.split('\n') {
        let line = line.trim_end_matches('\r');
        if let Some(year) = part_year(line) {
            parts.push((at, year, line.trim()));
        }
        at += line.len();
    }
    parts
}

/// Every section dated otherwise than the part of the report its figures stand in.
pub fn year_problems(document: &Document, report_text: &str) -> Vec<(String, String)> {
    let parts = dated_parts(report_text);
    if parts.is_empty() {
        return Vec::new();
    }
    let joined = joined_lines(report_text);
    let mut problems = Vec::new();
    for section in &document.sections {
        let Some(at) = section
            .figures
            .iter()
            .find_map(|figure| joined.find(figure.phrase.as_str()))
        else {
            continue;
        };
        let Some(&(_, year, heading)) = parts.iter().rev().find(|(start, ..)| *start <= at) else {
            continue;
        };
        let dated = section.year.unwrap_or(document.report.year);
        if dated != year {
            problems.push((
                format!("section `{}`", section.id),
                format!("stands under “{heading}” but is dated {dated}: write year = {year} in the section"),
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::part_year;

    #[test]
    fn a_part_heading_names_its_year() {
        assert_eq!(part_year("一、2017年工作回顾"), Some(2017));
        assert_eq!(part_year("二、2019年工作安排"), Some(2019));
        assert_eq!(part_year("三、加强政府自身建设"), None);
        assert_eq!(part_year("一、“十四五”时期经济社会发展回顾"), None);
        assert_eq!(part_year("2017年，全区地区生产总值增长6%。"), None);
        assert_eq!(part_year("一、2017年，我们坚持稳中求进，全区经济运行总体平稳。"), None);
    }
}
