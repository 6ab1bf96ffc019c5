//! Shared test harness: a fresh PostgreSQL database per test, quarry started in-process on
//! port 0, real HTTP through reqwest. The database is dropped (WITH FORCE) when the test's
//! `TestApp` goes away, on every path.
#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

pub mod ports;
pub mod private_pg;
pub mod proxy;

use std::net::SocketAddr;
use std::time::Duration;

use quarry::app::App;
use quarry::config::Config;
use serde_json::Value;
use tokio::sync::oneshot;

pub fn pg_url() -> String {
    std::env::var("QUARRY_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

pub fn mysql_url() -> String {
    std::env::var("QUARRY_TEST_MYSQL_URL")
        .unwrap_or_else(|_| "mysql://root@127.0.0.1:3306/test".into())
}

/// A PostgreSQL database that exists for one test.
pub struct TestDb {
    pub name: String,
    pub url: String,
}

/// The rows of an answer of (year, count) pairs, sorted, the year as text: PostgreSQL's
/// EXTRACT gives a number, SQLite's strftime text.
pub fn year_counts(answer: &Value) -> Vec<(String, i64)> {
    let mut rows: Vec<(String, i64)> = answer["rows"]
        .as_array()
        .map(|rows| {
            rows.iter()
                .map(|r| {
                    let year = r[0].to_string().trim_matches('"').to_string();
                    (year, r[1].as_i64().unwrap_or(-1))
                })
                .collect()
        })
        .unwrap_or_default();
    rows.sort();
    rows
}

pub async fn admin_client() -> tokio_postgres::Client {
    let (client, conn) = tokio_postgres::connect(&pg_url(), tokio_postgres::NoTls)
        .await
        .expect("PostgreSQL must be running for the tests (see scripts/test)");
    tokio::spawn(conn);
    client
}

impl TestDb {
    pub async fn create() -> TestDb {
        let name = format!("t_{}", uuid::Uuid::new_v4().simple());
        let admin = admin_client().await;
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .await
            .unwrap();
        let base = pg_url();
        let prefix = base.rsplit_once('/').unwrap().0;
        TestDb {
            url: format!("{prefix}/{name}"),
            name,
        }
    }

    /// A client with write access, for the test to build fixtures.
    pub async fn client(&self) -> tokio_postgres::Client {
        let (client, conn) = tokio_postgres::connect(&self.url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(conn);
        client
    }

    /// The fields of `/database/connect` for this database.
    pub fn connect_body(&self) -> Value {
        let u = url::Url::parse(&self.url).unwrap();
        serde_json::json!({
            "host": u.host_str().unwrap(),
            "port": u.port().unwrap_or(5432),
            "database": self.name,
            "username": u.username(),
            "password": u.password().unwrap_or(""),
        })
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let name = self.name.clone();
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                if let Ok((client, conn)) =
                    tokio_postgres::connect(&pg_url(), tokio_postgres::NoTls).await
                {
                    tokio::spawn(conn);
                    let _ = client
                        .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await;
                }
            });
        })
        .join();
    }
}

pub struct TestApp {
    pub addr: SocketAddr,
    pub base: String,
    pub http: reqwest::Client,
    pub state: quarry::state::AppState,
    stop: Option<oneshot::Sender<()>>,
    handle: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
}

/// Starts quarry with `toml` (merged over defaults, bound to 127.0.0.1:0).
pub async fn spawn_app(toml: &str) -> TestApp {
    let mut config = Config::from_toml_str(toml).expect("test config must be valid");
    config.server.bind = "127.0.0.1:0".into();
    spawn_with(config).await
}

pub async fn spawn_with(config: Config) -> TestApp {
    let app = App::build(config).await.unwrap();
    let addr = app.local_addr().unwrap();
    let state = app.state().clone();
    let (tx, rx) = oneshot::channel::<()>();
    let handle = tokio::spawn(app.run(async move {
        let _ = rx.await;
    }));
    TestApp {
        addr,
        base: format!("http://{addr}/api/v1"),
        http: reqwest::Client::builder()
            .timeout(Duration::from_secs(60))
            .build()
            .unwrap(),
        state,
        stop: Some(tx),
        handle: Some(handle),
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn post(&self, path: &str, body: &Value) -> (u16, Value) {
        let r = self
            .http
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .unwrap();
        let status = r.status().as_u16();
        let text = r.text().await.unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    pub async fn get(&self, path: &str) -> (u16, Value) {
        let r = self.http.get(self.url(path)).send().await.unwrap();
        let status = r.status().as_u16();
        let text = r.text().await.unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    pub async fn delete(&self, path: &str) -> u16 {
        self.http
            .delete(self.url(path))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    }

    /// Connects and returns the session id, asserting success.
    pub async fn connect(&self, body: &Value) -> String {
        let (status, v) = self.post("/database/connect", body).await;
        assert_eq!(status, 200, "connect failed: {v}");
        v["session_id"].as_str().unwrap().to_string()
    }

    pub async fn sql(&self, session: &str, sql: &str) -> (u16, Value) {
        self.post(
            "/sql",
            &serde_json::json!({"sql": sql, "session_id": session}),
        )
        .await
    }

    pub async fn pool_stats(&self) -> Value {
        let (s, v) = self.get("/stats/pools").await;
        assert_eq!(s, 200, "{v}");
        v
    }

    /// Waits until every connection of every pool is back (in_use == 0), or fails.
    pub async fn wait_idle(&self) {
        for _ in 0..100 {
            if self.pool_stats().await["in_use"] == 0 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("connections still in use: {}", self.pool_stats().await);
    }

    pub async fn stop(mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(h) = self.handle.take() {
            let _ = tokio::time::timeout(Duration::from_secs(15), h).await;
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }
}
