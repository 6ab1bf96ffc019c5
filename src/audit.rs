//! The audit log: one JSON line per statement a client had run (`/sql`) or the agent ran for it
//! (`/query`): time, tenant, session, target (without secrets), SQL, row count, duration,
//! engine, outcome.
//!
//! Owns: the `[audit] path` sink (a file opened for append at start-up, or `-` for stdout) and
//! its writer task. Must not: block a request for long, or ever see a password (records carry
//! `Target::describe()`, which has none).
//! Entry points: [`Audit::open`] (start-up), [`Audit::spawn_writer`] (App), [`Audit::record`]
//! (handlers).
//! Concurrency: handlers send records into a bounded channel (4096); one writer task owns the
//! file, so lines never interleave and a slow disk never holds a lock that requests queue on.
//! The writer flushes whenever the channel is drained, so a line reaches the file promptly
//! under light load and in batches under heavy load.
//! Failure model: a full channel makes the handler wait at most 250 ms, then the record is
//! dropped with an error log and counted (`dropped()`), rather than stalling every request
//! behind a stuck disk. A write error is logged and the writer keeps going. On shutdown the
//! writer drains what was sent, flushes and stops (through the App's cancellation token).
//! Config key: `audit.path`.

use std::fs::OpenOptions;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use serde::Serialize;
use tokio::io::{AsyncWrite, AsyncWriteExt, BufWriter};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::config::AuditConfig;

const CAPACITY: usize = 4096;
const SEND_WAIT: Duration = Duration::from_millis(250);

/// One executed statement.
#[derive(Debug, Clone, Serialize)]
pub struct AuditRecord {
    /// RFC 3339, UTC.
    pub ts: String,
    pub tenant: String,
    pub session: Option<String>,
    /// `driver://user@host:port/database`, never a password.
    pub target: String,
    pub sql: String,
    pub row_count: Option<usize>,
    pub duration_ms: f64,
    /// `sql` for `/sql`, else the engine that wrote the statement.
    pub engine: String,
    /// `ok`, or the error `code` the client got.
    pub outcome: String,
}

#[derive(Debug, thiserror::Error)]
#[error("audit.path: cannot open `{path}` for appending: {source}")]
pub struct AuditError {
    path: String,
    source: std::io::Error,
}

enum Sink {
    Stdout,
    File(std::fs::File),
}

pub struct Audit {
    tx: Option<mpsc::Sender<AuditRecord>>,
    /// The sink and the receiving end until the writer task takes them.
    pending: Mutex<Option<(Sink, mpsc::Receiver<AuditRecord>)>>,
    dropped: AtomicU64,
}

impl Audit {
    /// Opens the sink now, so a bad path stops start-up instead of losing records later.
    pub fn open(cfg: &AuditConfig) -> Result<Audit, AuditError> {
        let Some(path) = cfg.path.as_deref().map(str::trim).filter(|p| !p.is_empty()) else {
            return Ok(Audit {
                tx: None,
                pending: Mutex::new(None),
                dropped: AtomicU64::new(0),
            });
        };
        let sink = if path == "-" {
            Sink::Stdout
        } else {
            let file = OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .map_err(|source| AuditError {
                    path: path.to_string(),
                    source,
                })?;
            Sink::File(file)
        };
        let (tx, rx) = mpsc::channel(CAPACITY);
        Ok(Audit {
            tx: Some(tx),
            pending: Mutex::new(Some((sink, rx))),
            dropped: AtomicU64::new(0),
        })
    }

    pub fn enabled(&self) -> bool {
        self.tx.is_some()
    }

    /// Records dropped because the writer could not keep up.
    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }

    /// Queues one record; waits at most 250 ms for room.
    pub async fn record(&self, rec: AuditRecord) {
        let Some(tx) = &self.tx else {
            return;
        };
        let rec = match tx.try_send(rec) {
            Ok(()) => return,
            Err(mpsc::error::TrySendError::Full(r)) => r,
            Err(mpsc::error::TrySendError::Closed(_)) => {
                self.dropped.fetch_add(1, Ordering::Relaxed);
                return;
            }
        };
        if tx.send_timeout(rec, SEND_WAIT).await.is_err() {
            self.dropped.fetch_add(1, Ordering::Relaxed);
            tracing::error!("the audit log is not keeping up; an audit record was dropped");
        }
    }

    /// Starts the writer (once; `None` when auditing is off or it already runs). It stops
    /// when `stop` is cancelled, after writing everything already queued.
    pub fn spawn_writer(&self, stop: CancellationToken) -> Option<tokio::task::JoinHandle<()>> {
        let (sink, rx) = self.pending.lock().ok()?.take()?;
        Some(tokio::spawn(async move {
            match sink {
                Sink::Stdout => write_loop(BufWriter::new(tokio::io::stdout()), rx, stop).await,
                Sink::File(f) => {
                    write_loop(BufWriter::new(tokio::fs::File::from_std(f)), rx, stop).await
                }
            }
        }))
    }
}

async fn write_loop<W: AsyncWrite + Unpin>(
    mut out: BufWriter<W>,
    mut rx: mpsc::Receiver<AuditRecord>,
    stop: CancellationToken,
) {
    loop {
        let rec = tokio::select! {
            r = rx.recv() => r,
            _ = stop.cancelled() => {
                // Requests have finished by now (App cancels after the server drained):
                // write what they queued, then stop.
                rx.close();
                while let Some(rec) = rx.recv().await {
                    write_one(&mut out, &rec).await;
                }
                break;
            }
        };
        let Some(rec) = rec else { break };
        write_one(&mut out, &rec).await;
        if rx.is_empty() {
            if let Err(e) = out.flush().await {
                tracing::error!(error = %e, "cannot flush the audit log");
            }
        }
    }
    if let Err(e) = out.flush().await {
        tracing::error!(error = %e, "cannot flush the audit log");
    }
}

async fn write_one<W: AsyncWrite + Unpin>(out: &mut BufWriter<W>, rec: &AuditRecord) {
    let mut line = match serde_json::to_vec(rec) {
        Ok(l) => l,
        Err(e) => {
            tracing::error!(error = %e, "cannot encode an audit record");
            return;
        }
    };
    line.push(b'\n');
    if let Err(e) = out.write_all(&line).await {
        tracing::error!(error = %e, "cannot write the audit log");
    }
}

/// Now, as the audit log's timestamp.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn rec(sql: &str) -> AuditRecord {
        AuditRecord {
            ts: now(),
            tenant: "t".into(),
            session: None,
            target: "postgres://u@h:5432/d".into(),
            sql: sql.into(),
            row_count: Some(1),
            duration_ms: 1.5,
            engine: "sql".into(),
            outcome: "ok".into(),
        }
    }

    #[tokio::test]
    async fn writes_one_line_per_record_and_drains_on_stop() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        let audit = Audit::open(&AuditConfig {
            path: Some(path.to_string_lossy().into_owned()),
        })
        .unwrap();
        let stop = CancellationToken::new();
        let task = audit.spawn_writer(stop.clone()).unwrap();
        assert!(audit.spawn_writer(stop.clone()).is_none());
        for i in 0..50 {
            audit.record(rec(&format!("SELECT {i}"))).await;
        }
        stop.cancel();
        tokio::time::timeout(Duration::from_secs(5), task)
            .await
            .unwrap()
            .unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 50);
        let v: serde_json::Value = serde_json::from_str(lines[49]).unwrap();
        assert_eq!(v["sql"], "SELECT 49");
        assert_eq!(v["session"], serde_json::Value::Null);
        assert_eq!(audit.dropped(), 0);
    }

    #[test]
    fn off_without_a_path_and_bad_path_fails() {
        assert!(!Audit::open(&AuditConfig { path: None }).unwrap().enabled());
        let err = Audit::open(&AuditConfig {
            path: Some("/nonexistent-dir/x/audit.log".into()),
        })
        .err()
        .unwrap()
        .to_string();
        assert!(err.contains("audit.path"), "{err}");
    }
}
