//! Which figure of a chart the reader is looking at, by pointer, touch or keyboard: a reducer
//! and the keys that drive it. Pure (no DOM), so it is tested natively.

use std::rc::Rc;

use yew::Reducible;

/// The figure the reader is looking at, as an index into the chart's marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Selection {
    pub index: Option<usize>,
}

/// What changes the selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Select {
    /// The figure under a pointer, or none.
    Point(Option<usize>),
    /// A step through `count` figures; from nothing selected, forward starts at the first and
    /// backward at the last. Steps stop at either end.
    Step {
        by: isize,
        count: usize,
    },
    /// The first (`last: false`) or the last of `count` figures, whatever is selected.
    End {
        last: bool,
        count: usize,
    },
    Clear,
}

impl Reducible for Selection {
    type Action = Select;

    fn reduce(self: Rc<Self>, action: Select) -> Rc<Self> {
        let index = match action {
            Select::Point(index) => index,
            Select::Clear | Select::Step { count: 0, .. } | Select::End { count: 0, .. } => None,
            Select::End { last, count } => Some(if last { count - 1 } else { 0 }),
            Select::Step { by, count } => Some(match self.index {
                None if by < 0 => count - 1,
                None => 0,
                Some(current) => current.saturating_add_signed(by).min(count - 1),
            }),
        };
        if index == self.index {
            self
        } else {
            Rc::new(Selection { index })
        }
    }
}

/// The selection change a key asks for, in a chart of `count` figures; `None` for a key the
/// chart leaves to the page.
pub fn key_action(key: &str, count: usize) -> Option<Select> {
    match key {
        "ArrowRight" | "ArrowDown" => Some(Select::Step { by: 1, count }),
        "ArrowLeft" | "ArrowUp" => Some(Select::Step { by: -1, count }),
        "Home" => Some(Select::End { last: false, count }),
        "End" => Some(Select::End { last: true, count }),
        "Escape" => Some(Select::Clear),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The selection after the keys, from nothing selected, in a chart of `count` figures.
    fn after(keys: &[&str], count: usize) -> Option<usize> {
        let mut selection = Rc::new(Selection::default());
        for key in keys {
            if let Some(action) = key_action(key, count) {
                selection = selection.reduce(action);
            }
        }
        selection.index
    }

    #[test]
    fn arrows_step_from_the_ends_and_stop_there() {
        assert_eq!(after(&["ArrowRight"], 3), Some(0));
        assert_eq!(after(&["ArrowLeft"], 3), Some(2), "backward starts at the last");
        assert_eq!(after(&["ArrowDown", "ArrowDown"], 3), Some(1));
        assert_eq!(after(&["ArrowRight"; 5], 3), Some(2), "stays on the last");
        assert_eq!(
            after(&["ArrowRight", "ArrowUp", "ArrowUp"], 3),
            Some(0),
            "stays on the first"
        );
    }

    #[test]
    fn home_and_end_jump_to_the_first_and_last() {
        assert_eq!(after(&["ArrowRight", "ArrowRight", "Home"], 4), Some(0));
        assert_eq!(after(&["ArrowRight", "End"], 4), Some(3));
        // Also from nothing selected, as in a listbox (WAI-ARIA): Home the first, End the last.
        assert_eq!(after(&["Home"], 4), Some(0));
        assert_eq!(after(&["End"], 4), Some(3));
        assert_eq!(after(&["End", "ArrowLeft"], 4), Some(2));
    }

    #[test]
    fn escape_clears_and_other_keys_are_left_to_the_page() {
        assert_eq!(key_action("Escape", 3), Some(Select::Clear));
        assert_eq!(after(&["ArrowRight", "Escape"], 3), None);
        assert_eq!(key_action("Tab", 3), None);
        assert_eq!(key_action("a", 3), None);
    }

    #[test]
    fn a_chart_without_figures_selects_nothing() {
        assert_eq!(after(&["ArrowRight", "End"], 0), None);
        assert_eq!(after(&["Home"], 0), None);
    }

    #[test]
    fn a_pointer_selects_what_it_is_over_and_an_unchanged_selection_is_the_same_state() {
        let selection = Rc::new(Selection::default()).reduce(Select::Point(Some(1)));
        assert_eq!(selection.index, Some(1));
        let again = Rc::clone(&selection).reduce(Select::Point(Some(1)));
        assert!(Rc::ptr_eq(&selection, &again), "no new state, so no re-render");
        assert_eq!(selection.reduce(Select::Point(None)).index, None);
    }
}
