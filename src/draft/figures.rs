//! Each number of a section as a figure draft (unit, qualifier, phrase, label, period and
//! status guessed) or a non-figure draft (a year, a date, a name, a threshold, a ratio), read
//! with the same functions the build checks with, so a draft passes every check a machine can
//! make.

use super::clutter::{covers, Dropped};
use super::guesses;
use super::labels::{clause_end, clause_start, label, CLAUSE_ENDS};
use super::nonfigures::{in_ratio, is_threshold, reason, whole_phrase, Place, Reason, RATIO, THRESHOLD};
use super::ranks::{self, is_rank};
use super::sections::SectionDraft;
use super::unit_reading::{unit_after, UnitRead};
use crate::data::numbers::{numbers_in, Mention};
use crate::data::phrase::{joined_lines, reading};
use crate::data::rules::badge_words;
use crate::data::{Measure, Period, Qualifier, Status, Unit};

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
    /// The report's words around the number, verbatim: its clause or its quotation.
    pub text: String,
    pub reason_zh: &'static str,
    pub reason_en: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Candidate {
    Figure(FigureDraft),
    NonFigure(NonFigureDraft),
}

/// One section's text with where its lines run, the frame every number is read in.
struct Frame<'t> {
    text: &'t str,
    /// (start, end) of each line of the report inside `text`.
    lines: Vec<(usize, usize)>,
    section: &'t SectionDraft,
}

impl Frame<'_> {
    /// The line a number stands in (the lines it spans, should it run across a break).
    fn line_of(&self, mention: &Mention<'_>) -> (usize, usize) {
        let holding = |at: usize| {
            self.lines
                .iter()
                .copied()
                .find(|&(start, end)| start <= at && at < end)
                .unwrap_or((0, self.text.len()))
        };
        let (first, last) = (holding(mention.start), holding(mention.end.saturating_sub(1)));
        (first.0.min(mention.start), last.1.max(mention.end))
    }
}

/// The candidates of one section, in the report's order.
pub fn classify(report: &str, section: &SectionDraft, units: &[Unit<'_>], dropped: &[Dropped]) -> Vec<Candidate> {
    let joined = joined_lines(report);
    let text = &joined[section.start..section.end];
    let frame = Frame {
        text,
        lines: lines_within(report, section.start, section.end),
        section,
    };
    let read: Vec<(Mention<'_>, Result<FigureDraft, Reason>)> = numbers_in(text)
        .into_iter()
        .map(|mention| {
            let read = read_number(&frame, &mention, units, dropped);
            (mention, read)
        })
        .collect();
    // A non-figure's words never hold a figure's number: the build would take that number as
    // accounted for by the non-figure, and a figure the editor drops would go unnoticed.
    let figures: Vec<(usize, usize)> = read
        .iter()
        .filter(|(_, read)| read.is_ok())
        .map(|(mention, _)| (mention.start, mention.end))
        .collect();
    read.into_iter()
        .map(|(mention, read)| match read {
            Ok(figure) => Candidate::Figure(figure),
            Err(why) => {
                if let Some(page) = covers(dropped, section.start + mention.start) {
                    return non_figure(page.line.clone(), why);
                }
                let mut line = frame.line_of(&mention);
                for &(start, end) in &figures {
                    if end <= mention.start {
                        line.0 = line.0.max(end);
                    } else if start >= mention.end {
                        line.1 = line.1.min(start);
                    }
                }
                non_figure(whole_phrase(text, mention.start, mention.end, line).to_string(), why)
            }
        })
        .collect()
}

/// A number as a figure, or why it is none.
fn read_number(
    frame: &Frame<'_>,
    mention: &Mention<'_>,
    units: &[Unit<'_>],
    dropped: &[Dropped],
) -> Result<FigureDraft, Reason> {
    if covers(dropped, frame.section.start + mention.start).is_some() {
        return Err((
            "网页的附加内容，不是报告正文",
            "part of the web page the text was copied from, not of the report",
        ));
    }
    let text = frame.text;
    let line = frame.line_of(mention);
    let place = Place {
        before: &text[line.0..mention.start],
        after: &text[mention.end..line.1],
        opens_line: text[line.0..mention.start].trim().is_empty(),
    };
    let found = if in_heading(text, &frame.section.heading, mention) {
        Some(("标题中的数字", "a number in a heading"))
    } else if in_ratio(place.before, place.after) {
        Some(RATIO)
    } else {
        reason(mention, &place)
    };
    match found {
        Some(why) => Err(why),
        None => figure(frame, mention, units),
    }
}

fn non_figure(text: String, (reason_zh, reason_en): Reason) -> Candidate {
    Candidate::NonFigure(NonFigureDraft {
        text,
        reason_zh,
        reason_en,
    })
}

/// Where the report's lines run within [start, end) of the joined report, relative to start.
/// A long line that ends without a sentence's punctuation is wrapped (推动经营 / 主体新增2.6万户):
/// it runs on into the next.
fn lines_within(report: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut at = 0;
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut wrapped = false;
    for line in report.split('\n') {
        let line = line.trim_end_matches('\r');
        let (from, to) = (at.max(start), (at + line.len()).min(end));
        at += line.len();
        if line.trim().is_empty() {
            continue;
        }
        if from < to {
            match lines.last_mut() {
                Some(last) if wrapped => last.1 = to - start,
                _ => lines.push((from - start, to - start)),
            }
        }
        let trimmed = line.trim_end();
        wrapped =
            trimmed.chars().count() > 30 && !trimmed.ends_with(['。', '！', '？', '；', '：', '…', '”', '）', ')']);
    }
    lines
}

/// Whether the number stands inside the section's own heading (（一）三大攻坚战强力突破).
fn in_heading(text: &str, heading: &str, mention: &Mention<'_>) -> bool {
    !heading.is_empty()
        && text
            .match_indices(heading)
            .any(|(at, _)| at <= mention.start && mention.end <= at + heading.len())
}

/// A number as a figure, or why it is none after all (a threshold: 5000万元以上项目).
fn figure(frame: &Frame<'_>, mention: &Mention<'_>, units: &[Unit<'_>]) -> Result<FigureDraft, Reason> {
    let text = frame.text;
    let line = frame.line_of(mention);
    let after = &text[mention.end..line.1];
    let before_number = &text[line.0..mention.start];
    let rank = is_rank(before_number, after);
    let mut unit = range_unit(after, units).unwrap_or_else(|| unit_after(after, units));
    if rank {
        // 综合算力指数全国第一: a place, 第1名, though the report writes no unit.
        unit = UnitRead {
            code: "名".into(),
            len: 0,
            known: true,
        };
    }
    let after_unit = &after[unit.len..];
    if is_threshold(after_unit) {
        return Err(THRESHOLD);
    }
    let start = clause_start(text, mention.start).max(line.0);
    let unit_end = mention.end + unit.len;
    let end = clause_end(text, unit_end).min(line.1);
    let phrase = &text[start..end];
    let (qualifier, bound) = reading(&text[start..mention.start], after);
    let section = frame.section;
    let status = guesses::status(phrase, &section.part, &section.heading);
    let opening = &text[line.0..clause_end(text, line.0).min(line.1)];
    let context = guesses::Context {
        in_span: guesses::opens_a_span(opening),
        change: qualifier.is_change(),
        // 从全国第11位跃升至第4位: a place, whatever holds it.
        rank: rank || (qualifier == Qualifier::Ordinal && ["位", "名"].contains(&unit.code.as_str())),
    };
    let period = guesses::period(phrase, context);
    let count = units
        .iter()
        .find(|known| known.code == unit.code)
        .is_none_or(|known| known.measure == Measure::Count);
    // What a 第N or an N大 counts is named after it: 第七届南昌赛艇大师赛, 四大教育集团.
    let named_after = qualifier == Qualifier::Ordinal || after.starts_with('大');
    let before = &text[start..mention.start];
    let label_zh = if named_after {
        let before = label(before, "", false, 0);
        let before = before.trim_end_matches('第').trim_end_matches("连续");
        // 稳居全国第4位 names nothing but where it is held: the words stay.
        let before = Some(ranks::without_where_held(before))
            .filter(|rest| !rest.is_empty())
            .unwrap_or(before);
        let named = &text[unit_end..end];
        format!("{before}{named}")
    } else {
        label(before, &text[unit_end..end], count, index_in_list(before))
    };
    let label_zh = without_badge_words(label_zh, period, status);
    Ok(FigureDraft {
        value: mention.value,
        unit: unit.code,
        known_unit: unit.known,
        qualifier,
        bound,
        period,
        status,
        label_zh,
        phrase: phrase.to_string(),
    })
}

/// A label without the words its badges will say (累计 of a cumulative figure, 目标 of a
/// target): the build refuses a label that repeats its badge (`data::rules::badge_words`).
fn without_badge_words(label: String, period: Period, status: Status) -> String {
    badge_words(Some(period), Some(status))
        .into_iter()
        .fold(label, |label, (zh, _)| label.replace(zh, ""))
}

/// The lower end of a range that writes its unit once, after the upper end (5—5.5%, 1至2个):
/// the upper end's unit, taking nothing of the text itself.
fn range_unit(after: &str, units: &[Unit<'_>]) -> Option<UnitRead> {
    let upper = after.strip_prefix(['–', '—', '-', '~', '～', '至', '到'])?;
    let number = numbers_in(upper)
        .into_iter()
        .next()
        .filter(|number| number.start == 0)?;
    let unit = unit_after(&upper[number.end..], units);
    (unit.len > 0).then_some(UnitRead { len: 0, ..unit })
}

/// Which of a 分别 list's numbers this is (分别完成37820元、28104元: 0, then 1).
fn index_in_list(before: &str) -> usize {
    let own = before.rsplit(CLAUSE_ENDS).next().unwrap_or(before);
    own.split_once("分别").map_or(0, |(_, list)| numbers_in(list).len())
}

#[cfg(test)]
mod tests;
