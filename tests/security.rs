//! Issue 7 (security): tenant isolation with API keys, the connect policy (SSRF), per-tenant
//! rate limits and caps, HTTPS, no password in any log or answer, the audit log, and the
//! refusal to serve without auth on a public address.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::{spawn_app, TestApp, TestDb};
use reqwest::header::HeaderMap;
use reqwest::Method;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use tokio::io::AsyncReadExt;

const KEY_A: &str = "qk_tenant_a_5f0c2b7e9d1a4c3b8e6f";
const KEY_B: &str = "qk_tenant_b_7a1d9c3e5b2f4a6d8c0e";
const KEY_ADMIN: &str = "qk_admin_3e8b1f6a9c2d4e7b0a5c";

fn sha(key: &str) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))
}

/// Config with api_key auth (tenants `a`, `b` as users, `ops` as admin) plus `extra`.
fn auth_toml(extra: &str) -> String {
    format!(
        r#"{extra}
[auth]
mode = "api_key"
[[auth.keys]]
sha256 = "{}"
tenant = "a"
role = "user"
[[auth.keys]]
sha256 = "{}"
tenant = "b"
role = "user"
[[auth.keys]]
sha256 = "{}"
tenant = "ops"
role = "admin"
"#,
        sha(KEY_A),
        sha(KEY_B),
        sha(KEY_ADMIN)
    )
}

/// One request with an optional API key: status, JSON (or text) body, headers.
async fn call(
    app: &TestApp,
    method: Method,
    path: &str,
    key: Option<&str>,
    body: Option<&Value>,
) -> (u16, Value, HeaderMap) {
    let mut req = app.http.request(method, app.url(path));
    if let Some(k) = key {
        req = req.bearer_auth(k);
    }
    if let Some(b) = body {
        req = req.json(b);
    }
    let r = req.send().await.unwrap();
    let status = r.status().as_u16();
    let headers = r.headers().clone();
    let text = r.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
        headers,
    )
}

async fn fixture(db: &TestDb) {
    db.client()
        .await
        .batch_execute(
            "CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL);
             INSERT INTO items VALUES (1, 'anvil'), (2, 'bolt'), (3, 'crate');",
        )
        .await
        .unwrap();
}

use common::ports::free_port;

/// A TCP listener the test owns that counts the connections it accepts (and drops them).
async fn counting_listener() -> (u16, Arc<AtomicUsize>) {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = l.local_addr().unwrap().port();
    let seen = Arc::new(AtomicUsize::new(0));
    let s = seen.clone();
    tokio::spawn(async move {
        while let Ok((sock, _)) = l.accept().await {
            s.fetch_add(1, Ordering::SeqCst);
            drop(sock);
        }
    });
    (port, seen)
}

#[tokio::test]
async fn tenants_are_isolated_and_admin_routes_need_admin() {
    let db = TestDb::create().await;
    fixture(&db).await;
    let app = spawn_app(&auth_toml("")).await;
    let body = db.connect_body();

    // No key, a bad key: 401 unauthorized.
    let (s, v, _) = call(&app, Method::POST, "/database/connect", None, Some(&body)).await;
    assert_eq!((s, v["code"].as_str()), (401, Some("unauthorized")), "{v}");
    let (s, v, _) = call(
        &app,
        Method::POST,
        "/database/connect",
        Some("not-a-key"),
        Some(&body),
    )
    .await;
    assert_eq!((s, v["code"].as_str()), (401, Some("unauthorized")), "{v}");
    let r = app
        .http
        .post(app.url("/sql"))
        .header("x-api-key", "wrong")
        .json(&json!({"sql": "SELECT 1"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);

    let (s, v, _) = call(
        &app,
        Method::POST,
        "/database/connect",
        Some(KEY_A),
        Some(&body),
    )
    .await;
    assert_eq!(s, 200, "{v}");
    let sid = v["session_id"].as_str().unwrap().to_string();
    let sql = json!({"sql": "SELECT name FROM items ORDER BY id", "session_id": sid});
    let (s, v, _) = call(&app, Method::POST, "/sql", Some(KEY_A), Some(&sql)).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["row_count"], 3);
    // X-API-Key works as well as Bearer.
    let r = app
        .http
        .post(app.url("/sql"))
        .header("x-api-key", KEY_A)
        .json(&sql)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);

    // Tenant B: A's session does not exist (DESIGN invariant 3: 401 on /query, /sql,
    // /schema; 404 on DELETE), exactly like an unknown id.
    let (s, v, _) = call(&app, Method::POST, "/sql", Some(KEY_B), Some(&sql)).await;
    assert_eq!(
        (s, v["code"].as_str()),
        (401, Some("session_not_found")),
        "{v}"
    );
    let q = json!({"question": "how many items are there", "session_id": sid});
    let (s, v, _) = call(&app, Method::POST, "/query", Some(KEY_B), Some(&q)).await;
    assert_eq!(
        (s, v["code"].as_str()),
        (401, Some("session_not_found")),
        "{v}"
    );
    let (s, v, _) = call(
        &app,
        Method::GET,
        &format!("/schema?session_id={sid}"),
        Some(KEY_B),
        None,
    )
    .await;
    assert_eq!(
        (s, v["code"].as_str()),
        (401, Some("session_not_found")),
        "{v}"
    );
    let unknown = uuid::Uuid::new_v4().to_string();
    let (s, unknown_body, _) = call(
        &app,
        Method::POST,
        "/sql",
        Some(KEY_B),
        Some(&json!({"sql": "SELECT 1", "session_id": unknown})),
    )
    .await;
    assert_eq!(s, 401);
    let (_, foreign_body, _) = call(&app, Method::POST, "/sql", Some(KEY_B), Some(&sql)).await;
    assert_eq!(
        foreign_body, unknown_body,
        "another tenant's session must look unknown"
    );
    let (s, _, _) = call(
        &app,
        Method::DELETE,
        &format!("/sessions/{sid}"),
        Some(KEY_B),
        None,
    )
    .await;
    assert_eq!(s, 404);
    // ... and A's session survived B's attempt.
    let (s, v, _) = call(
        &app,
        Method::GET,
        &format!("/schema?session_id={sid}"),
        Some(KEY_A),
        None,
    )
    .await;
    assert_eq!(s, 200, "{v}");

    // Admin routes: 403 for a user key, 200 for the admin key; /health needs no key.
    for path in ["/stats/pools", "/stats/sessions", "/metrics"] {
        let (s, v, _) = call(&app, Method::GET, path, Some(KEY_A), None).await;
        assert_eq!(
            (s, v["code"].as_str()),
            (403, Some("forbidden")),
            "{path}: {v}"
        );
        let (s, _, _) = call(&app, Method::GET, path, None, None).await;
        assert_eq!(s, 401, "{path} without a key");
        let (s, v, _) = call(&app, Method::GET, path, Some(KEY_ADMIN), None).await;
        assert_eq!(s, 200, "{path}: {v}");
    }
    let (s, _, headers) = call(&app, Method::GET, "/health", None, None).await;
    assert_eq!(s, 200);
    assert!(
        headers.get("strict-transport-security").is_none(),
        "no HSTS over plain HTTP"
    );

    let (s, _, _) = call(
        &app,
        Method::DELETE,
        &format!("/sessions/{sid}"),
        Some(KEY_A),
        None,
    )
    .await;
    assert_eq!(s, 204);
    let (s, _, _) = call(&app, Method::POST, "/sql", Some(KEY_A), Some(&sql)).await;
    assert_eq!(s, 401);
    app.stop().await;
}

#[tokio::test]
async fn connect_policy_refuses_before_any_packet() {
    let (port, seen) = counting_listener().await;
    let target = |host: &str, port: u16| json!({"host": host, "port": port, "database": "x", "username": "u", "password": "p"});

    // A denied CIDR, and a host name that resolves into it.
    let app =
        spawn_app("[connect]\ndeny = [\"127.0.0.0/8\"]\n[pool]\nconnect_timeout = \"2s\"").await;
    let (s, v) = app
        .post("/database/connect", &target("127.0.0.1", port))
        .await;
    assert_eq!((s, v["code"].as_str()), (403, Some("target_denied")), "{v}");
    let d = v["detail"].as_str().unwrap();
    assert!(
        d.contains("127.0.0.0/8") && d.contains("connect.deny"),
        "{d}"
    );
    let (s, v) = app
        .post("/database/connect", &target("localhost", port))
        .await;
    assert_eq!((s, v["code"].as_str()), (403, Some("target_denied")), "{v}");
    assert!(v["detail"].as_str().unwrap().contains("localhost"), "{v}");
    let (s, v) = app
        .post(
            "/database/connect",
            &json!({"url": format!("postgres://u:p@127.0.0.1:{port}/x")}),
        )
        .await;
    assert_eq!(s, 403, "{v}");
    app.stop().await;

    // A denied port.
    let app = spawn_app(&format!("[connect]\ndeny = [\"* 5432\", \"* {port}\"]")).await;
    let (s, v) = app
        .post("/database/connect", &target("127.0.0.1", port))
        .await;
    assert_eq!((s, v["code"].as_str()), (403, Some("target_denied")), "{v}");
    assert!(
        v["detail"].as_str().unwrap().contains(&format!("* {port}")),
        "{v}"
    );
    let db = TestDb::create().await;
    let (s, v) = app.post("/database/connect", &db.connect_body()).await;
    assert_eq!((s, v["code"].as_str()), (403, Some("target_denied")), "{v}");
    assert!(v["detail"].as_str().unwrap().contains("* 5432"), "{v}");
    app.stop().await;

    // A non-empty allow list admits only what it lists.
    let app = spawn_app("[connect]\nallow = [\"10.0.0.0/8\"]").await;
    let (s, v) = app
        .post("/database/connect", &target("127.0.0.1", port))
        .await;
    assert_eq!((s, v["code"].as_str()), (403, Some("target_denied")), "{v}");
    assert!(
        v["detail"].as_str().unwrap().contains("connect.allow"),
        "{v}"
    );
    app.stop().await;

    assert_eq!(
        seen.load(Ordering::SeqCst),
        0,
        "a refused target received a connection"
    );

    // Built-in: the cloud metadata address (also spelled as IPv4-mapped IPv6), link-local v6.
    let app = spawn_app("[pool]\nconnect_timeout = \"2s\"").await;
    for host in ["169.254.169.254", "::ffff:169.254.169.254", "fe80::1"] {
        let (s, v) = app.post("/database/connect", &target(host, 5432)).await;
        assert_eq!(
            (s, v["code"].as_str()),
            (403, Some("target_denied")),
            "{host}: {v}"
        );
        assert!(
            v["detail"].as_str().unwrap().contains("built-in rule"),
            "{v}"
        );
    }
    let (_, v) = app
        .post("/database/connect", &target("169.254.169.254", 5432))
        .await;
    assert_eq!(
        v["detail"],
        "169.254.169.254:5432 is denied by the built-in rule 169.254.0.0/16 (link-local, includes the cloud metadata address 169.254.169.254)"
    );
    // The listener does count: an allowed connect reaches it (and fails, as it is no database).
    let (s, v) = app
        .post("/database/connect", &target("127.0.0.1", port))
        .await;
    assert_eq!(
        (s, v["code"].as_str()),
        (400, Some("connect_failed")),
        "{v}"
    );
    assert!(
        seen.load(Ordering::SeqCst) >= 1,
        "the counting listener saw nothing"
    );
    // Loopback is allowed by default, and the pinned address still reaches the right server.
    let (s, v) = app.post("/database/connect", &db.connect_body()).await;
    assert_eq!(s, 200, "{v}");
    let mut by_name = db.connect_body();
    by_name["host"] = json!("localhost");
    let (s, v) = app.post("/database/connect", &by_name).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["database_info"]["host"], "localhost");
    // ... but the session's target is pinned to the address that was checked: no pool is
    // keyed by the name, so a later DNS answer cannot redirect its connections.
    let stats = app.pool_stats().await;
    let hosts: Vec<&str> = stats["pools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["host"].as_str().unwrap())
        .collect();
    assert!(
        !hosts.is_empty() && !hosts.contains(&"localhost"),
        "{stats}"
    );
    assert!(
        hosts.iter().all(|h| h.parse::<std::net::IpAddr>().is_ok()),
        "{stats}"
    );
    app.stop().await;
}

#[tokio::test]
async fn bad_connect_rules_stop_start_up_naming_the_key() {
    let err = quarry::config::Config::from_toml_str("[connect]\ndeny = [\"10.0.0.0/40\"]")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("connect.deny") && err.contains("10.0.0.0/40"),
        "{err}"
    );
    let err = quarry::config::Config::from_toml_str("[connect]\nallow = [\"* 0-99999\"]")
        .unwrap_err()
        .to_string();
    assert!(err.contains("connect.allow"), "{err}");
}

#[tokio::test]
async fn rate_limit_is_per_tenant_with_retry_after() {
    let app = spawn_app(&auth_toml("[limits]\nrequests_per_second = 1\nburst = 2")).await;
    // Sessionless /sql without a default database: a cheap authenticated request (400).
    let body = json!({"sql": "SELECT 1"});
    let mut statuses = vec![];
    let mut retry_after = None;
    for _ in 0..3 {
        let (s, v, h) = call(&app, Method::POST, "/sql", Some(KEY_A), Some(&body)).await;
        if s == 429 {
            assert_eq!(v["code"], "rate_limited", "{v}");
            retry_after = h
                .get("retry-after")
                .map(|v| v.to_str().unwrap().to_string());
        }
        statuses.push(s);
    }
    assert_eq!(statuses, vec![400, 400, 429]);
    let secs: u64 = retry_after.expect("Retry-After on 429").parse().unwrap();
    assert!(secs >= 1, "Retry-After {secs}");
    // Another tenant is unaffected, and probes are not counted.
    let (s, v, _) = call(&app, Method::POST, "/sql", Some(KEY_B), Some(&body)).await;
    assert_eq!(s, 400, "{v}");
    let (s, _, _) = call(&app, Method::GET, "/health", Some(KEY_A), None).await;
    assert_eq!(s, 200);
    // After the advertised wait, A gets through again.
    tokio::time::sleep(Duration::from_secs(secs)).await;
    let (s, v, _) = call(&app, Method::POST, "/sql", Some(KEY_A), Some(&body)).await;
    assert_eq!(s, 400, "{v}");
    app.stop().await;
}

#[tokio::test]
async fn session_and_connection_caps_per_tenant() {
    let db = TestDb::create().await;
    fixture(&db).await;
    let app = spawn_app(&auth_toml(
        "[limits]\nsessions_per_tenant = 1\nconnections_per_tenant = 1",
    ))
    .await;
    let body = db.connect_body();
    let (s, v, _) = call(
        &app,
        Method::POST,
        "/database/connect",
        Some(KEY_A),
        Some(&body),
    )
    .await;
    assert_eq!(s, 200, "{v}");
    let sid_a = v["session_id"].as_str().unwrap().to_string();
    let (s, v, _) = call(
        &app,
        Method::POST,
        "/database/connect",
        Some(KEY_A),
        Some(&body),
    )
    .await;
    assert_eq!(
        (s, v["code"].as_str()),
        (429, Some("quota_exceeded")),
        "{v}"
    );
    let (s, v, _) = call(
        &app,
        Method::POST,
        "/database/connect",
        Some(KEY_B),
        Some(&body),
    )
    .await;
    assert_eq!(s, 200, "{v}");
    let sid_b = v["session_id"].as_str().unwrap().to_string();

    // Tenant A has one checkout in flight (held here): its next checkout is refused at once.
    let held = app
        .state
        .limits
        .checkout_permit(&quarry::session::TenantId::new("a"))
        .unwrap();
    let sql_a = json!({"sql": "SELECT count(*) FROM items", "session_id": sid_a});
    let (s, v, _) = call(&app, Method::POST, "/sql", Some(KEY_A), Some(&sql_a)).await;
    assert_eq!(
        (s, v["code"].as_str()),
        (429, Some("quota_exceeded")),
        "{v}"
    );
    let (s, v, _) = call(
        &app,
        Method::GET,
        &format!("/schema?session_id={sid_a}"),
        Some(KEY_A),
        None,
    )
    .await;
    assert_eq!(s, 429, "{v}");
    let q = json!({"question": "how many items are there", "session_id": sid_a});
    let (s, v, _) = call(&app, Method::POST, "/query", Some(KEY_A), Some(&q)).await;
    assert_eq!(s, 429, "{v}");
    let sql_b = json!({"sql": "SELECT count(*) FROM items", "session_id": sid_b});
    let (s, v, _) = call(&app, Method::POST, "/sql", Some(KEY_B), Some(&sql_b)).await;
    assert_eq!(s, 200, "B is not limited by A's checkouts: {v}");
    drop(held);
    let (s, v, _) = call(&app, Method::POST, "/sql", Some(KEY_A), Some(&sql_a)).await;
    assert_eq!(s, 200, "{v}");
    // The permit went back with the connection: a second request passes as well.
    let (s, v, _) = call(&app, Method::POST, "/sql", Some(KEY_A), Some(&sql_a)).await;
    assert_eq!(s, 200, "{v}");

    // The same with a real checkout in flight: a statement of A waits on a lock the test
    // holds, so A's connection stays checked out; A's next request is refused at once, and
    // the waiting one completes once the lock goes.
    let mut locker = db.client().await;
    let tx = locker.transaction().await.unwrap();
    tx.batch_execute("LOCK TABLE items IN ACCESS EXCLUSIVE MODE")
        .await
        .unwrap();
    let (http, url, body_a) = (app.http.clone(), app.url("/sql"), sql_a.clone());
    let waiting = tokio::spawn(async move {
        let r = http
            .post(url)
            .bearer_auth(KEY_A)
            .json(&body_a)
            .send()
            .await
            .unwrap();
        r.status().as_u16()
    });
    let admin = common::admin_client().await;
    let mut blocked = false;
    for _ in 0..200 {
        let n: i64 = admin
            .query_one(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'",
                &[&db.name],
            )
            .await
            .unwrap()
            .get(0);
        if n > 0 {
            blocked = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(blocked, "A's statement never waited on the lock");
    let (s, v, _) = call(&app, Method::POST, "/sql", Some(KEY_A), Some(&sql_a)).await;
    assert_eq!(
        (s, v["code"].as_str()),
        (429, Some("quota_exceeded")),
        "{v}"
    );
    tx.rollback().await.unwrap();
    let first = tokio::time::timeout(Duration::from_secs(30), waiting)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(first, 200);

    // Ending the session frees the session quota.
    let (s, _, _) = call(
        &app,
        Method::DELETE,
        &format!("/sessions/{sid_a}"),
        Some(KEY_A),
        None,
    )
    .await;
    assert_eq!(s, 204);
    let (s, v, _) = call(
        &app,
        Method::POST,
        "/database/connect",
        Some(KEY_A),
        Some(&body),
    )
    .await;
    assert_eq!(s, 200, "{v}");
    app.stop().await;
}

#[tokio::test]
async fn https_with_a_self_signed_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let ck = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    let cert_pem = ck.cert.pem();
    let cert = dir.path().join("cert.pem");
    let key = dir.path().join("key.pem");
    std::fs::write(&cert, &cert_pem).unwrap();
    std::fs::write(&key, ck.key_pair.serialize_pem()).unwrap();
    let app = spawn_app(&format!(
        "[server.tls]\ncert = \"{}\"\nkey = \"{}\"",
        cert.display(),
        key.display()
    ))
    .await;
    let client = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(cert_pem.as_bytes()).unwrap())
        .resolve("localhost", app.addr)
        .https_only(true)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let base = format!("https://localhost:{}/api/v1", app.addr.port());

    let r = client.get(format!("{base}/health")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let hsts = r
        .headers()
        .get("strict-transport-security")
        .expect("HSTS header");
    assert!(hsts.to_str().unwrap().starts_with("max-age="), "{hsts:?}");

    let db = TestDb::create().await;
    fixture(&db).await;
    let r = client
        .post(format!("{base}/database/connect"))
        .json(&db.connect_body())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let sid = r.json::<Value>().await.unwrap()["session_id"]
        .as_str()
        .unwrap()
        .to_string();
    let r = client
        .post(format!("{base}/sql"))
        .json(&json!({"sql": "SELECT name FROM items ORDER BY id", "session_id": sid}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.headers().contains_key("strict-transport-security"));
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["rows"], json!([["anvil"], ["bolt"], ["crate"]]));
    // An error answer carries HSTS too.
    let r = client.get(format!("{base}/nope")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 404);
    assert!(r.headers().contains_key("strict-transport-security"));

    // A client that does not trust the certificate is refused; plain HTTP gets no answer.
    let untrusting = reqwest::Client::builder()
        .resolve("localhost", app.addr)
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    assert!(untrusting
        .get(format!("{base}/health"))
        .send()
        .await
        .is_err());
    let plain = app.http.get(app.url("/health")).send().await;
    assert!(plain.map(|r| !r.status().is_success()).unwrap_or(true));

    // Graceful shutdown still completes with TLS.
    let started = std::time::Instant::now();
    app.stop().await;
    assert!(
        started.elapsed() < Duration::from_secs(12),
        "TLS shutdown took {:?}",
        started.elapsed()
    );
}

/// Runs the quarry binary with `args`; returns (stdout, stderr) readers and the child.
fn quarry_bin(args: &[&str]) -> tokio::process::Child {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_quarry"))
        .args(args)
        .env_remove("RUST_LOG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap()
}

fn collect<R: tokio::io::AsyncRead + Unpin + Send + 'static>(
    mut r: R,
) -> tokio::task::JoinHandle<String> {
    tokio::spawn(async move {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf).await;
        String::from_utf8_lossy(&buf).into_owned()
    })
}

#[tokio::test]
async fn serve_refuses_no_auth_on_a_public_address() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("quarry.toml");
    let port = free_port();
    std::fs::write(&config, format!("[server]\nbind = \"0.0.0.0:{port}\"\n")).unwrap();
    let path = config.to_str().unwrap();
    let mut child = quarry_bin(&["serve", "--config", path]);
    let err = collect(child.stderr.take().unwrap());
    let status = tokio::time::timeout(Duration::from_secs(60), child.wait())
        .await
        .expect("quarry serve should exit at once")
        .unwrap();
    let err = err.await.unwrap();
    assert!(
        !status.success(),
        "quarry serve started without auth on 0.0.0.0"
    );
    assert!(err.contains("--allow-insecure"), "stderr: {err}");
    assert!(err.contains("auth.mode"), "stderr: {err}");

    // With --allow-insecure it starts.
    let mut child = quarry_bin(&["serve", "--config", path, "--allow-insecure"]);
    let http = reqwest::Client::new();
    let mut up = false;
    for _ in 0..200 {
        if let Ok(r) = http
            .get(format!("http://127.0.0.1:{port}/api/v1/health"))
            .send()
            .await
        {
            up = r.status().is_success();
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = child.start_kill();
    let _ = tokio::time::timeout(Duration::from_secs(10), child.wait()).await;
    assert!(up, "quarry serve --allow-insecure did not answer /health");
}

const PASSWORD: &str = "Zq7-quokka-MARMOT-9183";

fn assert_no_password(what: &str, text: &str) {
    assert!(
        !text.contains(PASSWORD),
        "{what} contains the password:\n{text}"
    );
}

#[tokio::test]
async fn no_password_in_logs_answers_stats_or_metrics() {
    let db = TestDb::create().await;
    fixture(&db).await;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("quarry.toml");
    let port = free_port();
    let closed = free_port();
    std::fs::write(
        &config,
        format!(
            "[server]\nbind = \"127.0.0.1:{port}\"\n[log]\nlevel = \"debug\"\n[audit]\npath = \"-\"\n\
             [pool]\nconnect_timeout = \"2s\"\n"
        ),
    )
    .unwrap();
    let mut child = quarry_bin(&["serve", "--config", config.to_str().unwrap()]);
    let out = collect(child.stdout.take().unwrap());
    let err = collect(child.stderr.take().unwrap());
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}/api/v1");
    let mut up = false;
    for _ in 0..300 {
        if let Ok(r) = http.get(format!("{base}/health")).send().await {
            up = r.status().is_success();
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(up, "quarry did not come up");

    let mut answers = String::new();
    let post = |path: &'static str, body: Value| {
        let http = http.clone();
        let base = base.clone();
        async move {
            let r = http
                .post(format!("{base}{path}"))
                .json(&body)
                .send()
                .await
                .unwrap();
            let s = r.status().as_u16();
            (s, r.text().await.unwrap())
        }
    };

    let mut good = db.connect_body();
    good["password"] = json!(PASSWORD);
    let (s, body) = post("/database/connect", good.clone()).await;
    assert_eq!(s, 200, "{body}");
    let sid = serde_json::from_str::<Value>(&body).unwrap()["session_id"]
        .as_str()
        .unwrap()
        .to_string();
    answers.push_str(&body);

    // Wrong connects carrying the password: an unreachable port (fields and URL), a denied
    // address, a database that does not exist.
    let mut wrong = good.clone();
    wrong["port"] = json!(closed);
    for body in [
        wrong,
        json!({"url": format!("postgres://postgres:{PASSWORD}@127.0.0.1:{closed}/nope")}),
        json!({"url": format!("postgres://postgres:{PASSWORD}@169.254.169.254:5432/nope")}),
        json!({"url": format!("postgres://postgres:{PASSWORD}@127.0.0.1:5432/no_such_db_here")}),
        json!({"url": format!("postgres://postgres:{PASSWORD}@127.0.0.1:5432/x"), "sslmode": "bogus"}),
        json!({"url": format!("postgres://postgres:{PASSWORD}@[::1/x")}),
    ] {
        let (s, b) = post("/database/connect", body).await;
        assert!((400..500).contains(&s), "{s} {b}");
        let v: Value = serde_json::from_str(&b).unwrap();
        assert!(v["detail"].is_string() && v["code"].is_string(), "{b}");
        answers.push_str(&b);
    }

    for (sql, want) in [
        ("SELECT name FROM items ORDER BY id", 200),
        ("SELECT nope FROM items", 400),
        ("DELETE FROM items", 400),
    ] {
        let (s, b) = post("/sql", json!({"sql": sql, "session_id": sid})).await;
        assert_eq!(s, want, "{b}");
        answers.push_str(&b);
    }
    let (s, b) = post(
        "/query",
        json!({"question": "how many items are there", "session_id": sid}),
    )
    .await;
    assert!(s == 200 || s == 422, "{s} {b}");
    answers.push_str(&b);
    for path in [
        "/stats/pools",
        "/stats/sessions",
        "/metrics",
        "/openapi.json",
    ] {
        let r = http.get(format!("{base}{path}")).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200, "{path}");
        let text = r.text().await.unwrap();
        assert_no_password(path, &text);
    }
    let r = http
        .get(format!("{base}/schema?session_id={sid}"))
        .send()
        .await
        .unwrap();
    answers.push_str(&r.text().await.unwrap());
    assert_no_password("the answers", &answers);

    // Stop gracefully, then read everything it wrote.
    let pid = child.id().unwrap().to_string();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = tokio::time::timeout(Duration::from_secs(30), child.wait())
        .await
        .expect("quarry did not stop on SIGTERM")
        .unwrap();
    assert!(status.success(), "{status:?}");
    let out = out.await.unwrap();
    let err = err.await.unwrap();
    let all = format!("{out}\n{err}");
    // The capture is real: debug logs and the audit lines (stdout) are there.
    assert!(all.contains("session created"), "no logs captured:\n{all}");
    assert!(all.contains("DEBUG"), "not at debug level:\n{all}");
    assert!(
        out.contains("\"sql\":\"SELECT name FROM items ORDER BY id\""),
        "no audit line:\n{out}"
    );
    assert_no_password("the logs", &all);
}

#[tokio::test]
async fn audit_log_has_one_line_per_statement_without_secrets() {
    let db = TestDb::create().await;
    fixture(&db).await;
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("audit.log");
    let app = spawn_app(&format!("[audit]\npath = \"{}\"", log.display())).await;
    let mut body = db.connect_body();
    body["password"] = json!(PASSWORD);
    let sid = app.connect(&body).await;

    let (s, v) = app.sql(&sid, "SELECT name FROM items ORDER BY id").await;
    assert_eq!(s, 200, "{v}");
    let (s, v) = app.sql(&sid, "DELETE FROM items").await;
    assert_eq!(
        (s, v["code"].as_str()),
        (400, Some("read_only_violation")),
        "{v}"
    );
    let (s, v) = app.sql(&sid, "SELECT missing_column FROM items").await;
    assert_eq!((s, v["code"].as_str()), (400, Some("sql_error")), "{v}");
    let (qs, qv) = app
        .post(
            "/query",
            &json!({"question": "how many items are there", "session_id": sid}),
        )
        .await;
    // No session: nothing executed, nothing audited.
    let (s, _) = app.post("/sql", &json!({"sql": "SELECT 1"})).await;
    assert_eq!(s, 400);
    app.stop().await;

    let text = std::fs::read_to_string(&log).unwrap();
    assert_no_password("the audit log", &text);
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let sql_lines: Vec<&Value> = lines.iter().filter(|l| l["engine"] == "sql").collect();
    assert_eq!(sql_lines.len(), 3, "{text}");
    let first = sql_lines[0];
    assert_eq!(first["sql"], "SELECT name FROM items ORDER BY id");
    assert_eq!(first["row_count"], 3);
    assert_eq!(first["outcome"], "ok");
    assert_eq!(first["tenant"], "default");
    assert_eq!(first["session"], sid);
    let target = first["target"].as_str().unwrap();
    assert!(
        target.starts_with("postgres://postgres@127.0.0.1:") && target.ends_with(&db.name),
        "{target}"
    );
    assert!(first["duration_ms"].as_f64().unwrap() >= 0.0);
    assert!(chrono::DateTime::parse_from_rfc3339(first["ts"].as_str().unwrap()).is_ok());
    assert_eq!(sql_lines[1]["outcome"], "read_only_violation");
    assert_eq!(sql_lines[1]["row_count"], Value::Null);
    assert_eq!(sql_lines[2]["outcome"], "sql_error");

    let agent_lines: Vec<&Value> = lines.iter().filter(|l| l["engine"] != "sql").collect();
    if qs == 200 {
        let last = agent_lines.last().expect("an audit line for the answer");
        assert_eq!(last["sql"], qv["sql"]);
        assert_eq!(last["engine"], qv["engine"]);
        assert_eq!(last["row_count"], qv["row_count"]);
        assert_eq!(last["outcome"], "ok");
    } else {
        assert_eq!(qs, 422, "{qv}");
    }
    assert_eq!(lines.len(), 3 + agent_lines.len());
}
