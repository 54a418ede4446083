//! Stable kebab-case ids from Chinese labels: the pinyin of their first characters.

use std::collections::HashSet;

use pinyin::ToPinyin;

/// At most this many syllables: enough to tell figures apart, short enough to type.
const SYLLABLES: usize = 4;

/// Hands out ids, each unique: a repeated one gets -2, -3….
#[derive(Default)]
pub struct Ids {
    taken: HashSet<String>,
}

impl Ids {
    /// The id for a label: its first syllables in pinyin (digits kept), or `fallback`.
    pub fn for_label(&mut self, label: &str, fallback: &str) -> String {
        let mut words: Vec<String> = Vec::new();
        let mut digits = String::new();
        for (c, syllable) in label.chars().zip(label.to_pinyin()) {
            if words.len() >= SYLLABLES {
                break;
            }
            if c.is_ascii_alphanumeric() {
                digits.push(c.to_ascii_lowercase());
                continue;
            }
            if !digits.is_empty() {
                words.push(std::mem::take(&mut digits));
            }
            if let Some(syllable) = syllable {
                words.push(syllable.plain().to_string());
            }
        }
        if !digits.is_empty() && words.len() < SYLLABLES {
            words.push(digits);
        }
        let base = if words.is_empty() {
            fallback.to_string()
        } else {
            words.join("-")
        };
        let mut id = base.clone();
        let mut count = 1;
        while !self.taken.insert(id.clone()) {
            count += 1;
            id = format!("{base}-{count}");
        }
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinyin_ids_unique_and_stable() {
        let mut ids = Ids::default();
        assert_eq!(ids.for_label("网络零售额", "figure"), "wang-luo-ling-shou");
        assert_eq!(ids.for_label("网络零售额增速", "figure"), "wang-luo-ling-shou-2");
        assert_eq!(ids.for_label("“5G+智慧工厂”项目", "figure"), "5g-zhi-hui-gong");
        assert_eq!(ids.for_label("", "figure"), "figure");
    }
}
