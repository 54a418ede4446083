//! The texts of an SVG the charts draw, as tests read them.

/// SVG text unescaped.
pub fn unescape(svg: &str) -> String {
    svg.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
}

/// Every `<text>` of an SVG as (x, font size, anchor, text).
pub fn text_runs(svg: &str) -> Vec<(f64, f64, String, String)> {
    let attribute = |element: &str, name: &str| -> Option<String> {
        let start = element.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(element[start..start + element[start..].find('"')?].to_string())
    };
    svg.split("<text")
        .skip(1)
        .filter_map(|element| {
            let open = &element[..element.find('>')?];
            let content = &element[element.find('>')? + 1..element.find("</text>")?];
            Some((
                attribute(open, "x")?.parse().ok()?,
                attribute(open, "font-size")?.parse().ok()?,
                attribute(open, "text-anchor").unwrap_or_else(|| "start".into()),
                unescape(content.trim()),
            ))
        })
        .collect()
}
