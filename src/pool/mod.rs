//! Connection pools: one per target fingerprint, for every driver.
//!
//! Owns: [`PoolManager`] (the map of pools, the global connection budget, the idle-pool
//! sweeper), [`PoolKey`] (DESIGN invariant 1: driver + host + port + database + user + keyed
//! hash of the password + TLS mode), and [`ConnGuard`], the RAII handle through which every
//! caller uses a connection (it goes back to the pool on every path, including panics and
//! dropped futures).
//! Must not: know about sessions or tenants (per-tenant caps are enforced by the caller).
//!
//! Concurrency: the map is a `RwLock<HashMap>` read on every acquire and written only when a
//! pool is created or evicted. Each pool is a `deadpool` pool (its semaphore is fair, so
//! waiters are served in arrival order). The global budget is a `tokio::sync::Semaphore` whose
//! permit lives inside each open connection, so it counts connections, not checkouts.
//! One background task, started by [`PoolManager::spawn_sweeper`], closes pools unused for
//! `pool.idle_pool_timeout` and connections older than `pool.max_connection_lifetime`; it
//! stops when its cancellation token fires.
//!
//! Checkout policy: a connection idle longer than `pool.verify_after_idle`, or older than the
//! pool's last broken connection, is pinged first (a socket the server dropped is found here,
//! not by the caller); one that broke, timed out mid-statement, or outlived
//! `max_connection_lifetime` is discarded and replaced (a broken or abandoned one as soon as
//! its guard drops). A connection being opened for a caller that goes away is still opened
//! and joins the pool (see [`PoolManager::acquire`]).
//!
//! Failure model: [`PoolError`]: `Timeout` (-> 503 + Retry-After), `Connect` (the database
//! refused or is unreachable).
//! Config: `[pool]` min_connections, max_connections, acquire_timeout, connect_timeout,
//! idle_pool_timeout, max_connection_lifetime, global_max_connections, verify_after_idle.

mod stats;

use std::collections::HashMap;
use std::ops::Deref;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use deadpool::managed::{self, Metrics, RecycleError, RecycleResult};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio_util::sync::CancellationToken;

use crate::config::PoolConfig;
use crate::db::{Conn, ConnectOptions, DbError, ExecLimits, ResultSet, ServerInfo, Target};
use quarry_model::Schema;
pub use stats::{PoolCounters, PoolStats, PoolsStats};

/// Identifies a pool: a digest of everything that decides which server session a connection
/// is, including a keyed hash of the password (so equal keys mean equal credentials).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PoolKey(String);

impl PoolKey {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for PoolKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum PoolError {
    #[error("no database connection became free within {0:?}; try again shortly")]
    Timeout(Duration),
    #[error("{0}")]
    Connect(DbError),
    #[error("quarry is shutting down")]
    Closed,
}

/// Settings every pool shares.
#[derive(Debug, Clone)]
pub struct PoolSettings {
    pub config: PoolConfig,
    pub statement_timeout: Duration,
}

/// A connection as the pool holds it: the driver connection plus what the pool tracks.
pub struct Managed {
    conn: Conn,
    /// Set while a statement runs; still set when the guard drops means it never finished
    /// cleanly (cancelled, panicked, or the connection broke), so the guard takes the
    /// connection out of the pool. Recycle and the sweeper check it too, as a backstop.
    dirty: bool,
    /// The pool's broken epoch when this connection last proved itself (opened or pinged).
    seen_epoch: u64,
    counters: Arc<PoolCounters>,
    _budget: OwnedSemaphorePermit,
}

impl Drop for Managed {
    fn drop(&mut self) {
        self.counters.closed_total.fetch_add(1, Ordering::Relaxed);
    }
}

/// Opens and checks connections for one pool (deadpool's manager).
pub struct DriverManager {
    target: Arc<Target>,
    budget: Arc<Semaphore>,
    options: ConnectOptions,
    acquire_timeout: Duration,
    verify_after_idle: Duration,
    max_lifetime: Duration,
    counters: Arc<PoolCounters>,
    /// Bumped whenever a connection of this pool turns out broken. A server that restarts or
    /// terminates backends usually takes all of them at once, and the client side notices
    /// only when it next reads; so after one break, every idle connection older than it is
    /// pinged before reuse, and a retried statement never lands on another dead one.
    broken_epoch: Arc<AtomicU64>,
}

impl managed::Manager for DriverManager {
    type Type = Managed;
    type Error = DbError;

    async fn create(&self) -> Result<Managed, DbError> {
        // The global budget is a wait like any acquire: bounded by the acquire timeout.
        let permit =
            tokio::time::timeout(self.acquire_timeout, self.budget.clone().acquire_owned())
                .await
                .map_err(|_| {
                    DbError::Broken(
                        "the global connection budget (pool.global_max_connections) is exhausted"
                            .into(),
                    )
                })?
                .map_err(|_| DbError::Broken("quarry is shutting down".into()))?;
        let conn = Conn::connect(&self.target, &self.options).await?;
        self.counters.opened_total.fetch_add(1, Ordering::Relaxed);
        Ok(Managed {
            conn,
            dirty: false,
            seen_epoch: self.broken_epoch.load(Ordering::Acquire),
            counters: self.counters.clone(),
            _budget: permit,
        })
    }

    async fn recycle(&self, obj: &mut Managed, metrics: &Metrics) -> RecycleResult<DbError> {
        if obj.dirty {
            return Err(RecycleError::Message(
                "statement did not finish cleanly".into(),
            ));
        }
        if obj.conn.is_closed() {
            return Err(RecycleError::Message("connection closed".into()));
        }
        if metrics.age() > self.max_lifetime {
            return Err(RecycleError::Message(
                "connection outlived its lifetime".into(),
            ));
        }
        let epoch = self.broken_epoch.load(Ordering::Acquire);
        if obj.seen_epoch != epoch || metrics.last_used() > self.verify_after_idle {
            obj.conn.ping().await.map_err(RecycleError::Backend)?;
            obj.seen_epoch = epoch;
        }
        Ok(())
    }
}

type DeadPool = managed::Pool<DriverManager>;

/// One pool and what the stats say about it.
pub struct PoolEntry {
    pub key: PoolKey,
    pool: DeadPool,
    pub target: Arc<Target>,
    pub created_at: SystemTime,
    last_used_ms: AtomicU64,
    pub counters: Arc<PoolCounters>,
    min: usize,
    /// What the server said about itself and this login, asked once per pool: every
    /// connection of a pool is the same login on the same server.
    pub server_info: std::sync::OnceLock<ServerInfo>,
    filling: std::sync::atomic::AtomicBool,
    /// Shared with the pool's manager: see `DriverManager::broken_epoch`.
    broken_epoch: Arc<AtomicU64>,
}

impl PoolEntry {
    fn touch(&self) {
        self.last_used_ms.store(now_ms(), Ordering::Relaxed);
    }

    fn idle_for(&self) -> Duration {
        Duration::from_millis(now_ms().saturating_sub(self.last_used_ms.load(Ordering::Relaxed)))
    }

    fn in_use(&self) -> usize {
        let s = self.pool.status();
        s.size.saturating_sub(s.available)
    }
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// A checked-out connection. Returns to its pool when dropped, on every path.
pub struct ConnGuard {
    /// `None` only while dropping.
    obj: Option<managed::Object<DriverManager>>,
    entry: Arc<PoolEntry>,
}

impl ConnGuard {
    fn managed(&mut self) -> &mut Managed {
        self.obj
            .as_mut()
            .expect("a guard holds its connection until dropped")
    }

    pub fn pool_key(&self) -> &PoolKey {
        &self.entry.key
    }

    /// Runs one statement. The connection is marked dirty meanwhile: if this future is dropped
    /// half-way (client gone) or the connection broke, the pool discards it instead of
    /// reusing it.
    pub async fn query(&mut self, sql: &str, limits: &ExecLimits) -> Result<ResultSet, DbError> {
        let m = self.managed();
        m.dirty = true;
        let r = m.conn.query(sql, limits).await;
        self.settle(&r);
        r
    }

    pub async fn introspect(&mut self) -> Result<Schema, DbError> {
        let m = self.managed();
        m.dirty = true;
        let r = m.conn.introspect().await;
        self.settle(&r);
        r
    }

    pub async fn schema_fingerprint(&mut self) -> Result<String, DbError> {
        let m = self.managed();
        m.dirty = true;
        let r = m.conn.schema_fingerprint().await;
        self.settle(&r);
        r
    }

    pub async fn server_info(&mut self) -> Result<ServerInfo, DbError> {
        let m = self.managed();
        m.dirty = true;
        let r = m.conn.server_info().await;
        self.settle(&r);
        r
    }

    pub async fn estimate_rows(&mut self, sql: &str) -> Result<Option<f64>, DbError> {
        let m = self.managed();
        m.dirty = true;
        let r = m.conn.estimate_rows(sql).await;
        self.settle(&r);
        r
    }

    /// A connection stays dirty (and is discarded) only when its state is unknown.
    fn settle<T>(&mut self, r: &Result<T, DbError>) {
        self.managed().dirty = matches!(r, Err(DbError::Broken(_)) | Err(DbError::Stalled(_)));
        if matches!(r, Err(DbError::Broken(_))) {
            self.entry.broken_epoch.fetch_add(1, Ordering::AcqRel);
        }
    }
}

impl Deref for ConnGuard {
    type Target = Conn;
    fn deref(&self) -> &Conn {
        &self
            .obj
            .as_ref()
            .expect("a guard holds its connection until dropped")
            .conn
    }
}

impl Drop for ConnGuard {
    fn drop(&mut self) {
        self.entry.touch();
        // A connection in an unknown state leaves the pool now, not at the next checkout: its
        // socket closes at once, so the server stops an abandoned statement (with
        // client_connection_check_interval) and the global budget gets its permit back.
        if let Some(obj) = self.obj.take() {
            if obj.dirty {
                drop(managed::Object::take(obj));
            }
        }
    }
}

/// All pools of this node.
pub struct PoolManager {
    pools: RwLock<HashMap<PoolKey, Arc<PoolEntry>>>,
    budget: Arc<Semaphore>,
    settings: PoolSettings,
    /// Per-process key for the password hash inside pool keys: never leaves memory.
    hash_key: [u8; 32],
    /// Totals of pools already evicted, so `/metrics` counters never go backwards.
    retired: PoolCounters,
}

impl PoolManager {
    pub fn new(settings: PoolSettings) -> PoolManager {
        let hash_key: [u8; 32] = rand::random();
        PoolManager {
            pools: RwLock::new(HashMap::new()),
            budget: Arc::new(Semaphore::new(settings.config.global_max_connections)),
            settings,
            hash_key,
            retired: PoolCounters::default(),
        }
    }

    pub fn settings(&self) -> &PoolSettings {
        &self.settings
    }

    /// The pool key of a target (DESIGN invariant 1).
    pub fn key_for(&self, target: &Target) -> PoolKey {
        let mut mac = match Hmac::<Sha256>::new_from_slice(&self.hash_key) {
            Ok(m) => m,
            // HMAC takes keys of any length; this arm cannot happen with a 32-byte key.
            Err(_) => return PoolKey(String::from("invalid")),
        };
        mac.update(target.password.expose().unwrap_or("").as_bytes());
        let pw = mac.finalize().into_bytes();
        let mut h = Sha256::new();
        for part in [
            target.driver.name(),
            &target.host,
            &target.port.to_string(),
            &target.database,
            &target.user,
            &format!("{:?}", target.sslmode),
        ] {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part.as_bytes());
        }
        // verify-full connections were checked against one server name: a session that asks
        // for another name at the same address must not get them.
        if target.sslmode == crate::db::SslMode::VerifyFull {
            let name = target.tls_server_name.as_deref().unwrap_or(&target.host);
            h.update((name.len() as u64).to_le_bytes());
            h.update(name.as_bytes());
        }
        h.update(pw);
        PoolKey(hex::encode(&h.finalize()[..16]))
    }

    fn lookup(&self, key: &PoolKey) -> Option<Arc<PoolEntry>> {
        self.pools.read().ok()?.get(key).cloned()
    }

    /// The pool for a target, created (without connecting) when missing.
    pub fn pool_for(&self, target: &Arc<Target>) -> Result<Arc<PoolEntry>, PoolError> {
        let key = self.key_for(target);
        if let Some(e) = self.lookup(&key) {
            return Ok(e);
        }
        let mut pools = self.pools.write().map_err(|_| PoolError::Closed)?;
        if let Some(e) = pools.get(&key) {
            return Ok(e.clone());
        }
        let c = &self.settings.config;
        let counters = Arc::new(PoolCounters::default());
        let broken_epoch = Arc::new(AtomicU64::new(0));
        let manager = DriverManager {
            target: target.clone(),
            budget: self.budget.clone(),
            options: ConnectOptions {
                connect_timeout: c.connect_timeout,
                statement_timeout: self.settings.statement_timeout,
                ssl_root_cert: c.ssl_root_cert.clone(),
            },
            acquire_timeout: c.acquire_timeout,
            verify_after_idle: c.verify_after_idle,
            max_lifetime: c.max_connection_lifetime,
            counters: counters.clone(),
            broken_epoch: broken_epoch.clone(),
        };
        let pool = managed::Pool::builder(manager)
            .max_size(c.max_connections)
            .queue_mode(managed::QueueMode::Lifo)
            .runtime(deadpool::Runtime::Tokio1)
            .wait_timeout(Some(c.acquire_timeout))
            .create_timeout(Some(c.connect_timeout + c.acquire_timeout))
            .recycle_timeout(Some(c.connect_timeout))
            .build()
            .map_err(|e| PoolError::Connect(DbError::Unsupported(e.to_string())))?;
        let entry = Arc::new(PoolEntry {
            key: key.clone(),
            pool,
            target: target.clone(),
            created_at: SystemTime::now(),
            last_used_ms: AtomicU64::new(now_ms()),
            counters,
            min: c.min_connections,
            server_info: std::sync::OnceLock::new(),
            filling: std::sync::atomic::AtomicBool::new(false),
            broken_epoch,
        });
        pools.insert(key, entry.clone());
        Ok(entry)
    }

    /// Checks out a connection, waiting at most `pool.acquire_timeout`.
    pub async fn acquire(&self, entry: &Arc<PoolEntry>) -> Result<ConnGuard, PoolError> {
        let timeout = self.settings.config.acquire_timeout;
        let started = Instant::now();
        entry.touch();
        let status = entry.pool.status();
        let got = if status.available > 0 || status.size >= status.max_size {
            tokio::time::timeout(timeout, entry.pool.get()).await
        } else {
            // A checkout that may open a connection runs in its own task: a caller that goes
            // away (a client that hung up) must not cancel a connection half-opened for it.
            // Cancelled, it would be opened again for the next caller and cancelled again, and
            // with clients less patient than a backend start the pool would never grow while
            // the server kept starting backends. Finished, it goes back to the pool when the
            // task's unclaimed result drops; the pool's own wait and create timeouts bound how
            // long the task outlives its caller. A checkout that finds an idle connection, or
            // waits for one in a full pool, has nothing to lose and skips the task, which would
            // cost the common case a spawn (a full pool that discards a connection lets a
            // waiter open one inline; if that is cancelled, the pool is no longer full and the
            // next checkout takes the task).
            let pool = entry.pool.clone();
            tokio::time::timeout(timeout, tokio::spawn(async move { pool.get().await }))
                .await
                .map(|joined| {
                    joined
                        .map_err(|_| managed::PoolError::Closed)
                        .and_then(|r| r)
                })
        };
        entry.counters.record_wait(started.elapsed());
        match got {
            Ok(Ok(obj)) => {
                entry
                    .counters
                    .acquires_total
                    .fetch_add(1, Ordering::Relaxed);
                Ok(ConnGuard {
                    obj: Some(obj),
                    entry: entry.clone(),
                })
            }
            Ok(Err(managed::PoolError::Backend(e))) => Err(PoolError::Connect(e)),
            Ok(Err(managed::PoolError::Closed)) => Err(PoolError::Closed),
            Ok(Err(_)) | Err(_) => {
                entry
                    .counters
                    .acquire_timeouts_total
                    .fetch_add(1, Ordering::Relaxed);
                Err(PoolError::Timeout(timeout))
            }
        }
    }

    /// Opens the pool's minimum of connections in the background (the first one is already
    /// open when this is called after a successful connect). At most one fill runs per pool,
    /// and it never waits for a connection: it only takes what is free at once, so it cannot
    /// starve requests by holding connections while waiting for more.
    pub fn fill_min(self: &Arc<Self>, entry: &Arc<PoolEntry>) {
        if entry.pool.status().size >= entry.min || entry.filling.swap(true, Ordering::AcqRel) {
            return;
        }
        let entry = entry.clone();
        let c = &self.settings.config;
        let timeouts = managed::Timeouts {
            wait: Some(Duration::ZERO),
            create: Some(c.connect_timeout),
            recycle: Some(c.connect_timeout),
        };
        tokio::spawn(async move {
            let mut held = Vec::new();
            // Checked-out connections are held so that each further checkout opens a new one.
            while entry.pool.status().size < entry.min && held.len() < entry.min {
                match entry.pool.timeout_get(&timeouts).await {
                    Ok(obj) => held.push(obj),
                    Err(_) => break,
                }
            }
            drop(held);
            entry.filling.store(false, Ordering::Release);
        });
    }

    /// Removes a pool that has no connections (after a failed first connect), so a wrong
    /// password leaves nothing behind.
    pub fn discard_if_empty(&self, key: &PoolKey) {
        if let Ok(mut pools) = self.pools.write() {
            if pools.get(key).is_some_and(|e| e.pool.status().size == 0) {
                if let Some(e) = pools.remove(key) {
                    e.pool.close();
                    self.retired.absorb(&e.counters);
                }
            }
        }
    }

    pub fn stats(&self) -> PoolsStats {
        let pools: Vec<Arc<PoolEntry>> = self
            .pools
            .read()
            .map(|p| p.values().cloned().collect())
            .unwrap_or_default();
        stats::collect(&pools, &self.retired)
    }

    /// Evicts idle pools and expires old idle connections once.
    pub fn sweep(&self) -> usize {
        let c = &self.settings.config;
        let mut evicted = Vec::new();
        if let Ok(mut pools) = self.pools.write() {
            pools.retain(|_, e| {
                let keep = e.in_use() > 0 || e.idle_for() < c.idle_pool_timeout;
                if !keep {
                    evicted.push(e.clone());
                }
                keep
            });
        }
        for e in &evicted {
            e.pool.close();
            self.retired.absorb(&e.counters);
            tracing::info!(pool = %e.key, target = %e.target.describe(), "closed idle pool");
        }
        let lifetime = c.max_connection_lifetime;
        for e in self
            .pools
            .read()
            .map(|p| p.values().cloned().collect::<Vec<_>>())
            .unwrap_or_default()
        {
            e.pool
                .retain(|m, metrics| !m.dirty && metrics.age() < lifetime);
        }
        evicted.len()
    }

    /// Runs [`PoolManager::sweep`] periodically until `stop` fires.
    pub fn spawn_sweeper(self: &Arc<Self>, stop: CancellationToken) -> tokio::task::JoinHandle<()> {
        let me = self.clone();
        let period = (self.settings.config.idle_pool_timeout / 4)
            .clamp(Duration::from_millis(100), Duration::from_secs(30));
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(period);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tokio::select! {
                    _ = stop.cancelled() => break,
                    _ = tick.tick() => { me.sweep(); }
                }
            }
        })
    }

    /// Closes every pool (shutdown).
    pub fn close_all(&self) {
        if let Ok(mut pools) = self.pools.write() {
            for (_, e) in pools.drain() {
                e.pool.close();
            }
        }
        self.budget.close();
    }
}
