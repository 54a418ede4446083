//! A chart's figures as a real HTML table, for screen readers and for copying.

use yew::prelude::*;

use crate::components::display::use_display_settings;
use crate::components::strings::strings;
use crate::data::Group;

#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    pub id: AttrValue,
    pub group: &'static Group,
}

#[function_component(DataTable)]
pub fn data_table(props: &DataTableProps) -> Html {
    let lang = use_display_settings().lang;
    let words = strings(lang);
    html! {
        <div class="qsh-table-wrap" id={props.id.clone()}>
            <table class="qsh-table">
                <caption>{ props.group.title.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ words.column_figure }</th>
                        <th scope="col">{ words.column_value }</th>
                        <th scope="col">{ words.column_phrase }</th>
                    </tr>
                </thead>
                <tbody>
                    { for props.group.figures.iter().map(|figure| html! {
                        <tr data-figure-row={figure.id}>
                            <th scope="row">{ figure.label.get(lang) }</th>
                            <td>{ figure.display.get(lang) }
                                if figure.badges().next().is_some() {
                                    { " · " }{ figure.badge_words(lang) }
                                }
                            </td>
                            <td lang="zh-CN">{ figure.phrase }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
