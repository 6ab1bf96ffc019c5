//! Confident readings that no row could satisfy, or that compare what is not a measure,
//! found by two blind sets in the benchmark's style (see `crates/eval/golden/README.md`), on
//! an observatory schema the test makes itself: a table joined on the very link it is said
//! to lack, two bounds on one number that no value meets (or a value and its negation), a
//! name compared with its average, and a column of the absent rows that no condition reads;
//! and, from the same sets, "the youngest" by a year of birth kept as text and other numbers
//! kept as text; from later sets, "gender Male but none of gender Female" as an EXCEPT.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, fk, table, vcol};
use quarry_model::Schema;

/// Astronomers with discoveries and observing sessions on telescopes.
fn observatory() -> Schema {
    Schema::new(vec![
        table(
            "astronomer",
            "astronomer_id",
            vec![
                col("astronomer_id", "integer"),
                col("name", "text"),
                vcol("nationality", &["Chile", "Spain", "Japan"]),
                col("age", "integer"),
            ],
            vec![],
        ),
        table(
            "telescope",
            "telescope_id",
            vec![
                col("telescope_id", "integer"),
                col("telescope_name", "text"),
                col("aperture_m", "real"),
            ],
            vec![],
        ),
        table(
            "discovery",
            "discovery_id",
            vec![
                col("discovery_id", "integer"),
                col("astronomer_id", "integer"),
                col("object_name", "text"),
            ],
            vec![fk("astronomer_id", "astronomer", "astronomer_id")],
        ),
        table(
            "observing_session",
            "session_id",
            vec![
                col("session_id", "integer"),
                col("telescope_id", "integer"),
                col("astronomer_id", "integer"),
                col("hours", "real"),
            ],
            vec![
                fk("telescope_id", "telescope", "telescope_id"),
                fk("astronomer_id", "astronomer", "astronomer_id"),
            ],
        ),
    ])
}

fn sql(q: &str) -> String {
    common::sql_or_declined(&observatory(), q)
}

#[test]
fn rows_joined_on_the_link_they_lack_decline() {
    let s = sql(
        "Show the names of the astronomers that observed at least once but have no discoveries.",
    );
    let contradiction =
        s.contains("JOIN discovery") && s.contains("NOT IN (SELECT astronomer_id FROM discovery");
    assert!(!contradiction, "{s}");
}

#[test]
fn two_bounds_no_value_meets_decline() {
    let s = sql(
        "Find the nationalities shared by at least one astronomer aged over 60 and at least \
         one astronomer aged under 45.",
    );
    assert!(!s.contains("age > 60 AND age < 45"), "{s}");
}

#[test]
fn a_name_is_not_compared_with_its_average() {
    let s = sql("Show the names of the telescopes bigger than average in aperture.");
    assert!(!s.contains("AVG(telescope_name)"), "{s}");
}

#[test]
fn the_youngest_by_a_year_of_birth_kept_as_text() {
    let mut schema = observatory();
    schema.tables[0].columns.retain(|c| c.name != "age");
    schema.tables[0].columns.push(col("birth_year", "text"));
    assert_eq!(
        common::sql_or_declined(&schema, "What is the name of the youngest astronomer?"),
        "SELECT name FROM astronomer ORDER BY birth_year DESC LIMIT 1"
    );
}

#[test]
fn a_column_of_the_absent_rows_that_nothing_reads_declines() {
    // "no telescope of that nationality" compares values, not the link between the tables.
    let mut schema = observatory();
    schema.tables[1]
        .columns
        .push(vcol("nationality", &["Chile", "Spain", "Japan"]));
    let s = common::sql_or_declined(
        &schema,
        "Which astronomer names have a session but no telescope of that nationality?",
    );
    assert!(s.starts_with("declined"), "{s}");
}

#[test]
fn numbers_kept_as_text_are_what_older_and_oldest_imply() {
    let mut schema = observatory();
    schema.tables[0].columns.retain(|c| c.name != "age");
    schema.tables[0]
        .columns
        .push(vcol("age", &["34", "41", "58"]));
    schema.tables.push(table(
        "observatory",
        "observatory_id",
        vec![
            col("observatory_id", "integer"),
            col("name", "text"),
            vcol("founded_year", &["1890", "1923", "1961"]),
        ],
        vec![],
    ));
    assert_eq!(
        common::sql_or_declined(&schema, "Which astronomers are older than 40?"),
        "SELECT name FROM astronomer WHERE CAST(age AS REAL) > 40"
    );
    assert_eq!(
        common::sql_or_declined(&schema, "What is the name of the oldest observatory?"),
        "SELECT name FROM observatory ORDER BY CAST(founded_year AS REAL) ASC LIMIT 1"
    );
}

#[test]
fn a_value_and_its_negation_on_one_column_is_no_answer() {
    let schema = Schema::new(vec![table(
        "farms",
        "farm_id",
        vec![
            col("farm_id", "integer"),
            col("farm_name", "text"),
            col("country", "text"),
            vcol("organic_flag", &["Y", "N"]),
        ],
        vec![],
    )]);
    let s = common::sql_or_declined(
        &schema,
        "Which countries have both certified organic farms and farms that are not organic?",
    );
    assert!(
        !s.contains("organic_flag = 'Y' AND organic_flag <> 'Y'"),
        "{s}"
    );
}

#[test]
fn one_value_but_none_of_another_is_an_exception() {
    let schema = Schema::new(vec![table(
        "runners",
        "runner_id",
        vec![
            col("runner_id", "integer"),
            col("name", "text"),
            col("nationality", "text"),
            vcol("gender", &["Male", "Female"]),
        ],
        vec![],
    )]);
    let s = common::sql_or_declined(
        &schema,
        "Find the nationalities that have at least one runner of gender Male but none of gender \
         Female.",
    );
    assert!(s.contains("EXCEPT SELECT nationality"), "{s}");
    assert!(!s.contains("<>"), "{s}");
}

#[test]
fn two_values_of_one_column_on_one_row_decline() {
    let schema = Schema::new(vec![
        table(
            "ref_game_titles",
            "game_title_code",
            vec![
                vcol("game_title_code", &["LOL", "CS2", "DOTA"]),
                col("game_title_description", "text"),
            ],
            vec![],
        ),
        table(
            "tournaments",
            "tournament_id",
            vec![
                col("tournament_id", "integer"),
                col("name", "text"),
                col("city", "text"),
                vcol("game_title_code", &["LOL", "CS2", "DOTA"]),
            ],
            vec![fk("game_title_code", "ref_game_titles", "game_title_code")],
        ),
    ]);
    let s = common::sql_or_declined(
        &schema,
        "Which cities hosted both a tournament with game title code 'LOL' and a tournament \
         with code 'CS2'?",
    );
    assert!(
        !s.contains("game_title_code = 'LOL' AND game_title_code = 'CS2'"),
        "{s}"
    );
}
