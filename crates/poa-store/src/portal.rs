//! What the portal keeps in the store besides submissions, so that nothing
//! it needs lives in one process only: sessions, sign-in failures (to limit
//! guessing per account and per address), each State's draft of a cycle
//! (changed only from the version the page was built from), and a receipt
//! for every submission, written in the submission's own transaction.
//!
//! Session tokens are kept as SHA-256 (a copy of the database opens no
//! session); receipts, like submissions and the audit log, are never
//! changed or deleted. Every sign-in, failure and change is audited.

use serde::Serialize;

use crate::accounts::{
    ACCOUNT_COLUMNS, Account, account_of, audit, new_token, normalized_email, unix_now,
};
use crate::sql::{Row, Sql, values};
use crate::{
    Ingested, SUBMISSION_COLUMNS, Store, StoreResult, Submission, sha256_hex, submission_from_row,
};
use poa_core::load::LoadOptions;
use poa_core::timestamp::now_utc;

/// How long a session lasts after signing in.
pub const SESSION_SECONDS: i64 = 8 * 3600;
/// The window in which sign-in failures are counted.
pub const FAILURE_WINDOW_SECONDS: i64 = 15 * 60;
/// Failures for one account within the window before it is locked for the rest of it.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
/// Failures from one address within the window before it is locked out.
pub const MAX_FAILURES_PER_ADDRESS: i64 = 30;

/// A signed-in account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The cookie's value (the store keeps only its SHA-256).
    pub token: String,
    /// The token every state-changing request of this session must carry.
    pub csrf: String,
    pub account: Account,
    /// Unix time after which the session is over.
    pub expires_at: i64,
}

/// Why a sign-in was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginRefused {
    /// Unknown address, wrong password or disabled account (not told apart).
    Wrong,
    /// Too many failures for the account or from the address: wait.
    Locked,
}

/// A State's draft of a cycle, as last saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub content: Vec<u8>,
    /// Changes name this version (see [`Store::save_draft`]).
    pub version: String,
    pub updated_at: String,
    pub updated_by: String,
}

/// What a draft must be for a save to go ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected<'a> {
    /// There is no draft yet (starting one).
    Absent,
    /// The draft is at this version (the page that changes it was built from it).
    Version(&'a str),
    /// Whatever it is (a script replacing it with a file).
    Any,
}

/// What saving a draft did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftSaved {
    /// Saved; the draft's new version.
    Saved(String),
    /// The draft changed since the version given (another tab, a colleague).
    Stale,
}

/// A receipt for a submission made through the portal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Receipt {
    pub id: String,
    /// When the receipt was issued.
    pub at: String,
    pub submitter: String,
    /// The content was already stored as this version (same SHA-256).
    pub unchanged: bool,
    pub submission: Submission,
}

impl Receipt {
    /// A report with errors is kept only as a draft submission.
    pub fn draft_only(&self) -> bool {
        !self.submission.valid
    }
}

/// Where one State stands in a cycle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StateStatus {
    pub state: String,
    /// `submitted`, `with-errors` (latest version submitted as a draft),
    /// `draft` (a draft in the portal, nothing submitted) or `not-yet`.
    pub status: &'static str,
    pub latest: Option<Submission>,
    pub draft_updated_at: Option<String>,
}

/// Who submits what, checked against the report's own State and cycle.
pub(crate) struct Submitter<'a> {
    pub email: &'a str,
    pub state: &'a str,
    pub cycle: u16,
}

/// A draft's version: the start of its content's SHA-256 (as the form's).
pub fn draft_version(content: &[u8]) -> String {
    sha256_hex(content)[..16].to_owned()
}

/// The columns [`receipt_of`] reads (receipts `r` joined to submissions `s`).
const RECEIPT_COLUMNS: &str = "s.state, s.cycle, s.version, s.sha256, s.received_at, s.file_name, s.valid, s.errors, s.warnings, r.id, r.at, r.submitter, r.unchanged";

fn receipt_of(r: &Row) -> StoreResult<Receipt> {
    Ok(Receipt {
        submission: submission_from_row(r)?,
        id: r.text(9)?,
        at: r.text(10)?,
        submitter: r.text(11)?,
        unchanged: r.flag(12)?,
    })
}

/// Writes the receipt of submission `id` inside the submission's transaction.
pub(crate) fn write_receipt(
    tx: &mut impl Sql,
    id: i64,
    submitter: &str,
    outcome: &Ingested,
) -> StoreResult<Receipt> {
    let (state, cycle, version, unchanged) = match outcome {
        Ingested::Stored {
            state,
            cycle,
            version,
            ..
        } => (state, cycle, version, false),
        Ingested::Unchanged {
            state,
            cycle,
            version,
        } => (state, cycle, version, true),
        Ingested::Rejected { .. } => unreachable!("a rejected file has no submission"),
    };
    let suffix = &new_token()?[..8];
    let receipt_id = format!("{state}-{cycle}-v{version}-{suffix}");
    tx.execute(
        "INSERT INTO receipts (id, submission_id, submitter, at, unchanged) VALUES (?1, ?2, ?3, ?4, ?5)",
        values![&receipt_id, id, submitter, now_utc(), unchanged],
    )?;
    audit(
        tx,
        submitter,
        "submitted",
        &format!("{state} {cycle}"),
        &format!(
            "version {version}{}, receipt {receipt_id}",
            if unchanged { " (unchanged)" } else { "" }
        ),
    )?;
    receipt_of(&tx.query_one(
        &format!(
            "SELECT {RECEIPT_COLUMNS} FROM receipts r JOIN submissions s ON s.id = r.submission_id WHERE r.id = ?1"
        ),
        values![&receipt_id],
    )?)
}

impl Store {
    /// Signs in: checks the limits on failures, then the password; a
    /// session on success, a failure counted otherwise. Every attempt is
    /// audited with the address it came from.
    pub fn sign_in(
        &mut self,
        email: &str,
        password: &str,
        address: &str,
    ) -> StoreResult<Result<Session, LoginRefused>> {
        let shown: String = normalized_email(email)
            .unwrap_or_else(|_| email.trim().to_lowercase())
            .chars()
            .take(254)
            .collect();
        let now = unix_now();
        let since = now - FAILURE_WINDOW_SECONDS;
        // The attempt is counted as a failure before the password is
        // checked, in the same transaction as the count: simultaneous
        // guesses each see the others, so the limit holds under a burst.
        let mut tx = self.conn.write()?;
        let mut count = |column: &str, value: &str| -> StoreResult<i64> {
            tx.query_one(
                &format!("SELECT COUNT(*) FROM login_failures WHERE {column} = ?1 AND at > ?2"),
                values![value, since],
            )?
            .int(0)
        };
        let locked = count("email", &shown)? >= MAX_FAILURES_PER_ACCOUNT
            || count("address", address)? >= MAX_FAILURES_PER_ADDRESS;
        if locked {
            audit(
                &mut tx,
                &shown,
                "sign-in-refused",
                &shown,
                &format!("too many failures; from {address}"),
            )?;
            tx.commit()?;
            return Ok(Err(LoginRefused::Locked));
        }
        let attempt = tx
            .query_one(
                "INSERT INTO login_failures (at, email, address) VALUES (?1, ?2, ?3) RETURNING id",
                values![now, &shown, address],
            )?
            .int(0)?;
        tx.commit()?;
        let account = self.check_password(email, password)?;
        let mut tx = self.conn.write()?;
        // Old sessions and failures go; nothing else removes them.
        tx.execute("DELETE FROM sessions WHERE expires_at <= ?1", values![now])?;
        tx.execute(
            "DELETE FROM login_failures WHERE at <= ?1",
            values![now - 24 * 3600],
        )?;
        let Some(account) = account else {
            audit(
                &mut tx,
                &shown,
                "sign-in-failed",
                &shown,
                &format!("from {address}"),
            )?;
            tx.commit()?;
            return Ok(Err(LoginRefused::Wrong));
        };
        tx.execute("DELETE FROM login_failures WHERE id = ?1", values![attempt])?;
        let (token, csrf) = (new_token()?, new_token()?);
        let expires_at = now + SESSION_SECONDS;
        tx.execute(
            "INSERT INTO sessions (token_sha256, account_id, csrf, started_at, expires_at)
             SELECT ?1, id, ?2, ?3, ?4 FROM accounts WHERE email = ?5",
            values![
                sha256_hex(token.as_bytes()),
                &csrf,
                now,
                expires_at,
                &account.email
            ],
        )?;
        audit(
            &mut tx,
            &account.email,
            "signed-in",
            &account.email,
            &format!("from {address}"),
        )?;
        tx.commit()?;
        Ok(Ok(Session {
            token,
            csrf,
            account,
            expires_at,
        }))
    }

    /// The session a cookie's token opens, if it is current and its account
    /// is still enabled.
    pub fn session(&mut self, token: &str) -> StoreResult<Option<Session>> {
        let row = self.conn.query_opt(
            &format!(
                "SELECT {ACCOUNT_COLUMNS}, csrf, expires_at FROM sessions JOIN accounts ON accounts.id = sessions.account_id
                 WHERE token_sha256 = ?1 AND expires_at > ?2 AND disabled = 0"
            ),
            values![sha256_hex(token.as_bytes()), unix_now()],
        )?;
        row.map(|r| {
            Ok(Session {
                token: token.to_owned(),
                account: account_of(&r)?.0,
                csrf: r.text(7)?,
                expires_at: r.int(8)?,
            })
        })
        .transpose()
    }

    /// Ends a session (signing out).
    pub fn sign_out(&mut self, session: &Session) -> StoreResult<()> {
        let mut tx = self.conn.write()?;
        tx.execute(
            "DELETE FROM sessions WHERE token_sha256 = ?1",
            values![sha256_hex(session.token.as_bytes())],
        )?;
        audit(
            &mut tx,
            &session.account.email,
            "signed-out",
            &session.account.email,
            "",
        )?;
        tx.commit()
    }

    /// Writes one line to the audit log (what the portal did for whom).
    pub fn audit(
        &mut self,
        actor: &str,
        action: &str,
        subject: &str,
        detail: &str,
    ) -> StoreResult<()> {
        let mut tx = self.conn.write_rows()?;
        audit(&mut tx, actor, action, subject, detail)?;
        tx.commit()
    }

    /// The State's draft of a cycle in the portal.
    pub fn draft(&mut self, state: &str, cycle: u16) -> StoreResult<Option<Draft>> {
        self.conn
            .query_opt(
                "SELECT content, version, updated_at, updated_by FROM drafts WHERE state = ?1 AND cycle = ?2",
                values![state, cycle],
            )?
            .map(|r| {
                Ok(Draft {
                    content: r.bytes(0)?,
                    version: r.text(1)?,
                    updated_at: r.text(2)?,
                    updated_by: r.text(3)?,
                })
            })
            .transpose()
    }

    /// The cycles of which `state` has a draft, newest first.
    pub fn draft_cycles(&mut self, state: &str) -> StoreResult<Vec<u16>> {
        self.conn
            .query(
                "SELECT cycle FROM drafts WHERE state = ?1 ORDER BY cycle DESC",
                values![state],
            )?
            .iter()
            .map(|r| r.cycle(0))
            .collect()
    }

    /// Saves a draft if it is as `expected`; otherwise nothing is written
    /// and the answer is [`DraftSaved::Stale`].
    pub fn save_draft(
        &mut self,
        state: &str,
        cycle: u16,
        expected: Expected,
        content: &[u8],
        by: &str,
    ) -> StoreResult<DraftSaved> {
        let version = draft_version(content);
        // The UPDATE compares and swaps one row; other States' drafts need
        // not wait for it.
        let mut tx = self.conn.write_rows()?;
        let changed = match expected {
            Expected::Absent => tx.execute(
                "INSERT INTO drafts (state, cycle, content, version, updated_at, updated_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (state, cycle) DO NOTHING",
                values![state, cycle, content, &version, now_utc(), by],
            )?,
            Expected::Any => tx.execute(
                "INSERT INTO drafts (state, cycle, content, version, updated_at, updated_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (state, cycle) DO UPDATE
                 SET content = excluded.content, version = excluded.version,
                     updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                values![state, cycle, content, &version, now_utc(), by],
            )?,
            Expected::Version(expected) => tx.execute(
                "UPDATE drafts SET content = ?3, version = ?4, updated_at = ?5, updated_by = ?6
                 WHERE state = ?1 AND cycle = ?2 AND version = ?7",
                values![state, cycle, content, &version, now_utc(), by, expected],
            )?,
        };
        if changed == 0 {
            return Ok(DraftSaved::Stale);
        }
        audit(
            &mut tx,
            by,
            "draft-saved",
            &format!("{state} {cycle}"),
            &format!("version {version}"),
        )?;
        tx.commit()?;
        Ok(DraftSaved::Saved(version))
    }

    /// Submits `content` for `state` and `cycle` as `email`: stored as
    /// `ingest` stores a file (same content: same version), with a receipt
    /// in the same transaction. A report of another State or cycle, or one
    /// that cannot be read, is refused with the reason.
    pub fn submit(
        &mut self,
        state: &str,
        cycle: u16,
        content: &[u8],
        email: &str,
    ) -> StoreResult<Result<Receipt, String>> {
        let submitter = Submitter {
            email,
            state,
            cycle,
        };
        let name = format!("portal:{state}/{cycle}");
        let (outcome, receipt) =
            self.ingest_bytes(&name, content, &LoadOptions::default(), Some(&submitter))?;
        Ok(match (outcome, receipt) {
            (_, Some(receipt)) => Ok(receipt),
            (Ingested::Rejected { reason }, None) => Err(reason),
            (_, None) => Err("not stored".into()),
        })
    }

    /// A receipt by its id.
    pub fn receipt(&mut self, id: &str) -> StoreResult<Option<Receipt>> {
        self.conn
            .query_opt(
                &format!(
                    "SELECT {RECEIPT_COLUMNS} FROM receipts r JOIN submissions s ON s.id = r.submission_id WHERE r.id = ?1"
                ),
                values![id],
            )?
            .map(|r| receipt_of(&r))
            .transpose()
    }

    /// The receipts of a State's cycle, newest first.
    pub fn receipts(&mut self, state: &str, cycle: u16) -> StoreResult<Vec<Receipt>> {
        self.conn
            .query(
                &format!(
                    "SELECT {RECEIPT_COLUMNS} FROM receipts r JOIN submissions s ON s.id = r.submission_id
                     WHERE s.state = ?1 AND s.cycle = ?2 ORDER BY r.at DESC, s.version DESC, r.id"
                ),
                values![state, cycle],
            )?
            .iter()
            .map(receipt_of)
            .collect()
    }

    /// The cycles with a submission or a draft, newest first.
    pub fn cycles(&mut self) -> StoreResult<Vec<u16>> {
        self.conn
            .query(
                "SELECT cycle FROM submissions UNION SELECT cycle FROM drafts ORDER BY 1 DESC",
                &[],
            )?
            .iter()
            .map(|r| r.cycle(0))
            .collect()
    }

    /// Every State with an account, a draft or a submission, and where it
    /// stands in `cycle`, by State code.
    pub fn statuses(&mut self, cycle: u16) -> StoreResult<Vec<StateStatus>> {
        let states: Vec<String> = self
            .conn
            .query(
                "SELECT state FROM accounts WHERE state IS NOT NULL AND disabled = 0
                 UNION SELECT state FROM drafts WHERE cycle = ?1
                 UNION SELECT state FROM submissions WHERE cycle = ?1 ORDER BY 1",
                values![cycle],
            )?
            .iter()
            .map(|r| r.text(0))
            .collect::<StoreResult<_>>()?;
        // The latest version of each State in the cycle.
        let latest: Vec<Submission> = self
            .conn
            .query(
                &format!(
                    "SELECT {SUBMISSION_COLUMNS} FROM submissions s WHERE cycle = ?1
                     AND version = (SELECT MAX(version) FROM submissions t WHERE t.state = s.state AND t.cycle = s.cycle)"
                ),
                values![cycle],
            )?
            .iter()
            .map(submission_from_row)
            .collect::<StoreResult<_>>()?;
        let drafts: Vec<(String, String)> = self
            .conn
            .query(
                "SELECT state, updated_at FROM drafts WHERE cycle = ?1",
                values![cycle],
            )?
            .iter()
            .map(|r| Ok((r.text(0)?, r.text(1)?)))
            .collect::<StoreResult<_>>()?;
        Ok(states
            .into_iter()
            .map(|state| {
                let latest = latest.iter().find(|s| s.state == state).cloned();
                let draft_updated_at = drafts
                    .iter()
                    .find(|(s, _)| *s == state)
                    .map(|(_, at)| at.clone());
                let status = match (&latest, &draft_updated_at) {
                    (Some(s), _) if s.valid => "submitted",
                    (Some(_), _) => "with-errors",
                    (None, Some(_)) => "draft",
                    (None, None) => "not-yet",
                };
                StateStatus {
                    state,
                    status,
                    latest,
                    draft_updated_at,
                }
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Role;
    use crate::testing::{TestStore, stores};

    const PASSWORD: &str = "correct horse battery";

    /// A store on each database, with a point of contact of XAB.
    fn stores_with_account() -> Vec<TestStore> {
        let mut all = stores();
        for each in &mut all {
            each.store
                .add_account(
                    "cli",
                    "npc@xab.example",
                    Role::Npc,
                    Some("XAB"),
                    Some(PASSWORD),
                )
                .unwrap();
        }
        all
    }

    fn report(state: &str, cycle: u16) -> Vec<u8> {
        let text =
            poa_core::init::to_commented_yaml(&poa_core::init::skeleton(state, cycle), "s.json")
                .unwrap();
        text.into_bytes()
    }

    #[test]
    fn sessions_open_with_the_password_and_close_on_sign_out_or_disabling() {
        for mut each in stores_with_account() {
            let store = &mut each.store;
            let session = store
                .sign_in("NPC@xab.example", PASSWORD, "127.0.0.1")
                .unwrap()
                .unwrap();
            assert_eq!(session.token.len(), 64);
            let found = store.session(&session.token).unwrap().unwrap();
            assert_eq!(found.account.state.as_deref(), Some("XAB"));
            assert_eq!(found.csrf, session.csrf);
            // Only the token's hash is stored.
            let stored = store
                .conn
                .query_one(
                    "SELECT COUNT(*) FROM sessions WHERE token_sha256 = ?1",
                    values![&session.token],
                )
                .and_then(|r| r.int(0))
                .unwrap();
            assert_eq!(stored, 0);
            store.sign_out(&found).unwrap();
            assert!(store.session(&session.token).unwrap().is_none());

            let again = store
                .sign_in("npc@xab.example", PASSWORD, "a")
                .unwrap()
                .unwrap();
            // A password reset ends the sessions opened with the old one.
            store
                .reset_password("cli", "npc@xab.example", Some(PASSWORD))
                .unwrap();
            assert!(store.session(&again.token).unwrap().is_none());
            let again = store
                .sign_in("npc@xab.example", PASSWORD, "a")
                .unwrap()
                .unwrap();
            store.disable_account("cli", "npc@xab.example").unwrap();
            assert!(store.session(&again.token).unwrap().is_none());
            assert_eq!(
                store.sign_in("npc@xab.example", PASSWORD, "a").unwrap(),
                Err(LoginRefused::Wrong)
            );
        }
    }

    #[test]
    fn failures_lock_the_account_even_for_the_right_password() {
        for mut each in stores_with_account() {
            let store = &mut each.store;
            for _ in 0..MAX_FAILURES_PER_ACCOUNT {
                assert_eq!(
                    store
                        .sign_in("npc@xab.example", "wrong password!", "10.0.0.1")
                        .unwrap(),
                    Err(LoginRefused::Wrong)
                );
            }
            assert_eq!(
                store
                    .sign_in("npc@xab.example", PASSWORD, "10.0.0.2")
                    .unwrap(),
                Err(LoginRefused::Locked)
            );
            let actions: Vec<String> = store
                .audit_log()
                .unwrap()
                .into_iter()
                .map(|l| l[2].clone())
                .collect();
            assert_eq!(actions.iter().filter(|a| *a == "sign-in-failed").count(), 5);
            assert_eq!(actions.last().map(String::as_str), Some("sign-in-refused"));
        }
    }

    #[test]
    fn drafts_change_only_from_the_version_they_were_read_at() {
        for mut each in stores_with_account() {
            let store = &mut each.store;
            let first = report("XAB", 2026);
            let DraftSaved::Saved(v1) = store
                .save_draft("XAB", 2026, Expected::Absent, &first, "npc")
                .unwrap()
            else {
                panic!("first save");
            };
            assert_eq!(
                store
                    .save_draft("XAB", 2026, Expected::Absent, b"x", "npc")
                    .unwrap(),
                DraftSaved::Stale
            );
            assert_eq!(
                store
                    .save_draft("XAB", 2026, Expected::Version("0000"), b"x", "npc")
                    .unwrap(),
                DraftSaved::Stale
            );
            assert!(matches!(
                store
                    .save_draft("XAB", 2026, Expected::Version(&v1), b"y", "npc")
                    .unwrap(),
                DraftSaved::Saved(_)
            ));
            assert_eq!(store.draft("XAB", 2026).unwrap().unwrap().content, b"y");
            assert_eq!(store.statuses(2026).unwrap()[0].status, "draft");
        }
    }

    /// Drafts are saved without the store-wide write lock on PostgreSQL:
    /// eight connections saving from the same version at once still leave
    /// exactly one change, and every audit line.
    #[test]
    fn simultaneous_saves_from_one_version_keep_exactly_one() {
        for mut each in stores_with_account() {
            let store = &mut each.store;
            let DraftSaved::Saved(v1) = store
                .save_draft("XAB", 2026, Expected::Absent, b"v1", "npc")
                .unwrap()
            else {
                panic!("first save");
            };
            let start = std::sync::Barrier::new(8);
            let outcomes: Vec<DraftSaved> = std::thread::scope(|scope| {
                let saves: Vec<_> = (0..8)
                    .map(|i| {
                        let (url, v1, start) = (&each.url, &v1, &start);
                        scope.spawn(move || {
                            let mut store = Store::open_url(url).unwrap();
                            start.wait();
                            store
                                .save_draft(
                                    "XAB",
                                    2026,
                                    Expected::Version(v1),
                                    format!("v2 by {i}").as_bytes(),
                                    "npc",
                                )
                                .unwrap()
                        })
                    })
                    .collect();
                saves.into_iter().map(|s| s.join().unwrap()).collect()
            });
            let saved: Vec<_> = outcomes
                .iter()
                .filter(|o| matches!(o, DraftSaved::Saved(_)))
                .collect();
            assert_eq!(saved.len(), 1, "{outcomes:?}");
            let content = store.draft("XAB", 2026).unwrap().unwrap().content;
            assert!(content.starts_with(b"v2 by "), "{content:?}");
            let saves = store
                .audit_log()
                .unwrap()
                .iter()
                .filter(|line| line[2] == "draft-saved")
                .count();
            assert_eq!(saves, 2);
        }
    }

    #[test]
    fn submissions_get_receipts_versions_and_refuse_another_state() {
        for mut each in stores_with_account() {
            let store = &mut each.store;
            let content = report("XAB", 2026);
            let receipt = store
                .submit("XAB", 2026, &content, "npc@xab.example")
                .unwrap()
                .unwrap();
            assert_eq!(receipt.submission.version, 1);
            assert_eq!(receipt.submission.sha256, sha256_hex(&content));
            assert!(!receipt.unchanged);
            assert!(receipt.id.starts_with("XAB-2026-v1-"), "{}", receipt.id);
            assert_eq!(store.receipt(&receipt.id).unwrap().as_ref(), Some(&receipt));
            let again = store
                .submit("XAB", 2026, &content, "npc@xab.example")
                .unwrap()
                .unwrap();
            assert!(again.unchanged);
            assert_eq!(again.submission.version, 1);
            assert_eq!(store.receipts("XAB", 2026).unwrap().len(), 2);

            let other = report("XAC", 2026);
            let refused = store
                .submit("XAB", 2026, &other, "npc@xab.example")
                .unwrap();
            assert_eq!(
                refused.unwrap_err(),
                "the report is for XAC 2026, not XAB 2026"
            );
            assert!(store.list(Some("XAC"), None).unwrap().is_empty());
            // Receipts are never changed.
            assert!(store.conn.execute("DELETE FROM receipts", &[]).is_err());
            let statuses = store.statuses(2026).unwrap();
            assert_eq!(statuses.len(), 1);
            assert_eq!(statuses[0].latest.as_ref().map(|s| s.version), Some(1));
        }
    }
}
