//! The root component: the display context, then header, sections and footer.

use yew::prelude::*;

use super::footer::Footer;
use super::header::Header;
use super::hooks::{use_prefers_dark, use_printing};
use super::section_view::SectionView;
use crate::data::{Lang, Section, REPORT};

/// The colour scheme a host asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    /// Follow the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::Auto, ThemeChoice::Light, ThemeChoice::Dark];

    pub fn code(self) -> &'static str {
        match self {
            ThemeChoice::Auto => "auto",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }
}

/// What every component needs to know to render: the language and whether the theme is dark.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Display {
    pub lang: Lang,
    pub dark: bool,
}

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub lang: Lang,
    #[prop_or_default]
    pub theme: ThemeChoice,
    /// The sections to show, in this order; empty means all, in the report's order.
    #[prop_or_default]
    pub sections: Vec<&'static Section>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let prefers_dark = use_prefers_dark();
    let printing = use_printing();
    let dark = !printing
        && match props.theme {
            ThemeChoice::Auto => prefers_dark,
            ThemeChoice::Light => false,
            ThemeChoice::Dark => true,
        };
    let display = Display {
        lang: props.lang,
        dark,
    };
    let sections: Vec<&'static Section> = if props.sections.is_empty() {
        REPORT.sections.iter().collect()
    } else {
        props.sections.clone()
    };
    html! {
        <ContextProvider<Display> context={display}>
            <article
                class={classes!("qsh", dark.then_some("qsh--dark"))}
                lang={props.lang.html_lang()}
                data-theme={props.theme.code()}
            >
                <Header />
                { for sections.into_iter().map(|section| html! { <SectionView key={section.id} {section} /> }) }
                <Footer />
            </article>
        </ContextProvider<Display>>
    }
}
