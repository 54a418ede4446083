//! The tests of `format.rs`.

use super::*;
use Qualifier::*;

use crate::data::schema::UnitsFile;
use crate::data::units::typed;

/// The shared vocabulary, as every dataset extends it.
fn vocabulary() -> Vec<Unit<'static>> {
    let file: &'static UnitsFile = Box::leak(Box::new(
        toml::from_str(include_str!("../../../data/units.toml")).expect("data/units.toml parses"),
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
fn english_says_trillion_from_a_million_millions() {
    let trillion_yuan = Unit {
        code: "万亿元",
        scale: 1e12,
        measure: Measure::Money,
        en: "",
        en_one: "",
        ordinal_en: "",
        also_en: None,
    };
    let en = |value: f64| figure_value(value, &trillion_yuan, Exact, Lang::En);
    assert_eq!(en(3.6), "CNY 3.6 trillion");
    assert_eq!(en(1.22), "CNY 1.22 trillion");
    assert_eq!(en(0.98), "CNY 980 billion");
    assert_eq!(
        figure_value(12000.0, &unit("亿元"), Exact, Lang::En),
        "CNY 1.2 trillion"
    );
    assert_eq!(
        figure_value(9999.0, &unit("亿元"), Exact, Lang::En),
        "CNY 999.9 billion"
    );
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
fn bounds_as_the_report_words_them() {
    assert_eq!(zh(3.0, "年", About), "3年左右");
    assert_eq!(zh(90.0, "%", AtLeast), "90%以上");
    assert_eq!(zh(5.0, "万人", Nearly), "近5万人");
    assert_eq!(zh(4.5, "%", Within), "4.5%以内");
    assert_eq!(en(3.0, "年", About), "about 3 years");
    assert_eq!(en(90.0, "%", AtLeast), "at least 90%");
    assert_eq!(en(5.0, "万人", Nearly), "nearly 50,000");
    assert_eq!(en(4.5, "%", Within), "within 4.5%");
}

#[test]
fn a_change_with_its_bound() {
    let both = |value: f64, code: &str, qualifier: Qualifier, bound: Qualifier| {
        let unit = unit(code);
        [Lang::Zh, Lang::En].map(|lang| bounded_value(value, &unit, qualifier, Some(bound), lang))
    };
    assert_eq!(both(3.5, "%", Growth, About), ["增长3.5%左右", "up about 3.5%"]);
    assert_eq!(both(6.0, "%", Growth, AtLeast), ["增长6%以上", "up at least 6%"]);
    assert_eq!(both(5.0, "%", Decline, Nearly), ["下降近5%", "down nearly 5%"]);
    assert_eq!(
        both(1.0, "百分点", PointsUp, Within),
        ["提高1个百分点以内", "up at most 1 percentage point"]
    );
    // A bound on what is no change is no part of the value (the check refuses it).
    assert_eq!(both(3.5, "%", Exact, About), ["3.5%", "3.5%"]);
    assert_eq!(both(3.5, "%", Growth, Exact), ["增长3.5%", "up 3.5%"]);
}

#[test]
fn the_bound_in_the_reports_own_word() {
    let worded = |value: f64, code: &str, qualifier: Qualifier, bound: Option<Qualifier>, word: &str| {
        let unit = unit(code);
        [Lang::Zh, Lang::En].map(|lang| worded_value(value, &unit, qualifier, bound, Some(word), lang))
    };
    assert_eq!(worded(3.5, "万人", About, None, "约"), ["约3.5万人", "about 35,000"]);
    assert_eq!(worded(3.0, "年", About, None, "左右"), ["3年左右", "about 3 years"]);
    assert_eq!(
        worded(5.0, "万人", Nearly, None, "接近"),
        ["接近5万人", "nearly 50,000"]
    );
    assert_eq!(
        worded(90.0, "%", AtLeast, None, "不低于"),
        ["不低于90%", "at least 90%"]
    );
    assert_eq!(
        worded(3.5, "%", Growth, Some(About), "约"),
        ["增长约3.5%", "up about 3.5%"]
    );
    assert_eq!(
        worded(1.0, "百分点", PointsUp, Some(About), "左右"),
        ["提高1个百分点左右", "up about 1 percentage point"]
    );
    // No bound, no word: as ever.
    assert_eq!(worded(3.5, "%", Growth, None, "左右"), ["增长3.5%", "up 3.5%"]);
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
