//! Printing findings: excerpts with the span underlined, or stable JSON.
//!
//! The JSON format (`poa-report-findings/1`) is documented in the README;
//! changing a field name is a breaking change.

use std::io::{self, Write};

use codespan_reporting::diagnostic::{Diagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config, termcolor};
use poa_core::catalogue;
use poa_core::finding::Severity;
use poa_core::i18n;
use poa_core::model::Lang;
use poa_core::validate::FileOutcome;
use serde::Serialize;
use serde_json::json;

/// When to colour human output.
#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    pub fn enabled(self, is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_terminal && std::env::var_os("NO_COLOR").is_none(),
        }
    }
}

/// "3 error(s)" and its kin in `lang`, in the plural form the count takes.
fn counted(lang: Lang, key: &str, count: usize) -> String {
    i18n::format(lang, key, &[("count", count.to_string())])
}

/// One file in human form: a line for a load error, or an excerpt per finding and a summary.
pub fn write_human(
    out: &mut dyn Write,
    outcome: &FileOutcome,
    lang: Lang,
    color: bool,
    verbose: bool,
) -> io::Result<()> {
    if let Some(error) = &outcome.load_error {
        let place = error
            .pos
            .map(|p| format!(":{}:{}", p.line, p.column))
            .unwrap_or_default();
        let label = Severity::Error.label(lang);
        return writeln!(
            out,
            "{}{place}: {label}[{}]: {}",
            outcome.name,
            error.id,
            error.localized(lang)
        );
    }
    let text = outcome.text.as_deref().unwrap_or("");
    let file = SimpleFile::new(outcome.name.as_str(), text);
    let config = Config::default();
    let mut buffer = if color {
        termcolor::Buffer::ansi()
    } else {
        termcolor::Buffer::no_color()
    };
    let mut unanswered = 0;
    for located in &outcome.findings {
        let f = &located.finding;
        if f.severity == Severity::Info && !verbose {
            unanswered += 1;
            continue;
        }
        let severity = match f.severity {
            Severity::Error => CsSeverity::Error,
            Severity::Warning => CsSeverity::Warning,
            Severity::Info => CsSeverity::Note,
        };
        let (start, end) = (
            located.span.start.offset,
            located.span.end.offset.max(located.span.start.offset),
        );
        let mut diagnostic = Diagnostic::new(severity)
            .with_code(f.rule)
            .with_message(f.message.get(lang))
            .with_labels(vec![Label::primary((), start..end)]);
        if let Some(item) = catalogue::item_at(&f.pointer) {
            diagnostic = diagnostic.with_notes(vec![format!(
                "{} {} ({})",
                catalogue::word("question", lang),
                item.number,
                item.id
            )]);
        }
        term::emit_to_write_style(&mut buffer, &config, &file, &diagnostic)
            .map_err(io::Error::other)?;
    }
    out.write_all(buffer.as_slice())?;
    let (errors, warnings) = (
        outcome.count(Severity::Error),
        outcome.count(Severity::Warning),
    );
    let status = if errors == 0 {
        format!(" — {}", i18n::text(lang, "cli-valid"))
    } else {
        String::new()
    };
    let comma = i18n::text(lang, "phrase-list-separator").trim_end();
    let unanswered_note = if unanswered > 0 {
        format!(
            "{comma} {} (--verbose)",
            counted(lang, "cli-unanswered", unanswered)
        )
    } else {
        String::new()
    };
    let e = counted(lang, "cli-errors", errors);
    let w = counted(lang, "cli-warnings", warnings);
    writeln!(
        out,
        "{}: {e}{comma} {w}{unanswered_note}{status}",
        outcome.name
    )
}

/// The JSON document (format `poa-report-findings/1`), written one file at a
/// time so a batch never has to be held whole. The output is the same as
/// pretty-printing the whole document at once.
pub struct JsonStream {
    lang: Lang,
    files: usize,
}

impl JsonStream {
    pub fn start(out: &mut dyn Write, lang: Lang) -> io::Result<JsonStream> {
        write!(
            out,
            "{{\n  \"format\": \"poa-report-findings/1\",\n  \"lang\": {},\n  \"files\": [",
            json!(lang.code())
        )?;
        Ok(JsonStream { lang, files: 0 })
    }

    pub fn file(&mut self, out: &mut dyn Write, outcome: &FileOutcome) -> io::Result<()> {
        let text = serde_json::to_vec_pretty(&FileEntry::of(outcome, self.lang))
            .map_err(io::Error::other)?;
        out.write_all(if self.files == 0 {
            b"\n    "
        } else {
            b",\n    "
        })?;
        // Every line indented by four spaces (the entry sits two levels deep);
        // pretty-printed JSON has no raw newline inside a string.
        let mut lines = text.split(|&b| b == b'\n');
        if let Some(first) = lines.next() {
            out.write_all(first)?;
        }
        for line in lines {
            out.write_all(b"\n    ")?;
            out.write_all(line)?;
        }
        self.files += 1;
        Ok(())
    }

    pub fn finish(self, out: &mut dyn Write) -> io::Result<()> {
        if self.files > 0 {
            out.write_all(b"\n  ")?;
        }
        writeln!(out, "]\n}}")
    }
}

/// One file's entry of the JSON document (fields in the order they print).
#[derive(Serialize)]
struct FileEntry<'a> {
    file: &'a str,
    valid: bool,
    errors: usize,
    warnings: usize,
    infos: usize,
    load_error: Option<LoadErrorEntry<'a>>,
    findings: Vec<FindingEntry<'a>>,
}

#[derive(Serialize)]
struct LoadErrorEntry<'a> {
    rule: &'a str,
    message: &'a str,
    line: Option<usize>,
    column: Option<usize>,
}

#[derive(Serialize)]
struct FindingEntry<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    pointer: &'a str,
    rule: &'a str,
    severity: &'a str,
    message: &'a str,
    question: Option<QuestionEntry>,
}

#[derive(Serialize)]
struct QuestionEntry {
    number: &'static str,
    id: &'static str,
}

impl<'a> FileEntry<'a> {
    fn of(o: &'a FileOutcome, lang: Lang) -> Self {
        FileEntry {
            file: &o.name,
            valid: o.is_valid(),
            errors: o.count(Severity::Error),
            warnings: o.count(Severity::Warning),
            infos: o.count(Severity::Info),
            load_error: o.load_error.as_ref().map(|e| LoadErrorEntry {
                rule: e.id,
                message: &e.message,
                line: e.pos.map(|p| p.line),
                column: e.pos.map(|p| p.column),
            }),
            findings: o
                .findings
                .iter()
                .map(|l| FindingEntry {
                    file: &o.name,
                    line: l.span.start.line,
                    column: l.span.start.column,
                    end_line: l.span.end.line,
                    end_column: l.span.end.column,
                    pointer: &l.finding.pointer,
                    rule: l.finding.rule,
                    severity: l.finding.severity.code(),
                    message: l.finding.message.get(lang),
                    question: catalogue::item_at(&l.finding.pointer).map(|item| QuestionEntry {
                        number: item.number,
                        id: item.id,
                    }),
                })
                .collect(),
        }
    }
}

/// One file's entry as a JSON value (the stream's tests compare with it).
#[cfg(test)]
fn file_json(o: &FileOutcome, lang: Lang) -> serde_json::Value {
    serde_json::to_value(FileEntry::of(o, lang)).expect("entries serialise")
}

#[cfg(test)]
mod tests {
    use super::*;
    use poa_core::load::LoadOptions;
    use poa_core::validate::validate_text;

    /// Written a file at a time, the document is byte for byte what
    /// pretty-printing it whole gives.
    #[test]
    fn the_json_stream_equals_the_whole_document() {
        let outcomes = [
            validate_text("a.yaml", "format: poa-report/1\n", &LoadOptions::default()),
            validate_text("b.yaml", ": not yaml [", &LoadOptions::default()),
        ];
        for files in [&outcomes[..0], &outcomes[..1], &outcomes[..]] {
            let mut streamed = Vec::new();
            let mut stream = JsonStream::start(&mut streamed, Lang::Ar).unwrap();
            for o in files {
                stream.file(&mut streamed, o).unwrap();
            }
            stream.finish(&mut streamed).unwrap();
            let whole = json!({
                "format": "poa-report-findings/1",
                "lang": "ar",
                "files": files.iter().map(|o| file_json(o, Lang::Ar)).collect::<Vec<_>>(),
            });
            let expected = format!("{}\n", serde_json::to_string_pretty(&whole).unwrap());
            assert_eq!(String::from_utf8(streamed).unwrap(), expected);
        }
    }
}
