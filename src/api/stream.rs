//! `POST /query/stream`: the `/query` request answered as Server-Sent Events, for engines
//! that take a while. Events: `schema`, `generate`, `validate`, `execute` (one per stage and
//! attempt), `attempt` (each attempt's outcome), then `result` (the same JSON as `/query`) or
//! `error` (`{detail, code, status, attempts?}`).
//!
//! The work is the `/query` handler itself, run with a progress channel
//! (`agent::progress::with_progress`). A client that goes away closes the channel; the task
//! notices and drops the handler's future, which cancels the engine call (the HTTP request to
//! the provider) and the statement (the drivers cancel on drop) and returns the connection.

use std::convert::Infallible;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::stream::Stream;
use tokio::sync::mpsc;

use super::error::ErrorBody;
use super::extract::{ApiJson, Caller};
use super::query::{run_query, QueryRequest};
use crate::agent::progress::{with_progress, AgentEvent};
use crate::state::AppState;

fn json_event(name: &str, value: &impl serde::Serialize) -> Event {
    match Event::default().event(name).json_data(value) {
        Ok(e) => e,
        Err(e) => Event::default().event("error").data(format!(
            "{{\"detail\":\"cannot encode event: {e}\",\"code\":\"internal\"}}"
        )),
    }
}

#[utoipa::path(post, path = "/api/v1/query/stream", request_body = QueryRequest,
    responses((status = 200, content_type = "text/event-stream",
               description = "events `schema`, `generate`, `validate`, `execute`, `attempt`, then `result` (the /query response) or `error` ({detail, code, status})"),
              (status = 401, body = super::error::ErrorBody)))]
pub async fn query_stream(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(req): ApiJson<QueryRequest>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let (tx, rx) = mpsc::unbounded_channel::<Event>();
    let (progress_tx, mut progress_rx) = mpsc::unbounded_channel::<AgentEvent>();
    tokio::spawn(async move {
        let work = with_progress(progress_tx, run_query(State(state), caller, ApiJson(req)));
        tokio::pin!(work);
        let outcome = loop {
            tokio::select! {
                // The client went away: dropping `work` cancels the engine call and statement.
                _ = tx.closed() => return,
                Some(ev) = progress_rx.recv() => {
                    let _ = tx.send(json_event(ev.name(), &ev));
                }
                outcome = &mut work => break outcome,
            }
        };
        // Events sent just before the end.
        while let Ok(ev) = progress_rx.try_recv() {
            let _ = tx.send(json_event(ev.name(), &ev));
        }
        let last = match outcome {
            Ok(axum::Json(resp)) => json_event("result", &resp),
            Err(e) => {
                #[derive(serde::Serialize)]
                struct StreamError {
                    #[serde(flatten)]
                    body: ErrorBody,
                    status: u16,
                }
                json_event(
                    "error",
                    &StreamError {
                        status: e.status.as_u16(),
                        body: ErrorBody {
                            detail: e.detail,
                            code: e.code.to_string(),
                            attempts: e.attempts,
                        },
                    },
                )
            }
        };
        let _ = tx.send(last);
    });
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|ev| (Ok::<Event, Infallible>(ev), rx))
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}
