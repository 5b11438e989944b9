//! `poa-report render FILE --to FORMAT -o OUT`: a valid report in another format.

use std::path::{Path, PathBuf};

use clap::ValueEnum;
use poa_core::load::LoadOptions;
use poa_core::validate::validate_file;
use poa_formats::document::view::DocLangs;
use poa_formats::output_file::write_atomically;
use poa_formats::render;
use poa_formats::render::{Readiness, Target};

use super::batch::for_each_in_order;

use super::{EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, expand_inputs};
use super::{output_names, render_workers};

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
    /// Output file; for several reports, the directory they are written to (made if missing).
    #[arg(long, short)]
    output: PathBuf,
    #[command(flatten)]
    options: RenderOptions,
    /// Reports rendered at once (default: one per core).
    #[arg(long, short)]
    jobs: Option<usize>,
}

/// `--to`: the formats as the command line names them.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Html,
    Pdf,
    Xlsx,
    Xml,
    Json,
}

impl From<Format> for Target {
    fn from(format: Format) -> Target {
        match format {
            Format::Html => Target::Html,
            Format::Pdf => Target::Pdf,
            Format::Xlsx => Target::Xlsx,
            Format::Xml => Target::Xml,
            Format::Json => Target::Json,
        }
    }
}

/// How each report is rendered: shared by `render` and its worker processes.
#[derive(clap::Args)]
pub struct RenderOptions {
    /// Output format.
    #[arg(long, value_enum)]
    to: Format,
    /// Languages of a document (en, ar, or both side by side); for a workbook, ar makes sheets right-to-left.
    #[arg(long, value_enum, default_value = "en+ar")]
    lang: DocLang,
    /// Render even when the report has rule errors; the output is marked as a draft.
    #[arg(long)]
    allow_invalid: bool,
}

impl RenderOptions {
    /// The same options as command-line arguments, for a worker process.
    pub fn to_args(&self) -> Vec<String> {
        let name = |value: Option<clap::builder::PossibleValue>| {
            value.map_or_else(String::new, |v| v.get_name().to_owned())
        };
        let mut args = vec![
            "--to".to_owned(),
            name(self.to.to_possible_value()),
            "--lang".to_owned(),
            name(self.lang.to_possible_value()),
        ];
        if self.allow_invalid {
            args.push("--allow-invalid".to_owned());
        }
        args
    }
}

/// `render-worker`: renders reports named on standard input (see
/// `render_workers`); not for people.
#[derive(clap::Args)]
pub struct WorkerArgs {
    #[command(flatten)]
    options: RenderOptions,
}

/// What became of one report: the exit code, and the line to print on
/// standard error when it was not rendered (also a worker's answer).
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Outcome {
    pub code: i32,
    pub message: Option<String>,
}

/// Why a report was not rendered: the exit code and the message.
struct Refusal(i32, String);

pub fn run(args: Args) -> i32 {
    crate::keep_freed_memory();
    let options = &args.options;
    let single = args.files.len() == 1 && !args.files[0].is_dir();
    if single {
        // `-o` naming the report itself would replace it with the output.
        if let (Ok(input), Ok(output)) = (
            std::fs::canonicalize(&args.files[0]),
            std::fs::canonicalize(&args.output),
        ) && input == output
        {
            eprintln!(
                "{}: -o names the report itself; choose another output file",
                args.output.display()
            );
            return EXIT_UNREADABLE;
        }
        let outcome = render_to_file(&args.files[0], &args.output, options, false);
        if let Some(message) = outcome.message {
            eprintln!("{message}");
        }
        return outcome.code;
    }
    let files = match output_names::output_paths(
        &args.output,
        &expand_inputs(&args.files),
        Target::from(options.to).file_type().0,
    ) {
        Ok(files) => files,
        Err(message) => {
            eprintln!("{message}");
            return EXIT_UNREADABLE;
        }
    };
    if let Err(e) = std::fs::create_dir_all(&args.output) {
        eprintln!(
            "{}: cannot create the output directory: {e}",
            args.output.display()
        );
        return EXIT_UNREADABLE;
    }
    let mut worst = EXIT_OK;
    let mut rendered = 0;
    let mut sink = |(_, out): &(PathBuf, PathBuf), outcome: Outcome| {
        if let Some(message) = outcome.message {
            eprintln!("{message}");
        }
        if outcome.code == EXIT_OK {
            rendered += 1;
            println!("{}", out.display());
        }
        worst = worst.max(outcome.code);
    };
    // Each report is rendered and written on a worker; fonts, templates and
    // the schema are loaded once per worker for the whole batch. PDFs are
    // typeset in processes of their own (see `render_workers`).
    let workers = super::batch::threads(args.jobs, files.len());
    let in_processes = options.to == Format::Pdf
        && workers > 1
        && render_workers::render_all(&files, options, workers, &mut sink).is_some();
    if !in_processes {
        let indices: Vec<usize> = (0..files.len()).collect();
        for_each_in_order(
            &indices,
            Some(workers),
            Some("rendering"),
            |&i| (i, render_to_file(&files[i].0, &files[i].1, options, true)),
            |(i, outcome)| sink(&files[i], outcome),
        );
    }
    eprintln!("{rendered} of {} report(s) rendered", files.len());
    worst
}

/// `render-worker`: the other end of `render_workers`.
pub fn run_worker(args: WorkerArgs) -> i32 {
    crate::keep_freed_memory();
    render_workers::serve(&args.options)
}

/// Renders `file` and writes the result to `out` (atomically). In a batch
/// (`make_folder`), a folder mirrored under the output directory is made
/// when its first report is written, so refused reports leave no empty
/// folders; a single report's output folder must exist.
pub fn render_to_file(
    file: &Path,
    out: &Path,
    options: &RenderOptions,
    make_folder: bool,
) -> Outcome {
    let write = |bytes: &[u8]| {
        match out.parent() {
            Some(folder) if make_folder && !folder.as_os_str().is_empty() && !folder.is_dir() => {
                std::fs::create_dir_all(folder)?
            }
            _ => {}
        }
        write_atomically(out, bytes)
    };
    match render_one(file, options) {
        Ok(bytes) => match write(&bytes) {
            Ok(()) => Outcome {
                code: EXIT_OK,
                message: None,
            },
            Err(e) => Outcome {
                code: EXIT_UNREADABLE,
                message: Some(format!("{}: cannot write: {e}", out.display())),
            },
        },
        Err(Refusal(code, message)) => Outcome {
            code,
            message: Some(format!("{}: {message}", file.display())),
        },
    }
}

/// One report in the format asked for, or why not.
fn render_one(file: &Path, args: &RenderOptions) -> Result<Vec<u8>, Refusal> {
    let outcome = validate_file(file, &LoadOptions::default());
    if let Some(error) = &outcome.load_error {
        return Err(Refusal(EXIT_UNREADABLE, error.message.clone()));
    }
    let draft = match Readiness::of(&outcome) {
        Readiness::Blocked { schema_errors } => {
            return Err(Refusal(
                EXIT_FINDINGS,
                format!(
                    "{schema_errors} schema error(s): the report cannot be rendered until they are fixed (run `poa-report validate`)"
                ),
            ));
        }
        Readiness::Draft { errors } if !args.allow_invalid => {
            return Err(Refusal(
                EXIT_FINDINGS,
                format!(
                    "{errors} error(s): fix them (see `poa-report validate`) or pass --allow-invalid for a draft"
                ),
            ));
        }
        Readiness::Draft { .. } => true,
        Readiness::Final => false,
    };
    let Some(report) = outcome.report.as_ref() else {
        return Err(Refusal(
            EXIT_FINDINGS,
            "the report could not be built".into(),
        ));
    };
    let findings: Vec<_> = outcome.findings.iter().map(|l| l.finding.clone()).collect();
    let cannot = |e: render::RenderError| Refusal(EXIT_FINDINGS, format!("cannot render: {e}"));
    let langs = match args.lang {
        DocLang::En => DocLangs::En,
        DocLang::Ar => DocLangs::Ar,
        DocLang::EnAr => DocLangs::Both,
    };
    render::render_report(report, &findings, args.to.into(), langs, draft).map_err(cannot)
}
