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

pub use accounts::{
    Account, AccountError, MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, PasswordLink, Role,
};
pub use portal::{
    Draft, DraftSaved, LoginRefused, Receipt, SESSION_SECONDS, Session, StateStatus, draft_version,
};

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};
use serde::Serialize;
use sha2::{Digest, Sha256};

use poa_core::finding::Severity;
use poa_core::load::{self, LoadOptions, Source};
use poa_core::timestamp::now_utc;
use poa_core::validate;

/// A store opened for reading and writing.
pub struct Store {
    pub(crate) conn: Connection,
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
    #[error("{0}: this build opens SQLite stores only (a file path, or sqlite:PATH)")]
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

pub(crate) fn db<T>(result: rusqlite::Result<T>) -> StoreResult<T> {
    result.map_err(StoreError::Database)
}

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

/// Where a store is, as `--store` gives it: a file path, `sqlite:PATH` or
/// `sqlite://PATH` (the form the portal's `--store` takes).
pub fn sqlite_path(url: &str) -> StoreResult<std::path::PathBuf> {
    if let Some(path) = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
    {
        return Ok(std::path::PathBuf::from(path));
    }
    let scheme = url.split_once("://").map(|(scheme, _)| scheme);
    if scheme
        .is_some_and(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '+'))
    {
        // postgres://, postgresql://, mysql://...: never a file name here.
        let shown = url.split_once('@').map_or(url.to_owned(), |(_, host)| {
            format!("{}://…@{host}", scheme.unwrap_or_default())
        });
        return Err(StoreError::UnsupportedUrl(shown));
    }
    Ok(std::path::PathBuf::from(url))
}

impl Store {
    /// Opens (creating if needed) the store `url` names (see [`sqlite_path`]).
    pub fn open_url(url: &str) -> StoreResult<Store> {
        Store::open(&sqlite_path(url)?)
    }

    /// Opens the existing store `url` names for reading only.
    pub fn open_existing_url(url: &str) -> StoreResult<Store> {
        Store::open_existing(&sqlite_path(url)?)
    }

    /// Opens (creating if needed) the store at `path`.
    pub fn open(path: &Path) -> StoreResult<Store> {
        let conn = db(Connection::open(path))?;
        db(conn.busy_timeout(Duration::from_secs(60)))?;
        db(conn.pragma_update(None, "journal_mode", "WAL"))?;
        db(conn.pragma_update(None, "synchronous", "FULL"))?;
        db(conn.pragma_update(None, "foreign_keys", "ON"))?;
        db(migrations::apply(&conn))?;
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
                db(open(
                    &immutable_uri(path),
                    read_only | OpenFlags::SQLITE_OPEN_URI,
                ))?
            }
            Err(e) => return db(Err(e)),
        };
        Ok(Store { conn })
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
                    "pointer": f.finding.pointer, "message": f.finding.message.en,
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
        let tx = db(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate))?;
        let existing: Option<(i64, i64)> = db(tx
            .query_row(
                "SELECT id, version FROM submissions WHERE state = ?1 AND cycle = ?2 AND sha256 = ?3",
                params![state, cycle, hash],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional())?;
        let (result, id) = if let Some((id, version)) = existing {
            db(tx.execute(
                "INSERT INTO ingest_log (at, file_name, sha256, outcome, detail) VALUES (?1, ?2, ?3, 'unchanged', ?4)",
                params![now_utc(), name, hash, format!("{state} {cycle}: same as version {version}")],
            ))?;
            let unchanged = Ingested::Unchanged {
                state: state.clone(),
                cycle,
                version,
            };
            (unchanged, id)
        } else {
            let version: i64 = db(tx.query_row(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM submissions WHERE state = ?1 AND cycle = ?2",
                params![state, cycle],
                |r| r.get(0),
            ))?;
            db(tx.execute(
                "INSERT INTO submissions (state, cycle, version, sha256, received_at, file_name, valid, errors, warnings, findings, content)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![state, cycle, version, hash, now_utc(), name, valid, errors as i64, warnings as i64,
                        serde_json::Value::Array(findings).to_string(), bytes],
            ))?;
            let id = tx.last_insert_rowid();
            let detail = format!(
                "{state} {cycle} version {version}: {errors} error(s), {warnings} warning(s)"
            );
            db(tx.execute(
                "INSERT INTO ingest_log (at, file_name, sha256, outcome, detail, submission_id) VALUES (?1, ?2, ?3, 'stored', ?4, ?5)",
                params![now_utc(), name, hash, detail, id],
            ))?;
            let stored = Ingested::Stored {
                state: state.clone(),
                cycle,
                version,
                valid,
            };
            (stored, id)
        };
        let receipt = match submitter {
            Some(submitter) => Some(portal::write_receipt(&tx, id, submitter.email, &result)?),
            None => None,
        };
        db(tx.commit())?;
        Ok((result, receipt))
    }

    fn reject(&mut self, name: &str, hash: Option<&str>, reason: String) -> StoreResult<Ingested> {
        db(self.conn.execute(
            "INSERT INTO ingest_log (at, file_name, sha256, outcome, detail) VALUES (?1, ?2, ?3, 'rejected', ?4)",
            params![now_utc(), name, hash, reason],
        ))?;
        Ok(Ingested::Rejected { reason })
    }

    /// Submissions, newest cycle first, filtered by State and cycle if given.
    pub fn list(&self, state: Option<&str>, cycle: Option<u16>) -> StoreResult<Vec<Submission>> {
        let mut stmt = db(self.conn.prepare(
            "SELECT state, cycle, version, sha256, received_at, file_name, valid, errors, warnings FROM submissions
             WHERE (?1 IS NULL OR state = ?1) AND (?2 IS NULL OR cycle = ?2)
             ORDER BY state, cycle DESC, version",
        ))?;
        let rows = db(stmt.query_map(params![state, cycle], submission_from_row))?;
        db(rows.collect())
    }

    /// The version to use: the one given, or the latest.
    fn resolve(&self, state: &str, cycle: u16, version: Option<i64>) -> StoreResult<i64> {
        let found: Option<i64> = match version {
            Some(v) => db(self
                .conn
                .query_row("SELECT version FROM submissions WHERE state = ?1 AND cycle = ?2 AND version = ?3", params![state, cycle, v], |r| r.get(0))
                .optional())?,
            None => db(self.conn.query_row("SELECT MAX(version) FROM submissions WHERE state = ?1 AND cycle = ?2", params![state, cycle], |r| r.get(0)))?,
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
        &self,
        state: &str,
        cycle: u16,
        version: Option<i64>,
    ) -> StoreResult<(Submission, String)> {
        let version = self.resolve(state, cycle, version)?;
        db(self.conn.query_row(
            "SELECT state, cycle, version, sha256, received_at, file_name, valid, errors, warnings, findings FROM submissions
             WHERE state = ?1 AND cycle = ?2 AND version = ?3",
            params![state, cycle, version],
            |r| Ok((submission_from_row(r)?, r.get(9)?)),
        ))
    }

    /// The bytes exactly as submitted.
    pub fn export(&self, state: &str, cycle: u16, version: Option<i64>) -> StoreResult<Vec<u8>> {
        let version = self.resolve(state, cycle, version)?;
        db(self.conn.query_row(
            "SELECT content FROM submissions WHERE state = ?1 AND cycle = ?2 AND version = ?3",
            params![state, cycle, version],
            |r| r.get(0),
        ))
    }

    /// A stored submission as a source to validate or compare.
    pub fn source(&self, state: &str, cycle: u16, version: Option<i64>) -> StoreResult<Source> {
        let version = self.resolve(state, cycle, version)?;
        let bytes = self.export(state, cycle, Some(version))?;
        let text = load::decode(&bytes).map_err(|e| StoreError::Unreadable(e.message))?;
        Ok(Source {
            name: format!("{state}/{cycle}/v{version}"),
            text,
        })
    }

    /// The ingestion log, oldest first.
    pub fn log(&self) -> StoreResult<Vec<LogEntry>> {
        let mut stmt = db(self
            .conn
            .prepare("SELECT at, file_name, outcome, detail FROM ingest_log ORDER BY id"))?;
        let rows = db(stmt.query_map([], |r| {
            Ok(LogEntry {
                at: r.get(0)?,
                file_name: r.get(1)?,
                outcome: r.get(2)?,
                detail: r.get(3)?,
            })
        }))?;
        db(rows.collect())
    }

    /// SQLite's own consistency check ("ok" when sound).
    pub fn integrity_check(&self) -> StoreResult<String> {
        db(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0)))
    }
}

/// A submission from a row whose first nine columns are, in order: state,
/// cycle, version, sha256, received_at, file_name, valid, errors, warnings.
fn submission_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Submission> {
    Ok(Submission {
        state: r.get(0)?,
        cycle: r.get(1)?,
        version: r.get(2)?,
        sha256: r.get(3)?,
        received_at: r.get(4)?,
        file_name: r.get(5)?,
        valid: r.get(6)?,
        errors: r.get(7)?,
        warnings: r.get(8)?,
    })
}

#[cfg(test)]
mod url_tests {
    use super::*;

    #[test]
    fn store_urls_name_sqlite_files_and_refuse_servers() {
        assert_eq!(
            sqlite_path("sqlite:/srv/poa.sqlite").unwrap(),
            Path::new("/srv/poa.sqlite")
        );
        assert_eq!(
            sqlite_path("sqlite://poa.sqlite").unwrap(),
            Path::new("poa.sqlite")
        );
        assert_eq!(
            sqlite_path("stores/poa.sqlite").unwrap(),
            Path::new("stores/poa.sqlite")
        );
        let err = sqlite_path("postgres://portal:secret@db.example/poa").unwrap_err();
        assert_eq!(
            err.to_string(),
            "postgres://…@db.example/poa: this build opens SQLite stores only (a file path, or sqlite:PATH)"
        );
        assert!(!err.to_string().contains("secret"));
    }
}
