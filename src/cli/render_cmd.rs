//! `poa-report render FILE --to FORMAT -o OUT`: a valid report in another format.

use std::path::{Path, PathBuf};

use clap::ValueEnum;
use poa_report::document::LoadOptions;
use poa_report::finding::Severity;
use poa_report::output_file::write_atomically;
use poa_report::render;
use poa_report::render::Target;
use poa_report::render::document::DocLangs;
use poa_report::validate::validate_file;

use poa_report::batch::for_each_in_order;

use super::{EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, expand_inputs};

/// Languages of a rendered document.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum DocLang {
    En,
    Ar,
    #[value(name = "en+ar")]
    EnAr,
}

#[derive(clap::Args)]
pub struct Args {
    /// The report (YAML); several files or directories render each report into the
    /// directory `-o` names, in parallel (a secretariat publishing a cycle).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum)]
    to: Target,
    /// Output file; for several reports, the directory they are written to (made if missing).
    #[arg(long, short)]
    output: PathBuf,
    /// Languages of a document (en, ar, or both side by side); for a workbook, ar makes sheets right-to-left.
    #[arg(long, value_enum, default_value = "en+ar")]
    lang: DocLang,
    /// Render even when the report has rule errors; the output is marked as a draft.
    #[arg(long)]
    allow_invalid: bool,
    /// Reports rendered at once (default: one per core).
    #[arg(long, short)]
    jobs: Option<usize>,
}

/// Why a report was not rendered: the exit code and the message.
struct Refusal(i32, String);

pub fn run(args: Args) -> i32 {
    crate::keep_freed_memory();
    let single = args.files.len() == 1 && !args.files[0].is_dir();
    if single {
        let file = &args.files[0];
        return match render_one(file, &args) {
            Ok(bytes) => write(&args.output, &bytes),
            Err(Refusal(code, message)) => {
                eprintln!("{}: {message}", file.display());
                code
            }
        };
    }
    let files = expand_inputs(&args.files);
    if let Err(e) = std::fs::create_dir_all(&args.output) {
        eprintln!(
            "{}: cannot create the output directory: {e}",
            args.output.display()
        );
        return EXIT_UNREADABLE;
    }
    let mut worst = EXIT_OK;
    let mut rendered = 0;
    // Each report is rendered and written on the pool; fonts, templates and
    // the schema are loaded once for the whole batch.
    for_each_in_order(
        &files,
        args.jobs,
        Some("rendering"),
        |file| {
            let out = output_path(&args.output, file, args.to);
            let code = match render_one(file, &args) {
                Ok(bytes) => write(&out, &bytes),
                Err(Refusal(code, message)) => {
                    eprintln!("{}: {message}", file.display());
                    code
                }
            };
            (code, out)
        },
        |(code, out)| {
            if code == EXIT_OK {
                rendered += 1;
                println!("{}", out.display());
            }
            worst = worst.max(code);
        },
    );
    eprintln!("{rendered} of {} report(s) rendered", files.len());
    worst
}

/// `OUTDIR/<file stem>.<ext>`.
fn output_path(dir: &Path, input: &Path, to: Target) -> PathBuf {
    let stem = input
        .file_stem()
        .map_or_else(|| "report".into(), |s| s.to_string_lossy().into_owned());
    dir.join(format!("{stem}.{}", to.file_type().0))
}

fn write(path: &Path, bytes: &[u8]) -> i32 {
    match write_atomically(path, bytes) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            eprintln!("{}: cannot write: {e}", path.display());
            EXIT_UNREADABLE
        }
    }
}

/// One report in the format asked for, or why not.
fn render_one(file: &Path, args: &Args) -> Result<Vec<u8>, Refusal> {
    let outcome = validate_file(file, &LoadOptions::default());
    if let Some(error) = &outcome.load_error {
        return Err(Refusal(EXIT_UNREADABLE, error.message.clone()));
    }
    let schema_errors = outcome
        .findings
        .iter()
        .filter(|f| f.finding.rule.starts_with("SCHEMA-"))
        .count();
    let errors = outcome.count(Severity::Error);
    let Some(report) = outcome.report.as_ref().filter(|_| schema_errors == 0) else {
        return Err(Refusal(
            EXIT_FINDINGS,
            format!(
                "{schema_errors} schema error(s): the report cannot be rendered until they are fixed (run `poa-report validate`)"
            ),
        ));
    };
    if errors > 0 && !args.allow_invalid {
        return Err(Refusal(
            EXIT_FINDINGS,
            format!(
                "{errors} error(s): fix them (see `poa-report validate`) or pass --allow-invalid for a draft"
            ),
        ));
    }
    let draft = errors > 0;
    let findings: Vec<_> = outcome.findings.iter().map(|l| l.finding.clone()).collect();
    let cannot = |e: render::RenderError| Refusal(EXIT_FINDINGS, format!("cannot render: {e}"));
    let langs = match args.lang {
        DocLang::En => DocLangs::En,
        DocLang::Ar => DocLangs::Ar,
        DocLang::EnAr => DocLangs::Both,
    };
    render::render_report(report, &findings, args.to, langs, draft).map_err(cannot)
}
