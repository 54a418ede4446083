//! Label wrapping, decided without a renderer.
//!
//! A chart's height must be known before its canvas is sized, and it must come out the same
//! in every browser engine and in the SVG drawn natively; so lines are broken by an estimate of
//! each character's width that errs on the wide side, never by the engine's own text metrics.

mod balance;

pub use balance::wrap_pretty;

/// An upper estimate of a character's advance, in ems, for the widget's font stack.
fn advance_em(c: char) -> f64 {
    match c {
        ' ' | '\u{a0}' => 0.3,
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | '(' | ')' => 0.34,
        'm' | 'w' => 0.86,
        'M' | 'W' => 0.96,
        'A'..='Z' => 0.7,
        'a'..='z' | '0'..='9' => 0.6,
        c if c.is_ascii() => 0.62,
        // Chinese, full-width punctuation and anything else: a full em.
        _ => 1.0,
    }
}

/// The estimated width of a text at a font size, in the font size's unit.
pub fn estimated_width(text: &str, font_size: f64) -> f64 {
    text.chars().map(advance_em).sum::<f64>() * font_size
}

/// Characters a line must not start with (Chinese line-breaking rules).
fn closes(c: char) -> bool {
    matches!(
        c,
        '、' | '，' | '。' | '；' | '：' | '）' | '”' | '’' | '》' | '」' | ')' | ',' | '.'
    )
}

/// Characters a line must not end with.
fn opens(c: char) -> bool {
    matches!(c, '（' | '“' | '‘' | '《' | '「' | '(')
}

/// The places a line may break before: after a space or a hyphen in Latin text, between any
/// two Chinese characters unless that would strand punctuation.
fn break_before(previous: char, next: char) -> bool {
    // A no-break space binds ("up\u{a0}6.2%").
    if closes(next) || opens(previous) || previous == '\u{a0}' || next == '\u{a0}' {
        return false;
    }
    // An apostrophe inside an English word ("people’s").
    if previous == '’' && next.is_ascii_alphanumeric() {
        return false;
    }
    previous == ' ' || previous == '-' || previous == '–' || !previous.is_ascii() || !next.is_ascii()
}

/// The characters of a Chinese unit or measure word after a number (70亿元, 3个, 1.2万平方米,
/// 2019年).
fn unit_char(c: char) -> bool {
    "万亿千百元美个项家户人亩平方米公顷里吨瓦时倍所座条件台辆套次余多名位处栋间张株头只克升年月日天届".contains(c)
}

/// Whether a line may break before `chars[at]`: as [`break_before`], but never inside a number
/// with its unit ("70亿 / 元" would read as two things).
fn may_break(chars: &[char], at: usize) -> bool {
    if !break_before(chars[at - 1], chars[at]) {
        return false;
    }
    if !unit_char(chars[at]) {
        return true;
    }
    let unit_start = chars[..at].iter().rposition(|&c| !unit_char(c));
    !unit_start.is_some_and(|start| chars[start].is_ascii_digit() || chars[start] == '%')
}

/// Breaks a text into lines as `wrap` does, but a Chinese text with phrases set apart by spaces
/// or a full-width colon (青山湖区：打造产业新高地 建设南昌新门户) only between its phrases, where
/// each phrase fits a line: a title never breaks inside a word.
pub fn wrap_phrases(text: &str, max_width: f64, font_size: f64) -> Vec<String> {
    let phrases = phrases(text);
    let fits = |line: &str| estimated_width(line.trim_end(), font_size) <= max_width;
    if !by_phrases(text, max_width, font_size) {
        return wrap(text, max_width, font_size);
    }
    let mut lines: Vec<String> = vec![String::new()];
    for phrase in phrases.iter().filter(|phrase| !phrase.is_empty()) {
        let line = lines.last_mut().filter(|line| fits(&format!("{line}{phrase}")));
        match line {
            Some(line) => line.push_str(phrase),
            None => lines.push(phrase.clone()),
        }
    }
    lines
        .into_iter()
        .map(|line| line.trim_end().to_string())
        .filter(|line| !line.is_empty())
        .collect()
}

/// A Chinese text's phrases, each with the space or full-width colon that ends it.
fn phrases(text: &str) -> Vec<String> {
    let mut phrases: Vec<String> = vec![String::new()];
    for c in text.chars() {
        if let Some(phrase) = phrases.last_mut() {
            phrase.push(c);
        }
        if c == ' ' || c == '：' {
            phrases.push(String::new());
        }
    }
    phrases
}

/// Whether [`wrap_phrases`] breaks the text between its phrases only (a Chinese text of
/// phrases that each fit a line), rather than as [`wrap`] does.
fn by_phrases(text: &str, max_width: f64, font_size: f64) -> bool {
    let phrases = phrases(text);
    !text.is_ascii()
        && phrases.len() >= 2
        && phrases
            .iter()
            .all(|phrase| estimated_width(phrase.trim_end(), font_size) <= max_width)
}

/// Breaks a text into lines no wider than `max_width` at `font_size` (same unit), by the
/// estimate. A single word wider than the line is broken between characters rather than cut.
pub fn wrap(text: &str, max_width: f64, font_size: f64) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut lines = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut width = 0.0;
        let mut end = start;
        let mut last_break = None;
        while end < chars.len() {
            let advance = advance_em(chars[end]) * font_size;
            if width + advance > max_width && end > start {
                break;
            }
            width += advance;
            end += 1;
            if end < chars.len() && may_break(&chars, end) {
                last_break = Some(end);
            }
        }
        let stop = if end == chars.len() {
            end
        } else {
            last_break.unwrap_or(end)
        };
        let line: String = chars[start..stop].iter().collect();
        lines.push(line.trim_end().to_string());
        start = stop;
        while start < chars.len() && chars[start] == ' ' {
            start += 1;
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_title_breaks_between_its_phrases() {
        let title = "青山湖区：打造产业新高地 建设南昌新门户";
        let width = estimated_width("青山湖区：打造产业新高地", 40.0) + 1.0;
        assert_eq!(
            wrap_phrases(title, width, 40.0),
            ["青山湖区：打造产业新高地", "建设南昌新门户"]
        );
        // A phrase wider than the line: as `wrap`.
        assert_eq!(wrap_phrases(title, 100.0, 40.0), wrap(title, 100.0, 40.0));
    }

    use super::balance::wrap_balanced;
    use super::*;

    #[test]
    fn short_text_stays_on_one_line() {
        assert_eq!(wrap("Exports", 200.0, 13.0), ["Exports"]);
        assert_eq!(wrap("外贸出口", 200.0, 13.0), ["外贸出口"]);
    }

    #[test]
    fn english_breaks_between_words_and_loses_nothing() {
        let text = "Subsistence, extreme-hardship, old-age, disability and other allowances";
        let lines = wrap(text, 200.0, 13.0);
        assert!(lines.len() >= 2, "{lines:?}");
        for line in &lines {
            assert!(estimated_width(line, 13.0) <= 200.0, "{line}");
            assert!(!line.starts_with(' ') && !line.ends_with(' '), "{line:?}");
        }
        let rejoined = lines.join(" ").replace("- ", "-");
        assert_eq!(rejoined, text);
    }

    #[test]
    fn chinese_breaks_between_characters_but_not_before_closing_punctuation() {
        let text = "失业保险金、补助金、创业担保贷款等资金";
        for width in [60.0, 70.0, 80.0, 100.0, 130.0] {
            let lines = wrap(text, width, 13.0);
            assert_eq!(lines.concat(), text);
            for line in &lines {
                assert!(estimated_width(line, 13.0) <= width, "{line} at {width}");
                assert!(!line.starts_with('、'), "{lines:?}");
            }
        }
    }

    #[test]
    fn a_number_keeps_its_unit() {
        let text = "地区生产总值完成70亿元，增长5%";
        for width in [60.0, 80.0, 100.0, 120.0, 140.0, 160.0] {
            let lines = wrap(text, width, 13.0);
            assert_eq!(lines.concat(), text);
            assert!(
                lines
                    .iter()
                    .all(|line| !line.starts_with('亿') && !line.starts_with('元')),
                "{lines:?}"
            );
        }
    }

    #[test]
    fn balanced_lines_break_at_the_year_not_inside_a_word() {
        let title = "海拉尔区2019年政府工作报告";
        assert_eq!(wrap(title, 686.0, 52.0), ["海拉尔区2019年政府工作报", "告"]);
        assert_eq!(wrap_balanced(title, 686.0, 52.0), ["海拉尔区2019年", "政府工作报告"]);
        // Phrases stay whole, and one line stays one line.
        let phrased = "青山湖区：打造产业新高地 建设南昌新门户";
        assert_eq!(wrap_balanced(phrased, 520.0, 40.0), wrap_phrases(phrased, 520.0, 40.0));
        assert_eq!(wrap_balanced("空气质量", 686.0, 52.0), ["空气质量"]);
        // Pretty: balanced only where the last line would be an orphan.
        assert_eq!(wrap_pretty(title, 686.0, 52.0), ["海拉尔区2019年", "政府工作报告"]);
        let label = "Consumption promotion events of all kinds";
        let lines = wrap_pretty(label, 200.0, 24.0);
        assert!(
            lines
                .iter()
                .all(|line| line.split(' ').all(|word| label.split(' ').any(|whole| whole == word))),
            "{lines:?}"
        );
        assert!(lines.len() <= wrap_phrases(label, 200.0, 24.0).len(), "{lines:?}");
    }

    #[test]
    fn a_word_wider_than_the_line_is_split_not_cut() {
        let lines = wrap("Internationalisation", 50.0, 13.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "Internationalisation");
    }

    #[test]
    fn the_estimate_errs_on_the_wide_side() {
        // Chromium's measureText with the widget's font stack at 13 px: 272.6 px. (Over all
        // 210 labels the estimate was never narrower than the measured width.)
        assert!(estimated_width("Output of the electronic information industry", 13.0) >= 272.7);
        assert_eq!(estimated_width("网络零售额", 13.0), 65.0);
    }
}
