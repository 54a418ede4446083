//! The SVG a chart becomes outside the page: the static first paint's, the exported file's,
//! and the share images'.
use super::*;

#[test]
fn the_static_svg_holds_every_value_and_takes_its_colours_from_the_page() {
    for group in chart_groups() {
        for layout_width in charts::LAYOUT_WIDTHS_CSS {
            for lang in Lang::ALL {
                let svg = charts::static_svg(group, lang, layout_width, " class=\"x\"").expect("draws");
                let height = charts::height_css(group, layout_width, lang);
                assert!(
                    svg.starts_with(&format!(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {layout_width} {height}\""
                    )),
                    "{}",
                    &svg[..120]
                );
                assert!(
                    !svg.contains('#'),
                    "group `{}`: colours are classes, not fixed: {svg}",
                    group.id
                );
                assert!(svg.contains("class=\"qsh-fill-background\""));
                let texts = texts_of(&svg).concat();
                for figure in group.figures {
                    assert!(
                        texts.contains(figure.display.get(lang)),
                        "group `{}` at {layout_width} ({lang:?}) shows {}",
                        group.id,
                        figure.display.get(lang)
                    );
                }
            }
        }
    }
}

#[test]
fn each_frame_width_has_one_layout_width_within_a_fifth_of_it() {
    assert_eq!(charts::layout_width_css(200.0), 240.0);
    assert_eq!(charts::layout_width_css(299.9), 240.0);
    assert_eq!(charts::layout_width_css(300.0), 300.0);
    assert_eq!(charts::layout_width_css(1000.0), 540.0);
    for frame in (240..=620).map(f64::from) {
        let scale = frame / charts::layout_width_css(frame);
        assert!((1.0..1.26).contains(&scale), "frame {frame}: scale {scale}");
    }
}

#[test]
fn the_svg_file_carries_title_values_and_source_in_print_colours() {
    let group = bars();
    for lang in Lang::ALL {
        let svg = charts::svg_file(group, lang, 360.0, "Source: test").expect("draws");
        let texts = texts_of(&svg).concat();
        let squeezed = |text: &str| text.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        assert!(
            squeezed(&texts).contains(&squeezed(group.title.get(lang))),
            "the title, wrapped"
        );
        assert!(texts.contains("Source: test"));
        for figure in group.figures {
            assert!(texts.contains(figure.display.get(lang)), "{}", figure.display.get(lang));
        }
        assert!(!svg.contains("class=\"qsh-"), "a file carries its own colours");
        assert!(svg.contains("fill=\"#0072b2\""), "light theme's bars");
    }
}

/// The points of every `<polygon>` filled with a colour, in drawing order.
fn polygons_filled(svg: &str, colour: RGBColor) -> Vec<Vec<(f64, f64)>> {
    let fill = format!("fill=\"#{:02X}{:02X}{:02X}\"", colour.0, colour.1, colour.2);
    svg.split("<polygon")
        .skip(1)
        .filter(|element| {
            element
                .split("/>")
                .next()
                .is_some_and(|attributes| attributes.contains(&fill))
        })
        .map(|element| {
            let points = element
                .split("points=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap_or("");
            points
                .split_whitespace()
                .filter_map(|point| {
                    let (x, y) = point.split_once(',')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect()
        })
        .collect()
}

#[test]
fn no_text_of_an_exported_file_runs_past_its_width() {
    for group in chart_groups() {
        for lang in Lang::ALL {
            for layout in charts::LAYOUT_WIDTHS_CSS {
                let source = credit_line(lang);
                let svg = charts::svg_file(group, lang, layout, &source).expect("draws");
                let runs = text_runs(&svg);
                assert!(
                    runs.len() > group.figures.len(),
                    "`{}`: title, labels and credit read",
                    group.id
                );
                for (x, size, anchor, text) in runs {
                    let width = charts::text::estimated_width(&text, size);
                    let (left, right) = match anchor.as_str() {
                        "end" => (x - width, x),
                        "middle" => (x - width / 2.0, x + width / 2.0),
                        _ => (x, x + width),
                    };
                    assert!(
                        left >= -0.5 && right <= layout + 0.5,
                        "`{}` ({lang:?}, {layout} px): \"{text}\" spans {left:.1}–{right:.1}",
                        group.id
                    );
                }
                let credit: String = texts_of(&svg).concat().chars().filter(|c| !c.is_whitespace()).collect();
                let whole: String = source.chars().filter(|c| !c.is_whitespace()).collect();
                assert!(credit.contains(&whole), "the whole credit, wrapped: {source}");
            }
        }
    }
}

#[test]
fn a_chart_drawn_below_something_else_is_the_same_chart_moved() {
    // A saved file draws the chart under its title, and a share card inside its frame: every
    // shape must be placed from the area's origin, not the backend's.
    let (left, top) = (30, 100);
    let shapes = |group: &Group, (left, top): (i32, i32)| {
        let (width, height) = (360, charts::height_css(group, 360.0, Lang::En).round() as u32);
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (width + 60, height + 200)).into_drawing_area();
            let area = root.clone().shrink((left, top), (width, height));
            let style = ChartStyle {
                theme: theme::LIGHT,
                lang: Lang::En,
                scale: 1.0,
            };
            charts::draw(group, &area, &style).expect("draws");
            root.present().unwrap();
        }
        let moved = |(x, y): (f64, f64)| (x - f64::from(left), y - f64::from(top));
        let polygons: Vec<Vec<(f64, f64)>> = [theme::LIGHT.bar, theme::LIGHT.track]
            .into_iter()
            .flat_map(|colour| polygons_filled(&svg, colour))
            .map(|points| points.into_iter().map(moved).collect())
            .collect();
        let texts: Vec<(f64, String)> = text_runs(&svg)
            .into_iter()
            .map(|(x, _, _, text)| (x - f64::from(left), text))
            .collect();
        (polygons, texts)
    };
    for group in chart_groups() {
        assert_eq!(shapes(group, (0, 0)), shapes(group, (left, top)), "`{}`", group.id);
    }
}

// The share images are drawn natively, at build time (src/share.rs).
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn every_share_card_keeps_its_texts_whole_and_inside_the_picture() {
    use report_infographic::charts::share_card::{ShareContent, SHARE_SIZE, SQUARE_SIZE};
    use report_infographic::share::{card_svg, share_cards};
    let cards = share_cards();
    let groups = chart_groups().count();
    assert!(
        cards.len() >= 2 * (1 + groups),
        "a page card and one per chart, in both languages"
    );
    for (path, card) in cards {
        let svg = card_svg(&card).expect("draws");
        let runs = text_runs(&svg);
        for (x, size, anchor, text) in &runs {
            let width = charts::text::estimated_width(text, *size);
            let (left, right) = match anchor.as_str() {
                "end" => (x - width, *x),
                "middle" => (x - width / 2.0, x + width / 2.0),
                _ => (*x, x + width),
            };
            assert!(
                left >= -0.5 && right <= f64::from(SHARE_SIZE.0) + 0.5,
                "{path}: \"{text}\" spans {left:.1}–{right:.1}"
            );
            assert!(!text.ends_with('…'), "{path}: \"{text}\" is cut");
        }
        let all_text: String = runs.iter().map(|run| run.3.replace(' ', "")).collect();
        assert!(
            all_text.contains(&card.title.replace(' ', "")),
            "{path}: the whole title"
        );
        assert!(
            all_text.contains(&card.credit.replace(' ', "")),
            "{path}: the whole credit"
        );
        let figures = match card.content {
            ShareContent::Group(group) => group.figures,
            ShareContent::Figures(figures) => figures,
        };
        let shown = figures
            .iter()
            .filter(|figure| all_text.contains(&figure.display.get(card.lang).replace(' ', "")))
            .count();
        match card.content {
            ShareContent::Group(_) => assert_eq!(shown, figures.len(), "{path}: every figure of the card"),
            ShareContent::Figures(_) if card.size == SQUARE_SIZE => assert!(shown >= 1, "{path}: the lead figure"),
            ShareContent::Figures(_) => assert!(shown >= figures.len().min(4), "{path}: four headline figures or all"),
        }
    }
}

// The share images are drawn natively, at build time (src/share.rs).
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn a_share_image_is_a_1200_by_630_png() {
    use report_infographic::share::{card_svg, fonts, png, share_cards};
    let (_, card) = &share_cards()[0];
    let image = png(
        &card_svg(card).expect("draws"),
        &fonts().expect("the set-up installs the CJK font"),
    )
    .expect("renders");
    assert_eq!(&image[..8], b"\x89PNG\r\n\x1a\n");
    let dimension = |at: usize| u32::from_be_bytes(image[at..at + 4].try_into().unwrap());
    assert_eq!((dimension(16), dimension(20)), (1200, 630), "IHDR width and height");
}
