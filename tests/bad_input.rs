//! Hostile and broken input: a clear one-line reason with a position where
//! there is one, the documented exit code, and never a panic.

mod common;

use std::path::{Path, PathBuf};

use common::{repo, run, stderr, stdout, validate_json};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Runs `validate` on one file and returns (exit code, the one human line, JSON load error).
fn check(path: &Path) -> (i32, String, serde_json::Value) {
    let human = run(&["validate", "--color", "never", path.to_str().unwrap()]);
    assert!(
        stderr(&human).is_empty() || !stderr(&human).contains("panicked"),
        "{}",
        stderr(&human)
    );
    let (code, doc) = validate_json(&[path.to_str().unwrap()]);
    assert_eq!(
        human.status.code(),
        Some(code),
        "same exit code in both formats"
    );
    (code, stdout(&human), doc["files"][0]["load_error"].clone())
}

fn assert_load_error(path: &Path, id: &str, line: Option<u64>, needle: &str) {
    let (code, human, error) = check(path);
    assert_eq!(code, 2, "{}: {human}", path.display());
    assert_eq!(error["rule"], id, "{}: {error:#}", path.display());
    assert_eq!(
        error["line"].as_u64(),
        line,
        "{}: {error:#}",
        path.display()
    );
    assert!(human.lines().count() == 1, "one line: {human}");
    assert!(human.contains(needle), "{human} lacks {needle}");
    assert!(!human.contains("panicked"));
}

#[test]
fn malformed_yaml_gives_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "bad.yaml",
        b"format: poa-report/1\nstate: [unclosed\n",
    );
    assert_load_error(&path, "YAML-001", Some(3), "bad.yaml:3:1: error[YAML-001]");
}

#[test]
fn duplicate_keys_are_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "dup.yaml",
        b"format: poa-report/1\ncycle: 2026\ncycle: 2028\n",
    );
    assert_load_error(
        &path,
        "YAML-002",
        Some(3),
        "duplicate key `cycle` (first at line 2, column 1)",
    );
}

#[test]
fn missing_file_and_directory() {
    assert_load_error(
        Path::new("/definitely/not/here.yaml"),
        "FILE-001",
        None,
        "no such file",
    );
    let dir = tempfile::tempdir().unwrap();
    assert_load_error(dir.path(), "FILE-001", None, "is a directory");
}

#[test]
fn binary_invalid_utf8_and_empty() {
    let dir = tempfile::tempdir().unwrap();
    let bin = write(dir.path(), "bin.yaml", b"\x89PNG\r\n\x1a\n\x00\x00IHDR");
    assert_load_error(&bin, "FILE-003", Some(3), "binary data");
    let latin1 = write(
        dir.path(),
        "latin1.yaml",
        b"format: poa-report/1\nname: caf\xE9\n",
    );
    assert_load_error(
        &latin1,
        "FILE-003",
        Some(2),
        "latin1.yaml:2:10: error[FILE-003]: not valid UTF-8",
    );
    let empty = write(dir.path(), "empty.yaml", b"");
    assert_load_error(&empty, "FILE-004", None, "file is empty");
    let comments = write(dir.path(), "comments.yaml", b"# only a comment\n");
    assert_load_error(&comments, "YAML-006", Some(1), "no YAML document");
}

#[test]
fn a_utf8_bom_is_accepted_and_positions_are_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let sample = std::fs::read(repo("samples/invalid/state-001-unknown-state-code.yaml")).unwrap();
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(&sample);
    let path = write(dir.path(), "bom.yaml", &with_bom);
    let (code, doc) = validate_json(&[path.to_str().unwrap()]);
    assert_eq!(code, 1);
    let f = &doc["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "STATE-001")
        .unwrap()
        .clone();
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(5), Some(9))
    );
}

#[test]
fn wrong_type_and_unknown_key_are_schema_findings_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "top.yaml", b"- just\n- a list\n");
    let (code, doc) = validate_json(&[path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(doc["files"][0]["findings"][0]["rule"], "SCHEMA-003");
    let path = write(dir.path(), "key.yaml", b"format: poa-report/1\nstat: {}\n");
    let (code, doc) = validate_json(&[path.to_str().unwrap()]);
    assert_eq!(code, 1);
    let unknown = doc["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "SCHEMA-001")
        .unwrap()
        .clone();
    assert_eq!(
        (unknown["line"].as_u64(), unknown["column"].as_u64()),
        (Some(2), Some(1))
    );
    assert!(
        unknown["message"]
            .as_str()
            .unwrap()
            .contains("did you mean `state`?"),
        "{unknown}"
    );
}

#[test]
fn a_50_mib_file_is_refused_without_reading_it_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.yaml");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    assert_load_error(
        &path,
        "FILE-002",
        None,
        "file is 50.0 MiB but the limit is 10.0 MiB",
    );
    // The limit can be raised; then the content itself is judged (NUL bytes here).
    let raised = run(&["validate", "--max-size", "64MiB", path.to_str().unwrap()]);
    assert_eq!(raised.status.code(), Some(2));
    assert!(stdout(&raised).contains("FILE-003"), "{}", stdout(&raised));
}

#[test]
fn ten_thousand_levels_of_nesting_stop_early() {
    let dir = tempfile::tempdir().unwrap();
    let flow = format!("a: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let path = write(dir.path(), "deep.yaml", flow.as_bytes());
    assert_load_error(&path, "YAML-003", Some(1), "nesting deeper than 64 levels");
    // Block nesting of 10,000 levels needs ~50 MiB of indentation (over the
    // size limit); 100 levels show the depth limit applies to block style too.
    let block: String = (0..100)
        .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
        .collect();
    let path = write(dir.path(), "deep-block.yaml", block.as_bytes());
    assert_load_error(&path, "YAML-003", Some(65), "nesting deeper than 64 levels");
}

#[test]
fn an_alias_bomb_is_stopped_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    let mut previous = 'a';
    for name in "bcdefghij".chars() {
        let refs = vec![format!("*{previous}"); 9].join(", ");
        text.push_str(&format!("{name}: &{name} [{refs}]\n"));
        previous = name;
    }
    let path = write(dir.path(), "bomb.yaml", text.as_bytes());
    assert_load_error(
        &path,
        "YAML-004",
        Some(5),
        "aliases expand to more than 10000 nodes",
    );
}

#[test]
fn one_bad_file_never_stops_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "bad.yaml", b"{{{{");
    let good = repo("samples/xaa-aurelia-2026.yaml");
    let (code, doc) = validate_json(&[
        bad.to_str().unwrap(),
        good.to_str().unwrap(),
        "/missing.yaml",
    ]);
    assert_eq!(code, 2);
    let files = doc["files"].as_array().unwrap();
    assert_eq!(files.len(), 3);
    assert_eq!(files[1]["valid"], true);
    assert!(files[0]["load_error"].is_object() && files[2]["load_error"].is_object());
}

/// When the schema rejects a list entry, the rules still point at the entry
/// they mean: contact 0 is not a contact, and POC-004 blames contact 2 (the
/// unreachable PoA point of contact) on contact 2's line, not contact 1's.
#[test]
fn rules_point_at_the_right_entry_after_a_rejected_one() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "shifted.yaml",
        b"format: poa-report/1
state:
  iso3: XAA
  name: { en: Aurelia }
cycle: 2026
period: { from: 2024-01-01, to: 2025-12-31 }
languages: [en]
contacts:
  - just a name
  - id: reachable
    name: Reachable desk
    email: desk@example.org
  - id: desk
    name: Disarmament desk
points_of_contact:
  poa: desk
",
    );
    let (_, doc) = validate_json(&[file.to_str().unwrap()]);
    let findings = doc["files"][0]["findings"].as_array().unwrap();
    assert!(
        findings
            .iter()
            .any(|f| f["rule"] == "SCHEMA-003" && f["pointer"] == "/contacts/0"),
        "{findings:#?}"
    );
    let poc = findings
        .iter()
        .find(|f| f["rule"] == "POC-004")
        .unwrap_or_else(|| panic!("{findings:#?}"));
    assert_eq!(poc["pointer"], "/contacts/2/id");
    assert_eq!(poc["line"], 13, "contact 2's `id: desk` line");
}
