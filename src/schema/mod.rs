//! Schemas, cached once per target (DESIGN invariant 6).
//!
//! Owns: [`SchemaCache`] keyed by pool key, holding each target's [`Schema`], the builtin
//! engine's precomputed [`quarry_nl::SchemaIndex`] and the relevant-table [`rank::RankIndex`]
//! (both built once per load, off the async workers); TTL expiry and change detection.
//! Must not: talk to an LLM or hold connections: callers lend it a [`ConnGuard`] for a fill.
//! The catalog queries themselves live with each driver in `db` (only `db` speaks SQL
//! dialects of catalogs).
//!
//! Freshness: an entry is used until `schema.cache_ttl`; besides, at most every
//! [`CHECK_EVERY`] a request on the target asks the database for a cheap fingerprint
//! (PostgreSQL: pg_class count/xmin/relnatts; SQLite: schema_version) and reloads when it
//! changed, so a new or altered table is seen within seconds.
//! Concurrency: per target, readers take a `std::sync::RwLock` for a pointer copy; one
//! `tokio::sync::Mutex` per target makes concurrent misses load once (single flight).
//! Config: `[schema]` cache_ttl.

pub mod rank;

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use quarry_model::Schema;

use crate::db::DbError;
use crate::pool::{ConnGuard, PoolKey};

/// How often a request may trigger a fingerprint check on its target.
pub const CHECK_EVERY: Duration = Duration::from_secs(2);

/// A target's schema with what is derived from it once per load.
pub struct CachedSchema {
    pub schema: Arc<Schema>,
    pub index: Arc<quarry_nl::SchemaIndex>,
    /// The relevant-table ranking of [`rank`], built with the engine's index.
    pub rank: Arc<rank::RankIndex>,
    pub fingerprint: String,
    pub loaded_at: Instant,
    pub load_time: Duration,
}

struct Slot {
    current: RwLock<Option<Arc<CachedSchema>>>,
    last_checked: RwLock<Instant>,
    refresh: tokio::sync::Mutex<()>,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum SchemaError {
    #[error("could not read the schema: {0}")]
    Db(#[from] DbError),
}

/// How a lookup was served (for timings and tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheOutcome {
    Hit,
    Checked,
    Loaded,
}

pub struct SchemaCache {
    slots: RwLock<HashMap<PoolKey, Arc<Slot>>>,
    ttl: Duration,
    loads_total: AtomicU64,
}

impl SchemaCache {
    pub fn new(ttl: Duration) -> SchemaCache {
        SchemaCache {
            slots: RwLock::new(HashMap::new()),
            ttl,
            loads_total: AtomicU64::new(0),
        }
    }

    pub fn loads_total(&self) -> u64 {
        self.loads_total.load(Ordering::Relaxed)
    }

    /// Number of targets with a cached schema.
    pub fn len(&self) -> usize {
        self.slots
            .read()
            .map(|s| {
                s.values()
                    .filter(|slot| slot.current.read().map(|c| c.is_some()).unwrap_or(false))
                    .count()
            })
            .unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn slot(&self, key: &PoolKey) -> Arc<Slot> {
        if let Some(s) = self.slots.read().ok().and_then(|m| m.get(key).cloned()) {
            return s;
        }
        let mut map = match self.slots.write() {
            Ok(m) => m,
            Err(p) => p.into_inner(),
        };
        map.entry(key.clone())
            .or_insert_with(|| {
                Arc::new(Slot {
                    current: RwLock::new(None),
                    last_checked: RwLock::new(Instant::now()),
                    refresh: tokio::sync::Mutex::new(()),
                })
            })
            .clone()
    }

    /// The cached schema if present and within its TTL, without touching the database.
    pub fn peek(&self, key: &PoolKey) -> Option<Arc<CachedSchema>> {
        let slot = self.slots.read().ok()?.get(key).cloned()?;
        let cur = slot.current.read().ok()?.clone()?;
        (cur.loaded_at.elapsed() < self.ttl).then_some(cur)
    }

    /// The target's schema: cached, checked, or loaded through `conn`.
    pub async fn get(
        &self,
        key: &PoolKey,
        conn: &mut ConnGuard,
    ) -> Result<(Arc<CachedSchema>, CacheOutcome), SchemaError> {
        let slot = self.slot(key);
        let current = slot.current.read().ok().and_then(|c| c.clone());
        if let Some(cur) = &current {
            let fresh = cur.loaded_at.elapsed() < self.ttl;
            let check_due = slot
                .last_checked
                .read()
                .map(|t| t.elapsed() >= CHECK_EVERY)
                .unwrap_or(true);
            if fresh && !check_due {
                return Ok((cur.clone(), CacheOutcome::Hit));
            }
            if fresh {
                // Someone else is already checking or loading: the current copy will do.
                let Ok(_guard) = slot.refresh.try_lock() else {
                    return Ok((cur.clone(), CacheOutcome::Hit));
                };
                let fp = conn.schema_fingerprint().await?;
                if let Ok(mut t) = slot.last_checked.write() {
                    *t = Instant::now();
                }
                if fp == cur.fingerprint {
                    return Ok((cur.clone(), CacheOutcome::Checked));
                }
                let loaded = self.load(conn, fp).await?;
                self.store(&slot, &loaded);
                return Ok((loaded, CacheOutcome::Loaded));
            }
        }
        let _guard = slot.refresh.lock().await;
        // Another request may have loaded it while this one waited.
        if let Some(cur) = slot.current.read().ok().and_then(|c| c.clone()) {
            if cur.loaded_at.elapsed() < self.ttl
                && current.as_ref().is_none_or(|old| !Arc::ptr_eq(old, &cur))
            {
                return Ok((cur, CacheOutcome::Hit));
            }
        }
        let fp = conn.schema_fingerprint().await?;
        let loaded = self.load(conn, fp).await?;
        self.store(&slot, &loaded);
        Ok((loaded, CacheOutcome::Loaded))
    }

    fn store(&self, slot: &Slot, loaded: &Arc<CachedSchema>) {
        if let Ok(mut c) = slot.current.write() {
            *c = Some(loaded.clone());
        }
        if let Ok(mut t) = slot.last_checked.write() {
            *t = Instant::now();
        }
    }

    async fn load(
        &self,
        conn: &mut ConnGuard,
        fingerprint: String,
    ) -> Result<Arc<CachedSchema>, SchemaError> {
        let started = Instant::now();
        let schema = conn.introspect().await?;
        // Building the engine's index is CPU work proportional to the schema: keep it off the
        // async workers.
        let schema = Arc::new(schema);
        let for_index = schema.clone();
        let (index, rank) = tokio::task::spawn_blocking(move || {
            (
                quarry_nl::SchemaIndex::build(&for_index),
                rank::RankIndex::build(&for_index),
            )
        })
        .await
        .map_err(|e| SchemaError::Db(DbError::Unsupported(format!("index build failed: {e}"))))?;
        self.loads_total.fetch_add(1, Ordering::Relaxed);
        tracing::info!(
            tables = schema.tables.len(),
            ms = started.elapsed().as_millis() as u64,
            "schema loaded"
        );
        Ok(Arc::new(CachedSchema {
            schema,
            index: Arc::new(index),
            rank: Arc::new(rank),
            fingerprint,
            loaded_at: Instant::now(),
            load_time: started.elapsed(),
        }))
    }

    /// Drops cached schemas not used by any live pool (called by the pool sweeper's owner).
    pub fn retain(&self, keep: impl Fn(&PoolKey) -> bool) {
        if let Ok(mut map) = self.slots.write() {
            map.retain(|k, _| keep(k));
        }
    }
}
