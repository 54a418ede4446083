//! The poster's pieces, each laid out to the column's width with its height known before it
//! is drawn: lines of text, a rule, and a card (its title over its chart or its number tiles),
//! drawn by the page's own chart functions and the share cards' tiles.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::charts::share_card::lines::{draw_lines, Align, Lines};
use crate::charts::share_card::tiles::{draw_tiles, TileLayout, TileType, GAP};
use crate::charts::{draw, has_canvas, height_css, text, ChartStyle};
use crate::data::{Group, Lang};

/// The poster's width, in its units: WeChat's article width in CSS pixels at 2×.
pub const WIDTH: f64 = 750.0;
/// Left and right margin.
pub const MARGIN: f64 = 32.0;
/// The column's width.
pub const COLUMN: f64 = WIDTH - 2.0 * MARGIN;
/// A chart is laid out as on a phone and scaled to the card.
pub const CHART_LAYOUT_WIDTH: f64 = 360.0;
const CARD_PADDING: f64 = 24.0;
const CARD_TITLE_SIZE: f64 = 30.0;
const CARD_GAP: f64 = 16.0;
/// A card's tiles: in two columns (else one), rows as short as they can be of these.
const POSTER_TILES: TileType = TileType {
    values: &[44.0, 38.0, 32.0, 28.0],
    labels: (24.0, 26.0),
};
const TILE_ROWS: [f64; 7] = [100.0, 130.0, 160.0, 190.0, 230.0, 280.0, 340.0];

/// The colour a text is drawn in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tone {
    Text,
    Muted,
    Accent,
}

/// One piece of the poster.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    /// Lines of text, then space below them.
    Text {
        lines: Lines,
        bold: bool,
        tone: Tone,
        below: f64,
    },
    /// A rule across the column, then space below it.
    Rule { below: f64 },
    /// A card: its title, and its chart or tiles.
    Card {
        group: &'static Group,
        title: Lines,
        content: CardContent,
    },
}

/// A card's chart (scaled to the card) or its tiles.
#[derive(Clone, Debug, PartialEq)]
pub enum CardContent {
    Chart { scale: f64, height: f64 },
    Tiles(TileLayout),
}

impl Piece {
    /// A text wrapped to the column at `size` (never cut: as many lines as it takes).
    pub fn text(text: &str, size: f64, bold: bool, tone: Tone, below: f64) -> Piece {
        let lines = Lines {
            size,
            lines: text::wrap(text, COLUMN, size),
        };
        Piece::Text {
            lines,
            bold,
            tone,
            below,
        }
    }

    /// A card of a group, laid out to the column; an error names a figure that does not fit.
    pub fn card(group: &'static Group, lang: Lang) -> Result<Piece, String> {
        let inner = COLUMN - 2.0 * CARD_PADDING;
        let title = Lines {
            size: CARD_TITLE_SIZE,
            lines: text::wrap(group.title.get(lang), inner, CARD_TITLE_SIZE),
        };
        let content = if has_canvas(group.chart) {
            let scale = inner / CHART_LAYOUT_WIDTH;
            let height = height_css(group, CHART_LAYOUT_WIDTH, lang) * scale;
            CardContent::Chart { scale, height }
        } else {
            let layouts = [2, 1]
                .into_iter()
                .flat_map(|columns| TILE_ROWS.iter().map(move |&row| (columns, row)));
            layouts
                .into_iter()
                .find_map(|(columns, row)| {
                    let rows = group.figures.len().div_ceil(columns);
                    let height = rows as f64 * row + (rows - 1) as f64 * GAP;
                    TileLayout::new(group.figures, lang, (inner, height), columns, POSTER_TILES)
                        .filter(|tiles| tiles.tiles.len() == group.figures.len())
                })
                .map(CardContent::Tiles)
                .ok_or_else(|| format!("the figures of `{}` do not fit the poster's card", group.id))?
        };
        Ok(Piece::Card { group, title, content })
    }

    /// Its height, with the space below it.
    pub fn height(&self) -> f64 {
        match self {
            Piece::Text { lines, below, .. } => lines.height() + below,
            Piece::Rule { below } => 2.0 + below,
            Piece::Card { title, content, .. } => {
                let content = match content {
                    CardContent::Chart { height, .. } => *height,
                    CardContent::Tiles(tiles) => {
                        let rows = tiles.tiles.len().div_ceil(tiles.columns);
                        rows as f64 * tiles.cell.1 + (rows - 1) as f64 * GAP
                    }
                };
                2.0 * CARD_PADDING + title.height() + CARD_GAP + content + CARD_GAP
            }
        }
    }

    /// Draws it with its top at `y` of `root` (the poster's width).
    pub fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        y: f64,
        style: &ChartStyle,
    ) -> Result<(), String> {
        let failed = |error: DrawingAreaErrorKind<DB::ErrorType>| error.to_string();
        let theme = &style.theme;
        match self {
            Piece::Text { lines, bold, tone, .. } => {
                let colour = match tone {
                    Tone::Text => theme.text,
                    Tone::Muted => theme.muted,
                    Tone::Accent => theme.bar,
                };
                let font = if *bold {
                    style.bold(lines.size)
                } else {
                    style.font(lines.size)
                };
                draw_lines(root, lines, (MARGIN, y), Align::Left, font.color(&colour)).map(drop)
            }
            Piece::Rule { .. } => root
                .draw(&Rectangle::new(
                    [(MARGIN as i32, y as i32), ((WIDTH - MARGIN) as i32, y as i32 + 2)],
                    theme.track.filled(),
                ))
                .map_err(failed),
            Piece::Card { group, title, content } => {
                let bottom = y + self.height() - CARD_GAP;
                root.draw(&Rectangle::new(
                    [(MARGIN as i32, y as i32), ((WIDTH - MARGIN) as i32, bottom as i32)],
                    theme.track.stroke_width(2),
                ))
                .map_err(failed)?;
                let left = MARGIN + CARD_PADDING;
                let font = style.bold(title.size).color(&theme.text);
                let top = draw_lines(root, title, (left, y + CARD_PADDING), Align::Left, font)? + CARD_GAP;
                match content {
                    CardContent::Chart { scale, height } => {
                        let size = ((COLUMN - 2.0 * CARD_PADDING).round() as u32, height.round() as u32);
                        let area = root.clone().shrink((left as i32, top as i32), size);
                        draw(
                            group,
                            &area,
                            &ChartStyle {
                                scale: *scale,
                                ..*style
                            },
                        )
                        .map(drop)
                        .map_err(|error| error.to_string())
                    }
                    CardContent::Tiles(tiles) => draw_tiles(tiles, root, (left, top), style),
                }
            }
        }
    }
}
