//! The one table from module errors to HTTP status codes and `code` values (DESIGN "Status
//! codes"). Clients get `{"detail", "code"}` (plus `attempts` where the agent tried); causes
//! are logged, never sent.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::agent::{AgentError, Attempt};
use crate::db::DbError;
use crate::pool::PoolError;
use crate::schema::SchemaError;
use crate::session::SessionError;

/// An error as the API answers it.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub detail: String,
    pub attempts: Option<Vec<Attempt>>,
    pub retry_after: Option<u64>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub detail: String,
    pub code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attempts: Option<Vec<Attempt>>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, detail: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            detail: detail.into(),
            attempts: None,
            retry_after: None,
        }
    }

    pub fn bad_request(detail: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_request", detail)
    }

    pub fn unprocessable(detail: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "bad_request", detail)
    }

    pub fn unavailable(detail: impl Into<String>) -> ApiError {
        let mut e = ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "unavailable", detail);
        e.retry_after = Some(1);
        e
    }

    pub fn session_not_found() -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "session_not_found",
            SessionError::NotFound.to_string(),
        )
    }

    pub fn not_found(detail: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", detail)
    }

    /// The error of a database the caller already had (an existing session or the default
    /// database): unreachable is 503, not the connect endpoint's 400.
    pub fn from_db(e: DbError) -> ApiError {
        match e {
            DbError::Sql { message, .. } => {
                ApiError::new(StatusCode::BAD_REQUEST, "sql_error", message)
            }
            DbError::ReadOnly(m) => ApiError::new(
                StatusCode::BAD_REQUEST,
                "read_only_violation",
                format!("the database refused a write: {m}"),
            ),
            e @ (DbError::Timeout(_) | DbError::Stalled(_)) => ApiError::new(
                StatusCode::GATEWAY_TIMEOUT,
                "statement_timeout",
                e.to_string(),
            ),
            e @ (DbError::Broken(_) | DbError::Connect(_)) => {
                ApiError::unavailable(format!("the database is unavailable: {e}"))
            }
            DbError::Unsupported(m) => ApiError::bad_request(m),
        }
    }

    pub fn from_pool(e: PoolError) -> ApiError {
        match e {
            PoolError::Timeout(_) => ApiError::unavailable(e.to_string()),
            PoolError::Connect(db) => ApiError::from_db(db),
            PoolError::Closed => ApiError::unavailable(e.to_string()),
        }
    }
}

impl From<SessionError> for ApiError {
    fn from(e: SessionError) -> Self {
        match e {
            SessionError::NotFound => ApiError::session_not_found(),
            SessionError::Full => ApiError::unavailable(e.to_string()),
            SessionError::Store(s) => ApiError::unavailable(s.to_string()),
        }
    }
}

impl From<SchemaError> for ApiError {
    fn from(e: SchemaError) -> Self {
        match e {
            SchemaError::Db(db) => ApiError::from_db(db),
        }
    }
}

impl From<AgentError> for ApiError {
    fn from(e: AgentError) -> Self {
        match e {
            AgentError::NotUnderstood { reason, attempts } => {
                let detail = AgentError::not_understood_detail(&reason);
                let mut err =
                    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "not_understood", detail);
                err.attempts = Some(attempts);
                err
            }
            AgentError::Db { source, attempts } => {
                let mut err = ApiError::from_db(source);
                err.attempts = Some(attempts);
                err
            }
            AgentError::Llm { source, attempts } => {
                let mut err = ApiError::new(
                    StatusCode::BAD_GATEWAY,
                    "llm_unavailable",
                    format!("the LLM provider failed: {source}"),
                );
                err.attempts = Some(attempts);
                err
            }
            e @ AgentError::TooExpensive { .. } => {
                let detail = e.to_string();
                let attempts = e.attempts().to_vec();
                let mut err =
                    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "too_expensive", detail);
                err.attempts = Some(attempts);
                err
            }
        }
    }
}

impl From<quarry_guard::GuardError> for ApiError {
    fn from(e: quarry_guard::GuardError) -> Self {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "read_only_violation",
            e.to_string(),
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if self.status.is_server_error() {
            tracing::warn!(status = self.status.as_u16(), code = self.code, detail = %self.detail, "request failed");
        }
        let body = ErrorBody {
            detail: self.detail,
            code: self.code.to_string(),
            attempts: self.attempts,
        };
        let mut resp = (self.status, axum::Json(body)).into_response();
        if let Some(secs) = self.retry_after {
            if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
                resp.headers_mut().insert(header::RETRY_AFTER, v);
            }
        }
        resp
    }
}
