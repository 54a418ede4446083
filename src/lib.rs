//! An embeddable infographic of every figure in the 2023 economic review of Qingshanhu
//! District, Nanchang.
//!
//! Modules depend one way: `embed` starts `components`; `components` use `charts` and
//! `data`; `charts` use `data`; `data` uses nothing of ours. Beside them: `options` (plain
//! option values), `web` (JavaScript glue) and `names` (names the tests read).

pub mod charts;
pub mod components;
pub mod data;
pub mod embed;
pub mod names;
pub mod options;
pub mod web;
