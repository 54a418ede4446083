//! Renders a list a piece per frame. Starting the widget renders every section, lays it out and
//! draws its charts: done in one go, that blocks the page for a few hundred milliseconds on a
//! phone (Lighthouse's total blocking time). One section at a time leaves the browser free to
//! answer the reader between pieces. Nothing shows meanwhile: the widget stays out of sight
//! until the last section is drawn (`embed/takeover.rs`, which reads
//! [`RENDERING_ATTR`](crate::names::RENDERING_ATTR) on the app's `<article>`).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::render::request_animation_frame;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How many items are rendered at first (the app's header and footer come with them).
const FIRST_PIECE: usize = 0;

/// The count to render next after `rendered` of `total`, if any is left.
pub fn next_count(rendered: usize, total: usize) -> Option<usize> {
    (rendered < total).then_some(rendered + 1)
}

/// How many of `total` items to render now: [`FIRST_PIECE`] at first, then one more after each
/// frame; `total` at once where no frame follows (the static first paint).
///
/// One more per frame, not per task: a piece's charts are drawn in the frame after it renders
/// (`element_width`, `paint_queue`), so each frame draws one piece's charts, not several.
#[hook]
pub fn use_progressive_count(total: usize, all_at_once: bool) -> usize {
    let count = use_state_eq(|| if all_at_once { total } else { FIRST_PIECE });
    {
        let count = count.clone();
        use_effect_with((*count, total), move |&(rendered, total)| {
            let after_frame: Rc<RefCell<Option<Timeout>>> = Rc::default();
            let frame = next_count(rendered, total).map(|next| {
                let after_frame = after_frame.clone();
                request_animation_frame(move |_| {
                    *after_frame.borrow_mut() = Some(Timeout::new(0, move || count.set(next)));
                })
            });
            move || {
                drop(frame);
                after_frame.borrow_mut().take();
            }
        });
    }
    (*count).min(total)
}

#[cfg(test)]
mod tests {
    use super::next_count;

    #[test]
    fn one_more_each_time_until_all() {
        let mut rendered = 0;
        let mut steps = 0;
        while let Some(next) = next_count(rendered, 7) {
            rendered = next;
            steps += 1;
        }
        assert_eq!((rendered, steps), (7, 7));
        assert_eq!(next_count(0, 0), None);
        assert_eq!(next_count(3, 2), None, "a list that shrank is rendered whole");
    }
}
