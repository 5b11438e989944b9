//! `poa-report aggregate FILES|DIRS... -o OUT`: many reports into one regional picture.

use std::path::PathBuf;

use poa_report::aggregate::{self, StateSummary};
use poa_report::batch::parallel_map;
use poa_report::document::LoadOptions;
use poa_report::output_file::write_atomically;

use super::{EXIT_OK, EXIT_UNREADABLE, UiLang, expand_inputs};

/// Output kinds.
#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum Kind {
    Xlsx,
    Html,
    Json,
    Csv,
}

#[derive(clap::Args)]
pub struct Args {
    /// Report files, or directories of them.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output file: .xlsx, .html, .json or .csv (`-` with --format json|csv prints).
    #[arg(long, short)]
    output: PathBuf,
    /// Output kind, when the file name does not say it.
    #[arg(long, value_enum)]
    format: Option<Kind>,
    /// Language of labels.
    #[arg(long, value_enum, default_value = "en")]
    lang: UiLang,
    /// Files read at once (default: one per core).
    #[arg(long, short)]
    jobs: Option<usize>,
}

pub fn run(args: Args) -> i32 {
    let files = expand_inputs(&args.inputs);
    let kind = args
        .format
        .or_else(|| match args.output.extension().and_then(|e| e.to_str()) {
            Some("xlsx") => Some(Kind::Xlsx),
            Some("html" | "htm") => Some(Kind::Html),
            Some("json") => Some(Kind::Json),
            Some("csv") => Some(Kind::Csv),
            _ => None,
        });
    let Some(kind) = kind else {
        eprintln!(
            "{}: say the output kind with a .xlsx, .html, .json or .csv name, or --format",
            args.output.display()
        );
        return EXIT_UNREADABLE;
    };
    let options = LoadOptions::default();
    let summaries: Vec<StateSummary> =
        parallel_map(&files, args.jobs, Some("aggregating"), |path| {
            aggregate::summarize_file(path, &options)
        });
    let lang = args.lang.into();
    let bytes = match kind {
        Kind::Xlsx => match aggregate::xlsx::render(&summaries, lang) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("cannot write the workbook: {e}");
                return EXIT_UNREADABLE;
            }
        },
        Kind::Html => match aggregate::html::render(&summaries, lang) {
            Ok(text) => text.into_bytes(),
            Err(e) => {
                eprintln!("cannot write the page: {e}");
                return EXIT_UNREADABLE;
            }
        },
        Kind::Json => {
            let doc = serde_json::json!({
                "format": "poa-report-aggregate/1",
                "reports": summaries,
                "matches": aggregate::match_needs(&summaries),
            });
            let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
            text.push('\n');
            text.into_bytes()
        }
        Kind::Csv => aggregate::to_csv(&summaries).into_bytes(),
    };
    if args.output.as_os_str() == "-" {
        use std::io::Write;
        let _ = std::io::stdout().write_all(&bytes);
    } else if let Err(e) = write_atomically(&args.output, &bytes) {
        eprintln!("{}: cannot write: {e}", args.output.display());
        return EXIT_UNREADABLE;
    }
    let flagged = summaries.iter().filter(|s| !s.valid).count();
    eprintln!(
        "{} report(s) aggregated, {flagged} flagged as not valid",
        summaries.len()
    );
    EXIT_OK
}
