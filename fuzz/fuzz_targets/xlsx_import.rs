//! Workbooks to import, two ways: bytes starting `PK` are taken as a whole
//! file; other bytes replace one part (a sheet, the shared strings, the
//! workbook or its relationships) of a real workbook of ours, so the fuzzer
//! reaches the XML readers instead of stopping at the zip. Refused with a
//! message or read into a report; never a panic, an abort or a runaway.
#![no_main]

use std::io::{Cursor, Read, Write};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

const PARTS: [&str; 6] = [
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/sheet5.xml",
    "xl/sharedStrings.xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "[Content_Types].xml",
];

/// The Aurelia sample as a workbook, once.
fn template() -> &'static Vec<(String, Vec<u8>)> {
    static PARTS_OF: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    PARTS_OF.get_or_init(|| {
        let sample = include_str!("../../samples/xaa-aurelia-2026.yaml");
        let report = poa_core::validate::validate_text(
            "sample.yaml",
            sample,
            &poa_core::load::LoadOptions::default(),
        )
        .report
        .expect("the sample is a report");
        let xlsx = poa_formats::xlsx::writer::render(
            &report,
            &[],
            poa_formats::document::view::DocLangs::one(poa_core::model::Lang::En),
        )
        .expect("the sample renders");
        let mut archive = zip::ZipArchive::new(Cursor::new(xlsx)).expect("our workbook is a zip");
        (0..archive.len())
            .map(|i| {
                let mut entry = archive.by_index(i).expect("an entry");
                let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
                let mut bytes = Vec::new();
                entry.read_to_end(&mut bytes).expect("readable");
                (name, bytes)
            })
            .collect()
    })
}

fn with_part(index: usize, content: &[u8]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in template() {
        let body = if name == PARTS[index % PARTS.len()] {
            content
        } else {
            bytes
        };
        out.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .expect("a new entry");
        out.write_all(body).expect("written");
    }
    out.finish().expect("a zip").into_inner()
}

fuzz_target!(|data: &[u8]| {
    if data.starts_with(b"PK") || data.is_empty() {
        let _ = poa_formats::xlsx::reader::import(data);
    } else {
        let workbook = with_part(usize::from(data[0]), &data[1..]);
        let _ = poa_formats::xlsx::reader::import(&workbook);
    }
});
