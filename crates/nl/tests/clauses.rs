//! Constructions added in the third issue-5 round (names with function words and clipped
//! words, clause columns, counted things, implied ages and prices, negated values, implied
//! intersections), each on a schema the test makes itself.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, fk, table, vcol};
use quarry_model::{Dialect, Schema};
use quarry_nl::SchemaIndex;

/// A lending library: members, books, loans, and two tables keyed by a bare `id`.
fn library() -> Schema {
    Schema::new(vec![
        table(
            "members",
            "member_id",
            vec![
                col("member_id", "integer"),
                col("name", "text"),
                col("date_of_birth", "date"),
                col("wal_bal", "numeric(10,2)"),
                vcol("city", &["Oslo", "Lima"]),
                col("age", "integer"),
            ],
            vec![],
        ),
        table(
            "books",
            "book_id",
            vec![
                col("book_id", "integer"),
                col("title", "text"),
                vcol("genre_code", &["FIC", "SCI"]),
                col("cost", "numeric(10,2)"),
                col("pages", "integer"),
                col("publisher", "text"),
            ],
            vec![],
        ),
        table(
            "loans",
            "loan_id",
            vec![
                col("loan_id", "integer"),
                col("member_id", "integer"),
                col("book_id", "integer"),
                col("loan_date", "date"),
                col("return_date", "date"),
            ],
            vec![
                fk("member_id", "members", "member_id"),
                fk("book_id", "books", "book_id"),
            ],
        ),
        table(
            "shelves",
            "id",
            vec![col("id", "integer"), col("label", "text")],
            vec![],
        ),
        table(
            "rooms",
            "id",
            vec![col("id", "integer"), col("label", "text")],
            vec![],
        ),
    ])
}

fn sql(q: &str) -> String {
    let idx = SchemaIndex::build(&library());
    match idx.translate(q, Dialect::Sqlite) {
        Ok(a) => a.sql,
        Err(e) => format!("declined: {}", e.reason),
    }
}

#[test]
fn function_words_and_clipped_words_in_names() {
    // `date_of_birth` is named by "date of birth"; `wal_bal` by "wallet balance".
    assert_eq!(
        sql("Show the date of birth of all members."),
        "SELECT date_of_birth FROM members"
    );
    assert_eq!(
        sql("What is the wallet balance of each member?"),
        "SELECT wal_bal FROM members"
    );
}

#[test]
fn names_of_a_table_without_a_name_column() {
    // Books have a title; members' `name` is not what "names of books" asks for.
    assert_eq!(
        sql("What are the names of all books?"),
        "SELECT title FROM books"
    );
}

#[test]
fn leading_command_verb_names_nothing() {
    // "Return" is the command, not `return_date`.
    assert_eq!(
        sql("Return the titles of all books."),
        "SELECT title FROM books"
    );
}

#[test]
fn attribute_counted_per_value() {
    // A code is counted per value, not per row of its table.
    assert_eq!(
        sql("Which genre codes were borrowed by more than 2 members?"),
        "SELECT T3.genre_code FROM members AS T1 JOIN loans AS T2 ON T1.member_id = \
         T2.member_id JOIN books AS T3 ON T2.book_id = T3.book_id GROUP BY T3.genre_code \
         HAVING COUNT(*) > 2"
    );
}

#[test]
fn clause_column_is_not_shown() {
    // The loan date qualifies the members; it is not asked for.
    assert_eq!(
        sql("Show the names of members who borrowed the book with the latest loan date."),
        "SELECT T1.name FROM members AS T1 JOIN loans AS T2 ON T1.member_id = T2.member_id \
         WHERE T2.book_id IN (SELECT book_id FROM books) ORDER BY T2.loan_date DESC LIMIT 1"
    );
}

#[test]
fn superlative_over_joined_rows_is_not_summed() {
    assert_eq!(
        sql("What are the names of the members who borrowed the book with the highest cost?"),
        "SELECT T1.name FROM members AS T1 JOIN loans AS T2 ON T1.member_id = T2.member_id \
         JOIN books AS T3 ON T2.book_id = T3.book_id ORDER BY T3.cost DESC LIMIT 1"
    );
}

#[test]
fn implied_age_and_price() {
    assert_eq!(
        sql("Show the names of members under 30."),
        "SELECT name FROM members WHERE age < 30"
    );
    assert_eq!(
        sql("How many loans were made by members younger than 30?"),
        "SELECT COUNT(DISTINCT T1.loan_id) FROM loans AS T1 JOIN members AS T2 ON \
         T1.member_id = T2.member_id WHERE T2.age < 30"
    );
    assert_eq!(
        sql("What is the title of the most expensive book?"),
        "SELECT title FROM books ORDER BY cost DESC LIMIT 1"
    );
}

#[test]
fn negated_value_a_few_words_back() {
    assert_eq!(
        sql("Which members are not in the city Oslo?"),
        "SELECT name FROM members WHERE city <> 'Oslo'"
    );
    assert_eq!(
        sql("Show the names of members who do not live in Oslo."),
        "SELECT name FROM members WHERE city <> 'Oslo'"
    );
}

#[test]
fn two_values_through_another_table_intersect() {
    assert_eq!(
        sql("Show the names of members who borrowed FIC and SCI books."),
        "SELECT T1.name FROM members AS T1 JOIN loans AS T2 ON T1.member_id = T2.member_id \
         JOIN books AS T3 ON T2.book_id = T3.book_id WHERE T3.genre_code = 'FIC' INTERSECT \
         SELECT T1.name FROM members AS T1 JOIN loans AS T2 ON T1.member_id = T2.member_id \
         JOIN books AS T3 ON T2.book_id = T3.book_id WHERE T3.genre_code = 'SCI'"
    );
}

#[test]
fn bare_id_keys_do_not_join() {
    // Two tables keyed by `id` are not related by that alone.
    assert_eq!(
        sql("Show the labels of shelves and the labels of rooms."),
        "declined: tables that the foreign keys do not connect"
    );
}

#[test]
fn counted_things_and_times() {
    // "more than 2 titles": titles counted per member, not compared with 2.
    assert_eq!(
        sql("Which members borrowed more than 2 titles?"),
        "SELECT T1.name FROM members AS T1 JOIN loans AS T2 ON T1.member_id = T2.member_id \
         JOIN books AS T3 ON T2.book_id = T3.book_id GROUP BY T1.member_id HAVING COUNT(*) > 2"
    );
    assert_eq!(
        sql("Show the titles borrowed more than once."),
        "SELECT title FROM books GROUP BY title HAVING COUNT(*) > 1"
    );
}

#[test]
fn numbers_next_to_names() {
    // "member 3": the table's key; "with 300 pages": the column after the number.
    assert_eq!(
        sql("How many loans does member 3 have?"),
        "SELECT COUNT(DISTINCT T1.loan_id) FROM loans AS T1 JOIN members AS T2 ON \
         T1.member_id = T2.member_id WHERE T2.member_id = 3"
    );
    assert_eq!(
        sql("Show the titles of books with 300 pages."),
        "SELECT title FROM books WHERE pages = 300"
    );
}

#[test]
fn name_after_a_name_column() {
    // `publisher` is itself a name: "publisher name" is that column.
    assert_eq!(
        sql("Show the publisher name of each book."),
        "SELECT publisher FROM books"
    );
}

#[test]
fn a_column_that_holds_a_number_of_things() {
    // `pages` already counts pages: shown beside other columns, summed alone.
    assert_eq!(
        sql("Show the titles and the number of pages of all books."),
        "SELECT title, pages FROM books"
    );
    assert_eq!(
        sql("How many pages are there in books of the genre code FIC?"),
        "SELECT SUM(pages) FROM books WHERE genre_code = 'FIC'"
    );
}
