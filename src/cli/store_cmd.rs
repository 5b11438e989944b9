//! `poa-report ingest` and `poa-report store list|show|export|log`.

use std::path::PathBuf;

use super::batch::progress_bar;
use poa_core::load::LoadOptions;
use poa_formats::output_file::write_atomically;
use poa_store::{Ingested, Store};

use super::{EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, OutputFormat, expand_inputs};

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Report files, or directories of them.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// The store (created if missing): a file path, sqlite:PATH or postgres://….
    #[arg(long)]
    store: String,
}

#[derive(clap::Args)]
pub struct StoreArgs {
    /// The store: a file path, sqlite:PATH or postgres://….
    #[arg(long, global = true, default_value = "poa-reports.sqlite")]
    store: String,
    #[command(subcommand)]
    command: StoreCommand,
}

#[derive(clap::Subcommand)]
enum StoreCommand {
    /// List submissions.
    List {
        #[arg(long)]
        state: Option<String>,
        #[arg(long)]
        cycle: Option<u16>,
        #[arg(long, value_enum, default_value = "human")]
        format: OutputFormat,
    },
    /// Show one submission and its findings (latest version unless --version).
    Show {
        state: String,
        cycle: u16,
        #[arg(long)]
        version: Option<i64>,
    },
    /// Write a submission exactly as submitted.
    Export {
        state: String,
        cycle: u16,
        #[arg(long)]
        version: Option<i64>,
        #[arg(long, short)]
        output: PathBuf,
    },
    /// The ingestion log: every file seen and what happened to it.
    Log,
}

pub fn ingest(args: IngestArgs) -> i32 {
    let mut store = match Store::open_url(&args.store) {
        Ok(store) => store,
        Err(e) => {
            eprintln!("{e}");
            return EXIT_UNREADABLE;
        }
    };
    let files = expand_inputs(&args.inputs);
    let options = LoadOptions::default();
    let progress = progress_bar(Some("ingesting"), files.len());
    let quiet = !progress.is_hidden();
    let (mut stored, mut unchanged, mut rejected) = (0, 0, 0);
    for path in &files {
        match store.ingest(path, &options) {
            Ok(Ingested::Stored {
                state,
                cycle,
                version,
                valid,
            }) => {
                stored += 1;
                if !quiet {
                    println!(
                        "{}: stored {state} {cycle} version {version}{}",
                        path.display(),
                        if valid { "" } else { " (not valid)" }
                    );
                }
            }
            Ok(Ingested::Unchanged {
                state,
                cycle,
                version,
            }) => {
                unchanged += 1;
                if !quiet {
                    println!(
                        "{}: unchanged, same as {state} {cycle} version {version}",
                        path.display()
                    );
                }
            }
            Ok(Ingested::Rejected { reason }) => {
                rejected += 1;
                println!("{}: rejected: {reason}", path.display());
            }
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                return EXIT_UNREADABLE;
            }
        }
        progress.inc(1);
    }
    progress.finish_and_clear();
    eprintln!("{stored} stored, {unchanged} unchanged, {rejected} rejected");
    if rejected > 0 {
        EXIT_UNREADABLE
    } else {
        EXIT_OK
    }
}

pub fn run(args: StoreArgs) -> i32 {
    let mut store = match Store::open_existing_url(&args.store) {
        Ok(store) => store,
        Err(e) => {
            eprintln!("{e}");
            return EXIT_UNREADABLE;
        }
    };
    // Store errors become messages here, at the edge.
    let result: Result<(), String> = match args.command {
        StoreCommand::List {
            state,
            cycle,
            format,
        } => store
            .list(state.as_deref(), cycle)
            .map(|rows| match format {
                OutputFormat::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(&rows).unwrap_or_default()
                ),
                OutputFormat::Human => {
                    println!(
                        "{:<6} {:<6} {:>3}  {:<20}  {:<5} {:>6} {:>8}  {:<12}  file",
                        "state", "cycle", "v", "received", "valid", "errors", "warnings", "sha256"
                    );
                    for r in rows {
                        println!(
                            "{:<6} {:<6} {:>3}  {:<20}  {:<5} {:>6} {:>8}  {:<12}  {}",
                            r.state,
                            r.cycle,
                            r.version,
                            r.received_at,
                            r.valid,
                            r.errors,
                            r.warnings,
                            &r.sha256[..12.min(r.sha256.len())],
                            r.file_name
                        );
                    }
                }
            })
            .map_err(|e| e.to_string()),
        StoreCommand::Show {
            state,
            cycle,
            version,
        } => store
            .show(&state.to_ascii_uppercase(), cycle, version)
            .map(|(s, findings)| {
                println!(
                    "{} {} version {} — received {} from {}",
                    s.state, s.cycle, s.version, s.received_at, s.file_name
                );
                println!("sha256 {}", s.sha256);
                println!(
                    "valid: {} ({} error(s), {} warning(s))",
                    s.valid, s.errors, s.warnings
                );
                let findings: Vec<serde_json::Value> =
                    serde_json::from_str(&findings).unwrap_or_default();
                for f in findings {
                    println!(
                        "  {}:{} {}[{}] {}",
                        f["line"],
                        f["column"],
                        f["severity"].as_str().unwrap_or(""),
                        f["rule"].as_str().unwrap_or(""),
                        f["message"].as_str().unwrap_or("")
                    );
                }
            })
            .map_err(|e| e.to_string()),
        StoreCommand::Export {
            state,
            cycle,
            version,
            output,
        } => store
            .export(&state.to_ascii_uppercase(), cycle, version)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                write_atomically(&output, &bytes)
                    .map_err(|e| format!("{}: cannot write: {e}", output.display()))
            }),
        StoreCommand::Log => store
            .log()
            .map(|entries| {
                for e in entries {
                    println!("{}  {:<9} {}  {}", e.at, e.outcome, e.file_name, e.detail);
                }
            })
            .map_err(|e| e.to_string()),
    };
    match result {
        Ok(()) => EXIT_OK,
        Err(e) => {
            eprintln!("{e}");
            EXIT_FINDINGS
        }
    }
}
