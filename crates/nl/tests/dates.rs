//! Years and full dates against date columns: "in 2023", "after 2020", "before 2023-05-01",
//! "ordered before 2021-03-15" (the verb names the column); rows ranked by a date ("the first
//! parcel", "the oldest warden", "the most recent booking"). On schemas the tests make
//! themselves, where one table has two date columns.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, fk, table};
use quarry_model::{Dialect, Schema};
use quarry_nl::SchemaIndex;

/// Parcels with a sent and a delivered date, and couriers with a start date.
fn post() -> Schema {
    Schema::new(vec![
        table(
            "couriers",
            "courier_id",
            vec![
                col("courier_id", "integer"),
                col("name", "text"),
                col("start_date", "date"),
            ],
            vec![],
        ),
        table(
            "parcels",
            "parcel_id",
            vec![
                col("parcel_id", "integer"),
                col("courier_id", "integer"),
                col("parcel_date", "date"),
                col("delivered_date", "date"),
                col("weight", "real"),
            ],
            vec![fk("courier_id", "couriers", "courier_id")],
        ),
    ])
}

fn sql(q: &str) -> String {
    let idx = SchemaIndex::build(&post());
    idx.translate(q, Dialect::Sqlite)
        .unwrap_or_else(|e| panic!("{q}: declined: {}", e.reason))
        .sql
}

#[test]
fn in_a_year_over_the_table_s_own_date_column() {
    // Two date columns: the one named after its table is the table's date.
    assert_eq!(
        sql("How many parcels were sent in 2023?"),
        "SELECT COUNT(*) FROM parcels WHERE parcel_date >= '2023-01-01' AND parcel_date < '2024-01-01'"
    );
}

#[test]
fn a_year_compared_with_a_date_column_is_its_edge() {
    assert_eq!(
        sql("Show the names of couriers with start date after 2020."),
        "SELECT name FROM couriers WHERE start_date >= '2021-01-01'"
    );
    assert_eq!(
        sql("How many couriers have a start date before 2015?"),
        "SELECT COUNT(*) FROM couriers WHERE start_date < '2015-01-01'"
    );
}

#[test]
fn the_earliest_row_by_the_table_s_own_date() {
    assert_eq!(
        sql("Which parcel is the earliest? Show its weight."),
        "SELECT weight FROM parcels ORDER BY parcel_date ASC LIMIT 1"
    );
}

#[test]
fn last_year_and_this_year_are_computed_by_the_database() {
    let idx = SchemaIndex::build(&post());
    let expected = [
        (
            Dialect::Sqlite,
            "parcel_date >= date('now', 'start of year', '-1 years') AND parcel_date < date('now', 'start of year', '+0 years')",
        ),
        (
            Dialect::Postgres,
            "parcel_date >= CAST(date_trunc('year', CURRENT_DATE) + INTERVAL '-1 years' AS date) AND parcel_date < CAST(date_trunc('year', CURRENT_DATE) + INTERVAL '0 years' AS date)",
        ),
        (
            Dialect::Mysql,
            "parcel_date >= MAKEDATE(YEAR(CURDATE()) + (-1), 1) AND parcel_date < MAKEDATE(YEAR(CURDATE()) + (0), 1)",
        ),
    ];
    for (d, range) in expected {
        let a = idx
            .translate("How many parcels were sent last year?", d)
            .unwrap();
        assert_eq!(a.sql, format!("SELECT COUNT(*) FROM parcels WHERE {range}"));
        // What the engine says runs under the read-only guard of every dialect.
        assert!(quarry_guard::check(&a.sql, d).is_ok(), "{d:?}: {}", a.sql);
    }
    assert!(sql("How many parcels were sent this year?").contains("'+1 years'"));
}

#[test]
fn a_relative_year_without_a_date_column_declines() {
    let schema = Schema::new(vec![table(
        "boxes",
        "box_id",
        vec![col("box_id", "integer"), col("label", "text")],
        vec![],
    )]);
    let idx = SchemaIndex::build(&schema);
    assert!(idx
        .translate("How many boxes were made last year?", Dialect::Sqlite)
        .is_err());
}

#[test]
fn a_full_date_compares_with_the_date_column_named_before_it() {
    // Written out or quoted, with or without a time: one value, not a year and two numbers.
    assert_eq!(
        sql("How many parcels have a delivered date before 2023-05-01?"),
        "SELECT COUNT(*) FROM parcels WHERE delivered_date < '2023-05-01'"
    );
    assert_eq!(
        sql("Show the names of couriers with start date after '2021-03-15 08:30:00'."),
        "SELECT name FROM couriers WHERE start_date > '2021-03-15 08:30:00'"
    );
    assert_eq!(
        sql("How many parcels have a delivered date later than 2023-05-01?"),
        "SELECT COUNT(*) FROM parcels WHERE delivered_date > '2023-05-01'"
    );
    // A word for a date between the cue and the value.
    assert_eq!(
        sql("How many parcels have a delivered date after the day 2023-05-01?"),
        "SELECT COUNT(*) FROM parcels WHERE delivered_date > '2023-05-01'"
    );
    // No date column named: the table's one date column.
    assert_eq!(
        sql("Show the names of couriers since 2022-01-10."),
        "SELECT name FROM couriers WHERE start_date >= '2022-01-10'"
    );
}

#[test]
fn the_oldest_is_the_earliest_born_among_several_dates() {
    let wardens = Schema::new(vec![table(
        "wardens",
        "warden_id",
        vec![
            col("warden_id", "integer"),
            col("name", "text"),
            col("hired_on", "date"),
            col("birth_date", "date"),
        ],
        vec![],
    )]);
    let sql = |q: &str| common::sql_or_declined(&wardens, q);
    assert_eq!(
        sql("What is the name of the oldest warden?"),
        "SELECT name FROM wardens ORDER BY birth_date ASC LIMIT 1"
    );
    assert_eq!(
        sql("What is the name of the youngest warden?"),
        "SELECT name FROM wardens ORDER BY birth_date DESC LIMIT 1"
    );
}

#[test]
fn the_first_or_last_row_of_a_table_is_by_its_date() {
    assert_eq!(
        sql("What is the weight of the first parcel?"),
        "SELECT weight FROM parcels ORDER BY parcel_date ASC LIMIT 1"
    );
    assert_eq!(
        sql("What is the weight of the last parcel?"),
        "SELECT weight FROM parcels ORDER BY parcel_date DESC LIMIT 1"
    );
}

#[test]
fn the_most_recent_row_among_a_start_and_an_end_date_is_by_its_start() {
    let bookings = Schema::new(vec![
        table(
            "guests",
            "visitor_no",
            vec![col("visitor_no", "integer"), col("name", "text")],
            vec![],
        ),
        table(
            "bookings",
            "reservation_no",
            vec![
                col("reservation_no", "integer"),
                col("visitor_no", "integer"),
                col("check_out", "date"),
                col("start_day", "date"),
            ],
            vec![fk("visitor_no", "guests", "visitor_no")],
        ),
    ]);
    let sql = |q: &str| common::sql_or_declined(&bookings, q);
    assert_eq!(
        sql("Which guest made the most recent booking?"),
        "SELECT T1.name FROM guests AS T1 JOIN bookings AS T2 ON T1.visitor_no = T2.visitor_no ORDER BY T2.start_day DESC LIMIT 1"
    );
}

#[test]
fn a_date_after_a_verb_compares_with_the_date_column_the_verb_names() {
    let shop = Schema::new(vec![
        table(
            "products",
            "product_id",
            vec![col("product_id", "integer"), col("product_name", "text")],
            vec![],
        ),
        table(
            "orders",
            "order_id",
            vec![col("order_id", "integer"), col("order_date", "date")],
            vec![],
        ),
        table(
            "order_lines",
            "line_id",
            vec![
                col("line_id", "integer"),
                col("order_id", "integer"),
                col("product_id", "integer"),
            ],
            vec![
                fk("order_id", "orders", "order_id"),
                fk("product_id", "products", "product_id"),
            ],
        ),
    ]);
    // Products keep no date: "ordered" names `order_date`, two joins away.
    assert_eq!(
        common::sql_or_declined(&shop, "List the names of products ordered before 2021-03-15."),
        "SELECT T1.product_name FROM products AS T1 JOIN order_lines AS T2 ON T1.product_id = \
         T2.product_id JOIN orders AS T3 ON T2.order_id = T3.order_id WHERE T3.order_date < '2021-03-15'"
    );
}

#[test]
fn a_year_with_no_column_in_play_is_the_linking_tables_year() {
    let club = Schema::new(vec![
        table(
            "riders",
            "rider_id",
            vec![col("rider_id", "integer"), col("rider_name", "text")],
            vec![],
        ),
        table(
            "mentors",
            "mentor_id",
            vec![col("mentor_id", "integer"), col("mentor_name", "text")],
            vec![],
        ),
        table(
            "rider_mentors",
            "rider_id",
            vec![
                col("rider_id", "integer"),
                col("mentor_id", "integer"),
                col("start_year", "integer"),
            ],
            vec![
                fk("rider_id", "riders", "rider_id"),
                fk("mentor_id", "mentors", "mentor_id"),
            ],
        ),
    ]);
    // Declined before: neither riders nor mentors keep a year; the pairing does.
    let sql = common::sql_or_declined(
        &club,
        "Show the names of riders with a mentor starting after 2011.",
    );
    assert!(sql.contains(".start_year > 2011"), "{sql}");
}

#[test]
fn the_first_row_is_ordered_by_the_time_column_the_question_names() {
    let office = Schema::new(vec![table(
        "grievances",
        "grievance_id",
        vec![
            col("grievance_id", "integer"),
            col("date_grievance_filed", "date"),
            col("date_grievance_resolved", "date"),
        ],
        vec![],
    )]);
    // Two dates: the one the question names ("filed") orders the grievances.
    assert_eq!(
        common::sql_or_declined(
            &office,
            "Tell me the date when the first grievance was filed."
        ),
        "SELECT date_grievance_filed FROM grievances ORDER BY date_grievance_filed ASC LIMIT 1"
    );
    // Asked in order, not for one row.
    assert!(!common::sql_or_declined(
        &office,
        "List the filing dates of grievances from the latest to the earliest."
    )
    .contains("LIMIT 1"));
}

#[test]
fn the_newest_row_is_the_latest_founded() {
    let towns = Schema::new(vec![table(
        "academies",
        "academy_id",
        vec![
            col("academy_id", "integer"),
            col("academy_name", "text"),
            col("founded", "integer"),
        ],
        vec![],
    )]);
    // No date and no age: the founding year says which is newest.
    assert_eq!(
        common::sql_or_declined(&towns, "What is the name of the newest academy?"),
        "SELECT academy_name FROM academies ORDER BY founded DESC LIMIT 1"
    );
}

#[test]
fn a_text_column_named_as_a_date_holds_dates() {
    // SQLite has no date type: many schemas keep ISO dates in text columns.
    let club = |values: &[&str]| {
        let mut joined = col("joined_date", "text");
        joined.values = values.iter().map(|v| v.to_string()).collect();
        Schema::new(vec![table(
            "rowers",
            "rower_id",
            vec![
                col("rower_id", "integer"),
                col("rower_name", "text"),
                joined,
            ],
            vec![],
        )])
    };
    let sql_on = |schema: &Schema, q: &str| common::sql_or_declined(schema, q);
    let unknown = club(&[]);
    assert_eq!(
        sql_on(&unknown, "How many rowers joined after 2024-06-30?"),
        "SELECT COUNT(*) FROM rowers WHERE joined_date > '2024-06-30'"
    );
    assert_eq!(
        sql_on(&unknown, "How many rowers joined in 2023?"),
        "SELECT COUNT(*) FROM rowers WHERE joined_date >= '2023-01-01' AND joined_date < '2024-01-01'"
    );
    let iso = club(&["2023-04-01", "2024-07-15 10:00:00"]);
    assert_eq!(
        sql_on(&iso, "How many rowers joined after 2024-06-30?"),
        "SELECT COUNT(*) FROM rowers WHERE joined_date > '2024-06-30'"
    );
    // "_on" and "_at" after a participle name when something was done.
    let logged = Schema::new(vec![table(
        "alarms",
        "alarm_id",
        vec![
            col("alarm_id", "integer"),
            col("alarm_zone", "text"),
            col("raised_at", "text"),
        ],
        vec![],
    )]);
    assert_eq!(
        sql_on(&logged, "How many alarms were raised in 2022?"),
        "SELECT COUNT(*) FROM alarms WHERE raised_at >= '2022-01-01' AND raised_at < '2023-01-01'"
    );
    // Dates written another way do not compare in date order as text.
    let written = club(&["April 1, 2023", "July 15, 2024"]);
    assert!(
        sql_on(&written, "How many rowers joined after 2024-06-30?").starts_with("declined"),
        "{}",
        sql_on(&written, "How many rowers joined after 2024-06-30?")
    );
}

#[test]
fn a_year_after_a_verb_ranges_over_the_date_column_the_verb_names() {
    // Parcels keep a sent and a delivered date: "delivered in 2023" is the delivered one.
    assert_eq!(
        sql("How many parcels were delivered in 2023?"),
        "SELECT COUNT(*) FROM parcels WHERE delivered_date >= '2023-01-01' AND delivered_date < \
         '2024-01-01'"
    );
}

#[test]
fn last_year_after_a_verb_ranges_over_the_date_column_the_verb_names() {
    assert_eq!(
        sql("How many parcels were delivered last year?"),
        "SELECT COUNT(*) FROM parcels WHERE delivered_date >= date('now', 'start of year', '-1 years') \
         AND delivered_date < date('now', 'start of year', '+0 years')"
    );
}
