//! `validate --format sarif`: every sample's log validates against the
//! published SARIF 2.1.0 schema (check-jsonschema, format checks on), and
//! its results are the JSON output's findings at the same places.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use common::{bin, repo};
use serde_json::Value;

/// Every sample: the complete reports, one file per rule and schema
/// finding, and one that is not YAML at all.
fn samples(dir: &tempfile::TempDir) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ["samples", "samples/invalid"]
        .iter()
        .flat_map(|d| std::fs::read_dir(repo(d)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    let broken = dir.path().join("تقرير مكسور.yaml");
    std::fs::write(&broken, "state: [unclosed\n").unwrap();
    files.push(broken);
    files
}

fn validate(files: &[PathBuf], format: &str, lang: &str) -> Value {
    let output = bin()
        .args(["validate", "--format", format, "--lang", lang])
        .args(files)
        .output()
        .unwrap();
    assert!(matches!(output.status.code(), Some(0..=2)));
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{format}: {e}\n{}", String::from_utf8_lossy(&output.stdout)))
}

#[test]
fn every_samples_log_is_valid_sarif_2_1_0() {
    let dir = tempfile::tempdir().unwrap();
    let files = samples(&dir);
    for lang in ["en", "ar"] {
        let log = validate(&files, "sarif", lang);
        let path = dir.path().join(format!("findings-{lang}.sarif"));
        std::fs::write(&path, serde_json::to_vec_pretty(&log).unwrap()).unwrap();
        let checker = repo("target/tools/venv/bin/check-jsonschema");
        let checked = std::process::Command::new(&checker)
            .arg("--schemafile")
            .arg(repo("tests/fixtures/sarif-schema-2.1.0.json"))
            .arg(&path)
            .output()
            .unwrap_or_else(|e| panic!("{} ({e}): run scripts/test once", checker.display()));
        assert!(
            checked.status.success(),
            "{lang}: {}{}",
            String::from_utf8_lossy(&checked.stdout),
            String::from_utf8_lossy(&checked.stderr)
        );
    }
}

#[test]
fn results_are_the_json_findings_at_the_same_places() {
    let dir = tempfile::tempdir().unwrap();
    let files = samples(&dir);
    let sarif = validate(&files, "sarif", "en");
    let json = validate(&files, "json", "en");
    let run = &sarif["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let mut from_sarif = BTreeSet::new();
    for result in run["results"].as_array().unwrap() {
        let id = result["ruleId"].as_str().unwrap();
        let index = result["ruleIndex"]
            .as_u64()
            .expect("every result names a rule") as usize;
        assert_eq!(rules[index]["id"], id, "ruleIndex points at the rule");
        let location = &result["locations"][0]["physicalLocation"];
        let region = &location["region"];
        if region["endLine"].is_null() {
            continue; // a reading error: compared below
        }
        from_sarif.insert((
            location["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .to_owned(),
            id.to_owned(),
            result["level"].as_str().unwrap().to_owned(),
            [
                region["startLine"].as_u64().unwrap(),
                region["startColumn"].as_u64().unwrap(),
                region["endLine"].as_u64().unwrap(),
                region["endColumn"].as_u64().unwrap(),
            ],
        ));
    }
    let level = |severity: &str| match severity {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    };
    let mut from_json = BTreeSet::new();
    for file in json["files"].as_array().unwrap() {
        for f in file["findings"].as_array().unwrap() {
            let name = f["file"].as_str().unwrap();
            let uri = if name.starts_with('/') {
                format!("file://{}", encode(name))
            } else {
                encode(name)
            };
            from_json.insert((
                uri,
                f["rule"].as_str().unwrap().to_owned(),
                level(f["severity"].as_str().unwrap()).to_owned(),
                [
                    f["line"].as_u64().unwrap(),
                    f["column"].as_u64().unwrap(),
                    f["end_line"].as_u64().unwrap(),
                    f["end_column"].as_u64().unwrap(),
                ],
            ));
        }
    }
    assert!(from_json.len() > 30, "{}", from_json.len());
    assert_eq!(from_sarif, from_json);
    let broken = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "YAML-001")
        .expect("the broken file's reading error");
    let uri = broken["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert!(
        uri.starts_with("file:///") && uri.ends_with("%D9%85%D9%83%D8%B3%D9%88%D8%B1.yaml"),
        "{uri}"
    );
}

#[test]
fn arabic_logs_carry_arabic_messages_and_question_numbers() {
    let log = validate(
        &[repo("samples/invalid/poc-001-unknown-contact.yaml")],
        "sarif",
        "ar",
    );
    let result = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "POC-001")
        .expect("the POC-001 finding");
    let text = result["message"]["text"].as_str().unwrap();
    assert!(
        text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{text}"
    );
    assert_eq!(
        result["properties"]["question"]["number"], "1.2.2",
        "{result}"
    );
    assert!(text.contains("1.2.2"), "{text}");
    // The place the file's first line announces: `# expect: POC-001 at 16:8`.
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(16), Some(8))
    );
}

/// What `file_uri` does to a name, written again here so the test can fail.
fn encode(name: &str) -> String {
    name.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
