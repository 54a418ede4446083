//! The reader's language: the host's choice, else the one the reader made on an earlier visit
//! (kept in local storage), else Chinese.

use gloo::storage::{LocalStorage, Storage};
use yew::prelude::*;

use crate::data::Lang;
use crate::data::REPORT;
use crate::names::LANG_STORAGE_PREFIX;
use crate::web::JsResultExt;

/// The language to render in, and the callback that switches it (and remembers the choice).
///
/// ```ignore
/// let (lang, on_lang) = use_reader_lang(props.lang);
/// html! { { header(lang, on_lang) } }
/// ```
#[hook]
pub fn use_reader_lang(asked: Option<Lang>) -> (Lang, Callback<Lang>) {
    // Rendered natively (the static first paint) there is no storage to remember a choice.
    let remembered = || cfg!(target_arch = "wasm32").then(remembered_lang).flatten();
    let lang = use_state_eq(|| asked.or_else(remembered).unwrap_or_default());
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |choice: Lang| {
            remember_lang(choice);
            lang.set(choice);
        })
    };
    (*lang, on_lang)
}

/// Sets the document's `lang` while the widget owns the page (its own index.html).
#[hook]
pub fn use_document_lang(lang: Lang, owns_page: bool) {
    use_effect_with((lang, owns_page), |&(lang, owns_page)| {
        if owns_page {
            gloo::utils::document_element()
                .set_attribute("lang", lang.html_lang())
                .log_failure("setting the page's language");
        }
    });
}

/// Whether local storage can be used: sandboxed frames and some privacy modes refuse it.
fn storage_available() -> bool {
    gloo::utils::window().local_storage().ok().flatten().is_some()
}

/// The language the reader chose on an earlier visit, if any.
fn remembered_lang() -> Option<Lang> {
    // The raw Storage, not gloo's JSON layer: one short code needs no serde_json in the bundle.
    let code = storage_available().then(|| LocalStorage::raw().get_item(&lang_storage_key()).ok().flatten())??;
    Lang::from_code(&code)
}

fn remember_lang(lang: Lang) {
    if storage_available() {
        // Remembering is a courtesy: a full or refused storage (private browsing) must neither
        // stop the switch nor alarm the reader's console.
        let _ = LocalStorage::raw().set_item(&lang_storage_key(), lang.code());
    }
}

/// Where the reader's language choice is kept, for this report.
pub fn lang_storage_key() -> String {
    format!("{LANG_STORAGE_PREFIX}{}:lang", REPORT.slug)
}
