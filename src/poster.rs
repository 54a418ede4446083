//! The long poster for WeChat and Weibo: per language, the whole report in one column 750 CSS
//! pixels wide ([`crate::charts::poster`]), into `dist/poster/`: `<lang>.svg` whole, and cut at
//! section boundaries into `<lang>-01.png`, … (rasterised at 2× by resvg as the share images
//! are; none over 3000 pixels tall), and `poster.<lang>.txt`, each slice's text alternative.

use std::path::Path;

use plotters::prelude::IntoDrawingArea;

use crate::charts::poster::{draw_slice, poster_units, slice_size, slices, PosterTexts, Unit};
use crate::charts::surface::Backend;
use crate::charts::{svg, theme, ChartStyle};
use crate::components::credit_line;
use crate::data::{Lang, REPORT};
use crate::share::{fonts, png_scaled, write_file};

/// A PNG written: its path under `dist/` and its size in pixels.
pub type Written = (String, (u32, u32));

/// Pixels per poster unit (CSS pixel).
pub const SCALE: f32 = 2.0;

/// The poster's own words in one language; `public_url` is where `dist/` is published.
pub fn poster_texts(lang: Lang, public_url: Option<&str>) -> PosterTexts {
    let page = |url: &str| {
        let base = if url.ends_with('/') {
            url.to_string()
        } else {
            format!("{url}/")
        };
        match lang {
            Lang::Zh => base,
            Lang::En => format!("{base}en/"),
        }
    };
    let (masthead, notes_heading, interactive) = match lang {
        Lang::Zh => ("一图读懂", "说明", "交互版"),
        Lang::En => ("The report in figures", "Notes", "Interactive version"),
    };
    let colon = match lang {
        Lang::Zh => "：",
        Lang::En => ": ",
    };
    PosterTexts {
        lang,
        // The graphic's own kind, not the source's name: the source supplied the report, not
        // the poster.
        masthead: masthead.to_string(),
        dateline: crate::share::dateline(lang),
        credit: credit_line(lang),
        notes_heading: notes_heading.to_string(),
        interactive: public_url
            .filter(|url| !url.trim().is_empty())
            .map(|url| format!("{interactive}{colon}{}", page(url.trim()))),
    }
}

/// A poster's slices in one language.
pub fn poster_slices(lang: Lang, public_url: Option<&str>) -> Result<Vec<Vec<Unit>>, String> {
    slices(poster_units(&REPORT, &poster_texts(lang, public_url))?)
}

/// A slice (or the whole poster) as an SVG document in the light theme.
pub fn slice_svg(slice: &[Unit], lang: Lang, first: bool, last: bool) -> Result<String, String> {
    let mut svg = svg::SvgWriter::new(slice_size(slice, first, last), lang);
    let style = ChartStyle {
        theme: theme::LIGHT,
        lang,
        scale: 1.0,
    };
    draw_slice(slice, first, &Backend::new(&mut svg).into_drawing_area(), &style)?;
    Ok(svg.document(""))
}

/// The text alternative of a poster's slices: per slice its file name, then its lines.
pub fn text_alternative(slices: &[Vec<Unit>], lang: Lang) -> String {
    let mut text = match lang {
        Lang::Zh => format!("{}（长图的文字说明，每张图一段）\n", REPORT.title.zh),
        Lang::En => format!(
            "{} (the long poster's text alternative, one part per image)\n",
            REPORT.title.en
        ),
    };
    for (index, slice) in slices.iter().enumerate() {
        text.push_str(&format!("\n[{}]\n", slice_name(lang, index)));
        for line in slice.iter().flat_map(|unit| &unit.alt) {
            text.push_str(line);
            text.push('\n');
        }
    }
    text
}

/// A slice's file name: `zh-01.png`, …
pub fn slice_name(lang: Lang, index: usize) -> String {
    format!("{}-{:02}.png", lang.code(), index + 1)
}

/// Writes both languages' posters under `dir/poster/`: each whole as SVG (`<lang>.svg`: as
/// a PNG at 2× it would be some 40,000 pixels tall, more than a platform takes, and 250 MB to
/// rasterise), its slices as PNG, on every core, and their text alternative; returns each
/// PNG's path and size.
pub fn write_posters(dir: &Path, public_url: Option<&str>) -> Result<Vec<Written>, String> {
    let fonts = fonts()?;
    let mut images = Vec::new();
    for lang in Lang::ALL {
        let slices = poster_slices(lang, public_url)?;
        let count = slices.len();
        let whole: Vec<Unit> = slices.iter().flatten().cloned().collect();
        let svg = slice_svg(&whole, lang, true, true)?;
        write_file(dir, &format!("poster/{}.svg", lang.code()), svg.as_bytes())?;
        write_file(
            dir,
            &format!("poster/poster.{}.txt", lang.code()),
            text_alternative(&slices, lang).as_bytes(),
        )?;
        for (index, slice) in slices.into_iter().enumerate() {
            images.push((lang, index, count, slice));
        }
    }
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = images.len().div_ceil(threads).max(1);
    let written = std::thread::scope(|scope| {
        let workers: Vec<_> = images
            .chunks(chunk)
            .map(|images| {
                let fonts = &fonts;
                scope.spawn(move || {
                    images
                        .iter()
                        .map(|(lang, index, count, slice)| {
                            let path = format!("poster/{}", slice_name(*lang, *index));
                            let (first, last) = (*index == 0, index + 1 == *count);
                            let image = slice_svg(slice, *lang, first, last)
                                .and_then(|svg| png_scaled(&svg, fonts, SCALE))
                                .map_err(|error| format!("{path}: {error}"))?;
                            write_file(dir, &path, &image)?;
                            let (width, height) = slice_size(slice, first, last);
                            let size = ((width as f32 * SCALE) as u32, (height as f32 * SCALE) as u32);
                            Ok((path, size))
                        })
                        .collect::<Result<Vec<_>, String>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|_| Err("a poster slice panicked".to_string()))
            })
            .collect::<Result<Vec<_>, String>>()
    })?;
    Ok(written.into_iter().flatten().collect())
}
