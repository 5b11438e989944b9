//! Rendering one report to one file, with the options `render` and its
//! worker processes share: used by `render_cmd` (one report, or a batch on
//! threads) and `render_workers` (a batch in processes), so neither needs
//! the other's insides.

use std::path::Path;

use clap::ValueEnum;
use poa_core::load::LoadOptions;
use poa_core::validate::validate_file;
use poa_formats::document::view::DocLangs;
use poa_formats::output_file::write_atomically;
use poa_formats::render;
use poa_formats::render::{Readiness, Target};

use super::{EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE};

/// `--to`: the formats as the command line names them.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Html,
    Pdf,
    Xlsx,
    Xml,
    Json,
    Docx,
}

impl From<Format> for Target {
    fn from(format: Format) -> Target {
        match format {
            Format::Html => Target::Html,
            Format::Pdf => Target::Pdf,
            Format::Xlsx => Target::Xlsx,
            Format::Xml => Target::Xml,
            Format::Json => Target::Json,
            Format::Docx => Target::Docx,
        }
    }
}

/// How each report is rendered: shared by `render` and its worker processes.
#[derive(clap::Args)]
pub struct RenderOptions {
    /// Output format.
    #[arg(long, value_enum)]
    pub to: Format,
    /// Languages of a document: one (`fr`) or two side by side (`fr+ar`), any
    /// the program speaks (en, ar, fr, es, ru, zh); a workbook's sheets are in
    /// the first (right to left for ar), its labels in both.
    #[arg(long, value_parser = DocLangs::parse, default_value = "en+ar")]
    lang: DocLangs,
    /// Render even when the report has rule errors; the output is marked as a draft.
    #[arg(long)]
    allow_invalid: bool,
    /// A PDF conforming to a standard: a-2b (PDF/A-2b, for the archive) or
    /// ua-1 (PDF/UA-1, accessible).
    #[arg(long, value_enum)]
    pdf_standard: Option<PdfStandardArg>,
}

/// `--pdf-standard` values.
#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum PdfStandardArg {
    #[value(name = "a-2b")]
    A2b,
    #[value(name = "ua-1")]
    Ua1,
}

impl From<PdfStandardArg> for render::PdfStandard {
    fn from(arg: PdfStandardArg) -> render::PdfStandard {
        match arg {
            PdfStandardArg::A2b => render::PdfStandard::A2b,
            PdfStandardArg::Ua1 => render::PdfStandard::Ua1,
        }
    }
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
            self.lang.code(),
        ];
        if self.allow_invalid {
            args.push("--allow-invalid".to_owned());
        }
        if let Some(standard) = self.pdf_standard {
            args.push("--pdf-standard".to_owned());
            args.push(name(standard.to_possible_value()));
        }
        args
    }
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
    let langs = args.lang;
    render::render_report_as(
        report,
        &findings,
        args.to.into(),
        langs,
        draft,
        args.pdf_standard.map(Into::into),
    )
    .map_err(cannot)
}
