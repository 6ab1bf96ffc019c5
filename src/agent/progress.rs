//! Progress events of one `answer` call, for `POST /query/stream`.
//!
//! The stream handler runs the ordinary `/query` handler inside [`with_progress`]; the agent
//! calls [`emit`], which sends to the task-local channel when there is one and does nothing
//! otherwise. This keeps `/query` and `/query/stream` one code path.

use std::future::Future;

use serde::Serialize;
use tokio::sync::mpsc::UnboundedSender;

use super::Attempt;

/// One step of answering a question.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum AgentEvent {
    /// The relevant tables were chosen and rendered.
    Schema { tables: Vec<String>, ms: f64 },
    /// An engine (or the query memory) is asked.
    Generate { attempt: u32, engine: String },
    /// Candidate SQL is checked.
    Validate { attempt: u32, sql: String },
    /// Validated SQL runs.
    Execute { attempt: u32, sql: String },
    /// An attempt ended (with its error, if it failed).
    Attempt {
        attempt: u32,
        #[serde(flatten)]
        detail: Attempt,
    },
}

impl AgentEvent {
    /// The SSE event name.
    pub fn name(&self) -> &'static str {
        match self {
            AgentEvent::Schema { .. } => "schema",
            AgentEvent::Generate { .. } => "generate",
            AgentEvent::Validate { .. } => "validate",
            AgentEvent::Execute { .. } => "execute",
            AgentEvent::Attempt { .. } => "attempt",
        }
    }
}

tokio::task_local! {
    static PROGRESS: UnboundedSender<AgentEvent>;
}

/// Runs `fut` with `tx` receiving the agent's events.
pub async fn with_progress<F: Future>(tx: UnboundedSender<AgentEvent>, fut: F) -> F::Output {
    PROGRESS.scope(tx, fut).await
}

/// Sends an event to the current task's listener, if any.
pub fn emit(ev: AgentEvent) {
    let _ = PROGRESS.try_with(|tx| {
        let _ = tx.send(ev);
    });
}
