//! What a screen reader announces for a chart's canvas. Pure, so it is tested natively.

use crate::components::strings::{strings, year_text};
use crate::data::{Figure, Group, Lang};

/// The year, what the figures are, the title, how many figures, the largest and the smallest
/// (a chart on a canvas compares: bars, changes), and how to step through the values.
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
    if let (Some(largest), Some(smallest)) = (
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
    use crate::data::{ChartKind, REPORT};

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
        // The year, what the figures are, then the title.
        assert!(zh.starts_with(&format!("{}年 ", group.year)), "{zh}");
        let what = group.figures[0].badge_words(Lang::Zh);
        assert!(
            zh.contains(&format!(
                "{what}{}{}",
                if what.is_empty() { "" } else { " " },
                group.title.zh
            )),
            "{zh}"
        );
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
}
