//! Number formatting, in one place for both languages.
//!
//! Chinese keeps the report's own units (175.99亿元, 超1500万元, 增长14.8%); English converts the
//! magnitudes hidden in the units (1 亿 = 100 million, 1 万 = 10 thousand) and spells the qualifier.
//! The build script formats every figure with these functions once, so the app never formats
//! a figure at run time.

use super::vocabulary::{Lang, Measure, Qualifier, Unit};

/// A figure's value with its unit and qualifier, e.g. `超1500万元` or `more than CNY 15 million`.
pub fn figure_value(value: f64, unit: &Unit<'_>, qualifier: Qualifier, lang: Lang) -> String {
    match lang {
        Lang::Zh => zh(value, unit, qualifier),
        Lang::En => en(value, unit, qualifier),
    }
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

fn zh(value: f64, unit: &Unit<'_>, qualifier: Qualifier) -> String {
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
        Qualifier::Growth => format!("增长{number}{unit_text}"),
        Qualifier::Decline => format!("下降{number}{unit_text}"),
        Qualifier::PointsUp => format!("提高{number}个{unit_text}"),
        Qualifier::Ordinal => format!("第{number}{unit_text}"),
    }
}

fn en(value: f64, unit: &Unit<'_>, qualifier: Qualifier) -> String {
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
        Qualifier::Growth | Qualifier::PointsUp => format!("up {amount}"),
        Qualifier::Decline => format!("down {amount}"),
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

/// Scales a reported number by its unit's hidden magnitude and words it: millions and billions
/// to four significant digits, smaller numbers in full with thousands separators.
fn en_magnitude(number: &str, scale: f64) -> String {
    let places = scale.log10().round() as usize;
    let full = shift_decimal(number, places);
    let value: f64 = full.parse().unwrap_or(0.0);
    // Exactly, never rounded: 175.99亿 is CNY 17.599 billion, as a fact-checker reads it.
    if value >= 1e9 {
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

#[cfg(test)]
mod tests {
    use super::*;
    use Qualifier::*;

    use crate::data::schema::UnitsFile;
    use crate::data::units::typed;

    /// The shared vocabulary, as every dataset extends it.
    fn vocabulary() -> Vec<Unit<'static>> {
        let file: &'static UnitsFile = Box::leak(Box::new(
            toml::from_str(include_str!("../../data/units.toml")).expect("data/units.toml parses"),
        ));
        file.units
            .iter()
            .map(|entry| typed(entry).expect("a valid unit"))
            .collect()
    }

    fn unit(code: &str) -> Unit<'static> {
        vocabulary()
            .into_iter()
            .find(|unit| unit.code == code)
            .expect("a shared unit")
    }

    fn zh(value: f64, code: &str, qualifier: Qualifier) -> String {
        figure_value(value, &unit(code), qualifier, Lang::Zh)
    }

    fn en(value: f64, code: &str, qualifier: Qualifier) -> String {
        figure_value(value, &unit(code), qualifier, Lang::En)
    }

    #[test]
    fn chinese_keeps_the_reports_units_and_qualifiers() {
        assert_eq!(zh(175.99, "亿元", Exact), "175.99亿元");
        assert_eq!(zh(1500.0, "万元", MoreThan), "超1500万元");
        assert_eq!(zh(14.8, "%", Growth), "增长14.8%");
        assert_eq!(zh(26.3, "%", Decline), "下降26.3%");
        assert_eq!(zh(3.7, "百分点", PointsUp), "提高3.7个百分点");
        assert_eq!(zh(6450.0, "万元", Over), "6450余万元");
        assert_eq!(zh(6.0, "万名", Over), "6万余名");
        assert_eq!(zh(20.0, "项", Over), "20余项");
        assert_eq!(zh(7.0, "年", Ordinal), "第7年");
        assert_eq!(zh(7.0, "届", Ordinal), "第7届");
    }

    #[test]
    fn chinese_writes_every_unit_after_the_number() {
        for unit in vocabulary() {
            assert_eq!(zh(12.5, unit.code, Exact), format!("12.5{}", unit.code));
        }
    }

    #[test]
    fn english_converts_yi_and_wan() {
        assert_eq!(en(175.99, "亿元", Exact), "CNY 17.599 billion");
        assert_eq!(en(8.7, "亿元", Exact), "CNY 870 million");
        assert_eq!(en(10.16, "亿元", Exact), "CNY 1.016 billion");
        assert_eq!(en(207.5, "亿元", Exact), "CNY 20.75 billion");
        assert_eq!(en(1500.0, "万元", MoreThan), "more than CNY 15 million");
        assert_eq!(en(6450.0, "万元", Over), "over CNY 64.5 million");
        assert_eq!(en(8.9, "万户", Exact), "89,000");
        assert_eq!(en(2.6, "万户", Exact), "26,000");
        assert_eq!(en(6.0, "万名", Over), "over 60,000");
        assert_eq!(en(4.2, "万件", Exact), "42,000");
        assert_eq!(en(52.3, "万平方米", Exact), "523,000 m²");
        assert_eq!(en(100.0, "万平方米", MoreThan), "more than 1 million m²");
        assert_eq!(en(1.92, "万亩", Exact), "19,200 mu (1,280 ha)");
        assert_eq!(en(260.0, "亩", Exact), "260 mu (17.33 ha)");
    }

    #[test]
    fn english_words_every_unit() {
        let cases = [
            ("亿元", "CNY 1.25 billion"),
            ("万元", "CNY 125,000"),
            ("万户", "125,000"),
            ("户", "12.5"),
            ("个", "12.5"),
            ("条", "12.5"),
            ("所", "12.5"),
            ("%", "12.5%"),
            ("百分点", "12.5 percentage points"),
            ("万平方米", "125,000 m²"),
            ("公里", "12.5 km"),
            ("天", "12.5 days"),
            ("吨", "12.5 tonnes"),
            ("万亩", "125,000 mu (8,333 ha)"),
            ("亩", "12.5 mu (0.833 ha)"),
            ("件", "12.5"),
            ("万件", "125,000"),
            ("家", "12.5"),
            ("项", "12.5"),
            ("名", "12.5"),
            ("万名", "125,000"),
            ("场", "12.5"),
            ("期", "12.5"),
            ("年", "12.5 years"),
            ("处", "12.5"),
            ("届", "12.5"),
            ("元", "CNY 12.5"),
            ("人", "12.5"),
            ("万人", "125,000"),
            ("人次", "12.5"),
            ("万人次", "125,000"),
            ("次", "12.5"),
            ("座", "12.5"),
            ("平方米", "12.5 m²"),
            ("公顷", "12.5 ha"),
            ("万吨", "125,000 tonnes"),
            ("米", "12.5 m"),
            ("公斤", "12.5 kg"),
            ("架次", "12.5"),
            ("场次", "12.5"),
            ("万头", "125,000"),
            ("亿斤", "1.25 billion jin (625,000 tonnes)"),
        ];
        assert_eq!(cases.len(), vocabulary().len(), "every unit has a case");
        for (unit, expected) in cases {
            assert_eq!(en(12.5, unit, Exact), expected, "unit {unit}");
        }
    }

    #[test]
    fn english_spells_every_qualifier() {
        assert_eq!(en(17851.0, "家", Exact), "17,851");
        assert_eq!(en(30.0, "场", MoreThan), "more than 30");
        assert_eq!(en(20.0, "项", Over), "over 20");
        assert_eq!(en(14.8, "%", Growth), "up 14.8%");
        assert_eq!(en(26.3, "%", Decline), "down 26.3%");
        assert_eq!(en(3.7, "百分点", PointsUp), "up 3.7 percentage points");
        assert_eq!(en(1.0, "百分点", PointsUp), "up 1 percentage point");
        assert_eq!(en(3.0, "年", Ordinal), "3rd year");
        assert_eq!(en(7.0, "届", Ordinal), "7th edition");
        assert_eq!(en(1.0, "年", Ordinal), "1st year");
        assert_eq!(en(12.0, "年", Ordinal), "12th year");
        assert_eq!(en(22.0, "年", Ordinal), "22nd year");
        assert_eq!(en(8076.6, "吨", Exact), "8,076.6 tonnes");
        assert_eq!(en(1.0, "天", Exact), "1 day");
    }

    #[test]
    fn every_qualifier_has_both_languages() {
        for qualifier in Qualifier::ALL {
            let zh_text = zh(5.0, "%", qualifier);
            let en_text = en(5.0, "%", qualifier);
            assert!(
                zh_text.contains('5') && en_text.contains('5'),
                "{qualifier:?}: {zh_text} / {en_text}"
            );
        }
    }

    #[test]
    fn reported_numbers_are_written_as_rust_prints_them() {
        for value in [
            0.0, 1.0, 5.0, 175.99, 8076.6, 17.13, 0.00015, 93.4, 1500.0, 17851.0, 1.016, 207.5,
        ] {
            assert_eq!(reported_number(value), format!("{value}"));
        }
        // Every decimal of up to four places below 100,000 and a sweep of larger ones.
        for places in 0..=4 {
            let unit = 10_f64.powi(places);
            for mantissa in (0..2_000_000_u64)
                .step_by(7)
                .chain((0..1_000_000_000_000_u64).step_by(999_999_937))
            {
                let value = mantissa as f64 / unit;
                assert_eq!(reported_number(value), format!("{value}"), "{mantissa} / 10^{places}");
            }
        }
        for figure in crate::data::REPORT.figures() {
            assert_eq!(
                reported_number(figure.value),
                format!("{}", figure.value),
                "{}",
                figure.id
            );
        }
    }

    #[test]
    fn fixed_writes_decimals_with_integers() {
        assert_eq!(fixed(16.25, 2), "16.25");
        assert_eq!(fixed(13.0, 2), "13");
        assert_eq!(fixed(360.666_666, 3), "360.667");
        assert_eq!(fixed(0.5, 3), "0.5");
        assert_eq!(fixed(0.000_4, 3), "0");
        assert_eq!(fixed(-2.5, 1), "-2.5");
        assert_eq!(fixed(-0.000_1, 2), "0");
        assert_eq!(fixed(1.005, 1), "1");
        assert_eq!(fixed(2.0 * 1.1, 3), "2.2");
        for value in [0.1, 12.5, 34.125, 99.999, 540.0, 1234.0625] {
            assert_eq!(fixed(value, 4), format!("{value}"), "{value}");
        }
    }

    #[test]
    fn decimal_shift_is_exact() {
        assert_eq!(shift_decimal("1.92", 4), "19200");
        assert_eq!(shift_decimal("175.99", 8), "17599000000");
        assert_eq!(shift_decimal("0.00015", 4), "1.5");
        assert_eq!(unshift_decimal("17599000000", 9), "17.599");
        assert_eq!(unshift_decimal("870000000", 6), "870");
        assert_eq!(unshift_decimal("1000000.5", 6), "1.0000005");
        assert_eq!(group_thousands("17851"), "17,851");
        assert_eq!(group_thousands("999"), "999");
        assert_eq!(group_thousands("1000.25"), "1,000.25");
    }
}
