//! The store's tables, as numbered migrations applied when a store is opened
//! for writing. SQLite's `user_version` says how many have been applied; each
//! runs once, in its own transaction, in order. A store made before
//! migrations existed (version 0, tables already there) takes migration 1 as
//! a no-op, since it only creates what is missing.

use rusqlite::{Connection, TransactionBehavior};

/// Migration `i` brings a store from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: submissions and the ingestion log, append-only.
    r#"
CREATE TABLE IF NOT EXISTS submissions (
    id          INTEGER PRIMARY KEY,
    state       TEXT    NOT NULL,
    cycle       INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    sha256      TEXT    NOT NULL,
    received_at TEXT    NOT NULL,
    file_name   TEXT    NOT NULL,
    valid       INTEGER NOT NULL,
    errors      INTEGER NOT NULL,
    warnings    INTEGER NOT NULL,
    findings    TEXT    NOT NULL,
    content     BLOB    NOT NULL,
    UNIQUE (state, cycle, version),
    UNIQUE (state, cycle, sha256)
);
CREATE TABLE IF NOT EXISTS ingest_log (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    sha256        TEXT,
    outcome       TEXT NOT NULL,
    detail        TEXT NOT NULL,
    submission_id INTEGER REFERENCES submissions(id)
);
CREATE TRIGGER IF NOT EXISTS submissions_never_change BEFORE UPDATE ON submissions
BEGIN SELECT RAISE(ABORT, 'submissions are never changed'); END;
CREATE TRIGGER IF NOT EXISTS submissions_never_deleted BEFORE DELETE ON submissions
BEGIN SELECT RAISE(ABORT, 'submissions are never deleted'); END;
CREATE TRIGGER IF NOT EXISTS log_never_changes BEFORE UPDATE ON ingest_log
BEGIN SELECT RAISE(ABORT, 'the ingestion log is never changed'); END;
CREATE TRIGGER IF NOT EXISTS log_never_deleted BEFORE DELETE ON ingest_log
BEGIN SELECT RAISE(ABORT, 'the ingestion log is never deleted'); END;
"#,
    // 2: accounts (a State's national points of contact, the secretariat),
    // one-time links to set a password, and the audit log of every action.
    r#"
CREATE TABLE IF NOT EXISTS accounts (
    id            INTEGER PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE,
    role          TEXT    NOT NULL CHECK (role IN ('npc', 'secretariat')),
    state         TEXT,
    password_hash TEXT,
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT    NOT NULL,
    CHECK ((role = 'npc') = (state IS NOT NULL))
);
CREATE TABLE IF NOT EXISTS password_links (
    token_sha256 TEXT    PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id),
    expires_at   INTEGER NOT NULL,
    used_at      TEXT
);
CREATE TABLE IF NOT EXISTS audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail  TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS audit_never_changes BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is never changed'); END;
CREATE TRIGGER IF NOT EXISTS audit_never_deleted BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is never deleted'); END;
"#,
    // 3: the portal: sessions, sign-in failures (kept to limit guessing
    // across processes), each State's draft of a cycle, and receipts of
    // submissions (append-only).
    r#"
CREATE TABLE IF NOT EXISTS sessions (
    token_sha256 TEXT    PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id),
    csrf         TEXT    NOT NULL,
    started_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS login_failures (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    email   TEXT    NOT NULL,
    address TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS login_failures_by_email ON login_failures (email, at);
CREATE INDEX IF NOT EXISTS login_failures_by_address ON login_failures (address, at);
CREATE TABLE IF NOT EXISTS drafts (
    state      TEXT    NOT NULL,
    cycle      INTEGER NOT NULL,
    content    BLOB    NOT NULL,
    version    TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    updated_by TEXT    NOT NULL,
    PRIMARY KEY (state, cycle)
);
CREATE TABLE IF NOT EXISTS receipts (
    id            TEXT    PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submissions(id),
    submitter     TEXT    NOT NULL,
    at            TEXT    NOT NULL,
    unchanged     INTEGER NOT NULL
);
CREATE TRIGGER IF NOT EXISTS receipts_never_change BEFORE UPDATE ON receipts
BEGIN SELECT RAISE(ABORT, 'receipts are never changed'); END;
CREATE TRIGGER IF NOT EXISTS receipts_never_deleted BEFORE DELETE ON receipts
BEGIN SELECT RAISE(ABORT, 'receipts are never deleted'); END;
"#,
];

/// The version a store has once every migration is applied.
#[cfg(test)]
const LATEST: i64 = MIGRATIONS.len() as i64;

/// Applies the migrations `conn`'s store lacks. Two processes opening one
/// store at once take turns (an immediate transaction each), and the second
/// finds nothing left to do.
pub(crate) fn apply(conn: &Connection) -> rusqlite::Result<()> {
    loop {
        let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let Some(migration) = usize::try_from(version)
            .ok()
            .and_then(|v| MIGRATIONS.get(v))
        else {
            return tx.commit();
        };
        tx.execute_batch(migration)?;
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
    }
}

/// The version of the store `conn` reads.
#[cfg(test)]
fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_store_gets_every_migration_once() {
        let conn = Connection::open_in_memory().unwrap();
        apply(&conn).unwrap();
        assert_eq!(version(&conn).unwrap(), LATEST);
        apply(&conn).unwrap();
        assert_eq!(version(&conn).unwrap(), LATEST);
        let tables: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('submissions', 'ingest_log', 'accounts', 'password_links', 'audit_log', 'sessions', 'login_failures', 'drafts', 'receipts')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(tables, 9);
    }

    /// A store written before migrations (tables there, version 0) opens.
    #[test]
    fn a_store_from_before_migrations_is_brought_up_to_date() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        assert_eq!(version(&conn).unwrap(), 0);
        apply(&conn).unwrap();
        assert_eq!(version(&conn).unwrap(), LATEST);
    }
}
