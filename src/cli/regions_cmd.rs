//! `poa-report regions`: the built-in region lists an analysis can use.

use poa_analysis::regions;
use poa_core::model::Lang;

use super::{EXIT_OK, OutputFormat, UiLang};

#[derive(clap::Args)]
pub struct Args {
    /// Language of names.
    #[arg(long, value_parser = UiLang::parse, default_value = "en")]
    lang: UiLang,
    /// `human` (a table) or `json` (every list with its members).
    #[arg(long, value_enum, default_value = "human")]
    format: OutputFormat,
}

pub fn run(args: Args) -> i32 {
    let lang: Lang = args.lang.into();
    let list = regions::built_in();
    let mut text = String::new();
    match args.format {
        OutputFormat::Json => {
            text = serde_json::to_string_pretty(&list).unwrap_or_default();
            text.push('\n');
        }
        OutputFormat::Human => {
            let word = |key: &str| poa_analysis::aggregate::html::word(lang, key);
            let width = list.iter().map(|r| r.id.len()).max().unwrap_or(2);
            text.push_str(&format!(
                "{:width$}  {:>4}  {:10}  {}\n",
                "id",
                word("members"),
                word("valid-on"),
                word("region")
            ));
            for r in &list {
                let kind = r
                    .kind
                    .as_deref()
                    .map(|k| format!(" ({})", word(&format!("kind-{k}"))))
                    .unwrap_or_default();
                text.push_str(&format!(
                    "{:width$}  {:>4}  {:10}  {}{kind}\n",
                    r.id,
                    r.members.len(),
                    r.valid_on,
                    r.name(lang)
                ));
            }
        }
    }
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes());
    EXIT_OK
}
