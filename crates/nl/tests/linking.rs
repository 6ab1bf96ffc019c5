//! Linking and planning constructions added for issue 5 (lookup tables, people's names, list
//! words, implied columns), each on a schema the test makes itself.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, fk, table, vcol};
use quarry_model::{Dialect, Schema};
use quarry_nl::SchemaIndex;

/// A school: a lookup table of room kinds, people with split names, abbreviated columns.
fn school() -> Schema {
    Schema::new(vec![
        table(
            "ref_room_kinds",
            "room_kind_code",
            vec![col("room_kind_code", "text"), col("room_kind_name", "text")],
            vec![],
        ),
        table(
            "rooms",
            "room_id",
            vec![
                col("room_id", "integer"),
                col("room_kind_code", "text"),
                col("capacity", "integer"),
                col("opened_year", "integer"),
            ],
            vec![fk("room_kind_code", "ref_room_kinds", "room_kind_code")],
        ),
        table(
            "teachers",
            "teacher_id",
            vec![
                col("teacher_id", "integer"),
                col("first_name", "text"),
                col("middle_name", "text"),
                col("last_name", "text"),
                col("hired_on", "date"),
            ],
            vec![],
        ),
        table(
            "lessons",
            "lesson_id",
            vec![
                col("lesson_id", "integer"),
                col("topic", "text"),
                col("teacher_id", "integer"),
                col("room_id", "integer"),
            ],
            vec![
                fk("teacher_id", "teachers", "teacher_id"),
                fk("room_id", "rooms", "room_id"),
            ],
        ),
        table(
            "apprentice",
            "appr_id",
            vec![
                col("appr_id", "integer"),
                col("appr_fname", "text"),
                col("appr_score", "real"),
                col("kiosk_id", "integer"),
            ],
            vec![fk("kiosk_id", "kiosk_records", "kiosk_id")],
        ),
        table(
            "kiosk_records",
            "kiosk_id",
            vec![
                col("kiosk_id", "integer"),
                col("name", "text"),
                col("visitors", "integer"),
            ],
            vec![],
        ),
        table(
            "products",
            "product_id",
            vec![
                col("product_id", "integer"),
                col("product_kind_code", "text"),
                col("price", "real"),
            ],
            vec![],
        ),
    ])
}

fn sql(q: &str) -> String {
    let idx = SchemaIndex::build(&school());
    let a = idx
        .translate(q, Dialect::Postgres)
        .unwrap_or_else(|e| panic!("{q}: declined: {}", e.reason));
    quarry_guard::check(&a.sql, Dialect::Postgres)
        .unwrap_or_else(|e| panic!("{q}: guard refused {}: {e}", a.sql));
    a.sql
}

#[test]
fn a_shared_code_column_stays_with_the_other_names() {
    assert_eq!(
        sql("List all room kind codes and room kind names."),
        "SELECT room_kind_code, room_kind_name FROM ref_room_kinds"
    );
}

#[test]
fn a_quoted_full_name_filters_first_and_last_name() {
    assert_eq!(
        sql("What topics are taught by \"Ada Lovelace\"?"),
        "SELECT T1.topic FROM lessons AS T1 JOIN teachers AS T2 ON T1.teacher_id = T2.teacher_id \
         WHERE T2.first_name = 'Ada' AND T2.last_name = 'Lovelace'"
    );
}

#[test]
fn each_word_of_a_name_list_names_a_column() {
    assert_eq!(
        sql("What are the first, middle, and last names of all teachers?"),
        "SELECT first_name, middle_name, last_name FROM teachers"
    );
}

#[test]
fn full_name_shows_first_and_last_name() {
    assert_eq!(
        sql("Show the full names of teachers."),
        "SELECT first_name, last_name FROM teachers"
    );
}

#[test]
fn a_word_that_half_names_a_key_names_its_table() {
    assert_eq!(
        sql("List the names of kiosks in descending order of visitors."),
        "SELECT name FROM kiosk_records ORDER BY visitors DESC"
    );
}

#[test]
fn a_generic_suffix_may_be_left_out() {
    assert_eq!(
        sql("What is the average price for each product kind?"),
        "SELECT product_kind_code, AVG(price) FROM products GROUP BY product_kind_code"
    );
}

#[test]
fn an_abbreviated_table_prefix_is_the_table() {
    assert_eq!(
        sql("What are the first names of all apprentices?"),
        "SELECT appr_fname FROM apprentice"
    );
}

#[test]
fn years_between_without_a_column_compare_the_year() {
    assert_eq!(
        sql("Which rooms opened between 1990 and 1999? Show their capacity."),
        "SELECT capacity FROM rooms WHERE opened_year BETWEEN 1990 AND 1999"
    );
}

#[test]
fn an_unplaced_time_superlative_orders_by_the_date() {
    assert_eq!(
        sql("What is the last name of the earliest hired teacher?"),
        "SELECT last_name FROM teachers ORDER BY hired_on ASC LIMIT 1"
    );
}

#[test]
fn every_row_of_the_only_table_is_not_a_group() {
    assert_eq!(
        sql("What is the maximum and minimum price for every product?"),
        "SELECT MAX(price), MIN(price) FROM products"
    );
}

#[test]
fn one_column_asked_one_column_shown_is_no_evidence() {
    let idx = SchemaIndex::build(&school());
    let (_, notes) = idx.translate_with_notes("Show capacity of rooms.", Dialect::Postgres);
    assert!(
        !notes.iter().any(|n| n.starts_with("select_unlisted")),
        "{notes:?}"
    );
}

/// Films with indexed feature values, and artisans in guilds.
fn clubs() -> Schema {
    Schema::new(vec![
        table(
            "films",
            "film_id",
            vec![
                col("film_id", "integer"),
                col("title", "text"),
                vcol("features", &["Deleted Scenes", "Trailers"]),
            ],
            vec![],
        ),
        table(
            "guilds",
            "guild_id",
            vec![col("guild_id", "integer"), col("guild_name", "text")],
            vec![],
        ),
        table(
            "artisans",
            "artisan_id",
            vec![
                col("artisan_id", "integer"),
                col("artisan_name", "text"),
                col("guild_id", "integer"),
            ],
            vec![fk("guild_id", "guilds", "guild_id")],
        ),
    ])
}

fn clubs_sql(q: &str) -> String {
    let idx = SchemaIndex::build(&clubs());
    let a = idx
        .translate(q, Dialect::Postgres)
        .unwrap_or_else(|e| panic!("{q}: declined: {}", e.reason));
    a.sql
}

#[test]
fn a_known_value_asked_as_a_substring_is_a_pattern() {
    assert_eq!(
        clubs_sql(
            "Which films have 'Deleted Scenes' as a substring in their features? Show the titles."
        ),
        "SELECT title FROM films WHERE features LIKE '%Deleted Scenes%'"
    );
}

#[test]
fn the_letter_x_is_text_to_look_for() {
    assert_eq!(
        sql("Show the names of kiosks with the letter a in their names."),
        "SELECT name FROM kiosk_records WHERE name LIKE '%a%'"
    );
}

#[test]
fn a_table_listed_after_an_owned_column_shows_its_name() {
    assert_eq!(
        clubs_sql("What are the names of artisans and their corresponding guilds?"),
        "SELECT T2.artisan_name, T1.guild_name FROM guilds AS T1 JOIN artisans AS T2 \
         ON T1.guild_id = T2.guild_id"
    );
}
