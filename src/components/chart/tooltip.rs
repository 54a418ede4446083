//! The tooltip of one figure: label, exact value with qualifier, and the report's words.
//! Its position is set by the chart (through the CSSOM, after it is measured).

use yew::prelude::*;

use crate::components::display::use_display_settings;
use crate::components::strings::strings;
use crate::data::Figure;

#[derive(Properties, PartialEq)]
pub struct TooltipProps {
    pub id: AttrValue,
    pub figure: &'static Figure,
    pub node: NodeRef,
}

#[function_component(Tooltip)]
pub fn tooltip(props: &TooltipProps) -> Html {
    let lang = use_display_settings().lang;
    let words = strings(lang);
    let figure = props.figure;
    html! {
        <div id={props.id.clone()} class="qsh-tooltip" role="tooltip" ref={props.node.clone()}>
            <span class="qsh-tooltip__label">{ figure.label.get(lang) }</span>
            <strong class="qsh-tooltip__value">{ figure.display.get(lang) }</strong>
            if figure.badges().next().is_some() {
                <span class="qsh-tooltip__badges">{ figure.badge_words(lang) }</span>
            }
            <q class="qsh-tooltip__phrase" lang="zh-CN">{ figure.phrase }</q>
            if let Some(formula) = figure.derived {
                <span class="qsh-tooltip__derived">{ words.derived_from }{ formula.get(lang) }</span>
            }
        </div>
    }
}
