//! Properties over generated reports (256 cases each): YAML → model → YAML
//! is the identity, `validate` is deterministic and places every finding
//! inside the file, gives the same findings whether or not it keeps the
//! typed report, and a batch gives the same findings in any file order and
//! with any number of jobs.

mod common;

use std::collections::BTreeMap;

use common::{mutated_report, repo, validate_json};
use poa_core::init::to_commented_yaml;
use poa_core::load::LoadOptions;
use poa_core::validate::{FileOutcome, Keep, validate_text, validate_text_keeping};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn yaml_round_trip_is_lossless(report in mutated_report()) {
        let text = to_commented_yaml(&report, "poa-report.schema.json").unwrap();
        let outcome = validate_text("r.yaml", &text, &LoadOptions::default());
        prop_assert!(outcome.load_error.is_none(), "{:?}", outcome.load_error);
        prop_assert_eq!(outcome.report, Some(report));
    }

    #[test]
    fn validate_is_deterministic_and_positions_lie_in_the_file(report in mutated_report()) {
        let text = to_commented_yaml(&report, "poa-report.schema.json").unwrap();
        let first = validate_text("r.yaml", &text, &LoadOptions::default());
        let again = validate_text("r.yaml", &text, &LoadOptions::default());
        let seen = |o: &FileOutcome| {
            o.findings.iter().map(|l| (l.finding.clone(), l.span)).collect::<Vec<_>>()
        };
        prop_assert_eq!(seen(&first), seen(&again));
        let findings_only = validate_text_keeping("r.yaml", &text, &LoadOptions::default(), Keep::Findings);
        prop_assert!(findings_only.report.is_none());
        prop_assert_eq!(seen(&first), seen(&findings_only));
        let lines = text.lines().count().max(1);
        for located in &first.findings {
            let span = located.span;
            prop_assert!(span.start.offset <= span.end.offset && span.end.offset <= text.len());
            prop_assert!(text.is_char_boundary(span.start.offset) && text.is_char_boundary(span.end.offset));
            prop_assert!(span.start.line >= 1 && span.end.line <= lines + 1);
        }
    }
}

/// Reports the schema rejects take the other road through validation (the
/// typed report is built to decide whether the rules run): the same
/// findings either way there too.
#[test]
fn keeping_only_findings_changes_no_finding_of_the_invalid_samples() {
    let dir = repo("samples/invalid");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.display().to_string();
        let options = LoadOptions::default();
        let findings = |o: FileOutcome| {
            o.findings
                .into_iter()
                .map(|l| (l.finding, l.span))
                .collect::<Vec<_>>()
        };
        let full = findings(validate_text_keeping(&name, &text, &options, Keep::Report));
        let only = findings(validate_text_keeping(
            &name,
            &text,
            &options,
            Keep::Findings,
        ));
        assert!(!full.is_empty(), "{name} has findings");
        assert_eq!(full, only, "{name}");
        seen += 1;
    }
    assert!(seen >= 20, "every invalid sample compared");
}

/// Findings per file, from `validate --format json`.
fn by_file(args: &[&str]) -> BTreeMap<String, String> {
    let (_, doc) = validate_json(args);
    doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["file"].as_str().unwrap().to_owned(), f.to_string()))
        .collect()
}

#[test]
fn a_batch_gives_the_same_findings_in_any_order_and_with_any_jobs() {
    let mut files: Vec<String> = std::fs::read_dir(repo("samples/invalid"))
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".yaml"))
        .collect();
    files.sort();
    let args = |jobs: &'static str, files: &[String]| -> Vec<String> {
        let mut a = vec!["--jobs".to_owned(), jobs.to_owned()];
        a.extend(files.iter().cloned());
        a
    };
    let run = |a: Vec<String>| by_file(&a.iter().map(String::as_str).collect::<Vec<_>>());
    let reference = run(args("1", &files));
    assert_eq!(reference.len(), files.len());
    let mut reversed = files.clone();
    reversed.reverse();
    assert_eq!(run(args("2", &files)), reference);
    assert_eq!(run(args("4", &reversed)), reference);
    assert_eq!(run(args("1", &reversed)), reference);
}
