//! Running one query on a read-only SQLite connection with a time bound, and comparing two
//! results the way Spider's execution accuracy does.
//!
//! Must not: write (connections are opened read-only). Entry points: [`open_read_only`],
//! [`run_query`], [`same_result`].

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::time::{Duration, Instant};

/// One cell, normalised so that values Python's `==` calls equal compare equal here
/// (Spider's evaluator is Python: `1 == 1.0`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Cell {
    Null,
    Int(i64),
    /// Non-integral reals, kept as their bits after rounding away float noise.
    Real(String),
    Text(String),
    Blob(Vec<u8>),
}

pub type Rows = Vec<Vec<Cell>>;

/// Opens a database read-only: the evaluator must never change the data it scores against.
pub fn open_read_only(path: &Path) -> rusqlite::Result<Connection> {
    Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
}

/// Runs `sql`, giving up after `timeout` (a progress handler interrupts the statement) or
/// after `max_rows` rows, so a pathological prediction cannot hang or exhaust the run.
pub fn run_query(
    conn: &Connection,
    sql: &str,
    timeout: Duration,
    max_rows: usize,
) -> Result<Rows, String> {
    let deadline = Instant::now() + timeout;
    conn.progress_handler(10_000, Some(move || Instant::now() > deadline));
    let result = collect(conn, sql, max_rows);
    conn.progress_handler(0, None::<fn() -> bool>);
    result
}

fn collect(conn: &Connection, sql: &str, max_rows: usize) -> Result<Rows, String> {
    let mut stmt = conn.prepare(sql).map_err(|e| e.to_string())?;
    let n = stmt.column_count();
    let mut rows = stmt.query([]).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().map_err(|e| e.to_string())? {
        let mut row = Vec::with_capacity(n);
        for i in 0..n {
            row.push(cell(r.get_ref(i).map_err(|e| e.to_string())?));
        }
        out.push(row);
        if out.len() > max_rows {
            return Err(format!("more than {max_rows} rows"));
        }
    }
    Ok(out)
}

fn cell(v: ValueRef<'_>) -> Cell {
    match v {
        ValueRef::Null => Cell::Null,
        ValueRef::Integer(i) => Cell::Int(i),
        ValueRef::Real(f) => {
            if f.fract() == 0.0 && f.abs() < 9.0e15 {
                Cell::Int(f as i64)
            } else {
                Cell::Real(format!("{f:.6}"))
            }
        }
        ValueRef::Text(b) => Cell::Text(String::from_utf8_lossy(b).into_owned()),
        ValueRef::Blob(b) => Cell::Blob(b.to_vec()),
    }
}

/// Spider's rule: the same multiset of rows, in the same order when the gold query orders
/// them; columns may come in any order (a permutation of the gold's columns).
pub fn same_result(gold: &Rows, pred: &Rows, ordered: bool) -> bool {
    if gold.len() != pred.len() {
        return false;
    }
    let width = |r: &Rows| r.first().map_or(0, |row| row.len());
    if gold.is_empty() {
        // No rows: only the column count could differ, and it is unknown here.
        return true;
    }
    let n = width(gold);
    if width(pred) != n {
        return false;
    }
    // Candidate columns of pred for each gold column: those with the same multiset of values.
    let col = |r: &Rows, i: usize| {
        let mut v: Vec<Cell> = r.iter().map(|row| row[i].clone()).collect();
        v.sort();
        v
    };
    let gold_cols: Vec<Vec<Cell>> = (0..n).map(|i| col(gold, i)).collect();
    let pred_cols: Vec<Vec<Cell>> = (0..n).map(|i| col(pred, i)).collect();
    let mut perm = vec![usize::MAX; n];
    let mut used = vec![false; n];
    search(
        0,
        &gold_cols,
        &pred_cols,
        &mut perm,
        &mut used,
        &mut |perm| rows_match(gold, pred, perm, ordered),
    )
}

/// Tries every consistent assignment of pred columns to gold columns (columns with equal
/// value multisets are interchangeable, so more than one may need trying).
fn search(
    i: usize,
    gold_cols: &[Vec<Cell>],
    pred_cols: &[Vec<Cell>],
    perm: &mut Vec<usize>,
    used: &mut Vec<bool>,
    accept: &mut dyn FnMut(&[usize]) -> bool,
) -> bool {
    if i == gold_cols.len() {
        return accept(perm);
    }
    for j in 0..pred_cols.len() {
        if !used[j] && pred_cols[j] == gold_cols[i] {
            used[j] = true;
            perm[i] = j;
            if search(i + 1, gold_cols, pred_cols, perm, used, accept) {
                return true;
            }
            used[j] = false;
        }
    }
    false
}

fn rows_match(gold: &Rows, pred: &Rows, perm: &[usize], ordered: bool) -> bool {
    let mut p: Rows = pred
        .iter()
        .map(|row| perm.iter().map(|&j| row[j].clone()).collect())
        .collect();
    if ordered {
        return &p == gold;
    }
    let mut g = gold.clone();
    g.sort();
    p.sort();
    g == p
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(rows: &[&[i64]]) -> Rows {
        rows.iter()
            .map(|row| row.iter().map(|&v| Cell::Int(v)).collect())
            .collect()
    }

    #[test]
    fn column_order_does_not_count_but_row_order_can() {
        let g = r(&[&[1, 10], &[2, 20]]);
        assert!(same_result(&g, &r(&[&[10, 1], &[20, 2]]), true));
        assert!(same_result(&g, &r(&[&[2, 20], &[1, 10]]), false));
        assert!(!same_result(&g, &r(&[&[2, 20], &[1, 10]]), true));
        assert!(!same_result(&g, &r(&[&[1, 20], &[2, 10]]), false));
        assert!(!same_result(&g, &r(&[&[1], &[2]]), false));
    }
}
