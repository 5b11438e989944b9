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
        "تُحفظ سجلات الصنع لمدة 10 سنوات؛ ويطلب الصك الدولي للتعقب (12) 30 سنة على الأقل",
        "10 takes the plural of 3 to 10"
    );
}

/// Every word of an Arabic finding comes from the locale files: once ids
/// (`marking.at_manufacture`), rule and character codes and quoted values
/// (`...`) are set aside, no Latin letter is left. Covers every sample
/// finding and schema findings of every kind of wrong value.
#[test]
fn arabic_findings_hold_no_english_words() {
    let dir = tempfile::tempdir().unwrap();
    let wrong =
        std::fs::read_to_string(repo("samples/invalid/schema-003-wrong-type.yaml")).unwrap();
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(repo("samples/invalid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    for (name, value) in [
        ("map.yaml", "{ a: 1 }"),
        ("list.yaml", "[1, 2]"),
        ("empty.yaml", "~"),
        ("text.yaml", "\"a lot\""),
    ] {
        let path = dir.path().join(name);
        std::fs::write(
            &path,
            wrong.replace("count: twelve", &format!("count: {value}")),
        )
        .unwrap();
        files.push(path);
    }
    let bad_email = dir.path().join("email.yaml");
    std::fs::write(
        &bad_email,
        wrong.replace("desk@example.org", "desk at example"),
    )
    .unwrap();
    files.push(bad_email);
    let id = without_ids_codes_and_quotes;
    let mut checked = 0;
    for file in &files {
        let (_, doc) = validate_json(&["--lang", "ar", file.to_str().unwrap()]);
        for finding in doc["files"][0]["findings"].as_array().unwrap() {
            let message = finding["message"].as_str().unwrap();
            let left = id(message);
            assert!(
                !left.chars().any(|c| c.is_ascii_alphabetic()),
                "{}: {}: Latin words in {message:?} (left: {left:?})",
                file.display(),
                finding["rule"]
            );
            checked += 1;
        }
    }
    assert!(checked > 30, "{checked} findings checked");
}

/// The message with quoted values, ids, codes and the names of standards
/// and databases taken out.
fn without_ids_codes_and_quotes(message: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for c in message.chars() {
        if c == '`' {
            quoted = !quoted;
        } else if !quoted {
            out.push(c);
        }
    }
    out.split_whitespace()
        .filter(|word| {
            let word = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            let is_id = word.contains(['.', '_'])
                && word
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_');
            let is_code = word.starts_with("U+")
                || word
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
            !(is_id || is_code || word == "iARMS")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The summary line counts in Arabic's plural forms.
#[test]
fn arabic_summary_counts_read_right() {
    let output = run(&[
        "validate",
        "--lang",
        "ar",
        "--color",
        "never",
        repo("samples/invalid/gen-001-split-exceeds-total.yaml")
            .to_str()
            .unwrap(),
        repo("samples/xaa-aurelia-2026.yaml").to_str().unwrap(),
    ]);
    let said = stdout(&output);
    assert!(
        said.contains("gen-001-split-exceeds-total.yaml: خطأ واحد، لا تحذيرات، 105 أسئلة لم تتم الإجابة عنها بعد (--verbose)"),
        "{said}"
    );
    assert!(
        said.contains("xaa-aurelia-2026.yaml: لا أخطاء، لا تحذيرات — سليم"),
        "{said}"
    );
}

/// A file that cannot be loaded is described in Arabic too, the reader's
/// own detail quoted after it.
#[test]
fn arabic_load_errors_say_what_kind_of_problem() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.yaml");
    std::fs::write(&broken, "format: poa-report/1\nstate: [unclosed\n").unwrap();
    let output = run(&["validate", "--lang", "ar", broken.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let said = stdout(&output);
    assert!(
        said.contains(":3:1: خطأ[YAML-001]: النص ليس بصيغة YAML صالحة (`"),
        "{said}"
    );
    let english = stdout(&run(&["validate", broken.to_str().unwrap()]));
    assert!(
        english.contains(":3:1: error[YAML-001]: while parsing"),
        "{english}"
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

/// Two States' files of the same name in two folders (a secretariat's
/// per-region folders) become two outputs, mirrored under OUTDIR; names that
/// would still meet are refused before anything is written.
#[test]
fn render_never_writes_two_reports_to_one_file() {
    let dir = tempfile::tempdir().unwrap();
    for (folder, sample) in [
        ("africa", "xaa-aurelia-2026"),
        ("europe", "xab-borealis-2026"),
    ] {
        std::fs::create_dir(dir.path().join(folder)).unwrap();
        std::fs::copy(
            repo(&format!("samples/{sample}.yaml")),
            dir.path().join(folder).join("x.yaml"),
        )
        .unwrap();
    }
    let out = dir.path().join("out");
    let input = |p: &str| dir.path().join(p).to_string_lossy().into_owned();
    let result = run(&[
        "render",
        &input("africa/x.yaml"),
        &input("europe/x.yaml"),
        "--to",
        "xml",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(result.status.code(), Some(0), "{}", common::stderr(&result));
    let africa = std::fs::read_to_string(out.join("africa/x.xml")).unwrap();
    let europe = std::fs::read_to_string(out.join("europe/x.xml")).unwrap();
    assert!(africa.contains("XAA") && europe.contains("XAB"));
    assert!(!out.join("x.xml").exists());

    // `x.yaml` and `x.yml` in one folder would meet: refused, nothing written.
    std::fs::copy(input("africa/x.yaml"), input("africa/x.yml")).unwrap();
    let out = dir.path().join("refused");
    let result = run(&[
        "render",
        &input("africa/x.yaml"),
        &input("africa/x.yml"),
        "--to",
        "xml",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(result.status.code(), Some(2));
    let said = common::stderr(&result);
    assert!(
        said.contains("x.yaml and ") && said.contains("x.yml would both be written"),
        "{said}"
    );
    assert!(!out.exists(), "nothing written");

    // `-o` naming the report itself is refused: the report stays.
    let before = std::fs::read(input("africa/x.yaml")).unwrap();
    let result = run(&[
        "render",
        &input("africa/x.yaml"),
        "--to",
        "xml",
        "-o",
        &input("africa/x.yaml"),
    ]);
    assert_eq!(result.status.code(), Some(2));
    assert_eq!(std::fs::read(input("africa/x.yaml")).unwrap(), before);
}

/// A PDF batch is typeset by worker processes (`render-worker`): the PDFs
/// are the same bytes as one report rendered alone, the refused report is
/// named, and the written files are listed in input order.
#[test]
fn pdf_batch_in_worker_processes_matches_single_renders() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("published");
    let bad = repo("samples/invalid/trc-001-more-answers-than-requests.yaml");
    let result = run(&[
        "render",
        repo("samples").to_str().unwrap(),
        bad.to_str().unwrap(),
        "--to",
        "pdf",
        "--jobs",
        "2",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(result.status.code(), Some(1), "one report has errors");
    let said = common::stderr(&result);
    assert!(
        said.contains("trc-001-more-answers-than-requests.yaml: 1 error(s)")
            && said.contains("3 of 4 report(s) rendered"),
        "{said}"
    );
    let listed: Vec<String> = stdout(&result).lines().map(str::to_owned).collect();
    let names = ["xaa-aurelia-2026", "xab-borealis-2026", "xac-caldera-2026"];
    let expected: Vec<String> = names
        .iter()
        .map(|n| out.join(format!("{n}.pdf")).display().to_string())
        .collect();
    assert_eq!(listed, expected);
    for name in names {
        let single = dir.path().join(format!("{name}.pdf"));
        let input = repo(&format!("samples/{name}.yaml"));
        let alone = run(&[
            "render",
            input.to_str().unwrap(),
            "--to",
            "pdf",
            "-o",
            single.to_str().unwrap(),
        ]);
        assert!(alone.status.success(), "{}", common::stderr(&alone));
        assert!(
            std::fs::read(&single).unwrap()
                == std::fs::read(out.join(format!("{name}.pdf"))).unwrap(),
            "{name}: the batch PDF differs from the single render"
        );
    }
}

/// The worker's side of the protocol: one JSON job per line in, one outcome
/// per line out, a bad line answered (not fatal), and exit at end of input.
#[test]
fn render_worker_answers_each_job_on_its_own_line() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("aurelia.pdf");
    let job = serde_json::json!({
        "file": repo("samples/xaa-aurelia-2026.yaml"),
        "out": out,
    });
    let mut child = common::bin()
        .args(["render-worker", "--to", "pdf", "--lang", "en+ar"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    writeln!(input, "{job}").unwrap();
    writeln!(input, "not a job").unwrap();
    let missing = serde_json::json!({ "file": dir.path().join("missing.yaml"), "out": dir.path().join("m.pdf") });
    writeln!(input, "{missing}").unwrap();
    drop(input);
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    let answers: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(answers.len(), 3, "{answers:?}");
    assert_eq!(
        answers[0],
        serde_json::json!({ "code": 0, "message": null })
    );
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
    assert_eq!(answers[1]["code"], 2);
    assert!(
        answers[1]["message"]
            .as_str()
            .unwrap()
            .starts_with("unreadable job")
    );
    assert_eq!(answers[2]["code"], 2);
    assert!(
        answers[2]["message"]
            .as_str()
            .unwrap()
            .contains("missing.yaml")
    );
    assert!(!dir.path().join("m.pdf").exists());
}
