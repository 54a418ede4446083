//! The report's sentence around a phrase, split into plain and highlighted parts. Pure.

use crate::data::phrase::{heading_lines, joined_lines, sentences};

/// A piece of a quoted sentence: the report's words, marked where they are the phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuotePart {
    pub text: String,
    pub marked: bool,
}

/// The first sentence of the report that holds every one of `phrases`, split so that each
/// phrase's words are marked; `None` when no one sentence holds them all.
pub fn highlighted_sentence(report: &str, phrases: &[&str]) -> Option<Vec<QuotePart>> {
    let joined = joined_lines(report);
    let headings = heading_lines(report);
    let sentence = sentences(&joined)
        .into_iter()
        .find(|sentence| phrases.iter().all(|phrase| sentence.contains(phrase)))?;
    // The report's heading lines have no full stop, so they run into the sentence after them.
    let mut sentence = sentence;
    while let Some((_, heading)) = headings.iter().find(|(_, heading)| {
        sentence.starts_with(heading) && phrases.iter().all(|phrase| sentence[heading.len()..].contains(phrase))
    }) {
        sentence = &sentence[heading.len()..];
    }
    let mut marked = vec![false; sentence.len()];
    for phrase in phrases {
        for (start, _) in sentence.match_indices(phrase) {
            marked[start..start + phrase.len()]
                .iter_mut()
                .for_each(|byte| *byte = true);
        }
    }
    let mut parts: Vec<QuotePart> = Vec::new();
    for (at, c) in sentence.char_indices() {
        match parts.last_mut() {
            Some(last) if last.marked == marked[at] => last.text.push(c),
            _ => parts.push(QuotePart {
                text: c.to_string(),
                marked: marked[at],
            }),
        }
    }
    Some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_the_phrase_inside_its_sentence() {
        let report = "前文。同时，推动经营\n\n主体新增2.6万户、总数达8.9万户，均位居全市前列。后文。";
        let parts = highlighted_sentence(report, &["主体新增2.6万户"]).unwrap();
        let text: String = parts.iter().map(|part| part.text.as_str()).collect();
        assert_eq!(text, "同时，推动经营主体新增2.6万户、总数达8.9万户，均位居全市前列。");
        let marked: Vec<&str> = parts.iter().filter(|p| p.marked).map(|p| p.text.as_str()).collect();
        assert_eq!(marked, ["主体新增2.6万户"]);
    }

    #[test]
    fn several_phrases_of_one_sentence_are_each_marked() {
        let report = "甲增长5%，乙增长6%，丙持平。";
        let parts = highlighted_sentence(report, &["甲增长5%", "乙增长6%"]).unwrap();
        let marked: Vec<&str> = parts.iter().filter(|p| p.marked).map(|p| p.text.as_str()).collect();
        assert_eq!(marked, ["甲增长5%", "乙增长6%"]);
        assert_eq!(highlighted_sentence("甲。乙。", &["甲", "乙"]), None);
    }

    #[test]
    fn heading_lines_before_a_sentence_are_left_out() {
        let report = "线上线下联动\n\n文旅市场加速出圈\n\n2023年，活动超30场。";
        let parts = highlighted_sentence(report, &["活动超30场"]).unwrap();
        let text: String = parts.iter().map(|part| part.text.as_str()).collect();
        assert_eq!(text, "2023年，活动超30场。");
    }
}
