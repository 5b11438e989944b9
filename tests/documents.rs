//! Bilingual documents: HTML from the template (checked by snapshot and in
//! headless Chromium) and PDF from typst (read back with pdftotext, page one
//! drawn with pdftoppm). Hostile free text stays literal text.
#![cfg(feature = "pdf")]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{repo, stderr};
use poa_core::catalogue;
use poa_core::load::LoadOptions;
use poa_core::model::{Lang, Report};
use poa_core::validate::validate_file;
use poa_formats::document::html;
use poa_formats::document::view::{DocLangs, view};

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
    pdftotext_run(cmd, pdf)
}

/// The text of one half of every A4 page (595 × 842 pt): the English column
/// (left) or the Arabic one (right) of a bilingual document, so lines of the
/// other column cannot interleave.
fn pdftotext_half(pdf: &Path, right: bool) -> String {
    let mut cmd = Command::new("pdftotext");
    let x = if right { "298" } else { "0" };
    cmd.args(["-x", x, "-y", "0", "-W", "297", "-H", "842"]);
    pdftotext_run(cmd, pdf)
}

fn pdftotext_run(mut cmd: Command, pdf: &Path) -> String {
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
    let (left, right) = (
        normalized(&pdftotext_half(&pdf, false)),
        normalized(&pdftotext_half(&pdf, true)),
    );
    let report = sample("xaa-aurelia-2026.yaml");
    // Arabic and English labels from the catalogue, each in its column.
    for id in [
        "marking.at_manufacture",
        "record_keeping.records_kept",
        "tracing.requests",
    ] {
        let meta = catalogue::question(id).unwrap();
        assert!(
            right.contains(&normalized(meta.label(poa_core::model::Lang::Ar))),
            "Arabic label of {id} not found"
        );
        assert!(
            left.contains(&normalized(meta.label(poa_core::model::Lang::En))),
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
    for lang in [poa_core::model::Lang::Ar, poa_core::model::Lang::En] {
        // A full stop ends the sentence logically; pdftotext puts it where it
        // sees it (left of Arabic), so compare without the end punctuation.
        let t = details
            .get(lang, report.first_language())
            .unwrap()
            .trim_end_matches(['.', '؟', '،']);
        let column = if lang == poa_core::model::Lang::Ar {
            &right
        } else {
            &left
        };
        assert!(column.contains(&normalized(t)), "{t} not found");
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
    assert!(first.contains("Page 1 of "), "{first}");
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
        // The annex sets English and Arabic side by side; pdftotext may
        // interleave their lines, so each half of the message is looked for.
        all.contains("TRC-001")
            && all.contains(&normalized("requests answered (4) exceeds"))
            && all.contains(&normalized("requests received (3)"))
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
        DocLangs::DEFAULT,
        false,
    );
    insta::assert_snapshot!(html::render(&view).unwrap());
}

#[test]
fn html_is_self_contained_and_marks_languages() {
    let page = html::render(&view(
        &sample("xaa-aurelia-2026.yaml"),
        &[],
        DocLangs::DEFAULT,
        false,
    ))
    .unwrap();
    for forbidden in ["<script", "<link", "src=", "@import", "url("] {
        assert!(!page.contains(forbidden), "{forbidden} in the page");
    }
    assert!(page.contains("<div class=\"col\" lang=\"ar\" dir=\"rtl\">"));
    assert!(page.contains("<div class=\"col\" lang=\"en\" dir=\"ltr\">"));
    assert!(page.contains("@page { size: A4"));
    let arabic_first = html::render(&view(
        &sample("xaa-aurelia-2026.yaml"),
        &[],
        DocLangs::one(Lang::Ar),
        false,
    ))
    .unwrap();
    assert!(arabic_first.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(!arabic_first.contains("<div class=\"col\" lang=\"en\""));
}

#[test]
fn a_missing_translation_shows_a_marker_not_an_empty_cell() {
    let mut value = serde_json::to_value(sample("xaa-aurelia-2026.yaml")).unwrap();
    value["sections"]["brokering"]["regulated"]["details"] =
        serde_json::json!({ "en": "Brokers register yearly." });
    let report: Report = serde_json::from_value(value).unwrap();
    let page = html::render(&view(&report, &[], DocLangs::DEFAULT, false)).unwrap();
    let marker = catalogue::word("missing", Lang::Ar);
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
    let page = html::render(&view(&report, &[], DocLangs::DEFAULT, false)).unwrap();
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;")
            || page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "script escaped"
    );
    assert!(!page.contains("<img"));
    assert!(page.contains("{{ 7*7 }}") && !page.contains(" 49 "));
    assert!(
        page.contains("<bdi dir=\"auto\">\u{202E}<bdi dir=\"ltr\">abc</bdi>\u{202C} نص</bdi>"),
        "bidi controls stay inside their isolate"
    );
    let pdf =
        poa_formats::document::pdf::render(&view(&report, &[], DocLangs::DEFAULT, false)).unwrap();
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
    let page = html::render(&view(&report, &[], DocLangs::DEFAULT, false)).unwrap();
    // A probe script, added to a copy only, writes what the browser computed into the DOM.
    let probe = r#"<script>
      const ar = [...document.querySelectorAll('[lang="ar"]')];
      const rtl = ar.filter(e => getComputedStyle(e).direction === 'rtl').length;
      const bdi = [...document.querySelectorAll('bdi')].filter(e => getComputedStyle(e).unicodeBidi === 'isolate').length;
      const en = document.querySelector('.col[lang="en"] .label');
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

/// One line of `pdftotext -bbox-layout`: page, left, right, top, bottom (pt).
#[derive(Debug, Clone, Copy)]
struct LineBox {
    page: usize,
    x_min: f64,
    x_max: f64,
    y_min: f64,
    y_max: f64,
}

fn attribute(tag: &str, name: &str) -> f64 {
    let start = tag.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
    let end = start + tag[start..].find('"').expect("closing quote");
    tag[start..end].parse().expect("a number")
}

fn line_boxes(pdf: &Path) -> Vec<LineBox> {
    let out = Command::new("pdftotext")
        .args(["-bbox-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let xml = String::from_utf8_lossy(&out.stdout);
    let mut boxes = Vec::new();
    for (page, text) in xml.split("<page ").skip(1).enumerate() {
        for tag in text.split("<line ").skip(1) {
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            boxes.push(LineBox {
                page,
                x_min: attribute(tag, "xMin"),
                x_max: attribute(tag, "xMax"),
                y_min: attribute(tag, "yMin"),
                y_max: attribute(tag, "yMax"),
            });
        }
    }
    boxes
}

/// Pairs of lines in one column (overlapping horizontally) whose baseline
/// pitch is under 0.7 of the line box the font declares: lines set so close
/// that Arabic marks of one run into the other.
fn crowded_pairs(boxes: &[LineBox]) -> Vec<(LineBox, LineBox)> {
    let mut out = Vec::new();
    for a in boxes {
        let below = boxes
            .iter()
            .filter(|b| b.page == a.page && b.y_min > a.y_min + 1.0)
            .filter(|b| b.x_min < a.x_max && a.x_min < b.x_max)
            .min_by(|x, y| x.y_min.total_cmp(&y.y_min));
        if let Some(b) = below {
            let pitch = b.y_max - a.y_max;
            let line_box = (a.y_max - a.y_min).min(b.y_max - b.y_min);
            if pitch < 0.7 * line_box {
                out.push((*a, *b));
            }
        }
    }
    out
}

#[test]
fn pdf_lines_never_crowd_each_other_in_any_language() {
    let dir = tempfile::tempdir().unwrap();
    for path in common::samples() {
        for lang in ["en", "ar", "en+ar"] {
            let pdf = dir.path().join("report.pdf");
            render_file(&path, "pdf", lang, &pdf, &[]);
            let boxes = line_boxes(&pdf);
            assert!(boxes.len() > 100, "{} lines", boxes.len());
            let crowded = crowded_pairs(&boxes);
            assert!(
                crowded.is_empty(),
                "{} --lang {lang}: {} crowded pairs, first {:?}",
                path.display(),
                crowded.len(),
                crowded.first()
            );
        }
    }
}

#[test]
fn crowding_is_detected_when_lines_overlap() {
    let a = LineBox {
        page: 0,
        x_min: 10.0,
        x_max: 200.0,
        y_min: 100.0,
        y_max: 120.0,
    };
    let close = LineBox {
        y_min: 110.0,
        y_max: 130.0,
        ..a
    };
    let apart = LineBox {
        y_min: 118.0,
        y_max: 138.0,
        ..a
    };
    assert_eq!(crowded_pairs(&[a, close]).len(), 1);
    assert!(crowded_pairs(&[a, apart]).is_empty());
}

#[test]
fn pdf_numbers_questions_and_pages_and_lists_its_sources() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("ar.pdf");
    render_file(
        &repo("samples/xab-borealis-2026.yaml"),
        "pdf",
        "ar",
        &pdf,
        &[],
    );
    let text = normalized(&pdftotext(&pdf, None));
    assert!(
        text.contains(&normalized("الصفحة 1 من")),
        "no Arabic page number"
    );
    assert!(text.contains("CONF.192/15"), "no sources list");
    let en = dir.path().join("en.pdf");
    render_file(
        &repo("samples/xaa-aurelia-2026.yaml"),
        "pdf",
        "en",
        &en,
        &[],
    );
    let text = pdftotext(&en, None);
    assert!(
        text.contains("Laser engraving"),
        "closed lists print as words"
    );
    assert!(!text.contains("laser_engraving"), "a code is printed");
    assert!(text.contains("Page 1 of"), "{text}");
    assert!(text.contains("[ITI 8(b)] 4.2"), "no numbered question");
    assert!(text.contains("Sources cited"), "no sources list");
}

/// The catalog's `/Lang` and the languages of tagged passages, so a screen
/// reader switches voice: (document language, passages marked Arabic).
fn pdf_languages(pdf: &[u8]) -> (String, usize) {
    let text = String::from_utf8_lossy(pdf);
    let catalog = text
        .split("/Type/Catalog")
        .nth(1)
        .expect("a catalog dictionary");
    let lang = catalog
        .split("/Lang(")
        .nth(1)
        .and_then(|rest| rest.split(')').next())
        .unwrap_or("")
        .to_owned();
    (lang, text.matches("/Lang(ar)").count())
}

#[test]
fn pdf_declares_its_language_and_marks_arabic_passages() {
    let report = sample("xab-borealis-2026.yaml");
    let render =
        |langs| poa_formats::document::pdf::render(&view(&report, &[], langs, false)).unwrap();
    let (lang, _) = pdf_languages(&render(DocLangs::one(Lang::Ar)));
    assert_eq!(lang, "ar", "an Arabic document says so");
    let (lang, arabic) = pdf_languages(&render(DocLangs::DEFAULT));
    assert_eq!(lang, "en");
    assert!(arabic > 100, "only {arabic} passages marked Arabic");
    let (lang, arabic) = pdf_languages(&render(DocLangs::one(Lang::En)));
    assert_eq!((lang.as_str(), arabic), ("en", 0));
}

/// The contents (written from the data so that typst settles in two layout
/// passes) give each heading's page: the title of every entry is on the page
/// its number names, and not on the page before (unless that page holds the
/// contents themselves), in every language.
#[test]
fn contents_give_the_page_of_every_heading() {
    let dir = tempfile::tempdir().unwrap();
    let input = repo("samples/xaa-aurelia-2026.yaml");
    for lang in ["en", "ar", "en+ar"] {
        let pdf = dir.path().join(format!("{lang}.pdf"));
        render_file(&input, "pdf", lang, &pdf, &[]);
        let raw = pdftotext(&pdf, None);
        let pages: Vec<&str> = raw.split('\u{c}').collect();
        let flat: Vec<String> = pages.iter().map(|p| normalized(p)).collect();
        // Entry lines end with dot leaders and a page number; a title that
        // wraps has its number on its last line, which is then all that is
        // checked of it.
        let mut entries = Vec::new();
        for (index, page) in pages.iter().enumerate() {
            for line in page.lines() {
                let Some(leaders) = line.find(" . . .") else {
                    continue;
                };
                // The number follows the leaders, or (a short right-to-left
                // line, as pdftotext reads it) comes just before them.
                let (mut title, tail) = line.split_at(leaders);
                let mut number: String = tail.chars().filter(char::is_ascii_digit).collect();
                if number.is_empty() {
                    let head = title.trim_end_matches(|c: char| !c.is_alphanumeric());
                    title = head.trim_end_matches(|c: char| c.is_ascii_digit());
                    number = head[title.len()..].to_owned();
                }
                // Up to the sources in brackets or the other language, which
                // pdftotext may read as lines of their own on the heading's page.
                let title = normalized(title.split(['(', '·']).next().unwrap_or_default());
                if title.chars().count() >= 8 {
                    let number = number
                        .parse::<usize>()
                        .unwrap_or_else(|_| panic!("{lang}: {line}"));
                    entries.push((index, title, number));
                }
            }
        }
        assert!(entries.len() >= 18, "{lang}: {entries:?}");
        let contents_pages: Vec<usize> = entries.iter().map(|e| e.0).collect();
        for (_, title, number) in &entries {
            assert!(
                flat[number - 1].contains(title.as_str()),
                "{lang}: {title} is not on page {number}"
            );
            if *number > 1 && !contents_pages.contains(&(number - 2)) {
                let before = number - 2;
                assert!(
                    !flat[before].contains(title.as_str()),
                    "{lang}: {title} is already on page {}",
                    number - 1
                );
            }
        }
    }
}

/// In the Arabic column of the PDF, a date keeps its order (it used to read
/// `02-11-2015`), as do paragraph references such as `16-4-2`.
#[test]
fn pdf_arabic_column_keeps_dates_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("ar.pdf");
    let rendered = common::render(
        &repo("samples/xab-borealis-2026.yaml"),
        "pdf",
        &pdf,
        &["--lang", "ar"],
    );
    assert_eq!(rendered.status.code(), Some(0), "{}", stderr(&rendered));
    let text = pdftotext(&pdf, None);
    assert!(text.contains("2015-11-02"), "the date as written");
    assert!(!text.contains("02-11-2015"), "not reversed");
}

/// Wrapped English lines are set closer than Arabic ones (each script its
/// own leading): in the bilingual PDF, the two lines of an English answer
/// are less than 16 pt apart, the Arabic column's pitch being about 20 pt.
#[test]
fn pdf_english_lines_have_their_own_leading() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("both.pdf");
    let rendered = common::render(&repo("samples/xaa-aurelia-2026.yaml"), "pdf", &pdf, &[]);
    assert_eq!(rendered.status.code(), Some(0), "{}", stderr(&rendered));
    let out = Command::new("pdftotext")
        .args(["-bbox-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    let xml = String::from_utf8_lossy(&out.stdout);
    // The answer "Twelve targets, among them marking all police weapons / by 2027."
    let line_of = |word: &str| {
        xml.split("<line ")
            .find(|line| line.contains(&format!(">{word}</word>")))
            .map(|line| attribute(line, "yMin"))
            .unwrap_or_else(|| panic!("no line with {word}"))
    };
    let pitch = line_of("2027.") - line_of("Twelve");
    assert!(pitch > 8.0 && pitch < 16.0, "English line pitch {pitch} pt");
}

/// The Arabic document is titled in Arabic and names its languages in words.
#[test]
fn arabic_html_is_titled_in_arabic_and_names_its_languages() {
    let report = sample("xaa-aurelia-2026.yaml");
    let page = html::render(&view(&report, &[], DocLangs::one(Lang::Ar), false)).unwrap();
    let title = page
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .unwrap();
    assert!(
        !title.chars().any(|c| c.is_ascii_alphabetic()),
        "title in Arabic: {title}"
    );
    assert!(
        title.contains(catalogue::word("title", Lang::Ar)),
        "{title}"
    );
    assert!(page.contains("الإنكليزية، العربية"), "languages by name");
    assert!(!page.contains(">en, ar<"));
}

/// Renders `report` to a PDF file in `dir` in `langs`.
fn pdf_in(dir: &Path, report: &Report, langs: DocLangs) -> PathBuf {
    let pdf = dir.join(format!("{}.pdf", langs.code()));
    let bytes = poa_formats::document::pdf::render(&view(report, &[], langs, false)).unwrap();
    std::fs::write(&pdf, bytes).unwrap();
    pdf
}

/// Every language with a locale file prints with the bundled fonts: its
/// words (title, a section's name, headings) read back from the PDF.
#[test]
fn every_language_prints_and_reads_back_from_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let report = sample("xaa-aurelia-2026.yaml");
    let languages = poa_core::i18n::languages();
    assert!(languages.len() >= 6, "{languages:?}");
    for lang in languages {
        let pdf = pdf_in(dir.path(), &report, DocLangs::one(*lang));
        let text = normalized(&pdftotext(&pdf, None));
        let marking = catalogue::section("marking").unwrap().label(*lang);
        for words in [
            catalogue::word("title", *lang),
            catalogue::word("contacts", *lang),
            catalogue::word("sources", *lang),
            marking,
        ] {
            assert!(
                text.contains(&normalized(words)),
                "{lang:?}: `{words}` is not read back from the PDF"
            );
        }
        let fonts = Command::new("pdffonts").arg(&pdf).output().unwrap();
        let fonts = String::from_utf8_lossy(&fonts.stdout);
        let expected = match poa_core::i18n::script(*lang) {
            "Cyrl" => "NotoSerif",
            "Hans" => "NotoSansCJKsc",
            _ => "Amiri",
        };
        assert!(fonts.contains(expected), "{lang:?}: {fonts}");
        // Latin and Arabic need no fallback font.
        if matches!(poa_core::i18n::script(*lang), "Latn" | "Arab") {
            assert!(!fonts.contains("Noto"), "{lang:?}: {fonts}");
        }
    }
}

/// A long Chinese text with no spaces breaks between characters and stays
/// inside the page's margins.
#[test]
fn chinese_text_breaks_between_characters_inside_the_page() {
    let mut value = serde_json::to_value(sample("xaa-aurelia-2026.yaml")).unwrap();
    value["languages"] = serde_json::json!(["zh", "en"]);
    let sentence = "国家小武器和轻武器委员会每季度举行一次会议由外交部主持";
    value["sections"]["national_coordination"]["coordination_body"]["details"] = serde_json::json!({ "zh": sentence.repeat(12), "en": "The Commission meets every quarter." });
    let report: Report = serde_json::from_value(value).unwrap();
    let dir = tempfile::tempdir().unwrap();
    // Chinese in the left column of `zh+en`: about 20 characters a line.
    let pdf = pdf_in(dir.path(), &report, DocLangs::pair(Lang::Zh, Lang::En));
    let mut lines_of_the_text = 0;
    let words = common::pdf_words(&pdf, Some((3, 4)));
    for word in &words {
        // A4 is 595 pt wide; the margins are 16 mm (45 pt).
        assert!(
            word.x_min >= 44.0 && word.x_max <= 551.0,
            "beyond the margin: {}",
            word.text
        );
        if word.text.contains("委员会") || word.text.contains("外交部") {
            lines_of_the_text += 1;
            assert!(word.x_max < 300.0, "past its column: {}", word.text);
        }
    }
    // 324 characters in a column of about 30: the text takes many lines.
    assert!(
        lines_of_the_text >= 6,
        "{lines_of_the_text} lines of {} words",
        words.len()
    );
}

/// `fr+ar`: French on the left, left to right; Arabic on the right, right to
/// left, in the HTML and in the PDF.
#[test]
fn french_and_arabic_side_by_side_each_in_its_direction() {
    let report = sample("xaa-aurelia-2026.yaml");
    let langs = DocLangs::parse("fr+ar").unwrap();
    let page = html::render(&view(&report, &[], langs, false)).unwrap();
    assert!(page.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert!(page.contains("<div class=\"col\" lang=\"fr\" dir=\"ltr\">"));
    assert!(page.contains("<div class=\"col\" lang=\"ar\" dir=\"rtl\">"));
    let french = catalogue::question("national_coordination.coordination_body")
        .unwrap()
        .label(Lang::Fr);
    assert!(page.contains(french), "{french}");
    let dir = tempfile::tempdir().unwrap();
    let pdf = pdf_in(dir.path(), &report, langs);
    let left = normalized(&pdftotext_half(&pdf, false));
    let right = normalized(&pdftotext_half(&pdf, true));
    let arabic = catalogue::question("national_coordination.coordination_body")
        .unwrap()
        .label(Lang::Ar);
    assert!(left.contains(&normalized(french)), "French on the left");
    assert!(!right.contains(&normalized(french)));
    assert!(right.contains(&normalized(arabic)), "Arabic on the right");
    assert!(!left.contains(&normalized(arabic)));
    // Every Arabic word of a page of questions lies in the right half, and
    // the column is set right to left: its lines end at the right margin.
    let arabic_words: Vec<(f64, f64)> = common::pdf_words(&pdf, Some((3, 3)))
        .into_iter()
        .filter(|w| {
            w.text
                .chars()
                .any(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        })
        .map(|w| (w.x_min, w.x_max))
        .collect();
    assert!(arabic_words.len() > 20, "{arabic_words:?}");
    // (The section's heading, across the page, pairs both languages on one line.)
    let in_left_half = arabic_words.iter().filter(|(min, _)| *min < 297.0).count();
    assert!(in_left_half * 20 <= arabic_words.len(), "{arabic_words:?}");
    let rightmost = arabic_words.iter().map(|(_, max)| *max).fold(0.0, f64::max);
    // The right margin is at 595 − 45 pt.
    assert!(rightmost > 545.0, "{rightmost}");
    let flush_right = arabic_words
        .iter()
        .filter(|(_, max)| rightmost - max < 2.0)
        .count();
    assert!(
        flush_right >= 5,
        "lines end at the right margin: {arabic_words:?}"
    );
}
