//! The translators' workflow: `i18n status` tells, per language, the keys
//! missing, obsolete, and translated from an English text that has changed
//! since; `i18n accept` records that translations follow the English again.

mod common;

use common::{repo, run, stdout};
use serde_json::Value;

/// The project's own languages are complete and current: rewording an
/// English text means checking (and accepting) its translations.
#[test]
fn every_language_of_the_project_is_complete_and_current() {
    let dir = repo("locales");
    let out = run(&["i18n", "status", "--check", "--dir", dir.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "run `poa-report i18n status` and update the translations, then `poa-report i18n accept LANG KEY...`:\n{}",
        stdout(&out)
    );
}

fn status(dir: &std::path::Path) -> Value {
    let out = run(&[
        "i18n",
        "status",
        "--format",
        "json",
        "--dir",
        dir.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn missing_obsolete_and_changed_keys_are_told_and_accept_records_the_english() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["en.ftl", "ar.ftl", "ar.sources"] {
        std::fs::copy(repo(&format!("locales/{name}")), dir.path().join(name)).unwrap();
    }
    let en = std::fs::read_to_string(dir.path().join("en.ftl")).unwrap();
    let ar = std::fs::read_to_string(dir.path().join("ar.ftl")).unwrap();
    // English rewords one text and gains a key; Arabic keeps one English no longer has.
    let en = en.replace("doc-page = Page\n", "doc-page = Page number\n") + "doc-new-word = New\n";
    let ar = ar + "doc-gone = قديم\n";
    std::fs::write(dir.path().join("en.ftl"), en).unwrap();
    std::fs::write(dir.path().join("ar.ftl"), ar).unwrap();

    let report = status(dir.path());
    let arabic = &report[0];
    assert_eq!(arabic["lang"], "ar");
    assert_eq!(arabic["missing"], serde_json::json!(["doc-new-word"]));
    assert_eq!(arabic["obsolete"], serde_json::json!(["doc-gone"]));
    assert_eq!(arabic["changed"], serde_json::json!(["doc-page"]));
    let check = run(&[
        "i18n",
        "status",
        "--check",
        "--dir",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(check.status.code(), Some(1));

    let accepted = run(&[
        "i18n",
        "accept",
        "ar",
        "doc-page",
        "--dir",
        dir.path().to_str().unwrap(),
    ]);
    assert!(accepted.status.success());
    assert_eq!(status(dir.path())[0]["changed"], serde_json::json!([]));
    let unknown = run(&[
        "i18n",
        "accept",
        "ar",
        "no-such-key",
        "--dir",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(unknown.status.code(), Some(2));
}
