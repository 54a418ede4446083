//! A chart's tools: its data table and its embed code, each shown on request below them, and
//! saving it as an image or as SVG.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::data_table::DataTable;
use super::embed_panel::{embed_code, EmbedPanel};
use super::export::{save_chart_image, save_chart_svg};
use crate::charts::layout_width_css;
use crate::components::display::use_display_settings;
use crate::components::strings::strings;
use crate::data::Group;
use crate::web::bundle_base_url;

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
    // The code names where the bundle is published, which only the browser knows.
    let embed_code_shown = use_state_eq(|| None::<String>);
    let on_toggle_embed = {
        let embed_code_shown = embed_code_shown.clone();
        Callback::from(move |_: MouseEvent| {
            let code = embed_code_shown
                .is_none()
                .then(|| embed_code(&bundle_base_url(), group, settings.lang));
            embed_code_shown.set(code);
        })
    };
    let table_id = format!("qsh-table-{}", group.id);
    let embed_id = format!("qsh-embed-{}", group.id);
    html! {
        <>
            <div class="qsh-chart__tools">
                <button type="button" class="qsh-button" aria-expanded={table_open.to_string()} aria-controls={table_id.clone()} onclick={on_toggle_table}>
                    { if *table_open { words.hide_table } else { words.data_table } }
                </button>
                <button type="button" class="qsh-button" onclick={on_save_image}>{ words.save_image }</button>
                <button type="button" class="qsh-button" onclick={on_save_svg}>{ words.save_svg }</button>
                <button type="button" class="qsh-button" aria-expanded={embed_code_shown.is_some().to_string()} aria-controls={embed_id.clone()} onclick={on_toggle_embed}>
                    { words.embed }
                </button>
            </div>
            if *table_open {
                <DataTable id={table_id} {group} />
            }
            if let Some(code) = (*embed_code_shown).clone() {
                <EmbedPanel id={embed_id} {code} />
            }
        </>
    }
}
