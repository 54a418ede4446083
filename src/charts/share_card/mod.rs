//! A share card: the 1200 × 630 picture a link to a page shows in a feed or a chat (and a
//! 630 × 630 one for the page, as WeChat shows a link). The same chart drawing as the page's
//! (or its number tiles), under the report's name and the card's title, above the credit
//! line; drawn onto any backend, like every chart. The title and a page card's lead figure are
//! centred in the card's middle square, which WeChat crops a wide picture to.

mod choices;
pub mod lines;
pub mod tiles;
mod value_line;

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{draw, height_css, ChartStyle, Theme, LAYOUT_WIDTHS_CSS};
use crate::data::{Figure, Group, Lang};
use choices::{chosen, credit_choices, lead_lines, title_choices};
use lines::{draw_lines, fit, fit_or_cut, Align, Lines};
use tiles::{draw_tiles, tile_label, TileLayout, GAP, PAGE_TILES, SHARE_TILES};
use value_line::{draw_value_line, value_line_width};

/// The size social networks ask for (Open Graph, `summary_large_image`), in pixels.
pub const SHARE_SIZE: (u32, u32) = (1200, 630);
/// The square card (WeChat's link picture).
pub const SQUARE_SIZE: (u32, u32) = (630, 630);

const PADDING: f64 = 48.0;
const ACCENT: f64 = 10.0;
/// The kicker's sizes: the largest that takes one line, else the smaller in two.
const KICKER_SIZES: [f64; 2] = [24.0, 20.0];
/// Title sizes, largest first: the largest that fits in two lines is used, else the smallest
/// in up to three.
const TITLE_SIZES: [f64; 4] = [46.0, 40.0, 34.0, 28.0];
/// The credit's sizes: the largest that takes one line, else the first in two.
const CREDIT_SIZES: [f64; 3] = [20.0, 18.0, 16.0];
/// The lead figure's value sizes, and its label's.
const LEAD_SIZES: [f64; 3] = [60.0, 52.0, 44.0];
/// The lead figure's label: in two lines at the first size, else in three at the second.
const LEAD_LABEL_SIZES: [f64; 2] = [24.0, 20.0];

/// What a card shows under its title.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ShareContent {
    /// A group: its chart, or its number tiles.
    Group(&'static Group),
    /// Number tiles (the page's headline figures), the first as the lead.
    Figures(&'static [&'static Figure]),
}

/// A share card's texts and content, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareCard<'a> {
    pub lang: Lang,
    /// The small line above the title: the dateline on the page's card, the report's name on
    /// a chart's.
    pub kicker: String,
    pub title: &'a str,
    pub content: ShareContent,
    pub credit: String,
    /// In pixels: [`SHARE_SIZE`] or [`SQUARE_SIZE`].
    pub size: (u32, u32),
}

/// The card's layout: every line of text and the area left for the content, in pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareLayout {
    pub size: (u32, u32),
    pub kicker: Lines,
    pub title: Lines,
    pub credit: Lines,
    /// A page card's lead figure, centred under the title: its value and label.
    pub lead: Option<(Lines, Lines)>,
    /// Top and bottom of the content area (under the lead).
    pub content: (f64, f64),
    /// Where the content is number tiles, how they fill it.
    pub tiles: Option<TileLayout>,
}

impl ShareLayout {
    /// The texts centred, in the middle square where they fit it (else the card's width); the
    /// first title (the largest in the square first) that leaves room for every figure of a
    /// chart's card of tiles (a page's lead and three more); failing that, the layout that shows
    /// the most of them, with the first title among those.
    pub fn new(card: &ShareCard<'_>) -> ShareLayout {
        let (card_width, card_height) = (f64::from(card.size.0), f64::from(card.size.1));
        let width = card_width - 2.0 * PADDING;
        let square = card_width.min(card_height) - 2.0 * PADDING;
        let kicker = [(square, 1), (square, 2), (width, 1), (square, 3), (width, 2)]
            .into_iter()
            .find_map(|(room, lines)| match lines {
                1 => fit(&card.kicker, room, &KICKER_SIZES, 1),
                _ => fit(&card.kicker, room, &KICKER_SIZES[1..], lines),
            })
            .unwrap_or_else(|| fit_or_cut(&card.kicker, width, KICKER_SIZES[1], 2));
        let credits = credit_choices(&card.credit, square, width);
        let ordered: Vec<&Figure>;
        let (lead, tile_figures) = match card.content {
            ShareContent::Group(group) if super::has_canvas(group.chart) => (None, None),
            ShareContent::Group(group) => {
                ordered = group.in_order();
                (None, Some(&ordered[..]))
            }
            ShareContent::Figures([first, rest @ ..]) => (lead_lines(first, card.lang, square), Some(rest)),
            ShareContent::Figures([]) => (None, None),
        };
        let lead_height = lead
            .as_ref()
            .map_or(0.0, |(value, label)| value.height() + label.height() + GAP);
        let layout = |title: Lines, credit: &Lines| {
            let top = ACCENT + PADDING + kicker.height() + GAP / 2.0 + title.height() + GAP + lead_height;
            let bottom = card_height - PADDING - credit.height() - GAP;
            // In the middle square (WeChat's crop of a link's picture) in two columns if every
            // figure fits there, else across the card in three.
            let tiles = tile_figures.filter(|figures| !figures.is_empty()).and_then(|figures| {
                // Under a page's lead, its other figures a size or more below it.
                let sizes = if lead.is_some() { PAGE_TILES } else { SHARE_TILES };
                let label = |figure: &Figure| tile_label(figure, card.lang);
                let tiles = |width: f64, columns: usize| {
                    TileLayout::new(figures, card.lang, (width, bottom - top), columns, sizes, &label)
                };
                tiles(square, 2)
                    .filter(|tiles| tiles.tiles.len() == figures.len() || width <= square)
                    .or_else(|| tiles(width, 3))
            });
            ShareLayout {
                size: card.size,
                kicker: kicker.clone(),
                title,
                credit: credit.clone(),
                lead: lead.clone(),
                content: (top, bottom),
                tiles,
            }
        };
        // Every figure of a chart's card; a page's lead and three more (the square: its lead).
        let wanted = match card.content {
            ShareContent::Figures(_) if card.size == SQUARE_SIZE => 0,
            ShareContent::Figures(figures) => figures.len().saturating_sub(1).min(3),
            ShareContent::Group(_) => tile_figures.map_or(0, <[_]>::len),
        };
        let layout = &layout;
        let layouts = credits.iter().flat_map(|credit| {
            let titles = title_choices(card.title, square, width);
            titles.into_iter().map(move |title| layout(title, credit))
        });
        let chart_card = matches!(card.content, ShareContent::Group(_));
        let (taken, best) = chosen(layouts, wanted, square, chart_card);
        taken.or(best).unwrap_or_else(|| {
            let last = credits
                .last()
                .cloned()
                .unwrap_or_else(|| fit_or_cut(&card.credit, width, CREDIT_SIZES[0], 2));
            layout(fit_or_cut(card.title, width, TITLE_SIZES[0], 1), &last)
        })
    }

    /// Every line of text of the card, for its checks.
    pub fn texts(&self) -> Vec<&Lines> {
        let mut texts = vec![&self.kicker, &self.title, &self.credit];
        if let Some((value, label)) = &self.lead {
            texts.extend([value, label]);
        }
        texts
    }
}

/// Draws a share card, laid out by [`ShareLayout::new`], onto `root`, which is the card's size.
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
    let (width, height) = (f64::from(layout.size.0), f64::from(layout.size.1));
    let centre = width / 2.0;
    // The left edge of the middle square's content (WeChat crops a link's picture to it).
    let square_left = (width - width.min(height)) / 2.0 + PADDING;
    root.fill(&theme.background).map_err(failed)?;
    root.draw(&Rectangle::new(
        [(0, 0), (layout.size.0 as i32, ACCENT as i32)],
        theme.bar.filled(),
    ))
    .map_err(failed)?;
    let mut y = ACCENT + PADDING;
    let kicker_font = style.font(layout.kicker.size).color(&theme.muted);
    y = draw_lines(root, &layout.kicker, (centre, y), Align::Centre, kicker_font)?;
    y += GAP / 2.0;
    let title_font = style.bold(layout.title.size).color(&theme.text);
    y = draw_lines(root, &layout.title, (centre, y), Align::Centre, title_font)? + GAP;
    if let Some((value, label)) = &layout.lead {
        // Its number large, its words and unit small, as on the page; centred.
        let left = centre - value_line_width(value, card.lang) / 2.0;
        y = draw_value_line(root, value, (left, y), &style, &theme.bar)?;
        let label_font = style.font(label.size).color(&theme.muted);
        draw_lines(root, label, (centre, y), Align::Centre, label_font)?;
    }
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
    let credit_font = style.font(layout.credit.size).color(&theme.muted);
    draw_lines(root, &layout.credit, (centre, credit_y), Align::Centre, credit_font)?;
    let (top, bottom) = layout.content;
    match (card.content, &layout.tiles) {
        (ShareContent::Group(group), _) if super::has_canvas(group.chart) => {
            draw_chart(group, root, [square_left, top, width - square_left, bottom], &style)
        }
        // A page card's one column of figures under its centred lead: centred too.
        (ShareContent::Figures(_), Some(tiles)) if tiles.columns == 1 => {
            let (used_width, used_height) = tiles.content_size();
            let left = (width - used_width).max(2.0 * PADDING) / 2.0;
            let top = top + ((bottom - top) - used_height).max(0.0) / 2.0;
            draw_tiles(tiles, root, (left, top), &style)
        }
        (_, Some(tiles)) => {
            // In the middle square where they fit it (ShareLayout::new), under the title, in the
            // middle of the room between it and the credit.
            let left = if tiles.width() <= width - 2.0 * square_left + 1.0 {
                square_left
            } else {
                PADDING
            };
            let top = top + ((bottom - top) - tiles.content_size().1).max(0.0) / 2.0;
            draw_tiles(tiles, root, (left, top), &style)
        }
        (ShareContent::Figures(_), None) if layout.lead.is_some() => Ok(()),
        _ => Err("not one figure fits the card".to_string()),
    }
}

/// The chart at the layout that shows it largest in the content area, scaled to fit it and
/// centred in it.
fn draw_chart<DB: DrawingBackend>(
    group: &Group,
    root: &DrawingArea<DB, Shift>,
    [left, top, right, bottom]: [f64; 4],
    style: &ChartStyle,
) -> Result<(), String> {
    // The layout that the area shows largest: a narrow one, scaled up, where the area is narrow.
    let scale_of = |layout_width: f64| {
        let chart_height = height_css(group, layout_width, style.lang);
        (
            ((right - left) / layout_width).min((bottom - top) / chart_height),
            layout_width,
            chart_height,
        )
    };
    let (scale, layout_width, chart_height) = LAYOUT_WIDTHS_CSS
        .iter()
        .map(|&layout_width| scale_of(layout_width))
        .fold((0.0, LAYOUT_WIDTHS_CSS[0], 0.0), |best, next| {
            if next.0 > best.0 {
                next
            } else {
                best
            }
        });
    let (width, height) = (layout_width * scale, chart_height * scale);
    let x = left + ((right - left) - width) / 2.0;
    let area = root
        .clone()
        .shrink((x as i32, top as i32), (width.round() as u32, height.round() as u32));
    draw(group, &area, &ChartStyle { scale, ..*style })
        .map(drop)
        .map_err(|error| error.to_string())
}
