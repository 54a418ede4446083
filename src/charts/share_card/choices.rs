//! The ways a share card's texts may be set, best first: its credit, its lead figure and its
//! title, in the middle square (WeChat's crop of a link's picture) before across the card.

use super::lines::{fit, fit_or_cut, Lines};
use super::{ShareLayout, CREDIT_SIZES, LEAD_LABEL_SIZES, LEAD_SIZES, TITLE_SIZES};
use crate::charts::text;
use crate::data::{Figure, Lang};

/// The credit line in the middle square (WeChat's crop) in up to three lines, for a layout
/// whose figures leave room for it; else across the card.
pub(super) fn credit_choices(credit: &str, square: f64, width: f64) -> Vec<Lines> {
    let in_square = [1, 2, 3]
        .into_iter()
        .find_map(|lines| fit(credit, square, &CREDIT_SIZES, lines));
    let across = [1, 2]
        .into_iter()
        .find_map(|lines| fit(credit, width, &CREDIT_SIZES, lines))
        .unwrap_or_else(|| fit_or_cut(credit, width, CREDIT_SIZES[0], 2));
    in_square.into_iter().chain([across]).collect()
}

/// The lead figure's value and label, to fit the middle square.
pub(super) fn lead_lines(figure: &Figure, lang: Lang, square: f64) -> Option<(Lines, Lines)> {
    let value = fit(figure.display.get(lang), square, &LEAD_SIZES, 1)?;
    // Its change and what it is, as its tile says them (the figures under it say theirs).
    let text = super::tiles::tile_label(figure, lang);
    let label =
        fit(&text, square, &LEAD_LABEL_SIZES[..1], 2).or_else(|| fit(&text, square, &LEAD_LABEL_SIZES[1..], 3))?;
    Some((value, label))
}

/// The title in the middle square: in one line at the three largest sizes, then at each size
/// that takes at most two lines, largest first, then at the smaller sizes in three; then the
/// same across the card; else at the smallest size in three lines, cut if it must be.
pub(super) fn title_choices(title: &str, square: f64, width: f64) -> Vec<Lines> {
    let smallest = TITLE_SIZES[TITLE_SIZES.len() - 1];
    let at = |width: f64| -> Vec<Lines> {
        // One line a size or two down before two lines: a title unbroken, not broken inside
        // a word ("城乡常住居民人 / 均可支配收入").
        let one = TITLE_SIZES[..3].iter().map(|&size| (size, 1));
        let two = TITLE_SIZES.iter().map(|&size| (size, 2));
        let three = TITLE_SIZES[1..].iter().map(|&size| (size, 3));
        one.chain(two)
            .chain(three)
            .filter_map(|(size, lines)| fit(title, width, &[size], lines))
            .collect()
    };
    let mut choices = at(square);
    choices.extend(at(width));
    if choices.is_empty() {
        choices.push(fit_or_cut(title, width, smallest, 3));
    }
    choices
}

/// A chart card's tile values at this size or larger read in a feed's picture.
const READABLE_TILE: f64 = 40.0;

/// Of a card's layouts (each credit and title tried, largest first), the one it takes: one
/// that shows the `wanted` figures in the middle square (WeChat's crop), with its title at its
/// largest where they are then readable (a chart card's at `READABLE_TILE` px), else at their
/// largest, with a smaller title or credit where that sets them larger; else across the card.
/// Then, where none shows them all, the one that shows most, if any.
pub(super) fn chosen(
    layouts: impl Iterator<Item = ShareLayout>,
    wanted: usize,
    square: f64,
    chart_card: bool,
) -> (Option<ShareLayout>, Option<ShareLayout>) {
    let shown = |layout: &ShareLayout| layout.tiles.as_ref().map_or(0, |tiles| tiles.tiles.len());
    // Its tiles, title and credit (the kicker is short).
    let in_square = |layout: &ShareLayout| {
        let texts = [&layout.title, &layout.credit];
        let text_width = texts
            .iter()
            .flat_map(|lines| lines.lines.iter().map(|line| text::estimated_width(line, lines.size)));
        layout.tiles.as_ref().is_none_or(|tiles| tiles.width() <= square + 1.0)
            && text_width.fold(0.0, f64::max) <= square
    };
    let value_size = |layout: &ShareLayout| match chart_card {
        true => layout
            .tiles
            .as_ref()
            .and_then(|tiles| tiles.tiles.first())
            .map_or(0.0, |(value, _)| value.size),
        false => READABLE_TILE,
    };
    let [mut in_square_best, mut across, mut best]: [Option<ShareLayout>; 3] = [None, None, None];
    for candidate in layouts {
        if shown(&candidate) < wanted {
            if best.as_ref().is_none_or(|best| shown(&candidate) > shown(best)) {
                best = Some(candidate);
            }
        } else if !in_square(&candidate) {
            across.get_or_insert(candidate);
        } else if value_size(&candidate) >= READABLE_TILE {
            return (Some(candidate), None);
        } else if in_square_best
            .as_ref()
            .is_none_or(|best| value_size(&candidate) > value_size(best))
        {
            in_square_best = Some(candidate);
        }
    }
    (in_square_best.or(across), best)
}
