//! One test per construction the engine can say, on a schema the test makes itself.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use quarry_model::Dialect;
use quarry_nl::{SchemaIndex, DEFAULT_THRESHOLD};

fn sql(q: &str) -> String {
    let idx = SchemaIndex::build(&common::shop());
    match idx.translate(q, Dialect::Postgres) {
        Ok(a) => {
            assert!((0.0..=1.0).contains(&a.confidence), "{q}: {}", a.confidence);
            assert!(!a.explanation.is_empty());
            quarry_guard::check(&a.sql, Dialect::Postgres)
                .unwrap_or_else(|e| panic!("{q}: guard refused {}: {e}", a.sql));
            a.sql
        }
        Err(e) => panic!("{q}: declined: {}", e.reason),
    }
}

fn confident(q: &str) -> String {
    let idx = SchemaIndex::build(&common::shop());
    let a = idx.translate(q, Dialect::Postgres).unwrap();
    assert!(
        a.confidence >= DEFAULT_THRESHOLD,
        "{q}: confidence {} below the threshold for {}",
        a.confidence,
        a.sql
    );
    a.sql
}

#[test]
fn count() {
    assert_eq!(
        confident("how many customers"),
        "SELECT COUNT(*) FROM customers"
    );
    // Loose matching: case, plural, underscores.
    assert_eq!(
        confident("How many Customers?"),
        "SELECT COUNT(*) FROM customers"
    );
    assert_eq!(
        confident("how many order_items"),
        "SELECT COUNT(*) FROM order_items"
    );
    assert_eq!(
        confident("How many order items are there?"),
        "SELECT COUNT(*) FROM order_items"
    );
}

#[test]
fn list_and_top_n() {
    assert_eq!(
        confident("show customers"),
        "SELECT * FROM customers LIMIT 100"
    );
    assert_eq!(
        confident("list order_items"),
        "SELECT * FROM order_items LIMIT 100"
    );
    // "all" asks for every row, not a preview.
    assert_eq!(confident("Show all customers."), "SELECT * FROM customers");
    assert_eq!(
        confident("top 5 products by price"),
        "SELECT name FROM products ORDER BY price DESC LIMIT 5"
    );
}

#[test]
fn aggregates() {
    assert_eq!(
        confident("average price of products"),
        "SELECT AVG(price) FROM products"
    );
    assert_eq!(
        confident("max price in products"),
        "SELECT MAX(price) FROM products"
    );
    assert_eq!(
        confident("minimum salary of employees"),
        "SELECT MIN(salary) FROM employees"
    );
    assert_eq!(
        confident("sum of total amount in orders"),
        "SELECT SUM(total_amount) FROM orders"
    );
}

#[test]
fn filter_by_value() {
    assert_eq!(
        confident("How many orders were shipped?"),
        "SELECT COUNT(*) FROM orders WHERE \"status\" = 'shipped'"
    );
    let s = sql("orders from France");
    assert!(s.contains("JOIN customers"), "{s}");
    assert!(s.contains("country = 'France'"), "{s}");
    assert_eq!(
        confident("List the names of customers in Paris or Berlin"),
        "SELECT name FROM customers WHERE city IN ('Paris', 'Berlin')"
    );
    assert_eq!(
        confident("names of customers older than 30"),
        "SELECT name FROM customers WHERE age > 30"
    );
    assert_eq!(
        sql("customers whose name contains 'an'"),
        "SELECT name FROM customers WHERE name LIKE '%an%'"
    );
}

#[test]
fn dates_by_year() {
    assert_eq!(
        sql("How many orders in 2023?"),
        "SELECT COUNT(*) FROM orders WHERE order_date >= '2023-01-01' AND order_date < '2024-01-01'"
    );
    assert_eq!(
        sql("How many orders were placed before 2010?"),
        "SELECT COUNT(*) FROM orders WHERE order_date < '2010-01-01'"
    );
}

#[test]
fn group_by() {
    assert_eq!(
        confident("how many customers are from each country"),
        "SELECT country, COUNT(*) FROM customers GROUP BY country"
    );
    let s = sql("average price of products per category");
    assert!(s.contains("AVG(T1.price)") && s.contains("GROUP BY"), "{s}");
}

#[test]
fn having() {
    // Answered, though joins keep it below the default threshold (see the eval report).
    let s = sql("names of customers with more than 3 orders");
    assert_eq!(
        s,
        "SELECT T1.name FROM customers AS T1 JOIN orders AS T2 ON T1.customer_id = \
         T2.customer_id GROUP BY T1.customer_id HAVING COUNT(*) > 3"
    );
    // "How many" of the grouped rows counts the groups that pass, one number; not each
    // group's own count.
    assert_eq!(
        sql("How many customers placed at least 2 orders?"),
        "SELECT COUNT(*) FROM customers WHERE customer_id IN (SELECT T1.customer_id FROM \
         customers AS T1 JOIN orders AS T2 ON T1.customer_id = T2.customer_id GROUP BY \
         T1.customer_id HAVING COUNT(*) >= 2)"
    );
    // A count per group stays one: "for each customer" shows every group's count.
    let s = sql("How many orders does each customer have?");
    assert!(s.contains("GROUP BY"), "{s}");
}

#[test]
fn superlative() {
    assert_eq!(
        confident("which product has the highest price"),
        "SELECT name FROM products ORDER BY price DESC LIMIT 1"
    );
    let s = sql("Which customer has the most orders?");
    assert!(s.ends_with("ORDER BY COUNT(*) DESC LIMIT 1"), "{s}");
}

#[test]
fn join_two_and_three_tables() {
    let two = sql("What are the names of products in the Toys category?");
    assert_eq!(
        two,
        "SELECT T1.name FROM products AS T1 JOIN categories AS T2 ON T1.category_id = \
         T2.category_id WHERE T2.name = 'Toys'"
    );
    let three = sql("How many order items are from customers in France?");
    assert_eq!(three.matches(" JOIN ").count(), 2, "{three}");
    assert!(three.contains("country = 'France'"), "{three}");
}

#[test]
fn negation() {
    assert_eq!(
        confident("names of customers who have no orders"),
        "SELECT name FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM orders WHERE customer_id IS NOT NULL)"
    );
    assert_eq!(
        sql("first and last names of employees not in Sales"),
        "SELECT first_name, last_name FROM employees WHERE department <> 'Sales'"
    );
}

#[test]
fn nested_average() {
    assert_eq!(
        sql("employees earning more than the average salary"),
        "SELECT first_name, last_name FROM employees WHERE salary > \
         (SELECT AVG(salary) FROM employees)"
    );
}

#[test]
fn set_operation() {
    assert_eq!(
        confident(
            "Which office cities have both employees in the Sales department and employees in \
             the Support department?"
        ),
        "SELECT office_city FROM employees WHERE department = 'Sales' INTERSECT \
         SELECT office_city FROM employees WHERE department = 'Support'"
    );
}

#[test]
fn decline() {
    let idx = SchemaIndex::build(&common::shop());
    for q in ["what is the meaning of life", "", "   ", "??"] {
        match idx.translate(q, Dialect::Postgres) {
            Err(e) => assert!(!e.reason.is_empty()),
            Ok(a) => assert!(a.confidence < DEFAULT_THRESHOLD, "{q}: {}", a.sql),
        }
    }
}

#[test]
fn dialect_quoting() {
    let idx = SchemaIndex::build(&common::shop());
    let q = "How many orders were shipped?";
    let my = idx.translate(q, Dialect::Mysql).unwrap().sql;
    assert_eq!(my, "SELECT COUNT(*) FROM orders WHERE `status` = 'shipped'");
    let lite = idx.translate(q, Dialect::Sqlite).unwrap().sql;
    assert_eq!(
        lite,
        "SELECT COUNT(*) FROM orders WHERE \"status\" = 'shipped'"
    );
}

#[test]
fn deterministic() {
    let a = SchemaIndex::build(&common::shop());
    let b = SchemaIndex::build(&common::shop());
    let q = "average price of products per category";
    assert_eq!(
        a.translate(q, Dialect::Postgres),
        b.translate(q, Dialect::Postgres)
    );
}

#[test]
fn a_table_named_after_its_number_column_is_counted_by_the_sum() {
    let tally = quarry_model::Schema::new(vec![
        common::table(
            "academies",
            "academy_id",
            vec![
                common::col("academy_id", "integer"),
                common::vcol("academy_name", &["Ridge College", "Lake College"]),
            ],
            vec![],
        ),
        common::table(
            "medals",
            "medal_row_id",
            vec![
                common::col("medal_row_id", "integer"),
                common::col("academy_id", "integer"),
                common::col("term_year", "integer"),
                common::col("medals", "integer"),
            ],
            vec![common::fk("academy_id", "academies", "academy_id")],
        ),
    ]);
    // Each row keeps how many medals an academy won in a term year: a sum, not a count of rows.
    assert_eq!(
        common::sql_or_declined(
            &tally,
            "How many medals were won by Ridge College in term year 2020?"
        ),
        "SELECT SUM(T1.medals) FROM medals AS T1 JOIN academies AS T2 ON T1.academy_id = \
         T2.academy_id WHERE T1.term_year = 2020 AND T2.academy_name = 'Ridge College'"
    );
}
