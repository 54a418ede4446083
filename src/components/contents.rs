//! The contents row: a link to each section shown, by the report's own heading and numbering,
//! so a reader goes straight to a part. Static markup with one listener, not a component: in
//! the first paint (the page's own DOM, without script) each is a plain fragment link; in the
//! widget's shadow root, which a fragment link cannot reach, a click scrolls to the section and
//! moves focus to its heading.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::card::html_text;
use super::section_view::{heading_id, is_part};
use super::strings::strings;
use crate::data::{Lang, Section};
use crate::web::go_to;

/// The row for these sections, under a "Contents" disclosure that starts open (folded, it stood
/// as a stray word between the lead's rule and the first part's); a part of the report starts a
/// line of its own, its sections after it. Nothing for fewer than two sections.
pub fn contents(sections: &[&Section], lang: Lang) -> Html {
    if sections.len() < 2 {
        return Html::default();
    }
    let mut list = String::from("<details class=\"qsh-contents__details\" open>");
    list.push_str("<summary class=\"qsh-contents__summary\">");
    html_text(&mut list, strings(lang).contents);
    list.push_str("</summary><ol class=\"qsh-contents__list\">");
    for section in sections {
        // A part of the report (一、2018年工作回顾) stands out from its sections.
        list.push_str(if is_part(section) {
            "<li class=\"qsh-contents__part\"><a class=\"qsh-contents__link\" href=\"#"
        } else {
            "<li><a class=\"qsh-contents__link\" href=\"#"
        });
        list.push_str(&heading_id(section));
        list.push_str("\">");
        html_text(&mut list, section.heading.get(lang));
        list.push_str("</a></li>");
    }
    list.push_str("</ol></details>");
    html! {
        <nav class="qsh-contents" aria-label={strings(lang).contents} onclick={Callback::from(follow_link)}>
            { Html::from_html_unchecked(AttrValue::from(list)) }
        </nav>
    }
}

/// A click on a link of the row: to its section, in the same document or shadow root.
fn follow_link(event: MouseEvent) {
    let link = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|target| target.closest("a").ok().flatten());
    let Some(link) = link else { return };
    let target = link.get_attribute("href").unwrap_or_default();
    if go_to(&link, target.trim_start_matches('#')) {
        event.prevent_default();
    }
}
