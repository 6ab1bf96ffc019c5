//! The builtin engine: question + schema -> one read-only SQL statement, deterministic, no
//! I/O, no global state (only `static` word lists).
//!
//! Pipeline, one module per step: [`tokenize`] (words, stems, numbers, quoted values) ->
//! [`link`] (spans -> tables, columns, indexed values) -> [`plan`] (cue phrases -> a small
//! SQL AST in [`ast`], joins over the key graph, a confidence; `pairs` reads one shape
//! before it, a column two unrelated tables share) -> [`render`] (per dialect) and
//! [`explain`] (one line of plain language). [`index`] holds what is built once per schema;
//! `spelling` measures how far two words are apart, for the typos forgiven.
//!
//! Entry points: [`SchemaIndex::build`] once per cached schema, then
//! [`SchemaIndex::translate`] per question. Callers decline below [`DEFAULT_THRESHOLD`] (or
//! their own threshold): a confident wrong answer is worse than a decline.
//!
//! Must not: do I/O, keep state between calls, or know any particular database: every word
//! list is generic English.

pub mod ast;
pub mod calibrate;
pub mod explain;
pub mod index;
pub mod lexicon;
pub mod link;
mod pairs;
pub mod plan;
pub mod render;
mod spelling;
pub mod tokenize;

use quarry_model::{Dialect, Schema};
use rust_stemmers::{Algorithm, Stemmer};

/// The confidence below which the service should decline: on the development split of the
/// Spider training databases, the lowest at which weights fitted without a database's
/// questions keep 94% precision on them (`fit_weights.py --threshold`), rounded up. 94%, not
/// the 90% the service promises: precision on unseen databases has run up to 4.5 points
/// below this out-of-fold figure, as rules are written while looking at the development
/// split (the 93% line gave 88.5% on the held-out split). Everyday questions such as "which
/// product has the highest price" are still answered at it (`tests/constructions.rs`).
/// BENCHMARKS.md has the figures and how this was chosen.
pub const DEFAULT_THRESHOLD: f32 = 0.88;

/// Questions longer than this are not everyday questions; declining bounds the work.
const MAX_QUESTION_CHARS: usize = 1000;

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

/// Everything about a schema the engine precomputes once (names, stems, value index, join
/// graph).
pub struct SchemaIndex {
    schema: Schema,
    index: index::Index,
    stemmer: Stemmer,
}

impl std::fmt::Debug for SchemaIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SchemaIndex")
            .field("tables", &self.schema.tables.len())
            .field("values", &self.index.values.len())
            .field("edges", &self.index.edges.len())
            .finish()
    }
}

impl Clone for SchemaIndex {
    fn clone(&self) -> Self {
        SchemaIndex {
            schema: self.schema.clone(),
            index: self.index.clone(),
            stemmer: Stemmer::create(Algorithm::English),
        }
    }
}

impl SchemaIndex {
    pub fn build(schema: &Schema) -> SchemaIndex {
        let stemmer = Stemmer::create(Algorithm::English);
        let index = index::Index::build(schema, &stemmer);
        SchemaIndex {
            schema: schema.clone(),
            index,
            stemmer,
        }
    }

    /// The schema this index was built from.
    pub fn schema(&self) -> &Schema {
        &self.schema
    }

    pub fn translate(&self, question: &str, dialect: Dialect) -> Result<Answer, NotUnderstood> {
        self.translate_with_notes(question, dialect).0
    }

    /// [`SchemaIndex::translate`] plus the reasons the confidence was lowered (for `quarry
    /// eval` and debugging; the notes are not meant for end users).
    pub fn translate_with_notes(
        &self,
        question: &str,
        dialect: Dialect,
    ) -> (Result<Answer, NotUnderstood>, Vec<String>) {
        match self.plan(question) {
            Ok(mut planned) => (
                Ok(Answer {
                    sql: {
                        if dialect != Dialect::Sqlite {
                            plan::complete_grouping(&self.index, &mut planned.query);
                        }
                        render::render(&planned.query, &self.index, &self.schema, dialect)
                    },
                    confidence: planned.confidence,
                    explanation: explain::explain(&planned.query, &self.schema),
                }),
                planned.notes,
            ),
            Err(e) => (Err(e), Vec::new()),
        }
    }

    /// The linked spans of a question, one line each (for debugging rules; not for users).
    pub fn mentions(&self, question: &str) -> Vec<String> {
        let tokens = tokenize::tokenize(question, &self.stemmer);
        link::link(&tokens, &self.index)
            .iter()
            .map(|m| {
                let words: Vec<&str> = tokens[m.start..m.end]
                    .iter()
                    .map(|t| t.text.as_str())
                    .collect();
                let target = match &m.target {
                    link::Target::Table(t) => format!("table {}", self.table_name(*t)),
                    link::Target::Column(cands) => {
                        let names: Vec<String> = cands
                            .iter()
                            .map(|(c, s)| format!("{} {s:.2}", self.column_name(*c)))
                            .collect();
                        format!("column {}", names.join(" | "))
                    }
                    link::Target::Value(hits) => {
                        let names: Vec<String> =
                            hits.iter().map(|h| self.column_name(h.col)).collect();
                        format!("value in {}", names.join(" | "))
                    }
                    link::Target::Number(n) => format!("number {n}"),
                    link::Target::Literal(l) => format!("literal {l}"),
                };
                format!("{:?} {:.2} -> {target}", words.join(" "), m.score)
            })
            .collect()
    }

    fn table_name(&self, t: usize) -> String {
        self.schema
            .tables
            .get(t)
            .map_or_else(|| "?".into(), |t| t.name.clone())
    }

    fn column_name(&self, c: index::ColId) -> String {
        let col = self
            .schema
            .tables
            .get(c.table)
            .and_then(|t| t.columns.get(c.column))
            .map_or("?", |c| c.name.as_str());
        format!("{}.{col}", self.table_name(c.table))
    }

    fn plan(&self, question: &str) -> Result<plan::Planned, NotUnderstood> {
        if question.chars().count() > MAX_QUESTION_CHARS {
            return Err(NotUnderstood {
                reason: "the question is too long".into(),
            });
        }
        let tokens = tokenize::tokenize(question, &self.stemmer);
        if tokens.is_empty() {
            return Err(NotUnderstood {
                reason: "the question is empty".into(),
            });
        }
        let mentions = link::link(&tokens, &self.index);
        let commas = question.matches(',').count();
        plan::plan(&tokens, &mentions, &self.index, commas)
            .map_err(|reason| NotUnderstood { reason })
    }
}
