//! Downloads: the dataset as CSV, and a chart as PNG (stamped with its title and source) or as
//! SVG (vector, for print, drawn by the same chart functions through the same backend type).
//! Browser glue only; what is exported comes from `data` and the drawn canvas.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlAnchorElement, HtmlCanvasElement};

use super::canvas::Canvas;
use super::text_widths::TextWidthCache;
use plotters::prelude::IntoDrawingArea;

use crate::charts::surface::Backend;
use crate::charts::{self, ChartStyle, Stamp, Theme};
use crate::components::settings::DisplaySettings;
use crate::components::strings::credit_line;
use crate::data::export::dataset_csv;
use crate::data::{Group, Lang, REPORT};
use crate::web::{describe, log_error, JsResultExt};

/// The downloaded dataset's file name: the report's slug, so two reports' files stay apart.
pub fn csv_file_name() -> String {
    format!("{}-figures.csv", REPORT.slug)
}

/// Offers a blob to the reader as a file download.
pub fn offer_download(blob: &web_sys::Blob, file_name: &str) -> Result<(), String> {
    let url = gloo::file::ObjectUrl::from(blob.clone());
    let anchor: HtmlAnchorElement = gloo::utils::document()
        .create_element("a")
        .and_then(|element| element.dyn_into().map_err(JsValue::from))
        .map_err(describe)?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Keep the URL alive until the browser has started the download, then revoke it.
    gloo::timers::callback::Timeout::new(10_000, move || drop(url)).forget();
    Ok(())
}

/// The whole dataset as a CSV blob (UTF-8 with byte-order mark).
pub fn dataset_blob() -> web_sys::Blob {
    let csv = dataset_csv(&REPORT);
    gloo::file::Blob::new_with_options(csv.as_str(), Some("text/csv;charset=utf-8")).into()
}

/// A saved image is at least twice its CSS size, whatever the screen: sharp in print and on a
/// share card.
pub const MIN_EXPORT_SCALE: f64 = 2.0;

/// The chart as a PNG: its title above and the credit below, wrapped to its width, redrawn by
/// the same drawing as the screen's at `scale` (at least [`MIN_EXPORT_SCALE`]) device pixels
/// per CSS pixel, laid out at `layout_width_css`.
pub async fn chart_png(
    group: &'static Group,
    lang: Lang,
    theme: Theme,
    layout_width_css: f64,
    source: &str,
    scale: f64,
) -> Result<web_sys::Blob, String> {
    let scale = scale.max(MIN_EXPORT_SCALE);
    let stamp = Stamp::new(group, lang, layout_width_css, source);
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .and_then(|element| element.dyn_into().map_err(JsValue::from))
        .map_err(describe)?;
    canvas.set_width((stamp.width * scale).round() as u32);
    canvas.set_height((stamp.height() * scale).round() as u32);
    let mut surface = Canvas::new(&canvas, TextWidthCache::default()).ok_or("the image has no 2D context")?;
    let root = Backend::new(&mut surface).into_drawing_area();
    stamp.draw(group, &root, &ChartStyle { theme, lang, scale })?;
    drop(root);
    to_png(&canvas).await
}

async fn to_png(canvas: &HtmlCanvasElement) -> Result<web_sys::Blob, String> {
    let mut failed = None;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let callback = wasm_bindgen::closure::Closure::once_into_js(move |blob: JsValue| {
            resolve
                .call1(&JsValue::NULL, &blob)
                .log_failure("handing over a chart's image");
        });
        if let Err(error) = canvas.to_blob(callback.unchecked_ref()) {
            failed = Some(describe(error));
        }
    });
    if let Some(error) = failed {
        return Err(error);
    }
    let blob = JsFuture::from(promise).await.map_err(describe)?;
    blob.dyn_into::<web_sys::Blob>()
        .map_err(|_| "the browser made no image".to_string())
}

/// Offers a chart as a PNG download, titled and with the report's source, laid out as on
/// screen (`layout_width_css`) in the page's theme.
pub fn save_chart_image(group: &'static Group, settings: DisplaySettings, layout_width_css: f64) {
    let lang = settings.lang;
    let source = credit_line(lang);
    let scale = gloo::utils::window().device_pixel_ratio();
    wasm_bindgen_futures::spawn_local(async move {
        let theme = Theme::for_dark(settings.dark);
        let result = match chart_png(group, lang, theme, layout_width_css, &source, scale).await {
            Ok(png) => offer_download(&png, &format!("{}-{}.png", REPORT.slug, group.id)),
            Err(error) => Err(error),
        };
        if let Err(error) = result {
            log_error(&format!("image of `{}` not saved: {error}", group.id));
        }
    });
}

/// Offers a chart as an SVG file, laid out as on screen (`layout_width_css`), in light colours.
pub fn save_chart_svg(group: &'static Group, lang: Lang, layout_width_css: f64) {
    let result = charts::svg_file(group, lang, layout_width_css, &credit_line(lang)).and_then(|svg| {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("image/svg+xml");
        let parts = js_sys::Array::of1(&JsValue::from_str(&svg));
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
        offer_download(&blob, &format!("{}-{}.svg", REPORT.slug, group.id))
    });
    if let Err(error) = result {
        log_error(&format!("SVG of `{}` not saved: {error}", group.id));
    }
}
