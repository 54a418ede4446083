//! The share images: a 1200 × 630 PNG for the zh and en pages and for each chart's page, which
//! the pages name in `og:image`. Drawn by [`charts::share_card`] to SVG, the same drawing as
//! the page's charts, and rasterised by resvg with the CJK font the set-up installs.

use std::path::Path;
use std::sync::Arc;

use plotters::prelude::IntoDrawingArea;
use resvg::{tiny_skia, usvg};

use crate::charts::share_card::{draw_share_card, ShareCard, ShareContent, ShareLayout, SHARE_SIZE, SQUARE_SIZE};
use crate::charts::surface::Backend;
use crate::charts::{has_canvas, svg, theme};
use crate::components::credit_line;
use crate::data::dateline::{dateline_text, lead_dateline_text};
use crate::data::{Group, Lang, REPORT};

/// Where and when, as the page's header says it: 南昌市青山湖区 · 2023年.
pub fn dateline(lang: Lang) -> String {
    REPORT.dateline.get(lang).to_string()
}

/// Where, and the year of the figures a card shows: a work report's lead is of the year its
/// review looks back on (海拉尔区 · 2017年 on the 2018 report's card).
fn dateline_of(year: u16, lang: Lang) -> String {
    dateline_text(REPORT.place.get(lang), year, lang)
}

/// A card's kicker: where, its year and, for a chart (whose figures share a status and a
/// period), what they are ("时点数"), as the page's card head says.
fn chart_kicker(group: &Group, lang: Lang) -> String {
    let dateline = dateline_of(group.year, lang);
    let badges = match group.figures.first() {
        Some(figure) if has_canvas(group.chart) => figure.badge_words(lang),
        _ => String::new(),
    };
    if badges.is_empty() {
        dateline
    } else {
        format!("{dateline} · {badges}")
    }
}

/// The font the cards are drawn in: its Latin and Chinese glyphs are the pages' first choice.
pub const FONT_FAMILY: &str = "Noto Sans CJK SC";

/// Every share card with its path under `dist/`: `share/page.<lang>.png` for the whole page
/// (and `share/page.<lang>.square.png`, 630 × 630), `share/charts/<id>.<lang>.png` for each
/// chart's page.
pub fn share_cards() -> Vec<(String, ShareCard<'static>)> {
    let mut cards = Vec::new();
    // The lead's year, where its figures are of one year (else the report's).
    let lead_year = match REPORT.headline {
        [first, rest @ ..] if rest.iter().all(|figure| figure.year == first.year) => first.year,
        _ => REPORT.year,
    };
    for lang in Lang::ALL {
        let page = |size| ShareCard {
            lang,
            kicker: lead_dateline_text(REPORT.place.get(lang), lead_year, REPORT.year, lang),
            title: REPORT.title.get(lang),
            content: ShareContent::Figures(REPORT.headline),
            credit: credit_line(lang),
            size,
        };
        cards.push((format!("share/page.{}.png", lang.code()), page(SHARE_SIZE)));
        cards.push((format!("share/page.{}.square.png", lang.code()), page(SQUARE_SIZE)));
        for group in REPORT.sections.iter().flat_map(|section| section.groups) {
            cards.push((
                format!("share/charts/{}.{}.png", group.id, lang.code()),
                ShareCard {
                    lang,
                    kicker: chart_kicker(group, lang),
                    title: group.title.get(lang),
                    content: ShareContent::Group(group),
                    credit: credit_line(lang),
                    size: SHARE_SIZE,
                },
            ));
        }
    }
    cards
}

/// A card as an SVG document, in the light theme's colours written out. A card that would cut
/// a text or leave out a figure of its chart is an error, which fails the build: the report's
/// next dataset may have longer words than this one.
pub fn card_svg(card: &ShareCard<'_>) -> Result<String, String> {
    let layout = ShareLayout::new(card);
    if let Some(cut) = layout.texts().into_iter().find(|lines| lines.is_cut()) {
        return Err(format!("a text does not fit and would be cut: {}", cut.lines.concat()));
    }
    if let (ShareContent::Group(group), Some(tiles)) = (card.content, &layout.tiles) {
        if tiles.tiles.len() < group.figures.len() {
            return Err(format!(
                "{} of the {} figures of `{}` fit: shorten a label",
                tiles.tiles.len(),
                group.figures.len(),
                group.id
            ));
        }
    }
    let mut svg = svg::SvgWriter::new(card.size, card.lang);
    draw_share_card(card, &layout, &Backend::new(&mut svg).into_drawing_area(), theme::LIGHT)?;
    Ok(svg.document(""))
}

/// The system's fonts, with [`FONT_FAMILY`] as the generic sans-serif; an error names the
/// package when it is missing, as a card drawn in a fallback font would show boxes for Chinese.
pub fn fonts() -> Result<Arc<usvg::fontdb::Database>, String> {
    let mut fonts = usvg::fontdb::Database::new();
    fonts.load_system_fonts();
    let installed = fonts
        .faces()
        .any(|face| face.families.iter().any(|(family, _)| family == FONT_FAMILY));
    if !installed {
        return Err(format!(
            "the share images need the font {FONT_FAMILY} (Debian: fonts-noto-cjk, which scripts/setup.sh installs)"
        ));
    }
    fonts.set_sans_serif_family(FONT_FAMILY);
    Ok(Arc::new(fonts))
}

/// An SVG document rasterised to a PNG of its own size.
pub fn png(svg: &str, fonts: &Arc<usvg::fontdb::Database>) -> Result<Vec<u8>, String> {
    png_scaled(svg, fonts, 1.0)
}

/// An SVG document rasterised to a PNG of `scale` pixels per user unit.
pub fn png_scaled(svg: &str, fonts: &Arc<usvg::fontdb::Database>, scale: f32) -> Result<Vec<u8>, String> {
    let options = usvg::Options {
        fontdb: Arc::clone(fonts),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|error| error.to_string())?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or("the image has no pixels")?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("the image has no pixels")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|error| error.to_string())
}

/// Writes a file under `dir`, making its folder.
pub fn write_file(dir: &Path, path: &str, bytes: &[u8]) -> Result<(), String> {
    let file = dir.join(path);
    if let Some(folder) = file.parent() {
        std::fs::create_dir_all(folder).map_err(|error| format!("{}: {error}", folder.display()))?;
    }
    std::fs::write(&file, bytes).map_err(|error| format!("{}: {error}", file.display()))
}

/// Writes the `<img>` snippet's chart images under `dir` (`dist/`); returns how many.
pub fn write_snippet_images(dir: &Path) -> Result<usize, String> {
    let fonts = fonts()?;
    let images = crate::snippet::snippet_images();
    for (path, svg) in &images {
        let image = svg
            .clone()
            .and_then(|svg| png_scaled(&svg, &fonts, crate::snippet::IMAGE_SCALE))
            .map_err(|error| format!("{path}: {error}"))?;
        write_file(dir, path, &image)?;
    }
    Ok(images.len())
}

/// Writes every share card under `dir` (`dist/`), on every core; returns how many.
pub fn write_share_images(dir: &Path) -> Result<usize, String> {
    let fonts = fonts()?;
    let cards = share_cards();
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = cards.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = cards
            .chunks(chunk)
            .map(|cards| {
                scope.spawn(|| {
                    cards
                        .iter()
                        .try_for_each(|(path, card)| write_one(dir, path, card, &fonts))
                })
            })
            .collect();
        workers.into_iter().try_for_each(|worker| {
            worker
                .join()
                .unwrap_or_else(|_| Err("a share image panicked".to_string()))
        })
    })?;
    Ok(cards.len())
}

fn write_one(dir: &Path, path: &str, card: &ShareCard<'_>, fonts: &Arc<usvg::fontdb::Database>) -> Result<(), String> {
    let image = card_svg(card)
        .and_then(|svg| png(&svg, fonts))
        .map_err(|error| format!("{path}: {error}"))?;
    write_file(dir, path, &image)
}
