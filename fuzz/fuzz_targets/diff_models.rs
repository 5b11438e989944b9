//! `diff` of two arbitrary reports: every change is between values that
//! differ, and a report compared with itself has none.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod model;

fuzz_target!(|data: &[u8]| {
    let (left, right) = data.split_at(data.len() / 2);
    let (Some(old), Some(new)) = (model::report_from(left), model::report_from(right)) else {
        return;
    };
    assert!(poa_analysis::diff::diff(&old, &old).is_empty());
    for change in poa_analysis::diff::diff(&old, &new) {
        assert_ne!(change.old, change.new);
    }
});
