//! A card's head: the year of its figures above its title, and, for a chart (whose figures
//! share one status and period), what they are.

use yew::{AttrValue, Html};

use super::{html, markup};
use crate::charts::has_canvas;
use crate::data::dateline::year_text;
use crate::data::{Group, Lang};

/// The card's caption; `id` names it for a chart's canvas.
pub fn card_head(group: &Group, lang: Lang, id: Option<String>) -> Html {
    let mut html = String::from("<figcaption class=\"qsh-card__title\"");
    if let Some(id) = id {
        html.push_str(" id=\"");
        html.push_str(&id);
        html.push('"');
    }
    html.push_str("><span class=\"qsh-card__year\">");
    html.push_str(&year_text(group.year, lang));
    if let Some(figure) = group.figures.first().filter(|_| has_canvas(group.chart)) {
        markup::badges(&mut html, figure, lang);
    }
    html.push_str("</span><span class=\"qsh-card__name\">");
    html::text(&mut html, group.title.get(lang));
    html.push_str("</span></figcaption>");
    Html::from_html_unchecked(AttrValue::from(html))
}
