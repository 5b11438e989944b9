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
    let pick = |pair: [&'static str; 2]| if lang == Lang::Ar { pair[1] } else { pair[0] };
    match args.format {
        OutputFormat::Json => {
            let rules: Vec<_> = registry()
                .iter()
                .map(|r| {
                    json!({
                        "id": r.id,
                        "severity": r.severity.code(),
                        "sources": r.sources,
                        "summary": { "en": r.summary[0], "ar": r.summary[1] },
                        "message": { "en": r.message[0], "ar": r.message[1] },
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
                    pick(r.summary)
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
