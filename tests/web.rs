//! In-browser tests (wasm-bindgen-test in headless Chromium): the app mounts, draws every
//! chart on its canvas, and redraws when its container is resized.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use report_infographic::components::lang_storage_key;
use report_infographic::components::{App, AppProps};
use report_infographic::data::{ChartKind, Lang, REPORT};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh host element appended to the body (the runner's output shares the page).
fn host(width_px: u32) -> HtmlElement {
    let document = gloo::utils::document();
    let host: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    host.style().set_property("width", &format!("{width_px}px")).unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// The report's charts drawn on a canvas (number cards and parts of a whole are markup).
fn canvas_count() -> usize {
    REPORT
        .sections
        .iter()
        .flat_map(|s| s.groups.iter())
        .filter(|g| report_infographic::charts::has_canvas(g.chart))
        .count()
}

fn canvases(host: &HtmlElement) -> Vec<HtmlCanvasElement> {
    let list = host.query_selector_all("canvas").unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into().unwrap())
        .collect()
}

/// Waits until a condition holds, polling each animation-frame-sized tick, up to ~5 s.
async fn until(mut condition: impl FnMut() -> bool) -> bool {
    for _ in 0..300 {
        if condition() {
            return true;
        }
        TimeoutFuture::new(16).await;
    }
    condition()
}

fn drawn(host: &HtmlElement) -> usize {
    canvases(host)
        .iter()
        .filter(|canvas| canvas.has_attribute("data-drawn-figures"))
        .count()
}

fn has_ink(canvas: &HtmlCanvasElement) -> bool {
    let context: CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let (w, h) = (canvas.width(), canvas.height());
    let pixels = context.get_image_data(0.0, 0.0, w as f64, h as f64).unwrap().data();
    let background = &pixels[0..4];
    pixels.chunks(4).any(|pixel| pixel != background)
}

#[wasm_bindgen_test]
async fn mounts_and_draws_every_chart() {
    let host = host(800);
    let app = yew::Renderer::<App>::with_root_and_props(host.clone().into(), AppProps::default()).render();
    assert!(
        until(|| drawn(&host) == canvas_count()).await,
        "drew {} of {} charts",
        drawn(&host),
        canvas_count()
    );
    for canvas in canvases(&host) {
        assert!(has_ink(&canvas), "canvas has non-blank pixels");
        let css_width = canvas.get_bounding_client_rect().width();
        let ratio = gloo::utils::window().device_pixel_ratio();
        assert!(
            (canvas.width() as f64 - (css_width * ratio).round()).abs() <= 1.0,
            "backing store = CSS size × devicePixelRatio"
        );
        assert_eq!(canvas.get_attribute("role").as_deref(), Some("img"));
    }
    // Every figure is on screen: drawn as a chart mark or shown as a tile.
    let mut shown: Vec<String> = canvases(&host)
        .iter()
        .flat_map(|canvas| {
            canvas
                .get_attribute("data-drawn-figures")
                .unwrap()
                .split(' ')
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect();
    let tiles = host.query_selector_all("[data-figure]").unwrap();
    for i in 0..tiles.length() {
        let tile: web_sys::Element = tiles.item(i).unwrap().dyn_into().unwrap();
        shown.push(tile.get_attribute("data-figure").unwrap());
    }
    for figure in REPORT.figures() {
        assert!(
            shown.iter().any(|id| id == figure.id),
            "figure `{}` is on screen",
            figure.id
        );
    }
    app.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn redraws_when_its_container_is_resized() {
    let host = host(900);
    let props = AppProps {
        lang: Some(Lang::En),
        ..AppProps::default()
    };
    let app = yew::Renderer::<App>::with_root_and_props(host.clone().into(), props).render();
    assert!(until(|| drawn(&host) == canvas_count()).await);
    let first = canvases(&host)[0].clone();
    let before = first.width();
    host.style().set_property("width", "360px").unwrap();
    assert!(
        until(|| first.width() != before).await,
        "the canvas was redrawn at the new width"
    );
    let css_width = first.get_bounding_client_rect().width();
    let ratio = gloo::utils::window().device_pixel_ratio();
    assert!((first.width() as f64 - (css_width * ratio).round()).abs() <= 1.0);
    assert!(has_ink(&first));
    assert_eq!(
        host.first_element_child().unwrap().get_attribute("lang").as_deref(),
        Some("en")
    );
    app.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn a_hidden_container_draws_once_shown() {
    let host = host(600);
    host.style().set_property("display", "none").unwrap();
    let app = yew::Renderer::<App>::with_root_and_props(host.clone().into(), AppProps::default()).render();
    TimeoutFuture::new(200).await;
    assert_eq!(drawn(&host), 0, "nothing is drawn while hidden");
    host.style().remove_property("display").unwrap();
    assert!(
        until(|| drawn(&host) == canvas_count()).await,
        "every chart is drawn once shown"
    );
    app.destroy();
    host.remove();
}

#[path = "web/export.rs"]
mod export;
#[path = "web/reading.rs"]
mod reading;

#[path = "web/hostile_containers.rs"]
mod hostile_containers;

/// The query string as the browser's build decodes it (`decodeURIComponent`): the same pairs
/// as the native rules give (`embed::options`' own tests), escapes, `+` and bad escapes alike.
#[wasm_bindgen_test]
fn query_options_decode_in_the_browser_as_natively() {
    use report_infographic::embed::options::query_pairs;
    let pairs = query_pairs("?lang=en&sections=industry%2Cenvironment&childId=frame+1&bad=%zz&cut=%4");
    let expected = [
        ("lang", "en"),
        ("sections", "industry,environment"),
        ("childId", "frame 1"),
        ("bad", "%zz"),
        ("cut", "%4"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(name, value)| ((*name).into(), (*value).into()))
        .collect();
    assert_eq!(pairs, expected);
    assert_eq!(
        query_pairs("?%E4%B8%AD=%E6%96%87"),
        [("中".to_string(), "文".to_string())]
    );
}
