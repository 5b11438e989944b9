//! `poa-report rules`: the rule catalogue, in English or Arabic, as a table or JSON.

use poa_core::finding::Severity;
use poa_core::model::Lang;
use poa_core::rules::registry;
use poa_core::schema::{SCHEMA_FINDINGS, schema_finding_summary};
use serde_json::json;

use super::{EXIT_OK, OutputFormat, UiLang};

#[derive(clap::Args)]
pub struct Args {
    /// Language of the descriptions.
    #[arg(long, value_parser = UiLang::parse, default_value = "en")]
    lang: UiLang,
    /// human (a table) or json.
    #[arg(long, value_enum, default_value = "human")]
    format: OutputFormat,
}

pub fn run(args: Args) -> i32 {
    let lang: Lang = args.lang.into();
    match args.format {
        OutputFormat::Json => {
            let rules: Vec<_> = registry()
                .iter()
                .map(|r| {
                    json!({
                        "id": r.id,
                        "severity": r.severity.code(),
                        "sources": r.sources,
                        "summary": { "en": r.summary(Lang::En), "ar": r.summary(Lang::Ar) },
                        "message": { "en": r.message(Lang::En), "ar": r.message(Lang::Ar) },
                    })
                })
                .collect();
            let schema: Vec<_> = SCHEMA_FINDINGS
                .iter()
                .map(|id| {
                    json!({ "id": id, "severity": "error", "summary": {
                    "en": schema_finding_summary(id, Lang::En),
                    "ar": schema_finding_summary(id, Lang::Ar),
                } })
                })
                .collect();
            let doc = json!({ "rules": rules, "schema_findings": schema });
            println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
        OutputFormat::Human => {
            for r in registry() {
                println!(
                    "{:<10} {:<8} {:<28} {}",
                    r.id,
                    r.severity.label(lang),
                    r.sources.join(", "),
                    r.summary(lang)
                );
            }
            for id in SCHEMA_FINDINGS {
                println!(
                    "{:<10} {:<8} {:<28} {}",
                    id,
                    Severity::Error.label(lang),
                    "JSON Schema",
                    schema_finding_summary(id, lang)
                );
            }
        }
    }
    EXIT_OK
}
