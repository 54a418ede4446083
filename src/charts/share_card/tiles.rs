//! Number tiles drawn as pictures: each figure's value large with its label under it, in rows,
//! as many as fit whole (the share cards' and the poster's cards of tiles).

use plotters::coord::Shift;
use plotters::prelude::*;

use super::lines::{draw_lines, fit, Align, Lines, LINE_HEIGHT};
use super::value_line::{draw_value_line, fit_value, value_width};
use crate::charts::{text, ChartStyle};
use crate::data::badge::Badge;
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
    values: &[80.0, 72.0, 64.0, 56.0, 48.0, 40.0, 34.0, 28.0, 24.0],
    labels: (18.0, 22.0),
};
/// A page card's figures under its lead (at most 60 px): below it.
pub const PAGE_TILES: TileType = TileType {
    values: &[40.0, 34.0, 28.0, 24.0],
    labels: (18.0, 22.0),
};
const VALUE_GAP: f64 = 4.0;

/// A tile's words under its value: its label, the change the same sentence states, and what
/// the figure is (its badges), as the page's tile shows them.
pub fn tile_label(figure: &Figure, lang: Lang) -> String {
    let mut label = figure.label.get(lang).to_string();
    if let Some(change) = figure.change {
        let separator = match lang {
            Lang::Zh => "，",
            Lang::En => ", ",
        };
        // The change of the figure it stands under: its own label would name the figure again.
        // Its word and number on one line ("up 6.2%", never "up / 6.2%").
        label = format!("{label}{separator}{}", change.display.get(lang).replace(' ', "\u{a0}"));
    }
    // Its value says "derived" already (`display`), as on the page.
    let badges: Vec<&str> = figure
        .badges()
        .filter(|badge| *badge != Badge::Derived)
        .map(|badge| badge.get(lang))
        .collect();
    if badges.is_empty() {
        label
    } else {
        format!("{label} · {}", badges.join(" · "))
    }
}
/// How number tiles fill an area: as many of the figures as fit whole, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct TileLayout {
    pub columns: usize,
    pub cell: (f64, f64),
    /// Per figure shown: its value and its label, never cut. In two columns, an odd last one
    /// takes its row's width (its label not wrapped in half of it beside a hole).
    pub tiles: Vec<(Lines, Lines)>,
    /// Each row's height: its tallest tile's (at most the cell's), so no row is hollow.
    pub rows: Vec<f64>,
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
                let spans = columns == 2 && shown % 2 == 1;
                let tiles: Option<Vec<(Lines, Lines)>> = figures[..shown]
                    .iter()
                    .enumerate()
                    .map(|(index, figure)| {
                        let inner = if spans && index + 1 == shown {
                            width - TILE_INSET
                        } else {
                            inner
                        };
                        let value = fit_value(figure.display.get(lang), inner, value_size, value_lines)?;
                        let label_room = cell.1 - value.height() - VALUE_GAP;
                        let max_lines = (label_room / (label_size * LINE_HEIGHT)).floor().max(0.0) as usize;
                        let label = fit(&label(figure), inner, &[label_size], max_lines)?;
                        Some((value, label))
                    })
                    .collect();
                tiles.map(|tiles| {
                    let rows = tiles
                        .chunks(columns)
                        .map(|row| row.iter().map(tile_height).fold(0.0, f64::max))
                        .collect();
                    TileLayout {
                        columns,
                        cell,
                        tiles,
                        rows,
                    }
                })
            })
        })
    }
}

impl TileLayout {
    /// The width its columns take, with the gaps between them.
    pub fn width(&self) -> f64 {
        self.columns as f64 * self.cell.0 + GAP * self.columns.saturating_sub(1) as f64
    }

    /// The height its rows take, with the gaps between them.
    pub fn height(&self) -> f64 {
        self.rows.iter().sum::<f64>() + GAP * self.rows.len().saturating_sub(1) as f64
    }

    /// The size its tiles take: the widest value or label line past the inset, and its rows'
    /// height (to centre them in their area).
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
        (TILE_INSET + width, self.height())
    }
}

/// A tile's height: its value, and its label under it.
fn tile_height((value, label): &(Lines, Lines)) -> f64 {
    value.height() + VALUE_GAP + label.height()
}

/// Figures as tiles from (left, top), the value large and the label under it, each with a bar
/// on its left.
pub fn draw_tiles<DB: DrawingBackend>(
    layout: &TileLayout,
    root: &DrawingArea<DB, Shift>,
    (left, top): (f64, f64),
    style: &ChartStyle,
) -> Result<(), String> {
    let cell_width = layout.cell.0;
    let row_tops: Vec<f64> = layout
        .rows
        .iter()
        .scan(top, |next, height| {
            let row_top = *next;
            *next += height + GAP;
            Some(row_top)
        })
        .collect();
    for (index, (value, label)) in layout.tiles.iter().enumerate() {
        let (column, row) = (index % layout.columns, index / layout.columns);
        let x = left + column as f64 * (cell_width + GAP);
        let y = row_tops[row];
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
