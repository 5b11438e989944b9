//! Command-line parsing and dispatch.

mod accounts_cmd;
mod aggregate_cmd;
mod batch;
mod diagnostics;
mod diff_cmd;
mod i18n_cmd;
mod import_cmd;
mod init_cmd;
mod lsp_cmd;
mod output_names;
#[cfg(feature = "serve")]
mod portal_cmd;
mod regions_cmd;
mod render_cmd;
mod render_one;
mod render_workers;
mod rules_cmd;
mod sarif;
#[cfg(feature = "serve")]
mod serve_cmd;
mod store_cmd;
mod validate_cmd;

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use poa_core::model::Lang;

/// Exit code: no errors (warnings allowed).
pub const EXIT_OK: i32 = 0;
/// Exit code: findings of severity error.
pub const EXIT_FINDINGS: i32 = 1;
/// Exit code: a file could not be read or parsed, or the command failed.
pub const EXIT_UNREADABLE: i32 = 2;

#[derive(Parser)]
#[command(
    name = "poa-report",
    version,
    about = "Prepare, check and publish national reports on the UN Programme of Action on small arms (PoA) and the International Tracing Instrument (ITI)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check reports against the JSON Schema and the cross-section rules.
    Validate(validate_cmd::Args),
    /// Print the JSON Schema of the report format (for editors), or the XSD of its XML.
    Schema {
        /// Print the XSD of the XML format instead (schemas/poa-report.xsd).
        #[arg(long)]
        xsd: bool,
    },
    /// Print the rule catalogue.
    Rules(rules_cmd::Args),
    /// Write a new report: a commented skeleton, or last cycle's report carried over.
    Init(init_cmd::Args),
    /// Render a report to another format (XML for ingestion, JSON).
    Render(render_cmd::Args),
    /// Renders the reports named on standard input for a `render` batch.
    #[command(name = "render-worker", hide = true)]
    RenderWorker(render_cmd::WorkerArgs),
    /// Read a rendered file (XLSX or XML) back into a YAML report.
    Import(import_cmd::Args),
    /// Many reports into one regional workbook, HTML summary, JSON or CSV.
    Aggregate(aggregate_cmd::Args),
    /// Store submissions in a versioned store (SQLite).
    Ingest(store_cmd::IngestArgs),
    /// Read the store: list, show, export, log.
    Store(store_cmd::StoreArgs),
    /// Accounts of the submission portal: add, list, disable, reset.
    Accounts(accounts_cmd::Args),
    /// Question-by-question changes between two reports.
    Diff(diff_cmd::Args),
    /// List the built-in regions (UN regional groups, regional organisations) for `aggregate --region`.
    Regions(regions_cmd::Args),
    /// For translators: the state of each language's words against the English.
    I18n(i18n_cmd::Args),
    /// A language server on stdio: findings, hover, completion and quick fixes in the editor.
    Lsp(lsp_cmd::Args),
    /// Edit a report as a bilingual form in the browser (local web server on 127.0.0.1).
    #[cfg(feature = "serve")]
    Serve(serve_cmd::Args),
    /// The submission portal: States' points of contact submit, the secretariat receives (web server on 127.0.0.1).
    #[cfg(feature = "serve")]
    Portal(portal_cmd::Args),
}

/// Language of messages and labels: any language with a locale file
/// (`locales/<code>.ftl`), so adding a file adds a choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UiLang(Lang);

impl UiLang {
    /// For clap: `fr` if French has a locale file; else an error naming those there are.
    pub fn parse(code: &str) -> Result<UiLang, String> {
        poa_core::i18n::available(code)
            .map(UiLang)
            .ok_or_else(|| poa_core::i18n::unknown_language(code))
    }
}

impl From<UiLang> for Lang {
    fn from(l: UiLang) -> Lang {
        l.0
    }
}

/// Output format of reports about reports.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum OutputFormat {
    Human,
    Json,
}

/// Parses `10MiB`, `500k`, `1048576`.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim().to_ascii_lowercase();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("`{text}` is not a size (try 20MiB)"))?;
    let factor = match unit.trim() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1024,
        "m" | "mb" | "mib" => 1024 * 1024,
        "g" | "gb" | "gib" => 1024 * 1024 * 1024,
        other => return Err(format!("unknown size unit `{other}` (use KiB, MiB or GiB)")),
    };
    n.checked_mul(factor)
        .ok_or_else(|| format!("`{text}` is too large"))
}

pub fn run() -> i32 {
    // A translator's folder of locale files (POA_REPORT_LOCALES): say which did not parse.
    for problem in poa_core::i18n::override_problems() {
        eprintln!("{problem}");
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                EXIT_UNREADABLE
            } else {
                EXIT_OK
            };
            let _ = e.print();
            return code;
        }
    };
    match cli.command {
        Command::Validate(args) => validate_cmd::run(args),
        Command::Schema { xsd } => {
            if xsd {
                print!("{}", poa_formats::xml::xsd::xsd());
            } else {
                print!("{}", poa_core::schema::json_schema_text());
            }
            EXIT_OK
        }
        Command::Rules(args) => rules_cmd::run(args),
        Command::Init(args) => init_cmd::run(args),
        Command::Render(args) => render_cmd::run(args),
        Command::RenderWorker(args) => render_cmd::run_worker(args),
        Command::Import(args) => import_cmd::run(args),
        Command::Aggregate(args) => aggregate_cmd::run(args),
        Command::Ingest(args) => store_cmd::ingest(args),
        Command::Store(args) => store_cmd::run(args),
        Command::Accounts(args) => accounts_cmd::run(args),
        Command::Diff(args) => diff_cmd::run(args),
        Command::Regions(args) => regions_cmd::run(args),
        Command::Lsp(args) => lsp_cmd::run(args),
        Command::I18n(args) => i18n_cmd::run(args),
        #[cfg(feature = "serve")]
        Command::Serve(args) => serve_cmd::run(args),
        #[cfg(feature = "serve")]
        Command::Portal(args) => portal_cmd::run(args),
    }
}

/// A path argument that must name files (directories are expanded to their `.yaml`/`.yml` files).
pub fn expand_inputs(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(path)
                .map(|entries| {
                    entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| {
                            p.is_file()
                                && matches!(
                                    p.extension().and_then(|e| e.to_str()),
                                    Some("yaml" | "yml")
                                )
                        })
                        .collect()
                })
                .unwrap_or_default();
            if found.is_empty() {
                out.push(path.clone());
            } else {
                found.sort();
                out.extend(found);
            }
        } else {
            out.push(path.clone());
        }
    }
    out
}
