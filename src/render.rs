//! The static first paint: the whole infographic rendered natively at build time by Yew's
//! server-side renderer, from the same components the browser runs, with every chart as SVG
//! drawn by the same chart functions. `scripts/post-build.mjs` puts it into the pages, where
//! it is complete without JavaScript and the widget takes over from it without a jump.

use crate::charts::has_canvas;
use crate::components::{App, AppProps};
use crate::data::{Group, Lang};

/// The static markup of the whole widget in one language.
pub fn first_paint(lang: Lang) -> String {
    render(AppProps {
        lang: Some(lang),
        first_paint: true,
        ..AppProps::default()
    })
}

/// The static markup of one chart embedded alone (`dist/charts/<id>.html`) in one language.
pub fn chart_first_paint(group: &'static Group, lang: Lang) -> String {
    render(AppProps {
        lang: Some(lang),
        charts: vec![group],
        first_paint: true,
        ..AppProps::default()
    })
}

fn render(props: AppProps) -> String {
    let renderer = yew::LocalServerRenderer::<App>::with_props(props).hydratable(false);
    futures::executor::block_on(renderer.render())
}

/// What the pages around the widget take from the report (`scripts/post-build.mjs`), written to
/// `dist/report.json` too: its slug, per language the page title and description, its charts
/// (id, kind, number of figures) and sections (id, headings, number of charts), which the
/// end-to-end tests and the demo article take their fixtures from, and every card (id, titles,
/// its figures in a line), which gets a page of its own.
pub fn page_meta() -> String {
    use crate::data::REPORT;
    let text = json_string;
    let page = |lang: Lang| {
        format!(
            "{{\"title\": {}, \"description\": {}}}",
            text(REPORT.title.get(lang)),
            text(REPORT.summary.get(lang))
        )
    };
    let charts = charts_json();
    let cards: Vec<String> = REPORT
        .sections
        .iter()
        .flat_map(|section| section.groups)
        .map(|group| {
            format!(
                "{{\"id\": {}, \"zh\": {}, \"en\": {}, \"about\": {{\"zh\": {}, \"en\": {}}}}}",
                text(group.id),
                text(group.title.zh),
                text(group.title.en),
                text(&figures_line(group, Lang::Zh)),
                text(&figures_line(group, Lang::En))
            )
        })
        .collect();
    let headline: Vec<String> = REPORT.headline.iter().map(|figure| text(figure.id)).collect();
    let sections: Vec<String> = REPORT
        .sections
        .iter()
        .map(|section| {
            let charts = section.groups.iter().filter(|group| has_canvas(group.chart));
            format!(
                "{{\"id\": {}, \"zh\": {}, \"en\": {}, \"charts\": {}}}",
                text(section.id),
                text(section.heading.zh),
                text(section.heading.en),
                charts.count()
            )
        })
        .collect();
    format!(
        "{{\"slug\": {}, \"zh\": {}, \"en\": {}, \"source\": {{\"zh\": {}, \"en\": {}}}, \"dateline\": {{\"zh\": {}, \"en\": {}}}, \"headline\": [{}], \"sections\": [{}], \"charts\": [{}], \"cards\": [{}]}}\n",
        text(REPORT.slug),
        page(Lang::Zh),
        page(Lang::En),
        text(REPORT.source.zh),
        text(REPORT.source.en),
        text(REPORT.dateline.zh),
        text(REPORT.dateline.en),
        headline.join(", "),
        sections.join(", "),
        charts.join(", "),
        cards.join(", ")
    )
}

/// A JSON string of a text.
fn json_string(value: &str) -> String {
    let mut quoted = String::from("\"");
    for c in value.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if c.is_control() => quoted.push_str(&format!("\\u{:04x}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// The report's charts as JSON objects (id, kind, number of figures), in the page's order: the
/// lead chart heads the page, then each section's.
fn charts_json() -> Vec<String> {
    use crate::data::REPORT;
    let mut drawn: Vec<&Group> = REPORT
        .sections
        .iter()
        .flat_map(|section| section.groups)
        .filter(|group| has_canvas(group.chart))
        .collect();
    drawn.sort_by_key(|group| REPORT.lead_chart != Some(group.id));
    drawn
        .iter()
        .map(|group| {
            format!(
                "{{\"id\": {}, \"kind\": {}, \"figures\": {}}}",
                json_string(group.id),
                json_string(group.chart.code()),
                group.figures.len()
            )
        })
        .collect()
}

/// A card's figures in one line, label and value, as a link to its page describes it.
pub fn figures_line(group: &Group, lang: Lang) -> String {
    let separator = match lang {
        Lang::Zh => "；",
        Lang::En => "; ",
    };
    group
        .figures
        .iter()
        .map(|figure| format!("{} {}", figure.label.get(lang), figure.display.get(lang)))
        .collect::<Vec<_>>()
        .join(separator)
}

#[cfg(test)]
mod tests {
    #[test]
    fn page_meta_is_json_of_the_report() {
        let meta = super::page_meta();
        assert!(
            meta.starts_with(&format!("{{\"slug\": \"{}\"", crate::data::REPORT.slug)),
            "{meta}"
        );
        assert!(meta.contains(&crate::data::REPORT.title.zh.replace('"', "\\\"")));
    }

    #[test]
    fn a_cards_line_names_every_figure_with_its_value() {
        use crate::data::{Lang, REPORT};
        for group in REPORT.sections.iter().flat_map(|section| section.groups) {
            for lang in Lang::ALL {
                let line = super::figures_line(group, lang);
                for figure in group.figures {
                    let shown = format!("{} {}", figure.label.get(lang), figure.display.get(lang));
                    assert!(line.contains(&shown), "`{}`: {line}", group.id);
                }
            }
        }
    }
}
