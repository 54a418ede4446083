//! What a figure is, said on it wherever it goes: a target, work under way, a cumulative sum or
//! a number derived from reported ones, each a badge printed from the figure's status, period
//! and formula (never typed into a label); a level at a point in time gets a quieter mark.

use super::vocabulary::{Lang, Period, Status, Text};
use super::Figure;

/// A badge on a figure that is not simply done in its year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Badge {
    /// A target or a plan (预期目标, 力争, 计划).
    Target,
    /// Work in progress (推进, 加快建设, 在建).
    UnderWay,
    /// Added up over a span longer than the year.
    Cumulative,
    /// Computed from reported numbers.
    Derived,
    /// A level or a state at a point in time: the quieter mark.
    PointInTime,
}

impl Badge {
    /// The `data-badge` value (`src/names.rs` names the attribute).
    pub fn code(self) -> &'static str {
        match self {
            Badge::Target => "target",
            Badge::UnderWay => "under-way",
            Badge::Cumulative => "cumulative",
            Badge::Derived => "derived",
            Badge::PointInTime => "point-in-time",
        }
    }

    /// Its words, in the report's terms in Chinese and plain English.
    pub fn text(self) -> Text {
        match self {
            Badge::Target => Text {
                zh: "目标",
                en: "target",
            },
            Badge::UnderWay => Text {
                zh: "推进中",
                en: "under way",
            },
            Badge::Cumulative => Text {
                zh: "累计",
                en: "cumulative",
            },
            Badge::Derived => Text {
                zh: "推算",
                en: "derived",
            },
            Badge::PointInTime => Text {
                zh: "时点数",
                en: "point in time",
            },
        }
    }

    /// The quieter mark, for a level, is no badge of what a figure is not.
    pub fn is_quiet(self) -> bool {
        self == Badge::PointInTime
    }

    pub fn get(self, lang: Lang) -> &'static str {
        self.text().get(lang)
    }
}

impl Figure {
    /// Its badges, loudest first: what it is (target, under way), then what it covers
    /// (cumulative, a level), then how it was found (derived). Empty for a figure done in its
    /// year, as reported.
    pub fn badges(&self) -> impl Iterator<Item = Badge> {
        let status = match self.status {
            Status::Done => None,
            Status::UnderWay => Some(Badge::UnderWay),
            Status::Target => Some(Badge::Target),
        };
        let period = match self.period {
            Period::Year => None,
            Period::Cumulative => Some(Badge::Cumulative),
            Period::PointInTime => Some(Badge::PointInTime),
        };
        let derived = self.is_derived().then_some(Badge::Derived);
        [status, period, derived].into_iter().flatten()
    }

    /// Its badges in words, for text that travels without markup (a tooltip, a table cell, a
    /// screen reader's label, a file): "目标 · 累计" / "target · cumulative".
    pub fn badge_words(&self, lang: Lang) -> String {
        let words: Vec<&str> = self.badges().map(|badge| badge.get(lang)).collect();
        words.join(" · ")
    }
}
