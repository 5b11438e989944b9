//! `poa-report serve [REPORT.yaml]`: the report as a form in the browser.

use std::io::Write;
use std::net::IpAddr;
use std::path::PathBuf;

use poa_web::Options;

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
    #[arg(long, value_parser = UiLang::parse, default_value = "en")]
    lang: UiLang,
    /// Listen on another address than 127.0.0.1 (0.0.0.0: every address of
    /// this machine); colleagues then need the link printed at start, which
    /// carries a secret access token.
    #[arg(long)]
    listen: Option<IpAddr>,
    /// A name colleagues reach this machine by (as in their browser's
    /// address bar), besides its addresses; may be repeated.
    #[arg(long = "public-host", value_name = "NAME")]
    public_hosts: Vec<String>,
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
            "listening on {ip}: share the link below only with colleagues who may change {} (it holds the access token; the connection is plain HTTP, so use a network you trust)",
            args.report.display()
        );
    }
    let options = Options {
        path: args.report.clone(),
        port: args.port,
        listen: args.listen,
        public_hosts: args.public_hosts,
        lang: args.lang.into(),
        state: args.state.to_ascii_uppercase(),
        cycle: args.cycle,
    };
    let file = args.report.display().to_string();
    let result = poa_web::serve(options, |url| {
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
