//! `render --to pdf --pdf-standard a-2b|ua-1`: what the archive and
//! accessibility checkers look for, read back with poppler (`pdfinfo`,
//! `pdffonts`) and from the file's own objects.

mod common;

use std::path::Path;
use std::process::Command;

use common::{bin, repo};

fn render(standard: &str, lang: &str, out: &Path) {
    let output = bin()
        .args(["render"])
        .arg(repo("samples/xab-borealis-2026.yaml"))
        .args([
            "--to",
            "pdf",
            "--lang",
            lang,
            "--pdf-standard",
            standard,
            "-o",
        ])
        .arg(out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{standard} {lang}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn poppler(tool: &str, args: &[&str], file: &Path) -> String {
    let output = Command::new(tool)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils): {e}"));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// How many structure elements say their language is `lang`.
fn marked(pdf: &[u8], lang: &str) -> usize {
    [format!("/Lang ({lang})"), format!("/Lang({lang})")]
        .iter()
        .map(|needle| {
            pdf.windows(needle.len())
                .filter(|w| *w == needle.as_bytes())
                .count()
        })
        .sum()
}

#[test]
fn a_2b_declares_part_2_conformance_b_embeds_every_font_and_is_dated() {
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "ar", "en+ar"] {
        let out = dir.path().join(format!("a-{lang}.pdf"));
        render("a-2b", lang, &out);
        let meta = poppler("pdfinfo", &["-meta"], &out);
        assert!(
            meta.contains("<pdfaid:part>2</pdfaid:part>")
                && meta.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
            "{lang}: {meta}"
        );
        let fonts = poppler("pdffonts", &[], &out);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{fonts}");
        for row in rows {
            let columns: Vec<&str> = row.split_whitespace().collect();
            // name, type…, encoding, emb, sub, uni, object, generation
            let embedded = columns[columns.len() - 5];
            assert_eq!(embedded, "yes", "{lang}: not embedded: {row}");
        }
        let info = poppler("pdfinfo", &[], &out);
        // The title is in the document's first language.
        let title = if lang.starts_with("ar") {
            "مملكة بورياليس — 2026"
        } else {
            "Kingdom of Borealis — 2026"
        };
        assert!(info.contains(title), "the title: {info}");
        // The report's own date (submitted 2026-04-20), not the clock's.
        assert!(info.contains("Apr 20") && info.contains("2026"), "{info}");
    }
    // The same report twice: the same bytes.
    let again = dir.path().join("again.pdf");
    render("a-2b", "en+ar", &again);
    assert_eq!(
        std::fs::read(&again).unwrap(),
        std::fs::read(dir.path().join("a-en+ar.pdf")).unwrap()
    );
}

#[test]
fn ua_1_is_tagged_titled_and_marks_the_arabic_spans() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ua.pdf");
    render("ua-1", "en+ar", &out);
    let info = poppler("pdfinfo", &[], &out);
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(info.contains("Kingdom of Borealis — 2026"), "{info}");
    let pdf = std::fs::read(&out).unwrap();
    assert_eq!(marked(&pdf, "en"), 1, "the document's language");
    assert!(
        marked(&pdf, "ar") > 50,
        "each Arabic span: {}",
        marked(&pdf, "ar")
    );
    let structure = poppler("pdfinfo", &["-struct"], &out);
    assert!(structure.contains("Span (inline)") && structure.contains("Table (block)"));
    // Contacts, contents, the template's sections, sources: headings as
    // headings, one per section.
    let headings = structure
        .lines()
        .filter(|l| l.trim_start().starts_with("H1 "))
        .count();
    assert!(headings >= 15, "{headings} headings tagged H1");

    let arabic = dir.path().join("ua-ar.pdf");
    render("ua-1", "ar", &arabic);
    let pdf = std::fs::read(&arabic).unwrap();
    assert_eq!(marked(&pdf, "ar"), 1, "an Arabic document says so once");
}

#[test]
fn an_unknown_standard_is_refused_by_name() {
    let output = bin()
        .args(["render"])
        .arg(repo("samples/xab-borealis-2026.yaml"))
        .args(["--to", "pdf", "--pdf-standard", "a-1a", "-o", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("a-2b"));
}
