//! `POST /query`, `POST /sql`, `GET /schema`: resolve the caller's database, check out a
//! connection, and hand the work to the agent or the guard.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};

use super::error::ApiError;
use super::extract::{ApiJson, ApiQuery, Caller};
use crate::agent::{AgentError, Attempt, Question};
use crate::audit::AuditRecord;
use crate::db::{ColumnMeta, DbError, ExecLimits, ResultSet, Target};
use crate::limits::CheckoutPermit;
use crate::pool::{ConnGuard, PoolEntry};
use crate::session::SessionId;
use crate::state::AppState;
use quarry_model::{Schema, Table};

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct QueryRequest {
    pub question: String,
    /// Without it, the configured default database is used.
    pub session_id: Option<String>,
    /// Default `agent.max_retries`; at most 10.
    pub max_retries: Option<u32>,
    /// Limit the question to one schema (PostgreSQL schema, MySQL database).
    pub schema_name: Option<String>,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SqlRequest {
    pub sql: String,
    pub session_id: Option<String>,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct SchemaParams {
    pub session_id: Option<String>,
    pub schema_name: Option<String>,
}

#[derive(Debug, Default, Serialize, utoipa::ToSchema)]
pub struct Timings {
    pub schema: f64,
    pub generate: f64,
    pub execute: f64,
    pub total: f64,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Usage {
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct QueryResponse {
    pub success: bool,
    pub question: String,
    pub sql: String,
    pub columns: Vec<ColumnMeta>,
    #[schema(value_type = Vec<Vec<Object>>)]
    pub rows: Vec<Vec<serde_json::Value>>,
    pub row_count: usize,
    pub truncated: bool,
    pub engine: String,
    pub explanation: String,
    pub attempts: Vec<Attempt>,
    pub timings_ms: Timings,
    pub session_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<Usage>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SqlResponse {
    pub success: bool,
    pub sql: String,
    pub columns: Vec<ColumnMeta>,
    #[schema(value_type = Vec<Vec<Object>>)]
    pub rows: Vec<Vec<serde_json::Value>>,
    pub row_count: usize,
    pub truncated: bool,
    pub timings_ms: Timings,
    pub session_id: Option<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SchemaResponse {
    pub driver: String,
    pub table_count: usize,
    #[schema(value_type = Vec<Object>)]
    pub tables: Vec<Table>,
    pub session_id: Option<String>,
}

pub fn ms(since: Instant) -> f64 {
    (since.elapsed().as_secs_f64() * 1_000_000.0).round() / 1000.0
}

/// The caller's target: its session's, or the default database.
pub(crate) async fn resolve(
    state: &AppState,
    caller: &Caller,
    session_id: Option<&str>,
) -> Result<Arc<Target>, ApiError> {
    match session_id.map(str::trim).filter(|s| !s.is_empty()) {
        Some(raw) => {
            let id = SessionId::parse(raw).ok_or_else(ApiError::session_not_found)?;
            Ok(state.sessions.get(&id, &caller.tenant).await?.target)
        }
        None => state.default_target.clone().ok_or_else(|| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "no_database",
                "no session_id given and no default database configured: connect first with \
                 POST /api/v1/database/connect and pass the session_id it returns",
            )
        }),
    }
}

fn limits(state: &AppState) -> ExecLimits {
    let e = &state.config.exec;
    ExecLimits {
        max_rows: e.max_rows,
        max_response_bytes: e.max_response_bytes,
        statement_timeout: e.statement_timeout,
    }
}

/// A pooled connection for the caller. The permit counts it against
/// `limits.connections_per_tenant` (taken first, so a tenant at its cap never queues in the
/// pool) and must live as long as the guard.
async fn checkout(
    state: &AppState,
    caller: &Caller,
    target: &Arc<Target>,
) -> Result<(Arc<PoolEntry>, ConnGuard, CheckoutPermit), ApiError> {
    let permit = state.limits.checkout_permit(&caller.tenant)?;
    let entry = state.pools.pool_for(target).map_err(ApiError::from_pool)?;
    let conn = state
        .pools
        .acquire(&entry)
        .await
        .map_err(ApiError::from_pool)?;
    Ok((entry, conn, permit))
}

/// One audit line (crate::audit) for a statement run for `caller`.
#[allow(clippy::too_many_arguments)]
async fn audit(
    state: &AppState,
    caller: &Caller,
    session: Option<&str>,
    target: &Target,
    sql: &str,
    row_count: Option<usize>,
    duration_ms: f64,
    engine: &str,
    outcome: &str,
) {
    if !state.audit.enabled() {
        return;
    }
    state
        .audit
        .record(AuditRecord {
            ts: crate::audit::now(),
            tenant: caller.tenant.as_str().to_string(),
            session: session.map(str::to_string),
            target: target.describe(),
            sql: sql.to_string(),
            row_count,
            duration_ms,
            engine: engine.to_string(),
            outcome: outcome.to_string(),
        })
        .await;
}

/// The agent's statements of one `/query`: each attempt that produced SQL, the answer `ok`
/// with its row count, failed attempts `attempt_failed`, and the last one of a failed request
/// the code the client got.
async fn audit_query(
    state: &AppState,
    caller: &Caller,
    session: Option<&str>,
    target: &Target,
    outcome: &Result<Json<QueryResponse>, ApiError>,
) {
    let (attempts, final_code, rows) = match outcome {
        Ok(Json(r)) => (&r.attempts[..], "ok", Some(r.row_count)),
        Err(e) => match &e.attempts {
            Some(a) => (&a[..], e.code, None),
            None => return,
        },
    };
    let with_sql: Vec<_> = attempts.iter().filter(|a| a.sql.is_some()).collect();
    for (i, a) in with_sql.iter().enumerate() {
        let last = i + 1 == with_sql.len();
        let (code, rows) = match (&a.error, last) {
            (None, _) => ("ok", rows),
            (Some(_), true) if final_code != "ok" => (final_code, None),
            (Some(_), _) => ("attempt_failed", None),
        };
        let sql = a.sql.as_deref().unwrap_or_default();
        audit(
            state, caller, session, target, sql, rows, a.ms, &a.engine, code,
        )
        .await;
    }
}

/// Runs the cost gate (`exec.max_estimated_rows`) where the driver can estimate.
async fn cost_gate(state: &AppState, conn: &mut ConnGuard, sql: &str) -> Result<(), CostGate> {
    let max = state.config.exec.max_estimated_rows;
    if max == 0 {
        return Ok(());
    }
    if let Some(rows) = conn.estimate_rows(sql).await.map_err(CostGate::Db)? {
        if rows > max as f64 {
            return Err(CostGate::Refused(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "too_expensive",
                format!(
                    "the planner estimates this statement handles about {} rows, above exec.max_estimated_rows ({max})",
                    rows as u64
                ),
            )));
        }
    }
    Ok(())
}

/// Why the cost gate stopped a statement: the estimate itself failed (a broken connection is
/// worth a retry) or the estimate is over the limit.
enum CostGate {
    Db(DbError),
    Refused(ApiError),
}

impl From<CostGate> for ApiError {
    fn from(e: CostGate) -> ApiError {
        match e {
            CostGate::Db(e) => ApiError::from_db(e),
            CostGate::Refused(e) => e,
        }
    }
}

fn scoped_schema(schema: &Schema, name: Option<&str>) -> Result<Option<Schema>, ApiError> {
    let Some(name) = name.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let spaces = schema.namespaces();
    match spaces.iter().find(|s| s.as_str() == name) {
        Some(s) => Ok(Some(schema.only_namespace(s))),
        None => Err(ApiError::bad_request(format!(
            "unknown schema_name `{name}`; the schemas are: {}",
            if spaces.is_empty() {
                "(none: this database has no schemas)".to_string()
            } else {
                spaces.join(", ")
            }
        ))),
    }
}

#[utoipa::path(post, path = "/api/v1/query", request_body = QueryRequest,
    responses((status = 200, body = QueryResponse), (status = 401, body = super::error::ErrorBody),
              (status = 422, body = super::error::ErrorBody), (status = 503, body = super::error::ErrorBody)))]
pub async fn run_query(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(req): ApiJson<QueryRequest>,
) -> Result<Json<QueryResponse>, ApiError> {
    let started = Instant::now();
    let max_retries = req.max_retries.unwrap_or(state.config.agent.max_retries);
    if max_retries > 10 {
        return Err(ApiError::unprocessable("max_retries must be at most 10"));
    }
    let question = req.question.trim();
    if question.is_empty() {
        return Err(ApiError::unprocessable("`question` must not be empty"));
    }
    let target = resolve(&state, &caller, req.session_id.as_deref()).await?;
    let limits = limits(&state);
    let outcome: Result<Json<QueryResponse>, ApiError> = async {
        // One retry on a fresh connection when the first one turns out broken (a restarted
        // server, a terminated backend): the statement is read-only, so repeating it is safe.
        let mut tries = 0;
        loop {
            tries += 1;
            let (entry, mut conn, _permit) = checkout(&state, &caller, &target).await?;
            let schema_started = Instant::now();
            let schema = match state.schemas.get(&entry.key, &mut conn).await {
                Ok((s, _)) => s,
                Err(crate::schema::SchemaError::Db(DbError::Broken(_))) if tries < 2 => continue,
                Err(e) => return Err(e.into()),
            };
            let schema_ms = ms(schema_started);
            let scoped = scoped_schema(&schema.schema, req.schema_name.as_deref())?;
            let q = Question {
                text: question,
                schema: &schema,
                scoped: scoped.as_ref(),
                dialect: target.dialect(),
                max_retries,
                limits,
                tenant: caller.tenant.as_str(),
                target: &entry.key,
                share_values: !state
                    .config
                    .schema
                    .private_databases
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(&target.database)),
            };
            match state.agent.answer(q, &mut conn).await {
                Ok(a) => {
                    state
                        .metrics
                        .answers
                        .get_or_create(&crate::metrics::EngineLabels {
                            engine: a.engine.clone(),
                        })
                        .inc();
                    let row_count = a.result.rows.len();
                    return Ok(Json(QueryResponse {
                        success: true,
                        question: question.to_string(),
                        sql: a.sql,
                        columns: a.result.columns,
                        rows: a.result.rows,
                        row_count,
                        truncated: a.result.truncated,
                        engine: a.engine,
                        explanation: a.explanation,
                        attempts: a.attempts,
                        timings_ms: Timings {
                            schema: schema_ms,
                            generate: a.generate_ms,
                            execute: a.execute_ms,
                            total: ms(started),
                        },
                        session_id: req.session_id.clone(),
                        usage: a.usage.map(|u| Usage {
                            prompt_tokens: u.prompt_tokens,
                            completion_tokens: u.completion_tokens,
                        }),
                    }));
                }
                Err(AgentError::Db {
                    source: DbError::Broken(_),
                    ..
                }) if tries < 2 => continue,
                Err(e) => return Err(e.into()),
            }
        }
    }
    .await;
    audit_query(
        &state,
        &caller,
        req.session_id.as_deref(),
        &target,
        &outcome,
    )
    .await;
    outcome
}

#[utoipa::path(post, path = "/api/v1/sql", request_body = SqlRequest,
    responses((status = 200, body = SqlResponse), (status = 400, body = super::error::ErrorBody),
              (status = 401, body = super::error::ErrorBody), (status = 504, body = super::error::ErrorBody)))]
pub async fn run_sql(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(req): ApiJson<SqlRequest>,
) -> Result<Json<SqlResponse>, ApiError> {
    let started = Instant::now();
    let target = resolve(&state, &caller, req.session_id.as_deref()).await?;
    let executed: Result<(ResultSet, f64), ApiError> = async {
        quarry_guard::check(&req.sql, target.dialect())?;
        let limits = limits(&state);
        let mut tries = 0;
        let (result, exec_ms): (ResultSet, f64) = loop {
            tries += 1;
            let (_, mut conn, _permit) = checkout(&state, &caller, &target).await?;
            match cost_gate(&state, &mut conn, &req.sql).await {
                Err(CostGate::Db(DbError::Broken(_))) if tries < 2 => continue,
                Err(e) => return Err(e.into()),
                Ok(()) => {}
            }
            let exec_started = Instant::now();
            match conn.query(&req.sql, &limits).await {
                Ok(r) => break (r, ms(exec_started)),
                Err(DbError::Broken(_)) if tries < 2 => continue,
                Err(e) => return Err(ApiError::from_db(e)),
            }
        };
        Ok((result, exec_ms))
    }
    .await;
    let (rows, outcome) = match &executed {
        Ok((r, _)) => (Some(r.rows.len()), "ok"),
        Err(e) => (None, e.code),
    };
    let sid = req.session_id.as_deref();
    audit(
        &state,
        &caller,
        sid,
        &target,
        &req.sql,
        rows,
        ms(started),
        "sql",
        outcome,
    )
    .await;
    let (result, exec_ms) = executed?;
    let row_count = result.rows.len();
    Ok(Json(SqlResponse {
        success: true,
        sql: req.sql,
        columns: result.columns,
        rows: result.rows,
        row_count,
        truncated: result.truncated,
        timings_ms: Timings {
            schema: 0.0,
            generate: 0.0,
            execute: exec_ms,
            total: ms(started),
        },
        session_id: req.session_id,
    }))
}

#[utoipa::path(get, path = "/api/v1/schema", params(SchemaParams),
    responses((status = 200, body = SchemaResponse), (status = 401, body = super::error::ErrorBody)))]
pub async fn get_schema(
    State(state): State<AppState>,
    caller: Caller,
    ApiQuery(params): ApiQuery<SchemaParams>,
) -> Result<Json<SchemaResponse>, ApiError> {
    let target = resolve(&state, &caller, params.session_id.as_deref()).await?;
    let (entry, mut conn, permit) = checkout(&state, &caller, &target).await?;
    let (schema, _) = state.schemas.get(&entry.key, &mut conn).await?;
    drop(conn);
    drop(permit);
    let tables = match scoped_schema(&schema.schema, params.schema_name.as_deref())? {
        Some(s) => s.tables,
        None => schema.schema.tables.clone(),
    };
    Ok(Json(SchemaResponse {
        driver: target.driver.name().to_string(),
        table_count: tables.len(),
        tables,
        session_id: params.session_id,
    }))
}
