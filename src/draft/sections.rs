//! The report's sections as the draft sees them: a section per heading (a short line of its
//! own, a numbered line 一、…, or a paragraph opening （一）…。), in the report's order.

use super::clutter::{covers, Dropped};
use super::front::named_year;
use crate::data::phrase::{heading_lines, joined_lines};

/// One section of the report: its heading and subheading (verbatim) and where its text runs
/// in the joined report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionDraft {
    pub heading: String,
    pub subheading: String,
    /// The level-one heading (一、…) the section stands under, its own if it is one.
    pub part: String,
    /// The year its part's heading names (2018 under 一、2018年工作回顾), if it names one.
    pub year: Option<u16>,
    pub start: usize,
    pub end: usize,
}

/// The sections of the report, in order; the text before the first heading is a section of
/// its own when it holds anything. A line of the web page (`dropped`) heads no section.
pub fn sections_of(report: &str, dropped: &[Dropped]) -> Vec<SectionDraft> {
    let joined = joined_lines(report);
    let mut headings: Vec<(usize, String)> = heading_lines(report)
        .into_iter()
        .map(|(at, text)| (at, text.to_string()))
        .collect();
    let mut at = 0;
    let mut numbered = Vec::new();
    // The front matter (title, dateline, speaker, a page's headline) runs to the first line of
    // body text, a sentence or a salutation (各位代表：): a short line in it heads no section.
    let mut body_start = None;
    for line in report.split('\n') {
        let text = line.trim_end_matches('\r');
        let trimmed = text.trim();
        let offset = at + text.find(trimmed).unwrap_or(0);
        if let Some(heading) = numbered_heading(trimmed) {
            let inside = trimmed.find(heading.as_str()).unwrap_or(0);
            numbered.push(offset + inside);
            if !headings.iter().any(|(known, _)| *known == offset) {
                headings.push((offset + inside, heading));
            }
        }
        let body = trimmed.contains('。') || trimmed.ends_with(['：', ':']);
        if body_start.is_none() && body && covers(dropped, offset).is_none() {
            body_start = Some(offset);
        }
        at += text.len();
    }
    let body_start = body_start.unwrap_or(0);
    headings.retain(|(at, _)| covers(dropped, *at).is_none() && (*at >= body_start || numbered.contains(at)));
    headings.sort_by_key(|(at, _)| *at);
    let mut sections: Vec<SectionDraft> = Vec::new();
    let mut index = 0;
    while index < headings.len() {
        let (start, heading) = headings[index].clone();
        // A heading line right after another (only blank lines between) is its subheading.
        let subheading = headings
            .get(index + 1)
            .filter(|(next, _)| joined[start + heading.len()..*next].trim().is_empty())
            .map(|(_, text)| text.clone());
        index += if subheading.is_some() { 2 } else { 1 };
        sections.push(SectionDraft {
            heading,
            subheading: subheading.unwrap_or_default(),
            part: String::new(),
            year: None,
            start,
            end: joined.len(),
        });
    }
    for next in 1..sections.len() {
        sections[next - 1].end = sections[next].start;
    }
    match sections.first() {
        Some(first) if joined[..first.start].trim().is_empty() => {}
        _ => sections.insert(
            0,
            SectionDraft {
                heading: String::new(),
                subheading: String::new(),
                part: String::new(),
                year: None,
                start: 0,
                end: sections.first().map_or(joined.len(), |first| first.start),
            },
        ),
    }
    under_their_parts(&mut sections);
    sections
}

/// Each section's part (the level-one heading it stands under) and the year that part names.
fn under_their_parts(sections: &mut [SectionDraft]) {
    let mut part = String::new();
    for section in sections {
        if is_part_heading(&section.heading) {
            part.clone_from(&section.heading);
        }
        section.part.clone_from(&part);
        section.year = named_year(&part);
    }
}

/// A level-one heading: 一、2018年工作回顾.
fn is_part_heading(heading: &str) -> bool {
    heading
        .split_once('、')
        .is_some_and(|(number, _)| !number.is_empty() && number.chars().all(|c| "一二三四五六七八九十".contains(c)))
}

/// 一、2018年工作回顾 → the line; （一）三大攻坚战强力突破。… → 三大攻坚战强力突破.
fn numbered_heading(line: &str) -> Option<String> {
    const NUMERALS: &str = "一二三四五六七八九十";
    let mut chars = line.char_indices();
    match chars.next() {
        Some((_, '（' | '(')) => {
            let close = line.find(['）', ')'])?;
            let number = &line[line.chars().next()?.len_utf8()..close];
            if number.is_empty() || !number.chars().all(|c| NUMERALS.contains(c)) {
                return None;
            }
            let rest = &line[close + line[close..].chars().next()?.len_utf8()..];
            let title = rest.split(['。', '；']).next()?.trim();
            // A paragraph opening with its title (（一）三大攻坚战强力突破。…), or a line of its
            // own (（一）着力扩大国内需求).
            let own_line = !rest.contains(['。', '；', '，']) && title.chars().count() <= 30;
            ((rest.contains('。') && title.chars().count() <= 24 || own_line) && !title.is_empty())
                .then(|| title.to_string())
        }
        Some((_, first)) if NUMERALS.contains(first) => {
            let mark = line.find('、')?;
            let number = &line[..mark];
            (number.chars().all(|c| NUMERALS.contains(c)) && line.chars().count() <= 24 && !line.contains('。'))
                .then(|| line.to_string())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_per_heading_with_its_subheading() {
        let report = "导语句子，增长5%。\n\n线上线下联动\n\n文旅市场加速出圈\n\n活动超30场。\n\n强监管优生态\n\n竭力提升城市宜居度\n\n建成5条。\n";
        let sections = sections_of(report, &[]);
        let titles: Vec<(&str, &str)> = sections
            .iter()
            .map(|s| (s.heading.as_str(), s.subheading.as_str()))
            .collect();
        assert_eq!(
            titles,
            [
                ("", ""),
                ("线上线下联动", "文旅市场加速出圈"),
                ("强监管优生态", "竭力提升城市宜居度")
            ]
        );
        let joined = joined_lines(report);
        assert!(joined[sections[1].start..sections[1].end].contains("活动超30场"));
        assert!(!joined[sections[1].start..sections[1].end].contains("建成5条"));
    }

    #[test]
    fn numbered_headings_of_a_government_work_report() {
        assert_eq!(
            numbered_heading("一、2018年工作回顾").as_deref(),
            Some("一、2018年工作回顾")
        );
        assert_eq!(
            numbered_heading("（一）三大攻坚战强力突破。坚决贯彻落实上级党委").as_deref(),
            Some("三大攻坚战强力突破")
        );
        assert_eq!(numbered_heading("一年来，该区深入推进"), None);
        assert_eq!(
            numbered_heading("（三）着力扩大国内需求").as_deref(),
            Some("着力扩大国内需求")
        );
        assert_eq!(
            numbered_heading("一、2025年工作回顾").as_deref(),
            Some("一、2025年工作回顾")
        );
    }

    #[test]
    fn the_front_matter_heads_no_section() {
        let report = "政 府 工 作 报 告\n\n——2019年3月4日在区人民代表大会上\n\n区人民政府区长  某某\n\n各位代表：\n\n现在，我代表区政府报告工作。\n\n一、2018年工作回顾\n\n全年增长5%。\n\n强监管优生态\n\n建成5条。\n";
        let headings: Vec<String> = sections_of(report, &[])
            .into_iter()
            .map(|section| section.heading)
            .collect();
        assert_eq!(headings, ["", "一、2018年工作回顾", "强监管优生态"]);
        let numbered_first = "一、2025年工作回顾\n\n过去一年，全年增长5%。\n";
        let headings: Vec<String> = sections_of(numbered_first, &[])
            .into_iter()
            .map(|section| section.heading)
            .collect();
        assert_eq!(headings, ["一、2025年工作回顾"]);
    }

    #[test]
    fn sections_at_both_levels_know_their_part() {
        let report = "一、2025年工作回顾\n\n（一）经济运行稳中向好。全年增长5%。\n\n（二）改革开放\n\n新增企业30家。\n\n二、2026年工作安排\n\n（一）着力扩大内需\n\n增长5%左右。\n";
        let sections = sections_of(report, &[]);
        let years: Vec<Option<u16>> = sections.iter().map(|section| section.year).collect();
        assert_eq!(years, [Some(2025), Some(2025), Some(2025), Some(2026), Some(2026)]);
        let found: Vec<(String, String)> = sections
            .into_iter()
            .map(|section| (section.heading, section.part))
            .collect();
        let part = |heading: &str, part: &str| (heading.to_string(), part.to_string());
        assert_eq!(
            found,
            [
                part("一、2025年工作回顾", "一、2025年工作回顾"),
                part("经济运行稳中向好", "一、2025年工作回顾"),
                part("改革开放", "一、2025年工作回顾"),
                part("二、2026年工作安排", "二、2026年工作安排"),
                part("着力扩大内需", "二、2026年工作安排"),
            ]
        );
    }
}
