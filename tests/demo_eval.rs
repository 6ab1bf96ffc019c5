//! The builtin engine on everyday questions about the demo database (issue 5): the golden set
//! in `crates/eval/demo/questions.json` (questions and gold SQL written for the demo, not taken
//! from any benchmark), scored by `quarry eval` exactly as a user would score their own set.
//! The figures of a release build are in BENCHMARKS.md; this test holds floors under them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use quarry_eval::{run, EvalArgs};
use serde_json::Value;

#[test]
fn everyday_questions_on_the_demo_database() {
    let root = std::env::temp_dir().join(format!("quarry-demo-eval-{}", uuid::Uuid::new_v4()));
    let db = root.join("database").join("demo").join("demo.sqlite");
    std::fs::create_dir_all(db.parent().unwrap()).unwrap();
    quarry::demo::write(&db).unwrap();

    let questions =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crates/eval/demo/questions.json");
    let mut args = EvalArgs::new(&root);
    args.questions = Some(questions);
    args.report = Some(root.join("report.json"));
    let accuracy = run(&args).unwrap();
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("report.json")).unwrap()).unwrap();
    let _ = std::fs::remove_dir_all(&root);

    let r = &report["report"];
    // Every gold statement ran: none was skipped as broken.
    assert_eq!(r["examples"], 40, "{r}");
    let precision = r["precision"].as_f64().unwrap();
    let coverage = r["coverage"].as_f64().unwrap();
    eprintln!("demo golden set: accuracy {accuracy:.3}, coverage {coverage:.3}, precision {precision:.3}, translate p50 {} µs, p99 {} µs", r["latency_p50_us"], r["latency_p99_us"]);
    // Floors a little under today's 87.5% and 94.6%: the engine is deterministic, so a drop
    // below them is a change that lost everyday answers.
    assert!(accuracy >= 0.8, "accuracy {accuracy}: {r}");
    assert!(precision >= 0.9, "precision {precision}: {r}");
    // A debug build translates many times slower than a release one, and 40 questions make
    // p99 their slowest; the 5 ms p99 target is checked on the release figure in
    // BENCHMARKS.md. This bound on the median catches a blow-up (a debug build's median is
    // about 2 ms alone and 25 ms beside three busy cores).
    assert!(r["latency_p50_us"].as_f64().unwrap() < 100_000.0, "{r}");
}
