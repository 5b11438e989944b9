//! Outputs read like the UNODA template: numbered questions, sources a reader
//! can look up, words instead of codes, every word in every language, a
//! misspelt answer reported once, and a schema strict validators accept.

mod common;

use std::collections::BTreeSet;

use common::{repo, run, samples, stdout, validate_json};
use poa_core::catalogue::{self, POINTS_OF_CONTACT, QUESTIONS, SECTIONS};
use poa_core::i18n;
use poa_core::model::{Lang, Sections};
use poa_core::rules::registry;
use poa_core::shape::{Shape, report_shape};
use poa_core::sources;

/// Every number of the questionnaire, in order. A number changes only when
/// the catalogue says so: update the snapshot in the same commit.
#[test]
fn the_whole_numbering() {
    let mut lines = Vec::new();
    for section in SECTIONS {
        lines.push(format!("{} {}", section.number(), section.key));
        // The template's 1.2 (points of contact) lives at the top level of our format.
        let mut items: Vec<_> = QUESTIONS
            .iter()
            .chain(POINTS_OF_CONTACT)
            .filter(|q| q.number.split('.').next() == Some(&section.number().to_string()))
            .collect();
        let order = |n: &str| -> Vec<u32> { n.split('.').map(|p| p.parse().unwrap()).collect() };
        items.sort_by_key(|q| order(q.number));
        lines.extend(items.iter().map(|q| format!("  {} {}", q.number, q.id)));
    }
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn numbers_are_unique_and_nest_inside_their_section() {
    let mut seen = BTreeSet::new();
    for q in QUESTIONS.iter().chain(POINTS_OF_CONTACT) {
        assert!(seen.insert(q.number), "number {} used twice", q.number);
    }
    for q in QUESTIONS {
        let section = catalogue::section(q.id.split('.').next().unwrap()).unwrap();
        assert!(
            q.number.starts_with(&format!("{}.", section.number())),
            "{} numbered {} outside section {}",
            q.id,
            q.number,
            section.number()
        );
    }
    assert_eq!(
        QUESTIONS.iter().map(|q| q.id).collect::<Vec<_>>(),
        Sections::LAYOUT
            .iter()
            .flat_map(|(s, qs)| qs.iter().map(move |q| format!("{s}.{q}")))
            .collect::<Vec<_>>(),
        "the catalogue lists every question of the model, in order"
    );
}

/// Every citation of a question, a section, a point of contact or a rule
/// names a document of the sources table; none cites anything else.
#[test]
fn every_source_resolves_to_the_sources_table() {
    let citations = SECTIONS
        .iter()
        .flat_map(|s| s.sources.iter())
        .chain(QUESTIONS.iter().flat_map(|q| q.sources.iter()))
        .chain(POINTS_OF_CONTACT.iter().flat_map(|q| q.sources.iter()))
        .chain(registry().iter().flat_map(|r| r.sources.iter()));
    for citation in citations {
        assert!(
            sources::resolve(citation).is_some(),
            "`{citation}` cites no document of the sources table"
        );
    }
    for source in sources::SOURCES {
        for lang in [Lang::En, Lang::Ar] {
            assert!(
                i18n::lookup(lang, &format!("source-{}", source.id)).is_some(),
                "no {lang:?} title for source {}",
                source.id
            );
        }
    }
}

/// The keys the program reads: a missing one is a hole in a document, an
/// extra one is a translation nobody sees.
fn expected_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for s in SECTIONS {
        keys.insert(i18n::key("section", s.key));
    }
    for q in QUESTIONS {
        keys.insert(i18n::key("q", q.id));
        keys.insert(format!("{}.help", i18n::key("q", q.id)));
    }
    for r in registry() {
        keys.insert(format!("rule-{}", r.id));
        keys.insert(format!("rule-{}.summary", r.id));
    }
    for id in poa_core::schema::SCHEMA_FINDINGS {
        keys.insert(format!("rule-{id}.summary"));
    }
    for severity in ["error", "warning", "info"] {
        keys.insert(format!("severity-{severity}"));
    }
    for (def, values) in vocabularies() {
        for code in values {
            keys.insert(format!("{}-{code}", catalogue::vocabulary_key(&def)));
        }
    }
    for s in sources::SOURCES {
        keys.insert(format!("source-{}", s.id));
    }
    keys
}

/// Every closed list of the schema (but the format marker), with its codes.
fn vocabularies() -> Vec<(String, Vec<String>)> {
    fn walk(shape: &Shape, out: &mut Vec<(String, Vec<String>)>) {
        match shape {
            Shape::Object { fields, .. } => fields.iter().for_each(|f| walk(&f.shape, out)),
            Shape::List(item) => walk(item, out),
            Shape::Choice { def, values }
                if def != "FormatVersion" && !out.iter().any(|(d, _)| d == def) =>
            {
                out.push((def.clone(), values.clone()));
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(report_shape(), &mut out);
    out
}

#[test]
fn every_language_has_every_key_and_no_orphans() {
    let expected = expected_keys();
    let english: BTreeSet<String> = i18n::messages(Lang::En).keys().cloned().collect();
    // A language is complete, or lacks only question texts (`q-*`: Russian
    // and Chinese for now), which its interfaces then say are pending.
    let question_text = |key: &&String| key.starts_with("q-");
    for (lang, _) in i18n::RESOURCES.iter() {
        let have: BTreeSet<String> = i18n::messages(*lang).keys().cloned().collect();
        let missing: Vec<_> = expected
            .difference(&have)
            .filter(|k| !question_text(k))
            .collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        let not_in_english: Vec<_> = have.difference(&english).collect();
        let not_here: Vec<_> = english
            .difference(&have)
            .filter(|k| !question_text(k))
            .collect();
        assert!(
            not_in_english.is_empty() && not_here.is_empty(),
            "{lang:?} and English differ: {not_in_english:?} / {not_here:?}"
        );
        let questions_missing = english.difference(&have).any(|k| question_text(&k));
        assert_eq!(
            questions_missing,
            !i18n::questions_translated(*lang),
            "{lang:?}"
        );
        for (key, text) in i18n::messages(*lang) {
            assert!(!text.trim().is_empty(), "{lang:?} `{key}` is empty");
        }
    }
    // Keys of the generated families that the program never asks for.
    let families = ["section-", "q-", "rule-", "source-"];
    let vocab_prefixes: Vec<String> = vocabularies()
        .iter()
        .map(|(def, _)| format!("{}-", catalogue::vocabulary_key(def)))
        .collect();
    for key in &english {
        let generated = families.iter().any(|f| key.starts_with(f))
            || vocab_prefixes.iter().any(|p| key.starts_with(p.as_str()));
        assert!(
            !generated || expected.contains(key),
            "`{key}` is an orphan: no section, question, rule, code or source has it"
        );
    }
}

#[test]
fn the_locale_files_parse() {
    for (lang, text) in i18n::RESOURCES.iter() {
        assert!(i18n::parse(text).is_ok(), "{lang:?}");
    }
    assert!(i18n::parse("broken = {").is_err());
}

#[test]
fn partially_reads_as_the_templates_developing() {
    assert_eq!(
        catalogue::answer_label("partially", Lang::En),
        Some("Partially / in development")
    );
    assert_eq!(
        catalogue::answer_label("partially", Lang::Ar),
        Some("جزئيا / قيد الإعداد")
    );
}

/// The word "seed" (the name of the project's source files) reaches no user.
#[test]
fn no_output_says_seed() {
    let mut outputs = vec![
        stdout(&run(&["schema"])),
        stdout(&run(&["schema", "--xsd"])),
        stdout(&run(&["rules", "--format", "json"])),
        stdout(&run(&["rules", "--lang", "ar"])),
        stdout(&run(&["init", "--state", "XAA", "--cycle", "2026"])),
    ];
    outputs.extend(i18n::RESOURCES.iter().map(|(_, text)| (*text).to_owned()));
    let dir = tempfile::tempdir().unwrap();
    for sample in samples() {
        for lang in ["en", "ar", "en+ar"] {
            let out = dir.path().join("doc.html");
            let rendered = common::render(&sample, "html", &out, &["--lang", lang]);
            assert!(rendered.status.success());
            outputs.push(std::fs::read_to_string(&out).unwrap());
        }
    }
    for text in outputs {
        let lower = text.to_lowercase();
        assert!(!lower.contains("seed"), "an output says `seed`");
    }
}

/// Every finding in a question or a point of contact carries its number.
#[test]
fn findings_of_the_invalid_samples_carry_question_numbers() {
    let dir = repo("samples/invalid");
    let (_, json) = validate_json(&[dir.to_str().unwrap()]);
    let mut numbered = 0;
    for file in json["files"].as_array().unwrap() {
        for finding in file["findings"].as_array().unwrap() {
            let pointer = finding["pointer"].as_str().unwrap();
            let expected = catalogue::item_at(pointer);
            match expected {
                Some(item) => {
                    assert_eq!(finding["question"]["number"], item.number, "{finding}");
                    assert_eq!(finding["question"]["id"], item.id, "{finding}");
                    numbered += 1;
                }
                None => assert!(finding["question"].is_null(), "{finding}"),
            }
        }
    }
    assert!(numbered > 20, "only {numbered} findings were in questions");
}

#[test]
fn human_findings_name_the_question_number() {
    let out = run(&[
        "validate",
        repo("samples/invalid/mark-002-manufacture-without-marking.yaml")
            .to_str()
            .unwrap(),
    ]);
    let text = stdout(&out);
    assert!(
        text.contains("Question 4.1 (marking.at_manufacture)"),
        "{text}"
    );
    let arabic = run(&[
        "validate",
        "--lang",
        "ar",
        repo("samples/invalid/mark-002-manufacture-without-marking.yaml")
            .to_str()
            .unwrap(),
    ]);
    assert!(
        stdout(&arabic).contains("السؤال 4.1"),
        "{}",
        stdout(&arabic)
    );
}

fn findings_of(text: &str) -> Vec<(String, String)> {
    let outcome = poa_core::validate::validate_text(
        "report.yaml",
        text,
        &poa_core::load::LoadOptions::default(),
    );
    assert!(outcome.load_error.is_none(), "{:?}", outcome.load_error);
    outcome
        .findings
        .iter()
        .map(|l| (l.finding.rule.to_owned(), l.finding.pointer.clone()))
        .collect()
}

/// A misspelt answer anywhere is one schema finding and nothing else: no
/// rule reads it as unanswered (ANS-001, MARK-002) or as any answer.
#[test]
fn a_misspelt_answer_is_reported_once_in_every_question() {
    let text = std::fs::read_to_string(repo("samples/xaa-aurelia-2026.yaml")).unwrap();
    let outcome = poa_core::validate::validate_text(
        "aurelia.yaml",
        &text,
        &poa_core::load::LoadOptions::default(),
    );
    assert!(outcome.findings.is_empty(), "the sample has findings");
    let report = serde_json::to_value(outcome.report.unwrap()).unwrap();
    let mut tried = 0;
    for (section, questions) in Sections::LAYOUT {
        for question in *questions {
            let mut doc = report.clone();
            let node = &mut doc["sections"][*section][*question];
            if node.get("answer").is_none_or(|a| a.is_null()) {
                continue; // narratives have no answer
            }
            node["answer"] = "partialy".into();
            // JSON is YAML 1.2: the loader reads it as it is.
            let findings = findings_of(&serde_json::to_string_pretty(&doc).unwrap());
            let pointer = format!("/sections/{section}/{question}/answer");
            assert_eq!(
                findings,
                [("SCHEMA-004".to_owned(), pointer)],
                "{section}.{question}"
            );
            tried += 1;
        }
    }
    assert!(tried >= 90, "only {tried} questions tried");
}

/// COOP-001 does not conclude "every answer is yes" past a misspelt one.
#[test]
fn cooperation_rule_does_not_count_past_a_misspelt_answer() {
    let text = std::fs::read_to_string(repo(
        "samples/invalid/coop-001-need-in-implemented-area.yaml",
    ))
    .unwrap();
    assert!(
        findings_of(&text)
            .iter()
            .any(|(rule, _)| rule == "COOP-001")
    );
    let misspelt = text.replacen(
        "customs_cooperation:\n      answer: yes",
        "customs_cooperation:\n      answer: partialy",
        1,
    );
    assert_ne!(misspelt, text);
    let rules: Vec<String> = findings_of(&misspelt).into_iter().map(|(r, _)| r).collect();
    assert!(rules.contains(&"SCHEMA-004".to_owned()), "{rules:?}");
    assert!(!rules.contains(&"COOP-001".to_owned()), "{rules:?}");
}

/// `docs/format.md` is generated from the catalogue; regenerate it with
/// `UPDATE_DOCS=1 cargo test --test template_fidelity format_reference`.
#[test]
fn format_reference_is_up_to_date() {
    let generated = xtask::format_doc::render();
    let path = repo("docs/format.md");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == generated,
        "docs/format.md is out of date: run UPDATE_DOCS=1 cargo test --test template_fidelity format_reference"
    );
    for q in QUESTIONS {
        assert!(generated.contains(&format!("| {} |", q.number)), "{}", q.id);
    }
}
