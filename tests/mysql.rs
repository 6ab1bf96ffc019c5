//! MySQL/MariaDB end to end: connect, schema, query, sql, stats over real HTTP against the
//! server at `QUARRY_TEST_MYSQL_URL` (default `mysql://root@127.0.0.1:3306/test`); the type
//! round trip; the read-only guard (each refusal checked against the data through a separate
//! admin connection); the statement timeout. Each test makes its own database `t_<uuid>` and
//! drops it on every path (`MyDb`'s Drop).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::{Duration, Instant};

use common::{mysql_url, spawn_app, TestApp};
use mysql_async::prelude::Queryable;
use serde_json::{json, Value};

/// A MySQL database that exists for one test.
struct MyDb {
    name: String,
    host: String,
    port: u16,
    user: String,
    password: String,
}

fn admin_opts(db: Option<&str>) -> mysql_async::Opts {
    let u = url::Url::parse(&mysql_url()).unwrap();
    mysql_async::OptsBuilder::default()
        .ip_or_hostname(u.host_str().unwrap().to_string())
        .tcp_port(u.port().unwrap_or(3306))
        .user(Some(if u.username().is_empty() {
            "root"
        } else {
            u.username()
        }))
        .pass(u.password().map(str::to_string))
        .db_name(db.map(str::to_string))
        .prefer_socket(false)
        .into()
}

impl MyDb {
    async fn create() -> MyDb {
        let name = format!("t_{}", uuid::Uuid::new_v4().simple());
        let mut admin = mysql_async::Conn::new(admin_opts(None))
            .await
            .expect("MariaDB must be running for the tests (see scripts/test)");
        admin
            .query_drop(format!("CREATE DATABASE `{name}`"))
            .await
            .unwrap();
        admin.disconnect().await.unwrap();
        let u = url::Url::parse(&mysql_url()).unwrap();
        MyDb {
            name,
            host: u.host_str().unwrap().to_string(),
            port: u.port().unwrap_or(3306),
            user: if u.username().is_empty() {
                "root".into()
            } else {
                u.username().to_string()
            },
            password: u.password().unwrap_or("").to_string(),
        }
    }

    /// An admin connection to this database (writes allowed), for fixtures and checks.
    async fn conn(&self) -> mysql_async::Conn {
        mysql_async::Conn::new(admin_opts(Some(&self.name)))
            .await
            .unwrap()
    }

    async fn count(&self, table: &str) -> i64 {
        let mut c = self.conn().await;
        let n: Option<i64> = c
            .query_first(format!("SELECT COUNT(*) FROM `{table}`"))
            .await
            .unwrap();
        c.disconnect().await.unwrap();
        n.unwrap()
    }

    fn connect_body(&self) -> Value {
        json!({
            "driver": "mysql",
            "host": self.host,
            "port": self.port,
            "database": self.name,
            "username": self.user,
            "password": self.password,
        })
    }
}

impl Drop for MyDb {
    fn drop(&mut self) {
        let name = self.name.clone();
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                let drop_it = async {
                    let mut c = mysql_async::Conn::new(admin_opts(None)).await?;
                    c.query_drop(format!("DROP DATABASE IF EXISTS `{name}`"))
                        .await?;
                    c.disconnect().await
                };
                let _ = tokio::time::timeout(Duration::from_secs(30), drop_it).await;
            });
        })
        .join();
    }
}

const FIXTURES: &[&str] = &[
    "CREATE TABLE customers (id INT PRIMARY KEY AUTO_INCREMENT, \
       name VARCHAR(100) NOT NULL COMMENT 'full name', country VARCHAR(40)) \
       COMMENT = 'people who buy'",
    "INSERT INTO customers (name, country) VALUES ('Ada', 'UK'), ('Linus', 'Finland'), \
       ('Grace', 'USA'), ('Alan', 'UK'), ('Edsger', 'Netherlands')",
    "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL, total DECIMAL(10,2), \
       placed_on DATE, FOREIGN KEY (customer_id) REFERENCES customers (id))",
    "INSERT INTO orders VALUES (1, 1, 10.50, '2024-01-02'), (2, 1, 99.99, '2024-02-29'), \
       (3, 3, 5.00, '2023-12-31')",
    "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 50",
    "CREATE TABLE all_types (id INT PRIMARY KEY, \
       ti TINYINT, si SMALLINT, mi MEDIUMINT, i INT, bi BIGINT, ubi BIGINT UNSIGNED, \
       b TINYINT(1), f FLOAT, d DOUBLE, amount DECIMAL(12,4), \
       dt DATE, dtm DATETIME, dtm3 DATETIME(3), ts TIMESTAMP NULL, tm TIME, yr YEAR, \
       ch CHAR(3), vc VARCHAR(20), tx TEXT, bl BLOB, bn BINARY(2), vb VARBINARY(4), \
       bt BIT(5), en ENUM('small','large'), st SET('a','b','c'), js JSON, n INT NULL)",
    "INSERT INTO all_types VALUES (1, -128, -32768, -8388608, -2147483648, \
       9007199254740993, 18446744073709551615, 1, 1.5, 2.25, 12345.6700, \
       '2024-02-29', '2024-02-29 13:45:00', '2024-02-29 13:45:00.123', '2024-02-29 13:45:00', \
       '-26:03:04', 2024, 'abc', 'héllo', 'long text', X'DEAD', X'0102', X'CAFEBABE', \
       b'00101', 'large', 'a,c', '{\"k\": [1, 2]}', NULL)",
];

async fn setup() -> (MyDb, TestApp, String) {
    setup_with("").await
}

async fn setup_with(toml: &str) -> (MyDb, TestApp, String) {
    let db = MyDb::create().await;
    let mut c = db.conn().await;
    for sql in FIXTURES {
        c.query_drop(*sql).await.unwrap();
    }
    c.disconnect().await.unwrap();
    let app = spawn_app(toml).await;
    let session = app.connect(&db.connect_body()).await;
    (db, app, session)
}

async fn is_mariadb() -> bool {
    let mut c = mysql_async::Conn::new(admin_opts(None)).await.unwrap();
    let v: Option<String> = c.query_first("SELECT @@version").await.unwrap();
    c.disconnect().await.unwrap();
    v.unwrap().to_ascii_lowercase().contains("mariadb")
}

#[tokio::test]
async fn mysql_round_trip_connect_schema_query_sql_stats() {
    let db = MyDb::create().await;
    let mut c = db.conn().await;
    for sql in FIXTURES {
        c.query_drop(*sql).await.unwrap();
    }
    c.disconnect().await.unwrap();
    let app = spawn_app("").await;

    let (status, v) = app.post("/database/connect", &db.connect_body()).await;
    assert_eq!(status, 200, "{v}");
    let info = &v["database_info"];
    assert_eq!(info["driver"], "mysql");
    assert_eq!(info["database"], db.name.as_str());
    assert_eq!(info["tables"], 3, "{info}");
    assert_eq!(info["views"], 1, "{info}");
    assert!(!info["server_version"].as_str().unwrap().is_empty());
    assert_eq!(info["can_write"], true, "root can write: {info}");
    let session = v["session_id"].as_str().unwrap().to_string();

    let (status, schema) = app.get(&format!("/schema?session_id={session}")).await;
    assert_eq!(status, 200, "{schema}");
    assert_eq!(schema["driver"], "mysql");
    let tables = schema["tables"].as_array().unwrap();
    let find = |n: &str| tables.iter().find(|t| t["name"] == n).unwrap().clone();
    let customers = find("customers");
    assert_eq!(customers["schema"], db.name.as_str());
    assert_eq!(customers["kind"], "table");
    assert_eq!(customers["primary_key"], json!(["id"]));
    assert_eq!(customers["comment"], "people who buy");
    let name_col = customers["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "name")
        .unwrap();
    assert_eq!(name_col["data_type"], "varchar");
    assert_eq!(name_col["nullable"], false);
    assert_eq!(name_col["comment"], "full name");
    let country = customers["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "country")
        .unwrap();
    let mut values: Vec<&str> = country["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    values.sort();
    assert_eq!(values, vec!["Finland", "Netherlands", "UK", "USA"]);
    let orders = find("orders");
    assert_eq!(
        orders["foreign_keys"],
        json!([{"columns": ["customer_id"], "ref_schema": db.name, "ref_table": "customers",
                "ref_columns": ["id"]}])
    );
    assert!(orders["row_estimate"].is_i64(), "{orders}");
    assert_eq!(find("big_orders")["kind"], "view");
    let types = find("all_types");
    let col_type = |n: &str| {
        types["columns"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == n)
            .unwrap()["data_type"]
            .clone()
    };
    assert_eq!(col_type("b"), "tinyint(1)");
    assert_eq!(col_type("amount"), "decimal");
    assert_eq!(col_type("en"), "enum");

    let (status, v) = app
        .post(
            "/query",
            &json!({"question": "how many customers", "session_id": session}),
        )
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"], json!([[5]]), "{v}");
    assert!(v["sql"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .contains("customers"));

    let (status, v) = app
        .sql(
            &session,
            "SELECT name, country FROM customers ORDER BY id LIMIT 2",
        )
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"], json!([["Ada", "UK"], ["Linus", "Finland"]]));
    assert_eq!(
        v["columns"],
        json!([{"name": "name", "type": "varchar"}, {"name": "country", "type": "varchar"}])
    );
    assert_eq!(v["row_count"], 2);
    assert_eq!(v["truncated"], false);

    // The other statements the guard admits run through the prepared protocol too.
    let (status, v) = app.sql(&session, "SHOW TABLES").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["row_count"], 4, "{v}");
    let (status, v) = app
        .sql(&session, "EXPLAIN SELECT * FROM orders WHERE id = 1")
        .await;
    assert_eq!(status, 200, "{v}");
    assert!(v["row_count"].as_u64().unwrap() >= 1);
    let (status, v) = app
        .sql(
            &session,
            "WITH t AS (SELECT customer_id, SUM(total) AS s FROM orders GROUP BY customer_id) \
             SELECT c.name, t.s FROM t JOIN customers c ON c.id = t.customer_id ORDER BY c.name",
        )
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"], json!([["Ada", "110.49"], ["Grace", "5.00"]]));

    // Unknown table: the database's own error, as 400 sql_error.
    let (status, v) = app.sql(&session, "SELECT * FROM no_such_table").await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["code"], "sql_error");

    app.wait_idle().await;
    let stats = app.pool_stats().await;
    let pool = stats["pools"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["database"] == db.name.as_str())
        .unwrap_or_else(|| panic!("no pool for {}: {stats}", db.name))
        .clone();
    assert_eq!(pool["driver"], "mysql");
    assert!(pool["size"].as_u64().unwrap() >= 1, "{pool}");
    assert!(!stats.to_string().contains("password"));
    app.stop().await;
}

#[tokio::test]
async fn mysql_types_round_trip_exactly() {
    let (_db, app, session) = setup().await;
    let (status, v) = app
        .sql(&session, "SELECT * FROM all_types WHERE id = 1")
        .await;
    assert_eq!(status, 200, "{v}");
    let mariadb = is_mariadb().await;
    let cols = v["columns"].as_array().unwrap();
    let row = v["rows"][0].as_array().unwrap();
    let got = |name: &str| -> (Value, Value) {
        let i = cols.iter().position(|c| c["name"] == name).unwrap();
        (cols[i]["type"].clone(), row[i].clone())
    };
    let expected: Vec<(&str, &str, Value)> = vec![
        ("id", "int", json!(1)),
        ("ti", "tinyint", json!(-128)),
        ("si", "smallint", json!(-32768)),
        ("mi", "mediumint", json!(-8388608)),
        ("i", "int", json!(-2147483648i64)),
        ("bi", "bigint", json!("9007199254740993")),
        ("ubi", "bigint", json!("18446744073709551615")),
        ("b", "tinyint", json!(1)),
        ("f", "float", json!(1.5)),
        ("d", "double", json!(2.25)),
        ("amount", "decimal", json!("12345.6700")),
        ("dt", "date", json!("2024-02-29")),
        ("dtm", "datetime", json!("2024-02-29T13:45:00")),
        ("dtm3", "datetime", json!("2024-02-29T13:45:00.123")),
        ("ts", "timestamp", json!("2024-02-29T13:45:00")),
        ("tm", "time", json!("-26:03:04")),
        ("yr", "year", json!(2024)),
        ("ch", "char", json!("abc")),
        ("vc", "varchar", json!("héllo")),
        ("tx", "text", json!("long text")),
        ("bl", "blob", json!("3q0=")),
        ("bn", "binary", json!("AQI=")),
        ("vb", "varbinary", json!("yv66vg==")),
        ("bt", "bit", json!(5)),
        ("en", "enum", json!("large")),
        ("st", "set", json!("a,c")),
        ("n", "int", Value::Null),
    ];
    for (name, ty, value) in expected {
        assert_eq!(got(name), (json!(ty), value), "column {name}");
    }
    // MariaDB keeps JSON as LONGTEXT (text back, as stored); MySQL reports JSON (a value).
    if mariadb {
        assert_eq!(got("js"), (json!("longtext"), json!("{\"k\": [1, 2]}")));
    } else {
        assert_eq!(got("js"), (json!("json"), json!({"k": [1, 2]})));
    }

    // Computed columns: the wire types of expressions.
    let (status, v) = app
        .sql(
            &session,
            "SELECT COUNT(*) AS n, SUM(total) AS s, 1.50 AS lit, CAST('2024-02-29' AS DATE) AS d, \
             NULL AS nothing, 'x' AS txt FROM orders",
        )
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(
        v["rows"],
        json!([[3, "115.49", "1.50", "2024-02-29", null, "x"]]),
        "{v}"
    );
    let types: Vec<&str> = v["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["type"].as_str().unwrap())
        .collect();
    assert_eq!(types[..4], ["bigint", "decimal", "decimal", "date"]);
    assert_eq!(types[5], "varchar");

    // The row cap cuts while reading and says so; the connection stays usable.
    let (status, v) = app
        .post(
            "/sql",
            &json!({"sql": "SELECT a.id FROM customers a, customers b, customers c", "session_id": session}),
        )
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["row_count"], 125);
    let (status, _) = app.sql(&session, "SELECT 1").await;
    assert_eq!(status, 200);
    app.stop().await;
}

#[tokio::test]
async fn mysql_row_cap_truncates_and_connection_survives() {
    let (_db, app, session) = setup_with("[exec]\nmax_rows = 7\n").await;
    let (status, v) = app
        .sql(
            &session,
            "SELECT a.id FROM customers a, customers b, customers c",
        )
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["row_count"], 7);
    assert_eq!(v["truncated"], true);
    for _ in 0..3 {
        let (status, v) = app.sql(&session, "SELECT COUNT(*) FROM orders").await;
        assert_eq!(status, 200, "{v}");
        assert_eq!(v["rows"], json!([[3]]));
    }
    app.stop().await;
}

#[tokio::test]
async fn mysql_guard_refuses_writes_and_side_effects_and_data_is_unchanged() {
    let (db, app, session) = setup().await;
    let outfile = format!("/tmp/quarry_outfile_{}", uuid::Uuid::new_v4().simple());
    let refused = [
        "INSERT INTO customers (name) VALUES ('x')".to_string(),
        "REPLACE INTO customers (id, name) VALUES (1, 'x')".into(),
        "UPDATE customers SET name = 'x'".into(),
        "DELETE FROM customers".into(),
        "DROP TABLE orders".into(),
        "CREATE TABLE z (a INT)".into(),
        "ALTER TABLE customers ADD COLUMN z INT".into(),
        "TRUNCATE TABLE orders".into(),
        "GRANT SELECT ON *.* TO 'quarry_x'@'%'".into(),
        "LOCK TABLES customers WRITE".into(),
        format!("SELECT * FROM customers INTO OUTFILE '{outfile}'"),
        "SELECT 1; DELETE FROM customers".into(),
        "SELECT 1; DROP TABLE orders".into(),
        "SET @a = 1".into(),
        "SET SESSION max_statement_time = 0".into(),
        "START TRANSACTION".into(),
        "BEGIN".into(),
        "COMMIT".into(),
        "ROLLBACK".into(),
        "SELECT SLEEP(5)".into(),
        "SELECT GET_LOCK('quarry_test', 1)".into(),
        "SELECT * FROM customers FOR UPDATE".into(),
        "CALL nothing()".into(),
        "DO SLEEP(1)".into(),
        "HANDLER customers OPEN".into(),
        "LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE customers".into(),
        "RENAME TABLE orders TO orders2".into(),
        "KILL 1".into(),
        "SELECT @a := 1".into(),
    ];
    for sql in &refused {
        let started = Instant::now();
        let (status, v) = app.sql(&session, sql).await;
        assert_eq!(status, 400, "{sql} was not refused: {v}");
        assert_eq!(v["code"], "read_only_violation", "{sql}: {v}");
        assert!(started.elapsed() < Duration::from_secs(3), "{sql} ran");
    }
    assert_eq!(db.count("customers").await, 5);
    assert_eq!(db.count("orders").await, 3);
    let mut c = db.conn().await;
    let names: Vec<String> = c
        .query("SELECT name FROM customers ORDER BY id")
        .await
        .unwrap();
    assert_eq!(names, ["Ada", "Linus", "Grace", "Alan", "Edsger"]);
    let cols: Option<i64> = c
        .query_first(format!(
            "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '{}' \
             AND TABLE_NAME = 'customers'",
            db.name
        ))
        .await
        .unwrap();
    assert_eq!(cols, Some(3));
    let tables: Option<i64> = c
        .query_first(format!(
            "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '{}'",
            db.name
        ))
        .await
        .unwrap();
    assert_eq!(tables, Some(4));
    let users: Option<i64> = c
        .query_first("SELECT COUNT(*) FROM mysql.user WHERE user = 'quarry_x'")
        .await
        .unwrap();
    assert_eq!(users, Some(0));
    c.disconnect().await.unwrap();
    assert!(!std::path::Path::new(&outfile).exists());

    // The session still answers after all the refusals.
    let (status, v) = app.sql(&session, "SELECT COUNT(*) FROM customers").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"], json!([[5]]));
    app.stop().await;
}

#[tokio::test]
async fn mysql_statement_timeout_is_504_within_the_bound_and_connection_is_reused() {
    let (db, app, session) = setup_with("[exec]\nstatement_timeout = \"1s\"\n").await;
    let mut c = db.conn().await;
    c.query_drop("CREATE TABLE nums (n INT PRIMARY KEY)")
        .await
        .unwrap();
    c.query_drop(
        "INSERT INTO nums SELECT a.id * 100 + b.id * 10 + c.id FROM \
         (SELECT 0 id UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 \
          UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) a, \
         (SELECT 0 id UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 \
          UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) b, \
         (SELECT 0 id UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 \
          UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) c",
    )
    .await
    .unwrap();
    c.disconnect().await.unwrap();

    // A billion-row cross join: read-only, and far longer than the 1 s bound.
    let slow = "SELECT COUNT(*) FROM nums a, nums b, nums c WHERE a.n + b.n + c.n >= 0";
    let started = Instant::now();
    let (status, v) = app.sql(&session, slow).await;
    let took = started.elapsed();
    assert_eq!(status, 504, "{v}");
    assert_eq!(v["code"], "statement_timeout");
    assert!(took < Duration::from_secs(4), "took {took:?}");

    // The same session (and pool) keeps working at once.
    let (status, v) = app.sql(&session, "SELECT COUNT(*) FROM nums").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"], json!([[1000]]));

    // A huge result cut at the row cap answers at once; the rest is not read (the query is
    // killed and the connection replaced), and the session keeps working.
    let started = Instant::now();
    let (status, v) = app
        .sql(&session, "SELECT a.n, b.n, c.n FROM nums a, nums b, nums c")
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["truncated"], true);
    assert!(v["row_count"].as_u64().unwrap() > 0);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    let (status, v) = app.sql(&session, "SELECT COUNT(*) FROM nums").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"], json!([[1000]]));

    // Nothing of the killed statements is left running on the server.
    let mut c = db.conn().await;
    let mut left = None;
    for _ in 0..50 {
        let n: Option<i64> = c
            .query_first(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST \
                 WHERE INFO LIKE 'SELECT COUNT(*) FROM nums a, nums b%' \
                 OR INFO LIKE 'SELECT a.n, b.n, c.n FROM nums%'",
            )
            .await
            .unwrap();
        left = n;
        if n == Some(0) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(left, Some(0));
    c.disconnect().await.unwrap();
    app.stop().await;
}

#[tokio::test]
async fn mysql_bad_credentials_are_400_without_the_password() {
    let db = MyDb::create().await;
    let app = spawn_app("").await;
    let mut body = db.connect_body();
    body["username"] = json!("no_such_user_quarry");
    body["password"] = json!("s3cret-Pa55word");
    let (status, v) = app.post("/database/connect", &body).await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["code"], "connect_failed");
    assert!(!v.to_string().contains("s3cret-Pa55word"), "{v}");

    let mut body = db.connect_body();
    body["database"] = json!("no_such_database_quarry");
    let (status, v) = app.post("/database/connect", &body).await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["code"], "connect_failed");

    // TLS required but the server has none (the test server runs without it): a clear 400.
    let mut c = mysql_async::Conn::new(admin_opts(None)).await.unwrap();
    let have_ssl: Option<(String, String)> = c
        .query_first("SHOW VARIABLES LIKE 'have_ssl'")
        .await
        .unwrap();
    c.disconnect().await.unwrap();
    let mut body = db.connect_body();
    body["sslmode"] = json!("require");
    let (status, v) = app.post("/database/connect", &body).await;
    if have_ssl.is_some_and(|(_, v)| v == "YES") {
        assert_eq!(status, 200, "{v}");
    } else {
        assert_eq!(status, 400, "{v}");
        assert_eq!(v["code"], "connect_failed");
    }
    app.stop().await;
}

/// The second line of defence, with the guard out of the way: the driver itself refuses
/// writes (read-only transaction) and stacked statements (prepared protocol), and a statement
/// whose future is dropped is killed on the server.
#[tokio::test]
async fn mysql_driver_is_read_only_without_the_guard_and_kills_dropped_statements() {
    use quarry::db::{Conn, ConnectOptions, DbError, ExecLimits, Target};
    let db = MyDb::create().await;
    let mut c = db.conn().await;
    for sql in FIXTURES {
        c.query_drop(*sql).await.unwrap();
    }
    let base = mysql_url();
    let prefix = base.rsplit_once('/').unwrap().0;
    let target = Target::from_url(&format!("{prefix}/{}", db.name)).unwrap();
    let opts = ConnectOptions {
        connect_timeout: Duration::from_secs(5),
        statement_timeout: Duration::from_secs(30),
        ..Default::default()
    };
    let limits = ExecLimits {
        max_rows: 1000,
        max_response_bytes: 1 << 20,
        statement_timeout: Duration::from_secs(30),
    };
    let mut conn = Conn::connect(&target, &opts).await.unwrap();
    for sql in [
        "INSERT INTO customers (name) VALUES ('x')",
        "UPDATE customers SET name = 'x'",
        "DELETE FROM customers",
    ] {
        let r = conn.query(sql, &limits).await;
        assert!(matches!(r, Err(DbError::ReadOnly(_))), "{sql}: {r:?}");
    }
    let r = conn.query("SELECT 1; DELETE FROM customers", &limits).await;
    assert!(matches!(r, Err(DbError::Sql { .. })), "{r:?}");
    assert_eq!(db.count("customers").await, 5);
    let rs = conn
        .query("SELECT COUNT(*) FROM customers", &limits)
        .await
        .unwrap();
    assert_eq!(rs.rows, vec![vec![json!(5)]]);

    // The optimizer's estimate, for the cost gate: a cross join multiplies.
    let one = conn
        .estimate_rows("SELECT * FROM customers")
        .await
        .unwrap()
        .unwrap();
    let three = conn
        .estimate_rows("SELECT * FROM customers a, customers b, customers c")
        .await
        .unwrap()
        .unwrap();
    assert!(
        one >= 1.0 && three >= one * one * one * 0.5,
        "{one} {three}"
    );

    // Drop a long statement mid-flight: it must disappear from the server's process list.
    let slow = "SELECT COUNT(*) FROM customers a, customers b, customers c, customers d, \
                customers e, customers f, customers g, customers h, customers i, customers j, \
                customers k, customers l, customers m WHERE SLEEP(0) = 0";
    let dropped = tokio::time::timeout(Duration::from_millis(500), conn.query(slow, &limits)).await;
    assert!(
        dropped.is_err(),
        "the statement should still have been running"
    );
    let mut running = None;
    for _ in 0..50 {
        let n: Option<i64> = c
            .query_first(format!(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = '{}' \
                 AND INFO LIKE 'SELECT COUNT(*) FROM customers a,%'",
                db.name
            ))
            .await
            .unwrap();
        running = n;
        if n == Some(0) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(running, Some(0), "the dropped statement kept running");
    assert!(
        conn.is_closed(),
        "a connection cut mid-statement must not be reused"
    );
    c.disconnect().await.unwrap();
}

/// Drops a MySQL user on every path.
struct UserGuard(String);

impl Drop for UserGuard {
    fn drop(&mut self) {
        let user = self.0.clone();
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                let drop_it = async {
                    let mut c = mysql_async::Conn::new(admin_opts(None)).await?;
                    for host in ["localhost", "127.0.0.1", "%"] {
                        c.query_drop(format!("DROP USER IF EXISTS '{user}'@'{host}'"))
                            .await?;
                    }
                    c.disconnect().await
                };
                let _ = tokio::time::timeout(Duration::from_secs(30), drop_it).await;
            });
        })
        .join();
    }
}

#[tokio::test]
async fn mysql_read_only_login_with_password_reports_cannot_write() {
    let db = MyDb::create().await;
    let user = format!("q_{}", &uuid::Uuid::new_v4().simple().to_string()[..12]);
    let _guard = UserGuard(user.clone());
    let password = "Quarry-pw-7f3a";
    let mut c = db.conn().await;
    for sql in FIXTURES {
        c.query_drop(*sql).await.unwrap();
    }
    for host in ["localhost", "127.0.0.1", "%"] {
        c.query_drop(format!(
            "CREATE USER '{user}'@'{host}' IDENTIFIED BY '{password}'"
        ))
        .await
        .unwrap();
        c.query_drop(format!(
            "GRANT SELECT ON `{}`.* TO '{user}'@'{host}'",
            db.name
        ))
        .await
        .unwrap();
    }
    c.disconnect().await.unwrap();
    let app = spawn_app("").await;
    let mut body = db.connect_body();
    body["username"] = json!(user);
    body["password"] = json!(password);
    let (status, v) = app.post("/database/connect", &body).await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["database_info"]["can_write"], false, "{v}");
    assert!(v["database_info"].get("warning").is_none(), "{v}");
    assert!(!v.to_string().contains(password));
    let session = v["session_id"].as_str().unwrap().to_string();
    let (status, v) = app.sql(&session, "SELECT COUNT(*) FROM orders").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["rows"], json!([[3]]));

    // The wrong password for the same user: 400, and never the password in the answer.
    body["password"] = json!("Wrong-pw-123");
    let (status, v) = app.post("/database/connect", &body).await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["code"], "connect_failed");
    assert!(!v.to_string().contains("Wrong-pw-123"));

    // Nothing listens: 400 within the connect timeout.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut body = db.connect_body();
    body["port"] = json!(port);
    let started = Instant::now();
    let (status, v) = app.post("/database/connect", &body).await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["code"], "connect_failed");
    assert!(started.elapsed() < Duration::from_secs(10));
    app.stop().await;
}

#[tokio::test]
async fn mysql_schema_change_is_noticed() {
    let (db, app, session) = setup().await;
    let count = |v: &Value| v["tables"].as_array().unwrap().len();
    let (status, v) = app.get(&format!("/schema?session_id={session}")).await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(count(&v), 4);
    let mut c = db.conn().await;
    c.query_drop("CREATE TABLE suppliers (id INT PRIMARY KEY, name VARCHAR(50))")
        .await
        .unwrap();
    c.query_drop("ALTER TABLE customers ADD COLUMN email VARCHAR(100)")
        .await
        .unwrap();
    c.disconnect().await.unwrap();
    let started = Instant::now();
    loop {
        let (status, v) = app.get(&format!("/schema?session_id={session}")).await;
        assert_eq!(status, 200, "{v}");
        let customers = v["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["name"] == "customers")
            .unwrap()
            .clone();
        if count(&v) == 5 && customers["columns"].as_array().unwrap().len() == 4 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(8),
            "the schema change was not noticed: {v}"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    app.stop().await;
}

/// The builtin engine's answer to `question` on a fresh database holding `fixture`.
async fn builtin_answer(fixture: &str, question: &str) -> Value {
    let db = MyDb::create().await;
    let mut c = db.conn().await;
    c.query_drop(fixture).await.unwrap();
    c.disconnect().await.unwrap();
    let app = spawn_app("").await;
    let session = app.connect(&db.connect_body()).await;
    let (status, v) = app
        .post(
            "/query",
            &json!({"question": question, "session_id": session}),
        )
        .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["engine"], "builtin", "{v}");
    v
}

#[tokio::test]
async fn mysql_relative_years_run_on_the_server() {
    let v = builtin_answer(
        "CREATE TABLE parcels (parcel_id INT PRIMARY KEY, parcel_date DATE NOT NULL);
         INSERT INTO parcels VALUES
           (1, MAKEDATE(YEAR(CURDATE()) - 1, 10)), (2, MAKEDATE(YEAR(CURDATE()) - 1, 200)),
           (3, MAKEDATE(YEAR(CURDATE()), 1)), (4, MAKEDATE(YEAR(CURDATE()) - 3, 5));",
        "How many parcels were sent last year?",
    )
    .await;
    assert_eq!(v["rows"], json!([[2]]), "{v}");
}

#[tokio::test]
async fn mysql_counts_per_year_run_on_the_server() {
    let v = builtin_answer(
        "CREATE TABLE parcels (parcel_id INT PRIMARY KEY, sent_on DATE NOT NULL);
         INSERT INTO parcels VALUES (1, '2021-03-01'), (2, '2021-11-30'), (3, '2022-01-01');",
        "How many parcels were sent each year?",
    )
    .await;
    assert_eq!(
        common::year_counts(&v),
        vec![("2021".to_string(), 2), ("2022".to_string(), 1)],
        "{v}"
    );
}
