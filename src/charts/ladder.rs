//! Tiers from the broadest to the narrowest (the enterprise ladder) as a staircase of bars:
//! a line steps down from each tier's end to the next.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::rows::{draw_rows, rows_of, Align, Connector};
use super::{ChartStyle, DrawResult};
use crate::data::Group;

pub(super) fn draw<DB: DrawingBackend>(
    group: &Group,
    area: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
) -> DrawResult<DB> {
    draw_rows(
        area,
        style,
        &rows_of(group, style.theme.bar),
        Align::Start,
        Connector::Steps,
    )
}
