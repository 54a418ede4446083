//! After a panic the module cannot run again (the bundle aborts on panic), so every instance
//! would freeze. The failure panel is the loader's (`static/embed.js`): it sees the abort as a
//! WebAssembly trap and, in every instance, hides the frozen widget, puts back the host's
//! content (kept by `takeover.rs`) and shows a short notice. The release build aborts at the
//! panic itself (`panic=immediate-abort`, for size); other builds log the panic first.

/// Class of the container the app renders into, inside each shadow root (also `embed.js`).
pub const APP_CLASS: &str = "qsh-host";

/// Logs a panic to the console (before any app renders, so Yew keeps the hook).
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(console_error_panic_hook::hook));
}
