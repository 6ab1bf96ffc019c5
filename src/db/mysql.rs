//! The MySQL/MariaDB driver (mysql_async, not sqlx: sqlx and rusqlite both link `sqlite3` and
//! cannot share a build).
//!
//! Owns: [`MysqlConn`], one server connection, and the MySQL column type -> JSON mapping.
//! Must not: decide what is read-only (the guard does); this is the second line of defence.
//!
//! Read-only, in depth: the session is `SET SESSION TRANSACTION READ ONLY` at connect, and
//! every statement runs inside `START TRANSACTION READ ONLY` ... `ROLLBACK`. User SQL goes
//! through the binary (prepared) protocol: a prepared statement is exactly one statement, so
//! stacked statements cannot ride along even though mysql_async always asks for
//! `CLIENT_MULTI_STATEMENTS` (its text protocol is used only for quarry's own SQL).
//! The time bound is the server's: MySQL's `max_execution_time` (ms) or MariaDB's
//! `max_statement_time` (s), whichever the server has, set for the session at connect; a
//! client-side bound (statement timeout + 2 s) covers a server that stops answering.
//!
//! Cancellation: a statement whose future is dropped mid-flight (client gone, outer timeout)
//! is killed with `KILL QUERY <id>` from a short-lived second connection, and the pool throws
//! the connection away (`Managed.dirty` in `pool`). A result cut at the row cap is drained for
//! a moment; if more remains, the query is killed and the connection discarded
//! ([`MysqlConn::is_closed`]).
//!
//! Failure model: [`DbError`]: `Connect` (never with the password), `Timeout` (server bound
//! hit or query killed), `ReadOnly` (the server refused a write), `Sql`, `Broken` (I/O or
//! protocol: the connection is discarded).
//! Config: `exec.statement_timeout` (the server-side bound), `pool.connect_timeout` (TCP +
//! handshake + session setup), the target's `sslmode` (`require`: TLS without verification,
//! `verify-full`: TLS against the built-in web PKI roots; rustls with ring).

use std::time::{Duration, Instant};

use mysql_async::consts::{ColumnFlags, ColumnType};
use mysql_async::prelude::Queryable;
use mysql_async::{Column as MyColumn, Opts, OptsBuilder, Row, SslOpts, Value};
use quarry_model::{Column, ForeignKey, Schema, Table, TableKind, TypeClass};

use super::value::{bytes_value, float_value, int_value, uint_value};
use super::{ColumnMeta, ConnectOptions, DbError, ExecLimits, ResultSet, RowCollector, ServerInfo};
use crate::db::{SslMode, Target};

use quarry_model::{VALUE_INDEX_MAX_CHARS, VALUE_INDEX_MAX_DISTINCT as MAX_DISTINCT_VALUES};
/// All sample-value queries of one introspection together stop after this long.
const SAMPLE_BUDGET: Duration = Duration::from_secs(10);
/// How long the rest of a result cut at the row cap may take to drain before the query is
/// killed and the connection discarded instead.
const DRAIN_BUDGET: Duration = Duration::from_millis(500);
/// The binary "character set": the column holds bytes, not text.
const BINARY_CHARSET: u16 = 63;

pub struct MysqlConn {
    conn: mysql_async::Conn,
    /// For the second connection that kills a running statement.
    opts: Opts,
    statement_timeout: Duration,
    database: String,
    version: String,
    mariadb: bool,
    /// Set when the connection's state is unknown; the pool then discards it.
    broken: bool,
    /// Set while a call runs: still set afterwards means its future was dropped half-way.
    in_flight: bool,
}

/// Kills the statement running on connection `id` when dropped while armed.
struct KillOnDrop {
    opts: Option<Opts>,
    id: u32,
}

impl KillOnDrop {
    fn disarm(&mut self) {
        self.opts = None;
    }
}

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        if let Some(opts) = self.opts.take() {
            spawn_kill(opts, self.id);
        }
    }
}

/// `KILL QUERY id` from a fresh connection, in the background, bounded.
fn spawn_kill(opts: Opts, id: u32) {
    if let Ok(handle) = tokio::runtime::Handle::try_current() {
        handle.spawn(async move {
            let _ = tokio::time::timeout(Duration::from_secs(5), async move {
                let mut c = mysql_async::Conn::new(opts).await?;
                let r = c.query_drop(format!("KILL QUERY {id}")).await;
                let _ = c.disconnect().await;
                r
            })
            .await;
        });
    }
}

fn connect_error(e: &mysql_async::Error, target: &Target) -> DbError {
    let detail = match e {
        mysql_async::Error::Server(s) => s.message.clone(),
        other => {
            let mut msg = other.to_string();
            let mut source = std::error::Error::source(other);
            while let Some(s) = source {
                let next = s.to_string();
                if !msg.contains(&next) {
                    msg = format!("{msg}: {next}");
                }
                source = s.source();
            }
            msg
        }
    };
    DbError::Connect(format!(
        "could not connect to {}: {detail}",
        target.describe()
    ))
}

/// Maps an error of a running statement. Server errors leave the connection usable; anything
/// else (I/O, protocol) means it cannot be trusted.
fn statement_error(e: mysql_async::Error, timeout: Duration) -> DbError {
    match e {
        mysql_async::Error::Server(s) => match s.code {
            // 1969: MariaDB max_statement_time; 3024: MySQL max_execution_time;
            // 1317: query interrupted (KILL QUERY).
            1969 | 3024 | 1317 => DbError::Timeout(timeout),
            // 1792: read-only transaction; 1290: --read-only server; 1036: read-only table.
            1792 | 1290 | 1036 => DbError::ReadOnly(s.message),
            // 1927: connection killed; 1053: server shutdown.
            1927 | 1053 => DbError::Broken(s.message),
            1295 => DbError::Sql {
                message: format!(
                    "{} (quarry runs statements through the prepared-statement protocol)",
                    s.message
                ),
                code: Some(s.code.to_string()),
            },
            _ => DbError::Sql {
                message: s.message,
                code: Some(if s.state.is_empty() || s.state == "HY000" {
                    s.code.to_string()
                } else {
                    s.state
                }),
            },
        },
        other => DbError::Broken(other.to_string()),
    }
}

impl MysqlConn {
    pub async fn connect(target: &Target, opts: &ConnectOptions) -> Result<MysqlConn, DbError> {
        let mut builder = OptsBuilder::default()
            .ip_or_hostname(target.host.clone())
            .tcp_port(target.port)
            .user(Some(target.user.clone()))
            .pass(target.password.expose().map(str::to_string))
            .db_name(Some(target.database.clone()))
            .prefer_socket(false)
            // Early keepalives: a dead peer is noticed in about a minute instead of hours.
            .tcp_keepalive(Some(Duration::from_secs(20)))
            .stmt_cache_size(32);
        builder = match target.sslmode {
            // mysql_async has no "try TLS, fall back to plain": prefer means plain here, as in
            // the PostgreSQL driver.
            SslMode::Disable | SslMode::Prefer => builder,
            // libpq's `require`: encrypted, certificate not verified.
            SslMode::Require => builder.ssl_opts(Some(
                SslOpts::default()
                    .with_danger_accept_invalid_certs(true)
                    .with_danger_skip_domain_validation(true),
            )),
            // The connect policy pinned `host` to the checked address; the certificate is
            // verified against the name the user gave (`tls_server_name`).
            SslMode::VerifyFull => builder.ssl_opts(Some(match &target.tls_server_name {
                Some(name) => {
                    SslOpts::default().with_danger_tls_hostname_override(Some(name.clone()))
                }
                None => SslOpts::default(),
            })),
        };
        let my_opts: Opts = builder.into();
        let timeout = opts.statement_timeout;
        let connect = async {
            let mut conn = mysql_async::Conn::new(my_opts.clone())
                .await
                .map_err(|e| connect_error(&e, target))?;
            let version: String = conn
                .query_first("SELECT @@version")
                .await
                .map_err(|e| connect_error(&e, target))?
                .unwrap_or_default();
            let mariadb = version.to_ascii_lowercase().contains("mariadb");
            let bound = if mariadb {
                // Seconds, fractional allowed; 0 would mean "no bound".
                format!(
                    "SET SESSION max_statement_time = {:.3}",
                    timeout.as_secs_f64().max(0.001)
                )
            } else {
                format!(
                    "SET SESSION max_execution_time = {}",
                    timeout.as_millis().max(1)
                )
            };
            for setup in ["SET SESSION TRANSACTION READ ONLY", bound.as_str()] {
                conn.query_drop(setup)
                    .await
                    .map_err(|e| connect_error(&e, target))?;
            }
            Ok::<_, DbError>((conn, version, mariadb))
        };
        let (conn, version, mariadb) = tokio::time::timeout(opts.connect_timeout, connect)
            .await
            .map_err(|_| {
            DbError::Connect(format!(
                "could not connect to {}: no answer within {:?}",
                target.describe(),
                opts.connect_timeout
            ))
        })??;
        Ok(MysqlConn {
            conn,
            opts: my_opts,
            statement_timeout: timeout,
            database: target.database.clone(),
            version,
            mariadb,
            broken: false,
            in_flight: false,
        })
    }

    /// Whether the connection must not be reused (state unknown after a cut or an I/O error).
    pub fn is_closed(&self) -> bool {
        self.broken || self.in_flight
    }

    fn fail(&mut self, e: mysql_async::Error, timeout: Duration) -> DbError {
        if e.is_fatal() {
            self.broken = true;
        }
        statement_error(e, timeout)
    }

    pub async fn ping(&mut self) -> Result<(), DbError> {
        let t = self.statement_timeout;
        self.in_flight = true;
        let r = tokio::time::timeout(t + Duration::from_secs(2), self.conn.ping()).await;
        self.in_flight = false;
        match r {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(self.fail(e, t)),
            Err(_) => {
                self.broken = true;
                Err(DbError::Stalled(t + Duration::from_secs(2)))
            }
        }
    }

    pub async fn query(&mut self, sql: &str, limits: &ExecLimits) -> Result<ResultSet, DbError> {
        let mut kill = KillOnDrop {
            opts: Some(self.opts.clone()),
            id: self.conn.id(),
        };
        let bound = limits.statement_timeout + Duration::from_secs(2);
        self.in_flight = true;
        let r = tokio::time::timeout(bound, self.query_inner(sql, limits)).await;
        self.in_flight = false;
        match r {
            Ok(r) => {
                kill.disarm();
                r
            }
            Err(_) => {
                // Dropping `kill` armed kills the statement on the server.
                self.broken = true;
                Err(DbError::Stalled(bound))
            }
        }
    }

    async fn query_inner(&mut self, sql: &str, limits: &ExecLimits) -> Result<ResultSet, DbError> {
        let t = limits.statement_timeout;
        if let Err(e) = self.conn.query_drop("START TRANSACTION READ ONLY").await {
            return Err(self.fail(e, t));
        }
        let out = self.run_statement(sql, limits).await;
        if self.broken {
            // Mid-stream: nothing more can be sent on this connection.
            return out;
        }
        if let Err(e) = self.conn.query_drop("ROLLBACK").await {
            self.broken = true;
            if out.is_ok() {
                return Err(statement_error(e, t));
            }
        }
        out
    }

    async fn run_statement(
        &mut self,
        sql: &str,
        limits: &ExecLimits,
    ) -> Result<ResultSet, DbError> {
        let t = limits.statement_timeout;
        let (opts, id) = (self.opts.clone(), self.conn.id());
        let mut result = match self.conn.exec_iter(sql, ()).await {
            Ok(r) => r,
            Err(e) => {
                let fatal = e.is_fatal();
                let err = statement_error(e, t);
                self.broken |= fatal;
                return Err(err);
            }
        };
        let columns = result.columns().map(|c| c.to_vec()).unwrap_or_default();
        let metas: Vec<ColumnMeta> = columns
            .iter()
            .map(|c| ColumnMeta {
                name: c.name_str().into_owned(),
                type_name: type_name(c).to_string(),
            })
            .collect();
        let mut collector = RowCollector::new(*limits);
        let mut failure = None;
        loop {
            match result.next().await {
                Ok(Some(row)) => {
                    let values = row
                        .unwrap_raw()
                        .into_iter()
                        .zip(columns.iter())
                        .map(|(v, c)| to_json(v.unwrap_or(Value::NULL), c))
                        .collect();
                    if !collector.push(values) {
                        break;
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            }
        }
        let mut broken = false;
        if let Some(e) = failure {
            broken = e.is_fatal();
            if !broken {
                let _ = tokio::time::timeout(DRAIN_BUDGET, result.drop_result()).await;
            }
            self.broken |= broken;
            return Err(statement_error(e, t));
        }
        // The rest of a cut result must be read before the connection can be used again:
        // drain it briefly, else kill the query and give the connection up.
        match tokio::time::timeout(DRAIN_BUDGET, result.drop_result()).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => broken = e.is_fatal(),
            Err(_) => {
                broken = true;
                spawn_kill(opts, id);
            }
        }
        self.broken |= broken;
        Ok(ResultSet {
            columns: metas,
            rows: collector.rows,
            truncated: collector.truncated,
        })
    }

    /// The optimizer's estimate of the rows a statement handles: for each SELECT of the plan
    /// (EXPLAIN's `id`), the product of its tables' `rows` (a nested-loop upper bound), and
    /// the largest of those. EXPLAIN goes through the same read-only, prepared path.
    pub async fn estimate_rows(&mut self, sql: &str) -> Result<f64, DbError> {
        let limits = ExecLimits {
            max_rows: 1000,
            max_response_bytes: 1 << 20,
            statement_timeout: self.statement_timeout,
        };
        let plan = self.query(&format!("EXPLAIN {sql}"), &limits).await?;
        let col = |name: &str| {
            plan.columns
                .iter()
                .position(|c| c.name.eq_ignore_ascii_case(name))
        };
        let (Some(id_col), Some(rows_col)) = (col("id"), col("rows")) else {
            return Ok(0.0);
        };
        let number = |v: &serde_json::Value| match v {
            serde_json::Value::Number(n) => n.as_f64(),
            serde_json::Value::String(s) => s.parse().ok(),
            _ => None,
        };
        let mut per_select: std::collections::BTreeMap<String, f64> = Default::default();
        for row in &plan.rows {
            let id = row.get(id_col).map(|v| v.to_string()).unwrap_or_default();
            let rows = row.get(rows_col).and_then(number).unwrap_or(1.0).max(1.0);
            *per_select.entry(id).or_insert(1.0) *= rows;
        }
        Ok(per_select.into_values().fold(0.0, f64::max))
    }

    /// Runs quarry's own catalog SQL (text protocol) and returns every row.
    async fn catalog(&mut self, sql: &str) -> Result<Vec<Row>, DbError> {
        let t = self.statement_timeout;
        let bound = t + Duration::from_secs(2);
        self.in_flight = true;
        let r = tokio::time::timeout(bound, self.conn.query::<Row, _>(sql)).await;
        self.in_flight = false;
        match r {
            Ok(Ok(rows)) => Ok(rows),
            Ok(Err(e)) => Err(self.fail(e, t)),
            Err(_) => {
                self.broken = true;
                spawn_kill(self.opts.clone(), self.conn.id());
                Err(DbError::Stalled(bound))
            }
        }
    }

    pub async fn server_info(&mut self) -> Result<ServerInfo, DbError> {
        // The grantee as information_schema spells it: 'user'@'host'.
        let rows = self
            .catalog(
                "SELECT DATABASE(), \
                 (EXISTS (SELECT 1 FROM information_schema.USER_PRIVILEGES WHERE GRANTEE = g.grantee \
                    AND PRIVILEGE_TYPE IN ('INSERT','UPDATE','DELETE','CREATE','DROP','ALTER')) \
                  OR EXISTS (SELECT 1 FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE = g.grantee \
                    AND TABLE_SCHEMA = DATABASE() \
                    AND PRIVILEGE_TYPE IN ('INSERT','UPDATE','DELETE','CREATE','DROP','ALTER')) \
                  OR EXISTS (SELECT 1 FROM information_schema.TABLE_PRIVILEGES WHERE GRANTEE = g.grantee \
                    AND TABLE_SCHEMA = DATABASE() \
                    AND PRIVILEGE_TYPE IN ('INSERT','UPDATE','DELETE','CREATE','DROP','ALTER'))) \
                 FROM (SELECT CONCAT('''', SUBSTRING(CURRENT_USER(), 1, \
                    CHAR_LENGTH(CURRENT_USER()) - CHAR_LENGTH(SUBSTRING_INDEX(CURRENT_USER(), '@', -1)) - 1), \
                    '''@''', SUBSTRING_INDEX(CURRENT_USER(), '@', -1), '''') AS grantee) g",
            )
            .await?;
        let row = rows.first();
        Ok(ServerInfo {
            driver: "mysql".into(),
            server_version: self.version.clone(),
            database: row
                .and_then(|r| text(r, 0))
                .unwrap_or_else(|| self.database.clone()),
            // Unknown counts as "can write": the warning is the safe side.
            can_write: row.and_then(|r| text(r, 1)).is_none_or(|v| v != "0"),
        })
    }

    /// Changes when a table, column or key is created, dropped or altered. UPDATE_TIME is left
    /// out on purpose: it moves with every data change and would re-introspect all the time.
    pub async fn schema_fingerprint(&mut self) -> Result<String, DbError> {
        let rows = self
            .catalog(
                "SELECT CONCAT_WS(':', \
                 (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()), \
                 (SELECT COALESCE(MAX(CREATE_TIME), '') FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()), \
                 (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()), \
                 (SELECT COALESCE(SUM(CRC32(CONCAT_WS(':', TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE))), 0) \
                    FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()), \
                 (SELECT COUNT(*) FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()))",
            )
            .await?;
        Ok(rows.first().and_then(|r| text(r, 0)).unwrap_or_default())
    }

    pub async fn introspect(&mut self) -> Result<Schema, DbError> {
        let database = self
            .catalog("SELECT DATABASE()")
            .await?
            .first()
            .and_then(|r| text(r, 0))
            .unwrap_or_else(|| self.database.clone());
        let table_rows = self
            .catalog(
                "SELECT TABLE_NAME, TABLE_TYPE, TABLE_ROWS, TABLE_COMMENT \
                 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() \
                 ORDER BY TABLE_NAME",
            )
            .await?;
        let mut tables: Vec<Table> = Vec::with_capacity(table_rows.len());
        let mut index = std::collections::HashMap::new();
        for r in &table_rows {
            let Some(name) = text(r, 0) else { continue };
            let mut table = Table::new(name.clone(), vec![]);
            table.schema = Some(database.clone());
            let view = text(r, 1).is_some_and(|k| k == "VIEW");
            table.kind = if view {
                TableKind::View
            } else {
                TableKind::Table
            };
            if !view {
                table.row_estimate = text(r, 2).and_then(|n| n.parse().ok());
                table.comment = text(r, 3).filter(|c| !c.is_empty());
            }
            index.insert(name, tables.len());
            tables.push(table);
        }
        let cols = self
            .catalog(
                "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, COLUMN_COMMENT \
                 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() \
                 ORDER BY TABLE_NAME, ORDINAL_POSITION",
            )
            .await?;
        for r in &cols {
            let (Some(t), Some(name)) = (text(r, 0), text(r, 1)) else {
                continue;
            };
            let Some(&i) = index.get(&t) else { continue };
            let data_type = text(r, 2).unwrap_or_default().to_ascii_lowercase();
            let column_type = text(r, 3).unwrap_or_default().to_ascii_lowercase();
            // tinyint(1) is MySQL's boolean; the display width is the only sign of it.
            let ty = if column_type.starts_with("tinyint(1)") {
                "tinyint(1)".to_string()
            } else {
                data_type
            };
            let mut column = Column::new(name, ty);
            column.nullable = text(r, 4).is_none_or(|n| n == "YES");
            column.comment = text(r, 5).filter(|c| !c.is_empty());
            tables[i].columns.push(column);
        }
        let keys = self
            .catalog(
                "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA, \
                 REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME \
                 FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() \
                 AND (CONSTRAINT_NAME = 'PRIMARY' OR REFERENCED_TABLE_NAME IS NOT NULL) \
                 ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION",
            )
            .await?;
        let mut current: Option<(String, String, ForeignKey)> = None;
        let mut fks: Vec<(String, ForeignKey)> = Vec::new();
        for r in &keys {
            let (Some(t), Some(constraint), Some(col)) = (text(r, 0), text(r, 1), text(r, 2))
            else {
                continue;
            };
            if constraint == "PRIMARY" {
                if let Some(&i) = index.get(&t) {
                    tables[i].primary_key.push(col);
                }
                continue;
            }
            let Some(ref_table) = text(r, 4) else {
                continue;
            };
            let ref_col = text(r, 5).unwrap_or_default();
            match &mut current {
                Some((ct, cc, fk)) if *ct == t && *cc == constraint => {
                    fk.columns.push(col);
                    fk.ref_columns.push(ref_col);
                }
                _ => {
                    if let Some((ct, _, fk)) = current.take() {
                        fks.push((ct, fk));
                    }
                    current = Some((
                        t,
                        constraint,
                        ForeignKey {
                            columns: vec![col],
                            ref_schema: text(r, 3),
                            ref_table,
                            ref_columns: vec![ref_col],
                        },
                    ));
                }
            }
        }
        if let Some((ct, _, fk)) = current {
            fks.push((ct, fk));
        }
        for (t, fk) in fks {
            if let Some(&i) = index.get(&t) {
                tables[i].foreign_keys.push(fk);
            }
        }
        self.sample_values(&mut tables).await;
        Ok(Schema {
            tables,
            default_schema: Some(database),
        })
    }

    /// Fills the value index: distinct values of text columns that have few of them. Each
    /// query has its own short server-side bound and all of them a shared budget, so a big
    /// table without an index cannot hold the introspection up.
    async fn sample_values(&mut self, tables: &mut [Table]) {
        let started = Instant::now();
        for table in tables.iter_mut() {
            let tname = quote(&table.name);
            for col in &mut table.columns {
                if col.type_class() != TypeClass::Text || started.elapsed() > SAMPLE_BUDGET {
                    continue;
                }
                let c = quote(&col.name);
                let select = format!(
                    "SELECT DISTINCT {c} FROM {tname} WHERE {c} IS NOT NULL \
                     AND CHAR_LENGTH({c}) <= {VALUE_INDEX_MAX_CHARS} LIMIT {}",
                    MAX_DISTINCT_VALUES + 1
                );
                let sql = if self.mariadb {
                    format!("SET STATEMENT max_statement_time = 2 FOR {select}")
                } else {
                    select.replacen("SELECT", "SELECT /*+ MAX_EXECUTION_TIME(2000) */", 1)
                };
                let Ok(rows) = self.catalog(&sql).await else {
                    if self.broken {
                        return;
                    }
                    continue;
                };
                if rows.len() <= MAX_DISTINCT_VALUES {
                    col.values = rows.iter().filter_map(|r| text(r, 0)).collect();
                }
            }
        }
    }
}

fn quote(ident: &str) -> String {
    format!("`{}`", ident.replace('`', "``"))
}

/// A text-protocol cell as a string (catalog queries only).
fn text(row: &Row, i: usize) -> Option<String> {
    match row.as_ref(i)? {
        Value::NULL => None,
        Value::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
        Value::Int(n) => Some(n.to_string()),
        Value::UInt(n) => Some(n.to_string()),
        Value::Float(f) => Some(f.to_string()),
        Value::Double(f) => Some(f.to_string()),
        other => Some(other.as_sql(true)),
    }
}

/// MySQL's own name for a result column's type, in lower case, from its wire type and flags.
pub fn type_name(col: &MyColumn) -> &'static str {
    use ColumnType::*;
    let flags = col.flags();
    if flags.contains(ColumnFlags::ENUM_FLAG) {
        return "enum";
    }
    if flags.contains(ColumnFlags::SET_FLAG) {
        return "set";
    }
    let binary = col.character_set() == BINARY_CHARSET;
    match col.column_type() {
        MYSQL_TYPE_DECIMAL | MYSQL_TYPE_NEWDECIMAL => "decimal",
        MYSQL_TYPE_TINY => "tinyint",
        MYSQL_TYPE_SHORT => "smallint",
        MYSQL_TYPE_INT24 => "mediumint",
        MYSQL_TYPE_LONG => "int",
        MYSQL_TYPE_LONGLONG => "bigint",
        MYSQL_TYPE_FLOAT => "float",
        MYSQL_TYPE_DOUBLE => "double",
        MYSQL_TYPE_NULL => "null",
        MYSQL_TYPE_TIMESTAMP | MYSQL_TYPE_TIMESTAMP2 => "timestamp",
        MYSQL_TYPE_DATE | MYSQL_TYPE_NEWDATE => "date",
        MYSQL_TYPE_TIME | MYSQL_TYPE_TIME2 => "time",
        MYSQL_TYPE_DATETIME | MYSQL_TYPE_DATETIME2 => "datetime",
        MYSQL_TYPE_YEAR => "year",
        MYSQL_TYPE_VARCHAR | MYSQL_TYPE_VAR_STRING => {
            if binary {
                "varbinary"
            } else {
                "varchar"
            }
        }
        MYSQL_TYPE_STRING => {
            if binary {
                "binary"
            } else {
                "char"
            }
        }
        MYSQL_TYPE_BIT => "bit",
        MYSQL_TYPE_JSON => "json",
        MYSQL_TYPE_GEOMETRY => "geometry",
        MYSQL_TYPE_VECTOR => "vector",
        MYSQL_TYPE_ENUM => "enum",
        MYSQL_TYPE_SET => "set",
        MYSQL_TYPE_TINY_BLOB | MYSQL_TYPE_MEDIUM_BLOB | MYSQL_TYPE_LONG_BLOB | MYSQL_TYPE_BLOB => {
            // The wire says "blob" for every TEXT and BLOB size; the length (in bytes, so up
            // to 4x the characters for utf8mb4) tells the size apart.
            let len = col.column_length();
            match (binary, len) {
                (true, 0..=255) => "tinyblob",
                (true, 256..=65_535) => "blob",
                (true, 65_536..=16_777_215) => "mediumblob",
                (true, _) => "longblob",
                (false, 0..=1_020) => "tinytext",
                (false, 1_021..=262_140) => "text",
                (false, 262_141..=67_108_860) => "mediumtext",
                (false, _) => "longtext",
            }
        }
        MYSQL_TYPE_TYPED_ARRAY | MYSQL_TYPE_UNKNOWN => "unknown",
    }
}

/// One binary-protocol cell as JSON (DESIGN "Results").
pub fn to_json(v: Value, col: &MyColumn) -> serde_json::Value {
    use serde_json::Value as J;
    let ty = col.column_type();
    match v {
        Value::NULL => J::Null,
        Value::Int(i) => int_value(i),
        Value::UInt(u) => uint_value(u),
        // f32 -> f64 through its shortest decimal form: 1.1f32 stays 1.1, not 1.100000023841858.
        Value::Float(f) => float_value(f.to_string().parse::<f64>().unwrap_or(f64::from(f))),
        Value::Double(f) => float_value(f),
        Value::Date(y, mo, d, h, mi, s, us) => {
            let date = format!("{y:04}-{mo:02}-{d:02}");
            if matches!(
                ty,
                ColumnType::MYSQL_TYPE_DATE | ColumnType::MYSQL_TYPE_NEWDATE
            ) {
                J::String(date)
            } else {
                J::String(format!(
                    "{date}T{h:02}:{mi:02}:{s:02}{}",
                    fraction(us, col.decimals())
                ))
            }
        }
        Value::Time(neg, days, h, mi, s, us) => {
            let hours = u64::from(days) * 24 + u64::from(h);
            J::String(format!(
                "{}{hours:02}:{mi:02}:{s:02}{}",
                if neg { "-" } else { "" },
                fraction(us, col.decimals())
            ))
        }
        Value::Bytes(b) => bytes_to_json(b, col),
    }
}

fn bytes_to_json(b: Vec<u8>, col: &MyColumn) -> serde_json::Value {
    use serde_json::Value as J;
    let text = |b: Vec<u8>| match String::from_utf8(b) {
        Ok(s) => J::String(s),
        Err(e) => J::String(String::from_utf8_lossy(e.as_bytes()).into_owned()),
    };
    match col.column_type() {
        // Exact: the server's own digits, scale kept ("1.50").
        ColumnType::MYSQL_TYPE_DECIMAL | ColumnType::MYSQL_TYPE_NEWDECIMAL => text(b),
        ColumnType::MYSQL_TYPE_JSON => serde_json::from_slice(&b).unwrap_or_else(|_| text(b)),
        // BIT(n): big-endian bits, as the number they spell.
        ColumnType::MYSQL_TYPE_BIT if b.len() <= 8 => {
            uint_value(b.iter().fold(0u64, |acc, x| (acc << 8) | u64::from(*x)))
        }
        ColumnType::MYSQL_TYPE_TINY
        | ColumnType::MYSQL_TYPE_SHORT
        | ColumnType::MYSQL_TYPE_INT24
        | ColumnType::MYSQL_TYPE_LONG
        | ColumnType::MYSQL_TYPE_LONGLONG
        | ColumnType::MYSQL_TYPE_YEAR => {
            let s = String::from_utf8_lossy(&b);
            if let Ok(i) = s.parse::<i64>() {
                int_value(i)
            } else if let Ok(u) = s.parse::<u64>() {
                uint_value(u)
            } else {
                J::String(s.into_owned())
            }
        }
        ColumnType::MYSQL_TYPE_FLOAT | ColumnType::MYSQL_TYPE_DOUBLE => {
            match String::from_utf8_lossy(&b).parse::<f64>() {
                Ok(f) => float_value(f),
                Err(_) => text(b),
            }
        }
        _ if col.character_set() == BINARY_CHARSET
            && !col
                .flags()
                .intersects(ColumnFlags::ENUM_FLAG | ColumnFlags::SET_FLAG) =>
        {
            bytes_value(&b)
        }
        _ => text(b),
    }
}

/// `.fff` with the column's fractional-second precision (MySQL shows exactly that many
/// digits); trailing zeros trimmed when the precision is unknown.
fn fraction(us: u32, decimals: u8) -> String {
    let digits = format!("{:06}", us.min(999_999));
    match decimals {
        1..=6 => format!(".{}", &digits[..usize::from(decimals)]),
        _ if us == 0 => String::new(),
        _ => format!(".{}", digits.trim_end_matches('0')),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn col(ty: ColumnType) -> MyColumn {
        MyColumn::new(ty).with_character_set(45)
    }

    #[test]
    fn type_names_follow_mysql() {
        assert_eq!(type_name(&col(ColumnType::MYSQL_TYPE_LONGLONG)), "bigint");
        assert_eq!(
            type_name(&col(ColumnType::MYSQL_TYPE_VAR_STRING)),
            "varchar"
        );
        assert_eq!(
            type_name(&col(ColumnType::MYSQL_TYPE_VAR_STRING).with_character_set(63)),
            "varbinary"
        );
        assert_eq!(
            type_name(&col(ColumnType::MYSQL_TYPE_STRING).with_flags(ColumnFlags::ENUM_FLAG)),
            "enum"
        );
        assert_eq!(
            type_name(&col(ColumnType::MYSQL_TYPE_BLOB).with_column_length(262_140)),
            "text"
        );
        assert_eq!(
            type_name(
                &col(ColumnType::MYSQL_TYPE_BLOB)
                    .with_character_set(63)
                    .with_column_length(65_535)
            ),
            "blob"
        );
        assert_eq!(
            type_name(&col(ColumnType::MYSQL_TYPE_BLOB).with_column_length(u32::MAX)),
            "longtext"
        );
    }

    #[test]
    fn values_follow_the_results_contract() {
        let dt = col(ColumnType::MYSQL_TYPE_DATETIME).with_decimals(0);
        assert_eq!(
            to_json(Value::Date(2024, 2, 29, 13, 45, 0, 0), &dt),
            json!("2024-02-29T13:45:00")
        );
        let dt3 = col(ColumnType::MYSQL_TYPE_DATETIME).with_decimals(3);
        assert_eq!(
            to_json(Value::Date(2024, 2, 29, 13, 45, 0, 123_000), &dt3),
            json!("2024-02-29T13:45:00.123")
        );
        assert_eq!(
            to_json(
                Value::Date(2024, 2, 29, 0, 0, 0, 0),
                &col(ColumnType::MYSQL_TYPE_DATE)
            ),
            json!("2024-02-29")
        );
        assert_eq!(
            to_json(
                Value::Time(true, 1, 2, 3, 4, 0),
                &col(ColumnType::MYSQL_TYPE_TIME)
            ),
            json!("-26:03:04")
        );
        assert_eq!(
            to_json(
                Value::Bytes(b"1.50".to_vec()),
                &col(ColumnType::MYSQL_TYPE_NEWDECIMAL)
            ),
            json!("1.50")
        );
        assert_eq!(
            to_json(Value::UInt(u64::MAX), &col(ColumnType::MYSQL_TYPE_LONGLONG)),
            json!("18446744073709551615")
        );
        assert_eq!(
            to_json(Value::Float(1.1), &col(ColumnType::MYSQL_TYPE_FLOAT)),
            json!(1.1)
        );
        assert_eq!(
            to_json(Value::Bytes(vec![0, 5]), &col(ColumnType::MYSQL_TYPE_BIT)),
            json!(5)
        );
        assert_eq!(
            to_json(
                Value::Bytes(br#"{"a":[1,2]}"#.to_vec()),
                &col(ColumnType::MYSQL_TYPE_JSON).with_character_set(63)
            ),
            json!({"a": [1, 2]})
        );
        assert_eq!(
            to_json(
                Value::Bytes(vec![0xde, 0xad]),
                &col(ColumnType::MYSQL_TYPE_BLOB).with_character_set(63)
            ),
            json!("3q0=")
        );
    }
}
