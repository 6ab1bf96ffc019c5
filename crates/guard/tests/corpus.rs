//! Runs every file of `tests/corpus/{allowed,refused}` through the guard.
//!
//! Each file holds one statement (a stacked attack is one file) after header comments:
//! - `-- dialect: postgres, mysql` (or `all`): the dialects the file is checked in;
//! - refused files: `-- expect: VARIANT`, one of parse, multiple, empty, not_allowed, function,
//!   function_name, ambiguous, too_long: the refusal's variant, so that a write refused for the
//!   wrong reason (say a typo that does not parse) shows up;
//! - allowed files, optional: `-- kind: query|explain|show`, `-- tables: a, s.b` (or `none`),
//!   `-- limit: yes|no`.
//!
//! The headers are SQL comments and stay in the text the guard sees.

mod common;

use common::{load, ALL};
use quarry_guard::{check, GuardError, StatementKind, TableRef};

fn variant(e: &GuardError) -> &'static str {
    match e {
        GuardError::Empty => "empty",
        GuardError::Parse(_) => "parse",
        GuardError::Multiple(_) => "multiple",
        GuardError::NotAllowed(_) => "not_allowed",
        GuardError::Function(_) => "function",
        GuardError::FunctionName(_) => "function_name",
        GuardError::Ambiguous(_) => "ambiguous",
        GuardError::TooLong(_) => "too_long",
    }
}

fn parse_tables(v: &str) -> Vec<TableRef> {
    if v == "none" {
        return Vec::new();
    }
    let mut tables: Vec<TableRef> = v
        .split(',')
        .map(|t| match t.trim().split_once('.') {
            Some((s, n)) => TableRef {
                schema: Some(s.into()),
                name: n.into(),
            },
            None => TableRef {
                schema: None,
                name: t.trim().into(),
            },
        })
        .collect();
    tables.sort_by(|a, b| (&a.schema, &a.name).cmp(&(&b.schema, &b.name)));
    tables
}

#[test]
fn corpus_refused_statements_are_refused_for_the_expected_reason() {
    let cases = load("refused");
    assert!(cases.len() >= 70, "only {} refused cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let expect = case.header("expect");
        for &d in &case.dialects {
            match check(&case.sql, d) {
                Ok(c) => {
                    failures.push(format!("{} [{}]: admitted as {c:?}", case.name(), d.name()))
                }
                Err(e) => {
                    if let Some(expect) = expect {
                        if variant(&e) != expect {
                            failures.push(format!(
                                "{} [{}]: refused as {} ({e}), expected {expect}",
                                case.name(),
                                d.name(),
                                variant(&e)
                            ));
                        }
                    }
                    // Messages are shown to users: they must be sentences, not debug output.
                    let msg = e.to_string();
                    if msg.contains("Some(") || msg.contains("Ident {") || msg.is_empty() {
                        failures.push(format!("{}: unreadable message {msg:?}", case.name()));
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn corpus_allowed_statements_are_admitted_as_described() {
    let cases = load("allowed");
    assert!(cases.len() >= 70, "only {} allowed cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        for &d in &case.dialects {
            let checked = match check(&case.sql, d) {
                Ok(c) => c,
                Err(e) => {
                    failures.push(format!("{} [{}]: refused: {e}", case.name(), d.name()));
                    continue;
                }
            };
            if let Some(kind) = case.header("kind") {
                let want = match kind {
                    "query" => StatementKind::Query,
                    "explain" => StatementKind::Explain,
                    "show" => StatementKind::Show,
                    other => panic!("{}: unknown kind {other}", case.name()),
                };
                if checked.kind != want {
                    failures.push(format!(
                        "{} [{}]: kind {:?}",
                        case.name(),
                        d.name(),
                        checked.kind
                    ));
                }
            }
            if let Some(tables) = case.header("tables") {
                let mut got = checked.tables.clone();
                got.sort_by(|a, b| (&a.schema, &a.name).cmp(&(&b.schema, &b.name)));
                if got != parse_tables(tables) {
                    failures.push(format!("{} [{}]: tables {got:?}", case.name(), d.name()));
                }
            }
            if let Some(limit) = case.header("limit") {
                if checked.has_limit != (limit == "yes") {
                    failures.push(format!(
                        "{} [{}]: has_limit {}",
                        case.name(),
                        d.name(),
                        checked.has_limit
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn corpus_covers_every_dialect() {
    for dir in ["allowed", "refused"] {
        for d in ALL {
            let n = load(dir).iter().filter(|c| c.dialects.contains(&d)).count();
            assert!(n >= 15, "{dir}: only {n} cases for {}", d.name());
        }
    }
}
