//! Writes N generated reports: `cargo run --release -p xtask --bin gen -- --count N --seed S -o DIR [--inconsistent PERCENT]`.
//!
//! States are taken from the ISO 3166 list and cycles run back from 2026 in
//! steps of two, so 2,000 reports are 249 States over several cycles.

use std::path::PathBuf;

use poa_core::init::to_commented_yaml;
use xtask::generate::{Rng, report};

fn main() {
    let mut count = 10usize;
    let mut seed = 1u64;
    let mut out = PathBuf::from("generated");
    let mut inconsistent = 0u64;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_default();
        match arg.as_str() {
            "--count" => count = value().parse().unwrap_or(count),
            "--seed" => seed = value().parse().unwrap_or(seed),
            "-o" | "--output" => out = PathBuf::from(value()),
            "--inconsistent" => inconsistent = value().parse().unwrap_or(0),
            other => {
                eprintln!(
                    "unknown argument {other}; use --count N --seed S -o DIR [--inconsistent PERCENT]"
                );
                std::process::exit(2);
            }
        }
    }
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("{}: {e}", out.display());
        std::process::exit(2);
    }
    let codes = poa_core::state::codes();
    let mut rng = Rng::new(seed);
    for i in 0..count {
        let iso3 = codes[i % codes.len()];
        let cycle = 2026 - 2 * (i / codes.len()) as u16;
        let broken = rng.chance(inconsistent);
        let report = report(&mut rng, iso3, cycle, broken);
        let path = out.join(format!("{}-{cycle}-{i:05}.yaml", iso3.to_ascii_lowercase()));
        let written = to_commented_yaml(&report, "poa-report.schema.json")
            .map_err(std::io::Error::other)
            .and_then(|text| std::fs::write(&path, text));
        if let Err(e) = written {
            eprintln!("{}: {e}", path.display());
            std::process::exit(2);
        }
    }
    eprintln!("wrote {count} reports to {}", out.display());
}
