//! Bundles one report into the binary: the report's folder is `$REPORT` (default
//! `data/qingshanhu-2023`), holding its verbatim text (`report.txt`) and its dataset
//! (`dataset.toml`). Parses the dataset and the shared unit vocabulary (`data/units.toml`) with
//! serde, checks them against the report, formats every figure in both languages and writes
//! Rust statics to `$OUT_DIR/dataset.rs`. A malformed or inconsistent file fails the build,
//! naming the file, the entry and the problem. The browser never parses or fetches data.

use std::path::Path;

/// The parts of `src/data` that read and check the data file; they use nothing else of ours.
mod data {
    #![allow(dead_code, reason = "the app uses more of these modules than the build does")]
    #[path = "../src/data/check.rs"]
    pub mod check;
    #[path = "../src/data/checked.rs"]
    pub mod checked;
    #[path = "../src/data/coverage.rs"]
    pub mod coverage;
    #[path = "../src/data/dateline.rs"]
    pub mod dateline;
    #[path = "../src/data/format.rs"]
    pub mod format;
    #[path = "../src/data/key.rs"]
    pub mod key;
    #[path = "../src/data/notes.rs"]
    pub mod notes;
    #[path = "../src/data/numbers.rs"]
    pub mod numbers;
    #[path = "../src/data/phrase.rs"]
    pub mod phrase;
    #[path = "../src/data/placement.rs"]
    pub mod placement;
    #[path = "../src/data/rules.rs"]
    pub mod rules;
    #[path = "../src/data/schema.rs"]
    pub mod schema;
    #[path = "../src/data/units.rs"]
    pub mod units;
    #[path = "../src/data/vocabulary.rs"]
    pub mod vocabulary;
    #[path = "../src/data/years.rs"]
    pub mod years;
}

use data::check::{validate, Checked, CheckedFigure};
use data::dateline::{credit_text, dateline_text};
use data::format::{derived_mark, worded_value};
use data::key::key_text;
use data::notes::reader_notes;
use data::phrase::stated_bound_word;
use data::schema::{Document, ReportEntry, UnitsFile};
use data::vocabulary::{Lang, Unit};

/// The report built when `REPORT` is not set.
const DEFAULT_REPORT: &str = "data/qingshanhu-2023";
const UNITS_FILE: &str = "data/units.toml";

fn main() {
    let folder = std::env::var("REPORT").unwrap_or_else(|_| DEFAULT_REPORT.into());
    let folder = folder.trim_end_matches('/');
    let slug = Path::new(folder)
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or_default();
    if slug.is_empty()
        || !slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        fail(&[format!(
            "REPORT={folder}: a report's folder is named by its slug, in lower-case letters, digits and hyphens (data/qingshanhu-2023)"
        )]);
    }
    let data_file = format!("{folder}/dataset.toml");
    let report_file = format!("{folder}/report.txt");
    println!("cargo:rerun-if-env-changed=REPORT");
    // The data files, and the modules of src/data the build uses (the folder: a new module too).
    for path in [data_file.as_str(), report_file.as_str(), UNITS_FILE, "src/data"] {
        println!("cargo:rerun-if-changed={path}");
    }
    let text = read(&data_file);
    let report = read(&report_file);
    let document: Document =
        toml::from_str(&text).unwrap_or_else(|error| fail(&[format!("{data_file}: malformed data file: {error}")]));
    let units: UnitsFile = toml::from_str(&read(UNITS_FILE))
        .unwrap_or_else(|error| fail(&[format!("{UNITS_FILE}: malformed unit vocabulary: {error}")]));
    let checked = validate(&data_file, &document, &report, &units.units)
        .unwrap_or_else(|problems| fail(&problems.iter().map(ToString::to_string).collect::<Vec<_>>()));
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| fail(&["cargo did not set OUT_DIR".into()]));
    // The report's text, for the native fact-check sheet (src/review) to quote.
    for (name, contents) in [("dataset.rs", emit(&checked, slug, &data_file)), ("report.txt", report)] {
        let path = Path::new(&out_dir).join(name);
        std::fs::write(&path, contents)
            .unwrap_or_else(|error| fail(&[format!("cannot write {}: {error}", path.display())]));
    }
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| fail(&[format!("{path}: cannot read: {error}")]))
}

fn fail(messages: &[String]) -> ! {
    eprintln!("\nThe dataset did not pass its checks ({} problem(s)):", messages.len());
    for message in messages {
        eprintln!("  error: {message}");
    }
    eprintln!();
    std::process::exit(1);
}

/// A static's name for a figure id: `online-retail-sales` → `FIGURE_ONLINE_RETAIL_SALES`.
fn static_name(id: &str) -> String {
    let mut name = String::from("FIGURE_");
    name.extend(id.chars().map(|c| {
        if c.is_ascii_alphanumeric() {
            c.to_ascii_uppercase()
        } else {
            '_'
        }
    }));
    name
}

fn text(zh: &str, en: &str) -> String {
    format!("Text {{ zh: {zh:?}, en: {en:?} }}")
}

fn refs<'a>(ids: impl IntoIterator<Item = &'a String>) -> String {
    let names: Vec<String> = ids.into_iter().map(|id| format!("&{}", static_name(id))).collect();
    format!("&[{}]", names.join(", "))
}

fn optional_text(zh: Option<&String>, en: Option<&String>) -> String {
    match (zh, en) {
        (Some(zh), Some(en)) => format!("Some(&{})", text(zh, en)),
        _ => "None".into(),
    }
}

fn emit(checked: &Checked<'_>, slug: &str, data_file: &str) -> String {
    let mut out = format!("// Generated by build.rs from {data_file}. Do not edit.\n\n");
    // Each unit once, which the figures point to: held by value, units were two thirds of
    // every figure's bytes in the bundle.
    let mut units: Vec<&str> = Vec::new();
    let report_year = checked.report.year;
    // Each figure's change stated in its sentence, by the figure it is the change of.
    let changes: std::collections::HashMap<&str, &str> = checked
        .sections
        .iter()
        .flat_map(|section| &section.figures)
        .filter_map(|figure| Some((figure.entry.change_of.as_deref()?, figure.entry.id.as_str())))
        .collect();
    for section in &checked.sections {
        let year = section.entry.year.unwrap_or(report_year);
        for figure in &section.figures {
            let unit = units
                .iter()
                .position(|code| *code == figure.unit.code)
                .unwrap_or_else(|| {
                    out.push_str(&format!(
                        "static UNIT_{}: Unit<'static> = {};\n",
                        units.len(),
                        unit_literal(&figure.unit)
                    ));
                    units.push(figure.unit.code);
                    units.len() - 1
                });
            let change = changes.get(figure.entry.id.as_str()).copied();
            emit_figure(&mut out, &format!("UNIT_{unit}"), figure, change, year);
        }
    }
    let report = checked.report;
    let notes: Vec<String> = reader_notes(checked).iter().map(|(zh, en)| text(zh, en)).collect();
    let mut sections = String::new();
    for section in &checked.sections {
        let mut groups = String::new();
        for group in &section.groups {
            groups.push_str(&format!(
                "Group {{ id: {:?}, chart: ChartKind::{:?}, title: {}, figures: {}, relation: {:?}, year: {} }}, ",
                group.entry.id,
                group.chart,
                text(&group.entry.title_zh, &group.entry.title_en),
                refs(&group.entry.figures),
                group.entry.relation,
                section.entry.year.unwrap_or(report_year),
            ));
        }
        let entry = section.entry;
        sections.push_str(&format!(
            "Section {{ id: {:?}, heading: {}, subheading: {}, figures: {}, groups: &[{groups}], year: {} }},\n",
            entry.id,
            text(&entry.heading_zh, &entry.heading_en),
            text(&entry.subheading_zh, &entry.subheading_en),
            refs(entry.figures.iter().map(|f| &f.id)),
            entry.year.unwrap_or(report_year),
        ));
    }
    let key = composed(|lang| key_text(checked, lang));
    out.push_str(&report_static(report, slug, &notes, &key, &sections));
    out
}

/// The report's static, its sections already written.
fn report_static(report: &ReportEntry, slug: &str, notes: &[String], key: &str, sections: &str) -> String {
    format!(
        "pub static REPORT: Report = Report {{\n    slug: {slug:?},\n    title: {},\n    #[cfg(not(target_arch = \"wasm32\"))]\n    summary: {},\n    source: {},\n    publication: {},\n    place: {},\n    dateline: {},\n    credit: {},\n    year: {},\n    headline: {},\n    lead_chart: {:?},\n    notes: &[{}],\n    key: {key},\n    sections: &[\n{sections}],\n}};\n",
        text(&report.title_zh, &report.title_en),
        text(&report.summary_zh, &report.summary_en),
        text(&report.source_zh, &report.source_en),
        text(&report.publication_zh, &report.publication_en),
        text(&report.place_zh, &report.place_en),
        composed(|lang| dateline_text(pick(&report.place_zh, &report.place_en, lang), report.year, lang)),
        composed(|lang| credit_text(
            pick(&report.source_zh, &report.source_en, lang),
            pick(&report.publication_zh, &report.publication_en, lang),
            lang
        )),
        report.year,
        refs(&report.headline),
        report.lead_chart,
        notes.join(", "),
    )
}

/// A text the build composes in each language (`Text { zh, en }`).
fn composed(compose: impl Fn(Lang) -> String) -> String {
    text(&compose(Lang::Zh), &compose(Lang::En))
}

/// The field of this language.
fn pick<'a>(zh: &'a str, en: &'a str, lang: Lang) -> &'a str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

fn unit_literal(unit: &Unit<'_>) -> String {
    let also_en = match unit.also_en {
        Some((factor, symbol)) => format!("Some(({factor:?}, {symbol:?}))"),
        None => "None".into(),
    };
    format!(
        "Unit {{ code: {:?}, scale: {:?}, measure: Measure::{:?}, en: {:?}, en_one: {:?}, ordinal_en: {:?}, also_en: {also_en} }}",
        unit.code, unit.scale, unit.measure, unit.en, unit.en_one, unit.ordinal_en
    )
}

/// A figure's value as shown, with unit and qualifier. A derived number carries its mark
/// wherever it is shown, so it never passes as reported.
fn shown(figure: &CheckedFigure<'_>, lang: Lang) -> String {
    // The bound in the report's own word where the report has it (约3.5%, 3.5%左右).
    let word = stated_bound_word(&figure.entry.phrase, figure.entry.value);
    let value = worded_value(
        figure.entry.value,
        &figure.unit,
        figure.qualifier,
        figure.bound,
        word,
        lang,
    );
    if figure.entry.is_derived() {
        format!("{value}{}", derived_mark(lang))
    } else {
        value
    }
}

fn emit_figure(out: &mut String, unit: &str, figure: &CheckedFigure<'_>, change: Option<&str>, year: u16) {
    let entry = figure.entry;
    let display = text(&shown(figure, Lang::Zh), &shown(figure, Lang::En));
    out.push_str(&format!(
        "pub static {}: Figure = Figure {{ id: {:?}, value: {:?}, unit: &{unit}, qualifier: Qualifier::{:?}, period: Period::{:?}, status: Status::{:?}, label: {}, display: {display}, phrase: {:?}, derived: {}, share: {}, change: {}, year: {year} }};\n",
        static_name(&entry.id),
        entry.id,
        entry.value,
        figure.qualifier,
        figure.period,
        figure.status,
        text(&entry.label_zh, &entry.label_en),
        entry.phrase,
        optional_text(entry.derived_zh.as_ref(), entry.derived_en.as_ref()),
        entry.share,
        change.map_or("None".into(), |id| format!("Some(&{})", static_name(id))),
    ));
}
