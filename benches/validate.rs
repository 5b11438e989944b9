//! Micro-benchmarks of the steps of `validate` on one report: YAML load with
//! spans, JSON Schema validation, the cross-section rules, and the whole.
//! `cargo bench --bench validate`; whole-command timings against peers are
//! in `bench/run.sh`.

use divan::{Bencher, black_box};
use poa_core::load::LoadOptions;
use poa_core::model::Front;
use poa_core::yaml::{Limits, parse};
use serde::Deserialize;

const SAMPLE: &str = include_str!("../samples/xaa-aurelia-2026.yaml");

fn main() {
    divan::main();
}

#[divan::bench]
fn yaml_load_with_spans() -> poa_core::yaml::Node {
    parse(black_box(SAMPLE), Limits::default()).expect("the sample parses")
}

#[divan::bench]
fn schema_validation(bencher: Bencher) {
    let json = parse(SAMPLE, Limits::default())
        .expect("the sample parses")
        .to_json();
    poa_core::schema::check(&json); // compiles the schema once, outside the timing
    bencher.bench(|| poa_core::schema::check(black_box(&json)));
}

#[divan::bench]
fn rules_of_one_report(bencher: Bencher) {
    let json = parse(SAMPLE, Limits::default())
        .expect("the sample parses")
        .to_json();
    let front = Front::deserialize(&json).expect("the sample is a report");
    bencher.bench(|| poa_core::rules::run(black_box(&front), black_box(&json), &[], Some(SAMPLE)));
}

#[divan::bench]
fn validate_one_report() -> usize {
    poa_core::validate::validate_text_keeping(
        "aurelia.yaml",
        black_box(SAMPLE),
        &LoadOptions::default(),
        poa_core::validate::Keep::Findings,
    )
    .findings
    .len()
}
