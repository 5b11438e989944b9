//! `poa-report validate FILE...`: many files in parallel, one report each.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use super::batch::for_each_in_order;
use poa_core::finding::Severity;
use poa_core::load::{DEFAULT_MAX_BYTES, LoadOptions};
use poa_core::validate::{FileOutcome, Keep, parse_file, validate_file_keeping};

use super::diagnostics::{self, ColorChoice};
use super::sarif::SarifStream;
use super::{EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, UiLang, expand_inputs, parse_size};

/// How findings are printed.
#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum FindingsFormat {
    /// Excerpts with the span underlined.
    Human,
    /// The stable machine format (`poa-report-findings/1`).
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other review tools.
    Sarif,
}

/// A machine-readable document written a file at a time.
enum Stream {
    Json(diagnostics::JsonStream),
    Sarif(SarifStream),
}

#[derive(clap::Args)]
pub struct Args {
    /// Report files (YAML); a directory stands for the .yaml files in it.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// human (excerpts with the span underlined), json (stable machine
    /// format) or sarif (SARIF 2.1.0 for review tools).
    #[arg(long, value_enum, default_value = "human")]
    format: FindingsFormat,
    /// Language of the messages.
    #[arg(long, value_parser = UiLang::parse, default_value = "en")]
    lang: UiLang,
    /// Largest file accepted, e.g. 10MiB (the default) or 50MiB.
    #[arg(long, value_parser = parse_size, default_value_t = DEFAULT_MAX_BYTES)]
    max_size: u64,
    /// List every "not answered yet" finding instead of counting them.
    #[arg(long, short)]
    verbose: bool,
    /// Exit 1 on warnings too (for pipelines that accept only clean reports).
    #[arg(long)]
    deny_warnings: bool,
    /// Colours in human output.
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorChoice,
    /// Files validated at once (default: one per core).
    #[arg(long, short)]
    jobs: Option<usize>,
    /// Read and parse only (no schema, no rules): the floor `bench/run.sh` measures against.
    #[arg(long, hide = true)]
    parse_only: bool,
}

pub fn run(args: Args) -> i32 {
    crate::keep_freed_memory();
    let files = expand_inputs(&args.files);
    let options = LoadOptions {
        max_bytes: args.max_size,
        ..LoadOptions::default()
    };
    let lang = args.lang.into();
    let terminal = std::io::stdout().is_terminal();
    let color = args.color.enabled(terminal);
    // Standard output flushes at every line by itself; a batch's findings
    // (megabytes of JSON) go out in large writes instead, and a terminal
    // still sees each file's findings as soon as they are printed.
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let started = match args.format {
        FindingsFormat::Json => {
            diagnostics::JsonStream::start(&mut stdout, lang).map(|s| Some(Stream::Json(s)))
        }
        FindingsFormat::Sarif => {
            SarifStream::start(&mut stdout, lang).map(|s| Some(Stream::Sarif(s)))
        }
        FindingsFormat::Human => Ok(None),
    };
    let Ok(mut stream) = started else {
        return EXIT_UNREADABLE;
    };
    let mut tally = Tally::default();
    let mut written = Ok(());
    // Each file's outcome is printed as soon as it and those before it are
    // done, then dropped: memory does not grow with the number of files.
    for_each_in_order(
        &files,
        args.jobs,
        Some("validating"),
        |path| {
            if args.parse_only {
                parse_file(path, &options)
            } else {
                // The text is printed only in human excerpts; otherwise it
                // is dropped here, on the worker that read it, rather than
                // carried to the printing thread.
                let outcome = validate_file_keeping(path, &options, Keep::Findings);
                FileOutcome {
                    text: outcome
                        .text
                        .filter(|_| args.format == FindingsFormat::Human),
                    ..outcome
                }
            }
        },
        |outcome| {
            tally.add(&outcome, args.deny_warnings);
            if written.is_ok() {
                written = match &mut stream {
                    Some(Stream::Json(json)) => json.file(&mut stdout, &outcome),
                    Some(Stream::Sarif(sarif)) => sarif.file(&mut stdout, &outcome),
                    None => {
                        diagnostics::write_human(&mut stdout, &outcome, lang, color, args.verbose)
                    }
                };
                if terminal && written.is_ok() {
                    written = stdout.flush();
                }
            }
        },
    );
    if written.is_ok() {
        written = match stream {
            Some(Stream::Json(json)) => json.finish(&mut stdout),
            Some(Stream::Sarif(sarif)) => sarif.finish(&mut stdout),
            None => Ok(()),
        };
    }
    let _ = stdout.flush();
    if written.is_err() {
        return EXIT_UNREADABLE;
    }
    tally.exit_code()
}

/// What the exit code needs to know of the files seen so far.
#[derive(Default)]
struct Tally {
    unreadable: bool,
    failing: bool,
}

impl Tally {
    fn add(&mut self, outcome: &FileOutcome, deny_warnings: bool) {
        self.unreadable |= outcome.load_error.is_some();
        self.failing |= outcome.count(Severity::Error) > 0
            || (deny_warnings && outcome.count(Severity::Warning) > 0);
    }

    /// 2 if any file could not be read or parsed, else 1 if any has errors
    /// (or warnings, when they are denied), else 0.
    fn exit_code(&self) -> i32 {
        if self.unreadable {
            EXIT_UNREADABLE
        } else if self.failing {
            EXIT_FINDINGS
        } else {
            EXIT_OK
        }
    }
}
