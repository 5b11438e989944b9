//! `poa-report portal --store URL`: the submission portal (see poa-portal).

use std::io::Write;
use std::net::IpAddr;

use poa_portal::Options;

use super::{EXIT_OK, EXIT_UNREADABLE, UiLang};

#[derive(clap::Args)]
pub struct Args {
    /// The store to receive submissions in (created if missing): a file path, sqlite:PATH or postgres://….
    #[arg(long, default_value = "poa-reports.sqlite")]
    store: String,
    /// Port (0: any free port).
    #[arg(long, default_value_t = 8480)]
    port: u16,
    /// Listen on another address than 127.0.0.1 (usually a TLS reverse
    /// proxy on the same machine forwards to 127.0.0.1 instead).
    #[arg(long)]
    listen: Option<IpAddr>,
    /// The address people open (https://… behind a TLS proxy): its host is
    /// accepted, and cookies are marked Secure when it is https.
    #[arg(long)]
    public_url: Option<String>,
    /// Count sign-in failures per client address from X-Forwarded-For (set
    /// this only behind a proxy that sets that header).
    #[arg(long)]
    behind_proxy: bool,
    /// Language of the pages until a person chooses (switchable on every page).
    #[arg(long, value_parser = UiLang::parse, default_value = "en")]
    lang: UiLang,
}

pub fn run(args: Args) -> i32 {
    if let Some(ip) = args.listen.filter(|ip| !ip.is_loopback()) {
        eprintln!(
            "listening on {ip}: serve the portal to others through a TLS proxy only (passwords and session cookies travel in plain HTTP here)"
        );
    }
    let options = Options {
        store: args.store.clone(),
        port: args.port,
        listen: args.listen,
        public_url: args.public_url,
        behind_proxy: args.behind_proxy,
        lang: args.lang.into(),
    };
    let result = poa_portal::serve(options, |url| {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "portal on {url} (Ctrl-C to stop)");
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
