//! The Redis session store: sessions, their expiry and their counters live in Redis, so any
//! number of quarry nodes serve any session without affinity.
//!
//! Owns: [`RedisStore`] (a [`SessionStore`]), the key layout below, the conversion of a
//! [`Target`] to and from its encrypted form, and the per-node interning of decrypted targets.
//! Must not: keep connection info in clear in Redis, trust a blob that does not decrypt, or
//! answer from a cache when Redis is unreachable.
//!
//! Key layout (`P` = `session.redis_prefix`, default `quarry:`):
//! - `P s:{id}`: a hash per session: `t` tenant, `c` created_at and `u` last_used (Unix ms,
//!   decimal), `x` the sealed target (see `crypto`: AES-256-GCM; associated data = session id,
//!   tenant and created_at, so a blob moved to another id, or whose tenant or creation time was
//!   edited, does not open). Redis TTL = min(idle remaining, absolute remaining), slid on use.
//! - `P idx`: sorted set, member = session id, score = the session's expiry deadline (ms).
//!   The live count is `ZCOUNT idx (now +inf`: O(log n), exact, no SCAN; it also makes
//!   `max_sessions` one atomic check across nodes.
//! - `P t:{tenant}`: the same sorted set per tenant (`count_for_tenant`), and `P tenants`: the
//!   set of tenants that have one (so the sweeper can trim them).
//! - `P created_total`, `P ended_total`, `P expired_total`: cluster-wide counters (INCR).
//!
//! Every multi-key change is one Lua script, so concurrent nodes never see half a session and a
//! session is counted expired or ended exactly once. The scripts build the per-tenant key from
//! the prefix, which is fine for a single Redis (not Redis Cluster).
//!
//! Caching: none. Each lookup is one round trip (the touch script), so a session ended on one
//! node stops working on every node at once (DESIGN allows 1 s), and nothing is ever served
//! while Redis is unreachable. Decrypted targets are interned per node (a map from a SHA-256 of
//! the plaintext to a `Weak<Target>`), so many sessions on one database share one `Arc<Target>`.
//!
//! Concurrency: the `ConnectionManager` multiplexes one connection and reconnects by itself.
//! Failure model: every call has a deadline (`OP_TIMEOUT`); an error or timeout is
//! `StoreError::Unavailable` (-> 503), never a wrong answer. The connection is lazy: a node
//! starts while Redis is down, answers 503 meanwhile, and recovers when Redis returns.
//! Config: `session.redis_url`, `session.redis_prefix`, `session.encryption_key[_file]`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use ::redis::aio::{ConnectionManager, ConnectionManagerConfig};
use ::redis::{Script, Value};
use async_trait::async_trait;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::crypto::SessionCipher;
use super::{Expiry, Lookup, Session, SessionId, SessionStore, StoreError, TenantId, Totals};
use crate::db::target::{Driver, Password, SslMode, Target};

/// The deadline of one Redis call, connecting included.
const OP_TIMEOUT: Duration = Duration::from_secs(2);

/// Adds a session unless `max` live ones exist. KEYS: session, idx, tenant set, tenants,
/// created_total. ARGV: now, max, ttl, deadline, tenant, created, used, sealed, id.
const INSERT: &str = r#"
if redis.call('ZCOUNT', KEYS[2], '(' .. ARGV[1], '+inf') >= tonumber(ARGV[2]) then
  return 0
end
redis.call('HSET', KEYS[1], 't', ARGV[5], 'c', ARGV[6], 'u', ARGV[7], 'x', ARGV[8])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[9])
redis.call('ZADD', KEYS[3], ARGV[4], ARGV[9])
redis.call('SADD', KEYS[4], ARGV[5])
redis.call('INCR', KEYS[5])
return 1
"#;

/// Looks a session up and slides its expiry. KEYS: session, idx, expired_total.
/// ARGV: now, idle ms, absolute ms, id, prefix.
/// Returns {0} missing, {2} expired (removed here), {1, tenant, created, used, sealed}.
const TOUCH: &str = r#"
-- Anything but a hash (say, a value overwritten by hand) is no session.
if redis.call('TYPE', KEYS[1]).ok ~= 'hash' then return {0} end
local v = redis.call('HMGET', KEYS[1], 't', 'c', 'u', 'x')
if not v[1] or not v[2] or not v[3] or not v[4] then return {0} end
local now = tonumber(ARGV[1])
local idle = tonumber(ARGV[2])
local abs = tonumber(ARGV[3])
local c = tonumber(v[2])
local u = tonumber(v[3])
if c == nil or u == nil then return {0} end
local tkey = ARGV[5] .. 't:' .. v[1]
if now - u >= idle or now - c >= abs then
  redis.call('DEL', KEYS[1])
  redis.call('ZREM', tkey, ARGV[4])
  if redis.call('ZREM', KEYS[2], ARGV[4]) == 1 then redis.call('INCR', KEYS[3]) end
  return {2}
end
if now > u then u = now end
local deadline = math.min(u + idle, c + abs)
redis.call('HSET', KEYS[1], 'u', string.format('%.0f', u))
redis.call('PEXPIRE', KEYS[1], string.format('%.0f', deadline - now))
redis.call('ZADD', KEYS[2], 'XX', string.format('%.0f', deadline), ARGV[4])
redis.call('ZADD', tkey, 'XX', string.format('%.0f', deadline), ARGV[4])
return {1, v[1], c, u, v[4]}
"#;

/// Removes a session. KEYS: session, idx, ended_total. ARGV: id, prefix.
/// Returns {0} or {1, tenant, created, used, sealed}.
const REMOVE: &str = r#"
if redis.call('TYPE', KEYS[1]).ok ~= 'hash' then return {0} end
local v = redis.call('HMGET', KEYS[1], 't', 'c', 'u', 'x')
redis.call('DEL', KEYS[1])
local removed = redis.call('ZREM', KEYS[2], ARGV[1])
if v[1] then redis.call('ZREM', ARGV[2] .. 't:' .. v[1], ARGV[1]) end
if not v[1] or not v[2] or not v[3] or not v[4] or removed == 0 then return {0} end
redis.call('INCR', KEYS[3])
return {1, v[1], tonumber(v[2]), tonumber(v[3]), v[4]}
"#;

/// Drops index entries whose deadline passed (Redis already expired their keys) and counts
/// them once. KEYS: idx, expired_total, tenants. ARGV: now, prefix.
const SWEEP: &str = r#"
local n = redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if n > 0 then redis.call('INCRBY', KEYS[2], n) end
for _, t in ipairs(redis.call('SMEMBERS', KEYS[3])) do
  local k = ARGV[2] .. 't:' .. t
  redis.call('ZREMRANGEBYSCORE', k, '-inf', ARGV[1])
  if redis.call('ZCARD', k) == 0 then redis.call('SREM', KEYS[3], t) end
end
return n
"#;

/// The target as it is encrypted. The password is borrowed for writing and read into a
/// zeroed-on-drop string, so no plain `String` copy of it outlives the conversion.
#[derive(Serialize)]
struct TargetOut<'a> {
    driver: Driver,
    host: &'a str,
    port: u16,
    database: &'a str,
    user: &'a str,
    password: Option<&'a str>,
    sslmode: SslMode,
    tls_server_name: Option<&'a str>,
}

#[derive(Deserialize)]
struct TargetIn {
    driver: Driver,
    host: String,
    port: u16,
    database: String,
    user: String,
    password: Option<SecretString>,
    sslmode: SslMode,
    /// Absent in blobs sealed before it existed.
    #[serde(default)]
    tls_server_name: Option<String>,
}

fn target_bytes(t: &Target) -> Result<Zeroizing<Vec<u8>>, StoreError> {
    let out = TargetOut {
        driver: t.driver,
        host: &t.host,
        port: t.port,
        database: &t.database,
        user: &t.user,
        password: t.password.expose(),
        sslmode: t.sslmode,
        tls_server_name: t.tls_server_name.as_deref(),
    };
    // Serialise straight into a buffer that is zeroed when dropped.
    let mut buf = Zeroizing::new(Vec::with_capacity(256));
    serde_json::to_writer(&mut *buf, &out)
        .map_err(|e| StoreError::Unavailable(format!("cannot serialise a session: {e}")))?;
    Ok(buf)
}

fn target_from_bytes(b: &[u8]) -> Option<Target> {
    let t: TargetIn = serde_json::from_slice(b).ok()?;
    Some(Target {
        driver: t.driver,
        host: t.host,
        port: t.port,
        database: t.database,
        user: t.user,
        password: match t.password {
            Some(p) => Password::new(p.expose_secret()),
            None => Password::none(),
        },
        sslmode: t.sslmode,
        tls_server_name: t.tls_server_name,
    })
}

/// What the sealed target is bound to: editing any of these in Redis makes it not open.
fn aad(id: &SessionId, tenant: &str, created_at: u64) -> Vec<u8> {
    format!("quarry-session-v1\0{id}\0{tenant}\0{created_at}").into_bytes()
}

/// One `Arc<Target>` per distinct target on this node.
#[derive(Default)]
struct Interner {
    map: HashMap<[u8; 32], Weak<Target>>,
    /// Size after the last pruning; prune again when the map has doubled.
    pruned_at: usize,
}

impl Interner {
    fn intern(
        &mut self,
        digest: [u8; 32],
        make: impl FnOnce() -> Option<Arc<Target>>,
    ) -> Option<Arc<Target>> {
        if let Some(t) = self.map.get(&digest).and_then(Weak::upgrade) {
            return Some(t);
        }
        let t = make()?;
        self.map.insert(digest, Arc::downgrade(&t));
        if self.map.len() > 2 * self.pruned_at + 64 {
            self.map.retain(|_, w| w.strong_count() > 0);
            self.pruned_at = self.map.len();
        }
        Some(t)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RedisSetupError {
    #[error("session.redis_url: {0}")]
    Url(String),
    #[error("session.redis_url: the Redis store needs a Tokio runtime")]
    NoRuntime,
}

pub struct RedisStore {
    conn: ConnectionManager,
    /// For the TTL of a new session (`insert` is not handed the expiry).
    expiry: Expiry,
    cipher: SessionCipher,
    prefix: String,
    interner: Mutex<Interner>,
    insert: Script,
    touch: Script,
    remove: Script,
    sweep: Script,
}

impl RedisStore {
    /// Builds the store without connecting (the first call connects), so a node starts while
    /// Redis is down. Must run inside a Tokio runtime.
    pub fn new(
        url: &str,
        prefix: &str,
        cipher: SessionCipher,
        expiry: Expiry,
    ) -> Result<RedisStore, RedisSetupError> {
        if tokio::runtime::Handle::try_current().is_err() {
            return Err(RedisSetupError::NoRuntime);
        }
        // The error text of a bad URL does not echo it (it may hold a password).
        let client = ::redis::Client::open(url).map_err(|e| {
            RedisSetupError::Url(format!(
                "not a Redis URL like redis://127.0.0.1:6379 ({:?})",
                e.kind()
            ))
        })?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(Duration::from_secs(1)))
            .set_response_timeout(Some(OP_TIMEOUT))
            // Few quick retries: callers have their own deadline, and the next call after a
            // failure starts a fresh reconnect anyway.
            .set_number_of_retries(2)
            .set_min_delay(Duration::from_millis(50))
            .set_max_delay(Duration::from_millis(500));
        let conn = ConnectionManager::new_lazy_with_config(client, config)
            .map_err(|e| RedisSetupError::Url(format!("{:?}", e.kind())))?;
        Ok(RedisStore {
            conn,
            expiry,
            cipher,
            prefix: prefix.to_string(),
            interner: Mutex::new(Interner::default()),
            insert: Script::new(INSERT),
            touch: Script::new(TOUCH),
            remove: Script::new(REMOVE),
            sweep: Script::new(SWEEP),
        })
    }

    fn key(&self, suffix: &str) -> String {
        format!("{}{suffix}", self.prefix)
    }

    fn session_key(&self, id: &SessionId) -> String {
        format!("{}s:{}", self.prefix, id)
    }

    /// Runs one Redis call under the deadline; any failure is `Unavailable`.
    async fn call<T, F>(
        &self,
        what: &str,
        f: impl FnOnce(ConnectionManager) -> F,
    ) -> Result<T, StoreError>
    where
        F: std::future::Future<Output = ::redis::RedisResult<T>>,
    {
        match tokio::time::timeout(OP_TIMEOUT, f(self.conn.clone())).await {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => {
                tracing::warn!(op = what, error = %e, "redis session store call failed");
                Err(StoreError::Unavailable(format!("redis {what} failed: {e}")))
            }
            Err(_) => {
                tracing::warn!(op = what, "redis session store call timed out");
                Err(StoreError::Unavailable(format!(
                    "redis {what} timed out after {}s",
                    OP_TIMEOUT.as_secs()
                )))
            }
        }
    }

    /// The shared `Arc<Target>` for a sealed blob, or `None` when it does not open.
    fn open_target(
        &self,
        id: &SessionId,
        tenant: &str,
        created_at: u64,
        sealed: &[u8],
    ) -> Option<Arc<Target>> {
        let plain = match self.cipher.open(sealed, &aad(id, tenant, created_at)) {
            Ok(p) => p,
            Err(_) => {
                tracing::warn!(session = %id, "a stored session failed to decrypt; refused");
                return None;
            }
        };
        let digest: [u8; 32] = Sha256::digest(&plain[..]).into();
        let mut interner = self.interner.lock().unwrap_or_else(|p| p.into_inner());
        interner.intern(digest, || target_from_bytes(&plain).map(Arc::new))
    }

    /// Decodes `{1, tenant, created, used, sealed}` from a script into a session.
    fn session_from(&self, id: &SessionId, v: &[Value]) -> Option<Session> {
        let [_, Value::BulkString(tenant), Value::Int(created), Value::Int(used), Value::BulkString(sealed)] =
            v
        else {
            return None;
        };
        let tenant = std::str::from_utf8(tenant).ok()?;
        let created_at = u64::try_from(*created).ok()?;
        let target = self.open_target(id, tenant, created_at, sealed)?;
        Some(Session {
            id: *id,
            tenant: TenantId::new(tenant),
            target,
            created_at,
            last_used: u64::try_from(*used).ok()?,
        })
    }
}

fn ms(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

fn status(v: &[Value]) -> i64 {
    match v.first() {
        Some(Value::Int(n)) => *n,
        _ => 0,
    }
}

#[async_trait]
impl SessionStore for RedisStore {
    async fn insert(&self, s: Session, max: usize) -> Result<bool, StoreError> {
        let expiry = self.expiry;
        let plain = target_bytes(&s.target)?;
        let sealed = self
            .cipher
            .seal(&plain, &aad(&s.id, s.tenant.as_str(), s.created_at))
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        // Intern the caller's Arc, so lookups on this node hand out the same one.
        let digest: [u8; 32] = Sha256::digest(&plain[..]).into();
        {
            let mut interner = self.interner.lock().unwrap_or_else(|p| p.into_inner());
            let target = s.target.clone();
            let _ = interner.intern(digest, || Some(target));
        }
        let deadline = (s.last_used.saturating_add(ms(expiry.idle)))
            .min(s.created_at.saturating_add(ms(expiry.absolute)));
        let ttl = deadline.saturating_sub(s.last_used).max(1);
        let id = s.id.to_string();
        let tenant = s.tenant.as_str().to_string();
        let keys = [
            self.session_key(&s.id),
            self.key("idx"),
            self.key(&format!("t:{tenant}")),
            self.key("tenants"),
            self.key("created_total"),
        ];
        let added: i64 = self
            .call("insert", |mut c| async move {
                self.insert
                    .key(&keys[..])
                    .arg(s.created_at.max(s.last_used))
                    .arg(max)
                    .arg(ttl)
                    .arg(deadline)
                    .arg(&tenant)
                    .arg(s.created_at)
                    .arg(s.last_used)
                    .arg(&sealed[..])
                    .arg(&id)
                    .invoke_async(&mut c)
                    .await
            })
            .await?;
        Ok(added == 1)
    }

    async fn get_and_touch(
        &self,
        id: &SessionId,
        now: u64,
        expiry: &Expiry,
    ) -> Result<Lookup, StoreError> {
        let keys = [
            self.session_key(id),
            self.key("idx"),
            self.key("expired_total"),
        ];
        let idle = ms(expiry.idle);
        let abs = ms(expiry.absolute);
        let v: Vec<Value> = self
            .call("lookup", |mut c| async move {
                self.touch
                    .key(&keys[..])
                    .arg(now)
                    .arg(idle)
                    .arg(abs)
                    .arg(id.to_string())
                    .arg(&self.prefix)
                    .invoke_async(&mut c)
                    .await
            })
            .await?;
        Ok(match status(&v) {
            1 => match self.session_from(id, &v) {
                Some(s) => Lookup::Found(s),
                // Undecryptable or malformed: refused, exactly like an unknown session.
                None => Lookup::Missing,
            },
            2 => Lookup::Expired,
            _ => Lookup::Missing,
        })
    }

    async fn remove(&self, id: &SessionId) -> Result<Option<Session>, StoreError> {
        let keys = [
            self.session_key(id),
            self.key("idx"),
            self.key("ended_total"),
        ];
        let v: Vec<Value> = self
            .call("remove", |mut c| async move {
                self.remove
                    .key(&keys[..])
                    .arg(id.to_string())
                    .arg(&self.prefix)
                    .invoke_async(&mut c)
                    .await
            })
            .await?;
        Ok(if status(&v) == 1 {
            self.session_from(id, &v)
        } else {
            None
        })
    }

    async fn sweep(&self, now: u64, expiry: &Expiry) -> Result<usize, StoreError> {
        // Deadlines in the index already encode the expiry; only `now` matters here.
        let _ = expiry;
        let keys = [
            self.key("idx"),
            self.key("expired_total"),
            self.key("tenants"),
        ];
        let n: i64 = self
            .call("sweep", |mut c| async move {
                self.sweep
                    .key(&keys[..])
                    .arg(now)
                    .arg(&self.prefix)
                    .invoke_async(&mut c)
                    .await
            })
            .await?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    async fn count(&self) -> Result<usize, StoreError> {
        let key = self.key("idx");
        let now = super::now_ms();
        let n: i64 = self
            .call("count", |mut c| async move {
                ::redis::cmd("ZCOUNT")
                    .arg(&key)
                    .arg(format!("({now}"))
                    .arg("+inf")
                    .query_async(&mut c)
                    .await
            })
            .await?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    async fn count_for_tenant(&self, tenant: &TenantId) -> Result<usize, StoreError> {
        let key = self.key(&format!("t:{}", tenant.as_str()));
        let now = super::now_ms();
        let n: i64 = self
            .call("count", |mut c| async move {
                ::redis::cmd("ZCOUNT")
                    .arg(&key)
                    .arg(format!("({now}"))
                    .arg("+inf")
                    .query_async(&mut c)
                    .await
            })
            .await?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    async fn ping(&self) -> Result<(), StoreError> {
        let _: String = self
            .call("ping", |mut c| async move {
                ::redis::cmd("PING").query_async(&mut c).await
            })
            .await?;
        Ok(())
    }

    async fn totals(&self) -> Result<Option<Totals>, StoreError> {
        let keys = [
            self.key("created_total"),
            self.key("expired_total"),
            self.key("ended_total"),
        ];
        let v: Vec<Option<u64>> = self
            .call("totals", |mut c| async move {
                ::redis::cmd("MGET")
                    .arg(&keys[..])
                    .query_async(&mut c)
                    .await
            })
            .await?;
        let at = |i: usize| v.get(i).copied().flatten().unwrap_or(0);
        Ok(Some(Totals {
            created_total: at(0),
            expired_total: at(1),
            ended_total: at(2),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    #[test]
    fn target_round_trips_through_bytes() {
        let t = Target::from_url("postgres://alice:pa%20ss@db:6543/sales?sslmode=require").unwrap();
        let back = target_from_bytes(&target_bytes(&t).unwrap()).unwrap();
        assert_eq!(back, t);
        assert_eq!(back.password.expose(), Some("pa ss"));
        let s = Target::sqlite("/tmp/a.db");
        assert_eq!(target_from_bytes(&target_bytes(&s).unwrap()).unwrap(), s);
        assert!(target_from_bytes(b"{\"driver\":\"oracle\"}").is_none());
    }

    #[test]
    fn interner_shares_one_arc_and_forgets_dropped_ones() {
        let mut i = Interner::default();
        let a = i
            .intern([1; 32], || Some(Arc::new(Target::sqlite("/a"))))
            .unwrap();
        let b = i
            .intern([1; 32], || panic!("must reuse the live target"))
            .unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        drop((a, b));
        let c = i
            .intern([1; 32], || Some(Arc::new(Target::sqlite("/a"))))
            .unwrap();
        assert_eq!(c.database, "/a");
        for n in 0..200u8 {
            let _ = i.intern([n; 32], || Some(Arc::new(Target::sqlite("/x"))));
        }
        assert!(
            i.map.len() < 200,
            "dead entries are pruned: {}",
            i.map.len()
        );
    }

    #[test]
    fn aad_binds_id_tenant_and_creation() {
        let id = SessionId(Uuid::nil());
        assert_ne!(aad(&id, "a", 1), aad(&id, "b", 1));
        assert_ne!(aad(&id, "a", 1), aad(&id, "a", 2));
    }
}
