//! `validate --format sarif`: the findings as SARIF 2.1.0, the format GitHub
//! code scanning and other review tools read.
//!
//! One run: our rules (the cross-section rules, the schema's findings and
//! the reading errors) as `tool.driver.rules` with their help and sources,
//! then one result per finding with its exact region and the question's
//! number. Like the JSON document, it is written a file at a time, so a
//! batch is never held whole.

use std::collections::HashMap;
use std::io::{self, Write};

use serde_json::{Value, json};

use poa_core::catalogue;
use poa_core::finding::Severity;
use poa_core::i18n;
use poa_core::load::localized_load_error;
use poa_core::model::Lang;
use poa_core::rules::registry;
use poa_core::schema::{SCHEMA_FINDINGS, schema_finding_summary};
use poa_core::validate::FileOutcome;

/// Where the published schema is (what `$schema` names).
const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The SARIF level of a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// One rule descriptor.
fn descriptor(id: &str, summary: &str, sources: &[&str], severity: Severity, lang: Lang) -> Value {
    let mut help = summary.to_owned();
    if !sources.is_empty() {
        help.push_str(&format!(
            "\n{}: {}",
            catalogue::word("sources", lang),
            sources.join(", ")
        ));
    }
    json!({
        "id": id,
        "shortDescription": { "text": summary },
        "help": { "text": help },
        "defaultConfiguration": { "level": level(severity) },
        "properties": { "sources": sources },
    })
}

/// Every rule a result can name, in the order of `tool.driver.rules`.
fn rules(lang: Lang) -> Vec<Value> {
    let mut all: Vec<Value> = registry()
        .iter()
        .map(|r| descriptor(r.id, r.summary(lang), r.sources, r.severity, lang))
        .collect();
    all.extend(SCHEMA_FINDINGS.iter().map(|id| {
        descriptor(
            id,
            schema_finding_summary(id, lang),
            &["JSON Schema"],
            Severity::Error,
            lang,
        )
    }));
    let mut reading: Vec<&str> = i18n::messages(Lang::En)
        .keys()
        .filter_map(|key| key.strip_prefix("load-"))
        .collect();
    reading.sort_unstable();
    all.extend(reading.into_iter().map(|id| {
        descriptor(
            id,
            i18n::text(lang, &format!("load-{id}")),
            &[],
            Severity::Error,
            lang,
        )
    }));
    all
}

/// A file name as a URI reference: relative names stay relative (with `/`),
/// absolute ones become `file://` URIs; everything but letters, digits,
/// `-._~` and `/` is percent-encoded (spaces, Arabic letters).
pub fn file_uri(name: &str) -> String {
    let path = name.replace('\\', "/");
    let encoded: String = path
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect();
    if path.starts_with('/') {
        format!("file://{encoded}")
    } else {
        encoded
    }
}

/// The SARIF log, written a file at a time.
pub struct SarifStream {
    lang: Lang,
    index: HashMap<String, usize>,
    results: usize,
}

impl SarifStream {
    pub fn start(out: &mut dyn Write, lang: Lang) -> io::Result<SarifStream> {
        let rules = rules(lang);
        let index = rules
            .iter()
            .enumerate()
            .filter_map(|(i, r)| Some((r["id"].as_str()?.to_owned(), i)))
            .collect();
        let tool = json!({
            "driver": {
                "name": "poa-report",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "language": lang.code(),
                "rules": rules,
            }
        });
        write!(
            out,
            "{{\n  \"$schema\": {},\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {{\n      \"tool\": {},\n      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [",
            json!(SCHEMA),
            serde_json::to_string(&tool).map_err(io::Error::other)?
        )?;
        Ok(SarifStream {
            lang,
            index,
            results: 0,
        })
    }

    fn result(&self, rule: &str, severity: Severity, message: String, uri: &str) -> Value {
        let mut result = json!({
            "ruleId": rule,
            "level": level(severity),
            "message": { "text": message },
            "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri } } }],
        });
        if let Some(i) = self.index.get(rule) {
            result["ruleIndex"] = json!(i);
        }
        result
    }

    fn write(&mut self, out: &mut dyn Write, result: &Value) -> io::Result<()> {
        out.write_all(if self.results == 0 {
            b"\n        "
        } else {
            b",\n        "
        })?;
        serde_json::to_writer(&mut *out, result).map_err(io::Error::other)?;
        self.results += 1;
        Ok(())
    }

    /// The results of one file.
    pub fn file(&mut self, out: &mut dyn Write, outcome: &FileOutcome) -> io::Result<()> {
        let uri = file_uri(&outcome.name);
        if let Some(e) = &outcome.load_error {
            let mut result = self.result(
                e.id,
                Severity::Error,
                localized_load_error(e.id, &e.message, self.lang),
                &uri,
            );
            if let Some(pos) = e.pos {
                result["locations"][0]["physicalLocation"]["region"] =
                    json!({ "startLine": pos.line, "startColumn": pos.column });
            }
            self.write(out, &result)?;
        }
        for located in &outcome.findings {
            let f = &located.finding;
            let question = catalogue::item_at(&f.pointer);
            let mut message = f.message.get(self.lang).to_owned();
            if let Some(item) = &question {
                message.push_str(&format!(
                    " ({} {})",
                    catalogue::word("question", self.lang),
                    item.number
                ));
            }
            let mut result = self.result(f.rule, f.severity, message, &uri);
            let (start, end) = (&located.span.start, &located.span.end);
            result["locations"][0]["physicalLocation"]["region"] = json!({
                "startLine": start.line,
                "startColumn": start.column,
                "endLine": end.line,
                "endColumn": end.column,
            });
            result["properties"] = json!({
                "pointer": f.pointer,
                "question": question.map(|item| json!({ "number": item.number, "id": item.id })),
            });
            self.write(out, &result)?;
        }
        Ok(())
    }

    pub fn finish(self, out: &mut dyn Write) -> io::Result<()> {
        if self.results > 0 {
            out.write_all(b"\n      ")?;
        }
        writeln!(out, "]\n    }}\n  ]\n}}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_uri_references() {
        assert_eq!(file_uri("samples/a.yaml"), "samples/a.yaml");
        assert_eq!(file_uri("/tmp/x y.yaml"), "file:///tmp/x%20y.yaml");
        assert_eq!(
            file_uri("تقرير.yaml"),
            "%D8%AA%D9%82%D8%B1%D9%8A%D8%B1.yaml"
        );
        assert_eq!(file_uri("dir\\r#1.yaml"), "dir/r%231.yaml");
    }

    #[test]
    fn every_rule_is_described_once() {
        let rules = rules(Lang::En);
        let mut ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count, "no id twice");
        for id in ["POC-001", "YAML-001", "FILE-004"] {
            assert!(ids.contains(&id), "{id}");
        }
        assert!(
            rules
                .iter()
                .all(|r| !r["help"]["text"].as_str().unwrap().is_empty())
        );
    }
}
