//! `poa-report init`: a new report file, from scratch or from last cycle's.

use std::path::{Path, PathBuf};

use poa_core::init::{DEFAULT_SCHEMA_REF, carry_over, skeleton_in, to_commented_yaml};
use poa_core::load::LoadOptions;
use poa_core::model::Lang;
use poa_core::schema::json_schema_text;
use poa_core::validate::validate_file;
use poa_formats::output_file::{write_atomically, write_new};

use super::{EXIT_OK, EXIT_UNREADABLE};

#[derive(clap::Args)]
pub struct Args {
    /// ISO 3166-1 alpha-3 code of the reporting State (XAA–XZZ for fictional ones).
    #[arg(long)]
    state: String,
    /// Year of the meeting the report goes to, e.g. 2026.
    #[arg(long, value_parser = clap::value_parser!(u16).range(2002..=2100))]
    cycle: u16,
    /// Last cycle's report: answers and contacts are carried over.
    #[arg(long)]
    from: Option<PathBuf>,
    /// Where to write the report (default: standard output). The schema is
    /// written beside it as poa-report.schema.json if not already there.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// The report's languages, the first being the one plain text is written
    /// in: `fr,ar`, `es,en` (any of the six UN languages). Comments are
    /// written in those the program speaks. Default: `en,ar`.
    #[arg(long, value_delimiter = ',', value_parser = parse_report_lang)]
    languages: Vec<Lang>,
    /// Replace the file `-o` names if it exists (without it, an existing
    /// report is never overwritten).
    #[arg(long)]
    force: bool,
}

/// One of the six UN languages, by its code.
fn parse_report_lang(code: &str) -> Result<Lang, String> {
    Lang::from_code(code.trim())
        .ok_or_else(|| "not a UN language code (en, fr, es, ru, zh, ar)".to_owned())
}

pub fn run(args: Args) -> i32 {
    let iso3 = args.state.trim().to_ascii_uppercase();
    let report = match &args.from {
        None => skeleton_in(&iso3, args.cycle, args.languages.clone()),
        Some(path) => {
            let outcome = validate_file(path, &LoadOptions::default());
            let Some(previous) = outcome.report else {
                let why = outcome.load_error.map(|e| e.message).unwrap_or_else(|| {
                    "it does not match the report format; run `poa-report validate` on it".into()
                });
                eprintln!("{}: cannot carry over: {why}", path.display());
                return EXIT_UNREADABLE;
            };
            if previous.state.iso3 != iso3 {
                eprintln!(
                    "{}: is the report of {}, not {iso3}",
                    path.display(),
                    previous.state.iso3
                );
                return EXIT_UNREADABLE;
            }
            carry_over(previous, args.cycle)
        }
    };
    let text = match to_commented_yaml(&report, DEFAULT_SCHEMA_REF) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("cannot write the report as YAML: {e}");
            return EXIT_UNREADABLE;
        }
    };
    let Some(output) = args.output else {
        print!("{text}");
        return EXIT_OK;
    };
    let written = if args.force {
        write_atomically(&output, text.as_bytes())
    } else {
        write_new(&output, text.as_bytes())
    };
    match written {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!(
                "{}: already exists and was left as it is; choose another file, or pass --force to replace it",
                output.display()
            );
            return EXIT_UNREADABLE;
        }
        Err(e) => {
            eprintln!("{}: cannot write: {e}", output.display());
            return EXIT_UNREADABLE;
        }
    }
    let schema_path = output
        .parent()
        .unwrap_or(Path::new("."))
        .join(DEFAULT_SCHEMA_REF);
    if !schema_path.exists()
        && let Err(e) = write_atomically(&schema_path, json_schema_text().as_bytes())
    {
        eprintln!("{}: cannot write the schema: {e}", schema_path.display());
    }
    eprintln!("wrote {}", output.display());
    EXIT_OK
}
