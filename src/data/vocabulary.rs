//! The closed vocabularies of the dataset: units, qualifiers, chart kinds and languages.
//!
//! Shared by the build script (which checks `data/*.toml` against them) and the app.
//! Depends on nothing else of ours, so `build.rs` can include this file by path.

/// A display language of the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The code used in embed options, storage and the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The BCP 47 tag for the `lang` attribute of the page or widget.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
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

/// What a unit measures, which decides how English renders it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Renminbi: English writes "CNY 15 million".
    Money,
    /// A count of things; the label names the things, so English shows the bare number.
    Count,
    /// A physical quantity with an English unit symbol or word after the number.
    Quantity(&'static str),
    /// A share in per cent.
    Percent,
    /// A change of a share, in percentage points.
    Points,
}

macro_rules! units {
    ($($variant:ident = $code:literal, $scale:literal, $measure:expr;)*) => {
        /// A unit exactly as the report writes it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Unit { $($variant),* }

        impl Unit {
            pub const ALL: &'static [Unit] = &[$(Unit::$variant),*];

            /// The unit as written in the report (and in the data file).
            pub fn code(self) -> &'static str {
                match self { $(Unit::$variant => $code),* }
            }

            /// The multiplier hidden in the unit: 1 亿 = 100 million, 1 万 = 10 thousand.
            pub fn scale(self) -> f64 {
                match self { $(Unit::$variant => $scale),* }
            }

            pub fn measure(self) -> Measure {
                match self { $(Unit::$variant => $measure),* }
            }
        }
    };
}

units! {
    YiYuan = "亿元", 1e8, Measure::Money;
    WanYuan = "万元", 1e4, Measure::Money;
    WanHu = "万户", 1e4, Measure::Count;
    Hu = "户", 1.0, Measure::Count;
    Ge = "个", 1.0, Measure::Count;
    Tiao = "条", 1.0, Measure::Count;
    Suo = "所", 1.0, Measure::Count;
    Percent = "%", 1.0, Measure::Percent;
    Points = "百分点", 1.0, Measure::Points;
    WanSquareMetres = "万平方米", 1e4, Measure::Quantity("m²");
    Kilometres = "公里", 1.0, Measure::Quantity("km");
    Days = "天", 1.0, Measure::Quantity("days");
    Tonnes = "吨", 1.0, Measure::Quantity("tonnes");
    WanMu = "万亩", 1e4, Measure::Quantity("mu");
    Mu = "亩", 1.0, Measure::Quantity("mu");
    Jian = "件", 1.0, Measure::Count;
    WanJian = "万件", 1e4, Measure::Count;
    Jia = "家", 1.0, Measure::Count;
    Xiang = "项", 1.0, Measure::Count;
    Ming = "名", 1.0, Measure::Count;
    WanMing = "万名", 1e4, Measure::Count;
    Chang = "场", 1.0, Measure::Count;
    Qi = "期", 1.0, Measure::Count;
    Years = "年", 1.0, Measure::Quantity("years");
    Chu = "处", 1.0, Measure::Count;
    Jie = "届", 1.0, Measure::Count;
}

impl Unit {
    pub fn from_code(code: &str) -> Option<Unit> {
        Unit::ALL.iter().copied().find(|unit| unit.code() == code)
    }

    /// Units whose values are shares, so a value is checked to lie in 0–100.
    pub fn is_percent(self) -> bool {
        self.measure() == Measure::Percent
    }
}

/// How a figure relates to the number printed: the report's 超, 余, 增长, 下降, 提高…百分点, 第….
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Qualifier {
    Exact,
    /// 超: more than.
    MoreThan,
    /// 余: a round number with an unstated remainder ("about", "-odd").
    About,
    /// 增长: growth, in per cent.
    Growth,
    /// 下降: decline, in per cent.
    Decline,
    /// 提高…个百分点: a rise in percentage points.
    PointsUp,
    /// 第N: the Nth (year of a streak, edition of an event).
    Ordinal,
}

impl Qualifier {
    pub const ALL: &'static [Qualifier] = &[
        Qualifier::Exact,
        Qualifier::MoreThan,
        Qualifier::About,
        Qualifier::Growth,
        Qualifier::Decline,
        Qualifier::PointsUp,
        Qualifier::Ordinal,
    ];

    /// The code used in the data file.
    pub fn code(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::MoreThan => "more-than",
            Qualifier::About => "about",
            Qualifier::Growth => "growth",
            Qualifier::Decline => "decline",
            Qualifier::PointsUp => "points-up",
            Qualifier::Ordinal => "ordinal",
        }
    }

    pub fn from_code(code: &str) -> Option<Qualifier> {
        Qualifier::ALL.iter().copied().find(|q| q.code() == code)
    }

    /// The signed direction of a change, for diverging charts: +1 growth, −1 decline.
    pub fn sign(self) -> f64 {
        match self {
            Qualifier::Decline => -1.0,
            _ => 1.0,
        }
    }
}

/// How a group of figures is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// Like quantities compared as horizontal bars from zero.
    Bars,
    /// Growth and decline as bars diverging from zero.
    Change,
    /// Stages of one process, narrowing like a funnel.
    Pipeline,
    /// A part of a whole as a ring (part first, whole second).
    Ring,
    /// Tiers from the broadest to the narrowest, as a staircase.
    Ladder,
    /// Figures of mixed units, as number tiles (HTML, no canvas).
    Tiles,
}

impl ChartKind {
    pub const ALL: &'static [ChartKind] = &[
        ChartKind::Bars,
        ChartKind::Change,
        ChartKind::Pipeline,
        ChartKind::Ring,
        ChartKind::Ladder,
        ChartKind::Tiles,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ChartKind::Bars => "bars",
            ChartKind::Change => "change",
            ChartKind::Pipeline => "pipeline",
            ChartKind::Ring => "ring",
            ChartKind::Ladder => "ladder",
            ChartKind::Tiles => "tiles",
        }
    }

    pub fn from_code(code: &str) -> Option<ChartKind> {
        ChartKind::ALL.iter().copied().find(|kind| kind.code() == code)
    }

    /// Kinds whose marks are lengths on one axis, so every figure must share a unit.
    pub fn needs_one_unit(self) -> bool {
        matches!(
            self,
            ChartKind::Bars | ChartKind::Pipeline | ChartKind::Ladder | ChartKind::Ring
        )
    }
}
