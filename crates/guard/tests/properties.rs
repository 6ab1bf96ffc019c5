//! Property tests of the guard: no panics, one statement in whatever it admits, and refusals
//! that survive being stacked with a harmless `SELECT 1`. Case counts are modest so the crate's
//! tests stay well under 30 s in debug builds; `fuzz.rs` runs the long one.

mod common;

use common::{load, parser_dialect, starts_like_a_read, statement_chunks, ALL};
use proptest::prelude::*;
use quarry_guard::{check, with_limit, GuardError, StatementKind};
use quarry_model::Dialect;
use sqlparser::parser::Parser;

/// Pieces of SQL and of attacks on SQL readers: keywords, names of denied functions, quotes of
/// every kind, comment openers and closers (MySQL's executable ones too), look-alike letters.
const FRAGMENTS: &[&str] = &[
    "SELECT",
    "FROM",
    "WHERE",
    "WITH",
    "RECURSIVE",
    "AS",
    "TABLE",
    "VALUES",
    "EXPLAIN",
    "ANALYZE",
    "SHOW",
    "DESCRIBE",
    "INSERT",
    "INTO",
    "UPDATE",
    "SET",
    "DELETE",
    "DROP",
    "CREATE",
    "UNION",
    "ALL",
    "LIMIT",
    "OFFSET",
    "FETCH",
    "FOR",
    "SHARE",
    "LOCK",
    "ORDER BY",
    "GROUP BY",
    "LATERAL",
    "JOIN",
    "ON",
    "COPY",
    "TO",
    "PROGRAM",
    "BEGIN",
    "COMMIT",
    "CALL",
    "DO",
    "RETURNING",
    "t",
    "x",
    "s.t",
    "\"q\"",
    "`b`",
    "[c]",
    "pg_sleep",
    "\"pg_sleep\"",
    "sleep",
    "nextval",
    "lo_import",
    "count",
    "generate_series",
    "1",
    "'a'",
    "'it''s'",
    "E'\\''",
    "'\\'",
    "$$",
    "$$x$$",
    "$t$y$t$",
    ";",
    "(",
    ")",
    ",",
    "*",
    ".",
    "::",
    "->",
    "->>",
    "@>",
    ":=",
    "=",
    "--",
    "-- c\n",
    "/*",
    "*/",
    "/* c */",
    "/*!",
    "/*M!",
    "#",
    "\n",
    "\t",
    " ",
    "\u{0415}",
    "\u{ff1b}",
    "\u{200b}",
    "\u{a0}",
    "U&\"",
    "\\",
];

fn sqlish() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(FRAGMENTS), 0..24),
        any::<bool>(),
    )
        .prop_map(|(parts, spaced)| parts.join(if spaced { " " } else { "" }))
}

fn dialect() -> impl Strategy<Value = Dialect> {
    prop::sample::select(ALL.to_vec())
}

/// What must hold for every statement the guard admits.
fn assert_admitted_invariants(sql: &str, d: Dialect) {
    let Ok(checked) = check(sql, d) else { return };
    assert_eq!(
        statement_chunks(sql, d),
        1,
        "admitted more than one statement: {sql:?}"
    );
    if let Ok(statements) = Parser::parse_sql(parser_dialect(d).as_ref(), sql) {
        assert_eq!(
            statements.len(),
            1,
            "admitted more than one statement: {sql:?}"
        );
    }
    assert!(
        starts_like_a_read(sql, d),
        "admitted something that does not start like a read: {sql:?}"
    );
    let limited = with_limit(sql, d, 50).expect("with_limit accepts what check admits");
    if checked.kind == StatementKind::Query {
        let again = check(&limited, d).expect("with_limit output is admitted");
        assert!(again.has_limit || limited == sql, "{sql:?} -> {limited:?}");
    } else {
        assert_eq!(limited, sql);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn check_never_panics_on_arbitrary_strings(sql in any::<String>()) {
        for d in ALL {
            let _ = check(&sql, d);
            let _ = with_limit(&sql, d, 10);
        }
    }

    #[test]
    fn check_never_panics_on_sql_fragments_and_admits_one_read(sql in sqlish(), d in dialect()) {
        assert_admitted_invariants(&sql, d);
    }
}

/// Refused corpus statements (not the empty ones: `SELECT 1;` plus nothing is fine).
fn refused_cases() -> Vec<(String, Dialect)> {
    load("refused")
        .into_iter()
        .filter(|c| c.header("expect") != Some("empty"))
        .flat_map(|c| {
            c.dialects
                .clone()
                .into_iter()
                .map(move |d| (c.sql.clone(), d))
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, ..ProptestConfig::default() })]

    #[test]
    fn refused_statements_stay_refused_next_to_select_1(
        case in prop::sample::select(refused_cases()),
        sep in prop::sample::select(vec![";", "; ", ";\n", " ; /* x */ ", ";-- c\n", ";;"]),
        layout in 0..3u8,
    ) {
        let (refused, d) = case;
        let sql = match layout {
            0 => format!("SELECT 1{sep}{refused}"),
            1 => format!("{refused}\n{sep}SELECT 1"),
            _ => format!("SELECT 1{sep}{refused}\n{sep}SELECT 1"),
        };
        let result = check(&sql, d);
        prop_assert!(result.is_err(), "admitted {sql:?}: {result:?}");
    }
}

#[test]
fn allowed_corpus_satisfies_the_admitted_invariants() {
    for case in load("allowed") {
        for &d in &case.dialects {
            assert_admitted_invariants(&case.sql, d);
        }
    }
}

#[test]
fn a_select_1_prefix_refuses_even_allowed_statements_as_multiple() {
    // Two reads are still two statements.
    for case in load("allowed") {
        for &d in &case.dialects {
            let sql = format!("SELECT 1;\n{}", case.sql);
            assert_eq!(
                check(&sql, d),
                Err(GuardError::Multiple(2)),
                "{}",
                case.name()
            );
        }
    }
}
