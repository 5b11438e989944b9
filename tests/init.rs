//! `init`: the skeleton holds every question, validates with only
//! "not answered yet" findings, and `--from` carries last cycle over.

mod common;

use common::{repo, run, stderr, validate_json};
use poa_core::catalogue::QUESTIONS;
use poa_core::model::Lang;

#[test]
fn skeleton_has_every_question_with_labels_and_validates_without_schema_errors() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.yaml");
    let made = run(&[
        "init",
        "--state",
        "nzl",
        "--cycle",
        "2026",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("# yaml-language-server: $schema=poa-report.schema.json\n"));
    assert!(
        dir.path().join("poa-report.schema.json").exists(),
        "schema written beside the report"
    );
    for q in QUESTIONS {
        let key = q.id.split('.').nth(1).unwrap();
        assert!(text.contains(&format!("    {key}:\n")), "{} missing", q.id);
        assert!(
            text.contains(q.label(Lang::Ar)),
            "{}: Arabic label missing",
            q.id
        );
        assert!(
            text.contains(&format!("] {} ", q.number)),
            "{}: number missing",
            q.id
        );
        assert!(text.contains(q.sources[0]), "{}: paragraph missing", q.id);
    }
    assert!(text.contains("en: New Zealand"));
    let (code, doc) = validate_json(&[out.to_str().unwrap()]);
    let findings = doc["files"][0]["findings"].as_array().unwrap();
    let unanswered = findings.iter().filter(|f| f["rule"] == "ANS-001").count();
    assert_eq!(unanswered, QUESTIONS.len());
    // Nothing else but the PoA point of contact, which is also still to be filled in.
    let others: Vec<_> = findings
        .iter()
        .filter(|f| f["rule"] != "ANS-001")
        .map(|f| f["rule"].clone())
        .collect();
    assert_eq!(others, ["POC-002"]);
    assert_eq!(code, 1);
}

#[test]
fn from_last_cycle_carries_answers_and_contacts_and_moves_the_period() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("next.yaml");
    let sample = repo("samples/xab-borealis-2026.yaml");
    let made = common::init_from("XAB", "2028", &sample, &out);
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
    let (_, doc) = validate_json(&[out.to_str().unwrap()]);
    let rules: Vec<_> = doc["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].clone())
        .collect();
    assert!(rules.is_empty(), "carried-over report is clean: {rules:?}");
    let old = poa_core::validate::validate_file(&sample, &Default::default())
        .report
        .unwrap();
    let new = poa_core::validate::validate_file(&out, &Default::default())
        .report
        .unwrap();
    assert_eq!(new.cycle, 2028);
    assert_eq!(
        (new.period.from.0.as_str(), new.period.to.0.as_str()),
        ("2026-01-01", "2027-12-31")
    );
    assert_eq!(new.submitted, None);
    assert_eq!(new.contacts, old.contacts);
    assert_eq!(new.sections, old.sections);
    assert_eq!(new.languages, old.languages);
}

#[test]
fn from_another_states_report_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("next.yaml");
    let sample = repo("samples/xab-borealis-2026.yaml");
    let made = common::init_from("XAA", "2028", &sample, &out);
    assert_eq!(made.status.code(), Some(2));
    assert!(stderr(&made).contains("is the report of XAB, not XAA"));
    assert!(!out.exists());
}

#[test]
fn output_into_a_missing_directory_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("no/such/dir/report.yaml");
    let made = run(&[
        "init",
        "--state",
        "XAA",
        "--cycle",
        "2026",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(made.status.code(), Some(2));
    assert!(
        stderr(&made).contains("does not exist"),
        "{}",
        stderr(&made)
    );
    assert!(!out.exists());
}

/// A filled-in report at `-o` is never replaced by a skeleton, unless asked.
#[test]
fn an_existing_report_is_not_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.yaml");
    let filled = std::fs::read_to_string(repo("samples/xaa-aurelia-2026.yaml")).unwrap();
    std::fs::write(&out, &filled).unwrap();
    let args = |force: bool| {
        let mut args = vec![
            "init",
            "--state",
            "XAA",
            "--cycle",
            "2028",
            "-o",
            out.to_str().unwrap(),
        ];
        if force {
            args.push("--force");
        }
        run(&args)
    };
    let refused = args(false);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("already exists and was left as it is")
            && stderr(&refused).contains("--force"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), filled);

    let replaced = args(true);
    assert_eq!(replaced.status.code(), Some(0), "{}", stderr(&replaced));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("cycle: 2028"), "{text}");
}
