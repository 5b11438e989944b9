//! Many reports: the regional workbook and page, the versioned store
//! (including a crash in the middle of a batch and two ingests at once),
//! and diffs between cycles and versions.

mod common;

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use calamine::{Data, Reader, Xlsx};
use common::{bin, repo, run, stderr, stdout};
use poa_core::init::to_commented_yaml;
use poa_store::Store;
use xtask::generate::{Rng, report};

fn batch_with_problems(dir: &Path) -> Vec<String> {
    let bad = dir.join("broken.yaml");
    std::fs::write(&bad, "format: poa-report/1\nstate: [unclosed\n").unwrap();
    vec![
        repo("samples").display().to_string(),
        repo("samples/invalid/trc-001-more-answers-than-requests.yaml")
            .display()
            .to_string(),
        bad.display().to_string(),
    ]
}

fn cells(range: &calamine::Range<Data>) -> Vec<Vec<String>> {
    range
        .rows()
        .map(|r| r.iter().map(|d| d.to_string()).collect())
        .collect()
}

#[test]
fn regional_workbook_has_every_part_and_flags_invalid_reports() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("region.xlsx");
    let mut args = vec!["aggregate".to_owned()];
    args.extend(batch_with_problems(dir.path()));
    args.extend(["-o".to_owned(), out.display().to_string()]);
    let result = bin().args(&args).output().unwrap();
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    let bytes = std::fs::read(&out).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.clone())).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "Summary",
            "Scores",
            "Questions",
            "Change",
            "Figures",
            "Assistance",
            "Contacts",
            "Reports read",
            "Charts"
        ]
    );
    let summary = cells(&book.worksheet_range("Summary").unwrap());
    assert_eq!(summary[3][0], "3 States reported for 2026");
    let scores = cells(&book.worksheet_range("Scores").unwrap());
    let aurelia = scores.iter().find(|r| r[1] == "XAA").expect("Aurelia row");
    assert_eq!(
        aurelia[2 + 5],
        "1",
        "record keeping (section 5) fully implemented: {aurelia:?}"
    );
    let figures = cells(&book.worksheet_range("Figures").unwrap());
    let total = figures.iter().find(|r| r[0] == "Regional total").unwrap();
    assert_eq!(
        total[2],
        (42 + 3 + 11).to_string(),
        "tracing requests sent, summed over the latest version of each State (the \
         undated TRC-001 copy of Aurelia is superseded by the submitted one)"
    );
    assert_eq!(total[7], "", "years of record keeping are never summed");
    let median = figures.iter().find(|r| r[0] == "Median").unwrap();
    assert_eq!(median[8], "25", "other records kept: 20, 25 and 30 years");
    let assistance = cells(&book.worksheet_range("Assistance").unwrap());
    let caldera_marking = assistance
        .iter()
        .find(|r| r[1] == "XAC" && r[0] == "Marking")
        .expect("Caldera needs marking help");
    assert_eq!(caldera_marking[4], "XAA", "Aurelia offers marking help");
    let files = cells(&book.worksheet_range("Reports read").unwrap());
    assert_eq!(files.len(), 1 + 5, "every report listed, none dropped");
    let broken = files
        .iter()
        .find(|r| r[0].ends_with("broken.yaml"))
        .unwrap();
    assert_eq!(broken[3], "no");
    assert_eq!(broken[6], "could not be read");
    assert!(broken[7].contains("YAML-001"), "{broken:?}");
    let copy = files.iter().find(|r| r[0].contains("trc-001")).unwrap();
    assert_eq!(copy[6], "superseded by a later version");
    let contacts = cells(&book.worksheet_range("Contacts").unwrap());
    assert!(
        contacts
            .iter()
            .any(|r| r[5] == "disarmament@mfa.aurelia.example")
    );
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    assert!(
        archive.by_name("xl/charts/chart1.xml").is_ok()
            && archive.by_name("xl/charts/chart2.xml").is_ok(),
        "native charts"
    );
}

#[test]
fn regional_page_has_scores_figures_assistance_and_svg_charts() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("region.html");
    let result = run(&[
        "aggregate",
        repo("samples").to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--lang",
        "ar",
    ]);
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let heat = page
        .split("<table class=\"heat\">")
        .nth(1)
        .unwrap()
        .split("</table>")
        .next()
        .unwrap();
    assert_eq!(
        heat.matches("<tr").count(),
        1 + 3,
        "header and one row per State"
    );
    assert_eq!(
        heat.matches("class=\"heat\"").count(),
        3 * 18,
        "overall and 17 sections"
    );
    assert!(page.contains("<svg role=\"img\"") && page.contains("<rect class=\"bar\""));
    assert!(page.contains("مملكة بورياليس"));
    assert!(
        page.contains("قدمت 3 دول تقاريرها لدورة 2026"),
        "3 takes the plural of 3 to 10"
    );
    let assistance = page.split("<table class=\"assistance\">").nth(1).unwrap();
    assert!(
        assistance.contains("<td>الوسم</td><td><span class=\"code\">XAC</span></td>")
            && assistance.contains("<span class=\"code\">XAA</span>")
    );
}

#[test]
fn json_and_csv_summaries_for_machines() {
    let json = stdout(&run(&[
        "aggregate",
        repo("samples").to_str().unwrap(),
        "-o",
        "-",
        "--format",
        "json",
    ]));
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["format"], "poa-report-aggregate/2");
    assert_eq!(doc["states"].as_array().unwrap().len(), 3);
    assert_eq!(doc["cycle"], 2026);
    let csv = stdout(&run(&[
        "aggregate",
        repo("samples").to_str().unwrap(),
        "-o",
        "-",
        "--format",
        "csv",
    ]));
    assert_eq!(csv.lines().count(), 4);
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .starts_with("iso3,state_en,state_ar,cycle,submitted")
    );
}

fn copy_sample(dir: &Path, name: &str) -> PathBuf {
    let to = dir.join(name);
    std::fs::copy(repo(&format!("samples/{name}")), &to).unwrap();
    to
}

/// `store list/show/log/export` and `diff --store` only read: a store that
/// another tool left in rollback-journal mode keeps every byte (today's
/// writable open would switch it to WAL), and no WAL file appears.
#[test]
fn reading_the_store_never_writes_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store.sqlite");
    let file = copy_sample(dir.path(), "xab-borealis-2026.yaml");
    let s = |args: &[&str]| {
        let mut all = vec!["store", "--store", store.to_str().unwrap()];
        all.extend_from_slice(args);
        run(&all)
    };
    assert_eq!(
        run(&[
            "ingest",
            file.to_str().unwrap(),
            "--store",
            store.to_str().unwrap()
        ])
        .status
        .code(),
        Some(0)
    );
    {
        let conn = rusqlite::Connection::open(&store).unwrap();
        let mode: String = conn
            .query_row("PRAGMA journal_mode=DELETE", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "delete");
    }
    let before = std::fs::read(&store).unwrap();
    let exported = dir.path().join("out.yaml");
    for args in [
        vec!["list"],
        vec!["show", "XAB", "2026"],
        vec!["log"],
        vec!["export", "XAB", "2026", "-o", exported.to_str().unwrap()],
    ] {
        let output = s(&args);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    let diff = run(&[
        "diff",
        "XAB/2026/1",
        "XAB/2026/1",
        "--store",
        store.to_str().unwrap(),
    ]);
    assert_eq!(diff.status.code(), Some(0), "{}", stderr(&diff));
    assert!(
        std::fs::read(&store).unwrap() == before,
        "the store file is unchanged"
    );
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["out.yaml", "store.sqlite", "xab-borealis-2026.yaml"]
    );
    // A store that does not exist is not created by reading it.
    let missing = dir.path().join("none.sqlite");
    assert_eq!(
        run(&["store", "--store", missing.to_str().unwrap(), "list"])
            .status
            .code(),
        Some(2)
    );
    assert!(!missing.exists());
}

#[test]
fn ingest_is_idempotent_versions_changes_and_exports_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store.sqlite");
    let file = copy_sample(dir.path(), "xab-borealis-2026.yaml");
    let original = std::fs::read(&file).unwrap();
    let ingest = |path: &Path| {
        run(&[
            "ingest",
            path.to_str().unwrap(),
            "--store",
            store.to_str().unwrap(),
        ])
    };
    assert_eq!(ingest(&file).status.code(), Some(0));
    let again = ingest(&file);
    assert!(
        stdout(&again).contains("unchanged, same as XAB 2026 version 1"),
        "{}",
        stdout(&again)
    );
    std::fs::write(
        &file,
        String::from_utf8(original.clone())
            .unwrap()
            .replace("answer: partially", "answer: yes"),
    )
    .unwrap();
    let changed = ingest(&file);
    assert!(
        stdout(&changed).contains("stored XAB 2026 version 2"),
        "{}",
        stdout(&changed)
    );
    let listed = stdout(&run(&[
        "store",
        "--store",
        store.to_str().unwrap(),
        "list",
        "--format",
        "json",
    ]));
    let rows: serde_json::Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 2);
    let exported = dir.path().join("v1.yaml");
    let export = run(&[
        "store",
        "--store",
        store.to_str().unwrap(),
        "export",
        "XAB",
        "2026",
        "--version",
        "1",
        "-o",
        exported.to_str().unwrap(),
    ]);
    assert_eq!(export.status.code(), Some(0), "{}", stderr(&export));
    assert!(
        std::fs::read(&exported).unwrap() == original,
        "version 1 exported byte for byte"
    );
    let log = stdout(&run(&["store", "--store", store.to_str().unwrap(), "log"]));
    assert_eq!(log.lines().count(), 3);
    assert_eq!(log.lines().filter(|l| l.contains(" unchanged ")).count(), 1);
    // Nothing is ever overwritten or deleted, even by hand.
    let conn = rusqlite::Connection::open(&store).unwrap();
    assert!(
        conn.execute("UPDATE submissions SET valid = 0", [])
            .is_err()
    );
    assert!(conn.execute("DELETE FROM submissions", []).is_err());
    // diff between the two versions, from the store.
    let diff = run(&[
        "diff",
        "--store",
        store.to_str().unwrap(),
        "XAB/2026/1",
        "XAB/2026/2",
        "--format",
        "json",
    ]);
    let changes: serde_json::Value = serde_json::from_slice(&diff.stdout).unwrap();
    assert!(
        changes["changes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["field"] == "answer"
                && c["old"] == "Partially / in development"
                && c["new"] == "Yes")
    );
    assert!(!changes["changes"].as_array().unwrap().is_empty());
}

#[test]
fn unreadable_files_are_logged_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store.sqlite");
    let mut args = vec!["ingest".to_owned()];
    args.extend(batch_with_problems(dir.path()));
    args.extend(["--store".to_owned(), store.display().to_string()]);
    let result = bin().args(&args).output().unwrap();
    assert_eq!(
        result.status.code(),
        Some(2),
        "a rejected file is reported in the exit code"
    );
    let mut s = Store::open_existing(&store).unwrap();
    assert_eq!(
        s.list(None, None).unwrap().len(),
        4,
        "three samples and the (invalid but readable) TRC-001 file"
    );
    let log = s.log().unwrap();
    assert_eq!(log.len(), 5);
    let rejected = log.iter().find(|e| e.outcome == "rejected").unwrap();
    assert!(rejected.file_name.ends_with("broken.yaml") && rejected.detail.contains("YAML-001"));
    let invalid = s.list(Some("XAA"), Some(2026)).unwrap();
    assert!(
        invalid.iter().any(|r| !r.valid),
        "an invalid report is stored and flagged"
    );
}

fn generate(dir: &Path, count: usize, seed: u64) {
    let codes = poa_core::state::codes();
    let mut rng = Rng::new(seed);
    for i in 0..count {
        let r = report(
            &mut rng,
            codes[i % codes.len()],
            2026 - 2 * (i / codes.len()) as u16,
            false,
        );
        std::fs::write(
            dir.join(format!("r{i:04}.yaml")),
            to_commented_yaml(&r, "x").unwrap(),
        )
        .unwrap();
    }
}

#[test]
fn a_crash_in_the_middle_of_a_batch_leaves_the_store_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let reports = dir.path().join("reports");
    std::fs::create_dir(&reports).unwrap();
    generate(&reports, 240, 11);
    let store = dir.path().join("store.sqlite");
    let mut child = bin()
        .args([
            "ingest",
            reports.to_str().unwrap(),
            "--store",
            store.to_str().unwrap(),
        ])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until some, not all, files are in; then kill -9.
    let started = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(20));
        let n = Store::open_existing(&store)
            .ok()
            .and_then(|mut s| s.list(None, None).ok())
            .map_or(0, |l| l.len());
        if n >= 10 || started.elapsed() > Duration::from_secs(120) {
            break;
        }
    }
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success(), "the ingest was killed mid-batch");
    let mut s = Store::open_existing(&store).unwrap();
    assert_eq!(s.integrity_check().unwrap(), "ok");
    let stored = s.list(None, None).unwrap().len();
    assert!(
        stored > 0 && stored < 240,
        "killed in the middle ({stored} stored)"
    );
    let logged = s
        .log()
        .unwrap()
        .iter()
        .filter(|e| e.outcome == "stored")
        .count();
    assert_eq!(
        stored, logged,
        "every stored submission has its log line, and no log line lacks its submission"
    );
    drop(s);
    // Running the batch again completes it without duplicates.
    let again = run(&[
        "ingest",
        reports.to_str().unwrap(),
        "--store",
        store.to_str().unwrap(),
    ]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    let mut s = Store::open_existing(&store).unwrap();
    assert_eq!(s.list(None, None).unwrap().len(), 240);
    assert!(s.list(None, None).unwrap().iter().all(|r| r.version == 1));
}

#[test]
fn two_ingests_at_once_do_not_corrupt_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let reports = dir.path().join("reports");
    std::fs::create_dir(&reports).unwrap();
    generate(&reports, 40, 5);
    let store = dir.path().join("store.sqlite");
    let spawn = || {
        bin()
            .args([
                "ingest",
                reports.to_str().unwrap(),
                "--store",
                store.to_str().unwrap(),
            ])
            .output()
    };
    let (a, b) = std::thread::scope(|scope| {
        let a = scope.spawn(spawn);
        let b = scope.spawn(spawn);
        (a.join().unwrap().unwrap(), b.join().unwrap().unwrap())
    });
    assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
    assert_eq!(b.status.code(), Some(0), "{}", stderr(&b));
    let mut s = Store::open_existing(&store).unwrap();
    assert_eq!(s.integrity_check().unwrap(), "ok");
    assert_eq!(
        s.list(None, None).unwrap().len(),
        40,
        "each file stored once"
    );
    assert_eq!(s.log().unwrap().len(), 80, "both runs logged every file");
}

#[test]
fn diff_between_files_in_text_and_html() {
    let dir = tempfile::tempdir().unwrap();
    let old = repo("samples/xab-borealis-2026.yaml");
    let next = dir.path().join("next.yaml");
    let made = common::init_from("XAB", "2028", &old, &next);
    assert_eq!(made.status.code(), Some(0));
    let text = stdout(&run(&[
        "diff",
        old.to_str().unwrap(),
        next.to_str().unwrap(),
    ]));
    assert!(text.contains("~ cycle: 2026 → 2028"), "{text}");
    assert!(text.contains("~ period.from: 2024-01-01 → 2026-01-01"));
    assert!(text.contains("- submitted: 2026-04-20 → (none)"));
    let html = dir.path().join("diff.html");
    let result = run(&[
        "diff",
        old.to_str().unwrap(),
        next.to_str().unwrap(),
        "--format",
        "html",
        "-o",
        html.to_str().unwrap(),
    ]);
    assert_eq!(result.status.code(), Some(0));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains(
        "<tr class=\"changed\"><td><bdi dir=\"ltr\"></bdi></td><td><bdi dir=\"ltr\">cycle</bdi></td>"
    ));
}

/// `--store` takes `sqlite:PATH` as well as a path; a PostgreSQL server
/// that does not answer, or another kind of URL, is an error that never
/// echoes the password.
#[test]
fn store_urls_work_for_ingest_store_and_diff() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("urls.sqlite").display());
    let sample = repo("samples/xab-borealis-2026.yaml");
    let ingested = run(&["ingest", sample.to_str().unwrap(), "--store", &url]);
    assert_eq!(ingested.status.code(), Some(0), "{}", stderr(&ingested));
    assert!(dir.path().join("urls.sqlite").is_file());
    let listed = run(&["store", "--store", &url, "list"]);
    assert!(stdout(&listed).contains("XAB"), "{}", stdout(&listed));
    let same = run(&["diff", "XAB/2026", "XAB/2026", "--store", &url]);
    assert_eq!(same.status.code(), Some(0), "{}", stderr(&same));

    // A PostgreSQL server that does not answer: a clear error, never the password.
    let server = "postgres://portal:s3cret@127.0.0.1:1/poa";
    // Another kind of server: refused by name.
    let other = "mysql://portal:s3cret@db.example/poa";
    for (store, says) in [
        (server, "error connecting"),
        (other, "a store is a SQLite file"),
    ] {
        for args in [
            vec!["ingest", sample.to_str().unwrap(), "--store", store],
            vec!["store", "--store", store, "list"],
            vec!["accounts", "--store", store, "list"],
        ] {
            let refused = run(&args);
            assert_eq!(refused.status.code(), Some(2), "{args:?}");
            assert!(
                stderr(&refused).contains(says) && !stderr(&refused).contains("s3cret"),
                "{}",
                stderr(&refused)
            );
        }
    }
}
