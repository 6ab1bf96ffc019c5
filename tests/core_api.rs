//! The core service over real HTTP against the real PostgreSQL: connect, query, sql, stats,
//! pools, sessions, the read-only guard, bad input and type conversion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::{Duration, Instant};

use common::private_pg::PrivatePg;
use common::{spawn_app, TestDb};
use serde_json::{json, Value};

async fn fixture(db: &TestDb) {
    db.client()
        .await
        .batch_execute(
            "CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL, country text, revenue numeric(12,2));
             CREATE TABLE orders (id serial PRIMARY KEY, customer_id int REFERENCES customers(id), total numeric(10,2), placed_at date);
             INSERT INTO customers (name, country, revenue) SELECT 'c' || g, CASE WHEN g % 2 = 0 THEN 'France' ELSE 'Spain' END, g * 10.5 FROM generate_series(1, 40) g;
             INSERT INTO orders (customer_id, total, placed_at) SELECT 1 + g % 40, g, date '2024-01-01' + g FROM generate_series(1, 100) g;
             ANALYZE;",
        )
        .await
        .unwrap();
}

#[tokio::test]
async fn connect_query_sql_and_stats_round_trip() {
    let db = TestDb::create().await;
    fixture(&db).await;
    let app = spawn_app("").await;
    let (status, v) = app.post("/database/connect", &db.connect_body()).await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["success"], true);
    assert_eq!(v["database_info"]["driver"], "postgres");
    assert_eq!(v["database_info"]["tables"], 2);
    assert!(v["database_info"]["server_version"]
        .as_str()
        .unwrap()
        .starts_with("15"));
    let session = v["session_id"].as_str().unwrap().to_string();

    let (status, v) = app
        .post(
            "/query",
            &json!({"question": "how many customers", "session_id": session}),
        )
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"][0][0], 40);
    assert_eq!(v["engine"], "builtin");
    assert!(v["timings_ms"]["total"].as_f64().unwrap() > 0.0);
    assert!(!v["explanation"].as_str().unwrap().is_empty());

    let (status, v) = app
        .sql(
            &session,
            "SELECT id, name FROM customers ORDER BY id LIMIT 3",
        )
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["row_count"], 3);
    assert_eq!(
        v["columns"],
        json!([{"name":"id","type":"int4"},{"name":"name","type":"text"}])
    );
    assert_eq!(v["rows"][0], json!([1, "c1"]));

    let (status, v) = app.get(&format!("/schema?session_id={session}")).await;
    assert_eq!(status, 200, "{v}");
    let tables = v["tables"].as_array().unwrap();
    let orders = tables.iter().find(|t| t["name"] == "orders").unwrap();
    assert_eq!(orders["primary_key"], json!(["id"]));
    assert_eq!(orders["foreign_keys"][0]["ref_table"], "customers");
    assert_eq!(orders["row_estimate"], 100);

    app.wait_idle().await;
    let pools = app.pool_stats().await;
    assert_eq!(pools["total_pools"], 1);
    assert_eq!(pools["in_use"], 0);
    assert!(pools["idle"].as_u64().unwrap() >= 1);
    assert!(pools["pools"][0].get("password").is_none());
    let (_, sessions) = app.get("/stats/sessions").await;
    assert_eq!(sessions["total_sessions"], 1);
    assert_eq!(sessions["created_total"], 1);

    assert_eq!(app.delete(&format!("/sessions/{session}")).await, 204);
    assert_eq!(app.delete(&format!("/sessions/{session}")).await, 404);
    let (status, v) = app.sql(&session, "SELECT 1").await;
    assert_eq!(status, 401);
    assert_eq!(v["code"], "session_not_found");
}

#[tokio::test]
async fn sessions_on_one_target_share_a_pool_and_a_schema() {
    let db = TestDb::create().await;
    fixture(&db).await;
    let app = spawn_app("").await;
    let s1 = app.connect(&db.connect_body()).await;
    let s2 = app.connect(&db.connect_body()).await;
    assert_ne!(s1, s2);
    for s in [&s1, &s2] {
        let (status, _) = app
            .post(
                "/query",
                &json!({"question": "how many orders", "session_id": s}),
            )
            .await;
        assert_eq!(status, 200);
    }
    assert_eq!(app.pool_stats().await["total_pools"], 1);
    assert_eq!(
        app.state.schemas.loads_total(),
        1,
        "one schema load for one target"
    );
    assert_eq!(app.state.schemas.len(), 1);

    // Another password is another credential: another pool, never the first one's connections.
    let mut other = db.connect_body();
    other["password"] = json!("another-password");
    app.connect(&other).await;
    assert_eq!(app.pool_stats().await["total_pools"], 2);
}

#[tokio::test]
async fn wrong_password_gets_400_and_no_connection() {
    let pg = tokio::task::spawn_blocking(|| PrivatePg::start("right-secret"))
        .await
        .unwrap();
    let app = spawn_app("").await;
    let good = json!({"url": pg.url("right-secret")});
    let bad = json!({"url": pg.url("wrong-secret")});
    let (status, v) = app.post("/database/connect", &bad).await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["code"], "connect_failed");
    assert!(v["detail"].as_str().unwrap().contains("password"), "{v}");
    assert!(!v.to_string().contains("wrong-secret"));
    let pools = app.pool_stats().await;
    assert_eq!(pools["total_connections"], 0, "{pools}");
    assert_eq!(
        pools["total_pools"], 0,
        "a failed first connect leaves no pool: {pools}"
    );

    // The right password works, and afterwards the wrong one still cannot ride on its pool.
    let s = app.connect(&good).await;
    let (status, _) = app.sql(&s, "SELECT 1").await;
    assert_eq!(status, 200);
    let (status, v) = app.post("/database/connect", &bad).await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(app.pool_stats().await["total_pools"], 1);
}

#[tokio::test]
async fn unreachable_database_fails_within_the_connect_timeout() {
    let app = spawn_app("[pool]\nconnect_timeout = \"2s\"").await;
    let port = common::private_pg::free_port();
    let started = Instant::now();
    let (status, v) = app
        .post(
            "/database/connect",
            &json!({"host": "127.0.0.1", "port": port, "database": "x", "username": "u", "password": "pw-unreachable"}),
        )
        .await;
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["code"], "connect_failed");
    assert!(
        v["detail"].as_str().unwrap().contains("could not connect"),
        "{v}"
    );
    assert!(!v.to_string().contains("pw-unreachable"));
}

#[tokio::test]
async fn pool_exhaustion_gives_503_within_the_acquire_timeout() {
    let db = TestDb::create().await;
    let app = spawn_app("[pool]\nmax_connections = 2\nacquire_timeout = \"1s\"").await;
    let s = app.connect(&db.connect_body()).await;
    // About half a second of CPU per statement, read-only (pg_sleep is refused by the guard).
    let slow = "SELECT count(*) FROM generate_series(1, 1500) a, generate_series(1, 1500) b";
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let http = app.http.clone();
        let url = app.url("/sql");
        let body = json!({"sql": slow, "session_id": s});
        tasks.push(tokio::spawn(async move {
            let started = Instant::now();
            let r = http.post(url).json(&body).send().await.unwrap();
            let status = r.status().as_u16();
            let retry_after = r.headers().get("retry-after").is_some();
            (status, retry_after, started.elapsed())
        }));
    }
    let mut ok = 0;
    let mut unavailable = 0;
    for t in tasks {
        let (status, retry_after, elapsed) = t.await.unwrap();
        match status {
            200 => ok += 1,
            503 => {
                unavailable += 1;
                assert!(retry_after, "503 carries Retry-After");
                assert!(elapsed < Duration::from_secs(2), "503 after {elapsed:?}");
            }
            other => panic!("unexpected status {other}"),
        }
    }
    assert!(ok >= 2, "some requests were served");
    assert!(
        unavailable > 0,
        "with 2 connections some of 50 must time out"
    );
    app.wait_idle().await;
    let pools = app.pool_stats().await;
    assert!(pools["pools"][0]["size"].as_u64().unwrap() <= 2);
    assert!(pools["acquire_timeouts_total"].as_u64().unwrap() >= unavailable);
}

#[tokio::test]
async fn sessions_ask_the_server_to_watch_for_vanished_clients() {
    // An abandoned statement must stop even when its cancel request is lost: the server
    // checks the client's socket every second while a statement runs.
    let db = TestDb::create().await;
    let app = spawn_app("").await;
    let s = app.connect(&db.connect_body()).await;
    let (status, v) = app
        .sql(
            &s,
            "SELECT current_setting('client_connection_check_interval')",
        )
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"][0][0], "1s");
}

#[tokio::test]
async fn terminated_backends_are_replaced_transparently() {
    let db = TestDb::create().await;
    fixture(&db).await;
    let app = spawn_app("[pool]\nmin_connections = 2").await;
    let s = app.connect(&db.connect_body()).await;
    let (status, _) = app.sql(&s, "SELECT count(*) FROM customers").await;
    assert_eq!(status, 200);
    let admin = db.client().await;
    let killed: i64 = admin
        .query_one(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity \
             WHERE datname = current_database() AND application_name = 'quarry'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert!(killed >= 1);
    let (status, v) = app.sql(&s, "SELECT count(*) FROM customers").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"][0][0], 40);
    let (status, v) = app
        .post(
            "/query",
            &json!({"question": "how many orders", "session_id": s}),
        )
        .await;
    assert_eq!(status, 200, "{v}");
}

#[tokio::test]
async fn statement_timeout_gives_504_and_the_connection_survives() {
    let db = TestDb::create().await;
    let app = spawn_app("[exec]\nstatement_timeout = \"1s\"\n[pool]\nmax_connections = 1").await;
    let s = app.connect(&db.connect_body()).await;
    let started = Instant::now();
    let (status, v) = app
        .sql(
            &s,
            "SELECT count(*) FROM generate_series(1, 100000) a, generate_series(1, 100000) b",
        )
        .await;
    assert_eq!(status, 504, "{v}");
    assert_eq!(v["code"], "statement_timeout");
    assert!(started.elapsed() < Duration::from_secs(4));
    let (status, v) = app.sql(&s, "SELECT 42").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"][0][0], 42);
}

#[tokio::test]
async fn a_client_that_goes_away_cancels_its_statement() {
    let db = TestDb::create().await;
    let app = spawn_app("").await;
    let s = app.connect(&db.connect_body()).await;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let marker = "SELECT count(*) /* cancel-me */ FROM generate_series(1, 100000) a, generate_series(1, 100000) b";
    let r = client
        .post(app.url("/sql"))
        .json(&json!({"sql": marker, "session_id": s}))
        .send()
        .await;
    assert!(r.is_err(), "the client gave up");
    let admin = db.client().await;
    let mut still_running = true;
    for _ in 0..40 {
        let n: i64 = admin
            .query_one(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
                 AND state = 'active' AND query LIKE '%cancel-me%' AND pid <> pg_backend_pid()",
                &[],
            )
            .await
            .unwrap()
            .get(0);
        if n == 0 {
            still_running = false;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        !still_running,
        "the statement kept running after the client left"
    );
    app.wait_idle().await;
}

#[tokio::test]
async fn idle_pools_and_sessions_expire() {
    let db = TestDb::create().await;
    let app = spawn_app(
        "[pool]\nidle_pool_timeout = \"1s\"\n[session]\nidle_timeout = \"1s\"\nsweep_interval = \"200ms\"",
    )
    .await;
    let s = app.connect(&db.connect_body()).await;
    assert_eq!(app.pool_stats().await["total_pools"], 1);
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let pools = app.pool_stats().await;
    assert_eq!(pools["total_pools"], 0, "{pools}");
    assert!(
        pools["connections_closed_total"].as_u64().unwrap() >= 1,
        "{pools}"
    );
    let (_, sessions) = app.get("/stats/sessions").await;
    assert_eq!(sessions["total_sessions"], 0, "{sessions}");
    assert_eq!(sessions["expired_total"], 1, "{sessions}");
    let (status, v) = app.sql(&s, "SELECT 1").await;
    assert_eq!(status, 401, "{v}");
}

#[tokio::test]
async fn the_guard_refuses_writes_and_side_effects_and_nothing_changes() {
    let db = TestDb::create().await;
    fixture(&db).await;
    let app = spawn_app("").await;
    let s = app.connect(&db.connect_body()).await;
    let refused = [
        "INSERT INTO customers (name) VALUES ('x')",
        "UPDATE customers SET name = 'x'",
        "DELETE FROM orders",
        "MERGE INTO customers c USING orders o ON c.id = o.customer_id WHEN MATCHED THEN DELETE",
        "DROP TABLE orders",
        "CREATE TABLE evil (id int)",
        "ALTER TABLE customers ADD COLUMN evil int",
        "TRUNCATE orders",
        "COPY customers TO '/tmp/x.csv'",
        "COPY customers TO PROGRAM 'touch /tmp/pwned'",
        "GRANT ALL ON customers TO PUBLIC",
        "VACUUM customers",
        "WITH d AS (DELETE FROM orders RETURNING *) SELECT count(*) FROM d",
        "SELECT 1; DROP TABLE orders",
        "SELECT * INTO evil FROM customers",
        "SELECT * FROM customers FOR UPDATE",
        "BEGIN",
        "COMMIT",
        "SET ROLE postgres",
        "SELECT set_config('default_transaction_read_only', 'off', false)",
        "SELECT pg_sleep(10)",
        "SELECT pg_terminate_backend(1)",
        "SELECT nextval('customers_id_seq')",
        "SELECT pg_read_file('/etc/passwd')",
        "SELECT lo_import('/etc/passwd')",
        "SELECT query_to_xml('delete from orders', true, true, '')",
    ];
    for sql in refused {
        let (status, v) = app.sql(&s, sql).await;
        assert_eq!(status, 400, "{sql} -> {v}");
        assert_eq!(v["code"], "read_only_violation", "{sql} -> {v}");
    }
    let admin = db.client().await;
    let counts: (i64, i64) = {
        let r = admin
            .query_one(
                "SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM orders)",
                &[],
            )
            .await
            .unwrap();
        (r.get(0), r.get(1))
    };
    assert_eq!(counts, (40, 100));
    let tables: i64 = admin
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(tables, 2);
    let cols: i64 = admin
        .query_one(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'customers'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(cols, 4);
}

#[tokio::test]
async fn bad_input_gets_json_4xx_on_every_endpoint() {
    let db = TestDb::create().await;
    let app = spawn_app("").await;
    let s = app.connect(&db.connect_body()).await;
    for path in ["/database/connect", "/query", "/sql"] {
        let url = app.url(path);
        // Malformed JSON.
        let r = app
            .http
            .post(&url)
            .header("content-type", "application/json")
            .body("{not json")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400, "{path}");
        let v: Value = r.json().await.unwrap();
        assert_eq!(v["code"], "bad_request");
        assert!(v["detail"].is_string());
        // Wrong types and unknown fields.
        for body in [
            json!({"question": 5, "sql": 7, "port": "x"}),
            json!({"sql": "SELECT 1", "question": "q", "database": "d", "bogus": 1}),
        ] {
            let r = app.http.post(&url).json(&body).send().await.unwrap();
            assert_eq!(r.status(), 422, "{path} {body}");
            let v: Value = r.json().await.unwrap();
            assert_eq!(v["code"], "bad_request");
        }
        // Wrong content type.
        let r = app.http.post(&url).body("sql=1").send().await.unwrap();
        assert_eq!(r.status(), 415, "{path}");
        // A 10 MiB body.
        let big = format!("{{\"sql\": \"{}\"}}", "x".repeat(10 * 1024 * 1024));
        let r = app
            .http
            .post(&url)
            .header("content-type", "application/json")
            .body(big)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 413, "{path}");
        let v: Value = r.json().await.unwrap();
        assert_eq!(v["code"], "too_large");
    }
    // Malformed session ids and query strings.
    let (status, v) = app.sql("not-a-session", "SELECT 1").await;
    assert_eq!(
        (status, v["code"].as_str()),
        (401, Some("session_not_found"))
    );
    let (status, v) = app.get("/schema?session_id=nope").await;
    assert_eq!(
        (status, v["code"].as_str()),
        (401, Some("session_not_found"))
    );
    let (status, v) = app.get("/schema?bogus=1").await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(app.delete("/sessions/not-a-uuid").await, 404);
    // max_retries above 10, empty question.
    let (status, v) = app
        .post(
            "/query",
            &json!({"question": "how many x", "session_id": s, "max_retries": 11}),
        )
        .await;
    assert_eq!((status, v["code"].as_str()), (422, Some("bad_request")));
    let (status, _) = app
        .post("/query", &json!({"question": "  ", "session_id": s}))
        .await;
    assert_eq!(status, 422);
    // A question nobody understands: 422 with the attempts.
    let (status, v) = app
        .post("/query", &json!({"question": "zzz qqq", "session_id": s}))
        .await;
    assert_eq!(
        (status, v["code"].as_str()),
        (422, Some("not_understood")),
        "{v}"
    );
    assert!(v["attempts"].is_array());
    // Unknown route and wrong method are JSON too.
    let (status, v) = app.get("/nope").await;
    assert_eq!((status, v["code"].as_str()), (404, Some("not_found")));
    let r = app.http.get(app.url("/sql")).send().await.unwrap();
    assert_eq!(r.status(), 405);
    let v: Value = r.json().await.unwrap();
    assert!(v["detail"].is_string());
    // The database rejecting SQL the guard accepted is sql_error.
    let (status, v) = app.sql(&s, "SELECT no_such_column FROM pg_class").await;
    assert_eq!(
        (status, v["code"].as_str()),
        (400, Some("sql_error")),
        "{v}"
    );
    // The server is still fine.
    let (status, _) = app.get("/health").await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn sessionless_requests_need_a_default_database() {
    let app = spawn_app("").await;
    let (status, v) = app.post("/sql", &json!({"sql": "SELECT 1"})).await;
    assert_eq!(
        (status, v["code"].as_str()),
        (400, Some("no_database")),
        "{v}"
    );
    assert!(v["detail"].as_str().unwrap().contains("/database/connect"));
    let db = TestDb::create().await;
    let app = spawn_app(&format!("[default_database]\nurl = \"{}\"", db.url)).await;
    let (status, v) = app.post("/sql", &json!({"sql": "SELECT 7 AS seven"})).await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"][0][0], 7);
}

#[tokio::test]
async fn row_cap_truncates() {
    let db = TestDb::create().await;
    let app = spawn_app("[exec]\nmax_rows = 5").await;
    let s = app.connect(&db.connect_body()).await;
    let (status, v) = app.sql(&s, "SELECT g FROM generate_series(1, 100) g").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["row_count"], 5);
    assert_eq!(v["truncated"], true);
    let (_, v) = app.sql(&s, "SELECT g FROM generate_series(1, 5) g").await;
    assert_eq!(v["truncated"], false);
    let (_, v) = app.sql(&s, "SELECT 1 AS a, 2 AS a WHERE false").await;
    assert_eq!(v["row_count"], 0);
    assert_eq!(
        v["columns"],
        json!([{"name":"a","type":"int4"},{"name":"a","type":"int4"}])
    );
}

#[tokio::test]
async fn every_common_postgres_type_converts_to_the_documented_json() {
    let db = TestDb::create().await;
    db.client()
        .await
        .batch_execute(
            "CREATE TYPE mood AS ENUM ('happy', 'sad');
             CREATE TABLE t (
               i2 int2, i4 int4, i8 int8, big int8, n numeric(10,2), nbig numeric, f4 float4, f8 float8,
               fnan float8, finf float8, fninf float8, tx text, vc varchar(10), b bool, d date, tm time,
               ts timestamp, tstz timestamptz, iv interval, u uuid, j json, jb jsonb, by bytea,
               arr int4[], tarr text[], m mood, nul text, tmf time, ch char(3));
             INSERT INTO t VALUES (
               1, 2, 3, 9007199254740993, 1.50, 123456789012345678901234567890.123456789, 1.5, 2.25,
               'NaN', 'Infinity', '-Infinity', 'héllo', 'v', true, '2024-02-29', '13:45:00',
               '2024-02-29 13:45:00', '2024-02-29 13:45:00+02', '1 day 2 hours 3 minutes 4 seconds',
               'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"a\": [1, 2]}', '{\"b\": null}', '\\x010203',
               '{1,2,3}', '{\"x\",NULL}', 'happy', NULL, '13:45:00.25', 'ab');",
        )
        .await
        .unwrap();
    let app = spawn_app("").await;
    let s = app.connect(&db.connect_body()).await;
    let (status, v) = app.sql(&s, "SELECT * FROM t").await;
    assert_eq!(status, 200, "{v}");
    let names: Vec<&str> = v["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    let types: Vec<&str> = v["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["type"].as_str().unwrap())
        .collect();
    let row = v["rows"][0].as_array().unwrap();
    let get = |name: &str| row[names.iter().position(|n| *n == name).unwrap()].clone();
    let ty = |name: &str| types[names.iter().position(|n| *n == name).unwrap()];
    assert_eq!(get("i2"), json!(1));
    assert_eq!(get("i4"), json!(2));
    assert_eq!(get("i8"), json!(3));
    assert_eq!(get("big"), json!("9007199254740993"));
    assert_eq!(get("n"), json!("1.50"));
    assert_eq!(
        get("nbig"),
        json!("123456789012345678901234567890.123456789")
    );
    assert_eq!(get("f4"), json!(1.5));
    assert_eq!(get("f8"), json!(2.25));
    assert_eq!(get("fnan"), json!("NaN"));
    assert_eq!(get("finf"), json!("Infinity"));
    assert_eq!(get("fninf"), json!("-Infinity"));
    assert_eq!(get("tx"), json!("héllo"));
    assert_eq!(get("vc"), json!("v"));
    assert_eq!(get("b"), json!(true));
    assert_eq!(get("d"), json!("2024-02-29"));
    assert_eq!(get("tm"), json!("13:45:00"));
    assert_eq!(get("tmf"), json!("13:45:00.25"));
    assert_eq!(get("ts"), json!("2024-02-29T13:45:00"));
    assert_eq!(get("tstz"), json!("2024-02-29T11:45:00Z"));
    assert_eq!(get("iv"), json!("P1DT2H3M4S"));
    assert_eq!(get("u"), json!("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"));
    assert_eq!(get("j"), json!({"a": [1, 2]}));
    assert_eq!(get("jb"), json!({"b": null}));
    assert_eq!(get("by"), json!("AQID"));
    assert_eq!(get("arr"), json!([1, 2, 3]));
    assert_eq!(get("tarr"), json!(["x", null]));
    assert_eq!(get("m"), json!("happy"));
    assert_eq!(get("nul"), Value::Null);
    assert_eq!(get("ch"), json!("ab "));
    assert_eq!(ty("i4"), "int4");
    assert_eq!(ty("n"), "numeric");
    assert_eq!(ty("tstz"), "timestamptz");
    assert_eq!(ty("arr"), "_int4");
    assert_eq!(ty("m"), "mood");
}

#[tokio::test]
async fn a_schema_change_is_noticed_within_seconds() {
    let db = TestDb::create().await;
    fixture(&db).await;
    let app = spawn_app("").await;
    let s = app.connect(&db.connect_body()).await;
    db.client().await.batch_execute("CREATE TABLE invoices (id int PRIMARY KEY); INSERT INTO invoices VALUES (1), (2), (3);").await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(6);
    loop {
        let (status, v) = app
            .post(
                "/query",
                &json!({"question": "how many invoices", "session_id": s}),
            )
            .await;
        if status == 200 {
            assert_eq!(v["rows"][0][0], 3);
            break;
        }
        assert!(Instant::now() < deadline, "new table not seen: {v}");
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}

#[tokio::test]
async fn openapi_lists_every_route() {
    let app = spawn_app("").await;
    let (status, v) = app.get("/openapi.json").await;
    assert_eq!(status, 200);
    let paths = v["paths"].as_object().unwrap();
    for (path, method) in [
        ("/api/v1/database/connect", "post"),
        ("/api/v1/query", "post"),
        ("/api/v1/sql", "post"),
        ("/api/v1/schema", "get"),
        ("/api/v1/sessions/{id}", "delete"),
        ("/api/v1/stats/pools", "get"),
        ("/api/v1/stats/sessions", "get"),
        ("/api/v1/health", "get"),
        ("/api/v1/ready", "get"),
        ("/api/v1/metrics", "get"),
        ("/api/v1/openapi.json", "get"),
    ] {
        assert!(
            paths.get(path).and_then(|p| p.get(method)).is_some(),
            "{method} {path} missing from OpenAPI"
        );
    }
}

#[tokio::test]
async fn metrics_and_readiness() {
    let db = TestDb::create().await;
    let app = spawn_app("").await;
    let s = app.connect(&db.connect_body()).await;
    app.sql(&s, "SELECT 1").await;
    let (status, _) = app.get("/ready").await;
    assert_eq!(status, 200);
    let text = app
        .http
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(text.contains("quarry_http_requests_total"), "{text}");
    assert!(text.contains("route=\"/api/v1/sql\""), "{text}");
    assert!(text.contains("quarry_pool_connections"), "{text}");
    assert!(text.contains("quarry_sessions 1"), "{text}");
    assert!(!text.contains(&s), "session ids never become labels");
    assert!(text.contains("quarry_pool_acquires_total"), "{text}");
}

#[tokio::test]
async fn responses_carry_a_request_id() {
    let app = spawn_app("").await;
    let r = app.http.get(app.url("/health")).send().await.unwrap();
    assert!(r.headers().get("x-request-id").is_some());
}

#[tokio::test]
async fn concurrent_first_connects_with_a_large_minimum_do_not_starve() {
    // Every connect used to start its own min-fill, and the fills together held every
    // connection while waiting for more, so connects timed out with 503.
    let db = TestDb::create().await;
    let app =
        spawn_app("[pool]\nmin_connections = 8\nmax_connections = 8\nacquire_timeout = \"2s\"")
            .await;
    for _round in 0..3 {
        let mut tasks = Vec::new();
        for _ in 0..8 {
            let http = app.http.clone();
            let url = app.url("/database/connect");
            let body = db.connect_body();
            tasks.push(tokio::spawn(async move {
                let started = Instant::now();
                let status = http
                    .post(url)
                    .json(&body)
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16();
                (status, started.elapsed())
            }));
        }
        for t in tasks {
            let (status, elapsed) = t.await.unwrap();
            assert_eq!(status, 200);
            assert!(
                elapsed < Duration::from_millis(1500),
                "connect took {elapsed:?}"
            );
        }
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let pools = app.pool_stats().await;
        if pools["total_connections"] == 8 {
            assert_eq!(pools["acquire_timeouts_total"], 0, "{pools}");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the pool never reached its minimum: {pools}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// PostgreSQL's value index comes from `pg_stats`: every most-common value of a text column
/// with up to `VALUE_INDEX_MAX_DISTINCT` (100) distinct values, nothing of a column with more.
#[tokio::test]
async fn postgres_value_index_from_statistics() {
    let db = TestDb::create().await;
    db.client()
        .await
        .batch_execute(
            "CREATE TABLE places (id serial PRIMARY KEY, region text, code text);
             INSERT INTO places (region, code)
               SELECT 'Region ' || (g % 60), 'C' || (g % 150) FROM generate_series(1, 1200) g;
             ANALYZE places;",
        )
        .await
        .unwrap();
    let app = spawn_app("").await;
    let (status, v) = app.post("/database/connect", &db.connect_body()).await;
    assert_eq!(status, 200, "{v}");
    let session = v["session_id"].as_str().unwrap().to_string();
    let (status, schema) = app.get(&format!("/schema?session_id={session}")).await;
    assert_eq!(status, 200, "{schema}");
    let columns = schema["tables"][0]["columns"].as_array().unwrap().clone();
    let count = |n: &str| {
        columns.iter().find(|c| c["name"] == n).unwrap()["values"]
            .as_array()
            .map_or(0, |a| a.len())
    };
    assert_eq!(count("region"), 60, "{schema}");
    assert_eq!(count("code"), 0, "{schema}");
    app.stop().await;
}
