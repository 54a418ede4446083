//! A figure's value with its bound (about, at least, nearly, within): the Chinese with the
//! report's word where the report has it, the English in words.

use super::super::vocabulary::{Lang, Qualifier, Unit};
use super::{en, reported_number, zh};

/// A figure's value as [`figure_value`], a change with its bound (about, at least, nearly,
/// within): `增长3.5%左右` / `up about 3.5%`. A bound that is no bound, or one on a figure
/// that is no change, is ignored (the check refuses such data).
pub fn bounded_value(
    value: f64,
    unit: &Unit<'_>,
    qualifier: Qualifier,
    bound: Option<Qualifier>,
    lang: Lang,
) -> String {
    let bound = bound.filter(|bound| bound.is_bound() && qualifier.is_change());
    match lang {
        Lang::Zh => zh(value, unit, qualifier, bound),
        Lang::En => en(value, unit, qualifier, bound),
    }
}

/// A figure's value as [`bounded_value`], the Chinese with the bound in the report's own word
/// where the report has it (约3.5%, 3.5%左右, 接近5万人, 不低于90%): `word` is that word, as
/// [`super::phrase::stated_bound_word`] finds it in the figure's phrase.
pub fn worded_value(
    value: f64,
    unit: &Unit<'_>,
    qualifier: Qualifier,
    bound: Option<Qualifier>,
    word: Option<&str>,
    lang: Lang,
) -> String {
    let bounded = bound
        .filter(|_| qualifier.is_change())
        .or(Some(qualifier).filter(|q| q.is_bound()));
    match (lang, word, bounded) {
        (Lang::Zh, Some(word), Some(_)) => {
            let number = reported_number(value);
            let amount = match qualifier {
                Qualifier::PointsUp => format!("{number}个{}", unit.code),
                _ => format!("{number}{}", unit.code),
            };
            let worded = if ["左右", "以上", "以内"].contains(&word) {
                format!("{amount}{word}")
            } else {
                format!("{word}{amount}")
            };
            match qualifier {
                Qualifier::Growth => format!("增长{worded}"),
                Qualifier::Decline => format!("下降{worded}"),
                Qualifier::PointsUp => format!("提高{worded}"),
                _ => worded,
            }
        }
        _ => bounded_value(value, unit, qualifier, bound, lang),
    }
}

/// An amount with its bound as the report words it: 3.5%左右, 6%以上, 近5%, 4.5%以内.
pub(super) fn zh_bounded(amount: String, bound: Option<Qualifier>) -> String {
    match bound {
        Some(Qualifier::About) => format!("{amount}左右"),
        Some(Qualifier::AtLeast) => format!("{amount}以上"),
        Some(Qualifier::Nearly) => format!("近{amount}"),
        Some(Qualifier::Within) => format!("{amount}以内"),
        _ => amount,
    }
}

/// The English words of a bound before an amount: "about ", "at least ", "nearly ", and
/// "within " for a level but "at most " for a change ("up at most 5%").
pub(super) fn en_bound(bound: Option<Qualifier>, change: bool) -> &'static str {
    match bound {
        Some(Qualifier::About) => "about ",
        Some(Qualifier::AtLeast) => "at least ",
        Some(Qualifier::Nearly) => "nearly ",
        Some(Qualifier::Within) if change => "at most ",
        Some(Qualifier::Within) => "within ",
        _ => "",
    }
}
