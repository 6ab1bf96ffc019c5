//! Sessions: who connected to what, until when.
//!
//! Owns: [`SessionManager`] (create, look up with tenant check, end, expire, stats), the
//! [`SessionStore`] trait with the in-memory store ([`memory::MemoryStore`]), and the expiry
//! sweeper. Must not: hold connections or know about pools; a session holds only its
//! [`Target`] (shared by `Arc` between the sessions of one target, so a million sessions on one
//! database hold one copy of its connection info).
//!
//! Isolation (DESIGN invariant 3): a session of another tenant is reported exactly like an
//! unknown one. Ids are UUID v4 from the OS CSPRNG.
//! Expiry: the idle timeout slides on every use; the absolute timeout does not. Expired
//! sessions are refused at lookup even before the sweeper (every `session.sweep_interval`)
//! removes them.
//! Failure model: [`SessionError`]: `NotFound` (-> 401/404), `Full` (`max_sessions`, -> 503),
//! `Store` (the store is unreachable, -> 503).
//! Stores: [`memory::MemoryStore`] (one node) and [`redis::RedisStore`] (several nodes; sealed
//! with [`crypto::SessionCipher`]); a store that keeps cluster-wide counters reports them
//! through [`SessionStore::totals`]; `stats` reports them as `cluster` beside this node's.
//! Config: `[session]` store, redis_url, redis_prefix, encryption_key[_file], idle_timeout,
//! absolute_timeout, sweep_interval, max_sessions.

pub mod crypto;
pub mod memory;
pub mod redis;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use async_trait::async_trait;
use serde::Serialize;
use tokio_util::sync::CancellationToken;
use uuid::Uuid;

use crate::config::SessionConfig;
use crate::db::Target;

/// A session id: 122 random bits (UUID v4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionId(pub Uuid);

impl SessionId {
    /// 122 random bits straight from the OS CSPRNG (DESIGN invariant 3), not a userspace RNG.
    pub fn new() -> SessionId {
        use rand::RngCore;
        let mut bytes = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        SessionId(uuid::Builder::from_random_bytes(bytes).into_uuid())
    }

    /// Any malformed id is simply an unknown session.
    pub fn parse(s: &str) -> Option<SessionId> {
        Uuid::parse_str(s.trim()).ok().map(SessionId)
    }
}

impl Default for SessionId {
    fn default() -> Self {
        SessionId::new()
    }
}

impl std::fmt::Display for SessionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// The tenant a request acts for (from its API key; `default` without auth).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TenantId(pub Arc<str>);

impl TenantId {
    pub fn new(s: &str) -> TenantId {
        TenantId(Arc::from(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A live session as callers see it.
#[derive(Debug, Clone)]
pub struct Session {
    pub id: SessionId,
    pub tenant: TenantId,
    pub target: Arc<Target>,
    /// Unix milliseconds.
    pub created_at: u64,
    /// Unix milliseconds.
    pub last_used: u64,
}

/// When sessions end.
#[derive(Debug, Clone, Copy)]
pub struct Expiry {
    pub idle: Duration,
    pub absolute: Duration,
}

impl Expiry {
    pub fn is_expired(&self, created_at: u64, last_used: u64, now: u64) -> bool {
        now.saturating_sub(last_used) >= self.idle.as_millis() as u64
            || now.saturating_sub(created_at) >= self.absolute.as_millis() as u64
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    #[error("the session store is unavailable: {0}")]
    Unavailable(String),
}

/// Where sessions live. Implementations: memory (one node), Redis (several nodes).
#[async_trait]
pub trait SessionStore: Send + Sync {
    /// Adds a session unless the store already holds `max` sessions; returns whether it did.
    async fn insert(&self, session: Session, max: usize) -> Result<bool, StoreError>;
    /// The session if it exists and has not expired, with its idle timer slid to `now`.
    /// An expired session is removed and reported as `Expired`.
    async fn get_and_touch(
        &self,
        id: &SessionId,
        now: u64,
        expiry: &Expiry,
    ) -> Result<Lookup, StoreError>;
    /// Removes a session; returns it when it existed.
    async fn remove(&self, id: &SessionId) -> Result<Option<Session>, StoreError>;
    /// Removes every expired session; returns how many.
    async fn sweep(&self, now: u64, expiry: &Expiry) -> Result<usize, StoreError>;
    async fn count(&self) -> Result<usize, StoreError>;
    async fn count_for_tenant(&self, tenant: &TenantId) -> Result<usize, StoreError>;
    /// Whether the store answers (readiness).
    async fn ping(&self) -> Result<(), StoreError>;
    /// Cluster-wide counters, for a store that keeps them (Redis); `None`: the manager's own
    /// per-node counters are the totals (memory).
    async fn totals(&self) -> Result<Option<Totals>, StoreError> {
        Ok(None)
    }
}

/// Counters a shared store keeps for every node.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Totals {
    pub created_total: u64,
    pub expired_total: u64,
    pub ended_total: u64,
}

/// The result of a lookup.
#[derive(Debug)]
pub enum Lookup {
    Found(Session),
    Expired,
    Missing,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum SessionError {
    #[error("unknown or expired session; connect again with POST /api/v1/database/connect")]
    NotFound,
    #[error("the session limit (session.max_sessions) is reached; try again later")]
    Full,
    #[error("{0}")]
    Store(#[from] StoreError),
}

#[derive(Debug, Default)]
struct Counters {
    created_total: AtomicU64,
    expired_total: AtomicU64,
    ended_total: AtomicU64,
}

/// `/stats/sessions`.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SessionStats {
    pub total_sessions: usize,
    pub created_total: u64,
    pub expired_total: u64,
    pub ended_total: u64,
    pub idle_timeout_s: u64,
    pub absolute_timeout_s: u64,
    pub max_sessions: usize,
    pub store: String,
    /// The whole cluster's counters, from a shared store (Redis); the `*_total` fields above
    /// are this node's (DESIGN: "the live count from Redis and this node's counters").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Totals>,
}

pub struct SessionManager {
    store: Arc<dyn SessionStore>,
    store_name: &'static str,
    expiry: Expiry,
    max_sessions: usize,
    sweep_interval: Duration,
    counters: Counters,
}

pub fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

impl SessionManager {
    pub fn new(
        store: Arc<dyn SessionStore>,
        store_name: &'static str,
        cfg: &SessionConfig,
    ) -> SessionManager {
        SessionManager {
            store,
            store_name,
            expiry: Expiry {
                idle: cfg.idle_timeout,
                absolute: cfg.absolute_timeout,
            },
            max_sessions: cfg.max_sessions,
            sweep_interval: cfg.sweep_interval,
            counters: Counters::default(),
        }
    }

    pub fn expiry(&self) -> Expiry {
        self.expiry
    }

    pub async fn create(
        &self,
        tenant: TenantId,
        target: Arc<Target>,
    ) -> Result<Session, SessionError> {
        let now = now_ms();
        let session = Session {
            id: SessionId::new(),
            tenant,
            target,
            created_at: now,
            last_used: now,
        };
        if !self
            .store
            .insert(session.clone(), self.max_sessions)
            .await?
        {
            return Err(SessionError::Full);
        }
        self.counters.created_total.fetch_add(1, Ordering::Relaxed);
        Ok(session)
    }

    /// The session, if it exists, has not expired and belongs to `tenant`.
    pub async fn get(&self, id: &SessionId, tenant: &TenantId) -> Result<Session, SessionError> {
        match self.store.get_and_touch(id, now_ms(), &self.expiry).await? {
            Lookup::Found(s) if &s.tenant == tenant => Ok(s),
            Lookup::Found(_) | Lookup::Missing => Err(SessionError::NotFound),
            Lookup::Expired => {
                self.counters.expired_total.fetch_add(1, Ordering::Relaxed);
                Err(SessionError::NotFound)
            }
        }
    }

    /// Ends a session of `tenant`; another tenant's session is `NotFound` and stays.
    pub async fn end(&self, id: &SessionId, tenant: &TenantId) -> Result<(), SessionError> {
        // Check ownership before removing, so a foreign id cannot end someone's session.
        match self.store.get_and_touch(id, now_ms(), &self.expiry).await? {
            Lookup::Found(s) if &s.tenant == tenant => {}
            Lookup::Expired => {
                self.counters.expired_total.fetch_add(1, Ordering::Relaxed);
                return Err(SessionError::NotFound);
            }
            _ => return Err(SessionError::NotFound),
        }
        match self.store.remove(id).await? {
            Some(_) => {
                self.counters.ended_total.fetch_add(1, Ordering::Relaxed);
                Ok(())
            }
            None => Err(SessionError::NotFound),
        }
    }

    pub async fn count_for_tenant(&self, tenant: &TenantId) -> Result<usize, SessionError> {
        Ok(self.store.count_for_tenant(tenant).await?)
    }

    pub async fn sweep(&self) -> Result<usize, SessionError> {
        let n = self.store.sweep(now_ms(), &self.expiry).await?;
        self.counters
            .expired_total
            .fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }

    pub async fn ping(&self) -> Result<(), SessionError> {
        Ok(self.store.ping().await?)
    }

    pub async fn stats(&self) -> Result<SessionStats, SessionError> {
        let cluster = self.store.totals().await?;
        Ok(SessionStats {
            total_sessions: self.store.count().await?,
            created_total: self.counters.created_total.load(Ordering::Relaxed),
            expired_total: self.counters.expired_total.load(Ordering::Relaxed),
            ended_total: self.counters.ended_total.load(Ordering::Relaxed),
            cluster,
            idle_timeout_s: self.expiry.idle.as_secs(),
            absolute_timeout_s: self.expiry.absolute.as_secs(),
            max_sessions: self.max_sessions,
            store: self.store_name.to_string(),
        })
    }

    /// Sweeps expired sessions every `session.sweep_interval` until `stop` fires.
    pub fn spawn_sweeper(self: &Arc<Self>, stop: CancellationToken) -> tokio::task::JoinHandle<()> {
        let me = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(me.sweep_interval);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tokio::select! {
                    _ = stop.cancelled() => break,
                    _ = tick.tick() => {
                        if let Err(e) = me.sweep().await {
                            tracing::warn!(error = %e, "session sweep failed");
                        }
                    }
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manager(idle: Duration, max: usize) -> SessionManager {
        let cfg = SessionConfig {
            idle_timeout: idle,
            max_sessions: max,
            ..SessionConfig::default()
        };
        SessionManager::new(Arc::new(memory::MemoryStore::new()), "memory", &cfg)
    }

    fn target() -> Arc<Target> {
        Arc::new(Target::sqlite("/tmp/x.db"))
    }

    #[tokio::test]
    async fn other_tenant_sees_nothing() {
        let m = manager(Duration::from_secs(60), 10);
        let a = TenantId::new("a");
        let b = TenantId::new("b");
        let s = m.create(a.clone(), target()).await.unwrap();
        assert!(m.get(&s.id, &a).await.is_ok());
        assert!(matches!(
            m.get(&s.id, &b).await,
            Err(SessionError::NotFound)
        ));
        assert!(matches!(
            m.end(&s.id, &b).await,
            Err(SessionError::NotFound)
        ));
        assert!(m.get(&s.id, &a).await.is_ok(), "b must not end a's session");
        m.end(&s.id, &a).await.unwrap();
        assert!(matches!(
            m.end(&s.id, &a).await,
            Err(SessionError::NotFound)
        ));
    }

    #[tokio::test]
    async fn max_sessions_is_enforced() {
        let m = manager(Duration::from_secs(60), 2);
        let t = TenantId::new("a");
        m.create(t.clone(), target()).await.unwrap();
        m.create(t.clone(), target()).await.unwrap();
        assert!(matches!(
            m.create(t, target()).await,
            Err(SessionError::Full)
        ));
    }

    #[tokio::test]
    async fn idle_sessions_expire_and_are_counted() {
        let m = manager(Duration::from_millis(50), 10);
        let t = TenantId::new("a");
        let s1 = m.create(t.clone(), target()).await.unwrap();
        m.create(t.clone(), target()).await.unwrap();
        tokio::time::sleep(Duration::from_millis(80)).await;
        assert!(matches!(
            m.get(&s1.id, &t).await,
            Err(SessionError::NotFound)
        ));
        assert_eq!(m.sweep().await.unwrap(), 1);
        let stats = m.stats().await.unwrap();
        assert_eq!(stats.total_sessions, 0);
        assert_eq!(stats.expired_total, 2);
        assert_eq!(stats.created_total, 2);
    }

    #[test]
    fn ids_are_random_and_parse_strictly() {
        let a = SessionId::new();
        assert_ne!(a, SessionId::new());
        assert_eq!(a.0.get_version_num(), 4);
        assert_eq!(SessionId::parse(&a.to_string()), Some(a));
        assert_eq!(SessionId::parse("not-a-uuid"), None);
    }
}
