//! `use_docker` against a local stand-in for the Docker Engine API: an HTTP server on a unix
//! socket in a temp dir that answers `GET /containers/{id}/json` the way the engine does.
//! "pg-test" publishes 5432/tcp on the host port of the real local PostgreSQL; "pg-net"
//! publishes nothing and has a network address (loopback here, so it is reachable); anything
//! else is the engine's 404. The database behind it is a real `TestDb`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use common::{pg_url, spawn_app, TestDb};
use serde_json::{json, Value};

fn container(name: &str, ports: Value, ip: &str) -> Value {
    json!({
        "Id": "4f1c2b3a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a",
        "Created": "2026-11-29T10:00:00.000000000Z",
        "Path": "docker-entrypoint.sh",
        "Args": ["postgres"],
        "State": {"Status": "running", "Running": true, "Paused": false, "Restarting": false,
                  "OOMKilled": false, "Dead": false, "Pid": 4242, "ExitCode": 0,
                  "StartedAt": "2026-11-29T10:00:01.000000000Z"},
        "Image": "sha256:0123456789abcdef",
        "Name": format!("/{name}"),
        "Config": {"Hostname": "4f1c2b3a9d8e", "Image": "postgres:16",
                   "ExposedPorts": {"5432/tcp": {}},
                   "Env": ["POSTGRES_PASSWORD=not-for-quarry"]},
        "NetworkSettings": {
            "Bridge": "",
            "SandboxID": "abcdef",
            "Ports": ports,
            "IPAddress": "",
            "Networks": {
                "bridge": {"IPAMConfig": null, "Links": null, "Aliases": null,
                           "NetworkID": "net1", "EndpointID": "ep1", "Gateway": "172.17.0.1",
                           "IPAddress": ip, "IPPrefixLen": 16, "MacAddress": "02:42:ac:11:00:02"}
            }
        }
    })
}

#[derive(Clone)]
struct Engine {
    pg_port: u16,
    requests: Arc<AtomicUsize>,
}

async fn inspect(State(e): State<Engine>, Path(id): Path<String>) -> (StatusCode, Json<Value>) {
    e.requests.fetch_add(1, Ordering::SeqCst);
    match id.as_str() {
        "pg-test" => (
            StatusCode::OK,
            Json(container(
                "pg-test",
                json!({"5432/tcp": [{"HostIp": "0.0.0.0", "HostPort": e.pg_port.to_string()},
                                    {"HostIp": "::", "HostPort": e.pg_port.to_string()}]}),
                "172.17.0.2",
            )),
        ),
        "pg-net" => (
            StatusCode::OK,
            Json(container("pg-net", json!({"5432/tcp": null}), "127.0.0.1")),
        ),
        other => (
            StatusCode::NOT_FOUND,
            Json(json!({"message": format!("No such container: {other}")})),
        ),
    }
}

/// Starts the stand-in engine; returns its socket path (in `dir`) and its request counter.
fn start_engine(dir: &std::path::Path) -> (PathBuf, Arc<AtomicUsize>) {
    let socket = dir.join("docker.sock");
    let listener = tokio::net::UnixListener::bind(&socket).unwrap();
    let pg_port = url::Url::parse(&pg_url()).unwrap().port().unwrap_or(5432);
    let requests = Arc::new(AtomicUsize::new(0));
    let app = Router::new()
        .route("/containers/{id}/json", get(inspect))
        .with_state(Engine {
            pg_port,
            requests: requests.clone(),
        });
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (socket, requests)
}

fn docker_toml(socket: &std::path::Path) -> String {
    format!(
        "[docker]\nsocket = {}\n",
        toml::Value::String(socket.display().to_string())
    )
}

fn docker_body(db: &TestDb, container: &str) -> Value {
    let mut body = db.connect_body();
    // The host the user typed does not matter: the engine says where the container is.
    body["host"] = json!("ignored.invalid");
    body["port"] = json!(5432);
    body["use_docker"] = json!(true);
    body["docker_container"] = json!(container);
    body
}

#[tokio::test]
async fn docker_container_with_published_port_connects_and_queries() {
    let dir = tempfile::tempdir().unwrap();
    let (socket, requests) = start_engine(dir.path());
    let db = TestDb::create().await;
    db.client()
        .await
        .batch_execute(
            "CREATE TABLE customers (id int PRIMARY KEY, name text); \
                        INSERT INTO customers VALUES (1, 'Ada'), (2, 'Linus'), (3, 'Grace');",
        )
        .await
        .unwrap();
    let app = spawn_app(&docker_toml(&socket)).await;

    let (status, v) = app
        .post("/database/connect", &docker_body(&db, "pg-test"))
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["database_info"]["driver"], "postgres");
    assert_eq!(v["database_info"]["database"], db.name.as_str());
    assert_eq!(v["database_info"]["tables"], 1);
    assert_eq!(
        requests.load(Ordering::SeqCst),
        1,
        "the engine was not asked"
    );
    let session = v["session_id"].as_str().unwrap().to_string();
    let (status, v) = app
        .post(
            "/query",
            &json!({"question": "how many customers", "session_id": session}),
        )
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"], json!([[3]]));
    let (status, v) = app
        .sql(&session, "SELECT name FROM customers ORDER BY id")
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"], json!([["Ada"], ["Linus"], ["Grace"]]));

    // Not published: the container's own network address with the request's port.
    let (status, v) = app
        .post("/database/connect", &docker_body(&db, "pg-net"))
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(requests.load(Ordering::SeqCst), 2);
    app.stop().await;
}

#[tokio::test]
async fn docker_unknown_container_or_missing_engine_is_400_connect_failed() {
    let dir = tempfile::tempdir().unwrap();
    let (socket, requests) = start_engine(dir.path());
    let db = TestDb::create().await;
    let app = spawn_app(&docker_toml(&socket)).await;

    let (status, v) = app
        .post("/database/connect", &docker_body(&db, "no-such-box"))
        .await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["code"], "connect_failed");
    assert!(v["detail"].as_str().unwrap().contains("no-such-box"), "{v}");
    assert!(v["detail"].as_str().unwrap().contains("not found"), "{v}");
    assert_eq!(requests.load(Ordering::SeqCst), 1);

    // A name that would change the engine's request path never reaches it.
    let (status, v) = app
        .post("/database/connect", &docker_body(&db, "../../info"))
        .await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(requests.load(Ordering::SeqCst), 1);

    // use_docker without a container name.
    let mut body = docker_body(&db, "x");
    body.as_object_mut().unwrap().remove("docker_container");
    let (status, v) = app.post("/database/connect", &body).await;
    assert!(status == 400 || status == 422, "{status}: {v}");
    assert_eq!(v["code"], "bad_request");
    app.stop().await;

    // No engine at the configured socket.
    let missing = dir.path().join("no-engine.sock");
    let app = spawn_app(&docker_toml(&missing)).await;
    let (status, v) = app
        .post("/database/connect", &docker_body(&db, "pg-test"))
        .await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["code"], "connect_failed");
    let detail = v["detail"].as_str().unwrap();
    assert!(
        detail.contains("Docker engine") && detail.contains("no-engine.sock"),
        "{v}"
    );
    app.stop().await;
}
