//! Like quantities as horizontal bars from a common zero.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::rows::{draw_rows, rows_of, Align};
use super::{ChartStyle, Mark};
use crate::data::Group;

pub(super) fn draw<DB: DrawingBackend>(
    group: &Group,
    area: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
) -> DrawResult<Vec<Mark>, DB> {
    draw_rows(area, style, &rows_of(group, style.theme.bar), Align::Start)
}
