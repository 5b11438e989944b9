//! Reading a report file safely: size, encoding, then the spanned tree.
//!
//! Every way a file can fail to be a YAML document ends here as a
//! [`LoadError`] with a stable id, a one-line reason and, where there is
//! one, a position. Nothing past this point sees bytes.

use std::fs;
use std::io::Read;
use std::path::Path;

use crate::yaml::{self, Limits, Node, Pos};

/// Largest file read by default (10 MiB); `--max-size` raises it.
pub const DEFAULT_MAX_BYTES: u64 = 10 * 1024 * 1024;
/// The most `--max-size` can raise the limit to: a file is read whole and
/// parsed into a tree several times its size, so memory stays bounded even
/// when a user asks for more.
pub(crate) const HARD_MAX_BYTES: u64 = 256 * 1024 * 1024;

/// Bounds on reading one file.
#[derive(Debug, Clone, Copy)]
pub struct LoadOptions {
    pub max_bytes: u64,
    pub limits: Limits,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_bytes: DEFAULT_MAX_BYTES,
            limits: Limits::default(),
        }
    }
}

/// Why a file could not be read as a YAML document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} ({id})")]
pub struct LoadError {
    /// Stable id: `FILE-001`… for reading, `YAML-001`… for parsing.
    pub id: &'static str,
    pub message: String,
    pub pos: Option<Pos>,
}

/// A file's text, with its name as given.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
}

/// A parsed document: its text and its spanned tree.
#[derive(Debug, Clone)]
pub struct Document {
    pub source: Source,
    pub tree: Node,
}

impl LoadError {
    /// The error in words of `lang`: the message as it is in English; in
    /// another language, what kind of problem it is (`load-<ID>` of the
    /// locale files) with the reader's own detail quoted after it.
    pub fn localized(&self, lang: crate::model::Lang) -> String {
        localized_load_error(self.id, &self.message, lang)
    }
}

/// See [`LoadError::localized`]; also for errors met outside a load (the form).
pub fn localized_load_error(id: &str, message: &str, lang: crate::model::Lang) -> String {
    if lang == crate::model::Lang::En {
        return message.to_owned();
    }
    let kind = crate::i18n::text(lang, &format!("load-{id}"));
    format!("{kind} (`{}`)", message.replace('`', "'"))
}

fn file_error(id: &'static str, message: impl Into<String>) -> LoadError {
    LoadError {
        id,
        message: message.into(),
        pos: None,
    }
}

/// Reads `path` as UTF-8 text within the size limit.
pub fn read_source(path: &Path, options: &LoadOptions) -> Result<Source, LoadError> {
    let bytes = read_bytes(path, options.max_bytes)?;
    Ok(Source {
        name: path.display().to_string(),
        text: decode_owned(bytes)?,
    })
}

/// Reads the bytes of `path`, refusing missing files, directories and files
/// over `max_bytes` (checked before reading, and again while reading in case
/// the file grew).
pub fn read_bytes(path: &Path, max_bytes: u64) -> Result<Vec<u8>, LoadError> {
    let max_bytes = max_bytes.min(HARD_MAX_BYTES);
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => file_error("FILE-001", "no such file"),
        std::io::ErrorKind::PermissionDenied => file_error("FILE-001", "permission denied"),
        _ => file_error("FILE-001", format!("cannot read: {e}")),
    })?;
    if meta.is_dir() {
        return Err(file_error("FILE-001", "is a directory, not a report file"));
    }
    if meta.len() > max_bytes {
        return Err(too_large(meta.len(), max_bytes));
    }
    let file =
        fs::File::open(path).map_err(|e| file_error("FILE-001", format!("cannot open: {e}")))?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).map_or(0, |n| n + 1));
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| file_error("FILE-001", format!("cannot read: {e}")))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(bytes.len() as u64, max_bytes));
    }
    Ok(bytes)
}

fn too_large(size: u64, max: u64) -> LoadError {
    file_error(
        "FILE-002",
        if max >= HARD_MAX_BYTES {
            format!(
                "file is {} but no report may exceed {}",
                human_bytes(size),
                human_bytes(HARD_MAX_BYTES)
            )
        } else {
            format!(
                "file is {} but the limit is {} (raise it with --max-size)",
                human_bytes(size),
                human_bytes(max)
            )
        },
    )
}

fn human_bytes(n: u64) -> String {
    if n >= 1024 * 1024 {
        format!("{:.1} MiB", n as f64 / (1024.0 * 1024.0))
    } else {
        format!("{n} bytes")
    }
}

/// UTF-8 text from bytes: a BOM is accepted and dropped; NUL bytes mean a
/// binary file; invalid UTF-8 is reported at its line and column.
pub fn decode(bytes: &[u8]) -> Result<String, LoadError> {
    decode_owned(bytes.to_vec())
}

/// [`decode`] without copying the text: the bytes become the string.
/// UTF-8 is checked with `simdutf8` (reports in Arabic are mostly multi-byte
/// text, where the standard library's check was 7% of `validate`).
pub(crate) fn decode_owned(mut bytes: Vec<u8>) -> Result<String, LoadError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(file_error("FILE-004", "file is empty"));
    }
    if bytes.contains(&0) {
        let i = bytes.iter().position(|b| *b == 0).unwrap_or(0);
        let pos = position_of(&bytes, i);
        return Err(LoadError {
            id: "FILE-003",
            message: "binary data (a NUL byte), not a YAML text file".into(),
            pos: Some(pos),
        });
    }
    if let Err(e) = simdutf8::compat::from_utf8(&bytes) {
        return Err(LoadError {
            id: "FILE-003",
            message: "not valid UTF-8 text (save the file as UTF-8)".into(),
            pos: Some(position_of(&bytes, e.valid_up_to())),
        });
    }
    // SAFETY: `simdutf8` has just checked that `bytes` is valid UTF-8 (the
    // only unsafe line in the crate; `String::from_utf8` would check again).
    Ok(unsafe { String::from_utf8_unchecked(bytes) })
}

/// Line and column of byte `i`, counting characters in the valid prefix.
fn position_of(bytes: &[u8], i: usize) -> Pos {
    let before = String::from_utf8_lossy(&bytes[..i]);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Pos {
        line,
        column,
        offset: i,
    }
}

/// Parses a source into a document.
pub fn parse_source(
    source: Source,
    options: &LoadOptions,
) -> Result<Document, (Source, LoadError)> {
    match yaml::parse(&source.text, options.limits) {
        Ok(tree) => Ok(Document { source, tree }),
        Err(e) => Err((
            source,
            LoadError {
                id: e.kind.id(),
                message: e.message,
                pos: Some(e.pos),
            },
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_rejects_binary_and_bad_utf8_with_positions() {
        assert_eq!(decode(b"\xEF\xBB\xBFa: 1\n").unwrap(), "a: 1\n");
        assert_eq!(decode(b"  \n").unwrap_err().id, "FILE-004");
        let bin = decode(b"a: 1\nb: \x00").unwrap_err();
        assert_eq!(
            (bin.id, bin.pos.map(|p| (p.line, p.column))),
            ("FILE-003", Some((2, 4)))
        );
        let bad = decode(b"a: 1\nb: caf\xC3").unwrap_err();
        assert_eq!(
            (bad.id, bad.pos.map(|p| (p.line, p.column))),
            ("FILE-003", Some((2, 7)))
        );
    }
}
