//! Arbitrary structurally valid reports rendered to every format; the
//! workbook and the XML must read back to the same report.
#![no_main]

use libfuzzer_sys::fuzz_target;
use poa_core::model::Lang;
use poa_formats::document::view::{DocLangs, view};

mod model;

fuzz_target!(|data: &[u8]| {
    let Some(report) = model::report_from(data) else {
        return;
    };
    // `render` refuses a report with errors (a character XML cannot carry,
    // say); round trips are promised for the others.
    let document = serde_json::to_value(&report).expect("a report serialises");
    let valid = poa_core::schema::check(&document).is_empty()
        && poa_core::rules::run(&poa_core::model::Front::of(&report), &document, &[], None)
            .iter()
            .all(|f| f.severity != poa_core::finding::Severity::Error);
    if !valid {
        return;
    }
    // The workbook in a pair of languages the input picks (any pair reads back).
    let pairs = [
        DocLangs::one(Lang::Ar),
        DocLangs::pair(Lang::Fr, Lang::Ar),
        DocLangs::pair(Lang::Zh, Lang::En),
    ];
    if let Ok(xlsx) = poa_formats::xlsx::writer::render(&report, &[], pairs[data.len() % 3]) {
        let back = poa_formats::xlsx::reader::import(&xlsx).expect("our workbook reads back");
        assert_eq!(back, report, "workbook round trip");
    }
    let xml = poa_formats::xml::writer::render(&report, false);
    let back = poa_formats::xml::reader::import(&xml).expect("our XML reads back");
    assert_eq!(back, report, "XML round trip");
    let _ = poa_formats::json::render(&report);
    let langs = [
        DocLangs::one(Lang::En),
        DocLangs::one(Lang::Ar),
        DocLangs::DEFAULT,
        DocLangs::pair(Lang::Ar, Lang::Fr),
        DocLangs::one(Lang::Ru),
    ][data.len() % 5];
    let doc = view(&report, &[], langs, data.first() == Some(&b'!'));
    poa_formats::document::html::render(&doc).expect("HTML renders");
    // PDF is slow to typeset: one input in 16.
    #[cfg(feature = "pdf")]
    if data.len() % 16 == 0 {
        poa_formats::document::pdf::render(&doc).expect("PDF renders");
    }
});
