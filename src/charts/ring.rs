//! A part of a whole (341 good-air days of 365) as a ring, with a legend beside it.

use std::f64::consts::{FRAC_PI_2, TAU};

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::rows::fit_text;
use super::{ChartStyle, DrawResult, Mark};
use crate::data::Group;

const HEIGHT_CSS: f64 = 196.0;
/// Below this width the legend goes under the ring instead of beside it.
const STACK_BELOW_CSS: f64 = 360.0;
const STACKED_RING_CSS: f64 = 150.0;
const PAD_CSS: f64 = 8.0;
const INNER_RADIUS: f64 = 0.66;
const LEGEND_ROW_CSS: f64 = 44.0;

pub(super) fn height_css(width_css: f64) -> f64 {
    if width_css < STACK_BELOW_CSS {
        PAD_CSS * 3.0 + STACKED_RING_CSS + 2.0 * LEGEND_ROW_CSS
    } else {
        HEIGHT_CSS
    }
}

/// Points of a ring segment between two fractions of a turn, clockwise from 12 o'clock,
/// on the unit square (-1..1).
fn segment(from: f64, to: f64) -> Vec<(f64, f64)> {
    let steps = (((to - from) * 120.0).ceil() as usize).max(2);
    let at = |fraction: f64, radius: f64| {
        let angle = FRAC_PI_2 - fraction * TAU;
        (radius * angle.cos(), radius * angle.sin())
    };
    let outer = (0..=steps).map(|i| at(from + (to - from) * i as f64 / steps as f64, 1.0));
    let inner = (0..=steps)
        .rev()
        .map(|i| at(from + (to - from) * i as f64 / steps as f64, INNER_RADIUS));
    outer.chain(inner).collect()
}

pub(super) fn draw<DB: DrawingBackend>(
    group: &Group,
    area: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
) -> DrawResult<DB> {
    let [part, whole] = group.figures else {
        return Ok(Vec::new());
    };
    let (width, height) = area.dim_in_pixel();
    let (width, height) = (width as i32, height as i32);
    let pad = style.px(PAD_CSS).round() as i32;
    let row_height = style.px(LEGEND_ROW_CSS) as i32;
    let stacked = (width as f64) < style.px(STACK_BELOW_CSS);
    let (diameter, ring_left, ring_top, legend_left, legend_top) = if stacked {
        let diameter = (width - 2 * pad).min(style.px(STACKED_RING_CSS) as i32).max(2);
        let legend_top = pad + diameter + pad;
        (diameter, (width - diameter) / 2, pad, pad, legend_top)
    } else {
        let diameter = (height - 2 * pad).min(width * 2 / 5).max(2);
        let legend_left = pad + diameter + style.px(16.0) as i32;
        (
            diameter,
            pad,
            (height - diameter) / 2,
            legend_left,
            (height - 2 * row_height) / 2,
        )
    };
    let ring = area.apply_coord_spec(Cartesian2d::<RangedCoordf64, RangedCoordf64>::new(
        -1.0..1.0,
        -1.0..1.0,
        (ring_left..ring_left + diameter, ring_top..ring_top + diameter),
    ));
    let share = if whole.value > 0.0 {
        (part.value / whole.value).clamp(0.0, 1.0)
    } else {
        0.0
    };
    ring.draw(&Polygon::new(segment(share, 1.0), style.theme.track.filled()))?;
    ring.draw(&Polygon::new(segment(0.0, share), style.theme.bar.filled()))?;

    let centre = ring.map_coordinate(&(0.0, 0.0));
    let inner_width = (diameter as f64 * INNER_RADIUS * 0.9) as i32;
    // The largest of these sizes at which the value fits inside the ring.
    let value = part.display.get(style.lang);
    let mut big = style.bold(11.0);
    for size in [16.0, 14.0, 12.0] {
        let font = style.bold(size);
        if area.estimate_text_size(value, &font.clone().into())?.0 as i32 <= inner_width {
            big = font;
            break;
        }
    }
    // Only the part's reported value: a share computed here would be a number the report
    // does not state (the widget never shows derived numbers as reported).
    area.draw(&Text::new(
        fit_text(area, value, &big, inner_width)?,
        centre,
        big.color(&style.theme.text).pos(Pos::new(HPos::Center, VPos::Center)),
    ))?;

    let ring_box = [ring_left, ring_top, ring_left + diameter, ring_top + diameter];
    let legend_width = width - pad - legend_left;
    let swatch = style.px(12.0) as i32;
    let label_font = style.font(13.0);
    let value_font = style.bold(13.0);
    let mut marks = Vec::new();
    for (index, (figure, colour)) in [(*part, style.theme.bar), (*whole, style.theme.track)]
        .into_iter()
        .enumerate()
    {
        let top = legend_top + index as i32 * row_height;
        let label_y = top + row_height / 4;
        let value_y = top + row_height * 5 / 8;
        area.draw(&Rectangle::new(
            [
                (legend_left, label_y - swatch / 2),
                (legend_left + swatch, label_y + swatch / 2),
            ],
            colour.filled(),
        ))?;
        let text_left = legend_left + swatch + style.px(6.0) as i32;
        let text_width = legend_width - swatch - style.px(6.0) as i32;
        if text_width > 0 {
            area.draw(&Text::new(
                fit_text(area, figure.label.get(style.lang), &label_font, text_width)?,
                (text_left, label_y),
                label_font
                    .color(&style.theme.text)
                    .pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
            area.draw(&Text::new(
                fit_text(area, figure.display.get(style.lang), &value_font, text_width)?,
                (text_left, value_y),
                value_font
                    .color(&style.theme.text)
                    .pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
        marks.push(Mark {
            figure,
            shape: ring_box,
            target: [legend_left, top, width - pad, top + row_height],
        });
    }
    Ok(marks)
}
