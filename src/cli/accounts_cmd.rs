//! `poa-report accounts`: the portal's accounts, from the command line (the
//! first secretariat account has no other way in).

use std::io::Read;

use poa_store::{PasswordLink, Role, Store};

use super::{EXIT_OK, EXIT_UNREADABLE, OutputFormat};

#[derive(clap::Args)]
pub struct Args {
    /// The store the portal runs on (created if missing): a file path, sqlite:PATH or postgres://….
    #[arg(long, global = true, default_value = "poa-reports.sqlite")]
    store: String,
    #[command(subcommand)]
    command: AccountsCommand,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
enum RoleArg {
    /// A national point of contact: one State's reports.
    Npc,
    /// The secretariat: every State's reports.
    Secretariat,
}

#[derive(clap::Args)]
struct PasswordArgs {
    /// Read the password from standard input (first line) instead of
    /// printing a one-time link to set it; for scripts.
    #[arg(long)]
    password_stdin: bool,
    /// The portal's address as people reach it, for the link.
    #[arg(long, default_value = "http://127.0.0.1:8480")]
    public_url: String,
}

#[derive(clap::Subcommand)]
enum AccountsCommand {
    /// Add an account; prints a one-time link to set its password (valid 72 hours).
    Add {
        #[arg(long)]
        email: String,
        #[arg(long, value_enum)]
        role: RoleArg,
        /// The State of a national point of contact (ISO 3166-1 alpha-3).
        #[arg(long)]
        state: Option<String>,
        #[command(flatten)]
        password: PasswordArgs,
    },
    /// List the accounts (never their passwords).
    List {
        #[arg(long, value_enum, default_value = "human")]
        format: OutputFormat,
    },
    /// Disable an account: it can no longer sign in.
    Disable {
        #[arg(long)]
        email: String,
    },
    /// Reset a password: the old one stops working; prints a new link.
    Reset {
        #[arg(long)]
        email: String,
        #[command(flatten)]
        password: PasswordArgs,
    },
}

/// Who the audit log names for changes made here.
const ACTOR: &str = "command line";

pub fn run(args: Args) -> i32 {
    let mut store = match Store::open_url(&args.store) {
        Ok(store) => store,
        Err(e) => {
            eprintln!("{e}");
            return EXIT_UNREADABLE;
        }
    };
    let done = match args.command {
        AccountsCommand::Add {
            email,
            role,
            state,
            password,
        } => read_password(&password).and_then(|given| {
            let role = match role {
                RoleArg::Npc => Role::Npc,
                RoleArg::Secretariat => Role::Secretariat,
            };
            store
                .add_account(ACTOR, &email, role, state.as_deref(), given.as_deref())
                .map_err(|e| e.to_string())
                .map(|link| report(&email, "added", link, &password.public_url))
        }),
        AccountsCommand::Reset { email, password } => read_password(&password).and_then(|given| {
            store
                .reset_password(ACTOR, &email, given.as_deref())
                .map_err(|e| e.to_string())
                .map(|link| report(&email, "reset", link, &password.public_url))
        }),
        AccountsCommand::Disable { email } => store
            .disable_account(ACTOR, &email)
            .map_err(|e| e.to_string())
            .map(|()| println!("{}: disabled", email.trim().to_lowercase())),
        AccountsCommand::List { format } => {
            store
                .accounts()
                .map_err(|e| e.to_string())
                .map(|accounts| match format {
                    OutputFormat::Json => println!(
                        "{}",
                        serde_json::to_string_pretty(&accounts).unwrap_or_default()
                    ),
                    OutputFormat::Human => {
                        for a in accounts {
                            println!(
                                "{}\t{}\t{}\t{}",
                                a.email,
                                a.role.code(),
                                a.state.as_deref().unwrap_or("-"),
                                match (a.disabled, a.has_password) {
                                    (true, _) => "disabled",
                                    (false, true) => "active",
                                    (false, false) => "waiting for its link",
                                }
                            );
                        }
                    }
                })
        }
    };
    match done {
        Ok(()) => EXIT_OK,
        Err(message) => {
            eprintln!("{message}");
            EXIT_UNREADABLE
        }
    }
}

/// The password from standard input's first line, when asked for.
fn read_password(args: &PasswordArgs) -> Result<Option<String>, String> {
    if !args.password_stdin {
        return Ok(None);
    }
    let mut text = String::new();
    std::io::stdin()
        .take(64 * 1024)
        .read_to_string(&mut text)
        .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
    let line = text.lines().next().unwrap_or("");
    Ok(Some(line.to_owned()))
}

fn report(email: &str, what: &str, link: Option<PasswordLink>, public_url: &str) {
    let email = email.trim().to_lowercase();
    match link {
        Some(link) => println!(
            "{email}: {what}; send this one-time link to set the password (valid 72 hours):\n{}/set-password/{}",
            public_url.trim_end_matches('/'),
            link.token
        ),
        None => println!("{email}: {what}; password set"),
    }
}
