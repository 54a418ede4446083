//! A share card: the 1200 × 630 picture a link to a page shows in a feed or a chat. The same
//! chart drawing as the page's (or its number tiles), under the report's name and the card's
//! title, above the credit line; drawn onto any backend, like every chart.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{draw, height_css, text, ChartStyle, Theme, LAYOUT_WIDTHS_CSS};
use crate::data::{Figure, Group, Lang};

/// The size social networks ask for (Open Graph, `summary_large_image`), in pixels.
pub const SHARE_SIZE: (u32, u32) = (1200, 630);

const PADDING: f64 = 48.0;
const ACCENT: f64 = 10.0;
/// The kicker's sizes: the largest that takes one line, else the smaller in two.
const KICKER_SIZES: [f64; 2] = [24.0, 20.0];
/// Title sizes, largest first: the largest that fits in two lines is used, else the smallest
/// in up to three.
const TITLE_SIZES: [f64; 4] = [46.0, 40.0, 34.0, 28.0];
/// The credit's sizes: the largest that takes one line, else the first in two.
const CREDIT_SIZES: [f64; 3] = [20.0, 18.0, 16.0];
const GAP: f64 = 24.0;
const VALUE_SIZES: [f64; 4] = [48.0, 40.0, 34.0, 28.0];
/// A label's size: half its value's, within these.
const LABEL_SIZE: f64 = 22.0;
const MIN_LABEL_SIZE: f64 = 18.0;
const LINE_HEIGHT: f64 = 1.3;

/// What a card shows under its title.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ShareContent {
    /// A group: its chart, or its number tiles.
    Group(&'static Group),
    /// Number tiles (the page's headline figures).
    Figures(&'static [&'static Figure]),
}

/// A share card's texts and content, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareCard<'a> {
    pub lang: Lang,
    /// The small line above the title: the report's name on a chart's card.
    pub kicker: &'a str,
    pub title: &'a str,
    pub content: ShareContent,
    pub credit: String,
}

/// Lines of text at one size, as laid out on the card.
#[derive(Clone, Debug, PartialEq)]
pub struct Lines {
    pub size: f64,
    pub lines: Vec<String>,
}

impl Lines {
    fn height(&self) -> f64 {
        self.lines.len() as f64 * self.size * LINE_HEIGHT
    }
}

/// The largest of `sizes` at which the text wraps into at most `max_lines`.
fn fit(text: &str, width: f64, sizes: &[f64], max_lines: usize) -> Option<Lines> {
    sizes.iter().find_map(|&size| {
        let lines = text::wrap(text, width, size);
        (lines.len() <= max_lines).then_some(Lines { size, lines })
    })
}

/// The text at `size`, fitted if it can be, else cut to `max_lines` with an ellipsis.
fn fit_or_cut(text: &str, width: f64, size: f64, max_lines: usize) -> Lines {
    fit(text, width, &[size], max_lines).unwrap_or_else(|| {
        let mut lines = text::wrap(text, width, size);
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && text::estimated_width(&format!("{last}…"), size) > width {
                last.pop();
            }
            last.push('…');
        }
        Lines { size, lines }
    })
}

/// The card's layout: every line of text and the area left for the content, in pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareLayout {
    pub kicker: Lines,
    pub title: Lines,
    pub credit: Lines,
    /// Top and bottom of the content area.
    pub content: (f64, f64),
    /// Where the content is number tiles, how they fill it.
    pub tiles: Option<TileLayout>,
}

impl ShareLayout {
    /// The largest title that leaves room for every figure of a card of tiles; failing that,
    /// the layout that shows the most of them, with the largest title among those.
    pub fn new(card: &ShareCard<'_>) -> ShareLayout {
        let width = f64::from(SHARE_SIZE.0) - 2.0 * PADDING;
        let kicker = fit(card.kicker, width, &KICKER_SIZES, 1)
            .unwrap_or_else(|| fit_or_cut(card.kicker, width, KICKER_SIZES[1], 2));
        let credit = fit(&card.credit, width, &CREDIT_SIZES, 1)
            .unwrap_or_else(|| fit_or_cut(&card.credit, width, CREDIT_SIZES[0], 2));
        let tile_figures = match card.content {
            ShareContent::Group(group) if super::has_canvas(group.chart) => None,
            ShareContent::Group(group) => Some(group.figures),
            ShareContent::Figures(figures) => Some(figures),
        };
        let layout = |title: Lines| {
            let top = ACCENT + PADDING + kicker.height() + GAP / 2.0 + title.height() + GAP;
            let bottom = f64::from(SHARE_SIZE.1) - PADDING - credit.height() - GAP;
            let tiles = tile_figures.and_then(|figures| TileLayout::new(figures, card.lang, (width, bottom - top)));
            ShareLayout {
                kicker: kicker.clone(),
                title,
                credit: credit.clone(),
                content: (top, bottom),
                tiles,
            }
        };
        let shown = |layout: &ShareLayout| layout.tiles.as_ref().map_or(0, |tiles| tiles.tiles.len());
        let mut best: Option<ShareLayout> = None;
        for title in title_choices(card.title, width) {
            let candidate = layout(title);
            if tile_figures.is_none_or(|figures| shown(&candidate) == figures.len()) {
                return candidate;
            }
            if best.as_ref().is_none_or(|best| shown(&candidate) > shown(best)) {
                best = Some(candidate);
            }
        }
        best.unwrap_or_else(|| layout(fit_or_cut(card.title, width, TITLE_SIZES[0], 1)))
    }
}

/// The title at each size that takes at most two lines, largest first; else at the smallest
/// size in three lines, cut if it must be.
fn title_choices(title: &str, width: f64) -> Vec<Lines> {
    let smallest = TITLE_SIZES[TITLE_SIZES.len() - 1];
    let choices: Vec<Lines> = TITLE_SIZES
        .iter()
        .filter_map(|&size| fit(title, width, &[size], 2))
        .collect();
    if choices.is_empty() {
        vec![fit_or_cut(title, width, smallest, 3)]
    } else {
        choices
    }
}

/// Draws a share card, laid out by [`ShareLayout::new`], onto `root`, which is [`SHARE_SIZE`] pixels.
pub fn draw_share_card<DB: DrawingBackend>(
    card: &ShareCard<'_>,
    layout: &ShareLayout,
    root: &DrawingArea<DB, Shift>,
    theme: Theme,
) -> Result<(), String> {
    let failed = |error: DrawingAreaErrorKind<DB::ErrorType>| error.to_string();
    let style = ChartStyle {
        theme,
        lang: card.lang,
        scale: 1.0,
    };
    let (width, height) = (f64::from(SHARE_SIZE.0), f64::from(SHARE_SIZE.1));
    root.fill(&theme.background).map_err(failed)?;
    root.draw(&Rectangle::new(
        [(0, 0), (SHARE_SIZE.0 as i32, ACCENT as i32)],
        theme.bar.filled(),
    ))
    .map_err(failed)?;
    let mut y = ACCENT + PADDING;
    y = draw_lines(
        root,
        &layout.kicker,
        PADDING,
        y,
        style.font(layout.kicker.size).color(&theme.muted),
    )?;
    y += GAP / 2.0;
    draw_lines(
        root,
        &layout.title,
        PADDING,
        y,
        style.bold(layout.title.size).color(&theme.text),
    )?;
    let rule_y = height - PADDING - layout.credit.height() - GAP / 2.0;
    root.draw(&PathElement::new(
        [
            (PADDING as i32, rule_y as i32),
            ((width - PADDING) as i32, rule_y as i32),
        ],
        theme.track.stroke_width(2),
    ))
    .map_err(failed)?;
    let credit_y = height - PADDING - layout.credit.height();
    draw_lines(
        root,
        &layout.credit,
        PADDING,
        credit_y,
        style.font(layout.credit.size).color(&theme.muted),
    )?;
    let (top, bottom) = layout.content;
    let content = [PADDING, top, width - PADDING, bottom];
    match card.content {
        ShareContent::Group(group) if super::has_canvas(group.chart) => draw_chart(group, root, content, &style),
        ShareContent::Group(_) | ShareContent::Figures(_) => {
            let tiles = layout.tiles.as_ref().ok_or("not one figure fits the card")?;
            draw_tiles(tiles, root, content, &style)
        }
    }
}

/// Lines from (x, y) down; returns the y under the last line.
fn draw_lines<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    lines: &Lines,
    x: f64,
    y: f64,
    font: TextStyle<'_>,
) -> Result<f64, String> {
    let mut y = y;
    for line in &lines.lines {
        root.draw_text(line, &font, (x as i32, y as i32))
            .map_err(|error| error.to_string())?;
        y += lines.size * LINE_HEIGHT;
    }
    Ok(y)
}

/// The chart at its widest layout, scaled to fit the content area and centred in it.
fn draw_chart<DB: DrawingBackend>(
    group: &Group,
    root: &DrawingArea<DB, Shift>,
    [left, top, right, bottom]: [f64; 4],
    style: &ChartStyle,
) -> Result<(), String> {
    let layout_width = LAYOUT_WIDTHS_CSS[LAYOUT_WIDTHS_CSS.len() - 1];
    let chart_height = height_css(group, layout_width, style.lang);
    let scale = ((right - left) / layout_width).min((bottom - top) / chart_height);
    let (width, height) = (layout_width * scale, chart_height * scale);
    let x = left + ((right - left) - width) / 2.0;
    let area = root
        .clone()
        .shrink((x as i32, top as i32), (width.round() as u32, height.round() as u32));
    draw(group, &area, &ChartStyle { scale, ..*style })
        .map(drop)
        .map_err(|error| error.to_string())
}

/// How number tiles fill the content area: as many of the figures as fit whole, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct TileLayout {
    pub columns: usize,
    pub cell: (f64, f64),
    /// Per figure shown: its value and its label, never cut.
    pub tiles: Vec<(Lines, Lines)>,
}

const TILE_INSET: f64 = 20.0;
const VALUE_GAP: f64 = 4.0;

impl TileLayout {
    /// The most figures, then values in one line before two, then the largest type, for which
    /// every value and every label fits whole in its cell. The page's headline may have more figures than a card
    /// holds: the first ones are shown, each complete.
    pub fn new(figures: &[&Figure], lang: Lang, (width, height): (f64, f64)) -> Option<TileLayout> {
        (1..=figures.len()).rev().find_map(|shown| {
            let columns = match shown {
                0..=3 => shown,
                4 => 2,
                _ => 3,
            };
            let rows = shown.div_ceil(columns);
            let cell = (
                (width - GAP * (columns - 1) as f64) / columns as f64,
                (height - GAP * (rows - 1) as f64) / rows as f64,
            );
            let inner = cell.0 - TILE_INSET;
            let value_layouts = [1, 2]
                .into_iter()
                .flat_map(|lines| VALUE_SIZES.map(|size| (lines, size)));
            value_layouts.into_iter().find_map(|(value_lines, value_size)| {
                let label_size = (value_size / 2.0).clamp(MIN_LABEL_SIZE, LABEL_SIZE);
                let tiles: Option<Vec<(Lines, Lines)>> = figures[..shown]
                    .iter()
                    .map(|figure| {
                        let value = fit(figure.display.get(lang), inner, &[value_size], value_lines)?;
                        let label_room = cell.1 - value.height() - VALUE_GAP;
                        let max_lines = (label_room / (label_size * LINE_HEIGHT)).floor().max(0.0) as usize;
                        let label = fit(figure.label.get(lang), inner, &[label_size], max_lines)?;
                        Some((value, label))
                    })
                    .collect();
                tiles.map(|tiles| TileLayout { columns, cell, tiles })
            })
        })
    }
}

/// Figures as tiles, the value large and the label under it, in rows of up to three.
fn draw_tiles<DB: DrawingBackend>(
    layout: &TileLayout,
    root: &DrawingArea<DB, Shift>,
    [left, top, _, _]: [f64; 4],
    style: &ChartStyle,
) -> Result<(), String> {
    let (cell_width, cell_height) = layout.cell;
    for (index, (value, label)) in layout.tiles.iter().enumerate() {
        let (column, row) = (index % layout.columns, index / layout.columns);
        let x = left + column as f64 * (cell_width + GAP);
        let y = top + row as f64 * (cell_height + GAP);
        let below = draw_lines(
            root,
            value,
            x + TILE_INSET,
            y,
            style.bold(value.size).color(&style.theme.text),
        )?;
        let label_font = style.font(label.size).color(&style.theme.muted);
        let end = draw_lines(root, label, x + TILE_INSET, below + VALUE_GAP, label_font)?;
        root.draw(&PathElement::new(
            [(x as i32, y as i32), (x as i32, end as i32)],
            style.theme.bar.stroke_width(4),
        ))
        .map_err(|error| error.to_string())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_title_gets_smaller_and_a_third_line_before_it_is_cut() {
        let long = "Handling of suggestions from municipal- and district-level people's congress deputies and proposals from Chinese People's Political Consultative Conference (CPPCC) members";
        assert_eq!(fit(long, 1104.0, &TITLE_SIZES, 2), None);
        let lines = fit(long, 1104.0, &TITLE_SIZES[3..], 3).expect("three lines at the smallest size");
        assert_eq!(
            lines.lines.concat().replace(' ', ""),
            long.replace(' ', ""),
            "nothing cut"
        );
        let cut = fit_or_cut(long, 600.0, 28.0, 2);
        assert_eq!(cut.lines.len(), 2);
        assert!(cut.lines[1].ends_with('…'), "{cut:?}");
        assert!(
            cut.lines.iter().all(|line| text::estimated_width(line, 28.0) <= 600.0),
            "{cut:?}"
        );
    }

    #[test]
    fn a_short_title_stays_large() {
        let lines = fit("空气质量", 1104.0, &TITLE_SIZES, 2);
        assert_eq!(
            lines,
            Some(Lines {
                size: TITLE_SIZES[0],
                lines: vec!["空气质量".to_string()]
            })
        );
    }
}
