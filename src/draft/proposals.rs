//! English labels proposed from the reports already made: where another dataset gives the
//! same Chinese label an English one, the draft proposes it in a comment under the figure's
//! empty `label_en`. The build does not take a comment: the label stays empty, and the build
//! says so, until an editor confirms the proposal by writing it into `label_en`.

use std::collections::HashMap;

use crate::data::schema::Document;

/// Every Chinese label of the datasets with its English label and the report it is from (the
/// first report to give one).
pub fn known_labels(datasets: &[(String, Document)]) -> HashMap<&str, (&str, &str)> {
    let mut known = HashMap::new();
    for (slug, document) in datasets {
        for figure in document.sections.iter().flat_map(|section| &section.figures) {
            if !figure.label_en.is_empty() {
                known
                    .entry(figure.label_zh.as_str())
                    .or_insert((figure.label_en.as_str(), slug.as_str()));
            }
        }
    }
    known
}

/// The draft with a proposal under each empty `label_en` whose `label_zh` is known.
pub fn with_proposals(draft: &str, known: &HashMap<&str, (&str, &str)>) -> String {
    let mut out = String::with_capacity(draft.len());
    let mut label_zh: Option<String> = None;
    for line in draft.lines() {
        out.push_str(line);
        out.push('\n');
        if line.starts_with("label_zh = ") {
            label_zh = toml::from_str::<HashMap<String, String>>(line)
                .ok()
                .and_then(|mut fields| fields.remove("label_zh"));
        } else if line == "label_en = \"\"" {
            if let Some((english, slug)) = label_zh.take().and_then(|zh| known.get(zh.as_str()).copied()) {
                let quoted = toml::Value::String(english.to_string()).to_string();
                out.push_str(&format!(
                    "# proposed from {slug} (the same Chinese label): label_en = {quoted}\n"
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_label_is_proposed_and_the_field_stays_empty() {
        let dataset: Document = toml::from_str(include_str!("../../data/hailar-2019/dataset.toml")).unwrap();
        let datasets = vec![("hailar-2019".to_string(), dataset)];
        let known = known_labels(&datasets);
        let draft =
            "[[section.figure]]\nid = \"gdp\"\nlabel_zh = \"规模以上工业总产值\"\nlabel_en = \"\"\nphrase = \"x\"\n\
                     [[section.figure]]\nid = \"new\"\nlabel_zh = \"没有的标签\"\nlabel_en = \"\"\n";
        let proposed = with_proposals(draft, &known);
        let english = known.get("规模以上工业总产值").map(|(english, _)| *english).unwrap();
        assert!(
            proposed.contains(&format!(
                "label_en = \"\"\n# proposed from hailar-2019 (the same Chinese label): label_en = \"{english}\"\n"
            )),
            "{proposed}"
        );
        assert_eq!(proposed.matches("# proposed").count(), 1, "only known labels");
    }
}
