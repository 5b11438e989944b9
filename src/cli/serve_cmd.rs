//! `poa-report serve [REPORT.yaml]`: the report as a form in the browser.

use std::io::Write;
use std::net::IpAddr;
use std::path::PathBuf;

use poa_report::web::{self, Options};

use super::{EXIT_OK, EXIT_UNREADABLE, UiLang};

#[derive(clap::Args)]
pub struct Args {
    /// The report to edit; created from the skeleton if it does not exist.
    #[arg(default_value = "report.yaml")]
    report: PathBuf,
    /// Port (0: any free port).
    #[arg(long, default_value_t = 8470)]
    port: u16,
    /// Language of the form (switchable on every page).
    #[arg(long, value_enum, default_value = "en")]
    lang: UiLang,
    /// Listen on another address than 127.0.0.1 (anyone who can reach it can edit the file).
    #[arg(long)]
    listen: Option<IpAddr>,
    /// For a new file: the State's ISO 3166-1 alpha-3 code.
    #[arg(long, default_value = "XAA")]
    state: String,
    /// For a new file: the cycle.
    #[arg(long, default_value_t = 2026)]
    cycle: u16,
}

pub fn run(args: Args) -> i32 {
    if let Some(ip) = args.listen.filter(|ip| !ip.is_loopback()) {
        eprintln!(
            "warning: listening on {ip}: anyone who can reach this address can read and change {}",
            args.report.display()
        );
    }
    let options = Options {
        path: args.report.clone(),
        port: args.port,
        listen: args.listen,
        lang: args.lang.into(),
        state: args.state.to_ascii_uppercase(),
        cycle: args.cycle,
    };
    let file = args.report.display().to_string();
    let result = web::serve(options, |url| {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "serving {file} at {url} (Ctrl-C to stop)");
        let _ = out.flush();
    });
    match result {
        Ok(()) => EXIT_OK,
        Err(e) => {
            eprintln!("{e}");
            EXIT_UNREADABLE
        }
    }
}
