//! Helpers shared by the integration tests: running the real binary.

#![allow(dead_code)]

pub mod browser;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_poa-report"))
}

pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Starts the binary with `args` as a server and returns it with the first
/// line it prints (where it listens).
pub fn start_server(args: &[&str]) -> (std::process::Child, String) {
    use std::io::BufRead;
    let mut child = bin()
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("the binary starts");
    let mut line = String::new();
    if let Some(out) = child.stdout.take() {
        std::io::BufReader::new(out)
            .read_line(&mut line)
            .expect("the server's first line");
    }
    (child, line)
}

pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs `render INPUT --to TO -o OUT` plus `extra` arguments.
pub fn render(input: &Path, to: &str, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "render",
        input.to_str().unwrap(),
        "--to",
        to,
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    run(&args)
}

/// Runs `init --state STATE --cycle CYCLE --from FROM -o OUT`.
pub fn init_from(state: &str, cycle: &str, from: &Path, out: &Path) -> Output {
    run(&[
        "init",
        "--state",
        state,
        "--cycle",
        cycle,
        "--from",
        from.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ])
}

/// Runs `validate --format json` and returns the parsed document.
pub fn validate_json(args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["validate", "--format", "json"];
    all.extend_from_slice(args);
    let output = run(&all);
    let doc = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("JSON output: {e}\n{}", stdout(&output)));
    (output.status.code().unwrap_or(-1), doc)
}

/// The sample reports.
pub fn samples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo("samples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

// ---------------------------------------------------------------- generated reports

use poa_core::load::LoadOptions;
use poa_core::model::Report;
use poa_core::validate::validate_file;
use proptest::prelude::*;

pub fn text_strategy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a",
        "Z",
        " ",
        "  ",
        "\n",
        "\r\n",
        "\r",
        "\t",
        "<",
        ">",
        "&",
        "\"",
        "'",
        "]]>",
        "<![CDATA[",
        "&amp;",
        "&#13;",
        "ن",
        "ص",
        "عربي",
        "١٢٣",
        "\u{200F}",
        "\u{202E}",
        "{{ x }}",
        "=SUM(A1)",
        "+",
        "-",
        "@",
        "😀",
        "\u{FEFF}",
        "x:y",
        "_x000D_",
        "_x0041_",
        "=1+2",
        "@user",
        "-5",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

pub fn long_text() -> impl Strategy<Value = String> {
    (text_strategy(), 0usize..3).prop_map(|(t, n)| {
        // Up to the 32,767 UTF-16 units a spreadsheet cell holds.
        if n == 2 {
            let mut units = 0;
            t.repeat(2000)
                .chars()
                .take_while(|c| {
                    units += c.len_utf16();
                    units <= 32_767
                })
                .collect()
        } else {
            t
        }
    })
}

prop_compose! {
    pub fn mutated_report()(
        answers in prop::collection::vec((0usize..106, 0usize..5), 0..30),
        texts in prop::collection::vec((0usize..106, long_text(), long_text(), any::<bool>()), 0..12),
        counts in prop::collection::vec(any::<u64>(), 3),
        name in text_strategy(),
    ) -> Report {
        let base = validate_file(&repo("samples/xaa-aurelia-2026.yaml"), &LoadOptions::default()).report.unwrap();
        let mut value = serde_json::to_value(&base).unwrap();
        let ids: Vec<(String, String)> = poa_core::model::Sections::LAYOUT
            .iter()
            .flat_map(|(s, qs)| qs.iter().map(move |q| (s.to_string(), q.to_string())))
            .collect();
        let answer_codes = ["yes", "no", "partially", "not_applicable", "unknown"];
        for (q, a) in answers {
            let (s, k) = &ids[q];
            let question = &mut value["sections"][s][k];
            if question.get("answer").is_some() {
                question["answer"] = answer_codes[a].into();
            }
        }
        for (q, en, ar, plain) in texts {
            let (s, k) = &ids[q];
            let question = &mut value["sections"][s][k];
            let field = if question.get("text").is_some() { "text" } else { "details" };
            question[field] = if plain { en.into() } else { serde_json::json!({ "en": en, "ar": ar }) };
        }
        value["sections"]["tracing"]["requests"]["sent"] = counts[0].into();
        value["sections"]["border_controls"]["seizures_at_borders"]["count"] = counts[1].into();
        value["contacts"][0]["name"] = format!("N{name}").into();
        value["sections"]["surplus_and_destruction"]["surplus_destroyed"]["weapons"] = counts[2].into();
        serde_json::from_value(value).unwrap()
    }
}

/// A new, empty database on the test PostgreSQL server (see poa-store's `testing`).
pub fn fresh_postgres_database() -> Option<String> {
    poa_store::testing::fresh_postgres_database()
}

/// A zip archive of one part `name` that unpacks 300 MiB of zeros from about
/// 300 KiB: what the workbook and Word importers must refuse unopened.
pub fn zip_bomb(name: &str) -> Vec<u8> {
    use std::io::Write;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    out.start_file(name, zip::write::SimpleFileOptions::default())
        .unwrap();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..300 {
        out.write_all(&zeros).unwrap();
    }
    let bomb = out.finish().unwrap().into_inner();
    assert!(bomb.len() < 2 << 20, "the bomb itself is small");
    bomb
}

/// A word pdftotext places on a page: its left and right edges (points) and its text.
#[allow(dead_code)]
pub struct PdfWord {
    pub x_min: f64,
    pub x_max: f64,
    pub text: String,
}

/// The words of `pdf` (pages `pages`, all when `None`) with their boxes, from `pdftotext -bbox`.
#[allow(dead_code)]
pub fn pdf_words(pdf: &Path, pages: Option<(u32, u32)>) -> Vec<PdfWord> {
    let mut cmd = Command::new("pdftotext");
    cmd.arg("-bbox");
    if let Some((first, last)) = pages {
        cmd.args(["-f", &first.to_string(), "-l", &last.to_string()]);
    }
    let out =
        cmd.arg(pdf).arg("-").output().expect(
            "pdftotext is installed (Debian package poppler-utils; bash .ci/run installs it)",
        );
    let boxes = String::from_utf8_lossy(&out.stdout).into_owned();
    boxes
        .lines()
        .filter(|l| l.contains("<word "))
        .filter_map(|line| {
            let attribute = |name: &str| -> Option<f64> {
                line.split(&format!("{name}=\""))
                    .nth(1)?
                    .split('"')
                    .next()?
                    .parse()
                    .ok()
            };
            let text = line.split('>').nth(1)?.split('<').next()?.to_owned();
            Some(PdfWord {
                x_min: attribute("xMin")?,
                x_max: attribute("xMax")?,
                text,
            })
        })
        .collect()
}
