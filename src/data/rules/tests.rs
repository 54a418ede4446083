//! The tests of `rules.rs`.

use super::*;

fn figure(phrase: &str) -> FigureEntry {
    FigureEntry {
        id: "x".into(),
        value: 6.5,
        unit: "%".into(),
        qualifier: "growth".into(),
        bound: None,
        period: "year".into(),
        status: "done".into(),
        label_zh: "地区生产总值".into(),
        label_en: "Regional GDP".into(),
        phrase: phrase.into(),
        derived_zh: None,
        derived_en: None,
        over_100: false,
        share: false,
        change_of: None,
    }
}

#[test]
fn a_target_is_never_a_result() {
    let target = figure("力争地区生产总值增长6.5%");
    assert!(status_problems(&target, Some(Status::Done))[0].contains("use status `target`"));
    assert!(status_problems(&target, Some(Status::UnderWay))[0].contains("use status `target`"));
    assert!(status_problems(&target, Some(Status::Target)).is_empty());
}

#[test]
fn life_expectancy_is_no_target() {
    let life = figure("人均预期寿命达到78.2岁");
    assert!(status_problems(&life, Some(Status::Done)).is_empty());
    assert_eq!(
        status_word("人均预期寿命达到78.2岁，预期增长5%", &TARGET_WORDS),
        Some("预期")
    );
    assert_eq!(status_word("人均预期寿命", &TARGET_WORDS), None);
}

#[test]
fn a_bound_stands_where_the_report_has_it() {
    let bounded = |qualifier: &str, bound: Option<&str>, phrase: &str| {
        let mut entry = figure(phrase);
        entry.value = 3.5;
        entry.qualifier = qualifier.into();
        entry.bound = bound.map(Into::into);
        let typed = Qualifier::from_code(qualifier);
        match bound_of(&entry, typed) {
            Ok(bound) => phrase_problems(&entry, typed, bound, phrase),
            Err(message) => vec![message],
        }
    };
    assert!(bounded("growth", Some("about"), "地区生产总值增长3.5%左右").is_empty());
    assert!(bounded("growth", None, "地区生产总值增长3.5%左右")[0].contains("write bound = \"about\""));
    assert!(bounded("growth", Some("about"), "地区生产总值增长3.5%")[0].contains("bound `about` is not in"));
    assert!(bounded("growth", Some("nearly"), "地区生产总值增长3.5%左右")[0].contains("bound = \"about\""));
    assert!(bounded("about", None, "常住人口约3.5万人").is_empty());
    assert!(bounded("exact", None, "常住人口约3.5万人")[0].contains("which says `about`"));
    assert!(bounded("exact", Some("about"), "常住人口约3.5万人")[0].contains("write qualifier = \"about\""));
    assert!(bounded("growth", Some("more-than"), "增长3.5%左右")[0].contains("unknown bound"));
    assert!(bounded("within", None, "失业率控制在3.5%以内").is_empty());
    assert!(bounded("at-least", None, "覆盖率达到3.5%以上").is_empty());
    assert!(bounded("nearly", None, "带动就业近3.5万人").is_empty());
}

#[test]
fn work_in_progress_is_not_done() {
    let started = figure("启动建设项目12个");
    assert!(status_problems(&started, Some(Status::Done))[0].contains("\"启动\""));
    assert!(status_problems(&started, Some(Status::UnderWay)).is_empty());
    assert!(status_problems(&figure("建成项目12个"), Some(Status::Done)).is_empty());
}
