//! Opening an Office file's zip package without trusting it: the checks the
//! workbook and the Word document importers share.
//!
//! Both formats are zip archives of XML parts. Before any part is parsed the
//! archive is refused if it unpacks to far more than a report needs (the
//! sizes the directory declares, then every part actually unpacked with a
//! limit, since a forged directory can declare small sizes for a bomb), or
//! if it holds parts ours never have and a hostile file could use: names
//! that climb out of the archive, macros, links to other files, embedded
//! objects and controls. Nothing is ever extracted to disk.

use std::io::{Cursor, Read};

use crate::import::ImportError;

/// Most bytes a package's parts may unpack to, in all.
pub(crate) const MAX_UNPACKED: u64 = 256 * 1024 * 1024;
/// Most parts a package of ours can have (ours have a few dozen).
const MAX_PARTS: usize = 2_000;

/// What kind of file is being opened, for the messages (`XLSX workbook`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Kind {
    /// `an XLSX workbook`, `a Word document (DOCX)`.
    pub(crate) a: &'static str,
    /// `workbook`, `document`.
    pub(crate) noun: &'static str,
    /// The other files of the same kind a link could point to (`workbooks`).
    pub(crate) others: &'static str,
}

/// Checks the whole package and returns the parts `keep` asks for, unpacked.
pub(crate) fn open(
    bytes: &[u8],
    kind: Kind,
    keep: impl Fn(&str) -> bool,
) -> Result<Vec<(String, Vec<u8>)>, ImportError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| ImportError::new(format!("not {} (not a zip archive: {e})", kind.a)))?;
    let corrupt = |e: &dyn std::fmt::Display| format!("corrupt {}: {e}", kind.noun);
    if archive.len() > MAX_PARTS {
        return Err(ImportError::new(format!(
            "the {} has {} parts; ours have a few dozen",
            kind.noun,
            archive.len()
        )));
    }
    let mut total: u64 = 0;
    let mut names = std::collections::HashSet::new();
    for i in 0..archive.len() {
        let entry = archive
            .by_index_raw(i)
            .map_err(|e| ImportError::new(corrupt(&e)))?;
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        refuse_part(&name, kind)?;
        // Two parts of one name (or of names differing in case only): a
        // reader and an office program could each take a different one.
        if !names.insert(name.to_lowercase()) {
            return Err(refused(kind, "two parts of the same name", &name));
        }
        let (size, packed) = (entry.size(), entry.compressed_size().max(1));
        if size > 16 * 1024 * 1024 && size / packed > 100 {
            return Err(ImportError::at(
                format!("part unpacks {size} bytes from {packed} (a zip bomb?)"),
                name,
            ));
        }
        total = total.saturating_add(size);
    }
    if total > MAX_UNPACKED {
        return Err(ImportError::new(format!(
            "the {} unpacks to {total} bytes, more than {MAX_UNPACKED}",
            kind.noun
        )));
    }
    let mut unpacked: u64 = 0;
    let mut kept = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive
            .by_index(i)
            .map_err(|e| ImportError::new(corrupt(&e)))?;
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        let declared = entry.size();
        let budget = MAX_UNPACKED - unpacked;
        let wanted = keep(&name);
        let mut part = Vec::new();
        let read = if wanted {
            (&mut entry)
                .take(budget + 1)
                .read_to_end(&mut part)
                .map(|n| n as u64)
        } else {
            std::io::copy(&mut (&mut entry).take(budget + 1), &mut std::io::sink())
        }
        .map_err(|e| ImportError::at(corrupt(&e), name.clone()))?;
        if read > budget {
            return Err(ImportError::at(
                format!("part unpacks to more than {MAX_UNPACKED} bytes (a zip bomb?)"),
                name,
            ));
        }
        if read != declared {
            return Err(ImportError::at(
                format!(
                    "part unpacks to {read} bytes, but the archive says {declared}: the file is forged or damaged"
                ),
                name,
            ));
        }
        unpacked += read;
        if wanted {
            kept.push((name, part));
        }
    }
    Ok(kept)
}

/// Refuses a part ours never have and a hostile file could use.
fn refuse_part(name: &str, kind: Kind) -> Result<(), ImportError> {
    let lower = name.to_ascii_lowercase();
    let why = if name.is_empty()
        || name.starts_with('/')
        || name.contains('\\')
        || name.split('/').any(|s| s == "..")
    {
        Some("a part name that leaves the archive".to_owned())
    } else if lower.contains("vbaproject") || lower.contains("vbadata") {
        Some("macros".to_owned())
    } else if lower.contains("externallinks/") {
        Some(format!("links to other {}", kind.others))
    } else if lower.contains("/embeddings/") || lower.contains("/activex/") {
        Some("embedded objects or controls".to_owned())
    } else {
        None
    };
    match why {
        Some(why) => Err(refused(kind, &why, name)),
        None => Ok(()),
    }
}

/// The one message for a part or link a report's file never has.
pub(crate) fn refused(kind: Kind, why: &str, place: &str) -> ImportError {
    ImportError::at(
        format!(
            "the {} has {why}; a report's {} has none, so it is not read",
            kind.noun, kind.noun
        ),
        place
            .chars()
            .take(120)
            .map(|c| if c.is_control() { '?' } else { c })
            .collect::<String>(),
    )
}
