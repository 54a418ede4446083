//! The tests of `nonfigures.rs`.

use super::*;
use crate::data::numbers::numbers_in;

/// The reason of each number of a line of the report (a line of its own: it opens it).
fn reasons(line: &str) -> Vec<(String, Option<&'static str>)> {
    numbers_in(line)
        .into_iter()
        .map(|mention| {
            let place = Place {
                before: &line[..mention.start],
                after: &line[mention.end..],
                opens_line: mention.start == 0,
            };
            (mention.text.to_string(), reason(&mention, &place).map(|(_, en)| en))
        })
        .collect()
}

fn reason_of(line: &str, number: &str) -> Option<&'static str> {
    reasons(line)
        .into_iter()
        .find(|(text, _)| text == number)
        .and_then(|(_, reason)| reason)
}

#[test]
fn a_lists_numbering_is_no_figure() {
    assert_eq!(
        reason_of("20.2026年，全省经济增长5%。", "20.2026"),
        Some("the numbering of a list")
    );
    assert_eq!(reason_of("3.加快建设12个项目。", "3"), Some("the numbering of a list"));
    assert_eq!(reason_of("5、新增企业30家。", "5"), Some("the numbering of a list"));
    assert_eq!(reason_of("新增企业30家。", "30"), None);
    assert_eq!(
        reason_of("3.5%的增速", "3.5"),
        None,
        "a decimal opening a line is a number"
    );
}

#[test]
fn spans_plans_and_programmes_are_no_figures() {
    assert_eq!(
        reason_of("五年来，全省经济总量跨上新台阶", "五"),
        Some("a span of years (five years on), not a figure")
    );
    assert_eq!(
        reason_of("过去五年，我们", "五"),
        Some("a span of years (five years on), not a figure")
    );
    assert_eq!(
        reason_of("实施农村人居环境整治三年行动", "三"),
        Some("the name of a plan or programme")
    );
    assert_eq!(
        reason_of("实施教育信息化2.0行动计划", "2.0"),
        Some("the name of a plan or programme")
    );
    assert_eq!(
        reason_of("实施十大重点工程", "十"),
        Some("the name of a programme or a standing phrase")
    );
    assert_eq!(
        reason_of("打好三大攻坚战", "三"),
        Some("the name of a programme or a standing phrase")
    );
    assert_eq!(
        reason_of("农企利益联结四项改革", "四"),
        Some("the name of a programme or a standing phrase")
    );
    assert_eq!(reason_of("组建四大教育集团", "四"), None, "four groups are counted");
    assert_eq!(
        reason_of("十四五期间，建成", "十四五"),
        Some("the name of a five-year plan")
    );
    assert_eq!(
        reason_of("完成红花尔基水源地一二级保护区工程", "一二"),
        Some("a level or grade, part of a name")
    );
}

#[test]
fn a_year_is_followed_by_its_year_or_by_no_unit() {
    assert_eq!(reason_of("2018年，全区", "2018"), Some("a year"));
    assert_eq!(reason_of("发布时间：2019-03-11", "2019"), Some("a year"));
    assert_eq!(reason_of("投入2000余万元对城区主要街道", "2000"), None);
    assert_eq!(reason_of("新增2020个", "2020"), None);
    assert_eq!(reason_of("江纺1953文化教育产业园", "1953"), Some("a year"));
}

#[test]
fn names_models_anniversaries_and_numbers() {
    assert_eq!(
        reason_of("国产大飞机C919投入运营", "919"),
        Some("a number in a name or a model")
    );
    assert_eq!(reason_of("新中国成立70周年", "70"), Some("an anniversary"));
    assert_eq!(reason_of("优化12319城市管理服务热线", "12319"), Some("a phone number"));
    assert_eq!(
        reason_of("自治区党委第三巡视组", "三"),
        Some("an ordinal in a name or a figure of speech")
    );
    assert_eq!(
        reason_of("成功承办了自治区第二届冬运会", "二"),
        None,
        "an edition held is counted"
    );
    assert_eq!(reason_of("连续第三年入选", "三"), None);
    assert_eq!(
        reason_of("作为引领发展的第一动力", "一"),
        Some("an ordinal in a name or a figure of speech")
    );
    assert_eq!(
        reason_of("落实第二轮土地承包", "二"),
        Some("an ordinal in a name or a figure of speech")
    );
    assert_eq!(reason_of("“1+2+N”", "1"), Some("a number in a slogan or a name"));
}

#[test]
fn ratios_and_thresholds() {
    let line = "三次产业结构调整为8.7∶41.2∶50.1，";
    for number in ["8.7", "41.2", "50.1"] {
        let at = line.find(number).expect("in the line");
        assert!(in_ratio(&line[..at], &line[at + number.len()..]), "{number}");
    }
    assert!(!in_ratio("增长", "%，"));
    assert!(is_threshold("及以下燃煤锅炉"));
    assert!(is_threshold("以上项目12个"));
    assert!(is_threshold("以上的企业"));
    assert!(!is_threshold("以上，"));
    assert!(!is_threshold("左右"));
}

#[test]
fn a_non_figure_is_quoted_as_a_whole_phrase() {
    let text = "建立大病医疗、产业扶贫“三大基金”，贫困群众上学难。继续实施学前教育三年行动计划，教育质量持续提升。";
    let phrase = |number: &str| {
        let start = text.find(number).expect("in the text");
        whole_phrase(text, start, start + number.len(), (0, text.len()))
    };
    assert_eq!(phrase("三大"), "“三大基金”");
    assert_eq!(phrase("三年"), "继续实施学前教育三年行动计划");
    let line_start = text.find("继续").expect("a line");
    let start = text.find("三年").expect("in the text");
    assert_eq!(
        whole_phrase(text, start, start + 3, (line_start, text.len())),
        "继续实施学前教育三年行动计划"
    );
}

#[test]
fn spans_titles_national_editions_and_ranks() {
    let span = Some("a span of years (five years on), not a figure");
    assert_eq!(reason_of("是极不平凡的五年", "五"), span);
    assert_eq!(reason_of("利用三年左右时间改造", "三"), span);
    assert_eq!(reason_of("连续三年入选", "三"), None, "a streak counts");
    assert_eq!(
        reason_of("编制了《国民经济和社会发展第十五个五年规划纲要》", "十五"),
        Some("the name of a document or a plan")
    );
    let national = Some("the edition of a national event or census (part of its name)");
    assert_eq!(reason_of("做好第四次全国农业普查", "四"), national);
    assert_eq!(reason_of("以全国第十四届冬季运动会为助推力", "十四"), national);
    assert_eq!(reason_of("办好第三届雄安未来之城场景汇", "三"), None);
    assert_eq!(
        reason_of("抓好“三北”六期等重大生态工程", "六"),
        Some("a phase of a project, part of its name")
    );
    assert_eq!(reason_of("综合算力指数全国第一，", "一"), None, "a rank is a figure");
    assert_eq!(
        reason_of("产值保持两位数增长", "两"),
        Some("a magnitude in words (double-digit growth)")
    );
}
