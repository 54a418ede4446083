//! The static fallback in index.html (shown before the WebAssembly starts, and where it cannot
//! run) must show the headline figures exactly as the widget does.

use qingshanhu_infographic::data::REPORT;

#[test]
fn the_fallback_shows_the_headline_figures_as_the_dataset_formats_them() {
    let html = include_str!("../index.html");
    let fallback = &html[html.find("class=\"qsh-fallback\"").expect("index.html has a fallback")..];
    let mut shown = Vec::new();
    for item in fallback.split("<li data-figure=\"").skip(1) {
        let (id, rest) = item.split_once('"').unwrap();
        let value = rest
            .split("<strong>")
            .nth(1)
            .unwrap()
            .split("</strong>")
            .next()
            .unwrap();
        let label = rest
            .split("</strong>")
            .nth(1)
            .unwrap()
            .split("</li>")
            .next()
            .unwrap()
            .trim();
        let figure = REPORT
            .figure(id)
            .unwrap_or_else(|| panic!("fallback figure `{id}` is in the dataset"));
        assert_eq!(value, figure.display.zh, "value of `{id}`");
        assert_eq!(label, figure.label.zh, "label of `{id}`");
        shown.push(id);
    }
    let headline: Vec<&str> = REPORT.headline.iter().map(|figure| figure.id).collect();
    assert_eq!(shown, headline, "the fallback lists the headline figures in order");
    assert!(fallback.contains(REPORT.title.zh) && fallback.contains(REPORT.source.zh));
}
