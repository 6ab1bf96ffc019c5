//! `AppState`: the managers, built once at start-up and shared by `Arc` with every handler.
//! Nothing here is global; tests build as many states as they like.

use std::path::PathBuf;
use std::sync::Arc;

use crate::agent::SqlAgent;
use crate::api::extract::Auth;
use crate::config::Config;
use crate::db::Target;
use crate::metrics::Metrics;
use crate::pool::{PoolManager, PoolSettings};
use crate::schema::SchemaCache;
use crate::session::memory::MemoryStore;
use crate::session::SessionManager;

#[derive(Clone)]
pub struct AppState {
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
}

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("default_database.url: {0}")]
    DefaultDatabase(String),
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
        let sessions = Arc::new(SessionManager::new(
            Arc::new(MemoryStore::new()),
            "memory",
            &config.session,
        ));
        Ok(AppState {
            pools,
            sessions,
            schemas: Arc::new(SchemaCache::new(config.schema.cache_ttl)),
            agent: Arc::new(SqlAgent::new(config.agent.builtin_threshold)),
            auth: Auth::new(&config.auth),
            metrics: Arc::new(Metrics::new()),
            default_target,
            sqlite_allowed: Arc::new(sqlite_allowed),
            config: Arc::new(config),
        })
    }
}
