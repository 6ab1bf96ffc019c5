//! The builtin engine: question + schema -> SQL, deterministic, no I/O.
//!
//! Entry points: [`SchemaIndex::build`] once per cached schema, then [`SchemaIndex::translate`]
//! per question. PLACEHOLDER: the real engine replaces this body.

use quarry_model::{Dialect, Schema};

/// What the engine says for a question it can answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub sql: String,
    /// In [0, 1]; the caller declines below its threshold.
    pub confidence: f32,
    /// One line saying what the SQL does, in plain language.
    pub explanation: String,
}

/// Why the engine gives no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotUnderstood {
    pub reason: String,
}

/// Everything about a schema the engine precomputes once (names, stems, value index).
#[derive(Debug, Clone)]
pub struct SchemaIndex {
    schema: Schema,
}

impl SchemaIndex {
    pub fn build(schema: &Schema) -> SchemaIndex {
        SchemaIndex { schema: schema.clone() }
    }

    pub fn translate(&self, question: &str, dialect: Dialect) -> Result<Answer, NotUnderstood> {
        let q = question.to_lowercase();
        for t in &self.schema.tables {
            if q.starts_with("how many") && q.contains(&t.name.to_lowercase()) {
                return Ok(Answer {
                    sql: format!("SELECT COUNT(*) FROM {}", self.schema.table_sql(t, dialect)),
                    confidence: 0.9,
                    explanation: format!("Counts the rows of {}.", t.name),
                });
            }
        }
        Err(NotUnderstood { reason: "no table matched".into() })
    }
}
