//! The root component: provides the display settings and the charts' shared services, then
//! header, sections and footer.

use yew::prelude::*;

use super::chart_services::ChartServices;
use super::charts_page::charts_page;
use super::contents::contents;
use super::display::{AppContext, DisplaySettings};
use super::footer::footer;
use super::header::header;
use super::hooks::{use_dark_theme, use_document_lang, use_progressive_count, use_reader_lang};
use super::notice::notices;
use super::section_view::{section_cards, section_view};
use crate::data::{Group, Lang, Section, REPORT};
use crate::options::{Notice, ThemeChoice};

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
    /// Just these charts, in this order, with the credit line (a chart embedded alone).
    #[prop_or_default]
    pub charts: Vec<&'static Group>,
    /// Headline tiles only.
    #[prop_or_default]
    pub compact: bool,
    /// Embed options that were not understood, shown to whoever embeds the widget.
    #[prop_or_default]
    pub notices: Vec<Notice>,
    /// The widget is the whole page (its own index.html): it also sets the document's language.
    #[prop_or_default]
    pub owns_page: bool,
    /// Render the static first paint (natively, at build time; see `render.rs`).
    #[prop_or_default]
    pub first_paint: bool,
}

impl AppProps {
    /// The sections to show, in order.
    fn shown_sections(&self) -> Vec<&'static Section> {
        if self.compact || !self.charts.is_empty() {
            Vec::new()
        } else if self.sections.is_empty() {
            REPORT
                .sections
                .iter()
                .filter(|section| section_cards(section).next().is_some())
                .collect()
        } else {
            self.sections.clone()
        }
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let (lang, on_lang) = use_reader_lang(props.lang);
    let dark = use_dark_theme(props.theme);
    use_document_lang(lang, props.owns_page);
    let sections = props.shown_sections();
    let rendered = use_progressive_count(sections.len(), props.first_paint);
    let services = use_memo((), |()| ChartServices::default());
    let still_rendering = rendered < sections.len();
    let content = html! {
        <>
            { notices(&props.notices, lang) }
            if props.charts.is_empty() {
                { header(lang, on_lang) }
                { contents(&sections, lang) }
                { for sections.into_iter().take(rendered).map(|section| section_view(section, lang)) }
                { footer(lang) }
            } else {
                { charts_page(&props.charts, lang) }
            }
        </>
    };
    // The class as a literal in each case: a computed one goes through Yew's `Classes`, an
    // ordered hash set that brought 4 KB of code into the bundle for this and the tiles' list.
    macro_rules! article {
        ($class:tt) => {
            html! {
                <article
                    class=$class
                    lang={lang.html_lang()}
                    data-theme={props.theme.code()}
                    data-compact={props.compact.then_some("true")}
                    data-rendering={still_rendering.then_some("true")}
                >
                    { content }
                </article>
            }
        };
    }
    let article = match (dark, props.first_paint) {
        (false, false) => article!("qsh"),
        (true, false) => article!("qsh qsh--dark"),
        (false, true) => article!("qsh qsh--static"),
        (true, true) => article!("qsh qsh--dark qsh--static"),
    };
    html! {
        <ContextProvider<AppContext> context={AppContext {
            settings: DisplaySettings { lang, dark, first_paint: props.first_paint },
            services: (*services).clone(),
        }}>
            { article }
        </ContextProvider<AppContext>>
    }
}
