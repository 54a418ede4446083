//! The draft measured field by field against hand-made datasets (`tests/support/measure.rs`):
//! on reports it was not written against (Hailar 2019; Hailar 2018 as served, GBK; a provincial
//! report), each printed (`cargo test --test draft_measured -- --nocapture`) with floors a
//! little under its measure, so that a change that makes the draft worse fails.

#![cfg(not(target_arch = "wasm32"))]

use report_infographic::data::phrase::joined_lines;
use report_infographic::data::schema::Document;
use report_infographic::draft::{decode, draft};

#[path = "support/measure.rs"]
mod measure;
use measure::{measure, share};

const QINGSHANHU: &str = include_str!("../data/qingshanhu-2023/report.txt");
const QINGSHANHU_DATA: &str = include_str!("../data/qingshanhu-2023/dataset.toml");
const HAILAR: &str = include_str!("../data/hailar-2019/report.txt");
const HAILAR_DATA: &str = include_str!("../data/hailar-2019/dataset.toml");
const HAILAR_2018: &str = include_str!("../data/hailar-2018/report.txt");
const HAILAR_2018_DATA: &str = include_str!("../data/hailar-2018/dataset.toml");
/// Hailar's 2018 report byte for byte as served: GBK, CRLF line ends.
const HAILAR_2018_GBK: &[u8] = include_bytes!("fixtures/hailar-2018-government-work-report.gbk.txt");
const HEBEI: &str = include_str!("fixtures/hebei-2026/report.txt");
const HEBEI_DATA: &str = include_str!("fixtures/hebei-2026/dataset.toml");

fn drafted(report: &str) -> Document {
    toml::from_str(&draft(report).expect("a draft")).expect("the draft is a dataset file")
}

/// The draft on a report it was not written against: Hailar's hand-made dataset, field by
/// field. Prints the measurement (`cargo test --test draft -- --nocapture`); its floors are
/// this draft's, so that a change that makes it worse fails.
#[test]
fn a_draft_measured_on_an_unseen_report() {
    let hand: Document = toml::from_str(HAILAR_DATA).unwrap();
    let m = measure(&joined_lines(HAILAR), &hand, &drafted(HAILAR));
    m.print("hailar-2019 (not written against it)", true);
    assert!(share(m.found, m.total) >= 95.0, "value, unit and qualifier");
    assert!(share(m.period, m.total) >= 90.0, "period");
    assert!(share(m.status, m.total) >= 95.0, "status");
    assert_eq!(
        m.year, m.total,
        "years: the review's sections are of 2018, from 一、2018年工作回顾"
    );
    assert!(share(m.not_figures, m.drafted) <= 5.0, "non-figures drafted as figures");
    assert!(share(m.label, m.total) >= 84.0, "Chinese labels");
    let hand: Document = toml::from_str(QINGSHANHU_DATA).unwrap();
    measure(&joined_lines(QINGSHANHU), &hand, &drafted(QINGSHANHU))
        .print("qingshanhu-2023 (written against it)", false);
}

/// The draft on the GBK report as it is served (Hailar's 2018 report, which it was not written
/// against), decoded as the draft decodes it, against the desk's hand-made dataset of that text.
/// Floors a little under this draft's measure, so that a change that makes it worse fails.
#[test]
fn a_draft_measured_on_an_unseen_gbk_report() {
    let decoded = decode(HAILAR_2018_GBK).expect("GBK is read");
    assert_eq!(
        decoded.text, HAILAR_2018,
        "data/hailar-2018/report.txt is the served text as UTF-8"
    );
    let hand: Document = toml::from_str(HAILAR_2018_DATA).unwrap();
    let m = measure(&joined_lines(&decoded.text), &hand, &drafted(&decoded.text));
    m.print("hailar-2018 (GBK as served, not written against it)", true);
    assert!(share(m.found, m.total) >= 95.0, "value, unit and qualifier");
    assert!(share(m.period, m.total) >= 90.0, "period");
    assert!(share(m.status, m.total) >= 93.0, "status");
    assert!(
        share(m.year, m.total) >= 96.0,
        "years: the review's sections are of 2017"
    );
    assert!(share(m.not_figures, m.drafted) <= 9.0, "non-figures drafted as figures");
    assert!(share(m.label, m.total) >= 72.0, "Chinese labels");
}

/// A provincial report the draft was not written against (Hebei, 2026, as a web page's copy),
/// measured against its dataset made by hand (`tests/fixtures/hebei-2026`).
#[test]
fn a_draft_measured_on_a_provincial_report() {
    let hand: Document = toml::from_str(HEBEI_DATA).unwrap();
    let m = measure(&joined_lines(HEBEI), &hand, &drafted(HEBEI));
    m.print("hebei-2026 (held out)", true);
    assert!(share(m.found, m.total) >= 98.0, "value, unit and qualifier");
    assert!(share(m.period, m.total) >= 98.0, "period");
    assert!(share(m.status, m.total) >= 98.0, "status");
    assert!(share(m.year, m.total) >= 98.0, "years: the five-year review is of 2025");
    assert!(share(m.not_figures, m.drafted) <= 5.0, "non-figures drafted as figures");
    assert!(share(m.label, m.total) >= 98.0, "Chinese labels");
}
