//! One way to run the store's SQL on either database: an embedded SQLite
//! file (rusqlite) or a PostgreSQL server (the `postgres` client), so every
//! query of the store is written once.
//!
//! The SQL is the common part of both dialects: placeholders are written
//! `?1`, `?2` (turned into `$1`, `$2` for PostgreSQL), flags are integers 0
//! and 1, new rows give their id through `RETURNING id`. Values travel as
//! [`Value`]s, rows come back as [`Row`]s of them. A write transaction
//! ([`Conn::write`]) is serialized across every process using the database:
//! SQLite's `BEGIN IMMEDIATE`, a PostgreSQL advisory lock.

use std::collections::HashMap;
use std::error::Error;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex, MutexGuard, PoisonError};

use bytes::BytesMut;
use postgres::types::{IsNull, ToSql, Type, to_sql_checked};

use crate::{StoreError, StoreResult};

/// The advisory lock every writing transaction on PostgreSQL takes.
const WRITE_LOCK: i64 = 0x706f_615f_7374_6f72; // "poa_stor"

/// A value sent to or read from the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value {
    Null,
    Int(i64),
    Text(String),
    Bytes(Vec<u8>),
    Bool(bool),
}

impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::Text(v.to_owned())
    }
}
impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::Text(v)
    }
}
impl From<&String> for Value {
    fn from(v: &String) -> Value {
        Value::Text(v.clone())
    }
}
impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Int(v)
    }
}
impl From<u16> for Value {
    fn from(v: u16) -> Value {
        Value::Int(i64::from(v))
    }
}
impl From<usize> for Value {
    fn from(v: usize) -> Value {
        Value::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}
/// Flags are stored as 0 and 1 in both databases.
impl From<bool> for Value {
    fn from(v: bool) -> Value {
        Value::Int(i64::from(v))
    }
}
impl From<&[u8]> for Value {
    fn from(v: &[u8]) -> Value {
        Value::Bytes(v.to_vec())
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::Null, Into::into)
    }
}

/// The values of a statement's placeholders, in order.
macro_rules! values {
    ($($value:expr),* $(,)?) => {
        &[$($crate::sql::Value::from($value)),*][..]
    };
}
pub(crate) use values;

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(match self {
            Value::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Value::Int(i) => ToSqlOutput::Borrowed(ValueRef::Integer(*i)),
            Value::Bool(b) => ToSqlOutput::Borrowed(ValueRef::Integer(i64::from(*b))),
            Value::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Value::Bytes(b) => ToSqlOutput::Borrowed(ValueRef::Blob(b)),
        })
    }
}

impl ToSql for Value {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut BytesMut,
    ) -> Result<IsNull, Box<dyn Error + Sync + Send>> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            // An integer goes in the width the column has.
            Value::Int(i) if *ty == Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
            Value::Int(i) if *ty == Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
            Value::Int(i) if *ty == Type::BOOL => (*i != 0).to_sql(ty, out),
            Value::Int(i) => i.to_sql(ty, out),
            Value::Bool(b) if *ty == Type::INT8 => i64::from(*b).to_sql(ty, out),
            Value::Bool(b) => b.to_sql(ty, out),
            Value::Text(s) => s.to_sql(ty, out),
            Value::Bytes(b) => b.to_sql(ty, out),
        }
    }

    fn accepts(_ty: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// One row of a result.
#[derive(Debug, Clone)]
pub(crate) struct Row(Vec<Value>);

impl Row {
    fn at(&self, i: usize) -> StoreResult<&Value> {
        self.0
            .get(i)
            .ok_or_else(|| StoreError::Unreadable(format!("no column {i} in a row of the store")))
    }

    fn wrong(&self, i: usize, wanted: &str) -> StoreError {
        StoreError::Unreadable(format!(
            "column {i} of a row of the store is not {wanted}: {:?}",
            self.0.get(i)
        ))
    }

    pub(crate) fn int(&self, i: usize) -> StoreResult<i64> {
        match self.at(i)? {
            Value::Int(v) => Ok(*v),
            Value::Bool(b) => Ok(i64::from(*b)),
            _ => Err(self.wrong(i, "a number")),
        }
    }

    pub(crate) fn opt_int(&self, i: usize) -> StoreResult<Option<i64>> {
        match self.at(i)? {
            Value::Null => Ok(None),
            _ => self.int(i).map(Some),
        }
    }

    pub(crate) fn cycle(&self, i: usize) -> StoreResult<u16> {
        u16::try_from(self.int(i)?).map_err(|_| self.wrong(i, "a cycle"))
    }

    pub(crate) fn flag(&self, i: usize) -> StoreResult<bool> {
        match self.at(i)? {
            Value::Bool(b) => Ok(*b),
            Value::Int(v) => Ok(*v != 0),
            _ => Err(self.wrong(i, "a flag")),
        }
    }

    pub(crate) fn text(&self, i: usize) -> StoreResult<String> {
        match self.at(i)? {
            Value::Text(s) => Ok(s.clone()),
            _ => Err(self.wrong(i, "text")),
        }
    }

    pub(crate) fn opt_text(&self, i: usize) -> StoreResult<Option<String>> {
        match self.at(i)? {
            Value::Null => Ok(None),
            _ => self.text(i).map(Some),
        }
    }

    pub(crate) fn bytes(&self, i: usize) -> StoreResult<Vec<u8>> {
        match self.at(i)? {
            Value::Bytes(b) => Ok(b.clone()),
            Value::Text(s) => Ok(s.clone().into_bytes()),
            _ => Err(self.wrong(i, "bytes")),
        }
    }
}

fn sqlite_row(row: &rusqlite::Row, columns: usize) -> rusqlite::Result<Row> {
    use rusqlite::types::ValueRef;
    let mut values = Vec::with_capacity(columns);
    for i in 0..columns {
        values.push(match row.get_ref(i)? {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(v) => Value::Int(v),
            ValueRef::Real(v) => Value::Int(v as i64),
            ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Value::Bytes(b.to_vec()),
        });
    }
    Ok(Row(values))
}

fn postgres_row(row: &postgres::Row) -> StoreResult<Row> {
    let mut values = Vec::with_capacity(row.len());
    for (i, column) in row.columns().iter().enumerate() {
        let ty = column.type_();
        let value = if *ty == Type::INT8 {
            row.try_get::<_, Option<i64>>(i)?.map(Value::Int)
        } else if *ty == Type::INT4 {
            row.try_get::<_, Option<i32>>(i)?
                .map(|v| Value::Int(v.into()))
        } else if *ty == Type::INT2 {
            row.try_get::<_, Option<i16>>(i)?
                .map(|v| Value::Int(v.into()))
        } else if *ty == Type::BOOL {
            row.try_get::<_, Option<bool>>(i)?.map(Value::Bool)
        } else if *ty == Type::BYTEA {
            row.try_get::<_, Option<Vec<u8>>>(i)?.map(Value::Bytes)
        } else {
            row.try_get::<_, Option<String>>(i)?.map(Value::Text)
        };
        values.push(value.unwrap_or(Value::Null));
    }
    Ok(Row(values))
}

/// `?1` placeholders as PostgreSQL's `$1`.
fn dollars(sql: &str) -> String {
    sql.replace('?', "$")
}

fn pg_params(params: &[Value]) -> Vec<&(dyn ToSql + Sync)> {
    params.iter().map(|v| v as &(dyn ToSql + Sync)).collect()
}

/// Runs statements: a connection or a transaction of either database.
pub(crate) trait Sql {
    /// Runs a statement; the number of rows it changed.
    fn execute(&mut self, sql: &str, params: &[Value]) -> StoreResult<u64>;
    /// Every row of a query.
    fn query(&mut self, sql: &str, params: &[Value]) -> StoreResult<Vec<Row>>;
    /// Runs several statements without parameters.
    fn batch(&mut self, sql: &str) -> StoreResult<()>;

    /// The first row, if any.
    fn query_opt(&mut self, sql: &str, params: &[Value]) -> StoreResult<Option<Row>> {
        Ok(self.query(sql, params)?.into_iter().next())
    }

    /// The first row; none is an error.
    fn query_one(&mut self, sql: &str, params: &[Value]) -> StoreResult<Row> {
        self.query_opt(sql, params)?
            .ok_or_else(|| StoreError::Unreadable("the store answered no row".into()))
    }
}

fn sqlite_query(conn: &rusqlite::Connection, sql: &str, params: &[Value]) -> StoreResult<Vec<Row>> {
    let mut statement = conn.prepare_cached(sql)?;
    let columns = statement.column_count();
    let rows = statement.query_map(rusqlite::params_from_iter(params), |r| {
        sqlite_row(r, columns)
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<Row>>>()?)
}

fn sqlite_execute(conn: &rusqlite::Connection, sql: &str, params: &[Value]) -> StoreResult<u64> {
    let mut statement = conn.prepare_cached(sql)?;
    Ok(statement.execute(rusqlite::params_from_iter(params))? as u64)
}

/// A SQLite connection and the turn its process's writers take.
///
/// SQLite lets one writer in at a time; a connection that finds the file
/// locked sleeps and retries (1, 2, 5 … 100 ms), so under a burst of
/// writes from one process's connections some wait far longer than the
/// writes take. Writers of one file in one process therefore queue on a
/// mutex first and meet SQLite's lock only when another process writes.
pub(crate) struct Sqlite {
    conn: rusqlite::Connection,
    writers: Arc<Mutex<()>>,
}

impl Sqlite {
    /// A connection to the file at `path`, sharing its writers' turn with
    /// every other connection of this process to the same file.
    pub(crate) fn of_file(conn: rusqlite::Connection, path: &Path) -> Sqlite {
        static TURNS: LazyLock<Mutex<HashMap<PathBuf, Arc<Mutex<()>>>>> =
            LazyLock::new(Default::default);
        let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        let writers = TURNS
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(key)
            .or_default()
            .clone();
        Sqlite { conn, writers }
    }

    /// A connection with a turn of its own (an in-memory database, a
    /// read-only one).
    pub(crate) fn alone(conn: rusqlite::Connection) -> Sqlite {
        Sqlite {
            conn,
            writers: Arc::default(),
        }
    }
}

impl std::ops::Deref for Sqlite {
    type Target = rusqlite::Connection;
    fn deref(&self) -> &rusqlite::Connection {
        &self.conn
    }
}

/// A SQLite writing transaction holding its process's turn until it ends.
pub(crate) struct SqliteTx<'a> {
    // Declared first, so it ends (rolls back if not committed) before the
    // turn is given up.
    tx: rusqlite::Transaction<'a>,
    _turn: MutexGuard<'a, ()>,
}

impl std::ops::Deref for SqliteTx<'_> {
    type Target = rusqlite::Connection;
    fn deref(&self) -> &rusqlite::Connection {
        &self.tx
    }
}

/// An open connection to either database.
pub(crate) enum Conn {
    Sqlite(Sqlite),
    Postgres(Box<postgres::Client>),
}

impl Conn {
    /// Starts a writing transaction: one at a time across every process
    /// using the database.
    pub(crate) fn write(&mut self) -> StoreResult<Tx<'_>> {
        match self {
            Conn::Sqlite(sqlite) => Conn::sqlite_write(sqlite),
            Conn::Postgres(client) => {
                let mut tx = client.transaction()?;
                tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
                Ok(Tx::Postgres(tx))
            }
        }
    }

    /// Starts a writing transaction whose statements are each atomic on the
    /// rows they touch (a draft's compare-and-swap, a line of the audit
    /// log), so it need not wait for other writers: on PostgreSQL it takes
    /// no store-wide lock, and States' drafts are saved side by side. SQLite
    /// has one writer at a time whatever is asked; there it is [`Conn::write`].
    pub(crate) fn write_rows(&mut self) -> StoreResult<Tx<'_>> {
        match self {
            Conn::Sqlite(sqlite) => Conn::sqlite_write(sqlite),
            Conn::Postgres(client) => Ok(Tx::Postgres(client.transaction()?)),
        }
    }

    fn sqlite_write(sqlite: &mut Sqlite) -> StoreResult<Tx<'_>> {
        let Sqlite { conn, writers } = sqlite;
        let turn = writers.lock().unwrap_or_else(PoisonError::into_inner);
        Ok(Tx::Sqlite(SqliteTx {
            tx: rusqlite::Transaction::new_unchecked(
                conn,
                rusqlite::TransactionBehavior::Immediate,
            )?,
            _turn: turn,
        }))
    }

    pub(crate) fn is_postgres(&self) -> bool {
        matches!(self, Conn::Postgres(_))
    }
}

/// [`Sql`] for a type with a SQLite variant (derefs to a connection) and a
/// PostgreSQL one (a client or a transaction): one body for both types.
macro_rules! sql_on_either {
    ($type:ty, $sqlite:path, $postgres:path) => {
        impl Sql for $type {
            fn execute(&mut self, sql: &str, params: &[Value]) -> StoreResult<u64> {
                match self {
                    $sqlite(conn) => sqlite_execute(conn, sql, params),
                    $postgres(client) => Ok(client.execute(&dollars(sql), &pg_params(params))?),
                }
            }

            fn query(&mut self, sql: &str, params: &[Value]) -> StoreResult<Vec<Row>> {
                match self {
                    $sqlite(conn) => sqlite_query(conn, sql, params),
                    $postgres(client) => client
                        .query(&dollars(sql), &pg_params(params))?
                        .iter()
                        .map(postgres_row)
                        .collect(),
                }
            }

            fn batch(&mut self, sql: &str) -> StoreResult<()> {
                match self {
                    $sqlite(conn) => Ok(conn.execute_batch(sql)?),
                    $postgres(client) => Ok(client.batch_execute(sql)?),
                }
            }
        }
    };
}

sql_on_either!(Conn, Conn::Sqlite, Conn::Postgres);

/// A writing transaction: committed by [`Tx::commit`], rolled back if dropped.
pub(crate) enum Tx<'a> {
    Sqlite(SqliteTx<'a>),
    Postgres(postgres::Transaction<'a>),
}

impl Tx<'_> {
    pub(crate) fn commit(self) -> StoreResult<()> {
        match self {
            Tx::Sqlite(sqlite) => Ok(sqlite.tx.commit()?),
            Tx::Postgres(tx) => Ok(tx.commit()?),
        }
    }
}

sql_on_either!(Tx<'_>, Tx::Sqlite, Tx::Postgres);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_become_dollars_and_values_round_trip_in_sqlite() {
        assert_eq!(dollars("a = ?1 AND b = ?2"), "a = $1 AND b = $2");
        let mut conn = Conn::Sqlite(Sqlite::alone(
            rusqlite::Connection::open_in_memory().unwrap(),
        ));
        conn.batch("CREATE TABLE t (i INTEGER, s TEXT, b BLOB, f INTEGER, n TEXT)")
            .unwrap();
        let blob: &[u8] = b"\x00\xff";
        conn.execute(
            "INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)",
            values![7i64, "x", blob, true, None::<String>],
        )
        .unwrap();
        let row = conn.query_one("SELECT i, s, b, f, n FROM t", &[]).unwrap();
        assert_eq!(row.int(0).unwrap(), 7);
        assert_eq!(row.text(1).unwrap(), "x");
        assert_eq!(row.bytes(2).unwrap(), blob);
        assert!(row.flag(3).unwrap());
        assert_eq!(row.opt_text(4).unwrap(), None);
        assert!(row.text(0).is_err());
    }
}
