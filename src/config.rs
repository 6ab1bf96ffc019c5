//! Typed settings: defaults, then a TOML or YAML file, then `QUARRY_*` environment overrides.
//!
//! Owns: the `Config` tree and its validation. Must not: be read from anywhere but here for
//! environment variables (the one exception is the LLM API key, whose variable *name* is a
//! setting and is read by the agent at start-up).
//!
//! Entry points: [`Config::load`] (file + env), [`Config::from_toml_str`] (tests).
//! Durations are humantime strings (`"5s"`, `"30m"`) or bare integers meaning seconds.
//! Environment overrides use `__` between levels: `QUARRY_POOL__MAX_CONNECTIONS=20`.
//! Failure model: [`ConfigError`] names the key and the problem; start-up stops on it.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Deserializer, Serialize};

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config file {path} is not valid YAML: {message}")]
    Yaml { path: PathBuf, message: String },
    #[error("invalid configuration: {0}")]
    Invalid(String),
}

impl From<figment::Error> for ConfigError {
    fn from(e: figment::Error) -> Self {
        // figment's own message names the key path ("for key `pool.max_connections`").
        let messages: Vec<String> = e.into_iter().map(|e| e.to_string()).collect();
        ConfigError::Invalid(messages.join("; "))
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub server: ServerConfig,
    pub log: LogConfig,
    pub pool: PoolConfig,
    pub session: SessionConfig,
    pub exec: ExecConfig,
    pub schema: SchemaConfig,
    pub agent: AgentConfig,
    pub auth: AuthConfig,
    pub limits: LimitsConfig,
    pub connect: ConnectConfig,
    pub sqlite: SqliteConfig,
    pub docker: DockerConfig,
    pub audit: AuditConfig,
    pub default_database: DefaultDatabaseConfig,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServerConfig {
    pub bind: String,
    pub request_body_limit: usize,
    pub tls: Option<TlsConfig>,
    /// How long graceful shutdown waits for in-flight requests.
    #[serde(with = "duration")]
    pub shutdown_timeout: Duration,
    /// Async runtime worker threads; 0 means one per CPU core. On a small machine that
    /// also runs the database, fewer workers mean fewer cross-thread wake-ups (BENCHMARKS.md).
    pub worker_threads: usize,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            bind: "127.0.0.1:8088".into(),
            request_body_limit: 1024 * 1024,
            tls: None,
            shutdown_timeout: Duration::from_secs(10),
            worker_threads: 0,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TlsConfig {
    pub cert: PathBuf,
    pub key: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogConfig {
    pub format: LogFormat,
    pub level: String,
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            format: LogFormat::Text,
            level: "info".into(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PoolConfig {
    pub min_connections: usize,
    pub max_connections: usize,
    #[serde(with = "duration")]
    pub acquire_timeout: Duration,
    #[serde(with = "duration")]
    pub connect_timeout: Duration,
    #[serde(with = "duration")]
    pub idle_pool_timeout: Duration,
    #[serde(with = "duration")]
    pub max_connection_lifetime: Duration,
    pub global_max_connections: usize,
    /// A connection idle longer than this is verified with a round trip before it is handed
    /// out; younger ones are trusted, which saves a round trip on the hot path.
    #[serde(with = "duration")]
    pub verify_after_idle: Duration,
    /// CA certificates (PEM) that PostgreSQL `sslmode=verify-full` trusts; unset: the
    /// built-in web PKI roots.
    pub ssl_root_cert: Option<PathBuf>,
}

impl Default for PoolConfig {
    fn default() -> Self {
        PoolConfig {
            min_connections: 1,
            max_connections: 10,
            acquire_timeout: Duration::from_secs(5),
            connect_timeout: Duration::from_secs(5),
            idle_pool_timeout: Duration::from_secs(30 * 60),
            max_connection_lifetime: Duration::from_secs(30 * 60),
            global_max_connections: 100,
            verify_after_idle: Duration::from_secs(2),
            ssl_root_cert: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum StoreKind {
    #[default]
    Memory,
    Redis,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SessionConfig {
    pub store: StoreKind,
    pub redis_url: Option<String>,
    pub redis_prefix: String,
    pub encryption_key: Option<String>,
    pub encryption_key_file: Option<PathBuf>,
    #[serde(with = "duration")]
    pub idle_timeout: Duration,
    #[serde(with = "duration")]
    pub absolute_timeout: Duration,
    #[serde(with = "duration")]
    pub sweep_interval: Duration,
    pub max_sessions: usize,
}

impl Default for SessionConfig {
    fn default() -> Self {
        SessionConfig {
            store: StoreKind::Memory,
            redis_url: None,
            redis_prefix: "quarry:".into(),
            encryption_key: None,
            encryption_key_file: None,
            idle_timeout: Duration::from_secs(60 * 60),
            absolute_timeout: Duration::from_secs(12 * 60 * 60),
            sweep_interval: Duration::from_secs(60),
            max_sessions: 1_000_000,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ExecConfig {
    #[serde(with = "duration")]
    pub statement_timeout: Duration,
    pub max_rows: usize,
    pub max_response_bytes: usize,
    /// The planner's row estimate above which a statement is refused (0: off).
    pub max_estimated_rows: u64,
}

impl Default for ExecConfig {
    fn default() -> Self {
        ExecConfig {
            statement_timeout: Duration::from_secs(30),
            max_rows: 1000,
            max_response_bytes: 16 * 1024 * 1024,
            max_estimated_rows: 0,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SchemaConfig {
    #[serde(with = "duration")]
    pub cache_ttl: Duration,
    pub max_tables: usize,
    pub context_token_budget: usize,
    /// Sample values of text columns may go into LLM prompts (the builtin engine, which
    /// sends nothing anywhere, always uses them).
    pub share_values: bool,
    /// Columns whose values never go into prompts: `table.column`, `*` matching any run of
    /// characters, case-insensitive (`"customers.email"`, `"*.ssn"`, `"hr_*.*"`).
    pub private_columns: Vec<String>,
    /// Databases (by name) whose values never go into prompts.
    pub private_databases: Vec<String>,
}

impl Default for SchemaConfig {
    fn default() -> Self {
        SchemaConfig {
            cache_ttl: Duration::from_secs(10 * 60),
            max_tables: 15,
            context_token_budget: 4000,
            share_values: true,
            private_columns: Vec::new(),
            private_databases: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Route {
    Hybrid,
    Builtin,
    Llm,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AgentConfig {
    /// Unset: `hybrid` when an LLM is configured, else `builtin`.
    pub route: Option<Route>,
    pub max_retries: u32,
    /// Unset: the builtin engine's own documented default.
    pub builtin_threshold: Option<f32>,
    pub llm: Option<LlmConfig>,
}

impl Default for AgentConfig {
    fn default() -> Self {
        AgentConfig {
            route: None,
            max_retries: 3,
            builtin_threshold: None,
            llm: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LlmProvider {
    Openai,
    Anthropic,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LlmConfig {
    pub provider: LlmProvider,
    pub base_url: Option<String>,
    pub model: String,
    /// The name of the environment variable holding the API key (never the key itself).
    pub api_key_env: Option<String>,
    #[serde(with = "duration", default = "default_llm_timeout")]
    pub timeout: Duration,
}

fn default_llm_timeout() -> Duration {
    Duration::from_secs(60)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum AuthMode {
    #[default]
    None,
    ApiKey,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    User,
    Admin,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiKeyConfig {
    /// Hex SHA-256 of the key; the key itself is never in config.
    pub sha256: String,
    pub tenant: String,
    pub role: Role,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuthConfig {
    pub mode: AuthMode,
    pub keys: Vec<ApiKeyConfig>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LimitsConfig {
    pub requests_per_second: u32,
    pub burst: u32,
    pub sessions_per_tenant: usize,
    pub connections_per_tenant: usize,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ConnectConfig {
    pub allow: Vec<String>,
    pub deny: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SqliteConfig {
    pub allowed_dirs: Vec<PathBuf>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DockerConfig {
    pub socket: PathBuf,
}

impl Default for DockerConfig {
    fn default() -> Self {
        DockerConfig {
            socket: PathBuf::from("/var/run/docker.sock"),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuditConfig {
    pub path: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DefaultDatabaseConfig {
    pub url: Option<String>,
}

impl Config {
    /// Defaults, then `path` (TOML, or YAML by extension), then `QUARRY_*` variables.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        let mut fig = Figment::from(Serialized::defaults(Config::default()));
        if let Some(path) = path {
            let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
                path: path.to_path_buf(),
                source,
            })?;
            fig = merge_file_text(fig, path, &text)?;
        }
        fig = fig.merge(Env::prefixed("QUARRY_").split("__"));
        let config: Config = fig.extract()?;
        config.validate()?;
        Ok(config)
    }

    /// Defaults then TOML text, without the environment: for tests and the example config.
    pub fn from_toml_str(text: &str) -> Result<Config, ConfigError> {
        let fig = Figment::from(Serialized::defaults(Config::default())).merge(Toml::string(text));
        let config: Config = fig.extract()?;
        config.validate()?;
        Ok(config)
    }

    pub fn bind_addr(&self) -> Result<SocketAddr, ConfigError> {
        self.server.bind.parse().map_err(|e| {
            ConfigError::Invalid(format!(
                "server.bind: `{}` is not an address like 127.0.0.1:8088 ({e})",
                self.server.bind
            ))
        })
    }

    /// Checks the values serde cannot: ranges and relations between keys.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let bad = |key: &str, why: &str| Err(ConfigError::Invalid(format!("{key}: {why}")));
        self.bind_addr()?;
        if self.server.request_body_limit < 1024 {
            return bad("server.request_body_limit", "must be at least 1024 bytes");
        }
        if self.server.worker_threads > 1024 {
            return bad(
                "server.worker_threads",
                "must be at most 1024 (0 means one per CPU core)",
            );
        }
        let p = &self.pool;
        if p.max_connections == 0 {
            return bad("pool.max_connections", "must be at least 1");
        }
        if p.min_connections > p.max_connections {
            return bad(
                "pool.min_connections",
                "must not exceed pool.max_connections",
            );
        }
        if p.global_max_connections < p.max_connections {
            return bad(
                "pool.global_max_connections",
                "must be at least pool.max_connections",
            );
        }
        // Read and parsed here so a wrong path stops start-up naming the key, instead of
        // failing every verify-full connect later.
        if let Some(path) = &p.ssl_root_cert {
            crate::db::postgres::load_root_certs(path)
                .map_err(|e| ConfigError::Invalid(format!("pool.ssl_root_cert: {e}")))?;
        }
        for (key, d) in [
            ("pool.acquire_timeout", p.acquire_timeout),
            ("pool.connect_timeout", p.connect_timeout),
            ("pool.idle_pool_timeout", p.idle_pool_timeout),
            ("pool.max_connection_lifetime", p.max_connection_lifetime),
            ("session.idle_timeout", self.session.idle_timeout),
            ("session.absolute_timeout", self.session.absolute_timeout),
            ("session.sweep_interval", self.session.sweep_interval),
            ("exec.statement_timeout", self.exec.statement_timeout),
            ("schema.cache_ttl", self.schema.cache_ttl),
        ] {
            if d.is_zero() {
                return bad(key, "must be greater than zero");
            }
        }
        for pattern in &self.schema.private_columns {
            if pattern.split('.').count() != 2 || pattern.split('.').any(|p| p.trim().is_empty()) {
                return bad(
                    "schema.private_columns",
                    &format!("`{pattern}` is not a `table.column` pattern"),
                );
            }
        }
        if self.session.max_sessions == 0 {
            return bad("session.max_sessions", "must be at least 1");
        }
        if self.exec.max_rows == 0 {
            return bad("exec.max_rows", "must be at least 1");
        }
        if self.agent.max_retries > 10 {
            return bad("agent.max_retries", "must be at most 10");
        }
        if let Some(t) = self.agent.builtin_threshold {
            if !(0.0..=1.0).contains(&t) {
                return bad("agent.builtin_threshold", "must be between 0 and 1");
            }
        }
        if matches!(self.agent.route, Some(Route::Llm) | Some(Route::Hybrid))
            && self.agent.llm.is_none()
        {
            return bad(
                "agent.route",
                "needs an [agent.llm] section for the \"llm\" and \"hybrid\" routes",
            );
        }
        if self.session.store == StoreKind::Redis && self.session.redis_url.is_none() {
            return bad(
                "session.redis_url",
                "is required when session.store = \"redis\"",
            );
        }
        // The key is checked here (and the key file read), so a bad key stops start-up with a
        // message naming the setting, before anything listens.
        match crate::session::crypto::key_from_config(&self.session) {
            Err(e) => return Err(ConfigError::Invalid(e.to_string())),
            Ok(None) if self.session.store == StoreKind::Redis => {
                return Err(ConfigError::Invalid(
                    crate::session::crypto::KEY_REQUIRED.to_string(),
                ))
            }
            Ok(_) => {}
        }
        if self.auth.mode == AuthMode::ApiKey {
            if self.auth.keys.is_empty() {
                return bad(
                    "auth.keys",
                    "needs at least one key when auth.mode = \"api_key\"",
                );
            }
            for k in &self.auth.keys {
                if k.sha256.len() != 64 || hex::decode(&k.sha256).is_err() {
                    return bad("auth.keys.sha256", "must be 64 hex digits (a SHA-256)");
                }
                if k.tenant.trim().is_empty() {
                    return bad("auth.keys.tenant", "must not be empty");
                }
            }
        }
        if let Some(url) = &self.default_database.url {
            if url.trim().is_empty() {
                return bad("default_database.url", "must not be empty");
            }
        }
        // The connect rules are parsed here so a typo stops start-up with the key and entry
        // named, instead of surfacing on the first connect.
        crate::policy::ConnectPolicy::from_config(&self.connect, self.pool.connect_timeout)
            .map_err(|e| ConfigError::Invalid(e.to_string()))?;
        if self.limits.burst > 0 && self.limits.requests_per_second == 0 {
            return bad(
                "limits.burst",
                "needs limits.requests_per_second (0 turns the rate limit off)",
            );
        }
        if self
            .audit
            .path
            .as_deref()
            .is_some_and(|p| p.trim().is_empty())
        {
            return bad(
                "audit.path",
                "must be a file path or \"-\" for stdout (leave it unset to turn auditing off)",
            );
        }
        if let Some(tls) = &self.server.tls {
            if tls.cert.as_os_str().is_empty() || tls.key.as_os_str().is_empty() {
                return bad("server.tls", "needs both cert and key (PEM files)");
            }
        }
        Ok(())
    }
}

fn merge_file_text(fig: Figment, path: &Path, text: &str) -> Result<Figment, ConfigError> {
    let is_yaml = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yml") || e.eq_ignore_ascii_case("yaml"));
    if is_yaml {
        // figment's YAML provider uses the deprecated serde_yaml; parse with serde_norway and
        // hand figment the tree instead.
        let value: serde_json::Value =
            serde_norway::from_str(text).map_err(|e| ConfigError::Yaml {
                path: path.to_path_buf(),
                message: e.to_string(),
            })?;
        Ok(fig.merge(Serialized::defaults(value)))
    } else {
        Ok(fig.merge(Toml::string(text)))
    }
}

/// Durations as humantime strings or bare integers (seconds), serialised as humantime.
pub mod duration {
    use super::*;

    pub fn serialize<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&humantime::format_duration(*d).to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Secs(u64),
            Float(f64),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Secs(s) => Ok(Duration::from_secs(s)),
            Raw::Float(f) if f.is_finite() && f >= 0.0 => Ok(Duration::from_secs_f64(f)),
            Raw::Float(f) => Err(serde::de::Error::custom(format!("`{f}` is not a duration"))),
            Raw::Text(t) => {
                let t = t.trim();
                if let Ok(secs) = t.parse::<u64>() {
                    return Ok(Duration::from_secs(secs));
                }
                humantime::parse_duration(t).map_err(|e| {
                    serde::de::Error::custom(format!(
                        "`{t}` is not a duration like \"5s\" or \"30m\" ({e})"
                    ))
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_match_the_contract() {
        let c = Config::default();
        assert_eq!(c.server.bind, "127.0.0.1:8088");
        assert_eq!(c.pool.min_connections, 1);
        assert_eq!(c.pool.max_connections, 10);
        assert_eq!(c.pool.acquire_timeout, Duration::from_secs(5));
        assert_eq!(c.pool.global_max_connections, 100);
        assert_eq!(c.session.idle_timeout, Duration::from_secs(3600));
        assert_eq!(c.session.max_sessions, 1_000_000);
        assert_eq!(c.exec.max_rows, 1000);
        assert_eq!(c.agent.max_retries, 3);
        c.validate().unwrap();
    }

    #[test]
    fn durations_accept_humantime_and_integers() {
        let c = Config::from_toml_str(
            "[pool]\nacquire_timeout = \"500ms\"\nconnect_timeout = 2\n[session]\nidle_timeout = \"30m\"",
        )
        .unwrap();
        assert_eq!(c.pool.acquire_timeout, Duration::from_millis(500));
        assert_eq!(c.pool.connect_timeout, Duration::from_secs(2));
        assert_eq!(c.session.idle_timeout, Duration::from_secs(1800));
    }

    #[test]
    fn bad_value_names_the_key() {
        let err = Config::from_toml_str("[pool]\nmax_connections = \"many\"")
            .unwrap_err()
            .to_string();
        assert!(err.contains("max_connections"), "{err}");
        let err = Config::from_toml_str("[pool]\nacquire_timeout = \"soon\"")
            .unwrap_err()
            .to_string();
        assert!(err.contains("acquire_timeout"), "{err}");
        let err = Config::from_toml_str("[pool]\nmin_connections = 20")
            .unwrap_err()
            .to_string();
        assert!(err.contains("pool.min_connections"), "{err}");
        let err = Config::from_toml_str("[pool]\nmax_conections = 2")
            .unwrap_err()
            .to_string();
        assert!(err.contains("max_conections"), "{err}");
    }

    #[test]
    fn yaml_is_accepted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("app_config.yml");
        std::fs::write(
            &path,
            "pool:\n  max_connections: 7\nexec:\n  statement_timeout: 10s\n",
        )
        .unwrap();
        let c = Config::load(Some(&path)).unwrap();
        assert_eq!(c.pool.max_connections, 7);
        assert_eq!(c.exec.statement_timeout, Duration::from_secs(10));
    }

    #[test]
    fn example_config_parses_and_lists_every_section() {
        let text = include_str!("../quarry.example.toml");
        let c = Config::from_toml_str(text).unwrap();
        let defaults = Config::default();
        assert_eq!(c.pool.max_connections, defaults.pool.max_connections);
        for section in [
            "[server]",
            "[log]",
            "[pool]",
            "[session]",
            "[exec]",
            "[schema]",
            "[agent]",
            "[auth]",
            "[limits]",
            "[connect]",
            "[sqlite]",
            "[docker]",
            "[audit]",
            "[default_database]",
        ] {
            assert!(text.contains(section), "example config lacks {section}");
        }
    }
}
