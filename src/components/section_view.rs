//! One section of the report: its heading (with its year, where the report's parts are of two
//! years) and its cards, packed in columns without holes, in the report's order.

use yew::prelude::*;

use super::display::use_display_settings;
use super::group_card::GroupCard;
use super::strings::year_text;
use crate::data::{Group, Section, REPORT};

#[derive(Properties, PartialEq)]
pub struct SectionViewProps {
    pub section: &'static Section,
}

/// The section's cards: its groups but the one that leads the page.
pub fn section_cards(section: &'static Section) -> impl Iterator<Item = &'static Group> {
    section
        .groups
        .iter()
        .filter(|group| Some(group.id) != REPORT.lead_chart)
}

#[function_component(SectionView)]
pub fn section_view(props: &SectionViewProps) -> Html {
    let lang = use_display_settings().lang;
    let section = props.section;
    let heading_id = format!("qsh-section-{}", section.id);
    let subheading = section.subheading.get(lang);
    // The report's parts as bands: the later year's sections (a work report's plan) tinted.
    let band = (REPORT.has_years() && section.year > REPORT.sections[0].year).then_some("later");
    html! {
        <section class="qsh-section" aria-labelledby={heading_id.clone()} data-section={section.id} data-band={band}>
            <h2 id={heading_id} class="qsh-section__heading">
                if REPORT.has_years() {
                    <span class="qsh-section__year">{ year_text(section.year, lang) }</span>
                }
                { section.heading.get(lang) }
            </h2>
            if !subheading.is_empty() {
                <p class="qsh-section__subheading">{ subheading }</p>
            }
            <div class="qsh-grid">
                { for section_cards(section).map(|group| html! { <GroupCard key={group.id} {group} /> }) }
            </div>
        </section>
    }
}
