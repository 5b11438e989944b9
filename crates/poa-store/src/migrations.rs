//! The store's tables, as numbered migrations applied when a store is opened
//! for writing, written once for each database: the same tables, columns
//! and guarantees (append-only tables refuse UPDATE and DELETE in the
//! database itself). SQLite's `user_version`, or PostgreSQL's
//! `poa_schema` table, says how many have been applied; each runs once, in
//! its own writing transaction (one process at a time), in order. A SQLite
//! store made before migrations existed (version 0, tables already there)
//! takes migration 1 as a no-op, since it only creates what is missing.

use crate::StoreResult;
use crate::sql::{Conn, Sql, values};

/// Migration `i` brings a SQLite store from version `i` to `i + 1`.
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

/// The same migrations for PostgreSQL: integers are BIGINT, bytes BYTEA,
/// ids identities, and one trigger function refuses changes.
const POSTGRES_MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE submissions (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    state       TEXT   NOT NULL,
    cycle       BIGINT NOT NULL,
    version     BIGINT NOT NULL,
    sha256      TEXT   NOT NULL,
    received_at TEXT   NOT NULL,
    file_name   TEXT   NOT NULL,
    valid       BIGINT NOT NULL,
    errors      BIGINT NOT NULL,
    warnings    BIGINT NOT NULL,
    findings    TEXT   NOT NULL,
    content     BYTEA  NOT NULL,
    UNIQUE (state, cycle, version),
    UNIQUE (state, cycle, sha256)
);
CREATE TABLE ingest_log (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at            TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    sha256        TEXT,
    outcome       TEXT NOT NULL,
    detail        TEXT NOT NULL,
    submission_id BIGINT REFERENCES submissions(id)
);
CREATE FUNCTION poa_never_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are never changed or deleted', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER submissions_append_only BEFORE UPDATE OR DELETE ON submissions
    FOR EACH ROW EXECUTE FUNCTION poa_never_changed();
CREATE TRIGGER submissions_never_truncated BEFORE TRUNCATE ON submissions
    FOR EACH STATEMENT EXECUTE FUNCTION poa_never_changed();
CREATE TRIGGER log_append_only BEFORE UPDATE OR DELETE ON ingest_log
    FOR EACH ROW EXECUTE FUNCTION poa_never_changed();
CREATE TRIGGER log_never_truncated BEFORE TRUNCATE ON ingest_log
    FOR EACH STATEMENT EXECUTE FUNCTION poa_never_changed();
"#,
    r#"
CREATE TABLE accounts (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         TEXT   NOT NULL UNIQUE,
    role          TEXT   NOT NULL CHECK (role IN ('npc', 'secretariat')),
    state         TEXT,
    password_hash TEXT,
    disabled      BIGINT NOT NULL DEFAULT 0,
    created_at    TEXT   NOT NULL,
    CHECK ((role = 'npc') = (state IS NOT NULL))
);
CREATE TABLE password_links (
    token_sha256 TEXT   PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES accounts(id),
    expires_at   BIGINT NOT NULL,
    used_at      TEXT
);
CREATE TABLE audit_log (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail  TEXT NOT NULL
);
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION poa_never_changed();
CREATE TRIGGER audit_never_truncated BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION poa_never_changed();
"#,
    r#"
CREATE TABLE sessions (
    token_sha256 TEXT   PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES accounts(id),
    csrf         TEXT   NOT NULL,
    started_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL
);
CREATE TABLE login_failures (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      BIGINT NOT NULL,
    email   TEXT   NOT NULL,
    address TEXT   NOT NULL
);
CREATE INDEX login_failures_by_email ON login_failures (email, at);
CREATE INDEX login_failures_by_address ON login_failures (address, at);
CREATE TABLE drafts (
    state      TEXT   NOT NULL,
    cycle      BIGINT NOT NULL,
    content    BYTEA  NOT NULL,
    version    TEXT   NOT NULL,
    updated_at TEXT   NOT NULL,
    updated_by TEXT   NOT NULL,
    PRIMARY KEY (state, cycle)
);
CREATE TABLE receipts (
    id            TEXT   PRIMARY KEY,
    submission_id BIGINT NOT NULL REFERENCES submissions(id),
    submitter     TEXT   NOT NULL,
    at            TEXT   NOT NULL,
    unchanged     BIGINT NOT NULL
);
CREATE TRIGGER receipts_append_only BEFORE UPDATE OR DELETE ON receipts
    FOR EACH ROW EXECUTE FUNCTION poa_never_changed();
CREATE TRIGGER receipts_never_truncated BEFORE TRUNCATE ON receipts
    FOR EACH STATEMENT EXECUTE FUNCTION poa_never_changed();
"#,
];

/// The version a store has once every migration is applied.
#[cfg(test)]
const LATEST: i64 = MIGRATIONS.len() as i64;

/// Applies the migrations the store lacks. Two processes opening one store
/// at once take turns (a writing transaction each), and the second finds
/// nothing left to do.
pub(crate) fn apply(conn: &mut Conn) -> StoreResult<()> {
    let postgres = conn.is_postgres();
    let migrations = if postgres {
        POSTGRES_MIGRATIONS
    } else {
        MIGRATIONS
    };
    loop {
        let mut tx = conn.write()?;
        let version = if postgres {
            tx.batch("CREATE TABLE IF NOT EXISTS poa_schema (version BIGINT NOT NULL)")?;
            match tx.query_opt("SELECT version FROM poa_schema", &[])? {
                Some(row) => row.int(0)?,
                None => {
                    tx.execute("INSERT INTO poa_schema (version) VALUES (0)", &[])?;
                    0
                }
            }
        } else {
            tx.query_one("PRAGMA user_version", &[])?.int(0)?
        };
        let Some(migration) = usize::try_from(version)
            .ok()
            .and_then(|v| migrations.get(v))
        else {
            return tx.commit();
        };
        tx.batch(migration)?;
        if postgres {
            tx.execute("UPDATE poa_schema SET version = ?1", values![version + 1])?;
        } else {
            // A pragma takes no placeholder; the number is ours.
            tx.batch(&format!("PRAGMA user_version = {}", version + 1))?;
        }
        tx.commit()?;
    }
}

/// The version of the SQLite store `conn` reads.
#[cfg(test)]
fn version(conn: &mut Conn) -> i64 {
    conn.query_one("PRAGMA user_version", &[])
        .and_then(|r| r.int(0))
        .unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn memory() -> Conn {
        Conn::Sqlite(crate::sql::Sqlite::alone(
            rusqlite::Connection::open_in_memory().unwrap(),
        ))
    }

    #[test]
    fn both_databases_have_as_many_migrations() {
        assert_eq!(MIGRATIONS.len(), POSTGRES_MIGRATIONS.len());
    }

    #[test]
    fn a_new_store_gets_every_migration_once() {
        let mut conn = memory();
        apply(&mut conn).unwrap();
        assert_eq!(version(&mut conn), LATEST);
        apply(&mut conn).unwrap();
        assert_eq!(version(&mut conn), LATEST);
        let Conn::Sqlite(sqlite) = &conn else {
            unreachable!()
        };
        let tables: i64 = sqlite
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
        let mut conn = memory();
        conn.batch(MIGRATIONS[0]).unwrap();
        assert_eq!(version(&mut conn), 0);
        apply(&mut conn).unwrap();
        assert_eq!(version(&mut conn), LATEST);
    }
}
