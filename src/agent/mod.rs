//! The SQL agent: question -> engine -> validated SQL -> rows, retrying with the error.
//!
//! Owns: [`SqlAgent`] (the loop), the engines it routes between, and the validation of
//! generated SQL (the read-only guard, every table known, a LIMIT added).
//! Must not: open connections (the caller lends a [`ConnGuard`]) or know about HTTP.
//!
//! Loop: up to `max_retries + 1` attempts; each attempt asks the engine (with every previous
//! attempt and its error), validates, executes; an engine that has nothing new to offer ends
//! the loop early. Every attempt is recorded ([`Attempt`]) and returned, also on failure.
//! Failure model: [`AgentError`]: `NotUnderstood` (422, with the attempts), `Db` errors that
//! are not the SQL's fault (timeouts, broken connections) end the loop at once.
//! Config: `[agent]` max_retries, builtin_threshold.

use std::time::Instant;

use quarry_model::{Dialect, Schema};
use serde::Serialize;

use crate::db::{DbError, ExecLimits, ResultSet};
use crate::pool::ConnGuard;
use crate::schema::CachedSchema;

/// One try at answering, as the response's `attempts` lists it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Attempt {
    pub sql: Option<String>,
    pub error: Option<String>,
    pub engine: String,
    pub ms: f64,
}

/// A successful answer.
#[derive(Debug)]
pub struct Answer {
    pub sql: String,
    pub result: ResultSet,
    pub engine: String,
    pub explanation: String,
    pub attempts: Vec<Attempt>,
    pub generate_ms: f64,
    pub execute_ms: f64,
}

#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    #[error("the question was not understood: {reason}. Rephrase it, or run SQL directly with POST /api/v1/sql")]
    NotUnderstood {
        reason: String,
        attempts: Vec<Attempt>,
    },
    #[error("{source}")]
    Db {
        source: DbError,
        attempts: Vec<Attempt>,
    },
}

impl AgentError {
    pub fn not_understood_detail(reason: &str) -> String {
        format!(
            "the question was not understood: {reason}. Rephrase it, or run SQL directly with POST /api/v1/sql"
        )
    }

    pub fn attempts(&self) -> &[Attempt] {
        match self {
            AgentError::NotUnderstood { attempts, .. } | AgentError::Db { attempts, .. } => {
                attempts
            }
        }
    }
}

pub struct SqlAgent {
    builtin_threshold: f32,
}

/// What the agent needs for one question.
pub struct Question<'a> {
    pub text: &'a str,
    pub schema: &'a CachedSchema,
    /// The schema the question is limited to (`schema_name`), when given.
    pub scoped: Option<&'a Schema>,
    pub dialect: Dialect,
    pub max_retries: u32,
    pub limits: ExecLimits,
}

impl SqlAgent {
    pub fn new(builtin_threshold: Option<f32>) -> SqlAgent {
        SqlAgent {
            builtin_threshold: builtin_threshold.unwrap_or(quarry_nl::DEFAULT_THRESHOLD),
        }
    }

    pub fn builtin_threshold(&self) -> f32 {
        self.builtin_threshold
    }

    pub async fn answer(&self, q: Question<'_>, conn: &mut ConnGuard) -> Result<Answer, AgentError> {
        let mut attempts: Vec<Attempt> = Vec::new();
        let schema: &Schema = q.scoped.unwrap_or(&q.schema.schema);
        let mut generate_ms = 0.0;
        for _ in 0..=q.max_retries {
            let started = Instant::now();
            // The builtin engine is deterministic: asking again after a failure would give
            // the same SQL, so it has one attempt.
            if !attempts.is_empty() {
                break;
            }
            let translated = if q.scoped.is_some() {
                quarry_nl::SchemaIndex::build(schema).translate(q.text, q.dialect)
            } else {
                q.schema.index.translate(q.text, q.dialect)
            };
            let answer = match translated {
                Ok(a) if a.confidence >= self.builtin_threshold => a,
                Ok(a) => {
                    attempts.push(Attempt {
                        sql: None,
                        error: Some(format!(
                            "builtin engine not confident enough ({:.2} < {:.2})",
                            a.confidence, self.builtin_threshold
                        )),
                        engine: "builtin".into(),
                        ms: ms(started),
                    });
                    continue;
                }
                Err(e) => {
                    attempts.push(Attempt {
                        sql: None,
                        error: Some(e.reason),
                        engine: "builtin".into(),
                        ms: ms(started),
                    });
                    continue;
                }
            };
            generate_ms += ms(started);
            let sql = match validate(&answer.sql, schema, q.dialect, q.limits.max_rows) {
                Ok(sql) => sql,
                Err(e) => {
                    attempts.push(Attempt {
                        sql: Some(answer.sql),
                        error: Some(e),
                        engine: "builtin".into(),
                        ms: ms(started),
                    });
                    continue;
                }
            };
            let exec_started = Instant::now();
            match conn.query(&sql, &q.limits).await {
                Ok(result) => {
                    attempts.push(Attempt {
                        sql: Some(sql.clone()),
                        error: None,
                        engine: "builtin".into(),
                        ms: ms(started),
                    });
                    return Ok(Answer {
                        sql,
                        result,
                        engine: "builtin".into(),
                        explanation: answer.explanation,
                        attempts,
                        generate_ms,
                        execute_ms: ms(exec_started),
                    });
                }
                Err(DbError::Sql { message, .. }) => attempts.push(Attempt {
                    sql: Some(sql),
                    error: Some(message),
                    engine: "builtin".into(),
                    ms: ms(started),
                }),
                Err(source) => return Err(AgentError::Db { source, attempts }),
            }
        }
        let reason = attempts
            .last()
            .and_then(|a| a.error.clone())
            .unwrap_or_else(|| "no engine produced SQL".into());
        Err(AgentError::NotUnderstood { reason, attempts })
    }
}

fn ms(since: Instant) -> f64 {
    (since.elapsed().as_secs_f64() * 1000.0 * 1000.0).round() / 1000.0
}

/// Checks generated SQL: the guard, every table known, a LIMIT when there is none.
pub fn validate(sql: &str, schema: &Schema, dialect: Dialect, max_rows: usize) -> Result<String, String> {
    let checked = quarry_guard::check(sql, dialect).map_err(|e| e.to_string())?;
    let unknown: Vec<String> = checked
        .tables
        .iter()
        .filter(|t| {
            let name = match &t.schema {
                Some(s) => format!("{s}.{}", t.name),
                None => t.name.clone(),
            };
            schema.table(&name).is_none()
        })
        .map(|t| t.name.clone())
        .collect();
    if !unknown.is_empty() {
        let known: Vec<&str> = schema.tables.iter().take(50).map(|t| t.name.as_str()).collect();
        return Err(format!(
            "unknown table(s) {}; the tables are: {}",
            unknown.join(", "),
            known.join(", ")
        ));
    }
    quarry_guard::with_limit(sql, dialect, max_rows as u64 + 1).map_err(|e| e.to_string())
}
