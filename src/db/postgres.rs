//! The PostgreSQL driver (tokio-postgres).
//!
//! Connections are opened with `default_transaction_read_only=on` and `statement_timeout` as
//! startup options, so every statement runs in a read-only (implicit) transaction with a time
//! bound and no extra round trip. Statements use the extended protocol through
//! `query_typed_raw`: Parse/Bind/Describe/Execute/Sync in one round trip, one statement only.
//! A statement whose future is dropped (the client went away) is cancelled on the server.

use std::collections::HashMap;
use std::time::Duration;

use futures_util::{pin_mut, StreamExt};
use quarry_model::{Column, ForeignKey, Schema, Table, TableKind, TypeClass};
use tokio_postgres::error::SqlState;
use tokio_postgres::types::Type;
use tokio_postgres::{CancelToken, Client, NoTls};

use super::value::PgJson;
use super::{ColumnMeta, ConnectOptions, DbError, ExecLimits, ResultSet, RowCollector, ServerInfo};
use crate::db::Target;

pub struct PgConn {
    client: Client,
    statement_timeout: Duration,
    database: String,
}

/// Cancels the running statement on the server when dropped while armed: a request future
/// dropped mid-statement (client disconnect, timeout) must not leave the query running.
struct CancelOnDrop {
    token: Option<CancelToken>,
}

impl CancelOnDrop {
    fn disarm(&mut self) {
        self.token = None;
    }
}

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        if let Some(token) = self.token.take() {
            if let Ok(handle) = tokio::runtime::Handle::try_current() {
                handle.spawn(async move {
                    let _ = tokio::time::timeout(Duration::from_secs(5), token.cancel_query(NoTls))
                        .await;
                });
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

impl PgConn {
    pub async fn connect(target: &Target, opts: &ConnectOptions) -> Result<PgConn, DbError> {
        let mut cfg = tokio_postgres::Config::new();
        cfg.host(&target.host)
            .port(target.port)
            .dbname(&target.database)
            .user(&target.user)
            .application_name("quarry")
            .connect_timeout(opts.connect_timeout)
            // Early keepalives: a dead peer is noticed in ~40 s instead of hours.
            .keepalives(true)
            .keepalives_idle(Duration::from_secs(20))
            .keepalives_interval(Duration::from_secs(5))
            .keepalives_retries(4)
            .options(format!(
                "-c default_transaction_read_only=on -c statement_timeout={}",
                opts.statement_timeout.as_millis()
            ));
        if let Some(p) = target.password.expose() {
            cfg.password(p);
        }
        if target.sslmode != super::SslMode::Disable && target.sslmode != super::SslMode::Prefer {
            return Err(DbError::Connect(
                "TLS to PostgreSQL (sslmode require/verify-full) is not available in this build"
                    .into(),
            ));
        }
        // connect_timeout bounds the TCP connect only; the whole handshake gets the same bound.
        let (client, connection) = tokio::time::timeout(opts.connect_timeout, cfg.connect(NoTls))
            .await
            .map_err(|_| {
                DbError::Connect(format!(
                    "could not connect to {}: no answer within {:?}",
                    target.describe(),
                    opts.connect_timeout
                ))
            })?
            .map_err(|e| connect_error(&e, target))?;
        tokio::spawn(async move {
            // The task ends when the client is dropped or the socket breaks; either way the
            // client sees `is_closed()` and the pool discards it.
            let _ = connection.await;
        });
        Ok(PgConn {
            client,
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
                "SELECT schemaname::text, tablename::text, attname::text, \
                 (most_common_vals::text)::text[] \
                 FROM pg_catalog.pg_stats \
                 WHERE schemaname NOT IN ('pg_catalog','information_schema') \
                 AND most_common_vals IS NOT NULL \
                 AND (n_distinct BETWEEN 1 AND 100 OR n_distinct BETWEEN -0.05 AND -0.000001)",
                &[],
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
                    col.values = values.into_iter().take(25).collect();
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
