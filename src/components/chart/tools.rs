//! A chart's tools: its data table, shown on request below them, and saving it as an image
//! or as SVG.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::data_table::DataTable;
use super::export::{save_chart_image, save_chart_svg};
use crate::charts::layout_width_css;
use crate::components::display::use_display_settings;
use crate::components::strings::strings;
use crate::data::Group;

#[derive(Properties, PartialEq)]
pub struct ChartToolsProps {
    pub group: &'static Group,
    pub canvas: NodeRef,
}

#[function_component(ChartTools)]
pub fn chart_tools(props: &ChartToolsProps) -> Html {
    let settings = use_display_settings();
    let words = strings(settings.lang);
    let group = props.group;
    let table_open = use_state_eq(|| false);
    let on_toggle_table = {
        let table_open = table_open.clone();
        Callback::from(move |_: MouseEvent| table_open.set(!*table_open))
    };
    let on_save_image = {
        let canvas = props.canvas.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                save_chart_image(group, settings, layout_width_css(f64::from(canvas.client_width())));
            }
        })
    };
    let on_save_svg = {
        let canvas = props.canvas.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                save_chart_svg(group, settings.lang, layout_width_css(f64::from(canvas.client_width())));
            }
        })
    };
    let table_id = format!("qsh-table-{}", group.id);
    html! {
        <>
            <div class="qsh-chart__tools">
                <button type="button" class="qsh-button" aria-expanded={table_open.to_string()} aria-controls={table_id.clone()} onclick={on_toggle_table}>
                    { if *table_open { words.hide_table } else { words.data_table } }
                </button>
                <button type="button" class="qsh-button" onclick={on_save_image}>{ words.save_image }</button>
                <button type="button" class="qsh-button" onclick={on_save_svg}>{ words.save_svg }</button>
            </div>
            if *table_open {
                <DataTable id={table_id} {group} />
            }
        </>
    }
}
