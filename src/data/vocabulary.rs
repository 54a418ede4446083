//! The closed vocabularies of the dataset: units, qualifiers, chart kinds and languages.
//!
//! Shared by the build script (which checks `data/*.toml` against them) and the app.
//! Depends on nothing else of ours, so `build.rs` can include this file by path.

/// A closed vocabulary of the data file: an enum whose every variant has one code, the word
/// the data file (or an embed option) uses for it. Gives `ALL`, `code`, `from_code` and `codes`.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident = $code:literal,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)*
        }

        impl $name {
            pub const ALL: [$name; [$($code),*].len()] = [$($name::$variant),*];

            /// The word the data file (or an embed option) uses for it.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)*
                }
            }

            pub fn from_code(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|known| known.code() == code)
            }

            /// Every code, for messages that list what is accepted: "a, b, c".
            pub fn codes() -> String {
                Self::ALL.iter().map(|known| known.code()).collect::<Vec<_>>().join(", ")
            }
        }
    };
}

vocabulary! {
    /// A display language of the widget.
    #[derive(Default)]
    pub enum Lang {
        #[default]
        Zh = "zh",
        En = "en",
    }
}

impl Lang {
    /// The BCP 47 tag for the `lang` attribute of the page or widget.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
}

/// A text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

vocabulary! {
    /// What a unit measures, which decides how English renders it.
    pub enum Measure {
        /// Renminbi: English writes "CNY 15 million".
        Money = "money",
        /// A count of things; the label names the things, so English shows the bare number.
        Count = "count",
        /// A physical quantity with an English unit symbol or word after the number.
        Quantity = "quantity",
        /// A share in per cent.
        Percent = "percent",
        /// A change of a share, in percentage points.
        Points = "points",
    }
}

/// A unit exactly as the report writes it, with what the two languages need to show it. Units
/// are data (`data/units.toml`, extended by a dataset's own `[[unit]]` entries), so a new
/// report's units are a data edit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Unit<'a> {
    /// The report's own unit (亿元, 万平方米, 个).
    pub code: &'a str,
    /// The multiplier hidden in the unit: 1 亿 = 100 million, 1 万 = 10 thousand.
    pub scale: f64,
    pub measure: Measure,
    /// A quantity's English symbol or word after the number ("m²", "days").
    pub en: &'a str,
    /// The English word for exactly one ("day"); empty when it is `en`.
    pub en_one: &'a str,
    /// The English noun after an ordinal ("3rd year", "7th edition"); may be empty.
    pub ordinal_en: &'a str,
    /// A unit shown beside it in English, as (factor, symbol): 1 mu = 1/15 ha.
    pub also_en: Option<(f64, &'a str)>,
}

impl Unit<'_> {
    /// Units whose values are shares, so a value is checked to lie in 0–100.
    pub fn is_percent(&self) -> bool {
        self.measure == Measure::Percent
    }
}

vocabulary! {
    /// How a figure relates to the number printed: the report's 超, 余, 增长, 下降, 提高…百分点, 第….
    pub enum Qualifier {
        Exact = "exact",
        /// 超: more than.
        MoreThan = "more-than",
        /// 余: a round number with an unstated remainder, so a little over it, never under.
        Over = "over",
        /// 增长: growth, in per cent.
        Growth = "growth",
        /// 下降: decline, in per cent.
        Decline = "decline",
        /// 提高…个百分点: a rise in percentage points.
        PointsUp = "points-up",
        /// 第N: the Nth (year of a streak, edition of an event).
        Ordinal = "ordinal",
        /// 左右 after the number (and its unit), or 约 before it: about, either side.
        About = "about",
        /// 以上 after the number, or 不低于 / 不少于 / 至少 before it: at least.
        AtLeast = "at-least",
        /// 近 / 接近 / 将近 before the number: nearly, a little under.
        Nearly = "nearly",
        /// 以内 after the number: within, at most.
        Within = "within",
    }
}

impl Qualifier {
    /// The qualifiers that bound a number (about, at least, nearly, within): a figure's own
    /// qualifier for a level, or the `bound` of a change (增长3.5%左右 is growth, about).
    pub const BOUNDS: [Qualifier; 4] = [
        Qualifier::About,
        Qualifier::AtLeast,
        Qualifier::Nearly,
        Qualifier::Within,
    ];

    /// A change of the previous period's value (增长, 下降, 提高…个百分点), which a bound may
    /// qualify.
    pub fn is_change(self) -> bool {
        matches!(self, Qualifier::Growth | Qualifier::Decline | Qualifier::PointsUp)
    }

    pub fn is_bound(self) -> bool {
        Self::BOUNDS.contains(&self)
    }

    /// The signed direction of a change, for diverging charts: +1 growth, −1 decline.
    pub fn sign(self) -> f64 {
        match self {
            Qualifier::Decline => -1.0,
            _ => 1.0,
        }
    }
}

vocabulary! {
    /// The stretch of time a figure covers, so that a chart never compares a year's figure
    /// with a cumulative one or with a level at a point in time.
    pub enum Period {
        /// Done, counted or changed during 2023 (全年, 2023年, 一年来).
        Year = "year",
        /// Added up over a span the report does not bound to 2023 (累计…, 先后获得…).
        Cumulative = "cumulative",
        /// A level or a status at a point in time (总数, a rate, an index, items available).
        PointInTime = "point-in-time",
    }
}

vocabulary! {
    /// Where the work a figure counts stands, in the report's own words, so that a chart never
    /// sets work done beside work under way or a target.
    pub enum Status {
        /// Done, reached or counted (完成, 建成, 竣工, a result of the period).
        Done = "done",
        /// Work in progress (推进, 加快建设, 在建, 启动).
        UnderWay = "under-way",
        /// A target or a plan (预期目标, 力争, 计划).
        Target = "target",
    }
}

vocabulary! {
    /// How a group of figures is drawn.
    pub enum ChartKind {
        /// Like quantities of one period compared as horizontal bars from zero.
        Bars = "bars",
        /// Growth and decline as bars diverging from zero.
        Change = "change",
        /// A part of a whole as a ring (part first, whole second); the data quotes the
        /// report's words that make the one a part of the other.
        Ring = "ring",
        /// Figures of mixed units, as number tiles (HTML, no canvas).
        Tiles = "tiles",
    }
}

impl ChartKind {
    /// Kinds whose marks are lengths on one axis, so every figure must share a unit.
    pub fn needs_one_unit(self) -> bool {
        matches!(self, ChartKind::Bars | ChartKind::Ring)
    }

    /// Kinds that set figures side by side, so they must be stated together by the report
    /// (one sentence, or its own words comparing them).
    pub fn compares(self) -> bool {
        matches!(self, ChartKind::Bars | ChartKind::Change)
    }

    /// Kinds whose figures are read against each other (compared, or a part of a whole), so
    /// every figure must cover the same period and have the same status.
    pub fn needs_one_period_and_status(self) -> bool {
        self != ChartKind::Tiles
    }

    /// Kinds that assert a relation between figures (a part of a whole), which the report's
    /// own words must support.
    pub fn asserts_relation(self) -> bool {
        self == ChartKind::Ring
    }
}
