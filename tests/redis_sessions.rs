//! Several quarry nodes sharing sessions through the real Redis (QUARRY_TEST_REDIS_URL,
//! default redis://127.0.0.1:6379). Each test uses its own key prefix and deletes its keys at
//! the end; tests that need Redis or a node to die start their own (a private redis-server, a
//! child `quarry serve`) and kill them on every path through drop guards.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use common::{spawn_app, TestApp, TestDb};
use serde_json::{json, Value};

fn redis_url() -> String {
    std::env::var("QUARRY_TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into())
}

fn random_key() -> String {
    base64::engine::general_purpose::STANDARD.encode(rand::random::<[u8; 32]>())
}

/// A unique key prefix on a Redis; its keys are deleted when this goes away.
struct Prefix {
    url: String,
    prefix: String,
    key: String,
}

impl Prefix {
    fn new() -> Prefix {
        Prefix::on(&redis_url())
    }

    fn on(url: &str) -> Prefix {
        Prefix {
            url: url.to_string(),
            prefix: format!("quarry-test:{}:", uuid::Uuid::new_v4().simple()),
            key: random_key(),
        }
    }

    /// quarry config for a node on this prefix, plus `extra` lines in `[session]`.
    fn toml(&self, extra: &str) -> String {
        self.toml_with_key(&self.key, extra)
    }

    fn toml_with_key(&self, key: &str, extra: &str) -> String {
        format!(
            "[session]\nstore = \"redis\"\nredis_url = \"{}\"\nredis_prefix = \"{}\"\nencryption_key = \"{key}\"\n{extra}\n",
            self.url, self.prefix
        )
    }

    async fn conn(&self) -> redis::aio::MultiplexedConnection {
        redis::Client::open(self.url.as_str())
            .unwrap()
            .get_multiplexed_async_connection()
            .await
            .expect("Redis must be running for these tests (see scripts/test)")
    }

    fn session_key(&self, id: &str) -> String {
        format!("{}s:{id}", self.prefix)
    }
}

impl Drop for Prefix {
    fn drop(&mut self) {
        let Ok(client) = redis::Client::open(self.url.as_str()) else {
            return;
        };
        let Ok(mut c) = client.get_connection_with_timeout(Duration::from_secs(2)) else {
            return;
        };
        let keys: Vec<String> = redis::cmd("KEYS")
            .arg(format!("{}*", self.prefix))
            .query(&mut c)
            .unwrap_or_default();
        if !keys.is_empty() {
            let _: Result<i64, _> = redis::cmd("DEL").arg(&keys).query(&mut c);
        }
    }
}

/// A child process killed (SIGKILL) and reaped when dropped.
struct ChildGuard(Child);

impl ChildGuard {
    fn pid(&self) -> u32 {
        self.0.id()
    }

    /// Waits for the process to exit by itself, up to `limit`.
    fn wait_exit(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        let until = Instant::now() + limit;
        while Instant::now() < until {
            if let Ok(Some(status)) = self.0.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

use common::ports::free_port;

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap()
}

async fn post(base: &str, path: &str, body: &Value) -> (u16, Value) {
    let r = http()
        .post(format!("{base}{path}"))
        .json(body)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

async fn get_status(base: &str, path: &str) -> u16 {
    match http().get(format!("{base}{path}")).send().await {
        Ok(r) => r.status().as_u16(),
        Err(_) => 0,
    }
}

/// Connect fields for `db` with a password the server ignores (trust auth) but quarry stores.
fn connect_body(db: &TestDb, password: &str) -> Value {
    let mut body = db.connect_body();
    body["password"] = json!(password);
    body
}

async fn fixture(db: &TestDb) {
    db.client()
        .await
        .batch_execute("CREATE TABLE items (id int primary key, name text); INSERT INTO items VALUES (1, 'one'), (2, 'two');")
        .await
        .unwrap();
}

async fn count_items(app: &TestApp, session: &str) -> (u16, Value) {
    app.sql(session, "SELECT count(*) AS n FROM items").await
}

fn assert_rows(status: u16, v: &Value) {
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["row_count"], 1, "{v}");
}

#[tokio::test]
async fn two_nodes_share_sessions_and_an_end_reaches_every_node() {
    let prefix = Prefix::new();
    let db = TestDb::create().await;
    fixture(&db).await;
    let a = spawn_app(&prefix.toml("")).await;
    let b = spawn_app(&prefix.toml("")).await;
    let password = format!("pw-{}", uuid::Uuid::new_v4().simple());

    let session = a.connect(&connect_body(&db, &password)).await;
    let (s, v) = count_items(&b, &session).await;
    assert_rows(s, &v);
    let (s, v) = b.get("/stats/sessions").await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["store"], "redis");
    assert_eq!(v["total_sessions"], 1, "{v}");
    assert_eq!(
        v["cluster"]["created_total"], 1,
        "node B reports the cluster's counters: {v}"
    );
    assert_eq!(v["created_total"], 0, "and its own, beside them: {v}");

    // The stored session holds neither the password nor the database name in clear.
    let mut c = prefix.conn().await;
    let raw: Vec<(Vec<u8>, Vec<u8>)> = redis::cmd("HGETALL")
        .arg(prefix.session_key(&session))
        .query_async(&mut c)
        .await
        .unwrap();
    assert!(!raw.is_empty(), "the session is in Redis");
    let bytes: Vec<u8> = raw
        .iter()
        .flat_map(|(k, v)| [k.clone(), v.clone()].concat())
        .collect();
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(!contains(password.as_bytes()), "password stored in clear");
    assert!(
        !contains(db.name.as_bytes()),
        "database name stored in clear"
    );

    // Ended on B: refused on A at once (no node caches longer than 1 s).
    assert_eq!(b.delete(&format!("/sessions/{session}")).await, 204);
    let ended = Instant::now();
    loop {
        let (s, v) = count_items(&a, &session).await;
        if s == 401 {
            assert_eq!(v["code"], "session_not_found", "{v}");
            break;
        }
        assert!(
            ended.elapsed() < Duration::from_secs(1),
            "A still serves an ended session: {s} {v}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(a.delete(&format!("/sessions/{session}")).await, 404);
    let (_, v) = a.get("/stats/sessions").await;
    assert_eq!(v["total_sessions"], 0, "{v}");
    assert_eq!(v["cluster"]["ended_total"], 1, "{v}");
    a.stop().await;
    b.stop().await;
}

#[tokio::test]
async fn sessions_expire_by_redis_ttl_and_use_slides_it() {
    let prefix = Prefix::new();
    let db = TestDb::create().await;
    fixture(&db).await;
    let a = spawn_app(&prefix.toml("idle_timeout = \"1s\"\nsweep_interval = \"200ms\"")).await;
    let b = spawn_app(&prefix.toml("idle_timeout = \"1s\"\nsweep_interval = \"200ms\"")).await;
    let mut c = prefix.conn().await;

    let idle = a.connect(&connect_body(&db, "")).await;
    let busy = a.connect(&connect_body(&db, "")).await;
    let ttl: i64 = redis::cmd("PTTL")
        .arg(prefix.session_key(&idle))
        .query_async(&mut c)
        .await
        .unwrap();
    assert!(ttl > 0 && ttl <= 1000, "TTL follows idle_timeout: {ttl}");

    // `busy` is used every 400 ms on alternating nodes, so it outlives its 1 s idle timeout.
    for i in 0..4 {
        tokio::time::sleep(Duration::from_millis(400)).await;
        let node = if i % 2 == 0 { &a } else { &b };
        let (s, v) = count_items(node, &busy).await;
        assert_rows(s, &v);
    }
    // 1.6 s after its last use, `idle` is gone from Redis itself, not just refused.
    let exists: i64 = redis::cmd("EXISTS")
        .arg(prefix.session_key(&idle))
        .query_async(&mut c)
        .await
        .unwrap();
    assert_eq!(exists, 0, "Redis expired the idle session");
    let (s, v) = count_items(&b, &idle).await;
    assert_eq!(s, 401, "{v}");

    // The sweeper counts it expired once across both nodes.
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let (_, v) = b.get("/stats/sessions").await;
        if v["cluster"]["expired_total"] == 1 && v["total_sessions"] == 1 {
            break;
        }
        assert!(Instant::now() < deadline, "stats never settled: {v}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    a.stop().await;
    b.stop().await;
}

#[tokio::test]
async fn a_tampered_or_moved_session_is_refused() {
    let prefix = Prefix::new();
    let db = TestDb::create().await;
    fixture(&db).await;
    let a = spawn_app(&prefix.toml("")).await;
    let mut c = prefix.conn().await;
    let s1 = a.connect(&connect_body(&db, "x")).await;
    let s2 = a.connect(&connect_body(&db, "x")).await;
    let s3 = a.connect(&connect_body(&db, "x")).await;
    let s4 = a.connect(&connect_body(&db, "x")).await;
    for s in [&s1, &s2, &s3, &s4] {
        let (st, v) = count_items(&a, s).await;
        assert_rows(st, &v);
    }
    let field = |id: &str, f: &str| {
        redis::cmd("HGET")
            .arg(prefix.session_key(id))
            .arg(f.to_string())
            .to_owned()
    };

    // One flipped bit in the sealed target.
    let mut blob: Vec<u8> = field(&s1, "x").query_async(&mut c).await.unwrap();
    let last = blob.len() - 1;
    blob[last] ^= 1;
    let _: i64 = redis::cmd("HSET")
        .arg(prefix.session_key(&s1))
        .arg("x")
        .arg(blob)
        .query_async(&mut c)
        .await
        .unwrap();
    // s3's valid blob copied under s2's id.
    let other: Vec<u8> = field(&s3, "x").query_async(&mut c).await.unwrap();
    let _: i64 = redis::cmd("HSET")
        .arg(prefix.session_key(&s2))
        .arg("x")
        .arg(other)
        .query_async(&mut c)
        .await
        .unwrap();
    // s4's whole key overwritten with something that is not a session at all.
    let _: () = redis::cmd("SET")
        .arg(prefix.session_key(&s4))
        .arg("garbage")
        .arg("KEEPTTL")
        .query_async(&mut c)
        .await
        .unwrap();

    for s in [&s1, &s2, &s4] {
        let (st, v) = count_items(&a, s).await;
        assert_eq!(st, 401, "session {s}: {v}");
        assert_eq!(v["code"], "session_not_found", "{v}");
    }
    let (st, v) = count_items(&a, &s3).await;
    assert_rows(st, &v);
    // A node that did not see the session being created refuses it just the same.
    let b = spawn_app(&prefix.toml("")).await;
    let (st, _) = count_items(&b, &s1).await;
    assert_eq!(st, 401);
    // The same blob under another key (another node's key) does not open either.
    let c_node = spawn_app(&prefix.toml_with_key(&random_key(), "")).await;
    let (st, _) = count_items(&c_node, &s3).await;
    assert_eq!(st, 401, "a node with another key refuses the session");
    a.stop().await;
    b.stop().await;
    c_node.stop().await;
}

#[tokio::test]
async fn max_sessions_holds_across_nodes() {
    let prefix = Prefix::new();
    let db = TestDb::create().await;
    let a = spawn_app(&prefix.toml("max_sessions = 2")).await;
    let b = spawn_app(&prefix.toml("max_sessions = 2")).await;
    let body = connect_body(&db, "");
    let first = a.connect(&body).await;
    b.connect(&body).await;
    let (s, v) = a.post("/database/connect", &body).await;
    assert_eq!(s, 503, "{v}");
    assert_eq!(v["code"], "unavailable", "{v}");
    let (s, v) = b.post("/database/connect", &body).await;
    assert_eq!(s, 503, "{v}");
    assert_eq!(b.delete(&format!("/sessions/{first}")).await, 204);
    b.connect(&body).await;
    let (_, v) = a.get("/stats/sessions").await;
    assert_eq!(v["total_sessions"], 2, "{v}");
    assert_eq!(v["cluster"]["created_total"], 3, "{v}");
    a.stop().await;
    b.stop().await;
}

/// `quarry serve` as a child process on a free port, ready to answer.
async fn spawn_node_process(dir: &Path, toml: &str) -> (ChildGuard, String) {
    let port = free_port();
    let config = dir.join(format!("node-{port}.toml"));
    std::fs::write(
        &config,
        format!("[server]\nbind = \"127.0.0.1:{port}\"\n{toml}"),
    )
    .unwrap();
    let log = std::fs::File::create(dir.join(format!("node-{port}.log"))).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_quarry"))
        .arg("serve")
        .arg("--config")
        .arg(&config)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap();
    let mut guard = ChildGuard(child);
    let base = format!("http://127.0.0.1:{port}/api/v1");
    let deadline = Instant::now() + Duration::from_secs(30);
    while get_status(&base, "/ready").await != 200 {
        if let Ok(Some(status)) = guard.0.try_wait() {
            let log =
                std::fs::read_to_string(dir.join(format!("node-{port}.log"))).unwrap_or_default();
            panic!("quarry exited early ({status}): {log}");
        }
        assert!(Instant::now() < deadline, "quarry child never became ready");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    (guard, base)
}

async fn node_death(graceful: bool) {
    let prefix = Prefix::new();
    let db = TestDb::create().await;
    fixture(&db).await;
    let dir = tempfile::tempdir().unwrap();
    let b = spawn_app(&prefix.toml("")).await;
    let (mut node_a, base_a) = spawn_node_process(dir.path(), &prefix.toml("")).await;

    let (s, v) = post(&base_a, "/database/connect", &connect_body(&db, "pw")).await;
    assert_eq!(s, 200, "{v}");
    let session = v["session_id"].as_str().unwrap().to_string();
    let (s, v) = post(
        &base_a,
        "/sql",
        &json!({"sql": "SELECT 1 AS x", "session_id": session}),
    )
    .await;
    assert_eq!(s, 200, "{v}");

    if graceful {
        let status = Command::new("kill")
            .arg("-TERM")
            .arg(node_a.pid().to_string())
            .status()
            .unwrap();
        assert!(status.success());
        let exit = node_a.wait_exit(Duration::from_secs(20));
        assert!(
            exit.is_some_and(|s| s.success()),
            "graceful stop failed: {exit:?}"
        );
    } else {
        node_a.0.kill().unwrap();
        node_a.0.wait().unwrap();
    }
    assert_eq!(get_status(&base_a, "/health").await, 0, "node A is gone");

    let (s, v) = count_items(&b, &session).await;
    assert_rows(s, &v);
    b.stop().await;
}

#[tokio::test]
async fn a_killed_node_leaves_its_sessions_to_the_others() {
    node_death(false).await;
}

#[tokio::test]
async fn a_stopped_node_leaves_its_sessions_to_the_others() {
    node_death(true).await;
}

/// A private redis-server that keeps nothing on disk, killed when dropped.
fn start_redis(port: u16, dir: &PathBuf) -> ChildGuard {
    let child = Command::new("redis-server")
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .args(["--daemonize", "no", "--dir"])
        .arg(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("redis-server must be installed");
    let guard = ChildGuard(child);
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "private redis-server did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    guard
}

#[tokio::test]
async fn a_redis_outage_gives_503_and_recovers_without_restarts() {
    let db = TestDb::create().await;
    fixture(&db).await;
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut redis_server = start_redis(port, &dir.path().to_path_buf());
    let prefix = Prefix::on(&format!("redis://127.0.0.1:{port}"));
    let a = spawn_app(&prefix.toml("")).await;
    let session = a.connect(&connect_body(&db, "pw")).await;
    assert_eq!(a.get("/ready").await.0, 200);

    redis_server.0.kill().unwrap();
    redis_server.0.wait().unwrap();
    let t = Instant::now();
    let (s, v) = count_items(&a, &session).await;
    assert_eq!(s, 503, "{v}");
    assert_eq!(v["code"], "unavailable", "{v}");
    assert!(
        t.elapsed() < Duration::from_secs(3),
        "slow 503: {:?}",
        t.elapsed()
    );
    let (s, v) = a.get("/ready").await;
    assert_eq!(s, 503, "{v}");
    let (s, v) = a.post("/database/connect", &connect_body(&db, "pw")).await;
    assert_eq!(s, 503, "connect during the outage: {v}");

    let _redis_again = start_redis(port, &dir.path().to_path_buf());
    let deadline = Instant::now() + Duration::from_secs(20);
    while a.get("/ready").await.0 != 200 {
        assert!(
            Instant::now() < deadline,
            "quarry never noticed Redis is back"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // That Redis kept nothing, so the old session is unknown (not a wrong answer) and a new
    // one works: no node was restarted.
    let (s, v) = count_items(&a, &session).await;
    assert_eq!(s, 401, "{v}");
    let fresh = a.connect(&connect_body(&db, "pw")).await;
    let (s, v) = count_items(&a, &fresh).await;
    assert_rows(s, &v);
    a.stop().await;
}

#[test]
fn the_redis_store_needs_a_valid_key() {
    let base = "[session]\nstore = \"redis\"\nredis_url = \"redis://127.0.0.1:6379\"\n";
    let err = quarry::config::Config::from_toml_str(base)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("session.encryption_key") && err.contains("required"),
        "{err}"
    );
    let err =
        quarry::config::Config::from_toml_str(&format!("{base}encryption_key = \"c2hvcnQ=\"\n"))
            .unwrap_err()
            .to_string();
    assert!(
        err.contains("session.encryption_key") && err.contains("32"),
        "{err}"
    );
    quarry::config::Config::from_toml_str(&format!(
        "{base}encryption_key = \"{}\"\n",
        random_key()
    ))
    .unwrap();
}

#[tokio::test]
async fn a_bad_redis_url_stops_start_up_without_echoing_it() {
    let mut config = quarry::config::Config::from_toml_str(&format!(
        "[session]\nstore = \"redis\"\nredis_url = \"http://user:hunter22@nowhere\"\nencryption_key = \"{}\"\n",
        random_key()
    ))
    .unwrap();
    config.server.bind = "127.0.0.1:0".into();
    let err = match quarry::app::App::build(config).await {
        Ok(_) => panic!("a non-Redis URL must not start"),
        Err(e) => e.to_string(),
    };
    assert!(err.contains("session.redis_url"), "{err}");
    assert!(!err.contains("hunter22"), "{err}");
}
