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
    "提高到",
    "下降到",
    "控制在",
    "稳定在",
    "保持在",
    "总规模",
    "常住人口",
];

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
];

/// Words of a part of the report that reviews the past.
const REVIEW_HEADINGS: &[&str] = &["回顾", "总结", "过去", "五年来", "一年来"];

/// The period a phrase's figure covers; 累计 within the year (全年累计) is the year's.
pub fn period(phrase: &str) -> Period {
    let in_the_year = ["全年", "年内", "当年", "今年", "本年"]
        .iter()
        .any(|w| phrase.contains(w));
    if SPAN_WORDS.iter().any(|w| phrase.contains(w)) && !(in_the_year && phrase.contains("累计")) {
        Period::Cumulative
    } else if LEVEL_WORDS.iter().any(|w| phrase.contains(w)) {
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
        assert_eq!(period("城镇化率64.8%"), Period::PointInTime);
        assert_eq!(period("经营主体总量474万户"), Period::PointInTime);
        assert_eq!(period("各项贷款余额1.2万亿元"), Period::PointInTime);
        assert_eq!(period("五年来，地区生产总值年均增长6%"), Period::Cumulative);
        assert_eq!(period("十四五时期累计完成投资3000亿元"), Period::Cumulative);
        assert_eq!(period("全年累计化解政府债务12.43亿元"), Period::Year);
        assert_eq!(period("全年地区生产总值完成192.3亿元"), Period::Year);
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
    }
}
