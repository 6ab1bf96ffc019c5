//! SQLite introspection into a `quarry_model::Schema`, the way the service caches a target:
//! tables, columns, primary and foreign keys from pragmas, and the value index (the distinct
//! values of low-cardinality text columns) from a bounded `SELECT DISTINCT`.
//!
//! Must not: write to the database. Entry point: [`sqlite_schema`].

use quarry_model::{Column, Dialect, ForeignKey, Schema, Table, TypeClass};
use rusqlite::types::ValueRef;
use rusqlite::Connection;

/// The service's bounds, so the engine is measured on the index it gets in production.
use quarry_model::{
    VALUE_INDEX_MAX_CHARS as MAX_VALUE_CHARS, VALUE_INDEX_MAX_DISTINCT as MAX_VALUES_PER_COLUMN,
};

/// Reads the schema and the value index of an open SQLite database.
pub fn sqlite_schema(conn: &Connection) -> rusqlite::Result<Schema> {
    let mut names: Vec<String> = Vec::new();
    {
        let mut stmt = conn.prepare(
            "SELECT name FROM sqlite_master WHERE type IN ('table','view') \
             AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for r in rows {
            names.push(r?);
        }
    }
    let mut tables = Vec::new();
    for name in names {
        tables.push(table(conn, &name)?);
    }
    // `REFERENCES t` without a column means t's primary key; the engine needs it spelled out.
    let pks: Vec<(String, Vec<String>)> = tables
        .iter()
        .map(|t| (t.name.to_ascii_lowercase(), t.primary_key.clone()))
        .collect();
    for t in &mut tables {
        for fk in &mut t.foreign_keys {
            if fk.ref_columns.iter().any(|c| c.is_empty()) {
                let target = fk.ref_table.to_ascii_lowercase();
                if let Some((_, pk)) = pks.iter().find(|(n, _)| *n == target) {
                    if pk.len() == fk.columns.len() {
                        fk.ref_columns = pk.clone();
                    }
                }
            }
        }
    }
    Ok(Schema::new(tables))
}

fn table(conn: &Connection, name: &str) -> rusqlite::Result<Table> {
    let q = Dialect::Sqlite.quote_ident(name);
    let mut columns = Vec::new();
    let mut pk: Vec<(i64, String)> = Vec::new();
    {
        let mut stmt = conn.prepare(&format!("PRAGMA table_info({q})"))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let cname: String = r.get(1)?;
            let ctype: String = r.get::<_, Option<String>>(2)?.unwrap_or_default();
            let notnull: i64 = r.get(3)?;
            let pkpos: i64 = r.get(5)?;
            if pkpos > 0 {
                pk.push((pkpos, cname.clone()));
            }
            let mut c = Column::new(cname, ctype.to_ascii_lowercase());
            c.nullable = notnull == 0;
            columns.push(c);
        }
    }
    pk.sort();
    let mut t = Table::new(name, columns);
    t.primary_key = pk.into_iter().map(|(_, c)| c).collect();
    {
        let mut stmt = conn.prepare(&format!("PRAGMA foreign_key_list({q})"))?;
        let mut rows = stmt.query([])?;
        // Rows of one composite key share an id; keep them together.
        let mut by_id: Vec<(i64, ForeignKey)> = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let ref_table: String = r.get(2)?;
            let from: String = r.get(3)?;
            let to: Option<String> = r.get(4)?;
            let to = to.unwrap_or_default();
            match by_id.iter_mut().find(|(i, _)| *i == id) {
                Some((_, fk)) => {
                    fk.columns.push(from);
                    fk.ref_columns.push(to);
                }
                None => by_id.push((
                    id,
                    ForeignKey {
                        columns: vec![from],
                        ref_schema: None,
                        ref_table,
                        ref_columns: vec![to],
                    },
                )),
            }
        }
        t.foreign_keys = by_id.into_iter().map(|(_, fk)| fk).collect();
    }
    for c in 0..t.columns.len() {
        if t.columns[c].type_class() == TypeClass::Text {
            t.columns[c].values = distinct_values(conn, &q, &t.columns[c].name)?;
        }
    }
    Ok(t)
}

fn distinct_values(
    conn: &Connection,
    table_q: &str,
    column: &str,
) -> rusqlite::Result<Vec<String>> {
    let sql = format!(
        "SELECT DISTINCT {c} FROM {table_q} WHERE {c} IS NOT NULL LIMIT {n}",
        c = Dialect::Sqlite.quote_ident(column),
        n = MAX_VALUES_PER_COLUMN + 1
    );
    let mut stmt = match conn.prepare(&sql) {
        Ok(s) => s,
        // A view over a missing table cannot be scanned; it simply gets no value index.
        Err(_) => return Ok(Vec::new()),
    };
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        if let ValueRef::Text(b) = r.get_ref(0)? {
            let s = String::from_utf8_lossy(b).trim().to_string();
            if !s.is_empty() && s.chars().count() <= MAX_VALUE_CHARS {
                out.push(s);
            }
        }
    }
    if out.len() > MAX_VALUES_PER_COLUMN {
        return Ok(Vec::new());
    }
    out.sort();
    out.dedup();
    Ok(out)
}
