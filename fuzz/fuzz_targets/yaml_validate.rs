//! Any bytes as a report file: load (UTF-8 check, spanned YAML, limits) and
//! validate (schema, rules, positions). Must never panic or run away.
#![no_main]

use libfuzzer_sys::fuzz_target;
use poa_core::load::LoadOptions;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let outcome = poa_core::validate::validate_text("fuzz.yaml", &text, &LoadOptions::default());
    for located in &outcome.findings {
        // Every finding is placed inside the text.
        assert!(located.span.start.offset <= text.len());
        assert!(located.span.end.offset <= text.len());
    }
});
