//! Where each figure stands on the page: once, and with what belongs to it.
//!
//! - Every figure stands in exactly one place: the lead (`headline`, at most four), or one
//!   group; a figure's change stated in the same sentence (`change_of`) stands on its card.
//! - A figure with its change stands on a number card (the lead or tiles), where the change
//!   line is drawn.
//! - A share (`share = true`) is a percentage; the lead chart is a chart of the report.
//! - The report has a year, and every section's year is a year.

use std::collections::HashMap;

use super::phrase::sentences_containing;
use super::schema::{Document, FigureEntry};
use super::vocabulary::{ChartKind, Qualifier, Unit};

/// At most this many lead figures: more and nothing leads.
pub const MAX_LEAD: usize = 4;

/// A place a figure stands in: "the lead" or a group, with the group's kind.
type Place = (String, Option<ChartKind>);

/// Every problem of the figures' places, as (entry, message), sorted.
pub fn placement_problems(document: &Document, units: &HashMap<&str, Unit<'_>>, report: &str) -> Vec<(String, String)> {
    let mut problems = report_problems(document);
    let figures: HashMap<&str, &FigureEntry> = document
        .sections
        .iter()
        .flat_map(|section| section.figures.iter().map(|figure| (figure.id.as_str(), figure)))
        .collect();
    let places = places(document);
    let mut changes: HashMap<&str, &str> = HashMap::new();
    for section in &document.sections {
        for figure in &section.figures {
            let entry = format!("figure `{}`", figure.id);
            let shown_at = places.get(figure.id.as_str()).map_or(&[][..], Vec::as_slice);
            if figure.share && !units.get(figure.unit.as_str()).is_some_and(Unit::is_percent) {
                problems.push((
                    entry.clone(),
                    "share = true, but a share is a percentage (unit `%`)".into(),
                ));
            }
            let messages = match &figure.change_of {
                None => one_place(shown_at),
                Some(base) => {
                    let mut messages = change_problems(figure, base, &figures, &places, report);
                    if let Some(other) = changes.insert(base, &figure.id) {
                        messages.push(format!("change_of: `{base}` already has its change `{other}`"));
                    }
                    if let Some(place) = shown_at.first() {
                        messages.push(format!(
                            "is the change of `{base}`, so it stands on its card, not in {}",
                            place.0
                        ));
                    }
                    messages
                }
            };
            problems.extend(messages.into_iter().map(|message| (entry.clone(), message)));
        }
    }
    problems.sort();
    problems
}

/// The lead is the report's opening: its figures and its chart stand in one section, so that
/// no other section's cards leave out a figure of theirs that the lead took.
fn lead_apart(document: &Document) -> Option<String> {
    let section_of = |id: &str, groups: bool| {
        document.sections.iter().find_map(|section| {
            let here = if groups {
                section.groups.iter().any(|group| group.id == id)
            } else {
                section.figures.iter().any(|figure| figure.id == id)
            };
            here.then_some(section.id.as_str())
        })
    };
    let report = &document.report;
    let chart = report.lead_chart.as_deref().and_then(|id| section_of(id, true));
    let mut sections = report
        .headline
        .iter()
        .filter_map(|id| section_of(id, false))
        .chain(chart);
    let first = sections.next()?;
    sections.find(|&other| other != first).map(|other| {
        format!(
            "the lead's figures and chart stand in sections `{first}` and `{other}`: the lead takes them from one section, \
             the report's opening; show the others in their own sections' cards"
        )
    })
}

/// The report's lead, its lead chart and its years.
fn report_problems(document: &Document) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    let report = &document.report;
    if let Some(message) = lead_apart(document) {
        problems.push(("[report] headline".into(), message));
    }
    if report.headline.len() > MAX_LEAD {
        let message = format!(
            "has {} figures: at most {MAX_LEAD} lead, or nothing does",
            report.headline.len()
        );
        problems.push(("[report] headline".into(), message));
    }
    let year_ok = |year: u16| (1900..=2100).contains(&year);
    if !year_ok(report.year) {
        problems.push((
            "[report]".into(),
            "year: write the year the report is of (year = 2023)".into(),
        ));
    }
    for section in &document.sections {
        if section.year.is_some_and(|year| !year_ok(year)) {
            problems.push((format!("section `{}`", section.id), "year is not a year".into()));
        }
    }
    if let Some(id) = &report.lead_chart {
        let group = document.sections.iter().flat_map(|s| &s.groups).find(|g| &g.id == id);
        let message = match group {
            Some(group) if group.chart == ChartKind::Tiles.code() => {
                format!("`{id}` is number tiles: the lead chart is a chart (the lead figures are `headline`)")
            }
            Some(_) => return problems,
            None => format!("names missing group `{id}`"),
        };
        problems.push(("[report] lead_chart".into(), message));
    }
    problems
}

/// Where each figure stands: the lead, and every group that names it.
fn places(document: &Document) -> HashMap<&str, Vec<Place>> {
    let mut places: HashMap<&str, Vec<Place>> = HashMap::new();
    for id in &document.report.headline {
        places.entry(id).or_default().push(("the lead".into(), None));
    }
    for group in document.sections.iter().flat_map(|section| &section.groups) {
        for id in &group.figures {
            let place = (format!("group `{}`", group.id), ChartKind::from_code(&group.chart));
            places.entry(id).or_default().push(place);
        }
    }
    places
}

/// A figure that is no change stands in exactly one place.
fn one_place(shown_at: &[Place]) -> Vec<String> {
    match shown_at {
        [] => vec!["stands nowhere: put it in one group, or in the lead".into()],
        [_] => Vec::new(),
        [first, rest @ ..] => {
            let others: Vec<&str> = rest.iter().map(|place| place.0.as_str()).collect();
            vec![format!(
                "stands in {} and again in {}: a figure stands in one place",
                first.0,
                others.join(", ")
            )]
        }
    }
}

/// A change is a growth, a decline or a rise in points of a figure that is no change, stated
/// in that figure's sentence, which stands on a number card.
fn change_problems(
    figure: &FigureEntry,
    base_id: &str,
    figures: &HashMap<&str, &FigureEntry>,
    places: &HashMap<&str, Vec<Place>>,
    report: &str,
) -> Vec<String> {
    let mut problems = Vec::new();
    let is_change = Qualifier::from_code(&figure.qualifier).is_some_and(Qualifier::is_change);
    if !is_change {
        problems.push("change_of: a change is a growth, a decline or a rise in points".into());
    }
    let Some(base) = figures.get(base_id) else {
        problems.push(format!("change_of names missing figure `{base_id}`"));
        return problems;
    };
    if base.change_of.is_some() {
        problems.push(format!("change_of: `{base_id}` is itself a change"));
    }
    let base_sentences = sentences_containing(report, &base.phrase);
    if !sentences_containing(report, &figure.phrase)
        .iter()
        .any(|at| base_sentences.contains(at))
    {
        problems.push(format!(
            "change_of: the report does not state it in the sentence of `{base_id}` (\"{}\")",
            base.phrase
        ));
    }
    let on_card = places
        .get(base_id)
        .is_some_and(|at| at.iter().all(|(_, kind)| matches!(kind, None | Some(ChartKind::Tiles))));
    if !on_card {
        problems.push(format!(
            "change_of: `{base_id}` must stand on a number card (the lead or tiles) to carry its change"
        ));
    }
    problems
}
