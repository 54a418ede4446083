//! Source, units convention, notes and the data download (a function: it has no state).

use yew::prelude::*;

use super::chart::export::{csv_file_name, dataset_blob, offer_download};
use super::strings::{credit_line, strings};
use crate::data::{Lang, REPORT};
use crate::web::log_error;

pub fn footer(lang: Lang) -> Html {
    let words = strings(lang);
    let on_download = Callback::from(|_: MouseEvent| {
        if let Err(error) = offer_download(&dataset_blob(), &csv_file_name()) {
            log_error(&format!("data not downloaded: {error}"));
        }
    });
    html! {
        <footer class="qsh-footer">
            <p>{ credit_line(lang) }</p>
            <p class="qsh-units">{ words.units_note }</p>
            <p><button type="button" class="qsh-button" onclick={on_download}>{ words.download_data }</button></p>
            <details class="qsh-notes">
                <summary>{ words.notes }</summary>
                <ul>{ for REPORT.notes.iter().map(|note| html! { <li>{ note.get(lang) }</li> }) }</ul>
            </details>
        </footer>
    }
}
