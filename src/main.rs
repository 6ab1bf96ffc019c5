//! The `quarry` command: `serve`, `demo`, `eval`.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};

/// glibc malloc serialises on arena locks under many small per-request allocations;
/// mimalloc's thread-local heaps avoid that (measured in BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use quarry::app::App;
use quarry::config::{Config, LogFormat};

#[derive(Parser)]
#[command(
    name = "quarry",
    version,
    about = "Ask your database questions in plain language"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the HTTP service (API + UI). With no config file it serves the demo database.
    Serve {
        /// A TOML or YAML config file.
        #[arg(long, short)]
        config: Option<PathBuf>,
        /// Serve the demo database as the default database even with a config file.
        #[arg(long)]
        demo: bool,
        /// Allow auth.mode = "none" on a non-loopback address.
        #[arg(long)]
        allow_insecure: bool,
    },
    /// Write the demo SQLite database (default: the per-user data directory).
    Demo { path: Option<PathBuf> },
    /// Score the builtin engine on a Spider-format folder.
    Eval(quarry_eval::EvalArgs),
    /// Drive a running quarry with simulated users and report latency and throughput.
    Bench(quarry::bench::BenchArgs),
}

fn init_tracing(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_new(&config.log.level)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    match config.log.format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down");
}

fn demo_path_or_default(path: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    match path {
        Some(p) => Ok(p),
        None => quarry::demo::default_path().context(
            "cannot find a data directory for the demo database: set XDG_DATA_HOME or HOME",
        ),
    }
}

async fn serve(
    mut config: Config,
    no_config_file: bool,
    demo: bool,
    allow_insecure: bool,
) -> anyhow::Result<()> {
    init_tracing(&config);
    if no_config_file || demo {
        let path = demo_path_or_default(None)?;
        let p = path.clone();
        tokio::task::spawn_blocking(move || quarry::demo::ensure(&p))
            .await?
            .with_context(|| format!("cannot write the demo database {}", path.display()))?;
        if config.default_database.url.is_none() || demo {
            config.default_database.url = Some(format!("sqlite://{}", path.display()));
        }
        tracing::info!(path = %path.display(), "serving the demo database as the default database");
    }
    let bind = config.bind_addr()?;
    if config.auth.mode == quarry::config::AuthMode::None
        && !bind.ip().is_loopback()
        && !allow_insecure
    {
        anyhow::bail!(
            "refusing to listen on {bind} with auth.mode = \"none\": anyone who can reach it could \
             use every session. Configure [auth] mode = \"api_key\", bind to 127.0.0.1, or pass \
             --allow-insecure if a proxy in front authenticates"
        );
    }
    let app = App::build(config).await?;
    let addr = app.local_addr()?;
    tracing::info!(%addr, "quarry listening on http://{addr}/");
    println!("quarry listening on http://{addr}/");
    app.run(shutdown_signal()).await?;
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve {
            config,
            demo,
            allow_insecure,
        } => {
            let loaded = Config::load(config.as_deref())?;
            let mut rt = tokio::runtime::Builder::new_multi_thread();
            if loaded.server.worker_threads > 0 {
                rt.worker_threads(loaded.server.worker_threads);
            }
            let rt = rt.enable_all().build()?;
            rt.block_on(serve(loaded, config.is_none(), demo, allow_insecure))
        }
        Command::Demo { path } => {
            let path = demo_path_or_default(path)?;
            // Like `serve`'s demo, a path into directories that do not exist yet is made.
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create the directory {}", dir.display()))?;
            }
            let stats = quarry::demo::write(&path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            println!(
                "wrote the demo database to {} ({} tables, {} rows)",
                path.display(),
                stats.tables,
                stats.rows
            );
            Ok(())
        }
        Command::Bench(args) => {
            let rt = tokio::runtime::Runtime::new()?;
            let report = rt.block_on(quarry::bench::run(args))?;
            println!("{}", serde_json::to_string_pretty(&report)?);
            Ok(())
        }
        Command::Eval(args) => {
            let accuracy = quarry_eval::run(&args)?;
            println!("execution accuracy: {:.1}%", accuracy * 100.0);
            Ok(())
        }
    }
}
