//! Lines of text fitted to a width at the largest size that takes few enough lines, and drawn
//! left-aligned or centred: the share cards' and the poster's texts.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::charts::text;

/// Line height, as a multiple of the font size.
pub const LINE_HEIGHT: f64 = 1.3;

/// Lines of text at one size, as laid out.
#[derive(Clone, Debug, PartialEq)]
pub struct Lines {
    pub size: f64,
    pub lines: Vec<String>,
}

impl Lines {
    pub fn height(&self) -> f64 {
        self.lines.len() as f64 * self.size * LINE_HEIGHT
    }

    /// Whether the text was cut to fit (its last line ends with an ellipsis).
    pub fn is_cut(&self) -> bool {
        self.lines.last().is_some_and(|line| line.ends_with('…'))
    }
}

/// The largest of `sizes` at which the text wraps into at most `max_lines`, with no orphan on
/// its last line.
pub fn fit(text: &str, width: f64, sizes: &[f64], max_lines: usize) -> Option<Lines> {
    sizes.iter().find_map(|&size| {
        let lines = text::wrap_pretty(text, width, size);
        (lines.len() <= max_lines && !lines.windows(2).any(|pair| inside_word(text, &pair[0], &pair[1])))
            .then_some(Lines { size, lines })
    })
}

/// Whether two lines of `text` part inside a word ("percentage p / oints"): a word wider than
/// the room it is wrapped to.
fn inside_word(text: &str, line: &str, next: &str) -> bool {
    let tail: String = line
        .chars()
        .rev()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let head: String = next.chars().take_while(char::is_ascii_alphanumeric).collect();
    !tail.is_empty() && !head.is_empty() && text.contains(&format!("{tail}{head}"))
}

/// The text at `size`, fitted if it can be, else cut to `max_lines` with an ellipsis.
pub fn fit_or_cut(text: &str, width: f64, size: f64, max_lines: usize) -> Lines {
    fit(text, width, &[size], max_lines).unwrap_or_else(|| {
        let mut lines = text::wrap(text, width, size);
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && text::estimated_width(&format!("{last}…"), size) > width {
                last.pop();
            }
            last.push('…');
        }
        Lines { size, lines }
    })
}

/// Where lines are drawn from: their left edge, or their centre.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Align {
    Left,
    Centre,
}

/// Lines from (x, y) down, `x` their left edge or centre; returns the y under the last line.
pub fn draw_lines<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    lines: &Lines,
    (x, y): (f64, f64),
    align: Align,
    font: TextStyle<'_>,
) -> Result<f64, String> {
    let font = match align {
        Align::Left => font,
        Align::Centre => font.pos(Pos::new(HPos::Center, VPos::Top)),
    };
    let mut y = y;
    for line in &lines.lines {
        root.draw_text(line, &font, (x as i32, y as i32))
            .map_err(|error| error.to_string())?;
        y += lines.size * LINE_HEIGHT;
    }
    Ok(y)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TITLE_SIZES: [f64; 4] = [46.0, 40.0, 34.0, 28.0];

    #[test]
    fn a_long_title_gets_smaller_and_a_third_line_before_it_is_cut() {
        let long = "Handling of suggestions from municipal- and district-level people's congress deputies and proposals from Chinese People's Political Consultative Conference (CPPCC) members";
        assert_eq!(fit(long, 1104.0, &TITLE_SIZES, 2), None);
        let lines = fit(long, 1104.0, &TITLE_SIZES[3..], 3).expect("three lines at the smallest size");
        assert_eq!(
            lines.lines.concat().replace(' ', ""),
            long.replace(' ', ""),
            "nothing cut"
        );
        let cut = fit_or_cut(long, 600.0, 28.0, 2);
        assert_eq!(cut.lines.len(), 2);
        assert!(cut.is_cut(), "{cut:?}");
        assert!(
            cut.lines.iter().all(|line| text::estimated_width(line, 28.0) <= 600.0),
            "{cut:?}"
        );
    }

    #[test]
    fn a_short_title_stays_large() {
        let lines = fit("空气质量", 1104.0, &TITLE_SIZES, 2);
        assert_eq!(
            lines,
            Some(Lines {
                size: TITLE_SIZES[0],
                lines: vec!["空气质量".to_string()]
            })
        );
    }
}
