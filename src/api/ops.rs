//! Operations endpoints: stats, health, readiness, metrics.

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

use super::error::ApiError;
use super::extract::Caller;
use crate::pool::PoolsStats;
use crate::session::SessionStats;
use crate::state::AppState;

#[derive(Serialize, utoipa::ToSchema)]
pub struct Health {
    pub status: String,
    pub version: String,
}

#[utoipa::path(get, path = "/api/v1/stats/pools",
    responses((status = 200, body = PoolsStats), (status = 403, body = super::error::ErrorBody)))]
pub async fn pool_stats(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<PoolsStats>, ApiError> {
    caller.require_admin()?;
    Ok(Json(state.pools.stats()))
}

#[utoipa::path(get, path = "/api/v1/stats/sessions",
    responses((status = 200, body = SessionStats), (status = 403, body = super::error::ErrorBody)))]
pub async fn session_stats(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<SessionStats>, ApiError> {
    caller.require_admin()?;
    Ok(Json(state.sessions.stats().await?))
}

#[utoipa::path(get, path = "/api/v1/health", responses((status = 200, body = Health)))]
pub async fn health() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
    })
}

#[utoipa::path(get, path = "/api/v1/ready",
    responses((status = 200, body = Health), (status = 503, body = super::error::ErrorBody)))]
pub async fn ready(State(state): State<AppState>) -> Result<Json<Health>, ApiError> {
    state.sessions.ping().await?;
    Ok(Json(Health {
        status: "ready".into(),
        version: env!("CARGO_PKG_VERSION").into(),
    }))
}

#[utoipa::path(get, path = "/api/v1/metrics",
    responses((status = 200, description = "Prometheus text", content_type = "text/plain"),
              (status = 403, body = super::error::ErrorBody)))]
pub async fn metrics(State(state): State<AppState>, caller: Caller) -> Result<Response, ApiError> {
    caller.require_admin()?;
    let sessions = state.sessions.stats().await.ok();
    let text = state.metrics.render(
        &state.pools.stats(),
        sessions.as_ref(),
        state.schemas.loads_total(),
    );
    Ok((
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        text,
    )
        .into_response())
}
