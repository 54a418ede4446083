//! The row layout of the bar charts: each figure gets a row with its label on top, wrapped to
//! as many lines as it needs, and a bar below whose length is proportional to the value from
//! zero. The value, formatted with its qualifier, stands at the bar's outer end.

use std::ops::Range;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::text::wrap;
use super::value_text::{draw_value, Frame, ValueText};
use super::{ChartStyle, Mark, PixelRect};
use crate::data::{Figure, Group, Lang, Status};

/// Sizes in CSS pixels.
const PAD_CSS: f64 = 8.0;
const LABEL_CSS: f64 = 13.0;
const VALUE_CSS: f64 = 13.0;
const LINE_CSS: f64 = 17.0;
/// From the row's top to its first label line, from the last line to the bar, the bar itself
/// and the space below it.
const ROW_TOP_CSS: f64 = 2.0;
const LABEL_GAP_CSS: f64 = 3.0;
const BAR_CSS: f64 = 20.0;
const ROW_GAP_CSS: f64 = 10.0;

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
    /// Bars grow left or right from a zero line, by the sign of their value.
    Diverging,
}

/// Where a row's parts stand, in CSS pixels from the top of the chart.
struct RowPlace {
    top: f64,
    label_lines: Vec<String>,
    bar_top: f64,
    bottom: f64,
}

/// The rows' vertical layout at a width, in CSS pixels. Pure, so that the height a chart asks
/// for before it is drawn and the drawing itself agree.
fn place_rows(figures: &[&Figure], lang: Lang, width_css: f64) -> Vec<RowPlace> {
    let label_width = (width_css - 2.0 * PAD_CSS).max(1.0);
    let mut top = PAD_CSS;
    figures
        .iter()
        .map(|figure| {
            let label_lines = wrap(figure.label.get(lang), label_width, LABEL_CSS);
            let bar_top = top + ROW_TOP_CSS + label_lines.len() as f64 * LINE_CSS + LABEL_GAP_CSS;
            let bottom = bar_top + BAR_CSS + ROW_GAP_CSS;
            let place = RowPlace {
                top,
                label_lines,
                bar_top,
                bottom,
            };
            top = bottom;
            place
        })
        .collect()
}

pub(super) fn height_css(group: &Group, width_css: f64, lang: Lang) -> f64 {
    let rows = place_rows(group.figures, lang, width_css);
    rows.last().map_or(0.0, |last| last.bottom) + PAD_CSS
}

/// The value axis: from zero to the largest value, or across zero for diverging bars.
fn value_axis(rows: &[Row], align: Align) -> Range<f64> {
    let lowest = rows.iter().map(|row| row.value).fold(0.0_f64, f64::min);
    let highest = rows.iter().map(|row| row.value).fold(0.0_f64, f64::max);
    match align {
        // Shares on their own scale, 0–100% (past 100 where one passes it), never stretched
        // to the largest.
        Align::Start if rows.iter().all(|row| row.figure.unit.is_percent()) => 0.0..highest.max(100.0),
        Align::Start => {
            0.0..rows
                .iter()
                .map(|row| row.value.abs())
                .fold(0.0, f64::max)
                .max(f64::MIN_POSITIVE)
        }
        Align::Diverging if lowest < 0.0 && highest > 0.0 => lowest..highest,
        Align::Diverging if lowest < 0.0 => lowest..0.0,
        Align::Diverging => 0.0..highest.max(f64::MIN_POSITIVE),
    }
}

pub(super) fn draw_rows<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
    rows: &[Row],
    align: Align,
) -> DrawResult<Vec<Mark>, DB> {
    let (width, _) = area.dim_in_pixel();
    let pad = style.px(PAD_CSS).round() as i32;
    let frame = Frame {
        left: pad,
        right: width as i32 - pad,
        gap: style.px(6.0).round() as i32,
    };
    if rows.is_empty() || frame.right - frame.left < 2 {
        return Ok(Vec::new());
    }
    let value_font = style.bold(VALUE_CSS);
    let texts: Vec<&str> = rows.iter().map(|row| row.figure.display.get(style.lang)).collect();
    let mut widest_text = 0;
    for text in &texts {
        widest_text = widest_text.max(area.estimate_text_size(text, &value_font.clone().into())?.0 as i32);
    }
    let axis = value_axis(rows, align);
    // Room for the value text beyond the longest bar, but always 40% of the width for bars.
    let room = (widest_text + frame.gap).min((frame.right - frame.left) * 6 / 10);
    let bars = match align {
        Align::Start => frame.left..frame.right - room,
        Align::Diverging => {
            (if axis.start < 0.0 {
                frame.left + room
            } else {
                frame.left
            })..(if axis.end > 0.0 {
                frame.right - room
            } else {
                frame.right
            })
        }
    };
    // The value axis across the bars' span: plotters maps values to pixels; rows are placed
    // by `place_rows`, so the vertical axis is unused.
    let plot = area.apply_coord_spec(Cartesian2d::<RangedCoordf64, RangedCoordf64>::new(
        axis.clone(),
        0.0..1.0,
        (bars, 0..1),
    ));
    let figures: Vec<&Figure> = rows.iter().map(|row| row.figure).collect();
    let places = place_rows(&figures, style.lang, f64::from(width) / style.scale);
    let chart_bottom = places.last().map_or(0.0, |last| style.px(last.bottom));

    if align == Align::Diverging && axis.start < 0.0 {
        let stroke = style.px(1.0).max(1.0) as u32;
        let zero = x_of(&plot, 0.0);
        area.draw(&PathElement::new(
            vec![
                (zero, style.px(PAD_CSS).round() as i32),
                (zero, chart_bottom.round() as i32),
            ],
            style.theme.muted.stroke_width(stroke),
        ))?;
    }
    // Bars first, then every label, then every value: a canvas switches fonts at a cost, so
    // text is drawn one font at a time.
    let marks = draw_bars(area, &plot, style, rows, &places, frame)?;
    draw_labels(area, style, &places, frame)?;
    for ((row, text), mark) in rows.iter().zip(&texts).zip(&marks) {
        let value = ValueText {
            text,
            shape: mark.shape,
            leftwards: row.value < 0.0,
        };
        draw_value(area, style, &value_font, &value, frame)?;
    }
    Ok(marks)
}

fn draw_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &ValuePlot<DB>,
    style: &ChartStyle,
    rows: &[Row],
    places: &[RowPlace],
    frame: Frame,
) -> DrawResult<Vec<Mark>, DB> {
    let mut marks = Vec::with_capacity(rows.len());
    for (row, place) in rows.iter().zip(places) {
        let bar_top = style.px(place.bar_top).round() as i32;
        let corner_a = (x_of(plot, 0.0), bar_top);
        let mut corner_b = (x_of(plot, row.value), bar_top + style.px(BAR_CSS).round() as i32);
        // A tiny but non-zero value still shows a sliver of bar.
        let min_len = style.px(2.0).round() as i32;
        if row.value != 0.0 && (corner_b.0 - corner_a.0).abs() < min_len {
            corner_b.0 = corner_a.0 + if row.value < 0.0 { -min_len } else { min_len };
        }
        let shape = normalise([corner_a.0, corner_a.1, corner_b.0, corner_b.1]);
        if row.figure.unit.is_percent() && !row.figure.qualifier.is_change() {
            // A share's whole, 100%, as a track behind its bar.
            let whole = x_of(plot, 100.0);
            area.draw(&Rectangle::new(
                [(corner_a.0, shape[1]), (whole, shape[3])],
                style.theme.track.filled(),
            ))?;
        }
        // A target is drawn hollow: a plan, not a result.
        let bar_style = if row.figure.status == Status::Target {
            row.colour.stroke_width(style.px(2.0).round().max(1.0) as u32)
        } else {
            row.colour.filled()
        };
        area.draw(&Rectangle::new([(shape[0], shape[1]), (shape[2], shape[3])], bar_style))?;
        let row_top = style.px(place.top).round() as i32;
        let row_bottom = style.px(place.bottom).round() as i32;
        marks.push(Mark {
            figure: row.figure,
            shape,
            target: [frame.left, row_top, frame.right, row_bottom],
        });
    }
    Ok(marks)
}

fn draw_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
    places: &[RowPlace],
    frame: Frame,
) -> DrawResult<(), DB> {
    let font = style.font(LABEL_CSS);
    let label_style = font.color(&style.theme.text).pos(Pos::new(HPos::Left, VPos::Center));
    for place in places {
        for (index, line) in place.label_lines.iter().enumerate() {
            let middle = place.top + ROW_TOP_CSS + (index as f64 + 0.5) * LINE_CSS;
            area.draw(&Text::new(
                line.as_str(),
                (frame.left, style.px(middle).round() as i32),
                label_style.clone(),
            ))?;
        }
    }
    Ok(())
}

type ValuePlot<DB> = DrawingArea<DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Where a value stands on the bars' axis, in backend pixels.
fn x_of<DB: DrawingBackend>(plot: &ValuePlot<DB>, value: f64) -> i32 {
    plot.map_coordinate(&(value, 0.0)).0
}

fn normalise([x0, y0, x1, y1]: PixelRect) -> PixelRect {
    [x0.min(x1), y0.min(y1), x0.max(x1), y0.max(y1)]
}
