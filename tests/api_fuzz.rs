//! Request-level fuzzing from the OpenAPI document (issue 8, item 4): thousands of generated
//! requests against every documented route of a real server (in-process, real HTTP), with a
//! SQLite default database. Bodies and query strings are built from each operation's schema:
//! right types, wrong types, missing and unknown fields, nulls, huge and odd strings, random
//! session ids and SQL fragments, nested junk, malformed JSON and wrong content types.
//! Asserted: no 5xx, every 4xx body is JSON with `detail` and `code`, and the server still
//! answers `/health` at the end. The generator is seeded, so a failure names its seed and
//! request number and can be replayed with `QUARRY_FUZZ_SEED`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{spawn_app, TestApp};
use futures_util::StreamExt;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use serde_json::{json, Map, Value};

const CONCURRENCY: usize = 16;

/// One documented operation.
#[derive(Debug, Clone)]
struct Operation {
    method: String,
    /// The path template under the server root, e.g. `/api/v1/sessions/{id}`.
    path: String,
    /// (name, location, required, schema) of each parameter.
    params: Vec<(String, String, bool, Value)>,
    body: Option<Value>,
}

/// A request ready to send, and how it was made (for failure reports).
#[derive(Debug, Clone)]
struct Req {
    method: reqwest::Method,
    path: String,
    content_type: Option<&'static str>,
    body: Option<Vec<u8>>,
    what: String,
    /// The operation it was built from (`POST /api/v1/sql`).
    op: String,
    headers: Vec<(String, String)>,
}

struct Ctx {
    doc: Value,
    sqlite_url: String,
    db_path: String,
    /// Sessions the generator uses for `/sql`, `/query`, `/schema`, ... (never ended).
    sessions: Vec<String>,
    /// Sessions `DELETE /sessions/{id}` may end.
    victims: Vec<String>,
    /// Credentials to send (header, value): valid keys of each role, when auth is on.
    keys: Vec<(String, String)>,
}

fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    let mut s = schema;
    for _ in 0..8 {
        match s.get("$ref").and_then(Value::as_str) {
            Some(r) => {
                let ptr = r.trim_start_matches('#');
                match doc.pointer(ptr) {
                    Some(t) => s = t,
                    None => return s,
                }
            }
            None => return s,
        }
    }
    s
}

fn operations(doc: &Value) -> Vec<Operation> {
    let mut ops = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().unwrap() {
            if !["get", "post", "put", "delete", "patch"].contains(&method.as_str()) {
                continue;
            }
            let params = op["parameters"]
                .as_array()
                .map(|ps| {
                    ps.iter()
                        .map(|p| {
                            let p = resolve(doc, p);
                            (
                                p["name"].as_str().unwrap_or("x").to_string(),
                                p["in"].as_str().unwrap_or("query").to_string(),
                                p["required"].as_bool().unwrap_or(false),
                                p["schema"].clone(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            let body = op
                .pointer("/requestBody/content/application~1json/schema")
                .cloned();
            ops.push(Operation {
                method: method.to_uppercase(),
                path: path.clone(),
                params,
                body,
            });
        }
    }
    ops.sort_by(|a, b| (&a.path, &a.method).cmp(&(&b.path, &b.method)));
    ops
}

const SQL_FRAGMENTS: &[&str] = &[
    "SELECT 1",
    "SELECT * FROM customers",
    "SELECT name FROM customers WHERE id = 1",
    "SELECT count(*) FROM orders",
    "select * from orders o join customers c on c.id = o.customer_id",
    "WITH x AS (SELECT 1) SELECT * FROM x",
    "VALUES (1), (2)",
    "EXPLAIN SELECT 1",
    "SELECT 1; SELECT 2",
    "SELECT",
    "",
    ";",
    ";;;",
    "DROP TABLE customers",
    "DELETE FROM orders",
    "INSERT INTO customers VALUES (99, 'x')",
    "UPDATE customers SET name = 'x'",
    "ATTACH DATABASE '/tmp/x.db' AS x",
    "PRAGMA writable_schema = 1",
    "PRAGMA table_info(customers)",
    "SELECT load_extension('x')",
    "SELECT pg_sleep(10)",
    "SELECT * FROM nope",
    "SELECT nope FROM customers",
    "SELECT 'unterminated",
    "SELECT \"",
    "SELECT 1 /* unterminated",
    "SELECT -- comment",
    "SELECT 9223372036854775807 + 1",
    "SELECT 1e309",
    "SELECT x'00ff'",
    "SELECT zeroblob(1000000)",
    "SELECT randomblob(100000)",
    "SELECT printf('%.*c', 100000, 'x')",
    "SELECT char(0)",
    "SELECT 1/0",
    "SELECT CAST('abc' AS INTEGER)",
    "SELECT * FROM customers LIMIT -1",
    "SELECT * FROM customers LIMIT 999999999999999999999",
    "SELECT json('{')",
    "SELECT ?",
    "SELECT ?1, :a, @b, $c",
    "SELECT * FROM sqlite_master",
    "SELECT * FROM pragma_table_info('customers')",
    "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM r) SELECT n FROM r LIMIT 10",
    "SELECT (((((((((((((((((((((1)))))))))))))))))))))",
    "SELECT '\u{0}'",
    "SELECT 'ünïcødé ✓ 🚀'",
    "SELECT 'a' || 'b'",
    "TABLE customers",
    "SHOW tables",
    "BEGIN",
    "COMMIT",
    "VACUUM",
    "SET x = 1",
    "SELECT * INTO t FROM customers",
    "SELECT * FROM customers FOR UPDATE",
];

const WORDS: &[&str] = &[
    "how",
    "many",
    "customers",
    "orders",
    "total",
    "by",
    "country",
    "average",
    "revenue",
    "top",
    "5",
    "largest",
    "per",
    "month",
    "list",
    "all",
    "names",
    "where",
    "the",
    "in",
    "2024",
    "France",
    "count",
    "sum",
    "of",
    "drop",
    "table",
    "'",
    "\"",
    ";",
    "--",
    "ü",
    "🚀",
    "\u{0}",
    "\n",
    "%",
    "_",
    "*",
    "?",
    "SELECT",
    "null",
    "",
    " ",
];

fn junk_string(rng: &mut StdRng) -> String {
    match rng.gen_range(0..12) {
        0 => String::new(),
        1 => " ".repeat(rng.gen_range(1..50)),
        2 => "x".repeat(rng.gen_range(1_000..200_000)),
        3 => "ü🚀\u{202e}\u{feff}中文".repeat(rng.gen_range(1..200)),
        4 => "\u{0}\u{1}\u{7f}\r\n\t".to_string(),
        5 => "%00%ff%2e%2e/".to_string(),
        6 => "../../../../etc/passwd".to_string(),
        7 => "{\"a\":".to_string(),
        8 => (0..rng.gen_range(1..40))
            .map(|_| char::from_u32(rng.gen_range(0..0x11000)).unwrap_or('?'))
            .collect(),
        9 => format!("{}", rng.gen::<i64>()),
        10 => "null".to_string(),
        _ => uuid::Uuid::new_v4().to_string(),
    }
}

fn session_id(ctx: &Ctx, pool: &[String], rng: &mut StdRng) -> Value {
    match rng.gen_range(0..9) {
        0..=2 => json!(pool.choose(rng).unwrap()),
        3 => json!(uuid::Uuid::new_v4().to_string()),
        4 => json!(uuid::Uuid::new_v4().simple().to_string()),
        5 => json!(""),
        6 => json!(format!("{}x", ctx.sessions.choose(rng).unwrap())),
        7 => json!(junk_string(rng)),
        _ => Value::Null,
    }
}

fn sql(rng: &mut StdRng) -> String {
    let n = rng.gen_range(1..4);
    let mut parts: Vec<String> = (0..n)
        .map(|_| SQL_FRAGMENTS.choose(rng).unwrap().to_string())
        .collect();
    if rng.gen_bool(0.1) {
        parts.push(junk_string(rng));
    }
    if n == 1 || rng.gen_bool(0.5) {
        parts.truncate(1);
    }
    parts.join(if rng.gen_bool(0.5) { " " } else { "; " })
}

const QUESTIONS: &[&str] = &[
    "how many customers",
    "how many orders",
    "total revenue by country",
    "average total of orders",
    "list customers in France",
    "top 5 customers by revenue",
];

fn question(rng: &mut StdRng) -> String {
    if rng.gen_bool(0.4) {
        return QUESTIONS.choose(rng).unwrap().to_string();
    }
    let n = rng.gen_range(0..12);
    (0..n)
        .map(|_| *WORDS.choose(rng).unwrap())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A plausible value for a string field, chosen by its name.
fn named_string(ctx: &Ctx, name: &str, rng: &mut StdRng) -> Value {
    if rng.gen_bool(0.1) {
        return json!(junk_string(rng));
    }
    match name {
        "sql" => json!(sql(rng)),
        "question" => json!(question(rng)),
        "session_id" => session_id(ctx, &ctx.sessions, rng),
        "id" => session_id(ctx, &ctx.victims, rng),
        "url" => json!(match rng.gen_range(0..10) {
            0 | 1 => ctx.sqlite_url.clone(),
            2 => "sqlite:///etc/passwd".to_string(),
            3 => "sqlite://relative.db".to_string(),
            4 => format!("sqlite://{}/../../etc/hosts", ctx.db_path),
            5 => format!("postgres://u:p@127.0.0.1:{}/x", rng.gen_range(1..1024)),
            6 => "mysql://root@127.0.0.1:1/x".to_string(),
            7 => "http://example.invalid/".to_string(),
            8 => "postgres://".to_string(),
            _ => "not a url".to_string(),
        }),
        "host" => json!([
            "127.0.0.1",
            "localhost",
            "::1",
            "0.0.0.0",
            "256.1.1.1",
            "",
            "a b",
            "169.254.169.254"
        ]
        .choose(rng)
        .unwrap()),
        "database" => json!(match rng.gen_range(0..4) {
            0 => ctx.db_path.clone(),
            1 => "/etc/passwd".to_string(),
            2 => "x".to_string(),
            _ => junk_string(rng),
        }),
        "driver" => json!(["postgres", "mysql", "sqlite", "oracle", "", "SQLITE"]
            .choose(rng)
            .unwrap()),
        "sslmode" => json!(["disable", "prefer", "require", "verify-full", "bogus"]
            .choose(rng)
            .unwrap()),
        "docker_container" => json!(["x", "", "../x", "quarry-none"].choose(rng).unwrap()),
        "schema_name" => json!(["main", "public", "", "nope", "MAIN"].choose(rng).unwrap()),
        _ => json!(junk_string(rng)),
    }
}

fn types_of(schema: &Value) -> Vec<String> {
    match &schema["type"] {
        Value::String(t) => vec![t.clone()],
        Value::Array(ts) => ts
            .iter()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect(),
        _ => vec![],
    }
}

/// A random JSON value of any shape, up to `depth` levels deep.
fn any_value(rng: &mut StdRng, depth: u32) -> Value {
    match rng.gen_range(0..if depth == 0 { 6 } else { 8 }) {
        0 => Value::Null,
        1 => json!(rng.gen_bool(0.5)),
        2 => json!(rng.gen::<i64>()),
        3 => json!(rng.gen::<f64>() * 1e300),
        4 => json!(junk_string(rng)),
        5 => json!(*[u64::MAX, 0, 65536, 1 << 53].choose(rng).unwrap()),
        6 => Value::Array(
            (0..rng.gen_range(0..5))
                .map(|_| any_value(rng, depth - 1))
                .collect(),
        ),
        _ => {
            let mut m = Map::new();
            for _ in 0..rng.gen_range(0..5) {
                m.insert(
                    junk_string(rng).chars().take(20).collect(),
                    any_value(rng, depth - 1),
                );
            }
            Value::Object(m)
        }
    }
}

/// A value of the right type for `schema` (the field is `name`).
fn valid_value(ctx: &Ctx, name: &str, schema: &Value, rng: &mut StdRng, depth: u32) -> Value {
    let schema = resolve(&ctx.doc, schema);
    if let Some(options) = schema["oneOf"].as_array().or(schema["anyOf"].as_array()) {
        if let Some(o) = options.choose(rng) {
            return valid_value(ctx, name, o, rng, depth);
        }
    }
    if let Some(all) = schema["allOf"].as_array() {
        if let Some(o) = all.choose(rng) {
            return valid_value(ctx, name, o, rng, depth);
        }
    }
    if let Some(values) = schema["enum"].as_array() {
        if let Some(v) = values.choose(rng) {
            return v.clone();
        }
    }
    let types = types_of(schema);
    let non_null: Vec<&String> = types.iter().filter(|t| *t != "null").collect();
    if non_null.is_empty() && types.iter().any(|t| t == "null") {
        return Value::Null;
    }
    match non_null.choose(rng).map(|t| t.as_str()) {
        Some("string") => named_string(ctx, name, rng),
        Some("integer") => match name {
            "port" => json!(*[0, 1, 5, 3306, 65535].choose(rng).unwrap()),
            "max_retries" => json!(rng.gen_range(0..15)),
            _ => json!(rng.gen_range(-5..1000)),
        },
        Some("number") => json!(rng.gen::<f64>() * 100.0),
        Some("boolean") => json!(rng.gen_bool(0.5)),
        Some("array") if depth > 0 => Value::Array(
            (0..rng.gen_range(0..4))
                .map(|_| valid_value(ctx, name, &schema["items"], rng, depth - 1))
                .collect(),
        ),
        Some("object") if depth > 0 => object_value(ctx, schema, rng, depth - 1),
        _ => any_value(rng, 1),
    }
}

fn object_value(ctx: &Ctx, schema: &Value, rng: &mut StdRng, depth: u32) -> Value {
    let mut m = Map::new();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if let Some(props) = schema["properties"].as_object() {
        for (k, v) in props {
            if required.contains(&k.as_str()) || rng.gen_bool(0.5) {
                m.insert(k.clone(), valid_value(ctx, k, v, rng, depth));
            }
        }
    }
    Value::Object(m)
}

/// A body for `schema`, valid or broken in one of several ways; returns it and what it is.
fn body_for(ctx: &Ctx, schema: &Value, rng: &mut StdRng) -> (Value, &'static str) {
    let schema = resolve(&ctx.doc, schema);
    let mut body = object_value(ctx, schema, rng, 3);
    let props: Vec<String> = schema["properties"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    let kind = rng.gen_range(0..9);
    let what = match kind {
        0..=2 => "valid",
        3 => {
            // Wrong type for one or more fields.
            for _ in 0..rng.gen_range(1..3) {
                if let Some(k) = props.choose(rng) {
                    body[k] = any_value(rng, 2);
                }
            }
            "wrong types"
        }
        4 => {
            if let Some(obj) = body.as_object_mut() {
                let keys: Vec<String> = obj.keys().cloned().collect();
                if let Some(k) = keys.choose(rng) {
                    obj.remove(k);
                }
            }
            "missing field"
        }
        5 => {
            body[junk_string(rng).chars().take(30).collect::<String>()] = any_value(rng, 2);
            "extra field"
        }
        6 => {
            for k in &props {
                if rng.gen_bool(0.6) {
                    body[k] = Value::Null;
                }
            }
            "nulls"
        }
        7 => {
            if let Some(k) = props.choose(rng) {
                body[k] = json!("é".repeat(rng.gen_range(10_000..300_000)));
            }
            "huge string"
        }
        _ => {
            body = any_value(rng, 4);
            "nested junk"
        }
    };
    (body, what)
}

fn encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Usually a valid key (when there are keys), sometimes a broken or missing one.
fn auth_headers(ctx: &Ctx, rng: &mut StdRng) -> Vec<(String, String)> {
    let mut h = Vec::new();
    if let Some((name, value)) = ctx.keys.choose(rng).filter(|_| rng.gen_bool(0.8)) {
        h.push((name.clone(), value.clone()));
    }
    match rng.gen_range(0..12) {
        0 => h.push(("authorization".into(), "Bearer".into())),
        1 => h.push((
            "authorization".into(),
            format!(
                "Bearer {}",
                junk_string(rng).chars().take(200).collect::<String>()
            ),
        )),
        2 => h.push(("authorization".into(), "Basic dXNlcjpwYXNz".into())),
        3 => h.push(("x-api-key".into(), String::new())),
        4 => h.push(("x-api-key".into(), "x".repeat(4000))),
        5 => h.push(("accept".into(), "text/html".into())),
        6 => h.push(("content-length".into(), "abc".into())),
        _ => {}
    }
    h
}

fn build(ctx: &Ctx, op: &Operation, rng: &mut StdRng) -> Req {
    let mut path = op.path.clone();
    let mut query: Vec<(String, String)> = Vec::new();
    for (name, location, required, schema) in &op.params {
        let v = if rng.gen_bool(0.15) {
            any_value(rng, 1)
        } else {
            valid_value(ctx, name, schema, rng, 2)
        };
        // URLs stay within what HTTP clients and servers accept (a few KiB).
        let text: String = value_text(&v).chars().take(500).collect();
        match location.as_str() {
            "path" => {
                let text = if rng.gen_bool(0.1) {
                    "%2F..%2F".to_string()
                } else {
                    encode(&text)
                };
                path = path.replace(&format!("{{{name}}}"), &text);
            }
            "query" if *required || rng.gen_bool(0.7) => query.push((name.clone(), text)),
            _ => {}
        }
    }
    if rng.gen_bool(0.15) {
        query.push((
            junk_string(rng).chars().take(20).collect(),
            junk_string(rng).chars().take(500).collect(),
        ));
    }
    if rng.gen_bool(0.05) {
        // A repeated parameter.
        if let Some(q) = query.first().cloned() {
            query.push(q);
        }
    }
    if !query.is_empty() {
        let qs: Vec<String> = query
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        path = format!("{path}?{}", qs.join("&"));
        if rng.gen_bool(0.05) {
            path.push_str("&&=&%zz&a=%");
        }
    }
    let mut method = reqwest::Method::from_bytes(op.method.as_bytes()).unwrap();
    if rng.gen_bool(0.03) {
        method = [
            reqwest::Method::GET,
            reqwest::Method::POST,
            reqwest::Method::PUT,
            reqwest::Method::DELETE,
            reqwest::Method::PATCH,
        ]
        .choose(rng)
        .unwrap()
        .clone();
    }
    let (content_type, body, what) = match &op.body {
        Some(schema) => match rng.gen_range(0..20) {
            0 => (
                Some("application/json"),
                Some(b"{\"sql\": ".to_vec()),
                "malformed json",
            ),
            1 => (
                Some("text/plain"),
                Some(b"SELECT 1".to_vec()),
                "wrong content type",
            ),
            2 => (
                Some("application/json"),
                Some(vec![0xff, 0xfe, 0x00, b'{']),
                "not utf-8",
            ),
            3 => (None, None, "no body"),
            4 => (
                Some("application/json"),
                Some(format!("{{\"sql\": \"{}\"}}", "a".repeat(1_200_000)).into_bytes()),
                "over the body limit",
            ),
            5 => (
                Some("application/json"),
                Some("[".repeat(10_000).into_bytes()),
                "deep nesting",
            ),
            _ => {
                let (b, what) = body_for(ctx, schema, rng);
                (
                    Some("application/json"),
                    Some(serde_json::to_vec(&b).unwrap()),
                    what,
                )
            }
        },
        None => {
            if rng.gen_bool(0.05) {
                (
                    Some("application/json"),
                    Some(b"{\"x\":1}".to_vec()),
                    "unexpected body",
                )
            } else {
                (None, None, "no body")
            }
        }
    };
    Req {
        method,
        path,
        content_type,
        body,
        what: what.to_string(),
        op: format!("{} {}", op.method, op.path),
        headers: auth_headers(ctx, rng),
    }
}

/// Sends one request; its status, or what was wrong with the answer.
async fn check(http: &reqwest::Client, base: &str, req: &Req) -> Result<u16, String> {
    let send = |client: &reqwest::Client| {
        let mut rb = client.request(req.method.clone(), format!("{base}{}", req.path));
        if let Some(ct) = req.content_type {
            rb = rb.header("content-type", ct);
        }
        if let Some(b) = &req.body {
            rb = rb.body(b.clone());
        }
        for (k, v) in &req.headers {
            // Headers reqwest itself refuses (invalid bytes) are skipped, not sent.
            if let (Ok(k), Ok(v)) = (
                reqwest::header::HeaderName::from_bytes(k.as_bytes()),
                reqwest::header::HeaderValue::from_str(v),
            ) {
                if k != reqwest::header::CONTENT_LENGTH {
                    rb = rb.header(k, v);
                }
            }
        }
        rb.send()
    };
    let short = |s: &str| s.chars().take(300).collect::<String>();
    let mut sent = send(http).await;
    if matches!(&sent, Err(e) if e.is_request()) {
        // A pooled keep-alive connection that the server had just closed (it closes one whose
        // request body it refused to read, e.g. after a 413) fails with a broken pipe before
        // any answer: the one case an HTTP client retries. Once more on a fresh connection;
        // a server that is really gone fails this too.
        let fresh = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .pool_max_idle_per_host(0)
            .build()
            .unwrap();
        sent = send(&fresh).await;
    }
    let resp = match sent {
        Ok(r) => r,
        Err(e) => {
            let mut msg = short(&e.to_string());
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                msg = format!("{msg}: {s}");
                source = s.source();
            }
            return Err(format!("transport error: {msg}"));
        }
    };
    let status = resp.status().as_u16();
    let text = match resp.text().await {
        Ok(t) => t,
        Err(e) => return Err(format!("{status}, body unreadable: {e}")),
    };
    if status >= 500 {
        return Err(format!("{status}: {}", short(&text)));
    }
    if (400..500).contains(&status) {
        match serde_json::from_str::<Value>(&text) {
            Ok(v) if v["detail"].is_string() && v["code"].is_string() => {}
            _ => {
                return Err(format!(
                    "{status} without a JSON detail+code: {}",
                    short(&text)
                ))
            }
        }
    }
    Ok(status)
}

fn fixture(path: &std::path::Path) {
    let c = rusqlite::Connection::open(path).unwrap();
    c.execute_batch(
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, revenue NUMERIC);
         CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), total REAL, placed_at DATE);
         WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 40)
           INSERT INTO customers SELECT n, 'c' || n, CASE WHEN n % 2 THEN 'Spain' ELSE 'France' END, n * 10.5 FROM g;
         WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 100)
           INSERT INTO orders SELECT n, 1 + n % 40, n, date('2024-01-01', '+' || n || ' days') FROM g;",
    )
    .unwrap();
}

async fn app_with_sqlite(dir: &std::path::Path, extra: &str) -> (TestApp, String, String) {
    let db = dir.join("fuzz.db");
    fixture(&db);
    let db_path = db.to_string_lossy().into_owned();
    let url = format!("sqlite://{db_path}");
    let app = spawn_app(&format!(
        "[sqlite]\nallowed_dirs = [{dir:?}]\n\
         [default_database]\nurl = {url:?}\n\
         [exec]\nstatement_timeout = \"2s\"\n\
         [pool]\nconnect_timeout = \"3s\"\nacquire_timeout = \"4s\"\n\
         [agent]\nroute = \"builtin\"\n{extra}",
        dir = dir.to_string_lossy(),
    ))
    .await;
    (app, url, db_path)
}

/// Connects to `url` with the credential `key` (header, value) and returns the session id.
async fn connect_with(app: &TestApp, key: Option<&(String, String)>, url: &str) -> String {
    let mut rb = app.http.post(app.url("/database/connect"));
    if let Some((k, v)) = key {
        rb = rb.header(k.as_str(), v.as_str());
    }
    let v: Value = rb
        .json(&json!({"url": url}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    v["session_id"]
        .as_str()
        .unwrap_or_else(|| panic!("connect failed: {v}"))
        .to_string()
}

/// Starts quarry over a SQLite default database with `extra` config, sends `requests`
/// generated requests (with the credentials `keys`), and checks every answer.
async fn fuzz(extra: &str, keys: Vec<(String, String)>, requests: usize) {
    let dir = tempfile::tempdir().unwrap();
    let (app, sqlite_url, db_path) = app_with_sqlite(dir.path(), extra).await;
    let root = format!("http://{}", app.addr);

    let (status, doc) = app.get("/openapi.json").await;
    assert_eq!(status, 200, "{doc}");
    let ops = operations(&doc);
    assert!(
        ops.len() >= 10,
        "the document lists the routes: {:?}",
        ops.iter().map(|o| &o.path).collect::<Vec<_>>()
    );
    // Sessions the generator may use (and may end), plus one checked to work.
    let mut sessions = Vec::new();
    for i in 0..2 {
        sessions.push(connect_with(&app, keys.get(i % keys.len().max(1)), &sqlite_url).await);
    }
    let mut victims = Vec::new();
    for i in 0..8 {
        victims.push(connect_with(&app, keys.get(i % keys.len().max(1)), &sqlite_url).await);
    }

    let seed: u64 = std::env::var("QUARRY_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(rand::random);
    let ctx = Arc::new(Ctx {
        doc,
        sqlite_url,
        db_path,
        sessions,
        victims,
        keys,
    });
    let mut rng = StdRng::seed_from_u64(seed);
    let mut reqs = Vec::with_capacity(requests);
    for i in 0..requests {
        let op = if rng.gen_bool(0.02) {
            Operation {
                method: "GET".into(),
                path: format!(
                    "/api/v1/{}",
                    encode(&junk_string(&mut rng).chars().take(300).collect::<String>())
                ),
                params: vec![],
                body: None,
            }
        } else {
            // Every operation equally often, so none goes untested.
            ops[i % ops.len()].clone()
        };
        reqs.push(build(&ctx, &op, &mut rng));
    }

    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let started = Instant::now();
    let outcomes: Vec<(String, Result<u16, String>)> =
        futures_util::stream::iter(reqs.iter().enumerate())
            .map(|(i, req)| {
                let http = http.clone();
                let root = root.clone();
                async move {
                    let r = check(&http, &root, req).await.map_err(|problem| {
                        format!(
                            "#{i} {} {} ({}): {problem}",
                            req.method,
                            req.path.chars().take(200).collect::<String>(),
                            req.what
                        )
                    });
                    (req.op.clone(), r)
                }
            })
            .buffer_unordered(CONCURRENCY)
            .collect()
            .await;
    let failures: Vec<String> = outcomes
        .iter()
        .filter_map(|(_, r)| r.as_ref().err().cloned())
        .collect();
    // The generator reaches the handlers, not only the extractors: valid requests succeed.
    let mut ok_by_op: std::collections::BTreeMap<&str, usize> = Default::default();
    for (op, r) in &outcomes {
        if matches!(r, Ok(s) if (200..300).contains(s)) {
            *ok_by_op.entry(op.as_str()).or_default() += 1;
        }
    }
    let took = started.elapsed();

    let (status, v) = app.get("/health").await;
    assert_eq!(status, 200, "the server answers after the fuzzing: {v}");
    assert!(
        failures.is_empty(),
        "seed {seed}: {} of {requests} requests got a bad answer; first ones:\n{}",
        failures.len(),
        failures
            .iter()
            .take(15)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    for op in [
        "POST /api/v1/sql",
        "POST /api/v1/query",
        "POST /api/v1/database/connect",
        "GET /api/v1/schema",
    ] {
        let statuses: std::collections::BTreeMap<String, usize> = outcomes
            .iter()
            .filter(|(o, _)| o == op)
            .fold(Default::default(), |mut m, (_, r)| {
                *m.entry(format!("{r:?}")).or_default() += 1;
                m
            });
        assert!(
            ok_by_op.get(op).copied().unwrap_or(0) > 0,
            "seed {seed}: no 2xx for {op} (its answers: {statuses:?}): {ok_by_op:?}"
        );
    }
    eprintln!(
        "seed {seed}: {requests} requests over {} operations in {took:?}; 2xx by operation: {ok_by_op:?}",
        ops.len()
    );
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn generated_requests_from_the_openapi_document_never_get_a_5xx() {
    fuzz("", vec![], 10_000).await;
}

/// Found by the generator: paths outside `/api/v1/...` (the bare `/api/v1/`, `/nope`) got
/// axum's empty 404 instead of the JSON error every other answer has.
#[tokio::test]
async fn paths_outside_the_api_get_a_json_404() {
    let app = spawn_app("").await;
    for path in ["/api/v1/", "/nope", "/api/v2/sql", "/api/v1//sql"] {
        let r = app
            .http
            .get(format!("http://{}{path}", app.addr))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 404, "{path}");
        let v: Value = r.json().await.unwrap();
        assert_eq!(v["code"], "not_found", "{path}: {v}");
        assert!(v["detail"].is_string(), "{path}: {v}");
    }
    // The UI's routes are still served.
    let r = app
        .http
        .get(format!("http://{}/", app.addr))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn generated_requests_with_api_keys_never_get_a_5xx() {
    use sha2::Digest;
    let admin = format!("admin-{}", uuid::Uuid::new_v4().simple());
    let user = format!("user-{}", uuid::Uuid::new_v4().simple());
    let sha = |k: &str| hex::encode(sha2::Sha256::digest(k.as_bytes()));
    let extra = format!(
        "[auth]\nmode = \"api_key\"\n\
         [[auth.keys]]\nsha256 = \"{}\"\ntenant = \"acme\"\nrole = \"admin\"\n\
         [[auth.keys]]\nsha256 = \"{}\"\ntenant = \"globex\"\nrole = \"user\"\n\
         [limits]\nrequests_per_second = 2000\nburst = 200\nsessions_per_tenant = 50",
        sha(&admin),
        sha(&user)
    );
    fuzz(
        &extra,
        vec![
            ("authorization".into(), format!("Bearer {admin}")),
            ("x-api-key".into(), user),
        ],
        4_000,
    )
    .await;
}

/// PostgreSQL values of every kind the driver may meet, for `/sql` on a real session: the
/// row -> JSON conversion must answer each with a value or a 4xx, never a 500 or a panic.
const PG_EXPRESSIONS: &[&str] = &[
    "1",
    "NULL",
    "'1.50'::numeric(10,2)",
    "'NaN'::numeric",
    "'Infinity'::numeric",
    "10000000000000000000000000000::numeric",
    "'NaN'::float8",
    "'-Infinity'::float4",
    "9223372036854775807::int8",
    "(-9223372036854775807 - 1)::int8",
    "32767::int2",
    "'$1.50'::money",
    "'a b'::tsvector",
    "'a & b'::tsquery",
    "point(1, 2)",
    "'((0,0),(1,1))'::box",
    "'[1,5)'::int4range",
    "'{[1,2], [5,6]}'::int4multirange",
    "'empty'::numrange",
    "ARRAY[1, NULL, 3]",
    "ARRAY[[1, 2], [3, 4]]",
    "'{}'::text[]",
    "ARRAY['a', NULL]::varchar[]",
    "'[2:3]={1,2}'::int[]",
    "ARRAY['2024-01-01'::date]",
    "ARRAY['{\"a\":1}'::jsonb]",
    "ROW(1, 'a')",
    "'{\"a\": [1, null, \"x\"]}'::jsonb",
    "'[1, 2'::text",
    "'{\"a\":1}'::json",
    "'\\x00ff'::bytea",
    "''::bytea",
    "gen_random_uuid()",
    "'00000000-0000-0000-0000-000000000000'::uuid",
    "'2024-02-29'::date",
    "'infinity'::date",
    "'-infinity'::timestamp",
    "'294276-12-31 23:59:59'::timestamp",
    "'4713-01-01 BC'::date",
    "'2024-02-29 13:45:00.123456+05:30'::timestamptz",
    "'infinity'::timestamptz",
    "'13:45:00.5'::time",
    "'24:00:00'::time",
    "'13:45+02'::timetz",
    "'1 year 2 mons 3 days 04:05:06.7'::interval",
    "'-1 day'::interval",
    "'178000000 years'::interval",
    "'1.2.3.4/24'::inet",
    "'::1'::cidr",
    "'08:00:2b:01:02:03'::macaddr",
    "B'1011'",
    "'1011'::varbit",
    "'x'::char(5)",
    "'name'::name",
    "1::oid",
    "'pg_class'::regclass",
    "'int4'::regtype",
    "'<a>1</a>'::xml",
    "'a'::\"char\"",
    "txid_current_snapshot()",
    "pg_lsn '0/16B6C50'",
    "'ünïcødé ✓ 🚀'",
    "E'\\\\u0001'",
    "repeat('x', 100000)",
    "(SELECT array_agg(g) FROM generate_series(1, 1000) g)",
    "1/0",
    "'abc'::int",
    "nope",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn generated_sql_over_postgres_values_never_gets_a_5xx() {
    let db = common::TestDb::create().await;
    let app = spawn_app("[exec]\nstatement_timeout = \"2s\"").await;
    let s = app.connect(&db.connect_body()).await;
    let seed: u64 = std::env::var("QUARRY_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(rand::random);
    let mut rng = StdRng::seed_from_u64(seed);
    let mut reqs = Vec::new();
    // Each expression alone first, then random combinations of them.
    for e in PG_EXPRESSIONS {
        reqs.push(format!("SELECT {e} AS v"));
    }
    for _ in 0..1500 {
        let n = rng.gen_range(1..6);
        let cols: Vec<String> = (0..n)
            .map(|i| format!("{} AS c{i}", PG_EXPRESSIONS.choose(&mut rng).unwrap()))
            .collect();
        let sql = match rng.gen_range(0..4) {
            0 => format!(
                "SELECT {} FROM generate_series(1, {}) g",
                cols.join(", "),
                rng.gen_range(0..50)
            ),
            1 => format!("WITH t AS (SELECT {}) SELECT * FROM t", cols.join(", ")),
            _ => format!("SELECT {}", cols.join(", ")),
        };
        reqs.push(sql);
    }
    let http = app.http.clone();
    let url = app.url("/sql");
    let results: Vec<(String, u16, Value)> = futures_util::stream::iter(reqs)
        .map(|sql| {
            let http = http.clone();
            let url = url.clone();
            let s = s.clone();
            async move {
                let r = http
                    .post(url)
                    .json(&json!({"sql": sql, "session_id": s}))
                    .send()
                    .await
                    .unwrap();
                let status = r.status().as_u16();
                let text = r.text().await.unwrap();
                let v = serde_json::from_str(&text).unwrap_or(Value::String(text));
                (sql, status, v)
            }
        })
        .buffer_unordered(8)
        .collect()
        .await;
    let bad: Vec<String> = results
        .iter()
        .filter(|(_, status, v)| {
            *status >= 500
                || (*status >= 400 && !(v["detail"].is_string() && v["code"].is_string()))
        })
        .map(|(sql, status, v)| {
            format!(
                "{status} for {}: {}",
                sql.chars().take(200).collect::<String>(),
                v.to_string().chars().take(300).collect::<String>()
            )
        })
        .collect();
    assert!(
        bad.is_empty(),
        "seed {seed}: {} bad answers:\n{}",
        bad.len(),
        bad.iter().take(20).cloned().collect::<Vec<_>>().join("\n")
    );
    let ok = results.iter().filter(|(_, s, _)| *s == 200).count();
    assert!(ok > results.len() / 2, "most statements run: {ok}");
    if std::env::var_os("QUARRY_FUZZ_VERBOSE").is_some() {
        for (sql, status, v) in results.iter().filter(|(sql, _, _)| sql.ends_with(" AS v")) {
            eprintln!(
                "{status} {sql} -> {}",
                v.to_string().chars().take(160).collect::<String>()
            );
        }
    }
    let (status, _) = app.get("/health").await;
    assert_eq!(status, 200);
    app.wait_idle().await;
}
