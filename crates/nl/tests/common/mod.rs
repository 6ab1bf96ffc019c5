//! A small-business schema made by the tests themselves (no data from any benchmark).

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

use quarry_model::{Column, ForeignKey, Schema, Table};

pub fn col(name: &str, ty: &str) -> Column {
    Column::new(name, ty)
}

pub fn vcol(name: &str, values: &[&str]) -> Column {
    let mut c = Column::new(name, "text");
    c.values = values.iter().map(|v| v.to_string()).collect();
    c
}

pub fn fk(column: &str, table: &str, ref_column: &str) -> ForeignKey {
    ForeignKey {
        columns: vec![column.into()],
        ref_schema: None,
        ref_table: table.into(),
        ref_columns: vec![ref_column.into()],
    }
}

/// The engine's SQLite SQL for `q` on `schema`, or "declined: <reason>", so a test's
/// assertion shows what came out either way.
pub fn sql_or_declined(schema: &Schema, q: &str) -> String {
    match quarry_nl::SchemaIndex::build(schema).translate(q, quarry_model::Dialect::Sqlite) {
        Ok(a) => a.sql,
        Err(e) => format!("declined: {}", e.reason),
    }
}

/// The engine's SQLite SQL for `q` on `schema`, asserting it was given with confidence.
pub fn confident_sql(schema: &Schema, q: &str) -> String {
    let a = quarry_nl::SchemaIndex::build(schema)
        .translate(q, quarry_model::Dialect::Sqlite)
        .unwrap();
    assert!(
        a.confidence >= quarry_nl::DEFAULT_THRESHOLD,
        "{} ({})",
        a.sql,
        a.confidence
    );
    a.sql
}

pub fn table(name: &str, pk: &str, columns: Vec<Column>, fks: Vec<ForeignKey>) -> Table {
    let mut t = Table::new(name, columns);
    t.primary_key = vec![pk.into()];
    t.foreign_keys = fks;
    t
}

pub fn shop() -> Schema {
    Schema::new(vec![
        table(
            "customers",
            "customer_id",
            vec![
                col("customer_id", "integer"),
                col("name", "text"),
                vcol("country", &["France", "Germany", "United States"]),
                vcol("city", &["Paris", "Berlin", "Boston"]),
                col("age", "integer"),
            ],
            vec![],
        ),
        table(
            "orders",
            "order_id",
            vec![
                col("order_id", "integer"),
                col("customer_id", "integer"),
                col("order_date", "date"),
                vcol("status", &["shipped", "pending", "cancelled"]),
                col("total_amount", "numeric(10,2)"),
            ],
            vec![fk("customer_id", "customers", "customer_id")],
        ),
        table(
            "order_items",
            "item_id",
            vec![
                col("item_id", "integer"),
                col("order_id", "integer"),
                col("product_id", "integer"),
                col("quantity", "integer"),
            ],
            vec![
                fk("order_id", "orders", "order_id"),
                fk("product_id", "products", "product_id"),
            ],
        ),
        table(
            "products",
            "product_id",
            vec![
                col("product_id", "integer"),
                col("name", "text"),
                col("price", "numeric(10,2)"),
                col("category_id", "integer"),
            ],
            vec![fk("category_id", "categories", "category_id")],
        ),
        table(
            "categories",
            "category_id",
            vec![
                col("category_id", "integer"),
                vcol("name", &["Toys", "Books", "Garden"]),
            ],
            vec![],
        ),
        table(
            "employees",
            "employee_id",
            vec![
                col("employee_id", "integer"),
                col("first_name", "text"),
                col("last_name", "text"),
                vcol("department", &["Sales", "Support"]),
                vcol("office_city", &["Paris", "Berlin", "Boston"]),
                col("salary", "integer"),
            ],
            vec![],
        ),
    ])
}
