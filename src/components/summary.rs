//! What a screen reader announces for a chart's canvas. Pure, so it is tested natively.

use super::strings::strings;
use crate::data::{Figure, Group, Lang};

/// The title, how many figures, the largest and the smallest value, and how to step through
/// the values.
pub fn chart_summary(group: &Group, lang: Lang) -> String {
    let words = strings(lang);
    let by_value = |a: &&&Figure, b: &&&Figure| a.value.total_cmp(&b.value);
    let mut text = format!(
        "{}{}{} {}",
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
    use crate::data::REPORT;

    #[test]
    fn names_the_title_the_extremes_and_the_keys() {
        let group = REPORT
            .figure_group("pillar-industries")
            .expect("the dataset has this group");
        let zh = chart_summary(group, Lang::Zh);
        assert!(zh.starts_with(group.title.zh), "{zh}");
        assert!(zh.contains("最大") && zh.contains("500亿元"), "{zh}");
        assert!(zh.contains("最小") && zh.contains("70亿元"), "{zh}");
        assert!(zh.ends_with(strings(Lang::Zh).keyboard_hint), "{zh}");
        let en = chart_summary(group, Lang::En);
        assert!(en.contains("largest") && en.contains("smallest"), "{en}");
    }
}
