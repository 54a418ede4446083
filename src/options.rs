//! The plain values of the embed options that both sides need: the options parser
//! (`embed::options`) makes them and the components show them. No UI and no parsing here.

use crate::data::Lang;

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

    /// Whether the theme is dark, given the reader's preference.
    pub fn is_dark(self, reader_prefers_dark: bool) -> bool {
        match self {
            ThemeChoice::Auto => reader_prefers_dark,
            ThemeChoice::Light => false,
            ThemeChoice::Dark => true,
        }
    }
}

/// An option whose value was not understood and was replaced by its default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub option: &'static str,
    /// The value as given, shortened for display.
    pub given: String,
    pub accepted: String,
}

impl Notice {
    /// The console's wording.
    pub fn message(&self) -> String {
        format!(
            "report-infographic: ignored {}=\"{}\"; accepted: {}",
            self.option, self.given, self.accepted
        )
    }

    /// The wording shown in the widget, in the reader's language.
    pub fn shown(&self, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!(
                "选项 {} 的值“{}”无效，已使用默认值。可用的值：{}",
                self.option, self.given, self.accepted
            ),
            Lang::En => format!(
                "Option {}: “{}” is not valid, so the default is used. Accepted: {}",
                self.option, self.given, self.accepted
            ),
        }
    }
}
