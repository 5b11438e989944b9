//! Helpers shared by the integration tests: running the real binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_poa-report"))
}

pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs `validate --format json` and returns the parsed document.
pub fn validate_json(args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["validate", "--format", "json"];
    all.extend_from_slice(args);
    let output = run(&all);
    let doc = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("JSON output: {e}\n{}", stdout(&output)));
    (output.status.code().unwrap_or(-1), doc)
}

/// The sample reports.
pub fn samples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo("samples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}
