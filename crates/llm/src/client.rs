//! [`LlmClient`]: one HTTP client per configured provider, with timeouts and retries.

use std::fmt;
use std::hash::BuildHasher;
use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER};

use crate::config::{LlmConfig, Provider};
use crate::error::{retryable_status, LlmError};
use crate::prompt::Prompt;
use crate::wire::{anthropic, openai};

/// Answers larger than this are refused as malformed.
const MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;
/// Error excerpts are cut to this many characters.
const MAX_EXCERPT_CHARS: usize = 300;
/// Connecting never takes longer than this, even with a longer request timeout.
const MAX_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// A model's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    /// The answer's text (OpenAI: `choices[0].message.content`; Anthropic: the text blocks
    /// joined). Take the SQL out with [`crate::extract_sql`].
    pub text: String,
    /// Provider-reported input tokens (0 when an OpenAI-compatible server does not say).
    pub prompt_tokens: u64,
    /// Provider-reported output tokens (0 when an OpenAI-compatible server does not say).
    pub completion_tokens: u64,
    /// Wall time of the whole `complete` call, retries and waits included.
    pub latency: Duration,
    /// Requests made (1 = no retry).
    pub attempts: u32,
}

/// A client for one configured provider. Cheap to clone (the connection pool is shared);
/// build once and keep it.
#[derive(Clone)]
pub struct LlmClient {
    config: LlmConfig,
    endpoint: String,
    headers: HeaderMap,
    http: reqwest::Client,
}

impl fmt::Debug for LlmClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LlmClient")
            .field("provider", &self.config.provider)
            .field("endpoint", &self.endpoint)
            .field("model", &self.config.model)
            .field("timeout", &self.config.timeout)
            .field("max_attempts", &self.config.max_attempts)
            .finish_non_exhaustive()
    }
}

/// What one attempt ended with, before the retry decision.
struct Failure {
    error: LlmError,
    retry_after: Option<Duration>,
}

impl Failure {
    fn new(error: LlmError) -> Self {
        Failure {
            error,
            retry_after: None,
        }
    }
}

impl LlmClient {
    /// Checks the configuration and builds the HTTP client (rustls with the `ring` provider
    /// and the webpki root certificates). Sends nothing.
    pub fn new(config: LlmConfig) -> Result<LlmClient, LlmError> {
        if config.model.trim().is_empty() {
            return Err(LlmError::Config("agent.llm.model is empty".into()));
        }
        if config.max_attempts == 0 {
            return Err(LlmError::Config("max_attempts must be at least 1".into()));
        }
        if config.timeout.is_zero() {
            return Err(LlmError::Config("agent.llm.timeout must be above 0".into()));
        }
        let endpoint = config.endpoint();
        let url = reqwest::Url::parse(&endpoint).map_err(|e| {
            LlmError::Config(format!(
                "agent.llm.base_url {:?} is not a URL: {e}",
                config.effective_base_url()
            ))
        })?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(LlmError::Config(format!(
                "agent.llm.base_url must be http or https, not {:?}",
                url.scheme()
            )));
        }

        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        match config.provider {
            Provider::OpenAi => {
                if let Some(key) = &config.api_key {
                    headers.insert(
                        AUTHORIZATION,
                        secret_header(&format!("Bearer {}", key.expose()))?,
                    );
                }
            }
            Provider::Anthropic => {
                let Some(key) = &config.api_key else {
                    return Err(LlmError::Config(
                        "the anthropic provider needs an API key (set agent.llm.api_key_env)"
                            .into(),
                    ));
                };
                headers.insert("x-api-key", secret_header(key.expose())?);
                headers.insert(
                    "anthropic-version",
                    HeaderValue::from_static(anthropic::API_VERSION),
                );
            }
        }

        let http = reqwest::Client::builder()
            .connect_timeout(config.timeout.min(MAX_CONNECT_TIMEOUT))
            .timeout(config.timeout)
            .user_agent(concat!("quarry/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| LlmError::Config(format!("cannot build the HTTP client: {e}")))?;

        Ok(LlmClient {
            config,
            endpoint,
            headers,
            http,
        })
    }

    /// The configuration this client was built with.
    pub fn config(&self) -> &LlmConfig {
        &self.config
    }

    /// The URL requests go to.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// Sends the prompt (temperature 0) and returns the answer. Retries 429, 5xx and
    /// transport errors up to `max_attempts` with exponential backoff and jitter (a
    /// `Retry-After` in seconds is honoured up to `max_backoff`); a timeout ends the call.
    ///
    /// Cancel-safe: dropping the future drops the request.
    pub async fn complete(&self, prompt: &Prompt) -> Result<Completion, LlmError> {
        if prompt.messages.is_empty() {
            return Err(LlmError::InvalidPrompt("the prompt has no messages".into()));
        }
        let body = self.request_body(prompt)?;
        let started = Instant::now();
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            match self.attempt(&body, attempt).await {
                Ok((text, prompt_tokens, completion_tokens)) => {
                    return Ok(Completion {
                        text,
                        prompt_tokens,
                        completion_tokens,
                        latency: started.elapsed(),
                        attempts: attempt,
                    })
                }
                Err(failure) => {
                    if attempt >= self.config.max_attempts || !client_retries(&failure.error) {
                        return Err(failure.error);
                    }
                    let wait = match failure.retry_after {
                        Some(wait) => wait.min(self.config.max_backoff),
                        None => self.backoff(attempt),
                    };
                    tokio::time::sleep(wait).await;
                }
            }
        }
    }

    fn request_body(&self, prompt: &Prompt) -> Result<Vec<u8>, LlmError> {
        let model = self.config.model.trim().to_owned();
        let encoded = match self.config.provider {
            Provider::OpenAi => {
                let mut messages = Vec::with_capacity(prompt.messages.len() + 1);
                if !prompt.system.is_empty() {
                    messages.push(openai::ChatMessage {
                        role: "system".into(),
                        content: prompt.system.clone(),
                    });
                }
                messages.extend(prompt.messages.iter().map(|m| openai::ChatMessage {
                    role: m.role.as_str().into(),
                    content: m.content.clone(),
                }));
                serde_json::to_vec(&openai::ChatRequest {
                    model,
                    messages,
                    temperature: 0.0,
                    max_tokens: None,
                })
            }
            Provider::Anthropic => serde_json::to_vec(&anthropic::MessagesRequest {
                model,
                max_tokens: self.config.max_tokens,
                system: prompt.system.clone(),
                messages: prompt
                    .messages
                    .iter()
                    .map(|m| anthropic::Message {
                        role: m.role.as_str().into(),
                        content: m.content.clone(),
                    })
                    .collect(),
                temperature: 0.0,
            }),
        };
        encoded.map_err(|e| LlmError::InvalidPrompt(format!("cannot encode the request: {e}")))
    }

    /// One request: send, read the body under the timeout, decode.
    async fn attempt(&self, body: &[u8], attempt: u32) -> Result<(String, u64, u64), Failure> {
        let request = self
            .http
            .post(&self.endpoint)
            .headers(self.headers.clone())
            .body(body.to_vec());
        let exchange = async {
            let mut response = request.send().await?;
            let status = response.status().as_u16();
            let retry_after = response
                .headers()
                .get(RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(parse_retry_after);
            let mut bytes = Vec::new();
            let mut too_large = false;
            while let Some(chunk) = response.chunk().await? {
                if bytes.len() + chunk.len() > MAX_RESPONSE_BYTES {
                    too_large = true;
                    break;
                }
                bytes.extend_from_slice(&chunk);
            }
            Ok::<_, reqwest::Error>((status, retry_after, bytes, too_large))
        };
        let timeout_error = || LlmError::Timeout {
            timeout: self.config.timeout,
            attempts: attempt,
        };
        let (status, retry_after, bytes, too_large) =
            match tokio::time::timeout(self.config.timeout, exchange).await {
                Err(_elapsed) => return Err(Failure::new(timeout_error())),
                Ok(Err(e)) if e.is_timeout() => return Err(Failure::new(timeout_error())),
                Ok(Err(e)) => {
                    return Err(Failure::new(LlmError::Transport {
                        detail: self.redact(&error_chain(&e)),
                        attempts: attempt,
                    }))
                }
                Ok(Ok(parts)) => parts,
            };

        if !(200..300).contains(&status) {
            let body = self.excerpt(&bytes);
            let error = if status == 429 {
                LlmError::RateLimited {
                    attempts: attempt,
                    body,
                }
            } else {
                LlmError::Http {
                    status,
                    body,
                    attempts: attempt,
                }
            };
            return Err(Failure { error, retry_after });
        }
        if too_large {
            return Err(Failure::new(LlmError::Malformed(format!(
                "the answer is larger than {} MiB",
                MAX_RESPONSE_BYTES / (1024 * 1024)
            ))));
        }
        self.decode(&bytes).map_err(Failure::new)
    }

    fn decode(&self, bytes: &[u8]) -> Result<(String, u64, u64), LlmError> {
        let malformed = |what: String| LlmError::Malformed(self.redact(&what));
        match self.config.provider {
            Provider::OpenAi => {
                let reply: openai::ChatResponse = serde_json::from_slice(bytes)
                    .map_err(|e| malformed(format!("not a chat completion: {e}")))?;
                let usage = reply.usage.unwrap_or(openai::ChatUsage {
                    prompt_tokens: 0,
                    completion_tokens: 0,
                });
                let choice = reply
                    .choices
                    .into_iter()
                    .next()
                    .ok_or_else(|| malformed("the answer has no choices".into()))?;
                let text = choice.message.content.ok_or_else(|| {
                    malformed(format!(
                        "choices[0].message.content is missing (finish_reason {:?})",
                        choice.finish_reason.as_deref().unwrap_or("none")
                    ))
                })?;
                Ok((text, usage.prompt_tokens, usage.completion_tokens))
            }
            Provider::Anthropic => {
                let reply: anthropic::MessagesResponse = serde_json::from_slice(bytes)
                    .map_err(|e| malformed(format!("not a Messages API answer: {e}")))?;
                let mut texts = reply
                    .content
                    .into_iter()
                    .filter(|b| b.kind == "text")
                    .filter_map(|b| b.text)
                    .peekable();
                if texts.peek().is_none() {
                    return Err(malformed(format!(
                        "the answer has no text block (stop_reason {:?})",
                        reply.stop_reason.as_deref().unwrap_or("none")
                    )));
                }
                let text = texts.collect::<Vec<_>>().join("");
                Ok((text, reply.usage.input_tokens, reply.usage.output_tokens))
            }
        }
    }

    /// Backoff before retry number `attempt` (1-based): `initial_backoff * 2^(attempt-1)`,
    /// capped at `max_backoff`, then jittered to between half and all of it.
    fn backoff(&self, attempt: u32) -> Duration {
        let exp = attempt.saturating_sub(1).min(20);
        let base = self
            .config
            .initial_backoff
            .saturating_mul(1u32 << exp)
            .min(self.config.max_backoff);
        Duration::try_from_secs_f64(base.as_secs_f64() * (0.5 + 0.5 * jitter())).unwrap_or(base)
    }

    /// Removes the API key from text that came from outside (bodies, transport errors).
    fn redact(&self, text: &str) -> String {
        match &self.config.api_key {
            Some(key) if !key.expose().is_empty() => text.replace(key.expose(), "<redacted>"),
            _ => text.to_owned(),
        }
    }

    /// A short, one-line, redacted excerpt of an error body: the provider's error message
    /// when the body is JSON with one, else the text itself.
    fn excerpt(&self, bytes: &[u8]) -> String {
        let raw = String::from_utf8_lossy(bytes);
        let message = serde_json::from_str::<serde_json::Value>(&raw)
            .ok()
            .and_then(|v| error_message(&v));
        let text = message.unwrap_or_else(|| raw.into_owned());
        let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
        // Redact before cutting, so a cut cannot leave half a key behind.
        let redacted = self.redact(&one_line);
        if redacted.is_empty() {
            return "(empty body)".into();
        }
        let mut chars = redacted.chars();
        let cut: String = chars.by_ref().take(MAX_EXCERPT_CHARS).collect();
        if chars.next().is_some() {
            format!("{cut}...")
        } else {
            cut
        }
    }
}

/// Which failures the client retries by itself: 429, 5xx/408 and transport errors. Timeouts
/// are retryable for a caller but end this call, to bound its length.
fn client_retries(error: &LlmError) -> bool {
    match error {
        LlmError::RateLimited { .. } | LlmError::Transport { .. } => true,
        LlmError::Http { status, .. } => retryable_status(*status),
        _ => false,
    }
}

/// `{"error": {"message": "..."}}` (OpenAI, Anthropic), `{"error": "..."}` (Ollama and
/// others) or `{"message": "..."}`.
fn error_message(v: &serde_json::Value) -> Option<String> {
    let pick = |v: &serde_json::Value| v.as_str().map(str::to_owned);
    match v.get("error") {
        Some(e) if e.is_string() => pick(e),
        Some(e) => e.get("message").and_then(pick),
        None => v.get("message").and_then(pick),
    }
}

/// `Retry-After` as delay-seconds (a decimal is accepted); an HTTP date is ignored.
fn parse_retry_after(value: &str) -> Option<Duration> {
    let secs: f64 = value.trim().parse().ok()?;
    if secs.is_finite() && secs >= 0.0 {
        // Bound before converting so a huge value cannot panic; the caller caps further.
        Some(Duration::from_secs_f64(secs.min(86_400.0)))
    } else {
        None
    }
}

/// A reqwest error with its causes (reqwest's message names the endpoint URL).
fn error_chain(e: &reqwest::Error) -> String {
    let mut out = String::new();
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = current {
        let text = err.to_string();
        if !text.is_empty() && !out.contains(&text) {
            if !out.is_empty() {
                out.push_str(": ");
            }
            out.push_str(&text);
        }
        current = err.source();
    }
    out
}

fn secret_header(value: &str) -> Result<HeaderValue, LlmError> {
    let mut header = HeaderValue::from_str(value).map_err(|_| {
        LlmError::Config("the API key contains characters not allowed in a header".into())
    })?;
    header.set_sensitive(true);
    Ok(header)
}

/// A number in [0, 1) from std's randomly keyed hasher: enough for backoff jitter, with no
/// dependency and no shared state.
fn jitter() -> f64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let h = std::collections::hash_map::RandomState::new().hash_one(nanos);
    (h >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::ApiKey;

    fn client(provider: Provider) -> LlmClient {
        let mut c = LlmConfig::new(provider, "m");
        c.api_key = Some(ApiKey::new("sk-secret-123"));
        c.initial_backoff = Duration::from_millis(100);
        c.max_backoff = Duration::from_millis(1000);
        LlmClient::new(c).unwrap()
    }

    #[test]
    fn retry_after_parsing() {
        assert_eq!(parse_retry_after("3"), Some(Duration::from_secs(3)));
        assert_eq!(parse_retry_after(" 0.5 "), Some(Duration::from_millis(500)));
        assert_eq!(parse_retry_after("-1"), None);
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), None);
        assert_eq!(
            parse_retry_after("1e300"),
            Some(Duration::from_secs(86_400))
        );
    }

    #[test]
    fn backoff_doubles_with_jitter_and_cap() {
        let c = client(Provider::OpenAi);
        for _ in 0..50 {
            let b1 = c.backoff(1);
            assert!(b1 >= Duration::from_millis(50) && b1 <= Duration::from_millis(100));
            let b3 = c.backoff(3);
            assert!(b3 >= Duration::from_millis(200) && b3 <= Duration::from_millis(400));
            let b10 = c.backoff(10);
            assert!(b10 >= Duration::from_millis(500) && b10 <= Duration::from_millis(1000));
            assert!(c.backoff(u32::MAX) <= Duration::from_millis(1000));
        }
        // Absurd settings do not panic.
        let mut cfg = c.config().clone();
        cfg.initial_backoff = Duration::MAX;
        cfg.max_backoff = Duration::MAX;
        let huge = LlmClient::new(cfg).unwrap();
        assert!(huge.backoff(40) > Duration::from_secs(1));
    }

    #[test]
    fn excerpt_prefers_provider_message_and_redacts() {
        let c = client(Provider::Anthropic);
        let body = br#"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key sk-secret-123"}}"#;
        assert_eq!(c.excerpt(body), "invalid x-api-key <redacted>");
        assert_eq!(
            c.excerpt(br#"{"error":"model not found"}"#),
            "model not found"
        );
        assert_eq!(c.excerpt(b""), "(empty body)");
        let long = "x".repeat(1000);
        assert_eq!(
            c.excerpt(long.as_bytes()).chars().count(),
            MAX_EXCERPT_CHARS + 3
        );
    }

    #[test]
    fn endpoints() {
        let mut c = LlmConfig::new(Provider::Anthropic, "m");
        assert_eq!(c.endpoint(), "https://api.anthropic.com/v1/messages");
        c.base_url = Some("http://h:1/v1/".into());
        assert_eq!(c.endpoint(), "http://h:1/v1/messages");
        let mut c = LlmConfig::new(Provider::OpenAi, "m");
        assert_eq!(c.endpoint(), "https://api.openai.com/v1/chat/completions");
        c.base_url = Some("http://localhost:11434/v1/".into());
        assert_eq!(c.endpoint(), "http://localhost:11434/v1/chat/completions");
    }

    #[test]
    fn config_errors() {
        let c = LlmConfig::new(Provider::Anthropic, "m");
        assert!(matches!(LlmClient::new(c), Err(LlmError::Config(_))));
        let mut c = LlmConfig::new(Provider::OpenAi, " ");
        assert!(matches!(
            LlmClient::new(c.clone()),
            Err(LlmError::Config(_))
        ));
        c.model = "m".into();
        c.base_url = Some("ftp://x".into());
        assert!(matches!(
            LlmClient::new(c.clone()),
            Err(LlmError::Config(_))
        ));
        c.base_url = Some("not a url".into());
        assert!(matches!(
            LlmClient::new(c.clone()),
            Err(LlmError::Config(_))
        ));
        c.base_url = None;
        c.max_attempts = 0;
        assert!(matches!(
            LlmClient::new(c.clone()),
            Err(LlmError::Config(_))
        ));
        c.max_attempts = 1;
        c.api_key = Some(ApiKey::new("bad\nkey-value"));
        let e = LlmClient::new(c).unwrap_err();
        assert!(!e.to_string().contains("bad\nkey-value"));
        // No key is fine for an OpenAI-compatible local server.
        assert!(LlmClient::new(LlmConfig::new(Provider::OpenAi, "m")).is_ok());
    }

    #[test]
    fn debug_hides_the_key() {
        let c = client(Provider::OpenAi);
        assert!(!format!("{c:?}").contains("sk-secret-123"));
        assert!(!format!("{:?}", c.config()).contains("sk-secret-123"));
    }
}
