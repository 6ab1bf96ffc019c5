//! Issue 7 item 4: TLS to PostgreSQL (`sslmode` disable / prefer / require / verify-full with
//! `pool.ssl_root_cert`). The shared server (127.0.0.1:5432) has `ssl = on` with Debian's
//! snakeoil certificate; private servers (tests/common/private_pg.rs) start without TLS, and
//! one test turns TLS on in its own with a CA made by rcgen.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::private_pg::PrivatePg;
use common::{spawn_app, TestApp, TestDb};
use serde_json::{json, Value};

const SNAKEOIL: &str = "/etc/ssl/certs/ssl-cert-snakeoil.pem";
const SSL_OF_THIS_BACKEND: &str = "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()";

/// Whether this backend's connection is encrypted, as the server sees it.
async fn server_says_ssl(app: &TestApp, session: &str) -> bool {
    let (status, v) = app.sql(session, SSL_OF_THIS_BACKEND).await;
    assert_eq!(status, 200, "{v}");
    v["rows"][0][0].as_bool().unwrap()
}

fn body(db: &TestDb, host: &str, sslmode: &str) -> Value {
    let mut b = db.connect_body();
    b["host"] = json!(host);
    b["sslmode"] = json!(sslmode);
    b
}

fn config_with_root(path: &Path) -> String {
    format!("[pool]\nssl_root_cert = \"{}\"\n", path.display())
}

/// Whether `cert_pem` (self-signed) is valid for `name` when trusted as its own root: the
/// snakeoil certificate's names depend on how the machine made it.
fn cert_valid_for(cert_pem: &Path, name: &str) -> bool {
    use rustls::client::danger::ServerCertVerifier;
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
    let cert = CertificateDer::from_pem_file(cert_pem).unwrap();
    let mut roots = rustls::RootCertStore::empty();
    roots.add(cert.clone()).unwrap();
    let verifier = rustls::client::WebPkiServerVerifier::builder_with_provider(
        Arc::new(roots),
        Arc::new(rustls::crypto::ring::default_provider()),
    )
    .build()
    .unwrap();
    let Ok(server_name) = ServerName::try_from(name.to_string()) else {
        return false;
    };
    verifier
        .verify_server_cert(&cert, &[], &server_name, &[], UnixTime::now())
        .is_ok()
}

/// A name the snakeoil certificate is valid for that resolves to loopback only (allowed by
/// the default connect policy): `localhost` or the machine's host name.
async fn snakeoil_host() -> String {
    let hostname = std::process::Command::new("hostname")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    for name in ["localhost".to_string(), hostname] {
        if name.is_empty() || !cert_valid_for(Path::new(SNAKEOIL), &name) {
            continue;
        }
        let addrs: Vec<_> = match tokio::net::lookup_host((name.as_str(), 5432)).await {
            Ok(a) => a.collect(),
            Err(_) => continue,
        };
        if !addrs.is_empty() && addrs.iter().all(|a| a.ip().is_loopback()) {
            return name;
        }
    }
    panic!(
        "{SNAKEOIL} names neither localhost nor this machine's host name (resolving to loopback)"
    );
}

#[tokio::test]
async fn require_encrypts_and_disable_does_not_with_one_pool_per_sslmode() {
    let db = TestDb::create().await;
    let app = spawn_app("").await;
    let tls = app.connect(&body(&db, "127.0.0.1", "require")).await;
    let plain = app.connect(&body(&db, "127.0.0.1", "disable")).await;
    let prefer = app.connect(&body(&db, "127.0.0.1", "prefer")).await;
    // Same database and credentials: only the pool key's sslmode keeps these apart.
    assert!(server_says_ssl(&app, &tls).await);
    assert!(!server_says_ssl(&app, &plain).await);
    // prefer takes TLS when the server offers it.
    assert!(server_says_ssl(&app, &prefer).await);
    // The URL form carries sslmode too.
    let url = format!("{}?sslmode=require", db.url);
    let via_url = app.connect(&json!({ "url": url })).await;
    assert!(server_says_ssl(&app, &via_url).await);
    app.stop().await;
}

#[tokio::test]
async fn verify_full_checks_the_chain_and_the_name_the_user_gave() {
    let db = TestDb::create().await;
    let host = snakeoil_host().await;
    let app = spawn_app(&config_with_root(Path::new(SNAKEOIL))).await;
    // The policy pins the name to 127.0.0.1; the certificate is still checked against it.
    let s = app.connect(&body(&db, &host, "verify-full")).await;
    assert!(server_says_ssl(&app, &s).await);
    // The address itself is not a name in the certificate.
    let (status, v) = app
        .post("/database/connect", &body(&db, "127.0.0.1", "verify-full"))
        .await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["code"], "connect_failed");
    let detail = v["detail"].as_str().unwrap();
    assert!(
        detail.contains("certificate") && detail.contains("127.0.0.1"),
        "{detail}"
    );
    // require does not check names: the same address connects.
    let r = app.connect(&body(&db, "127.0.0.1", "require")).await;
    assert!(server_says_ssl(&app, &r).await);
    app.stop().await;
}

#[tokio::test]
async fn verify_full_with_another_ca_is_refused_with_a_certificate_error() {
    let db = TestDb::create().await;
    let host = snakeoil_host().await;
    let dir = tempfile::tempdir().unwrap();
    let (ca_pem, _, _) = make_ca();
    let ca = dir.path().join("other-ca.pem");
    std::fs::write(&ca, ca_pem).unwrap();
    let app = spawn_app(&config_with_root(&ca)).await;
    let (status, v) = app
        .post("/database/connect", &body(&db, &host, "verify-full"))
        .await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["code"], "connect_failed");
    let detail = v["detail"].as_str().unwrap();
    assert!(
        detail.contains("certificate") && detail.contains("pool.ssl_root_cert"),
        "{detail}"
    );
    // Nothing was left behind for the refused target.
    assert_eq!(app.pool_stats().await["in_use"], 0);
    app.stop().await;
}

#[tokio::test]
async fn require_against_a_server_without_tls_is_refused_and_prefer_falls_back() {
    let pg = tokio::task::spawn_blocking(|| PrivatePg::start("tls-less-secret"))
        .await
        .unwrap();
    let app = spawn_app("").await;
    let target =
        |mode: &str| json!({ "url": format!("{}?sslmode={mode}", pg.url("tls-less-secret")) });
    let (status, v) = app.post("/database/connect", &target("require")).await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["code"], "connect_failed");
    let detail = v["detail"].as_str().unwrap();
    assert!(detail.contains("does not support TLS"), "{detail}");
    assert!(!detail.contains("tls-less-secret"), "{detail}");
    let (status, v) = app.post("/database/connect", &target("verify-full")).await;
    assert_eq!(status, 400, "{v}");
    assert!(
        v["detail"]
            .as_str()
            .unwrap()
            .contains("does not support TLS"),
        "{v}"
    );
    // prefer connects in plain text (and still logs in with the password).
    let s = app.connect(&target("prefer")).await;
    assert!(!server_says_ssl(&app, &s).await);
    app.stop().await;
}

/// A CA: (PEM, the certificate, its key) for signing server certificates.
fn make_ca() -> (String, rcgen::Certificate, rcgen::KeyPair) {
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "quarry test CA");
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = params.self_signed(&key).unwrap();
    (cert.pem(), cert, key)
}

/// Turns TLS on in a private server with a certificate for `localhost` signed by a new CA;
/// returns the CA's PEM file.
async fn enable_tls(pg: &PrivatePg, password: &str) -> PathBuf {
    let (ca_pem, ca, ca_key) = make_ca();
    let leaf_key = rcgen::KeyPair::generate().unwrap();
    let leaf = rcgen::CertificateParams::new(vec!["localhost".to_string()])
        .unwrap()
        .signed_by(&leaf_key, &ca, &ca_key)
        .unwrap();
    let ca_file = pg.dir.join("ca.pem");
    let cert_file = pg.dir.join("server.crt");
    let key_file = pg.dir.join("server.key");
    std::fs::write(&ca_file, ca_pem).unwrap();
    std::fs::write(&cert_file, leaf.pem()).unwrap();
    std::fs::write(&key_file, leaf_key.serialize_pem()).unwrap();
    // The server refuses a key file others can read, or one it does not own.
    let status = std::process::Command::new("chmod")
        .args(["600"])
        .arg(&key_file)
        .status()
        .unwrap();
    assert!(status.success());
    let _ = std::process::Command::new("chown")
        .args(["postgres:postgres"])
        .arg(&cert_file)
        .arg(&key_file)
        .status();
    let (client, conn) = tokio_postgres::connect(&pg.url(password), tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(conn);
    // One statement per call: ALTER SYSTEM refuses to run in the implicit transaction of a
    // multi-statement query.
    for sql in [
        format!("ALTER SYSTEM SET ssl_cert_file = '{}'", cert_file.display()),
        format!("ALTER SYSTEM SET ssl_key_file = '{}'", key_file.display()),
        "ALTER SYSTEM SET ssl = on".to_string(),
        "SELECT pg_reload_conf()".to_string(),
    ] {
        client.batch_execute(&sql).await.unwrap();
    }
    // The reload is asynchronous: new backends show the new setting once it is done.
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let (c, conn) = tokio_postgres::connect(&pg.url(password), tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(conn);
        let on: String = c.query_one("SHOW ssl", &[]).await.unwrap().get(0);
        if on == "on" {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "ssl did not turn on after reload"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    ca_file
}

#[tokio::test]
async fn verify_full_with_a_private_ca_and_a_scram_password() {
    let password = "scram-over-tls-secret";
    let pg = tokio::task::spawn_blocking(move || PrivatePg::start(password))
        .await
        .unwrap();
    let ca = enable_tls(&pg, password).await;
    let app = spawn_app(&config_with_root(&ca)).await;
    let fields = |host: &str, mode: &str| {
        json!({
            "host": host, "port": pg.port, "database": "postgres",
            "username": "postgres", "password": password, "sslmode": mode,
        })
    };
    // SCRAM over TLS: the server offers SCRAM-SHA-256-PLUS, so the channel binding (a hash of
    // the server's certificate) must be right for the login to succeed.
    let s = app.connect(&fields("localhost", "verify-full")).await;
    assert!(server_says_ssl(&app, &s).await);
    let (status, v) = app.sql(&s, "SELECT current_user").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"][0][0], "postgres");
    let s = app.connect(&fields("127.0.0.1", "require")).await;
    assert!(server_says_ssl(&app, &s).await);
    // A wrong password over TLS is still a plain login failure without the password.
    let mut bad = fields("localhost", "verify-full");
    bad["password"] = json!("not-the-password");
    let (status, v) = app.post("/database/connect", &bad).await;
    assert_eq!(status, 400, "{v}");
    assert!(!v.to_string().contains("not-the-password"), "{v}");
    app.stop().await;
}

#[test]
fn ssl_root_cert_must_be_a_readable_pem_file() {
    let err = quarry::config::Config::from_toml_str(
        "[pool]\nssl_root_cert = \"/nonexistent/quarry-ca.pem\"\n",
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("pool.ssl_root_cert") && err.contains("/nonexistent/quarry-ca.pem"),
        "{err}"
    );
    let dir = tempfile::tempdir().unwrap();
    let not_pem = dir.path().join("ca.pem");
    std::fs::write(&not_pem, "just text\n").unwrap();
    let err = quarry::config::Config::from_toml_str(&config_with_root(&not_pem))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("pool.ssl_root_cert") && err.contains("no PEM certificate"),
        "{err}"
    );
    quarry::config::Config::from_toml_str(&config_with_root(Path::new(SNAKEOIL))).unwrap();
}

#[tokio::test]
async fn a_statement_on_a_tls_connection_is_cancelled_when_the_client_goes_away() {
    // The cancel request must go out over TLS too: under sslmode=require the server would
    // answer a plain one's SSL negotiation and the cancel would never arrive.
    let db = TestDb::create().await;
    let app = spawn_app("").await;
    let s = app.connect(&body(&db, "127.0.0.1", "require")).await;
    assert!(server_says_ssl(&app, &s).await);
    let client = reqwest::Client::builder()
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let marker = "SELECT count(*) /* tls-cancel-me */ FROM generate_series(1, 100000) a, \
                  generate_series(1, 100000) b";
    let r = client
        .post(app.url("/sql"))
        .json(&json!({"sql": marker, "session_id": s}))
        .send()
        .await;
    assert!(r.is_err(), "the client gave up");
    let admin = db.client().await;
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let n: i64 = admin
            .query_one(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
                 AND state = 'active' AND query LIKE '%tls-cancel-me%' AND pid <> pg_backend_pid()",
                &[],
            )
            .await
            .unwrap()
            .get(0);
        if n == 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the statement kept running after the client left"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.wait_idle().await;
    app.stop().await;
}

#[tokio::test]
async fn verify_full_sessions_keep_their_server_name_across_nodes_sharing_redis() {
    // Node B rebuilds the target from Redis: without the name the user gave it would check
    // the certificate against the pinned address and refuse.
    let db = TestDb::create().await;
    let host = snakeoil_host().await;
    let redis_url =
        std::env::var("QUARRY_TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into());
    let prefix = format!("quarry-test:{}:", uuid::Uuid::new_v4().simple());
    let key = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        rand::random::<[u8; 32]>(),
    );
    let toml = format!(
        "{}[session]\nstore = \"redis\"\nredis_url = \"{redis_url}\"\nredis_prefix = \"{prefix}\"\n\
         encryption_key = \"{key}\"\n",
        config_with_root(Path::new(SNAKEOIL))
    );
    let a = spawn_app(&toml).await;
    let b = spawn_app(&toml).await;
    let s = a.connect(&body(&db, &host, "verify-full")).await;
    assert!(server_says_ssl(&b, &s).await);
    a.stop().await;
    b.stop().await;
    let client = redis::Client::open(redis_url.as_str()).unwrap();
    let mut c = client
        .get_connection_with_timeout(Duration::from_secs(2))
        .unwrap();
    let keys: Vec<String> = redis::cmd("KEYS")
        .arg(format!("{prefix}*"))
        .query(&mut c)
        .unwrap();
    if !keys.is_empty() {
        let _: () = redis::cmd("DEL").arg(keys).query(&mut c).unwrap();
    }
}
