//! `quarry eval`: runs the builtin engine over a Spider-format folder and scores it.
//! PLACEHOLDER: the real evaluator replaces this body.

use std::path::PathBuf;

/// Arguments of `quarry eval`.
#[derive(Debug, Clone, clap::Args)]
pub struct EvalArgs {
    /// A Spider-format folder: questions JSON, tables.json, database/<db_id>/<db_id>.sqlite.
    #[arg(long)]
    pub spider: PathBuf,
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
}

/// Runs the evaluation, prints the report, and returns the overall execution accuracy.
pub fn run(args: &EvalArgs) -> Result<f64, EvalError> {
    let p = args.spider.join("tables.json");
    std::fs::read(&p).map_err(|source| EvalError::Read { path: p, source })?;
    Ok(0.0)
}
