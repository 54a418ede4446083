//! What the charts of one app share, in the context the app provides (`AppContext`, with the
//! display settings): one ResizeObserver for
//! their frames, one paint pass for their redraws and one cache of their text widths. Held by
//! the app, so nothing outlives it and two apps on a page stay apart.

use yew::prelude::*;

use super::chart::paint_queue::PaintQueue;
use super::display::AppContext;
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

/// The services of the enclosing app; a component rendered outside an app gets its own.
///
/// ```ignore
/// let services = use_chart_services();
/// services.paint_queue.request(redraw);
/// ```
#[hook]
pub fn use_chart_services() -> ChartServices {
    let provided = use_context::<AppContext>();
    let own = use_memo((), |()| ChartServices::default());
    provided.map_or_else(|| (*own).clone(), |context| context.services)
}
