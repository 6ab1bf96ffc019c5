//! The PostgreSQL driver (tokio-postgres).
//!
//! Connections are opened with `default_transaction_read_only=on` and `statement_timeout` as
//! startup options, so every statement runs in a read-only (implicit) transaction with a time
//! bound and no extra round trip. Statements use the extended protocol through
//! `query_typed_raw`: Parse/Bind/Describe/Execute/Sync in one round trip, one statement only.
//! A statement whose future is dropped (the client went away) is cancelled on the server;
//! in case the cancel request arrives before the statement does, the connection's socket is
//! then closed too, and sessions set `client_connection_check_interval` (PostgreSQL 14 and
//! later; older servers are connected again without it), so the server stops the statement
//! once it sees the socket closed.
//!
//! TLS (the target's `sslmode`, rustls with the ring provider, see [`tls`]): `disable` plain;
//! `prefer` TLS when the server offers it, else plain; `require` TLS without certificate checks
//! (as libpq); `verify-full` checks the chain against `pool.ssl_root_cert` (or the web PKI
//! roots) and the host name the user gave, while connecting to the address the connect policy
//! pinned (`Target::tls_server_name`). A server that refuses TLS under require/verify-full, or a
//! certificate that does not verify, is a `DbError::Connect` saying so.

use std::collections::HashMap;
use std::time::Duration;

use futures_util::{pin_mut, StreamExt};
use quarry_model::{Column, ForeignKey, Schema, Table, TableKind, TypeClass};
use tokio_postgres::config::SslMode as PgSslMode;
use tokio_postgres::error::SqlState;
use tokio_postgres::types::Type;
use tokio_postgres::{CancelToken, Client};

use super::value::PgJson;
use super::{ColumnMeta, ConnectOptions, DbError, ExecLimits, ResultSet, RowCollector, ServerInfo};
use crate::db::{SslMode, Target};
use tls::PgTls;

pub struct PgConn {
    client: Client,
    /// The connector the connection was opened with: a cancel request goes out the same way.
    tls: PgTls,
    /// The task that drives the socket: closing it is the last resort for a statement whose
    /// cancel request did not take (see [`CancelOnDrop`]).
    socket_task: tokio::task::AbortHandle,
    statement_timeout: Duration,
    database: String,
}

/// Cancels the running statement on the server when dropped while armed: a request future
/// dropped mid-statement (client disconnect, timeout) must not leave the query running.
///
/// A cancel request travels on its own connection and can reach the server before the
/// statement does, and then it is ignored. So after sending it, the connection's socket is
/// closed as well (the connection is discarded anyway: the pool never reuses one whose
/// statement was abandoned), and the server's `client_connection_check_interval` stops the
/// statement within a second. Dropping the client alone would not close the socket while a
/// response is still owed.
struct CancelOnDrop {
    token: Option<CancelToken>,
    tls: PgTls,
    socket_task: tokio::task::AbortHandle,
}

impl CancelOnDrop {
    fn disarm(&mut self) {
        self.token = None;
    }
}

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        if let Some(token) = self.token.take() {
            let socket_task = self.socket_task.clone();
            match tokio::runtime::Handle::try_current() {
                Ok(handle) => {
                    let tls = self.tls.clone();
                    handle.spawn(async move {
                        let _ =
                            tokio::time::timeout(Duration::from_secs(5), token.cancel_query(tls))
                                .await;
                        socket_task.abort();
                    });
                }
                Err(_) => socket_task.abort(),
            }
        }
    }
}

fn connect_error(e: &tokio_postgres::Error, target: &Target) -> DbError {
    let detail = match e.as_db_error() {
        Some(db) => db.message().to_string(),
        None => {
            let mut msg = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                msg = format!("{msg}: {s}");
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

/// A failed connect; a server that answers the SSLRequest with "no" (tokio-postgres' wording)
/// under require/verify-full gets a message that says what to change.
fn connect_failure(e: &tokio_postgres::Error, target: &Target) -> DbError {
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        if s.to_string() == "server does not support TLS" {
            let mode = match target.sslmode {
                SslMode::VerifyFull => "verify-full",
                _ => "require",
            };
            return DbError::Connect(format!(
                "could not connect to {}: the server does not support TLS (sslmode={mode}); \
                 turn ssl on in the server, or connect with sslmode=prefer or disable",
                target.describe()
            ));
        }
        source = s.source();
    }
    connect_error(e, target)
}

/// Maps an error of a running statement: its SQLSTATE decides whether the connection is
/// broken (class 08, admin shutdown 57P01-57P03) or the statement was at fault.
pub fn statement_error(e: tokio_postgres::Error, timeout: Duration) -> DbError {
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        if *code == SqlState::QUERY_CANCELED {
            return DbError::Timeout(timeout);
        }
        let c = code.code();
        if c.starts_with("08") || c == "57P01" || c == "57P02" || c == "57P03" {
            return DbError::Broken(db.message().to_string());
        }
        if *code == SqlState::READ_ONLY_SQL_TRANSACTION {
            return DbError::ReadOnly(db.message().to_string());
        }
        let mut message = db.message().to_string();
        if let Some(hint) = db.hint() {
            message = format!("{message} (hint: {hint})");
        }
        return DbError::Sql {
            message,
            code: Some(c.to_string()),
        };
    }
    if e.is_closed() {
        return DbError::Broken("connection closed".into());
    }
    // Anything else (I/O, protocol) means the connection can't be trusted.
    DbError::Broken(e.to_string())
}

const CLIENT_CHECK_SETTING: &str = "client_connection_check_interval";

/// Settings every quarry session starts with. The client check makes the server look at the
/// socket while a statement runs: a statement whose client went away (and whose cancel
/// request was lost, or arrived before the statement did) stops within a second instead of
/// running to its end.
fn session_options(opts: &ConnectOptions, client_check: bool) -> String {
    let mut o = format!(
        "-c default_transaction_read_only=on -c statement_timeout={}",
        opts.statement_timeout.as_millis()
    );
    if client_check {
        o.push_str(&format!(" -c {CLIENT_CHECK_SETTING}=1000"));
    }
    o
}

impl PgConn {
    pub async fn connect(target: &Target, opts: &ConnectOptions) -> Result<PgConn, DbError> {
        let mut cfg = tokio_postgres::Config::new();
        // A target pinned by the connect policy keeps the name the user gave: the TCP
        // connection goes to the checked address (`hostaddr`, no second DNS lookup), the
        // certificate is checked against the name (`host`), as libpq does with both set.
        match (
            target.tls_server_name.as_deref().filter(|n| !n.is_empty()),
            target.host.parse::<std::net::IpAddr>(),
        ) {
            (Some(name), Ok(ip)) if name != target.host => {
                cfg.host(name).hostaddr(ip);
            }
            _ => {
                cfg.host(&target.host);
            }
        }
        cfg.port(target.port)
            .dbname(&target.database)
            .user(&target.user)
            .application_name("quarry")
            .connect_timeout(opts.connect_timeout)
            // Early keepalives: a dead peer is noticed in ~40 s instead of hours.
            .keepalives(true)
            .keepalives_idle(Duration::from_secs(20))
            .keepalives_interval(Duration::from_secs(5))
            .keepalives_retries(4)
            .options(session_options(opts, true));
        if let Some(p) = target.password.expose() {
            cfg.password(p);
        }
        let tls_setup = |e: tls::PgTlsError| {
            DbError::Connect(format!("could not connect to {}: {e}", target.describe()))
        };
        // `disable` never touches the connector; one connector type keeps one code path.
        let tls = match target.sslmode {
            SslMode::Disable => {
                cfg.ssl_mode(PgSslMode::Disable);
                PgTls::unverified().map_err(tls_setup)?
            }
            // tokio-postgres' prefer: TLS if the server offers it, plain text if it refuses.
            SslMode::Prefer => {
                cfg.ssl_mode(PgSslMode::Prefer);
                PgTls::unverified().map_err(tls_setup)?
            }
            SslMode::Require => {
                cfg.ssl_mode(PgSslMode::Require);
                PgTls::unverified().map_err(tls_setup)?
            }
            SslMode::VerifyFull => {
                cfg.ssl_mode(PgSslMode::Require);
                PgTls::verified(opts.ssl_root_cert.as_deref()).map_err(tls_setup)?
            }
        };
        // connect_timeout bounds the TCP connect only; the whole handshake gets the same bound.
        let handshake = |cfg: tokio_postgres::Config| {
            let tls = tls.clone();
            async move {
                tokio::time::timeout(opts.connect_timeout, cfg.connect(tls))
                    .await
                    .map_err(|_| {
                        DbError::Connect(format!(
                            "could not connect to {}: no answer within {:?}",
                            target.describe(),
                            opts.connect_timeout
                        ))
                    })
            }
        };
        let (client, connection) = match handshake(cfg.clone()).await? {
            Ok(c) => c,
            // Servers before PostgreSQL 14 refuse the unknown setting at start-up: they get
            // the connection without it.
            Err(e)
                if e.as_db_error().is_some_and(|d| {
                    *d.code() == SqlState::UNDEFINED_OBJECT
                        && d.message().contains(CLIENT_CHECK_SETTING)
                }) =>
            {
                cfg.options(session_options(opts, false));
                handshake(cfg)
                    .await?
                    .map_err(|e| connect_failure(&e, target))?
            }
            Err(e) => return Err(connect_failure(&e, target)),
        };
        let socket_task = tokio::spawn(async move {
            // The task ends when the client is dropped or the socket breaks; either way the
            // client sees `is_closed()` and the pool discards it.
            let _ = connection.await;
        })
        .abort_handle();
        Ok(PgConn {
            client,
            tls,
            socket_task,
            statement_timeout: opts.statement_timeout,
            database: target.database.clone(),
        })
    }

    pub fn is_closed(&self) -> bool {
        self.client.is_closed()
    }

    pub async fn ping(&mut self) -> Result<(), DbError> {
        self.client
            .simple_query("")
            .await
            .map(|_| ())
            .map_err(|e| statement_error(e, self.statement_timeout))
    }

    pub async fn query(&mut self, sql: &str, limits: &ExecLimits) -> Result<ResultSet, DbError> {
        let mut cancel = CancelOnDrop {
            token: Some(self.client.cancel_token()),
            tls: self.tls.clone(),
            socket_task: self.socket_task.clone(),
        };
        let timeout = limits.statement_timeout;
        // The server's statement_timeout fires first; this client-side bound (with a margin)
        // covers a server or network that stops answering altogether.
        let result = tokio::time::timeout(
            timeout + Duration::from_secs(2),
            self.query_inner(sql, limits),
        )
        .await;
        match result {
            Ok(r) => {
                cancel.disarm();
                r
            }
            // Dropping `cancel` armed cancels the statement on the server.
            Err(_) => Err(DbError::Stalled(timeout + Duration::from_secs(2))),
        }
    }

    async fn query_inner(&mut self, sql: &str, limits: &ExecLimits) -> Result<ResultSet, DbError> {
        let timeout = limits.statement_timeout;
        let stream = self
            .client
            .query_typed_raw(
                sql,
                Vec::<(&(dyn tokio_postgres::types::ToSql + Sync), Type)>::new(),
            )
            .await
            .map_err(|e| statement_error(e, timeout))?;
        pin_mut!(stream);
        let mut collector = RowCollector::new(*limits);
        let mut columns: Option<Vec<ColumnMeta>> = None;
        while let Some(row) = stream.next().await {
            let row = row.map_err(|e| statement_error(e, timeout))?;
            if columns.is_none() {
                columns = Some(column_meta(row.columns()));
            }
            let mut values = Vec::with_capacity(row.len());
            for i in 0..row.len() {
                let PgJson(v) = row.try_get::<_, PgJson>(i).map_err(|e| DbError::Sql {
                    message: format!("cannot read column {}: {e}", i + 1),
                    code: None,
                })?;
                values.push(v);
            }
            if !collector.push(values) {
                // Dropping the stream lets the connection discard the remaining rows.
                break;
            }
        }
        let columns = match columns {
            Some(c) => c,
            // No row carried the columns: describe the statement (no execution).
            None => match self.client.prepare(sql).await {
                Ok(stmt) => column_meta(stmt.columns()),
                Err(e) => return Err(statement_error(e, timeout)),
            },
        };
        Ok(ResultSet {
            columns,
            rows: collector.rows,
            truncated: collector.truncated,
        })
    }

    pub async fn server_info(&mut self) -> Result<ServerInfo, DbError> {
        let t = self.statement_timeout;
        let row = self
            .client
            .query_one(
                "SELECT current_setting('server_version'), current_database(), \
                 (SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user) \
                 OR EXISTS (SELECT 1 FROM information_schema.table_privileges \
                   WHERE grantee = current_user AND privilege_type IN ('INSERT','UPDATE','DELETE','TRUNCATE') \
                   AND table_schema NOT IN ('pg_catalog','information_schema')) \
                 OR EXISTS (SELECT 1 FROM pg_tables WHERE tableowner = current_user \
                   AND schemaname NOT IN ('pg_catalog','information_schema'))",
                &[],
            )
            .await
            .map_err(|e| statement_error(e, t))?;
        Ok(ServerInfo {
            driver: "postgres".into(),
            server_version: row.try_get(0).unwrap_or_default(),
            database: row.try_get(1).unwrap_or_else(|_| self.database.clone()),
            can_write: row
                .try_get::<_, Option<bool>>(2)
                .ok()
                .flatten()
                .unwrap_or(true),
        })
    }

    /// Changes when a relation is created, dropped or altered: pg_class rows get a new xmin
    /// on every ALTER, and relnatts counts columns.
    pub async fn schema_fingerprint(&mut self) -> Result<String, DbError> {
        let t = self.statement_timeout;
        let row = self
            .client
            .query_one(
                "SELECT count(*)::text || ':' || coalesce(max(c.xmin::text::bigint), 0)::text \
                 || ':' || coalesce(sum(c.relnatts), 0)::text \
                 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
                 WHERE c.relkind IN ('r','v','m','p','f') \
                 AND n.nspname NOT IN ('pg_catalog','information_schema') \
                 AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'",
                &[],
            )
            .await
            .map_err(|e| statement_error(e, t))?;
        row.try_get(0).map_err(|e| DbError::Sql {
            message: e.to_string(),
            code: None,
        })
    }

    pub async fn estimate_rows(&mut self, sql: &str) -> Result<f64, DbError> {
        let t = self.statement_timeout;
        let rows = self
            .client
            .query_typed(&format!("EXPLAIN (FORMAT JSON) {sql}"), &[])
            .await
            .map_err(|e| statement_error(e, t))?;
        let plan: serde_json::Value = rows
            .first()
            .and_then(|r| r.try_get::<_, PgJson>(0).ok())
            .map(|PgJson(v)| v)
            .unwrap_or_default();
        Ok(max_plan_rows(&plan))
    }

    pub async fn introspect(&mut self) -> Result<Schema, DbError> {
        let t = self.statement_timeout;
        let err = |e| statement_error(e, t);
        let cols = self
            .client
            .query(
                "SELECT c.oid, n.nspname, c.relname, c.relkind::text, c.reltuples::float8, \
                 td.description, a.attnum, a.attname, \
                 CASE WHEN t.typtype = 'd' THEN bt.typname ELSE t.typname END, \
                 NOT a.attnotnull, cd.description \
                 FROM pg_catalog.pg_class c \
                 JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
                 JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped \
                 JOIN pg_catalog.pg_type t ON t.oid = a.atttypid \
                 LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype \
                 LEFT JOIN pg_catalog.pg_description td ON td.objoid = c.oid AND td.objsubid = 0 \
                   AND td.classoid = 'pg_catalog.pg_class'::regclass \
                 LEFT JOIN pg_catalog.pg_description cd ON cd.objoid = c.oid AND cd.objsubid = a.attnum \
                   AND cd.classoid = 'pg_catalog.pg_class'::regclass \
                 WHERE c.relkind IN ('r','v','m','p','f') \
                 AND n.nspname NOT IN ('pg_catalog','information_schema') \
                 AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%' \
                 AND NOT c.relispartition \
                 ORDER BY n.nspname, c.relname, a.attnum",
                &[],
            )
            .await
            .map_err(err)?;
        let mut tables: Vec<Table> = Vec::new();
        let mut by_oid: HashMap<u32, usize> = HashMap::new();
        let mut attnames: HashMap<(u32, i16), String> = HashMap::new();
        for r in &cols {
            let oid: u32 = r.try_get(0).map_err(|e| sql_err(&e))?;
            let attnum: i16 = r.try_get(6).map_err(|e| sql_err(&e))?;
            let attname: String = r.try_get(7).map_err(|e| sql_err(&e))?;
            let idx = match by_oid.get(&oid) {
                Some(i) => *i,
                None => {
                    let kind: String = r.try_get(3).map_err(|e| sql_err(&e))?;
                    let reltuples: f64 = r.try_get(4).unwrap_or(-1.0);
                    let mut table =
                        Table::new(r.try_get::<_, String>(2).map_err(|e| sql_err(&e))?, vec![]);
                    table.schema = Some(r.try_get(1).map_err(|e| sql_err(&e))?);
                    table.kind = if kind == "v" || kind == "m" {
                        TableKind::View
                    } else {
                        TableKind::Table
                    };
                    table.comment = r.try_get(5).ok().flatten();
                    table.row_estimate = (reltuples >= 0.0).then_some(reltuples as i64);
                    tables.push(table);
                    by_oid.insert(oid, tables.len() - 1);
                    tables.len() - 1
                }
            };
            let mut column = Column::new(
                attname.clone(),
                r.try_get::<_, String>(8).map_err(|e| sql_err(&e))?,
            );
            column.nullable = r.try_get(9).unwrap_or(true);
            column.comment = r.try_get(10).ok().flatten();
            tables[idx].columns.push(column);
            attnames.insert((oid, attnum), attname);
        }

        let constraints = self
            .client
            .query(
                "SELECT co.conrelid, co.contype::text, co.conkey, co.confrelid, co.confkey, \
                 fn.nspname, fc.relname \
                 FROM pg_catalog.pg_constraint co \
                 LEFT JOIN pg_catalog.pg_class fc ON fc.oid = co.confrelid \
                 LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace \
                 WHERE co.contype IN ('p','f') ORDER BY co.conrelid, co.conname",
                &[],
            )
            .await
            .map_err(err)?;
        for r in &constraints {
            let relid: u32 = r.try_get(0).map_err(|e| sql_err(&e))?;
            let Some(&idx) = by_oid.get(&relid) else {
                continue;
            };
            let kind: String = r.try_get(1).map_err(|e| sql_err(&e))?;
            let conkey: Vec<i16> = r
                .try_get::<_, Option<Vec<i16>>>(2)
                .ok()
                .flatten()
                .unwrap_or_default();
            let names = |rel: u32, keys: &[i16]| -> Vec<String> {
                keys.iter()
                    .filter_map(|k| attnames.get(&(rel, *k)).cloned())
                    .collect()
            };
            if kind == "p" {
                tables[idx].primary_key = names(relid, &conkey);
            } else {
                let frel: u32 = r.try_get(3).map_err(|e| sql_err(&e))?;
                let confkey: Vec<i16> = r
                    .try_get::<_, Option<Vec<i16>>>(4)
                    .ok()
                    .flatten()
                    .unwrap_or_default();
                let ref_table: Option<String> = r.try_get(6).ok().flatten();
                let Some(ref_table) = ref_table else { continue };
                tables[idx].foreign_keys.push(ForeignKey {
                    columns: names(relid, &conkey),
                    ref_schema: r.try_get(5).ok().flatten(),
                    ref_columns: names(frel, &confkey),
                    ref_table,
                });
            }
        }

        // Sample values from the planner's statistics: no table is scanned.
        let stats = self
            .client
            .query(
                // n_distinct < 0 is a fraction of the rows: the distinct count is that times
                // the table's row estimate, so small tables with few values qualify too.
                "SELECT s.schemaname::text, s.tablename::text, s.attname::text, \
                 (s.most_common_vals::text)::text[] \
                 FROM pg_catalog.pg_stats s \
                 JOIN pg_catalog.pg_namespace n ON n.nspname = s.schemaname \
                 JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = s.tablename \
                 WHERE s.schemaname NOT IN ('pg_catalog','information_schema') \
                 AND s.most_common_vals IS NOT NULL \
                 AND CASE WHEN s.n_distinct >= 0 THEN s.n_distinct \
                     ELSE -s.n_distinct * greatest(c.reltuples, 1) END BETWEEN 1 AND $1::float8",
                &[&(quarry_model::VALUE_INDEX_MAX_DISTINCT as f64)],
            )
            .await
            .map_err(err)?;
        let mut by_name: HashMap<(String, String), usize> = HashMap::new();
        for (i, t) in tables.iter().enumerate() {
            by_name.insert((t.schema.clone().unwrap_or_default(), t.name.clone()), i);
        }
        for r in &stats {
            let (Ok(s), Ok(t), Ok(c)) = (
                r.try_get::<_, String>(0),
                r.try_get::<_, String>(1),
                r.try_get::<_, String>(2),
            ) else {
                continue;
            };
            let Some(&idx) = by_name.get(&(s, t)) else {
                continue;
            };
            let values: Vec<String> = r
                .try_get::<_, Option<Vec<String>>>(3)
                .ok()
                .flatten()
                .unwrap_or_default();
            if let Some(col) = tables[idx].columns.iter_mut().find(|col| col.name == c) {
                if col.type_class() == TypeClass::Text {
                    col.values = values
                        .into_iter()
                        .filter(|v| v.chars().count() <= quarry_model::VALUE_INDEX_MAX_CHARS)
                        .take(quarry_model::VALUE_INDEX_MAX_DISTINCT)
                        .collect();
                }
            }
        }
        Ok(Schema {
            tables,
            default_schema: Some("public".into()),
        })
    }
}

fn sql_err(e: &tokio_postgres::Error) -> DbError {
    DbError::Sql {
        message: format!("unexpected catalog row: {e}"),
        code: None,
    }
}

fn column_meta(cols: &[tokio_postgres::Column]) -> Vec<ColumnMeta> {
    cols.iter()
        .map(|c| ColumnMeta {
            name: c.name().to_string(),
            type_name: c.type_().name().to_ascii_lowercase(),
        })
        .collect()
}

/// The largest "Plan Rows" anywhere in an EXPLAIN (FORMAT JSON) plan.
fn max_plan_rows(v: &serde_json::Value) -> f64 {
    match v {
        serde_json::Value::Object(o) => {
            let own = o.get("Plan Rows").and_then(|r| r.as_f64()).unwrap_or(0.0);
            o.values().map(max_plan_rows).fold(own, f64::max)
        }
        serde_json::Value::Array(a) => a.iter().map(max_plan_rows).fold(0.0, f64::max),
        _ => 0.0,
    }
}

/// Which certificates `sslmode=verify-full` trusts: `pool.ssl_root_cert` (read on every new
/// connection, so a rotated CA file takes effect without a restart) or the web PKI roots.
pub fn load_root_certs(path: &std::path::Path) -> Result<rustls::RootCertStore, String> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::CertificateDer;
    let certs = CertificateDer::pem_file_iter(path)
        .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    let mut store = rustls::RootCertStore::empty();
    for cert in certs {
        let cert = cert.map_err(|e| format!("`{}` is not a PEM file: {e}", path.display()))?;
        store.add(cert).map_err(|e| {
            format!(
                "`{}` holds a certificate that cannot be a trust anchor: {e}",
                path.display()
            )
        })?;
    }
    if store.is_empty() {
        return Err(format!(
            "`{}` holds no PEM certificate (-----BEGIN CERTIFICATE-----)",
            path.display()
        ));
    }
    Ok(store)
}

/// TLS to PostgreSQL over tokio-rustls with rustls' ring provider (tokio-postgres brings no TLS
/// of its own). `require`/`prefer` encrypt without checking the certificate, as libpq does;
/// `verify-full` checks the chain and the host name. The stream reports `tls-server-end-point`
/// channel binding, so password logins use SCRAM-SHA-256-PLUS when the server offers it (the
/// login is then bound to the certificate this TLS session saw).
mod tls {
    use std::future::Future;
    use std::io;
    use std::pin::Pin;
    use std::sync::Arc;
    use std::task::{Context, Poll};

    use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
    use rustls::crypto::CryptoProvider;
    use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
    use rustls::{ClientConfig, DigitallySignedStruct, SignatureScheme};
    use sha2::Digest;
    use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
    use tokio_postgres::tls::{ChannelBinding, MakeTlsConnect, TlsConnect, TlsStream};
    use tokio_postgres::Socket;

    /// A TLS failure in words a user can act on.
    #[derive(Debug)]
    pub struct PgTlsError(String);

    impl std::fmt::Display for PgTlsError {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(&self.0)
        }
    }

    impl std::error::Error for PgTlsError {}

    /// Accepts any certificate (sslmode `require`/`prefer`) but still checks that the server
    /// holds the key of the certificate it sent (the handshake signatures).
    #[derive(Debug)]
    struct AnyCertificate(Arc<CryptoProvider>);

    impl ServerCertVerifier for AnyCertificate {
        fn verify_server_cert(
            &self,
            _end_entity: &CertificateDer<'_>,
            _intermediates: &[CertificateDer<'_>],
            _server_name: &ServerName<'_>,
            _ocsp_response: &[u8],
            _now: UnixTime,
        ) -> Result<ServerCertVerified, rustls::Error> {
            Ok(ServerCertVerified::assertion())
        }

        fn verify_tls12_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            rustls::crypto::verify_tls12_signature(
                message,
                cert,
                dss,
                &self.0.signature_verification_algorithms,
            )
        }

        fn verify_tls13_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            rustls::crypto::verify_tls13_signature(
                message,
                cert,
                dss,
                &self.0.signature_verification_algorithms,
            )
        }

        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            self.0.signature_verification_algorithms.supported_schemes()
        }
    }

    /// A `MakeTlsConnect` for tokio-postgres.
    #[derive(Clone)]
    pub struct PgTls {
        config: Arc<ClientConfig>,
        /// What verify-full trusted, for the error message; `None`: no verification.
        trust: Option<Arc<str>>,
    }

    impl PgTls {
        /// Encryption without certificate checks (`prefer`, `require`; also handed to
        /// `disable`, where tokio-postgres never uses it).
        pub fn unverified() -> Result<PgTls, PgTlsError> {
            let provider = Arc::new(rustls::crypto::ring::default_provider());
            let config = ClientConfig::builder_with_provider(provider.clone())
                .with_safe_default_protocol_versions()
                .map_err(|e| PgTlsError(format!("cannot set up TLS: {e}")))?
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(AnyCertificate(provider)))
                .with_no_client_auth();
            Ok(PgTls::from_config(config, None))
        }

        /// Chain and host name checked against `root_cert` (PEM) or the web PKI roots.
        pub fn verified(root_cert: Option<&std::path::Path>) -> Result<PgTls, PgTlsError> {
            let (roots, trust) = match root_cert {
                Some(path) => (
                    super::load_root_certs(path)
                        .map_err(|e| PgTlsError(format!("pool.ssl_root_cert: {e}")))?,
                    format!(
                        "the CA certificates in pool.ssl_root_cert ({})",
                        path.display()
                    ),
                ),
                None => (
                    rustls::RootCertStore {
                        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
                    },
                    "the built-in web PKI roots (set pool.ssl_root_cert for a private CA)"
                        .to_string(),
                ),
            };
            let provider = Arc::new(rustls::crypto::ring::default_provider());
            let config = ClientConfig::builder_with_provider(provider)
                .with_safe_default_protocol_versions()
                .map_err(|e| PgTlsError(format!("cannot set up TLS: {e}")))?
                .with_root_certificates(roots)
                .with_no_client_auth();
            Ok(PgTls::from_config(config, Some(trust.into())))
        }

        fn from_config(mut config: ClientConfig, trust: Option<Arc<str>>) -> PgTls {
            // PostgreSQL 17 checks ALPN; older servers ignore it.
            config.alpn_protocols = vec![b"postgresql".to_vec()];
            PgTls {
                config: Arc::new(config),
                trust,
            }
        }
    }

    impl MakeTlsConnect<Socket> for PgTls {
        type Stream = PgTlsStream;
        type TlsConnect = PgTlsConnect;
        type Error = PgTlsError;

        fn make_tls_connect(&mut self, domain: &str) -> Result<PgTlsConnect, PgTlsError> {
            let name = ServerName::try_from(domain.to_string()).map_err(|_| {
                PgTlsError(format!(
                    "`{domain}` is not a host name or address a certificate can be checked against"
                ))
            })?;
            Ok(PgTlsConnect {
                tls: self.clone(),
                name,
            })
        }
    }

    pub struct PgTlsConnect {
        tls: PgTls,
        name: ServerName<'static>,
    }

    impl TlsConnect<Socket> for PgTlsConnect {
        type Stream = PgTlsStream;
        type Error = PgTlsError;
        type Future = Pin<Box<dyn Future<Output = Result<PgTlsStream, PgTlsError>> + Send>>;

        fn connect(self, stream: Socket) -> Self::Future {
            Box::pin(async move {
                let connector = tokio_rustls::TlsConnector::from(self.tls.config.clone());
                match connector.connect(self.name.clone(), stream).await {
                    Ok(s) => Ok(PgTlsStream(s)),
                    Err(e) => Err(describe(&e, &self.name, self.tls.trust.as_deref())),
                }
            })
        }
    }

    fn describe(e: &io::Error, name: &ServerName<'_>, trust: Option<&str>) -> PgTlsError {
        let rustls_error = e.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>());
        match (rustls_error, trust) {
            (Some(rustls::Error::InvalidCertificate(c)), Some(trust)) => PgTlsError(format!(
                "the server's certificate did not verify for `{}` (sslmode=verify-full trusts \
                 {trust}): {c:?}",
                name.to_str()
            )),
            (Some(r), _) => PgTlsError(format!("TLS handshake failed: {r}")),
            (None, _) => PgTlsError(format!("TLS handshake failed: {e}")),
        }
    }

    /// The encrypted stream tokio-postgres reads and writes.
    pub struct PgTlsStream(tokio_rustls::client::TlsStream<Socket>);

    impl AsyncRead for PgTlsStream {
        fn poll_read(
            mut self: Pin<&mut Self>,
            cx: &mut Context<'_>,
            buf: &mut ReadBuf<'_>,
        ) -> Poll<io::Result<()>> {
            Pin::new(&mut self.0).poll_read(cx, buf)
        }
    }

    impl AsyncWrite for PgTlsStream {
        fn poll_write(
            mut self: Pin<&mut Self>,
            cx: &mut Context<'_>,
            buf: &[u8],
        ) -> Poll<io::Result<usize>> {
            Pin::new(&mut self.0).poll_write(cx, buf)
        }

        fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
            Pin::new(&mut self.0).poll_flush(cx)
        }

        fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
            Pin::new(&mut self.0).poll_shutdown(cx)
        }
    }

    impl TlsStream for PgTlsStream {
        fn channel_binding(&self) -> ChannelBinding {
            let (_, conn) = self.0.get_ref();
            match conn
                .peer_certificates()
                .and_then(|c| c.first())
                .and_then(|c| server_end_point(c.as_ref()))
            {
                Some(hash) => ChannelBinding::tls_server_end_point(hash),
                None => ChannelBinding::none(),
            }
        }
    }

    /// RFC 5929 `tls-server-end-point`: the server certificate hashed with the hash of its
    /// signature algorithm (SHA-256 for MD5 and SHA-1). `None` for algorithms without one
    /// (Ed25519, RSA-PSS): SCRAM then runs without channel binding.
    pub fn server_end_point(cert: &[u8]) -> Option<Vec<u8>> {
        // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }
        let (body, _) = der(cert, 0x30)?;
        let (_, after_tbs) = der(body, 0x30)?;
        let (alg, _) = der(after_tbs, 0x30)?;
        let (oid, _) = der(alg, 0x06)?;
        const RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01];
        const ECDSA: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04];
        #[derive(Clone, Copy)]
        enum H {
            S256,
            S384,
            S512,
        }
        let h = if let Some(rest) = oid.strip_prefix(RSA) {
            match rest {
                // md5, sha1 (hashed with SHA-256, as the RFC says), sha256
                [0x04] | [0x05] | [0x0b] => H::S256,
                [0x0c] => H::S384,
                [0x0d] => H::S512,
                _ => return None,
            }
        } else if let Some(rest) = oid.strip_prefix(ECDSA) {
            match rest {
                // ecdsa-with-SHA1 (hashed with SHA-256), ecdsa-with-SHA256
                [0x01] | [0x03, 0x02] => H::S256,
                [0x03, 0x03] => H::S384,
                [0x03, 0x04] => H::S512,
                _ => return None,
            }
        } else {
            return None;
        };
        Some(match h {
            H::S256 => sha2::Sha256::digest(cert).to_vec(),
            H::S384 => sha2::Sha384::digest(cert).to_vec(),
            H::S512 => sha2::Sha512::digest(cert).to_vec(),
        })
    }

    /// One DER element with tag `tag` at the start of `b`: (its contents, the rest).
    fn der(b: &[u8], tag: u8) -> Option<(&[u8], &[u8])> {
        let (&t, rest) = b.split_first()?;
        if t != tag {
            return None;
        }
        let (&first, rest) = rest.split_first()?;
        let (len, rest) = if first < 0x80 {
            (usize::from(first), rest)
        } else {
            let n = usize::from(first & 0x7f);
            if n == 0 || n > 4 || rest.len() < n {
                return None;
            }
            let (bytes, rest) = rest.split_at(n);
            (
                bytes
                    .iter()
                    .fold(0usize, |acc, &x| (acc << 8) | usize::from(x)),
                rest,
            )
        };
        if rest.len() < len {
            return None;
        }
        Some(rest.split_at(len))
    }
}
