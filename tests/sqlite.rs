//! SQLite end to end: a file the test writes (in a temp dir listed in `sqlite.allowed_dirs`),
//! connect / schema / query / sql / stats over real HTTP, the type round trip, the read-only
//! guard (the file's bytes unchanged), the path rules (`target_denied`, `connect_failed`),
//! and the demo database through the built binary (`quarry demo`, `quarry serve` with no
//! config file).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{spawn_app, TestApp};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

fn write_fixture(path: &Path) {
    let c = rusqlite::Connection::open(path).unwrap();
    c.execute_batch(
        "PRAGMA foreign_keys = ON;
         CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT);
         INSERT INTO customers (name, country) VALUES ('Ada', 'UK'), ('Linus', 'Finland'),
           ('Grace', 'USA'), ('Alan', 'UK'), ('Edsger', 'Netherlands');
         CREATE TABLE orders (id INTEGER PRIMARY KEY,
           customer_id INTEGER NOT NULL REFERENCES customers (id), total NUMERIC, placed_on DATE);
         INSERT INTO orders VALUES (1, 1, 10.5, '2024-01-02'), (2, 1, 99.99, '2024-02-29'),
           (3, 3, 5, '2023-12-31');
         CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 50;
         CREATE TABLE all_types (i INTEGER, big INTEGER, r REAL, bigr REAL, t TEXT, b BLOB,
           n INTEGER, vc VARCHAR(20), untyped);
         INSERT INTO all_types VALUES (42, 9007199254740993, 1.5, 1e300, 'héllo', X'DEAD', NULL,
           'abc', 7);",
    )
    .unwrap();
}

fn sha(path: &Path) -> String {
    hex::encode(Sha256::digest(std::fs::read(path).unwrap()))
}

struct Fixture {
    dir: tempfile::TempDir,
    db: PathBuf,
    app: TestApp,
}

async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    write_fixture(&db);
    let toml = format!(
        "[sqlite]\nallowed_dirs = [{}]\n",
        toml::Value::String(dir.path().display().to_string())
    );
    let app = spawn_app(&toml).await;
    Fixture { dir, db, app }
}

#[tokio::test]
async fn sqlite_round_trip_connect_schema_query_sql_stats() {
    let f = fixture().await;
    let app = &f.app;
    let (status, v) = app
        .post(
            "/database/connect",
            &json!({"driver": "sqlite", "database": f.db.display().to_string()}),
        )
        .await;
    assert_eq!(status, 200, "{v}");
    let info = &v["database_info"];
    assert_eq!(info["driver"], "sqlite");
    assert_eq!(info["tables"], 3, "{info}");
    assert_eq!(info["views"], 1, "{info}");
    assert!(!info["server_version"].as_str().unwrap().is_empty());
    assert!(info["database"].as_str().unwrap().ends_with("shop.db"));
    let session = v["session_id"].as_str().unwrap().to_string();

    // The URL form reaches the same file.
    let url = format!("sqlite://{}", f.db.display());
    let (status, v) = app.post("/database/connect", &json!({"url": url})).await;
    assert_eq!(status, 200, "{v}");

    let (status, schema) = app.get(&format!("/schema?session_id={session}")).await;
    assert_eq!(status, 200, "{schema}");
    assert_eq!(schema["driver"], "sqlite");
    let tables = schema["tables"].as_array().unwrap();
    let find = |n: &str| tables.iter().find(|t| t["name"] == n).unwrap().clone();
    let orders = find("orders");
    assert_eq!(orders["primary_key"], json!(["id"]));
    assert_eq!(
        orders["foreign_keys"],
        json!([{"columns": ["customer_id"], "ref_table": "customers", "ref_columns": ["id"]}])
    );
    assert_eq!(orders["row_estimate"], 3);
    assert_eq!(find("big_orders")["kind"], "view");

    let (status, v) = app
        .post(
            "/query",
            &json!({"question": "how many customers", "session_id": session}),
        )
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"], json!([[5]]), "{v}");

    let (status, v) = app
        .sql(
            &session,
            "SELECT name, country FROM customers ORDER BY id LIMIT 2",
        )
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"], json!([["Ada", "UK"], ["Linus", "Finland"]]));
    assert_eq!(
        v["columns"],
        json!([{"name": "name", "type": "text"}, {"name": "country", "type": "text"}])
    );

    let (status, v) = app.sql(&session, "SELECT * FROM no_such_table").await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["code"], "sql_error");

    app.wait_idle().await;
    let stats = app.pool_stats().await;
    assert!(
        stats["pools"].as_array().unwrap().iter().any(
            |p| p["driver"] == "sqlite" && p["database"].as_str().unwrap().ends_with("shop.db")
        ),
        "{stats}"
    );
    drop(f.dir);
}

/// The value index holds every distinct value of a text column with up to
/// `VALUE_INDEX_MAX_DISTINCT` of them (a hundred countries), none of a column with more, and
/// no value longer than `VALUE_INDEX_MAX_CHARS`.
#[tokio::test]
async fn sqlite_value_index_bounds() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("places.db");
    let c = rusqlite::Connection::open(&db).unwrap();
    c.execute_batch(
        "CREATE TABLE places (id INTEGER PRIMARY KEY, region TEXT, code TEXT, note TEXT)",
    )
    .unwrap();
    let max = quarry_model::VALUE_INDEX_MAX_DISTINCT;
    for i in 0..=max {
        // `region` repeats its last value, so it has exactly `max` distinct ones.
        c.execute(
            "INSERT INTO places (region, code, note) VALUES (?1, ?2, ?3)",
            rusqlite::params![
                format!("Region {}", i.min(max - 1)),
                format!("C{i}"),
                if i == 0 {
                    "x".repeat(quarry_model::VALUE_INDEX_MAX_CHARS + 1)
                } else {
                    "short".into()
                }
            ],
        )
        .unwrap();
    }
    drop(c);
    let app = spawn_app(&format!(
        "[sqlite]\nallowed_dirs = [{}]\n",
        toml::Value::String(dir.path().display().to_string())
    ))
    .await;
    let (status, v) = app
        .post(
            "/database/connect",
            &json!({"driver": "sqlite", "database": db.display().to_string()}),
        )
        .await;
    assert_eq!(status, 200, "{v}");
    let session = v["session_id"].as_str().unwrap().to_string();
    let (status, schema) = app.get(&format!("/schema?session_id={session}")).await;
    assert_eq!(status, 200, "{schema}");
    let columns = schema["tables"][0]["columns"].as_array().unwrap().clone();
    let values = |n: &str| -> Vec<String> {
        columns.iter().find(|c| c["name"] == n).unwrap()["values"]
            .as_array()
            .map(|a| a.iter().map(|v| v.as_str().unwrap().to_string()).collect())
            .unwrap_or_default()
    };
    let region = values("region");
    assert_eq!(region.len(), max, "{region:?}");
    assert!(
        region.contains(&"Region 0".to_string()) && region.contains(&format!("Region {}", max - 1))
    );
    assert!(
        values("code").is_empty(),
        "{} distinct codes are too many",
        max + 1
    );
    assert_eq!(values("note"), vec!["short".to_string()]);
    app.stop().await;
}

#[tokio::test]
async fn sqlite_types_round_trip_with_declared_types() {
    let f = fixture().await;
    let session = f
        .app
        .connect(&json!({"driver": "sqlite", "database": f.db.display().to_string()}))
        .await;
    let (status, v) = f
        .app
        .sql(
            &session,
            "SELECT i, big, r, bigr, t, b, n, vc, untyped, i + 1 AS computed FROM all_types",
        )
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(
        v["rows"],
        json!([[
            42,
            "9007199254740993",
            1.5,
            1e300,
            "héllo",
            "3q0=",
            null,
            "abc",
            7,
            43
        ]])
    );
    let types: Vec<&str> = v["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["type"].as_str().unwrap())
        .collect();
    assert_eq!(
        types,
        [
            "integer",
            "integer",
            "real",
            "real",
            "text",
            "blob",
            "integer",
            "varchar(20)",
            "",
            ""
        ]
    );
}

#[tokio::test]
async fn sqlite_guard_refuses_writes_and_the_file_is_unchanged() {
    let f = fixture().await;
    let before = sha(&f.db);
    let session = f
        .app
        .connect(&json!({"driver": "sqlite", "database": f.db.display().to_string()}))
        .await;
    let other = f.dir.path().join("other.db");
    let refused = [
        "INSERT INTO customers (name) VALUES ('x')".to_string(),
        "UPDATE customers SET name = 'x'".into(),
        "DELETE FROM customers".into(),
        "REPLACE INTO customers (id, name) VALUES (1, 'x')".into(),
        "DROP TABLE orders".into(),
        "CREATE TABLE z (a)".into(),
        "ALTER TABLE customers ADD COLUMN z".into(),
        format!("ATTACH DATABASE '{}' AS other", other.display()),
        "DETACH DATABASE other".into(),
        "PRAGMA journal_mode = DELETE".into(),
        "PRAGMA user_version = 5".into(),
        "PRAGMA query_only = OFF".into(),
        "PRAGMA writable_schema = ON".into(),
        "SELECT load_extension('/tmp/evil')".into(),
        "VACUUM".into(),
        format!("VACUUM INTO '{}'", other.display()),
        "REINDEX".into(),
        "BEGIN".into(),
        "SELECT 1; DELETE FROM customers".into(),
        "WITH x AS (SELECT 1) DELETE FROM customers".into(),
    ];
    for sql in &refused {
        let (status, v) = f.app.sql(&session, sql).await;
        assert_eq!(status, 400, "{sql} was not refused: {v}");
        assert_eq!(v["code"], "read_only_violation", "{sql}: {v}");
    }
    assert!(!other.exists(), "ATTACH/VACUUM INTO created a file");
    let (status, v) = f.app.sql(&session, "SELECT COUNT(*) FROM customers").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"], json!([[5]]));
    f.app.stop().await;
    assert_eq!(sha(&f.db), before, "the database file changed");
    let c = rusqlite::Connection::open(&f.db).unwrap();
    let n: i64 = c
        .query_row("SELECT COUNT(*) FROM customers", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 5);
}

#[tokio::test]
async fn sqlite_paths_outside_allowed_dirs_relative_or_not_databases_are_refused() {
    let f = fixture().await;
    // A real database outside the allowed directory: 403, whether it exists or not.
    let outside = tempfile::tempdir().unwrap();
    let outside_db = outside.path().join("secret.db");
    write_fixture(&outside_db);
    for path in [
        outside_db.display().to_string(),
        outside.path().join("missing.db").display().to_string(),
        "/etc/passwd".to_string(),
    ] {
        let (status, v) = f
            .app
            .post(
                "/database/connect",
                &json!({"driver": "sqlite", "database": path}),
            )
            .await;
        assert_eq!(status, 403, "{path}: {v}");
        assert_eq!(v["code"], "target_denied", "{path}: {v}");
    }
    // A symlink inside the allowed directory that points outside it.
    let link = f.dir.path().join("link.db");
    std::os::unix::fs::symlink(&outside_db, &link).unwrap();
    let (status, v) = f
        .app
        .post(
            "/database/connect",
            &json!({"url": format!("sqlite://{}", link.display())}),
        )
        .await;
    assert_eq!(status, 403, "{v}");
    assert_eq!(v["code"], "target_denied");
    // Relative paths are refused (they would depend on the server's working directory).
    for body in [
        json!({"driver": "sqlite", "database": "shop.db"}),
        json!({"url": "sqlite:shop.db"}),
    ] {
        let (status, v) = f.app.post("/database/connect", &body).await;
        assert_eq!(status, 403, "{body}: {v}");
        assert_eq!(v["code"], "target_denied");
    }
    // Inside the allowed directory but not a database, or missing: 400, not 500.
    let text = f.dir.path().join("notes.txt");
    std::fs::write(
        &text,
        "this is not a database, just some text\n".repeat(200),
    )
    .unwrap();
    let text_sha = sha(&text);
    for path in [text.clone(), f.dir.path().join("missing.db")] {
        let (status, v) = f
            .app
            .post(
                "/database/connect",
                &json!({"driver": "sqlite", "database": path.display().to_string()}),
            )
            .await;
        assert_eq!(status, 400, "{}: {v}", path.display());
        assert_eq!(v["code"], "connect_failed", "{v}");
    }
    assert_eq!(sha(&text), text_sha);
    assert!(
        !f.dir.path().join("missing.db").exists(),
        "a missing file was created"
    );
}

/// Every table's rows, in a canonical order, as text: "the same rows in every table".
fn dump(path: &Path) -> Vec<(String, Vec<String>)> {
    let c = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap();
    let mut names: Vec<String> = c
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let mut stmt = c.prepare(&format!("SELECT * FROM \"{name}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                let mut cells = Vec::with_capacity(n);
                for i in 0..n {
                    cells.push(format!("{:?}", r.get_ref(i)?));
                }
                Ok(cells.join("|"))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.sort();
        out.push((name, rows));
    }
    out
}

fn run_demo(path: &Path) {
    let out = Command::new(env!("CARGO_BIN_EXE_quarry"))
        .arg("demo")
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "quarry demo failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn demo_generated_twice_is_identical_and_foreign_keys_hold() {
    let dir = tempfile::tempdir().unwrap();
    // The second one goes into directories that do not exist yet.
    let (a, b) = (
        dir.path().join("a.sqlite"),
        dir.path().join("new").join("dir").join("b.sqlite"),
    );
    run_demo(&a);
    run_demo(&b);
    let (da, db) = (dump(&a), dump(&b));
    assert!(
        da.len() >= 10,
        "expected the demo's tables, got {}",
        da.len()
    );
    let rows: usize = da.iter().map(|(_, r)| r.len()).sum();
    assert!(rows > 10_000, "only {rows} rows");
    assert_eq!(da, db, "two runs of quarry demo differ");

    let c = rusqlite::Connection::open(&a).unwrap();
    let violations: Vec<String> = c
        .prepare("PRAGMA foreign_key_check")
        .unwrap()
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        violations.is_empty(),
        "foreign key violations in {violations:?}"
    );
    let fks: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM sqlite_schema s, pragma_foreign_key_list(s.name) \
             WHERE s.type = 'table'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(fks >= 5, "the demo should have foreign keys, found {fks}");
}

/// Kills the child on every path.
struct ChildGuard(Child);

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

use common::ports::free_port;

#[tokio::test]
async fn serve_with_no_config_answers_how_many_customers_on_the_demo() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_quarry"))
        .arg("serve")
        .current_dir(home.path())
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", &data)
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("QUARRY_SERVER__BIND", format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let _child = ChildGuard(child);
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}/api/v1");
    let started = Instant::now();
    loop {
        if let Ok(r) = http.get(format!("{base}/health")).send().await {
            if r.status().is_success() {
                break;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(90),
            "quarry serve did not come up"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let r = http
        .post(format!("{base}/query"))
        .json(&json!({"question": "how many customers"}))
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let v: Value = r.json().await.unwrap();
    assert_eq!(status, 200, "{v}");

    let demo = data.join("quarry").join("demo.sqlite");
    assert!(
        demo.exists(),
        "the demo database was not written to {}",
        demo.display()
    );
    let c =
        rusqlite::Connection::open_with_flags(&demo, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let n: i64 = c
        .query_row("SELECT COUNT(*) FROM customers", [], |r| r.get(0))
        .unwrap();
    assert!(n > 0);
    assert_eq!(v["rows"], json!([[n]]), "{v}");
}
