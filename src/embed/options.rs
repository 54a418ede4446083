//! The embed options, from an iframe's query string or a `<div>`'s data attributes.
//!
//! Parsing never fails: an invalid value becomes a [`Notice`] naming the option and the
//! accepted values, and the option keeps its default. Pure, so it is tested natively; it uses
//! no UI module (the values it makes are plain data, in `crate::options`).

use crate::data::{Group, Lang, Section, REPORT};
use crate::options::{Notice, ThemeChoice};

/// Everything a host can set.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct EmbedOptions {
    /// `None`: the reader's remembered choice, else Chinese.
    pub lang: Option<Lang>,
    pub theme: ThemeChoice,
    /// The sections to show, in this order; empty means all, in the report's order.
    pub sections: Vec<&'static Section>,
    /// Just these charts (cards), in this order: a chart embedded alone. Empty means the
    /// whole infographic.
    pub charts: Vec<&'static Group>,
    /// Headline tiles only.
    pub compact: bool,
    /// The embed's id, used in the height messages to the host page.
    pub id: Option<String>,
}

/// The options this widget reads. Other keys (a host's own data attributes) are ignored.
pub const OPTION_NAMES: [&str; 6] = ["lang", "theme", "sections", "charts", "compact", "id"];

const MAX_ID_LENGTH: usize = 64;
const MAX_SHOWN_LENGTH: usize = 80;

/// Parses options from (name, value) pairs; for a repeated name the last one wins.
pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (EmbedOptions, Vec<Notice>) {
    let mut options = EmbedOptions::default();
    let mut notices = Vec::new();
    for (name, value) in pairs {
        let normalised = value.trim().to_ascii_lowercase();
        let mut reject = |option: &'static str, accepted: String| {
            notices.retain(|notice: &Notice| notice.option != option);
            notices.push(Notice {
                option,
                given: shorten(value),
                accepted,
            });
        };
        match name {
            "lang" => match Lang::from_code(&normalised) {
                Some(lang) => options.lang = Some(lang),
                None => reject("lang", codes(Lang::ALL.iter().map(|lang| lang.code()))),
            },
            "theme" => match ThemeChoice::ALL.into_iter().find(|choice| choice.code() == normalised) {
                Some(theme) => options.theme = theme,
                None => reject("theme", codes(ThemeChoice::ALL.iter().map(|choice| choice.code()))),
            },
            "compact" => match normalised.as_str() {
                // A bare data-compact attribute is present with an empty value.
                "" | "true" | "1" | "yes" => options.compact = true,
                "false" | "0" | "no" => options.compact = false,
                _ => reject("compact", "true, false".into()),
            },
            "sections" => {
                let all: Vec<&'static Section> = REPORT.sections.iter().collect();
                let (sections, unknown) = known_in_order(&normalised, &all, |section| section.id);
                options.sections = sections;
                if unknown {
                    reject(
                        "sections",
                        format!("a comma-separated list of {}", codes(all.iter().map(|s| s.id))),
                    );
                }
            }
            "charts" => {
                let all: Vec<&'static Group> = REPORT.sections.iter().flat_map(|section| section.groups).collect();
                let (charts, unknown) = known_in_order(&normalised, &all, |group| group.id);
                options.charts = charts;
                if unknown {
                    reject(
                        "charts",
                        format!("a comma-separated list of {}", codes(all.iter().map(|g| g.id))),
                    );
                }
            }
            "id" => {
                let id = value.trim();
                let valid = !id.is_empty()
                    && id.len() <= MAX_ID_LENGTH
                    && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                if valid {
                    options.id = Some(id.to_string());
                } else {
                    reject("id", format!("1–{MAX_ID_LENGTH} letters, digits, '-' or '_'"));
                }
            }
            _ => {}
        }
    }
    (options, notices)
}

/// The entries a comma-separated list of ids names, in its order, without repeats; and
/// whether it named any unknown id.
fn known_in_order<T>(list: &str, all: &[&'static T], id_of: fn(&T) -> &str) -> (Vec<&'static T>, bool) {
    let mut known: Vec<&'static T> = Vec::new();
    let mut unknown = false;
    for id in list.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        match all.iter().find(|entry| id_of(entry) == id) {
            Some(entry) if !known.iter().any(|kept| id_of(kept) == id) => known.push(entry),
            Some(_) => {}
            None => unknown = true,
        }
    }
    (known, unknown)
}

fn codes<'a>(all: impl Iterator<Item = &'a str>) -> String {
    all.collect::<Vec<_>>().join(", ")
}

/// A value cut to a readable length for the notice (on a character boundary).
fn shorten(value: &str) -> String {
    if value.chars().count() <= MAX_SHOWN_LENGTH {
        value.to_string()
    } else {
        let cut: String = value.chars().take(MAX_SHOWN_LENGTH).collect();
        format!("{cut}…")
    }
}

/// Splits a query string (`?lang=en&sections=a,b`) into decoded pairs.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(name), percent_decode(value))
        })
        .collect()
}

/// Decodes `%XX` escapes and `+` as in `application/x-www-form-urlencoded`, never an error. In
/// the browser by its own `decodeURIComponent` (a text it refuses, with an invalid escape or
/// invalid UTF-8, is kept as written); natively (the tests, the first paint) by the same rules
/// in Rust, an invalid escape kept and invalid UTF-8 replaced.
#[cfg(target_arch = "wasm32")]
fn percent_decode(text: &str) -> String {
    let spaced = text.replace('+', " ");
    js_sys::decode_uri_component(&spaced).map_or(spaced, String::from)
}

#[cfg(not(target_arch = "wasm32"))]
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'+' => decoded.push(b' '),
            b'%' if index + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[index + 1..index + 3]).ok();
                match hex.and_then(|hex| u8::from_str_radix(hex, 16).ok()) {
                    Some(byte) => {
                        decoded.push(byte);
                        index += 2;
                    }
                    None => decoded.push(b'%'),
                }
            }
            byte => decoded.push(byte),
        }
        index += 1;
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_all(pairs: &[(&str, &str)]) -> (EmbedOptions, Vec<Notice>) {
        parse(pairs.iter().copied())
    }

    #[test]
    fn defaults_without_options() {
        assert_eq!(parse_all(&[]), (EmbedOptions::default(), vec![]));
    }

    /// The report's last two sections' ids, for the options that name sections.
    fn two_sections() -> (&'static str, &'static str) {
        let [.., second, last] = REPORT.sections else {
            panic!("a report of two sections or more")
        };
        (last.id, second.id)
    }

    #[test]
    fn reads_every_option() {
        let (last, second) = two_sections();
        let sections = format!("{last},{second}");
        let (options, notices) = parse_all(&[
            ("lang", "en"),
            ("theme", "dark"),
            ("sections", &sections),
            ("compact", ""),
            ("id", "qsh-1"),
        ]);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(options.lang, Some(Lang::En));
        assert_eq!(options.theme, ThemeChoice::Dark);
        let ids: Vec<&str> = options.sections.iter().map(|s| s.id).collect();
        assert_eq!(ids, [last, second], "in the given order");
        assert!(options.compact);
        assert_eq!(options.id.as_deref(), Some("qsh-1"));
    }

    #[test]
    fn accepts_mixed_case_and_spaces() {
        let (last, second) = two_sections();
        let sections = format!(" {} , {} ", last.to_uppercase(), second);
        let (options, notices) = parse_all(&[("lang", " EN "), ("theme", "Light"), ("sections", &sections)]);
        assert!(notices.is_empty());
        assert_eq!(options.lang, Some(Lang::En));
        assert_eq!(options.theme, ThemeChoice::Light);
        assert_eq!(options.sections.len(), 2);
    }

    #[test]
    fn an_invalid_value_keeps_the_default_and_says_what_is_accepted() {
        let (options, notices) = parse_all(&[("lang", "fr"), ("theme", "neon"), ("compact", "maybe"), ("id", "a b")]);
        assert_eq!(options, EmbedOptions::default());
        let named: Vec<&str> = notices.iter().map(|n| n.option).collect();
        assert_eq!(named, ["lang", "theme", "compact", "id"]);
        assert_eq!(notices[0].accepted, "zh, en");
        assert!(notices[0].message().contains("lang=\"fr\"") && notices[0].message().contains("zh, en"));
    }

    #[test]
    fn unknown_sections_are_named_and_known_ones_kept() {
        let (last, second) = two_sections();
        let (options, notices) = parse_all(&[("sections", &format!("{last},sport"))]);
        assert_eq!(options.sections.len(), 1);
        assert_eq!(notices.len(), 1);
        assert!(notices[0].accepted.contains(last) && notices[0].accepted.contains(second));
    }

    #[test]
    fn charts_are_read_in_order_and_unknown_ones_named() {
        let groups: Vec<&str> = REPORT
            .sections
            .iter()
            .flat_map(|section| section.groups)
            .map(|group| group.id)
            .collect();
        let [first, .., last] = groups[..] else {
            panic!("a report of two charts or more")
        };
        let (options, notices) = parse_all(&[("charts", &format!("{last}, {first},{last}"))]);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(
            options.charts.iter().map(|group| group.id).collect::<Vec<_>>(),
            [last, first]
        );
        let (options, notices) = parse_all(&[("charts", &format!("{first},no-such-chart"))]);
        assert_eq!(options.charts.len(), 1);
        assert_eq!(notices[0].option, "charts");
        assert!(notices[0].accepted.contains(first) && notices[0].accepted.contains(last));
        assert!(notices[0].message().contains("no-such-chart"));
    }

    #[test]
    fn long_and_html_like_values_are_shortened_text() {
        let long = "x".repeat(10_000);
        let (_, notices) = parse_all(&[("lang", &long), ("theme", "<img src=x onerror=alert(1)>")]);
        assert!(notices[0].given.chars().count() <= MAX_SHOWN_LENGTH + 1);
        assert_eq!(
            notices[1].given, "<img src=x onerror=alert(1)>",
            "kept as text; rendering escapes it"
        );
    }

    #[test]
    fn decodes_query_strings() {
        let pairs = query_pairs("?lang=en&sections=industry%2Cenvironment&childId=frame+1&bad=%zz&cut=%4");
        assert_eq!(
            pairs,
            [
                ("lang".to_string(), "en".to_string()),
                ("sections".into(), "industry,environment".into()),
                ("childId".into(), "frame 1".into()),
                ("bad".into(), "%zz".into()),
                ("cut".into(), "%4".into()),
            ]
        );
        assert_eq!(query_pairs(""), []);
        assert_eq!(
            query_pairs("?%E4%B8%AD=%E6%96%87"),
            [("中".to_string(), "文".to_string())]
        );
    }
}
