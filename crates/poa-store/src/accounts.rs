//! Who may use the portal: a State's national points of contact (`npc`,
//! bound to one State) and the secretariat (every State).
//!
//! Passwords are kept only as argon2id hashes (PHC strings with their salt
//! and parameters). A new or reset account gets a one-time link to set its
//! password: a random token of 256 bits, of which the store keeps only the
//! SHA-256, valid for 72 hours and used once. Every change to an account is
//! written to the audit log, which, like submissions, is never changed or
//! deleted.

use std::time::{SystemTime, UNIX_EPOCH};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use serde::Serialize;

use crate::sql::{Row, Sql, values};
use crate::{Store, StoreError, StoreResult, sha256_hex};
use poa_core::timestamp::now_utc;

/// Shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Longest password accepted (argon2 takes any length; this bounds the work).
pub const MAX_PASSWORD_CHARS: usize = 1024;
/// How long a link to set a password stays valid.
pub const LINK_VALID_SECONDS: i64 = 72 * 3600;

/// What an account may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A national point of contact: one State's reports only.
    Npc,
    /// The secretariat: every State's reports, the audit log.
    Secretariat,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Npc => "npc",
            Role::Secretariat => "secretariat",
        }
    }

    fn from_code(code: &str) -> Option<Role> {
        match code {
            "npc" => Some(Role::Npc),
            "secretariat" => Some(Role::Secretariat),
            _ => None,
        }
    }
}

/// One account as listed (never its password hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Account {
    pub email: String,
    pub role: Role,
    /// The State of a national point of contact; none for the secretariat.
    pub state: Option<String>,
    /// Whether a password is set (an account waits for its link until then).
    pub has_password: bool,
    pub disabled: bool,
    pub created_at: String,
}

/// A one-time link's secret, to be put in the link given to the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordLink {
    pub token: String,
}

/// Why an account could not be made or changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountError {
    #[error("`{0}` is not an e-mail address")]
    Email(String),
    #[error("an account for {0} already exists")]
    Exists(String),
    #[error("no account for {0}")]
    NoAccount(String),
    #[error("a national point of contact needs --state (the ISO 3166-1 alpha-3 code of the State)")]
    StateMissing,
    #[error("the secretariat sees every State: give no --state")]
    StateForSecretariat,
    #[error("`{0}` is not an ISO 3166-1 alpha-3 code")]
    UnknownState(String),
    #[error("a password needs at least {MIN_PASSWORD_CHARS} characters")]
    PasswordTooShort,
    #[error("a password has at most {MAX_PASSWORD_CHARS} characters")]
    PasswordTooLong,
    #[error("this link is unknown, used or expired: ask the secretariat for a new one")]
    LinkInvalid,
    #[error("no random source: {0}")]
    Random(String),
    #[error("cannot hash the password: {0}")]
    Hash(String),
}

impl From<AccountError> for StoreError {
    fn from(e: AccountError) -> StoreError {
        StoreError::Account(e)
    }
}

/// At most this many passwords are hashed or checked at once (19 MiB
/// each): a burst of sign-ins waits instead of exhausting memory.
const HASHING_AT_ONCE: usize = 2;

static HASHING: (std::sync::Mutex<usize>, std::sync::Condvar) =
    (std::sync::Mutex::new(0), std::sync::Condvar::new());

/// Runs `work` when fewer than [`HASHING_AT_ONCE`] hashes are running.
fn hashing<T>(work: impl FnOnce() -> T) -> T {
    let (running, freed) = &HASHING;
    let mut count = running.lock().unwrap_or_else(|p| p.into_inner());
    while *count >= HASHING_AT_ONCE {
        count = freed.wait(count).unwrap_or_else(|p| p.into_inner());
    }
    *count += 1;
    drop(count);
    let result = work();
    *running.lock().unwrap_or_else(|p| p.into_inner()) -= 1;
    freed.notify_one();
    result
}

/// argon2id with the parameters OWASP recommends (19 MiB, 2 passes, 1 lane).
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub(crate) fn hash_password(password: &str) -> Result<String, AccountError> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(AccountError::PasswordTooShort);
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(AccountError::PasswordTooLong);
    }
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| AccountError::Random(e.to_string()))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| AccountError::Hash(e.to_string()))?;
    hashing(|| {
        hasher()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|e| AccountError::Hash(e.to_string()))
    })
}

/// Whether `password` matches the stored hash (false for a hash that does
/// not parse).
pub(crate) fn password_matches(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .is_ok_and(|hash| hashing(|| hasher().verify_password(password.as_bytes(), &hash).is_ok()))
}

/// A fresh link token: 256 random bits as hex.
pub(crate) fn new_token() -> Result<String, AccountError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| AccountError::Random(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

pub(crate) fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// E-mail addresses are compared as written, lower-cased and trimmed.
pub(crate) fn normalized_email(email: &str) -> Result<String, AccountError> {
    let email = email.trim().to_lowercase();
    let ok = email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && email
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'));
    if ok {
        Ok(email)
    } else {
        Err(AccountError::Email(email))
    }
}

fn checked_state(role: Role, state: Option<&str>) -> Result<Option<String>, AccountError> {
    match (role, state.map(|s| s.trim().to_ascii_uppercase())) {
        (Role::Npc, None) => Err(AccountError::StateMissing),
        (Role::Secretariat, Some(_)) => Err(AccountError::StateForSecretariat),
        (Role::Secretariat, None) => Ok(None),
        (Role::Npc, Some(code)) => {
            if poa_core::state::lookup(&code).is_some() || poa_core::state::is_fictional(&code) {
                Ok(Some(code))
            } else {
                Err(AccountError::UnknownState(code))
            }
        }
    }
}

impl Store {
    /// Adds an account. With `password`, it is set at once; without, the
    /// returned link sets it.
    pub fn add_account(
        &mut self,
        actor: &str,
        email: &str,
        role: Role,
        state: Option<&str>,
        password: Option<&str>,
    ) -> StoreResult<Option<PasswordLink>> {
        let email = normalized_email(email)?;
        let state = checked_state(role, state)?;
        let hash = password.map(hash_password).transpose()?;
        let mut tx = self.conn.write()?;
        let exists = tx
            .query_opt("SELECT 1 FROM accounts WHERE email = ?1", values![&email])?
            .is_some();
        if exists {
            return Err(AccountError::Exists(email).into());
        }
        let id = tx
            .query_one(
                "INSERT INTO accounts (email, role, state, password_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
                values![&email, role.code(), state.as_deref(), hash.as_deref(), now_utc()],
            )?
            .int(0)?;
        let link = match hash {
            Some(_) => None,
            None => Some(insert_link(&mut tx, id)?),
        };
        let detail = format!(
            "{}{}{}",
            role.code(),
            state
                .as_deref()
                .map(|s| format!(" of {s}"))
                .unwrap_or_default(),
            if link.is_some() {
                ", link to set the password issued"
            } else {
                ", password set"
            }
        );
        audit(&mut tx, actor, "account-added", &email, &detail)?;
        tx.commit()?;
        Ok(link)
    }

    /// Every account, by e-mail address.
    pub fn accounts(&mut self) -> StoreResult<Vec<Account>> {
        self.conn
            .query(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM accounts ORDER BY email"),
                &[],
            )?
            .iter()
            .map(|r| Ok(account_of(r)?.0))
            .collect()
    }

    /// Disables an account: it can no longer sign in (its submissions stay).
    pub fn disable_account(&mut self, actor: &str, email: &str) -> StoreResult<()> {
        let email = normalized_email(email)?;
        let mut tx = self.conn.write()?;
        let changed = tx.execute(
            "UPDATE accounts SET disabled = 1 WHERE email = ?1",
            values![&email],
        )?;
        if changed == 0 {
            return Err(AccountError::NoAccount(email).into());
        }
        audit(&mut tx, actor, "account-disabled", &email, "")?;
        tx.commit()
    }

    /// Resets a password: the old one stops working at once. With
    /// `password`, the new one is set; without, the returned link sets it.
    pub fn reset_password(
        &mut self,
        actor: &str,
        email: &str,
        password: Option<&str>,
    ) -> StoreResult<Option<PasswordLink>> {
        let email = normalized_email(email)?;
        let hash = password.map(hash_password).transpose()?;
        let mut tx = self.conn.write()?;
        let Some(row) =
            tx.query_opt("SELECT id FROM accounts WHERE email = ?1", values![&email])?
        else {
            return Err(AccountError::NoAccount(email).into());
        };
        let id = row.int(0)?;
        tx.execute(
            "UPDATE accounts SET password_hash = ?1 WHERE id = ?2",
            values![hash.as_deref(), id],
        )?;
        // Whoever held the old password or an older link loses it now.
        tx.execute("DELETE FROM sessions WHERE account_id = ?1", values![id])?;
        tx.execute(
            "UPDATE password_links SET used_at = ?1 WHERE account_id = ?2 AND used_at IS NULL",
            values![format!("{} (replaced)", now_utc()), id],
        )?;
        let link = match hash {
            Some(_) => None,
            None => Some(insert_link(&mut tx, id)?),
        };
        let detail = if link.is_some() {
            "link to set the password issued"
        } else {
            "password set"
        };
        audit(&mut tx, actor, "password-reset", &email, detail)?;
        tx.commit()?;
        Ok(link)
    }

    /// Sets the password of the account a one-time link was issued for;
    /// the link is used up. Returns the account's e-mail address.
    pub fn set_password_with_link(&mut self, token: &str, password: &str) -> StoreResult<String> {
        // An unknown link costs no hashing.
        let known = self
            .conn
            .query_opt(
                "SELECT 1 FROM password_links WHERE token_sha256 = ?1 AND used_at IS NULL AND expires_at > ?2",
                values![sha256_hex(token.as_bytes()), unix_now()],
            )?
            .is_some();
        if !known {
            return Err(AccountError::LinkInvalid.into());
        }
        let hash = hash_password(password)?;
        let mut tx = self.conn.write()?;
        let found = tx.query_opt(
            "SELECT a.id, a.email FROM password_links l JOIN accounts a ON a.id = l.account_id \
             WHERE l.token_sha256 = ?1 AND l.used_at IS NULL AND l.expires_at > ?2",
            values![sha256_hex(token.as_bytes()), unix_now()],
        )?;
        let Some(row) = found else {
            return Err(AccountError::LinkInvalid.into());
        };
        let (id, email) = (row.int(0)?, row.text(1)?);
        tx.execute(
            "UPDATE password_links SET used_at = ?1 WHERE token_sha256 = ?2",
            values![now_utc(), sha256_hex(token.as_bytes())],
        )?;
        tx.execute(
            "UPDATE accounts SET password_hash = ?1 WHERE id = ?2",
            values![hash, id],
        )?;
        audit(
            &mut tx,
            &email,
            "password-set",
            &email,
            "through a one-time link",
        )?;
        tx.commit()?;
        Ok(email)
    }

    /// The account if `email` and `password` match an enabled account. An
    /// unknown address costs as much time as a wrong password.
    pub fn check_password(&mut self, email: &str, password: &str) -> StoreResult<Option<Account>> {
        let Ok(email) = normalized_email(email) else {
            return Ok(None);
        };
        let found = self
            .conn
            .query_opt(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE email = ?1"),
                values![email],
            )?
            .map(|r| account_of(&r))
            .transpose()?;
        let matches = match found.as_ref().and_then(|(_, hash)| hash.as_deref()) {
            Some(hash) => password_matches(password, hash),
            None => {
                // The same work as a real check, then no.
                let _ = hash_password(&"x".repeat(MIN_PASSWORD_CHARS));
                false
            }
        };
        Ok(found
            .map(|(account, _)| account)
            .filter(|account| matches && !account.disabled))
    }

    /// The audit log, oldest first: (at, actor, action, subject, detail).
    pub fn audit_log(&mut self) -> StoreResult<Vec<[String; 5]>> {
        self.audit_lines("ORDER BY id", None)
    }

    /// The newest `count` lines of the audit log, newest first, and how
    /// many lines it has.
    pub fn recent_audit(&mut self, count: usize) -> StoreResult<(Vec<[String; 5]>, i64)> {
        let total = self
            .conn
            .query_one("SELECT COUNT(*) FROM audit_log", &[])?
            .int(0)?;
        Ok((
            self.audit_lines("ORDER BY id DESC LIMIT ?1", Some(count))?,
            total,
        ))
    }

    fn audit_lines(&mut self, order: &str, limit: Option<usize>) -> StoreResult<Vec<[String; 5]>> {
        let params = match limit {
            Some(limit) => vec![crate::sql::Value::from(limit)],
            None => Vec::new(),
        };
        self.conn
            .query(
                &format!("SELECT at, actor, action, subject, detail FROM audit_log {order}"),
                &params,
            )?
            .iter()
            .map(|r| Ok([r.text(0)?, r.text(1)?, r.text(2)?, r.text(3)?, r.text(4)?]))
            .collect()
    }
}

/// The columns [`account_of`] reads, in its order.
pub(crate) const ACCOUNT_COLUMNS: &str =
    "email, role, state, password_hash IS NOT NULL, disabled, created_at, password_hash";

/// An account and its password hash from a row of [`ACCOUNT_COLUMNS`].
pub(crate) fn account_of(r: &Row) -> StoreResult<(Account, Option<String>)> {
    Ok((
        Account {
            email: r.text(0)?,
            role: Role::from_code(&r.text(1)?).unwrap_or(Role::Npc),
            state: r.opt_text(2)?,
            has_password: r.flag(3)?,
            disabled: r.flag(4)?,
            created_at: r.text(5)?,
        },
        r.opt_text(6)?,
    ))
}

fn insert_link(tx: &mut impl Sql, account_id: i64) -> StoreResult<PasswordLink> {
    let token = new_token()?;
    tx.execute(
        "INSERT INTO password_links (token_sha256, account_id, expires_at) VALUES (?1, ?2, ?3)",
        values![
            sha256_hex(token.as_bytes()),
            account_id,
            unix_now() + LINK_VALID_SECONDS
        ],
    )?;
    Ok(PasswordLink { token })
}

/// Writes one line of the audit log (inside the caller's transaction).
pub(crate) fn audit(
    tx: &mut impl Sql,
    actor: &str,
    action: &str,
    subject: &str,
    detail: &str,
) -> StoreResult<()> {
    tx.execute(
        "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        values![now_utc(), actor, action, subject, detail],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("s.sqlite")).unwrap();
        (dir, store)
    }

    const PASSWORD: &str = "correct horse battery";

    #[test]
    fn accounts_are_checked_hashed_listed_and_disabled() {
        let (_dir, mut store) = store();
        let link = store
            .add_account("cli", "Desk@Mfa.Example", Role::Npc, Some("xab"), None)
            .unwrap()
            .expect("a link when no password is given");
        assert_eq!(link.token.len(), 64);
        store
            .add_account(
                "cli",
                "sec@un.example",
                Role::Secretariat,
                None,
                Some(PASSWORD),
            )
            .unwrap();
        let accounts = store.accounts().unwrap();
        assert_eq!(accounts.len(), 2);
        assert_eq!(accounts[0].email, "desk@mfa.example");
        assert_eq!(accounts[0].state.as_deref(), Some("XAB"));
        assert!(!accounts[0].has_password);
        assert!(accounts[1].has_password);

        // Only the argon2id hash is kept.
        let stored = store
            .conn
            .query_one(
                "SELECT password_hash FROM accounts WHERE email = 'sec@un.example'",
                &[],
            )
            .and_then(|r| r.text(0))
            .unwrap();
        assert!(
            stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{stored}"
        );
        assert!(!stored.contains(PASSWORD));

        assert!(
            store
                .check_password("SEC@un.example", PASSWORD)
                .unwrap()
                .is_some()
        );
        assert!(
            store
                .check_password("sec@un.example", "wrong password!")
                .unwrap()
                .is_none()
        );
        assert!(
            store
                .check_password("nobody@un.example", PASSWORD)
                .unwrap()
                .is_none()
        );
        assert!(
            store
                .check_password("desk@mfa.example", "")
                .unwrap()
                .is_none()
        );

        store.disable_account("cli", "sec@un.example").unwrap();
        assert!(
            store
                .check_password("sec@un.example", PASSWORD)
                .unwrap()
                .is_none()
        );

        let actions: Vec<String> = store
            .audit_log()
            .unwrap()
            .into_iter()
            .map(|[_, _, action, subject, _]| format!("{action} {subject}"))
            .collect();
        assert_eq!(
            actions,
            [
                "account-added desk@mfa.example",
                "account-added sec@un.example",
                "account-disabled sec@un.example"
            ]
        );
        assert!(store.conn.execute("DELETE FROM audit_log", &[]).is_err());
    }

    #[test]
    fn bad_accounts_are_refused() {
        let (_dir, mut store) = store();
        let add = |store: &mut Store, email, role, state: Option<&str>, password: Option<&str>| {
            match store.add_account("cli", email, role, state, password) {
                Err(StoreError::Account(e)) => e,
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(
            add(&mut store, "not an address", Role::Npc, Some("XAB"), None),
            AccountError::Email("not an address".into())
        );
        assert_eq!(
            add(&mut store, "a@b.example", Role::Npc, None, None),
            AccountError::StateMissing
        );
        assert_eq!(
            add(
                &mut store,
                "a@b.example",
                Role::Secretariat,
                Some("XAB"),
                None
            ),
            AccountError::StateForSecretariat
        );
        assert_eq!(
            add(&mut store, "a@b.example", Role::Npc, Some("FRX"), None),
            AccountError::UnknownState("FRX".into())
        );
        assert_eq!(
            add(
                &mut store,
                "a@b.example",
                Role::Npc,
                Some("XAB"),
                Some("short")
            ),
            AccountError::PasswordTooShort
        );
        store
            .add_account("cli", "a@b.example", Role::Npc, Some("FRA"), None)
            .unwrap();
        assert_eq!(
            add(&mut store, "A@B.example", Role::Npc, Some("FRA"), None),
            AccountError::Exists("a@b.example".into())
        );
        assert!(store.accounts().unwrap().len() == 1);
    }

    #[test]
    fn a_link_sets_the_password_once_and_reset_stops_the_old_password() {
        let (_dir, mut store) = store();
        let link = store
            .add_account("cli", "desk@mfa.example", Role::Npc, Some("XAB"), None)
            .unwrap()
            .unwrap();
        assert_eq!(
            store
                .set_password_with_link("0".repeat(64).as_str(), PASSWORD)
                .unwrap_err()
                .to_string(),
            AccountError::LinkInvalid.to_string()
        );
        assert_eq!(
            store.set_password_with_link(&link.token, PASSWORD).unwrap(),
            "desk@mfa.example"
        );
        assert!(
            store
                .check_password("desk@mfa.example", PASSWORD)
                .unwrap()
                .is_some()
        );
        assert!(
            store
                .set_password_with_link(&link.token, "another long password")
                .is_err()
        );

        let again = store
            .reset_password("cli", "desk@mfa.example", None)
            .unwrap()
            .unwrap();
        assert!(
            store
                .check_password("desk@mfa.example", PASSWORD)
                .unwrap()
                .is_none()
        );
        store
            .set_password_with_link(&again.token, "a brand new password")
            .unwrap();
        assert!(
            store
                .check_password("desk@mfa.example", "a brand new password")
                .unwrap()
                .is_some()
        );
    }
}
