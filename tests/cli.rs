//! The command line as users see it: rule listings, message languages and
//! the human diagnostic layout.

mod common;

use common::{repo, run, stdout, validate_json};

const CONTRACT_RULES: [&str; 13] = [
    "POC-001", "POC-002", "POC-003", "POC-004", "MARK-001", "MARK-002", "MARK-003", "REC-001",
    "TRC-001", "GEN-001", "COOP-001", "PER-001", "LANG-001",
];

#[test]
fn rules_lists_every_contract_rule_in_english_and_arabic() {
    let en = stdout(&run(&["rules"]));
    let ar = stdout(&run(&["rules", "--lang", "ar"]));
    for id in CONTRACT_RULES {
        assert!(
            en.lines().any(|l| l.starts_with(id)),
            "{id} missing in English listing"
        );
        assert!(
            ar.lines()
                .any(|l| l.starts_with(id)
                    && l.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))),
            "{id} in Arabic"
        );
    }
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&run(&["rules", "--format", "json"]))).unwrap();
    let ids: Vec<&str> = json["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    for id in CONTRACT_RULES {
        assert!(ids.contains(&id), "{id} missing in JSON");
    }
    assert_eq!(json["rules"][0]["sources"][0], "PoA II.5");
}

#[test]
fn json_output_has_the_documented_fields() {
    let file = repo("samples/invalid/trc-001-more-answers-than-requests.yaml");
    let (code, doc) = validate_json(&[file.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(doc["format"], "poa-report-findings/1");
    let finding = doc["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "TRC-001")
        .unwrap()
        .clone();
    for key in [
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "pointer",
        "rule",
        "severity",
        "message",
    ] {
        assert!(finding.get(key).is_some(), "{key} missing from {finding}");
    }
    assert_eq!(finding["pointer"], "/sections/tracing/requests/answered");
    assert_eq!(finding["severity"], "error");
    assert_eq!(
        finding["message"],
        "requests answered (4) exceeds requests received (3)"
    );
}

#[test]
fn arabic_messages_on_request() {
    let file = repo("samples/invalid/rec-001-short-retention.yaml");
    let (_, doc) = validate_json(&["--lang", "ar", file.to_str().unwrap()]);
    let finding = doc["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "REC-001")
        .unwrap()
        .clone();
    assert_eq!(
        finding["message"],
        "تُحفظ سجلات الصنع لمدة 10 سنة؛ ويطلب الصك الدولي للتعقب (12) 30 سنة على الأقل"
    );
}

#[test]
fn human_output_underlines_the_offending_value() {
    let file = "samples/invalid/schema-004-answer-not-allowed.yaml";
    let output = common::bin()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["validate", "--color", "never", file])
        .output()
        .unwrap();
    insta::assert_snapshot!(stdout(&output));
}

/// A secretariat renders a whole cycle in one command: every good report is
/// written as `OUTDIR/<name>.<ext>`, a bad one is named and skipped, and the
/// exit code says some were refused.
#[test]
fn render_many_reports_into_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("published");
    let result = run(&[
        "render",
        repo("samples").to_str().unwrap(),
        repo("samples/invalid/trc-001-more-answers-than-requests.yaml")
            .to_str()
            .unwrap(),
        "--to",
        "xml",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(result.status.code(), Some(1), "one report has errors");
    let mut written: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "xaa-aurelia-2026.xml",
            "xab-borealis-2026.xml",
            "xac-caldera-2026.xml"
        ]
    );
    let said = common::stderr(&result);
    assert!(
        said.contains("trc-001-more-answers-than-requests.yaml: 1 error(s)")
            && said.contains("3 of 4 report(s) rendered"),
        "{said}"
    );
    // The same files as one at a time.
    let single = dir.path().join("one.xml");
    assert!(
        run(&[
            "render",
            repo("samples/xaa-aurelia-2026.yaml").to_str().unwrap(),
            "--to",
            "xml",
            "-o",
            single.to_str().unwrap()
        ])
        .status
        .success()
    );
    assert_eq!(
        std::fs::read(&single).unwrap(),
        std::fs::read(out.join("xaa-aurelia-2026.xml")).unwrap()
    );
}
