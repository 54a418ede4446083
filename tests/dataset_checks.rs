//! The build's dataset checks, run on corrupted copies of the real data file: each kind of
//! corruption must be rejected with a message naming the file, the entry and the problem.

mod corrupted;

use corrupted::{assert_rejected, corrupt, problems_in, shared_units, DATA, FILE, REPORT_TEXT};
use report_infographic::data::check::{check, Problem};
use report_infographic::data::schema::Document;

#[test]
fn the_real_dataset_passes_every_check() {
    let problems = problems_in(DATA);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn rejects_a_duplicate_id() {
    let text = corrupt("id = \"business-policy-funds\"", "id = \"online-retail-sales\"");
    assert_rejected(&text, "figure `online-retail-sales`", "duplicate id");
}

#[test]
fn rejects_an_unknown_unit() {
    let text = corrupt("value = 175.99\nunit = \"亿元\"", "value = 175.99\nunit = \"亿美元\"");
    assert_rejected(&text, "figure `online-retail-sales`", "unknown unit `亿美元`");
}

#[test]
fn rejects_an_unknown_qualifier() {
    let text = corrupt(
        "value = 1500\nunit = \"万元\"\nqualifier = \"more-than\"",
        "value = 1500\nunit = \"万元\"\nqualifier = \"roughly\"",
    );
    assert_rejected(&text, "figure `business-policy-funds`", "unknown qualifier `roughly`");
}

#[test]
fn rejects_a_qualifier_that_contradicts_its_phrase() {
    let text = corrupt(
        "value = 1500\nunit = \"万元\"\nqualifier = \"more-than\"",
        "value = 1500\nunit = \"万元\"\nqualifier = \"exact\"",
    );
    assert_rejected(
        &text,
        "figure `business-policy-funds`",
        "qualifier `exact` contradicts its phrase",
    );
}

#[test]
fn rejects_a_value_missing_from_its_phrase() {
    let text = corrupt("value = 175.99", "value = 176");
    assert_rejected(
        &text,
        "figure `online-retail-sales`",
        "value 176 does not appear in its phrase",
    );
}

#[test]
fn rejects_a_percentage_out_of_range() {
    let text = corrupt("status = \"done\"\nover_100 = true\n", "status = \"done\"\n");
    assert_rejected(&text, "figure `investment-completion-rate`", "out of range 0–100");
}

#[test]
fn rejects_an_empty_label() {
    let text = corrupt("label_zh = \"网络零售额\"\n", "label_zh = \"  \"\n");
    assert_rejected(&text, "figure `online-retail-sales`", "empty label_zh");
}

#[test]
fn rejects_a_group_naming_a_missing_figure() {
    let text = corrupt(
        "figures = [\"pillar-textiles\", \"pillar-metallurgy\", \"pillar-electronics\"]",
        "figures = [\"pillar-textiles\", \"pillar-metalurgy\", \"pillar-electronics\"]",
    );
    assert_rejected(
        &text,
        "group `pillar-industries`",
        "names missing figure `pillar-metalurgy`",
    );
}

#[test]
fn rejects_a_phrase_that_is_not_in_the_report() {
    let text = corrupt(
        "phrase = \"全年网络零售额累计完成175.99亿元\"",
        "phrase = \"全年网络零售额完成175.99亿元\"",
    );
    assert_rejected(
        &text,
        "figure `online-retail-sales`",
        "not a verbatim part of the report",
    );
}

#[test]
fn rejects_a_figure_in_no_group() {
    let text = corrupt(
        "figures = [\"pillar-textiles\", \"pillar-metallurgy\", \"pillar-electronics\"]",
        "figures = [\"pillar-textiles\", \"pillar-metallurgy\"]",
    );
    assert_rejected(&text, "figure `pillar-electronics`", "stands nowhere");
}

#[test]
fn rejects_mixed_units_in_a_bar_chart() {
    let text = corrupt(
        "figures = [\"pillar-textiles\", \"pillar-metallurgy\", \"pillar-electronics\"]",
        "figures = [\"pillar-textiles\", \"pillar-metallurgy\", \"pillar-electronics\", \"budget-revenue-growth\"]",
    );
    assert_rejected(&text, "group `pillar-industries`", "needs figures of one unit");
}

#[test]
fn rejects_an_unknown_period() {
    let text = corrupt(
        "value = 175.99\nunit = \"亿元\"\nqualifier = \"exact\"\nperiod = \"year\"",
        "value = 175.99\nunit = \"亿元\"\nqualifier = \"exact\"\nperiod = \"annual\"",
    );
    assert_rejected(&text, "figure `online-retail-sales`", "unknown period `annual`");
}

#[test]
fn rejects_a_bar_chart_comparing_a_years_figure_with_a_cumulative_one() {
    // The review's case: the year's new factory space beside space added cumulatively.
    let text = corrupt(
        "figures = [\"standard-factory-space\", \"industrial-building-space\"]",
        "figures = [\"standard-factory-space\", \"industrial-building-space\", \"added-factory-space\"]",
    );
    assert_rejected(
        &text,
        "group `new-floor-space`",
        "a `bars` chart reads its figures against each other, so they need one period, found `standard-factory-space` year, `industrial-building-space` year, `added-factory-space` cumulative",
    );
}

#[test]
fn rejects_a_ring_without_the_reports_words_for_its_relation() {
    // A ring of the good-air days out of a whole the report does not state.
    let ring = |relation: &str| {
        corrupt(
            "figures = [\"good-air-days\", \"good-air-rate\"]\n",
            &format!(
                "figures = [\"good-air-days\", \"good-air-rate\"]\n\n[[section.group]]\nid = \"good-air-days-ring\"\nchart = \"ring\"\ntitle_zh = \"全年空气质量优良天数\"\ntitle_en = \"Days of good air quality in the year\"\nfigures = [\"good-air-days\", \"river-patrol\"]\n{relation}"
            ),
        )
    };
    assert_rejected(
        &ring(""),
        "group `good-air-days-ring`",
        "quote the report's words that state it in `relation`",
    );
    assert_rejected(
        &ring("relation = \"全年365天中空气质量优良天数341天\"\n"),
        "group `good-air-days-ring`",
        "is not a verbatim part of the report",
    );
}

#[test]
fn rejects_a_chart_kind_that_asserts_an_unsupported_relation() {
    // Funnels and ladders are gone: the report states no stages or tiers among its lists.
    let text = corrupt(
        "id = \"resettlement-housing\"\nchart = \"tiles\"",
        "id = \"resettlement-housing\"\nchart = \"pipeline\"",
    );
    assert_rejected(
        &text,
        "group `resettlement-housing`",
        "unknown chart `pipeline` (known: bars, change, ring, tiles)",
    );
}

#[test]
fn rejects_an_unknown_status() {
    let text = corrupt(
        "period = \"year\"\nstatus = \"under-way\"\nlabel_zh = \"顺利推进的重大重点项目\"",
        "period = \"year\"\nstatus = \"ongoing\"\nlabel_zh = \"顺利推进的重大重点项目\"",
    );
    assert_rejected(
        &text,
        "figure `major-projects`",
        "unknown status `ongoing` (known: done, under-way, target)",
    );
}

#[test]
fn rejects_work_in_progress_marked_done() {
    // 36条安置房配套路网加快建设: roads being built are not roads built.
    let text = corrupt(
        "status = \"under-way\"\nlabel_zh = \"加快建设的安置房配套路网\"",
        "status = \"done\"\nlabel_zh = \"加快建设的安置房配套路网\"",
    );
    assert_rejected(
        &text,
        "figure `resettlement-road-network`",
        "status `done` contradicts its phrase, whose \"加快\" puts the work in progress",
    );
}

#[test]
fn rejects_a_bar_chart_setting_work_done_beside_work_under_way() {
    // The review's case: 5 roads opened beside 36 roads still being built, on one axis.
    let text = corrupt(
        "id = \"road-network\"\nchart = \"tiles\"",
        "id = \"road-network\"\nchart = \"bars\"",
    );
    assert_rejected(
        &text,
        "group `road-network`",
        "need one status (done, under way or a target), found `dead-end-roads-opened` done, `resettlement-road-network` under-way",
    );
}

#[test]
fn rejects_a_ring_of_a_years_flow_in_a_stock() {
    // The review's case: 2.6万 new market entities drawn as a share of the 8.9万 in total.
    let text = corrupt(
        "id = \"market-entities\"\nchart = \"tiles\"\ntitle_zh = \"经营主体\"\ntitle_en = \"Market entities\"\nfigures = [\"new-market-entities\", \"market-entities-total\", \"five-above-new\"]",
        "id = \"market-entities\"\nchart = \"ring\"\ntitle_zh = \"经营主体\"\ntitle_en = \"Market entities\"\nfigures = [\"new-market-entities\", \"market-entities-total\"]\nrelation = \"推动经营主体新增2.6万户、总数达8.9万户\"",
    );
    let text = text.replace(
        "figures = [\"business-policy-funds\", \"loans-provided\", \"tax-relief\"]",
        "figures = [\"business-policy-funds\", \"loans-provided\", \"tax-relief\", \"five-above-new\"]",
    );
    assert_rejected(
        &text,
        "group `market-entities`",
        "need one period, found `new-market-entities` year, `market-entities-total` point-in-time",
    );
}

#[test]
fn rejects_bars_of_figures_the_report_states_in_different_sentences() {
    // The review's case: re-employment and 应保尽保 coverage, two programmes in two sentences.
    let tiles = "id = \"unemployment-insurance\"\nchart = \"tiles\"";
    let apart = corrupt(tiles, "id = \"unemployment-insurance\"\nchart = \"bars\"").replacen(
        "figures = [\"unemployment-funds\", \"reemployed-urban-unemployed\", \"reemployed-hardship\"]",
        "figures = [\"reemployed-urban-unemployed\", \"reemployed-hardship\", \"people-assured-support\"]",
        1,
    );
    assert_rejected(
        &apart,
        "group `unemployment-insurance`",
        "a `bars` chart sets side by side only figures the report states in one sentence, and `reemployed-urban-unemployed`, `reemployed-hardship`, `people-assured-support` are not",
    );
    // Quoting words that do not compare them all does not make it allowed.
    let quoted = apart.replacen(
        "figures = [\"reemployed-urban-unemployed\", \"reemployed-hardship\", \"people-assured-support\"]",
        "figures = [\"reemployed-urban-unemployed\", \"reemployed-hardship\", \"people-assured-support\"]\nrelation = \"1506名城镇失业人员、353名就业困难人员实现再就业\"",
        1,
    );
    assert_rejected(
        &quoted,
        "group `unemployment-insurance`",
        "does not state `people-assured-support` (4551)",
    );
}

#[test]
fn rejects_chinese_in_an_english_text() {
    let text = corrupt(
        "label_en = \"Online retail sales\"\n",
        "label_en = \"Online retail sales (网络零售)\"\n",
    );
    assert_rejected(
        &text,
        "figure `online-retail-sales`",
        "label_en has Chinese characters (网络零售)",
    );
}

#[test]
fn rejects_a_chinese_text_without_its_english_twin() {
    let subheading = corrupt(
        "subheading_en = \"Building a strong backbone for industry\"",
        "subheading_en = \"\"",
    );
    assert_rejected(
        &subheading,
        "section `industry`",
        "empty subheading_en: every Chinese text has its English twin",
    );
    let formula = corrupt(
        "derived_en = \"1 company named in the report: Jiangxi Zhaochi Optoelectronics Co., Ltd.\"\n",
        "",
    );
    assert_rejected(&formula, "figure `single-item-champion`", "empty derived_en");
}

#[path = "dataset_checks/text.rs"]
mod text;
