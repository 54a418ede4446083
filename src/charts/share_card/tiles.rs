//! Number tiles drawn as pictures: each figure's value large with its label under it, in rows,
//! as many as fit whole (the share cards' and the poster's cards of tiles).

use plotters::coord::Shift;
use plotters::prelude::*;

use super::lines::{draw_lines, fit, Align, Lines, LINE_HEIGHT};
use crate::charts::{text, ChartStyle};
use crate::data::value_parts::value_parts;
use crate::data::{Figure, Lang};

/// Space between tiles.
pub const GAP: f64 = 24.0;
const TILE_INSET: f64 = 20.0;

/// The type sizes tiles may take.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TileType {
    /// The values' sizes, largest first.
    pub values: &'static [f64],
    /// A label's size is half its value's, within these.
    pub labels: (f64, f64),
}

/// A share card's tiles: a value takes one line at 24 px before two at 48 ("CNY 17.599 /
/// billion" reads as two things).
pub const SHARE_TILES: TileType = TileType {
    values: &[64.0, 56.0, 48.0, 40.0, 34.0, 28.0, 24.0],
    labels: (18.0, 22.0),
};
const VALUE_GAP: f64 = 4.0;
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
fn value_width(value: &str, size: f64) -> f64 {
    value_pieces(value, size)
        .iter()
        .map(|(piece, size)| text::estimated_width(piece, *size))
        .sum()
}

/// A value in `lines` at `size`: on one line with small words and units if it fits `width`,
/// else wrapped in `max_lines` at one size.
fn fit_value(value: &str, width: f64, size: f64, max_lines: usize) -> Option<Lines> {
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

/// How number tiles fill an area: as many of the figures as fit whole, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct TileLayout {
    pub columns: usize,
    pub cell: (f64, f64),
    /// Per figure shown: its value and its label, never cut.
    pub tiles: Vec<(Lines, Lines)>,
}

impl TileLayout {
    /// The most figures, then values in one line before two, then the largest type, for which
    /// every value and every label (`label` of each figure) fits whole in its cell, in up to
    /// `max_columns` columns. A
    /// page's headline may have more figures than a card holds: the first ones are shown, each
    /// complete.
    pub fn new(
        figures: &[&Figure],
        lang: Lang,
        (width, height): (f64, f64),
        max_columns: usize,
        type_sizes: TileType,
        label: &dyn Fn(&Figure) -> String,
    ) -> Option<TileLayout> {
        (1..=figures.len()).rev().find_map(|shown| {
            let columns = match shown {
                0..=3 => shown,
                4 => 2,
                _ => 3,
            }
            .min(max_columns.max(1));
            let rows = shown.div_ceil(columns);
            let cell = (
                (width - GAP * (columns - 1) as f64) / columns as f64,
                (height - GAP * (rows - 1) as f64) / rows as f64,
            );
            let inner = cell.0 - TILE_INSET;
            let value_layouts = [1, 2]
                .into_iter()
                .flat_map(|lines| type_sizes.values.iter().map(move |&size| (lines, size)));
            value_layouts.into_iter().find_map(|(value_lines, value_size)| {
                let label_size = (value_size / 2.0).clamp(type_sizes.labels.0, type_sizes.labels.1);
                let tiles: Option<Vec<(Lines, Lines)>> = figures[..shown]
                    .iter()
                    .map(|figure| {
                        let value = fit_value(figure.display.get(lang), inner, value_size, value_lines)?;
                        let label_room = cell.1 - value.height() - VALUE_GAP;
                        let max_lines = (label_room / (label_size * LINE_HEIGHT)).floor().max(0.0) as usize;
                        let label = fit(&label(figure), inner, &[label_size], max_lines)?;
                        Some((value, label))
                    })
                    .collect();
                tiles.map(|tiles| TileLayout { columns, cell, tiles })
            })
        })
    }
}

impl TileLayout {
    /// The width its columns take, with the gaps between them.
    pub fn width(&self) -> f64 {
        self.columns as f64 * self.cell.0 + GAP * self.columns.saturating_sub(1) as f64
    }

    /// The size its tiles take: the widest value or label line past the inset, and the rows'
    /// height down to the foot of the last row's tallest tile (to centre them in their area).
    pub fn content_size(&self) -> (f64, f64) {
        let width = self
            .tiles
            .iter()
            .flat_map(|(value, label)| {
                let values = value.lines.iter().map(|line| match value.lines.len() {
                    1 => value_width(line, value.size),
                    _ => text::estimated_width(line, value.size),
                });
                values.chain(label.lines.iter().map(|line| text::estimated_width(line, label.size)))
            })
            .fold(0.0, f64::max);
        let rows = self.tiles.len().div_ceil(self.columns.max(1));
        let last_row = self.tiles.iter().skip((rows.max(1) - 1) * self.columns);
        let last = last_row
            .map(|(value, label)| value.height() + VALUE_GAP + label.height())
            .fold(0.0, f64::max);
        (
            TILE_INSET + width,
            (rows.max(1) - 1) as f64 * (self.cell.1 + GAP) + last,
        )
    }
}

/// Figures as tiles from (left, top), the value large and the label under it, each with a bar
/// on its left.
pub fn draw_tiles<DB: DrawingBackend>(
    layout: &TileLayout,
    root: &DrawingArea<DB, Shift>,
    (left, top): (f64, f64),
    style: &ChartStyle,
) -> Result<(), String> {
    let (cell_width, cell_height) = layout.cell;
    for (index, (value, label)) in layout.tiles.iter().enumerate() {
        let (column, row) = (index % layout.columns, index / layout.columns);
        let x = left + column as f64 * (cell_width + GAP);
        let y = top + row as f64 * (cell_height + GAP);
        let below = if value.lines.len() == 1 {
            draw_value_line(root, value, (x + TILE_INSET, y), style, &style.theme.text)?
        } else {
            draw_lines(
                root,
                value,
                (x + TILE_INSET, y),
                Align::Left,
                style.bold(value.size).color(&style.theme.text),
            )?
        };
        let label_font = style.font(label.size).color(&style.theme.muted);
        let end = draw_lines(
            root,
            label,
            (x + TILE_INSET, below + VALUE_GAP),
            Align::Left,
            label_font,
        )?;
        root.draw(&PathElement::new(
            [(x as i32, y as i32), (x as i32, end as i32)],
            style.theme.bar.stroke_width(4),
        ))
        .map_err(|error| error.to_string())?;
    }
    Ok(())
}
