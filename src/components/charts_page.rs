//! Charts embedded alone (`charts=` option, `dist/charts/<id>.html`): just their cards, in
//! the order asked, and the credit line.

use yew::prelude::*;

use super::display::use_display_settings;
use super::group_card::GroupCard;
use super::strings::credit_line;
use crate::data::Group;

#[derive(Properties, PartialEq)]
pub struct ChartsPageProps {
    pub charts: Vec<&'static Group>,
}

#[function_component(ChartsPage)]
pub fn charts_page(props: &ChartsPageProps) -> Html {
    let lang = use_display_settings().lang;
    html! {
        <>
            <div class="qsh-grid qsh-grid--charts">
                { for props.charts.iter().map(|&group| html! { <GroupCard key={group.id} {group} /> }) }
            </div>
            <p class="qsh-credit">{ credit_line(lang) }</p>
        </>
    }
}
