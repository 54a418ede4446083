//! A chart card: title, a canvas that redraws whenever its container's width, the language or
//! the theme changes, the selected figure's focus mark and tooltip (by pointer, touch and
//! keyboard), the chart's tools and its messages. The pieces: the drawing is
//! `hooks::use_chart_drawing`, the handlers `input`, the selection `selection`, the
//! overlays `focus`, the table and image export `tools`.

use yew::prelude::*;

use super::focus::ChartFocus;
use super::input::ChartInput;
use super::selection::{Select, Selection};
use super::static_chart::static_chart;
use super::summary::chart_summary;
use super::tools::ChartTools;
use crate::charts::MIN_WIDTH_CSS;
use crate::components::card::card_head;
use crate::components::display::use_display_settings;
use crate::components::hooks::{use_chart_drawing, use_dismiss, use_element_width};
use crate::components::strings::strings;
use crate::data::Group;

#[derive(Properties, PartialEq)]
pub struct ChartViewProps {
    pub group: &'static Group,
}

#[function_component(ChartView)]
pub fn chart_view(props: &ChartViewProps) -> Html {
    let group = props.group;
    let settings = use_display_settings();
    let (card, frame, canvas) = (use_node_ref(), use_node_ref(), use_node_ref());
    let width = use_element_width(frame.clone());
    let drawing = use_chart_drawing(canvas.clone(), group, width, settings);
    let selection = use_reducer_eq(Selection::default);
    let clear = {
        let selection = selection.clone();
        Callback::from(move |()| selection.dispatch(Select::Clear))
    };
    use_dismiss(selection.index.is_some(), card.clone(), clear);
    // Built once per language, not on every render (a tooltip moving re-renders the card).
    let label = use_memo(settings.lang, |&lang| chart_summary(group, lang));

    let input = ChartInput::new(&selection, &drawing);
    let words = strings(settings.lang);
    let selected = drawing.mark(selection.index);
    let tooltip_id = format!("qsh-tooltip-{}", group.id);
    let too_narrow = width.is_some_and(|w| w > 0.0 && w < MIN_WIDTH_CSS);
    html! {
        <figure class="qsh-card qsh-chart" data-group={group.id} data-chart={group.chart.code()} data-size="chart" ref={card}>
            { card_head(group, settings.lang, Some(format!("qsh-chart-{}", group.id))) }
            <div class="qsh-chart__frame" ref={frame.clone()}>
                if settings.first_paint {
                    { static_chart(group, &label) }
                } else {
                    <div class="qsh-chart__clip">
                        <canvas
                            ref={canvas.clone()}
                            class="qsh-chart__canvas"
                            role="img"
                            tabindex="0"
                            aria-label={(*label).clone()}
                            aria-describedby={selected.is_some().then(|| tooltip_id.clone())}
                            onpointermove={input.on_pointer.clone()}
                            onpointerdown={input.on_pointer}
                            onpointerleave={input.on_leave}
                            onkeydown={input.on_key}
                            onblur={input.on_blur}
                        />
                    </div>
                    if let Some(mark) = selected {
                        <ChartFocus id={tooltip_id} {mark} scale={drawing.scale()} canvas={canvas.clone()} {frame} />
                    }
                }
            </div>
            <ChartTools {group} {canvas} />
            if too_narrow {
                <p class="qsh-chart__message">{ words.too_narrow }</p>
            }
            if let Some(message) = drawing.failure() {
                <p class="qsh-chart__message" role="alert">{ words.not_drawn }{ message }</p>
            }
        </figure>
    }
}
