//! `poa-report render FILE --to FORMAT -o OUT`: a valid report in another format.

use std::path::PathBuf;

use clap::ValueEnum;
use poa_report::document::LoadOptions;
use poa_report::finding::Severity;
use poa_report::model::Lang;
use poa_report::output_file::write_atomically;
use poa_report::render;
use poa_report::render::document::{DocLangs, DocView};
use poa_report::validate::validate_file;

use super::{EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE};

/// Output formats.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Target {
    Html,
    Pdf,
    Xlsx,
    Xml,
    Json,
}

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
    /// The report (YAML).
    file: PathBuf,
    /// Output format.
    #[arg(long, value_enum)]
    to: Target,
    /// Output file.
    #[arg(long, short)]
    output: PathBuf,
    /// Languages of a document (en, ar, or both side by side); for a workbook, ar makes sheets right-to-left.
    #[arg(long, value_enum, default_value = "en+ar")]
    lang: DocLang,
    /// Render even when the report has rule errors; the output is marked as a draft.
    #[arg(long)]
    allow_invalid: bool,
}

pub fn run(args: Args) -> i32 {
    let outcome = validate_file(&args.file, &LoadOptions::default());
    if let Some(error) = &outcome.load_error {
        eprintln!("{}: {}", args.file.display(), error.message);
        return EXIT_UNREADABLE;
    }
    let schema_errors = outcome
        .findings
        .iter()
        .filter(|f| f.finding.rule.starts_with("SCHEMA-"))
        .count();
    let errors = outcome.count(Severity::Error);
    let Some(report) = outcome.report.as_ref().filter(|_| schema_errors == 0) else {
        eprintln!(
            "{}: {schema_errors} schema error(s): the report cannot be rendered until they are fixed (run `poa-report validate`)",
            args.file.display()
        );
        return EXIT_FINDINGS;
    };
    if errors > 0 && !args.allow_invalid {
        eprintln!(
            "{}: {errors} error(s): fix them (see `poa-report validate`) or pass --allow-invalid for a draft",
            args.file.display()
        );
        return EXIT_FINDINGS;
    }
    let draft = errors > 0;
    let findings: Vec<_> = outcome.findings.iter().map(|l| l.finding.clone()).collect();
    let ui_lang = if args.lang == DocLang::Ar {
        Lang::Ar
    } else {
        Lang::En
    };
    let bytes = match args.to {
        Target::Xlsx => match render::xlsx::render(report, &findings, ui_lang) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("{}: cannot render: {e}", args.file.display());
                return EXIT_FINDINGS;
            }
        },
        Target::Html | Target::Pdf => {
            let langs = match args.lang {
                DocLang::En => DocLangs::En,
                DocLang::Ar => DocLangs::Ar,
                DocLang::EnAr => DocLangs::Both,
            };
            let view = render::document::view(report, &findings, langs, draft);
            let result = if args.to == Target::Html {
                render::html::render(&view).map(String::into_bytes)
            } else {
                render_pdf(&view)
            };
            match result {
                Ok(bytes) => bytes,
                Err(e) => {
                    eprintln!("{}: cannot render: {e}", args.file.display());
                    return EXIT_FINDINGS;
                }
            }
        }
        Target::Xml => render::xml::render(report, draft).into_bytes(),
        Target::Json => render::json::render(report).into_bytes(),
    };
    if let Err(e) = write_atomically(&args.output, &bytes) {
        eprintln!("{}: cannot write: {e}", args.output.display());
        return EXIT_UNREADABLE;
    }
    EXIT_OK
}

#[cfg(feature = "pdf")]
fn render_pdf(view: &DocView) -> Result<Vec<u8>, render::RenderError> {
    render::pdf::render(view)
}

#[cfg(not(feature = "pdf"))]
fn render_pdf(_view: &DocView) -> Result<Vec<u8>, render::RenderError> {
    Err(render::RenderError(
        "this build has no PDF support (built without the `pdf` feature)".into(),
    ))
}
