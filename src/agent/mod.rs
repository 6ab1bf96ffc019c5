//! The SQL agent: question -> engine -> validated SQL -> rows, retrying with the error.
//!
//! Owns: [`SqlAgent`] (the loop and the routing between engines), the [`Engine`] trait and its
//! engines ([`builtin`], [`llm`] over `quarry-llm`), the validation of generated SQL (the
//! read-only guard, every table known, a LIMIT added, the cost gate), the query memory
//! ([`memory`]), explanations of LLM SQL ([`explain`]) and progress events ([`progress`]).
//! Must not: open connections (the caller lends a [`ConnGuard`]) or know about HTTP.
//!
//! Entry points: [`SqlAgent::from_config`] once at start-up, then [`SqlAgent::answer`] per
//! question. Start-up reads the LLM API key from the environment variable named by
//! `agent.llm.api_key_env`, once: the only environment read outside `config` (the key is a
//! secret, so it is not part of the typed config that may be printed or logged).
//!
//! Routes (`agent.route`): `builtin` (only the deterministic engine), `llm` (only the LLM),
//! `hybrid` (default with an LLM: the builtin engine answers when it is confident, at least
//! `agent.builtin_threshold`; otherwise, or when its SQL fails, the LLM gets the question and
//! the error). Before any engine, the query memory: the same question (normalised) from the
//! same tenant on the same target is answered with its remembered SQL (`engine: "memory"`),
//! re-validated against the current schema; a pair that fails is forgotten and the engines go.
//!
//! Loop: up to `max_retries + 1` attempts; each asks the current engine with every earlier
//! attempt and its error, validates, runs the cost gate, executes. A builtin decline handed on
//! to the LLM in hybrid is routing and does not use the budget; an engine with nothing new
//! ends its turn. Every attempt is recorded ([`Attempt`]) and returned, also on failure.
//!
//! Failure model: [`AgentError`]: `NotUnderstood` (422, with the attempts), `TooExpensive`
//! (422 `too_expensive`), `Llm` (502 `llm_unavailable`: the provider is down or failing after
//! its own retries), `Db` errors that are not the SQL's fault (timeouts, broken connections)
//! end the loop at once.
//! Concurrency: the agent is shared (`Arc`) and stateless per request except the memory.
//! Config: `[agent]` route, max_retries, builtin_threshold, `[agent.llm]`; `[schema]`
//! max_tables, context_token_budget, share_values; `[exec]` max_estimated_rows.

pub mod builtin;
pub mod engine;
pub mod explain;
pub mod llm;
pub mod memory;
pub mod progress;

use std::sync::Arc;
use std::time::Instant;

use quarry_model::{Dialect, Schema};
use serde::Serialize;

pub use engine::{Engine, EngineError, EngineRequest, Example, Generated, LlmUsage, PriorAttempt};
use memory::{InMemoryMemory, MemoryScope, QueryMemory};
use progress::{emit, AgentEvent};

use crate::config::{Config, LlmProvider, Route};
use crate::db::{DbError, ExecLimits, ResultSet};
use crate::metrics::Metrics;
use crate::pool::{ConnGuard, PoolKey};
use crate::schema::rank::ContextOptions;
use crate::schema::CachedSchema;

/// Remembered pairs shown to an LLM engine as examples.
const EXAMPLES_K: usize = 3;

/// One try at answering, as the response's `attempts` lists it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Attempt {
    pub sql: Option<String>,
    pub error: Option<String>,
    pub engine: String,
    pub ms: f64,
}

/// LLM tokens spent on one question (all its attempts).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TokenUsage {
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
}

/// A successful answer.
#[derive(Debug)]
pub struct Answer {
    pub sql: String,
    pub result: ResultSet,
    pub engine: String,
    pub explanation: String,
    pub attempts: Vec<Attempt>,
    pub generate_ms: f64,
    pub execute_ms: f64,
    /// Set when an LLM was called.
    pub usage: Option<TokenUsage>,
}

#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    #[error("the question was not understood: {reason}. Rephrase it, or run SQL directly with POST /api/v1/sql")]
    NotUnderstood {
        reason: String,
        attempts: Vec<Attempt>,
    },
    #[error("{source}")]
    Db {
        source: DbError,
        attempts: Vec<Attempt>,
    },
    /// The LLM provider is down or failing after its retries.
    #[error("{source}")]
    Llm {
        source: quarry_llm::LlmError,
        attempts: Vec<Attempt>,
    },
    /// The cost gate refused the statement.
    #[error("the planner estimates this statement handles about {rows} rows, above exec.max_estimated_rows ({max})")]
    TooExpensive {
        rows: u64,
        max: u64,
        attempts: Vec<Attempt>,
    },
}

impl AgentError {
    pub fn not_understood_detail(reason: &str) -> String {
        format!(
            "the question was not understood: {reason}. Rephrase it, or run SQL directly with POST /api/v1/sql"
        )
    }

    pub fn attempts(&self) -> &[Attempt] {
        match self {
            AgentError::NotUnderstood { attempts, .. }
            | AgentError::Db { attempts, .. }
            | AgentError::Llm { attempts, .. }
            | AgentError::TooExpensive { attempts, .. } => attempts,
        }
    }
}

/// Start-up failures of the agent (a bad `[agent.llm]`, a missing API key).
#[derive(Debug, thiserror::Error)]
#[error("agent.llm: {0}")]
pub struct AgentSetupError(String);

pub struct SqlAgent {
    route: Route,
    builtin_threshold: f32,
    builtin: Arc<dyn Engine>,
    llm: Option<Arc<dyn Engine>>,
    memory: Arc<dyn QueryMemory>,
    metrics: Option<Arc<Metrics>>,
    max_tables: usize,
    context: ContextOptions,
    max_estimated_rows: u64,
}

/// What the agent needs for one question.
pub struct Question<'a> {
    pub text: &'a str,
    pub schema: &'a CachedSchema,
    /// The schema the question is limited to (`schema_name`), when given.
    pub scoped: Option<&'a Schema>,
    pub dialect: Dialect,
    pub max_retries: u32,
    pub limits: ExecLimits,
    /// Whose memory: the caller's tenant ...
    pub tenant: &'a str,
    /// ... on this target.
    pub target: &'a PoolKey,
    /// The target's values may go into prompts (`schema.private_databases` says no).
    pub share_values: bool,
}

/// The outcome of validating and running one candidate.
enum Ran {
    Ok {
        sql: String,
        result: ResultSet,
        execute_ms: f64,
    },
    Failed {
        sql: String,
        error: String,
    },
}

/// Ends the loop at once (with the SQL it happened to).
enum Fatal {
    Db(DbError, String),
    TooExpensive(u64, String),
}

/// The state of one `answer` call.
struct Run {
    attempts: Vec<Attempt>,
    prior: Vec<PriorAttempt>,
    usage: Option<TokenUsage>,
    generate_ms: f64,
    n: u32,
}

impl Run {
    fn record(&mut self, engine: &str, sql: Option<String>, error: Option<String>, ms: f64) {
        let attempt = Attempt {
            sql: sql.clone(),
            error: error.clone(),
            engine: engine.to_string(),
            ms,
        };
        emit(AgentEvent::Attempt {
            attempt: self.n,
            detail: attempt.clone(),
        });
        self.attempts.push(attempt);
        if let Some(error) = error {
            self.prior.push(PriorAttempt {
                engine: engine.to_string(),
                sql,
                error,
            });
        }
    }
}

fn build_llm(
    cfg: &crate::config::LlmConfig,
) -> Result<(quarry_llm::Provider, quarry_llm::LlmClient), AgentSetupError> {
    let provider = match cfg.provider {
        LlmProvider::Openai => quarry_llm::Provider::OpenAi,
        LlmProvider::Anthropic => quarry_llm::Provider::Anthropic,
    };
    let mut c = quarry_llm::LlmConfig::new(provider, cfg.model.clone());
    c.base_url = cfg.base_url.clone();
    c.timeout = cfg.timeout;
    if let Some(var) = cfg.api_key_env.as_deref().filter(|v| !v.trim().is_empty()) {
        c.api_key =
            Some(quarry_llm::ApiKey::from_env(var).map_err(|e| AgentSetupError(e.to_string()))?);
    }
    let client = quarry_llm::LlmClient::new(c).map_err(|e| AgentSetupError(e.to_string()))?;
    Ok((provider, client))
}

impl SqlAgent {
    /// A builtin-only agent with in-process memory and default context settings.
    pub fn new(builtin_threshold: Option<f32>) -> SqlAgent {
        let threshold = builtin_threshold.unwrap_or(quarry_nl::DEFAULT_THRESHOLD);
        SqlAgent {
            route: Route::Builtin,
            builtin_threshold: threshold,
            builtin: Arc::new(builtin::BuiltinEngine::new(threshold)),
            llm: None,
            memory: Arc::new(InMemoryMemory::new()),
            metrics: None,
            max_tables: crate::schema::rank::DEFAULT_MAX_TABLES,
            context: ContextOptions::default(),
            max_estimated_rows: 0,
        }
    }

    /// The agent as configured: route, engines (reading the API key's environment variable
    /// once, here), context settings and the cost gate.
    pub fn from_config(
        config: &Config,
        metrics: Arc<Metrics>,
    ) -> Result<SqlAgent, AgentSetupError> {
        let mut agent = SqlAgent::new(config.agent.builtin_threshold);
        if let Some(cfg) = &config.agent.llm {
            let (provider, client) = build_llm(cfg)?;
            agent.llm = Some(Arc::new(llm::LlmEngine::new(client, provider)));
        }
        agent.route = match (config.agent.route, &agent.llm) {
            (Some(r @ (Route::Llm | Route::Hybrid)), None) => {
                return Err(AgentSetupError(format!(
                    "route {r:?} needs an [agent.llm] section"
                )))
            }
            (Some(r), _) => r,
            (None, Some(_)) => Route::Hybrid,
            (None, None) => Route::Builtin,
        };
        agent.metrics = Some(metrics);
        agent.max_tables = config.schema.max_tables.max(1);
        agent.context = ContextOptions {
            token_budget: config.schema.context_token_budget,
            share_values: config.schema.share_values,
            private_columns: Arc::new(config.schema.private_columns.clone()),
        };
        agent.max_estimated_rows = config.exec.max_estimated_rows;
        Ok(agent)
    }

    /// Replaces the query memory store (e.g. a shared one).
    pub fn with_memory(mut self, memory: Arc<dyn QueryMemory>) -> SqlAgent {
        self.memory = memory;
        self
    }

    pub fn builtin_threshold(&self) -> f32 {
        self.builtin_threshold
    }

    pub fn route(&self) -> Route {
        self.route
    }

    pub fn memory(&self) -> &Arc<dyn QueryMemory> {
        &self.memory
    }

    fn engines(&self) -> Vec<&dyn Engine> {
        let llm = self.llm.as_deref();
        match self.route {
            Route::Builtin => vec![self.builtin.as_ref()],
            Route::Llm => llm.into_iter().collect(),
            Route::Hybrid => std::iter::once(self.builtin.as_ref()).chain(llm).collect(),
        }
    }

    fn add_usage(&self, run: &mut Run, usage: Option<LlmUsage>) {
        let Some(u) = usage else { return };
        let total = run.usage.get_or_insert_with(TokenUsage::default);
        total.prompt_tokens += u.prompt_tokens;
        total.completion_tokens += u.completion_tokens;
        if let Some(m) = &self.metrics {
            m.llm_prompt_tokens.inc_by(u.prompt_tokens);
            m.llm_completion_tokens.inc_by(u.completion_tokens);
            m.llm_latency.observe(u.latency_s);
        }
    }

    /// Validates, gates and runs one candidate.
    async fn check_and_run(
        &self,
        candidate: &str,
        schema: &Schema,
        q: &Question<'_>,
        conn: &mut ConnGuard,
        n: u32,
    ) -> Result<Ran, Fatal> {
        emit(AgentEvent::Validate {
            attempt: n,
            sql: candidate.to_string(),
        });
        let sql = match validate(candidate, schema, q.dialect, q.limits.max_rows) {
            Ok(sql) => sql,
            Err(error) => {
                return Ok(Ran::Failed {
                    sql: candidate.to_string(),
                    error,
                })
            }
        };
        if self.max_estimated_rows > 0 {
            match conn.estimate_rows(&sql).await {
                Ok(Some(rows)) if rows > self.max_estimated_rows as f64 => {
                    return Err(Fatal::TooExpensive(rows as u64, sql))
                }
                Ok(_) => {}
                Err(DbError::Sql { message, .. }) => {
                    return Ok(Ran::Failed {
                        sql,
                        error: message,
                    })
                }
                Err(e) => return Err(Fatal::Db(e, sql)),
            }
        }
        emit(AgentEvent::Execute {
            attempt: n,
            sql: sql.clone(),
        });
        let started = Instant::now();
        match conn.query(&sql, &q.limits).await {
            Ok(result) => Ok(Ran::Ok {
                sql,
                result,
                execute_ms: ms(started),
            }),
            Err(DbError::Sql { message, .. }) => Ok(Ran::Failed {
                sql,
                error: message,
            }),
            Err(DbError::ReadOnly(m)) => Ok(Ran::Failed {
                sql,
                error: format!("the database refused a write: {m}"),
            }),
            Err(e) => Err(Fatal::Db(e, sql)),
        }
    }

    /// Records the attempt that hit `f` and ends the loop.
    fn fatal(&self, f: Fatal, mut run: Run, engine: &str, started: Instant) -> AgentError {
        let (sql, error) = match &f {
            Fatal::Db(e, sql) => (sql.clone(), e.to_string()),
            Fatal::TooExpensive(rows, sql) => (
                sql.clone(),
                format!("refused by the cost gate: about {rows} rows estimated"),
            ),
        };
        run.record(engine, Some(sql), Some(error), ms(started));
        match f {
            Fatal::Db(source, _) => AgentError::Db {
                source,
                attempts: run.attempts,
            },
            Fatal::TooExpensive(rows, _) => AgentError::TooExpensive {
                rows,
                max: self.max_estimated_rows,
                attempts: run.attempts,
            },
        }
    }

    pub async fn answer(
        &self,
        q: Question<'_>,
        conn: &mut ConnGuard,
    ) -> Result<Answer, AgentError> {
        let schema: &Schema = q.scoped.unwrap_or(&q.schema.schema);
        let namespace = q.scoped.and_then(|s| s.default_schema.clone());
        let scope = MemoryScope {
            tenant: q.tenant.to_string(),
            target: q.target.as_str().to_string(),
            namespace: namespace.clone(),
        };
        let mut run = Run {
            attempts: Vec::new(),
            prior: Vec::new(),
            usage: None,
            generate_ms: 0.0,
            n: 0,
        };

        // The query memory first: no engine call for a question answered before.
        if let Some(remembered) = self.memory.recall(&scope, q.text).await {
            run.n += 1;
            emit(AgentEvent::Generate {
                attempt: run.n,
                engine: "memory".into(),
            });
            let started = Instant::now();
            match self
                .check_and_run(&remembered, schema, &q, conn, run.n)
                .await
            {
                Ok(Ran::Ok {
                    sql,
                    result,
                    execute_ms,
                }) => {
                    run.record("memory", Some(sql.clone()), None, ms(started));
                    return Ok(Answer {
                        explanation: explain::explain_sql(&remembered, q.dialect),
                        sql,
                        result,
                        engine: "memory".into(),
                        attempts: run.attempts,
                        generate_ms: 0.0,
                        execute_ms,
                        usage: None,
                    });
                }
                Ok(Ran::Failed { sql, error }) => {
                    // The schema changed under the pair: forget it and ask the engines.
                    self.memory.forget(&scope, q.text, Some(&remembered)).await;
                    run.record("memory", Some(sql), Some(error), ms(started));
                    // A stale pair is not the engines' mistake: do not feed it back.
                    run.prior.clear();
                }
                Err(f) => return Err(self.fatal(f, run, "memory", started)),
            }
        }

        let ctx_started = Instant::now();
        let private_db;
        let opts = if q.share_values {
            &self.context
        } else {
            private_db = ContextOptions {
                share_values: false,
                ..self.context.clone()
            };
            &private_db
        };
        let context = q.schema.rank.get_relevant_tables_context(
            &q.schema.schema,
            q.text,
            self.max_tables,
            namespace.as_deref(),
            opts,
        );
        emit(AgentEvent::Schema {
            tables: context.tables.clone(),
            ms: ms(ctx_started),
        });
        let engines = self.engines();
        let examples = if engines
            .iter()
            .any(|e| e.name() != builtin::BuiltinEngine::NAME)
        {
            self.memory.similar(&scope, q.text, EXAMPLES_K).await
        } else {
            Vec::new()
        };
        // The builtin engine's index covers the whole schema; a scoped question gets its own.
        let scoped_index = match q.scoped {
            Some(s)
                if engines
                    .iter()
                    .any(|e| e.name() == builtin::BuiltinEngine::NAME) =>
            {
                Some(quarry_nl::SchemaIndex::build(s))
            }
            _ => None,
        };
        let index = scoped_index.as_ref().unwrap_or(&q.schema.index);

        let budget = q.max_retries + 1;
        let mut used = 0;
        let mut current = 0;
        while used < budget && current < engines.len() {
            let engine = engines[current];
            let name = engine.name().to_string();
            // A deterministic engine that already tried would say the same again: skip it
            // without a (misleading) `generate` event.
            if engine.deterministic() && run.prior.iter().any(|p| p.engine == name) {
                current += 1;
                continue;
            }
            let started = Instant::now();
            let req = EngineRequest {
                question: q.text,
                dialect: q.dialect,
                context: &context.text,
                examples: &examples,
                previous: &run.prior,
                index,
            };
            run.n += 1;
            emit(AgentEvent::Generate {
                attempt: run.n,
                engine: name.clone(),
            });
            let out = engine.generate(&req).await;
            run.generate_ms += ms(started);
            match out {
                Err(EngineError::Llm(source)) => {
                    run.record(&name, None, Some(source.to_string()), ms(started));
                    return Err(AgentError::Llm {
                        source,
                        attempts: run.attempts,
                    });
                }
                Ok(Generated::NothingNew) => {
                    run.n -= 1;
                    current += 1;
                }
                Ok(Generated::NoSql { reason, usage }) => {
                    self.add_usage(&mut run, usage);
                    run.record(&name, None, Some(reason), ms(started));
                    if current + 1 < engines.len() {
                        // A decline handed on is routing, not a retry.
                        current += 1;
                    } else {
                        used += 1;
                    }
                }
                Ok(Generated::Sql {
                    sql: candidate,
                    explanation,
                    usage,
                }) => {
                    self.add_usage(&mut run, usage);
                    used += 1;
                    match self
                        .check_and_run(&candidate, schema, &q, conn, run.n)
                        .await
                    {
                        Ok(Ran::Ok {
                            sql,
                            result,
                            execute_ms,
                        }) => {
                            run.record(&name, Some(sql.clone()), None, ms(started));
                            self.memory.remember(&scope, q.text, &candidate).await;
                            return Ok(Answer {
                                explanation: explanation
                                    .unwrap_or_else(|| explain::explain_sql(&candidate, q.dialect)),
                                sql,
                                result,
                                engine: name,
                                attempts: run.attempts,
                                generate_ms: run.generate_ms,
                                execute_ms,
                                usage: run.usage,
                            });
                        }
                        Ok(Ran::Failed { sql, error }) => {
                            run.record(&name, Some(sql), Some(error), ms(started));
                        }
                        Err(f) => return Err(self.fatal(f, run, &name, started)),
                    }
                }
            }
        }
        let reason = run
            .attempts
            .last()
            .and_then(|a| a.error.clone())
            .unwrap_or_else(|| "no engine produced SQL".into());
        Err(AgentError::NotUnderstood {
            reason,
            attempts: run.attempts,
        })
    }
}

fn ms(since: Instant) -> f64 {
    (since.elapsed().as_secs_f64() * 1000.0 * 1000.0).round() / 1000.0
}

/// Checks generated SQL: the guard, every table known, a LIMIT when there is none.
pub fn validate(
    sql: &str,
    schema: &Schema,
    dialect: Dialect,
    max_rows: usize,
) -> Result<String, String> {
    let checked = quarry_guard::check(sql, dialect).map_err(|e| e.to_string())?;
    let unknown: Vec<String> = checked
        .tables
        .iter()
        .filter(|t| {
            let name = match &t.schema {
                Some(s) => format!("{s}.{}", t.name),
                None => t.name.clone(),
            };
            schema.table(&name).is_none()
        })
        .map(|t| t.name.clone())
        .collect();
    if !unknown.is_empty() {
        let known: Vec<&str> = schema
            .tables
            .iter()
            .take(50)
            .map(|t| t.name.as_str())
            .collect();
        return Err(format!(
            "unknown table(s) {}; the tables are: {}",
            unknown.join(", "),
            known.join(", ")
        ));
    }
    quarry_guard::with_limit(sql, dialect, max_rows as u64 + 1).map_err(|e| e.to_string())
}
