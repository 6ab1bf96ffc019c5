//! `AppState`: the managers, built once at start-up and shared by `Arc` with every handler.
//! Nothing here is global; tests build as many states as they like.

use std::path::PathBuf;
use std::sync::Arc;

use crate::agent::SqlAgent;
use crate::api::extract::Auth;
use crate::audit::Audit;
use crate::config::Config;
use crate::config::StoreKind;
use crate::db::Target;
use crate::limits::Limits;
use crate::metrics::Metrics;
use crate::policy::ConnectPolicy;
use crate::pool::{PoolManager, PoolSettings};
use crate::schema::SchemaCache;
use crate::session::crypto::{key_from_config, SessionCipher, KEY_REQUIRED};
use crate::session::memory::MemoryStore;
use crate::session::redis::RedisStore;
use crate::session::{Expiry, SessionManager, SessionStore};

/// Cloned for every request by the router and its layers, so it is one `Arc`: a clone is one
/// atomic increment however many managers it holds. Fields read through `Deref`.
#[derive(Clone)]
pub struct AppState(Arc<AppStateInner>);

impl std::ops::Deref for AppState {
    type Target = AppStateInner;
    fn deref(&self) -> &AppStateInner {
        &self.0
    }
}

pub struct AppStateInner {
    pub config: Arc<Config>,
    pub pools: Arc<PoolManager>,
    pub sessions: Arc<SessionManager>,
    pub schemas: Arc<SchemaCache>,
    pub agent: Arc<SqlAgent>,
    pub auth: Arc<Auth>,
    pub metrics: Arc<Metrics>,
    /// The database of sessionless `/query` and `/sql` (`default_database.url`).
    pub default_target: Option<Arc<Target>>,
    /// SQLite files users may open: `sqlite.allowed_dirs` plus the default database's file.
    pub sqlite_allowed: Arc<Vec<PathBuf>>,
    /// `[connect]` allow/deny rules for network targets (crate::policy).
    pub policy: Arc<ConnectPolicy>,
    /// Per-tenant rate limit and caps (`[limits]`).
    pub limits: Arc<Limits>,
    /// The audit log (`[audit]`); off without a path.
    pub audit: Arc<Audit>,
}

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("default_database.url: {0}")]
    DefaultDatabase(String),
    /// The session store cannot be set up (names the `[session]` key).
    #[error("{0}")]
    SessionStore(String),
    #[error(transparent)]
    Policy(#[from] crate::policy::RuleError),
    #[error(transparent)]
    Audit(#[from] crate::audit::AuditError),
    /// A bad `[agent.llm]` or a missing LLM API key.
    #[error(transparent)]
    Agent(#[from] crate::agent::AgentSetupError),
}

impl AppState {
    pub fn build(config: Config) -> Result<AppState, StateError> {
        let default_target = match &config.default_database.url {
            Some(url) => Some(Arc::new(
                Target::from_url(url).map_err(|e| StateError::DefaultDatabase(e.to_string()))?,
            )),
            None => None,
        };
        let mut sqlite_allowed: Vec<PathBuf> = config
            .sqlite
            .allowed_dirs
            .iter()
            .map(|d| d.canonicalize().unwrap_or_else(|_| d.clone()))
            .collect();
        if let Some(p) = default_target.as_ref().and_then(|t| t.sqlite_path()) {
            sqlite_allowed.push(p.canonicalize().unwrap_or(p));
        }
        let pools = Arc::new(PoolManager::new(PoolSettings {
            config: config.pool.clone(),
            statement_timeout: config.exec.statement_timeout,
        }));
        let (store, store_name) = session_store(&config)?;
        let sessions = Arc::new(SessionManager::new(store, store_name, &config.session));
        let metrics = Arc::new(Metrics::new());
        Ok(AppState(Arc::new(AppStateInner {
            pools,
            sessions,
            schemas: Arc::new(SchemaCache::new(config.schema.cache_ttl)),
            agent: Arc::new(SqlAgent::from_config(&config, metrics.clone())?),
            auth: Auth::new(&config.auth),
            metrics,
            default_target,
            sqlite_allowed: Arc::new(sqlite_allowed),
            policy: Arc::new(ConnectPolicy::from_config(
                &config.connect,
                config.pool.connect_timeout,
            )?),
            limits: Arc::new(Limits::new(&config.limits)),
            audit: Arc::new(Audit::open(&config.audit)?),
            config: Arc::new(config),
        })))
    }
}

/// The store `session.store` names. Redis connects lazily (on first use), so this stays sync
/// and a node starts while Redis is down (its `/ready` answers 503 until Redis is back).
fn session_store(config: &Config) -> Result<(Arc<dyn SessionStore>, &'static str), StateError> {
    let cfg = &config.session;
    match cfg.store {
        StoreKind::Memory => Ok((Arc::new(MemoryStore::new()), "memory")),
        StoreKind::Redis => {
            let key = key_from_config(cfg)
                .map_err(|e| StateError::SessionStore(e.to_string()))?
                .ok_or_else(|| StateError::SessionStore(KEY_REQUIRED.to_string()))?;
            let url = cfg.redis_url.as_deref().ok_or_else(|| {
                StateError::SessionStore(
                    "session.redis_url: is required when session.store = \"redis\"".into(),
                )
            })?;
            let expiry = Expiry {
                idle: cfg.idle_timeout,
                absolute: cfg.absolute_timeout,
            };
            let store = RedisStore::new(url, &cfg.redis_prefix, SessionCipher::new(&key), expiry)
                .map_err(|e| StateError::SessionStore(e.to_string()))?;
            Ok((Arc::new(store), "redis"))
        }
    }
}
