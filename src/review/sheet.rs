//! The whole fact-check sheet: how to use it, the page's own texts, then the report's sections
//! in order, each with its figures, its charts and a sign-off line.

use yew::prelude::*;

use super::page_texts::PageTexts;
use super::section_sheet::SectionSheet;
use crate::data::REPORT;

#[function_component(ReviewSheet)]
pub fn review_sheet() -> Html {
    let figures: Vec<&str> = REPORT.figures().map(|figure| figure.id).collect();
    let number_of = |id: &str| figures.iter().position(|&known| known == id).map_or(0, |at| at + 1);
    let charts = REPORT
        .sections
        .iter()
        .map(|section| section.groups.len())
        .sum::<usize>();
    html! {
        <main class="sheet">
            <header class="sheet__header">
                <h1>{ "核对表 · Fact-check sheet" }</h1>
                <p class="sheet__report" lang="zh-CN">{ REPORT.title.zh }</p>
                <p class="sheet__report" lang="en">{ REPORT.title.en }</p>
                <p>{ format!("{} 个数字，{} 个图表，{} 个部分。 {} figures, {} charts, {} sections.",
                    figures.len(), charts, REPORT.sections.len() + 1, figures.len(), charts, REPORT.sections.len() + 1) }</p>
                <ol class="sheet__how">
                    <li>{ "每个数字：在原文句子中找到标黄的短语，核对数值、单位和限定词（超、余、增长、下降、百分点）在中英文版本中是否一致，标签是否与原文所指相符，时期和状态是否符合原文。" }</li>
                    <li lang="en">{ "For every figure: find the highlighted phrase in the report's sentence; check the value, unit and qualifier as each edition prints it, that both labels name what the report names (scope words such as 全区, 各级, 规模以上), and the period and status against the report's words." }</li>
                    <li>{ "每个图表：核对标题，以及允许这样并列的依据（同一句话或原文所述关系）。" }</li>
                    <li lang="en">{ "For every chart: check both titles and what allows it: the one sentence that states its figures, or the report's words for their relation." }</li>
                    <li>{ "每个部分核对完毕后签名。 Sign each section when it is checked." }</li>
                </ol>
            </header>
            <PageTexts />
            { for REPORT.sections.iter().map(|section| html! {
                <SectionSheet key={section.id} {section} first_number={number_of(section.figures.first().map_or("", |f| f.id))} />
            }) }
        </main>
    }
}
