//! Stages of one process (projects filed → under way; housing built → completed → allocated)
//! as centred bars joined like a funnel.

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
        Align::Centre,
        Connector::Funnel,
    )
}
