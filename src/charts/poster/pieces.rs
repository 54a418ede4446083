//! The poster's pieces, each laid out to the column's width with its height known before it
//! is drawn: lines of text, a rule, and a card (its title over its chart or its number tiles),
//! drawn by the page's own chart functions and the share cards' tiles.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::charts::share_card::lines::{draw_lines, Align, Lines};
use crate::charts::share_card::tiles::{draw_tiles, tile_label, TileLayout, TileType, GAP};
use crate::charts::{draw, has_canvas, height_css, text, ChartStyle};
use crate::data::{Figure, Group, Lang};

/// The poster's width, in its units: WeChat's article width in CSS pixels at 2×.
pub const WIDTH: f64 = 750.0;
/// Left and right margin.
pub const MARGIN: f64 = 32.0;
/// The column's width.
pub const COLUMN: f64 = WIDTH - 2.0 * MARGIN;
/// A chart is laid out as on a phone and scaled to the card.
pub const CHART_LAYOUT_WIDTH: f64 = 360.0;
const CARD_PADDING: f64 = 24.0;
/// A card's inside width.
const INNER: f64 = COLUMN - 2.0 * CARD_PADDING;
const HEAD_SIZE: f64 = 22.0;
const CARD_TITLE_SIZE: f64 = 30.0;
const CARD_GAP: f64 = 16.0;
/// A card's tiles: in two columns (else one), rows as short as they can be of these.
const POSTER_TILES: TileType = TileType {
    values: &[48.0, 44.0, 40.0, 36.0],
    labels: (24.0, 26.0),
};
/// The lead's tiles: larger, in two columns or one, whichever sets them larger.
const LEAD_TILES: TileType = TileType {
    values: &[80.0, 72.0, 64.0, 56.0, 48.0, 44.0, 38.0, 32.0, 28.0],
    labels: (24.0, 28.0),
};
const TILE_ROWS: [f64; 9] = [100.0, 130.0, 160.0, 190.0, 230.0, 280.0, 340.0, 400.0, 460.0];

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
    /// A card: its head (year, what its figures are), its title, and its chart or tiles.
    Card {
        /// The figures it shows (each tile's change besides).
        figures: &'static [&'static Figure],
        head: Lines,
        title: Lines,
        content: CardContent,
    },
}

/// A card's chart (scaled to the card) or its tiles.
#[derive(Clone, Debug, PartialEq)]
pub enum CardContent {
    Chart {
        group: &'static Group,
        scale: f64,
        height: f64,
    },
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

    /// A bold text wrapped to the column at `size` with no orphan on its last line (a title).
    pub fn title(text: &str, size: f64, tone: Tone, below: f64) -> Piece {
        let lines = Lines {
            size,
            lines: text::wrap_pretty(text, COLUMN, size),
        };
        Piece::Text {
            lines,
            bold: true,
            tone,
            below,
        }
    }

    /// A card of a group under its head line (year, badges), laid out to the column; an
    /// error names a figure that does not fit.
    pub fn card(group: &'static Group, head: &str, lang: Lang) -> Result<Piece, String> {
        let content = if has_canvas(group.chart) {
            let scale = INNER / CHART_LAYOUT_WIDTH;
            let height = height_css(group, CHART_LAYOUT_WIDTH, lang) * scale;
            CardContent::Chart { group, scale, height }
        } else {
            tile_layouts(&group.in_order(), lang, POSTER_TILES)
                .next()
                .map(CardContent::Tiles)
                .ok_or_else(|| format!("the figures of `{}` do not fit the poster's card", group.id))?
        };
        Ok(Piece::Card {
            figures: group.figures,
            head: wrapped(head, HEAD_SIZE),
            title: wrapped(group.title.get(lang), CARD_TITLE_SIZE),
            content,
        })
    }

    /// A card of figures as tiles (the lead's, at the lead's sizes), under a head line and no
    /// title.
    pub fn tiles_card(figures: &'static [&'static Figure], head: &str, lang: Lang) -> Result<Piece, String> {
        // The largest values, then the shortest rows.
        let content = tile_layouts(figures, lang, LEAD_TILES)
            .max_by(|a, b| {
                let size = |layout: &TileLayout| layout.tiles.first().map_or(0.0, |(value, _)| value.size);
                size(a).total_cmp(&size(b)).then(b.cell.1.total_cmp(&a.cell.1))
            })
            .map(CardContent::Tiles)
            .ok_or("the lead figures do not fit the poster's card")?;
        Ok(Piece::Card {
            figures,
            head: wrapped(head, HEAD_SIZE),
            title: wrapped("", CARD_TITLE_SIZE),
            content,
        })
    }

    /// Its height, with the space below it.
    pub fn height(&self) -> f64 {
        match self {
            Piece::Text { lines, below, .. } => lines.height() + below,
            Piece::Rule { below } => 2.0 + below,
            Piece::Card {
                head, title, content, ..
            } => {
                let content = match content {
                    CardContent::Chart { height, .. } => *height,
                    CardContent::Tiles(tiles) => tiles.height(),
                };
                2.0 * CARD_PADDING + head.height() + title.height() + CARD_GAP + content + CARD_GAP
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
            Piece::Card {
                head, title, content, ..
            } => {
                let bottom = y + self.height() - CARD_GAP;
                root.draw(&Rectangle::new(
                    [(MARGIN as i32, y as i32), ((WIDTH - MARGIN) as i32, bottom as i32)],
                    theme.track.stroke_width(2),
                ))
                .map_err(failed)?;
                let left = MARGIN + CARD_PADDING;
                let head_font = style.bold(head.size).color(&theme.muted);
                let below_head = draw_lines(root, head, (left, y + CARD_PADDING), Align::Left, head_font)?;
                let font = style.bold(title.size).color(&theme.text);
                let top = draw_lines(root, title, (left, below_head), Align::Left, font)? + CARD_GAP;
                match content {
                    CardContent::Chart { group, scale, height } => {
                        let size = (INNER.round() as u32, height.round() as u32);
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

/// A text wrapped to a card's inside at `size` (never cut: as many lines as it takes; no text,
/// no line).
fn wrapped(text: &str, size: f64) -> Lines {
    let lines = if text.is_empty() {
        Vec::new()
    } else {
        text::wrap(text, INNER, size)
    };
    Lines { size, lines }
}

/// Figures as tiles in a card, every way they fit whole: in two columns, then one; rows as
/// short as they can be first.
fn tile_layouts<'a>(figures: &'a [&'a Figure], lang: Lang, sizes: TileType) -> impl Iterator<Item = TileLayout> + 'a {
    let label = move |figure: &Figure| tile_label(figure, lang);
    [2, 1]
        .into_iter()
        .flat_map(|columns| TILE_ROWS.iter().map(move |&row| (columns, row)))
        .filter_map(move |(columns, row)| {
            let rows = figures.len().div_ceil(columns);
            let height = rows as f64 * row + (rows - 1) as f64 * GAP;
            TileLayout::new(figures, lang, (INNER, height), columns, sizes, &label)
                .filter(|tiles| tiles.tiles.len() == figures.len())
        })
}
