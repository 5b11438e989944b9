//! The secretariat's versioned store of submissions (embedded SQLite).
//!
//! Every submission is kept as received (bytes, content hash, time received,
//! validation result) under its State, cycle and version. The same file again
//! is a no-op; a changed file for the same State and cycle becomes the next
//! version; nothing is updated or deleted (triggers refuse it). Each file is
//! ingested in its own transaction, and an ingestion log records every file
//! seen and what happened to it. WAL mode and a busy timeout let two ingests
//! run at once.
//!
//! ```text
//! file ─► poa_core::load + validate ─► Store::ingest (SHA-256: same → no-op, changed → next version)
//!      ─► submissions (append-only; triggers refuse UPDATE and DELETE) + ingestion log
//! Store::open_existing (read-only) ─► list / show / export (bytes as received) / log
//! ```

mod accounts;
mod migrations;
mod portal;
mod sql;
#[cfg(any(test, feature = "test-support"))]
#[doc(hidden)]
pub mod testing;

pub use accounts::{
    Account, AccountError, MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, PasswordLink, Role,
};
pub use portal::{
    Draft, DraftSaved, Expected, LoginRefused, Receipt, SESSION_SECONDS, Session, StateStatus,
    draft_version,
};

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use sha2::{Digest, Sha256};

use poa_core::finding::Severity;
use poa_core::load::{self, LoadOptions, Source};
use poa_core::timestamp::now_utc;
use poa_core::validate;
use sql::{Conn, Row, Sql, Sqlite, values};

/// A store: an embedded SQLite file or a PostgreSQL database.
pub struct Store {
    pub(crate) conn: Conn,
}

/// What ingesting one file did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Ingested {
    /// Stored as a new version.
    Stored {
        state: String,
        cycle: u16,
        version: i64,
        valid: bool,
    },
    /// The same content was already stored.
    Unchanged {
        state: String,
        cycle: u16,
        version: i64,
    },
    /// Not stored: the file could not be read or is not a report.
    Rejected { reason: String },
}

/// One stored submission, without its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Submission {
    pub state: String,
    pub cycle: u16,
    pub version: i64,
    pub sha256: String,
    pub received_at: String,
    pub file_name: String,
    pub valid: bool,
    pub errors: i64,
    pub warnings: i64,
}

/// One line of the ingestion log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LogEntry {
    pub at: String,
    pub file_name: String,
    pub outcome: String,
    pub detail: String,
}

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite refused (a locked, damaged or foreign file, a full disk).
    #[error("store: {0}")]
    Database(#[from] rusqlite::Error),
    /// PostgreSQL refused or could not be reached.
    #[error("store: {0}")]
    Postgres(#[from] postgres::Error),
    /// `store`/`diff --store` name a file that does not exist.
    #[error("{}: no such store", .0.display())]
    NoSuchStore(std::path::PathBuf),
    /// A stored submission is not text this program reads (stored by
    /// another tool, say).
    #[error("{0}")]
    Unreadable(String),
    /// The State and cycle have no submission.
    #[error("no submission of {state} {cycle} in the store")]
    NoSubmission { state: String, cycle: u16 },
    /// `--store` names a kind of store this build cannot open.
    #[error(
        "{0}: a store is a SQLite file (a path, or sqlite:PATH) or a PostgreSQL database (postgres://…)"
    )]
    UnsupportedUrl(String),
    /// An account could not be made or changed.
    #[error("{0}")]
    Account(accounts::AccountError),
    /// The State and cycle have no such version.
    #[error("no version {version} of {state} {cycle} in the store")]
    NoSuchVersion {
        state: String,
        cycle: u16,
        version: i64,
    },
}

pub type StoreResult<T> = Result<T, StoreError>;

/// `file:PATH?immutable=1`, with the characters a URI reserves escaped.
fn immutable_uri(path: &Path) -> String {
    let path = path.to_string_lossy();
    let escaped = path
        .replace('%', "%25")
        .replace('?', "%3F")
        .replace('#', "%23");
    format!("file:{escaped}?immutable=1")
}

/// The content hash, as lower-case hex.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Where a store is, as `--store` gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A file path, `sqlite:PATH` or `sqlite://PATH`.
    Sqlite(std::path::PathBuf),
    /// `postgres://…` or `postgresql://…`, as libpq takes it.
    Postgres(String),
}

/// Reads `--store`: a file path, `sqlite:PATH`, `sqlite://PATH`,
/// `postgres://…` or `postgresql://…`. Another scheme is refused, and its
/// password is never repeated in the message.
pub fn location(url: &str) -> StoreResult<Location> {
    if let Some(path) = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
    {
        return Ok(Location::Sqlite(std::path::PathBuf::from(path)));
    }
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Ok(Location::Postgres(url.to_owned()));
    }
    let scheme = url.split_once("://").map(|(scheme, _)| scheme);
    if scheme
        .is_some_and(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '+'))
    {
        // mysql://, https://...: never a file name here.
        return Err(StoreError::UnsupportedUrl(without_password(url)));
    }
    Ok(Location::Sqlite(std::path::PathBuf::from(url)))
}

/// A URL fit to print: `scheme://…@host/db` when it holds credentials.
pub fn without_password(url: &str) -> String {
    match (url.split_once("://"), url.rsplit_once('@')) {
        (Some((scheme, _)), Some((_, host))) => format!("{scheme}://…@{host}"),
        _ => url.to_owned(),
    }
}

impl Store {
    /// Opens (creating if needed) the store `url` names (see [`location`]);
    /// its migrations are applied.
    pub fn open_url(url: &str) -> StoreResult<Store> {
        match location(url)? {
            Location::Sqlite(path) => Store::open(&path),
            Location::Postgres(url) => {
                let mut conn =
                    Conn::Postgres(Box::new(postgres::Client::connect(&url, postgres::NoTls)?));
                migrations::apply(&mut conn)?;
                Ok(Store { conn })
            }
        }
    }

    /// Opens the existing store `url` names for reading only (a SQLite file
    /// is opened read-only; a PostgreSQL database must hold a store).
    pub fn open_existing_url(url: &str) -> StoreResult<Store> {
        match location(url)? {
            Location::Sqlite(path) => Store::open_existing(&path),
            Location::Postgres(url) => {
                let mut conn =
                    Conn::Postgres(Box::new(postgres::Client::connect(&url, postgres::NoTls)?));
                let found = conn
                    .query_one("SELECT to_regclass('submissions') IS NOT NULL", &[])?
                    .flag(0)?;
                if !found {
                    return Err(StoreError::NoSuchStore(without_password(&url).into()));
                }
                Ok(Store { conn })
            }
        }
    }

    /// Opens (creating if needed) the store at `path`.
    pub fn open(path: &Path) -> StoreResult<Store> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(60))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut conn = Conn::Sqlite(Sqlite::of_file(conn, path));
        migrations::apply(&mut conn)?;
        Ok(Store { conn })
    }

    /// Opens an existing store for reading only; a missing file is an error.
    /// Nothing is created or switched on (no tables, no WAL), so a store on a
    /// read-only share can be read, and reading never changes the file.
    pub fn open_existing(path: &Path) -> StoreResult<Store> {
        if !path.is_file() {
            return Err(StoreError::NoSuchStore(path.to_owned()));
        }
        let read_only = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let open = |target: &str, flags: OpenFlags| -> rusqlite::Result<Connection> {
            let conn = Connection::open_with_flags(target, flags)?;
            conn.busy_timeout(Duration::from_secs(60))?;
            conn.query_row("SELECT COUNT(*) FROM submissions", [], |_| Ok(()))?;
            Ok(conn)
        };
        let conn = match open(&path.to_string_lossy(), read_only) {
            Ok(conn) => conn,
            // A WAL store whose shared-memory file cannot be made (a
            // read-only share): read it as it stands on disk. Only then: an
            // immutable read ignores writers, so a store being written to is
            // never read this way.
            Err(rusqlite::Error::SqliteFailure(e, _))
                if matches!(
                    e.code,
                    rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly
                ) =>
            {
                open(&immutable_uri(path), read_only | OpenFlags::SQLITE_OPEN_URI)?
            }
            Err(e) => return Err(e.into()),
        };
        Ok(Store {
            conn: Conn::Sqlite(Sqlite::alone(conn)),
        })
    }

    /// Ingests one file in one transaction; every outcome is logged.
    pub fn ingest(&mut self, path: &Path, options: &LoadOptions) -> StoreResult<Ingested> {
        let name = path.display().to_string();
        match load::read_bytes(path, options.max_bytes) {
            Ok(bytes) => Ok(self.ingest_bytes(&name, &bytes, options, None)?.0),
            Err(e) => self.reject(&name, None, format!("{}: {}", e.id, e.message)),
        }
    }

    /// Ingests `bytes` received as `name`; with a `submitter` (the portal),
    /// the same transaction also writes a receipt and an audit line.
    pub(crate) fn ingest_bytes(
        &mut self,
        name: &str,
        bytes: &[u8],
        options: &LoadOptions,
        submitter: Option<&portal::Submitter>,
    ) -> StoreResult<(Ingested, Option<Receipt>)> {
        let rejected = |store: &mut Store, hash: Option<&str>, reason: String| {
            store
                .reject(name, hash, reason)
                .map(|outcome| (outcome, None))
        };
        if bytes.len() as u64 > options.max_bytes {
            let reason = format!(
                "the file has {} bytes, more than the {} a report may have",
                bytes.len(),
                options.max_bytes
            );
            return rejected(self, None, reason);
        }
        let hash = sha256_hex(bytes);
        let text = match load::decode(bytes) {
            Ok(text) => text,
            Err(e) => return rejected(self, Some(&hash), format!("{}: {}", e.id, e.message)),
        };
        let outcome = validate::validate_text(name, &text, options);
        if let Some(e) = &outcome.load_error {
            let place = e
                .pos
                .map(|p| format!(" at {}:{}", p.line, p.column))
                .unwrap_or_default();
            return rejected(self, Some(&hash), format!("{}{place}: {}", e.id, e.message));
        }
        let Some(report) = &outcome.report else {
            return rejected(
                self,
                Some(&hash),
                "does not match the report format (run `poa-report validate`)".into(),
            );
        };
        let findings: Vec<serde_json::Value> = outcome
            .findings
            .iter()
            .filter(|f| f.finding.severity != Severity::Info)
            .map(|f| {
                serde_json::json!({
                    "rule": f.finding.rule, "severity": f.finding.severity.code(),
                    "line": f.span.start.line, "column": f.span.start.column,
                    "pointer": f.finding.pointer, "message": f.finding.message.get(poa_core::model::Lang::En),
                })
            })
            .collect();
        let (state, cycle) = (report.state.iso3.clone(), report.cycle);
        if let Some(expected) = submitter
            && (state != expected.state || cycle != expected.cycle)
        {
            let reason = format!(
                "the report is for {state} {cycle}, not {} {}",
                expected.state, expected.cycle
            );
            return rejected(self, Some(&hash), reason);
        }
        let (valid, errors, warnings) = (
            outcome.is_valid(),
            outcome.count(Severity::Error),
            outcome.count(Severity::Warning),
        );
        let mut tx = self.conn.write()?;
        let existing = tx.query_opt(
            "SELECT id, version FROM submissions WHERE state = ?1 AND cycle = ?2 AND sha256 = ?3",
            values![&state, cycle, &hash],
        )?;
        let (result, id) = if let Some(row) = existing {
            let (id, version) = (row.int(0)?, row.int(1)?);
            tx.execute(
                "INSERT INTO ingest_log (at, file_name, sha256, outcome, detail) VALUES (?1, ?2, ?3, 'unchanged', ?4)",
                values![now_utc(), name, &hash, format!("{state} {cycle}: same as version {version}")],
            )?;
            let unchanged = Ingested::Unchanged {
                state: state.clone(),
                cycle,
                version,
            };
            (unchanged, id)
        } else {
            let version = tx
                .query_one(
                    "SELECT COALESCE(MAX(version), 0) + 1 FROM submissions WHERE state = ?1 AND cycle = ?2",
                    values![&state, cycle],
                )?
                .int(0)?;
            let id = tx
                .query_one(
                    "INSERT INTO submissions (state, cycle, version, sha256, received_at, file_name, valid, errors, warnings, findings, content)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING id",
                    values![&state, cycle, version, &hash, now_utc(), name, valid, errors, warnings,
                            serde_json::Value::Array(findings).to_string(), bytes],
                )?
                .int(0)?;
            let detail = format!(
                "{state} {cycle} version {version}: {errors} error(s), {warnings} warning(s)"
            );
            tx.execute(
                "INSERT INTO ingest_log (at, file_name, sha256, outcome, detail, submission_id) VALUES (?1, ?2, ?3, 'stored', ?4, ?5)",
                values![now_utc(), name, &hash, detail, id],
            )?;
            let stored = Ingested::Stored {
                state: state.clone(),
                cycle,
                version,
                valid,
            };
            (stored, id)
        };
        let receipt = match submitter {
            Some(submitter) => Some(portal::write_receipt(
                &mut tx,
                id,
                submitter.email,
                &result,
            )?),
            None => None,
        };
        tx.commit()?;
        Ok((result, receipt))
    }

    fn reject(&mut self, name: &str, hash: Option<&str>, reason: String) -> StoreResult<Ingested> {
        // One line of the log: it waits for no other writer on PostgreSQL,
        // and takes its process's turn on SQLite.
        let mut tx = self.conn.write_rows()?;
        tx.execute(
            "INSERT INTO ingest_log (at, file_name, sha256, outcome, detail) VALUES (?1, ?2, ?3, 'rejected', ?4)",
            values![now_utc(), name, hash, &reason],
        )?;
        tx.commit()?;
        Ok(Ingested::Rejected { reason })
    }

    /// Submissions, newest cycle first, filtered by State and cycle if given.
    pub fn list(
        &mut self,
        state: Option<&str>,
        cycle: Option<u16>,
    ) -> StoreResult<Vec<Submission>> {
        self.conn
            .query(
                &format!(
                    "SELECT {SUBMISSION_COLUMNS} FROM submissions
                     WHERE (CAST(?1 AS TEXT) IS NULL OR state = ?1) AND (CAST(?2 AS BIGINT) IS NULL OR cycle = ?2)
                     ORDER BY state, cycle DESC, version"
                ),
                values![state, cycle],
            )?
            .iter()
            .map(submission_from_row)
            .collect()
    }

    /// The version to use: the one given, or the latest.
    fn resolve(&mut self, state: &str, cycle: u16, version: Option<i64>) -> StoreResult<i64> {
        let found = match version {
            Some(v) => self
                .conn
                .query_opt(
                    "SELECT version FROM submissions WHERE state = ?1 AND cycle = ?2 AND version = ?3",
                    values![state, cycle, v],
                )?
                .map(|r| r.int(0))
                .transpose()?,
            None => self
                .conn
                .query_one(
                    "SELECT MAX(version) FROM submissions WHERE state = ?1 AND cycle = ?2",
                    values![state, cycle],
                )?
                .opt_int(0)?,
        };
        found.ok_or_else(|| match version {
            Some(version) => StoreError::NoSuchVersion {
                state: state.to_owned(),
                cycle,
                version,
            },
            None => StoreError::NoSubmission {
                state: state.to_owned(),
                cycle,
            },
        })
    }

    /// The submission's details and its findings (as JSON text).
    pub fn show(
        &mut self,
        state: &str,
        cycle: u16,
        version: Option<i64>,
    ) -> StoreResult<(Submission, String)> {
        let version = self.resolve(state, cycle, version)?;
        let row = self.conn.query_one(
            &format!(
                "SELECT {SUBMISSION_COLUMNS}, findings FROM submissions WHERE state = ?1 AND cycle = ?2 AND version = ?3"
            ),
            values![state, cycle, version],
        )?;
        Ok((submission_from_row(&row)?, row.text(9)?))
    }

    /// The bytes exactly as submitted.
    pub fn export(
        &mut self,
        state: &str,
        cycle: u16,
        version: Option<i64>,
    ) -> StoreResult<Vec<u8>> {
        let version = self.resolve(state, cycle, version)?;
        self.conn
            .query_one(
                "SELECT content FROM submissions WHERE state = ?1 AND cycle = ?2 AND version = ?3",
                values![state, cycle, version],
            )?
            .bytes(0)
    }

    /// A stored submission as a source to validate or compare.
    pub fn source(&mut self, state: &str, cycle: u16, version: Option<i64>) -> StoreResult<Source> {
        let version = self.resolve(state, cycle, version)?;
        let bytes = self.export(state, cycle, Some(version))?;
        let text = load::decode(&bytes).map_err(|e| StoreError::Unreadable(e.message))?;
        Ok(Source {
            name: format!("{state}/{cycle}/v{version}"),
            text,
        })
    }

    /// The latest version of each State's report of `cycle`, by State, of
    /// the States in `states` (every State: `None`): what a regional
    /// analysis of the cycle reads.
    pub fn latest_sources(
        &mut self,
        cycle: u16,
        states: Option<&[String]>,
    ) -> StoreResult<Vec<Source>> {
        let mut params = vec![sql::Value::from(cycle)];
        let among = match states {
            Some(states) => {
                let slots: Vec<String> = (0..states.len()).map(|i| format!("?{}", i + 2)).collect();
                params.extend(states.iter().map(|s| sql::Value::from(s.as_str())));
                if slots.is_empty() {
                    " AND 1 = 0".to_owned()
                } else {
                    format!(" AND s.state IN ({})", slots.join(", "))
                }
            }
            None => String::new(),
        };
        self.conn
            .query(
                &format!(
                    "SELECT s.state, s.version, s.content FROM submissions s
                     WHERE s.cycle = ?1{among} AND s.version =
                       (SELECT MAX(t.version) FROM submissions t WHERE t.state = s.state AND t.cycle = s.cycle)
                     ORDER BY s.state"
                ),
                &params,
            )?
            .into_iter()
            .map(|row| {
                let (state, version) = (row.text(0)?, row.int(1)?);
                let text =
                    load::decode(&row.bytes(2)?).map_err(|e| StoreError::Unreadable(e.message))?;
                Ok(Source {
                    name: format!("{state}/{cycle}/v{version}"),
                    text,
                })
            })
            .collect()
    }

    /// The cycles with at least one submission, newest first.
    pub fn submitted_cycles(&mut self) -> StoreResult<Vec<u16>> {
        self.conn
            .query(
                "SELECT DISTINCT cycle FROM submissions ORDER BY cycle DESC",
                &[],
            )?
            .iter()
            .map(|r| r.cycle(0))
            .collect()
    }

    /// The ingestion log, oldest first.
    pub fn log(&mut self) -> StoreResult<Vec<LogEntry>> {
        self.conn
            .query(
                "SELECT at, file_name, outcome, detail FROM ingest_log ORDER BY id",
                &[],
            )?
            .iter()
            .map(|r| {
                Ok(LogEntry {
                    at: r.text(0)?,
                    file_name: r.text(1)?,
                    outcome: r.text(2)?,
                    detail: r.text(3)?,
                })
            })
            .collect()
    }

    /// The database's own consistency check ("ok" when sound).
    pub fn integrity_check(&mut self) -> StoreResult<String> {
        if self.conn.is_postgres() {
            // The server checks its own pages; reading every table is ours.
            for table in [
                "submissions",
                "ingest_log",
                "accounts",
                "audit_log",
                "receipts",
            ] {
                self.conn
                    .query_one(&format!("SELECT COUNT(*) FROM {table}"), &[])?;
            }
            return Ok("ok".into());
        }
        self.conn.query_one("PRAGMA integrity_check", &[])?.text(0)
    }
}

/// The columns [`submission_from_row`] reads, in its order.
pub(crate) const SUBMISSION_COLUMNS: &str =
    "state, cycle, version, sha256, received_at, file_name, valid, errors, warnings";

/// A submission from a row whose first nine columns are [`SUBMISSION_COLUMNS`].
pub(crate) fn submission_from_row(r: &Row) -> StoreResult<Submission> {
    Ok(Submission {
        state: r.text(0)?,
        cycle: r.cycle(1)?,
        version: r.int(2)?,
        sha256: r.text(3)?,
        received_at: r.text(4)?,
        file_name: r.text(5)?,
        valid: r.flag(6)?,
        errors: r.int(7)?,
        warnings: r.int(8)?,
    })
}

#[cfg(test)]
mod url_tests {
    use super::*;

    #[test]
    fn store_urls_name_sqlite_files_or_postgresql_and_refuse_others() {
        assert_eq!(
            location("sqlite:/srv/poa.sqlite").unwrap(),
            Location::Sqlite("/srv/poa.sqlite".into())
        );
        assert_eq!(
            location("sqlite://poa.sqlite").unwrap(),
            Location::Sqlite("poa.sqlite".into())
        );
        assert_eq!(
            location("stores/poa.sqlite").unwrap(),
            Location::Sqlite("stores/poa.sqlite".into())
        );
        assert_eq!(
            location("postgres://portal:secret@db.example/poa").unwrap(),
            Location::Postgres("postgres://portal:secret@db.example/poa".into())
        );
        let err = location("mysql://portal:secret@db.example/poa").unwrap_err();
        assert_eq!(
            err.to_string(),
            "mysql://…@db.example/poa: a store is a SQLite file (a path, or sqlite:PATH) or a PostgreSQL database (postgres://…)"
        );
        assert!(!err.to_string().contains("secret"));
        assert_eq!(
            without_password("postgres://u:p@h:5432/d"),
            "postgres://…@h:5432/d"
        );
    }
}
