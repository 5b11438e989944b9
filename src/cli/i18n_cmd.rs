//! `poa-report i18n status|accept`: the translators' view of the locale
//! files (see `poa_core::translation`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use poa_core::i18n;
use poa_core::translation::{self, Status};
use poa_formats::output_file::write_atomically;

use super::{EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, OutputFormat};

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: I18nCommand,
}

#[derive(clap::Subcommand)]
enum I18nCommand {
    /// Per language: keys missing, obsolete, and translated from an English text that has changed since.
    Status {
        /// The folder of the locale files.
        #[arg(long, default_value = "locales")]
        dir: PathBuf,
        #[arg(long, value_enum, default_value = "human")]
        format: OutputFormat,
        /// Exit 1 unless every language is complete and current.
        #[arg(long)]
        check: bool,
    },
    /// Records that LANG's translations of KEYS (all, if none) follow the English as it stands now.
    Accept {
        lang: String,
        keys: Vec<String>,
        #[arg(long, default_value = "locales")]
        dir: PathBuf,
    },
}

pub fn run(args: Args) -> i32 {
    match args.command {
        I18nCommand::Status { dir, format, check } => status(&dir, format, check),
        I18nCommand::Accept { lang, keys, dir } => accept(&dir, &lang, &keys),
    }
}

/// The messages of `dir/<code>.ftl`.
fn read_locale(dir: &Path, code: &str) -> Result<i18n::Messages, String> {
    let path = dir.join(format!("{code}.ftl"));
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    i18n::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_recorded(dir: &Path, code: &str) -> BTreeMap<String, String> {
    std::fs::read_to_string(dir.join(format!("{code}.sources")))
        .map(|t| translation::read_sources(&t))
        .unwrap_or_default()
}

/// The languages with a file in `dir`, English aside.
fn languages(dir: &Path) -> Result<Vec<String>, String> {
    let mut codes: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".ftl").map(str::to_owned)
        })
        .filter(|code| code != "en")
        .collect();
    codes.sort();
    Ok(codes)
}

fn status(dir: &Path, format: OutputFormat, check: bool) -> i32 {
    let report = || -> Result<Vec<Status>, String> {
        let english = read_locale(dir, "en")?;
        languages(dir)?
            .into_iter()
            .map(|code| {
                let translated = read_locale(dir, &code)?;
                Ok(translation::status(
                    &code,
                    &english,
                    &translated,
                    &read_recorded(dir, &code),
                ))
            })
            .collect()
    };
    let statuses = match report() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("i18n: {e}");
            return EXIT_UNREADABLE;
        }
    };
    match format {
        OutputFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&statuses).unwrap_or_default()
        ),
        OutputFormat::Human => {
            for s in &statuses {
                println!(
                    "{}: {} of {} keys translated; {} missing, {} question texts pending, {} obsolete, {} changed in English since, {} never checked",
                    s.lang,
                    s.translated,
                    s.keys,
                    s.missing.len(),
                    s.questions_pending.len(),
                    s.obsolete.len(),
                    s.changed.len(),
                    s.unrecorded.len()
                );
                for (what, keys) in [
                    ("missing", &s.missing),
                    ("obsolete", &s.obsolete),
                    ("changed", &s.changed),
                    ("never checked", &s.unrecorded),
                ] {
                    for key in keys.iter().take(30) {
                        println!("  {what}: {key}");
                    }
                    if keys.len() > 30 {
                        println!("  {what}: … and {} more", keys.len() - 30);
                    }
                }
            }
        }
    }
    if check && !statuses.iter().all(Status::current) {
        return EXIT_FINDINGS;
    }
    EXIT_OK
}

fn accept(dir: &Path, code: &str, keys: &[String]) -> i32 {
    let result = || -> Result<usize, String> {
        if code == "en" {
            return Err("English is the source the others are translated from; accept a translation (`ar`, `fr`, …)".into());
        }
        let english = read_locale(dir, "en")?;
        let translated = read_locale(dir, code)?;
        let unknown: Vec<&String> = keys.iter().filter(|k| !english.contains_key(*k)).collect();
        if !unknown.is_empty() {
            return Err(format!("not keys of the English file: {unknown:?}"));
        }
        let mut recorded = read_recorded(dir, code);
        let done = translation::accept(&english, &translated, &mut recorded, keys);
        let path = dir.join(format!("{code}.sources"));
        write_atomically(&path, translation::write_sources(&recorded).as_bytes())
            .map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(done.len())
    };
    match result() {
        Ok(n) => {
            eprintln!("{code}: {n} translation(s) recorded as following the English as it stands");
            EXIT_OK
        }
        Err(e) => {
            eprintln!("i18n: {e}");
            EXIT_UNREADABLE
        }
    }
}
