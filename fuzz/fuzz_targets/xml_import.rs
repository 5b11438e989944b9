//! Any text as report XML to import.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = poa_formats::xml::reader::import(text);
    }
});
