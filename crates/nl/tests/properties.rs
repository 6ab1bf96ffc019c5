//! For any schema and any question the engine never panics, and any SQL it returns passes
//! the read-only guard.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use proptest::prelude::*;
use quarry_model::{Column, Dialect, ForeignKey, Schema, Table};
use quarry_nl::SchemaIndex;
use sqlparser::dialect::{MySqlDialect, PostgreSqlDialect, SQLiteDialect};
use sqlparser::parser::Parser;

const WORDS: &[&str] = &[
    "name",
    "id",
    "age",
    "price",
    "city",
    "country",
    "order",
    "select",
    "user",
    "group",
    "total",
    "count",
    "date",
    "year",
    "type",
    "Weird Name",
    "a\"b",
    "x`y",
    "o'k",
    "ünï",
];

const QUESTION_WORDS: &[&str] = &[
    "how",
    "many",
    "what",
    "is",
    "the",
    "average",
    "most",
    "least",
    "top",
    "3",
    "each",
    "per",
    "not",
    "no",
    "without",
    "both",
    "and",
    "or",
    "but",
    "more",
    "than",
    "between",
    "older",
    "in",
    "2020",
    "'quoted'",
    "\"x",
    "name",
    "names",
    "of",
    "with",
    "by",
    "order",
    "ordered",
    "descending",
    "different",
    "number",
    "count",
    "sum",
    "max",
    "min",
    "Paris",
    "contains",
    "starts",
    "first",
    "last",
    "'",
    "\"",
    "5.5",
    "1,000",
    "_",
    "city",
    "price",
];

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(WORDS).prop_map(str::to_string),
        "[a-zA-Z_ ]{1,12}",
    ]
}

fn column() -> impl Strategy<Value = Column> {
    (
        name(),
        prop::sample::select(&["integer", "text", "real", "date", "", "numeric(5,2)"][..]),
        prop::collection::vec("[A-Za-z' ]{1,10}", 0..4),
    )
        .prop_map(|(n, t, values)| {
            let mut c = Column::new(n, t);
            c.values = values;
            c
        })
}

fn schema() -> impl Strategy<Value = Schema> {
    prop::collection::vec((name(), prop::collection::vec(column(), 1..5)), 1..4).prop_flat_map(
        |tables| {
            let n = tables.len();
            let fks = prop::collection::vec((0..n, 0..n, 0usize..5, 0usize..5), 0..3);
            (Just(tables), fks).prop_map(|(tables, fks)| {
                let mut out: Vec<Table> = tables
                    .into_iter()
                    .map(|(name, cols)| {
                        let mut t = Table::new(name, cols);
                        if let Some(c) = t.columns.first() {
                            t.primary_key = vec![c.name.clone()];
                        }
                        t
                    })
                    .collect();
                for (a, b, ca, cb) in fks {
                    let from = out[a].columns[ca % out[a].columns.len()].name.clone();
                    let to = out[b].columns[cb % out[b].columns.len()].name.clone();
                    let ref_table = out[b].name.clone();
                    out[a].foreign_keys.push(ForeignKey {
                        columns: vec![from],
                        ref_schema: None,
                        ref_table,
                        ref_columns: vec![to],
                    });
                }
                Schema::new(out)
            })
        },
    )
}

fn question() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(QUESTION_WORDS), 0..14)
            .prop_map(|w| w.join(" ")),
        ".{0,60}",
    ]
}

fn check_all(idx: &SchemaIndex, q: &str) -> Result<(), TestCaseError> {
    for d in [Dialect::Postgres, Dialect::Sqlite, Dialect::Mysql] {
        if let Ok(a) = idx.translate(q, d) {
            prop_assert!((0.0..=1.0).contains(&a.confidence));
            // Parse on our own too, so the property holds whatever the guard's state.
            let parsed = match d {
                Dialect::Postgres => Parser::parse_sql(&PostgreSqlDialect {}, &a.sql),
                Dialect::Sqlite => Parser::parse_sql(&SQLiteDialect {}, &a.sql),
                Dialect::Mysql => Parser::parse_sql(&MySqlDialect {}, &a.sql),
            };
            prop_assert!(
                parsed.as_ref().is_ok_and(|s| s.len() == 1),
                "unparsable {:?} for {q:?}: {parsed:?}",
                a.sql
            );
            prop_assert!(
                quarry_guard::check(&a.sql, d).is_ok(),
                "guard refused {:?} for {q:?}",
                a.sql
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_schema_any_question(schema in schema(), q in question()) {
        let idx = SchemaIndex::build(&schema);
        check_all(&idx, &q)?;
        // Questions made of the schema's own names reach deeper into the planner.
        let mut words: Vec<String> = Vec::new();
        for t in &schema.tables {
            words.push(t.name.clone());
            for c in &t.columns {
                words.push(format!("the {} of", c.name));
                words.extend(c.values.iter().cloned());
            }
        }
        let named = format!("{q} {}", words.join(" and "));
        check_all(&idx, &named)?;
    }

    #[test]
    fn shop_schema_any_question(q in question()) {
        let idx = SchemaIndex::build(&common::shop());
        check_all(&idx, &q)?;
    }
}
