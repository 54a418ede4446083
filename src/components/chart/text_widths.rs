//! Text widths in device pixels, by CSS font and text, for every canvas of one app: every
//! redraw measures the same labels again, and `measureText` with a font change dominated a
//! redraw. Sorted vectors rather than hash maps: a few hundred entries, and a smaller bundle.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::events::EventListener;

/// Enough for every label of the widget in both languages and several sizes; past it the
/// cache starts again rather than grow.
const MAX_TEXT_WIDTHS: usize = 1024;

/// A shared handle on one app's cache (`ChartServices`).
#[derive(Clone, Default)]
pub struct TextWidthCache(Rc<RefCell<TextWidths>>);

#[derive(Default)]
struct TextWidths {
    /// By font, then by text, both sorted.
    by_font: Vec<(String, Vec<(String, u32)>)>,
    entries: usize,
    /// Empties the cache when the page's fonts finish loading (a font that arrives late
    /// changes widths); set with the first width.
    fonts_loaded: Option<EventListener>,
}

impl TextWidthCache {
    pub fn get(&self, font: &str, text: &str) -> Option<u32> {
        let widths = self.0.borrow();
        let texts = &widths.by_font[find(&widths.by_font, font).ok()?].1;
        Some(texts[find(texts, text).ok()?].1)
    }

    pub fn insert(&self, font: String, text: &str, width: u32) {
        let mut widths = self.0.borrow_mut();
        if widths.fonts_loaded.is_none() {
            widths.fonts_loaded = Some(clear_when_fonts_load(Rc::downgrade(&self.0)));
        }
        if widths.entries >= MAX_TEXT_WIDTHS {
            widths.clear();
        }
        let at = find(&widths.by_font, &font).unwrap_or_else(|at| {
            widths.by_font.insert(at, (font, Vec::new()));
            at
        });
        let texts = &mut widths.by_font[at].1;
        if let Err(at) = find(texts, text) {
            texts.insert(at, (text.to_string(), width));
            widths.entries += 1;
        }
    }
}

impl TextWidths {
    fn clear(&mut self) {
        self.by_font.clear();
        self.entries = 0;
    }
}

/// The listener holds the cache weakly: the cache owns the listener, and goes with its app.
fn clear_when_fonts_load(widths: Weak<RefCell<TextWidths>>) -> EventListener {
    EventListener::new(&gloo::utils::document().fonts(), "loadingdone", move |_| {
        if let Some(widths) = widths.upgrade() {
            widths.borrow_mut().clear();
        }
    })
}

/// Where a key is, or would be inserted, in a vector sorted by key.
fn find<T>(sorted: &[(String, T)], key: &str) -> Result<usize, usize> {
    sorted.binary_search_by(|(entry, _)| entry.as_str().cmp(key))
}
