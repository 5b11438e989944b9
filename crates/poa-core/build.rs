//! Embeds every `locales/<code>.ftl` found at build time: a language is added
//! by adding its file, with no Rust to change. The codes must be UN languages
//! (the report format's six); anything else fails the build, named.

use std::fmt::Write as _;
use std::path::Path;

const UN_LANGUAGES: [&str; 6] = ["en", "ar", "fr", "es", "ru", "zh"];

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("../../locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut codes: Vec<(String, std::path::PathBuf)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .filter_map(|path| {
            let code = path.file_stem()?.to_str()?.to_owned();
            Some((code, path))
        })
        .collect();
    for (code, path) in &codes {
        println!("cargo:rerun-if-changed={}", path.display());
        assert!(
            UN_LANGUAGES.contains(&code.as_str()),
            "{}: `{code}` is not one of the UN languages {UN_LANGUAGES:?}",
            path.display()
        );
    }
    // English first (the fallback of every other language), then the UN order.
    codes.sort_by_key(|(code, _)| UN_LANGUAGES.iter().position(|c| c == code));
    assert!(
        codes.first().is_some_and(|(code, _)| code == "en"),
        "locales/en.ftl is the source language and must exist"
    );
    let mut out = String::from("/// Each language's Fluent file, English first: (code, text).\n");
    out.push_str("pub const LOCALE_FILES: &[(&str, &str)] = &[\n");
    for (code, path) in &codes {
        let path = path
            .canonicalize()
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let _ = writeln!(
            out,
            "    ({code:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let target =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    std::fs::write(&target, out).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
}
