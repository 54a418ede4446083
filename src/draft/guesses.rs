//! A figure's period and status, guessed from its words and from the part of the report it
//! stands in: a level or a state (余额, 总量, 城镇化率) is a point in time; 五年来, 十四五时期
//! and 累计 over a plan are cumulative; the figures of a plan part (二、2019年工作安排) are
//! targets, while a review part's 左右, 计划 and 预计 make none; 完成…计划的118.2% and
//! 超计划19家 are done. Status words count only as words of their own (人均预期寿命 is no
//! target), as the build checks them.

use crate::data::rules::{status_word, IN_PROGRESS_WORDS, TARGET_WORDS};
use crate::data::{Period, Status};

/// Words of a level or a state at a point in time.
const LEVEL_WORDS: &[&str] = &[
    "余额",
    "总量",
    "总数",
    "总头数",
    "存量",
    "保有量",
    "覆盖率",
    "城镇化率",
    "普及率",
    "入园率",
    "失业率",
    "缩减到",
    "减少到",
    "增加到",
    "增加至",
    "增长到",
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "总里程",
    "能力",
    "下降到",
    "控制在",
    "稳定在",
    "保持在",
    "总规模",
    "常住人口",
];

/// Words of an amount over a year (a flow): it stays the year's where a level's word holds it
/// (粮食产量稳定在760亿斤以上, 民生支出占比保持在80%以上, 生产总值从…增长到4.93万亿元).
const FLOW_WORDS: &[&str] = &[
    "产量",
    "产值",
    "总值",
    "增加值",
    "收入",
    "支出",
    "零售总额",
    "销售额",
    "营业额",
];

/// Words of a figure reached at the end of a span (这五年…科技型中小企业达到2.8万家).
const REACHED: &[&str] = &["达到", "达"];

/// Words of a span longer than the year.
const SPAN_WORDS: &[&str] = &[
    "五年来",
    "过去五年",
    "近五年",
    "十三五时期",
    "十四五时期",
    "十三五期间",
    "十四五期间",
    "“十三五”",
    "“十四五”",
    "这五年",
    "五年间",
    "先后",
    "历年",
    "累计",
];

/// Words of a part of the report that plans: its figures are targets.
const PLAN_HEADINGS: &[&str] = &[
    "工作安排",
    "主要预期目标",
    "预期目标",
    "工作任务",
    "工作计划",
    "重点工作",
    "年工作",
    "主要工作",
    "目标任务",
    "重点任务",
    "主要任务",
];

/// Words of a part of the report that reviews the past.
const REVIEW_HEADINGS: &[&str] = &["回顾", "总结", "过去", "五年来", "一年来"];

/// Where a figure stands: whether its paragraph reviews a span (opens with 这五年, 五年来,
/// 十四五时期), whether it is a change (增长, 下降) and whether it is a rank (全国第一).
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    pub in_span: bool,
    pub change: bool,
    pub rank: bool,
}

/// Whether a paragraph's opening clause names a span longer than the year (这五年，…), not a
/// year of its own (2025年是“十四五”收官之年) unless it runs from it (2021年以来).
pub fn opens_a_span(opening: &str) -> bool {
    let names_a_year = opening
        .match_indices('年')
        .any(|(at, _)| opening[..at].ends_with(|c: char| c.is_ascii_digit()));
    SPAN_WORDS.iter().any(|w| opening.contains(w)) && (!names_a_year || opening.contains("以来"))
}

/// The period a phrase's figure covers; 累计 within the year (全年累计) is the year's. In a
/// paragraph that reviews a span, a change or a count of what was done is over the span, a
/// level reached (达到, 增加到) a point in time, a year's flow (产量, 收入) or a rate (比率) the
/// year's, unless the phrase names its own year (2025年, 全年).
pub fn period(phrase: &str, context: Context) -> Period {
    let in_the_year = ["全年", "年内", "当年", "今年", "本年"]
        .iter()
        .any(|w| phrase.contains(w));
    let names_a_year = phrase
        .match_indices('年')
        .any(|(at, _)| phrase[..at].ends_with(|c: char| c.is_ascii_digit()));
    let has = |words: &[&str]| words.iter().any(|w| phrase.contains(w));
    let (level, flow) = (has(LEVEL_WORDS), has(FLOW_WORDS));
    if has(SPAN_WORDS) && !(in_the_year && phrase.contains("累计")) {
        Period::Cumulative
    } else if context.rank {
        Period::PointInTime
    } else if context.in_span && !in_the_year && !names_a_year {
        if context.change {
            Period::Cumulative
        } else if flow {
            Period::Year
        } else if level || has(REACHED) {
            Period::PointInTime
        } else if phrase.contains('率') {
            Period::Year
        } else {
            Period::Cumulative
        }
    } else if level && !flow {
        Period::PointInTime
    } else {
        Period::Year
    }
}

/// Whether a heading is of a part that plans (二、2019年工作安排) — unless it reviews (一、
/// 2018年工作回顾).
pub fn plans(heading: &str) -> bool {
    PLAN_HEADINGS.iter().any(|w| heading.contains(w)) && !reviews(heading)
}

pub fn reviews(heading: &str) -> bool {
    REVIEW_HEADINGS.iter().any(|w| heading.contains(w))
}

/// The status of a phrase's figure in a part of the report (`part`: its level-one heading, and
/// the section's own heading).
pub fn status(phrase: &str, part: &str, heading: &str) -> Status {
    let done_against_plan = phrase.contains("超计划")
        || phrase
            .find("完成")
            .is_some_and(|at| phrase[at..].contains("计划的") || phrase[at..].contains("目标的"));
    let in_review = reviews(part) || reviews(heading);
    let in_progress = status_word(phrase, &IN_PROGRESS_WORDS).is_some();
    if status_word(phrase, &TARGET_WORDS).is_some() {
        Status::Target
    } else if done_against_plan {
        if in_progress {
            Status::UnderWay
        } else {
            Status::Done
        }
    } else if plans(part) || plans(heading) {
        Status::Target
    } else if in_progress {
        Status::UnderWay
    } else if !in_review && ["左右", "计划", "目标", "预计"].iter().any(|w| phrase.contains(w)) {
        Status::Target
    } else {
        Status::Done
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_spans_and_the_year() {
        let period = |phrase| period(phrase, Context::default());
        assert_eq!(period("城镇化率64.8%"), Period::PointInTime);
        assert_eq!(period("经营主体总量474万户"), Period::PointInTime);
        assert_eq!(period("各项贷款余额1.2万亿元"), Period::PointInTime);
        assert_eq!(period("五年来，地区生产总值年均增长6%"), Period::Cumulative);
        assert_eq!(period("十四五时期累计完成投资3000亿元"), Period::Cumulative);
        assert_eq!(period("全年累计化解政府债务12.43亿元"), Period::Year);
        assert_eq!(period("全年地区生产总值完成192.3亿元"), Period::Year);
        assert_eq!(
            period("粮食产量稳定在760亿斤以上"),
            Period::Year,
            "a flow held at a level"
        );
        assert_eq!(period("比重由47.6%提升至73.4%"), Period::PointInTime);
    }

    #[test]
    fn a_paragraph_that_reviews_five_years() {
        let span = Context {
            in_span: true,
            ..Context::default()
        };
        let change = Context { change: true, ..span };
        assert!(opens_a_span("这五年"));
        assert!(!opens_a_span("刚刚过去的2025年"));
        assert!(!opens_a_span("2025年是“十四五”收官之年"));
        assert_eq!(period("5300多栋楼宇拔地而起", span), Period::Cumulative);
        assert_eq!(period("城镇新增就业452万人", span), Period::Cumulative);
        assert_eq!(period("规上工业增加值年均增长6.5%", change), Period::Cumulative);
        assert_eq!(period("科技型中小企业达到2.8万家", span), Period::PointInTime);
        assert_eq!(period("社会消费品零售总额突破1.5万亿元", span), Period::Year);
        assert_eq!(period("京津冀区域优良天数比率接近80%", span), Period::Year);
        assert_eq!(period("2025年全省生产总值增长5.6%", change), Period::Year);
        let rank = Context { rank: true, ..span };
        assert_eq!(period("综合算力指数全国第一", rank), Period::PointInTime);
    }

    #[test]
    fn plans_reviews_and_work_done_against_a_plan() {
        let review = "一、2018年工作回顾";
        let plan = "二、2019年工作安排";
        assert_eq!(
            status("地区生产总值增长3.5%左右", plan, "围绕决胜全面建成小康社会"),
            Status::Target
        );
        assert_eq!(status("新建污水管线20公里", plan, ""), Status::Target);
        assert_eq!(status("完成年计划的118.2%", review, ""), Status::Done);
        assert_eq!(status("招商引资超计划19家", "", ""), Status::Done);
        assert_eq!(status("完成投资达年度计划的95%", plan, ""), Status::Done);
        assert_eq!(status("人均预期寿命达到78.2岁", "", ""), Status::Done);
        assert_eq!(status("力争地区生产总值增长6.5%", review, ""), Status::Target);
        assert_eq!(
            status("投资计划完成5亿元", review, ""),
            Status::Done,
            "a review's 计划 is no target"
        );
        assert_eq!(status("节水量预计达到5万吨", review, ""), Status::Done);
        assert_eq!(status("推进29个安置房项目建设", review, ""), Status::UnderWay);
        assert_eq!(status("新增就业4000人左右", "", ""), Status::Target);
        assert_eq!(status("建成物流中心44个", "三、2026年主要工作", ""), Status::Target);
        assert!(plans("二、“十五五”时期的主要目标任务"));
    }
}
