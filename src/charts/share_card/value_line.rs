//! A value drawn on one line as the page sets it: its number large and bold, its words,
//! currency and unit small, on one baseline, spaced by the renderer's fonts' own metrics (the
//! share cards' and the poster's tiles, and a page card's lead).

use plotters::coord::Shift;
use plotters::prelude::*;

use super::lines::{fit, Lines};
use crate::charts::{text, ChartStyle};
use crate::data::value_parts::value_parts;
use crate::data::Lang;

/// What stands around a value's number on one line (its words, currency, unit) is this much of
/// the number's size, as on the page.
const AROUND: f64 = 0.5;

/// Where the baseline of a text stands below the top it is drawn from (its font's ascent, the
/// SVG's `text-before-edge`), as a share of its size, in the renderer's font for the language
/// (Noto Sans CJK SC; Liberation Sans).
fn ascent(lang: Lang) -> f64 {
    match lang {
        Lang::Zh => 1.16,
        Lang::En => 0.905,
    }
}

/// A value's pieces on one line, with their sizes: the number large, what stands around it small.
fn value_pieces(value: &str, size: f64) -> [(&str, f64); 3] {
    let parts = value_parts(value);
    let before = &value[..value.len() - parts.number.len() - parts.after.len()];
    [
        (before, size * AROUND),
        (parts.number, size),
        (parts.after, size * AROUND),
    ]
}

/// A value's width on one line, its number large and what stands around it small.
pub(super) fn value_width(value: &str, size: f64) -> f64 {
    value_pieces(value, size)
        .iter()
        .map(|(piece, size)| text::estimated_width(piece, *size))
        .sum()
}

/// A value in `lines` at `size`: on one line with small words and units if it fits `width`,
/// else wrapped in `max_lines` at one size.
pub(super) fn fit_value(value: &str, width: f64, size: f64, max_lines: usize) -> Option<Lines> {
    if value_width(value, size) <= width {
        return Some(Lines {
            size,
            lines: vec![value.to_string()],
        });
    }
    fit(value, width, &[size], max_lines).filter(|lines| lines.lines.len() > 1)
}

/// A bold number's drawn width, as the renderer's font for the language sets its digits and
/// points (Noto Sans CJK SC; in English Liberation Sans, which has Arial's metrics), with a
/// hair's space after it. The fitting estimate errs wide (0.6 em a digit), which would leave a
/// gap between a large number and its unit.
fn number_width(number: &str, size: f64, lang: Lang) -> f64 {
    let (digit, point) = match lang {
        Lang::Zh => (0.59, 0.325),
        Lang::En => (0.556, 0.278),
    };
    let ems: f64 = number
        .chars()
        .map(|c| if c.is_ascii_digit() { digit } else { point })
        .sum();
    (ems + 0.04) * size
}

/// Liberation Sans's advances (Arial's metrics), in thousandths of an em: a to z, A to Z.
const LOWER: [u16; 26] = [
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
    500, 500, 500,
];
const UPPER: [u16; 26] = [
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944,
    667, 667, 611,
];

/// A small text's drawn width, as the renderer's fonts set it (Latin in Liberation Sans's
/// metrics, a Chinese character a full em): the fitting estimate errs wide or narrow by letter,
/// which would leave a gap ("more than    30") or none ("more than30").
fn drawn_width(piece: &str, size: f64) -> f64 {
    let thousandths: u32 = piece
        .chars()
        .map(|c| match c {
            'a'..='z' => u32::from(LOWER[c as usize - 'a' as usize]),
            'A'..='Z' => u32::from(UPPER[c as usize - 'A' as usize]),
            '0'..='9' | '–' => 556,
            '%' => 889,
            ' ' | '.' | ',' | '/' => 278,
            '(' | ')' | '-' | '²' | '³' => 333,
            c if c.is_ascii() => 400,
            _ => 1000,
        })
        .sum();
    f64::from(thousandths) / 1000.0 * size
}

/// A piece's drawn width: the number's, or a small piece's.
fn piece_width(piece: &str, size: f64, value_size: f64, lang: Lang) -> f64 {
    if size < value_size {
        drawn_width(piece, size)
    } else {
        number_width(piece, size, lang)
    }
}

/// A value's one line as drawn (its number large, the rest small): its width.
pub fn value_line_width(value: &Lines, lang: Lang) -> f64 {
    value
        .lines
        .iter()
        .flat_map(|line| value_pieces(line, value.size))
        .map(|(piece, size)| piece_width(piece, size, value.size, lang))
        .sum()
}

/// A value's one line from its top left (x, y) in `colour`: the number large, the rest small,
/// on one baseline.
pub fn draw_value_line<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    value: &Lines,
    (x, y): (f64, f64),
    style: &ChartStyle,
    colour: &RGBColor,
) -> Result<f64, String> {
    let mut left = x;
    for (piece, size) in value.lines.iter().flat_map(|line| value_pieces(line, value.size)) {
        if piece.is_empty() {
            continue;
        }
        let font = if size < value.size {
            style.font(size)
        } else {
            style.bold(size)
        };
        let top = y + (value.size - size) * ascent(style.lang);
        let font = font.color(colour);
        // A text's leading space is not drawn (SVG collapses it): it is room before the text.
        let shown = piece.trim_start();
        let space = drawn_width(&piece[..piece.len() - shown.len()], size);
        root.draw_text(shown, &font, ((left + space) as i32, top as i32))
            .map_err(|error| error.to_string())?;
        left += piece_width(piece, size, value.size, style.lang);
    }
    Ok(y + value.height())
}
