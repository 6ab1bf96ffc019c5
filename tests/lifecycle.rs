//! The binary's lifecycle: graceful shutdown on SIGTERM finishes in-flight requests, then
//! exits cleanly; a bad config stops start-up with a message naming the key.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::private_pg::free_port;
use common::TestDb;
use serde_json::json;

struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The quarry binary serving `server_section` (lines of `[server]`, without `bind`) with
/// `db` as its default database, once it answers; the directory holds its config file.
async fn start_binary(db: &TestDb, server_section: &str) -> (Child, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let config = dir.path().join("quarry.toml");
    std::fs::write(
        &config,
        format!(
            "[server]\nbind = \"127.0.0.1:{port}\"\n{server_section}\n[default_database]\nurl = \"{}\"\n",
            db.url
        ),
    )
    .unwrap();
    let child = Child(
        Command::new(env!("CARGO_BIN_EXE_quarry"))
            .args(["serve", "--config"])
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let base = format!("http://127.0.0.1:{port}/api/v1");
    let http = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(20);
    while http.get(format!("{base}/health")).send().await.is_err() {
        assert!(Instant::now() < deadline, "quarry did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    (child, base, dir)
}

#[tokio::test]
async fn sigterm_finishes_in_flight_requests_then_exits() {
    let db = TestDb::create().await;
    let (child, base, _dir) = start_binary(&db, "shutdown_timeout = \"20s\"").await;
    let http = reqwest::Client::new();
    // About a second of work, in flight when the signal arrives.
    let slow = http
        .post(format!("{base}/sql"))
        .json(&json!({"sql": "SELECT count(*) FROM generate_series(1, 2500) a, generate_series(1, 2500) b"}))
        .send();
    let slow = tokio::spawn(slow);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let pid = child.0.id().to_string();
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let resp = tokio::time::timeout(Duration::from_secs(20), slow)
        .await
        .expect("the in-flight request finished")
        .unwrap()
        .expect("the in-flight request was answered");
    assert_eq!(resp.status(), 200);
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(body["rows"][0][0], 6_250_000);
    let mut child = child;
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.0.try_wait().unwrap() {
            break s;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "quarry did not exit"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(status.success(), "{status:?}");
    assert!(
        http.get(format!("{base}/health")).send().await.is_err(),
        "no longer listening"
    );
    // Its connections were closed with the pools.
    let admin = db.client().await;
    let mut left = 1;
    for _ in 0..40 {
        left = admin
            .query_one(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'quarry'",
                &[],
            )
            .await
            .unwrap()
            .get::<_, i64>(0);
        if left == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(left, 0, "quarry's connections outlived it");
}

/// Starts the binary on a config file holding `text`, with `env` set; it must refuse to
/// start. Returns what it printed on stderr.
fn refused_start(text: &str, env: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("quarry.toml");
    std::fs::write(&config, text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_quarry"))
        .args(["serve", "--config"])
        .arg(&config)
        .envs(env.iter().copied())
        .output()
        .unwrap();
    assert!(
        !out.status.success(),
        "quarry started with {text:?} and {env:?}"
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_bad_config_value_stops_start_up_naming_the_key() {
    let err = refused_start("[pool]\nmax_connections = \"lots\"\n", &[]);
    assert!(err.contains("max_connections"), "{err}");
}

#[test]
fn environment_overrides_the_file() {
    // min 9 > max 5 must be refused.
    let err = refused_start(
        "[pool]\nmax_connections = 5\n",
        &[("QUARRY_POOL__MIN_CONNECTIONS", "9")],
    );
    assert!(err.contains("pool.min_connections"), "{err}");
}

#[tokio::test]
async fn worker_threads_sets_the_runtime_and_one_worker_still_serves_concurrently() {
    let db = TestDb::create().await;
    let (_child, base, _dir) = start_binary(&db, "worker_threads = 1").await;
    let http = reqwest::Client::new();
    let metrics = http
        .get(format!("{base}/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains("quarry_runtime_worker_threads 1\n"),
        "{metrics}"
    );
    // A statement waiting on the database does not hold the one worker: a quick request
    // sent after it comes back while it still runs (seconds of work for PostgreSQL).
    let slow = tokio::spawn(
        http.post(format!("{base}/sql"))
            .json(&json!({"sql": "SELECT count(*) FROM generate_series(1, 5000) a, generate_series(1, 5000) b"}))
            .send(),
    );
    tokio::time::sleep(Duration::from_millis(200)).await;
    let quick = http
        .post(format!("{base}/sql"))
        .json(&json!({"sql": "SELECT 1"}))
        .send()
        .await
        .unwrap();
    assert_eq!(quick.status(), 200);
    assert!(
        !slow.is_finished(),
        "the quick request waited for the slow one"
    );
    assert_eq!(slow.await.unwrap().unwrap().status(), 200);
}

#[test]
fn an_absurd_worker_thread_count_is_refused_naming_the_key() {
    let err = refused_start("[server]\nworker_threads = 100000\n", &[]);
    assert!(err.contains("server.worker_threads"), "{err}");
}
