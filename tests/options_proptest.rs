//! Property tests of the embed-option parser: whatever a host page writes, parsing neither
//! panics nor loses a valid option, and every rejected value is reported, shortened, as text.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use report_infographic::components::ThemeChoice;
use report_infographic::data::{Lang, REPORT};
use report_infographic::embed::options::{parse, query_pairs, OPTION_NAMES};

fn option_name() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(OPTION_NAMES.to_vec()).prop_map(String::from),
        "[a-zA-Z-]{0,12}",
    ]
}

fn hostile_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        ".{0,40}",
        "[<>\"'&=/ a-zA-Z0-9]{0,60}",
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("x".repeat(10 * 1024)),
        "(zh|en|ZH|En|auto|LIGHT|Dark|true|FALSE|industry,lede|Industry, Environment)",
    ]
}

proptest! {
    #[test]
    fn never_panics_and_reports_every_rejection(pairs in proptest::collection::vec((option_name(), hostile_value()), 0..8)) {
        let (options, notices) = parse(pairs.iter().map(|(name, value)| (name.as_str(), value.as_str())));
        for notice in &notices {
            prop_assert!(OPTION_NAMES.contains(&notice.option));
            prop_assert!(notice.given.chars().count() <= 81, "shortened: {} chars", notice.given.chars().count());
            prop_assert!(!notice.accepted.is_empty());
            // At most one notice per option: the last value given is the one that counts.
            prop_assert_eq!(notices.iter().filter(|other| other.option == notice.option).count(), 1);
        }
        prop_assert!(options.sections.len() <= REPORT.sections.len());
        if let Some(id) = &options.id {
            prop_assert!(id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        }
    }

    #[test]
    fn valid_values_are_read_in_any_case(lang in proptest::sample::select(Lang::ALL.to_vec()),
                                          theme in proptest::sample::select(ThemeChoice::ALL.to_vec()),
                                          upper in any::<bool>(), padding in " {0,3}") {
        let case = |text: &str| if upper { text.to_uppercase() } else { text.to_string() };
        let lang_value = format!("{padding}{}{padding}", case(lang.code()));
        let theme_value = case(theme.code());
        let (options, notices) = parse([("lang", lang_value.as_str()), ("theme", theme_value.as_str())]);
        prop_assert!(notices.is_empty());
        prop_assert_eq!(options.lang, Some(lang));
        prop_assert_eq!(options.theme, theme);
    }

    #[test]
    fn query_strings_never_panic(query in ".{0,200}") {
        let pairs = query_pairs(&query);
        let _ = parse(pairs.iter().map(|(name, value)| (name.as_str(), value.as_str())));
    }
}
