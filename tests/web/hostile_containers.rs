//! Odd containers: zero width, hidden, inside a closed <details>, very narrow and very
//! wide, and a burst of resizes, without a panic, a failed chart or memory growth.
use super::*;

fn wasm_memory_bytes() -> u32 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().dyn_into().unwrap();
    memory.buffer().dyn_into::<js_sys::ArrayBuffer>().unwrap().byte_length()
}

fn failures(host: &HtmlElement) -> u32 {
    host.query_selector_all(".qsh-chart__message[role='alert']")
        .unwrap()
        .length()
}

fn mount(host: &HtmlElement) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root_and_props(host.clone().into(), AppProps::default()).render()
}

#[wasm_bindgen_test]
async fn a_zero_width_container_draws_nothing_until_it_has_room() {
    let host = host(0);
    let app = mount(&host);
    TimeoutFuture::new(200).await;
    assert_eq!(drawn(&host), 0);
    assert_eq!(failures(&host), 0);
    host.style().set_property("width", "600px").unwrap();
    assert!(until(|| drawn(&host) == canvas_count()).await);
    app.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn a_closed_details_draws_once_opened() {
    let document = gloo::utils::document();
    let details: web_sys::HtmlDetailsElement = document.create_element("details").unwrap().dyn_into().unwrap();
    let summary = document.create_element("summary").unwrap();
    summary.set_text_content(Some("图表"));
    details.append_child(&summary).unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    host.style().set_property("width", "700px").unwrap();
    details.append_child(&host).unwrap();
    document.body().unwrap().append_child(&details).unwrap();
    let app = mount(&host);
    TimeoutFuture::new(200).await;
    assert_eq!(drawn(&host), 0, "nothing is drawn inside a closed <details>");
    details.set_open(true);
    assert!(until(|| drawn(&host) == canvas_count()).await, "drawn once opened");
    assert!(canvases(&host).iter().all(has_ink));
    app.destroy();
    details.remove();
}

/// The innermost elements that reach past the host's right edge, for a failure's message.
fn overflowing(host: &HtmlElement) -> Vec<String> {
    let right = host.get_bounding_client_rect().right() + 1.0;
    let all = host.query_selector_all("*").unwrap();
    (0..all.length())
        .filter_map(|index| all.item(index)?.dyn_into::<web_sys::Element>().ok())
        .filter(|element| element.get_bounding_client_rect().right() > right && element.child_element_count() == 0)
        .take(5)
        .map(|element| {
            format!(
                "{} {:?}",
                element.outer_html().chars().take(160).collect::<String>(),
                element.get_bounding_client_rect().right()
            )
        })
        .collect()
}

#[wasm_bindgen_test]
async fn very_narrow_and_very_wide_containers_draw_without_overflow() {
    for width in [200, 2560] {
        let host = host(width);
        let app = mount(&host);
        assert!(
            until(|| drawn(&host) == canvas_count()).await,
            "{width}px: every chart drawn"
        );
        assert_eq!(failures(&host), 0);
        assert!(
            host.scroll_width() <= host.client_width(),
            "{width}px: no horizontal overflow: {:?}",
            overflowing(&host)
        );
        app.destroy();
        host.remove();
    }
}

#[wasm_bindgen_test]
async fn a_burst_of_resizes_leaves_memory_flat() {
    let host = host(800);
    let app = mount(&host);
    assert!(until(|| drawn(&host) == canvas_count()).await);
    // Settle once so that first-use allocations are not counted as growth.
    host.style().set_property("width", "640px").unwrap();
    TimeoutFuture::new(100).await;
    let before = wasm_memory_bytes();
    // 1000 resizes in one burst (the observer coalesces them) …
    for i in 0..1000 {
        host.style()
            .set_property("width", &format!("{}px", 300 + (i * 7) % 900))
            .unwrap();
        let _ = host.offset_width();
    }
    // … and 100 more, each in its own frame, so every one is drawn.
    for i in 0..100 {
        host.style()
            .set_property("width", &format!("{}px", 320 + (i * 37) % 1100))
            .unwrap();
        TimeoutFuture::new(16).await;
    }
    host.style().set_property("width", "700px").unwrap();
    assert!(
        until(|| canvases(&host).iter().all(|canvas| {
            let css = canvas.get_bounding_client_rect().width() * gloo::utils::window().device_pixel_ratio();
            (canvas.width() as f64 - css.round()).abs() <= 1.0 && canvas.has_attribute("data-drawn-figures")
        }))
        .await
    );
    let growth = wasm_memory_bytes().saturating_sub(before);
    assert!(growth < 1024 * 1024, "wasm memory grew by {growth} bytes");
    assert_eq!(failures(&host), 0);
    app.destroy();
    host.remove();
}
