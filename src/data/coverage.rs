//! Nothing silently left out: every number of the report's text is a figure of the dataset or
//! a non-figure with its reason. A number added to the report, or a figure dropped from the
//! dataset, leaves a number uncovered, and the build names it.

use super::numbers::{numbers_in, Mention};
use super::schema::{FigureEntry, NonFigureEntry};

/// The numbers of the (joined) report that no figure and no non-figure covers. A figure covers
/// a number of its own value inside any place its phrase stands (a derived figure, every number
/// there); a non-figure covers every number inside any place its text stands.
pub fn uncovered<'r>(report: &'r str, figures: &[&FigureEntry], non_figures: &[NonFigureEntry]) -> Vec<Mention<'r>> {
    let places = |words: &str| -> Vec<(usize, usize)> {
        if words.trim().is_empty() {
            return Vec::new();
        }
        report
            .match_indices(words)
            .map(|(at, _)| (at, at + words.len()))
            .collect()
    };
    // A derived figure is computed from the numbers of its phrase (缉毒量占…总量的1/4 → 25%):
    // it covers them all, whatever their value.
    let by_figures: Vec<(usize, usize, Option<f64>)> = figures
        .iter()
        .flat_map(|figure| {
            let value = (!figure.is_derived()).then_some(figure.value);
            places(&figure.phrase)
                .into_iter()
                .map(move |(start, end)| (start, end, value))
        })
        .collect();
    let by_non_figures: Vec<(usize, usize)> = non_figures.iter().flat_map(|entry| places(&entry.text)).collect();
    numbers_in(report)
        .into_iter()
        .filter(|mention| {
            let inside = |start: usize, end: usize| start <= mention.start && mention.end <= end;
            !by_figures
                .iter()
                .any(|&(start, end, value)| inside(start, end) && value.is_none_or(|value| value == mention.value))
                && !by_non_figures.iter().any(|&(start, end)| inside(start, end))
        })
        .collect()
}

/// A few characters either side of a number, to find it in the report.
pub fn context(report: &str, mention: &Mention<'_>) -> String {
    let before: String = report[..mention.start]
        .chars()
        .rev()
        .take(8)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = report[mention.end..].chars().take(8).collect();
    format!("{before}{}{after}", mention.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(value: f64, phrase: &str) -> FigureEntry {
        FigureEntry {
            id: "x".into(),
            value,
            unit: "个".into(),
            qualifier: "exact".into(),
            bound: None,
            period: "year".into(),
            status: "done".into(),
            label_zh: "甲".into(),
            label_en: "A".into(),
            phrase: phrase.into(),
            derived_zh: None,
            derived_en: None,
            over_100: false,
            share: false,
            change_of: None,
        }
    }

    #[test]
    fn a_number_is_covered_by_a_figure_of_its_value_or_a_non_figure() {
        let report = "2023年，建成5个广场、3条绿道。";
        let squares = figure(5.0, "建成5个广场");
        let year = NonFigureEntry {
            text: "2023年".into(),
            text_en: "2023".into(),
            reason_zh: "年份".into(),
            reason_en: "the year".into(),
        };
        let left: Vec<&str> = uncovered(report, &[&squares], std::slice::from_ref(&year))
            .iter()
            .map(|m| m.text)
            .collect();
        assert_eq!(left, ["3"]);
        // A phrase that holds a number of another value does not cover it.
        let wrong = figure(4.0, "建成5个广场");
        assert_eq!(uncovered(report, &[&wrong], &[year]).len(), 2);
    }
}
