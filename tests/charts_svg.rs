//! Every chart drawn natively to SVG through the same functions the browser uses on canvas.

use plotters::prelude::*;
use report_infographic::charts::{self, theme, ChartStyle, Mark};
use report_infographic::components::credit_line;
use report_infographic::data::{ChartKind, Figure, Group, Lang, Qualifier, REPORT};

#[path = "support/svg_text.rs"]
mod svg_text;
use svg_text::{text_runs, unescape};

fn chart_groups() -> impl Iterator<Item = &'static Group> {
    REPORT
        .sections
        .iter()
        .flat_map(|section| section.groups.iter())
        .filter(|group| charts::has_canvas(group.chart))
}

/// The report's first chart of a kind whose figures all pass `which` (every report has bars;
/// the tests of other kinds run where the report has them).
fn first_chart(kind: ChartKind, which: fn(&Figure) -> bool) -> Option<&'static Group> {
    chart_groups().find(|group| group.chart == kind && group.figures.iter().all(|figure| which(figure)))
}

fn bars() -> &'static Group {
    first_chart(ChartKind::Bars, |_| true).expect("the report has a bar chart")
}

/// Draws a group at a CSS width and device scale; returns the SVG text and the marks.
fn draw_svg(group: &Group, width_css: f64, scale: f64, lang: Lang, dark: bool) -> (String, Vec<Mark>, (u32, u32)) {
    let size = (
        (width_css * scale) as u32,
        (charts::height_css(group, width_css, lang) * scale) as u32,
    );
    let mut svg = String::new();
    let marks = {
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        let style = ChartStyle {
            theme: theme::Theme::for_dark(dark),
            lang,
            scale,
        };
        let marks = charts::draw(group, &area, &style).expect("drawing to SVG cannot fail");
        area.present().unwrap();
        marks
    };
    (svg, marks, size)
}

#[test]
fn every_chart_draws_one_mark_per_figure_inside_its_area() {
    for group in chart_groups() {
        for (width, scale) in [(320.0, 1.0), (375.0, 2.0), (640.0, 1.0), (1440.0 / 3.0, 3.0)] {
            for lang in Lang::ALL {
                let (_, marks, (w, h)) = draw_svg(group, width, scale, lang, false);
                let drawn: Vec<&str> = marks.iter().map(|mark| mark.figure.id).collect();
                let expected: Vec<&str> = group.figures.iter().map(|figure| figure.id).collect();
                assert_eq!(drawn, expected, "group `{}` at {width}px ×{scale}", group.id);
                for mark in &marks {
                    for rect in [mark.shape, mark.target] {
                        assert!(
                            rect[0] >= 0
                                && rect[1] >= 0
                                && rect[2] <= w as i32
                                && rect[3] <= h as i32
                                && rect[0] <= rect[2]
                                && rect[1] <= rect[3],
                            "group `{}` figure `{}` drawn outside its {w}×{h} area: {rect:?}",
                            group.id,
                            mark.figure.id
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn values_are_labelled_with_their_qualifiers() {
    for group in chart_groups() {
        for lang in Lang::ALL {
            let (svg, _, _) = draw_svg(group, 640.0, 1.0, lang, false);
            let svg = unescape(&svg);
            for figure in group.figures {
                let value = figure.display.get(lang);
                assert!(svg.contains(value), "group `{}` shows `{value}` ({lang:?})", group.id);
            }
        }
    }
}

#[test]
fn bars_start_at_zero_and_are_proportional() {
    for group in chart_groups().filter(|group| group.chart == ChartKind::Bars) {
        let (_, marks, _) = draw_svg(group, 800.0, 1.0, Lang::Zh, false);
        let zero = marks[0].shape[0];
        let largest = marks
            .iter()
            .max_by(|a, b| a.figure.value.total_cmp(&b.figure.value))
            .unwrap();
        let per_unit = (largest.shape[2] - zero) as f64 / largest.figure.value;
        for mark in &marks {
            assert_eq!(mark.shape[0], zero, "group `{}`: every bar starts at zero", group.id);
            let expected = mark.figure.value * per_unit;
            let length = (mark.shape[2] - zero) as f64;
            assert!(
                (length - expected).abs() <= 2.0_f64.max(expected * 0.01),
                "group `{}` figure `{}`: length {length} for value {} (expected {expected})",
                group.id,
                mark.figure.id,
                mark.figure.value
            );
        }
    }
}

#[test]
fn declines_point_left_of_zero_and_growth_right() {
    if let Some(declines) = first_chart(ChartKind::Change, |figure| figure.qualifier == Qualifier::Decline) {
        let (_, marks, _) = draw_svg(declines, 640.0, 1.0, Lang::Zh, false);
        let zero = marks.iter().map(|mark| mark.shape[2]).max().unwrap();
        assert!(
            marks.iter().all(|mark| mark.shape[2] == zero && mark.shape[0] < zero),
            "declines end at a common zero on the right"
        );
    }
    if let Some(growth) = first_chart(ChartKind::Change, |figure| figure.qualifier == Qualifier::Growth) {
        let (_, marks, _) = draw_svg(growth, 640.0, 1.0, Lang::Zh, false);
        let zero = marks[0].shape[0];
        assert!(marks.iter().all(|mark| mark.shape[0] == zero && mark.shape[2] > zero));
    }
}

#[test]
fn scale_multiplies_the_drawing() {
    let group = bars();
    let (svg_one, one, _) = draw_svg(group, 400.0, 1.0, Lang::Zh, false);
    let (svg_two, two, _) = draw_svg(group, 400.0, 2.0, Lang::Zh, false);
    for (a, b) in one.iter().zip(&two) {
        let (wa, wb) = (a.shape[2] - a.shape[0], b.shape[2] - b.shape[0]);
        assert!(
            (wb - 2 * wa).abs() <= 4,
            "bar widths scale with the device: {wa} → {wb}"
        );
    }
    let font_size = |svg: &str| -> f64 {
        let start = svg.find("font-size=\"").expect("text is drawn") + "font-size=\"".len();
        svg[start..].split('"').next().unwrap().parse().unwrap()
    };
    let (small, large) = (font_size(&svg_one), font_size(&svg_two));
    assert!(
        (large / small - 2.0).abs() < 1e-9,
        "fonts scale with the device: {small} → {large}"
    );
}

#[test]
fn dark_theme_draws_on_a_dark_background() {
    let group = bars();
    let (light, _, _) = draw_svg(group, 400.0, 1.0, Lang::Zh, false);
    let (dark, _, _) = draw_svg(group, 400.0, 1.0, Lang::Zh, true);
    assert!(light.contains("#FFFFFF") && dark.contains("#181A1F"));
}

#[test]
fn a_too_narrow_area_draws_no_marks() {
    let group = bars();
    let (_, marks, _) = draw_svg(group, 80.0, 1.0, Lang::Zh, false);
    assert!(marks.is_empty());
}

#[test]
fn every_figure_appears_on_screen() {
    // Number cards (the lead's, the tiles', a part of a whole's), each with its change stated
    // beside it.
    let cards = REPORT
        .sections
        .iter()
        .flat_map(|section| section.groups.iter())
        .filter(|group| !charts::has_canvas(group.chart))
        .flat_map(|group| group.figures.iter())
        .chain(REPORT.headline);
    let mut shown: Vec<&str> = cards
        .flat_map(|figure| std::iter::once(figure.id).chain(figure.change.map(|change| change.id)))
        .collect();
    for group in chart_groups() {
        let (_, marks, _) = draw_svg(group, 375.0, 2.0, Lang::Zh, false);
        shown.extend(marks.iter().map(|mark| mark.figure.id));
    }
    let missing: Vec<&str> = REPORT
        .figures()
        .map(|figure| figure.id)
        .filter(|id| !shown.contains(id))
        .collect();
    assert!(missing.is_empty(), "figures on no chart and no tile: {missing:?}");
}

#[test]
fn hit_testing_finds_each_figure_where_it_was_drawn() {
    for group in chart_groups() {
        let (_, marks, _) = draw_svg(group, 640.0, 2.0, Lang::Zh, false);
        for (index, mark) in marks.iter().enumerate() {
            let [left, top, right, bottom] = mark.target;
            let centre = ((left + right) / 2, (top + bottom) / 2);
            let hit = charts::hit_test(&marks, centre).expect("a mark's target centre hits a mark");
            assert_eq!(
                hit, index,
                "group `{}`: the centre of `{}`'s target hits it",
                group.id, mark.figure.id
            );
            let [left, top, right, bottom] = mark.shape;
            assert!(charts::hit_test(&marks, ((left + right) / 2, (top + bottom) / 2)).is_some());
        }
        assert_eq!(charts::hit_test(&marks, (-5, -5)), None, "outside every mark");
    }
}

/// The text of every `<text>` element of an SVG, in drawing order.
fn texts_of(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|element| {
            let content = &element[element.find('>')? + 1..];
            Some(unescape(content[..content.find("</text>")?].trim()))
        })
        .collect()
}

#[test]
fn labels_wrap_whole_at_every_width_and_are_never_cut() {
    let squeeze = |text: &str| text.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    for group in chart_groups() {
        for width in [280.0, 320.0, 375.0, 480.0, 640.0, 800.0, 1200.0] {
            for lang in Lang::ALL {
                let (svg, _, _) = draw_svg(group, width, 1.0, lang, false);
                let texts = texts_of(&svg);
                assert!(
                    texts.iter().all(|text| !text.contains('…')),
                    "group `{}` at {width} px ({lang:?}) cuts a label: {texts:?}",
                    group.id
                );
                let all = squeeze(&texts.concat());
                for figure in group.figures {
                    assert!(
                        all.contains(&squeeze(figure.label.get(lang))),
                        "group `{}` at {width} px ({lang:?}) shows `{}` whole: {texts:?}",
                        group.id,
                        figure.label.get(lang)
                    );
                }
                for text in &texts {
                    assert!(
                        charts::text::estimated_width(text, 13.0) <= width - 16.0,
                        "group `{}` at {width} px: `{text}` is wider than the chart",
                        group.id
                    );
                }
            }
        }
    }
}

#[path = "charts_svg/files.rs"]
mod files;
