//! # poa-lsp
//!
//! A language server for report files, over stdio, so an editor shows what
//! `validate` prints, where it is, as the desk officer types:
//!
//! ```text
//! editor ─► lsp-server (framing) ─► server: open documents, debounce
//!   text (incremental edits, UTF-16 positions) ─► poa_core::validate ─► diagnostics
//!   spanned tree (poa_core::yaml) + shape + catalogue ─► hover, completion, definition, symbols
//!   findings' "did you mean" and missing questions ─► code actions
//! ```
//!
//! It reads the model and the catalogue and nothing else: no renderer, no
//! store. Every answer is a JSON value built with `serde_json`, so the
//! crate needs no LSP type crate.

mod actions;
mod complete;
mod diagnostics;
mod document;
mod hover;
mod locate;
mod server;
mod symbols;

pub use server::{Options, run, serve_stdio};

/// Edits anywhere, of any text, then every request at every kind of place:
/// nothing panics (a server that dies loses the editor's work).
#[cfg(test)]
mod robustness {
    use super::document::Document;
    use poa_core::model::Lang;
    use serde_json::json;

    #[test]
    fn random_edits_and_requests_never_panic() {
        let sample = include_str!("../../../samples/xaa-aurelia-2026.yaml");
        let pieces = [
            "",
            "\n",
            "  ",
            "- ",
            ": ",
            "answer: ye",
            "نعم",
            "𝒳",
            "\u{202e}",
            "[",
            "{a: b}",
            "\t",
            "#",
            "&a *a",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |bound: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % bound.max(1) as u64) as usize
        };
        let mut doc = Document::new("file:///r.yaml".into(), sample.to_owned(), 1);
        for version in 2..400 {
            // Back to the whole report now and then, so most edits land in a valid one.
            if version % 25 == 0 {
                doc = Document::new("file:///r.yaml".into(), sample.to_owned(), version);
            }
            let lines = doc.line_count() + 2;
            let (l1, c1) = (next(lines), next(90));
            let (l2, c2) = (l1 + next(3), next(90));
            let text = pieces[next(pieces.len())];
            doc.apply(
                &[json!({"range": {"start": {"line": l1, "character": c1}, "end": {"line": l2, "character": c2}}, "text": text})],
                version,
            );
            let (line, character) = (next(lines), next(90));
            let offset = doc.offset(line, character);
            let _ = super::hover::hover(&doc, offset, Lang::Ar);
            let _ = super::complete::complete(&doc, line, character, Lang::En);
            let _ = super::symbols::definition(&doc, offset);
            if version % 20 == 0 {
                let found = super::diagnostics::diagnostics(&doc, Lang::En, None);
                let _ = super::symbols::symbols(&doc, Lang::En);
                let params = json!({"context": {"diagnostics": found}});
                let _ = super::actions::actions(&doc, &params, Lang::En);
            }
        }
    }
}
