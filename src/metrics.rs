//! Prometheus figures: HTTP requests by route and status, request latency, and pool and
//! session figures read from their managers at scrape time.
//!
//! Owns: the `prometheus_client` registry (passed in `AppState`, never global).

use std::sync::atomic::AtomicU64;
use std::sync::Mutex;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

use crate::pool::PoolsStats;
use crate::session::SessionStats;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct HttpLabels {
    pub method: String,
    pub route: String,
    pub status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct EngineLabels {
    pub engine: String,
}

pub struct Metrics {
    registry: Mutex<Registry>,
    pub http_requests: Family<HttpLabels, Counter>,
    pub http_duration: Family<HttpLabels, Histogram>,
    pub answers: Family<EngineLabels, Counter>,
    pub llm_prompt_tokens: Counter,
    pub llm_completion_tokens: Counter,
    pub llm_latency: Histogram,
    pools: Gauge,
    connections: Gauge,
    in_use: Gauge,
    idle: Gauge,
    waiting: Gauge,
    acquires: Counter,
    acquire_timeouts: Counter,
    opened: Counter,
    closed: Counter,
    sessions: Gauge,
    sessions_created: Counter,
    sessions_expired: Counter,
    sessions_ended: Counter,
    schema_loads: Counter,
    runtime_workers: Gauge,
}

/// Moves a counter up to a total kept elsewhere (totals there never decrease).
fn sync_counter(c: &Counter<u64, AtomicU64>, total: u64) {
    let cur = c.get();
    if total > cur {
        c.inc_by(total - cur);
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut r = Registry::with_prefix("quarry");
        let http_requests = Family::<HttpLabels, Counter>::default();
        r.register(
            "http_requests",
            "HTTP requests by route and status",
            http_requests.clone(),
        );
        let http_duration = Family::<HttpLabels, Histogram>::new_with_constructor(|| {
            Histogram::new(exponential_buckets(0.0001, 2.5, 14))
        });
        r.register(
            "http_request_duration_seconds",
            "HTTP request latency",
            http_duration.clone(),
        );
        let answers = Family::<EngineLabels, Counter>::default();
        r.register("answers", "questions answered, by engine", answers.clone());
        let llm_prompt_tokens = Counter::default();
        r.register(
            "llm_prompt_tokens",
            "prompt tokens sent to LLM providers",
            llm_prompt_tokens.clone(),
        );
        let llm_completion_tokens = Counter::default();
        r.register(
            "llm_completion_tokens",
            "completion tokens received from LLM providers",
            llm_completion_tokens.clone(),
        );
        let llm_latency = Histogram::new(exponential_buckets(0.05, 2.0, 10));
        r.register(
            "llm_request_duration_seconds",
            "LLM provider latency",
            llm_latency.clone(),
        );
        let g = |r: &mut Registry, name: &str, help: &str| {
            let g = Gauge::default();
            r.register(name, help, g.clone());
            g
        };
        let c = |r: &mut Registry, name: &str, help: &str| {
            let c = Counter::default();
            r.register(name, help, c.clone());
            c
        };
        Metrics {
            pools: g(&mut r, "pools", "open connection pools"),
            connections: g(&mut r, "pool_connections", "open database connections"),
            in_use: g(&mut r, "pool_connections_in_use", "connections checked out"),
            idle: g(&mut r, "pool_connections_idle", "idle connections"),
            waiting: g(&mut r, "pool_waiting", "requests waiting for a connection"),
            acquires: c(&mut r, "pool_acquires", "connection checkouts"),
            acquire_timeouts: c(&mut r, "pool_acquire_timeouts", "checkouts that timed out"),
            opened: c(&mut r, "pool_connections_opened", "connections opened"),
            closed: c(&mut r, "pool_connections_closed", "connections closed"),
            sessions: g(&mut r, "sessions", "live sessions"),
            sessions_created: c(&mut r, "sessions_created", "sessions created"),
            sessions_expired: c(&mut r, "sessions_expired", "sessions expired"),
            sessions_ended: c(&mut r, "sessions_ended", "sessions ended by their owner"),
            schema_loads: c(&mut r, "schema_loads", "schema introspections"),
            runtime_workers: g(
                &mut r,
                "runtime_worker_threads",
                "async runtime worker threads (server.worker_threads)",
            ),
            registry: Mutex::new(r),
            http_requests,
            http_duration,
            answers,
            llm_prompt_tokens,
            llm_completion_tokens,
            llm_latency,
        }
    }

    /// The Prometheus text exposition, with pool and session figures as of now.
    pub fn render(
        &self,
        pools: &PoolsStats,
        sessions: Option<&SessionStats>,
        schema_loads: u64,
    ) -> String {
        self.pools.set(pools.total_pools as i64);
        self.connections.set(pools.total_connections as i64);
        self.in_use.set(pools.in_use as i64);
        self.idle.set(pools.idle as i64);
        self.waiting.set(pools.waiting as i64);
        sync_counter(&self.acquires, pools.acquires_total);
        sync_counter(&self.acquire_timeouts, pools.acquire_timeouts_total);
        sync_counter(&self.opened, pools.connections_opened_total);
        sync_counter(&self.closed, pools.connections_closed_total);
        if let Some(s) = sessions {
            self.sessions.set(s.total_sessions as i64);
            sync_counter(&self.sessions_created, s.created_total);
            sync_counter(&self.sessions_expired, s.expired_total);
            sync_counter(&self.sessions_ended, s.ended_total);
        }
        sync_counter(&self.schema_loads, schema_loads);
        if let Ok(rt) = tokio::runtime::Handle::try_current() {
            self.runtime_workers.set(rt.metrics().num_workers() as i64);
        }
        let mut out = String::new();
        if let Ok(r) = self.registry.lock() {
            let _ = prometheus_client::encoding::text::encode(&mut out, &r);
        }
        out
    }
}
