//! Tiers from the broadest to the narrowest (the enterprise ladder) as a staircase of bars:
//! a line steps down from each tier's end to the next.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::rows::{draw_rows, Align, Connector, Row};
use super::{ChartStyle, DrawResult};
use crate::data::Group;

pub(super) fn draw<DB: DrawingBackend>(
    group: &Group,
    area: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
) -> DrawResult<DB> {
    let rows: Vec<Row> = group
        .figures
        .iter()
        .map(|&figure| Row {
            figure,
            value: figure.value,
            colour: style.theme.bar,
        })
        .collect();
    draw_rows(area, style, &rows, Align::Start, Connector::Steps)
}
