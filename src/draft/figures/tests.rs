//! The tests of `figures.rs`.

use super::*;
use crate::data::schema::UnitsFile;
use crate::data::units::typed;

fn candidates(text: &str) -> Vec<Candidate> {
    let file: &'static UnitsFile = Box::leak(Box::new(toml::from_str(super::super::UNITS_TOML).expect("units parse")));
    let units: Vec<Unit<'static>> = file.units.iter().map(|entry| typed(entry).expect("valid")).collect();
    let section = SectionDraft {
        heading: String::new(),
        subheading: String::new(),
        part: String::new(),
        year: None,
        start: 0,
        end: joined_lines(text).len(),
    };
    classify(text, &section, &units, &[])
}

fn figures(text: &str) -> Vec<FigureDraft> {
    candidates(text)
        .into_iter()
        .filter_map(|candidate| match candidate {
            Candidate::Figure(figure) => Some(figure),
            Candidate::NonFigure(_) => None,
        })
        .collect()
}

#[test]
fn a_figure_with_its_unit_qualifier_and_clause() {
    let [sales, growth] = &figures("全年网络零售额累计完成175.99亿元，增长14.8%，均位居省市前列。")[..]
    else {
        panic!("two figures")
    };
    assert_eq!(
        (sales.value, sales.unit.as_str(), sales.qualifier),
        (175.99, "亿元", Qualifier::Exact)
    );
    assert_eq!(sales.phrase, "全年网络零售额累计完成175.99亿元");
    assert_eq!(sales.period, Period::Year);
    assert_eq!(sales.label_zh, "网络零售额累计");
    assert_eq!(
        (growth.value, growth.unit.as_str(), growth.qualifier),
        (14.8, "%", Qualifier::Growth)
    );
    assert_eq!(growth.phrase, "全年网络零售额累计完成175.99亿元，增长14.8%");
}

#[test]
fn qualifiers_over_and_more_than_and_points() {
    let found = figures("发放各类补贴6450余万元，6万余名群众喜迁新居，活动超30场，提高了3.7个百分点。");
    let read: Vec<(f64, &str, Qualifier)> = found.iter().map(|f| (f.value, f.unit.as_str(), f.qualifier)).collect();
    assert_eq!(
        read,
        [
            (6450.0, "万元", Qualifier::Over),
            (6.0, "万名", Qualifier::Over),
            (30.0, "场", Qualifier::MoreThan),
            (3.7, "百分点", Qualifier::PointsUp)
        ]
    );
}

#[test]
fn status_and_period_guesses() {
    let found = figures("稳步推进29个安置房项目建设，累计增加厂房超100万平方米，力争地区生产总值增长6.5%左右。");
    assert_eq!(found[0].status, Status::UnderWay);
    assert_eq!(found[1].period, Period::Cumulative);
    assert_eq!(found[2].status, Status::Target);
}

#[test]
fn years_dates_and_names_are_no_figures() {
    let reasons: Vec<&str> = candidates("2023年，地铁2号线、“1+2+N”、5G、3月4日、PM_{2.5}。")
        .into_iter()
        .filter_map(|candidate| match candidate {
            Candidate::NonFigure(non_figure) => Some(non_figure.reason_en),
            Candidate::Figure(_) => None,
        })
        .collect();
    assert_eq!(reasons.len(), 8, "{reasons:?}");
    assert_eq!(reasons[0], "a year");
}

#[test]
fn a_unit_the_vocabulary_lacks_is_proposed() {
    let [boilers] = &figures("拆除10蒸吨燃煤锅炉。")[..] else {
        panic!("one figure")
    };
    assert_eq!(
        (boilers.unit.as_str(), boilers.known_unit),
        ("蒸吨", false),
        "read whole"
    );
}

fn non_figures(text: &str) -> Vec<NonFigureDraft> {
    candidates(text)
        .into_iter()
        .filter_map(|candidate| match candidate {
            Candidate::NonFigure(non_figure) => Some(non_figure),
            Candidate::Figure(_) => None,
        })
        .collect()
}

#[test]
fn units_whole_with_their_scale() {
    let found =
        figures("全省生产总值1.22万亿元，实际利用外资5.6亿美元，新增装机120万千瓦，PM2.5平均浓度35微克/立方米。");
    let read: Vec<(f64, &str, bool)> = found.iter().map(|f| (f.value, f.unit.as_str(), f.known_unit)).collect();
    assert_eq!(
        read,
        [
            (1.22, "万亿元", false),
            (5.6, "亿美元", false),
            (120.0, "万千瓦", false),
            (35.0, "微克/立方米", false)
        ]
    );
}

#[test]
fn a_ratio_is_one_non_figure() {
    let text = "三次产业结构调整为8.7∶41.2∶50.1，第三产业比重提高。";
    assert!(figures(text).is_empty(), "{:?}", figures(text));
    let found = non_figures(text);
    let ratios: Vec<&NonFigureDraft> = found.iter().filter(|n| n.reason_en.contains("ratio")).collect();
    assert_eq!(ratios.len(), 3);
    assert_eq!(found.len(), 5, "三次产业 and 第三产业 name sectors: {found:?}");
    assert!(ratios
        .iter()
        .all(|ratio| ratio.text == "三次产业结构调整为8.7∶41.2∶50.1"));
    assert_eq!(ratios[0].reason_en, "a ratio of parts, not figures by themselves");
}

#[test]
fn thresholds_and_lists_are_no_figures_and_quoted_whole() {
    let found = non_figures("新开工5000万元以上项目32个。\n20.2026年，主要目标是：\n");
    let texts: Vec<(&str, &str)> = found.iter().map(|n| (n.text.as_str(), n.reason_en)).collect();
    assert_eq!(
        texts,
        [
            // Its clause, up to the figure it holds: the figure's 32 stays the figure's.
            (
                "新开工5000万元以上项目",
                "a threshold (and above, and below), not an amount"
            ),
            ("20.2026年", "the numbering of a list"),
        ]
    );
    let [projects] = &figures("新开工5000万元以上项目32个。")[..] else {
        panic!("one figure")
    };
    assert_eq!((projects.value, projects.unit.as_str()), (32.0, "个"));
}

#[test]
fn work_done_against_a_plan_and_bounds() {
    let found =
        figures("固定资产投资完成年计划的118.2%，招商引资项目超计划19家，全年增长5%左右，人均预期寿命达到78.2岁。");
    let read: Vec<(f64, Status, Qualifier, Option<Qualifier>)> = found
        .iter()
        .map(|f| (f.value, f.status, f.qualifier, f.bound))
        .collect();
    assert_eq!(
        read,
        [
            (118.2, Status::Done, Qualifier::Exact, None),
            (19.0, Status::Done, Qualifier::Exact, None),
            (5.0, Status::Target, Qualifier::Growth, Some(Qualifier::About)),
            (78.2, Status::Done, Qualifier::Exact, None),
        ]
    );
}

#[test]
fn labels_name_the_figures_own_subject() {
    let found = figures("规模以上工业总产值完成90.1亿元，同比增长6.9%。这一数字达到12个。34个项目进入国家库。");
    let labels: Vec<&str> = found.iter().map(|f| f.label_zh.as_str()).collect();
    assert_eq!(labels[0], "规模以上工业总产值");
    assert_eq!(labels[1], "规模以上工业总产值");
    assert!(!labels[2].starts_with('这'), "{}", labels[2]);
    assert_eq!(labels[3], "项目");
}

#[test]
fn a_range_writes_its_unit_once() {
    let found = figures("地区生产总值增长5—5.5%，新建1至2个产业园，增长5%–5.5%。");
    let read: Vec<(f64, &str, Qualifier)> = found.iter().map(|f| (f.value, f.unit.as_str(), f.qualifier)).collect();
    assert_eq!(
        read,
        [
            (5.0, "%", Qualifier::Growth),
            (5.5, "%", Qualifier::Growth),
            (1.0, "个", Qualifier::Exact),
            (2.0, "个", Qualifier::Exact),
            (5.0, "%", Qualifier::Growth),
            (5.5, "%", Qualifier::Growth),
        ]
    );
}

#[test]
fn a_wrapped_line_runs_on_and_a_heading_stops_a_phrase() {
    let wrapped = "他说，累计兑现惠企政策资金超1500万元，提供放贷资金6.95亿元，推动经营\n\n主体新增2.6万户。";
    let found = figures(wrapped);
    let households = found.iter().find(|f| f.value == 2.6).expect("2.6万户");
    assert_eq!(households.phrase, "推动经营主体新增2.6万户");
    let headed = "二、2019年工作安排\n2019年是新中国成立70周年，全区新增企业30家。\n";
    let found = figures(headed);
    assert!(found.iter().all(|f| !f.phrase.contains("工作安排")), "{found:?}");
    // A number across a line break is read whole, and read safely.
    let split = "全区新增企业3\n0家，超过19\n2.3亿元";
    assert_eq!(figures(split).len(), 2);
}

/// A figure as read: value, unit, qualifier, bound, period, label.
type Read<'f> = (f64, &'f str, Qualifier, Option<Qualifier>, Period, &'f str);

#[test]
fn a_review_of_five_years_ranks_and_levels_reached() {
    let text = "这五年，5300多栋楼宇拔地而起，研发投入年均增长超10%，科技型中小企业达到2.8万家，综合算力指数全国第一，收入从3826.5亿元增长到4398.6亿元。";
    let found = figures(text);
    let read: Vec<Read<'_>> = found
        .iter()
        .map(|f| {
            (
                f.value,
                f.unit.as_str(),
                f.qualifier,
                f.bound,
                f.period,
                f.label_zh.as_str(),
            )
        })
        .collect();
    use Period::*;
    use Qualifier::*;
    assert_eq!(
        read,
        [
            (5300.0, "栋", Over, None, Cumulative, "楼宇拔地而起"),
            (10.0, "%", Growth, Some(AtLeast), Cumulative, "研发"),
            (2.8, "万家", Exact, None, PointInTime, "科技型中小企业"),
            (1.0, "名", Ordinal, None, PointInTime, "综合算力指数"),
            (3826.5, "亿元", Exact, None, Year, "收入"),
            (4398.6, "亿元", Exact, None, Year, "收入"),
        ]
    );
}
