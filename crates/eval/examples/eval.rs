//! `cargo run --release -p quarry-eval --example eval -- --spider DIR ...`: the same as
//! `quarry eval`, without building the whole service (handy for release-mode runs).

use clap::Parser;

#[derive(Parser)]
struct Cli {
    #[command(flatten)]
    args: quarry_eval::EvalArgs,
}

fn main() {
    let cli = Cli::parse();
    if let Err(e) = quarry_eval::run(&cli.args) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
