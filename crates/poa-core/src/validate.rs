//! Validation of one file: schema findings and rule findings, placed in the text.
//!
//! This is where the one-way flow meets: text → spanned tree → JSON value →
//! schema findings → typed model (the whole report when the caller keeps
//! it; its front matter for the rules) → rule findings → positions.
//! Positions are computed here and only here, from the tree, by
//! [`crate::yaml::Node::locate`].

use std::path::Path;

use crate::finding::{Finding, Severity};
use crate::load::{self, Document, LoadError, LoadOptions, Source};
use crate::model::{Front, Report};
use crate::yaml::Span;
use crate::{rules, schema};
use serde::Deserialize;

/// A finding with its place in the text.
#[derive(Debug, Clone)]
pub struct Located {
    pub finding: Finding,
    pub span: Span,
}

/// Everything validation found out about one file.
#[derive(Debug)]
pub struct FileOutcome {
    /// The file name as given.
    pub name: String,
    /// The text, when it could be read (for excerpts).
    pub text: Option<String>,
    /// Why the file could not be read or parsed, if it could not.
    pub load_error: Option<LoadError>,
    /// Findings, sorted by position.
    pub findings: Vec<Located>,
    /// The typed report, when the schema let it be built.
    pub report: Option<Report>,
}

impl FileOutcome {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.finding.severity == severity)
            .count()
    }

    /// True when the file has no load error and no error findings.
    pub fn is_valid(&self) -> bool {
        self.load_error.is_none() && self.count(Severity::Error) == 0
    }
}

/// What a caller keeps of a validation besides the findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// The typed report too (rendering, aggregation, the web form).
    Report,
    /// Findings only: the typed report is not built when the schema passes
    /// (nearly all of a report's text is in its sections, and copying it
    /// into typed values was the largest cost of validation after parsing).
    Findings,
}

/// Reads and validates a file, keeping the typed report.
pub fn validate_file(path: &Path, options: &LoadOptions) -> FileOutcome {
    validate_file_keeping(path, options, Keep::Report)
}

/// Reads and validates a file, keeping what `keep` says.
pub fn validate_file_keeping(path: &Path, options: &LoadOptions, keep: Keep) -> FileOutcome {
    match load::read_source(path, options) {
        Ok(source) => validate_source(source, options, keep),
        Err(error) => FileOutcome {
            name: path.display().to_string(),
            text: None,
            load_error: Some(error),
            findings: Vec::new(),
            report: None,
        },
    }
}

/// Reads and parses a file (the YAML loader with spans) and does nothing
/// else: the floor that validation's cost is measured against.
pub fn parse_file(path: &Path, options: &LoadOptions) -> FileOutcome {
    let outcome = |name, text, load_error| FileOutcome {
        name,
        text,
        load_error,
        findings: Vec::new(),
        report: None,
    };
    match load::read_source(path, options) {
        Ok(source) => match load::parse_source(source, options) {
            Ok(doc) => outcome(doc.source.name, None, None),
            Err((source, error)) => outcome(source.name, None, Some(error)),
        },
        Err(error) => outcome(path.display().to_string(), None, Some(error)),
    }
}

/// Validates text already read (`name` is used in messages), keeping the typed report.
pub fn validate_text(name: &str, text: &str, options: &LoadOptions) -> FileOutcome {
    validate_text_keeping(name, text, options, Keep::Report)
}

/// Validates text already read, keeping what `keep` says.
pub fn validate_text_keeping(
    name: &str,
    text: &str,
    options: &LoadOptions,
    keep: Keep,
) -> FileOutcome {
    validate_source(
        Source {
            name: name.to_owned(),
            text: text.to_owned(),
        },
        options,
        keep,
    )
}

fn validate_source(source: Source, options: &LoadOptions, keep: Keep) -> FileOutcome {
    match load::parse_source(source, options) {
        Ok(doc) => validate_document_keeping(doc, keep),
        Err((source, error)) => FileOutcome {
            name: source.name,
            text: Some(source.text),
            load_error: Some(error),
            findings: Vec::new(),
            report: None,
        },
    }
}

/// Validates a parsed document, keeping the typed report.
pub fn validate_document(doc: Document) -> FileOutcome {
    validate_document_keeping(doc, Keep::Report)
}

/// Validates a parsed document, keeping what `keep` says.
pub(crate) fn validate_document_keeping(mut doc: Document, keep: Keep) -> FileOutcome {
    let mut json = doc.tree.take_json(&doc.source.text);
    let mut findings = schema::check(&json);
    // Drop what the schema rejected so the rules can still look at the rest.
    let removed = schema::prune(&mut json, &findings);
    let rejected: Vec<String> = findings.iter().map(|f| f.pointer.clone()).collect();
    // The rules run when the typed report can be built. A document the
    // schema passes always can be (the schema is generated from the types),
    // so it is built only when kept, or when the schema pruned something
    // and whether what is left still makes a report decides. Deserialised
    // from a borrow: the tree is not copied.
    let report = (keep == Keep::Report || !findings.is_empty())
        .then(|| Report::deserialize(&json).ok())
        .flatten();
    let rules_apply = report.is_some() || (findings.is_empty() && keep == Keep::Findings);
    if rules_apply && let Ok(front) = Front::deserialize(&json) {
        let mut found = rules::run(&front, &json, &rejected, Some(&doc.source.text));
        // Only after a list entry was pruned do pointers need mapping back.
        if !removed.is_empty() {
            for finding in &mut found {
                finding.pointer = removed.original(&finding.pointer);
            }
        }
        findings.extend(found);
    }
    let report = report.filter(|_| keep == Keep::Report);
    let mut located: Vec<Located> = findings
        .into_iter()
        .map(|finding| Located {
            span: doc
                .tree
                .locate(&doc.source.text, &finding.pointer, finding.target),
            finding,
        })
        .collect();
    located.sort_by(|a, b| {
        (a.span.start.offset, a.finding.severity, a.finding.rule).cmp(&(
            b.span.start.offset,
            b.finding.severity,
            b.finding.rule,
        ))
    });
    FileOutcome {
        name: doc.source.name,
        text: Some(doc.source.text),
        load_error: None,
        findings: located,
        report,
    }
}
