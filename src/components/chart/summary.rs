//! What a screen reader announces for a chart's canvas. Pure, so it is tested natively.

use crate::components::strings::{strings, year_text};
use crate::data::{ChartKind, Figure, Group, Lang};

/// The title, how many figures, what the chart shows of them, and how to step through the
/// values. Bars compare, so the summary names the largest and the smallest; a ring shows a
/// part of its whole, so it says that and ranks nothing.
pub fn chart_summary(group: &Group, lang: Lang) -> String {
    let words = strings(lang);
    let by_value = |a: &&&Figure, b: &&&Figure| a.value.total_cmp(&b.value);
    // The year, and what the figures are (a chart's share one status and period).
    let what = group
        .figures
        .first()
        .map(|figure| figure.badge_words(lang))
        .unwrap_or_default();
    let mut text = format!(
        "{} {}{}{}{}{} {}",
        year_text(group.year, lang),
        what,
        if what.is_empty() { "" } else { " " },
        group.title.get(lang),
        words.colon,
        group.figures.len(),
        words.figures_count
    );
    let shown = |figure: &Figure| format!("{} {}", figure.label.get(lang), figure.display.get(lang));
    if let (ChartKind::Ring, [part, whole]) = (group.chart, group.figures) {
        text.push_str(words.separator);
        text.push_str(&format!("{}{}{}", shown(part), words.part_of, shown(whole)));
    } else if let (Some(largest), Some(smallest)) = (
        group.figures.iter().max_by(by_value),
        group.figures.iter().min_by(by_value),
    ) {
        for (word, figure) in [(words.largest, largest), (words.smallest, smallest)] {
            text.push_str(words.separator);
            text.push_str(&format!(
                "{word} {} {}",
                figure.label.get(lang),
                figure.display.get(lang)
            ));
        }
    }
    text.push_str(words.separator);
    text.push_str(words.keyboard_hint);
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::REPORT;

    #[test]
    fn names_the_title_the_extremes_and_the_keys() {
        let group = REPORT
            .sections
            .iter()
            .flat_map(|section| section.groups)
            .find(|group| group.chart == ChartKind::Bars && group.figures.len() >= 2)
            .expect("the dataset has a bar chart");
        let by_value = |a: &&&Figure, b: &&&Figure| a.value.total_cmp(&b.value);
        let largest = group.figures.iter().max_by(by_value).expect("figures");
        let smallest = group.figures.iter().min_by(by_value).expect("figures");
        let zh = chart_summary(group, Lang::Zh);
        assert!(zh.starts_with(group.title.zh), "{zh}");
        assert!(
            zh.contains(&format!("最大 {} {}", largest.label.zh, largest.display.zh)),
            "{zh}"
        );
        assert!(
            zh.contains(&format!("最小 {} {}", smallest.label.zh, smallest.display.zh)),
            "{zh}"
        );
        assert!(zh.ends_with(strings(Lang::Zh).keyboard_hint), "{zh}");
        let en = chart_summary(group, Lang::En);
        assert!(en.contains("largest") && en.contains("smallest"), "{en}");
    }

    #[test]
    fn a_ring_is_a_part_of_its_whole_not_a_ranking() {
        let ring = REPORT
            .sections
            .iter()
            .flat_map(|section| section.groups)
            .find(|group| group.chart == ChartKind::Ring)
            .expect("the dataset has a ring");
        for lang in Lang::ALL {
            let text = chart_summary(ring, lang);
            let words = strings(lang);
            assert!(
                !text.contains(words.largest) && !text.contains(words.smallest),
                "{text}"
            );
            let [part, whole] = ring.figures else {
                panic!("a ring has two figures")
            };
            let relation = format!(
                "{} {}{}{} {}",
                part.label.get(lang),
                part.display.get(lang),
                words.part_of,
                whole.label.get(lang),
                whole.display.get(lang)
            );
            assert!(text.contains(&relation), "{text}");
        }
    }
}
