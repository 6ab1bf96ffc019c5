//! Pool figures for `/stats/pools` and `/metrics`: lock-free counters and a fixed-bucket
//! histogram of acquire waits (p50/p99 are read from the buckets' upper bounds).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

use serde::Serialize;

use super::PoolEntry;

/// Upper bounds of the wait buckets, in microseconds; the last bucket is open.
pub const WAIT_BUCKETS_US: [u64; 16] = [
    50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000, 500_000,
    1_000_000, 2_500_000, 5_000_000,
];

#[derive(Debug, Default)]
pub struct PoolCounters {
    pub acquires_total: AtomicU64,
    pub acquire_timeouts_total: AtomicU64,
    pub opened_total: AtomicU64,
    pub closed_total: AtomicU64,
    pub wait_buckets: [AtomicU64; WAIT_BUCKETS_US.len() + 1],
    pub wait_sum_us: AtomicU64,
}

impl PoolCounters {
    pub fn record_wait(&self, d: Duration) {
        let us = d.as_micros() as u64;
        let i = WAIT_BUCKETS_US
            .iter()
            .position(|b| us <= *b)
            .unwrap_or(WAIT_BUCKETS_US.len());
        self.wait_buckets[i].fetch_add(1, Ordering::Relaxed);
        self.wait_sum_us.fetch_add(us, Ordering::Relaxed);
    }

    /// Adds another pool's totals (an evicted pool's figures stay in the totals).
    pub fn absorb(&self, other: &PoolCounters) {
        let add = |a: &AtomicU64, b: &AtomicU64| {
            a.fetch_add(b.load(Ordering::Relaxed), Ordering::Relaxed);
        };
        add(&self.acquires_total, &other.acquires_total);
        add(&self.acquire_timeouts_total, &other.acquire_timeouts_total);
        add(&self.opened_total, &other.opened_total);
        add(&self.closed_total, &other.closed_total);
        add(&self.wait_sum_us, &other.wait_sum_us);
        for (a, b) in self.wait_buckets.iter().zip(other.wait_buckets.iter()) {
            add(a, b);
        }
    }

    /// The bucket bound below which `q` of the waits fall, in milliseconds.
    pub fn wait_quantile_ms(&self, q: f64) -> f64 {
        let counts: Vec<u64> = self
            .wait_buckets
            .iter()
            .map(|b| b.load(Ordering::Relaxed))
            .collect();
        let total: u64 = counts.iter().sum();
        if total == 0 {
            return 0.0;
        }
        let rank = (q * total as f64).ceil().max(1.0) as u64;
        let mut seen = 0;
        for (i, c) in counts.iter().enumerate() {
            seen += c;
            if seen >= rank {
                let bound = WAIT_BUCKETS_US
                    .get(i)
                    .copied()
                    .unwrap_or(WAIT_BUCKETS_US[WAIT_BUCKETS_US.len() - 1] * 2);
                return bound as f64 / 1000.0;
            }
        }
        0.0
    }
}

/// One pool in `/stats/pools`: where it points (no secrets) and how it is doing.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PoolStats {
    pub id: String,
    pub driver: String,
    pub host: String,
    pub database: String,
    pub user: String,
    pub size: usize,
    pub idle: usize,
    pub in_use: usize,
    pub waiting: usize,
    pub min: usize,
    pub max: usize,
    /// Unix seconds.
    pub created_at: u64,
    /// Unix seconds.
    pub last_used: u64,
    pub acquires_total: u64,
    pub acquire_timeouts_total: u64,
    pub connections_opened_total: u64,
    pub connections_closed_total: u64,
    pub acquire_wait_p50_ms: f64,
    pub acquire_wait_p99_ms: f64,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PoolsStats {
    pub total_pools: usize,
    pub total_connections: usize,
    pub in_use: usize,
    pub idle: usize,
    pub waiting: usize,
    pub acquires_total: u64,
    pub acquire_timeouts_total: u64,
    pub connections_opened_total: u64,
    pub connections_closed_total: u64,
    pub pools: Vec<PoolStats>,
}

pub(super) fn collect(entries: &[Arc<PoolEntry>], retired: &PoolCounters) -> PoolsStats {
    let mut pools: Vec<PoolStats> = entries
        .iter()
        .map(|e| {
            let s = e.pool.status();
            let c = &e.counters;
            let t = &e.target;
            PoolStats {
                id: e.key.as_str().chars().take(12).collect(),
                driver: t.driver.name().into(),
                host: t.host.clone(),
                database: t.database.clone(),
                user: t.user.clone(),
                size: s.size,
                idle: s.available,
                in_use: s.size.saturating_sub(s.available),
                waiting: s.waiting,
                min: e.min,
                max: s.max_size,
                created_at: e
                    .created_at
                    .duration_since(UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or(0),
                last_used: e.last_used_ms.load(Ordering::Relaxed) / 1000,
                acquires_total: c.acquires_total.load(Ordering::Relaxed),
                acquire_timeouts_total: c.acquire_timeouts_total.load(Ordering::Relaxed),
                connections_opened_total: c.opened_total.load(Ordering::Relaxed),
                connections_closed_total: c.closed_total.load(Ordering::Relaxed),
                acquire_wait_p50_ms: c.wait_quantile_ms(0.5),
                acquire_wait_p99_ms: c.wait_quantile_ms(0.99),
            }
        })
        .collect();
    pools.sort_by(|a, b| a.id.cmp(&b.id));
    let sum = |f: fn(&PoolStats) -> u64| pools.iter().map(f).sum::<u64>();
    PoolsStats {
        total_pools: pools.len(),
        total_connections: pools.iter().map(|p| p.size).sum(),
        in_use: pools.iter().map(|p| p.in_use).sum(),
        idle: pools.iter().map(|p| p.idle).sum(),
        waiting: pools.iter().map(|p| p.waiting).sum(),
        acquires_total: sum(|p| p.acquires_total) + retired.acquires_total.load(Ordering::Relaxed),
        acquire_timeouts_total: sum(|p| p.acquire_timeouts_total)
            + retired.acquire_timeouts_total.load(Ordering::Relaxed),
        connections_opened_total: sum(|p| p.connections_opened_total)
            + retired.opened_total.load(Ordering::Relaxed),
        connections_closed_total: sum(|p| p.connections_closed_total)
            + retired.closed_total.load(Ordering::Relaxed),
        pools,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wait_quantiles_come_from_buckets() {
        let c = PoolCounters::default();
        for _ in 0..98 {
            c.record_wait(Duration::from_micros(40));
        }
        c.record_wait(Duration::from_millis(3));
        c.record_wait(Duration::from_millis(3));
        assert_eq!(c.wait_quantile_ms(0.5), 0.05);
        assert_eq!(c.wait_quantile_ms(0.99), 5.0);
        assert_eq!(PoolCounters::default().wait_quantile_ms(0.99), 0.0);
    }
}
