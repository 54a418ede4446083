//! In the browser: mounts the widget on the page (`static/embed.js` loads this module).
//! Natively:
//! - `cargo run --quiet > figures.csv` prints the whole dataset as the CSV that readers download;
//! - `cargo run --quiet -- first-paint DIR` writes the static first paint of the widget,
//!   `DIR/zh.html` and `DIR/en.html`, which `scripts/post-build.mjs` puts into the pages, and
//!   `DIR/page.json`, the report's slug, titles and descriptions for the pages around it, and
//!   each chart's first paint alone in `DIR/charts/` for its own page, and the CMS snippets
//!   `DIR/snippet.<lang>.html` and `DIR/snippet-img.<lang>.html` (`src/snippet.rs`);
//! - `cargo run --quiet -- snippet-images DIR` writes the `<img>` snippet's chart images (PNG)
//!   under `DIR/first-paint-img/`;
//! - `cargo run --quiet -- share-images DIR` writes the pages' share images (PNG, 1200 × 630)
//!   under `DIR/share/`;
//! - `cargo run --quiet -- poster DIR` writes the long poster for WeChat and Weibo under
//!   `DIR/poster/` (whole, in slices, and their text alternative; `PUBLIC_URL` names the
//!   interactive version on it);
//! - `cargo run --quiet -- review FILE` writes the desk's fact-check sheet (`dist/review.html`);
//! - `cargo run --quiet -- draft REPORT.txt` prints a dataset draft of a report's text (TOML),
//!   read as UTF-8, UTF-16 with a byte-order mark or GB18030 (GBK);
//! - `cargo run --quiet -- sheet export FILE.csv [DATASET.toml]` writes the dataset's figures as a
//!   spreadsheet (`$REPORT/dataset.toml` by default), and `sheet import FILE.csv [DATASET.toml]`
//!   writes the edited labels, periods, statuses and groups back into it (`src/sheet`).

#[cfg(target_arch = "wasm32")]
fn main() {
    report_infographic::embed::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use report_infographic::data::{export::dataset_csv, Lang, REPORT};
    use report_infographic::render::{first_paint, page_meta};
    use report_infographic::snippet::{img_snippet, svg_snippet};

    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => print!("{}", dataset_csv(&REPORT)),
        ["first-paint", dir] => {
            let dir = std::path::Path::new(dir);
            let written = std::fs::create_dir_all(dir).and_then(|()| {
                Lang::ALL
                    .into_iter()
                    .try_for_each(|lang| {
                        let code = lang.code();
                        std::fs::write(dir.join(format!("{code}.html")), first_paint(lang))?;
                        std::fs::write(dir.join(format!("snippet.{code}.html")), svg_snippet(lang))?;
                        std::fs::write(dir.join(format!("snippet-img.{code}.html")), img_snippet(lang))
                    })
                    .and_then(|()| std::fs::write(dir.join("page.json"), page_meta()))
                    .and_then(|()| write_chart_pages(&dir.join("charts")))
            });
            if let Err(error) = written {
                eprintln!("cannot write the first paint to {}: {error}", dir.display());
                std::process::exit(1);
            }
        }
        ["share-images", dir] => {
            if let Err(error) = report_infographic::share::write_share_images(std::path::Path::new(dir)) {
                eprintln!("cannot write the share images: {error}");
                std::process::exit(1);
            }
        }
        ["poster", dir] => write_poster(std::path::Path::new(dir)),
        ["snippet-images", dir] => {
            if let Err(error) = report_infographic::share::write_snippet_images(std::path::Path::new(dir)) {
                eprintln!("cannot write the snippet's chart images: {error}");
                std::process::exit(1);
            }
        }
        ["review", file] => {
            if let Err(error) = std::fs::write(file, report_infographic::review::review_sheet()) {
                eprintln!("cannot write the fact-check sheet to {file}: {error}");
                std::process::exit(1);
            }
        }
        ["draft", file] => write_draft(file),
        ["sheet", command @ ("export" | "import"), sheet, rest @ ..] if rest.len() <= 1 => {
            let dataset = rest
                .first()
                .map_or_else(report_infographic::sheet::default_dataset, ToString::to_string);
            if let Err(errors) = sheet_command(command, sheet, &dataset) {
                errors.iter().for_each(|error| eprintln!("{error}"));
                std::process::exit(1);
            }
        }
        _ => {
            eprintln!(
                "usage: report-infographic [first-paint DIR | share-images DIR | snippet-images DIR | poster DIR | review FILE | draft REPORT.txt | sheet export|import FILE.csv [DATASET.toml]]  (no argument: the dataset as CSV)"
            );
            std::process::exit(2);
        }
    }
}

/// A dataset draft of the report's text in FILE, on stdout.
#[cfg(not(target_arch = "wasm32"))]
fn write_draft(file: &str) {
    use report_infographic::draft::{decode, draft, known_labels, with_proposals};
    let drafted = std::fs::read(file)
        .map_err(|error| format!("cannot read {file}: {error}"))
        .and_then(|bytes| decode(&bytes).map_err(|error| format!("{file} {error}")))
        .and_then(|decoded| {
            eprintln!("read {file} as {}", decoded.encoding);
            draft(&decoded.text)
        });
    // English labels proposed from the reports of data/ with the same Chinese label.
    let datasets = made_datasets();
    match drafted {
        Ok(toml) => print!("{}", with_proposals(&toml, &known_labels(&datasets))),
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(1);
        }
    }
}

/// The datasets of `data/` (each folder's `dataset.toml` that parses), with their slugs.
#[cfg(not(target_arch = "wasm32"))]
fn made_datasets() -> Vec<(String, report_infographic::data::schema::Document)> {
    let Ok(folders) = std::fs::read_dir("data") else {
        return Vec::new();
    };
    let mut datasets: Vec<_> = folders
        .filter_map(Result::ok)
        .filter_map(|folder| {
            let text = std::fs::read_to_string(folder.path().join("dataset.toml")).ok()?;
            Some((
                folder.file_name().to_string_lossy().into_owned(),
                toml::from_str(&text).ok()?,
            ))
        })
        .collect();
    datasets.sort_by(|a, b| a.0.cmp(&b.0));
    datasets
}

/// `sheet export` writes the dataset's sheet; `sheet import` writes the edited sheet back into
/// the dataset, or lists every problem of the sheet and writes nothing.
#[cfg(not(target_arch = "wasm32"))]
fn sheet_command(command: &str, sheet: &str, dataset: &str) -> Result<(), Vec<String>> {
    use report_infographic::sheet::{export, import};
    let read = |path: &str| std::fs::read(path).map_err(|error| vec![format!("cannot read {path}: {error}")]);
    let write = |path: &str, bytes: &[u8]| {
        std::fs::write(path, bytes).map_err(|error| vec![format!("cannot write {path}: {error}")])
    };
    let toml = String::from_utf8(read(dataset)?).map_err(|_| vec![format!("{dataset} is not UTF-8")])?;
    if command == "export" {
        let bytes = export(&toml).map_err(|error| vec![format!("{dataset}: {error}")])?;
        write(sheet, &bytes)?;
        eprintln!("sheet export: {dataset} -> {sheet}");
        return Ok(());
    }
    let imported = import(&toml, &read(sheet)?).map_err(|errors| {
        let count = errors.len();
        let mut lines: Vec<String> = errors.iter().map(|error| format!("{sheet}: {error}")).collect();
        lines.push(format!(
            "sheet import: {count} problem(s) in {sheet}; {dataset} not written"
        ));
        lines
    })?;
    if imported.toml != toml {
        write(dataset, imported.toml.as_bytes())?;
    }
    eprintln!("{}", imported.changes.summary());
    Ok(())
}

/// Every card's first paint alone, `DIR/<id>.zh.html` and `DIR/<id>.en.html`, for its own page.
#[cfg(not(target_arch = "wasm32"))]
fn write_chart_pages(dir: &std::path::Path) -> std::io::Result<()> {
    use report_infographic::data::{Lang, REPORT};
    use report_infographic::render::chart_first_paint;
    std::fs::create_dir_all(dir)?;
    for group in REPORT.sections.iter().flat_map(|section| section.groups) {
        for lang in Lang::ALL {
            std::fs::write(
                dir.join(format!("{}.{}.html", group.id, lang.code())),
                chart_first_paint(group, lang),
            )?;
        }
    }
    Ok(())
}

/// The long poster under `DIR/poster/`, naming the interactive version where `PUBLIC_URL` says.
#[cfg(not(target_arch = "wasm32"))]
fn write_poster(dir: &std::path::Path) {
    let public_url = std::env::var("PUBLIC_URL").ok();
    match report_infographic::poster::write_posters(dir, public_url.as_deref()) {
        Ok(written) => {
            for (path, (width, height)) in written {
                println!("{path}: {width} × {height}");
            }
        }
        Err(error) => {
            eprintln!("cannot write the poster: {error}");
            std::process::exit(1);
        }
    }
}
