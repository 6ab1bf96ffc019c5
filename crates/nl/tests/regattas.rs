//! Readings three blind sets in the benchmark's own style asked for (written by others, see
//! `crates/eval/golden/README.md`), on a schema of harvests and rowing the test makes
//! itself: one column two unrelated tables both hold, asked of both ("countries that have
//! both clubs and regattas", "... clubs but no regatta", "... a club or a regatta") is a
//! set operation of the two lists, not a join; "over all shifts" and "across every shift"
//! are the rows summed, not a bound or one group per row; "from longest to shortest" orders
//! the largest first; "boat class 4x" is a code, not the number 4; and "clubs that have
//! results but never finished first" keeps only clubs with a result.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, fk, table, vcol};
use quarry_model::Schema;

/// Clubs and regattas, each in a country, linked only through races and results; cities
/// hosting competitions; pickers working harvest shifts.
fn schema() -> Schema {
    Schema::new(vec![
        table(
            "clubs",
            "club_id",
            vec![
                col("club_id", "integer"),
                col("club_name", "text"),
                col("country", "text"),
            ],
            vec![],
        ),
        table(
            "regattas",
            "regatta_id",
            vec![
                col("regatta_id", "integer"),
                col("regatta_name", "text"),
                col("country", "text"),
            ],
            vec![],
        ),
        table(
            "races",
            "race_id",
            vec![
                col("race_id", "integer"),
                col("regatta_id", "integer"),
                col("distance", "integer"),
            ],
            vec![fk("regatta_id", "regattas", "regatta_id")],
        ),
        table(
            "race_results",
            "result_id",
            vec![
                col("result_id", "integer"),
                col("race_id", "integer"),
                col("club_id", "integer"),
                col("position", "integer"),
            ],
            vec![
                fk("race_id", "races", "race_id"),
                fk("club_id", "clubs", "club_id"),
            ],
        ),
        table(
            "boat_classes",
            "class_code",
            vec![
                vcol("class_code", &["1x", "2x", "4x", "8+"]),
                col("class_description", "text"),
                col("crew_size", "integer"),
            ],
            vec![],
        ),
        table(
            "shows",
            "show_id",
            vec![
                col("show_id", "integer"),
                col("title", "text"),
                col("running_minutes", "integer"),
            ],
            vec![],
        ),
        table(
            "city",
            "city_id",
            vec![
                col("city_id", "integer"),
                col("official_name", "text"),
                col("country", "text"),
            ],
            vec![],
        ),
        table(
            "competition",
            "competition_id",
            vec![
                col("competition_id", "integer"),
                col("host_city_id", "integer"),
                col("theme", "text"),
            ],
            vec![fk("host_city_id", "city", "city_id")],
        ),
        table(
            "harvest_shifts",
            "shift_id",
            vec![
                col("shift_id", "integer"),
                col("picker_name", "text"),
                col("shift_date", "date"),
                col("kilograms_picked", "real"),
            ],
            vec![],
        ),
    ])
}

/// The SQL, asserting it was given with confidence.
fn confident(q: &str) -> String {
    common::confident_sql(&schema(), q)
}

#[test]
fn a_column_of_both_tables_in_both_lists_is_an_intersection() {
    let want = "SELECT country FROM clubs INTERSECT SELECT country FROM regattas";
    assert_eq!(
        confident("Which countries have both clubs and regattas?"),
        want
    );
    assert_eq!(
        confident("Which countries have both a rowing club and a regatta?"),
        want
    );
    assert_eq!(
        confident(
            "Find the countries that are home to at least one club and also host at least one \
             regatta."
        ),
        want
    );
}

#[test]
fn in_the_first_list_but_not_the_second_is_an_exception() {
    let want = "SELECT country FROM clubs EXCEPT SELECT country FROM regattas";
    assert_eq!(
        confident("Which countries have clubs but do not host any regatta?"),
        want
    );
    assert_eq!(
        confident("Show the countries that have a club but no regatta."),
        want
    );
    assert_eq!(
        confident("Show the countries that appear for some club but for no regatta."),
        want
    );
    // The column named again for the second table.
    assert_eq!(
        confident("Show the countries that host a club but are not the country of any regatta."),
        want
    );
}

#[test]
fn in_either_list_is_a_union() {
    assert_eq!(
        confident("What are the countries in which there is either a club or a regatta?"),
        "SELECT country FROM clubs UNION SELECT country FROM regattas"
    );
}

#[test]
fn a_column_of_the_first_table_only_stays_a_negation() {
    // "of cities": the names are the cities' own; the competitions are what they lack.
    let sql = common::sql_or_declined(
        &schema(),
        "List the official names of the cities where no competition has been hosted.",
    );
    assert!(!sql.contains("EXCEPT"), "{sql}");
    assert!(sql.contains("NOT IN"), "{sql}");
}

#[test]
fn over_all_rows_is_what_is_summed() {
    assert_eq!(
        confident("What is the total number of kilograms picked over all harvest shifts?"),
        "SELECT SUM(kilograms_picked) FROM harvest_shifts"
    );
}

#[test]
fn across_every_row_is_not_one_group_per_row() {
    assert_eq!(
        confident("Find the sum of kilograms picked across every shift."),
        "SELECT SUM(kilograms_picked) FROM harvest_shifts"
    );
}

#[test]
fn from_longest_to_shortest_is_the_largest_first() {
    assert_eq!(
        confident(
            "Show the title and running minutes of each show, ordered by running minutes from \
             longest to shortest."
        ),
        "SELECT title, running_minutes FROM shows ORDER BY running_minutes DESC"
    );
}

#[test]
fn digits_with_letters_the_index_holds_are_a_code() {
    assert_eq!(
        confident("Give the class description for boat class code 4x."),
        "SELECT class_description FROM boat_classes WHERE class_code = '4x'"
    );
}

#[test]
fn rows_said_to_have_a_table_keep_it_joined_before_the_exception() {
    let sql = common::sql_or_declined(
        &schema(),
        "What are the names of clubs that have race results but have never finished in \
         position 1?",
    );
    assert_eq!(
        sql,
        "SELECT T1.club_name FROM clubs AS T1 JOIN race_results AS T2 ON T1.club_id = \
         T2.club_id EXCEPT SELECT T1.club_name FROM clubs AS T1 JOIN race_results AS T2 ON \
         T1.club_id = T2.club_id WHERE T2.position = 1"
    );
}
