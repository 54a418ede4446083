//! Growth and decline as bars diverging from a zero line: growth rightwards in one colour,
//! decline leftwards in another.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::rows::{draw_rows, Align, Row};
use super::{ChartStyle, Mark};
use crate::data::Group;

pub(super) fn draw<DB: DrawingBackend>(
    group: &Group,
    area: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
) -> DrawResult<Vec<Mark>, DB> {
    let rows: Vec<Row> = group
        .figures
        .iter()
        .map(|&figure| {
            let value = figure.value * figure.qualifier.sign();
            let colour = if value < 0.0 {
                style.theme.decline
            } else {
                style.theme.growth
            };
            Row { figure, value, colour }
        })
        .collect();
    draw_rows(area, style, &rows, Align::Diverging)
}
