//! A bar's value text, at the bar's outer end, inside the bar when there is no room outside,
//! or on a patch of background at the chart's edge when there is room for neither.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{ChartStyle, PixelRect};

/// The left and right edges of a chart's drawable width, and the gap beside value texts.
#[derive(Clone, Copy)]
pub(super) struct Frame {
    pub left: i32,
    pub right: i32,
    pub gap: i32,
}

/// A value's text and the bar it belongs to.
pub(super) struct ValueText<'a> {
    pub text: &'a str,
    pub shape: PixelRect,
    pub leftwards: bool,
}

/// The value text at the bar's outer end; inside the bar when there is no room outside.
pub(super) fn draw_value<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
    font: &FontDesc<'static>,
    value: &ValueText<'_>,
    frame: Frame,
) -> DrawResult<(), DB> {
    let text_width = area.estimate_text_size(value.text, &font.clone().into())?.0 as i32;
    let [bar_left, bar_top, bar_right, bar_bottom] = value.shape;
    let (gap, middle) = (frame.gap, (bar_top + bar_bottom) / 2);
    let (outside_x, fits_outside) = if value.leftwards {
        (bar_left - gap, bar_left - gap - text_width >= frame.left)
    } else {
        (bar_right + gap, bar_right + gap + text_width <= frame.right)
    };
    let fits_inside = text_width + 2 * gap <= bar_right - bar_left;
    let (x, anchor, colour) = match (fits_outside, fits_inside, value.leftwards) {
        (true, _, true) => (outside_x, HPos::Right, style.theme.text),
        (true, _, false) => (outside_x, HPos::Left, style.theme.text),
        (false, true, true) => (bar_left + gap, HPos::Left, style.theme.on_bar),
        (false, true, false) => (bar_right - gap, HPos::Right, style.theme.on_bar),
        (false, false, leftwards) => {
            // Neither beside nor inside the bar: on a patch of background at the chart's edge.
            let patch_left = if leftwards {
                frame.left
            } else {
                frame.right - text_width
            };
            area.draw(&Rectangle::new(
                [
                    (patch_left - gap / 2, bar_top),
                    (patch_left + text_width + gap / 2, bar_bottom),
                ],
                style.theme.background.filled(),
            ))?;
            if leftwards {
                (frame.left, HPos::Left, style.theme.text)
            } else {
                (frame.right, HPos::Right, style.theme.text)
            }
        }
    };
    area.draw(&Text::new(
        value.text,
        (x, middle),
        font.color(&colour).pos(Pos::new(anchor, VPos::Center)),
    ))?;
    Ok(())
}
