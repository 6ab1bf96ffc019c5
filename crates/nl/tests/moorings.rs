//! Readings of round 24, on marinas and visiting yachts the test makes itself.
//!
//! Read: a column said twice ("the average rating ... List the town and the average
//! rating") is shown once; "excluding any town that has ..." as the rows less those the
//! clause picks; the year of "visits made in 2023" as the visit's, not that of the yachts
//! whose names are shown; "the names and ages of the keepers older than 50" shows the ages
//! the cue compares, while "keepers who were hired in 2021 or later" does not show the date;
//! "older than the average keeper" as ages compared with their average, the comparative's
//! own word ("longer") not shown; "greater than 4 or smaller than 2? Give their names." as
//! two bounds on one column, not the second on the names; the columns asked for, not the sum,
//! for "the name and town of the marina whose visits lasted the most nights in total"; "visit
//! marinas" as the marinas, the visits being what they hold; "the marinas they work at" as
//! what the keepers do, not their `Years_Working`, which is no year either ("hired in 2021");
//! "the names of their home marinas" as the marinas' names through `Home_Marina_ID`; "keepers
//! work in each hometown" as a count per hometown, "work" naming no column; "sorted by the year
//! they opened" as `Year_Opened`, not the visits' `Year`.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, fk, sql_or_declined, table, vcol};
use quarry_model::Schema;

fn schema() -> Schema {
    Schema::new(vec![
        table(
            "marina",
            "Marina_ID",
            vec![
                col("Marina_ID", "integer"),
                col("Name", "text"),
                vcol("Town", &["Cowes", "Dartmouth", "Falmouth"]),
                col("Rating", "real"),
                col("Year_Opened", "integer"),
                vcol("Covered", &["Yes", "No"]),
            ],
            vec![],
        ),
        table(
            "yacht",
            "Yacht_ID",
            vec![
                col("Yacht_ID", "integer"),
                col("Name", "text"),
                col("Year_Built", "integer"),
                col("Length", "real"),
                col("Home_Marina_ID", "integer"),
            ],
            vec![fk("Home_Marina_ID", "marina", "Marina_ID")],
        ),
        table(
            "visit",
            "Visit_ID",
            vec![
                col("Visit_ID", "integer"),
                col("Yacht_ID", "integer"),
                col("Marina_ID", "integer"),
                col("Year", "integer"),
                col("Nights", "integer"),
            ],
            vec![
                fk("Yacht_ID", "yacht", "Yacht_ID"),
                fk("Marina_ID", "marina", "Marina_ID"),
            ],
        ),
        table(
            "keeper",
            "Keeper_ID",
            vec![
                col("Keeper_ID", "integer"),
                col("Name", "text"),
                col("Age", "integer"),
                col("Hometown", "text"),
                col("Hire_Date", "date"),
                col("Years_Working", "integer"),
                col("Marina_ID", "integer"),
            ],
            vec![fk("Marina_ID", "marina", "Marina_ID")],
        ),
    ])
}

#[test]
fn a_column_said_twice_is_shown_once() {
    assert_eq!(
        sql_or_declined(
            &schema(),
            "What is the average marina rating in each town? List the town and the average rating."
        ),
        "SELECT \"Town\", AVG(\"Rating\") FROM marina GROUP BY \"Town\""
    );
}

#[test]
fn excluding_any_takes_away_what_the_clause_picks() {
    let except =
        "SELECT \"Town\" FROM marina EXCEPT SELECT \"Town\" FROM marina WHERE \"Covered\" = 'Yes'";
    for q in [
        "Find the towns of marinas, excluding any town that has a marina whose covered value is 'Yes'.",
        "Find the towns of marinas, except any town that has a marina whose covered value is 'Yes'.",
    ] {
        assert_eq!(sql_or_declined(&schema(), q), except, "{q}");
    }
}

#[test]
fn a_year_belongs_to_the_table_named_just_before_it() {
    let sql = sql_or_declined(
        &schema(),
        "For visits made in 2023, what are the yacht names and marina names?",
    );
    assert!(sql.contains("\"Year\" = 2023"), "{sql}");
    assert!(!sql.contains("Year_Built"), "{sql}");
    assert!(!sql.contains("Year_Opened"), "{sql}");
}

#[test]
fn a_listed_column_the_cue_compares_stays_shown() {
    assert_eq!(
        sql_or_declined(
            &schema(),
            "What are the names and ages of the keepers who are older than 50?"
        ),
        "SELECT \"Name\", \"Age\" FROM keeper WHERE \"Age\" > 50"
    );
    // A column worded only after the rows, by the condition's verb, is not asked for.
    let hired = sql_or_declined(
        &schema(),
        "Give the names and hometowns of the keepers who were hired in 2021 or later.",
    );
    assert!(!hired.contains("\"Hire_Date\","), "{hired}");
    assert!(!hired.contains(", \"Hire_Date\""), "{hired}");
}

#[test]
fn older_than_the_average_keeper_compares_ages() {
    assert_eq!(
        sql_or_declined(
            &schema(),
            "Which keepers are older than the average keeper? Give their names."
        ),
        "SELECT \"Name\" FROM keeper WHERE \"Age\" > (SELECT AVG(\"Age\") FROM keeper)"
    );
    // The comparative's own word names the column compared, not one to show.
    assert_eq!(
        sql_or_declined(
            &schema(),
            "Which yachts are longer than the average yacht length? Give their names."
        ),
        "SELECT \"Name\" FROM yacht WHERE \"Length\" > (SELECT AVG(\"Length\") FROM yacht)"
    );
}

#[test]
fn a_second_bound_shares_the_first_ones_column_before_a_later_sentence() {
    assert_eq!(
        sql_or_declined(
            &schema(),
            "Which marinas have a rating greater than 4 or smaller than 2? Give their names."
        ),
        "SELECT \"Name\" FROM marina WHERE (\"Rating\" > 4 OR \"Rating\" < 2)"
    );
}

#[test]
fn a_sum_that_only_ranks_the_rows_asked_for_is_not_shown() {
    assert_eq!(
        sql_or_declined(
            &schema(),
            "What are the name and town of the marina whose visits lasted the most nights in total?"
        ),
        "SELECT T1.\"Name\", T1.\"Town\" FROM marina AS T1 JOIN visit AS T2 ON T1.\"Marina_ID\" = T2.\"Marina_ID\" GROUP BY T1.\"Marina_ID\" ORDER BY SUM(T2.\"Nights\") DESC LIMIT 1"
    );
}

#[test]
fn a_table_named_before_the_one_it_refers_to_names_what_it_holds() {
    // Visits refer to their marina: "visit marinas" are the marinas, not only those visited.
    assert_eq!(
        common::confident_sql(&schema(), "How many visit marinas are there?"),
        "SELECT COUNT(*) FROM marina"
    );
}

#[test]
fn a_verb_after_they_that_half_names_a_measure_names_nothing() {
    assert_eq!(
        sql_or_declined(
            &schema(),
            "Show the names of keepers and the names of the marinas they work at."
        ),
        "SELECT T1.\"Name\", T2.\"Name\" FROM keeper AS T1 JOIN marina AS T2 ON T1.\"Marina_ID\" = T2.\"Marina_ID\""
    );
    // Asked with the measure's own words, it is the column.
    let years = sql_or_declined(
        &schema(),
        "Show the names and years working of all keepers.",
    );
    assert!(years.contains("Years_Working"), "{years}");
}

#[test]
fn the_names_of_their_home_marinas_are_read_through_the_reference() {
    assert_eq!(
        sql_or_declined(
            &schema(),
            "Show the names of yachts and the names of their home marinas."
        ),
        "SELECT T1.\"Name\", T2.\"Name\" FROM yacht AS T1 JOIN marina AS T2 ON T1.\"Home_Marina_ID\" = T2.\"Marina_ID\""
    );
}

#[test]
fn a_verb_after_the_rows_before_in_each_names_nothing() {
    assert_eq!(
        sql_or_declined(
            &schema(),
            "How many keepers work in each hometown? Give the hometown and the count."
        ),
        "SELECT \"Hometown\", COUNT(*) FROM keeper GROUP BY \"Hometown\""
    );
}

#[test]
fn the_year_they_opened_is_the_column_the_verb_names() {
    assert_eq!(
        common::confident_sql(
            &schema(),
            "List the names of the marinas, sorted by the year they opened."
        ),
        "SELECT \"Name\" FROM marina ORDER BY \"Year_Opened\" ASC"
    );
}
