//! `poa-report aggregate FILES|DIRS... -o OUT`: many reports into one regional picture.

use std::path::PathBuf;

use super::batch::parallel_map;
use poa_analysis::aggregate::analysis::{self, Options};
use poa_analysis::aggregate::{self, StateSummary};
use poa_analysis::regions;
use poa_core::load::LoadOptions;
use poa_formats::output_file::write_atomically;

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
    #[arg(long, value_parser = UiLang::parse, default_value = "en")]
    lang: UiLang,
    /// Files read at once (default: one per core).
    #[arg(long, short)]
    jobs: Option<usize>,
    /// The reporting cycle analysed (default: the latest in the input).
    #[arg(long)]
    cycle: Option<u16>,
    /// A built-in region (see `poa-report regions`): the States expected to report.
    #[arg(long, conflicts_with = "regions_file")]
    region: Option<String>,
    /// A region of your own: a YAML file like those in `regions/`.
    #[arg(long)]
    regions_file: Option<PathBuf>,
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
    let region = match (&args.region, &args.regions_file) {
        (Some(id), _) => match regions::find(id) {
            Some(region) => Some(region),
            None => {
                let known: Vec<String> = regions::built_in().into_iter().map(|r| r.id).collect();
                eprintln!(
                    "no built-in region `{id}`; known: {} (or give --regions-file)",
                    known.join(", ")
                );
                return EXIT_UNREADABLE;
            }
        },
        (None, Some(path)) => match regions::load(path) {
            Ok(region) => Some(region),
            Err(e) => {
                eprintln!("{e}");
                return EXIT_UNREADABLE;
            }
        },
        (None, None) => None,
    };
    let options = LoadOptions::default();
    let summaries: Vec<StateSummary> =
        parallel_map(&files, args.jobs, Some("aggregating"), |path| {
            aggregate::summarize_file(path, &options)
        });
    let lang = args.lang.into();
    let analysis = analysis::analyse(
        &summaries,
        &Options {
            cycle: args.cycle,
            region,
        },
    );
    drop(summaries);
    let bytes = match kind {
        Kind::Xlsx => match aggregate::xlsx::render(&analysis, lang) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("cannot write the workbook: {e}");
                return EXIT_UNREADABLE;
            }
        },
        Kind::Html => match aggregate::html::render(&analysis, lang) {
            Ok(text) => text.into_bytes(),
            Err(e) => {
                eprintln!("cannot write the page: {e}");
                return EXIT_UNREADABLE;
            }
        },
        Kind::Json => aggregate::json(&analysis).into_bytes(),
        Kind::Csv => aggregate::csv::render(&analysis).into_bytes(),
    };
    if args.output.as_os_str() == "-" {
        use std::io::Write;
        let _ = std::io::stdout().write_all(&bytes);
    } else if let Err(e) = write_atomically(&args.output, &bytes) {
        eprintln!("{}: cannot write: {e}", args.output.display());
        return EXIT_UNREADABLE;
    }
    let flagged = analysis.files.iter().filter(|f| !f.valid).count();
    eprintln!(
        "{}",
        poa_core::i18n::format(
            lang,
            "agg-read-summary",
            &[
                ("read", analysis.files.len().to_string()),
                ("flagged", flagged.to_string()),
                ("headline", aggregate::html::headline(&analysis, lang)),
            ],
        )
    );
    EXIT_OK
}
