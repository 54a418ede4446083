//! One section of the report on the fact-check sheet: its figures, its charts, a sign-off line.

use yew::prelude::*;

use super::chart_entry::ChartEntry;
use super::figure_entry::FigureEntry;
use super::sign_off::SignOff;
use crate::data::Section;

#[derive(Properties, PartialEq)]
pub struct SectionSheetProps {
    pub section: &'static Section,
    /// The sheet number of the section's first figure.
    pub first_number: usize,
}

#[function_component(SectionSheet)]
pub fn section_sheet(props: &SectionSheetProps) -> Html {
    let section = props.section;
    let number_of = |id: &str| {
        section
            .figures
            .iter()
            .position(|figure| figure.id == id)
            .map_or(0, |at| props.first_number + at)
    };
    html! {
        <section class="part" data-section-id={section.id}>
            <h2>
                <span lang="zh-CN">{ section.heading.zh }</span>{ " · " }<span lang="en">{ section.heading.en }</span>
            </h2>
            if !section.subheading.zh.is_empty() {
                <p class="part__subheading">
                    <span lang="zh-CN">{ section.subheading.zh }</span>{ " · " }<span lang="en">{ section.subheading.en }</span>
                </p>
            }
            <h3>{ format!("数字 Figures ({})", section.figures.len()) }</h3>
            { for section.figures.iter().map(|figure| html! {
                <FigureEntry key={figure.id} {figure} number={number_of(figure.id)} />
            }) }
            <h3>{ format!("图表 Charts ({})", section.groups.len()) }</h3>
            { for section.groups.iter().map(|group| html! {
                <ChartEntry key={group.id} {group} figure_numbers={group.figures.iter().map(|figure| number_of(figure.id)).collect::<Vec<_>>()} />
            }) }
            <SignOff />
        </section>
    }
}
