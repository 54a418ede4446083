//! The dataset draft (`cargo run -- draft`): on both real reports it passes every check a
//! machine can make, leaving only what a person must write; on the Qingshanhu report it finds
//! the hand-made dataset's figures with their value, unit and qualifier.

#![cfg(not(target_arch = "wasm32"))]

use report_infographic::data::check::{check, Problem};
use report_infographic::data::phrase::joined_lines;
use report_infographic::data::schema::{Document, FigureEntry, UnitsFile};
use report_infographic::draft::{decode, draft};

#[expect(dead_code, reason = "tests/draft.rs uses only `places` of the shared measure")]
#[path = "support/measure.rs"]
mod measure;
use measure::places;

const QINGSHANHU: &str = include_str!("../data/qingshanhu-2023/report.txt");
const QINGSHANHU_DATA: &str = include_str!("../data/qingshanhu-2023/dataset.toml");
const HAILAR: &str = include_str!("../data/hailar-2019/report.txt");
/// Hailar's 2018 report byte for byte as served: GBK, CRLF line ends.
const HAILAR_2018_GBK: &[u8] = include_bytes!("fixtures/hailar-2018-government-work-report.gbk.txt");
const HEBEI: &str = include_str!("fixtures/hebei-2026/report.txt");
const UNITS: &str = include_str!("../data/units.toml");

fn drafted(report: &str) -> Document {
    toml::from_str(&draft(report).expect("a draft")).expect("the draft is a dataset file")
}

/// What only a person can write: English texts, groups, the source and where it was published.
fn for_a_person(problem: &Problem) -> bool {
    let message = problem.message.as_str();
    (message.starts_with("empty ") && message.contains("_en"))
        || message.contains("stands nowhere")
        || message == "empty source_zh"
        || message == "empty place_zh"
        || message == "empty publication_zh"
}

#[test]
fn a_draft_leaves_only_what_a_person_must_write() {
    let units: UnitsFile = toml::from_str(UNITS).unwrap();
    for (name, report) in [
        ("qingshanhu-2023", QINGSHANHU),
        ("hailar-2019", HAILAR),
        ("hebei-2026", HEBEI),
    ] {
        let document = drafted(report);
        let problems = check(name, &document, report, &units.units);
        let machine: Vec<String> = problems
            .iter()
            .filter(|p| !for_a_person(p))
            .map(ToString::to_string)
            .collect();
        assert!(machine.is_empty(), "{name}: {machine:#?}");
        assert!(
            problems.iter().any(|p| p.message.contains("label_en")),
            "{name}: English labels are left to the editor"
        );
        assert!(
            problems.iter().any(|p| p.message.starts_with("empty text_en")),
            "{name}: the non-figures' glosses are left to the editor"
        );
    }
}

#[test]
fn a_draft_finds_the_hand_made_figures() {
    let report = joined_lines(QINGSHANHU);
    let hand: Document = toml::from_str(QINGSHANHU_DATA).unwrap();
    let draft = drafted(QINGSHANHU);
    let drafted: Vec<&FigureEntry> = draft.sections.iter().flat_map(|section| &section.figures).collect();
    let mut found = 0;
    let mut missed = Vec::new();
    let reported: Vec<&FigureEntry> = hand
        .sections
        .iter()
        .flat_map(|section| &section.figures)
        .filter(|figure| !figure.is_derived())
        .collect();
    for figure in &reported {
        let overlaps = |other: &FigureEntry| {
            places(&report, figure)
                .iter()
                .any(|&(start, end)| places(&report, other).iter().any(|&(s, e)| s < end && start < e))
        };
        let same = drafted.iter().any(|candidate| {
            candidate.value == figure.value
                && candidate.unit == figure.unit
                && candidate.qualifier == figure.qualifier
                && overlaps(candidate)
        });
        if same {
            found += 1;
        } else {
            let near: Vec<String> = drafted
                .iter()
                .filter(|candidate| candidate.value == figure.value && overlaps(candidate))
                .map(|candidate| format!("{} {} {}", candidate.value, candidate.unit, candidate.qualifier))
                .collect();
            missed.push(format!(
                "{} ({} {} {}): draft has {near:?}",
                figure.id, figure.value, figure.unit, figure.qualifier
            ));
        }
    }
    println!(
        "the draft finds {found} of {} hand-made figures with value, unit and qualifier",
        reported.len()
    );
    for miss in &missed {
        println!("  missed: {miss}");
    }
    assert!(
        found * 100 >= reported.len() * 95,
        "found {found} of {}: {missed:#?}",
        reported.len()
    );
}

/// A report saved as GBK, as a Chinese site or a Windows editor gives it, with CRLF line ends:
/// read, drafted, and the draft passes every check a machine can make.
#[test]
fn a_gbk_report_is_read_and_drafted() {
    let decoded = decode(HAILAR_2018_GBK).expect("GBK is read");
    assert_eq!(decoded.encoding, "GB18030");
    assert!(!decoded.text.contains('\r'), "line ends normalised");
    assert!(decoded.text.contains("一、2017年工作回顾"), "decoded as Chinese");
    let document = drafted(&decoded.text);
    let figures: Vec<&FigureEntry> = document.sections.iter().flat_map(|section| &section.figures).collect();
    assert!(figures.len() > 50, "{} figures", figures.len());
    let units: UnitsFile = toml::from_str(UNITS).unwrap();
    let problems = check("hailar-2018", &document, &decoded.text, &units.units);
    let machine: Vec<String> = problems
        .iter()
        .filter(|p| !for_a_person(p))
        .map(ToString::to_string)
        .collect();
    assert!(machine.is_empty(), "{machine:#?}");
}

/// The Hailar report as a news site's page gives it: the page's toolbar, source and date
/// lines, a caption and a related-news tail around the report's own text.
#[test]
fn a_copied_web_page_drafts_as_its_report() {
    let page = format!(
        "首页 > 政务公开 > 政府工作报告\n下载\n打印 | 分享 | 字号 大 中 小 | 关闭\n\
来源：海拉尔区人民政府  发布时间：2019-03-11 09:30\n{HAILAR}\n图为海拉尔区新建的2号公园。\n\
责任编辑：李四\n相关报道\n海拉尔区召开2019年第3次常务会议\n呼伦贝尔经济增长6%\n"
    );
    let toml = draft(&page).expect("a draft");
    let document: Document = toml::from_str(&toml).expect("the draft is a dataset file");
    let units: UnitsFile = toml::from_str(UNITS).unwrap();
    let problems = check("page", &document, &page, &units.units);
    let machine: Vec<String> = problems
        .iter()
        .filter(|p| !for_a_person(p))
        .map(ToString::to_string)
        .collect();
    assert!(machine.is_empty(), "{machine:#?}");
    assert_eq!(document.report.title_zh, "政府工作报告");
    assert_eq!(
        document.report.publication_zh,
        "2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上"
    );
    assert!(document.report.summary_zh.starts_with("全年地区生产总值完成192.3亿元"));
    let headings: Vec<&str> = document.sections.iter().map(|s| s.heading_zh.as_str()).collect();
    for page_line in ["下载", "相关报道", "首页 > 政务公开 > 政府工作报告"] {
        assert!(
            !headings.contains(&page_line),
            "{page_line} heads a section: {headings:?}"
        );
    }
    let figures: Vec<&FigureEntry> = document.sections.iter().flat_map(|s| &s.figures).collect();
    assert!(!figures
        .iter()
        .any(|f| f.phrase.contains("常务会议") || f.phrase.contains("2号公园")));
    let top: String = toml
        .lines()
        .take_while(|line| line.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    for dropped in [
        "#   下载",
        "#   来源：海拉尔区人民政府  发布时间：2019-03-11 09:30",
        "#   相关报道",
        "#   呼伦贝尔经济增长6%",
    ] {
        assert!(top.contains(dropped), "the draft lists {dropped}:\n{top}");
    }
    assert!(document
        .non_figures
        .iter()
        .any(|n| n.text == "图为海拉尔区新建的2号公园。"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    /// Whatever text it is given (numbers across line breaks, ranges, ratios, quotes, page
    /// clutter), the draft neither panics nor writes a file that is no dataset, and decoding
    /// any bytes either reads them or says why not.
    #[test]
    fn any_text_drafts_without_panic(
        text in "([0-9]{1,5}|[.．、，。；：“”（）\n\r —–∶/%+]|万|亿|万亿元|元|个|年|月|第|三|十|五|左右|约|近|以上|以内|增长|累计|分别|下载|来源：|相关报道|一、|（一）|计划|预期寿命){0,60}",
        bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..64),
    ) {
        let toml = draft(&text).expect("a draft");
        let parsed: Result<Document, _> = toml::from_str(&toml);
        proptest::prop_assert!(parsed.is_ok(), "{toml}");
        if let Err(message) = decode(&bytes) {
            proptest::prop_assert!(message.contains("UTF-8"));
        }
    }
}

/// Nothing silently left out, in a draft too: no non-figure's words hold a figure's number, so
/// a figure the editor drops leaves its number unaccounted for and the build names it (unless
/// another figure of the same value states it).
#[test]
fn a_dropped_figure_is_never_covered_by_a_non_figure() {
    let units: UnitsFile = toml::from_str(UNITS).unwrap();
    let report = joined_lines(HAILAR);
    let document = drafted(HAILAR);
    let all: Vec<&FigureEntry> = document.sections.iter().flat_map(|s| &s.figures).collect();
    for (section, figure) in document
        .sections
        .iter()
        .enumerate()
        .flat_map(|(at, s)| s.figures.iter().map(move |f| (at, f)))
    {
        let stated_again = all.iter().any(|other| {
            other.id != figure.id && other.value == figure.value && {
                let theirs = places(&report, other);
                places(&report, figure)
                    .iter()
                    .any(|&(start, end)| theirs.iter().any(|&(s, e)| s < end && start < e))
            }
        });
        if stated_again {
            continue;
        }
        let mut without = document.clone();
        without.sections[section].figures.retain(|f| f.id != figure.id);
        let problems = check("hailar-2019", &without, HAILAR, &units.units);
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("is neither a figure nor a non-figure")),
            "dropping `{}` ({}) goes unnoticed",
            figure.id,
            figure.phrase
        );
    }
}
