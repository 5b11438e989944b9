//! `poa-report accounts`: the portal's accounts made, listed, disabled and
//! reset from the command line, as a secretariat's administrator would.

mod common;

use std::io::Write;
use std::process::{Output, Stdio};

use common::{bin, stderr, stdout};

fn accounts(store: &std::path::Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = bin()
        .arg("accounts")
        .arg("--store")
        .arg(store)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

#[test]
fn accounts_are_added_listed_disabled_and_reset() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("portal.sqlite");

    let added = accounts(
        &store,
        &[
            "add",
            "--email",
            "Desk@MFA.example",
            "--role",
            "npc",
            "--state",
            "xab",
            "--public-url",
            "https://portal.example/",
        ],
        None,
    );
    assert_eq!(added.status.code(), Some(0), "{}", stderr(&added));
    let out = stdout(&added);
    let link = out.lines().nth(1).unwrap_or_default();
    assert!(
        link.starts_with("https://portal.example/set-password/") && link.len() == 36 + 64,
        "{out}"
    );

    let secret = "a long enough password";
    let sec = accounts(
        &store,
        &[
            "add",
            "--email",
            "sec@un.example",
            "--role",
            "secretariat",
            "--password-stdin",
        ],
        Some(&format!("{secret}\n")),
    );
    assert_eq!(sec.status.code(), Some(0), "{}", stderr(&sec));
    assert_eq!(stdout(&sec).trim(), "sec@un.example: added; password set");

    // The password is never printed or stored as written.
    let listed = accounts(&store, &["list", "--format", "json"], None);
    let json: serde_json::Value = serde_json::from_str(&stdout(&listed)).unwrap();
    assert_eq!(json[0]["email"], "desk@mfa.example");
    assert_eq!(json[0]["state"], "XAB");
    assert_eq!(json[0]["has_password"], false);
    assert_eq!(json[1]["role"], "secretariat");
    assert_eq!(json[1]["has_password"], true);
    let bytes = std::fs::read(&store).unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains(secret));

    // Refusals: the same address again, a State for the secretariat, a short password.
    for (args, stdin, says) in [
        (
            vec![
                "add",
                "--email",
                "desk@mfa.example",
                "--role",
                "npc",
                "--state",
                "XAB",
            ],
            None,
            "already exists",
        ),
        (
            vec![
                "add",
                "--email",
                "x@un.example",
                "--role",
                "secretariat",
                "--state",
                "XAB",
            ],
            None,
            "give no --state",
        ),
        (
            vec![
                "add",
                "--email",
                "y@un.example",
                "--role",
                "npc",
                "--state",
                "XAB",
                "--password-stdin",
            ],
            Some("short\n"),
            "at least 12 characters",
        ),
        (
            vec!["disable", "--email", "nobody@un.example"],
            None,
            "no account for nobody@un.example",
        ),
    ] {
        let refused = accounts(&store, &args, stdin);
        assert_eq!(refused.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&refused).contains(says),
            "{args:?}: {}",
            stderr(&refused)
        );
    }

    let disabled = accounts(&store, &["disable", "--email", "sec@un.example"], None);
    assert_eq!(disabled.status.code(), Some(0), "{}", stderr(&disabled));
    let reset = accounts(&store, &["reset", "--email", "desk@mfa.example"], None);
    assert!(
        stdout(&reset).contains("/set-password/"),
        "{}",
        stdout(&reset)
    );
    let human = stdout(&accounts(&store, &["list"], None));
    assert_eq!(
        human,
        "desk@mfa.example\tnpc\tXAB\twaiting for its link\nsec@un.example\tsecretariat\t-\tdisabled\n"
    );

    let mut store = poa_store::Store::open(&store).unwrap();
    let log: Vec<String> = store
        .audit_log()
        .unwrap()
        .into_iter()
        .map(|[_, actor, action, subject, _]| format!("{actor}: {action} {subject}"))
        .collect();
    assert_eq!(
        log,
        [
            "command line: account-added desk@mfa.example",
            "command line: account-added sec@un.example",
            "command line: account-disabled sec@un.example",
            "command line: password-reset desk@mfa.example",
        ]
    );
}
