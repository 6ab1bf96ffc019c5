//! Unit tests of the public API: `with_limit`, table extraction, kinds, error messages.

use quarry_guard::{check, denied_function, with_limit, GuardError, StatementKind, TableRef};
use quarry_model::Dialect::{self, Mysql, Postgres, Sqlite};

const ALL: [Dialect; 3] = [Postgres, Mysql, Sqlite];

fn t(name: &str) -> TableRef {
    TableRef {
        schema: None,
        name: name.into(),
    }
}
fn st(schema: &str, name: &str) -> TableRef {
    TableRef {
        schema: Some(schema.into()),
        name: name.into(),
    }
}
fn tables(sql: &str, d: Dialect) -> Vec<TableRef> {
    check(sql, d)
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .tables
}

// ---- with_limit ----

#[test]
fn with_limit_appends_to_a_query_without_one() {
    for d in ALL {
        assert_eq!(
            with_limit("SELECT * FROM t", d, 100).unwrap(),
            "SELECT * FROM t LIMIT 100"
        );
    }
}

#[test]
fn with_limit_drops_trailing_semicolons_and_comments() {
    assert_eq!(
        with_limit("SELECT * FROM t;", Postgres, 5).unwrap(),
        "SELECT * FROM t LIMIT 5"
    );
    assert_eq!(
        with_limit("SELECT * FROM t -- all of them\n", Postgres, 5).unwrap(),
        "SELECT * FROM t LIMIT 5"
    );
    assert_eq!(
        with_limit("SELECT *\nFROM t /* c */ ;;  \n-- done", Sqlite, 5).unwrap(),
        "SELECT *\nFROM t LIMIT 5"
    );
    assert_eq!(
        with_limit("SELECT 1 # mysql comment", Mysql, 5).unwrap(),
        "SELECT 1 LIMIT 5"
    );
}

#[test]
fn with_limit_keeps_comments_inside_the_statement() {
    let sql = "SELECT a -- first\n, b FROM t";
    assert_eq!(
        with_limit(sql, Postgres, 3).unwrap(),
        format!("{sql} LIMIT 3")
    );
}

#[test]
fn with_limit_counts_multibyte_characters_right() {
    let sql = "SELECT 'ünïcødé ✓' AS s FROM t\n;";
    assert_eq!(
        with_limit(sql, Postgres, 7).unwrap(),
        "SELECT 'ünïcødé ✓' AS s FROM t LIMIT 7"
    );
}

#[test]
fn with_limit_leaves_limited_queries_unchanged() {
    for (sql, d) in [
        ("SELECT * FROM t LIMIT 5", Postgres),
        ("SELECT * FROM t LIMIT 5;", Mysql),
        ("SELECT * FROM t LIMIT 10, 5", Mysql),
        ("SELECT * FROM t FETCH FIRST 3 ROWS ONLY", Postgres),
        ("(SELECT * FROM t ORDER BY id LIMIT 5)", Sqlite),
        ("SELECT 1 UNION SELECT 2 LIMIT 1", Postgres),
    ] {
        assert_eq!(with_limit(sql, d, 100).unwrap(), sql, "{sql}");
    }
}

#[test]
fn with_limit_leaves_explain_and_show_unchanged() {
    assert_eq!(
        with_limit("EXPLAIN SELECT * FROM t", Postgres, 9).unwrap(),
        "EXPLAIN SELECT * FROM t"
    );
    assert_eq!(with_limit("SHOW TABLES", Mysql, 9).unwrap(), "SHOW TABLES");
    assert_eq!(with_limit("DESCRIBE t", Mysql, 9).unwrap(), "DESCRIBE t");
}

#[test]
fn with_limit_limits_set_operations_ctes_values_and_table() {
    assert_eq!(
        with_limit(
            "SELECT a FROM x UNION ALL SELECT a FROM y ORDER BY a",
            Postgres,
            4
        )
        .unwrap(),
        "SELECT a FROM x UNION ALL SELECT a FROM y ORDER BY a LIMIT 4"
    );
    assert_eq!(
        with_limit("WITH c AS (SELECT 1 AS n) SELECT n FROM c", Sqlite, 4).unwrap(),
        "WITH c AS (SELECT 1 AS n) SELECT n FROM c LIMIT 4"
    );
    assert_eq!(
        with_limit("VALUES (1), (2)", Postgres, 1).unwrap(),
        "VALUES (1), (2) LIMIT 1"
    );
    assert_eq!(
        with_limit("TABLE orders", Postgres, 2).unwrap(),
        "TABLE orders LIMIT 2"
    );
    // PostgreSQL takes LIMIT after OFFSET.
    assert_eq!(
        with_limit("SELECT * FROM t ORDER BY id OFFSET 10", Postgres, 2).unwrap(),
        "SELECT * FROM t ORDER BY id OFFSET 10 LIMIT 2"
    );
}

#[test]
fn with_limit_result_is_admitted_and_limited() {
    for sql in [
        "SELECT * FROM t -- x",
        "WITH c AS (SELECT 1) SELECT * FROM c;",
        "TABLE orders",
    ] {
        let limited = with_limit(sql, Postgres, 10).unwrap();
        let c = check(&limited, Postgres).unwrap();
        assert!(c.has_limit, "{limited}");
    }
}

#[test]
fn with_limit_does_not_stack_a_second_limit_on_limit_all() {
    // LIMIT ALL means no limit, but a second LIMIT after it is not SQL: leave it alone.
    let sql = "SELECT * FROM t LIMIT ALL";
    assert_eq!(with_limit(sql, Postgres, 10).unwrap(), sql);
}

#[test]
fn with_limit_refuses_what_check_refuses() {
    assert!(matches!(
        with_limit("DELETE FROM t", Postgres, 1),
        Err(GuardError::NotAllowed(_))
    ));
    assert!(matches!(
        with_limit("SELECT 1; SELECT 2", Mysql, 1),
        Err(GuardError::Multiple(2))
    ));
    assert!(matches!(
        with_limit("SELECT pg_sleep(1)", Postgres, 1),
        Err(GuardError::Function(_))
    ));
}

// ---- tables ----

#[test]
fn tables_exclude_cte_names_and_include_subqueries() {
    let sql = "WITH big AS (SELECT * FROM orders WHERE total > (SELECT avg(total) FROM orders)) \
               SELECT c.name FROM big JOIN customers c ON c.id = big.customer_id \
               WHERE c.region IN (SELECT id FROM regions)";
    for d in ALL {
        assert_eq!(
            tables(sql, d),
            vec![t("orders"), t("customers"), t("regions")]
        );
    }
}

#[test]
fn tables_keep_schema_qualification_and_drop_quotes() {
    assert_eq!(
        tables(
            "SELECT * FROM sales.orders o JOIN \"Public\".\"Customers\" c ON true",
            Postgres
        ),
        vec![st("sales", "orders"), st("Public", "Customers")]
    );
    assert_eq!(
        tables("SELECT * FROM `shop`.`order`", Mysql),
        vec![st("shop", "order")]
    );
    assert_eq!(
        tables("SELECT * FROM db.sales.orders", Postgres),
        vec![st("sales", "orders")]
    );
}

#[test]
fn tables_are_deduplicated_in_order_of_first_use() {
    assert_eq!(
        tables(
            "SELECT * FROM b, a WHERE EXISTS (SELECT 1 FROM b) AND a.x IN (SELECT x FROM a)",
            Sqlite
        ),
        vec![t("b"), t("a")]
    );
}

#[test]
fn tables_skip_table_functions_and_values() {
    assert_eq!(
        tables("SELECT * FROM generate_series(1, 3) g", Postgres),
        vec![]
    );
    assert_eq!(tables("SELECT * FROM (VALUES (1)) v(x)", Postgres), vec![]);
    assert_eq!(
        tables("SELECT * FROM unnest(ARRAY[1]) u, orders", Postgres),
        vec![t("orders")]
    );
}

#[test]
fn tables_respect_cte_scope() {
    // `a` is a CTE inside the subquery only; the outer `a` is a real table.
    let sql = "SELECT * FROM (WITH a AS (SELECT 1 AS x) SELECT * FROM a) s, a";
    assert_eq!(tables(sql, Postgres), vec![t("a")]);
    // A schema-qualified name is never a CTE.
    assert_eq!(
        tables("WITH x AS (SELECT 1) SELECT * FROM x, public.x", Postgres),
        vec![st("public", "x")]
    );
    // Recursive CTEs reference themselves.
    let sql = "WITH RECURSIVE r AS (SELECT id FROM nodes UNION ALL \
               SELECT n.id FROM nodes n JOIN r ON n.parent = r.id) SELECT * FROM r";
    assert_eq!(tables(sql, Sqlite), vec![t("nodes")]);
}

#[test]
fn tables_cover_lateral_explain_and_table_statements() {
    assert_eq!(
        tables(
            "SELECT * FROM c, LATERAL (SELECT * FROM o WHERE o.c = c.id) x",
            Postgres
        ),
        vec![t("c"), t("o")]
    );
    assert_eq!(
        tables("EXPLAIN ANALYZE SELECT * FROM orders", Postgres),
        vec![t("orders")]
    );
    assert_eq!(tables("TABLE s.orders", Postgres), vec![st("s", "orders")]);
    assert_eq!(tables("SELECT 1 UNION TABLE t2", Postgres), vec![t("t2")]);
    assert_eq!(tables("SHOW COLUMNS FROM orders", Mysql), vec![]);
}

// ---- kinds and limits ----

#[test]
fn kinds_are_reported() {
    assert_eq!(
        check("SELECT 1", Postgres).unwrap().kind,
        StatementKind::Query
    );
    assert_eq!(
        check("VALUES (1)", Sqlite).unwrap().kind,
        StatementKind::Query
    );
    assert_eq!(check("TABLE t", Mysql).unwrap().kind, StatementKind::Query);
    assert_eq!(
        check("EXPLAIN ANALYZE SELECT 1", Postgres).unwrap().kind,
        StatementKind::Explain
    );
    assert_eq!(
        check("EXPLAIN QUERY PLAN SELECT 1", Sqlite).unwrap().kind,
        StatementKind::Explain
    );
    assert_eq!(
        check("SHOW search_path", Postgres).unwrap().kind,
        StatementKind::Show
    );
    assert_eq!(
        check("SHOW TABLES", Mysql).unwrap().kind,
        StatementKind::Show
    );
}

#[test]
fn has_limit_looks_at_the_top_level_only() {
    assert!(
        !check("SELECT * FROM (SELECT * FROM t LIMIT 5) s", Postgres)
            .unwrap()
            .has_limit
    );
    assert!(
        !check(
            "WITH c AS (SELECT * FROM t LIMIT 5) SELECT * FROM c",
            Postgres
        )
        .unwrap()
        .has_limit
    );
    assert!(check("SELECT * FROM t LIMIT 5", Sqlite).unwrap().has_limit);
    assert!(
        check("EXPLAIN SELECT * FROM t LIMIT 5", Postgres)
            .unwrap()
            .has_limit
    );
    assert!(
        !check("SELECT * FROM t OFFSET 5", Postgres)
            .unwrap()
            .has_limit
    );
}

// ---- refusals and messages ----

#[test]
fn empty_input_is_empty() {
    for d in ALL {
        for sql in ["", "   \n\t", "-- nothing", "/* nothing */", ";", " ; ; "] {
            assert_eq!(check(sql, d), Err(GuardError::Empty), "{sql:?}");
        }
    }
}

#[test]
fn stacked_statements_are_counted() {
    assert_eq!(
        check("SELECT 1; SELECT 2; SELECT 3;", Postgres),
        Err(GuardError::Multiple(3))
    );
}

#[test]
fn messages_name_the_problem_in_plain_words() {
    let e = check("SELECT \"pg_sleep\"(5)", Postgres).unwrap_err();
    assert_eq!(
        e.to_string(),
        "function pg_sleep is not allowed: it has side effects or runs SQL text"
    );
    let e = check("DELETE FROM t", Postgres).unwrap_err();
    assert_eq!(
        e.to_string(),
        "DELETE is not allowed: quarry runs read-only statements only"
    );
    let e = check("DROP TABLE t", Sqlite).unwrap_err();
    assert_eq!(
        e.to_string(),
        "DROP TABLE is not allowed: quarry runs read-only statements only"
    );
    let e = check("SET @a = 1", Mysql).unwrap_err();
    assert_eq!(
        e.to_string(),
        "SET is not allowed: quarry runs read-only statements only"
    );
    let e = check("SELECT * FROM t FOR UPDATE", Postgres).unwrap_err();
    assert!(e.to_string().starts_with("a locking clause"), "{e}");
    let e = check("SELECT 1; DROP TABLE t", Postgres).unwrap_err();
    assert_eq!(e.to_string(), "exactly one statement is allowed, found 2");
    let e = check("SELECT 1 FROM t WHERE", Postgres).unwrap_err();
    assert!(
        e.to_string().starts_with("could not parse the statement: "),
        "{e}"
    );
}

#[test]
fn denied_names_in_strings_or_comments_before_a_paren_are_refused() {
    // The text-level backstop: a cost of refusing what a tokenizer disagreement could hide.
    assert!(matches!(
        check("SELECT 'sleep(5)'", Mysql),
        Err(GuardError::Function(_))
    ));
    assert!(matches!(
        check("SELECT 1 -- pg_sleep(1)", Postgres),
        Err(GuardError::Function(_))
    ));
    // Without a paren the words are just words.
    assert!(check("SELECT 'sleep well', 'pg_sleep' AS f", Postgres).is_ok());
}

#[test]
fn function_checks_ignore_case_quotes_and_schema() {
    for sql in [
        "SELECT PG_SLEEP(1)",
        "SELECT \"pg_sleep\"(1)",
        "SELECT pg_catalog.pg_sleep(1)",
        "SELECT \"pg_catalog\".\"pg_sleep\"(1)",
        "SELECT x FROM t ORDER BY NEXTVAL('s')",
        "SELECT * FROM t WHERE id IN (SELECT lo_get(1))",
    ] {
        assert!(
            matches!(check(sql, Postgres), Err(GuardError::Function(_))),
            "{sql}"
        );
    }
    assert!(matches!(
        check("SELECT `Sleep`(1)", Mysql),
        Err(GuardError::Function(_))
    ));
}

#[test]
fn deny_table_decisions_are_documented_by_tests() {
    for denied in [
        "pg_sleep_until",
        "dblink_connect",
        "lo_open",
        "pg_ls_waldir",
        "query_to_xmlschema",
        "pg_try_advisory_lock_shared",
        "pg_drop_replication_slot",
        "get_lock",
        "load_extension",
        "setval",
        "set_config",
        "MASTER_POS_WAIT",
        "pg_backup_start",
    ] {
        assert!(denied_function(denied).is_some(), "{denied}");
    }
    for allowed in [
        "currval",
        "lastval",
        "is_free_lock",
        "set_bit",
        "count",
        "now",
        "lower",
        "pg_size_pretty",
        "current_setting",
        "generate_series",
        "json_extract",
    ] {
        assert_eq!(denied_function(allowed), None, "{allowed}");
    }
}

#[test]
fn explain_of_a_write_is_refused() {
    for sql in [
        "EXPLAIN INSERT INTO t VALUES (1)",
        "EXPLAIN ANALYZE UPDATE t SET a = 1",
        "EXPLAIN EXPLAIN SELECT 1",
    ] {
        assert!(check(sql, Postgres).is_err(), "{sql}");
    }
}

#[test]
fn text_that_servers_read_differently_is_refused_as_ambiguous() {
    for (sql, d) in [
        ("SELECT 1 /*!50000 , SLEEP(1) */", Mysql),
        ("SELECT 1 /*M! , 2 */", Mysql),
        ("SELECT 1 --\t, 2", Mysql),
        ("SELECT 1 --\n, 2", Mysql),
        ("SELECT 'a\0'; DROP TABLE t; --'", Postgres),
    ] {
        assert!(
            matches!(check(sql, d), Err(GuardError::Ambiguous(_))),
            "{sql:?}"
        );
    }
    // PostgreSQL ends a `--` comment at a carriage return, and so does the guard's reader.
    assert_eq!(
        check("SELECT 1 -- x\r; DROP TABLE t", Postgres),
        Err(GuardError::Multiple(2))
    );
    // Windows line endings are fine.
    assert!(check("SELECT 1 -- x\r\nFROM t", Postgres).is_ok());
}
