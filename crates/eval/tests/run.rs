//! Runs `quarry eval` on a tiny Spider-format folder that the test writes itself.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

use quarry_eval::{run, EvalArgs};
use std::path::{Path, PathBuf};

fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("quarry-eval-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn make_db(root: &Path, db: &str, sql: &str) {
    let dir = root.join("database").join(db);
    std::fs::create_dir_all(&dir).unwrap();
    let conn = rusqlite::Connection::open(dir.join(format!("{db}.sqlite"))).unwrap();
    conn.execute_batch(sql).unwrap();
}

fn write_folder(root: &Path) {
    make_db(
        root,
        "shop",
        "CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, name TEXT, country TEXT, age INTEGER);
         INSERT INTO customers VALUES (1, 'Ann', 'France', 30), (2, 'Bob', 'Germany', 40),
                                      (3, 'Cid', 'France', 50);
         CREATE TABLE orders (order_id INTEGER PRIMARY KEY,
                              customer_id INTEGER REFERENCES customers(customer_id), amount REAL);
         INSERT INTO orders VALUES (1, 1, 10.5), (2, 1, 20.0), (3, 2, 5.0);",
    );
    make_db(
        root,
        "zoo",
        "CREATE TABLE pets (pet_id INTEGER PRIMARY KEY, species TEXT, weight REAL);
         INSERT INTO pets VALUES (1, 'cat', 4.0), (2, 'dog', 12.5);",
    );
    // tables.json is part of the format; the evaluator introspects the databases instead.
    std::fs::write(root.join("tables.json"), "[]").unwrap();
    let questions = serde_json::json!([
        {"db_id": "shop", "question": "How many customers are there?",
         "query": "SELECT count(*) FROM customers"},
        {"db_id": "shop", "question": "How many customers are from France?",
         "query": "SELECT count(*) FROM customers WHERE country = 'France'"},
        {"db_id": "shop", "question": "What is the average age of customers?",
         "query": "SELECT avg(age) FROM customers"},
        {"db_id": "shop", "question": "This gold query is broken.",
         "query": "SELECT no_such_column FROM customers"},
        {"db_id": "shop", "question": "What is the airspeed velocity of an unladen swallow?",
         "query": "SELECT name FROM customers"},
        {"db_id": "zoo", "question": "How many pets are there?",
         "query": "SELECT count(*) FROM pets"},
    ]);
    std::fs::write(root.join("questions.json"), questions.to_string()).unwrap();
}

#[test]
fn scores_a_small_spider_folder() {
    let root = temp_dir("run");
    write_folder(&root);
    let mut args = EvalArgs::new(&root);
    args.out = Some(root.join("pred.sql"));
    args.report = Some(root.join("report.json"));
    let accuracy = run(&args).unwrap();
    // 4 of the 5 scorable examples are right; the broken gold is skipped, the nonsense declined.
    assert!((accuracy - 0.8).abs() < 1e-9, "accuracy {accuracy}");

    let pred = std::fs::read_to_string(root.join("pred.sql")).unwrap();
    let lines: Vec<&str> = pred.lines().collect();
    assert_eq!(lines.len(), 6, "{pred}");
    assert_eq!(lines[0], "SELECT COUNT(*) FROM customers");
    assert_eq!(lines[3], "", "skipped gold leaves an empty line");
    assert_eq!(lines[4], "", "a decline leaves an empty line");

    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("report.json")).unwrap()).unwrap();
    assert_eq!(report["report"]["examples"], 5);
    assert_eq!(report["report"]["databases"], 2);
    assert!((report["report"]["precision"].as_f64().unwrap() - 1.0).abs() < 1e-9);
    assert!((report["report"]["coverage"].as_f64().unwrap() - 0.8).abs() < 1e-9);
    assert_eq!(report["report"]["latency_runs"], 3);

    // Timing each question once changes the latency figure only, never the predictions.
    let mut once = EvalArgs::new(&root);
    once.latency_runs = 1;
    once.out = Some(root.join("pred-once.sql"));
    assert!((run(&once).unwrap() - 0.8).abs() < 1e-9);
    assert_eq!(
        std::fs::read_to_string(root.join("pred-once.sql")).unwrap(),
        pred
    );

    // The database filters select a split.
    let mut only_zoo = EvalArgs::new(&root);
    only_zoo.dbs = vec!["zoo".into()];
    assert!((run(&only_zoo).unwrap() - 1.0).abs() < 1e-9);
    let mut no_zoo = EvalArgs::new(&root);
    no_zoo.exclude_dbs = vec!["zoo".into()];
    assert!((run(&no_zoo).unwrap() - 0.75).abs() < 1e-9);
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn introspection_reads_keys_and_values() {
    let root = temp_dir("introspect");
    write_folder(&root);
    let conn =
        quarry_eval::exec::open_read_only(&root.join("database").join("shop").join("shop.sqlite"))
            .unwrap();
    let schema = quarry_eval::introspect::sqlite_schema(&conn).unwrap();
    let customers = schema.table("customers").unwrap();
    assert_eq!(customers.primary_key, vec!["customer_id".to_string()]);
    assert_eq!(
        customers.column("country").unwrap().values,
        vec!["France".to_string(), "Germany".to_string()]
    );
    let orders = schema.table("orders").unwrap();
    assert_eq!(orders.foreign_keys[0].ref_table, "customers");
    // A read-only connection refuses writes.
    assert!(conn.execute("DELETE FROM customers", []).is_err());
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_runaway_query_is_interrupted() {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    let started = std::time::Instant::now();
    let r = quarry_eval::exec::run_query(
        &conn,
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n",
        std::time::Duration::from_millis(200),
        10,
    );
    assert!(r.is_err());
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}
