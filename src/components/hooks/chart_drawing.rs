//! A chart's drawing: redrawn whenever its width or the display settings change (in the next
//! pass over every chart that needs it, `paint_queue`), kept in one place that the render and
//! the event handlers both read.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::charts::Mark;
use crate::components::chart::dom::Drawing;
use crate::components::chart::paint_queue::Redraw;
use crate::components::display::use_chart_services;
use crate::components::settings::DisplaySettings;
use crate::data::Group;
use crate::web::log_error;

/// The last drawing of a chart and why it failed, if it did.
///
/// The marks live in one shared cell. Event handlers read it when they run, so a key pressed
/// right after a redraw already sees the new marks before the component renders again; the
/// render reads the same cell, re-run by the hook when the drawing changes.
#[derive(Clone)]
pub struct ChartDrawing {
    drawn: Rc<RefCell<Drawing>>,
    status: UseReducerHandle<DrawStatus>,
}

impl ChartDrawing {
    /// The mark of a figure, by index.
    pub fn mark(&self, index: Option<usize>) -> Option<Mark> {
        index.and_then(|index| self.drawn.borrow().marks.get(index).cloned())
    }

    /// How many figures are drawn.
    pub fn count(&self) -> usize {
        self.drawn.borrow().marks.len()
    }

    /// Backend pixels per CSS pixel of the last drawing.
    pub fn scale(&self) -> f64 {
        self.drawn.borrow().scale
    }

    /// The figure at a point in CSS pixels from the canvas's corner.
    pub fn hit(&self, point: (f64, f64)) -> Option<usize> {
        self.drawn.borrow().hit(point)
    }

    /// Why the last drawing failed.
    pub fn failure(&self) -> Option<&str> {
        self.status.failure.as_deref()
    }
}

/// Draws a group on a canvas whenever the container's width or the display settings change.
///
/// ```ignore
/// let canvas = use_node_ref();
/// let drawing = use_chart_drawing(canvas.clone(), group, width, settings);
/// let selected = drawing.mark(selection.index);
/// ```
#[hook]
pub fn use_chart_drawing(
    canvas: NodeRef,
    group: &'static Group,
    width: Option<f64>,
    settings: DisplaySettings,
) -> ChartDrawing {
    let paint_queue = use_chart_services().paint_queue;
    let drawn = use_mut_ref(Drawing::default);
    let status = use_reducer_eq(DrawStatus::default);
    {
        let (drawn, status) = (drawn.clone(), status.clone());
        use_effect_with((width, settings), move |&(width, settings)| {
            let done = move |outcome: Result<Drawing, String>| {
                let (now, failure) = match outcome {
                    Ok(now) => (now, None),
                    Err(message) => {
                        log_error(&format!("chart `{}` not drawn: {message}", group.id));
                        (Drawing::default(), Some(message))
                    }
                };
                let changed = *drawn.borrow() != now;
                if changed {
                    drawn.replace(now);
                }
                status.dispatch(Drawn { changed, failure });
            };
            match canvas.cast::<HtmlCanvasElement>() {
                Some(canvas) => paint_queue.request(Redraw {
                    canvas,
                    group,
                    width,
                    settings,
                    done: Box::new(done),
                }),
                None => done(Ok(Drawing::default())),
            }
        });
    }
    ChartDrawing { drawn, status }
}

/// What the render shows of a drawing: which one it is (a new drawing re-renders the chart)
/// and the failure, if any.
#[derive(Debug, Default, PartialEq)]
struct DrawStatus {
    revision: u64,
    failure: Option<String>,
}

/// A drawing was made: whether its marks differ from the last one's, and why it failed.
struct Drawn {
    changed: bool,
    failure: Option<String>,
}

impl Reducible for DrawStatus {
    type Action = Drawn;

    fn reduce(self: Rc<Self>, drawn: Drawn) -> Rc<Self> {
        let revision = self.revision.wrapping_add(u64::from(drawn.changed));
        Rc::new(DrawStatus {
            revision,
            failure: drawn.failure,
        })
    }
}
