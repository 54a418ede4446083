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

fn canvas_count() -> usize {
    REPORT
        .sections
        .iter()
        .flat_map(|s| s.groups.iter())
        .filter(|g| g.chart != ChartKind::Tiles)
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

mod reading {
    //! Tooltips by mouse, touch and keyboard; the language switch; image and data export.
    use super::*;
    use plotters::prelude::*;
    use report_infographic::charts::surface::Backend;
    use report_infographic::charts::{self, theme::Theme, ChartStyle, Mark};
    use report_infographic::components::canvas::Canvas;
    use report_infographic::components::export::{chart_png, dataset_blob, MIN_EXPORT_SCALE};
    use report_infographic::components::text_widths::TextWidthCache;
    use report_infographic::data::Group;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{Element, KeyboardEvent, KeyboardEventInit, PointerEvent, PointerEventInit};

    fn card(host: &HtmlElement, group: &str) -> Element {
        host.query_selector(&format!("[data-group='{group}']"))
            .unwrap()
            .unwrap()
    }

    fn chart_canvas(card: &Element) -> HtmlCanvasElement {
        card.query_selector("canvas").unwrap().unwrap().dyn_into().unwrap()
    }

    fn tooltip_text(card: &Element) -> Option<String> {
        card.query_selector(".qsh-tooltip")
            .unwrap()
            .map(|tooltip| tooltip.text_content().unwrap_or_default())
    }

    /// Where the chart drew each figure, by drawing the same group with the same size and
    /// style on a scratch canvas: the chart's own geometry, not guessed boxes.
    fn marks_of(group: &'static Group, canvas: &HtmlCanvasElement, lang: Lang) -> Vec<Mark> {
        let scratch: HtmlCanvasElement = gloo::utils::document()
            .create_element("canvas")
            .unwrap()
            .dyn_into()
            .unwrap();
        // As the widget draws it: laid out at the frame's layout width, zoomed to the frame.
        let frame = canvas.closest(".qsh-chart__frame").unwrap().unwrap().client_width() as f64;
        let ratio = gloo::utils::window().device_pixel_ratio();
        scratch.set_width((frame * ratio).round() as u32);
        scratch.set_height(canvas.height());
        let mut surface = Canvas::new(&scratch, TextWidthCache::default()).unwrap();
        let area = Backend::new(&mut surface).into_drawing_area();
        let style = ChartStyle {
            theme: Theme::for_dark(false),
            lang,
            scale: ratio * frame / charts::layout_width_css(frame),
        };
        charts::draw(group, &area, &style).unwrap()
    }

    fn pointer(canvas: &HtmlCanvasElement, kind: &str, pointer_type: &str, mark: &Mark) {
        let rect = canvas.get_bounding_client_rect();
        let scale = canvas.width() as f64 / rect.width();
        let [left, top, right, bottom] = mark.shape;
        let init = PointerEventInit::new();
        init.set_bubbles(true);
        init.set_pointer_type(pointer_type);
        init.set_client_x((rect.left() + (left + right) as f64 / 2.0 / scale) as i32);
        init.set_client_y((rect.top() + (top + bottom) as f64 / 2.0 / scale) as i32);
        let event = PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
        canvas.dispatch_event(&event).unwrap();
    }

    fn key(target: &web_sys::EventTarget, name: &str) {
        let init = KeyboardEventInit::new();
        init.set_key(name);
        init.set_bubbles(true);
        init.set_cancelable(true);
        target
            .dispatch_event(&KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap())
            .unwrap();
    }

    async fn mounted(lang: Lang) -> (HtmlElement, yew::AppHandle<App>) {
        let host = host(800);
        let props = AppProps {
            lang: Some(lang),
            ..AppProps::default()
        };
        let app = yew::Renderer::<App>::with_root_and_props(host.clone().into(), props).render();
        assert!(until(|| drawn(&host) == canvas_count()).await);
        (host, app)
    }

    /// The report's first chart of a kind with at least `figures` figures.
    fn chart_of(kind: ChartKind, figures: usize) -> &'static Group {
        REPORT
            .sections
            .iter()
            .flat_map(|section| section.groups)
            .find(|group| group.chart == kind && group.figures.len() >= figures)
            .expect("the report has such a chart")
    }

    #[wasm_bindgen_test]
    async fn the_mouse_shows_a_tooltip_with_the_exact_value_and_phrase() {
        let (host, app) = mounted(Lang::Zh).await;
        let group = chart_of(ChartKind::Bars, 2);
        let card = card(&host, group.id);
        let canvas = chart_canvas(&card);
        let marks = marks_of(group, &canvas, Lang::Zh);
        let [first, second, ..] = group.figures else {
            unreachable!("a chart of two figures")
        };
        pointer(&canvas, "pointermove", "mouse", &marks[1]);
        assert!(
            until(|| tooltip_text(&card).is_some_and(|text| text.contains(second.display.zh))).await,
            "{:?}",
            tooltip_text(&card)
        );
        let text = tooltip_text(&card).unwrap();
        assert!(text.contains(second.label.zh) && text.contains(second.phrase), "{text}");
        pointer(&canvas, "pointermove", "mouse", &marks[0]);
        assert!(until(|| tooltip_text(&card).is_some_and(|text| text.contains(first.display.zh))).await);
        pointer(&canvas, "pointerleave", "mouse", &marks[0]);
        assert!(
            until(|| tooltip_text(&card).is_none()).await,
            "leaving with the mouse hides the tooltip"
        );
        app.destroy();
        host.remove();
    }

    #[wasm_bindgen_test]
    async fn a_tap_shows_a_tooltip_that_a_tap_elsewhere_dismisses() {
        let (host, app) = mounted(Lang::En).await;
        let group = chart_of(ChartKind::Bars, 2);
        let card = card(&host, group.id);
        let canvas = chart_canvas(&card);
        let marks = marks_of(group, &canvas, Lang::En);
        let last = marks.last().expect("marks");
        pointer(&canvas, "pointerdown", "touch", last);
        let value = last.figure.display.en;
        assert!(
            until(|| tooltip_text(&card).is_some_and(|text| text.contains(value))).await,
            "{:?}",
            tooltip_text(&card)
        );
        pointer(&canvas, "pointerleave", "touch", last);
        TimeoutFuture::new(50).await;
        assert!(tooltip_text(&card).is_some(), "a lifted finger keeps the tooltip");
        let elsewhere = PointerEventInit::new();
        elsewhere.set_bubbles(true);
        elsewhere.set_pointer_type("touch");
        let body = gloo::utils::body();
        body.dispatch_event(&PointerEvent::new_with_event_init_dict("pointerdown", &elsewhere).unwrap())
            .unwrap();
        assert!(
            until(|| tooltip_text(&card).is_none()).await,
            "a tap elsewhere dismisses it"
        );
        app.destroy();
        host.remove();
    }

    #[wasm_bindgen_test]
    async fn arrow_keys_move_between_figures_and_escape_leaves() {
        let (host, app) = mounted(Lang::Zh).await;
        let group = chart_of(ChartKind::Bars, 2);
        let card = card(&host, group.id);
        let canvas = chart_canvas(&card);
        canvas.focus().unwrap();
        assert_eq!(
            gloo::utils::document().active_element().as_ref(),
            Some(canvas.as_ref() as &Element)
        );
        let expected: Vec<&str> = group.figures.iter().map(|figure| figure.display.zh).collect();
        for value in &expected {
            key(&canvas, "ArrowRight");
            assert!(
                until(|| tooltip_text(&card).is_some_and(|text| text.contains(value))).await,
                "{value}: {:?}",
                tooltip_text(&card)
            );
            assert!(
                card.query_selector(".qsh-focus-mark").unwrap().is_some(),
                "a visible focus mark"
            );
            assert_eq!(
                canvas.get_attribute("aria-describedby").as_deref(),
                Some(format!("qsh-tooltip-{}", group.id).as_str())
            );
        }
        key(&canvas, "ArrowRight");
        assert!(
            tooltip_text(&card).unwrap().contains(expected.last().unwrap()),
            "stays on the last figure"
        );
        key(&canvas, "ArrowLeft");
        assert!(until(|| tooltip_text(&card).is_some_and(|text| text.contains(expected[expected.len() - 2]))).await);
        key(&canvas, "Escape");
        assert!(until(|| tooltip_text(&card).is_none()).await, "Esc dismisses");
        assert!(card.query_selector(".qsh-focus-mark").unwrap().is_none());
        app.destroy();
        host.remove();
    }

    #[wasm_bindgen_test]
    async fn the_language_switch_relabels_and_is_remembered() {
        let storage = gloo::utils::window().local_storage().unwrap().unwrap();
        storage.remove_item(&lang_storage_key()).unwrap();
        let host = host(800);
        let app = yew::Renderer::<App>::with_root_and_props(host.clone().into(), AppProps::default()).render();
        assert!(until(|| drawn(&host) == canvas_count()).await);
        let root = host.first_element_child().unwrap();
        assert_eq!(
            root.get_attribute("lang").as_deref(),
            Some("zh-CN"),
            "the default is zh"
        );
        let english: HtmlElement = host
            .query_selector("button[data-lang='en']")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        english.click();
        assert!(until(|| root.get_attribute("lang").as_deref() == Some("en")).await);
        let title = host
            .query_selector(".qsh-title")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        assert_eq!(title, REPORT.title.en);
        assert_eq!(english.get_attribute("aria-pressed").as_deref(), Some("true"));
        assert_eq!(storage.get_item(&lang_storage_key()).unwrap().as_deref(), Some("en"));
        app.destroy();
        // A later visit without an embed option starts in the remembered language.
        let again = yew::Renderer::<App>::with_root_and_props(host.clone().into(), AppProps::default()).render();
        assert!(
            until(|| host
                .first_element_child()
                .and_then(|root| root.get_attribute("lang"))
                .as_deref()
                == Some("en"))
            .await
        );
        again.destroy();
        // An embed option wins over the remembered choice.
        let forced = yew::Renderer::<App>::with_root_and_props(
            host.clone().into(),
            AppProps {
                lang: Some(Lang::Zh),
                ..AppProps::default()
            },
        )
        .render();
        assert!(
            until(|| host
                .first_element_child()
                .and_then(|root| root.get_attribute("lang"))
                .as_deref()
                == Some("zh-CN"))
            .await
        );
        forced.destroy();
        storage.remove_item(&lang_storage_key()).unwrap();
        host.remove();
    }

    async fn bytes_of(blob: &web_sys::Blob) -> Vec<u8> {
        let buffer = JsFuture::from(blob.array_buffer()).await.unwrap();
        js_sys::Uint8Array::new(&buffer).to_vec()
    }

    #[wasm_bindgen_test]
    async fn a_chart_exports_as_a_png_of_the_right_size() {
        let group = chart_of(ChartKind::Bars, 2);
        let layout = charts::LAYOUT_WIDTHS_CSS[1];
        // A credit far wider than the chart: it wraps inside the image.
        let source = "来源：某某区融媒体中心 · 一个很长的系列标题，比图表宽得多 · A long series title, far wider than the chart it credits";
        let png = chart_png(group, Lang::Zh, Theme::for_dark(false), layout, source, 1.0)
            .await
            .unwrap();
        assert_eq!(png.type_(), "image/png");
        let bytes = bytes_of(&png).await;
        assert_eq!(&bytes[..8], &[137, 80, 78, 71, 13, 10, 26, 10], "PNG signature");
        assert_eq!(&bytes[12..16], b"IHDR");
        let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
        let stamp = charts::Stamp::new(group, Lang::Zh, layout, source);
        assert!(stamp.source_lines.len() > 1, "the credit wraps");
        assert_eq!(
            (width, height),
            (
                (layout * MIN_EXPORT_SCALE).round() as u32,
                (stamp.height() * MIN_EXPORT_SCALE).round() as u32
            ),
            "twice the CSS size on a 1× screen, with the title and the wrapped credit"
        );
    }

    #[wasm_bindgen_test]
    async fn the_data_download_is_utf8_csv_with_a_byte_order_mark() {
        let blob = dataset_blob();
        assert!(blob.type_().starts_with("text/csv"));
        let bytes = bytes_of(&blob).await;
        assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(text.lines().count(), REPORT.figures().count() + 1);
    }
}

mod hostile_containers {
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
}
