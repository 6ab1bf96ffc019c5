//! Readings a second round of blind sets in the benchmark's own style asked for (written by
//! others, see `crates/eval/golden/README.md`), on a lighthouse schema the test makes
//! itself: "the lighthouse keepers" are keepers; "a Portuguese lighthouse" is a lighthouse
//! in Portugal, not a keeper of that nationality; "over 50 but none under 35" takes away
//! the rows under 35 alone; "the mean price per licence" of a `licence_price` is no
//! grouping; "the regattas whose name" is the regattas' name.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, fk, table, vcol};
use quarry_model::Schema;

/// Lighthouses in a country, keepers of a nationality posted to them, typefaces with a
/// price per licence, and regattas beside rowers (both with a name).
fn schema() -> Schema {
    Schema::new(vec![
        table(
            "lighthouses",
            "lighthouse_id",
            vec![
                col("lighthouse_id", "integer"),
                col("name", "text"),
                vcol("country", &["Portugal", "Spain", "France"]),
                col("height_m", "real"),
            ],
            vec![],
        ),
        table(
            "keepers",
            "keeper_id",
            vec![
                col("keeper_id", "integer"),
                col("name", "text"),
                col("age", "integer"),
                vcol("nationality", &["Portuguese", "Spanish", "French"]),
            ],
            vec![],
        ),
        table(
            "postings",
            "posting_id",
            vec![
                col("posting_id", "integer"),
                col("keeper_id", "integer"),
                col("lighthouse_id", "integer"),
                col("date_from", "date"),
            ],
            vec![
                fk("keeper_id", "keepers", "keeper_id"),
                fk("lighthouse_id", "lighthouses", "lighthouse_id"),
            ],
        ),
        table(
            "typefaces",
            "typeface_id",
            vec![
                col("typeface_id", "integer"),
                col("typeface_name", "text"),
                col("licence_price", "real"),
            ],
            vec![],
        ),
        table(
            "regattas",
            "regatta_id",
            vec![
                col("regatta_id", "integer"),
                col("regatta_name", "text"),
                col("venue", "text"),
            ],
            vec![],
        ),
        table(
            "rowers",
            "rower_id",
            vec![
                col("rower_id", "integer"),
                col("name", "text"),
                col("regatta_id", "integer"),
            ],
            vec![fk("regatta_id", "regattas", "regatta_id")],
        ),
    ])
}

/// The SQL, asserting it was given with confidence.
fn confident(q: &str) -> String {
    common::confident_sql(&schema(), q)
}

fn sql(q: &str) -> String {
    common::sql_or_declined(&schema(), q)
}

#[test]
fn a_table_name_before_another_unlinked_one_says_which_rows() {
    assert_eq!(
        confident("Find the average age of the lighthouse keepers."),
        "SELECT AVG(age) FROM keepers"
    );
}

#[test]
fn a_place_word_before_a_table_is_that_tables_place() {
    let s =
        sql("Which keepers served at a Portuguese lighthouse but not at any lighthouse in Spain?");
    assert!(s.contains("country = 'Portugal'"), "{s}");
    assert!(!s.contains("nationality"), "{s}");
}

#[test]
fn rows_taken_away_are_those_the_later_condition_picks() {
    assert_eq!(
        confident("Which nationalities have keepers older than 50 but no keepers younger than 35?"),
        "SELECT nationality FROM keepers WHERE age > 50 EXCEPT SELECT nationality FROM keepers \
         WHERE age < 35"
    );
}

#[test]
fn per_inside_a_column_name_does_not_group() {
    assert_eq!(
        confident("Compute the mean price per licence across all typefaces."),
        "SELECT AVG(licence_price) FROM typefaces"
    );
}

#[test]
fn whose_hands_the_column_to_the_rows_just_named() {
    assert_eq!(
        confident("Find the names of the regattas whose name contains the word Henley."),
        "SELECT regatta_name FROM regattas WHERE regatta_name LIKE '%Henley%'"
    );
}
