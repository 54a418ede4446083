//! HTML text for the card's static pieces: text escaped, and spans of it.

/// Text for HTML: `&`, `<`, `>` and `"` escaped.
pub(super) fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Escaped text.
pub fn text(out: &mut String, text: &str) {
    out.push_str(&escaped(text));
}

/// A `<span class=…>` of escaped text, or nothing for no text.
pub(super) fn span(out: &mut String, class: &str, text: &str) {
    if !text.is_empty() {
        out.push_str("<span class=\"");
        out.push_str(class);
        out.push_str("\">");
        out.push_str(&escaped(text));
        out.push_str("</span>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escaped("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
    }
}
