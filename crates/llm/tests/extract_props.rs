//! Property tests for `extract_sql`.
#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use quarry_llm::extract_sql;

fn ident() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9_]{0,10}"
}

fn query() -> impl Strategy<Value = String> {
    (ident(), ident(), ident(), 0u32..1000).prop_map(|(col, table, other, n)| {
        format!("SELECT {col}, count(*) FROM {table} WHERE {other} > {n} GROUP BY {col}")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn never_panics_on_arbitrary_text(text in any::<String>()) {
        let _ = extract_sql(&text);
    }

    #[test]
    fn never_panics_on_sqlish_text(text in "([`;'\"\n :.(*/-]|SELECT|select|WITH|with|FROM|AS|sql|<think>|</think>|é|x){0,60}") {
        if let Some(sql) = extract_sql(&text) {
            prop_assert!(!sql.is_empty());
            prop_assert_eq!(sql.trim(), sql.as_str());
            prop_assert!(!sql.ends_with(';'));
        }
    }

    #[test]
    fn fenced_query_is_recovered(q in query(), prose in "[A-Za-z ,!]{0,60}", tag in prop_oneof![Just("sql"), Just("SQL"), Just("")]) {
        let text = format!("{prose}\n```{tag}\n{q};\n```\nThat's it.");
        prop_assert_eq!(extract_sql(&text), Some(q));
    }

    #[test]
    fn bare_query_after_prose_is_recovered(q in query(), prose in "[A-Za-z ,]{0,60}") {
        let text = format!("{prose}: {q};");
        prop_assert_eq!(extract_sql(&text), Some(q.clone()));
        prop_assert_eq!(extract_sql(&q), Some(q));
    }
}
