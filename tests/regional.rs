//! The regional analysis as an analyst uses it: regions as data, one cycle
//! and one version per State, reporting rates, scores, sums only of counts,
//! both languages, and what Chromium computes for the page.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use common::{repo, run, stderr, stdout};
use poa_analysis::aggregate::KeyFigures;
use poa_analysis::aggregate::analysis::{NO_SCORE_COLOUR, SCORE_COLOURS, score_colour};
use poa_analysis::regions;
use poa_core::init::to_commented_yaml;
use xtask::generate::{Rng, report};

/// Member counts as the organisations publish them (2026).
const KNOWN_COUNTS: &[(&str, usize)] = &[
    ("african-group", 54),
    ("asia-pacific-group", 54),
    ("eastern-european-group", 23),
    ("grulac", 33),
    ("weog", 29),
    ("las", 22),
    ("au", 55),
    ("ecowas", 12),
    ("eu", 27),
    ("osce", 57),
    ("sica", 8),
    ("caricom", 15),
    ("asean", 11),
    ("recsa", 15),
];

#[test]
fn built_in_regions_have_real_codes_and_their_known_member_counts() {
    let all = regions::built_in();
    let ids: Vec<&str> = all.iter().map(|r| r.id.as_str()).collect();
    let known: Vec<&str> = KNOWN_COUNTS.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, known);
    for (region, (_, count)) in all.iter().zip(KNOWN_COUNTS) {
        assert_eq!(region.members.len(), *count, "{}", region.id);
        for code in &region.members {
            assert!(
                poa_core::state::lookup(code).is_some(),
                "{}: `{code}` is not an ISO 3166-1 alpha-3 code",
                region.id
            );
        }
        assert!(!region.name.ar.is_empty() && region.name.ar != region.name.en);
    }
    // The five UN regional groups share no State and cover all 193 Member States.
    let groups: Vec<&regions::Region> = all
        .iter()
        .filter(|r| r.kind.as_deref() == Some("un-group"))
        .collect();
    assert_eq!(groups.len(), 5);
    let union: BTreeSet<&String> = groups.iter().flat_map(|r| &r.members).collect();
    let total: usize = groups.iter().map(|r| r.members.len()).sum();
    assert_eq!((union.len(), total), (193, 193));
}

#[test]
fn regions_command_lists_them_in_english_arabic_and_json() {
    let text = stdout(&run(&["regions"]));
    assert!(text.lines().any(|l| l.starts_with("las")
        && l.contains(" 22 ")
        && l.contains("League of Arab States")));
    let ar = stdout(&run(&["regions", "--lang", "ar"]));
    assert!(ar.contains("جامعة الدول العربية"));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&run(&["regions", "--format", "json"]))).unwrap();
    let list = json.as_array().unwrap();
    assert_eq!(list.len(), KNOWN_COUNTS.len());
    assert_eq!(list[5]["id"], "las");
    assert_eq!(list[5]["members"].as_array().unwrap().len(), 22);
}

/// Writes `generate`d reports: the first `count` States of the ISO list for 2026.
fn generated(dir: &Path, count: usize) {
    let codes = poa_core::state::codes();
    let mut rng = Rng::new(7);
    for code in codes.iter().take(count) {
        let r = report(&mut rng, code, 2026, false);
        let name = format!("{}-2026.yaml", code.to_ascii_lowercase());
        std::fs::write(dir.join(name), to_commented_yaml(&r, "x").unwrap()).unwrap();
    }
}

fn write(dir: &Path, name: &str, report: &poa_core::model::Report) {
    std::fs::write(dir.join(name), to_commented_yaml(report, "x").unwrap()).unwrap();
}

#[test]
fn league_of_arab_states_rate_names_who_did_not_report() {
    let dir = tempfile::tempdir().unwrap();
    generated(dir.path(), 40);
    let out = dir.path().join("las.json");
    let result = run(&[
        "aggregate",
        repo("samples").to_str().unwrap(),
        dir.path().to_str().unwrap(),
        "--region",
        "las",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    assert!(stderr(&result).contains("2 of 22 States reported for 2026"));
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let codes = |key: &str| -> Vec<String> {
        doc["reporting"][key]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["iso3"].as_str().unwrap().to_owned())
            .collect()
    };
    // Of the first 40 codes, the United Arab Emirates and Bahrain are members.
    assert_eq!(codes("reported"), ["ARE", "BHR"]);
    let missing = codes("missing");
    assert_eq!(missing.len(), 20);
    assert!(missing.contains(&"YEM".to_owned()) && !missing.contains(&"ARE".to_owned()));
    assert!(codes("outside").contains(&"XAA".to_owned()));
    assert_eq!(
        doc["states"].as_array().unwrap().len(),
        2,
        "only members in the tables"
    );

    let page = dir.path().join("las.html");
    run(&[
        "aggregate",
        repo("samples").to_str().unwrap(),
        dir.path().to_str().unwrap(),
        "--region",
        "las",
        "-o",
        page.to_str().unwrap(),
    ]);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("2 of 22 States reported for 2026"));
    let missing_list = html.split("<ul class=\"states missing\">").nth(1).unwrap();
    assert!(missing_list.contains("<bdi>Yemen</bdi>"));
}

#[test]
fn one_cycle_and_the_latest_version_of_each_state() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng::new(3);
    let mut old = report(&mut rng, "ABW", 2024, false);
    old.submitted = Some(poa_core::model::IsoDate("2024-03-01".into()));
    write(dir.path(), "abw-2024.yaml", &old);
    let mut draft = report(&mut rng, "ABW", 2026, false);
    draft.submitted = Some(poa_core::model::IsoDate("2026-01-10".into()));
    let mut fin = report(&mut rng, "ABW", 2026, false);
    fin.submitted = Some(poa_core::model::IsoDate("2026-02-10".into()));
    // The final version comes first in input order: the date decides, not the order.
    write(dir.path(), "abw-2026-a-final.yaml", &fin);
    write(dir.path(), "abw-2026-b-draft.yaml", &draft);
    write(
        dir.path(),
        "afg-2022.yaml",
        &report(&mut rng, "AFG", 2022, false),
    );
    let json = |extra: &[&str]| -> serde_json::Value {
        let mut args = vec![
            "aggregate",
            dir.path().to_str().unwrap(),
            "-o",
            "-",
            "--format",
            "json",
        ];
        args.extend_from_slice(extra);
        serde_json::from_str(&stdout(&run(&args))).unwrap()
    };
    let doc = json(&[]);
    assert_eq!(doc["cycle"], 2026);
    assert_eq!(doc["previous_cycle"], 2024);
    let states = doc["states"].as_array().unwrap();
    assert_eq!(states.len(), 1, "one State, one row");
    assert!(
        states[0]["file"]
            .as_str()
            .unwrap()
            .ends_with("abw-2026-a-final.yaml")
    );
    assert_eq!(states[0]["versions"], 2);
    let used: Vec<(String, String)> = doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let file = f["file"].as_str().unwrap();
            (
                file.rsplit('/').next().unwrap().to_owned(),
                f["used"].as_str().unwrap().to_owned(),
            )
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(
        used,
        [
            ("abw-2024.yaml".into(), "previous_cycle".into()),
            ("abw-2026-a-final.yaml".into(), "used".into()),
            ("abw-2026-b-draft.yaml".into(), "superseded".into()),
            ("afg-2022.yaml".into(), "other_cycle".into()),
        ]
    );
    let change = &doc["changes"][0];
    assert_eq!(change["iso3"], "ABW");
    assert_eq!(change["previous_cycle"], 2024);
    let delta = change["delta"].as_f64().unwrap();
    let expected = change["current"]["value"].as_f64().unwrap()
        - change["previous"]["value"].as_f64().unwrap();
    assert!((delta - expected).abs() < 1e-9);
    // An earlier cycle on request: Afghanistan alone, nothing before it.
    let earlier = json(&["--cycle", "2022"]);
    assert_eq!(earlier["states"][0]["iso3"], "AFG");
    assert!(
        earlier["previous_cycle"].is_null() && earlier["changes"].as_array().unwrap().is_empty()
    );
}

#[test]
fn only_counts_are_summed() {
    assert_eq!(
        KeyFigures::ADDITIVE,
        [
            "tracing_sent",
            "tracing_received",
            "tracing_answered",
            "weapons_collected",
            "weapons_destroyed"
        ]
    );
    let doc: serde_json::Value = serde_json::from_str(&stdout(&run(&[
        "aggregate",
        repo("samples").to_str().unwrap(),
        "-o",
        "-",
        "--format",
        "json",
    ])))
    .unwrap();
    for figure in doc["figures"].as_array().unwrap() {
        let key = figure["key"].as_str().unwrap();
        let additive = KeyFigures::is_additive(key);
        assert_eq!(figure["additive"], additive, "{key}");
        assert_eq!(figure["total"].is_null(), !additive, "{key}: {figure}");
    }
    let retention = doc["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "retention_other_years")
        .unwrap();
    assert_eq!(
        (&retention["min"], &retention["median"], &retention["max"]),
        (&20.into(), &25.0.into(), &30.into())
    );
    assert_eq!(retention["states"], 3);
}

#[test]
fn csv_columns_are_documented() {
    let doc = std::fs::read_to_string(repo("docs/aggregate.md")).unwrap();
    for column in poa_analysis::aggregate::csv::columns() {
        let documented = column
            .strip_prefix("score_")
            .map(|_| "`score_<section>`".to_owned())
            .or_else(|| {
                column
                    .strip_prefix("questions_")
                    .map(|_| "`questions_<section>`".to_owned())
            })
            .unwrap_or(format!("`{column}`"));
        assert!(
            doc.contains(&documented),
            "{column} is not in docs/aggregate.md"
        );
    }
}

#[test]
fn generated_states_differ_like_real_ones() {
    let dir = tempfile::tempdir().unwrap();
    generated(dir.path(), 40);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&run(&[
        "aggregate",
        dir.path().to_str().unwrap(),
        "-o",
        "-",
        "--format",
        "json",
    ])))
    .unwrap();
    let scores: Vec<f64> = doc["states"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["overall"]["value"].as_f64().unwrap())
        .collect();
    let low = scores.iter().copied().fold(1.0, f64::min);
    let high = scores.iter().copied().fold(0.0, f64::max);
    assert!(low < 0.45 && high > 0.85, "scores from {low} to {high}");
    // Some States leave whole sections unanswered.
    let empty_sections = doc["states"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["scores"].as_array().unwrap().iter())
        .filter(|s| s["questions"] == 0)
        .count();
    assert!(empty_sections > 5, "{empty_sections}");
    // A State keeps its character from cycle to cycle.
    let p = |cycle| xtask::generate::propensity("AIA", "marking", cycle);
    assert!((p(2026) - p(2024)).abs() < 0.05);
}

/// Opens `page` in headless Chromium with a probe script and returns what it wrote.
fn probe(page: &str, dir: &Path, script: &str) -> String {
    let file = dir.join("probe.html");
    std::fs::write(
        &file,
        page.replace("</body>", &format!("<script>{script}</script></body>")),
    )
    .unwrap();
    let out = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=3000",
            "--window-size=900,1200",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("Chromium is installed (Debian package chromium; bash .ci/run installs it)");
    let dom = String::from_utf8_lossy(&out.stdout).into_owned();
    let start = dom
        .find("<pre id=\"probe\">")
        .unwrap_or_else(|| panic!("no probe in {:.500}", dom));
    let rest = &dom[start + "<pre id=\"probe\">".len()..];
    rest[..rest.find("</pre>").unwrap()]
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

fn rgb(hex: &str) -> String {
    let n = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap();
    format!("rgb({}, {}, {})", n >> 16, (n >> 8) & 0xff, n & 0xff)
}

const PROBE: &str = r#"
  const swatches = [...document.querySelectorAll('.swatch')].map(e => [e.dataset.colour, getComputedStyle(e).backgroundColor]);
  const cells = [...document.querySelectorAll('td.heat')].map(e => [e.dataset.score, getComputedStyle(e).backgroundColor]);
  const bars = [...document.querySelectorAll('rect.bar')].map(e => [e.dataset.colour, getComputedStyle(e).fill]);
  const broken = [...document.querySelectorAll('.code, .year')].filter(e => {
    const r = document.createRange(); r.selectNodeContents(e);
    const lines = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
    return lines.size > 1;
  }).map(e => e.textContent);
  const pre = document.createElement('pre'); pre.id = 'probe';
  pre.textContent = JSON.stringify({swatches, cells, bars, broken,
    dir: getComputedStyle(document.body).direction,
    lang: document.documentElement.lang,
    title: document.querySelector('h1').textContent,
    width: document.documentElement.scrollWidth,
    codes: document.querySelectorAll('.code, .year').length});
  document.body.appendChild(pre);
"#;

#[test]
fn chromium_draws_the_colours_the_code_gives_and_keeps_codes_whole() {
    let dir = tempfile::tempdir().unwrap();
    generated(dir.path(), 30);
    // English and Arabic, and French and Chinese: every language lays the page out.
    let mut english_width = 0;
    for lang in ["en", "ar", "fr", "zh"] {
        let out = dir.path().join(format!("region-{lang}.html"));
        let result = run(&[
            "aggregate",
            repo("samples").to_str().unwrap(),
            dir.path().to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--lang",
            lang,
        ]);
        assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
        let page = std::fs::read_to_string(&out).unwrap();
        let work = dir.path().join(format!("chromium-{lang}"));
        std::fs::create_dir_all(&work).unwrap();
        let found: serde_json::Value = serde_json::from_str(&probe(&page, &work, PROBE)).unwrap();
        let pairs = |key: &str| -> Vec<(String, String)> {
            found[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    (
                        p[0].as_str().unwrap().to_owned(),
                        p[1].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        };
        let swatches = pairs("swatches");
        assert_eq!(
            swatches.len(),
            SCORE_COLOURS.len() + 1 + 5,
            "score and answer legends"
        );
        for (colour, computed) in &swatches {
            assert_eq!(
                computed,
                &rgb(colour),
                "a legend swatch is drawn in its colour"
            );
        }
        assert!(swatches.iter().any(|(c, _)| c == NO_SCORE_COLOUR));
        let cells = pairs("cells");
        assert_eq!(cells.len(), 33 * 18);
        for (score, computed) in &cells {
            let value = score.parse::<f64>().ok();
            assert_eq!(
                computed,
                &rgb(score_colour(value)),
                "heat-map cell with score {score:?}"
            );
        }
        let distinct: BTreeSet<&String> = cells.iter().map(|(_, c)| c).collect();
        assert!(
            distinct.len() >= 4,
            "the heat map uses the scale: {distinct:?}"
        );
        for (colour, computed) in pairs("bars") {
            assert_eq!(computed, rgb(&colour));
        }
        assert!(found["codes"].as_u64().unwrap() > 100);
        assert_eq!(
            found["broken"],
            serde_json::json!([]),
            "no ISO3 code or year breaks across lines"
        );
        assert_eq!(found["dir"], if lang == "ar" { "rtl" } else { "ltr" });
        assert_eq!(found["lang"], lang);
        let code = poa_core::model::Lang::from_code(lang).unwrap();
        assert_eq!(
            found["title"],
            poa_core::i18n::text(code, "agg-title"),
            "the page's title in {lang}"
        );
        // The heat map is as wide as the region; longer words do not widen the page.
        let width = found["width"].as_u64().unwrap();
        if lang == "en" {
            english_width = width;
        }
        assert!(
            width * 10 <= english_width * 11,
            "{lang}: {width} px wide, English {english_width} px"
        );
    }
}
