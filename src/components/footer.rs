//! Source, notes and the units convention.

use yew::prelude::*;

use super::app::Display;
use crate::data::{Lang, REPORT};

#[function_component(Footer)]
pub fn footer() -> Html {
    let display = use_context::<Display>().expect("Footer is rendered inside App");
    let lang = display.lang;
    let (source_label, notes_label, units_note) = match lang {
        Lang::Zh => ("来源", "说明", "数字单位沿用原报道（亿元、万元、万户等）。"),
        Lang::En => (
            "Source",
            "Notes",
            "Figures are converted from the report's Chinese units (1 亿 = 100 million, 1 万 = 10,000); CNY = renminbi yuan.",
        ),
    };
    html! {
        <footer class="qsh-footer">
            <p><strong>{ source_label }{ if lang == Lang::Zh { "：" } else { ": " } }</strong>
                { REPORT.source.get(lang) }{ " · " }{ REPORT.publication.get(lang) }</p>
            <p class="qsh-units">{ units_note }</p>
            <details class="qsh-notes">
                <summary>{ notes_label }</summary>
                <ul>{ for REPORT.notes.iter().map(|note| html! { <li>{ note.get(lang) }</li> }) }</ul>
            </details>
        </footer>
    }
}
