//! The root component: the display context, then header, sections and footer.

use yew::prelude::*;

use gloo::storage::{LocalStorage, Storage};

use super::footer::Footer;
use super::header::Header;
use super::hooks::{use_prefers_dark, use_printing};
use super::notice::Notices;
use super::section_view::SectionView;
use crate::data::{Lang, Section, REPORT};
use crate::names::LANG_STORAGE_KEY;
use crate::options::{Notice, ThemeChoice};
use crate::web::JsResultExt;

/// What every component needs to know to render: the language and whether the theme is dark.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Display {
    pub lang: Lang,
    pub dark: bool,
}

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The language a host page asked for; `None` lets the reader's remembered choice decide.
    #[prop_or_default]
    pub lang: Option<Lang>,
    #[prop_or_default]
    pub theme: ThemeChoice,
    /// The sections to show, in this order; empty means all, in the report's order.
    #[prop_or_default]
    pub sections: Vec<&'static Section>,
    /// Headline tiles only.
    #[prop_or_default]
    pub compact: bool,
    /// Embed options that were not understood, shown to whoever embeds the widget.
    #[prop_or_default]
    pub notices: Vec<Notice>,
    /// The widget is the whole page (its own index.html): it also sets the document's language.
    #[prop_or_default]
    pub owns_page: bool,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let lang = use_state_eq(|| props.lang.or_else(remembered_lang).unwrap_or_default());
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |choice: Lang| {
            remember_lang(choice);
            lang.set(choice);
        })
    };
    let prefers_dark = use_prefers_dark();
    let printing = use_printing();
    let dark = !printing
        && match props.theme {
            ThemeChoice::Auto => prefers_dark,
            ThemeChoice::Light => false,
            ThemeChoice::Dark => true,
        };
    let display = Display { lang: *lang, dark };
    use_effect_with((*lang, props.owns_page), |&(lang, owns_page)| {
        if owns_page {
            gloo::utils::document_element()
                .set_attribute("lang", lang.html_lang())
                .log_failure("setting the page's language");
        }
    });
    let sections: Vec<&'static Section> = if props.compact {
        Vec::new()
    } else if props.sections.is_empty() {
        REPORT.sections.iter().collect()
    } else {
        props.sections.clone()
    };
    html! {
        <ContextProvider<Display> context={display}>
            <article
                class={classes!("qsh", dark.then_some("qsh--dark"))}
                lang={lang.html_lang()}
                data-theme={props.theme.code()}
                data-compact={props.compact.then_some("true")}
            >
                <Notices notices={props.notices.clone()} />
                <Header {on_lang} />
                { for sections.into_iter().map(|section| html! { <SectionView key={section.id} {section} /> }) }
                <Footer />
            </article>
        </ContextProvider<Display>>
    }
}

/// Whether local storage can be used: sandboxed frames and some privacy modes refuse it.
fn storage_available() -> bool {
    gloo::utils::window().local_storage().ok().flatten().is_some()
}

/// The language the reader chose on an earlier visit, if any.
fn remembered_lang() -> Option<Lang> {
    // The raw Storage, not gloo's JSON layer: one short code needs no serde_json in the bundle.
    let code = storage_available().then(|| LocalStorage::raw().get_item(LANG_STORAGE_KEY).ok().flatten())??;
    Lang::from_code(&code)
}

fn remember_lang(lang: Lang) {
    if storage_available() {
        // Remembering is a courtesy: a full or refused storage (private browsing) must neither
        // stop the switch nor alarm the reader's console.
        let _ = LocalStorage::raw().set_item(LANG_STORAGE_KEY, lang.code());
    }
}
