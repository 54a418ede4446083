//! A chart card: title, a canvas that redraws whenever its container's width, the language or
//! the theme changes, a tooltip and focus mark driven by pointer, touch and keyboard, a data
//! table and an image export. Drawing is `charts::draw`; this file is the DOM glue.

use std::rc::Rc;

use gloo::events::EventListener;
use plotters::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlElement};
use yew::prelude::*;

use super::app::Display;
use super::canvas::Canvas;
use super::data_table::DataTable;
use super::export::{chart_png, offer_download};
use super::hooks::use_element_width;
use super::strings::strings;
use super::tooltip::Tooltip;
use crate::charts::{self, ChartStyle, Mark, Theme, MIN_WIDTH_CSS};
use crate::data::{Group, Lang, REPORT};
use crate::names::{CHART_DRAWN_MARK, DRAWN_FIGURES_ATTR, PAINT_MS_ATTR};
use crate::web::{log_error, JsResultExt};

#[derive(Properties, PartialEq)]
pub struct ChartViewProps {
    pub group: &'static Group,
}

/// What the last drawing produced: where each figure is, at which device scale.
#[derive(Clone, Debug, PartialEq, Default)]
struct Drawing {
    marks: Vec<Mark>,
    scale: f64,
}

/// The figure the reader is looking at, by pointer, touch or keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
struct Selection {
    index: Option<usize>,
}

enum Select {
    Point(Option<usize>),
    Step { by: isize, count: usize },
    Clear,
}

impl Reducible for Selection {
    type Action = Select;

    fn reduce(self: Rc<Self>, action: Select) -> Rc<Self> {
        let index = match action {
            Select::Point(index) => index,
            Select::Clear => None,
            Select::Step { count: 0, .. } => None,
            Select::Step { by, count } => Some(match self.index {
                None if by < 0 => count - 1,
                None => 0,
                Some(current) => (current as isize + by).clamp(0, count as isize - 1) as usize,
            }),
        };
        if index == self.index {
            self
        } else {
            Rc::new(Selection { index })
        }
    }
}

#[function_component(ChartView)]
pub fn chart_view(props: &ChartViewProps) -> Html {
    let display = use_context::<Display>().expect("ChartView is rendered inside App");
    let group = props.group;
    let lang = display.lang;
    let words = strings(lang);
    let card = use_node_ref();
    let frame = use_node_ref();
    let canvas = use_node_ref();
    let tooltip = use_node_ref();
    let focus_mark = use_node_ref();
    let width = use_element_width(frame.clone());
    let drawing = use_state_eq(Drawing::default);
    // The same, for event handlers: they read it when they run, so a key pressed right after a
    // redraw already sees the new marks, before the component has rendered again.
    let latest = use_mut_ref(Drawing::default);
    let failure = use_state_eq(|| None::<String>);
    let selection = use_reducer_eq(Selection::default);
    let table_open = use_state_eq(|| false);
    // Built once per language, not on every render (a tooltip moving re-renders the card).
    let label = use_memo(lang, |&lang| summary(group, lang));

    {
        let (canvas, drawing, latest, failure) = (canvas.clone(), drawing.clone(), latest.clone(), failure.clone());
        use_effect_with((width, display), move |&(width, display)| {
            let now = redraw(&canvas, group, width, display, &failure);
            *latest.borrow_mut() = now.clone();
            drawing.set(now);
        });
    }
    {
        let (canvas, frame, tooltip, focus_mark) = (canvas.clone(), frame.clone(), tooltip.clone(), focus_mark.clone());
        use_effect_with((selection.index, (*drawing).clone()), move |(index, drawing)| {
            if let Some(mark) = index.and_then(|index| drawing.marks.get(index)) {
                place_overlays(&canvas, &frame, &tooltip, &focus_mark, mark, drawing.scale);
            }
        });
    }
    {
        // While a tooltip shows, a tap or click elsewhere, or Esc anywhere, dismisses it.
        let (card, selection) = (card.clone(), selection.clone());
        use_effect_with(selection.index.is_some(), move |&active| {
            let listeners = active.then(|| {
                let document = gloo::utils::document();
                let outside = {
                    let selection = selection.clone();
                    EventListener::new(&document, "pointerdown", move |event| {
                        // The composed path, not the target: inside a shadow root the document
                        // sees the event retargeted to the shadow host.
                        let inside = card.get().is_some_and(|card| event.composed_path().includes(&card, 0));
                        if !inside {
                            selection.dispatch(Select::Clear);
                        }
                    })
                };
                let escape = EventListener::new(&document, "keydown", move |event| {
                    if event
                        .dyn_ref::<KeyboardEvent>()
                        .is_some_and(|key| key.key() == "Escape")
                    {
                        selection.dispatch(Select::Clear);
                    }
                });
                (outside, escape)
            });
            move || drop(listeners)
        });
    }

    let on_pointer = {
        let (selection, latest) = (selection.clone(), latest.clone());
        Callback::from(move |event: PointerEvent| {
            let Some(canvas) = event.target().and_then(|t| t.dyn_into::<HtmlCanvasElement>().ok()) else {
                return;
            };
            let ratio = canvas.width() as f64 / (canvas.client_width().max(1) as f64);
            let point = (
                (event.offset_x() as f64 * ratio) as i32,
                (event.offset_y() as f64 * ratio) as i32,
            );
            let hit = charts::hit_test(&latest.borrow().marks, point);
            // A tap on empty canvas dismisses; hovering empty canvas keeps nothing selected.
            selection.dispatch(Select::Point(hit));
        })
    };
    let on_leave = {
        let selection = selection.clone();
        Callback::from(move |event: PointerEvent| {
            // A touch "leaves" as the finger lifts: keep its tooltip until a tap elsewhere.
            if event.pointer_type() == "mouse" {
                selection.dispatch(Select::Clear);
            }
        })
    };
    let on_key = {
        let (selection, latest) = (selection.clone(), latest.clone());
        Callback::from(move |event: KeyboardEvent| {
            let count = latest.borrow().marks.len();
            let by = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => 1,
                "ArrowLeft" | "ArrowUp" => -1,
                "Home" => -(count as isize),
                "End" => count as isize,
                "Escape" => {
                    event.prevent_default();
                    selection.dispatch(Select::Clear);
                    return;
                }
                _ => return,
            };
            event.prevent_default();
            selection.dispatch(Select::Step { by, count });
        })
    };
    let on_blur = {
        let selection = selection.clone();
        Callback::from(move |_: FocusEvent| selection.dispatch(Select::Clear))
    };
    let on_toggle_table = {
        let table_open = table_open.clone();
        Callback::from(move |_: MouseEvent| table_open.set(!*table_open))
    };
    let on_save_image = {
        let canvas = canvas.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                save_image(canvas, group, display);
            }
        })
    };

    let title_id = format!("qsh-chart-{}", group.id);
    let tooltip_id = format!("qsh-tooltip-{}", group.id);
    let table_id = format!("qsh-table-{}", group.id);
    let selected = selection
        .index
        .and_then(|index| drawing.marks.get(index))
        .map(|mark| mark.figure);
    let too_narrow = width.is_some_and(|w| w > 0.0 && w < MIN_WIDTH_CSS);
    html! {
        <figure class="qsh-card qsh-chart" data-group={group.id} data-chart={group.chart.code()} ref={card}>
            <figcaption class="qsh-card__title" id={title_id}>{ group.title.get(lang) }</figcaption>
            <div class="qsh-chart__frame" ref={frame}>
                <canvas
                    ref={canvas}
                    class="qsh-chart__canvas"
                    role="img"
                    tabindex="0"
                    aria-label={(*label).clone()}
                    aria-describedby={selected.map(|_| tooltip_id.clone())}
                    onpointermove={on_pointer.clone()}
                    onpointerdown={on_pointer}
                    onpointerleave={on_leave}
                    onkeydown={on_key}
                    onblur={on_blur}
                />
                if let Some(figure) = selected {
                    <div class="qsh-focus-mark" aria-hidden="true" ref={focus_mark}></div>
                    <Tooltip id={tooltip_id} {figure} {lang} node={tooltip} />
                }
            </div>
            <div class="qsh-chart__tools">
                <button type="button" class="qsh-button" aria-expanded={table_open.to_string()} aria-controls={table_id.clone()} onclick={on_toggle_table}>
                    { if *table_open { words.hide_table } else { words.data_table } }
                </button>
                <button type="button" class="qsh-button" onclick={on_save_image}>{ words.save_image }</button>
            </div>
            if *table_open {
                <DataTable id={table_id} {group} {lang} />
            }
            if too_narrow {
                <p class="qsh-chart__message">{ words.too_narrow }</p>
            }
            if let Some(message) = &*failure {
                <p class="qsh-chart__message" role="alert">{ words.not_drawn }{ message }</p>
            }
        </figure>
    }
}

/// Sizes the canvas for the current width and draws it, or records why it was not drawn.
fn redraw(
    canvas: &NodeRef,
    group: &'static Group,
    width: Option<f64>,
    display: Display,
    failure: &UseStateHandle<Option<String>>,
) -> Drawing {
    let Some(canvas) = canvas.cast::<HtmlCanvasElement>() else {
        return Drawing::default();
    };
    let height = charts::height_css(group, width.unwrap_or(0.0));
    // Through the CSSOM, not a style attribute, so a strict CSP allows it; and only when it
    // changes, since a changed style makes the next chart's font setting recompute styles.
    let css_height = format!("{height}px");
    if canvas.style().get_property_value("height").ok().as_deref() != Some(css_height.as_str()) {
        canvas
            .style()
            .set_property("height", &css_height)
            .log_failure("setting a chart's height");
    }
    let Some(width) = width.filter(|&width| width >= MIN_WIDTH_CSS) else {
        canvas
            .remove_attribute(DRAWN_FIGURES_ATTR)
            .log_failure("marking a chart undrawn");
        return Drawing::default();
    };
    let scale = gloo::utils::window().device_pixel_ratio().max(1.0);
    match timed(|| paint(&canvas, group, width, height, scale, display)) {
        (Ok(marks), milliseconds) => {
            let drawn: Vec<&str> = marks.iter().map(|mark| mark.figure.id).collect();
            canvas
                .set_attribute(DRAWN_FIGURES_ATTR, &drawn.join(" "))
                .log_failure("listing a chart's figures");
            canvas
                .set_attribute(PAINT_MS_ATTR, &format!("{milliseconds:.3}"))
                .log_failure("recording a chart's drawing time");
            failure.set(None);
            Drawing { marks, scale }
        }
        (Err(message), _) => {
            log_error(&format!("chart `{}` not drawn: {message}", group.id));
            failure.set(Some(message));
            Drawing::default()
        }
    }
}

/// Runs a drawing, then sets the [`CHART_DRAWN_MARK`] performance mark; returns its duration in ms.
fn timed<T>(draw: impl FnOnce() -> T) -> (T, f64) {
    let performance = gloo::utils::window().performance();
    let start = performance.as_ref().map_or(0.0, |p| p.now());
    let result = draw();
    let elapsed = performance.as_ref().map_or(0.0, |p| p.now() - start);
    if let Some(performance) = performance {
        performance.mark(CHART_DRAWN_MARK).log_failure("marking a chart drawn");
    }
    (result, elapsed)
}

/// Sizes the canvas's backing store to its CSS size × devicePixelRatio and draws the group.
fn paint(
    canvas: &HtmlCanvasElement,
    group: &'static Group,
    width: f64,
    height: f64,
    scale: f64,
    display: Display,
) -> Result<Vec<Mark>, String> {
    // Each assignment resets the canvas, even to the same value: the width changed (that is
    // why it is drawn again), the height often did not.
    canvas.set_width((width * scale).round() as u32);
    let backing_height = (height * scale).round() as u32;
    if canvas.height() != backing_height {
        canvas.set_height(backing_height);
    }
    let backend = Canvas::new(canvas).ok_or("the canvas has no 2D context")?;
    let area = backend.into_drawing_area();
    let style = ChartStyle {
        theme: Theme::for_dark(display.dark),
        lang: display.lang,
        scale,
    };
    let marks = charts::draw(group, &area, &style).map_err(|error| error.to_string())?;
    area.present().map_err(|error| error.to_string())?;
    Ok(marks)
}

/// Puts the focus mark around the selected figure and the tooltip next to it, inside the
/// frame horizontally and inside the viewport vertically.
fn place_overlays(canvas: &NodeRef, frame: &NodeRef, tooltip: &NodeRef, focus_mark: &NodeRef, mark: &Mark, scale: f64) {
    let (Some(canvas), Some(frame), Some(tooltip), Some(focus_mark)) = (
        canvas.cast::<HtmlElement>(),
        frame.cast::<HtmlElement>(),
        tooltip.cast::<HtmlElement>(),
        focus_mark.cast::<HtmlElement>(),
    ) else {
        return;
    };
    let offset = (canvas.offset_left() as f64, canvas.offset_top() as f64);
    let [left, top, right, bottom] = mark.shape.map(|px| px as f64 / scale);
    let set = |element: &HtmlElement, property: &str, value: f64| {
        element
            .style()
            .set_property(property, &format!("{value}px"))
            .log_failure("placing a chart's tooltip");
    };
    let outset = 3.0;
    set(&focus_mark, "left", offset.0 + left - outset);
    set(&focus_mark, "top", offset.1 + top - outset);
    set(&focus_mark, "width", right - left + 2.0 * outset);
    set(&focus_mark, "height", bottom - top + 2.0 * outset);

    let frame_width = frame.client_width() as f64;
    let (tip_width, tip_height) = (tooltip.offset_width() as f64, tooltip.offset_height() as f64);
    let centre = offset.0 + (left + right) / 2.0;
    let x = (centre - tip_width / 2.0).min(frame_width - tip_width).max(0.0);
    let gap = 8.0;
    let above = offset.1 + top - tip_height - gap;
    let frame_top_in_viewport = frame.get_bounding_client_rect().top();
    let y = if above >= 0.0 && frame_top_in_viewport + above >= 0.0 {
        above
    } else {
        offset.1 + bottom + gap
    };
    set(&tooltip, "left", x);
    set(&tooltip, "top", y);
}

fn save_image(canvas: HtmlCanvasElement, group: &'static Group, display: Display) {
    let lang = display.lang;
    let source = format!(
        "{}{}{} · {}",
        strings(lang).source,
        strings(lang).colon,
        REPORT.source.get(lang),
        REPORT.publication.get(lang)
    );
    let scale = canvas.width() as f64 / (canvas.client_width().max(1) as f64);
    wasm_bindgen_futures::spawn_local(async move {
        let theme = Theme::for_dark(display.dark);
        let result = match chart_png(&canvas, group.title.get(lang), &source, &theme, scale).await {
            Ok(png) => offer_download(&png, &format!("qingshanhu-2023-{}.png", group.id)),
            Err(error) => Err(error),
        };
        if let Err(error) = result {
            log_error(&format!("image of `{}` not saved: {error}", group.id));
        }
    });
}

/// What a screen reader announces for the canvas: the title, what it shows, the largest and
/// the smallest value.
fn summary(group: &Group, lang: Lang) -> String {
    let words = strings(lang);
    let by_value = |a: &&&crate::data::Figure, b: &&&crate::data::Figure| a.value.total_cmp(&b.value);
    let mut text = format!(
        "{}{}{} {}",
        group.title.get(lang),
        words.colon,
        group.figures.len(),
        words.figures_count
    );
    if let (Some(largest), Some(smallest)) = (
        group.figures.iter().max_by(by_value),
        group.figures.iter().min_by(by_value),
    ) {
        for (word, figure) in [(words.largest, largest), (words.smallest, smallest)] {
            text.push_str(words.separator);
            text.push_str(&format!(
                "{word} {} {}",
                figure.label.get(lang),
                figure.display.get(lang)
            ));
        }
    }
    text.push_str(words.separator);
    text.push_str(words.keyboard_hint);
    text
}
