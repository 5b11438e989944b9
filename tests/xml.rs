//! XML for secretariat ingestion: every sample validates with xmllint against
//! the generated XSD, imports back to the same report, and hostile XML is
//! refused with the specific reason.

mod common;

use std::path::Path;
use std::process::Command;

use common::mutated_report;
use common::{repo, run, samples, stderr};
use poa_core::load::LoadOptions;
use poa_core::model::Report;
use poa_core::validate::validate_file;
use poa_formats::xml::reader::import;
use poa_formats::xml::writer::render;
use poa_formats::xml::xsd::{XSD_PATH, xsd};
use proptest::prelude::*;

fn sample_report(path: &Path) -> Report {
    validate_file(path, &LoadOptions::default())
        .report
        .expect("sample is a report")
}

/// Runs xmllint on `xml`; Ok(()) if valid, Err(message) if not.
fn xmllint(xml: &str) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.xml");
    std::fs::write(&file, xml).unwrap();
    let output = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(repo(XSD_PATH))
        .arg(&file)
        .output()
        .expect("xmllint is installed (Debian package libxml2-utils; bash .ci/run installs it)");
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

#[test]
fn checked_in_xsd_matches_the_generated_one() {
    let on_disk = std::fs::read_to_string(repo(XSD_PATH)).unwrap();
    assert!(
        on_disk == xsd(),
        "{XSD_PATH} is out of date: run `cargo run -- schema --xsd > {XSD_PATH}`"
    );
}

#[test]
fn every_sample_validates_against_the_xsd_and_round_trips() {
    for path in samples() {
        let report = sample_report(&path);
        let xml = render(&report, false);
        xmllint(&xml).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(import(&xml).unwrap(), report, "{}", path.display());
        assert!(xml.contains("id=\"marking.at_manufacture\" paragraph=\"ITI 8(a); PoA II.7\""));
    }
}

#[test]
fn the_xsd_rejects_what_the_model_rejects() {
    let report = sample_report(&repo("samples/xaa-aurelia-2026.yaml"));
    let xml = render(&report, false);
    let tampered = xml.replacen("<answer>yes</answer>", "<answer>maybe</answer>", 1);
    assert!(xmllint(&tampered).unwrap_err().contains("maybe"));
    let unknown = xml.replacen("<cycle>", "<cycles>2026</cycles><cycle>", 1);
    assert!(xmllint(&unknown).is_err());
}

#[test]
fn cli_render_then_import_gives_the_same_report() {
    let dir = tempfile::tempdir().unwrap();
    for path in samples() {
        let xml = dir.path().join("r.xml");
        let yaml = dir.path().join("r.yaml");
        let rendered = common::render(&path, "xml", &xml, &[]);
        assert_eq!(rendered.status.code(), Some(0), "{}", stderr(&rendered));
        let imported = run(&[
            "import",
            xml.to_str().unwrap(),
            "-o",
            yaml.to_str().unwrap(),
        ]);
        assert_eq!(imported.status.code(), Some(0), "{}", stderr(&imported));
        assert_eq!(sample_report(&yaml), sample_report(&path));
    }
}

#[test]
fn render_to_json_is_valid_against_the_json_schema() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    let path = repo("samples/xac-caldera-2026.yaml");
    let rendered = common::render(&path, "json", &out, &[]);
    assert_eq!(rendered.status.code(), Some(0));
    let value: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert!(poa_core::schema::check(&value).is_empty());
    assert_eq!(
        serde_json::from_value::<Report>(value).unwrap(),
        sample_report(&path)
    );
}

#[test]
fn render_refuses_a_report_with_errors_unless_allowed_and_then_marks_it_draft() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.xml");
    let path = repo("samples/invalid/trc-001-more-answers-than-requests.yaml");
    let refused = common::render(&path, "xml", &out, &[]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("--allow-invalid"));
    assert!(!out.exists(), "no output for a refused report");
    let drafted = common::render(&path, "xml", &out, &["--allow-invalid"]);
    assert_eq!(drafted.status.code(), Some(0));
    let xml = std::fs::read_to_string(&out).unwrap();
    assert!(xml.contains("status=\"draft\""));
    xmllint(&xml).unwrap();
}

// ---------------------------------------------------------------- hostile XML

fn import_error(xml: &str) -> String {
    import(xml).map(|_| ()).unwrap_err().to_string()
}

fn sample_xml() -> String {
    render(
        &sample_report(&repo("samples/xab-borealis-2026.yaml")),
        false,
    )
}

#[test]
fn doctype_and_entities_are_refused() {
    let xxe = sample_xml().replacen(
        "<report ",
        "<!DOCTYPE report [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<report ",
        1,
    );
    assert!(
        import_error(&xxe).contains("DOCTYPE declarations are not allowed"),
        "{}",
        import_error(&xxe)
    );
    let lol = "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><r>&b;</r>";
    assert!(import_error(lol).contains("DOCTYPE"));
    let entity = sample_xml().replacen("<iso3>XAB</iso3>", "<iso3>&xxe;</iso3>", 1);
    assert!(
        import_error(&entity).contains("entity `&xxe;` is not allowed"),
        "{}",
        import_error(&entity)
    );
}

#[test]
fn another_namespace_or_version_is_named() {
    let other = sample_xml().replacen("urn:poa-report:xml:1", "urn:example:other", 1);
    assert!(import_error(&other).contains("namespace `urn:example:other`"));
    let version = sample_xml().replacen("version=\"1\"", "version=\"7\"", 1);
    assert!(import_error(&version).contains("unknown format version `7`"));
    assert!(
        import_error("<html xmlns=\"urn:poa-report:xml:1\"/>").contains("root element is `html`")
    );
}

#[test]
fn malformed_xml_reports_line_and_column() {
    let broken = sample_xml().replacen("</cycle>", "</cycel>", 1);
    let message = import_error(&broken);
    assert!(message.starts_with("11:"), "{message}");
    assert!(message.contains("malformed XML"), "{message}");
    let truncated = &sample_xml()[..400];
    assert!(
        import_error(truncated).contains("malformed XML")
            || import_error(truncated).contains("ends inside")
    );
}

#[test]
fn unknown_elements_are_errors_with_their_path() {
    let xml = sample_xml().replacen(
        "<answer>partially</answer>",
        "<answer>partially</answer><comment>x</comment>",
        1,
    );
    let message = import_error(&xml);
    assert!(
        message.starts_with("/report/sections/national_coordination/coordination_body/comment"),
        "{message}"
    );
    let prefixed = sample_xml().replacen(
        "<cycle>2026</cycle>",
        "<x:cycle xmlns:x=\"urn:other\">2026</x:cycle>",
        1,
    );
    assert!(import_error(&prefixed).contains("another namespace"));
}

#[test]
fn values_the_schema_rejects_are_refused() {
    let xml = sample_xml().replacen("<answer>partially</answer>", "<answer>maybe</answer>", 1);
    assert!(
        import_error(&xml).contains("`maybe` is not one of"),
        "{}",
        import_error(&xml)
    );
}

#[test]
fn oversized_and_non_xml_files_are_refused_by_the_cli_without_output() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.xml");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(11 * 1024 * 1024)
        .unwrap();
    let out = dir.path().join("out.yaml");
    let result = run(&["import", big.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(result.status.code(), Some(2));
    assert!(
        stderr(&result).contains("limit is 10.0 MiB"),
        "{}",
        stderr(&result)
    );
    assert!(!out.exists());
    let binary = dir.path().join("bin.xml");
    std::fs::write(&binary, b"\x00\x01\x02").unwrap();
    let result = run(&[
        "import",
        binary.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(result.status.code(), Some(2));
    assert!(!out.exists());
}

#[test]
fn control_characters_are_a_validation_finding_not_dropped_at_render() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(repo("samples/xaa-aurelia-2026.yaml")).unwrap();
    let plain = "en: Two national NGOs sit on the Commission as observers.";
    assert!(text.contains(plain));
    let text = text.replacen(
        plain,
        "en: \"Two national\\x07 NGOs sit on the Commission as observers.\"",
        1,
    );
    let path = dir.path().join("bell.yaml");
    std::fs::write(&path, text).unwrap();
    let outcome = validate_file(&path, &LoadOptions::default());
    let finding = outcome
        .findings
        .iter()
        .find(|f| f.finding.rule == "TXT-001")
        .expect("TXT-001");
    assert_eq!(
        finding.finding.pointer,
        "/sections/national_coordination/civil_society_involved/details/en"
    );
    assert!(
        finding
            .finding
            .message
            .get(poa_core::model::Lang::En)
            .contains("U+0007")
    );
}

// ---------------------------------------------------------------- property tests

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn render_then_import_is_lossless(report in mutated_report()) {
        let xml = render(&report, false);
        let back = import(&xml).map_err(|e| TestCaseError::fail(format!("{e}\n{xml}")))?;
        prop_assert_eq!(back, report);
    }
}
