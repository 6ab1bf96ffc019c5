//! Readings on a climbing club the test makes itself: a column asked of the question's own
//! rows under a synonym ("countries" of climbers who keep a nationality) rather than a
//! namesake three joins away; "the names of the coaches and sponsors" as one list of both;
//! "last names used by climbers and coaches" as the names they share; and "first become a
//! climber" naming the date column that holds "became", not the date of a climber's ascents.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, confident_sql, fk, table, vcol};
use quarry_model::Schema;

/// Climbers log ascents of routes on walls (each wall in a country); coaches and sponsors
/// are kept apart, tied to no climber.
fn schema() -> Schema {
    Schema::new(vec![
        table(
            "climbers",
            "climber_id",
            vec![
                col("climber_id", "integer"),
                vcol("first_name", &["Ada", "Boris", "Chiara"]),
                col("last_name", "text"),
                vcol("nationality", &["Norway", "Chile", "Japan"]),
                col("date_became_member", "date"),
            ],
            vec![],
        ),
        table(
            "walls",
            "wall_id",
            vec![
                col("wall_id", "integer"),
                col("wall_name", "text"),
                vcol("country", &["Spain", "Italy"]),
            ],
            vec![],
        ),
        table(
            "routes",
            "route_id",
            vec![
                col("route_id", "integer"),
                col("wall_id", "integer"),
                col("grade", "text"),
            ],
            vec![fk("wall_id", "walls", "wall_id")],
        ),
        table(
            "ascents",
            "ascent_id",
            vec![
                col("ascent_id", "integer"),
                col("climber_id", "integer"),
                col("route_id", "integer"),
                col("ascent_date", "date"),
            ],
            vec![
                fk("climber_id", "climbers", "climber_id"),
                fk("route_id", "routes", "route_id"),
            ],
        ),
        table(
            "coaches",
            "coach_id",
            vec![
                col("coach_id", "integer"),
                col("coach_name", "text"),
                col("last_name", "text"),
                col("phone", "text"),
            ],
            vec![],
        ),
        table(
            "sponsors",
            "sponsor_id",
            vec![
                col("sponsor_id", "integer"),
                col("sponsor_name", "text"),
                col("amount", "integer"),
            ],
            vec![],
        ),
    ])
}

#[test]
fn a_synonym_in_the_named_table_beats_a_namesake_three_joins_away() {
    let sql = confident_sql(
        &schema(),
        "From how many different countries do the climbers come?",
    );
    assert_eq!(sql, "SELECT COUNT(DISTINCT nationality) FROM climbers");
}

#[test]
fn names_of_two_unrelated_tables_are_one_list() {
    let sql = confident_sql(&schema(), "What are the names of the coaches and sponsors?");
    assert_eq!(
        sql,
        "SELECT coach_name FROM coaches UNION SELECT sponsor_name FROM sponsors"
    );
}

#[test]
fn names_used_by_two_tables_are_the_ones_they_share() {
    let sql = confident_sql(
        &schema(),
        "What are the last names that are used by climbers and coaches?",
    );
    assert_eq!(
        sql,
        "SELECT last_name FROM climbers INTERSECT SELECT last_name FROM coaches"
    );
}

#[test]
fn becoming_a_member_names_the_date_that_holds_became() {
    let sql = common::sql_or_declined(&schema(), "When did Ada first become a climber?");
    assert_eq!(
        sql,
        "SELECT date_became_member FROM climbers WHERE first_name = 'Ada'"
    );
}

/// Crews of climbers, kept in a link table named after what it links, and a training focus
/// kept as a code.
fn crews() -> Schema {
    Schema::new(vec![
        table(
            "climbers",
            "climber_id",
            vec![
                col("climber_id", "integer"),
                col("climber_name", "text"),
                col("training", "integer"),
                vcol("nationality", &["Norway", "Chile", "Japan"]),
            ],
            vec![],
        ),
        table(
            "crews",
            "crew_id",
            vec![col("crew_id", "integer"), col("crew_name", "text")],
            vec![],
        ),
        table(
            "member_of_crew",
            "climber_id",
            vec![
                col("climber_id", "integer"),
                col("crew_id", "integer"),
                col("role", "text"),
            ],
            vec![
                fk("climber_id", "climbers", "climber_id"),
                fk("crew_id", "crews", "crew_id"),
            ],
        ),
    ])
}

#[test]
fn members_of_a_named_crew_are_the_rows_of_the_table_named_after_both() {
    let sql = common::sql_or_declined(&crews(), "Which crew has the most members?");
    assert_eq!(
        sql,
        "SELECT T1.crew_name FROM crews AS T1 JOIN member_of_crew AS T2 ON T1.crew_id = \
         T2.crew_id GROUP BY T1.crew_id ORDER BY COUNT(*) DESC LIMIT 1"
    );
}

#[test]
fn at_least_a_member_is_one_member_not_the_least() {
    let sql = common::sql_or_declined(
        &crews(),
        "Which crews have at least a member from Norway? Give me the crew names.",
    );
    assert!(!sql.contains("ORDER BY"), "{sql}");
    assert!(sql.contains("nationality = 'Norway'"), "{sql}");
}

#[test]
fn a_quoted_value_after_a_verb_in_goes_to_the_column_the_verb_names() {
    let sql = common::sql_or_declined(
        &crews(),
        "Which crews have climbers training in \"600\"? Give me the crew names.",
    );
    assert!(sql.contains("training = '600'"), "{sql}");
    assert!(!sql.contains("crew_name = '600'"), "{sql}");
}
