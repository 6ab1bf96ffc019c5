//! `POST /feedback`: a user says whether a (question, SQL) pair is right. Right pairs go into
//! the query memory of the caller's tenant on the session's target (after the read-only guard
//! accepts the SQL and, when the schema is cached, every table it names exists); wrong ones
//! are removed from it. The memory then answers the same question without an engine and shows
//! similar pairs to LLM engines as examples.

use axum::extract::State;
use axum::Json;
use serde::{Deserialize, Serialize};

use super::error::ApiError;
use super::extract::{ApiJson, Caller};
use super::query::resolve;
use crate::agent::memory::MemoryScope;
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FeedbackRequest {
    /// Without it, the configured default database.
    pub session_id: Option<String>,
    pub question: String,
    pub sql: String,
    /// `true`: remember the pair; `false`: forget it.
    pub correct: bool,
    /// The `schema_name` the question was asked with, if any.
    pub schema_name: Option<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct FeedbackResponse {
    pub success: bool,
    /// `added`, `removed`, or `not_found` (nothing to remove).
    pub action: String,
    pub message: String,
}

/// Most characters of a remembered question or statement.
const MAX_CHARS: usize = 10_000;

#[utoipa::path(post, path = "/api/v1/feedback", request_body = FeedbackRequest,
    responses((status = 200, body = FeedbackResponse), (status = 400, body = super::error::ErrorBody),
              (status = 401, body = super::error::ErrorBody)))]
pub async fn feedback(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(req): ApiJson<FeedbackRequest>,
) -> Result<Json<FeedbackResponse>, ApiError> {
    let question = req.question.trim();
    let sql = req.sql.trim();
    if question.is_empty() || sql.is_empty() {
        return Err(ApiError::unprocessable(
            "`question` and `sql` must not be empty",
        ));
    }
    if question.len() > MAX_CHARS || sql.len() > MAX_CHARS {
        return Err(ApiError::unprocessable(format!(
            "`question` and `sql` must be at most {MAX_CHARS} characters"
        )));
    }
    let target = resolve(&state, &caller, req.session_id.as_deref()).await?;
    let key = state.pools.key_for(&target);
    let scope = MemoryScope {
        tenant: caller.tenant.as_str().to_string(),
        target: key.as_str().to_string(),
        namespace: req
            .schema_name
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
    };
    let memory = state.agent.memory();
    if !req.correct {
        let removed = memory.forget(&scope, question, Some(sql)).await;
        return Ok(Json(FeedbackResponse {
            success: true,
            action: if removed > 0 { "removed" } else { "not_found" }.into(),
            message: if removed > 0 {
                "the pair was removed from the query memory".into()
            } else {
                "no such pair in the query memory".into()
            },
        }));
    }
    let dialect = target.dialect();
    quarry_guard::check(sql, dialect)?;
    // With the schema at hand, a pair naming unknown tables is refused now rather than at
    // its first recall.
    if let Some(cached) = state.schemas.peek(&key) {
        let scoped;
        let schema = match &scope.namespace {
            Some(ns) => {
                scoped = cached.schema.only_namespace(ns);
                &scoped
            }
            None => cached.schema.as_ref(),
        };
        crate::agent::validate(sql, schema, dialect, state.config.exec.max_rows)
            .map_err(ApiError::bad_request)?;
    }
    memory.remember(&scope, question, sql).await;
    Ok(Json(FeedbackResponse {
        success: true,
        action: "added".into(),
        message: "the pair was added to the query memory".into(),
    }))
}
