//! Client configuration, mirroring `[agent.llm]`.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::error::LlmError;

/// Which wire format the provider speaks (`agent.llm.provider`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    /// Any OpenAI-compatible chat-completions server: `POST {base_url}/chat/completions`,
    /// `Authorization: Bearer <key>` (left out when there is no key, as for a local server).
    OpenAi,
    /// The Anthropic Messages API: `POST {base_url}/v1/messages`, `x-api-key`,
    /// `anthropic-version: 2023-06-01`. Needs an API key.
    Anthropic,
}

impl Provider {
    /// The name used in configuration: `"openai"` or `"anthropic"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Provider::OpenAi => "openai",
            Provider::Anthropic => "anthropic",
        }
    }

    /// The base URL used when `base_url` is not configured.
    pub fn default_base_url(self) -> &'static str {
        match self {
            Provider::OpenAi => "https://api.openai.com/v1",
            Provider::Anthropic => "https://api.anthropic.com",
        }
    }
}

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Provider {
    type Err = LlmError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "openai" => Ok(Provider::OpenAi),
            "anthropic" => Ok(Provider::Anthropic),
            other => Err(LlmError::Config(format!(
                "unknown LLM provider {other:?}: expected \"openai\" or \"anthropic\""
            ))),
        }
    }
}

/// An API key. Its `Debug` shows `ApiKey(<redacted>)`; it has no `Display`; the only way to
/// the text is [`ApiKey::expose`].
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    pub fn new(key: impl Into<String>) -> Self {
        ApiKey(key.into())
    }

    /// Reads the key from the environment variable named by `agent.llm.api_key_env`.
    /// Unset, empty or not valid Unicode: [`LlmError::MissingApiKey`] naming the variable.
    pub fn from_env(var: &str) -> Result<Self, LlmError> {
        match std::env::var(var) {
            Ok(key) if !key.trim().is_empty() => Ok(ApiKey(key.trim().to_owned())),
            _ => Err(LlmError::MissingApiKey {
                env_var: var.to_owned(),
            }),
        }
    }

    /// The key itself, for the request header only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

/// Everything [`crate::LlmClient`] needs. Build with [`LlmConfig::new`] and set fields.
#[derive(Debug, Clone)]
pub struct LlmConfig {
    pub provider: Provider,
    /// `agent.llm.base_url`; `None`: [`Provider::default_base_url`]. A trailing `/` is ignored.
    /// For Anthropic a base URL that already ends in `/v1` gets `/messages` only.
    pub base_url: Option<String>,
    /// `agent.llm.model`.
    pub model: String,
    /// The key read from `agent.llm.api_key_env` (see [`ApiKey::from_env`]).
    pub api_key: Option<ApiKey>,
    /// `agent.llm.timeout`: the bound on one HTTP request, connect to last byte.
    pub timeout: Duration,
    /// Tries per `complete` call, at least 1 (1 = no retries).
    pub max_attempts: u32,
    /// Most tokens the model may write. Sent to Anthropic (required there); not sent to
    /// OpenAI-compatible servers (OpenAI's newer models refuse `max_tokens`).
    pub max_tokens: u32,
    /// Wait before the first retry; doubles per retry, with jitter (half to all of it).
    pub initial_backoff: Duration,
    /// Cap on any wait between attempts, also on a provider's `Retry-After`.
    pub max_backoff: Duration,
}

impl LlmConfig {
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
    pub const DEFAULT_MAX_ATTEMPTS: u32 = 3;
    pub const DEFAULT_MAX_TOKENS: u32 = 1024;
    pub const DEFAULT_INITIAL_BACKOFF: Duration = Duration::from_millis(500);
    pub const DEFAULT_MAX_BACKOFF: Duration = Duration::from_secs(10);

    /// A configuration with the defaults: the provider's base URL, no key, 60 s timeout,
    /// 3 attempts, 1024 tokens, backoff 500 ms doubling up to 10 s.
    pub fn new(provider: Provider, model: impl Into<String>) -> Self {
        LlmConfig {
            provider,
            base_url: None,
            model: model.into(),
            api_key: None,
            timeout: Self::DEFAULT_TIMEOUT,
            max_attempts: Self::DEFAULT_MAX_ATTEMPTS,
            max_tokens: Self::DEFAULT_MAX_TOKENS,
            initial_backoff: Self::DEFAULT_INITIAL_BACKOFF,
            max_backoff: Self::DEFAULT_MAX_BACKOFF,
        }
    }

    /// The base URL in use, without a trailing `/`.
    pub fn effective_base_url(&self) -> &str {
        self.base_url
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .unwrap_or(self.provider.default_base_url())
            .trim_end_matches('/')
    }

    /// The URL requests go to.
    pub fn endpoint(&self) -> String {
        let base = self.effective_base_url();
        match self.provider {
            Provider::OpenAi => format!("{base}/chat/completions"),
            Provider::Anthropic if base.ends_with("/v1") => format!("{base}/messages"),
            Provider::Anthropic => format!("{base}/v1/messages"),
        }
    }
}
