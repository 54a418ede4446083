//! Chart redraws, done in one pass over every chart that needs one.
//!
//! A resize, a language switch or a theme change asks many charts to redraw at once, each from
//! its own effect. Drawn there one by one, each chart's first text would force the page's style
//! and layout again, dirtied by the canvas resized just before it. Queued instead, they are
//! drawn together once the render is done: every canvas is sized first, then every chart is
//! drawn, so layout is forced at most once per pass.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlCanvasElement;

use super::dom::{draw_canvas, size_canvas, Drawing};
use super::text_widths::TextWidthCache;
use crate::components::settings::DisplaySettings;
use crate::data::Group;

/// A chart to redraw, and what to do with the outcome.
pub struct Redraw {
    pub canvas: HtmlCanvasElement,
    pub group: &'static Group,
    /// The container's width in CSS pixels, if known.
    pub width: Option<f64>,
    pub settings: DisplaySettings,
    pub done: Box<dyn FnOnce(Result<Drawing, String>)>,
}

/// One app's queue of redraws, and the text widths its canvases share (`ChartServices`).
#[derive(Clone, Default)]
pub struct PaintQueue {
    waiting: Rc<RefCell<Vec<Redraw>>>,
    text_widths: TextWidthCache,
}

impl PaintQueue {
    /// Queues a redraw for the next pass; it replaces one of the same canvas still waiting, so
    /// that no chart is drawn twice in a pass.
    pub fn request(&self, redraw: Redraw) {
        let pass_scheduled = {
            let mut waiting = self.waiting.borrow_mut();
            let scheduled = !waiting.is_empty();
            waiting.retain(|queued| queued.canvas != redraw.canvas);
            waiting.push(redraw);
            scheduled
        };
        if !pass_scheduled {
            // A microtask: after the render that asked for it, before the frame is painted.
            let queue = self.clone();
            wasm_bindgen_futures::spawn_local(async move { queue.redraw_all() });
        }
    }

    fn redraw_all(&self) {
        let queue = self.waiting.take();
        let sized: Vec<_> = queue
            .into_iter()
            .map(|redraw| {
                (
                    size_canvas(&redraw.canvas, redraw.group, redraw.width, redraw.settings.lang),
                    redraw,
                )
            })
            .collect();
        for (sized, redraw) in sized {
            let outcome = match sized {
                Some(sized) => draw_canvas(&redraw.canvas, redraw.group, &sized, redraw.settings, &self.text_widths),
                None => Ok(Drawing::default()),
            };
            (redraw.done)(outcome);
        }
    }
}
