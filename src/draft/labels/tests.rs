//! The tests of `labels.rs`.

use super::*;

#[test]
fn a_label_is_its_own_subject() {
    assert_eq!(label("规模以上工业总产值完成", "亿元", false, 0), "规模以上工业总产值");
    assert_eq!(
        label("全年地区生产总值完成192.3亿元，按可比价计算，同比增长", "%", false, 0),
        "地区生产总值"
    );
    assert_eq!(
        label("规模以上工业总产值完成90.1亿元，同比增长", "%", false, 0),
        "规模以上工业总产值"
    );
    assert_eq!(label("行政许可事项缩减到", "。", true, 0), "行政许可事项");
    assert_eq!(label("这", "改革", true, 0), "改革");
    assert_eq!(label("经营主体总量", "。", false, 0), "经营主体总量");
}

#[test]
fn a_noun_after_the_number_names_what_it_counts() {
    assert_eq!(label("", "水冲式公共厕所、24座移动公厕", true, 0), "水冲式公共厕所");
    assert_eq!(label("26座水冲式公共厕所、", "移动公厕、3处", true, 0), "移动公厕");
    assert_eq!(
        label("26座水冲式公共厕所、24座移动公厕、", "生活垃圾转运站投入使用", true, 0),
        "生活垃圾转运站"
    );
    assert_eq!(label("", "项目进入国家库", true, 0), "项目");
    assert_eq!(label("城区", "主干道已基本完成牌匾规范化改造", true, 0), "城区主干道");
    assert_eq!(
        label("投资2650万元改扩建", "社区党群服务中心。", true, 0),
        "社区党群服务中心"
    );
    assert_eq!(label("城镇新增就业", "，", true, 0), "城镇新增就业");
}

#[test]
fn the_nth_subject_of_a_respective_list() {
    let before = "城乡常住居民人均可支配收入分别完成";
    assert_eq!(label(before, "元、28104元", false, 0), "城镇常住居民人均可支配收入");
    assert_eq!(
        label("城乡常住居民人均可支配收入分别完成37820元、", "元", false, 1),
        "农村常住居民人均可支配收入"
    );
    let growth = "城乡常住居民人均可支配收入分别完成37820元、28104元，同比分别增长6.5%、";
    assert_eq!(label(growth, "%", false, 1), "农村常住居民人均可支配收入");
    let rates = "学前三年入园率及公办园入园率分别达到";
    assert_eq!(label(rates, "%和50.2%", false, 0), "学前三年入园率");
    assert_eq!(
        label("学前三年入园率及公办园入园率分别达到96.4%和", "%", false, 1),
        "公办园入园率"
    );
}

#[test]
fn clauses_without_a_subject_take_the_one_before() {
    let text = "全年地区生产总值完成192.3亿元，按可比价计算，同比增长6.0%";
    let at = text.find("6.0").expect("in the text");
    assert_eq!(
        &text[clause_start(text, at)..at],
        "全年地区生产总值完成192.3亿元，按可比价计算，同比增长"
    );
    assert_eq!(clause_end(text, 0), text.find('，').expect("a comma"));
}

#[test]
fn labels_without_verbs_particles_or_other_numbers() {
    assert_eq!(label("投资1100万元新建污水管线", "，", false, 0), "污水管线");
    assert_eq!(
        label(
            "共办理区人大代表建议95件、政协委员提案136件，办结率均达",
            "。",
            false,
            0
        ),
        "办结率"
    );
    assert_eq!(label("全力确保空气优良天数达到", "。", false, 0), "空气优良天数");
    assert_eq!(
        label("完成2019年度", "政府隐性债务化解目标", false, 0),
        "政府隐性债务化解目标"
    );
    assert_eq!(label("该区新增企业", "，", false, 0), "新增企业");
    assert_eq!(label("出入境人数同比增长", "。", false, 0), "出入境人数");
}
