//! A part of a whole (341 good-air days of 365) as a ring, with a legend beside it.

use std::f64::consts::{FRAC_PI_2, TAU};

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::text::wrap;
use super::{ChartStyle, Mark, PixelRect};
use crate::data::{Group, Lang};

const HEIGHT_CSS: f64 = 196.0;
/// Below this width the legend goes under the ring instead of beside it.
const STACK_BELOW_CSS: f64 = 360.0;
const STACKED_RING_CSS: f64 = 150.0;
const PAD_CSS: f64 = 8.0;
const INNER_RADIUS: f64 = 0.66;
const LABEL_CSS: f64 = 13.0;
const LINE_CSS: f64 = 17.0;
const VALUE_LINE_CSS: f64 = 20.0;
const LEGEND_GAP_CSS: f64 = 8.0;
const SWATCH_CSS: f64 = 12.0;
const SWATCH_GAP_CSS: f64 = 6.0;

/// Where the ring and its legend stand, in CSS pixels. Pure, so that the height a chart asks
/// for before it is drawn and the drawing itself agree.
struct RingPlace {
    diameter: f64,
    ring_left: f64,
    ring_top: f64,
    legend_left: f64,
    /// Each legend row's top and its label's lines.
    legend_rows: Vec<(f64, Vec<String>)>,
    height: f64,
}

fn place_ring(group: &Group, width_css: f64, lang: Lang) -> RingPlace {
    let stacked = width_css < STACK_BELOW_CSS;
    let diameter = if stacked {
        (width_css - 2.0 * PAD_CSS).clamp(2.0, STACKED_RING_CSS)
    } else {
        (HEIGHT_CSS - 2.0 * PAD_CSS).min(width_css * 2.0 / 5.0)
    };
    let legend_left = if stacked { PAD_CSS } else { PAD_CSS + diameter + 16.0 };
    let text_width = (width_css - PAD_CSS - legend_left - SWATCH_CSS - SWATCH_GAP_CSS).max(1.0);
    let lines: Vec<Vec<String>> = group
        .figures
        .iter()
        .map(|figure| wrap(figure.label.get(lang), text_width, LABEL_CSS))
        .collect();
    let row_height = |lines: &Vec<String>| lines.len() as f64 * LINE_CSS + VALUE_LINE_CSS + LEGEND_GAP_CSS;
    let legend_height: f64 = lines.iter().map(row_height).sum();
    let (ring_top, mut top, height) = if stacked {
        let legend_top = PAD_CSS + diameter + PAD_CSS;
        (PAD_CSS, legend_top, legend_top + legend_height + PAD_CSS)
    } else {
        let height = HEIGHT_CSS.max(legend_height + 2.0 * PAD_CSS);
        ((height - diameter) / 2.0, (height - legend_height) / 2.0, height)
    };
    let legend_rows = lines
        .into_iter()
        .map(|lines| {
            let row_top = top;
            top += row_height(&lines);
            (row_top, lines)
        })
        .collect();
    RingPlace {
        diameter,
        ring_left: if stacked { (width_css - diameter) / 2.0 } else { PAD_CSS },
        ring_top,
        legend_left,
        legend_rows,
        height,
    }
}

pub(super) fn height_css(group: &Group, width_css: f64, lang: Lang) -> f64 {
    place_ring(group, width_css, lang).height
}

/// Points of a ring segment between two fractions of a turn, clockwise from 12 o'clock,
/// on the unit square (-1..1) with y pointing down, as the drawing area's pixels do.
fn segment(from: f64, to: f64) -> Vec<(f64, f64)> {
    let steps = (((to - from) * 120.0).ceil() as usize).max(2);
    let at = |fraction: f64, radius: f64| {
        let (cos, sin) = cos_sin(FRAC_PI_2 - fraction * TAU);
        (radius * cos, -radius * sin)
    };
    let outer = (0..=steps).map(|i| at(from + (to - from) * i as f64 / steps as f64, 1.0));
    let inner = (0..=steps)
        .rev()
        .map(|i| at(from + (to - from) * i as f64 / steps as f64, INNER_RADIUS));
    outer.chain(inner).collect()
}

/// The cosine and sine of an angle. In the browser, its own: Rust's would bring libm's
/// trigonometry into the bundle (4.5 KB) for this one ring.
#[cfg(target_arch = "wasm32")]
fn cos_sin(angle: f64) -> (f64, f64) {
    (js_sys::Math::cos(angle), js_sys::Math::sin(angle))
}

#[cfg(not(target_arch = "wasm32"))]
fn cos_sin(angle: f64) -> (f64, f64) {
    (angle.cos(), angle.sin())
}

pub(super) fn draw<DB: DrawingBackend>(
    group: &Group,
    area: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
) -> DrawResult<Vec<Mark>, DB> {
    let [part, whole] = group.figures else {
        return Ok(Vec::new());
    };
    let (width, _) = area.dim_in_pixel();
    let place = place_ring(group, f64::from(width) / style.scale, style.lang);
    let px = |css: f64| style.px(css).round() as i32;
    let (diameter, ring_left, ring_top) = (px(place.diameter), px(place.ring_left), px(place.ring_top));
    let ring = ring_square(area, [ring_left, ring_top, ring_left + diameter, ring_top + diameter]);
    let share = if whole.value > 0.0 {
        (part.value / whole.value).clamp(0.0, 1.0)
    } else {
        0.0
    };
    ring.draw(&Polygon::new(segment(share, 1.0), style.theme.track.filled()))?;
    ring.draw(&Polygon::new(segment(0.0, share), style.theme.bar.filled()))?;
    draw_centre_value(
        area,
        style,
        part.display.get(style.lang),
        (ring_left + diameter / 2, ring_top + diameter / 2),
        diameter,
    )?;

    let ring_box = [ring_left, ring_top, ring_left + diameter, ring_top + diameter];
    let legend_left = px(place.legend_left);
    let text_left = px(place.legend_left + SWATCH_CSS + SWATCH_GAP_CSS);
    let (label_font, value_font) = (style.font(LABEL_CSS), style.bold(LABEL_CSS));
    let mut marks = Vec::new();
    for ((figure, colour), (top, lines)) in [(*part, style.theme.bar), (*whole, style.theme.track)]
        .into_iter()
        .zip(&place.legend_rows)
    {
        let top = *top;
        let first_line = px(top + LINE_CSS / 2.0);
        let swatch = px(SWATCH_CSS) / 2;
        area.draw(&Rectangle::new(
            [
                (legend_left, first_line - swatch),
                (legend_left + 2 * swatch, first_line + swatch),
            ],
            colour.filled(),
        ))?;
        let label_style = label_font
            .color(&style.theme.text)
            .pos(Pos::new(HPos::Left, VPos::Center));
        for (index, line) in lines.iter().enumerate() {
            let middle = px(top + (index as f64 + 0.5) * LINE_CSS);
            area.draw(&Text::new(line.as_str(), (text_left, middle), label_style.clone()))?;
        }
        let value_middle = px(top + lines.len() as f64 * LINE_CSS + VALUE_LINE_CSS / 2.0);
        area.draw(&Text::new(
            figure.display.get(style.lang),
            (text_left, value_middle),
            value_font
                .color(&style.theme.text)
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        let bottom = px(top + lines.len() as f64 * LINE_CSS + VALUE_LINE_CSS);
        marks.push(Mark {
            figure,
            shape: ring_box,
            target: [legend_left, px(top), width as i32 - px(PAD_CSS), bottom],
        });
    }
    Ok(marks)
}

/// The part's reported value inside the ring, at the largest size that fits. Only the
/// reported value: a share computed here would be a number the report does not state.
/// The ring's own coordinates, -1..1 both ways, over its square (in the area's pixels).
fn ring_square<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    [left, top, right, bottom]: PixelRect,
) -> DrawingArea<DB, Cartesian2d<RangedCoordf64, RangedCoordf64>> {
    // A coordinate spec maps to the backend's pixels, not the area's: offset it by the area's
    // place (under the title of a saved file, inside a share card).
    let (x, y) = area.get_base_pixel();
    area.apply_coord_spec(Cartesian2d::<RangedCoordf64, RangedCoordf64>::new(
        -1.0..1.0,
        -1.0..1.0,
        (x + left..x + right, y + top..y + bottom),
    ))
}

fn draw_centre_value<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
    value: &str,
    centre: (i32, i32),
    diameter: i32,
) -> DrawResult<(), DB> {
    let inner_width = (f64::from(diameter) * INNER_RADIUS * 0.9) as i32;
    let mut font = style.bold(10.0);
    for size in [16.0, 14.0, 12.0] {
        let candidate = style.bold(size);
        if area.estimate_text_size(value, &candidate.clone().into())?.0 as i32 <= inner_width {
            font = candidate;
            break;
        }
    }
    area.draw(&Text::new(
        value,
        centre,
        font.color(&style.theme.text).pos(Pos::new(HPos::Center, VPos::Center)),
    ))?;
    Ok(())
}
