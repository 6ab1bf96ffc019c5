//! Fault injection against real servers (issue 8, item 3): backends terminated under load, a
//! PostgreSQL outage, a runaway statement, clients vanishing mid-request (or while a connection
//! opens for them), and a network that stalls or is cut. Each test is bounded in time, makes
//! its own database (or private cluster, or TCP proxy), and only ever terminates backends of
//! its own database.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::private_pg::PrivatePg;
use common::proxy::TcpProxy;
use common::{spawn_app, TestApp, TestDb};
use rand::Rng;
use serde_json::{json, Value};

/// A small table for point lookups.
async fn items(db: &TestDb, n: i32) {
    db.client()
        .await
        .batch_execute(&format!(
            "CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL);
             INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, {n}) g;
             ANALYZE items;"
        ))
        .await
        .unwrap();
}

/// One request's outcome, timed from the test's start.
#[derive(Debug, Clone)]
struct Outcome {
    started: Duration,
    finished: Duration,
    status: u16,
    code: String,
}

/// POSTs `/sql` and returns (status, body); a transport error is a status of 0.
async fn post_sql(http: &reqwest::Client, url: &str, session: &str, sql: &str) -> (u16, Value) {
    post_json(http, url, &json!({"sql": sql, "session_id": session})).await
}

async fn post_json(http: &reqwest::Client, url: &str, body: &Value) -> (u16, Value) {
    match http.post(url).json(body).send().await {
        Ok(r) => {
            let status = r.status().as_u16();
            let text = r.text().await.unwrap_or_default();
            (
                status,
                serde_json::from_str(&text).unwrap_or(Value::String(text)),
            )
        }
        Err(e) => (0, Value::String(e.to_string())),
    }
}

/// Runs `clients` tasks that loop point lookups on `items` (ids 1..=rows) until `run_for`
/// has passed since `t0` (every 8th task asks `/query` "how many items" instead, so the
/// agent's path with its schema lookup meets the fault too); returns every outcome.
fn lookup_load(
    app: &TestApp,
    session: &str,
    clients: usize,
    rows: i32,
    t0: Instant,
    run_for: Duration,
) -> Vec<tokio::task::JoinHandle<Vec<Outcome>>> {
    (0..clients)
        .map(|c| {
            let http = app.http.clone();
            let ask = c % 8 == 0;
            let url = app.url(if ask { "/query" } else { "/sql" });
            let session = session.to_string();
            tokio::spawn(async move {
                let mut out = Vec::new();
                let mut n = c as i32;
                while t0.elapsed() < run_for {
                    n = n % rows + 1;
                    let started = t0.elapsed();
                    let (status, v) = if ask {
                        post_json(
                            &http,
                            &url,
                            &json!({"question": "how many items", "session_id": session}),
                        )
                        .await
                    } else {
                        post_sql(
                            &http,
                            &url,
                            &session,
                            &format!("SELECT id, name FROM items WHERE id = {n}"),
                        )
                        .await
                    };
                    if status == 200 {
                        let want = if ask { rows } else { n };
                        assert_eq!(v["rows"][0][0], want, "{v}");
                    }
                    out.push(Outcome {
                        started,
                        finished: t0.elapsed(),
                        status,
                        code: v["code"].as_str().unwrap_or_default().to_string(),
                    });
                }
                out
            })
        })
        .collect()
}

async fn collect(tasks: Vec<tokio::task::JoinHandle<Vec<Outcome>>>) -> Vec<Outcome> {
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    all
}

/// Waits up to `within` for every pool to have nothing checked out; returns the last stats.
async fn idle_within(app: &TestApp, within: Duration) -> Value {
    let deadline = Instant::now() + within;
    loop {
        let stats = app.pool_stats().await;
        if stats["in_use"] == 0 || Instant::now() > deadline {
            return stats;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Active backends of this database (other than the asking one) whose query contains `marker`,
/// polled until none is left or `within` passes; returns the last count.
async fn active_with(admin: &tokio_postgres::Client, marker: &str, within: Duration) -> i64 {
    let deadline = Instant::now() + within;
    loop {
        let n: i64 = admin
            .query_one(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
                 AND state = 'active' AND pid <> pg_backend_pid() AND query LIKE '%' || $1 || '%'",
                &[&marker],
            )
            .await
            .unwrap()
            .get(0);
        if n == 0 || Instant::now() > deadline {
            return n;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn all_backends_terminated_under_load_fail_only_retryably() {
    let db = TestDb::create().await;
    items(&db, 500).await;
    let app = spawn_app("[pool]\nmax_connections = 10\nacquire_timeout = \"2s\"").await;
    let s = app.connect(&db.connect_body()).await;
    let admin = db.client().await;

    let t0 = Instant::now();
    let run_for = Duration::from_secs(4);
    let tasks = lookup_load(&app, &s, 32, 500, t0, run_for);

    tokio::time::sleep(Duration::from_millis(1500)).await;
    let killed_at = t0.elapsed();
    let killed: i64 = admin
        .query_one(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity \
             WHERE datname = current_database() AND application_name = 'quarry' \
             AND pid <> pg_backend_pid()",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    let outcomes = collect(tasks).await;

    assert!(killed >= 2, "the load held several backends: {killed}");
    let ok = outcomes.iter().filter(|o| o.status == 200).count();
    let failed: Vec<&Outcome> = outcomes.iter().filter(|o| o.status != 200).collect();
    // Enough traffic around the kill for the assertions to mean something.
    let after = outcomes
        .iter()
        .filter(|o| o.started > killed_at + Duration::from_secs(1))
        .count();
    assert!(ok > 200 && after > 50, "ok {ok}, after {after}");
    for f in &failed {
        assert!(
            f.status == 503 && f.code == "unavailable",
            "a request failed with something other than a retryable 503: {f:?}"
        );
    }
    let late: Vec<&&Outcome> = failed
        .iter()
        .filter(|o| o.started > killed_at + Duration::from_secs(1))
        .collect();
    assert!(
        late.is_empty(),
        "requests failed after the pool had a second to replace its connections \
         (killed at {killed_at:?}): {late:?}"
    );
    let stats = idle_within(&app, Duration::from_secs(5)).await;
    assert_eq!(stats["in_use"], 0, "{stats}");
    // The pool really replaced connections rather than having been spared.
    assert!(
        stats["connections_opened_total"].as_u64().unwrap() > killed as u64,
        "{stats}"
    );
    eprintln!(
        "terminated {killed} backends; {ok} ok, {} retryable failures",
        failed.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_outage_fails_fast_with_503_and_recovers_without_restart() {
    let pw = format!("outage-{}", uuid::Uuid::new_v4().simple());
    let pg = Arc::new(
        tokio::task::spawn_blocking({
            let pw = pw.clone();
            move || PrivatePg::start(&pw)
        })
        .await
        .unwrap(),
    );
    let app = spawn_app(
        "[pool]\nmax_connections = 4\nacquire_timeout = \"1s\"\nconnect_timeout = \"1s\"",
    )
    .await;
    let s = app.connect(&json!({"url": pg.url(&pw)})).await;

    let t0 = Instant::now();
    let run_for = Duration::from_millis(9500);
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let http = app.http.clone();
            let url = app.url("/sql");
            let s = s.clone();
            tokio::spawn(async move {
                let mut out = Vec::new();
                while t0.elapsed() < run_for {
                    let started = t0.elapsed();
                    let (status, v) = post_sql(&http, &url, &s, "SELECT 1 AS one").await;
                    out.push(Outcome {
                        started,
                        finished: t0.elapsed(),
                        status,
                        code: v["code"].as_str().unwrap_or_default().to_string(),
                    });
                    // A failing request returns at once; don't spin the 2 shared cores.
                    if status != 200 {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                }
                out
            })
        })
        .collect();

    tokio::time::sleep(Duration::from_millis(1500)).await;
    let stop_began = t0.elapsed();
    tokio::task::spawn_blocking({
        let pg = pg.clone();
        move || pg.pg_stop()
    })
    .await
    .unwrap();
    let stopped_at = t0.elapsed();
    tokio::time::sleep(Duration::from_secs(5)).await;
    // The server may accept connections before pg_ctl returns: the outage ends here.
    let restart_began = t0.elapsed();
    tokio::task::spawn_blocking({
        let pg = pg.clone();
        move || pg.pg_start()
    })
    .await
    .unwrap();
    let restarted_at = t0.elapsed();
    let outcomes = collect(tasks).await;

    let during: Vec<&Outcome> = outcomes
        .iter()
        .filter(|o| o.started > stopped_at && o.finished < restart_began)
        .collect();
    assert!(
        during.len() >= 8,
        "the load kept asking during the outage: {}",
        during.len()
    );
    for o in &during {
        assert_eq!(o.status, 503, "during the outage: {o:?}");
        assert_eq!(o.code, "unavailable", "{o:?}");
    }
    for o in &outcomes {
        // Bounded by acquire_timeout (the connect attempt runs inside it), plus the one retry
        // on a fresh connection after a broken one, plus scheduling slack on 2 shared cores.
        assert!(
            o.finished - o.started < Duration::from_millis(2500),
            "a request took too long: {o:?}"
        );
        if o.status != 200 {
            assert_eq!(o.status, 503, "{o:?}");
        }
    }
    assert!(
        outcomes
            .iter()
            .any(|o| o.status == 200 && o.finished < stop_began),
        "requests succeeded before the outage"
    );
    let after: Vec<&Outcome> = outcomes
        .iter()
        .filter(|o| o.started >= restarted_at)
        .collect();
    assert!(after.len() >= 8, "load after the restart: {}", after.len());
    let failed_after: Vec<&&Outcome> = after.iter().filter(|o| o.status != 200).collect();
    assert!(
        failed_after.is_empty(),
        "requests failed after PostgreSQL was back: {failed_after:?}"
    );
    let stats = idle_within(&app, Duration::from_secs(5)).await;
    assert_eq!(stats["in_use"], 0, "{stats}");
    let (status, v) = app.sql(&s, "SELECT 2 AS two").await;
    assert_eq!(status, 200, "{v}");
    app.stop().await;
    tokio::task::spawn_blocking(move || drop(pg)).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_runaway_statement_is_stopped_and_its_connection_reused() {
    let db = TestDb::create().await;
    let app = spawn_app("[exec]\nstatement_timeout = \"1s\"\n[pool]\nmax_connections = 1").await;
    let s = app.connect(&db.connect_body()).await;
    let admin = db.client().await;
    let (status, v) = app.sql(&s, "SELECT pg_backend_pid() AS pid").await;
    assert_eq!(status, 200, "{v}");
    let pid_before = v["rows"][0][0].clone();

    // 10^10 rows: minutes of CPU if nothing stopped it.
    let marker = "runaway-3f1c";
    let started = Instant::now();
    let (status, v) = app
        .sql(
            &s,
            &format!(
                "SELECT count(*) /* {marker} */ FROM generate_series(1, 100000) a, \
                 generate_series(1, 100000) b"
            ),
        )
        .await;
    let took = started.elapsed();
    assert_eq!(status, 504, "{v}");
    assert_eq!(v["code"], "statement_timeout", "{v}");
    assert!(
        took >= Duration::from_millis(900) && took < Duration::from_secs(3),
        "stopped after {took:?}"
    );
    assert_eq!(
        active_with(&admin, marker, Duration::from_secs(2)).await,
        0,
        "the statement still runs on the server"
    );

    let (status, v) = app.sql(&s, "SELECT pg_backend_pid() AS pid").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(
        v["rows"][0][0], pid_before,
        "the same connection serves the next request"
    );
    let stats = idle_within(&app, Duration::from_secs(5)).await;
    assert_eq!(stats["in_use"], 0, "{stats}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn clients_vanishing_mid_request_leak_nothing() {
    let db = TestDb::create().await;
    items(&db, 200).await;
    let app = spawn_app("[pool]\nmax_connections = 10\nacquire_timeout = \"2s\"").await;
    let s = app.connect(&db.connect_body()).await;
    let admin = db.client().await;
    let marker = "vanish-9b2e";
    // Roughly 100 ms of CPU on this machine (about 500,000 rows counted).
    let slow = format!(
        "SELECT count(*) /* {marker} */ FROM generate_series(1, 700) a, generate_series(1, 700) b"
    );

    // The load runs until enough abandoned requests have reached the pool, not for a fixed
    // number of requests: on a loaded machine more of them give up before they get there.
    let min_requests = 1000usize;
    let (min_acquires, min_closed) = (60u64, 30u64);
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let issued = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let tasks: Vec<_> = (0..50)
        .map(|_| {
            let stop = stop.clone();
            let issued = issued.clone();
            let url = app.url("/sql");
            let s = s.clone();
            let slow = slow.clone();
            tokio::spawn(async move {
                // Kept-alive connections, so fast lookups can finish inside the short timeouts;
                // a request that times out drops its connection mid-request.
                let http = reqwest::Client::new();
                let mut statuses = Vec::new();
                while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                    issued.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let (sql, wait_ms) = {
                        let mut rng = rand::thread_rng();
                        let sql = if rng.gen_bool(0.5) {
                            slow.clone()
                        } else {
                            format!(
                                "SELECT name FROM items WHERE id = {}",
                                rng.gen_range(1..=200)
                            )
                        };
                        // Timeouts from 5 ms (gone while connecting or queueing) to 150 ms
                        // (gone mid-statement, or done): every stage gets abandoned.
                        (sql, rng.gen_range(5..=150))
                    };
                    let status = match http
                        .post(&url)
                        .timeout(Duration::from_millis(wait_ms))
                        .json(&json!({"sql": sql, "session_id": s}))
                        .send()
                        .await
                    {
                        Ok(r) => r.status().as_u16(),
                        Err(_) => 0,
                    };
                    statuses.push(status);
                }
                statuses
            })
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let stats = app.pool_stats().await;
        let enough = issued.load(std::sync::atomic::Ordering::SeqCst) >= min_requests
            && stats["acquires_total"].as_u64().unwrap_or(0) >= min_acquires
            && stats["connections_closed_total"].as_u64().unwrap_or(0) >= min_closed;
        if enough || Instant::now() > deadline {
            stop.store(true, std::sync::atomic::Ordering::SeqCst);
            break;
        }
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.extend(t.await.unwrap());
    }
    let total = statuses.len();
    assert!(total >= min_requests, "{total} requests");
    let gave_up = statuses.iter().filter(|s| **s == 0).count();
    let unexpected: Vec<_> = statuses
        .iter()
        .filter(|s| !matches!(**s, 0 | 200 | 503))
        .collect();
    assert!(
        unexpected.is_empty(),
        "unexpected statuses {unexpected:?} among {total} requests"
    );
    assert!(
        gave_up > total / 2,
        "most requests must be abandoned: {gave_up} of {total}"
    );

    let stats = idle_within(&app, Duration::from_secs(5)).await;
    assert_eq!(stats["in_use"], 0, "connections leaked: {stats}");
    // Abandoned requests reached the pool and were cut mid-statement: each such connection is
    // discarded, never reused. The load above ran until this happened often enough.
    assert!(
        stats["acquires_total"].as_u64().unwrap_or(0) >= min_acquires,
        "the load stopped at its deadline: {stats}"
    );
    assert!(
        stats["connections_closed_total"].as_u64().unwrap_or(0) >= min_closed,
        "the load stopped at its deadline: {stats}"
    );
    assert_eq!(
        active_with(&admin, marker, Duration::from_secs(2)).await,
        0,
        "abandoned statements still run on the server"
    );
    let (status, v) = app.sql(&s, "SELECT name FROM items WHERE id = 7").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"][0][0], "item 7");
    eprintln!(
        "{gave_up} of {total} requests abandoned by their client; pools: {}",
        app.pool_stats().await
    );
}

/// A client that hangs up while quarry opens a connection for it does not cancel the open: the
/// connection joins the pool. Cancelled, a slow backend start meeting impatient clients would
/// restart backends in a loop and the pool would never grow.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_connection_opened_for_a_client_that_left_joins_the_pool() {
    let db = TestDb::create().await;
    items(&db, 10).await;
    let proxy = TcpProxy::start(pg_addr()).await;
    let app = spawn_app(
        "[pool]\nmax_connections = 2\nacquire_timeout = \"5s\"\nconnect_timeout = \"5s\"",
    )
    .await;
    let mut body = db.connect_body();
    body["port"] = json!(proxy.port());
    let s = app.connect(&body).await;
    let opened = |v: &Value| v["connections_opened_total"].as_u64().unwrap_or(0);
    let before = app.pool_stats().await;
    assert_eq!(opened(&before), 1, "{before}");

    // Every new connection now takes 800 ms to reach the server; one request holds the pool's
    // only connection (it waits for a lock the test holds), so the next one needs a new one.
    proxy.delay_connects(Duration::from_millis(800));
    let admin = db.client().await;
    admin
        .batch_execute("BEGIN; LOCK TABLE items IN ACCESS EXCLUSIVE MODE")
        .await
        .unwrap();
    let holder = {
        let url = app.url("/sql");
        let s = s.clone();
        tokio::spawn(async move {
            let sql = "SELECT name FROM items WHERE id = 3";
            post_sql(&reqwest::Client::new(), &url, &s, sql).await
        })
    };
    let deadline = Instant::now() + Duration::from_secs(5);
    while app.pool_stats().await["in_use"] != 1 {
        assert!(
            Instant::now() < deadline && !holder.is_finished(),
            "the holding request never held a connection: {}",
            app.pool_stats().await
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let impatient = reqwest::Client::new()
        .post(app.url("/sql"))
        .timeout(Duration::from_millis(200))
        .json(&json!({"sql": "SELECT 1 AS one", "session_id": s}))
        .send()
        .await;
    assert!(
        impatient.as_ref().is_err_and(|e| e.is_timeout()),
        "the impatient client was answered: {impatient:?}"
    );

    // The connection opened for it arrives after it left, and stays.
    let deadline = Instant::now() + Duration::from_secs(5);
    let stats = loop {
        let stats = app.pool_stats().await;
        if opened(&stats) >= 2 || Instant::now() > deadline {
            break stats;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(
        opened(&stats),
        2,
        "the abandoned open was cancelled: {stats}"
    );
    assert_eq!(stats["connections_closed_total"], 0, "{stats}");
    assert_eq!(stats["total_connections"], 2, "{stats}");

    // A patient request now uses it: no third backend start (counted below).
    let (status, v) = app.sql(&s, "SELECT 2 AS two").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"][0][0], 2);
    admin.batch_execute("COMMIT").await.unwrap();
    let (status, v) = holder.await.unwrap();
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"][0][0], "item 3");
    let stats = idle_within(&app, Duration::from_secs(5)).await;
    assert_eq!(opened(&stats), 2, "{stats}");
    assert_eq!(stats["in_use"], 0, "{stats}");
    app.stop().await;
}

fn pg_addr() -> SocketAddr {
    let u = url::Url::parse(&common::pg_url()).unwrap();
    let host = u.host_str().unwrap_or("127.0.0.1");
    let port = u.port().unwrap_or(5432);
    format!("{host}:{port}").parse().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_stalled_or_cut_network_fails_within_bounds_and_recovers() {
    let db = TestDb::create().await;
    items(&db, 50).await;
    let proxy = TcpProxy::start(pg_addr()).await;
    // verify_after_idle is long so the stalled statement meets the stall itself, not the
    // checkout ping (which is bounded too, but by a different timeout). connect_timeout is
    // well under acquire_timeout, so a connect through the stall fails as a connect failure,
    // not as a race between the two timers.
    let app = spawn_app(
        "[exec]\nstatement_timeout = \"1s\"\n\
         [pool]\nmax_connections = 1\nacquire_timeout = \"2s\"\nconnect_timeout = \"1s\"\n\
         verify_after_idle = \"60s\"",
    )
    .await;
    let mut body = db.connect_body();
    body["port"] = json!(proxy.port());
    // Before any fault, a connect may still outlast the short connect_timeout on a machine
    // that CI loads with other tests: only that failure is tried again.
    let deadline = Instant::now() + Duration::from_secs(15);
    let s = loop {
        let (status, v) = app.post("/database/connect", &body).await;
        if status == 200 {
            break v["session_id"].as_str().unwrap().to_string();
        }
        assert!(
            status == 400
                && v["detail"]
                    .as_str()
                    .is_some_and(|d| d.contains("no answer within"))
                && Instant::now() < deadline,
            "connect failed: {status} {v}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let (status, v) = app.sql(&s, "SELECT name FROM items WHERE id = 1").await;
    assert_eq!(status, 200, "{v}");
    assert!(proxy.open_connections() >= 1);

    // Stall: the pooled connection's statement never gets an answer.
    proxy.stall();
    let started = Instant::now();
    let (status, v) = app.sql(&s, "SELECT name FROM items WHERE id = 2").await;
    let took = started.elapsed();
    assert_eq!(status, 504, "{v}");
    assert_eq!(v["code"], "statement_timeout", "{v}");
    // statement_timeout (1 s) + quarry's 2 s client-side margin. The upper bound leaves 3 s of
    // slack: CI runs this beside tests that load both cores, and timers fire late then.
    assert!(
        took >= Duration::from_secs(2) && took < Duration::from_secs(6),
        "the stalled request took {took:?}"
    );

    // The stalled connection was discarded; a new one cannot get through the stall.
    let started = Instant::now();
    let (status, v) = app.sql(&s, "SELECT name FROM items WHERE id = 3").await;
    let took = started.elapsed();
    assert_eq!(status, 503, "{v}");
    assert_eq!(v["code"], "unavailable", "{v}");
    // connect_timeout (1 s) under acquire_timeout (2 s), plus the same slack for load.
    assert!(
        took < Duration::from_secs(5),
        "the request after the stall took {took:?}"
    );
    // A new session through the stalled proxy fails within connect_timeout.
    let started = Instant::now();
    let (status, v) = app.post("/database/connect", &body).await;
    let took = started.elapsed();
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["code"], "connect_failed", "{v}");
    assert!(
        took < Duration::from_secs(4),
        "a connect through the stall took {took:?}"
    );
    let stats = idle_within(&app, Duration::from_secs(5)).await;
    assert_eq!(stats["in_use"], 0, "{stats}");

    // Restore: requests succeed again without restarting anything.
    proxy.restore();
    let v = recovers_within(&app, &s, 4, Duration::from_secs(10)).await;
    assert_eq!(v["rows"][0][0], "item 4");

    // Cut every proxied socket: the next request gets a fresh connection (or a retryable 503),
    // and the one after succeeds.
    proxy.cut();
    let (status, v) = app.sql(&s, "SELECT name FROM items WHERE id = 5").await;
    assert!(
        status == 200 || (status == 503 && v["code"] == "unavailable"),
        "after a cut: {status} {v}"
    );
    let v = recovers_within(&app, &s, 6, Duration::from_secs(10)).await;
    assert_eq!(v["rows"][0][0], "item 6");
    let stats = idle_within(&app, Duration::from_secs(5)).await;
    assert_eq!(stats["in_use"], 0, "{stats}");
    app.stop().await;
}

/// Asks for item `id` until it answers 200, within `deadline`. Each try opens a fresh
/// connection, and on a loaded CI machine one PostgreSQL backend start can outlast
/// connect_timeout; such a try must fail as a retryable 503 `unavailable`, nothing else.
async fn recovers_within(app: &TestApp, s: &str, id: u32, deadline: Duration) -> Value {
    let started = Instant::now();
    loop {
        let (status, v) = app
            .sql(s, &format!("SELECT name FROM items WHERE id = {id}"))
            .await;
        if status == 200 {
            return v;
        }
        assert!(
            status == 503 && v["code"] == "unavailable",
            "recovering: {status} {v}"
        );
        assert!(
            started.elapsed() < deadline,
            "no recovery within {deadline:?}: {v}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
