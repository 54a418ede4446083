//! Lines of about one width where the last line would be an orphan (CSS's `text-wrap: balance`
//! and `pretty`): "海拉尔区2019年 / 政府工作报告", not "海拉尔区2019年政府工作报 / 告".

use super::{by_phrases, estimated_width, wrap_phrases};

/// Breaks a text as [`wrap_phrases`] does, into as few lines, each as near the same width as
/// it can be (CSS's `text-wrap: balance`): "海拉尔区2019年 / 政府工作报告", not "海拉尔区2019年
/// 政府工作报 / 告".
pub(super) fn wrap_balanced(text: &str, max_width: f64, font_size: f64) -> Vec<String> {
    let lines = wrap_phrases(text, max_width, font_size);
    let count = lines.len();
    if count < 2 {
        return lines;
    }
    // The narrowest width that keeps the count, to a pixel or so, and breaks between phrases
    // still where it did.
    let phrased = by_phrases(text, max_width, font_size);
    // No narrower than its widest Latin word, which would be split (a Chinese text breaks
    // between its characters).
    let widest_word = text
        .split(|c: char| c == ' ' || !c.is_ascii())
        .map(|word| estimated_width(word, font_size))
        .fold(0.0, f64::max)
        .min(max_width);
    let (mut narrow, mut wide, mut best) = ((max_width / count as f64).max(widest_word), max_width, lines);
    while wide - narrow > 1.0 {
        let middle = (narrow + wide) / 2.0;
        let lines = wrap_phrases(text, middle, font_size);
        if lines.len() <= count && by_phrases(text, middle, font_size) == phrased {
            (wide, best) = (middle, lines);
        } else {
            narrow = middle;
        }
    }
    best
}

/// Breaks a text as [`wrap_phrases`] does, but balanced where its last line would be short (a
/// third of the width or less: "政府工作报 / 告", "…生活 / 圈”"): no orphan, and lines otherwise
/// as full as they go.
pub fn wrap_pretty(text: &str, max_width: f64, font_size: f64) -> Vec<String> {
    let lines = wrap_phrases(text, max_width, font_size);
    let short = lines
        .last()
        .is_some_and(|last| lines.len() > 1 && estimated_width(last, font_size) <= max_width / 3.0);
    if short {
        wrap_balanced(text, max_width, font_size)
    } else {
        lines
    }
}
