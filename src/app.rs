//! The application: binds the listener, owns the background tasks, serves until told to stop.
//!
//! `App::build(config)` binds (port 0 works, for tests) and starts the sweepers;
//! `App::run(shutdown)` serves until the `shutdown` future completes, then stops accepting,
//! lets in-flight requests finish for at most `server.shutdown_timeout`, stops the sweepers
//! through their cancellation token and closes the pools.
//!
//! With `[server.tls] cert, key` (PEM) it serves HTTPS: rustls with the ring provider, an
//! accept loop over hyper's HTTP/1.1 (TLS handshakes bounded by a timeout, connections tracked
//! by hyper-util's graceful shutdown), and `Strict-Transport-Security` on every response.
//! The audit writer (crate::audit) is one of the background tasks, so it drains and flushes
//! after the last request has finished.

use std::future::Future;
use std::net::SocketAddr;

use std::sync::Arc;
use std::time::Duration;

use axum::http::{header, HeaderName, HeaderValue, Request};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;
use tokio_util::sync::CancellationToken;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use crate::config::{Config, ConfigError, TlsConfig};
use crate::state::{AppState, StateError};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    State(#[from] StateError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("server.tls: {0}")]
    Tls(String),
}

/// How long a client may take to finish the TLS handshake before its socket is closed.
const TLS_HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// HSTS for a year: browsers that saw quarry over HTTPS keep using HTTPS.
const HSTS: &str = "max-age=31536000";

/// The rustls server config from PEM files, with the ring provider.
fn tls_acceptor(tls: &TlsConfig) -> Result<TlsAcceptor, StartError> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(&tls.cert)
        .and_then(|it| it.collect::<Result<Vec<_>, _>>())
        .map_err(|e| {
            StartError::Tls(format!(
                "cannot read certificates from {}: {e}",
                tls.cert.display()
            ))
        })?;
    if certs.is_empty() {
        return Err(StartError::Tls(format!(
            "{} holds no PEM certificate",
            tls.cert.display()
        )));
    }
    let key = PrivateKeyDer::from_pem_file(&tls.key).map_err(|e| {
        StartError::Tls(format!(
            "cannot read a private key from {}: {e}",
            tls.key.display()
        ))
    })?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| StartError::Tls(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| {
            StartError::Tls(format!(
                "the certificate and key do not make a usable pair: {e}"
            ))
        })?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(TlsAcceptor::from(Arc::new(config)))
}

/// Serves HTTPS until `shutdown` completes, then waits for open connections to finish (the
/// caller bounds that wait with `server.shutdown_timeout`).
async fn serve_tls(
    listener: TcpListener,
    acceptor: TlsAcceptor,
    router: axum::Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (tcp, peer) = tokio::select! {
            r = listener.accept() => match r {
                Ok(c) => c,
                Err(e) => {
                    // Out of file descriptors and the like: back off instead of spinning.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let acceptor = acceptor.clone();
        let service = hyper_util::service::TowerToHyperService::new(router.clone());
        // Taken before the handshake, so graceful shutdown also waits for handshaking clients.
        let watcher = graceful.watcher();
        tokio::spawn(async move {
            let stream =
                match tokio::time::timeout(TLS_HANDSHAKE_TIMEOUT, acceptor.accept(tcp)).await {
                    Ok(Ok(s)) => s,
                    Ok(Err(e)) => {
                        tracing::debug!(%peer, error = %e, "TLS handshake failed");
                        return;
                    }
                    Err(_) => {
                        tracing::debug!(%peer, "TLS handshake timed out");
                        return;
                    }
                };
            // A client must send its request head within 30 s (hyper needs a timer for that).
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(Duration::from_secs(30))
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            if let Err(e) = watcher.watch(conn).await {
                tracing::debug!(%peer, error = %e, "connection ended with an error");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

pub struct App {
    listener: TcpListener,
    state: AppState,
    stop: CancellationToken,
    tasks: Vec<tokio::task::JoinHandle<()>>,
    tls: Option<TlsAcceptor>,
    /// The audit writer has its own token: `stop` is cancelled when shutdown BEGINS, and the
    /// writer must keep taking records until the last in-flight request has finished.
    audit: Option<(CancellationToken, tokio::task::JoinHandle<()>)>,
}

impl App {
    pub async fn build(config: Config) -> Result<App, StartError> {
        let addr = config.bind_addr()?;
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| StartError::Bind { addr, source })?;
        let tls = config.server.tls.as_ref().map(tls_acceptor).transpose()?;
        let state = AppState::build(config)?;
        let stop = CancellationToken::new();
        let tasks = vec![
            state.pools.spawn_sweeper(stop.clone()),
            state.sessions.spawn_sweeper(stop.clone()),
        ];
        let audit_stop = CancellationToken::new();
        let audit = state
            .audit
            .spawn_writer(audit_stop.clone())
            .map(|h| (audit_stop, h));
        Ok(App {
            listener,
            state,
            stop,
            tasks,
            tls,
            audit,
        })
    }

    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    pub fn router(state: AppState) -> axum::Router {
        let request_id = HeaderName::from_static("x-request-id");
        let hsts = state.config.server.tls.is_some();
        let router = crate::api::router(state)
            .merge(crate::web::router())
            .layer(CatchPanicLayer::custom(crate::api::panic_response))
            .layer(
                TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
                    let id = req
                        .headers()
                        .get("x-request-id")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("-");
                    tracing::info_span!("request", id = %id, method = %req.method(), path = %req.uri().path())
                }),
            )
            .layer(PropagateRequestIdLayer::new(request_id.clone()))
            .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid));
        if hsts {
            router.layer(SetResponseHeaderLayer::if_not_present(
                header::STRICT_TRANSPORT_SECURITY,
                HeaderValue::from_static(HSTS),
            ))
        } else {
            router
        }
    }

    pub async fn run(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let App {
            listener,
            state,
            stop,
            tasks,
            tls,
            audit,
        } = self;
        let router = App::router(state.clone());
        let graceful = stop.clone();
        let shutdown = async move {
            shutdown.await;
            graceful.cancel();
        };
        let server: std::pin::Pin<Box<dyn Future<Output = std::io::Result<()>> + Send>> = match tls
        {
            Some(acceptor) => Box::pin(serve_tls(listener, acceptor, router, shutdown)),
            None => Box::pin(std::future::IntoFuture::into_future(
                axum::serve(listener, router).with_graceful_shutdown(shutdown),
            )),
        };
        let grace = state.config.server.shutdown_timeout;
        let deadline = stop.clone();
        let result = tokio::select! {
            r = server => r,
            _ = async move {
                deadline.cancelled().await;
                tokio::time::sleep(grace).await;
            } => {
                tracing::warn!(?grace, "in-flight requests did not finish in time; stopping anyway");
                Ok(())
            }
        };
        stop.cancel();
        for t in tasks {
            let _ = t.await;
        }
        if let Some((audit_stop, writer)) = audit {
            audit_stop.cancel();
            let _ = writer.await;
        }
        state.pools.close_all();
        tracing::info!("quarry stopped");
        result
    }
}
