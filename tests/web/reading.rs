//! Tooltips by mouse, touch and keyboard; the language switch.
use super::*;
use plotters::prelude::*;
use report_infographic::charts::surface::Backend;
use report_infographic::charts::{self, theme::Theme, ChartStyle, Mark};
use report_infographic::components::canvas::Canvas;
use report_infographic::components::text_widths::TextWidthCache;
use report_infographic::data::Group;
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
pub(super) fn chart_of(kind: ChartKind, figures: usize) -> &'static Group {
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
