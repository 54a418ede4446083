//! The key under the graphic: the marks and tags this report's cards and charts use, and no
//! other (a report with no decline has no ▼ in its key).

use super::checked::Checked;
use super::vocabulary::{ChartKind, Lang, Measure, Qualifier, Status};

/// The key in `lang`, composed by the build from the checked report.
pub fn key_text(checked: &Checked<'_>, lang: Lang) -> String {
    let figures = || checked.sections.iter().flat_map(|section| &section.figures);
    // Figures a chart draws: a chart's change is a bar with its word, not ▲/▼.
    let charted = |id: &String| {
        checked
            .sections
            .iter()
            .flat_map(|section| &section.groups)
            .any(|group| matches!(group.chart, ChartKind::Bars | ChartKind::Change) && group.entry.figures.contains(id))
    };
    let any = |qualifiers: &[Qualifier]| {
        figures().any(|figure| qualifiers.contains(&figure.qualifier) && !charted(&figure.entry.id))
    };
    let hollow = checked.sections.iter().any(|section| {
        section.groups.iter().any(|group| {
            matches!(group.chart, ChartKind::Bars | ChartKind::Change)
                && section
                    .figures
                    .iter()
                    .any(|figure| figure.status == Status::Target && group.entry.figures.contains(&figure.entry.id))
        })
    });
    // A tile shows percentage points short ("pts"; components/card/markup.rs).
    let points = figures().any(|figure| figure.unit.measure == Measure::Points && !charted(&figure.entry.id));
    let (head, entries): (&str, [(bool, &str); 7]) = match lang {
        Lang::Zh => (
            "图例：",
            [
                (any(&[Qualifier::Growth, Qualifier::PointsUp]), "▲ 增长"),
                (any(&[Qualifier::Decline]), "▼ 下降"),
                (figures().any(|figure| figure.entry.share), "细条为占比（0–100%）"),
                (any(&[Qualifier::Ordinal]), "圆点为连续年数或届次（十以内）"),
                (false, ""),
                (hollow, "空心条为目标"),
                (true, "标签注明目标、推进中、累计、推算与时点数"),
            ],
        ),
        Lang::En => (
            "Key: ",
            [
                (any(&[Qualifier::Growth, Qualifier::PointsUp]), "▲ up"),
                (any(&[Qualifier::Decline]), "▼ down"),
                (
                    figures().any(|figure| figure.entry.share),
                    "a thin bar is a share (0–100%)",
                ),
                (
                    any(&[Qualifier::Ordinal]),
                    "dots count a streak’s years or an event’s editions (up to ten)",
                ),
                (points, "pts: percentage points"),
                (hollow, "a hollow bar is a target"),
                (
                    true,
                    "tags mark a target, work under way, a cumulative sum, a derived figure or a figure at a point in time",
                ),
            ],
        ),
    };
    let shown: Vec<&str> = entries
        .iter()
        .filter(|(used, _)| *used)
        .map(|(_, text)| *text)
        .collect();
    format!("{head}{}", shown.join(" · "))
}
