//! Downloads: the dataset as CSV, and a chart as PNG (stamped with its title and source) or as
//! SVG (vector, for print, drawn by the same chart functions).
//! Browser glue only; what is exported comes from `data` and the drawn canvas.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement};

use crate::charts::{self, Theme, FONT_STACK};
use crate::components::display::DisplaySettings;
use crate::components::strings::strings;
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

/// Band heights of the stamped image, in CSS pixels.
const TITLE_BAND_CSS: f64 = 44.0;
const SOURCE_BAND_CSS: f64 = 30.0;

/// The size of the PNG exported for a chart canvas: the chart plus title and source bands.
pub fn stamped_size(chart: &HtmlCanvasElement, scale: f64) -> (u32, u32) {
    let bands = ((TITLE_BAND_CSS + SOURCE_BAND_CSS) * scale).round() as u32;
    (shown_width(chart, scale), chart.height() + bands)
}

/// The width of the chart on a canvas, in device pixels: what its clip box shows. The canvas's
/// backing store can be a little wider than its chart (see `dom`).
fn shown_width(chart: &HtmlCanvasElement, scale: f64) -> u32 {
    let shown = chart
        .parent_element()
        .map(|clip| (f64::from(clip.client_width()) * scale).round() as u32)
        .unwrap_or_default();
    if shown == 0 {
        chart.width()
    } else {
        shown.min(chart.width())
    }
}

/// The chart as a PNG with its title above and the source below, at the canvas's resolution.
pub async fn chart_png(
    chart: &HtmlCanvasElement,
    title: &str,
    source: &str,
    theme: &Theme,
    scale: f64,
) -> Result<web_sys::Blob, String> {
    let (width, height) = stamped_size(chart, scale);
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .and_then(|element| element.dyn_into().map_err(JsValue::from))
        .map_err(describe)?;
    canvas.set_width(width);
    canvas.set_height(height);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(describe)?
        .ok_or("no 2D context")?
        .dyn_into()
        .map_err(|_| "no 2D context".to_string())?;
    let colour = |c: plotters::style::RGBColor| format!("rgb({},{},{})", c.0, c.1, c.2);
    context.set_fill_style_str(&colour(theme.background));
    context.fill_rect(0.0, 0.0, width as f64, height as f64);
    context.set_fill_style_str(&colour(theme.text));
    context.set_text_baseline("middle");
    context.set_font(&format!("bold {}px {FONT_STACK}", 17.0 * scale));
    context
        .fill_text(title, 12.0 * scale, TITLE_BAND_CSS * scale / 2.0)
        .map_err(describe)?;
    context
        .draw_image_with_html_canvas_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
            chart,
            0.0,
            0.0,
            f64::from(width),
            f64::from(chart.height()),
            0.0,
            (TITLE_BAND_CSS * scale).round(),
            f64::from(width),
            f64::from(chart.height()),
        )
        .map_err(describe)?;
    context.set_fill_style_str(&colour(theme.muted));
    context.set_font(&format!("{}px {FONT_STACK}", 12.0 * scale));
    let source_middle = height as f64 - SOURCE_BAND_CSS * scale / 2.0;
    context
        .fill_text(source, 12.0 * scale, source_middle)
        .map_err(describe)?;
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

/// Offers the chart on the canvas as a PNG download, titled and with the report's source, in
/// the display's language and theme; `scale` is the canvas's backend pixels per CSS pixel.
pub fn save_chart_image(canvas: HtmlCanvasElement, group: &'static Group, settings: DisplaySettings, scale: f64) {
    let lang = settings.lang;
    let source = source_line(lang);
    wasm_bindgen_futures::spawn_local(async move {
        let theme = Theme::for_dark(settings.dark);
        let result = match chart_png(&canvas, group.title.get(lang), &source, &theme, scale).await {
            Ok(png) => offer_download(&png, &format!("{}-{}.png", REPORT.slug, group.id)),
            Err(error) => Err(error),
        };
        if let Err(error) = result {
            log_error(&format!("image of `{}` not saved: {error}", group.id));
        }
    });
}

/// The source line stamped on exported charts.
fn source_line(lang: Lang) -> String {
    format!(
        "{}{}{} · {}",
        strings(lang).source,
        strings(lang).colon,
        REPORT.source.get(lang),
        REPORT.publication.get(lang)
    )
}

/// Offers a chart as an SVG file, laid out as on screen (`layout_width_css`), in light colours.
pub fn save_chart_svg(group: &'static Group, lang: Lang, layout_width_css: f64) {
    let result = charts::svg_file(group, lang, layout_width_css, &source_line(lang)).and_then(|svg| {
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
