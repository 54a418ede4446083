//! One chart on the fact-check sheet: its kind, both titles, its figures, and what allows it
//! (the report's words for its relation, or the one sentence that states its figures).

use yew::prelude::*;

use super::quote::highlighted_sentence;
use super::quote_view::Quote;
use super::REPORT_TEXT;
use crate::data::{ChartKind, Group};

#[derive(Properties, PartialEq)]
pub struct ChartEntryProps {
    pub group: &'static Group,
    /// The numbers of the group's figures on the sheet, in the group's order.
    pub figure_numbers: Vec<usize>,
}

#[function_component(ChartEntry)]
pub fn chart_entry(props: &ChartEntryProps) -> Html {
    let group = props.group;
    html! {
        <article class="chart" data-group-id={group.id}>
            <header>
                <span class="chart__kind">{ kind_words(group.chart) }</span>
                <code>{ group.id }</code>
                <span class="tick" aria-hidden="true">{ "☐" }</span>
            </header>
            <p class="chart__title" lang="zh-CN">{ group.title.zh }</p>
            <p class="chart__title" lang="en">{ group.title.en }</p>
            <ol class="chart__figures">
                { for group.figures.iter().zip(&props.figure_numbers).map(|(figure, number)| html! {
                    <li>
                        <span class="figure__number">{ format!("F{number}") }</span>
                        { figure.label.zh }{ " " }<b>{ figure.display.zh }</b>
                        { " · " }<span lang="en">{ figure.label.en }{ " " }<b>{ figure.display.en }</b></span>
                    </li>
                }) }
            </ol>
            <div class="chart__basis">{ basis(group) }</div>
        </article>
    }
}

fn kind_words(kind: ChartKind) -> &'static str {
    match kind {
        ChartKind::Bars => "柱状图 bars",
        ChartKind::Change => "增减图 change",
        ChartKind::Ring => "环形图 ring",
        ChartKind::Tiles => "数字卡片 tiles",
    }
}

/// What allows the chart, as the build checked it.
fn basis(group: &Group) -> Html {
    match (group.chart, group.relation) {
        (ChartKind::Tiles, _) => html! {
            <p>{ "数字卡片逐项列出，不作比较。 Number cards, one by one: nothing compared." }</p>
        },
        (_, Some(relation)) => html! {
            <>
                <p>{ "原报道说明其关系的原文 The report's words that relate them:" }</p>
                <Quote parts={highlighted_sentence(REPORT_TEXT, &[relation])} fallback={relation} />
            </>
        },
        (_, None) => {
            let phrases: Vec<&str> = group.figures.iter().map(|figure| figure.phrase).collect();
            html! {
                <>
                    <p>{ "原报道在同一句话中一并列出 The report states them together, in one sentence:" }</p>
                    <Quote parts={highlighted_sentence(REPORT_TEXT, &phrases)} fallback={phrases.join(" / ")} />
                </>
            }
        }
    }
}
