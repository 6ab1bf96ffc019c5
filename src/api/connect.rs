//! `POST /database/connect` and `DELETE /sessions/{id}`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::extract::{Path as UrlPath, State};
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};

use super::error::ApiError;
use super::extract::{ApiJson, Caller};
use crate::db::{Driver, Password, SslMode, Target};
use crate::session::SessionId;
use crate::state::AppState;
use quarry_model::TableKind;

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConnectRequest {
    pub host: Option<String>,
    pub port: Option<u16>,
    pub database: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    /// `postgres://...`, `mysql://...` or `sqlite:///abs/path.db`; replaces the fields above.
    pub url: Option<String>,
    /// `postgres` (default), `mysql` or `sqlite`.
    pub driver: Option<Driver>,
    /// `disable`, `prefer`, `require` or `verify-full`.
    pub sslmode: Option<String>,
    pub use_docker: Option<bool>,
    pub docker_container: Option<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DatabaseInfo {
    pub driver: String,
    pub server_version: String,
    pub database: String,
    pub host: String,
    pub user: String,
    pub tables: usize,
    pub views: usize,
    pub can_write: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ConnectResponse {
    pub success: bool,
    pub message: String,
    pub database_info: DatabaseInfo,
    pub session_id: String,
}

fn connect_failed(detail: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "connect_failed", detail)
}

fn policy_error(e: crate::policy::PolicyError) -> ApiError {
    match e {
        crate::policy::PolicyError::Denied(d) => {
            ApiError::new(StatusCode::FORBIDDEN, "target_denied", d)
        }
        crate::policy::PolicyError::Resolve(d) => connect_failed(d),
    }
}

/// Builds the target from a URL or the separate fields.
pub fn target_from_request(req: &ConnectRequest) -> Result<Target, ApiError> {
    if let Some(url) = &req.url {
        let mut t = Target::from_url(url).map_err(|e| ApiError::bad_request(e.to_string()))?;
        if let Some(d) = req.driver {
            if d != t.driver {
                return Err(ApiError::bad_request(format!(
                    "driver `{}` does not match the URL's scheme `{}`",
                    d.name(),
                    t.driver.name()
                )));
            }
        }
        if let Some(m) = &req.sslmode {
            t.sslmode = parse_sslmode(m)?;
        }
        return Ok(t);
    }
    let driver = req.driver.unwrap_or(Driver::Postgres);
    let database = req
        .database
        .clone()
        .filter(|d| !d.trim().is_empty())
        .ok_or_else(|| ApiError::unprocessable("`database` is required (or give a `url`)"))?;
    if driver == Driver::Sqlite {
        return Ok(Target::sqlite(database));
    }
    let host = req
        .host
        .clone()
        .filter(|h| !h.trim().is_empty())
        .unwrap_or_else(|| "127.0.0.1".into());
    Ok(Target {
        driver,
        host: host.trim().to_string(),
        port: req.port.unwrap_or(driver.default_port()),
        database,
        user: req.username.clone().unwrap_or_else(|| match driver {
            Driver::Mysql => "root".into(),
            _ => "postgres".into(),
        }),
        password: Password::new(req.password.clone().unwrap_or_default()),
        sslmode: match &req.sslmode {
            Some(m) => parse_sslmode(m)?,
            None => SslMode::Disable,
        },
        tls_server_name: None,
    })
}

fn parse_sslmode(m: &str) -> Result<SslMode, ApiError> {
    SslMode::parse(m).ok_or_else(|| {
        ApiError::unprocessable(format!(
            "unknown sslmode `{m}` (use disable, prefer, require or verify-full)"
        ))
    })
}

/// A SQLite path must be absolute and inside an allowed directory (or be an allowed file), so
/// a remote user cannot open arbitrary files on the server.
pub fn check_sqlite_path(path: &str, allowed: &[PathBuf]) -> Result<PathBuf, ApiError> {
    let denied = |why: String| ApiError::new(StatusCode::FORBIDDEN, "target_denied", why);
    let p = Path::new(path);
    if !p.is_absolute() {
        return Err(denied(format!(
            "SQLite path `{path}` must be absolute (rule: sqlite.allowed_dirs)"
        )));
    }
    let canonical = p.canonicalize().map_err(|e| {
        // Deny before saying whether the file exists outside the allowed directories: judge
        // a missing file by its real parent directory (`..` and symlinks resolved), never by
        // the raw text of the path.
        let parent_inside = p
            .parent()
            .and_then(|d| d.canonicalize().ok())
            .is_some_and(|d| allowed.iter().any(|a| d.starts_with(a)));
        if parent_inside {
            connect_failed(format!("cannot open SQLite database {path}: {e}"))
        } else {
            denied(format!(
                "SQLite path `{path}` is outside the allowed directories (rule: sqlite.allowed_dirs)"
            ))
        }
    })?;
    if allowed.iter().any(|a| canonical.starts_with(a)) {
        Ok(canonical)
    } else {
        Err(denied(format!(
            "SQLite path `{path}` is outside the allowed directories (rule: sqlite.allowed_dirs)"
        )))
    }
}

#[utoipa::path(post, path = "/api/v1/database/connect", request_body = ConnectRequest,
    responses((status = 200, body = ConnectResponse), (status = 400, body = super::error::ErrorBody),
              (status = 403, body = super::error::ErrorBody)))]
pub async fn connect_database(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(req): ApiJson<ConnectRequest>,
) -> Result<Json<ConnectResponse>, ApiError> {
    let mut target = target_from_request(&req)?;
    if req.use_docker == Some(true) {
        // The engine says where the container's database port is reached; the request's
        // `port` (or the driver's default) is the port inside the container.
        if target.driver == Driver::Sqlite {
            return Err(ApiError::bad_request(
                "use_docker applies to PostgreSQL and MySQL targets, not SQLite files",
            ));
        }
        let container = req
            .docker_container
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .ok_or_else(|| {
                ApiError::unprocessable("`docker_container` is required with `use_docker: true`")
            })?;
        let found = crate::docker::resolve(
            &state.config.docker.socket,
            container,
            target.port,
            state.config.pool.connect_timeout,
        )
        .await
        .map_err(|e| match e {
            crate::docker::DockerError::BadName(_) => ApiError::bad_request(e.to_string()),
            other => connect_failed(other.to_string()),
        })?;
        target.host = found.host;
        target.port = found.port;
    }
    if target.driver == Driver::Sqlite {
        let canonical = check_sqlite_path(&target.database, &state.sqlite_allowed)?;
        target.database = canonical.to_string_lossy().into_owned();
    }
    // The connect policy runs on the final target (after any Docker lookup): resolve, check
    // every address, then pin the target to the checked address so a second DNS answer
    // (rebinding) cannot send the connection elsewhere. The name stays in the response.
    let shown_host = target.host.clone();
    if target.driver != Driver::Sqlite {
        let pinned = state
            .policy
            .check(&target.host, target.port)
            .await
            .map_err(policy_error)?;
        // verify-full checks the certificate against the name the user gave, not the address.
        target.tls_server_name = Some(std::mem::replace(&mut target.host, pinned.ip.to_string()));
    }
    state
        .limits
        .check_sessions(&state.sessions, &caller.tenant)
        .await?;
    let target = Arc::new(target);
    let entry = state.pools.pool_for(&target).map_err(ApiError::from_pool)?;
    // Held as long as the connection guard: limits.connections_per_tenant.
    let permit = state.limits.checkout_permit(&caller.tenant)?;
    let mut conn = match state.pools.acquire(&entry).await {
        Ok(c) => c,
        Err(crate::pool::PoolError::Connect(e)) => {
            state.pools.discard_if_empty(&entry.key);
            return Err(connect_failed(e.to_string()));
        }
        Err(e) => return Err(ApiError::from_pool(e)),
    };
    let info = match entry.server_info.get() {
        Some(info) => info.clone(),
        None => {
            let info = conn
                .server_info()
                .await
                .map_err(|e| connect_failed(e.to_string()))?;
            let _ = entry.server_info.set(info.clone());
            info
        }
    };
    let (schema, _) = state.schemas.get(&entry.key, &mut conn).await?;
    drop(conn);
    drop(permit);
    state.pools.fill_min(&entry);
    let session = state
        .sessions
        .create(caller.tenant.clone(), entry.target.clone())
        .await?;
    let tables = schema
        .schema
        .tables
        .iter()
        .filter(|t| t.kind == TableKind::Table)
        .count();
    let views = schema.schema.tables.len() - tables;
    tracing::info!(session = %session.id, target = %target.describe(), "session created");
    Ok(Json(ConnectResponse {
        success: true,
        message: format!("Connected to {}", target.describe()),
        database_info: DatabaseInfo {
            driver: info.driver,
            server_version: info.server_version,
            database: info.database,
            host: shown_host,
            user: target.user.clone(),
            tables,
            views,
            can_write: info.can_write,
            warning: info.can_write.then(|| {
                "this login can write; quarry only runs read-only statements, but a read-only role is safer".to_string()
            }),
        },
        session_id: session.id.to_string(),
    }))
}

#[utoipa::path(delete, path = "/api/v1/sessions/{id}",
    params(("id" = String, Path, description = "session id")),
    responses((status = 204), (status = 404, body = super::error::ErrorBody)))]
pub async fn end_session(
    State(state): State<AppState>,
    caller: Caller,
    UrlPath(id): UrlPath<String>,
) -> Result<StatusCode, ApiError> {
    let not_found = || {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "session_not_found",
            "no such session",
        )
    };
    let id = SessionId::parse(&id).ok_or_else(not_found)?;
    match state.sessions.end(&id, &caller.tenant).await {
        Ok(()) => Ok(StatusCode::NO_CONTENT),
        Err(crate::session::SessionError::NotFound) => Err(not_found()),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_files_are_judged_by_their_real_directory() {
        let allowed_dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let allowed = vec![allowed_dir.path().canonicalize().unwrap()];
        let inside_missing = allowed_dir.path().join("missing.db");
        let e = check_sqlite_path(inside_missing.to_str().unwrap(), &allowed).unwrap_err();
        assert_eq!(e.code, "connect_failed");
        // `..` out of the allowed directory to a missing file: denied, like an existing one.
        let escape = allowed_dir
            .path()
            .join("..")
            .join(outside.path().file_name().unwrap())
            .join("missing.db");
        let e = check_sqlite_path(escape.to_str().unwrap(), &allowed).unwrap_err();
        assert_eq!(e.code, "target_denied");
        let existing = outside.path().join("real.db");
        std::fs::write(&existing, b"x").unwrap();
        let e = check_sqlite_path(existing.to_str().unwrap(), &allowed).unwrap_err();
        assert_eq!(e.code, "target_denied");
        let e = check_sqlite_path("relative.db", &allowed).unwrap_err();
        assert_eq!(e.code, "target_denied");
    }
}
