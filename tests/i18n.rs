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

/// French and Spanish are complete; Russian and Chinese lack only the
/// question texts, and say so without failing the check.
#[test]
fn french_and_spanish_complete_russian_and_chinese_wait_for_question_texts() {
    let statuses = status(&repo("locales"));
    let of = |code: &str| {
        statuses
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["lang"] == code)
            .unwrap_or_else(|| panic!("no {code} in {statuses}"))
            .clone()
    };
    for code in ["ar", "fr", "es"] {
        let s = of(code);
        assert_eq!(s["missing"], serde_json::json!([]), "{code}");
        assert_eq!(s["questions_pending"], serde_json::json!([]), "{code}");
    }
    for code in ["ru", "zh"] {
        let s = of(code);
        assert_eq!(s["missing"], serde_json::json!([]), "{code}");
        let pending = s["questions_pending"].as_array().unwrap();
        assert!(pending.len() > 100, "{code}");
        assert!(
            pending
                .iter()
                .all(|k| k.as_str().unwrap().starts_with("q-"))
        );
    }
}

/// `--lang` takes any language with a locale file, and names them when given another.
#[test]
fn every_command_speaks_each_language_and_names_them_when_asked_for_another() {
    let sample = repo("samples/invalid/cnt-001-counts-under-no.yaml");
    let sample = sample.to_str().unwrap();
    for (lang, words) in [
        ("fr", "avertissement"),
        ("es", "advertencia"),
        ("ru", "предупреждение"),
        ("zh", "警告"),
    ] {
        let out = run(&["validate", "--lang", lang, "--color", "never", sample]);
        let text = format!("{}{}", stdout(&out), String::from_utf8_lossy(&out.stderr));
        assert!(text.contains(words), "{lang}: {text}");
        let rules = stdout(&run(&["rules", "--lang", lang]));
        let code = poa_core::model::Lang::from_code(lang).unwrap();
        let summary = poa_core::i18n::text(code, "rule-CNT-001.summary");
        assert!(
            rules.contains(summary),
            "{lang}: `{summary}` not in the rules"
        );
    }
    let out = run(&["validate", "--lang", "de", sample]);
    assert!(!out.status.success());
    let error = String::from_utf8_lossy(&out.stderr);
    assert!(error.contains("en, ar, fr, es, ru, zh"), "{error}");
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("report.html");
    let out = run(&[
        "render",
        sample,
        "--to",
        "html",
        "--lang",
        "fr+de",
        "-o",
        html.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let error = String::from_utf8_lossy(&out.stderr);
    assert!(error.contains("`de` is not a language"), "{error}");
    assert!(!html.exists());
}

/// `init --languages fr,ar`: a French report whose comments are in French and Arabic.
#[test]
fn init_writes_a_report_in_the_languages_asked_for() {
    let out = run(&[
        "init",
        "--state",
        "XAA",
        "--cycle",
        "2026",
        "--languages",
        "fr,ar",
    ]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("languages: [fr, ar]"), "{text:.600}");
    assert!(text.contains("Coordination nationale"), "{text:.2000}");
    assert!(text.contains("التنسيق الوطني"));
    assert!(!text.contains("National coordination"));
}

/// A translator's folder (`POA_REPORT_LOCALES`): a file that cannot serve
/// is named and left out, and the built-in words are used; nothing panics.
#[test]
fn a_locale_folder_with_bad_files_is_named_and_the_built_in_words_used() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("fr.ftl"), "a = un\na = deux\n").unwrap();
    std::fs::write(dir.path().join("en.ftl"), "").unwrap();
    std::fs::write(dir.path().join("es.ftl"), "broken = {\n").unwrap();
    std::fs::write(dir.path().join("ru.ftl"), [0xff_u8, 0xfe, 0x00]).unwrap();
    let sample = repo("samples/invalid/cnt-001-counts-under-no.yaml");
    for lang in ["fr", "en", "es", "ru"] {
        let out = common::bin()
            .env("POA_REPORT_LOCALES", dir.path())
            .args(["validate", "--color", "never", "--lang", lang])
            .arg(&sample)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{lang}");
        let said = String::from_utf8_lossy(&out.stderr);
        for file in ["fr.ftl", "en.ftl", "es.ftl", "ru.ftl"] {
            assert!(said.contains(file), "{lang}: {file} not named in {said}");
        }
        assert!(said.contains("defined twice"), "{said}");
        let shown = String::from_utf8_lossy(&out.stdout);
        // The built-in words: a French warning reads in French.
        if lang == "fr" {
            assert!(shown.contains("avertissement"), "{shown}");
        }
    }
    let out = common::bin()
        .env("POA_REPORT_LOCALES", dir.path().join("missing"))
        .args(["rules", "--lang", "fr"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a folder"));
}
