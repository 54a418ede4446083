//! The contents row: a link to each section shown, by the report's own heading and numbering,
//! so a reader goes straight to a part. In the first paint (the page's own DOM, without script)
//! each is a plain fragment link; in the widget's shadow root, which a fragment link cannot
//! reach, a click scrolls to the section and moves focus to its heading.

use yew::prelude::*;

use super::display::use_display_settings;
use super::strings::strings;
use crate::data::Section;
use crate::web::go_to;

#[derive(Properties, PartialEq)]
pub struct ContentsProps {
    pub sections: Vec<&'static Section>,
}

/// The id of a section's heading, which its contents link targets.
pub fn heading_id(section: &Section) -> String {
    format!("qsh-section-{}", section.id)
}

#[function_component(Contents)]
pub fn contents(props: &ContentsProps) -> Html {
    let lang = use_display_settings().lang;
    if props.sections.len() < 2 {
        return Html::default();
    }
    html! {
        <nav class="qsh-contents" aria-label={strings(lang).contents}>
            <ol class="qsh-contents__list">
                { for props.sections.iter().map(|section| {
                    let id = heading_id(section);
                    let href = format!("#{id}");
                    let onclick = Callback::from(move |event: MouseEvent| {
                        if go_to(&event, &id) {
                            event.prevent_default();
                        }
                    });
                    html! {
                        <li><a class="qsh-contents__link" {href} {onclick}>{ section.heading.get(lang) }</a></li>
                    }
                }) }
            </ol>
        </nav>
    }
}
