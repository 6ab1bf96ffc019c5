//! Finding a database that runs in a Docker container: `use_docker` / `docker_container` of
//! `POST /database/connect`.
//!
//! Owns: one call to the Docker Engine API, `GET /containers/{id}/json`, over the engine's unix
//! socket (hyper's HTTP/1 client on a `tokio::net::UnixStream`; bollard's generated client
//! would be a large dependency for one request), and reading the address out of the answer:
//! the host port the container publishes for the database port when it publishes it (a
//! wildcard host address means this host: 127.0.0.1), else the container's own address on its
//! network with the port from the request (DESIGN "Requests").
//! Must not: connect to the database or apply the connect policy (the caller does both with
//! the address found here, exactly as for an address the user typed).
//!
//! Entry points: [`resolve`] (I/O), [`endpoint_from_inspect`] (pure).
//! Concurrency: none shared; each call opens its own socket connection, driven by a task that
//! ends with the call.
//! Failure model: [`DockerError`]; every variant is the user's 400 `connect_failed` (no engine,
//! no such container, not running, no address), except `BadName` (400 `bad_request`).
//! Config: `docker.socket` (default `/var/run/docker.sock`); the whole call is bounded by the
//! timeout the caller passes (`pool.connect_timeout`).

use std::path::Path;
use std::time::Duration;

use http_body_util::{BodyExt, Empty, Limited};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use serde_json::Value;

/// The engine's answer is a few KiB; anything far larger is not the engine.
const MAX_ANSWER_BYTES: usize = 4 << 20;

/// Where the database in a container is reached from here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DockerEndpoint {
    pub host: String,
    pub port: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DockerError {
    #[error("the Docker engine is not reachable at {socket}: {reason} (rule: docker.socket)")]
    NoEngine { socket: String, reason: String },
    #[error("Docker container `{0}` not found")]
    NotFound(String),
    #[error("Docker container `{0}` is not running")]
    NotRunning(String),
    #[error("Docker container `{container}` publishes no host port for {port}/tcp and has no network address")]
    NoAddress { container: String, port: u16 },
    #[error("the Docker engine answered: {0}")]
    Engine(String),
    #[error("`docker_container` must be a container name or id (letters, digits, `_`, `.`, `-`), got `{0}`")]
    BadName(String),
}

/// Container names are `[a-zA-Z0-9][a-zA-Z0-9_.-]*` (ids are hex): anything else could change
/// the request path, so it never reaches the engine.
fn valid_name(name: &str) -> bool {
    let name = name.strip_prefix('/').unwrap_or(name);
    !name.is_empty()
        && name.len() <= 255
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

/// Asks the engine at `socket` about `container` and returns where its `port`/tcp is reached.
pub async fn resolve(
    socket: &Path,
    container: &str,
    port: u16,
    timeout: Duration,
) -> Result<DockerEndpoint, DockerError> {
    if !valid_name(container) {
        return Err(DockerError::BadName(container.to_string()));
    }
    let name = container.strip_prefix('/').unwrap_or(container);
    let inspect = tokio::time::timeout(timeout, inspect(socket, name))
        .await
        .map_err(|_| DockerError::NoEngine {
            socket: socket.display().to_string(),
            reason: format!("no answer within {timeout:?}"),
        })??;
    endpoint_from_inspect(&inspect, name, port)
}

async fn inspect(socket: &Path, name: &str) -> Result<Value, DockerError> {
    let no_engine = |reason: String| DockerError::NoEngine {
        socket: socket.display().to_string(),
        reason,
    };
    let stream = tokio::net::UnixStream::connect(socket)
        .await
        .map_err(|e| no_engine(e.to_string()))?;
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| no_engine(e.to_string()))?;
    // Drives the socket; ends when `sender` is dropped at the end of this call.
    tokio::spawn(async move {
        let _ = conn.await;
    });
    let request = hyper::Request::get(format!("/containers/{name}/json"))
        .header(hyper::header::HOST, "docker")
        .body(Empty::<Bytes>::new())
        .map_err(|e| DockerError::Engine(e.to_string()))?;
    let response = sender
        .send_request(request)
        .await
        .map_err(|e| no_engine(e.to_string()))?;
    let status = response.status();
    let body = Limited::new(response.into_body(), MAX_ANSWER_BYTES)
        .collect()
        .await
        .map_err(|e| DockerError::Engine(format!("reading the answer: {e}")))?
        .to_bytes();
    let json: Option<Value> = serde_json::from_slice(&body).ok();
    if status == hyper::StatusCode::NOT_FOUND {
        return Err(DockerError::NotFound(name.to_string()));
    }
    if !status.is_success() {
        let message = json
            .as_ref()
            .and_then(|v| v.get("message"))
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| String::from_utf8_lossy(&body).chars().take(200).collect());
        return Err(DockerError::Engine(format!("{status}: {message}")));
    }
    json.ok_or_else(|| DockerError::Engine("the answer is not JSON".into()))
}

/// Reads the endpoint out of a `GET /containers/{id}/json` answer.
pub fn endpoint_from_inspect(
    v: &Value,
    container: &str,
    port: u16,
) -> Result<DockerEndpoint, DockerError> {
    if v.pointer("/State/Running").and_then(Value::as_bool) == Some(false) {
        return Err(DockerError::NotRunning(container.to_string()));
    }
    let settings = v.get("NetworkSettings");
    let bindings = settings
        .and_then(|s| s.get("Ports"))
        .and_then(|p| p.get(format!("{port}/tcp")))
        .and_then(Value::as_array);
    for b in bindings.into_iter().flatten() {
        let Some(host_port) = b
            .get("HostPort")
            .and_then(Value::as_str)
            .and_then(|p| p.parse::<u16>().ok())
            .filter(|p| *p != 0)
        else {
            continue;
        };
        let ip = b.get("HostIp").and_then(Value::as_str).unwrap_or("");
        // A wildcard binding listens on every address of this host: loopback reaches it.
        let host = match ip {
            "" | "0.0.0.0" | "::" => "127.0.0.1",
            other => other,
        };
        return Ok(DockerEndpoint {
            host: host.to_string(),
            port: host_port,
        });
    }
    let network_ip = settings
        .and_then(|s| s.get("Networks"))
        .and_then(Value::as_object)
        .and_then(|nets| {
            nets.values()
                .filter_map(|n| n.get("IPAddress").and_then(Value::as_str))
                .find(|ip| !ip.is_empty())
        })
        .or_else(|| {
            settings
                .and_then(|s| s.get("IPAddress"))
                .and_then(Value::as_str)
                .filter(|ip| !ip.is_empty())
        });
    match network_ip {
        Some(ip) => Ok(DockerEndpoint {
            host: ip.to_string(),
            port,
        }),
        None => Err(DockerError::NoAddress {
            container: container.to_string(),
            port,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn published_port_wins_and_wildcards_mean_loopback() {
        let v = json!({
            "State": {"Running": true},
            "NetworkSettings": {
                "Ports": {"5432/tcp": [{"HostIp": "0.0.0.0", "HostPort": "15432"},
                                       {"HostIp": "::", "HostPort": "15432"}]},
                "Networks": {"bridge": {"IPAddress": "172.17.0.2"}}
            }
        });
        assert_eq!(
            endpoint_from_inspect(&v, "pg", 5432).unwrap(),
            DockerEndpoint {
                host: "127.0.0.1".into(),
                port: 15432
            }
        );
    }

    #[test]
    fn unpublished_port_uses_the_network_address() {
        let v = json!({
            "State": {"Running": true},
            "NetworkSettings": {
                "Ports": {"5432/tcp": null},
                "Networks": {"app": {"IPAddress": ""}, "bridge": {"IPAddress": "172.18.0.5"}}
            }
        });
        assert_eq!(
            endpoint_from_inspect(&v, "pg", 5432).unwrap(),
            DockerEndpoint {
                host: "172.18.0.5".into(),
                port: 5432
            }
        );
        let stopped = json!({"State": {"Running": false}, "NetworkSettings": {}});
        assert_eq!(
            endpoint_from_inspect(&stopped, "pg", 5432),
            Err(DockerError::NotRunning("pg".into()))
        );
        let bare = json!({"State": {"Running": true}, "NetworkSettings": {"Networks": {}}});
        assert!(matches!(
            endpoint_from_inspect(&bare, "pg", 5432),
            Err(DockerError::NoAddress { .. })
        ));
    }

    #[test]
    fn names_that_could_change_the_path_are_refused() {
        assert!(valid_name("pg-test"));
        assert!(valid_name("/pg_test.1"));
        assert!(valid_name("4f1c2b3a"));
        assert!(!valid_name("../../info"));
        assert!(!valid_name("a/b"));
        assert!(!valid_name("a?b"));
        assert!(!valid_name(""));
    }
}
