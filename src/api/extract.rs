//! Request extractors whose rejections are API errors (JSON bodies, like every other error),
//! and the caller's identity from its API key.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::StatusCode;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use super::error::ApiError;
use crate::config::{AuthConfig, AuthMode, Role};
use crate::session::TenantId;
use crate::state::AppState;

/// A JSON body; malformed JSON is 400, wrong or unknown fields 422, a wrong content type 415,
/// a body over `server.request_body_limit` 413.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(ApiJson(v)),
            Err(rej) => Err(json_rejection(rej)),
        }
    }
}

fn json_rejection(rej: JsonRejection) -> ApiError {
    let status = rej.status();
    let detail = rej.body_text();
    match status {
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::new(
            status,
            "too_large",
            "the request body is larger than server.request_body_limit",
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::new(
            status,
            "bad_request",
            "expected a JSON body with Content-Type: application/json",
        ),
        StatusCode::UNPROCESSABLE_ENTITY => ApiError::unprocessable(detail),
        _ => ApiError::bad_request(detail),
    }
}

/// Query-string parameters with API-error rejections.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(v)) => Ok(ApiQuery(v)),
            Err(rej) => Err(query_rejection(rej)),
        }
    }
}

fn query_rejection(rej: QueryRejection) -> ApiError {
    ApiError::bad_request(rej.body_text())
}

/// Who is calling: the tenant and role of its API key (`default`/admin without auth).
#[derive(Debug, Clone)]
pub struct Caller {
    pub tenant: TenantId,
    pub role: Role,
}

impl Caller {
    pub fn require_admin(&self) -> Result<(), ApiError> {
        match self.role {
            Role::Admin => Ok(()),
            Role::User => Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                "this endpoint needs an admin API key",
            )),
        }
    }
}

/// The key table: SHA-256 hex of each key -> caller. Keys are long random tokens, so a fast
/// hash and a map lookup are right (a slow hash would let anyone burn CPU).
pub struct Auth {
    mode: AuthMode,
    keys: HashMap<String, Caller>,
}

impl Auth {
    pub fn new(cfg: &AuthConfig) -> Arc<Auth> {
        let keys = cfg
            .keys
            .iter()
            .map(|k| {
                (
                    k.sha256.to_ascii_lowercase(),
                    Caller {
                        tenant: TenantId::new(&k.tenant),
                        role: k.role,
                    },
                )
            })
            .collect();
        Arc::new(Auth {
            mode: cfg.mode,
            keys,
        })
    }

    pub fn authenticate(&self, key: Option<&str>) -> Result<Caller, ApiError> {
        if self.mode == AuthMode::None {
            return Ok(Caller {
                tenant: TenantId::new("default"),
                role: Role::Admin,
            });
        }
        let unauthorized = |d: &str| ApiError::new(StatusCode::UNAUTHORIZED, "unauthorized", d);
        let key = key.ok_or_else(|| {
            unauthorized("an API key is required: send Authorization: Bearer <key>")
        })?;
        let digest = hex::encode(Sha256::digest(key.as_bytes()));
        self.keys
            .get(&digest)
            .cloned()
            .ok_or_else(|| unauthorized("the API key is not valid"))
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        if let Some(c) = parts.extensions.get::<Caller>() {
            return Ok(c.clone());
        }
        let h = &parts.headers;
        let key = h
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            })
            .or_else(|| h.get("x-api-key").and_then(|v| v.to_str().ok()))
            .map(str::trim);
        let caller = state.auth.authenticate(key)?;
        parts.extensions.insert(caller.clone());
        Ok(caller)
    }
}
