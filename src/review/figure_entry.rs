//! One figure on the fact-check sheet: the report's sentence with the phrase marked, the value
//! and label as each edition prints them, and everything the data says of it.

use yew::prelude::*;

use super::quote::highlighted_sentence;
use super::quote_view::Quote;
use super::REPORT_TEXT;
use crate::data::{Figure, Period, Qualifier, Status};

#[derive(Properties, PartialEq)]
pub struct FigureEntryProps {
    pub figure: &'static Figure,
    /// The figure's number on the sheet (F1, F2, …), for the editor's notes.
    pub number: usize,
}

#[function_component(FigureEntry)]
pub fn figure_entry(props: &FigureEntryProps) -> Html {
    let figure = props.figure;
    let sentence = highlighted_sentence(REPORT_TEXT, &[figure.phrase]);
    html! {
        <article class="figure" data-figure-id={figure.id}>
            <header>
                <span class="figure__number">{ format!("F{}", props.number) }</span>
                <code>{ figure.id }</code>
                <span class="tick" aria-hidden="true">{ "☐" }</span>
            </header>
            <Quote parts={sentence} fallback={figure.phrase} />
            <table class="editions">
                <tr lang="zh-CN"><th>{ "中文" }</th><td class="value">{ figure.display.zh }</td><td>{ figure.label.zh }</td></tr>
                <tr lang="en"><th>{ "English" }</th><td class="value">{ figure.display.en }</td><td>{ figure.label.en }</td></tr>
            </table>
            <p class="meta">
                <span>{ "单位 unit: " }<b>{ figure.unit.code }</b></span>
                <span>{ "限定 qualifier: " }<b>{ qualifier_words(figure.qualifier) }</b></span>
                <span>{ "时期 period: " }<b>{ period_words(figure.period) }</b></span>
                <span>{ "状态 status: " }<b>{ status_words(figure.status) }</b></span>
            </p>
            if let Some(formula) = figure.derived {
                <p class="derived">{ "推算 derived: " }{ formula.zh }{ " / " }{ formula.en }</p>
            }
        </article>
    }
}

fn qualifier_words(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::Exact => "确数 exact",
        Qualifier::MoreThan => "超 more than",
        Qualifier::Over => "余 a little over",
        Qualifier::Growth => "增长 growth",
        Qualifier::Decline => "下降 decline",
        Qualifier::PointsUp => "提高…个百分点 points up",
        Qualifier::Ordinal => "第N ordinal",
        Qualifier::About => "左右/约 about",
        Qualifier::AtLeast => "以上/不低于 at least",
        Qualifier::Nearly => "近/接近 nearly",
        Qualifier::Within => "以内 within",
    }
}

fn period_words(period: Period) -> &'static str {
    match period {
        Period::Year => "全年 the year",
        Period::Cumulative => "累计 cumulative",
        Period::PointInTime => "时点 point in time",
    }
}

fn status_words(status: Status) -> &'static str {
    match status {
        Status::Done => "完成 done",
        Status::UnderWay => "推进中 under way",
        Status::Target => "目标 target",
    }
}
