//! The bundled samples validate clean; each file in samples/invalid/ triggers
//! exactly the rule its first line names, at the line and column it names.

mod common;

use common::{repo, samples, validate_json};
use poa_core::finding::Severity;
use poa_core::model::Lang;
use poa_core::rules::registry;

#[test]
fn every_sample_is_valid_complete_and_fictional() {
    let files = samples();
    assert!(files.len() >= 3, "at least three samples");
    for file in files {
        let (code, doc) = validate_json(&[file.to_str().unwrap()]);
        let report = &doc["files"][0];
        assert_eq!(code, 0, "{}: {report:#}", file.display());
        assert_eq!(report["errors"], 0, "{}", file.display());
        assert_eq!(report["warnings"], 0, "{}: {report:#}", file.display());
        assert_eq!(
            report["infos"],
            0,
            "{}: every question answered",
            file.display()
        );
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.contains("FICTIONAL STATE"),
            "{} is marked as fictional",
            file.display()
        );
        assert!(
            text.contains("ar:"),
            "{} has Arabic free text",
            file.display()
        );
    }
}

struct Expectation {
    rule: String,
    line: u64,
    column: u64,
}

fn expectation(path: &std::path::Path) -> Expectation {
    let text = std::fs::read_to_string(path).unwrap();
    let first = text.lines().next().unwrap_or_default();
    let rest = first
        .strip_prefix("# expect: ")
        .unwrap_or_else(|| panic!("{}: no `# expect:` line", path.display()));
    let (rule, at) = rest.split_once(" at ").expect("RULE at L:C");
    let (line, column) = at.split_once(':').expect("L:C");
    Expectation {
        rule: rule.into(),
        line: line.parse().unwrap(),
        column: column.trim().parse().unwrap(),
    }
}

#[test]
fn each_invalid_file_triggers_exactly_its_rule_at_its_position() {
    let mut dir: Vec<_> = std::fs::read_dir(repo("samples/invalid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dir.sort();
    let mut covered = Vec::new();
    for path in dir {
        let expect = expectation(&path);
        let (code, doc) = validate_json(&[path.to_str().unwrap()]);
        let findings = doc["files"][0]["findings"].as_array().unwrap().clone();
        let hit = findings.iter().any(|f| {
            f["rule"] == expect.rule.as_str()
                && f["line"] == expect.line
                && f["column"] == expect.column
        });
        assert!(
            hit,
            "{}: no {} at {}:{} in {findings:#?}",
            path.display(),
            expect.rule,
            expect.line,
            expect.column
        );
        // No other rule speaks up with an error or a warning.
        let others: Vec<_> = findings
            .iter()
            .filter(|f| f["severity"] != "info" && f["rule"] != expect.rule.as_str())
            .collect();
        assert!(
            others.is_empty(),
            "{}: unexpected {others:#?}",
            path.display()
        );
        let severity = findings
            .iter()
            .find(|f| f["rule"] == expect.rule.as_str())
            .unwrap()["severity"]
            .clone();
        let expected_code = if severity == "error" { 1 } else { 0 };
        assert_eq!(
            code,
            expected_code,
            "{}: exit code for a {severity} finding",
            path.display()
        );
        covered.push(expect.rule);
    }
    for rule in registry() {
        assert!(
            covered.iter().any(|c| c == rule.id),
            "samples/invalid has no file for {}",
            rule.id
        );
    }
    for id in poa_core::schema::SCHEMA_FINDINGS {
        assert!(
            covered.iter().any(|c| c == id),
            "samples/invalid has no file for {id}"
        );
    }
}

#[test]
fn deny_warnings_turns_a_warning_file_into_exit_1() {
    let file = repo("samples/invalid/mark-002-manufacture-without-marking.yaml");
    let (code, _) = validate_json(&[file.to_str().unwrap()]);
    assert_eq!(code, 0);
    let (code, _) = validate_json(&["--deny-warnings", file.to_str().unwrap()]);
    assert_eq!(code, 1);
}

#[test]
fn every_rule_has_bilingual_messages_and_a_source() {
    for rule in registry() {
        assert!(!rule.sources.is_empty(), "{} has no source", rule.id);
        for lang in [Lang::En, Lang::Ar] {
            for text in [rule.summary(lang), rule.message(lang)] {
                assert!(!text.trim().is_empty(), "{} has an empty text", rule.id);
            }
        }
        assert!(
            rule.message(Lang::Ar)
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
                || rule.message(Lang::Ar) == "{problem}",
            "{}: Arabic message has no Arabic",
            rule.id
        );
        assert!(
            rule.summary(Lang::Ar)
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
            "{}: Arabic summary",
            rule.id
        );
    }
    let errors = registry()
        .iter()
        .filter(|r| r.severity == Severity::Error)
        .count();
    assert!(errors >= 8);
}
