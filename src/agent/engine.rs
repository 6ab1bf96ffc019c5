//! The [`Engine`] trait: one question (with its context and history) -> candidate SQL.

use async_trait::async_trait;
use quarry_model::Dialect;

/// A (question, SQL) pair shown to an engine as an example (from the query memory).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    pub question: String,
    pub sql: String,
}

/// An earlier attempt of the same question and why it failed, fed back to the engine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriorAttempt {
    /// The engine that produced it (`builtin`, `openai`, ...).
    pub engine: String,
    /// The SQL, or `None` when the engine produced none.
    pub sql: Option<String>,
    pub error: String,
}

/// Everything an engine gets for one attempt.
pub struct EngineRequest<'a> {
    pub question: &'a str,
    pub dialect: Dialect,
    /// The relevant tables rendered as compact `CREATE TABLE` text (untrusted parts fenced).
    pub context: &'a str,
    /// The most similar remembered pairs, best first.
    pub examples: &'a [Example],
    /// Earlier failed attempts of this question, oldest first.
    pub previous: &'a [PriorAttempt],
    /// The builtin engine's precomputed index of the schema in scope.
    pub index: &'a quarry_nl::SchemaIndex,
}

/// LLM token usage and provider latency of one call.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct LlmUsage {
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    pub latency_s: f64,
}

/// What an engine offers.
#[derive(Debug, Clone, PartialEq)]
pub enum Generated {
    /// Candidate SQL (validated and run by the agent).
    Sql {
        sql: String,
        /// The engine's own one-line description, if it gave one.
        explanation: Option<String>,
        usage: Option<LlmUsage>,
    },
    /// No SQL this time (declined, not confident, an answer without SQL): a failed attempt.
    NoSql {
        reason: String,
        usage: Option<LlmUsage>,
    },
    /// The engine has nothing new after the earlier attempts (a deterministic engine gives
    /// the same answer again): asking it again is pointless.
    NothingNew,
}

/// An engine failure that is not the question's fault: the loop ends (502).
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("{0}")]
    Llm(#[from] quarry_llm::LlmError),
}

/// A question -> SQL engine. Dyn-compatible (`Arc<dyn Engine>`).
#[async_trait]
pub trait Engine: Send + Sync {
    /// The name in responses and the attempt trail (`builtin`, `openai`, `anthropic`).
    fn name(&self) -> &str;
    /// The same request always gives the same answer (the agent asks it at most once per
    /// question).
    fn deterministic(&self) -> bool {
        false
    }
    async fn generate(&self, req: &EngineRequest<'_>) -> Result<Generated, EngineError>;
}
