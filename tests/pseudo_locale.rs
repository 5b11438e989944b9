//! The pseudo-locale: every English message accented, lengthened (each vowel
//! doubled, about a third longer) and marked right to left, loaded in
//! French's place through `POA_REPORT_LOCALES`. Every renderer run through it
//! must show no English word that is not the report's own text, a code of the
//! format or a citation (a word that bypassed the locale files), and nothing
//! may run past the PDF's margins or the form's window.
#![cfg(all(feature = "pdf", feature = "serve"))]

mod common;

use std::collections::BTreeSet;
use std::io::BufRead;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::browser::{Driver, browser};
use common::{bin, repo};

/// Accents and doubles the vowels of a message's words, leaving placeables
/// (`{ $name }`, `{" "}`) and code in backticks as they are.
fn pseudo_text(value: &str) -> String {
    let mut out = String::new();
    let (mut depth, mut code) = (0usize, false);
    for c in value.chars() {
        match c {
            '{' => depth += 1,
            '`' if depth == 0 => code = !code,
            _ => {}
        }
        if depth > 0 || code {
            out.push(c);
        } else {
            match c {
                'a' => out.push_str("áá"),
                'e' => out.push_str("éé"),
                'i' => out.push_str("íí"),
                'o' => out.push_str("óó"),
                'u' => out.push_str("úú"),
                'A' => out.push_str("ÁÁ"),
                'E' => out.push_str("ÉÉ"),
                'I' => out.push_str("ÍÍ"),
                'O' => out.push_str("ÓÓ"),
                'U' => out.push_str("ÚÚ"),
                'c' => out.push('ç'),
                'n' => out.push('ñ'),
                'y' => out.push('ý'),
                other => out.push(other),
            }
        }
        if c == '}' {
            depth = depth.saturating_sub(1);
        }
    }
    out
}

/// The pseudo-locale of an English Fluent file: each message's value starts
/// with a right-to-left mark, then its words, pseudo.
fn pseudo_locale(english: &str) -> String {
    let mut out = String::new();
    for line in english.lines() {
        let trimmed = line.trim_start();
        let is_entry = !line.starts_with(char::is_whitespace) || trimmed.starts_with('.');
        let converted = if line.starts_with('#') || trimmed.is_empty() {
            line.to_owned()
        } else if line.starts_with("locale-name") {
            "locale-name = Pseudo".to_owned()
        } else if line.starts_with("locale-") {
            line.to_owned()
        } else if let (true, Some((key, value))) = (is_entry, line.split_once('=')) {
            if value.trim().is_empty() {
                line.to_owned()
            } else {
                format!("{key}= \u{200F}{}", pseudo_text(value.trim_start()))
            }
        } else {
            // A continuation line; a selector's variant keeps its key (`[one]`, `*[other]`).
            let body = trimmed.trim_start_matches('*');
            match body.strip_prefix('[').and_then(|b| b.split_once(']')) {
                Some((_, words)) => {
                    let key_len = line.len() - words.len();
                    format!("{}{}", &line[..key_len], pseudo_text(words))
                }
                None => pseudo_text(line),
            }
        };
        out.push_str(&converted);
        out.push('\n');
    }
    out
}

/// The folder with the pseudo-locale as `fr.ftl`.
fn pseudo_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let english = std::fs::read_to_string(repo("locales/en.ftl")).unwrap();
    std::fs::write(dir.path().join("fr.ftl"), pseudo_locale(&english)).unwrap();
    dir
}

fn run_in(locales: &Path, args: &[&str]) -> Output {
    bin()
        .env(poa_core::i18n::LOCALES_VARIABLE, locales)
        .args(args)
        .output()
        .expect("binary runs")
}

/// What may stay English in every language.
struct Allowed {
    /// Whole words: the format's keys and codes, rule ids, citations of
    /// documents and paragraphs, the Arabic file's Latin names, product names.
    words: BTreeSet<String>,
    /// The reports' own strings (names, free text), removed from an output
    /// before it is read, longest first.
    report_strings: Vec<String>,
}

fn letter_runs(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|r| !r.is_empty())
}

fn allowed() -> Allowed {
    let mut words: BTreeSet<String> = BTreeSet::new();
    let mut add = |text: &str| {
        for run in letter_runs(text) {
            words.insert(run.to_owned());
        }
    };
    // The files read, which the regional page lists.
    add("samples");
    let mut report_strings = Vec::new();
    for file in common::samples() {
        add(&file.file_name().unwrap().to_string_lossy());
        let report = poa_core::validate::validate_file(&file, &Default::default())
            .report
            .unwrap();
        strings_of(&serde_json::to_value(report).unwrap(), &mut report_strings);
    }
    fn keys_and_codes(value: &serde_json::Value, add: &mut dyn FnMut(&str)) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, item) in map {
                    add(key);
                    if key == "enum" || key == "const" {
                        add(&item.to_string());
                    }
                    keys_and_codes(item, add);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|i| keys_and_codes(i, add)),
            _ => {}
        }
    }
    keys_and_codes(poa_core::schema::json_schema(), &mut add);
    for question in poa_core::catalogue::QUESTIONS {
        add(&question.sources.join(" "));
    }
    for section in poa_core::catalogue::SECTIONS {
        add(&section.sources.join(" "));
    }
    for source in poa_core::sources::SOURCES {
        add(source.cite_as);
        add(&poa_core::sources::reference(source));
    }
    // The Latin words of the Arabic file's messages (names such as INTERPOL's
    // iARMS), shown beside the pseudo-locale in a pair.
    let arabic = std::fs::read_to_string(repo("locales/ar.ftl")).unwrap();
    for text in poa_core::i18n::parse(&arabic).unwrap().values() {
        add(text);
    }
    // Markers of the workbook's rows and its hidden columns, read by import;
    // Word's field codes (not shown); names of products and the standard
    // schema findings cite.
    add("#status path form TOC PAGE NUMPAGES Word Excel LibreOffice JSON Schema");
    // Dates are written by ICU4X from CLDR's data for the language's locale
    // (the pseudo-locale keeps English's `en-GB`): its month names are not ours.
    for month in 1..=12 {
        add(&poa_core::i18n::date(
            poa_core::model::Lang::En,
            &format!("2026-{month:02}-15"),
        ));
    }
    for id in poa_core::schema::SCHEMA_FINDINGS {
        add(id);
    }
    let rules = common::stdout(&common::run(&["rules", "--format", "json"]));
    let rules: serde_json::Value = serde_json::from_str(&rules).unwrap();
    for rule in rules["rules"].as_array().unwrap() {
        add(&rule["id"].to_string());
        add(&rule["sources"].to_string());
    }
    // Short strings (codes, ids, language codes) are words, not phrases to take out.
    let (phrases, short): (Vec<String>, Vec<String>) = report_strings
        .into_iter()
        .partition(|s| s.contains(' ') && s.len() >= 8);
    for word in &short {
        add(word);
    }
    let mut report_strings = phrases;
    report_strings.sort_by_key(|s| std::cmp::Reverse(s.len()));
    Allowed {
        words,
        report_strings,
    }
}

/// Every string of a JSON value.
fn strings_of(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) if !s.trim().is_empty() => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|i| strings_of(i, out)),
        serde_json::Value::Object(map) => map.values().for_each(|i| strings_of(i, out)),
        _ => {}
    }
}

/// Runs of ASCII letters holding an unaccented vowel (so not the
/// pseudo-locale's), three letters or more, that are not allowed whole words.
fn english_words(text: &str, allowed: &BTreeSet<String>) -> BTreeSet<String> {
    // Diagnostics start `error[ID]` / `warning[ID]`, as compilers' do, for
    // tools that read them; options (`--verbose`) are code.
    let text = ["error[", "warning[", "info["]
        .iter()
        .fold(text.to_owned(), |t, marker| t.replace(marker, "["));
    let text: String = text
        .split("--")
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part.to_owned()
            } else {
                part.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-')
                    .to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    text.split(|c: char| !c.is_ascii_alphabetic() && c != '#')
        .map(|run| run.trim_start_matches('#'))
        .filter(|run| {
            run.len() >= 3 && run.contains(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U'])
        })
        .filter(|run| !allowed.contains(*run))
        .map(str::to_owned)
        .collect()
}

/// Fails on any English word left in `text` once the reports' own strings
/// are taken out; `also` names more words allowed here (a diagnostic quotes
/// lines of the file it is about). In a PDF, typst breaks long words across
/// lines, so there a piece of an allowed word or report string is allowed.
fn assert_no_english(what: &str, text: &str, allowed: &Allowed, also: &str) {
    let text = allowed
        .report_strings
        .iter()
        .fold(text.to_owned(), |t, s| t.replace(s.as_str(), " "));
    let mut words = allowed.words.clone();
    words.extend(letter_runs(also).map(str::to_owned));
    let mut found = english_words(&text, &words);
    if what.ends_with("pdf") {
        let pieces: Vec<&str> = words
            .iter()
            .map(String::as_str)
            .chain(allowed.report_strings.iter().map(String::as_str))
            .collect();
        found.retain(|run| !pieces.iter().any(|p| p.contains(run.as_str())));
    }
    assert!(
        found.is_empty(),
        "{what}: words that bypass the locale files: {found:?} in\n{text:.4000}"
    );
}

/// The text of an XML part, entities decoded enough for words.
fn xml_text(xml: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#x2f;", "/")
}

fn zip_part(file: &Path, part: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).unwrap();
    let mut entry = archive.by_name(part).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut entry, &mut text).unwrap();
    text
}

#[test]
fn the_pseudo_locale_is_a_complete_locale_file() {
    let english = std::fs::read_to_string(repo("locales/en.ftl")).unwrap();
    let pseudo = pseudo_locale(&english);
    let parsed = poa_core::i18n::parse(&pseudo).expect("the pseudo-locale parses");
    let source = poa_core::i18n::parse(&english).unwrap();
    assert_eq!(
        parsed.keys().collect::<BTreeSet<_>>(),
        source.keys().collect::<BTreeSet<_>>()
    );
    assert_eq!(
        pseudo_text("the answer is `no`, but { $field }"),
        "théé ááñswéér íís `no`, búút { $field }"
    );
    let selector =
        pseudo_locale("a = { $n ->\n    [one] one report\n   *[other] { $n } reports\n}, more\n");
    assert_eq!(
        selector,
        "a = \u{200F}{ $n ->\n    [one] óóñéé réépóórt\n   *[other] { $n } réépóórts\n}, móóréé\n"
    );
}

/// Validation, the rule catalogue, every document, the workbook and the
/// regional page and workbook, all in the pseudo-locale.
#[test]
fn no_output_bypasses_the_locale_files() {
    let locales = pseudo_dir();
    let dir = tempfile::tempdir().unwrap();
    let allowed = allowed();
    let sample = repo("samples/xaa-aurelia-2026.yaml");
    let sample = sample.to_str().unwrap();

    for entry in std::fs::read_dir(repo("samples/invalid")).unwrap() {
        let path = entry.unwrap().path();
        let out = run_in(
            locales.path(),
            &[
                "validate",
                "--lang",
                "fr",
                "--color",
                "never",
                path.to_str().unwrap(),
            ],
        );
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let text = text.replace(path.to_str().unwrap(), "");
        // The diagnostics quote lines of the file.
        let quoted = std::fs::read_to_string(&path).unwrap_or_default();
        assert_no_english(
            &format!("validate {}", path.display()),
            &text,
            &allowed,
            &quoted,
        );
    }
    let rules = run_in(locales.path(), &["rules", "--lang", "fr"]);
    assert_no_english(
        "rules",
        &String::from_utf8_lossy(&rules.stdout),
        &allowed,
        "",
    );

    for to in ["html", "pdf", "docx", "xlsx"] {
        let out = dir.path().join(format!("report.{to}"));
        let rendered = run_in(
            locales.path(),
            // The workbook's label columns pair two languages (one with English).
            &[
                "render",
                sample,
                "--to",
                to,
                "--lang",
                if to == "xlsx" { "fr+ar" } else { "fr" },
                "-o",
                out.to_str().unwrap(),
            ],
        );
        assert!(
            rendered.status.success(),
            "{to}: {}",
            String::from_utf8_lossy(&rendered.stderr)
        );
        let text = match to {
            "html" => {
                let page = std::fs::read_to_string(&out).unwrap();
                let body = page.split("</style>").nth(1).unwrap_or(&page).to_owned();
                xml_text(&body)
            }
            "pdf" => pdf_text(&out),
            "docx" => xml_text(&zip_part(&out, "word/document.xml")),
            _ => xml_text(&zip_part(&out, "xl/sharedStrings.xml")),
        };
        assert_no_english(&format!("render --to {to}"), &text, &allowed, "");
    }

    // The changes between two reports, as a page and as text.
    let other = repo("samples/xab-borealis-2026.yaml");
    let changes_page = dir.path().join("changes.html");
    for format in ["html", "text"] {
        let mut args = vec![
            "diff",
            other.to_str().unwrap(),
            sample,
            "--lang",
            "fr",
            "--format",
            format,
        ];
        if format == "html" {
            args.extend(["-o", changes_page.to_str().unwrap()]);
        }
        let out = run_in(locales.path(), &args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = if format == "html" {
            let page = std::fs::read_to_string(&changes_page).unwrap();
            xml_text(page.split("</style>").nth(1).unwrap_or(&page))
        } else {
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        let text = text
            .replace(other.to_str().unwrap(), "")
            .replace(sample, "");
        assert_no_english(&format!("diff --format {format}"), &text, &allowed, "");
    }

    for to in ["html", "xlsx"] {
        let out = dir.path().join(format!("region.{to}"));
        let samples = repo("samples");
        let result = run_in(
            locales.path(),
            &[
                "aggregate",
                samples.to_str().unwrap(),
                "--lang",
                "fr",
                "-o",
                out.to_str().unwrap(),
            ],
        );
        assert!(result.status.success());
        let samples = samples.to_str().unwrap().to_owned();
        let said = String::from_utf8_lossy(&result.stderr).replace(&samples, "");
        assert_no_english("aggregate's summary", &said, &allowed, "");
        let text = if to == "html" {
            let page = std::fs::read_to_string(&out).unwrap();
            xml_text(page.split("</style>").nth(1).unwrap_or(&page))
        } else {
            xml_text(&zip_part(&out, "xl/sharedStrings.xml"))
        };
        // The files read are listed by path.
        let text = text.replace(&samples, "");
        assert_no_english(&format!("aggregate -o {to}"), &text, &allowed, "");
    }
}

fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is installed (poppler-utils)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A third longer words still fit: every word of the PDF lies inside the
/// page's margins, and no page of the form is wider than the window.
#[test]
fn lengthened_words_are_not_cut_off_in_the_pdf_or_the_form() {
    let locales = pseudo_dir();
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("report.pdf");
    let sample = repo("samples/xaa-aurelia-2026.yaml");
    let rendered = run_in(
        locales.path(),
        &[
            "render",
            sample.to_str().unwrap(),
            "--to",
            "pdf",
            "--lang",
            "fr+ar",
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(rendered.status.success());
    let words = common::pdf_words(&pdf, None);
    for word in &words {
        assert!(
            word.x_min >= 40.0 && word.x_max <= 556.0,
            "cut off: {}",
            word.text
        );
    }
    let words = words.len();
    assert!(words > 3000, "{words} words");

    let file = dir.path().join("report.yaml");
    std::fs::copy(&sample, &file).unwrap();
    let mut server = bin()
        .env(poa_core::i18n::LOCALES_VARIABLE, locales.path())
        .args([
            "serve",
            file.to_str().unwrap(),
            "--port",
            "0",
            "--lang",
            "fr",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .map(|url| format!("http://{}", url.trim_end_matches('/')))
        .unwrap_or_else(|| panic!("no URL in {line:?}"));
    let allowed = allowed();
    let driver = Driver::start();
    let profile = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let client = browser(&driver, profile.path()).await;
        for page in ["report", "contacts", "marking", "international_cooperation"] {
            client.goto(&format!("{base}/page/{page}")).await.unwrap();
            let seen = client
                .execute(
                    "return { text: document.body.innerText, \
                     wide: document.documentElement.scrollWidth > window.innerWidth + 1, \
                     clipped: [...document.querySelectorAll('label, legend, h1, h2, button, summary')] \
                       .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow === 'hidden') \
                       .map((e) => e.textContent) };",
                    vec![],
                )
                .await
                .unwrap();
            assert_eq!(seen["wide"], false, "{page}: wider than the window");
            assert_eq!(seen["clipped"], serde_json::json!([]), "{page}");
            // The file's own name and the language menu (each language's name in itself) aside.
            let text = seen["text"].as_str().unwrap().replace(file.to_str().unwrap(), "");
            let names: Vec<&str> = poa_core::i18n::languages()
                .iter()
                .map(|l| poa_core::i18n::native_name(*l))
                .collect();
            let text = names.iter().fold(text, |t, name| t.replace(name, ""));
            assert_no_english(&format!("the form's page {page}"), &text, &allowed, "");
        }
        client.close().await.unwrap();
    });
    let _ = server.kill();
    let _ = server.wait();
}
