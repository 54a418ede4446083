//! One section of the report: its heading and a grid of its groups.

use yew::prelude::*;

use super::display::use_display_settings;
use super::group_card::GroupCard;
use crate::data::Section;

#[derive(Properties, PartialEq)]
pub struct SectionViewProps {
    pub section: &'static Section,
}

#[function_component(SectionView)]
pub fn section_view(props: &SectionViewProps) -> Html {
    let lang = use_display_settings().lang;
    let section = props.section;
    let heading_id = format!("qsh-section-{}", section.id);
    let subheading = section.subheading.get(lang);
    html! {
        <section class="qsh-section" aria-labelledby={heading_id.clone()} data-section={section.id}>
            <h2 id={heading_id} class="qsh-section__heading">{ section.heading.get(lang) }</h2>
            if !subheading.is_empty() {
                <p class="qsh-section__subheading">{ subheading }</p>
            }
            <div class="qsh-grid">
                { for section.groups.iter().map(|group| html! { <GroupCard key={group.id} {group} /> }) }
            </div>
        </section>
    }
}
