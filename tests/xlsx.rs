//! The workbook: a second front door to the same model. Render → import is
//! lossless (also after LibreOffice saved it), free text never becomes a
//! formula, and workbooks that are not ours are refused naming sheet and cell.

mod common;

use std::io::{Cursor, Read, Write};
use std::path::Path;
use std::process::Command;

use calamine::{Data, Reader, Xlsx};
use common::{mutated_report, repo, run, samples, stderr};
use poa_core::load::LoadOptions;
use poa_core::model::{Lang, Report};
use poa_core::validate::validate_file;
use poa_formats::document::view::DocLangs;
use poa_formats::xlsx::reader::import;
use poa_formats::xlsx::writer::render;
use proptest::prelude::*;

fn sample_report(path: &Path) -> Report {
    validate_file(path, &LoadOptions::default())
        .report
        .expect("a report")
}

fn aurelia() -> Report {
    sample_report(&repo("samples/xaa-aurelia-2026.yaml"))
}

/// The text of one part of the workbook (a zip archive).
fn part(xlsx: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(xlsx)).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// A copy of the workbook with `edit` applied to part `name`.
fn tampered(xlsx: &[u8], name: &str, edit: impl Fn(String) -> String) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(xlsx)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let entry_name = entry.name().unwrap().into_owned();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        if entry_name == name {
            bytes = edit(String::from_utf8(bytes).unwrap()).into_bytes();
        }
        out.start_file(entry_name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// The sheet part of sheet `name` (sheets are written in a fixed order).
fn sheet_part(name: &str) -> String {
    let index = poa_formats::xlsx::layout::sheet_names()
        .iter()
        .position(|n| *n == name)
        .unwrap();
    format!("xl/worksheets/sheet{}.xml", index + 1)
}

#[test]
fn every_sample_round_trips_through_the_workbook() {
    for path in samples() {
        let report = sample_report(&path);
        let xlsx = render(&report, &[], DocLangs::one(Lang::En)).unwrap();
        assert_eq!(import(&xlsx).unwrap(), report, "{}", path.display());
    }
}

#[test]
fn cli_render_import_gives_the_same_report() {
    let dir = tempfile::tempdir().unwrap();
    for path in samples() {
        let (xlsx, yaml) = (dir.path().join("x.xlsx"), dir.path().join("y.yaml"));
        let r = common::render(&path, "xlsx", &xlsx, &[]);
        assert_eq!(r.status.code(), Some(0), "{}", stderr(&r));
        let i = run(&[
            "import",
            xlsx.to_str().unwrap(),
            "-o",
            yaml.to_str().unwrap(),
        ]);
        assert_eq!(i.status.code(), Some(0), "{}", stderr(&i));
        assert_eq!(sample_report(&yaml), sample_report(&path));
        // The YAML keeps the skeleton's key order, so it diffs cleanly against `init`.
        let text = std::fs::read_to_string(&yaml).unwrap();
        assert!(
            text.find("national_coordination:").unwrap()
                < text.find("additional_information:").unwrap()
        );
    }
}

#[test]
fn free_text_that_looks_like_a_formula_stays_text() {
    let mut value = serde_json::to_value(aurelia()).unwrap();
    let tricky = [
        "=HYPERLINK(\"http://x\",\"click\")",
        "+1+1",
        "-2",
        "@SUM(A1)",
        "=1+2",
    ];
    value["sections"]["brokering"]["regulated"]["details"] = tricky[0].into();
    value["sections"]["brokering"]["registration"]["details"] =
        serde_json::json!({ "en": tricky[1], "ar": tricky[2] });
    value["contacts"][0]["name"] = tricky[3].into();
    value["contacts"][0]["phone"] = tricky[4].into();
    let report: Report = serde_json::from_value(value).unwrap();
    let xlsx = render(&report, &[], DocLangs::one(Lang::En)).unwrap();
    for name in poa_formats::xlsx::layout::sheet_names() {
        assert!(
            !part(&xlsx, &sheet_part(name)).contains("<f>"),
            "sheet {name} has a formula"
        );
    }
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(xlsx.clone())).unwrap();
    let range = workbook.worksheet_range("10. Brokering").unwrap();
    let cells: Vec<&Data> = range.used_cells().map(|(_, _, d)| d).collect();
    for text in &tricky[..3] {
        assert!(
            cells.iter().any(|d| **d == Data::String((*text).into())),
            "{text} is not a string cell"
        );
    }
    assert_eq!(import(&xlsx).unwrap(), report);
}

#[test]
fn built_for_editing_dropdowns_whole_numbers_protection_and_hidden_paths() {
    let xlsx = render(&aurelia(), &[], DocLangs::one(Lang::En)).unwrap();
    let marking = part(&xlsx, &sheet_part("marking"));
    assert!(
        marking.contains("<dataValidation type=\"list\""),
        "answer dropdown"
    );
    assert!(
        marking.contains(
            "<formula1>\"Yes,No,Partially / in development,Not applicable,Unknown\"</formula1>"
        ),
        "answer list offers the words"
    );
    assert!(marking.contains("<sheetProtection"), "sheet protected");
    assert!(!marking.contains("password"), "no password");
    assert!(marking.contains("hidden=\"1\""), "path columns hidden");
    assert!(marking.contains("state=\"frozen\""), "frozen panes");
    let tracing = part(&xlsx, &sheet_part("tracing"));
    assert!(
        tracing.contains("type=\"whole\"") && tracing.contains("operator=\"greaterThanOrEqual\""),
        "counts accept whole numbers only"
    );
    let cover = part(&xlsx, &sheet_part("cover"));
    assert!(
        cover.contains("mfa-disarmament,police-armoury,customs-risk"),
        "contact ids offered"
    );
    let styles = part(&xlsx, "xl/styles.xml");
    assert!(styles.contains("locked=\"0\""), "input cells unlocked");
    assert!(
        styles.contains("horizontal=\"right\""),
        "Arabic right-aligned"
    );
    let arabic = render(&aurelia(), &[], DocLangs::one(Lang::Ar)).unwrap();
    let arabic_marking = part(&arabic, &sheet_part("marking"));
    assert!(arabic_marking.contains("rightToLeft=\"1\""));
    assert!(
        arabic_marking
            .contains("<formula1>\"نعم,لا,جزئيا / قيد الإعداد,لا ينطبق,غير معروف\"</formula1>"),
        "the Arabic workbook offers Arabic words"
    );
    let workbook_xml = part(&arabic, "xl/workbook.xml");
    assert!(workbook_xml.contains("name=\"4. الوسم\""), "{workbook_xml}");
    assert_eq!(
        import(&arabic).unwrap(),
        aurelia(),
        "the Arabic workbook imports back"
    );
    let english_names = part(&xlsx, "xl/workbook.xml");
    assert!(
        english_names.contains("name=\"4. Marking\""),
        "{english_names}"
    );
    assert!(english_names.contains("name=\"Cover\""), "{english_names}");
    assert!(!marking.contains("rightToLeft=\"1\""));
}

#[test]
fn cover_shows_validation_status_and_findings_link_to_cells() {
    let path = repo("samples/invalid/trc-001-more-answers-than-requests.yaml");
    let outcome = validate_file(&path, &LoadOptions::default());
    let findings: Vec<_> = outcome.findings.iter().map(|l| l.finding.clone()).collect();
    let xlsx = render(
        outcome.report.as_ref().unwrap(),
        &findings,
        DocLangs::one(Lang::En),
    )
    .unwrap();
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(xlsx.clone())).unwrap();
    let cover = workbook.worksheet_range("Cover").unwrap();
    let texts: Vec<String> = cover.used_cells().map(|(_, _, d)| d.to_string()).collect();
    assert!(
        texts.contains(&"not valid: 1 error(s)".to_owned()),
        "{texts:?}"
    );
    let findings_sheet = workbook.worksheet_range("Findings").unwrap();
    assert!(
        findings_sheet
            .used_cells()
            .any(|(_, _, d)| *d == Data::String("TRC-001".into()))
    );
    let sheet_count = poa_formats::xlsx::layout::sheet_names().len();
    let findings_xml = part(
        &xlsx,
        &format!("xl/worksheets/sheet{}.xml", sheet_count + 1),
    );
    let tracing_rows = poa_formats::xlsx::layout::rows(
        "tracing",
        &serde_json::to_value(outcome.report.unwrap()).unwrap(),
    );
    let answered_row = tracing_rows
        .iter()
        .position(|r| r.path_text() == "sections.tracing.requests.answered")
        .unwrap();
    let expected = format!("location=\"'6. Tracing'!F{}\"", answered_row + 3);
    assert!(
        findings_xml.contains(&expected),
        "{expected} not in {findings_xml}"
    );
}

// ---------------------------------------------------------------- not our workbook

fn aurelia_xlsx() -> Vec<u8> {
    render(&aurelia(), &[], DocLangs::one(Lang::En)).unwrap()
}

fn import_error(bytes: &[u8]) -> String {
    import(bytes).map(|_| ()).unwrap_err().to_string()
}

#[test]
fn renamed_columns_are_named_by_sheet_and_cell() {
    let bytes = tampered(&aurelia_xlsx(), "xl/sharedStrings.xml", |s| {
        s.replacen(">Answer / value<", ">Réponse<", 1)
    });
    let message = import_error(&bytes);
    assert!(
        message.starts_with("sheet `Cover`, cell F2: expected the column header `Answer / value`"),
        "{message}"
    );
}

#[test]
fn extra_rows_and_unknown_paths_are_refused() {
    let extra = tampered(&aurelia_xlsx(), &sheet_part("marking"), |s| {
        s.replacen("</sheetData>", "<row r=\"400\"><c r=\"F400\" t=\"inlineStr\"><is><t>extra</t></is></c></row></sheetData>", 1)
    });
    assert!(
        import_error(&extra)
            .starts_with("sheet `4. Marking`, cell F400: a row poa-report did not write"),
        "{}",
        import_error(&extra)
    );
    let moved = tampered(&aurelia_xlsx(), "xl/sharedStrings.xml", |s| {
        s.replacen(
            ">sections.marking.at_manufacture.answer<",
            ">sections.marking.at_manufacture.answr<",
            1,
        )
    });
    assert!(
        import_error(&moved).contains("unknown path `sections.marking.at_manufacture.answr`"),
        "{}",
        import_error(&moved)
    );
}

#[test]
fn missing_sheets_corrupt_files_and_bad_values() {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    workbook.add_worksheet().set_name("cover").unwrap();
    let foreign = workbook.save_to_buffer().unwrap();
    assert!(import_error(&foreign).contains("sheet `Contacts` is missing"));
    assert!(import_error(b"PK\x03\x04 definitely not a zip").contains("not an XLSX workbook"));
    let xlsx = aurelia_xlsx();
    assert!(import_error(&xlsx[..xlsx.len() / 2]).contains("not an XLSX workbook"));
    let bad_answer = tampered(&xlsx, "xl/sharedStrings.xml", |s| {
        s.replacen(">Partially / in development<", ">maybe<", 1)
    });
    let message = import_error(&bad_answer);
    assert!(
        message.contains("`maybe` is not one of") && message.starts_with("sheet `"),
        "{message}"
    );
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_unpacked() {
    let bomb = common::zip_bomb("xl/worksheets/sheet1.xml");
    assert!(
        import_error(&bomb).contains("a zip bomb?"),
        "{}",
        import_error(&bomb)
    );
}

#[test]
fn an_oversized_sheet_is_refused() {
    let xlsx = aurelia_xlsx();
    let big = tampered(&xlsx, &sheet_part("cover"), |s| {
        s.replacen("</sheetData>", "<row r=\"90000\"><c r=\"A90000\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>", 1)
            .replace("<dimension ref=\"A1:", "<dimension ref=\"A1:Z90000\" x=\"")
    });
    assert!(
        import_error(&big).starts_with("xl/worksheets/sheet1.xml: the sheet is too large"),
        "{}",
        import_error(&big)
    );
}

#[test]
fn failed_import_and_unwritable_output_leave_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.xlsx");
    std::fs::write(&bad, b"not a workbook").unwrap();
    let out = dir.path().join("out.yaml");
    let r = run(&["import", bad.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(r.status.code(), Some(2));
    assert!(!out.exists());
    let missing_dir = dir.path().join("no/such/out.xlsx");
    let sample = repo("samples/xaa-aurelia-2026.yaml");
    let r = common::render(&sample, "xlsx", &missing_dir, &[]);
    assert_eq!(r.status.code(), Some(2));
    assert!(!missing_dir.exists());
}

#[test]
fn text_longer_than_a_cell_is_a_clear_render_error() {
    let mut value = serde_json::to_value(aurelia()).unwrap();
    value["sections"]["brokering"]["regulated"]["details"] = "x".repeat(32_768).into();
    let report: Report = serde_json::from_value(value).unwrap();
    let error = render(&report, &[], DocLangs::one(Lang::En))
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("sections.brokering.regulated.details") && error.contains("32767"),
        "{error}"
    );
}

// ---------------------------------------------------------------- LibreOffice

fn soffice(args: &[&str], profile: &Path) -> std::process::Output {
    Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args(["--headless", "--norestore", "--nologo"])
        .args(args)
        .output()
        .expect("LibreOffice is installed (Debian package libreoffice-calc-nogui; bash .ci/run installs it)")
}

#[test]
fn libreoffice_opens_converts_and_resaves_the_workbook_losslessly() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("profile");
    let report = aurelia();
    let original = dir.path().join("report.xlsx");
    std::fs::write(
        &original,
        render(&report, &[], DocLangs::one(Lang::En)).unwrap(),
    )
    .unwrap();

    // LibreOffice reads every sheet and writes it out as CSV.
    let csv_dir = dir.path().join("csv");
    let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    let out = soffice(
        &[
            "--convert-to",
            filter,
            "--outdir",
            csv_dir.to_str().unwrap(),
            original.to_str().unwrap(),
        ],
        &profile,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cover =
        std::fs::read_to_string(csv_dir.join("report-Cover.csv")).expect("cover sheet as CSV");
    assert!(
        cover.contains("XAA") && cover.contains("جمهورية أوريليا") && cover.contains("2024-01-01"),
        "{cover}"
    );
    let marking = std::fs::read_to_string(csv_dir.join("report-4. Marking.csv"))
        .expect("marking sheet as CSV");
    assert!(marking.contains("هل توسم الأسلحة الصغيرة والأسلحة الخفيفة عند الصنع؟"));
    assert!(marking.contains("Stamping; Laser engraving"), "{marking}");
    assert!(
        !marking.contains("laser_engraving,"),
        "codes shown: {marking}"
    );

    // LibreOffice saves it as XLSX again; our import reads its file back to the same report.
    let saved_dir = dir.path().join("saved");
    let out = soffice(
        &[
            "--convert-to",
            "xlsx",
            "--outdir",
            saved_dir.to_str().unwrap(),
            original.to_str().unwrap(),
        ],
        &profile,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let resaved = std::fs::read(saved_dir.join("report.xlsx")).unwrap();
    assert_ne!(
        resaved,
        std::fs::read(&original).unwrap(),
        "LibreOffice wrote its own file"
    );
    assert_eq!(import(&resaved).unwrap(), report);
}

// ---------------------------------------------------------------- property tests

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn workbook_round_trip_is_lossless(report in mutated_report()) {
        let xlsx = render(&report, &[], DocLangs::one(Lang::En)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back = import(&xlsx).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(back, report);
    }
}

/// A cell reference far outside our sheets (legal, like `XFD1048576`, or
/// forged, like `I99999999999936`) is refused with a message; reading the
/// sheet never allocates the box the references span.
#[test]
fn a_far_cell_reference_is_refused_without_allocating_its_box() {
    for reference in ["XFD1048576", "I99999999999936"] {
        let far = tampered(&aurelia_xlsx(), &sheet_part("cover"), |s| {
            s.replacen(
                "</sheetData>",
                &format!(
                    "<row><c r=\"{reference}\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>"
                ),
                1,
            )
        });
        let message = import_error(&far);
        assert!(
            message.starts_with("xl/worksheets/sheet1.xml: the sheet is too large")
                && message.contains(reference),
            "{reference}: {message}"
        );
    }
}

/// A workbook in any pair of languages (sheets, headers, lists and labels
/// in French, Spanish, Russian or Chinese) reads back to the same report.
#[test]
fn every_language_pair_round_trips_through_the_workbook() {
    for sample in common::samples() {
        let report = validate_file(&sample, &LoadOptions::default())
            .report
            .unwrap();
        for langs in ["fr+ar", "es+en", "ru", "zh+en", "ar"] {
            let langs = DocLangs::parse(langs).unwrap();
            let xlsx = render(&report, &[], langs).unwrap();
            let back = import(&xlsx).unwrap_or_else(|e| panic!("{sample:?} {}: {e}", langs.code()));
            assert_eq!(back, report, "{sample:?} {}", langs.code());
        }
    }
}
