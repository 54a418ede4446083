//! Number formatting, in one place for both languages.
//!
//! Chinese keeps the report's own units (175.99亿元, 超1500万元, 增长14.8%); English converts the
//! magnitudes hidden in the units (1 亿 = 100 million, 1 万 = 10 thousand) and spells the qualifier.
//! The build script formats every figure with these functions once, so the app never formats
//! a figure at run time.

use super::vocabulary::{Lang, Measure, Qualifier, Unit};

// A figure's value with its bound, by path so that the build script, which includes this file
// by path, finds it too.
#[path = "format/bounds.rs"]
mod bounds;
pub use bounds::{bounded_value, worded_value};
use bounds::{en_bound, zh_bounded};

/// A figure's value with its unit and qualifier, e.g. `超1500万元` or `more than CNY 15 million`.
pub fn figure_value(value: f64, unit: &Unit<'_>, qualifier: Qualifier, lang: Lang) -> String {
    bounded_value(value, unit, qualifier, None, lang)
}

/// Marks a number computed from reported ones: (推算) / (derived).
pub fn derived_mark(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "（推算）",
        Lang::En => " (derived)",
    }
}

/// The value as the report writes it: shortest exact decimal, no grouping (175.99, 8076.6, 500).
///
/// Found with integers, so that the browser's bundle (which prints it in the data download)
/// carries none of Rust's float formatting: the fewest decimal places `p` for which the value
/// is exactly `round(value × 10^p) / 10^p`. For a report's numbers (a few places, far below
/// 2^53) that is the shortest decimal that reads back as the value, which `{}` prints too (a
/// test holds the two together); past twelve places it is rounded to twelve.
pub fn reported_number(value: f64) -> String {
    /// Up to 2^53, every whole number is an `f64`.
    const WHOLE: f64 = 9_007_199_254_740_992.0;
    let mut unit = 1.0;
    for places in 0..12 {
        let scaled = (value * unit).round();
        if scaled.abs() < WHOLE && scaled / unit == value {
            return fixed(value, places);
        }
        unit *= 10.0;
    }
    fixed(value, 12)
}

/// A length, a time or an opacity computed at run time, to `places` decimals at most, trailing
/// zeros trimmed (`fixed(16.25, 2)` is "16.25", `fixed(360.0, 3)` is "360"). Written with
/// integers: the browser bundle then carries none of Rust's float formatting (grisu and dragon,
/// and their tables), which `{}` or `{:.3}` on an `f64` would bring in. Not for figures: those
/// are formatted by the build, exactly as reported.
pub fn fixed(value: f64, places: u32) -> String {
    let unit = 10_u64.pow(places);
    let scaled = (value.abs() * unit as f64).round() as u64;
    let (whole, fraction) = (scaled / unit, scaled % unit);
    let mut text = String::new();
    if value < 0.0 && scaled != 0 {
        text.push('-');
    }
    text.push_str(&whole.to_string());
    if fraction != 0 {
        let digits = format!("{fraction:0width$}", width = places as usize);
        text.push('.');
        text.push_str(digits.trim_end_matches('0'));
    }
    text
}

fn zh(value: f64, unit: &Unit<'_>, qualifier: Qualifier, bound: Option<Qualifier>) -> String {
    let number = reported_number(value);
    let unit_text = unit.code;
    match qualifier {
        Qualifier::Exact => format!("{number}{unit_text}"),
        Qualifier::MoreThan => format!("超{number}{unit_text}"),
        // 余 follows the magnitude for a single digit (6万余名) and the number otherwise (6450余万元).
        Qualifier::Over => match unit_text.char_indices().nth(1) {
            Some((split, _)) if value < 10.0 && (unit_text.starts_with('万') || unit_text.starts_with('亿')) => {
                format!("{number}{}余{}", &unit_text[..split], &unit_text[split..])
            }
            _ => format!("{number}余{unit_text}"),
        },
        Qualifier::Growth => format!("增长{}", zh_bounded(format!("{number}{unit_text}"), bound)),
        Qualifier::Decline => format!("下降{}", zh_bounded(format!("{number}{unit_text}"), bound)),
        Qualifier::PointsUp => format!("提高{}", zh_bounded(format!("{number}个{unit_text}"), bound)),
        Qualifier::Ordinal => format!("第{number}{unit_text}"),
        Qualifier::About | Qualifier::AtLeast | Qualifier::Nearly | Qualifier::Within => {
            zh_bounded(format!("{number}{unit_text}"), Some(qualifier))
        }
    }
}

fn en(value: f64, unit: &Unit<'_>, qualifier: Qualifier, bound: Option<Qualifier>) -> String {
    if qualifier == Qualifier::Ordinal {
        let noun = unit.ordinal_en;
        let number = reported_number(value);
        let ordinal = format!("{number}{}", ordinal_suffix(value));
        return if noun.is_empty() {
            ordinal
        } else {
            format!("{ordinal} {noun}")
        };
    }
    let amount = en_amount(value, unit);
    match qualifier {
        Qualifier::Exact | Qualifier::Ordinal => amount,
        Qualifier::MoreThan => format!("more than {amount}"),
        // 余: the reader must never be told the number could be smaller.
        Qualifier::Over => format!("over {amount}"),
        Qualifier::Growth | Qualifier::PointsUp => format!("up {}{amount}", en_bound(bound, true)),
        Qualifier::Decline => format!("down {}{amount}", en_bound(bound, true)),
        Qualifier::About | Qualifier::AtLeast | Qualifier::Nearly | Qualifier::Within => {
            format!("{}{amount}", en_bound(Some(qualifier), false))
        }
    }
}

/// The English amount without qualifier: `CNY 17.599 billion`, `89,000`, `523,000 m²`, `14.8%`.
fn en_amount(value: f64, unit: &Unit<'_>) -> String {
    let number = reported_number(value);
    match unit.measure {
        Measure::Percent => format!("{number}%"),
        Measure::Points => {
            let noun = if value == 1.0 {
                "percentage point"
            } else {
                "percentage points"
            };
            format!("{number} {noun}")
        }
        Measure::Money => format!("CNY {}", en_magnitude(&number, unit.scale)),
        Measure::Count => en_magnitude(&number, unit.scale),
        Measure::Quantity => {
            let symbol = if value == 1.0 && !unit.en_one.is_empty() {
                unit.en_one
            } else {
                unit.en
            };
            let amount = format!("{} {symbol}", en_magnitude(&number, unit.scale));
            // A unit most English readers do not know (mu) comes with one they do (hectares).
            match unit.also_en {
                Some((factor, also)) => {
                    let converted = group_thousands(&significant(value * unit.scale * factor));
                    format!("{amount} ({converted} {also})")
                }
                None => amount,
            }
        }
    }
}

/// Scales a reported number by its unit's hidden magnitude and words it: millions, billions and
/// trillions exactly as reported, smaller numbers in full with thousands separators.
fn en_magnitude(number: &str, scale: f64) -> String {
    let places = scale.log10().round() as usize;
    let full = shift_decimal(number, places);
    let value: f64 = full.parse().unwrap_or(0.0);
    // Exactly, never rounded: 175.99亿 is CNY 17.599 billion, as a fact-checker reads it.
    if value >= 1e12 {
        format!("{} trillion", unshift_decimal(&full, 12))
    } else if value >= 1e9 {
        format!("{} billion", unshift_decimal(&full, 9))
    } else if value >= 1e6 {
        format!("{} million", unshift_decimal(&full, 6))
    } else {
        group_thousands(&full)
    }
}

/// Divides a decimal string by 10^places exactly, by moving its point ("17599000000", 9 →
/// "17.599"), trailing zeros trimmed.
fn unshift_decimal(number: &str, places: usize) -> String {
    let (int_part, frac_part) = number.split_once('.').unwrap_or((number, ""));
    let padded = format!("{int_part:0>width$}", width = places + 1);
    let (int, moved) = padded.split_at(padded.len() - places);
    let frac = format!("{moved}{frac_part}");
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    }
}

/// Multiplies a decimal string by 10^places exactly, by moving its point ("1.92", 4 → "19200").
fn shift_decimal(number: &str, places: usize) -> String {
    let (int_part, frac_part) = number.split_once('.').unwrap_or((number, ""));
    let mut digits = String::from(int_part);
    let moved = frac_part.len().min(places);
    digits.push_str(&frac_part[..moved]);
    digits.extend(std::iter::repeat_n('0', places - moved));
    let rest = &frac_part[moved..];
    let int = digits.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    if rest.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{rest}")
    }
}

/// Four significant digits, trailing zeros trimmed: 17.599 → "17.6", 1.016 → "1.016".
fn significant(value: f64) -> String {
    let int_digits = if value >= 1.0 {
        value.log10().floor() as i32 + 1
    } else {
        1
    };
    let decimals = (4 - int_digits).max(0) as usize;
    let text = format!("{value:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// "1234567.5" → "1,234,567.5".
fn group_thousands(number: &str) -> String {
    let (int_part, frac_part) = number.split_once('.').map_or((number, None), |(i, f)| (i, Some(f)));
    let mut grouped = String::with_capacity(number.len() + int_part.len() / 3);
    for (index, digit) in int_part.chars().enumerate() {
        if index > 0 && (int_part.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    if let Some(frac) = frac_part {
        grouped.push('.');
        grouped.push_str(frac);
    }
    grouped
}

fn ordinal_suffix(value: f64) -> &'static str {
    let n = value as i64;
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

// A path attribute, so that the build script, which includes this file by path, finds it too.
#[cfg(test)]
#[path = "format/tests.rs"]
mod tests;
