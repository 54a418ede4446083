//! A chart's embed code, shown on request under its tools: the iframe of the chart's own page
//! (`charts/<id>.html`, `en/charts/<id>.html`) where the bundle is published, with the listener
//! that fits its height, ready to copy.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::components::display::use_display_settings;
use crate::components::strings::strings;
use crate::data::{Group, Lang};

/// The HTML a desk pastes to embed one chart, for the bundle published at `base` (ending in /).
pub fn embed_code(base: &str, group: &Group, lang: Lang) -> String {
    let folder = match lang {
        Lang::Zh => "",
        Lang::En => "en/",
    };
    let title = group
        .title
        .get(lang)
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    format!(
        "<iframe data-report-frame src=\"{base}{folder}charts/{id}.html?id={id}\" title=\"{title}\" loading=\"lazy\" \
         width=\"100%\" height=\"400\" scrolling=\"no\" frameborder=\"0\"></iframe>\n\
         <script src=\"{base}host.js\" defer></script>",
        id = group.id
    )
}

#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    pub id: AttrValue,
    pub code: AttrValue,
}

#[function_component(EmbedPanel)]
pub fn embed_panel(props: &EmbedPanelProps) -> Html {
    let words = strings(use_display_settings().lang);
    let field_id = format!("{}-code", props.id);
    // The whole code selected at once, by keyboard or pointer: one copy takes it.
    let on_focus = Callback::from(|event: FocusEvent| {
        if let Some(field) = event.target_dyn_into::<HtmlTextAreaElement>() {
            field.select();
        }
    });
    html! {
        <div class="qsh-embed" id={props.id.clone()}>
            <label for={field_id.clone()}>{ words.embed_hint }</label>
            <textarea id={field_id} class="qsh-embed__code" readonly=true rows="4" value={props.code.clone()} onfocus={on_focus} />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::REPORT;

    #[test]
    fn the_code_frames_the_charts_own_page_where_the_bundle_is() {
        let group = &REPORT.sections[0].groups[0];
        let zh = embed_code("https://graphics.example.com/report/", group, Lang::Zh);
        assert!(
            zh.contains(&format!(
                "src=\"https://graphics.example.com/report/charts/{}.html?id={}\"",
                group.id, group.id
            )),
            "{zh}"
        );
        assert!(zh.contains("loading=\"lazy\"") && zh.contains("data-report-frame"));
        assert!(zh.contains("<script src=\"https://graphics.example.com/report/host.js\" defer></script>"));
        let en = embed_code("https://graphics.example.com/report/", group, Lang::En);
        assert!(en.contains(&format!("/report/en/charts/{}.html", group.id)), "{en}");
        assert!(en.contains(&format!("title=\"{}\"", group.title.en.replace('"', "&quot;"))));
    }
}
