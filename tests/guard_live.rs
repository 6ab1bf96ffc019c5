//! The guard's attack corpus against a live PostgreSQL database through `/sql`: every
//! statement for PostgreSQL is refused with 400 `read_only_violation`, and afterwards the
//! database is exactly as it was (tables, columns, rows, sequences, roles, large objects).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{spawn_app, TestDb};
use serde_json::json;

async fn snapshot(client: &tokio_postgres::Client) -> Vec<String> {
    let queries = [
        "SELECT string_agg(table_name || '.' || column_name || ':' || data_type, ',' ORDER BY table_name, column_name) FROM information_schema.columns WHERE table_schema = 'public'",
        "SELECT count(*)::text || ':' || coalesce(sum(id), 0)::text || ':' || coalesce(string_agg(name, ',' ORDER BY id), '') FROM t",
        "SELECT last_value::text FROM t_id_seq",
        "SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles",
        "SELECT count(*)::text FROM pg_largeobject_metadata",
        "SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class WHERE relnamespace = 'public'::regnamespace",
    ];
    let mut out = Vec::new();
    for q in queries {
        out.push(
            client
                .query_one(q, &[])
                .await
                .unwrap()
                .get::<_, Option<String>>(0)
                .unwrap_or_default(),
        );
    }
    out
}

#[tokio::test]
async fn the_attack_corpus_changes_nothing_in_a_live_database() {
    let db = TestDb::create().await;
    let client = db.client().await;
    client
        .batch_execute(
            "CREATE TABLE t (id serial PRIMARY KEY, name text, a int, b int);
             INSERT INTO t (name, a, b) SELECT 'n' || g, g, g FROM generate_series(1, 20) g;
             CREATE TABLE orders (id int PRIMARY KEY, t_id int REFERENCES t(id));",
        )
        .await
        .unwrap();
    let before = snapshot(&client).await;
    let app = spawn_app("[exec]\nstatement_timeout = \"2s\"").await;
    let session = app.connect(&db.connect_body()).await;
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/guard/tests/corpus/refused");
    let mut checked = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let text = std::fs::read_to_string(&path).unwrap();
        let dialects = text
            .lines()
            .find_map(|l| l.strip_prefix("-- dialect:"))
            .unwrap_or("all")
            .trim()
            .to_string();
        if !(dialects == "all" || dialects.split(',').any(|d| d.trim() == "postgres")) {
            continue;
        }
        let sql: String = text
            .lines()
            .filter(|l| !l.starts_with("-- dialect:") && !l.starts_with("-- expect:"))
            .collect::<Vec<_>>()
            .join("\n");
        let (status, v) = app
            .post("/sql", &json!({"sql": sql, "session_id": session}))
            .await;
        assert_eq!(status, 400, "{} was not refused: {v}", path.display());
        assert_eq!(v["code"], "read_only_violation", "{}: {v}", path.display());
        checked += 1;
    }
    assert!(
        checked >= 100,
        "only {checked} PostgreSQL statements in the corpus"
    );
    assert_eq!(snapshot(&client).await, before, "the database changed");
    // The session still works: the corpus left no state on the connections.
    let (status, v) = app.sql(&session, "SELECT count(*) FROM t").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"][0][0], 20);
}
