//! `poa-report import FILE.xml -o FILE.yaml`: back to the YAML a desk officer edits.
//!
//! From a Word document it also says which fields changed and what it left
//! alone (edits outside the fields), so the cleared text is accounted for.

use std::path::{Path, PathBuf};

use poa_core::init::{DEFAULT_SCHEMA_REF, to_commented_yaml};
use poa_core::load::{self, DEFAULT_MAX_BYTES, LoadOptions, read_source};
use poa_core::model::Report;
use poa_core::validate::validate_file;
use poa_formats::import::ImportError;
use poa_formats::output_file::write_atomically;
use poa_formats::{docx, xlsx, xml};

use super::{EXIT_OK, EXIT_UNREADABLE, parse_size};

#[derive(clap::Args)]
pub struct Args {
    /// A file produced by `render` (.xlsx, .xml or .docx).
    file: PathBuf,
    /// The YAML report to write.
    #[arg(long, short)]
    output: PathBuf,
    /// From a Word document: write the output even if it is a report that
    /// changed since the document was rendered (its changes would be lost).
    #[arg(long)]
    force: bool,
    /// Largest file accepted.
    #[arg(long, value_parser = parse_size, default_value_t = DEFAULT_MAX_BYTES)]
    max_size: u64,
}

pub fn run(args: Args) -> i32 {
    let name = args.file.display().to_string();
    let extension = args
        .file
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let options = LoadOptions {
        max_bytes: args.max_size,
        ..LoadOptions::default()
    };
    let result = match extension.as_str() {
        "xml" => read_source(&args.file, &options)
            .map_err(|e| ImportError::new(e.message))
            .and_then(|source| xml::reader::import(&source.text)),
        "xlsx" => load::read_bytes(&args.file, args.max_size)
            .map_err(|e| ImportError::new(e.message))
            .and_then(|bytes| xlsx::reader::import(&bytes)),
        "docx" => load::read_bytes(&args.file, args.max_size)
            .map_err(|e| ImportError::new(e.message))
            .and_then(|bytes| docx::reader::import(&bytes))
            .and_then(|import| {
                if !args.force {
                    keeps_newer_edits(&args.output, &import.rendered)?;
                }
                tell(&name, &import);
                Ok(import.report)
            }),
        "docm" => Err(ImportError::new(
            "the document has macros (.docm); a report's document has none, so it is not read",
        )),
        other => Err(ImportError::new(format!(
            "cannot import `.{other}` files (expected .xlsx, .xml or .docx)"
        ))),
    };
    let report = match result {
        Ok(report) => report,
        Err(e) => {
            eprintln!("{name}: {e}");
            return EXIT_UNREADABLE;
        }
    };
    let text = match to_commented_yaml(&report, DEFAULT_SCHEMA_REF) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("cannot write the report as YAML: {e}");
            return EXIT_UNREADABLE;
        }
    };
    if let Err(e) = write_atomically(&args.output, text.as_bytes()) {
        eprintln!("{}: cannot write: {e}", args.output.display());
        return EXIT_UNREADABLE;
    }
    EXIT_OK
}

/// Refuses to write over a report that changed since the document was
/// rendered from it: the document's copy would undo those changes. A new
/// file, or the same report, is fine.
fn keeps_newer_edits(output: &Path, rendered: &Report) -> Result<(), ImportError> {
    if !output.exists() {
        return Ok(());
    }
    let current = validate_file(output, &LoadOptions::default()).report;
    if current.as_ref() == Some(rendered) {
        return Ok(());
    }
    Err(ImportError::new(format!(
        "{} is not the report this document was rendered from (it changed since, or is another report): writing the document's report over it would undo those changes. Import to a new file and compare them with `poa-report diff`, or give --force",
        output.display()
    )))
}

/// What came back from a Word document, on standard error: each field
/// changed (before → after), then what was ignored or kept.
fn tell(name: &str, import: &docx::reader::DocxImport) {
    match import.changes.len() {
        0 => eprintln!("{name}: no field was changed"),
        n => eprintln!("{name}: {n} field(s) changed:"),
    }
    for change in &import.changes {
        eprintln!(
            "  {} [{}]: «{}» → «{}»",
            change.place,
            change.lang.code(),
            shorten(&change.before),
            shorten(&change.after)
        );
    }
    for note in &import.notes {
        eprintln!("{name}: note: {}", printable(note));
    }
}

/// Text from a document as it may reach a terminal: control characters become spaces.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A field's words on one line, cut at 80 characters, without the control
/// characters a hostile document could send to the terminal.
fn shorten(text: &str) -> String {
    let line = printable(&text.replace('\n', " ⏎ "));
    let cut: String = line.chars().take(80).collect();
    if cut.len() < line.len() {
        format!("{cut}…")
    } else {
        cut
    }
}
