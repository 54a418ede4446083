//! The row layout shared by the bar-like charts: each figure gets a row with its label on
//! top and a bar below, whose length is proportional to the value from zero. The value,
//! formatted with its qualifier, stands at the bar's outer end.

use std::ops::Range;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{ChartStyle, DrawResult, Mark, PixelRect};
use crate::data::{Figure, Group};

const ROW_CSS: f64 = 52.0;
const PAD_CSS: f64 = 8.0;
const LABEL_CSS: f64 = 13.0;
const VALUE_CSS: f64 = 13.0;
/// Vertical placement inside a row, in row units (0 = top of the row, 1 = top of the next).
const LABEL_MIDDLE: f64 = 0.22;
const BAR_TOP: f64 = 0.42;
const BAR_BOTTOM: f64 = 0.80;

pub(super) fn height_css(rows: usize) -> f64 {
    rows as f64 * ROW_CSS + 2.0 * PAD_CSS
}

/// One row: a figure and the signed length of its bar.
pub(super) struct Row {
    pub figure: &'static Figure,
    pub value: f64,
    pub colour: RGBColor,
}

/// A row per figure of the group, each as long as its value, in one colour.
pub(super) fn rows_of(group: &Group, colour: RGBColor) -> Vec<Row> {
    group
        .figures
        .iter()
        .map(|&figure| Row {
            figure,
            value: figure.value,
            colour,
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Align {
    /// Bars grow rightwards from a common zero on the left.
    Start,
    /// Bars are centred on one axis (a funnel).
    Centre,
    /// Bars grow left or right from a zero line, by the sign of their value.
    Diverging,
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Connector {
    None,
    /// Shaded trapezoids joining consecutive bars.
    Funnel,
    /// A line stepping down from each bar's end to the next.
    Steps,
}

type Plot<DB> = DrawingArea<DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

pub(super) fn draw_rows<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
    rows: &[Row],
    align: Align,
    connector: Connector,
) -> DrawResult<DB> {
    let (width, height) = area.dim_in_pixel();
    let pad = style.px(PAD_CSS).round() as i32;
    let (left, right) = (pad, width as i32 - pad);
    let (top, bottom) = (pad, height as i32 - pad);
    if rows.is_empty() || right - left < 2 || bottom - top < 2 {
        return Ok(Vec::new());
    }
    let value_font = style.bold(VALUE_CSS);
    let label_font = style.font(LABEL_CSS);
    let gap = style.px(6.0).round() as i32;
    let texts: Vec<&str> = rows.iter().map(|row| row.figure.display.get(style.lang)).collect();
    let widest_text = texts
        .iter()
        .map(|text| {
            area.estimate_text_size(text, &value_font.clone().into())
                .map(|(w, _)| w as i32)
        })
        .try_fold(0, |widest, width| width.map(|w| widest.max(w)))?;

    let largest = rows.iter().map(|row| row.value.abs()).fold(0.0_f64, f64::max);
    let largest = if largest > 0.0 { largest } else { 1.0 };
    let lowest = rows.iter().map(|row| row.value).fold(0.0_f64, f64::min);
    let highest = rows.iter().map(|row| row.value).fold(0.0_f64, f64::max);
    let x_range: Range<f64> = match align {
        Align::Start => 0.0..largest,
        Align::Centre => -largest / 2.0..largest / 2.0,
        Align::Diverging if lowest < 0.0 && highest > 0.0 => lowest..highest,
        Align::Diverging if lowest < 0.0 => lowest..0.0,
        Align::Diverging => 0.0..highest.max(f64::MIN_POSITIVE),
    };
    // Room for the value text beyond the longest bar, but always 40% of the width for bars.
    let available = right - left;
    let room = (widest_text + gap).min(available * 6 / 10);
    let (bars_left, bars_right) = match align {
        Align::Start => (left, right - room),
        Align::Centre => (left + room / 2, right - room / 2),
        Align::Diverging => (
            if x_range.start < 0.0 { left + room } else { left },
            if x_range.end > 0.0 { right - room } else { right },
        ),
    };
    let row_count = rows.len() as f64;
    let plot: Plot<DB> = area.apply_coord_spec(Cartesian2d::<RangedCoordf64, RangedCoordf64>::new(
        x_range.clone(),
        0.0..row_count,
        (bars_left..bars_right, top..bottom),
    ));

    // A zero line where bars meet or end at it; bars that all start at the left edge need none.
    if align == Align::Diverging && x_range.start < 0.0 {
        let zero_top = plot.map_coordinate(&(0.0, 0.0));
        let zero_bottom = plot.map_coordinate(&(0.0, row_count));
        let stroke = style.px(1.0).max(1.0) as u32;
        area.draw(&PathElement::new(
            vec![zero_top, zero_bottom],
            style.theme.muted.stroke_width(stroke),
        ))?;
    }
    draw_connectors(&plot, style, rows, align, connector)?;

    // Bars first, then every label, then every value: a canvas switches fonts at a cost, so
    // text is drawn one font at a time.
    let mut marks = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        let y = index as f64;
        let (start, end) = bar_extent(align, row.value);
        let corner_a = plot.map_coordinate(&(start, y + BAR_TOP));
        let mut corner_b = plot.map_coordinate(&(end, y + BAR_BOTTOM));
        // A tiny but non-zero value still shows a sliver of bar.
        let min_len = style.px(2.0).round() as i32;
        if row.value != 0.0 && (corner_b.0 - corner_a.0).abs() < min_len {
            corner_b.0 = corner_a.0 + if row.value < 0.0 { -min_len } else { min_len };
        }
        let shape = normalise([corner_a.0, corner_a.1, corner_b.0, corner_b.1]);
        area.draw(&Rectangle::new(
            [(shape[0], shape[1]), (shape[2], shape[3])],
            row.colour.filled(),
        ))?;
        let row_top = plot.map_coordinate(&(0.0, y)).1;
        let row_bottom = plot.map_coordinate(&(0.0, y + 1.0)).1;
        marks.push(Mark {
            figure: row.figure,
            shape,
            target: [left, row_top, right, row_bottom],
        });
    }
    for (index, row) in rows.iter().enumerate() {
        let label_y = plot.map_coordinate(&(0.0, index as f64 + LABEL_MIDDLE)).1;
        let label = fit_text(area, row.figure.label.get(style.lang), &label_font, available)?;
        let label_style = label_font
            .color(&style.theme.text)
            .pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(label, (left, label_y), label_style))?;
    }
    for ((row, text), mark) in rows.iter().zip(&texts).zip(&marks) {
        draw_value(area, style, text, &value_font, &mark.shape, row, (left, right), gap)?;
    }
    Ok(marks)
}

/// Where a bar starts and ends on the value axis.
fn bar_extent(align: Align, value: f64) -> (f64, f64) {
    match align {
        Align::Centre => (-value / 2.0, value / 2.0),
        Align::Start | Align::Diverging => (0.0, value),
    }
}

/// The value text at the bar's outer end; inside the bar when there is no room outside.
#[allow(clippy::too_many_arguments)]
fn draw_value<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
    text: &str,
    font: &FontDesc<'static>,
    shape: &PixelRect,
    row: &Row,
    (left, right): (i32, i32),
    gap: i32,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (text_width, _) = area.estimate_text_size(text, &font.clone().into())?;
    let text_width = text_width as i32;
    let middle = (shape[1] + shape[3]) / 2;
    let leftwards = row.value < 0.0;
    let (outside_x, fits_outside) = if leftwards {
        (shape[0] - gap, shape[0] - gap - text_width >= left)
    } else {
        (shape[2] + gap, shape[2] + gap + text_width <= right)
    };
    let fits_inside = text_width + 2 * gap <= shape[2] - shape[0];
    let (x, anchor, colour) = if fits_outside {
        (
            outside_x,
            if leftwards { HPos::Right } else { HPos::Left },
            style.theme.text,
        )
    } else if fits_inside && leftwards {
        (shape[0] + gap, HPos::Left, style.theme.on_bar)
    } else if fits_inside {
        (shape[2] - gap, HPos::Right, style.theme.on_bar)
    } else {
        // Neither beside nor inside the bar: on a patch of background at the chart's edge.
        let (x, anchor) = if leftwards {
            (left, HPos::Left)
        } else {
            (right, HPos::Right)
        };
        let patch_left = if leftwards { left } else { right - text_width };
        let half = (shape[3] - shape[1]) / 2;
        area.draw(&Rectangle::new(
            [
                (patch_left - gap / 2, middle - half),
                (patch_left + text_width + gap / 2, middle + half),
            ],
            style.theme.background.filled(),
        ))?;
        (x, anchor, style.theme.text)
    };
    area.draw(&Text::new(
        text.to_string(),
        (x, middle),
        font.color(&colour).pos(Pos::new(anchor, VPos::Center)),
    ))?;
    Ok(())
}

fn draw_connectors<DB: DrawingBackend>(
    plot: &Plot<DB>,
    style: &ChartStyle,
    rows: &[Row],
    align: Align,
    connector: Connector,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    for (index, pair) in rows.windows(2).enumerate() {
        let y = index as f64;
        let (a_start, a_end) = bar_extent(align, pair[0].value);
        let (b_start, b_end) = bar_extent(align, pair[1].value);
        match connector {
            Connector::None => {}
            Connector::Funnel => {
                let points = vec![
                    (a_start, y + BAR_BOTTOM),
                    (a_end, y + BAR_BOTTOM),
                    (b_end, y + 1.0 + BAR_TOP),
                    (b_start, y + 1.0 + BAR_TOP),
                ];
                plot.draw(&Polygon::new(points, style.theme.track.filled()))?;
            }
            Connector::Steps => {
                let stroke = style.px(1.5).max(1.0) as u32;
                let points = vec![
                    (a_end, y + BAR_BOTTOM),
                    (a_end, y + 1.0 + (BAR_TOP + BAR_BOTTOM) / 2.0),
                    (b_end, y + 1.0 + (BAR_TOP + BAR_BOTTOM) / 2.0),
                ];
                plot.draw(&PathElement::new(points, style.theme.muted.stroke_width(stroke)))?;
            }
        }
    }
    Ok(())
}

fn normalise([x0, y0, x1, y1]: PixelRect) -> PixelRect {
    [x0.min(x1), y0.min(y1), x0.max(x1), y0.max(y1)]
}

/// The text, shortened with an ellipsis to fit a width in backend pixels.
pub(super) fn fit_text<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    font: &FontDesc<'static>,
    max_width: i32,
) -> Result<String, DrawingAreaErrorKind<DB::ErrorType>> {
    let fits = |candidate: &str| -> Result<bool, DrawingAreaErrorKind<DB::ErrorType>> {
        Ok(area.estimate_text_size(candidate, &font.clone().into())?.0 as i32 <= max_width)
    };
    if fits(text)? {
        return Ok(text.to_string());
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut shortest, mut longest) = (0, chars.len());
    while shortest < longest {
        let middle = (shortest + longest).div_ceil(2);
        let candidate: String = chars[..middle].iter().chain(['…'].iter()).collect();
        if fits(&candidate)? {
            shortest = middle;
        } else {
            longest = middle - 1;
        }
    }
    Ok(chars[..shortest].iter().chain(['…'].iter()).collect())
}
