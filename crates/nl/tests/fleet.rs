//! Readings the second round of everyday golden sets asked for (written blind by others, see
//! `crates/eval/golden/README.md`), each on a car-rental schema the test makes itself: a month
//! of a year against a date, "don't have" as an empty column, "names" of people kept in two
//! columns, "never" before a stored state, a word naming the table of the column after it
//! rather than a status value, and a second sentence that says which label to show; and, on
//! mechanics with two dates, "oldest" by a date, a unit after a number, "who ... most
//! recently hired", and "when" among two dates.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, fk, table, vcol};
use quarry_model::{Dialect, Schema};
use quarry_nl::{SchemaIndex, DEFAULT_THRESHOLD};

/// Cars with a status whose values are everyday words ("rented", "maintenance"), customers
/// named in two columns, rentals, and maintenance records with one date.
fn fleet() -> Schema {
    let mut email = col("email", "text");
    email.nullable = true;
    Schema::new(vec![
        table(
            "cars",
            "id",
            vec![
                col("id", "integer"),
                vcol("make", &["Tesla", "Ford", "Skoda"]),
                col("model", "text"),
                vcol("status", &["available", "rented", "maintenance"]),
                col("daily_rate", "real"),
                col("is_automatic", "integer"),
            ],
            vec![],
        ),
        table(
            "customers",
            "id",
            vec![
                col("id", "integer"),
                col("first_name", "text"),
                col("last_name", "text"),
                vcol("city", &["Leeds", "York"]),
                email,
            ],
            vec![],
        ),
        table(
            "rentals",
            "id",
            vec![
                col("id", "integer"),
                col("car_id", "integer"),
                col("customer_id", "integer"),
                col("total_price", "real"),
            ],
            vec![
                fk("car_id", "cars", "id"),
                fk("customer_id", "customers", "id"),
            ],
        ),
        table(
            "maintenance_records",
            "id",
            vec![
                col("id", "integer"),
                col("car_id", "integer"),
                col("service_date", "date"),
                col("cost", "real"),
            ],
            vec![fk("car_id", "cars", "id")],
        ),
    ])
}

fn sql(q: &str) -> String {
    common::sql_or_declined(&fleet(), q)
}

#[test]
fn a_month_of_a_year_is_a_range_of_dates() {
    assert_eq!(
        sql("How many maintenance records are there in March 2024?"),
        "SELECT COUNT(*) FROM maintenance_records WHERE service_date >= '2024-03-01' \
         AND service_date < '2024-04-01'"
    );
    // The edges follow the cue: before the month, after it, and December into January.
    assert!(
        sql("How many maintenance records are from before March 2024?")
            .ends_with("WHERE service_date < '2024-03-01'"),
        "{}",
        sql("How many maintenance records are from before March 2024?")
    );
    assert!(sql("Count the maintenance records after Dec 2023.")
        .ends_with("WHERE service_date >= '2024-01-01'"));
}

#[test]
fn do_not_have_a_column_is_that_column_left_empty() {
    assert_eq!(
        sql("Which customers don't have an email?"),
        "SELECT first_name, last_name FROM customers WHERE email IS NULL"
    );
}

#[test]
fn names_of_people_are_both_name_columns() {
    assert_eq!(
        sql("Give the names of customers living in Leeds."),
        "SELECT first_name, last_name FROM customers WHERE city = 'Leeds'"
    );
}

#[test]
fn never_before_a_stored_state_is_not_that_state() {
    // "never been rented" speaks of rentals ever made; `status <> 'rented'` would list cars
    // rented before and back now.
    let s = sql("Which cars have never been rented?");
    assert!(!s.contains("<> 'rented'"), "{s}");
}

#[test]
fn a_word_naming_the_next_columns_table_is_no_status() {
    // "maintenance" is a status of cars, and also names the table the cost is kept in.
    assert_eq!(
        sql("What is the total maintenance cost for each make?"),
        "SELECT T1.make, SUM(T2.cost) FROM cars AS T1 JOIN maintenance_records AS T2 \
         ON T1.id = T2.car_id GROUP BY T1.make"
    );
}

#[test]
fn a_sentence_naming_the_label_of_each_group_was_asked_for() {
    // The last name is shown because the second sentence asks for it: not a guess.
    let index = SchemaIndex::build(&fleet());
    let q = "How many rentals does each customer have? Show the customer's last name.";
    let (answer, notes) = index.translate_with_notes(q, Dialect::Sqlite);
    let answer = answer.unwrap();
    assert_eq!(
        answer.sql,
        "SELECT T2.last_name, COUNT(*) FROM rentals AS T1 JOIN customers AS T2 \
         ON T1.customer_id = T2.id GROUP BY T2.id"
    );
    assert!(
        !notes.iter().any(|n| n.starts_with("select_unlisted")),
        "{notes:?}"
    );
    assert!(
        answer.confidence >= DEFAULT_THRESHOLD,
        "{}",
        answer.confidence
    );
}

/// The fleet's mechanics: a hire date, a birth date, a weight in kilograms, and the
/// mechanic each reports to.
fn garage() -> Schema {
    Schema::new(vec![table(
        "mechanics",
        "id",
        vec![
            col("id", "integer"),
            col("name", "text"),
            col("hire_date", "date"),
            col("birth_date", "date"),
            col("weight_kg", "real"),
            col("supervisor_id", "integer"),
        ],
        vec![fk("supervisor_id", "mechanics", "id")],
    )])
}

#[test]
fn the_oldest_by_a_date_has_the_earliest() {
    assert_eq!(
        common::sql_or_declined(&garage(), "When was the oldest mechanic born?"),
        "SELECT birth_date FROM mechanics ORDER BY birth_date ASC LIMIT 1"
    );
}

#[test]
fn a_unit_after_the_number_names_the_compared_column_not_one_to_show() {
    assert_eq!(
        common::sql_or_declined(&garage(), "Which mechanics weigh more than 90 kg?"),
        "SELECT name FROM mechanics WHERE weight_kg > 90"
    );
}

#[test]
fn who_was_hired_most_recently_is_a_person() {
    // The verb names the date that ranks; "who" asks for the person, at any threshold.
    let index = SchemaIndex::build(&garage());
    let answer = index
        .translate("Who is the most recently hired mechanic?", Dialect::Sqlite)
        .unwrap();
    assert_eq!(
        answer.sql,
        "SELECT name FROM mechanics ORDER BY hire_date DESC LIMIT 1"
    );
}

#[test]
fn the_top_n_by_a_number_of_related_rows_counts_them_per_row() {
    assert_eq!(
        sql("List the top 2 customers by number of rentals."),
        "SELECT T1.first_name, T1.last_name FROM customers AS T1 JOIN rentals AS T2 \
         ON T1.id = T2.customer_id GROUP BY T1.id ORDER BY COUNT(*) DESC LIMIT 2"
    );
    // Ordered by such a number with nothing yet shown: still one group per customer.
    let s = sql("List customers sorted by the count of rentals.");
    assert!(s.ends_with("GROUP BY T1.id ORDER BY COUNT(*) ASC"), "{s}");
}

#[test]
fn each_year_groups_by_the_year_of_the_date() {
    let index = SchemaIndex::build(&fleet());
    let q = "How many maintenance records are there per year?";
    let in_dialect = |d: Dialect| index.translate(q, d).unwrap().sql;
    assert_eq!(
        in_dialect(Dialect::Sqlite),
        "SELECT strftime('%Y', service_date), COUNT(*) FROM maintenance_records \
         GROUP BY strftime('%Y', service_date)"
    );
    assert!(in_dialect(Dialect::Postgres).contains("GROUP BY EXTRACT(YEAR FROM service_date)"));
    assert!(in_dialect(Dialect::Mysql).contains("GROUP BY YEAR(service_date)"));
    // The total of a number per year, the year shown first.
    assert_eq!(
        sql("What is the total cost of maintenance records each year?"),
        "SELECT strftime('%Y', service_date), SUM(cost) FROM maintenance_records \
         GROUP BY strftime('%Y', service_date)"
    );
}

#[test]
fn who_answered_by_a_reference_alone_declines() {
    // The supervisor is another mechanic's row; `supervisor_id` is not who they are.
    let s = common::sql_or_declined(&garage(), "Who is Ann's supervisor?");
    assert!(s.starts_with("declined"), "{s}");
}

#[test]
fn a_year_after_from_is_the_year_columns_value() {
    let vans = Schema::new(vec![table(
        "vans",
        "id",
        vec![
            col("id", "integer"),
            col("make", "text"),
            col("model", "text"),
            col("year", "integer"),
        ],
        vec![],
    )]);
    assert_eq!(
        common::sql_or_declined(&vans, "Show the make and model of vans from 2023."),
        "SELECT make, model FROM vans WHERE \"year\" = 2023"
    );
}

#[test]
fn a_flag_said_as_an_adverb_is_true() {
    assert_eq!(
        sql("How many cars shift automatically?"),
        "SELECT COUNT(*) FROM cars WHERE is_automatic = '1'"
    );
}

#[test]
fn no_referred_row_is_the_reference_left_empty() {
    let mut trainer_id = col("trainer_id", "integer");
    trainer_id.nullable = true;
    let gym = Schema::new(vec![
        table(
            "trainers",
            "id",
            vec![col("id", "integer"), col("name", "text")],
            vec![],
        ),
        table(
            "classes",
            "id",
            vec![col("id", "integer"), col("name", "text"), trainer_id],
            vec![fk("trainer_id", "trainers", "id")],
        ),
    ]);
    // Not `trainer_id NOT IN (SELECT id FROM trainers)`, true of no row.
    assert_eq!(
        common::sql_or_declined(&gym, "Which classes don't have a trainer?"),
        "SELECT name FROM classes WHERE trainer_id IS NULL"
    );
}

#[test]
fn the_lowest_of_a_tables_column_is_a_value() {
    // "buyer" only says whose budget: the lowest budget, not the buyer who has it.
    let agency = Schema::new(vec![table(
        "buyers",
        "id",
        vec![
            col("id", "integer"),
            col("name", "text"),
            col("budget", "integer"),
        ],
        vec![],
    )]);
    assert_eq!(
        common::sql_or_declined(&agency, "What is the lowest buyer budget?"),
        "SELECT MIN(budget) FROM buyers"
    );
    assert_eq!(
        common::sql_or_declined(&agency, "Which buyer has the lowest budget?"),
        "SELECT name FROM buyers ORDER BY budget ASC LIMIT 1"
    );
}

#[test]
fn rows_asked_for_are_not_grouped_by_a_column_half_named() {
    let box_office = Schema::new(vec![
        table(
            "shows",
            "id",
            vec![
                col("id", "integer"),
                col("title", "text"),
                col("sold_out", "integer"),
            ],
            vec![],
        ),
        table(
            "tickets",
            "id",
            vec![col("id", "integer"), col("show_id", "integer")],
            vec![fk("show_id", "shows", "id")],
        ),
    ]);
    // "sold" names half of `sold_out`; the shows are what is asked for, not its values.
    for q in [
        "Which shows have sold more than 10 tickets?",
        "Which 3 shows have sold the most tickets?",
    ] {
        let s = common::sql_or_declined(&box_office, q);
        assert!(!s.contains("sold_out"), "{q}: {s}");
    }
}
