//! A time-boxed fuzz run over `check` for the three dialects, run by CI like any test.
//!
//! Inputs are corpus statements (allowed and refused) mutated by inserting SQL fragments and
//! attack pieces at random places and cutting random ranges, which reaches far more parser
//! paths than random strings do. The case count defaults to 5000 and can be raised locally with
//! `QUARRY_GUARD_FUZZ_CASES`; cargo-fuzz would need a nightly toolchain, which CI does not have.

mod common;

use std::time::{Duration, Instant};

use common::{load, starts_like_a_read, statement_chunks, ALL};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use quarry_guard::{check, with_limit, StatementKind};

const PIECES: &[&str] = &[
    ";",
    " ; ",
    "SELECT 1",
    "DELETE FROM t",
    "DROP TABLE t",
    "INSERT INTO t VALUES (1)",
    "pg_sleep(1)",
    "\"pg_sleep\"(1)",
    "SLEEP(1)",
    "nextval('s')",
    "FOR UPDATE",
    "INTO x",
    "WITH d AS (DELETE FROM t RETURNING *) ",
    "(",
    ")",
    "'",
    "\"",
    "`",
    "$$",
    "--",
    "-- x\n",
    "/*",
    "*/",
    "/*!",
    "#",
    "\n",
    " UNION ALL ",
    " LIMIT 1",
    " TABLE t",
    "EXPLAIN ",
    "\u{0415}",
    "\u{ff1b}",
    ":=",
    "@a",
    "\\",
    "E'",
    "U&\"",
    ",",
    "*",
];

fn mutated(seeds: Vec<String>) -> impl Strategy<Value = String> {
    let insertion = (any::<prop::sample::Index>(), prop::sample::select(PIECES));
    (
        prop::sample::select(seeds),
        prop::collection::vec(insertion, 0..4),
        prop::option::of((any::<prop::sample::Index>(), 0..12usize)),
    )
        .prop_map(|(seed, inserts, cut)| {
            let mut chars: Vec<char> = seed.chars().collect();
            for (at, piece) in inserts {
                let at = at.index(chars.len() + 1);
                chars.splice(at..at, piece.chars());
            }
            if let Some((at, len)) = cut {
                let at = at.index(chars.len() + 1);
                let end = (at + len).min(chars.len());
                chars.drain(at..end);
            }
            chars.into_iter().collect()
        })
}

#[test]
fn fuzz_check_on_mutated_corpus_in_all_dialects() {
    let cases: u32 = std::env::var("QUARRY_GUARD_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5000);
    let seeds: Vec<String> = load("allowed")
        .into_iter()
        .chain(load("refused"))
        .map(|c| c.sql)
        .collect();
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let started = Instant::now();
    let result = runner.run(&mutated(seeds), |sql| {
        for d in ALL {
            let Ok(checked) = check(&sql, d) else {
                continue;
            };
            prop_assert_eq!(
                statement_chunks(&sql, d),
                1,
                "admitted several statements: {:?}",
                sql
            );
            prop_assert!(
                starts_like_a_read(&sql, d),
                "admitted a non-read: {:?}",
                sql
            );
            let limited = with_limit(&sql, d, 10).expect("with_limit accepts what check admits");
            if checked.kind == StatementKind::Query && limited != sql {
                prop_assert!(
                    check(&limited, d).is_ok_and(|c| c.has_limit),
                    "{:?}",
                    limited
                );
            }
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    // The time box: a slow guard is a denial of service on a shared server.
    assert!(
        started.elapsed() < Duration::from_secs(120),
        "{cases} cases took {:?}",
        started.elapsed()
    );
}
