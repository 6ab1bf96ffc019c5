//! `quarry eval`: runs the builtin engine over a Spider-format folder and scores it.
//!
//! Owns: reading the folder (questions JSON and `database/<db>/<db>.sqlite`; `tables.json`
//! is not needed because each database is introspected into a `Schema` exactly as the
//! service would, see [`introspect`]), translating every question, executing prediction and
//! gold read-only, and the report (execution accuracy overall and by Spider hardness,
//! coverage, precision when answering, translate latency). Must not: change any database, or tune the engine.
//! Entry point: [`run`] (wired as `quarry eval` by the main binary).

pub mod exec;
pub mod hardness;
pub mod introspect;
mod report;

use quarry_model::{Dialect, Schema};
use quarry_nl::SchemaIndex;
use report::{Outcome, Report};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Arguments of `quarry eval`.
#[derive(Debug, Clone, clap::Args)]
pub struct EvalArgs {
    /// A Spider-format folder: questions JSON, tables.json, database/<db_id>/<db_id>.sqlite.
    #[arg(long)]
    pub spider: PathBuf,
    /// The questions file (default: <spider>/questions.json, else <spider>/dev.json).
    #[arg(long)]
    pub questions: Option<PathBuf>,
    /// Write one predicted SQL per line, in question order (empty line where declined).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Write the report (and every example's outcome) as JSON.
    #[arg(long)]
    pub report: Option<PathBuf>,
    /// Confidence below which the engine declines (default: the engine's DEFAULT_THRESHOLD).
    #[arg(long)]
    pub threshold: Option<f32>,
    /// Only these databases (comma-separated db_ids).
    #[arg(long, value_delimiter = ',')]
    pub dbs: Vec<String>,
    /// Skip these databases (comma-separated db_ids).
    #[arg(long, value_delimiter = ',')]
    pub exclude_dbs: Vec<String>,
    /// Per-statement time bound in milliseconds when executing gold and predicted SQL.
    #[arg(long, default_value_t = 2000)]
    pub timeout_ms: u64,
    /// No progress bar (it is drawn on stderr only when that is a terminal anyway).
    #[arg(long)]
    pub quiet: bool,
    /// Translate each question this many times; its latency is the median run. On a shared
    /// machine one run can be preempted by another process, which is not the engine's time.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=100))]
    pub latency_runs: u32,
}

impl EvalArgs {
    /// Arguments for a folder with every default, for programmatic use and tests.
    pub fn new(spider: impl Into<PathBuf>) -> Self {
        EvalArgs {
            spider: spider.into(),
            questions: None,
            out: None,
            report: None,
            threshold: None,
            dbs: Vec::new(),
            exclude_dbs: Vec::new(),
            timeout_ms: 2000,
            quiet: true,
            latency_runs: 3,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not valid Spider JSON: {source}")]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("database {db}: {message}")]
    Database { db: String, message: String },
    #[error("no questions to evaluate (check --dbs / --exclude-dbs)")]
    NoQuestions,
}

#[derive(Debug, Clone, serde::Deserialize)]
struct Example {
    db_id: String,
    question: String,
    query: String,
}

/// Rows above this make a result "pathological": Spider golds return far fewer.
const MAX_ROWS: usize = 100_000;

/// Runs the evaluation, prints the report, and returns the overall execution accuracy.
pub fn run(args: &EvalArgs) -> Result<f64, EvalError> {
    let questions_path = match &args.questions {
        Some(p) => p.clone(),
        None => {
            let q = args.spider.join("questions.json");
            if q.exists() {
                q
            } else {
                args.spider.join("dev.json")
            }
        }
    };
    let examples: Vec<Example> = read_json(&questions_path)?;
    let keep: BTreeSet<&str> = args.dbs.iter().map(String::as_str).collect();
    let drop: BTreeSet<&str> = args.exclude_dbs.iter().map(String::as_str).collect();
    let selected: Vec<(usize, &Example)> = examples
        .iter()
        .enumerate()
        .filter(|(_, e)| keep.is_empty() || keep.contains(e.db_id.as_str()))
        .filter(|(_, e)| !drop.contains(e.db_id.as_str()))
        .collect();
    if selected.is_empty() {
        return Err(EvalError::NoQuestions);
    }
    let threshold = args.threshold.unwrap_or(quarry_nl::DEFAULT_THRESHOLD);
    let timeout = Duration::from_millis(args.timeout_ms);

    let bar = if args.quiet {
        indicatif::ProgressBar::hidden()
    } else {
        let b = indicatif::ProgressBar::with_draw_target(
            Some(selected.len() as u64),
            indicatif::ProgressDrawTarget::stderr(),
        );
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} {elapsed_precise} eta {eta} {msg}",
        ) {
            b.set_style(style);
        }
        b
    };

    // One connection and one schema index per database, built once like the service's cache.
    let mut dbs: BTreeMap<String, (rusqlite::Connection, SchemaIndex)> = BTreeMap::new();
    let mut outcomes = Vec::with_capacity(selected.len());
    let mut predictions: Vec<String> = Vec::with_capacity(selected.len());
    for (i, ex) in &selected {
        bar.inc(1);
        if !dbs.contains_key(&ex.db_id) {
            let (conn, schema) = load_db(&args.spider, &ex.db_id)?;
            dbs.insert(ex.db_id.clone(), (conn, SchemaIndex::build(&schema)));
        }
        let Some((conn, index)) = dbs.get(&ex.db_id) else {
            continue;
        };
        let started = Instant::now();
        let (answer, notes) = index.translate_with_notes(&ex.question, Dialect::Sqlite);
        let mut runs = vec![started.elapsed().as_secs_f64() * 1e6];
        // The engine is deterministic: the later runs only time the same translation.
        for _ in 1..args.latency_runs {
            let started = Instant::now();
            let _ = index.translate_with_notes(&ex.question, Dialect::Sqlite);
            runs.push(started.elapsed().as_secs_f64() * 1e6);
        }
        runs.sort_by(f64::total_cmp);
        let micros = runs[runs.len() / 2];
        let gold = match exec::run_query(conn, &ex.query, timeout, MAX_ROWS) {
            Ok(rows) => rows,
            Err(_) => {
                // Spider's README: skip examples whose gold query errors.
                predictions.push(String::new());
                continue;
            }
        };
        let (sql, confidence, reason) = match &answer {
            Ok(a) => (Some(a.sql.clone()), a.confidence, None),
            Err(e) => (None, 0.0, Some(e.reason.clone())),
        };
        let answered = sql.is_some() && confidence >= threshold;
        let correct = match (&sql, answered) {
            (Some(sql), true) => match exec::run_query(conn, sql, timeout, MAX_ROWS) {
                Ok(rows) => exec::same_result(&gold, &rows, orders(&ex.query)),
                Err(_) => false,
            },
            _ => false,
        };
        predictions.push(if answered {
            sql.clone().unwrap_or_default().replace('\n', " ")
        } else {
            String::new()
        });
        outcomes.push(Outcome {
            index: *i,
            db_id: ex.db_id.clone(),
            question: ex.question.clone(),
            gold: ex.query.clone(),
            predicted: sql,
            confidence,
            answered,
            correct,
            hardness: hardness::hardness(&ex.query),
            notes,
            declined_because: reason,
            micros,
        });
    }
    bar.finish_and_clear();

    let report = Report::new(threshold, args.latency_runs.max(1), &outcomes);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    // A closed stdout (a pipe into `head`) must not turn a finished run into an error.
    let _ = out.write_all(report.render().as_bytes());
    let _ = out.flush();

    if let Some(p) = &args.out {
        let mut text = predictions.join("\n");
        text.push('\n');
        std::fs::write(p, text).map_err(|source| EvalError::Write {
            path: p.clone(),
            source,
        })?;
    }
    if let Some(p) = &args.report {
        let json = report.to_json(&outcomes);
        std::fs::write(p, json).map_err(|source| EvalError::Write {
            path: p.clone(),
            source,
        })?;
    }
    Ok(report.accuracy)
}

/// Whether the gold query's result order counts (its outermost query has ORDER BY).
fn orders(gold: &str) -> bool {
    gold.to_ascii_lowercase().contains("order by")
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, EvalError> {
    let bytes = std::fs::read(path).map_err(|source| EvalError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    serde_json::from_slice(&bytes).map_err(|source| EvalError::Json {
        path: path.to_path_buf(),
        source,
    })
}

/// Opens `database/<db>/<db>.sqlite` read-only and introspects it.
fn load_db(spider: &Path, db: &str) -> Result<(rusqlite::Connection, Schema), EvalError> {
    let path = spider
        .join("database")
        .join(db)
        .join(format!("{db}.sqlite"));
    let err = |e: rusqlite::Error| EvalError::Database {
        db: db.to_string(),
        message: e.to_string(),
    };
    if !path.exists() {
        return Err(EvalError::Database {
            db: db.to_string(),
            message: format!("{} not found", path.display()),
        });
    }
    let conn = exec::open_read_only(&path).map_err(err)?;
    let schema = introspect::sqlite_schema(&conn).map_err(err)?;
    Ok((conn, schema))
}
