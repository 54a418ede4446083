//! Colours for light and dark pages. The series colours are the Okabe–Ito palette, which
//! stays distinguishable under the common colour-vision deficiencies.

use plotters::style::RGBColor;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    pub dark: bool,
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    /// The unfilled part of a ring, the funnel between stages, the zero line.
    pub track: RGBColor,
    /// Bars of one series.
    pub bar: RGBColor,
    /// Text drawn on top of a bar.
    pub on_bar: RGBColor,
    pub growth: RGBColor,
    pub decline: RGBColor,
}

pub const LIGHT: Theme = Theme {
    dark: false,
    background: RGBColor(255, 255, 255),
    text: RGBColor(26, 26, 26),
    muted: RGBColor(92, 92, 92),
    track: RGBColor(226, 229, 234),
    bar: RGBColor(0, 114, 178), // Okabe–Ito blue
    on_bar: RGBColor(255, 255, 255),
    growth: RGBColor(0, 114, 178), // blue
    decline: RGBColor(92, 92, 92), // neutral ink: a fall is not an alarm
};

pub const DARK: Theme = Theme {
    dark: true,
    background: RGBColor(24, 26, 31),
    text: RGBColor(236, 236, 236),
    muted: RGBColor(176, 176, 176),
    track: RGBColor(58, 62, 70),
    bar: RGBColor(86, 180, 233), // Okabe–Ito sky blue
    on_bar: RGBColor(16, 16, 16),
    growth: RGBColor(86, 180, 233),   // sky blue
    decline: RGBColor(138, 138, 138), // neutral ink, mid grey
};

/// Placeholder colours, one per role, for drawings whose colours the page's stylesheet sets:
/// the SVG backend writes each as a class (`qsh-fill-bar`, `qsh-stroke-muted`, …), so one
/// static chart follows the light or the dark theme.
pub const CLASSES: Theme = Theme {
    dark: false,
    background: RGBColor(0, 0, 1),
    text: RGBColor(0, 0, 2),
    muted: RGBColor(0, 0, 3),
    track: RGBColor(0, 0, 4),
    bar: RGBColor(0, 0, 5),
    on_bar: RGBColor(0, 0, 6),
    growth: RGBColor(0, 0, 7),
    decline: RGBColor(0, 0, 8),
};

/// The role a placeholder colour of [`CLASSES`] stands for.
pub fn role_of((r, g, b): (u8, u8, u8)) -> Option<&'static str> {
    CLASSES
        .roles()
        .into_iter()
        .find(|(_, colour)| *colour == RGBColor(r, g, b))
        .map(|(role, _)| role)
}

impl Theme {
    /// Each role's name (as the stylesheet's classes name it) with its colour in this theme.
    pub fn roles(&self) -> [(&'static str, RGBColor); 8] {
        [
            ("background", self.background),
            ("text", self.text),
            ("muted", self.muted),
            ("track", self.track),
            ("bar", self.bar),
            ("on-bar", self.on_bar),
            ("growth", self.growth),
            ("decline", self.decline),
        ]
    }

    pub fn for_dark(dark: bool) -> Theme {
        if dark {
            DARK
        } else {
            LIGHT
        }
    }
}
