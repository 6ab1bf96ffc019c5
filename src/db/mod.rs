//! Database drivers behind one interface: connect, run one read-only statement to JSON rows,
//! introspect the schema, say the dialect and the server version.
//!
//! Owns: [`Target`] (where and how to connect, with the password as a secret), [`Conn`] (one
//! open connection of any driver), [`ResultSet`] (typed rows as JSON, see DESIGN "Results"),
//! and the driver-specific catalog queries behind [`Conn::introspect`].
//! Must not: generate SQL, decide what is read-only (the guard does, before anything reaches a
//! connection), know about sessions or pools. Only `pool` holds a `Conn`; callers get one
//! through a pool guard.
//!
//! Read-only, in depth (DESIGN invariant 2b/2d): PostgreSQL connections are opened with
//! `default_transaction_read_only=on` and `statement_timeout`, and statements go through the
//! extended protocol (one statement per message, so stacked statements cannot ride along).
//! SQLite connections are opened read-only with `PRAGMA query_only`. MySQL runs each statement
//! in `START TRANSACTION READ ONLY` with the server's statement time bound.
//!
//! Failure model: [`DbError`]. `Connect` and `Broken` are retryable by the caller (a new
//! connection may work); `Sql` and `Timeout` are the statement's own fault.

pub mod mysql;
pub mod postgres;
pub mod sqlite;
pub mod target;
mod value;

use std::time::Duration;

use quarry_model::{Dialect, Schema};
use serde::Serialize;

pub use target::{Driver, Password, SslMode, Target, TargetError};

/// Bounds applied to every statement (DESIGN invariant 2d).
#[derive(Debug, Clone, Copy)]
pub struct ExecLimits {
    pub max_rows: usize,
    pub max_response_bytes: usize,
    pub statement_timeout: Duration,
}

/// Settings for opening a connection.
#[derive(Debug, Clone, Default)]
pub struct ConnectOptions {
    pub connect_timeout: Duration,
    pub statement_timeout: Duration,
    /// `pool.ssl_root_cert`: the CA certificates (PEM) that PostgreSQL `sslmode=verify-full`
    /// trusts; `None` trusts the built-in web PKI roots.
    pub ssl_root_cert: Option<std::path::PathBuf>,
}

/// One result column: its name and the database's own type name in lower case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ColumnMeta {
    pub name: String,
    #[serde(rename = "type")]
    pub type_name: String,
}

/// Rows of one statement, in select order, as JSON values.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ResultSet {
    pub columns: Vec<ColumnMeta>,
    pub rows: Vec<Vec<serde_json::Value>>,
    /// More rows existed than `max_rows`, or the rows were cut at `max_response_bytes`.
    pub truncated: bool,
}

/// Collects rows under the row and size caps.
pub(crate) struct RowCollector {
    limits: ExecLimits,
    bytes: usize,
    pub rows: Vec<Vec<serde_json::Value>>,
    pub truncated: bool,
}

impl RowCollector {
    pub fn new(limits: ExecLimits) -> Self {
        RowCollector {
            limits,
            bytes: 0,
            rows: Vec::new(),
            truncated: false,
        }
    }

    /// Adds a row; returns false once no more rows are wanted (the reader stops there).
    pub fn push(&mut self, row: Vec<serde_json::Value>) -> bool {
        if self.rows.len() >= self.limits.max_rows {
            self.truncated = true;
            return false;
        }
        let size: usize = row.iter().map(approx_json_size).sum::<usize>() + row.len() + 2;
        if self.bytes + size > self.limits.max_response_bytes {
            self.truncated = true;
            return false;
        }
        self.bytes += size;
        self.rows.push(row);
        true
    }
}

/// A cheap upper-bound estimate of a value's serialised size, without serialising it.
fn approx_json_size(v: &serde_json::Value) -> usize {
    match v {
        serde_json::Value::Null => 4,
        serde_json::Value::Bool(_) => 5,
        serde_json::Value::Number(_) => 24,
        serde_json::Value::String(s) => s.len() + 2 + s.len() / 8,
        serde_json::Value::Array(a) => a.iter().map(approx_json_size).sum::<usize>() + a.len() + 2,
        serde_json::Value::Object(o) => {
            o.iter()
                .map(|(k, v)| k.len() + 4 + approx_json_size(v))
                .sum::<usize>()
                + 2
        }
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum DbError {
    /// The connection could not be opened (unreachable, refused, bad credentials, not a
    /// database). The message never contains the password.
    #[error("{0}")]
    Connect(String),
    /// The server rejected the statement (unknown column, type error, ...).
    #[error("{message}")]
    Sql {
        message: String,
        code: Option<String>,
    },
    /// The statement ran past the statement timeout and was cancelled.
    #[error("the statement ran longer than the statement timeout ({0:?}) and was cancelled")]
    Timeout(Duration),
    /// The database stopped answering (network stall); the statement was cancelled.
    #[error("the database did not answer within {0:?}")]
    Stalled(Duration),
    /// The connection broke (server restart, terminated backend, network): retryable.
    #[error("the database connection was lost: {0}")]
    Broken(String),
    /// The database refused because the statement would write (the second line of defence).
    #[error("the database refused a write: {0}")]
    ReadOnly(String),
    #[error("{0}")]
    Unsupported(String),
}

impl DbError {
    /// Whether a fresh connection could succeed where this one failed.
    pub fn is_retryable(&self) -> bool {
        matches!(self, DbError::Broken(_) | DbError::Connect(_))
    }
}

/// What `/database/connect` reports about a target.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ServerInfo {
    pub driver: String,
    pub server_version: String,
    pub database: String,
    /// Whether the login could write (quarry stays read-only either way).
    pub can_write: bool,
}

/// One open connection of any driver.
pub enum Conn {
    Postgres(postgres::PgConn),
    Sqlite(sqlite::SqliteConn),
    Mysql(mysql::MysqlConn),
}

impl std::fmt::Debug for Conn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Conn::Postgres(_) => f.write_str("Conn::Postgres"),
            Conn::Sqlite(_) => f.write_str("Conn::Sqlite"),
            Conn::Mysql(_) => f.write_str("Conn::Mysql"),
        }
    }
}

impl Conn {
    pub async fn connect(target: &Target, opts: &ConnectOptions) -> Result<Conn, DbError> {
        match target.driver {
            Driver::Postgres => Ok(Conn::Postgres(
                postgres::PgConn::connect(target, opts).await?,
            )),
            Driver::Sqlite => Ok(Conn::Sqlite(sqlite::SqliteConn::open(target, opts).await?)),
            Driver::Mysql => Ok(Conn::Mysql(mysql::MysqlConn::connect(target, opts).await?)),
        }
    }

    pub fn dialect(&self) -> Dialect {
        match self {
            Conn::Postgres(_) => Dialect::Postgres,
            Conn::Sqlite(_) => Dialect::Sqlite,
            Conn::Mysql(_) => Dialect::Mysql,
        }
    }

    /// Runs one statement (already admitted by the guard) under the limits.
    pub async fn query(&mut self, sql: &str, limits: &ExecLimits) -> Result<ResultSet, DbError> {
        match self {
            Conn::Postgres(c) => c.query(sql, limits).await,
            Conn::Sqlite(c) => c.query(sql, limits).await,
            Conn::Mysql(c) => c.query(sql, limits).await,
        }
    }

    /// A cheap liveness check (one round trip).
    pub async fn ping(&mut self) -> Result<(), DbError> {
        match self {
            Conn::Postgres(c) => c.ping().await,
            Conn::Sqlite(c) => c.ping().await,
            Conn::Mysql(c) => c.ping().await,
        }
    }

    /// Whether the connection is known to be unusable without a round trip.
    pub fn is_closed(&self) -> bool {
        match self {
            Conn::Postgres(c) => c.is_closed(),
            Conn::Sqlite(_) => false,
            Conn::Mysql(c) => c.is_closed(),
        }
    }

    pub async fn server_info(&mut self) -> Result<ServerInfo, DbError> {
        match self {
            Conn::Postgres(c) => c.server_info().await,
            Conn::Sqlite(c) => c.server_info().await,
            Conn::Mysql(c) => c.server_info().await,
        }
    }

    /// Reads the catalog into a [`Schema`] (with sample values of low-cardinality text columns).
    pub async fn introspect(&mut self) -> Result<Schema, DbError> {
        match self {
            Conn::Postgres(c) => c.introspect().await,
            Conn::Sqlite(c) => c.introspect().await,
            Conn::Mysql(c) => c.introspect().await,
        }
    }

    /// A short string that changes when the schema changes; cheap enough to ask every few
    /// seconds.
    pub async fn schema_fingerprint(&mut self) -> Result<String, DbError> {
        match self {
            Conn::Postgres(c) => c.schema_fingerprint().await,
            Conn::Sqlite(c) => c.schema_fingerprint().await,
            Conn::Mysql(c) => c.schema_fingerprint().await,
        }
    }

    /// The planner's estimate of the rows a statement produces, where the driver has one.
    pub async fn estimate_rows(&mut self, sql: &str) -> Result<Option<f64>, DbError> {
        match self {
            Conn::Postgres(c) => c.estimate_rows(sql).await.map(Some),
            Conn::Mysql(c) => c.estimate_rows(sql).await.map(Some),
            Conn::Sqlite(_) => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn collector_caps_rows_and_bytes() {
        let limits = ExecLimits {
            max_rows: 2,
            max_response_bytes: 1 << 20,
            statement_timeout: Duration::from_secs(1),
        };
        let mut c = RowCollector::new(limits);
        assert!(c.push(vec![json!(1)]));
        assert!(c.push(vec![json!(2)]));
        assert!(!c.push(vec![json!(3)]));
        assert!(c.truncated);
        assert_eq!(c.rows.len(), 2);

        let limits = ExecLimits {
            max_rows: 100,
            max_response_bytes: 100,
            statement_timeout: Duration::from_secs(1),
        };
        let mut c = RowCollector::new(limits);
        assert!(c.push(vec![json!("a".repeat(40))]));
        assert!(!c.push(vec![json!("b".repeat(80))]));
        assert!(c.truncated);
        assert_eq!(c.rows.len(), 1);
    }
}
