//! In the browser: mounts the widget on the page (`static/embed.js` loads this module).
//! Natively: prints the whole dataset as the CSV that readers download
//! (`cargo run --quiet > figures.csv`).
#![warn(clippy::unwrap_used, clippy::expect_used)]

#[cfg(target_arch = "wasm32")]
fn main() {
    qingshanhu_infographic::embed::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use qingshanhu_infographic::data::{export::dataset_csv, REPORT};
    print!("{}", dataset_csv(&REPORT));
}
