//! A chart card: title and a canvas that redraws whenever its container's width, the
//! language or the theme changes. Drawing itself is `charts::draw`; this is the DOM glue.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::app::Display;
use super::hooks::use_element_width;
use crate::charts::{self, ChartStyle, Mark, Theme, MIN_WIDTH_CSS};
use crate::data::{Group, Lang};

#[derive(Properties, PartialEq)]
pub struct ChartViewProps {
    pub group: &'static Group,
}

#[function_component(ChartView)]
pub fn chart_view(props: &ChartViewProps) -> Html {
    let display = use_context::<Display>().expect("ChartView is rendered inside App");
    let group = props.group;
    let container = use_node_ref();
    let canvas = use_node_ref();
    let width = use_element_width(container.clone());
    let failure = use_state_eq(|| None::<String>);
    {
        let canvas = canvas.clone();
        let failure = failure.clone();
        use_effect_with((width, display), move |&(width, display)| {
            let Some(canvas) = canvas.cast::<HtmlCanvasElement>() else {
                return;
            };
            let height = charts::height_css(group, width.unwrap_or(0.0));
            // Through the CSSOM, not a style attribute, so a strict CSP allows it.
            let _ = canvas
                .style()
                .set_property("height", &format!("{height}px"));
            match width {
                Some(width) if width >= MIN_WIDTH_CSS => {
                    match paint(&canvas, group, width, height, display) {
                        Ok(marks) => {
                            let drawn: Vec<&str> =
                                marks.iter().map(|mark| mark.figure.id).collect();
                            let _ = canvas.set_attribute("data-drawn-figures", &drawn.join(" "));
                            failure.set(None);
                        }
                        Err(message) => {
                            gloo::console::error!(format!(
                                "qingshanhu-infographic: chart `{}` not drawn: {message}",
                                group.id
                            ));
                            failure.set(Some(message));
                        }
                    }
                }
                _ => {
                    let _ = canvas.remove_attribute("data-drawn-figures");
                }
            }
        });
    }
    let lang = display.lang;
    let title_id = format!("qsh-chart-{}", group.id);
    let too_narrow = width.is_some_and(|w| w > 0.0 && w < MIN_WIDTH_CSS);
    html! {
        <figure class="qsh-card qsh-chart" data-group={group.id} data-chart={group.chart.code()}>
            <figcaption class="qsh-card__title" id={title_id}>{ group.title.get(lang) }</figcaption>
            <div class="qsh-chart__frame" ref={container}>
                <canvas ref={canvas} class="qsh-chart__canvas" role="img" aria-label={summary(group, lang)} />
            </div>
            if too_narrow {
                <p class="qsh-chart__message">{ narrow_message(lang) }</p>
            }
            if let Some(message) = &*failure {
                <p class="qsh-chart__message" role="alert">{ failure_message(lang) }{ message }</p>
            }
        </figure>
    }
}

/// Sizes the canvas's backing store to its CSS size × devicePixelRatio and draws the group.
fn paint(
    canvas: &HtmlCanvasElement,
    group: &'static Group,
    width: f64,
    height: f64,
    display: Display,
) -> Result<Vec<Mark>, String> {
    let scale = gloo::utils::window().device_pixel_ratio().max(1.0);
    canvas.set_width((width * scale).round() as u32);
    canvas.set_height((height * scale).round() as u32);
    let backend =
        CanvasBackend::with_canvas_object(canvas.clone()).ok_or("the canvas has no 2D context")?;
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

/// What a screen reader announces for the canvas: the title and every value.
fn summary(group: &Group, lang: Lang) -> String {
    let separator = if lang == Lang::Zh { "；" } else { "; " };
    let colon = if lang == Lang::Zh { "：" } else { ": " };
    let values: Vec<String> = group
        .figures
        .iter()
        .map(|figure| format!("{} {}", figure.label.get(lang), figure.display.get(lang)))
        .collect();
    format!("{}{colon}{}", group.title.get(lang), values.join(separator))
}

fn narrow_message(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "显示区域太窄，无法绘制图表。",
        Lang::En => "This space is too narrow to draw the chart.",
    }
}

fn failure_message(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "图表未能绘制：",
        Lang::En => "The chart could not be drawn: ",
    }
}
