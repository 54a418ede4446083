//! A figure's value as its type shows it: the number large, what stands around it (unit,
//! measure word, 超, "CNY … billion") small, and a change's direction as ▲ or ▼ in place of its
//! word (增长, 下降, 提高, up, down), which stays for screen readers.

use super::format::derived_mark;
use super::vocabulary::Lang;
use super::Figure;

/// Which way a change goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

impl Direction {
    pub fn arrow(self) -> &'static str {
        match self {
            Direction::Up => "▲",
            Direction::Down => "▼",
        }
    }
}

/// The pieces of a formatted value, in reading order: `word` (a change's, whose direction is
/// `direction`), `before`, `number`, `after`; together, the value exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ValueParts<'a> {
    pub direction: Option<Direction>,
    /// The change's word as formatted (增长, "up "), for screen readers; empty if none.
    pub word: &'a str,
    pub before: &'a str,
    pub number: &'a str,
    pub after: &'a str,
}

/// The words that open a change, by language, with its direction.
const CHANGE_WORDS: [(&str, Direction); 5] = [
    ("增长", Direction::Up),
    ("提高", Direction::Up),
    ("下降", Direction::Down),
    ("up ", Direction::Up),
    ("down ", Direction::Down),
];

/// Splits a formatted value (`figure_value`'s output) into its pieces. The number is the first
/// run of digits (with its decimal point and thousands separators); a value with no digits is
/// all `before`.
pub fn value_parts(display: &str) -> ValueParts<'_> {
    let (direction, word, rest) = CHANGE_WORDS
        .iter()
        .find_map(|&(word, direction)| display.strip_prefix(word).map(|rest| (Some(direction), word, rest)))
        .unwrap_or((None, "", display));
    let start = rest.find(|c: char| c.is_ascii_digit()).unwrap_or(rest.len());
    let end = rest[start..]
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map_or(rest.len(), |len| start + len);
    // A trailing point or comma ends the sentence, not the number.
    let end = start + rest[start..end].trim_end_matches(['.', ',']).len();
    ValueParts {
        direction,
        word,
        before: &rest[..start],
        number: &rest[start..end],
        after: &rest[end..],
    }
}

impl Figure {
    /// Its value as shown, without the derived mark (a derived figure carries its badge).
    pub fn shown_value(&self, lang: Lang) -> &'static str {
        let display = self.display.get(lang);
        display.strip_suffix(derived_mark(lang)).unwrap_or(display)
    }

    /// Its value's pieces for the type (see [`value_parts`]).
    pub fn value_parts(&self, lang: Lang) -> ValueParts<'static> {
        value_parts(self.shown_value(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(display: &str) -> (Option<Direction>, &str, &str, &str, &str) {
        let p = value_parts(display);
        (p.direction, p.word, p.before, p.number, p.after)
    }

    #[test]
    fn the_number_is_split_from_what_stands_around_it() {
        assert_eq!(parts("175.99亿元"), (None, "", "", "175.99", "亿元"));
        assert_eq!(parts("超1500万元"), (None, "", "超", "1500", "万元"));
        assert_eq!(parts("第7届"), (None, "", "第", "7", "届"));
        assert_eq!(
            parts("more than CNY 15 million"),
            (None, "", "more than CNY ", "15", " million")
        );
        assert_eq!(
            parts("19,200 mu (1,280 ha)"),
            (None, "", "", "19,200", " mu (1,280 ha)")
        );
    }

    #[test]
    fn a_change_word_becomes_its_arrow() {
        assert_eq!(parts("增长14.8%"), (Some(Direction::Up), "增长", "", "14.8", "%"));
        assert_eq!(parts("下降26.3%"), (Some(Direction::Down), "下降", "", "26.3", "%"));
        assert_eq!(
            parts("提高3.7个百分点"),
            (Some(Direction::Up), "提高", "", "3.7", "个百分点")
        );
        assert_eq!(
            parts("up 0.8 percentage points"),
            (Some(Direction::Up), "up ", "", "0.8", " percentage points")
        );
        assert_eq!(parts("down 26.3%"), (Some(Direction::Down), "down ", "", "26.3", "%"));
    }

    #[test]
    fn a_value_without_digits_is_kept_whole() {
        assert_eq!(parts("two"), (None, "", "two", "", ""));
    }
}
