//! The SQLite driver (rusqlite, bundled).
//!
//! Files are opened read-only (`SQLITE_OPEN_READ_ONLY`, never created) with
//! `PRAGMA query_only = ON`. rusqlite is blocking, so every call runs on tokio's blocking pool;
//! the statement timeout is a progress handler checking a deadline, and a request dropped
//! mid-statement interrupts it through the connection's interrupt handle.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use quarry_model::{Column, ForeignKey, Schema, Table, TableKind, TypeClass};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, InterruptHandle, OpenFlags};

use super::value::{bytes_value, float_value, int_value};
use super::{ColumnMeta, ConnectOptions, DbError, ExecLimits, ResultSet, RowCollector, ServerInfo};
use crate::db::Target;

use quarry_model::{VALUE_INDEX_MAX_CHARS, VALUE_INDEX_MAX_DISTINCT as MAX_DISTINCT_VALUES};

pub struct SqliteConn {
    conn: Arc<Mutex<Connection>>,
    interrupt: Arc<InterruptHandle>,
    statement_timeout: Duration,
    path: String,
}

/// Interrupts the running statement when dropped while armed (the request went away).
struct InterruptOnDrop(Option<Arc<InterruptHandle>>);

impl Drop for InterruptOnDrop {
    fn drop(&mut self) {
        if let Some(h) = self.0.take() {
            h.interrupt();
        }
    }
}

fn sql_error(e: rusqlite::Error, timeout: Duration) -> DbError {
    match &e {
        rusqlite::Error::SqliteFailure(f, msg) => {
            if f.code == rusqlite::ErrorCode::OperationInterrupted {
                return DbError::Timeout(timeout);
            }
            if f.code == rusqlite::ErrorCode::ReadOnly {
                return DbError::ReadOnly(msg.clone().unwrap_or_else(|| e.to_string()));
            }
            DbError::Sql {
                message: msg.clone().unwrap_or_else(|| e.to_string()),
                code: Some(format!("{:?}", f.code)),
            }
        }
        _ => DbError::Sql {
            message: e.to_string(),
            code: None,
        },
    }
}

fn poisoned() -> DbError {
    DbError::Broken("the SQLite connection was poisoned by a panic".into())
}

impl SqliteConn {
    pub async fn open(target: &Target, opts: &ConnectOptions) -> Result<SqliteConn, DbError> {
        let path = target.database.clone();
        let timeout = opts.statement_timeout;
        let opened = tokio::task::spawn_blocking(move || -> Result<Connection, DbError> {
            let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
            let conn = Connection::open_with_flags(&path, flags).map_err(|e| {
                DbError::Connect(format!("cannot open SQLite database {path}: {e}"))
            })?;
            conn.busy_timeout(Duration::from_secs(5))
                .and_then(|_| conn.pragma_update(None, "query_only", "ON"))
                .map_err(|e| {
                    DbError::Connect(format!("cannot open SQLite database {path}: {e}"))
                })?;
            // Opening is lazy: reading the schema proves the file is a database.
            conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
                r.get::<_, i64>(0)
            })
            .map_err(|e| {
                DbError::Connect(format!("{path} is not a usable SQLite database: {e}"))
            })?;
            Ok(conn)
        })
        .await
        .map_err(|e| DbError::Connect(format!("SQLite open task failed: {e}")))??;
        let interrupt = Arc::new(opened.get_interrupt_handle());
        Ok(SqliteConn {
            conn: Arc::new(Mutex::new(opened)),
            interrupt,
            statement_timeout: timeout,
            path: target.database.clone(),
        })
    }

    async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, DbError> + Send + 'static,
    ) -> Result<T, DbError> {
        let conn = self.conn.clone();
        let deadline = Instant::now() + self.statement_timeout;
        let mut guard = InterruptOnDrop(Some(self.interrupt.clone()));
        let result = tokio::task::spawn_blocking(move || {
            let c = conn.lock().map_err(|_| poisoned())?;
            // Checked every 10k VM steps: the statement timeout for a blocking engine.
            c.progress_handler(10_000, Some(move || Instant::now() > deadline));
            let out = f(&c);
            c.progress_handler(0, None::<fn() -> bool>);
            out
        })
        .await
        .map_err(|e| DbError::Broken(format!("SQLite task failed: {e}")));
        guard.0 = None;
        result?
    }

    pub async fn ping(&mut self) -> Result<(), DbError> {
        let t = self.statement_timeout;
        self.run(move |c| {
            c.query_row("SELECT 1", [], |_| Ok(()))
                .map_err(|e| sql_error(e, t))
        })
        .await
    }

    pub async fn query(&mut self, sql: &str, limits: &ExecLimits) -> Result<ResultSet, DbError> {
        let sql = sql.to_string();
        let limits = *limits;
        self.run(move |c| query_blocking(c, &sql, &limits)).await
    }

    pub async fn server_info(&mut self) -> Result<ServerInfo, DbError> {
        let path = self.path.clone();
        Ok(ServerInfo {
            driver: "sqlite".into(),
            server_version: rusqlite::version().to_string(),
            database: path,
            can_write: false,
        })
    }

    pub async fn schema_fingerprint(&mut self) -> Result<String, DbError> {
        let t = self.statement_timeout;
        self.run(move |c| {
            c.query_row("PRAGMA schema_version", [], |r| r.get::<_, i64>(0))
                .map(|v| v.to_string())
                .map_err(|e| sql_error(e, t))
        })
        .await
    }

    pub async fn introspect(&mut self) -> Result<Schema, DbError> {
        let t = self.statement_timeout;
        self.run(move |c| introspect_blocking(c).map_err(|e| sql_error(e, t)))
            .await
    }
}

fn query_blocking(c: &Connection, sql: &str, limits: &ExecLimits) -> Result<ResultSet, DbError> {
    let t = limits.statement_timeout;
    let mut stmt = c.prepare(sql).map_err(|e| sql_error(e, t))?;
    if !stmt.readonly() {
        return Err(DbError::ReadOnly("the statement would write".into()));
    }
    let columns: Vec<ColumnMeta> = stmt
        .columns()
        .iter()
        .map(|col| ColumnMeta {
            name: col.name().to_string(),
            type_name: col.decl_type().unwrap_or("").to_ascii_lowercase(),
        })
        .collect();
    let n = columns.len();
    let mut rows = stmt.query([]).map_err(|e| sql_error(e, t))?;
    let mut collector = RowCollector::new(*limits);
    while let Some(row) = rows.next().map_err(|e| sql_error(e, t))? {
        let mut values = Vec::with_capacity(n);
        for i in 0..n {
            let v = row.get_ref(i).map_err(|e| sql_error(e, t))?;
            values.push(match v {
                ValueRef::Null => serde_json::Value::Null,
                ValueRef::Integer(i) => int_value(i),
                ValueRef::Real(f) => float_value(f),
                ValueRef::Text(s) => {
                    serde_json::Value::String(String::from_utf8_lossy(s).into_owned())
                }
                ValueRef::Blob(b) => bytes_value(b),
            });
        }
        if !collector.push(values) {
            break;
        }
    }
    Ok(ResultSet {
        columns,
        rows: collector.rows,
        truncated: collector.truncated,
    })
}

fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

fn introspect_blocking(c: &Connection) -> Result<Schema, rusqlite::Error> {
    let mut stmt = c.prepare(
        "SELECT name, type FROM sqlite_schema WHERE type IN ('table','view') \
         AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )?;
    let names: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut tables = Vec::with_capacity(names.len());
    for (name, kind) in names {
        let mut table = Table::new(name.clone(), vec![]);
        table.kind = if kind == "view" {
            TableKind::View
        } else {
            TableKind::Table
        };
        let mut info =
            c.prepare("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1)")?;
        let mut pk: Vec<(i64, String)> = Vec::new();
        let cols = info.query_map([&name], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
            ))
        })?;
        for col in cols {
            let (cname, ctype, notnull, pkpos) = col?;
            let mut column = Column::new(cname.clone(), ctype.to_ascii_lowercase());
            column.nullable = notnull == 0;
            if pkpos > 0 {
                pk.push((pkpos, cname));
            }
            table.columns.push(column);
        }
        pk.sort();
        table.primary_key = pk.into_iter().map(|(_, n)| n).collect();
        let mut fks = c.prepare(
            "SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?1) ORDER BY id, seq",
        )?;
        let rows = fks.query_map([&name], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?;
        let mut current: Option<(i64, ForeignKey)> = None;
        for row in rows {
            let (id, ref_table, from, to) = row?;
            match &mut current {
                Some((cid, fk)) if *cid == id => {
                    fk.columns.push(from);
                    fk.ref_columns.push(to.unwrap_or_default());
                }
                _ => {
                    if let Some((_, fk)) = current.take() {
                        table.foreign_keys.push(fk);
                    }
                    current = Some((
                        id,
                        ForeignKey {
                            columns: vec![from],
                            ref_schema: None,
                            ref_table,
                            ref_columns: vec![to.unwrap_or_default()],
                        },
                    ));
                }
            }
        }
        if let Some((_, fk)) = current {
            table.foreign_keys.push(fk);
        }
        // A foreign key naming no column refers to the parent's primary key; filled below.
        tables.push(table);
    }
    let pks: std::collections::HashMap<String, Vec<String>> = tables
        .iter()
        .map(|t| (t.name.to_ascii_lowercase(), t.primary_key.clone()))
        .collect();
    for t in &mut tables {
        for fk in &mut t.foreign_keys {
            if fk.ref_columns.iter().any(|c| c.is_empty()) {
                if let Some(pk) = pks.get(&fk.ref_table.to_ascii_lowercase()) {
                    if pk.len() == fk.columns.len() {
                        fk.ref_columns = pk.clone();
                    }
                }
            }
        }
        if t.kind == TableKind::Table {
            t.row_estimate = c
                .query_row(
                    &format!("SELECT count(*) FROM {}", quote(&t.name)),
                    [],
                    |r| r.get::<_, i64>(0),
                )
                .ok();
        }
        sample_values(c, t);
    }
    Ok(Schema::new(tables))
}

/// Fills the value index: distinct values of text columns that have few of them.
fn sample_values(c: &Connection, t: &mut Table) {
    let table = quote(&t.name);
    for col in &mut t.columns {
        if col.type_class() != TypeClass::Text {
            continue;
        }
        let sql = format!(
            "SELECT DISTINCT {0} FROM {table} WHERE {0} IS NOT NULL AND typeof({0}) = 'text' \
             AND length({0}) <= {2} LIMIT {1}",
            quote(&col.name),
            MAX_DISTINCT_VALUES + 1,
            VALUE_INDEX_MAX_CHARS
        );
        let Ok(mut stmt) = c.prepare(&sql) else {
            continue;
        };
        let Ok(values) = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .and_then(|rows| rows.collect::<Result<Vec<String>, _>>())
        else {
            continue;
        };
        if values.len() <= MAX_DISTINCT_VALUES {
            col.values = values;
        }
    }
}
