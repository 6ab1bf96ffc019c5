//! Contract tests for both wire formats against a local HTTP server that speaks them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use quarry_llm::{
    extract_sql, ApiKey, LlmClient, LlmConfig, LlmError, Message, Prompt, Provider, Role,
};
use serde_json::{json, Value};

const KEY: &str = "sk-test-SECRET-4f9a2c";
const MODEL: &str = "test-model-1";
const SCHEMA: &str = "CREATE TABLE users (id integer PRIMARY KEY, name text, age integer);";
const QUESTION: &str = "Which users are older than 30?";

// ---------------------------------------------------------------- mock server

#[derive(Clone)]
struct Reply {
    status: u16,
    body: String,
    headers: Vec<(&'static str, String)>,
    delay: Duration,
}

impl Reply {
    fn json(status: u16, body: impl Into<String>) -> Self {
        Reply {
            status,
            body: body.into(),
            headers: Vec::new(),
            delay: Duration::ZERO,
        }
    }

    fn header(mut self, name: &'static str, value: &str) -> Self {
        self.headers.push((name, value.to_owned()));
        self
    }

    fn delayed(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }
}

#[derive(Clone, Debug)]
struct Recorded {
    path: String,
    headers: HeaderMap,
    body: Value,
}

type Script = Arc<dyn Fn(usize) -> Reply + Send + Sync>;

#[derive(Clone)]
struct MockState {
    script: Script,
    recorded: Arc<Mutex<Vec<Recorded>>>,
}

struct Mock {
    addr: SocketAddr,
    recorded: Arc<Mutex<Vec<Recorded>>>,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for Mock {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl Mock {
    /// Starts a server on 127.0.0.1:0 that answers request number `n` (0-based) with
    /// `script(n)` and records every request.
    async fn start(script: impl Fn(usize) -> Reply + Send + Sync + 'static) -> Mock {
        let recorded = Arc::new(Mutex::new(Vec::new()));
        let state = MockState {
            script: Arc::new(script),
            recorded: recorded.clone(),
        };
        let app = Router::new().fallback(handle).with_state(state);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Mock {
            addr,
            recorded,
            server,
        }
    }

    fn hits(&self) -> usize {
        self.recorded.lock().unwrap().len()
    }

    fn request(&self, n: usize) -> Recorded {
        self.recorded.lock().unwrap()[n].clone()
    }
}

async fn handle(
    State(state): State<MockState>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let n = {
        let mut recorded = state.recorded.lock().unwrap();
        recorded.push(Recorded {
            path: uri.path().to_owned(),
            headers,
            body: serde_json::from_slice(&body).unwrap_or(Value::Null),
        });
        recorded.len() - 1
    };
    let reply = (state.script)(n);
    if !reply.delay.is_zero() {
        tokio::time::sleep(reply.delay).await;
    }
    let mut response = (StatusCode::from_u16(reply.status).unwrap(), reply.body).into_response();
    response
        .headers_mut()
        .insert("content-type", HeaderValue::from_static("application/json"));
    for (name, value) in reply.headers {
        response.headers_mut().insert(
            HeaderName::from_static(name),
            HeaderValue::from_str(&value).unwrap(),
        );
    }
    response
}

// ---------------------------------------------------------------- provider helpers

const PROVIDERS: [Provider; 2] = [Provider::OpenAi, Provider::Anthropic];

fn ok_body(provider: Provider, text: &str) -> String {
    match provider {
        Provider::OpenAi => json!({
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "model": MODEL,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 123, "completion_tokens": 45, "total_tokens": 168}
        }),
        Provider::Anthropic => json!({
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": MODEL,
            "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn",
            "usage": {"input_tokens": 123, "output_tokens": 45}
        }),
    }
    .to_string()
}

fn ok(provider: Provider, text: &str) -> Reply {
    Reply::json(200, ok_body(provider, text))
}

fn error_body(message: &str) -> String {
    json!({"type": "error", "error": {"type": "api_error", "message": message}}).to_string()
}

fn base_url(provider: Provider, addr: SocketAddr) -> String {
    match provider {
        Provider::OpenAi => format!("http://{addr}/v1"),
        Provider::Anthropic => format!("http://{addr}"),
    }
}

fn expected_path(provider: Provider) -> &'static str {
    match provider {
        Provider::OpenAi => "/v1/chat/completions",
        Provider::Anthropic => "/v1/messages",
    }
}

fn config(provider: Provider, addr: SocketAddr) -> LlmConfig {
    let mut c = LlmConfig::new(provider, MODEL);
    c.base_url = Some(base_url(provider, addr));
    c.api_key = Some(ApiKey::new(KEY));
    c.timeout = Duration::from_secs(5);
    c.max_attempts = 3;
    c.max_tokens = 512;
    c.initial_backoff = Duration::from_millis(10);
    c.max_backoff = Duration::from_millis(200);
    c
}

fn client(provider: Provider, mock: &Mock) -> LlmClient {
    LlmClient::new(config(provider, mock.addr)).unwrap()
}

fn prompt() -> Prompt {
    Prompt::single(
        format!("You write one read-only SQLite query.\nSchema:\n{SCHEMA}"),
        QUESTION,
    )
}

fn assert_key_hidden(e: &LlmError) {
    let display = e.to_string();
    let debug = format!("{e:?}");
    assert!(!display.contains(KEY), "key in Display: {display}");
    assert!(!debug.contains(KEY), "key in Debug: {debug}");
    // Not even a large part of it.
    assert!(
        !display.contains(&KEY[3..15]),
        "key part in Display: {display}"
    );
    assert!(!debug.contains(&KEY[3..15]), "key part in Debug: {debug}");
}

// ---------------------------------------------------------------- request shape

#[tokio::test]
async fn request_carries_model_messages_schema_and_auth() {
    for provider in PROVIDERS {
        let mock = Mock::start(move |_| ok(provider, "SELECT 1")).await;
        let completion = client(provider, &mock).complete(&prompt()).await.unwrap();
        assert_eq!(completion.text, "SELECT 1");
        assert_eq!(completion.prompt_tokens, 123);
        assert_eq!(completion.completion_tokens, 45);
        assert_eq!(completion.attempts, 1);
        assert!(completion.latency > Duration::ZERO);

        assert_eq!(mock.hits(), 1);
        let req = mock.request(0);
        assert_eq!(req.path, expected_path(provider), "{provider}");
        assert_eq!(req.body["model"], MODEL);
        assert_eq!(req.body["temperature"], 0.0);
        assert_eq!(req.headers.get("content-type").unwrap(), "application/json");
        match provider {
            Provider::OpenAi => {
                assert_eq!(
                    req.headers.get("authorization").unwrap(),
                    &format!("Bearer {KEY}")
                );
                let messages = req.body["messages"].as_array().unwrap();
                assert_eq!(messages.len(), 2);
                assert_eq!(messages[0]["role"], "system");
                assert!(messages[0]["content"].as_str().unwrap().contains(SCHEMA));
                assert_eq!(messages[1]["role"], "user");
                assert_eq!(messages[1]["content"], QUESTION);
                assert!(req.body.get("max_tokens").is_none());
            }
            Provider::Anthropic => {
                assert_eq!(req.headers.get("x-api-key").unwrap(), KEY);
                assert_eq!(req.headers.get("anthropic-version").unwrap(), "2023-06-01");
                assert!(req.headers.get("authorization").is_none());
                assert_eq!(req.body["max_tokens"], 512);
                assert!(req.body["system"].as_str().unwrap().contains(SCHEMA));
                let messages = req.body["messages"].as_array().unwrap();
                assert_eq!(messages.len(), 1);
                assert_eq!(messages[0]["role"], "user");
                assert_eq!(messages[0]["content"], QUESTION);
            }
        }
    }
}

#[tokio::test]
async fn conversation_with_examples_and_failed_attempts_keeps_order() {
    for provider in PROVIDERS {
        let mock = Mock::start(move |_| ok(provider, "SELECT name FROM users")).await;
        let prompt = Prompt {
            system: format!("Schema:\n{SCHEMA}"),
            messages: vec![
                Message::user("How many users?"),
                Message::assistant("SELECT count(*) FROM users"),
                Message::user(QUESTION),
                Message::assistant("SELECT name FROM user WHERE age > 30"),
                Message::user("Error: no such table: user. Tables: users"),
            ],
        };
        client(provider, &mock).complete(&prompt).await.unwrap();
        let body = mock.request(0).body;
        let messages = body["messages"].as_array().unwrap();
        let offset = match provider {
            Provider::OpenAi => {
                assert_eq!(messages[0]["role"], "system");
                1
            }
            Provider::Anthropic => 0,
        };
        assert_eq!(messages.len(), offset + prompt.messages.len());
        for (sent, m) in messages[offset..].iter().zip(&prompt.messages) {
            let role = match m.role {
                Role::User => "user",
                Role::Assistant => "assistant",
            };
            assert_eq!(sent["role"], role);
            assert_eq!(sent["content"], m.content.as_str());
        }
    }
}

#[tokio::test]
async fn openai_without_key_sends_no_authorization_and_empty_system_is_left_out() {
    let mock = Mock::start(|_| ok(Provider::OpenAi, "SELECT 1")).await;
    let mut c = config(Provider::OpenAi, mock.addr);
    c.api_key = None;
    let client = LlmClient::new(c).unwrap();
    client
        .complete(&Prompt::single("", QUESTION))
        .await
        .unwrap();
    let req = mock.request(0);
    assert!(req.headers.get("authorization").is_none());
    let messages = req.body["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0]["role"], "user");
}

#[tokio::test]
async fn anthropic_text_blocks_are_joined_and_other_blocks_skipped() {
    let body = json!({
        "content": [
            {"type": "thinking", "thinking": "SELECT nonsense"},
            {"type": "text", "text": "Here is the query:\n"},
            {"type": "text", "text": "```sql\nSELECT 2 FROM t\n```"}
        ],
        "usage": {"input_tokens": 1, "output_tokens": 2}
    })
    .to_string();
    let mock = Mock::start(move |_| Reply::json(200, body.clone())).await;
    let completion = client(Provider::Anthropic, &mock)
        .complete(&prompt())
        .await
        .unwrap();
    assert_eq!(
        extract_sql(&completion.text).as_deref(),
        Some("SELECT 2 FROM t")
    );
}

#[tokio::test]
async fn openai_compatible_server_without_usage_counts_zero() {
    let body =
        json!({"choices": [{"message": {"role": "assistant", "content": "SELECT 1"}}]}).to_string();
    let mock = Mock::start(move |_| Reply::json(200, body.clone())).await;
    let completion = client(Provider::OpenAi, &mock)
        .complete(&prompt())
        .await
        .unwrap();
    assert_eq!(
        (completion.prompt_tokens, completion.completion_tokens),
        (0, 0)
    );
}

// ---------------------------------------------------------------- answer shapes

#[tokio::test]
async fn answers_fenced_bare_and_after_prose() {
    let cases = [
        (
            "```sql\nSELECT name FROM users WHERE age > 30;\n```",
            "SELECT name FROM users WHERE age > 30",
        ),
        (
            "```\nSELECT name FROM users WHERE age > 30\n```",
            "SELECT name FROM users WHERE age > 30",
        ),
        (
            "SELECT name FROM users WHERE age > 30;",
            "SELECT name FROM users WHERE age > 30",
        ),
        (
            "Here is the query: SELECT name FROM users WHERE age > 30",
            "SELECT name FROM users WHERE age > 30",
        ),
        (
            "To find them, filter on age:\n\nSELECT name\nFROM users\nWHERE age > 30;\n\nThis returns their names.",
            "SELECT name\nFROM users\nWHERE age > 30",
        ),
    ];
    for provider in PROVIDERS {
        for (answer, sql) in cases {
            let mock = Mock::start(move |_| ok(provider, answer)).await;
            let completion = client(provider, &mock).complete(&prompt()).await.unwrap();
            assert_eq!(completion.text, answer);
            assert_eq!(
                extract_sql(&completion.text).as_deref(),
                Some(sql),
                "{provider}: {answer:?}"
            );
        }
    }
}

#[tokio::test]
async fn answer_without_sql_extracts_none() {
    for provider in PROVIDERS {
        let mock = Mock::start(move |_| {
            ok(
                provider,
                "I cannot answer that: the schema has no information about invoices.",
            )
        })
        .await;
        let completion = client(provider, &mock).complete(&prompt()).await.unwrap();
        assert_eq!(extract_sql(&completion.text), None);
    }
}

// ---------------------------------------------------------------- failures

#[tokio::test]
async fn malformed_json_is_malformed_and_not_retried() {
    for provider in PROVIDERS {
        for body in [
            "{not json".to_owned(),
            "<html>502 Bad Gateway</html>".to_owned(),
            json!({"unexpected": true}).to_string(),
            match provider {
                Provider::OpenAi => json!({"choices": []}).to_string(),
                Provider::Anthropic => {
                    json!({"content": [], "usage": {"input_tokens": 1, "output_tokens": 0}})
                        .to_string()
                }
            },
            match provider {
                Provider::OpenAi => {
                    json!({"choices": [{"message": {"content": null}}]}).to_string()
                }
                Provider::Anthropic => {
                    json!({"content": [{"type": "text", "text": "SELECT 1"}]}).to_string()
                }
            },
        ] {
            let reply = Reply::json(200, body.clone());
            let mock = Mock::start(move |_| reply.clone()).await;
            let err = client(provider, &mock)
                .complete(&prompt())
                .await
                .unwrap_err();
            assert!(
                matches!(err, LlmError::Malformed(_)),
                "{provider} {body}: {err:?}"
            );
            assert!(!err.is_retryable());
            assert_eq!(mock.hits(), 1);
            assert!(err.to_string().contains("malformed"), "{err}");
        }
    }
}

#[tokio::test]
async fn rate_limited_then_success_takes_two_attempts() {
    for provider in PROVIDERS {
        let mock = Mock::start(move |n| {
            if n == 0 {
                Reply::json(429, error_body("rate limit exceeded")).header("retry-after", "0")
            } else {
                ok(provider, "SELECT 1")
            }
        })
        .await;
        let completion = client(provider, &mock).complete(&prompt()).await.unwrap();
        assert_eq!(completion.attempts, 2);
        assert_eq!(completion.text, "SELECT 1");
        assert_eq!(mock.hits(), 2);
    }
}

#[tokio::test]
async fn retry_after_is_honoured_but_capped() {
    for provider in PROVIDERS {
        // Retry-After: 1 second, within the cap: honoured.
        let mock = Mock::start(move |n| {
            if n == 0 {
                Reply::json(429, error_body("slow down")).header("retry-after", "1")
            } else {
                ok(provider, "SELECT 1")
            }
        })
        .await;
        let mut c = config(provider, mock.addr);
        c.max_backoff = Duration::from_secs(5);
        let started = Instant::now();
        let completion = LlmClient::new(c)
            .unwrap()
            .complete(&prompt())
            .await
            .unwrap();
        assert_eq!(completion.attempts, 2);
        assert!(
            started.elapsed() >= Duration::from_millis(950),
            "{:?}",
            started.elapsed()
        );
        assert!(completion.latency >= Duration::from_millis(950));

        // Retry-After: one hour: capped at max_backoff (200 ms).
        let mock = Mock::start(move |n| {
            if n == 0 {
                Reply::json(503, error_body("overloaded")).header("retry-after", "3600")
            } else {
                ok(provider, "SELECT 1")
            }
        })
        .await;
        let started = Instant::now();
        let completion = client(provider, &mock).complete(&prompt()).await.unwrap();
        assert_eq!(completion.attempts, 2);
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }
}

#[tokio::test]
async fn rate_limited_every_time_gives_rate_limited_after_max_attempts() {
    for provider in PROVIDERS {
        let mock = Mock::start(|_| Reply::json(429, error_body("rate limit exceeded"))).await;
        let err = client(provider, &mock)
            .complete(&prompt())
            .await
            .unwrap_err();
        assert_eq!(
            err,
            LlmError::RateLimited {
                attempts: 3,
                body: "rate limit exceeded".into()
            }
        );
        assert!(err.is_retryable());
        assert_eq!(mock.hits(), 3);
    }
}

#[tokio::test]
async fn server_error_every_time_fails_after_max_attempts() {
    for provider in PROVIDERS {
        let mock = Mock::start(|_| Reply::json(500, error_body("internal server error"))).await;
        let err = client(provider, &mock)
            .complete(&prompt())
            .await
            .unwrap_err();
        match &err {
            LlmError::Http {
                status,
                body,
                attempts,
            } => {
                assert_eq!(*status, 500);
                assert_eq!(body, "internal server error");
                assert_eq!(*attempts, 3);
            }
            other => panic!("{provider}: expected Http, got {other:?}"),
        }
        assert!(err.is_retryable());
        assert_eq!(err.attempts(), 3);
        assert_eq!(mock.hits(), 3);
        assert_eq!(
            err.to_string(),
            "the LLM provider answered HTTP 500 after 3 attempt(s): internal server error"
        );
    }
}

#[tokio::test]
async fn server_error_then_success_is_retried() {
    for provider in PROVIDERS {
        let mock = Mock::start(move |n| match n {
            0 => Reply::json(502, "bad gateway"),
            1 => Reply::json(529, error_body("overloaded")),
            _ => ok(provider, "SELECT 3"),
        })
        .await;
        let completion = client(provider, &mock).complete(&prompt()).await.unwrap();
        assert_eq!(completion.attempts, 3);
        assert_eq!(completion.text, "SELECT 3");
    }
}

#[tokio::test]
async fn client_errors_are_not_retried() {
    for provider in PROVIDERS {
        for status in [400, 401, 404] {
            let mock = Mock::start(move |_| Reply::json(status, error_body("nope"))).await;
            let err = client(provider, &mock)
                .complete(&prompt())
                .await
                .unwrap_err();
            assert!(
                matches!(err, LlmError::Http { status: s, attempts: 1, .. } if s == status),
                "{err:?}"
            );
            assert!(!err.is_retryable());
            assert_eq!(mock.hits(), 1);
        }
    }
}

#[tokio::test]
async fn hung_server_times_out_within_the_timeout() {
    for provider in PROVIDERS {
        let mock =
            Mock::start(move |_| ok(provider, "SELECT 1").delayed(Duration::from_secs(30))).await;
        let mut c = config(provider, mock.addr);
        let timeout = Duration::from_millis(400);
        c.timeout = timeout;
        let started = Instant::now();
        let err = LlmClient::new(c)
            .unwrap()
            .complete(&prompt())
            .await
            .unwrap_err();
        let elapsed = started.elapsed();
        assert_eq!(
            err,
            LlmError::Timeout {
                timeout,
                attempts: 1
            }
        );
        assert!(err.is_retryable());
        assert!(elapsed >= timeout, "{elapsed:?}");
        assert!(elapsed < timeout + Duration::from_secs(1), "{elapsed:?}");
        assert_eq!(mock.hits(), 1, "a timeout is not retried by the client");
        assert_eq!(
            err.to_string(),
            "the LLM provider did not answer within 400 ms (attempt 1)"
        );
    }
}

#[tokio::test]
async fn unreachable_server_is_a_retryable_transport_error() {
    // A port nobody listens on: bind, note it, close it.
    let addr = {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        listener.local_addr().unwrap()
    };
    for provider in PROVIDERS {
        let started = Instant::now();
        let err = LlmClient::new(config(provider, addr))
            .unwrap()
            .complete(&prompt())
            .await
            .unwrap_err();
        assert!(
            matches!(err, LlmError::Transport { attempts: 3, .. }),
            "{err:?}"
        );
        assert!(err.is_retryable());
        assert!(started.elapsed() < Duration::from_secs(3));
        assert!(
            err.to_string()
                .starts_with("could not reach the LLM provider after 3 attempt(s)"),
            "{err}"
        );
        assert_key_hidden(&err);
    }
}

#[tokio::test]
async fn empty_prompt_is_refused_without_a_request() {
    for provider in PROVIDERS {
        let mock = Mock::start(move |_| ok(provider, "SELECT 1")).await;
        let err = client(provider, &mock)
            .complete(&Prompt::default())
            .await
            .unwrap_err();
        assert!(matches!(err, LlmError::InvalidPrompt(_)));
        assert_eq!(mock.hits(), 0);
    }
}

// ---------------------------------------------------------------- the key stays secret

#[tokio::test]
async fn api_key_never_appears_in_errors() {
    let echo = format!("invalid api key {KEY}; header was Bearer {KEY}");
    for provider in PROVIDERS {
        let replies = vec![
            Reply::json(401, error_body(&echo)),
            Reply::json(500, echo.clone()),
            Reply::json(429, error_body(&echo)),
            // serde_json quotes the offending value in its message
            Reply::json(200, json!({"choices": KEY, "content": KEY, "usage": KEY}).to_string()),
            Reply::json(200, json!({"choices": [{"message": {"content": 5}}], "content": [{"type": KEY, "text": 5}], "usage": {"input_tokens": KEY, "output_tokens": 1}}).to_string()),
            Reply::json(200, format!("{{\"broken\": \"{KEY}")),
            ok(provider, "x").delayed(Duration::from_secs(30)),
        ];
        for reply in replies {
            let mock = Mock::start(move |_| reply.clone()).await;
            let mut c = config(provider, mock.addr);
            c.timeout = Duration::from_millis(300);
            let client = LlmClient::new(c).unwrap();
            assert!(!format!("{client:?}").contains(KEY));
            let err = client.complete(&prompt()).await.unwrap_err();
            assert_key_hidden(&err);
        }
    }
    let missing = ApiKey::from_env("QUARRY_TEST_SURELY_UNSET_VARIABLE_4711").unwrap_err();
    assert_eq!(
        missing,
        LlmError::MissingApiKey {
            env_var: "QUARRY_TEST_SURELY_UNSET_VARIABLE_4711".into()
        }
    );
    assert!(missing
        .to_string()
        .contains("QUARRY_TEST_SURELY_UNSET_VARIABLE_4711"));
    assert!(!format!("{:?}", ApiKey::new(KEY)).contains(KEY));
}
