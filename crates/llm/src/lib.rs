//! quarry's LLM provider clients (issue 4, "Engines").
//!
//! **Owns:** talking to a language model over HTTP: the OpenAI-compatible chat-completions wire
//! format (OpenAI, vLLM, llama.cpp's server, Ollama's `/v1`, LM Studio, OpenRouter) and the
//! Anthropic Messages API; per-request timeouts; retries with exponential backoff and jitter on
//! HTTP 429, HTTP 5xx and transport errors (honouring `Retry-After`, capped); token usage and
//! latency of each completion; and [`extract_sql`], which takes the SQL out of a model's answer.
//!
//! **Must not:** build prompts (the agent renders the schema context, few-shot examples and
//! previous failed attempts into a [`Prompt`]); validate or run SQL (the guard and the agent
//! do); read configuration files; keep global state; ever put the API key into an error,
//! a log line or a `Debug` rendering.
//!
//! **Entry points:** [`LlmClient::new`] with an [`LlmConfig`], then [`LlmClient::complete`]
//! with a [`Prompt`] (see [`Prompt::single`]); [`extract_sql`] on [`Completion::text`].
//! The serde types of both wire formats are in [`wire`].
//!
//! **Failure model:** every failure is an [`LlmError`]. The client retries by itself only what
//! may pass (429, 5xx, transport errors) up to [`LlmConfig::max_attempts`]; a request that
//! exceeds [`LlmConfig::timeout`] ends the call with [`LlmError::Timeout`] at once (it is not
//! retried, so one `complete` never waits much longer than the timeout on a hung provider).
//! [`LlmError::is_retryable`] says whether a later call might succeed. The service maps any
//! `LlmError` to 502 `llm_unavailable`; an answer without usable SQL is not an error here
//! ([`extract_sql`] returns `None`) but a failed attempt for the agent.
//!
//! **Config keys it reflects** (`[agent.llm]` in DESIGN.md): `provider` -> [`Provider`]
//! (`"openai"` | `"anthropic"`), `base_url` -> [`LlmConfig::base_url`] (defaults
//! `https://api.openai.com/v1` and `https://api.anthropic.com`), `model` ->
//! [`LlmConfig::model`], `api_key_env` -> [`ApiKey::from_env`] into [`LlmConfig::api_key`],
//! `timeout` -> [`LlmConfig::timeout`].

mod client;
mod config;
mod error;
mod extract;
mod prompt;
pub mod wire;

pub use client::{Completion, LlmClient};
pub use config::{ApiKey, LlmConfig, Provider};
pub use error::LlmError;
pub use extract::extract_sql;
pub use prompt::{Message, Prompt, Role};
