//! Stages of one process (projects filed → under way; housing built → completed → allocated)
//! as centred bars joined like a funnel.

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
    draw_rows(area, style, &rows, Align::Centre, Connector::Funnel)
}
