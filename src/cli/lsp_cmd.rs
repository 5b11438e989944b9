//! `poa-report lsp`: the language server, on standard input and output, for
//! editors (see the README's "In an editor").

use std::path::Path;
use std::time::Duration;

use poa_core::model::Lang;

use super::{EXIT_OK, EXIT_UNREADABLE, UiLang};

#[derive(clap::Args)]
pub struct Args {
    /// Language of messages when the client names none (`initializationOptions.lang` or its locale win).
    #[arg(long, value_parser = UiLang::parse)]
    lang: Option<UiLang>,
    /// Quiet time after typing before the file is validated again, in milliseconds.
    #[arg(long, default_value_t = 150)]
    debounce_ms: u64,
    /// Link of the rules' documentation shown with each finding (default:
    /// docs/format.md#rules of the source tree the program was built from,
    /// when it is still there).
    #[arg(long)]
    rules_url: Option<String>,
    /// Accepted and ignored: clients that start servers with `--stdio`.
    #[arg(long, hide = true)]
    stdio: bool,
}

pub fn run(args: Args) -> i32 {
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/format.md");
    let options = poa_lsp::Options {
        lang: args.lang.map_or(Lang::En, Lang::from),
        debounce: Duration::from_millis(args.debounce_ms.min(10_000)),
        rules_url: args.rules_url.or_else(|| {
            rules.exists().then(|| {
                format!(
                    "{}#rules",
                    super::sarif::file_uri(&rules.display().to_string())
                )
            })
        }),
    };
    match poa_lsp::serve_stdio(options) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            eprintln!("lsp: {e}");
            EXIT_UNREADABLE
        }
    }
}
