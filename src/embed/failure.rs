//! After a panic the module cannot run again (the bundle aborts on panic), so every instance
//! would freeze. The failure panel is the loader's (`static/embed.js`): it sees the abort as a
//! WebAssembly trap and, in every instance, hides the frozen widget, puts back the host's
//! content (kept by `takeover.rs`) and shows a short notice. The release build aborts at the
//! panic itself (`panic=immediate-abort`, for size), so it has no hook to run; debug builds log
//! the panic first.

/// Class of the container the app renders into, inside each shadow root (also `embed.js`).
pub const APP_CLASS: &str = "qsh-host";

/// Logs a panic to the console in debug builds (before any app renders, so Yew keeps the hook).
/// A release build's panic never reaches a hook: it gets an empty one, so that Yew does not
/// put in its own default (the same console hook), whose formatting would only add to the bundle.
pub fn install_panic_hook() {
    if cfg!(debug_assertions) {
        yew::set_custom_panic_hook(Box::new(console_error_panic_hook::hook));
    } else {
        yew::set_custom_panic_hook(Box::new(|_| {}));
    }
}
