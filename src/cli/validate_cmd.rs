//! `poa-report validate FILE...`: many files in parallel, one report each.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use poa_report::batch::parallel_map;
use poa_report::document::{DEFAULT_MAX_BYTES, LoadOptions};
use poa_report::finding::Severity;
use poa_report::validate::{FileOutcome, validate_file};

use super::diagnostics::{self, ColorChoice};
use super::{
    EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, OutputFormat, UiLang, expand_inputs, parse_size,
};

#[derive(clap::Args)]
pub struct Args {
    /// Report files (YAML); a directory stands for the .yaml files in it.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// human (excerpts with the span underlined) or json (stable machine format).
    #[arg(long, value_enum, default_value = "human")]
    format: OutputFormat,
    /// Language of the messages.
    #[arg(long, value_enum, default_value = "en")]
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
}

pub fn run(args: Args) -> i32 {
    let files = expand_inputs(&args.files);
    let options = LoadOptions {
        max_bytes: args.max_size,
        ..LoadOptions::default()
    };
    let outcomes = validate_all(&files, &options, args.jobs);
    let lang = args.lang.into();
    let mut stdout = std::io::stdout().lock();
    let written = match args.format {
        OutputFormat::Json => diagnostics::write_json(&mut stdout, &outcomes, lang),
        OutputFormat::Human => {
            let color = args.color.enabled(std::io::stdout().is_terminal());
            outcomes.iter().try_for_each(|o| {
                diagnostics::write_human(&mut stdout, o, lang, color, args.verbose)
            })
        }
    };
    let _ = stdout.flush();
    if written.is_err() {
        return EXIT_UNREADABLE;
    }
    exit_code(&outcomes, args.deny_warnings)
}

/// 2 if any file could not be read or parsed, else 1 if any has errors
/// (or warnings, when they are denied), else 0.
pub fn exit_code(outcomes: &[FileOutcome], deny_warnings: bool) -> i32 {
    let failing = |o: &FileOutcome| {
        o.count(Severity::Error) > 0 || (deny_warnings && o.count(Severity::Warning) > 0)
    };
    if outcomes.iter().any(|o| o.load_error.is_some()) {
        EXIT_UNREADABLE
    } else if outcomes.iter().any(failing) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

/// Validates files on a small pool of threads; results keep the input order.
/// A file that fails in any way only affects its own outcome.
pub fn validate_all(
    files: &[PathBuf],
    options: &LoadOptions,
    jobs: Option<usize>,
) -> Vec<FileOutcome> {
    parallel_map(files, jobs, Some("validating"), |path| {
        validate_file(path, options)
    })
}
