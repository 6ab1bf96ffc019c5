//! The HTTP API (base `/api/v1`): routes, request and response types, the OpenAPI document,
//! and the one mapping from errors to status codes ([`error`]).
//!
//! Owns: parsing and authenticating requests, shaping responses. Must not: run SQL itself or
//! hold connections across anything but one handler call (through a pool guard).
//! Every response, including the framework's own rejections (unknown route, wrong method,
//! oversized or malformed body), is JSON `{"detail", "code"}` on error.
//! Config: `[server]` request_body_limit; `[auth]` through [`extract::Caller`].

pub mod connect;
pub mod error;
pub mod extract;
pub mod feedback;
pub mod ops;
pub mod query;
pub mod stream;

use std::time::Instant;

use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use utoipa::OpenApi;

use crate::state::AppState;
use error::ApiError;

#[derive(OpenApi)]
#[openapi(
    info(title = "quarry", description = "Ask your database questions in plain language; read-only, pooled, multi-tenant."),
    paths(
        connect::connect_database, connect::end_session, query::run_query, query::run_sql,
        stream::query_stream, feedback::feedback,
        query::get_schema, ops::pool_stats, ops::session_stats, ops::health, ops::ready,
        ops::metrics, openapi_json
    ),
    components(schemas(error::ErrorBody)),
    modifiers(&SecurityAddon)
)]
pub struct ApiDoc;

struct SecurityAddon;

impl utoipa::Modify for SecurityAddon {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{
            ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme,
        };
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.add_security_scheme(
            "api_key",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new("X-API-Key"))),
        );
    }
}

#[utoipa::path(get, path = "/api/v1/openapi.json", responses((status = 200, description = "this document")))]
pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

async fn not_found() -> ApiError {
    ApiError::not_found("no such route; see /api/v1/openapi.json")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "bad_request",
        "method not allowed on this route; see /api/v1/openapi.json",
    )
}

/// Counts and times every request by its route template (never the raw path, which would
/// put session ids into metric labels).
async fn record_metrics(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().to_string();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let resp = next.run(req).await;
    let labels = crate::metrics::HttpLabels {
        method,
        route,
        status: resp.status().as_u16(),
    };
    state.metrics.http_requests.get_or_create(&labels).inc();
    state
        .metrics
        .http_duration
        .get_or_create(&labels)
        .observe(started.elapsed().as_secs_f64());
    resp
}

/// The API routes under `/api/v1`.
pub fn router(state: AppState) -> Router {
    let limit = state.config.server.request_body_limit;
    let api = Router::new()
        .route("/database/connect", post(connect::connect_database))
        .route("/sessions/{id}", delete(connect::end_session))
        .route("/query", post(query::run_query))
        .route("/query/stream", post(stream::query_stream))
        .route("/feedback", post(feedback::feedback))
        .route("/sql", post(query::run_sql))
        .route("/schema", get(query::get_schema))
        .route("/stats/pools", get(ops::pool_stats))
        .route("/stats/sessions", get(ops::session_stats))
        .route("/health", get(ops::health))
        .route("/ready", get(ops::ready))
        .route("/metrics", get(ops::metrics))
        .route("/openapi.json", get(openapi_json))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(limit));
    // Inside the metrics layer, so 429s are counted too. Left out when no rate is set: a
    // middleware layer that passes everything through still costs every request.
    let api = if state.limits.rate_limited() {
        api.route_layer(middleware::from_fn_with_state(
            state.clone(),
            crate::limits::rate_limit,
        ))
    } else {
        api
    };
    let api = api
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            record_metrics,
        ))
        .with_state(state);
    // Paths outside the nest (`/api/v1/`, `/nope`) get the same JSON 404 as unknown API routes.
    Router::new().nest("/api/v1", api).fallback(not_found)
}

/// A panic inside a handler becomes a JSON 500 (and the connection guard still returns its
/// connection while unwinding).
pub fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "internal error",
    )
    .into_response()
}
