//! An embeddable infographic of every figure in the 2023 economic review of Qingshanhu
//! District, Nanchang.
//!
//! Modules depend one way, down this list:
//!
//! ```text
//! embed       mounts apps, parses options, frame height, failure panel
//! render      (native) the static first paint: the same app rendered by Yew's SSR
//! review      (native) the desk's fact-check sheet, rendered by Yew's SSR from the data
//! share       (native) the pages' share images: charts' drawings rasterised by resvg
//! poster      (native) the long poster for WeChat and Weibo, in slices; uses share's rasteriser
//! snippet     (native) the CMS snippets: the first paint made to survive a sanitizer; uses render
//! draft       (native) a dataset draft from a report's text; uses data
//! sheet       (native) the spreadsheet round trip of a dataset's labels; uses data, draft's decode
//!   └─> components   Yew components, hooks, canvas glue
//!         └─> charts      pure drawing over plotters' DrawingBackend
//!               └─> data      the bundled figures; uses nothing of ours
//! options   plain option values (ThemeChoice, Notice): used by embed and components; uses data
//! web       JavaScript glue (JsResultExt, console): used by embed and components
//! names     attribute, mark and storage names that tests and the benchmark read
//! ```
// The library is the production code: no unwrap or expect. Not in Cargo.toml's [lints]: those
// apply to every target, and the tests' helpers unwrap by design.
#![warn(clippy::unwrap_used, clippy::expect_used)]

pub mod charts;
pub mod components;
pub mod data;
#[cfg(not(target_arch = "wasm32"))]
pub mod draft;
pub mod embed;
pub mod names;
pub mod options;
#[cfg(not(target_arch = "wasm32"))]
pub mod poster;
#[cfg(not(target_arch = "wasm32"))]
pub mod render;
#[cfg(not(target_arch = "wasm32"))]
pub mod review;
#[cfg(not(target_arch = "wasm32"))]
pub mod share;
#[cfg(not(target_arch = "wasm32"))]
pub mod sheet;
#[cfg(not(target_arch = "wasm32"))]
pub mod snippet;
pub mod web;
