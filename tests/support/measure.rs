//! The draft measured field by field against a hand-made dataset of the same report.

use std::collections::HashMap;

use report_infographic::data::schema::{Document, FigureEntry};

/// How a draft compares with the hand-made dataset, field by field.
#[derive(Debug, Default)]
pub struct Measurement {
    /// Hand-made figures (derived ones left out: no text states them).
    pub total: usize,
    pub drafted: usize,
    /// Hand-made figures drafted with their value, unit, qualifier and bound.
    pub found: usize,
    pub period: usize,
    pub status: usize,
    /// Figures dated the hand-made year (their section's `year`, else the report's).
    pub year: usize,
    /// Chinese labels equal to, containing or contained in the hand-made one.
    pub label: usize,
    /// Drafted figures no hand-made figure of their value overlaps: numbers the desk calls none.
    pub not_figures: usize,
    /// What went wrong, one line each.
    pub misses: Vec<String>,
}

/// Where a figure's phrase stands in the joined report (every place).
pub fn places(report: &str, figure: &FigureEntry) -> Vec<(usize, usize)> {
    report
        .match_indices(figure.phrase.as_str())
        .map(|(at, _)| (at, at + figure.phrase.len()))
        .collect()
}

fn overlaps(report: &str, one: &FigureEntry, other: &FigureEntry) -> bool {
    let theirs = places(report, other);
    places(report, one)
        .iter()
        .any(|&(start, end)| theirs.iter().any(|&(s, e)| s < end && start < e))
}

/// A hand-made figure's counterpart: the drafted figure of its value whose phrase overlaps its
/// own, the one with the same unit, qualifier and bound first, then the same unit and
/// qualifier (a phrase may stand twice: 收入增长2% in 收入增长2%左右 too), and not already another
/// hand-made figure's (a 分别 list of one value, 分别增长7.8%, is two figures: drafted once, one is
/// missed).
fn counterpart(report: &str, drafted: &[&FigureEntry], taken: &[bool], figure: &FigureEntry) -> Option<usize> {
    let near: Vec<usize> = (0..drafted.len())
        .filter(|&at| !taken[at])
        .filter(|&at| drafted[at].value == figure.value && overlaps(report, figure, drafted[at]))
        .collect();
    let same = |candidate: &&FigureEntry| candidate.unit == figure.unit && candidate.qualifier == figure.qualifier;
    near.iter()
        .copied()
        .find(|&at| same(&drafted[at]) && drafted[at].bound == figure.bound)
        .or_else(|| near.iter().copied().find(|&at| same(&drafted[at])))
        .or_else(|| near.first().copied())
}

/// The year each figure belongs to: its section's, else the report's.
fn years(document: &Document) -> HashMap<&str, u16> {
    document
        .sections
        .iter()
        .flat_map(|section| {
            let year = section.year.unwrap_or(document.report.year);
            section.figures.iter().map(move |figure| (figure.id.as_str(), year))
        })
        .collect()
}

/// The draft against the hand-made dataset, on the joined report.
pub fn measure(report: &str, hand: &Document, draft: &Document) -> Measurement {
    let drafted: Vec<&FigureEntry> = draft.sections.iter().flat_map(|section| &section.figures).collect();
    let reported: Vec<&FigureEntry> = hand
        .sections
        .iter()
        .flat_map(|section| &section.figures)
        .filter(|figure| !figure.is_derived())
        .collect();
    let mut m = Measurement {
        total: reported.len(),
        drafted: drafted.len(),
        ..Measurement::default()
    };
    let (hand_years, draft_years) = (years(hand), years(draft));
    let mut taken = vec![false; drafted.len()];
    for figure in &reported {
        let Some(at) = counterpart(report, &drafted, &taken, figure) else {
            m.misses
                .push(format!("not drafted: {} {} {}", figure.id, figure.value, figure.unit));
            continue;
        };
        taken[at] = true;
        m.compare(figure, drafted[at]);
        let (theirs, mine) = (hand_years[figure.id.as_str()], draft_years[drafted[at].id.as_str()]);
        if mine == theirs {
            m.year += 1;
        } else {
            m.misses.push(format!("year: {} {theirs}, drafted {mine}", figure.id));
        }
    }
    for candidate in &drafted {
        let reported_too = reported
            .iter()
            .any(|figure| figure.value == candidate.value && overlaps(report, figure, candidate));
        if !reported_too {
            m.not_figures += 1;
            m.misses
                .push(format!("non-figure drafted as a figure: {}", candidate.phrase));
        }
    }
    m
}

/// A count as a share, in per cent.
pub fn share(count: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        count as f64 * 100.0 / of as f64
    }
}

impl Measurement {
    /// One hand-made figure against its drafted counterpart, field by field.
    fn compare(&mut self, figure: &FigureEntry, twin: &FigureEntry) {
        let mut check = |right: bool, count: &mut usize, miss: String| {
            if right {
                *count += 1;
            } else {
                self.misses.push(miss);
            }
        };
        check(
            twin.unit == figure.unit && twin.qualifier == figure.qualifier && twin.bound == figure.bound,
            &mut self.found,
            format!(
                "value+unit+qualifier: {} {} {} {} {:?}, drafted {} {} {:?}",
                figure.id,
                figure.value,
                figure.unit,
                figure.qualifier,
                figure.bound,
                twin.unit,
                twin.qualifier,
                twin.bound
            ),
        );
        check(
            twin.period == figure.period,
            &mut self.period,
            format!("period: {} {}, drafted {}", figure.id, figure.period, twin.period),
        );
        check(
            twin.status == figure.status,
            &mut self.status,
            format!("status: {} {}, drafted {}", figure.id, figure.status, twin.status),
        );
        let (mine, theirs) = (twin.label_zh.as_str(), figure.label_zh.as_str());
        let label = !mine.is_empty() && (mine == theirs || theirs.contains(mine) || mine.contains(theirs));
        check(
            label,
            &mut self.label,
            format!("label: {} 「{theirs}」, drafted 「{mine}」", figure.id),
        );
    }

    /// The measurement as printed by `cargo test --test draft -- --nocapture`.
    pub fn print(&self, name: &str, misses: bool) {
        let total = self.total;
        println!("the draft on {name}, {total} hand-made figures:");
        for (what, count) in [
            ("value+unit+qualifier right", self.found),
            ("period right", self.period),
            ("status right", self.status),
            ("year right", self.year),
        ] {
            println!("  {what:<28}{count:>4}  {:5.1}%", share(count, total));
        }
        println!(
            "  {:<28}{:>4}  {:5.1}% of {} drafted figures",
            "non-figures as figures",
            self.not_figures,
            share(self.not_figures, self.drafted),
            self.drafted
        );
        println!(
            "  {:<28}{:>4}  {:5.1}%",
            "Chinese label right",
            self.label,
            share(self.label, total)
        );
        for miss in self.misses.iter().filter(|_| misses) {
            println!("    {miss}");
        }
    }
}
