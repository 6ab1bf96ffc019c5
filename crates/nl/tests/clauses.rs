//! Constructions added in the third issue-5 round (names with function words and clipped
//! words, clause columns, counted things, implied ages and prices, negated values, implied
//! intersections), and later ones ("or" between values, number columns as adjectives, "in
//! terms of"), each on a schema the test makes itself.

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
    common::sql_or_declined(&library(), q)
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
        // (Each loan names one member: the loans are counted without joining members.)
        "SELECT T2.genre_code FROM loans AS T1 JOIN books AS T2 ON T1.book_id = T2.book_id \
         GROUP BY T2.genre_code HAVING COUNT(*) > 2"
    );
}

#[test]
fn clause_column_is_not_shown() {
    // The loan date qualifies the members; it is not asked for.
    assert_eq!(
        sql("Show the names of members who borrowed the book with the latest loan date."),
        // (Each loan names one book: "the book" adds no condition of its own.)
        "SELECT T1.name FROM members AS T1 JOIN loans AS T2 ON T1.member_id = T2.member_id \
         ORDER BY T2.loan_date DESC LIMIT 1"
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
         GROUP BY T1.member_id HAVING COUNT(*) > 2"
    );
    // A book has one title: the times counted are its loans, not books sharing a title.
    assert_eq!(
        sql("Show the titles borrowed more than once."),
        "SELECT T1.title FROM books AS T1 JOIN loans AS T2 ON T1.book_id = T2.book_id \
         GROUP BY T1.title HAVING COUNT(*) > 1"
    );
}

#[test]
fn numbers_next_to_names() {
    // "member 3": the table's key (which the loans hold too, so no join is needed); "with
    // 300 pages": the column after the number.
    assert_eq!(
        sql("How many loans does member 3 have?"),
        "SELECT COUNT(*) FROM loans WHERE member_id = 3"
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

#[test]
fn ranges_that_cannot_meet_intersect() {
    // No member is both over 60 and under 20: the cities that have one of each.
    assert_eq!(
        sql("Show the cities shared by members with age above 60 and members with age below 20."),
        "SELECT city FROM members WHERE age > 60 INTERSECT SELECT city FROM members WHERE age < 20"
    );
}

#[test]
fn conditions_joined_by_or_are_a_union() {
    // The second comparison names no column: it shares the first one's. Over the same rows
    // it is one condition.
    assert_eq!(
        sql("Show the titles of books with cost below 10 or above 50."),
        "SELECT title FROM books WHERE (cost < 10 OR cost > 50)"
    );
    // A number after "or" is another value of the column before the first one.
    assert_eq!(
        sql("Show the titles of books with pages either 100 or 200."),
        "SELECT title FROM books WHERE (pages = 100 OR pages = 200)"
    );
    // A count takes "or" as one condition.
    assert_eq!(
        sql("How many books have cost below 10 or genre code FIC?"),
        "SELECT COUNT(*) FROM books WHERE (cost < 10 OR genre_code = 'FIC')"
    );
    // Over different tables each side joins only what its own condition needs.
    assert_eq!(
        sql("Show the names of members older than 60 or who borrowed books of genre code FIC."),
        "SELECT name FROM members WHERE age > 60 UNION SELECT T1.name FROM members AS T1 \
         JOIN loans AS T2 ON T1.member_id = T2.member_id JOIN books AS T3 \
         ON T2.book_id = T3.book_id WHERE T3.genre_code = 'FIC'"
    );
}

#[test]
fn conditions_after_a_negation_describe_what_is_absent() {
    assert_eq!(
        sql("Show the names of members who never borrowed a book with genre code FIC."),
        "SELECT name FROM members WHERE member_id NOT IN (SELECT T2.member_id FROM books AS T1 \
         JOIN loans AS T2 ON T1.book_id = T2.book_id WHERE T1.genre_code = 'FIC' \
         AND T2.member_id IS NOT NULL)"
    );
    // Two values of one column there: any of them.
    assert_eq!(
        sql("Show the names of members who never borrowed a book with genre code FIC or SCI."),
        "SELECT name FROM members WHERE member_id NOT IN (SELECT T2.member_id FROM books AS T1 \
         JOIN loans AS T2 ON T1.book_id = T2.book_id WHERE T1.genre_code IN ('FIC', 'SCI') \
         AND T2.member_id IS NOT NULL)"
    );
    // A negated value of a related table: the rows with no related row of that value.
    assert_eq!(
        sql("Which members did not borrow FIC books?"),
        "SELECT name FROM members WHERE member_id NOT IN (SELECT T2.member_id FROM books AS T1 \
         JOIN loans AS T2 ON T1.book_id = T2.book_id WHERE T1.genre_code = 'FIC' \
         AND T2.member_id IS NOT NULL)"
    );
    // "cannot" and "can't" negate like "can not".
    for q in [
        "Which members cannot borrow FIC books?",
        "Which members can't borrow FIC books?",
    ] {
        assert_eq!(
            sql(q),
            "SELECT name FROM members WHERE member_id NOT IN (SELECT T2.member_id FROM books AS \
             T1 JOIN loans AS T2 ON T1.book_id = T2.book_id WHERE T1.genre_code = 'FIC' \
         AND T2.member_id IS NOT NULL)",
            "{q}"
        );
    }
    // Over one table: its rows minus those the condition picks.
    assert_eq!(
        sql("Which cities do not have a member older than 60?"),
        "SELECT city FROM members EXCEPT SELECT city FROM members WHERE age > 60"
    );
}

#[test]
fn kinds_of_things_are_distinct_values() {
    assert_eq!(
        sql("How many kinds of genre codes are there?"),
        "SELECT COUNT(DISTINCT genre_code) FROM books"
    );
}

#[test]
fn superlative_of_a_total() {
    assert_eq!(
        sql("Which genre code has the highest total cost?"),
        "SELECT genre_code FROM books GROUP BY genre_code ORDER BY SUM(cost) DESC LIMIT 1"
    );
}

#[test]
fn one_column_of_two_tables_named_side_by_side() {
    assert_eq!(
        sql("Show the labels of all shelves and rooms."),
        "SELECT label FROM shelves UNION SELECT label FROM rooms"
    );
    assert_eq!(
        sql("Which labels are shared by shelves and rooms?"),
        "SELECT label FROM shelves INTERSECT SELECT label FROM rooms"
    );
    // Neither "all" nor "both": no pair of queries is guessed.
    assert!(!sql("Which labels are used by shelves and rooms?").contains("UNION"));
}

#[test]
fn values_shared_by_two_groups_intersect() {
    assert_eq!(
        sql("Show the ages shared by members from city Oslo and Lima."),
        "SELECT age FROM members WHERE city = 'Oslo' INTERSECT \
         SELECT age FROM members WHERE city = 'Lima'"
    );
}

#[test]
fn except_for_those_is_a_negation() {
    assert_eq!(
        sql("Show the titles of all books except for those with cost above 50."),
        "SELECT title FROM books EXCEPT SELECT title FROM books WHERE cost > 50"
    );
}

#[test]
fn a_year_after_a_numeric_column() {
    let schema = Schema::new(vec![table(
        "halls",
        "hall_id",
        vec![
            col("hall_id", "integer"),
            col("name", "text"),
            col("opened", "integer"),
        ],
        vec![],
    )]);
    let idx = SchemaIndex::build(&schema);
    let a = idx
        .translate("Show the names of halls opened in 1990.", Dialect::Sqlite)
        .unwrap();
    assert_eq!(a.sql, "SELECT name FROM halls WHERE opened = 1990");
}

#[test]
fn rows_of_a_linking_table_are_counted() {
    // `product_id` in the linking table refers to products: it is not the table's own key.
    let mut link = quarry_model::Table::new(
        "product_features",
        vec![col("product_id", "integer"), col("feature_id", "integer")],
    );
    link.foreign_keys = vec![
        fk("product_id", "products", "product_id"),
        fk("feature_id", "features", "feature_id"),
    ];
    let schema = Schema::new(vec![
        table(
            "products",
            "product_id",
            vec![
                col("product_id", "integer"),
                vcol("product_name", &["Lamp", "Desk"]),
            ],
            vec![],
        ),
        table(
            "features",
            "feature_id",
            vec![col("feature_id", "integer"), col("feature_name", "text")],
            vec![],
        ),
        link,
    ]);
    let idx = SchemaIndex::build(&schema);
    let a = idx
        .translate(
            "Count the number of product features the product Lamp has.",
            Dialect::Sqlite,
        )
        .unwrap();
    assert_eq!(
        a.sql,
        "SELECT COUNT(*) FROM product_features AS T1 JOIN products AS T2 \
         ON T1.product_id = T2.product_id WHERE T2.product_name = 'Lamp'"
    );
}

#[test]
fn a_negated_own_value_far_from_the_negation() {
    // No "have": the row's own city is another one, not a set difference.
    assert_eq!(
        sql("Which members do not belong to the city Oslo?"),
        "SELECT name FROM members WHERE city <> 'Oslo'"
    );
}

#[test]
fn at_least_one_related_row_is_existence() {
    assert_eq!(
        sql("How many members borrowed at least one \"FIC\" book?"),
        "SELECT COUNT(DISTINCT T1.member_id) FROM members AS T1 JOIN loans AS T2 \
         ON T1.member_id = T2.member_id JOIN books AS T3 ON T2.book_id = T3.book_id \
         WHERE T3.genre_code = 'FIC'"
    );
}

#[test]
fn a_number_of_a_quantity_column_is_its_sum() {
    // `minutes_trained` holds minutes: "the number of minutes" adds them up.
    let schema = Schema::new(vec![table(
        "workouts",
        "workout_id",
        vec![
            col("workout_id", "integer"),
            vcol("athlete", &["Ann", "Bob"]),
            col("minutes_trained", "integer"),
        ],
        vec![],
    )]);
    let idx = SchemaIndex::build(&schema);
    let a = idx
        .translate(
            "What is the number of minutes trained by the athlete Ann?",
            Dialect::Sqlite,
        )
        .unwrap();
    assert_eq!(
        a.sql,
        "SELECT SUM(minutes_trained) FROM workouts WHERE athlete = 'Ann'"
    );
}

#[test]
fn an_aggregate_word_one_word_before_its_column() {
    assert_eq!(
        sql("What is the total replacement cost of all books?"),
        "SELECT SUM(cost) FROM books"
    );
}

#[test]
fn a_total_compared_is_a_sum_per_group() {
    assert_eq!(
        sql("Which genre codes have a total cost above 100?"),
        "SELECT genre_code FROM books GROUP BY genre_code HAVING SUM(cost) > 100"
    );
}

#[test]
fn values_joined_by_and_under_an_aggregate() {
    // Every value of the column: one row per value.
    assert_eq!(
        sql("What is the average age of members from Oslo and Lima?"),
        "SELECT city, AVG(age) FROM members GROUP BY city"
    );
    // Some of its values: the rows with either.
    let idx = SchemaIndex::build(&common::shop());
    let a = idx
        .translate(
            "What is the average age of customers from France and Germany?",
            Dialect::Sqlite,
        )
        .unwrap();
    assert_eq!(
        a.sql,
        "SELECT AVG(age) FROM customers WHERE country IN ('France', 'Germany')"
    );
    // The same value twice is one condition.
    assert_eq!(
        sql("Show the names of members in Oslo whose city is Oslo."),
        "SELECT name FROM members WHERE city = 'Oslo'"
    );
}

#[test]
fn distinct_things_counted_per_row() {
    assert_eq!(
        sql("Which books did at least two distinct members borrow?"),
        "SELECT DISTINCT T1.title FROM books AS T1 JOIN loans AS T2 ON T1.book_id = T2.book_id \
         JOIN members AS T3 ON T2.member_id = T3.member_id GROUP BY T1.book_id \
         HAVING COUNT(DISTINCT T3.member_id) >= 2"
    );
}

#[test]
fn a_number_that_is_not() {
    assert_eq!(
        sql("Show the names of members whose age is not 30."),
        "SELECT name FROM members WHERE age <> 30"
    );
}

#[test]
fn most_common_value_with_its_count() {
    assert_eq!(
        sql("Which city is most common among members, and how many members live there?"),
        "SELECT city, COUNT(*) FROM members GROUP BY city ORDER BY COUNT(*) DESC LIMIT 1"
    );
    let idx = SchemaIndex::build(&common::shop());
    let a = idx
        .translate(
            "What is the most common full name of employees?",
            Dialect::Sqlite,
        )
        .unwrap();
    assert_eq!(
        a.sql,
        "SELECT first_name, last_name FROM employees GROUP BY first_name, last_name \
         ORDER BY COUNT(*) DESC LIMIT 1"
    );
}

#[test]
fn a_second_number_after_and_is_not_a_between() {
    // Only "between A and B" takes the number after "and"; one row cannot have both.
    assert_eq!(
        sql("Show the titles of books that have 100 pages and 200 pages."),
        "SELECT title FROM books WHERE pages = 100 INTERSECT SELECT title FROM books \
         WHERE pages = 200"
    );
}

/// A tally table: each row holds a number of things under the table's own name.
fn tallies() -> Schema {
    Schema::new(vec![
        table(
            "harbours",
            "harbour_id",
            vec![
                col("harbour_id", "integer"),
                col("name", "text"),
                vcol("region", &["North", "South"]),
                col("location", "text"),
            ],
            vec![],
        ),
        table(
            "arrivals",
            "arrival_id",
            vec![
                col("arrival_id", "integer"),
                col("harbour_id", "integer"),
                col("year", "integer"),
                col("arrivals", "integer"),
            ],
            vec![fk("harbour_id", "harbours", "harbour_id")],
        ),
        table(
            "fees",
            "fee_id",
            vec![
                col("fee_id", "integer"),
                col("harbour_id", "integer"),
                col("amount", "numeric(10,2)"),
            ],
            vec![fk("harbour_id", "harbours", "harbour_id")],
        ),
    ])
}

fn tally_sql(q: &str) -> String {
    let idx = SchemaIndex::build(&tallies());
    match idx.translate(q, Dialect::Sqlite) {
        Ok(a) => a.sql,
        Err(e) => panic!("{q}: declined: {}", e.reason),
    }
}

#[test]
fn a_tally_table_is_summed() {
    assert_eq!(
        tally_sql("How many arrivals were there in total in 2001?"),
        "SELECT SUM(arrivals) FROM arrivals WHERE \"year\" = 2001"
    );
    assert_eq!(
        tally_sql("In which year were there the most arrivals?"),
        "SELECT \"year\" FROM arrivals GROUP BY \"year\" ORDER BY SUM(arrivals) DESC LIMIT 1"
    );
}

#[test]
fn a_participle_after_are_is_not_the_answer() {
    assert_eq!(
        tally_sql("What harbours are located in the region North?"),
        "SELECT name FROM harbours WHERE region = 'North'"
    );
}

#[test]
fn a_size_word_on_rows_ranks_by_their_own_number() {
    assert_eq!(
        tally_sql("What amount does the largest fee have?"),
        "SELECT amount FROM fees ORDER BY amount DESC LIMIT 1"
    );
    assert_eq!(
        tally_sql("What is the amount of the smallest fee?"),
        "SELECT amount FROM fees ORDER BY amount ASC LIMIT 1"
    );
}

#[test]
fn a_count_column_named_after_its_table_word() {
    let schema = Schema::new(vec![table(
        "cabinets",
        "cabinet_id",
        vec![
            col("cabinet_id", "integer"),
            col("name", "text"),
            col("num_of_drawer", "integer"),
        ],
        vec![],
    )]);
    let idx = SchemaIndex::build(&schema);
    let a = idx
        .translate(
            "How many cabinet drawers are there in total?",
            Dialect::Sqlite,
        )
        .unwrap();
    assert_eq!(a.sql, "SELECT SUM(num_of_drawer) FROM cabinets");
}

#[test]
fn a_plural_ends_the_counted_noun() {
    let schema = Schema::new(vec![
        table(
            "pupil",
            "pupil_id",
            vec![col("pupil_id", "integer"), col("name", "text")],
            vec![],
        ),
        table(
            "sings_songs",
            "pupil_id",
            vec![col("pupil_id", "integer"), col("song", "text")],
            vec![fk("pupil_id", "pupil", "pupil_id")],
        ),
    ]);
    let idx = SchemaIndex::build(&schema);
    let a = idx
        .translate("How many different pupils sing songs?", Dialect::Sqlite)
        .unwrap();
    assert_eq!(
        a.sql,
        "SELECT COUNT(*) FROM pupil WHERE pupil_id IN (SELECT pupil_id FROM sings_songs)"
    );
}

#[test]
fn aggregates_of_different_things_are_grouped() {
    let a = tally_sql("Give the maximum and minimum amount for different harbours.");
    assert!(a.contains("GROUP BY"), "{a}");
    assert!(!a.contains("DISTINCT"), "{a}");
    // "the number of different X" still counts them.
    let b = tally_sql("What is the number of different regions of harbours?");
    assert!(b.contains("COUNT(DISTINCT"), "{b}");
}

#[test]
fn groups_in_an_order_are_ranked_by_their_number() {
    assert_eq!(
        tally_sql("List each region and the number of harbours in descending order."),
        "SELECT region, COUNT(*) FROM harbours GROUP BY region ORDER BY COUNT(*) DESC"
    );
}

#[test]
fn a_lone_number_column_is_less_sure() {
    let idx = SchemaIndex::build(&tallies());
    let (_, notes) = idx.translate_with_notes("Show all years of arrivals.", Dialect::Sqlite);
    assert!(
        notes.iter().any(|n| n.starts_with("lone_number_listed")),
        "{notes:?}"
    );
    let (_, notes) = idx.translate_with_notes("Show all names of harbours.", Dialect::Sqlite);
    assert!(
        !notes.iter().any(|n| n.starts_with("lone_number_listed")),
        "{notes:?}"
    );
}

#[test]
fn groups_in_alphabetical_order_keep_their_names_order() {
    let a = tally_sql("List each region and the number of harbours in alphabetical order.");
    assert!(a.ends_with("ORDER BY region ASC"), "{a}");
}

#[test]
fn a_sum_of_identifiers_is_doubted() {
    let schema = Schema::new(vec![table(
        "worker",
        "worker_num",
        vec![
            col("worker_num", "integer"),
            col("last_name", "text"),
            col("wage", "integer"),
        ],
        vec![],
    )]);
    let idx = SchemaIndex::build(&schema);
    let (a, notes) = idx.translate_with_notes("Find the total number of workers.", Dialect::Sqlite);
    // A sum of `worker_num` means nothing: it is never the answer.
    if let Ok(a) = a {
        assert!(!a.sql.contains("SUM("), "{} {notes:?}", a.sql);
    }
    // A sum of a measure is still a sum.
    let (a, notes) = idx.translate_with_notes("Find the total wage of workers.", Dialect::Sqlite);
    let sql = a
        .map(|a| a.sql)
        .unwrap_or_else(|e| panic!("{e:?} {notes:?}"));
    assert!(sql.contains("SUM(wage)"), "{sql}");
}

#[test]
fn a_listed_column_matched_by_a_pattern_stays_shown() {
    assert_eq!(
        tally_sql("Which harbours have a name containing 'port'? Give name and location."),
        "SELECT name, location FROM harbours WHERE name LIKE '%port%'"
    );
}

#[test]
fn a_word_column_ranked_by_a_number_declines() {
    let idx = SchemaIndex::build(&tallies());
    // Each region is a word: "above 3" belonged to some other number, which one is unknown.
    let (a, _) = idx.translate_with_notes(
        "Show the harbours whose region is above 3.",
        Dialect::Sqlite,
    );
    assert!(a.is_err(), "{:?}", a.map(|a| a.sql));
    // A number column compared by size is still answered.
    let (a, notes) = idx.translate_with_notes(
        "Show the years of arrivals above 3 arrivals.",
        Dialect::Sqlite,
    );
    let sql = a
        .map(|a| a.sql)
        .unwrap_or_else(|e| panic!("{e:?} {notes:?}"));
    assert!(sql.contains("> 3"), "{sql}");
}

#[test]
fn an_or_between_values_or_numbers_lists_no_column() {
    // "ids and names" lists two columns; the "or" of "two or more" and of "Oslo or Lima"
    // lists none, so a column the clause's verb resembles is not a third one asked for.
    assert_eq!(
        sql("What are the ids and names of the members who have returned two or more loans?"),
        "SELECT T1.member_id, T1.name FROM members AS T1 JOIN loans AS T2 ON T1.member_id = \
         T2.member_id GROUP BY T1.member_id HAVING COUNT(*) >= 2"
    );
    assert_eq!(
        sql("What are the ids and names of members who were born in Oslo or Lima?"),
        "SELECT member_id, name FROM members WHERE city IN ('Oslo', 'Lima')"
    );
}

#[test]
fn a_number_column_as_an_adjective_of_its_table_is_ranked() {
    // "costly" names `cost`; "the most costly book" ranks the books by it.
    assert_eq!(
        sql("What are the titles of the two most costly books?"),
        "SELECT title FROM books ORDER BY cost DESC LIMIT 2"
    );
    assert_eq!(
        sql("What is the least costly book?"),
        "SELECT title FROM books ORDER BY cost ASC LIMIT 1"
    );
}

#[test]
fn in_terms_of_a_column_ranks_by_it() {
    assert_eq!(
        sql("What are the two largest books in terms of pages?"),
        "SELECT title FROM books ORDER BY pages DESC LIMIT 2"
    );
    assert_eq!(
        sql("Which is the smallest book in terms of pages?"),
        "SELECT title FROM books ORDER BY pages ASC LIMIT 1"
    );
}

#[test]
fn a_number_of_unnamed_things_counts_the_one_referring_table() {
    // "borrowings" names no table; only loans refer to members.
    assert_eq!(
        sql("What are the names of members with at least three borrowings?"),
        "SELECT T1.name FROM members AS T1 JOIN loans AS T2 ON T1.member_id = T2.member_id \
         GROUP BY T1.member_id HAVING COUNT(*) >= 3"
    );
}

#[test]
fn rows_with_the_most_common_value_of_another_column() {
    // The members are those of the most common city, not ranked by how often each name
    // comes up.
    let expected = "SELECT name FROM members WHERE city = (SELECT city FROM members GROUP BY city \
                    ORDER BY COUNT(*) DESC LIMIT 1)";
    assert_eq!(
        sql("What are the names of members who live in the most common city?"),
        expected
    );
    assert_eq!(
        sql("Find the names of members living in the most popular city."),
        expected
    );
}

#[test]
fn for_each_with_a_count_condition_still_shows_each_group() {
    let school = Schema::new(vec![table(
        "lessons",
        "lesson_id",
        vec![
            col("lesson_id", "integer"),
            col("room", "text"),
            col("topic", "text"),
        ],
        vec![],
    )]);
    assert_eq!(
        common::sql_or_declined(
            &school,
            "For each room with at least 2 lessons, how many lessons are given?"
        ),
        "SELECT room, COUNT(*) FROM lessons GROUP BY room HAVING COUNT(*) >= 2"
    );
}

#[test]
fn between_two_numbers_of_a_table_counts_its_rows() {
    let towns = Schema::new(vec![
        table(
            "towns",
            "town_id",
            vec![col("town_id", "integer"), col("town_name", "text")],
            vec![],
        ),
        table(
            "bakeries",
            "bakery_id",
            vec![col("bakery_id", "integer"), col("town_id", "integer")],
            vec![fk("town_id", "towns", "town_id")],
        ),
    ]);
    // Dropped before: the range bounds no column, so it was read as nothing.
    assert_eq!(
        common::sql_or_declined(&towns, "Which towns have between 2 and 4 bakeries?"),
        "SELECT T1.town_name FROM towns AS T1 JOIN bakeries AS T2 ON T1.town_id = T2.town_id \
         GROUP BY T1.town_id HAVING COUNT(*) BETWEEN 2 AND 4"
    );
}

#[test]
fn an_aggregate_over_the_rows_with_the_most_common_value() {
    let depot = Schema::new(vec![
        table(
            "parcel_kinds",
            "kind_code",
            vec![col("kind_code", "text"), col("kind_description", "text")],
            vec![],
        ),
        table(
            "parcels",
            "parcel_id",
            vec![
                col("parcel_id", "integer"),
                col("kind_code", "text"),
                col("weight", "real"),
                vcol("depot_town", &["Leeds", "York"]),
            ],
            vec![fk("kind_code", "parcel_kinds", "kind_code")],
        ),
    ]);
    let sql = |q: &str| common::sql_or_declined(&depot, q);
    // The total is over the parcels of the one most common kind, not a total per kind.
    assert_eq!(
        sql("What is the total weight of parcels of the most common kind code?"),
        "SELECT SUM(weight) FROM parcels WHERE kind_code = (SELECT kind_code FROM parcels \
         GROUP BY kind_code ORDER BY COUNT(*) DESC LIMIT 1)"
    );
    assert_eq!(
        sql("Find the average weight of parcels that have the least popular depot town."),
        "SELECT AVG(weight) FROM parcels WHERE depot_town = (SELECT depot_town FROM parcels \
         GROUP BY depot_town ORDER BY COUNT(*) ASC LIMIT 1)"
    );
    assert_eq!(
        sql("Find the total weight of parcels with the depot town that is most common."),
        "SELECT SUM(weight) FROM parcels WHERE depot_town = (SELECT depot_town FROM parcels \
         GROUP BY depot_town ORDER BY COUNT(*) DESC LIMIT 1)"
    );
}
