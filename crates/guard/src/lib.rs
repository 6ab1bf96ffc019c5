//! The read-only SQL guard (DESIGN invariant 2a and "The read-only guard's scope").
//!
//! Owns: deciding from the text alone whether a statement may run. Must not: touch a database.
//! Entry points: [`check`] and [`with_limit`].
//! PLACEHOLDER: the full sqlparser-based guard replaces this body.

use quarry_model::Dialect;

/// What kind of statement the guard admitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementKind {
    Query,
    Explain,
    Show,
}

/// A table a statement reads (CTE names excluded).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TableRef {
    pub schema: Option<String>,
    pub name: String,
}

/// A statement the guard admitted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub kind: StatementKind,
    pub tables: Vec<TableRef>,
    pub has_limit: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GuardError {
    #[error("the statement is empty")]
    Empty,
    #[error("could not parse the statement: {0}")]
    Parse(String),
    #[error("exactly one statement is allowed, found {0}")]
    Multiple(usize),
    #[error("{0} is not allowed: quarry runs read-only statements only")]
    NotAllowed(String),
    #[error("function {0} is not allowed: it has side effects or runs SQL text")]
    Function(String),
}

/// Admits exactly one read-only statement in the guard's scope, or says why not.
pub fn check(sql: &str, _dialect: Dialect) -> Result<Checked, GuardError> {
    let t = sql.trim().to_ascii_lowercase();
    if t.is_empty() {
        return Err(GuardError::Empty);
    }
    if t.starts_with("select") {
        Ok(Checked { kind: StatementKind::Query, tables: vec![], has_limit: t.contains("limit") })
    } else {
        Err(GuardError::NotAllowed("this statement".into()))
    }
}

/// Returns the statement with `LIMIT limit` added when it is a query without one.
pub fn with_limit(sql: &str, dialect: Dialect, limit: u64) -> Result<String, GuardError> {
    let c = check(sql, dialect)?;
    if c.has_limit || c.kind != StatementKind::Query {
        return Ok(sql.to_string());
    }
    Ok(format!("{} LIMIT {limit}", sql.trim().trim_end_matches(';')))
}
