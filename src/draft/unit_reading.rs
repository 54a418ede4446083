//! The unit right after a number, read whole with its scale: 1.22万亿元 is 1.22 of 万亿元 (1e12,
//! money), 10万千瓦 of 万千瓦, 35微克/立方米 of 微克/立方米; never a bare 万. A unit the shared
//! vocabulary lacks is proposed as a `[[unit]]` with its scale computed from its prefix and,
//! where the draft knows it, its measure and English.

use crate::data::Unit;

/// The magnitudes a unit may open with, the longer first.
const MAGNITUDES: [(&str, f64); 3] = [("万亿", 1e12), ("亿", 1e8), ("万", 1e4)];

/// Units a report writes after a number, the longer first within a family, with the measure
/// and English a proposal gives them (count: the label names the things).
const BASES: &[(&str, &str, &str)] = &[
    ("微克/立方米", "quantity", "μg/m³"),
    ("毫克/立方米", "quantity", "mg/m³"),
    ("公里/小时", "quantity", "km/h"),
    ("千米/小时", "quantity", "km/h"),
    ("元/平方米", "quantity", "CNY/m²"),
    ("元/吨", "quantity", "CNY/tonne"),
    ("千瓦时", "quantity", "kWh"),
    ("千瓦", "quantity", "kW"),
    ("兆瓦", "quantity", "MW"),
    ("吉瓦", "quantity", "GW"),
    ("标准箱", "quantity", "TEU"),
    ("平方公里", "quantity", "km²"),
    ("平方米", "quantity", "m²"),
    ("立方米", "quantity", "m³"),
    ("公里", "quantity", "km"),
    ("千米", "quantity", "km"),
    ("公顷", "quantity", "ha"),
    ("蒸吨", "quantity", "steam tonnes"),
    ("吨", "quantity", "tonnes"),
    ("千克", "quantity", "kg"),
    ("公斤", "quantity", "kg"),
    ("美元", "quantity", "US dollars"),
    ("欧元", "quantity", "euros"),
    ("港元", "quantity", "HK dollars"),
    ("元", "money", ""),
    ("人次", "count", ""),
    ("架次", "count", ""),
    ("车次", "count", ""),
    ("场次", "count", ""),
    ("台套", "count", ""),
    ("小时", "quantity", "hours"),
    ("分钟", "quantity", "minutes"),
    ("岁", "quantity", "years"),
    ("天", "quantity", "days"),
    ("米", "quantity", "m"),
    ("亩", "quantity", "mu"),
    ("斤", "quantity", "jin"),
];

/// A unit read after a number.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitRead {
    pub code: String,
    /// Bytes of the text after the number that the unit takes (with a 余 or 个 inside it).
    pub len: usize,
    pub known: bool,
}

/// A `[[unit]]` the draft proposes for a unit the vocabulary lacks.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    pub scale: f64,
    pub measure: &'static str,
    pub en: &'static str,
}

/// The unit right after a number: the longest unit of the vocabulary, or a longer one read
/// whole (a magnitude, then a unit of [`BASES`] or one character), whichever is longer. 余, 多
/// and the 个 of 个百分点 are skipped; 万余名 (万多名) is the unit 万名 with 余 (多) inside it.
pub fn unit_after(after: &str, units: &[Unit<'_>]) -> UnitRead {
    let skipped = ["余", "多", "个百分点"]
        .iter()
        .find(|word| after.starts_with(*word))
        .map_or(0, |word| {
            if *word == "个百分点" {
                "个".len()
            } else {
                word.len()
            }
        });
    let rest = &after[skipped..];
    let folded = |code: &str| -> Option<usize> {
        if rest.starts_with(code) {
            return Some(code.len());
        }
        let mut chars = code.chars();
        let magnitude = chars.next().filter(|c| "万亿".contains(*c))?;
        let tail = chars.as_str();
        ["余", "多"].iter().find_map(|over| {
            let folded = format!("{magnitude}{over}{tail}");
            (!tail.is_empty() && rest.starts_with(&folded)).then_some(folded.len())
        })
    };
    let known = units
        .iter()
        .filter_map(|unit| folded(unit.code).map(|len| (unit.code, len)))
        .max_by_key(|(_, len)| *len);
    let whole = whole_unit(rest);
    match (known, whole) {
        (Some((code, len)), Some((_, whole_len))) if len >= whole_len => read(code, skipped + len, true),
        (Some((code, len)), None) => read(code, skipped + len, true),
        (_, Some((code, len))) => {
            let known = units.iter().any(|unit| unit.code == code);
            read(&code, skipped + len, known)
        }
        // 四大教育集团: four (major) education groups, a count.
        (None, None) => read("个", skipped, true),
    }
}

fn read(code: &str, len: usize, known: bool) -> UnitRead {
    UnitRead {
        code: code.to_string(),
        len,
        known,
    }
}

/// A unit read whole: an optional magnitude, then a unit of [`BASES`] or else one Chinese
/// character (a classifier: 家, 项, 辆); a magnitude alone (增加2万) is a unit too.
fn whole_unit(rest: &str) -> Option<(String, usize)> {
    let magnitude = MAGNITUDES
        .iter()
        .map(|(word, _)| *word)
        .find(|word| rest.starts_with(word))
        .unwrap_or("");
    let tail = &rest[magnitude.len()..];
    let base = BASES
        .iter()
        .map(|(code, _, _)| *code)
        .find(|code| tail.starts_with(code))
        .map(str::to_string)
        .or_else(|| {
            tail.chars()
                .next()
                .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c) && !"大余多左以近约和及或至的".contains(*c))
                .map(String::from)
        })
        .unwrap_or_default();
    let code = format!("{magnitude}{base}");
    (!code.is_empty()).then(|| (code.clone(), code.len()))
}

/// What the draft proposes for a unit the vocabulary lacks: the scale of its magnitude, and
/// the measure and English of its unit where the draft knows them (else a count).
pub fn proposal(code: &str) -> Proposal {
    let (scale, base) = MAGNITUDES
        .iter()
        .find_map(|(word, scale)| code.strip_prefix(word).map(|base| (*scale, base)))
        .unwrap_or((1.0, code));
    let (measure, en) = BASES
        .iter()
        .find(|(known, _, _)| *known == base)
        .map_or(("count", ""), |(_, measure, en)| (*measure, *en));
    Proposal { scale, measure, en }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::schema::UnitsFile;
    use crate::data::units::typed;

    fn units() -> Vec<Unit<'static>> {
        let file: &'static UnitsFile =
            Box::leak(Box::new(toml::from_str(super::super::UNITS_TOML).expect("units parse")));
        file.units.iter().map(|entry| typed(entry).expect("valid")).collect()
    }

    fn unit(after: &str) -> (String, bool) {
        let read = unit_after(after, &units());
        (read.code, read.known)
    }

    #[test]
    fn units_whole_with_their_magnitude() {
        assert_eq!(unit("万亿元，增长5%"), ("万亿元".into(), false));
        assert_eq!(unit("万美元"), ("万美元".into(), false));
        assert_eq!(unit("亿美元"), ("亿美元".into(), false));
        assert_eq!(unit("万千瓦装机"), ("万千瓦".into(), false));
        assert_eq!(unit("亿千瓦时"), ("亿千瓦时".into(), false));
        assert_eq!(unit("万家"), ("万家".into(), false));
        assert_eq!(unit("万项"), ("万项".into(), false));
        assert_eq!(unit("万人次"), ("万人次".into(), true));
        assert_eq!(unit("微克/立方米"), ("微克/立方米".into(), false));
        assert_eq!(unit("公里/小时的"), ("公里/小时".into(), false));
        assert_eq!(unit("蒸吨燃煤锅炉"), ("蒸吨".into(), false));
    }

    #[test]
    fn the_vocabulary_first_when_as_long() {
        assert_eq!(unit("万元"), ("万元".into(), true));
        assert_eq!(unit("亿元，"), ("亿元".into(), true));
        assert_eq!(unit("余万元"), ("万元".into(), true));
        assert_eq!(unit("万余名群众"), ("万名".into(), true));
        assert_eq!(unit("多栋楼宇"), ("栋".into(), false));
        assert_eq!(unit("万多人"), ("万人".into(), true));
        assert_eq!(unit("个百分点"), ("百分点".into(), true));
        assert_eq!(unit("%左右"), ("%".into(), true));
        assert_eq!(unit("大教育集团"), ("个".into(), true));
        let read = unit_after("余万元投入", &units());
        assert_eq!(&"余万元投入"[..read.len], "余万元");
    }

    #[test]
    fn a_proposal_scaled_by_its_prefix() {
        let propose = |code| {
            let p = proposal(code);
            (p.scale, p.measure, p.en)
        };
        assert_eq!(propose("万亿元"), (1e12, "money", ""));
        assert_eq!(propose("亿美元"), (1e8, "quantity", "US dollars"));
        assert_eq!(propose("万千瓦"), (1e4, "quantity", "kW"));
        assert_eq!(propose("亿千瓦时"), (1e8, "quantity", "kWh"));
        assert_eq!(propose("万家"), (1e4, "count", ""));
        assert_eq!(propose("微克/立方米"), (1.0, "quantity", "μg/m³"));
        assert_eq!(propose("辆"), (1.0, "count", ""));
    }
}
