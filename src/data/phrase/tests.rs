//! The tests of `phrase.rs`.

use super::*;

#[test]
fn phrases_run_across_the_reports_line_breaks() {
    assert_eq!(
        joined_lines("推动经营\n\n主体新增2.6万户\r\n"),
        "推动经营主体新增2.6万户"
    );
}

#[test]
fn a_sentence_runs_to_its_full_stop_or_ellipsis() {
    let report = "甲增长5%，乙增长6%……丙达到7个。丁8个；戊9个！";
    assert_eq!(sentences_containing(report, "乙增长6%"), vec![0]);
    assert_eq!(sentences_containing(report, "丙达到7个"), vec![1]);
    assert_eq!(sentences_containing(report, "戊9个"), vec![2]);
    assert!(sentences_containing(report, "乙增长6%……丙").is_empty());
    assert_eq!(
        sentences(report),
        ["甲增长5%，乙增长6%……", "丙达到7个。", "丁8个；戊9个！"]
    );
    assert_eq!(sentences("他说：“好。”然后走了"), ["他说：“好。”", "然后走了"]);
}

#[test]
fn heading_lines_are_short_unpunctuated_lines() {
    let report = "标题行\n\n正文第一句，有逗号。\r\n强监管优生态\n增长5%\n";
    let joined = joined_lines(report);
    let headings = heading_lines(report);
    assert_eq!(
        headings.iter().map(|(_, text)| *text).collect::<Vec<_>>(),
        ["标题行", "强监管优生态"]
    );
    for (at, text) in headings {
        assert!(joined[at..].starts_with(text), "{text} at {at}");
    }
}

#[test]
fn finds_whole_numbers_only() {
    assert_eq!(find_value("建成5个“一刻钟便民生活圈”", 5.0), Some((6, 7)));
    assert_eq!(find_value("交易额达26.8亿元", 6.8), None);
    assert_eq!(find_value("交易额达26.8亿元", 26.0), None);
    assert_eq!(find_value("两个社区卫生服务中心", 2.0), Some((0, 3)));
}

#[test]
fn reads_the_reports_qualifiers() {
    assert_eq!(
        qualifier_in_phrase("累计兑现惠企政策资金超", "万元"),
        Qualifier::MoreThan
    );
    assert_eq!(
        qualifier_in_phrase("发放低保、特困、高龄、残疾人等各类补贴", "余万元"),
        Qualifier::Over
    );
    assert_eq!(qualifier_in_phrase("", "万余名群众喜迁新居"), Qualifier::Over);
    assert_eq!(qualifier_in_phrase("175.99亿元，增长", "%"), Qualifier::Growth);
    assert_eq!(qualifier_in_phrase("全年网络零售额累计完成", "亿元"), Qualifier::Exact);
    assert_eq!(qualifier_in_phrase("分别下降26.3%、26.8%、", "%"), Qualifier::Decline);
    assert_eq!(qualifier_in_phrase("提高了", "个百分点"), Qualifier::PointsUp);
    assert_eq!(qualifier_in_phrase("连续第", "年入选"), Qualifier::Ordinal);
    assert_eq!(qualifier_in_phrase("年旅客吞吐量突破", "万人次"), Qualifier::MoreThan);
    assert_eq!(qualifier_in_phrase("引进子公司超过", "家"), Qualifier::MoreThan);
    assert_eq!(qualifier_in_phrase("", "多栋楼宇拔地而起"), Qualifier::Over);
    assert_eq!(qualifier_in_phrase("新增就业", "万多人"), Qualifier::Over);
    let reached = "全省生产总值从2020年的3.68万亿元增长到2025年的";
    assert_eq!(
        qualifier_in_phrase(reached, "万亿元"),
        Qualifier::Exact,
        "a level reached"
    );
    assert_eq!(qualifier_in_phrase("比重由47.6%提高至", "%"), Qualifier::Exact);
}

#[test]
fn reads_the_reports_bounds_where_they_stand() {
    use Qualifier::*;
    assert_eq!(reading("利用", "年左右时间对老旧小区进行改造"), (About, None));
    assert_eq!(reading("地区生产总值增长", "%左右"), (Growth, Some(About)));
    assert_eq!(reading("人均可支配收入分别增长", "%和8%左右"), (Growth, Some(About)));
    assert_eq!(reading("常住人口约", "万人"), (About, None));
    assert_eq!(reading("粮食播种面积不低于", "万亩"), (AtLeast, None));
    assert_eq!(reading("森林覆盖率达到", "%以上"), (AtLeast, None));
    assert_eq!(reading("带动就业近", "万人"), (Nearly, None));
    assert_eq!(reading("接近", "亿元"), (Nearly, None));
    assert_eq!(reading("城镇登记失业率控制在", "%以内"), (Within, None));
    assert_eq!(reading("增长", "%以上，达到"), (Growth, Some(AtLeast)));
    // The same words where they bound nothing.
    assert_eq!(reading("启动80余场次“相约", "冬·魅力海拉尔”"), (Exact, None));
    assert_eq!(reading("近", "年来累计"), (Exact, None));
    assert_eq!(reading("最近", "个月"), (Exact, None));
    assert_eq!(reading("完成", "亿元，带动100万人以上"), (Exact, None));
    assert_eq!(reading("新增", "家市场主体，规模以上企业"), (Exact, None));
    assert_eq!(reading("超", "万元左右"), (MoreThan, None), "超 wins, it stands closer");
    assert_eq!(
        reading("研发投入年均增长超", "%"),
        (Growth, Some(AtLeast)),
        "a change bounded by 超"
    );
}

#[test]
fn the_bounds_own_word() {
    assert_eq!(stated_bound_word("常住人口约3.5万人", 3.5), Some("约"));
    assert_eq!(stated_bound_word("地区生产总值增长3.5%左右", 3.5), Some("左右"));
    assert_eq!(stated_bound_word("带动就业接近3.5万人", 3.5), Some("接近"));
    assert_eq!(stated_bound_word("粮食产量不低于3.5亿斤", 3.5), Some("不低于"));
    assert_eq!(stated_bound_word("地区生产总值增长3.5%", 3.5), None);
    assert_eq!(stated_bound_word("研发投入年均增长超10%", 10.0), Some("超"));
}
