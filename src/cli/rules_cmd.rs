//! `poa-report rules`: the rule catalogue, in English or Arabic, as a table or JSON.

use poa_report::finding::Severity;
use poa_report::model::Lang;
use poa_report::rules::registry;
use poa_report::schema::SCHEMA_FINDINGS;
use serde_json::json;

use super::{EXIT_OK, OutputFormat, UiLang};

#[derive(clap::Args)]
pub struct Args {
    /// Language of the descriptions.
    #[arg(long, value_enum, default_value = "en")]
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
                .map(|(id, en, ar)| json!({ "id": id, "severity": "error", "summary": { "en": en, "ar": ar } }))
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
            for (id, en, ar) in SCHEMA_FINDINGS {
                println!(
                    "{:<10} {:<8} {:<28} {}",
                    id,
                    Severity::Error.label(lang),
                    "JSON Schema",
                    if lang == Lang::Ar { ar } else { en }
                );
            }
        }
    }
    EXIT_OK
}
