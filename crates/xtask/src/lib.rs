//! Tools for working on poa-report, kept out of the shipped crates:
//! [`generate`] makes realistic reports for benchmarks and tests (the `gen`
//! binary writes them), [`format_doc`] writes `docs/format.md` from the
//! catalogue (a test checks it is current).

pub mod format_doc;
pub mod generate;
