//! Bilingual documents: HTML from the template (checked by snapshot and in
//! headless Chromium) and PDF from typst (read back with pdftotext, page one
//! drawn with pdftoppm). Hostile free text stays literal text.
#![cfg(feature = "pdf")]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{repo, stderr};
use poa_report::catalogue;
use poa_report::document::LoadOptions;
use poa_report::model::Report;
use poa_report::render::document::{DocLangs, view};
use poa_report::render::html;
use poa_report::validate::validate_file;

fn sample(name: &str) -> Report {
    validate_file(&repo(&format!("samples/{name}")), &LoadOptions::default())
        .report
        .unwrap()
}

/// Text with everything pdftotext may add, split or move removed: whitespace,
/// direction marks and embeddings, zero-width spaces, Arabic vowel marks.
fn normalized(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .filter(|c| !matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        // Arabic vowel marks: shaping may emit them before or after their letter.
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}'))
        .collect()
}

fn pdftotext(pdf: &Path, page: Option<u32>) -> String {
    let mut cmd = Command::new("pdftotext");
    if let Some(p) = page {
        cmd.args(["-f", &p.to_string(), "-l", &p.to_string()]);
    }
    let out =
        cmd.arg(pdf).arg("-").output().expect(
            "pdftotext is installed (Debian package poppler-utils; bash .ci/run installs it)",
        );
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn render_file(input: &Path, to: &str, lang: &str, out: &Path, extra: &[&str]) {
    let mut args = vec!["--lang", lang];
    args.extend_from_slice(extra);
    let result = common::render(input, to, out, &args);
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
}

fn artefact_dir() -> PathBuf {
    let dir = repo("target/test-artefacts");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn pdf_has_shaped_arabic_that_reads_back_as_the_same_text() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("r.pdf");
    render_file(
        &repo("samples/xaa-aurelia-2026.yaml"),
        "pdf",
        "en+ar",
        &pdf,
        &[],
    );
    let text = normalized(&pdftotext(&pdf, None));
    let report = sample("xaa-aurelia-2026.yaml");
    // Arabic and English labels from the catalogue.
    for id in [
        "marking.at_manufacture",
        "record_keeping.records_kept",
        "tracing.requests",
    ] {
        let meta = catalogue::question(id).unwrap();
        assert!(
            text.contains(&normalized(meta.ar)),
            "Arabic label of {id} not found"
        );
        assert!(
            text.contains(&normalized(meta.en)),
            "English label of {id} not found"
        );
    }
    // Free text from the sample, in both languages.
    let details = report
        .sections
        .marking
        .at_manufacture
        .details
        .as_ref()
        .unwrap();
    for lang in [poa_report::model::Lang::Ar, poa_report::model::Lang::En] {
        // A full stop ends the sentence logically; pdftotext puts it where it
        // sees it (left of Arabic), so compare without the end punctuation.
        let t = details
            .get(lang, report.first_language())
            .unwrap()
            .trim_end_matches(['.', '؟', '،']);
        assert!(text.contains(&normalized(t)), "{t} not found");
    }
    assert!(text.contains(&normalized("جمهورية أوريليا")));
    // Fonts are embedded.
    let fonts = Command::new("pdffonts").arg(&pdf).output().unwrap();
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    assert!(
        fonts.contains("Amiri-Regular") && fonts.lines().skip(2).all(|l| l.contains(" yes yes ")),
        "{fonts}"
    );
    // Page numbers and the running header with State and cycle.
    let first = pdftotext(&pdf, Some(1));
    assert!(
        first.contains("Republic of Aurelia (XAA) — 2026"),
        "{first}"
    );
    assert!(first.contains("1 / "), "{first}");
    // Page one as a picture, kept as a test artefact.
    let png = artefact_dir().join("aurelia-en-ar-page1");
    let drawn = Command::new("pdftoppm")
        .args(["-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&pdf)
        .arg(&png)
        .output()
        .unwrap();
    assert!(drawn.status.success());
    assert!(std::fs::metadata(png.with_extension("png")).unwrap().len() > 10_000);
}

#[test]
fn pdf_is_byte_identical_for_the_same_input() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.pdf"), dir.path().join("b.pdf"));
    let input = repo("samples/xab-borealis-2026.yaml");
    render_file(&input, "pdf", "ar", &a, &[]);
    render_file(&input, "pdf", "ar", &b, &[]);
    assert!(std::fs::read(&a).unwrap() == std::fs::read(&b).unwrap());
}

#[test]
fn draft_is_stamped_on_every_page_and_lists_findings() {
    let dir = tempfile::tempdir().unwrap();
    let input = repo("samples/invalid/trc-001-more-answers-than-requests.yaml");
    let pdf = dir.path().join("d.pdf");
    let refused = common::render(&input, "pdf", &pdf, &[]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(!pdf.exists());
    render_file(&input, "pdf", "en+ar", &pdf, &["--allow-invalid"]);
    let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    let pages: u32 = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().parse().unwrap()))
        .unwrap();
    for page in 1..=pages {
        let text = normalized(&pdftotext(&pdf, Some(page)));
        assert!(
            text.contains(&normalized("DRAFT — not valid")),
            "page {page} lacks the stamp"
        );
        assert!(
            text.contains(&normalized("مسودة — غير صالحة")),
            "page {page} lacks the Arabic stamp"
        );
    }
    let all = normalized(&pdftotext(&pdf, None));
    assert!(
        all.contains("TRC-001")
            && all.contains(&normalized(
                "requests answered (4) exceeds requests received (3)"
            ))
    );
    let html_path = dir.path().join("d.html");
    render_file(&input, "html", "en+ar", &html_path, &["--allow-invalid"]);
    let page = std::fs::read_to_string(&html_path).unwrap();
    assert!(
        page.contains("class=\"draft-stamp\"")
            && page.contains("مسودة — غير صالحة")
            && page.contains("TRC-001")
    );
}

#[test]
fn html_snapshot_of_a_bilingual_report() {
    let view = view(
        &sample("xab-borealis-2026.yaml"),
        &[],
        DocLangs::Both,
        false,
    );
    insta::assert_snapshot!(html::render(&view).unwrap());
}

#[test]
fn html_is_self_contained_and_marks_languages() {
    let page = html::render(&view(
        &sample("xaa-aurelia-2026.yaml"),
        &[],
        DocLangs::Both,
        false,
    ))
    .unwrap();
    for forbidden in ["<script", "<link", "src=", "@import", "url("] {
        assert!(!page.contains(forbidden), "{forbidden} in the page");
    }
    assert!(page.contains("<div class=\"ar-col\" lang=\"ar\" dir=\"rtl\">"));
    assert!(page.contains("<div class=\"en-col\" lang=\"en\" dir=\"ltr\">"));
    assert!(page.contains("@page { size: A4"));
    let arabic_first = html::render(&view(
        &sample("xaa-aurelia-2026.yaml"),
        &[],
        DocLangs::Ar,
        false,
    ))
    .unwrap();
    assert!(arabic_first.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(!arabic_first.contains("en-col"));
}

#[test]
fn a_missing_translation_shows_a_marker_not_an_empty_cell() {
    let mut value = serde_json::to_value(sample("xaa-aurelia-2026.yaml")).unwrap();
    value["sections"]["brokering"]["regulated"]["details"] =
        serde_json::json!({ "en": "Brokers register yearly." });
    let report: Report = serde_json::from_value(value).unwrap();
    let page = html::render(&view(&report, &[], DocLangs::Both, false)).unwrap();
    let marker = catalogue::word("missing_ar").1;
    let at = page.find(marker).expect("marker shown");
    assert!(
        page[at..].find("Brokers register yearly.").unwrap() < 200,
        "the English text follows the marker"
    );
}

fn hostile_report() -> Report {
    let mut value = serde_json::to_value(sample("xaa-aurelia-2026.yaml")).unwrap();
    value["sections"]["brokering"]["regulated"]["details"] = serde_json::json!({
        "en": "<script>alert(1)</script><img src=x onerror=alert(2)> {{ 7*7 }} {% if true %}x{% endif %} #set text(red) *bold* \\textbf{x} $x^2$",
        "ar": "\u{202E}abc\u{202C} نص"
    });
    value["sections"]["brokering"]["registration"]["details"] =
        serde_json::json!({ "en": "a".repeat(400), "ar": "ب".repeat(400) });
    serde_json::from_value(value).unwrap()
}

#[test]
fn hostile_text_is_literal_in_html_and_pdf() {
    let report = hostile_report();
    let page = html::render(&view(&report, &[], DocLangs::Both, false)).unwrap();
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;")
            || page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "script escaped"
    );
    assert!(!page.contains("<img"));
    assert!(page.contains("{{ 7*7 }}") && !page.contains(" 49 "));
    assert!(
        page.contains("<bdi dir=\"auto\">\u{202E}abc\u{202C} نص</bdi>"),
        "bidi controls stay inside their isolate"
    );
    let pdf = poa_report::render::pdf::render(&view(&report, &[], DocLangs::Both, false)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.pdf");
    std::fs::write(&path, pdf).unwrap();
    let raw = pdftotext(&path, None);
    let text = normalized(&raw);
    for literal in [
        "<script>alert(1)</script>",
        "{{7*7}}",
        "#settext(red)*bold*",
        "\\textbf{x}",
        "$x^2$",
    ] {
        assert!(text.contains(literal), "{literal} not printed literally");
    }
    // The 400-letter words wrap: no line of them is longer than a column.
    let lines: Vec<&str> = raw
        .lines()
        .filter(|l| l.contains("aaaaaaaa") || l.contains("بببببببب"))
        .collect();
    assert!(lines.len() >= 8, "{lines:?}");
    // Unbroken, a line would hold all 400. A full A4 line holds fewer than
    // 120 `a` or 200 joined `ب` at this size. (Both columns can share a
    // text line, so each script is counted apart.)
    for l in &lines {
        let (latin, arabic) = (
            l.chars().filter(|c| *c == 'a').count(),
            l.chars().filter(|c| *c == 'ب').count(),
        );
        assert!(
            latin < 120 && arabic < 200,
            "a long word ran off the page: {latin} + {arabic} letters on one line"
        );
    }
}

#[test]
fn chromium_computes_arabic_blocks_right_to_left_and_isolates_text() {
    let report = hostile_report();
    let page = html::render(&view(&report, &[], DocLangs::Both, false)).unwrap();
    // A probe script, added to a copy only, writes what the browser computed into the DOM.
    let probe = r#"<script>
      const ar = [...document.querySelectorAll('[lang="ar"]')];
      const rtl = ar.filter(e => getComputedStyle(e).direction === 'rtl').length;
      const bdi = [...document.querySelectorAll('bdi')].filter(e => getComputedStyle(e).unicodeBidi === 'isolate').length;
      const en = document.querySelector('.en-col .label');
      document.body.setAttribute('data-probe', [ar.length, rtl, bdi, getComputedStyle(en).direction, document.querySelectorAll('img').length].join(','));
    </script></body>"#;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("probe.html");
    std::fs::write(&file, page.replace("</body>", probe)).unwrap();
    let out = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=3000",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg("--dump-dom")
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("Chromium is installed (Debian package chromium; bash .ci/run installs it)");
    let dom = String::from_utf8_lossy(&out.stdout);
    let probe = dom
        .split("data-probe=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_else(|| panic!("no probe in {dom:.500}"));
    let parts: Vec<&str> = probe.split(',').collect();
    let (arabic, rtl, isolated): (usize, usize, usize) = (
        parts[0].parse().unwrap(),
        parts[1].parse().unwrap(),
        parts[2].parse().unwrap(),
    );
    assert!(arabic > 100, "{probe}");
    assert_eq!(arabic, rtl, "every Arabic block computes to direction: rtl");
    assert!(isolated > 50, "user text is isolated: {probe}");
    assert_eq!(
        parts[3], "ltr",
        "the hostile override did not flip the English column"
    );
    assert_eq!(parts[4], "0", "no image element was injected");
}
