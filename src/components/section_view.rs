//! One section of the report: its heading (a part's opener set a level above its sections) and
//! its cards, in rows without holes, in the report's order; where the report's parts are of two
//! years, the later part's sections stand in a tinted band.

use yew::prelude::*;

use super::group_card::group_card;
use crate::data::{Group, Lang, Section, REPORT};

/// The section's cards: its groups but the one that leads the page.
pub fn section_cards(section: &'static Section) -> impl Iterator<Item = &'static Group> {
    section
        .groups
        .iter()
        .filter(|group| Some(group.id) != REPORT.lead_chart)
}

/// The id of a section's heading, which its contents link targets.
pub fn heading_id(section: &Section) -> String {
    format!("qsh-section-{}", section.id)
}

/// Whether a section is a part of the report (一、2018年工作回顾), which opens its sections a
/// level above them.
pub fn is_part(section: &Section) -> bool {
    section.heading.zh.split_once('、').is_some_and(|(number, _)| {
        !number.is_empty()
            && number
                .chars()
                .all(|c| matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'))
    })
}

/// The section, keyed by its id in the list of sections (a function: it has no state).
pub fn section_view(section: &'static Section, lang: Lang) -> Html {
    let heading_id = heading_id(section);
    let subheading = section.subheading.get(lang);
    // The report's parts as bands: the later year's sections (a work report's plan) tinted.
    let band = (REPORT.has_years() && section.year > REPORT.sections[0].year).then_some("later");
    let part = is_part(section);
    // An attribute, not a computed class: a computed class goes through Yew's `Classes`, an
    // ordered hash set, and brings its code into the bundle.
    html! {
        <section key={section.id} class="qsh-section" aria-labelledby={heading_id.clone()} data-section={section.id} data-band={band} data-part={part.then_some("true")}>
            <h2 id={heading_id} class="qsh-section__heading" tabindex="-1">
                { section.heading.get(lang) }
            </h2>
            if !subheading.is_empty() {
                <p class="qsh-section__subheading">{ subheading }</p>
            }
            <div class="qsh-grid">
                { for section_cards(section).map(|group| group_card(group, lang)) }
            </div>
        </section>
    }
}
