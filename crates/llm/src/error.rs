//! [`LlmError`]: everything that can go wrong talking to a provider.

use std::time::Duration;

/// A failed completion. Messages are meant for the 502 `llm_unavailable` detail: they name
/// what failed and never contain the API key (bodies and transport details are redacted and
/// cut short before they get here).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LlmError {
    /// The configuration cannot work (bad base URL, empty model, no key for Anthropic, ...).
    #[error("invalid LLM configuration: {0}")]
    Config(String),
    /// The environment variable named by `agent.llm.api_key_env` is unset or empty.
    #[error("no API key for the LLM provider: environment variable {env_var} is not set or empty")]
    MissingApiKey { env_var: String },
    /// The prompt cannot be sent (no messages).
    #[error("invalid LLM prompt: {0}")]
    InvalidPrompt(String),
    /// One request took longer than the configured timeout (not retried by the client).
    #[error("the LLM provider did not answer within {} (attempt {attempts})", fmt_duration(*timeout))]
    Timeout { timeout: Duration, attempts: u32 },
    /// The provider answered with an error status (other than 429); `body` is a short,
    /// redacted excerpt of its answer, usually the provider's own error message.
    #[error("the LLM provider answered HTTP {status} after {attempts} attempt(s): {body}")]
    Http {
        status: u16,
        body: String,
        attempts: u32,
    },
    /// HTTP 429 on every attempt.
    #[error("the LLM provider is rate limiting (HTTP 429) after {attempts} attempt(s): {body}")]
    RateLimited { attempts: u32, body: String },
    /// The provider could not be reached or the connection broke.
    #[error("could not reach the LLM provider after {attempts} attempt(s): {detail}")]
    Transport { detail: String, attempts: u32 },
    /// The answer is not the provider's wire format (bad JSON, missing fields, too large).
    #[error("the LLM provider's answer is malformed: {0}")]
    Malformed(String),
}

impl LlmError {
    /// Whether the same request might succeed later: timeouts, 429, 5xx (and 408) and
    /// transport errors. Configuration, prompt, other 4xx and malformed answers: no.
    pub fn is_retryable(&self) -> bool {
        match self {
            LlmError::Timeout { .. }
            | LlmError::RateLimited { .. }
            | LlmError::Transport { .. } => true,
            LlmError::Http { status, .. } => retryable_status(*status),
            LlmError::Config(_)
            | LlmError::MissingApiKey { .. }
            | LlmError::InvalidPrompt(_)
            | LlmError::Malformed(_) => false,
        }
    }

    /// A short stable label, e.g. for a metrics label: `config`, `missing_api_key`,
    /// `invalid_prompt`, `timeout`, `http`, `rate_limited`, `transport`, `malformed`.
    pub fn kind(&self) -> &'static str {
        match self {
            LlmError::Config(_) => "config",
            LlmError::MissingApiKey { .. } => "missing_api_key",
            LlmError::InvalidPrompt(_) => "invalid_prompt",
            LlmError::Timeout { .. } => "timeout",
            LlmError::Http { .. } => "http",
            LlmError::RateLimited { .. } => "rate_limited",
            LlmError::Transport { .. } => "transport",
            LlmError::Malformed(_) => "malformed",
        }
    }

    /// How many requests were made before this error (0 when none was sent).
    pub fn attempts(&self) -> u32 {
        match self {
            LlmError::Timeout { attempts, .. }
            | LlmError::Http { attempts, .. }
            | LlmError::RateLimited { attempts, .. }
            | LlmError::Transport { attempts, .. } => *attempts,
            LlmError::Malformed(_) => 1,
            LlmError::Config(_) | LlmError::MissingApiKey { .. } | LlmError::InvalidPrompt(_) => 0,
        }
    }
}

/// Statuses worth another try: 408, 429 and every 5xx.
pub(crate) fn retryable_status(status: u16) -> bool {
    status == 408 || status == 429 || (500..600).contains(&status)
}

fn fmt_duration(d: Duration) -> String {
    let ms = d.as_millis();
    if ms >= 1000 && ms % 1000 == 0 {
        format!("{} s", ms / 1000)
    } else if ms > 0 {
        format!("{ms} ms")
    } else {
        format!("{d:?}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_readable() {
        let e = LlmError::Timeout {
            timeout: Duration::from_secs(30),
            attempts: 1,
        };
        assert_eq!(
            e.to_string(),
            "the LLM provider did not answer within 30 s (attempt 1)"
        );
        let e = LlmError::MissingApiKey {
            env_var: "OPENAI_API_KEY".into(),
        };
        assert!(e.to_string().contains("OPENAI_API_KEY"));
        assert!(!e.is_retryable());
    }

    #[test]
    fn retryable_statuses() {
        for s in [408, 429, 500, 502, 503, 529] {
            assert!(retryable_status(s), "{s}");
        }
        for s in [400, 401, 403, 404, 422] {
            assert!(!retryable_status(s), "{s}");
        }
    }
}
