//! What the charts of one app share, in the context the app provides (`AppContext`, with the
//! display settings; `display::use_chart_services` reads it): one ResizeObserver for
//! their frames, one paint pass for their redraws and one cache of their text widths. Held by
//! the app, so nothing outlives it and two apps on a page stay apart.

use super::chart::paint_queue::PaintQueue;
use super::hooks::ElementWidths;

#[derive(Clone, Default)]
pub struct ChartServices {
    pub element_widths: ElementWidths,
    pub paint_queue: PaintQueue,
}

/// One app's services are one value: a context re-renders its readers only when it changes.
impl PartialEq for ChartServices {
    fn eq(&self, other: &Self) -> bool {
        self.element_widths == other.element_widths
    }
}
