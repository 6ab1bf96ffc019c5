//! The in-memory session store: one `DashMap` (sharded locks) keyed by session id.
//!
//! Each entry is kept small (about 64 bytes plus the map's overhead): the target is an `Arc`
//! shared with every other session on the same target, the tenant an `Arc<str>`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use async_trait::async_trait;
use dashmap::DashMap;
use uuid::Uuid;

use super::{Expiry, Lookup, Session, SessionId, SessionStore, StoreError, TenantId};
use crate::db::Target;

struct Entry {
    tenant: TenantId,
    target: Arc<Target>,
    created_at: u64,
    last_used: AtomicU64,
}

impl Entry {
    fn to_session(&self, id: Uuid) -> Session {
        Session {
            id: SessionId(id),
            tenant: self.tenant.clone(),
            target: self.target.clone(),
            created_at: self.created_at,
            last_used: self.last_used.load(Ordering::Relaxed),
        }
    }
}

#[derive(Default)]
pub struct MemoryStore {
    map: DashMap<Uuid, Entry>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }
}

#[async_trait]
impl SessionStore for MemoryStore {
    async fn insert(&self, s: Session, max: usize) -> Result<bool, StoreError> {
        if self.map.len() >= max {
            return Ok(false);
        }
        self.map.insert(
            s.id.0,
            Entry {
                tenant: s.tenant,
                target: s.target,
                created_at: s.created_at,
                last_used: AtomicU64::new(s.last_used),
            },
        );
        Ok(true)
    }

    async fn get_and_touch(
        &self,
        id: &SessionId,
        now: u64,
        expiry: &Expiry,
    ) -> Result<Lookup, StoreError> {
        let expired = match self.map.get(&id.0) {
            None => return Ok(Lookup::Missing),
            Some(e) => {
                if expiry.is_expired(e.created_at, e.last_used.load(Ordering::Relaxed), now) {
                    true
                } else {
                    e.last_used.fetch_max(now, Ordering::Relaxed);
                    return Ok(Lookup::Found(e.to_session(id.0)));
                }
            }
        };
        debug_assert!(expired);
        // Only the caller that actually removes it reports it expired (counted once).
        Ok(match self.map.remove(&id.0) {
            Some(_) => Lookup::Expired,
            None => Lookup::Missing,
        })
    }

    async fn remove(&self, id: &SessionId) -> Result<Option<Session>, StoreError> {
        Ok(self.map.remove(&id.0).map(|(k, e)| e.to_session(k)))
    }

    async fn sweep(&self, now: u64, expiry: &Expiry) -> Result<usize, StoreError> {
        let before = self.map.len();
        self.map.retain(|_, e| {
            !expiry.is_expired(e.created_at, e.last_used.load(Ordering::Relaxed), now)
        });
        Ok(before.saturating_sub(self.map.len()))
    }

    async fn count(&self) -> Result<usize, StoreError> {
        Ok(self.map.len())
    }

    async fn count_for_tenant(&self, tenant: &TenantId) -> Result<usize, StoreError> {
        Ok(self.map.iter().filter(|e| &e.tenant == tenant).count())
    }

    async fn ping(&self) -> Result<(), StoreError> {
        Ok(())
    }
}
