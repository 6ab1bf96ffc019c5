//! The application: binds the listener, owns the background tasks, serves until told to stop.
//!
//! `App::build(config)` binds (port 0 works, for tests) and starts the sweepers;
//! `App::run(shutdown)` serves until the `shutdown` future completes, then stops accepting,
//! lets in-flight requests finish for at most `server.shutdown_timeout`, stops the sweepers
//! through their cancellation token and closes the pools.

use std::future::Future;
use std::net::SocketAddr;

use axum::http::{HeaderName, Request};
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

use crate::config::{Config, ConfigError};
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
}

pub struct App {
    listener: TcpListener,
    state: AppState,
    stop: CancellationToken,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl App {
    pub async fn build(config: Config) -> Result<App, StartError> {
        let addr = config.bind_addr()?;
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| StartError::Bind { addr, source })?;
        let state = AppState::build(config)?;
        let stop = CancellationToken::new();
        let tasks = vec![
            state.pools.spawn_sweeper(stop.clone()),
            state.sessions.spawn_sweeper(stop.clone()),
        ];
        Ok(App {
            listener,
            state,
            stop,
            tasks,
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
        crate::api::router(state)
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
            .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
    }

    pub async fn run(self, shutdown: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        let App {
            listener,
            state,
            stop,
            tasks,
        } = self;
        let router = App::router(state.clone());
        let graceful = stop.clone();
        let server = axum::serve(listener, router).with_graceful_shutdown(async move {
            shutdown.await;
            graceful.cancel();
        });
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
        state.pools.close_all();
        tracing::info!("quarry stopped");
        result
    }
}
