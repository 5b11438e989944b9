//! The hostile-input corpus: one test per case, each asserting its exact
//! outcome (exit code, rule id or message, no output file where there must
//! be none), run with its address space capped and under a watchdog, so a
//! runaway allocation or a hang fails the test instead of the machine.
//!
//! The cases are files in `tests/hostile/`; the few too large to keep in the
//! repository (a 50 MiB file, a file that claims 11 GiB, a 1 MiB line) are
//! made by their test in a scratch directory.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::repo;

/// Address space a run may use (KiB), and how long it may take.
const MEMORY_KIB: u64 = 3 * 1024 * 1024;
const PATIENCE: Duration = Duration::from_secs(120);

fn case(name: &str) -> PathBuf {
    repo(&format!("tests/hostile/{name}"))
}

/// Runs the binary with its memory capped (`ulimit -v`) and a watchdog.
fn bounded(args: &[&str]) -> Output {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {MEMORY_KIB}; exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_poa-report"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let started = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if started.elapsed() > PATIENCE {
            let _ = child.kill();
            panic!("{args:?} did not finish in {PATIENCE:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().expect("output");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("memory allocation"),
        "{args:?}: {stderr}"
    );
    assert!(
        output.status.code().is_some(),
        "{args:?} was killed by a signal: {stderr}"
    );
    output
}

/// `validate --format json` on `path`: the exit code and every rule named
/// (the load error's, or the findings' above information level).
fn validate(path: &Path, extra: &[&str]) -> (i32, Vec<String>) {
    let mut args = vec!["validate", "--format", "json"];
    args.extend_from_slice(extra);
    args.push(path.to_str().unwrap());
    let output = bounded(&args);
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    let file = &doc["files"][0];
    let mut rules = Vec::new();
    if let Some(rule) = file["load_error"]["rule"].as_str() {
        rules.push(rule.to_owned());
    }
    for finding in file["findings"].as_array().unwrap() {
        if finding["severity"] != "info" {
            rules.push(finding["rule"].as_str().unwrap().to_owned());
        }
    }
    (output.status.code().unwrap(), rules)
}

/// One `#[test]` per case: `name: arguments...;` calls `check(arguments...)`.
macro_rules! cases {
    ($check:ident { $($test:ident: $($arg:expr),+;)* }) => {
        $( #[test] fn $test() { $check($($arg),+) } )*
    };
}

fn expect_validate(name: &str, code: i32, rule: Option<&str>) {
    let (got, rules) = validate(&case(name), &[]);
    assert_eq!(got, code, "{name}: {rules:?}");
    match rule {
        Some(rule) => assert!(rules.iter().any(|r| r == rule), "{name}: {rules:?}"),
        None => assert!(rules.is_empty(), "{name}: {rules:?}"),
    }
}

cases! { expect_validate {
    alias_bomb: "alias-bomb.yaml", 2, Some("YAML-004");
    merge_key_bomb: "merge-key-bomb.yaml", 2, Some("YAML-004");
    recursive_alias: "recursive-alias.yaml", 2, Some("YAML-001");
    nesting_ten_thousand_deep: "deep-nesting-10000.yaml", 2, Some("YAML-003");
    duplicate_keys: "duplicate-keys.yaml", 2, Some("YAML-002");
    python_object_tag: "tag-python-object.yaml", 2, Some("YAML-005");
    custom_tag: "tag-custom.yaml", 2, Some("YAML-005");
    several_documents: "multi-document.yaml", 2, Some("YAML-005");
    only_comments: "only-comments.yaml", 2, Some("YAML-006");
    empty_file: "empty.yaml", 2, Some("FILE-004");
    invalid_utf8: "invalid-utf8.yaml", 2, Some("FILE-003");
    utf16_with_bom: "utf16-bom.yaml", 2, Some("FILE-003");
    nul_bytes: "nul-bytes.yaml", 2, Some("FILE-003");
    key_of_100000_characters: "long-key.yaml", 2, Some("YAML-001");
    top_level_list: "top-level-list.yaml", 1, Some("SCHEMA-003");
    json_is_yaml_too: "json-input.yaml", 1, Some("SCHEMA-002");
    crlf_line_endings: "crlf.yaml", 0, None;
    mixed_line_endings: "mixed-line-endings.yaml", 0, None;
    utf8_byte_order_mark: "bom-utf8.yaml", 0, None;
    number_beyond_i64: "number-beyond-i64.yaml", 1, Some("SCHEMA-003");
    number_beyond_f64: "number-beyond-f64.yaml", 1, Some("SCHEMA-003");
    negative_count: "negative-count.yaml", 1, Some("SCHEMA-005");
    impossible_date: "impossible-date.yaml", 1, Some("SCHEMA-006");
    lower_case_iso_code: "lowercase-iso.yaml", 1, Some("SCHEMA-006");
    year_out_of_range: "year-out-of-range.yaml", 1, Some("SCHEMA-005");
    bidi_override_in_text: "bidi-override.yaml", 0, Some("TXT-002");
    zero_width_characters_are_text: "zero-width.yaml", 0, None;
    control_character_in_text: "control-character.yaml", 1, Some("TXT-001");
}}

/// Free text that looks like code in every output format stays text: the
/// report validates, and each renderer writes the payload as literal text.
fn expect_literal_everywhere(name: &str, payload: &str) {
    let dir = tempfile::tempdir().unwrap();
    let input = case(name);
    assert_eq!(validate(&input, &[]).0, 0, "{name} validates");
    let html = dir.path().join("r.html");
    let out = bounded(&[
        "render",
        input.to_str().unwrap(),
        "--to",
        "html",
        "-o",
        html.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let page = std::fs::read_to_string(&html).unwrap();
    let escaped = payload
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2f;");
    assert!(
        page.contains(&escaped) || page.contains(payload) && !payload.contains('<'),
        "{name}: the payload is not literal text in the HTML"
    );
    let xml = dir.path().join("r.xml");
    let out = bounded(&[
        "render",
        input.to_str().unwrap(),
        "--to",
        "xml",
        "-o",
        xml.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let back = dir.path().join("back.yaml");
    let out = bounded(&[
        "import",
        xml.to_str().unwrap(),
        "-o",
        back.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{name}: the XML reads back");
    let xlsx = dir.path().join("r.xlsx");
    let out = bounded(&[
        "render",
        input.to_str().unwrap(),
        "--to",
        "xlsx",
        "-o",
        xlsx.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let mut archive =
        zip::ZipArchive::new(std::fs::File::open(&xlsx).unwrap()).expect("a zip archive");
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).unwrap();
        let mut text = String::new();
        if std::io::Read::read_to_string(&mut part, &mut text).is_ok() {
            assert!(!text.contains("<f>"), "{name}: a formula in the workbook");
        }
    }
    let again = dir.path().join("again.yaml");
    let out = bounded(&[
        "import",
        xlsx.to_str().unwrap(),
        "-o",
        again.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{name}: the workbook reads back"
    );
    assert_eq!(
        std::fs::read_to_string(&back).unwrap(),
        std::fs::read_to_string(&again).unwrap(),
        "{name}: XML and workbook give the same report back"
    );
}

cases! { expect_literal_everywhere {
    html_payload: "html-payload.yaml", "<script>alert(1)</script>";
    template_payload: "template-payload.yaml", "{{ 7*7 }}";
    formula_payload: "formula-payload.yaml", "=HYPERLINK(";
    xml_payload: "xml-payload.yaml", "</details><injected";
    typst_payload: "typst-payload.yaml", "#panic(";
    latex_payload: "latex-payload.yaml", "\\input{/etc/passwd}";
}}

/// Typst and LaTeX syntax in free text print as written in the PDF.
#[cfg(feature = "pdf")]
#[test]
fn typst_payload_is_literal_in_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("r.pdf");
    let out = bounded(&[
        "render",
        case("typst-payload.yaml").to_str().unwrap(),
        "--to",
        "pdf",
        "--lang",
        "en",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("#panic(\"boom\")"), "{text}");
}

/// `import` refuses the file with a message naming `needle`, and writes nothing.
fn expect_import_refused(name: &str, needle: &str) {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("out.yaml");
    let out = bounded(&[
        "import",
        case(name).to_str().unwrap(),
        "-o",
        out_path.to_str().unwrap(),
    ]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{name}: {said}");
    assert!(said.contains(needle), "{name}: {said}");
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "{name}: something was written"
    );
}

cases! { expect_import_refused {
    xml_doctype: "xml-doctype.xml", "DOCTYPE declarations are not allowed";
    xml_entity_bomb: "xml-entity-bomb.xml", "DOCTYPE declarations are not allowed";
    xml_external_entity: "xml-external-entity.xml", "DOCTYPE declarations are not allowed";
    xml_xinclude: "xml-external-schema.xml", "is in another namespace";
    xml_not_ours: "xml-not-ours.xml", "not a poa-report `report`";
    xlsx_far_cell: "xlsx-far-cell.xlsx", "cell reference `XFD1048576` is beyond";
    xlsx_forged_reference: "xlsx-forged-cell-reference.xlsx", "cell reference `I99999999999936` is beyond";
    xlsx_zip_lies_about_sizes: "xlsx-zip-lies-about-sizes.xlsx", "larger than its declared";
    xlsx_macros: "xlsx-macros.xlsx", "the workbook has macros";
    xlsx_external_links: "xlsx-external-link.xlsx", "links to other workbooks";
    xlsx_path_traversal: "xlsx-path-traversal.xlsx", "a part name that leaves the archive";
    xlsx_not_a_zip: "xlsx-not-a-zip.xlsx", "not an XLSX workbook";
    xlsx_truncated: "xlsx-truncated.xlsx", "not an XLSX workbook";
}}

#[test]
fn path_traversal_part_is_never_written() {
    expect_import_refused("xlsx-path-traversal.xlsx", "leaves the archive");
    assert!(!Path::new("/tmp/poa-report-evil.txt").exists());
}

// ---------------------------------------------------------------- generated

fn report_text(details: &str) -> String {
    std::fs::read_to_string(case("crlf.yaml"))
        .unwrap()
        .replace("\r\n", "\n")
        .replace("Line endings from Windows.", details)
}

#[test]
fn a_line_of_one_mebibyte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("line.yaml");
    std::fs::write(&path, report_text(&"x".repeat(1 << 20))).unwrap();
    let (code, rules) = validate(&path, &[]);
    assert_eq!((code, rules), (0, Vec::<String>::new()));
}

#[test]
fn a_file_of_fifty_mebibytes_over_the_limit_and_within_a_raised_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.yaml");
    let mut text = report_text("A report padded with comments.");
    let comment = format!("# {}\n", "padding ".repeat(12));
    while text.len() < 50 << 20 {
        text.push_str(&comment);
    }
    std::fs::write(&path, &text).unwrap();
    assert_eq!(validate(&path, &[]), (2, vec!["FILE-002".to_owned()]));
    assert_eq!(validate(&path, &["--max-size", "64MiB"]), (0, Vec::new()));
}

#[test]
fn a_file_that_claims_eleven_gibibytes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sparse.yaml");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(11 << 30).unwrap(); // sparse: nothing is stored, the size says 11 GiB
    assert_eq!(validate(&path, &[]), (2, vec!["FILE-002".to_owned()]));
    // Even a limit raised past it stops at the hard ceiling: refused, not read.
    assert_eq!(
        validate(&path, &["--max-size", "100GiB"]),
        (2, vec!["FILE-002".to_owned()])
    );
}

// ---------------------------------------------------------------- output paths

fn render_to(out: &str) -> Output {
    bounded(&[
        "render",
        repo("samples/xaa-aurelia-2026.yaml").to_str().unwrap(),
        "--to",
        "xml",
        "-o",
        out,
    ])
}

#[test]
fn output_to_a_directory_is_refused_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = render_to(dir.path().to_str().unwrap());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Is a directory"));
    assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());
}

#[test]
fn output_where_nothing_may_be_written_is_refused() {
    // /proc refuses new files even to root, where a read-only mode would not.
    let out = render_to("/proc/poa-report-out.xml");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write"));
}

#[test]
fn output_path_with_dot_dot_is_written_where_it_points_and_nowhere_else() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let target = format!("{}/sub/../out.xml", dir.path().display());
    assert_eq!(render_to(&target).status.code(), Some(0));
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["out.xml", "sub"]);
    assert!(
        std::fs::read_dir(dir.path().join("sub"))
            .unwrap()
            .next()
            .is_none()
    );
}

#[test]
fn import_onto_a_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = bounded(&[
        "import",
        case("xml-not-ours.xml").to_str().unwrap(),
        "-o",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());
}
