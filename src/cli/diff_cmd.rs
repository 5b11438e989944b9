//! `poa-report diff OLD NEW`: question-by-question changes between two
//! reports (files, or `ISO3/CYCLE[/VERSION]` from a store).

use std::path::PathBuf;

use poa_analysis::diff::{ChangeKind, diff_in, page};
use poa_core::load::{self, LoadOptions, Source};
use poa_core::model::Report;
use poa_core::validate::{validate_document, validate_file};
use poa_formats::output_file::write_atomically;
use poa_store::Store;

use super::{EXIT_OK, EXIT_UNREADABLE};

#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum Kind {
    Text,
    Json,
    Html,
}

#[derive(clap::Args)]
pub struct Args {
    /// The earlier report: a file, or ISO3/CYCLE[/VERSION] with --store.
    old: String,
    /// The later report.
    new: String,
    /// Read ISO3/CYCLE[/VERSION] operands from this store (a file path, sqlite:PATH or postgres://…).
    #[arg(long)]
    store: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    format: Kind,
    /// Write to a file instead of standard output (needed for html).
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Language of the page and of closed lists' words (any the program speaks).
    #[arg(long, value_parser = super::UiLang::parse, default_value = "en")]
    lang: super::UiLang,
}

fn load(operand: &str, store: Option<&mut Store>) -> Result<Report, String> {
    if let Some(store) = store {
        let parts: Vec<&str> = operand.split('/').collect();
        if let [state, cycle, rest @ ..] = parts.as_slice()
            && let Ok(cycle) = cycle.parse::<u16>()
        {
            let version = match rest {
                [] => None,
                [v] => Some(
                    v.trim_start_matches('v')
                        .parse::<i64>()
                        .map_err(|_| format!("`{operand}`: bad version"))?,
                ),
                _ => return Err(format!("`{operand}`: expected ISO3/CYCLE[/VERSION]")),
            };
            let source: Source = store
                .source(&state.to_ascii_uppercase(), cycle, version)
                .map_err(|e| e.to_string())?;
            let doc =
                load::parse_source(source, &LoadOptions::default()).map_err(|(_, e)| e.message)?;
            return validate_document(doc)
                .report
                .ok_or_else(|| format!("`{operand}` is not a valid report"));
        }
    }
    let outcome = validate_file(&PathBuf::from(operand), &LoadOptions::default());
    match (outcome.report, outcome.load_error) {
        (Some(report), _) => Ok(report),
        (None, Some(e)) => Err(format!("{operand}: {}", e.message)),
        (None, None) => Err(format!(
            "{operand}: does not match the report format (run `poa-report validate`)"
        )),
    }
}

pub fn run(args: Args) -> i32 {
    let mut store = match &args.store {
        Some(path) => match Store::open_existing_url(path) {
            Ok(s) => Some(s),
            Err(e) => {
                eprintln!("{e}");
                return EXIT_UNREADABLE;
            }
        },
        None => None,
    };
    let (old, new) = match (
        load(&args.old, store.as_mut()),
        load(&args.new, store.as_mut()),
    ) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return EXIT_UNREADABLE;
        }
    };
    let lang: poa_core::model::Lang = args.lang.into();
    let changes = diff_in(&old, &new, lang);
    let text = match args.format {
        Kind::Json => {
            let mut t = serde_json::to_string_pretty(
                &serde_json::json!({ "old": args.old, "new": args.new, "changes": changes }),
            )
            .unwrap_or_default();
            t.push('\n');
            t
        }
        Kind::Html => match page(&args.old, &args.new, &changes, lang) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{e}");
                return EXIT_UNREADABLE;
            }
        },
        Kind::Text => {
            let mut out = format!(
                "{} → {}: {}\n",
                args.old,
                args.new,
                poa_core::i18n::format(
                    lang,
                    "portal-change-count",
                    &[("count", changes.len().to_string())]
                )
            );
            for c in &changes {
                let mark = match c.kind {
                    ChangeKind::Added => "+",
                    ChangeKind::Removed => "-",
                    ChangeKind::Changed => "~",
                };
                let field = if c.field.is_empty() {
                    String::new()
                } else {
                    format!(" · {}", c.field)
                };
                let number = if c.number.is_empty() {
                    String::new()
                } else {
                    format!("{} ", c.number)
                };
                out.push_str(&format!(
                    "{mark} {number}{}{field}: {} → {}\n",
                    c.question,
                    shown(&c.old, lang),
                    shown(&c.new, lang)
                ));
            }
            out
        }
    };
    match &args.output {
        Some(path) => {
            if let Err(e) = write_atomically(path, text.as_bytes()) {
                eprintln!("{}: cannot write: {e}", path.display());
                return EXIT_UNREADABLE;
            }
        }
        None => print!("{text}"),
    }
    EXIT_OK
}

fn shown(value: &str, lang: poa_core::model::Lang) -> String {
    if value.is_empty() {
        poa_core::i18n::text(lang, "phrase-nothing").to_owned()
    } else {
        value.replace('\n', " ")
    }
}
