//! Charts embedded alone (`charts=` option, `dist/charts/<id>.html`): the place they are of,
//! their cards in the order asked, and the credit line (a function: it has no state).

use yew::prelude::*;

use super::group_card::group_card;
use super::strings::credit_line;
use crate::data::{Group, Lang, REPORT};

pub fn charts_page(charts: &[&'static Group], lang: Lang) -> Html {
    html! {
        <>
            // An embedded chart stands alone: it says where it is from (its card, the year).
            <p class="qsh-kicker">{ REPORT.place.get(lang) }</p>
            <div class="qsh-grid qsh-grid--charts">
                { for charts.iter().map(|&group| group_card(group, lang)) }
            </div>
            <p class="qsh-credit">{ credit_line(lang) }</p>
        </>
    }
}
