//! The build's checks of where figures stand (src/data/placement.rs), and of English quotes, on
//! corrupted copies of the real data file: a figure stands in one place, the lead has at most
//! four figures, a change stands with the figure the report states it of, a share is a
//! percentage, English quotes and apostrophes are curly.

mod corrupted;

use corrupted::{assert_rejected, corrupt};

#[test]
fn rejects_a_figure_in_two_groups() {
    let text = corrupt(
        "figures = [\"promo-events\", \"consumption-driven\", \"convenience-circles\"]",
        "figures = [\"promo-events\", \"consumption-driven\", \"convenience-circles\", \"project-start-rate\"]",
    );
    assert_rejected(&text, "figure `project-start-rate`", "a figure stands in one place");
}

#[test]
fn rejects_a_lead_figure_also_in_a_group() {
    let text = corrupt(
        "figures = [\"pillar-textiles\", \"pillar-metallurgy\", \"pillar-electronics\"]",
        "figures = [\"pillar-textiles\", \"pillar-metallurgy\", \"pillar-electronics\", \"retail-sales-growth\"]",
    );
    assert_rejected(
        &text,
        "figure `retail-sales-growth`",
        "stands in the lead and again in group `pillar-industries`",
    );
}

#[test]
fn rejects_more_than_four_lead_figures() {
    let text = corrupt(
        "  \"retail-sales-growth\",\n]",
        "  \"retail-sales-growth\",\n  \"pillar-textiles\",\n  \"pillar-metallurgy\",\n  \"pillar-electronics\",\n]",
    );
    assert_rejected(&text, "[report] headline", "at most 4 lead");
}

#[test]
fn rejects_a_lead_figure_from_another_section() {
    // The lead takes the report's opening; a section's own figure stays in its cards.
    let text = corrupt(
        "  \"retail-sales-growth\",\n]",
        "  \"retail-sales-growth\",\n  \"exports\",\n]",
    );
    assert_rejected(&text, "[report] headline", "stand in sections `lede` and `reform`");
}

#[test]
fn rejects_a_change_of_a_figure_of_another_sentence() {
    let text = corrupt("change_of = \"good-air-rate\"", "change_of = \"river-patrol\"");
    assert_rejected(
        &text,
        "figure `good-air-rate-up`",
        "does not state it in the sentence of `river-patrol`",
    );
}

#[test]
fn rejects_a_change_that_is_no_change() {
    let text = corrupt(
        "phrase = \"全年完成外贸出口超75亿元\"\n",
        "phrase = \"全年完成外贸出口超75亿元\"\nchange_of = \"big-projects-investment\"\n",
    );
    assert_rejected(
        &text,
        "figure `exports`",
        "a change is a growth, a decline or a rise in points",
    );
}

#[test]
fn rejects_a_share_that_is_no_percentage() {
    let text = corrupt(
        "phrase = \"全年完成外贸出口超75亿元\"\n",
        "phrase = \"全年完成外贸出口超75亿元\"\nshare = true\n",
    );
    assert_rejected(&text, "figure `exports`", "a share is a percentage");
}

#[test]
fn rejects_a_report_without_its_year() {
    let text = corrupt("year = 2023\n", "");
    assert_rejected(&text, "[report]", "year");
}

#[test]
fn rejects_straight_quotes_in_english() {
    let text = corrupt(
        "label_en = \"“5G + smart factory” projects undertaken\"",
        "label_en = \"\\\"5G + smart factory\\\" projects undertaken\"",
    );
    assert_rejected(&text, "figure `smart-factory-projects`", "English quotes are curly");
}

#[test]
fn rejects_straight_apostrophes_in_english() {
    let text = corrupt(
        "label_en = \"Consecutive listing among China’s top 100 industrial districts\"",
        "label_en = \"Consecutive listing among China's top 100 industrial districts\"",
    );
    assert_rejected(
        &text,
        "figure `top100-industrial-streak`",
        "English apostrophes are curly",
    );
}

/// A work report's review part is of the year before: a section of it dated the report's year
/// (its `year` left out) is refused, naming the part heading and the year to write.
#[test]
fn rejects_a_section_dated_otherwise_than_its_part() {
    use report_infographic::data::check::check;
    use report_infographic::data::schema::Document;
    let text = include_str!("../data/hailar-2019/report.txt");
    let data = include_str!("../data/hailar-2019/dataset.toml");
    let undated = data.replacen("year = 2018\n", "", 1);
    assert_ne!(undated, data, "the dataset dates its review");
    let document: Document = toml::from_str(&undated).unwrap();
    let problems = check("hailar-2019", &document, text, &corrupted::shared_units().units);
    assert!(
        problems
            .iter()
            .any(|problem| problem.message.contains("一、2018年工作回顾") && problem.message.contains("year = 2018")),
        "{problems:#?}"
    );
    let document: Document = toml::from_str(data).unwrap();
    assert!(check("hailar-2019", &document, text, &corrupted::shared_units().units).is_empty());
}
