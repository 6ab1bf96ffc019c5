//! `quarry bench`: drives a running quarry over HTTP with concurrent simulated users, and
//! measures in-process session memory.
//!
//! Owns: load scenarios, latency statistics, the JSON report. Must not: reach anything but
//! the quarry it is pointed at (and, for `sessions-mem`, nothing at all).
//! Scenarios: `sql-point` (primary-key lookups through `/sql`), `connect` (warm connect
//! storm: the pool exists), `connect-cold` (each connect makes a new pool), `query-builtin`
//! (questions the builtin engine answers), `mixed`, `sessions` (create and hold M sessions),
//! `sessions-mem` (in-process: RSS growth and creation rate of the memory store).
//! Every request has a client timeout; the run stops after `--duration` or `--requests`.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::{json, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Scenario {
    SqlPoint,
    Connect,
    ConnectCold,
    QueryBuiltin,
    Mixed,
    Sessions,
    SessionsMem,
    /// Every client sends one slow request, in a known arrival order, at a small pool:
    /// measures which errors appear and whether waiters are served in arrival order.
    Fairness,
}

#[derive(Debug, Clone, clap::Args)]
pub struct BenchArgs {
    #[arg(value_enum)]
    pub scenario: Scenario,
    /// The quarry to drive.
    #[arg(long, default_value = "http://127.0.0.1:8088")]
    pub url: String,
    /// The database the simulated users connect to (`/database/connect` body `url`).
    #[arg(long)]
    pub target: Option<String>,
    /// Concurrent simulated users.
    #[arg(long, default_value_t = 32)]
    pub clients: usize,
    /// How long to run (humantime, e.g. 10s).
    #[arg(long, default_value = "10s", value_parser = humantime::parse_duration)]
    pub duration: Duration,
    /// Stop after this many requests in all (0: run for --duration).
    #[arg(long, default_value_t = 0)]
    pub requests: u64,
    /// The point-lookup SQL; `{id}` is replaced by a random id in 1..=--id-max.
    #[arg(
        long,
        default_value = "SELECT abalance FROM pgbench_accounts WHERE aid = {id}"
    )]
    pub sql: String,
    #[arg(long, default_value_t = 100_000)]
    pub id_max: u64,
    /// Sessions to create for `sessions` / `sessions-mem`.
    #[arg(long, default_value_t = 100_000)]
    pub sessions: usize,
    /// The server's pid, to report its RSS growth (`sessions`).
    #[arg(long)]
    pub server_pid: Option<u32>,
    #[arg(long)]
    pub api_key: Option<String>,
    /// Write the JSON report here.
    #[arg(long)]
    pub report: Option<std::path::PathBuf>,
    /// Gap between the arrivals of `fairness` clients (humantime).
    #[arg(long, default_value = "1ms", value_parser = humantime::parse_duration)]
    pub stagger: Duration,
    /// No progress bar (for scripts).
    #[arg(long)]
    pub quiet: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("{0}")]
    Setup(String),
    #[error("cannot write the report: {0}")]
    Report(#[from] std::io::Error),
}

#[derive(Debug, Default, Serialize)]
pub struct Latency {
    pub count: usize,
    pub p50_ms: f64,
    pub p90_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    pub mean_ms: f64,
}

impl Latency {
    pub fn from_micros(mut v: Vec<u64>) -> Latency {
        if v.is_empty() {
            return Latency::default();
        }
        v.sort_unstable();
        let q = |p: f64| {
            let i = ((p * v.len() as f64).ceil() as usize).clamp(1, v.len()) - 1;
            v[i] as f64 / 1000.0
        };
        Latency {
            count: v.len(),
            p50_ms: q(0.50),
            p90_ms: q(0.90),
            p99_ms: q(0.99),
            max_ms: v[v.len() - 1] as f64 / 1000.0,
            mean_ms: v.iter().sum::<u64>() as f64 / v.len() as f64 / 1000.0,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub scenario: String,
    pub clients: usize,
    pub seconds: f64,
    pub requests: u64,
    pub throughput_rps: f64,
    pub latency: Latency,
    pub errors: BTreeMap<String, u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pools: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sessions: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory: Option<Value>,
}

struct Shared {
    http: reqwest::Client,
    base: String,
    api_key: Option<String>,
    args: BenchArgs,
    stop: AtomicBool,
    done: AtomicU64,
    latencies: Mutex<Vec<u64>>,
    errors: Mutex<BTreeMap<String, u64>>,
}

impl Shared {
    fn req(&self, m: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let r = self.http.request(m, format!("{}/api/v1{path}", self.base));
        match &self.api_key {
            Some(k) => r.bearer_auth(k),
            None => r,
        }
    }

    async fn call(
        &self,
        m: reqwest::Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Value, String> {
        let mut r = self.req(m, path);
        if let Some(b) = body {
            r = r.json(b);
        }
        let resp = r.send().await.map_err(|e| {
            if e.is_timeout() {
                "client_timeout".to_string()
            } else {
                "transport".to_string()
            }
        })?;
        let status = resp.status().as_u16();
        let v: Value = resp.json().await.unwrap_or(Value::Null);
        if status >= 400 {
            return Err(format!(
                "{status} {}",
                v.get("code").and_then(|c| c.as_str()).unwrap_or("?")
            ));
        }
        Ok(v)
    }

    /// A request whose answer is only checked for success: the body is read but not parsed,
    /// so the load tool spends its CPU on sending, not on JSON.
    async fn call_ok(&self, path: &str, body: &Value) -> Result<(), String> {
        let resp = self
            .req(reqwest::Method::POST, path)
            .json(body)
            .send()
            .await
            .map_err(|e| {
                if e.is_timeout() {
                    "client_timeout".to_string()
                } else {
                    "transport".to_string()
                }
            })?;
        let status = resp.status().as_u16();
        if status >= 400 {
            let v: Value = resp.json().await.unwrap_or(Value::Null);
            return Err(format!(
                "{status} {}",
                v.get("code").and_then(|c| c.as_str()).unwrap_or("?")
            ));
        }
        resp.bytes()
            .await
            .map(|_| ())
            .map_err(|_| "transport".to_string())
    }

    fn error(&self, kind: String) {
        if let Ok(mut e) = self.errors.lock() {
            *e.entry(kind).or_default() += 1;
        }
    }

    fn more(&self) -> bool {
        if self.stop.load(Ordering::Relaxed) {
            return false;
        }
        let n = self.done.fetch_add(1, Ordering::Relaxed);
        self.args.requests == 0 || n < self.args.requests
    }

    async fn connect(&self, password: Option<String>) -> Result<String, String> {
        let target = self.args.target.clone().unwrap_or_default();
        let mut body = if target.is_empty() {
            return Err("no --target".into());
        } else {
            json!({"url": target})
        };
        if let Some(p) = password {
            // A different password makes a different pool (the pool key holds the credential).
            let mut url = url::Url::parse(&target).map_err(|e| e.to_string())?;
            url.set_password(Some(&p))
                .map_err(|_| "cannot set password".to_string())?;
            body = json!({"url": url.to_string()});
        }
        let v = self
            .call(reqwest::Method::POST, "/database/connect", Some(&body))
            .await?;
        v.get("session_id")
            .and_then(|s| s.as_str())
            .map(str::to_string)
            .ok_or_else(|| "no session_id".into())
    }
}

/// A tiny xorshift so each user draws its own ids without a shared lock.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

const QUESTIONS: &[&str] = &[
    "how many customers",
    "how many orders",
    "show products",
    "average price of products",
    "top 5 products by price",
    "how many employees",
];

async fn user(shared: Arc<Shared>, n: usize) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (n as u64 + 1).wrapping_mul(0x2545_F491_4F6C_DD1D));
    let scenario = shared.args.scenario;
    let session = match scenario {
        Scenario::SqlPoint | Scenario::QueryBuiltin | Scenario::Mixed => {
            if shared.args.target.is_some() {
                match shared.connect(None).await {
                    Ok(s) => Some(s),
                    Err(e) => {
                        shared.error(format!("setup {e}"));
                        return;
                    }
                }
            } else {
                None
            }
        }
        _ => None,
    };
    let mut local = Vec::with_capacity(4096);
    let mut cold = 0u64;
    while shared.more() {
        let kind = match scenario {
            Scenario::Mixed => match rng.next() % 10 {
                0..=6 => Scenario::SqlPoint,
                7 | 8 => Scenario::QueryBuiltin,
                _ => Scenario::Connect,
            },
            s => s,
        };
        let started = Instant::now();
        let r = match kind {
            Scenario::SqlPoint => {
                let id = 1 + rng.next() % shared.args.id_max.max(1);
                let sql = shared.args.sql.replace("{id}", &id.to_string());
                shared
                    .call_ok("/sql", &json!({"sql": sql, "session_id": session}))
                    .await
            }
            Scenario::QueryBuiltin => {
                let q = QUESTIONS[(rng.next() % QUESTIONS.len() as u64) as usize];
                shared
                    .call_ok("/query", &json!({"question": q, "session_id": session}))
                    .await
            }
            Scenario::Connect | Scenario::ConnectCold => {
                let pw = (kind == Scenario::ConnectCold).then(|| {
                    cold += 1;
                    format!("cold-{n}-{cold}")
                });
                match shared.connect(pw).await {
                    Ok(id) => {
                        let elapsed = started.elapsed();
                        local.push(elapsed.as_micros() as u64);
                        // Ending the session is not part of the connect latency.
                        let _ = shared
                            .call(reqwest::Method::DELETE, &format!("/sessions/{id}"), None)
                            .await;
                        continue;
                    }
                    Err(e) => Err(e),
                }
            }
            Scenario::Sessions => shared.connect(None).await.map(|_| ()),
            Scenario::Mixed | Scenario::SessionsMem | Scenario::Fairness => Ok(()),
        };
        match r {
            Ok(()) => local.push(started.elapsed().as_micros() as u64),
            Err(e) => shared.error(e),
        }
        if local.len() >= 4096 {
            if let Ok(mut l) = shared.latencies.lock() {
                l.append(&mut local);
            }
        }
    }
    if let Ok(mut l) = shared.latencies.lock() {
        l.append(&mut local);
    }
}

fn rss_kib(pid: Option<u32>) -> Option<u64> {
    let path = match pid {
        Some(p) => format!("/proc/{p}/status"),
        None => "/proc/self/status".to_string(),
    };
    let text = std::fs::read_to_string(path).ok()?;
    text.lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
}

/// Creates `count` sessions in an in-process memory store on one shared target and reports
/// the RSS growth per session and the creation rate.
pub async fn sessions_in_process(count: usize) -> Value {
    use crate::config::SessionConfig;
    use crate::session::{memory::MemoryStore, SessionManager, TenantId};
    let cfg = SessionConfig {
        max_sessions: count + 1,
        ..SessionConfig::default()
    };
    let manager = SessionManager::new(Arc::new(MemoryStore::new()), "memory", &cfg);
    let target = Arc::new(
        crate::db::Target::from_url("postgres://bench:pw@127.0.0.1:5432/bench")
            .unwrap_or_else(|_| crate::db::Target::sqlite("/tmp/bench.db")),
    );
    let tenant = TenantId::new("default");
    let before = rss_kib(None).unwrap_or(0);
    let started = Instant::now();
    for _ in 0..count {
        if manager
            .create(tenant.clone(), target.clone())
            .await
            .is_err()
        {
            break;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let after = rss_kib(None).unwrap_or(0);
    let grown = after.saturating_sub(before) * 1024;
    json!({
        "sessions": count,
        "rss_before_kib": before,
        "rss_after_kib": after,
        "rss_growth_mib": grown as f64 / (1024.0 * 1024.0),
        "bytes_per_session": grown as f64 / count.max(1) as f64,
        "create_seconds": secs,
        "sessions_per_second": count as f64 / secs.max(1e-9),
    })
}

/// One request per client, arriving in order `stagger` apart; returns per-client
/// (arrival index, start offset, end offset, status).
async fn fairness(shared: Arc<Shared>) -> Value {
    let session = shared.connect(None).await.ok();
    let n = shared.args.clients;
    let stagger = shared.args.stagger;
    let t0 = Instant::now();
    let mut handles = Vec::with_capacity(n);
    for i in 0..n {
        let shared = shared.clone();
        let session = session.clone();
        handles.push(tokio::spawn(async move {
            tokio::time::sleep_until((t0 + stagger * i as u32).into()).await;
            let start = t0.elapsed();
            let sql = shared.args.sql.replace("{id}", &(i as u64 + 1).to_string());
            let r = shared
                .call(
                    reqwest::Method::POST,
                    "/sql",
                    Some(&json!({"sql": sql, "session_id": session})),
                )
                .await;
            (i, start, t0.elapsed(), r.err())
        }));
    }
    let mut results = Vec::with_capacity(n);
    for h in handles {
        if let Ok(r) = h.await {
            results.push(r);
        }
    }
    let mut errors: BTreeMap<String, u64> = BTreeMap::new();
    let mut served: Vec<(usize, Duration)> = Vec::new();
    let mut waits = Vec::new();
    for (i, start, end, err) in &results {
        match err {
            Some(e) => *errors.entry(e.clone()).or_default() += 1,
            None => {
                served.push((*i, *end));
                waits.push((*end - *start).as_micros() as u64);
            }
        }
    }
    // Inversions: pairs served in the opposite order to their arrival, over all served pairs.
    served.sort_by_key(|(_, end)| *end);
    let order: Vec<usize> = served.iter().map(|(i, _)| *i).collect();
    let mut inversions = 0u64;
    for a in 0..order.len() {
        for b in a + 1..order.len() {
            if order[a] > order[b] {
                inversions += 1;
            }
        }
    }
    let pairs = (order.len() as u64 * order.len().saturating_sub(1) as u64 / 2).max(1);
    // Displacement: how far each request's service position is from its arrival position
    // among the served ones (0 = perfect FIFO).
    let mut by_arrival: Vec<usize> = order.clone();
    by_arrival.sort_unstable();
    let rank: std::collections::HashMap<usize, usize> = by_arrival
        .iter()
        .enumerate()
        .map(|(r, i)| (*i, r))
        .collect();
    let displacement: Vec<u64> = order
        .iter()
        .enumerate()
        .map(|(pos, i)| (pos as i64 - rank.get(i).copied().unwrap_or(pos) as i64).unsigned_abs())
        .collect();
    let max_disp = displacement.iter().max().copied().unwrap_or(0);
    let mean_disp = displacement.iter().sum::<u64>() as f64 / displacement.len().max(1) as f64;
    json!({
        "clients": n,
        "served": served.len(),
        "errors": errors,
        "inversion_ratio": inversions as f64 / pairs as f64,
        "max_displacement": max_disp,
        "mean_displacement": mean_disp,
        "wait": Latency::from_micros(waits),
    })
}

pub async fn run(args: BenchArgs) -> Result<Report, BenchError> {
    if args.scenario == Scenario::SessionsMem {
        let memory = sessions_in_process(args.sessions).await;
        let report = Report {
            scenario: "sessions-mem".into(),
            clients: 1,
            seconds: memory["create_seconds"].as_f64().unwrap_or(0.0),
            requests: args.sessions as u64,
            throughput_rps: memory["sessions_per_second"].as_f64().unwrap_or(0.0),
            latency: Latency::default(),
            errors: BTreeMap::new(),
            pools: None,
            sessions: None,
            memory: Some(memory),
        };
        return finish(report, &args);
    }
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .pool_max_idle_per_host(args.clients.max(1))
        .tcp_nodelay(true)
        .build()
        .map_err(|e| BenchError::Setup(e.to_string()))?;
    let mut args = args;
    if args.scenario == Scenario::Sessions {
        args.requests = args.sessions as u64;
    }
    let shared = Arc::new(Shared {
        http,
        base: args.url.trim_end_matches('/').to_string(),
        api_key: args.api_key.clone(),
        args: args.clone(),
        stop: AtomicBool::new(false),
        done: AtomicU64::new(0),
        latencies: Mutex::new(Vec::new()),
        errors: Mutex::new(BTreeMap::new()),
    });
    shared
        .call(reqwest::Method::GET, "/health", None)
        .await
        .map_err(|e| {
            BenchError::Setup(format!(
                "quarry at {} does not answer /health: {e}",
                args.url
            ))
        })?;
    if args.scenario == Scenario::Fairness {
        let started = Instant::now();
        let result = fairness(shared.clone()).await;
        let pools = shared
            .call(reqwest::Method::GET, "/stats/pools", None)
            .await
            .ok();
        let errors: BTreeMap<String, u64> =
            serde_json::from_value(result["errors"].clone()).unwrap_or_default();
        let report = Report {
            scenario: "fairness".into(),
            clients: args.clients,
            seconds: started.elapsed().as_secs_f64(),
            requests: args.clients as u64,
            throughput_rps: 0.0,
            latency: Latency::default(),
            errors,
            pools,
            sessions: Some(result),
            memory: None,
        };
        return finish(report, &args);
    }
    let rss_before = rss_kib(args.server_pid);
    let bar = if args.quiet {
        indicatif::ProgressBar::hidden()
    } else {
        indicatif::ProgressBar::new(args.duration.as_secs().max(1))
    };
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {elapsed_precise} [{bar:30}] {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let started = Instant::now();
    let handles: Vec<_> = (0..args.clients)
        .map(|n| tokio::spawn(user(shared.clone(), n)))
        .collect();
    let ticker = {
        let shared = shared.clone();
        let bar = bar.clone();
        let duration = args.duration;
        let by_count = args.requests > 0;
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_millis(250)).await;
                let done = shared.done.load(Ordering::Relaxed);
                bar.set_position(started.elapsed().as_secs());
                bar.set_message(format!("{done} requests"));
                if !by_count && started.elapsed() >= duration {
                    shared.stop.store(true, Ordering::Relaxed);
                    break;
                }
                if shared.stop.load(Ordering::Relaxed) {
                    break;
                }
            }
        })
    };
    for h in handles {
        let _ = h.await;
    }
    shared.stop.store(true, Ordering::Relaxed);
    let _ = ticker.await;
    bar.finish_and_clear();
    let seconds = started.elapsed().as_secs_f64();
    let latencies = shared
        .latencies
        .lock()
        .map(|mut l| std::mem::take(&mut *l))
        .unwrap_or_default();
    let errors = shared.errors.lock().map(|e| e.clone()).unwrap_or_default();
    let requests = latencies.len() as u64 + errors.values().sum::<u64>();
    let pools = shared
        .call(reqwest::Method::GET, "/stats/pools", None)
        .await
        .ok();
    let sessions = shared
        .call(reqwest::Method::GET, "/stats/sessions", None)
        .await
        .ok();
    let memory = match (rss_before, rss_kib(args.server_pid)) {
        (Some(b), Some(a)) => {
            let grown = a.saturating_sub(b) * 1024;
            Some(json!({
                "rss_before_kib": b,
                "rss_after_kib": a,
                "bytes_per_session": grown as f64 / latencies.len().max(1) as f64,
            }))
        }
        _ => None,
    };
    let report = Report {
        scenario: format!("{:?}", args.scenario),
        clients: args.clients,
        seconds,
        requests,
        throughput_rps: latencies.len() as f64 / seconds.max(1e-9),
        latency: Latency::from_micros(latencies),
        errors,
        pools,
        sessions,
        memory,
    };
    finish(report, &args)
}

fn finish(report: Report, args: &BenchArgs) -> Result<Report, BenchError> {
    if let Some(path) = &args.report {
        let text = serde_json::to_string_pretty(&report).unwrap_or_default();
        std::fs::write(path, text)?;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latency_quantiles() {
        let l = Latency::from_micros((1..=100).map(|i| i * 1000).collect());
        assert_eq!(l.p50_ms, 50.0);
        assert_eq!(l.p99_ms, 99.0);
        assert_eq!(l.max_ms, 100.0);
        assert_eq!(Latency::from_micros(vec![]).count, 0);
    }

    #[tokio::test]
    async fn in_process_sessions_report_memory_and_rate() {
        let v = sessions_in_process(10_000).await;
        assert_eq!(v["sessions"], 10_000);
        assert!(v["sessions_per_second"].as_f64().unwrap() > 1000.0, "{v}");
    }
}
