//! Which tables a question joins: a column taken from the table the question is about rather
//! than a neighbour's, and no table joined that the answer does not need. Each on a schema
//! the test makes itself.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, fk, table, vcol};
use quarry_model::{Dialect, Schema};
use quarry_nl::SchemaIndex;

/// Film festivals: a bare `fname` label, two tables that half-name "screenings", a film's
/// title next to a critic's `name`.
fn festival() -> Schema {
    Schema::new(vec![
        table(
            "festival",
            "fest_id",
            vec![
                col("fest_id", "integer"),
                col("fname", "text"),
                col("no_of_visitors", "integer"),
                col("box_office_phone", "text"),
                vcol("country", &["Norway", "Chile"]),
            ],
            vec![],
        ),
        table(
            "visitor",
            "visitor_id",
            vec![
                col("visitor_id", "integer"),
                col("visitor_name", "text"),
                col("fest_id", "integer"),
            ],
            vec![fk("fest_id", "festival", "fest_id")],
        ),
        table(
            "film",
            "film_id",
            vec![
                col("film_id", "integer"),
                col("title", "text"),
                col("premiere_year", "integer"),
            ],
            vec![],
        ),
        table(
            "critic",
            "critic_id",
            vec![
                col("critic_id", "integer"),
                col("name", "text"),
                col("phone", "text"),
            ],
            vec![],
        ),
        table(
            "review",
            "review_id",
            vec![
                col("review_id", "integer"),
                col("film_id", "integer"),
                col("critic_id", "integer"),
                col("stars", "integer"),
            ],
            vec![
                fk("film_id", "film", "film_id"),
                fk("critic_id", "critic", "critic_id"),
            ],
        ),
        table(
            "screening_log",
            "log_id",
            vec![
                col("log_id", "integer"),
                col("screening_id", "integer"),
                col("note", "text"),
            ],
            vec![fk("screening_id", "outdoor_screening", "screening_id")],
        ),
        table(
            "outdoor_screening",
            "screening_id",
            vec![
                col("screening_id", "integer"),
                col("film_id", "integer"),
                col("hall", "text"),
                col("seats", "integer"),
            ],
            vec![fk("film_id", "film", "film_id")],
        ),
        table(
            "festival_film",
            "film_id",
            vec![col("fest_id", "integer"), col("film_id", "integer")],
            vec![
                fk("fest_id", "festival", "fest_id"),
                fk("film_id", "film", "film_id"),
            ],
        ),
        table(
            "ref_ticket_kind",
            "ticket_kind_code",
            vec![
                col("ticket_kind_code", "text"),
                col("ticket_kind_description", "text"),
            ],
            vec![],
        ),
        table(
            "ticket",
            "ticket_id",
            vec![
                col("ticket_id", "integer"),
                col("ticket_kind_code", "text"),
                col("visitor_id", "integer"),
            ],
            vec![
                fk("ticket_kind_code", "ref_ticket_kind", "ticket_kind_code"),
                fk("visitor_id", "visitor", "visitor_id"),
            ],
        ),
        table(
            "ref_prize",
            "prize_code",
            vec![col("prize_code", "text"), col("prize_description", "text")],
            vec![],
        ),
        table(
            "film_prize",
            "film_prize_id",
            vec![
                col("film_prize_id", "integer"),
                col("film_id", "integer"),
                col("prize_code", "text"),
            ],
            vec![
                fk("film_id", "film", "film_id"),
                fk("prize_code", "ref_prize", "prize_code"),
            ],
        ),
    ])
}

/// The engine's SQL for `q` (PostgreSQL), which the read-only guard admits.
fn sql(q: &str) -> String {
    let idx = SchemaIndex::build(&festival());
    let a = idx
        .translate(q, Dialect::Postgres)
        .unwrap_or_else(|e| panic!("{q}: declined: {}", e.reason));
    quarry_guard::check(&a.sql, Dialect::Postgres)
        .unwrap_or_else(|e| panic!("{q}: guard refused {}: {e}", a.sql));
    a.sql
}

#[test]
fn an_initial_before_name_is_the_tables_name() {
    assert_eq!(
        sql("List the names of festivals in Chile."),
        "SELECT fname FROM festival WHERE country = 'Chile'"
    );
}

#[test]
fn the_name_of_a_superlative_row_is_that_tables_label() {
    let q = sql("I want the name of the latest film.");
    assert!(q.contains("title") && !q.contains("critic"), "{q}");
}

#[test]
fn whose_name_is_the_name_of_the_table_before() {
    assert_eq!(
        sql("Give every film whose name has the word \"Night\" in it."),
        "SELECT title FROM film WHERE title LIKE '%Night%'"
    );
}

#[test]
fn a_table_word_two_tables_half_name_goes_with_the_other_columns() {
    assert_eq!(
        sql("What are the halls of screenings with more than 100 seats?"),
        "SELECT hall FROM outdoor_screening WHERE seats > 100"
    );
}

#[test]
fn a_compound_of_keys_only_names_the_lookup_it_links() {
    // With the `ref_` marker set aside, the lookup table is called "prize", and "film prize"
    // (a table of keys only) names the prizes it links, as "pet kennels" names the kennels.
    assert_eq!(
        sql("List the description of each film prize."),
        "SELECT prize_description FROM ref_prize"
    );
}

#[test]
fn a_column_word_goes_to_the_one_named_table_that_has_it() {
    assert_eq!(
        sql("Which phone number does the festival in Chile have?"),
        "SELECT box_office_phone FROM festival WHERE country = 'Chile'"
    );
}

#[test]
fn a_number_column_that_spells_the_count_is_used_rather_than_counting_a_table() {
    assert_eq!(
        sql("Which festival draws the most number of visitors?"),
        "SELECT fname FROM festival ORDER BY no_of_visitors DESC LIMIT 1"
    );
    assert_eq!(
        sql("Find the number of visitors of the festivals in Chile."),
        "SELECT SUM(no_of_visitors) FROM festival WHERE country = 'Chile'"
    );
}

#[test]
fn without_such_a_column_the_number_of_rows_is_counted() {
    let q = sql("Which film received the most number of reviews?");
    assert!(q.contains("COUNT(*)") && q.contains("review"), "{q}");
}

#[test]
fn a_compound_naming_a_link_table_means_its_last_word() {
    assert_eq!(
        sql("List the titles of all festival films."),
        "SELECT title FROM film"
    );
}

#[test]
fn a_column_word_goes_to_the_named_table_whose_column_the_other_words_describe() {
    let schema = Schema::new(vec![
        table(
            "member_card",
            "card_no",
            vec![
                col("card_no", "integer"),
                col("card_level_code", "text"),
                col("holder", "text"),
            ],
            vec![],
        ),
        table(
            "card_swipe",
            "swipe_id",
            vec![
                col("swipe_id", "integer"),
                col("card_no", "integer"),
                col("level", "text"),
            ],
            vec![fk("card_no", "member_card", "card_no")],
        ),
    ]);
    let a = SchemaIndex::build(&schema)
        .translate(
            "How many member cards are of the level \"Gold\"?",
            Dialect::Postgres,
        )
        .unwrap();
    assert_eq!(
        a.sql,
        "SELECT COUNT(*) FROM member_card WHERE card_level_code = 'Gold'"
    );
}

#[test]
fn of_two_keys_to_one_table_the_join_takes_the_one_named_like_the_key() {
    let schema = Schema::new(vec![
        table(
            "book",
            "book_id",
            vec![
                col("book_id", "integer"),
                col("title", "text"),
                col("original_tongue_id", "integer"),
                col("tongue_id", "integer"),
            ],
            vec![
                fk("original_tongue_id", "tongue", "tongue_id"),
                fk("tongue_id", "tongue", "tongue_id"),
            ],
        ),
        table(
            "tongue",
            "tongue_id",
            vec![col("tongue_id", "integer"), col("name", "text")],
            vec![],
        ),
    ]);
    let a = SchemaIndex::build(&schema)
        .translate(
            "What is the name of the tongue of the book titled 'Dune'?",
            Dialect::Postgres,
        )
        .unwrap();
    assert!(a.sql.contains("T1.tongue_id = T2.tongue_id"), "{}", a.sql);
}

#[test]
fn a_table_joined_only_for_having_a_row_is_noted() {
    let idx = SchemaIndex::build(&festival());
    let (answer, notes) = idx.translate_with_notes(
        "List the titles of films that have reviews.",
        Dialect::Postgres,
    );
    let sql = answer.unwrap().sql;
    assert!(sql.contains("IN (SELECT"), "{sql}");
    assert!(
        notes.iter().any(|n| n.starts_with("join_idle")),
        "{notes:?}"
    );
}

#[test]
fn a_whole_name_side_by_side_beats_one_across_of_the() {
    let schema = Schema::new(vec![
        table(
            "ref_shade",
            "shade_code",
            vec![col("shade_code", "text"), col("shade_description", "text")],
            vec![],
        ),
        table(
            "paint",
            "paint_id",
            vec![
                col("paint_id", "integer"),
                col("paint_name", "text"),
                col("paint_description", "text"),
                col("shade_code", "text"),
            ],
            vec![fk("shade_code", "ref_shade", "shade_code")],
        ),
    ]);
    let a = SchemaIndex::build(&schema)
        .translate(
            "What is the shade description of the paint named 'Dusk'?",
            Dialect::Postgres,
        )
        .unwrap();
    assert!(
        a.sql.contains(".shade_description FROM") && !a.sql.contains("paint_description"),
        "{}",
        a.sql
    );
}

#[test]
fn the_next_item_of_a_list_names_whose_name_is_asked() {
    assert_eq!(
        sql("Display name and ID of the film released in 1999."),
        "SELECT title, film_id FROM film WHERE premiere_year = 1999"
    );
}

#[test]
fn a_path_through_link_tables_beats_a_detour_through_a_shared_parent() {
    // Pupils and electives both belong to a house; what a pupil took is recorded through
    // sittings of an elective. The house path is shorter but pairs every pupil with every
    // elective of the house.
    let schema = Schema::new(vec![
        table(
            "house",
            "house_id",
            vec![col("house_id", "integer"), col("name", "text")],
            vec![],
        ),
        table(
            "pupil",
            "pupil_id",
            vec![
                col("pupil_id", "integer"),
                col("surname", "text"),
                col("house_id", "integer"),
            ],
            vec![fk("house_id", "house", "house_id")],
        ),
        table(
            "elective",
            "elective_id",
            vec![
                col("elective_id", "integer"),
                col("topic", "text"),
                col("house_id", "integer"),
            ],
            vec![fk("house_id", "house", "house_id")],
        ),
        table(
            "sitting",
            "sitting_id",
            vec![
                col("sitting_id", "integer"),
                col("elective_id", "integer"),
                col("hall_no", "text"),
            ],
            vec![fk("elective_id", "elective", "elective_id")],
        ),
        table(
            "attendance",
            "attendance_id",
            vec![
                col("attendance_id", "integer"),
                col("pupil_id", "integer"),
                col("sitting_id", "integer"),
            ],
            vec![
                fk("pupil_id", "pupil", "pupil_id"),
                fk("sitting_id", "sitting", "sitting_id"),
            ],
        ),
    ]);
    let a = SchemaIndex::build(&schema)
        .translate(
            "What are the topics of the electives the pupil with surname 'Moss' took?",
            Dialect::Postgres,
        )
        .unwrap();
    assert!(
        a.sql.contains("attendance") && !a.sql.contains("house"),
        "{}",
        a.sql
    );
}

#[test]
fn a_linking_table_in_the_query_joins_the_two_tables_it_links() {
    // An atelier names one sculptor as its curator; which sculptors show where is in the
    // showings. A question about both and a showing's length joins sculptor and atelier
    // through the showings, not through the curator.
    let schema = Schema::new(vec![
        table(
            "sculptor",
            "sculptor_id",
            vec![col("sculptor_id", "integer"), col("name", "text")],
            vec![],
        ),
        table(
            "atelier",
            "atelier_id",
            vec![
                col("atelier_id", "integer"),
                vcol("atelier_name", &["North", "Harbour"]),
                col("curator_id", "integer"),
            ],
            vec![fk("curator_id", "sculptor", "sculptor_id")],
        ),
        table(
            "showing",
            "showing_id",
            vec![
                col("showing_id", "integer"),
                col("sculptor_id", "integer"),
                col("atelier_id", "integer"),
                col("weeks", "integer"),
            ],
            vec![
                fk("sculptor_id", "sculptor", "sculptor_id"),
                fk("atelier_id", "atelier", "atelier_id"),
            ],
        ),
    ]);
    let a = SchemaIndex::build(&schema)
        .translate(
            "Which sculptors of the North atelier had a showing of more than 4 weeks?",
            Dialect::Postgres,
        )
        .unwrap();
    assert!(
        !a.sql.contains("curator_id") && a.sql.contains("atelier_id ="),
        "{}",
        a.sql
    );
}

/// Yarns of a hue; the hue codes are known only from the yarns' column.
fn yarns() -> Schema {
    Schema::new(vec![
        table(
            "ref_hue",
            "hue_code",
            vec![
                col("hue_code", "text"),
                col("hue_description", "text"),
                col("dye_unit", "text"),
            ],
            vec![],
        ),
        table(
            "yarn",
            "yarn_id",
            vec![
                col("yarn_id", "integer"),
                col("yarn_name", "text"),
                vcol("hue_code", &["OCH", "TEAL"]),
            ],
            vec![fk("hue_code", "ref_hue", "hue_code")],
        ),
    ])
}

#[test]
fn a_table_joined_only_to_match_its_join_column_leaves_the_join() {
    let idx = SchemaIndex::build(&yarns());
    let sql = |q: &str| idx.translate(q, Dialect::Postgres).unwrap().sql;
    // The hue's own row holds the code the yarns' column matched: one row, not one per yarn.
    assert_eq!(
        sql("What is the dye unit and description of the hue OCH?"),
        "SELECT dye_unit, hue_description FROM ref_hue WHERE hue_code = 'OCH'"
    );
}

#[test]
fn of_two_links_between_two_tables_the_join_takes_the_one_the_question_words() {
    // A parcel refers to a clerk twice: who sent it and who signed for it.
    let schema = Schema::new(vec![
        table(
            "clerk",
            "clerk_id",
            vec![col("clerk_id", "integer"), col("name", "text")],
            vec![],
        ),
        table(
            "parcel",
            "parcel_id",
            vec![
                col("parcel_id", "integer"),
                col("weight_kg", "integer"),
                col("sent_by_clerk_id", "integer"),
                col("signed_by_clerk_id", "integer"),
            ],
            vec![
                fk("sent_by_clerk_id", "clerk", "clerk_id"),
                fk("signed_by_clerk_id", "clerk", "clerk_id"),
            ],
        ),
    ]);
    let idx = SchemaIndex::build(&schema);
    // The join condition, not a counted column, says which link was taken.
    let on = |q: &str| {
        let sql = idx.translate(q, Dialect::Postgres).unwrap().sql;
        sql.split(" ON ").nth(1).unwrap_or_default().to_string()
    };
    let signed = on("Show the name of each clerk and the number of parcels signed by the clerk.");
    assert!(signed.contains("signed_by_clerk_id ="), "{signed}");
    let sent = on("Show the name of each clerk and the number of parcels sent by the clerk.");
    assert!(sent.contains("sent_by_clerk_id ="), "{sent}");
}

#[test]
fn a_column_no_named_table_has_comes_from_the_nearest_table() {
    // "kennel visits" names the visits (they hold more than keys), which have no
    // description: the kennels' one join away is meant, not the owners' two joins away.
    let schema = Schema::new(vec![
        table(
            "owners",
            "owner_id",
            vec![
                col("owner_id", "integer"),
                col("name", "text"),
                col("owner_description", "text"),
            ],
            vec![],
        ),
        table(
            "kennels",
            "kennel_id",
            vec![
                col("kennel_id", "integer"),
                col("owner_id", "integer"),
                col("kennel_description", "text"),
            ],
            vec![fk("owner_id", "owners", "owner_id")],
        ),
        table(
            "kennel_visits",
            "visit_id",
            vec![
                col("visit_id", "integer"),
                col("kennel_id", "integer"),
                col("visit_date", "date"),
            ],
            vec![fk("kennel_id", "kennels", "kennel_id")],
        ),
    ]);
    assert_eq!(
        common::sql_or_declined(&schema, "List the description of each kennel visit."),
        "SELECT T2.kennel_description FROM kennel_visits AS T1 JOIN kennels AS T2 \
         ON T1.kennel_id = T2.kennel_id"
    );
}

/// Pupils, the troupes they join, and the link between them.
fn troupes() -> Schema {
    Schema::new(vec![
        table(
            "pupil",
            "pupil_id",
            vec![col("pupil_id", "integer"), col("pupil_name", "text")],
            vec![],
        ),
        table(
            "troupe",
            "troupe_id",
            vec![col("troupe_id", "integer"), col("troupe_name", "text")],
            vec![],
        ),
        table(
            "troupe_member",
            "enrolment_no",
            vec![
                col("enrolment_no", "integer"),
                col("pupil_id", "integer"),
                col("troupe_id", "integer"),
            ],
            vec![
                fk("pupil_id", "pupil", "pupil_id"),
                fk("troupe_id", "troupe", "troupe_id"),
            ],
        ),
    ])
}

#[test]
fn a_table_only_counted_through_a_reference_to_its_key_is_not_joined() {
    let on = |q: &str| common::sql_or_declined(&troupes(), q);
    // Each membership row names one pupil: joining the pupils counts the same rows.
    assert_eq!(
        on("Show each troupe name and the number of pupils in it."),
        "SELECT T2.troupe_name, COUNT(*) FROM troupe_member AS T1 JOIN troupe AS T2 ON T1.troupe_id = T2.troupe_id \
         GROUP BY T2.troupe_name"
    );
    // The pupils stay when something of theirs is shown.
    assert!(
        on("Show the pupil names and the number of troupes each pupil is in.")
            .contains("JOIN pupil")
    );
}

#[test]
fn a_lookup_that_only_says_a_reference_is_there_adds_no_condition() {
    let on = |q: &str| common::sql_or_declined(&troupes(), q);
    // Every membership names a troupe: "in a troupe" is having a membership.
    assert_eq!(
        on("Which pupils belong to a troupe?"),
        "SELECT pupil_name FROM pupil WHERE pupil_id IN (SELECT pupil_id FROM troupe_member)"
    );
    // The memberships a count runs over stay joined: as a condition they would leave one
    // row per club.
    assert_eq!(
        on("What are the names and ids of the distinct troupes, and how many pupils are in each?"),
        "SELECT T1.troupe_name, T1.troupe_id, COUNT(*) FROM troupe AS T1 JOIN troupe_member AS T2 \
         ON T1.troupe_id = T2.troupe_id GROUP BY T1.troupe_name, T1.troupe_id"
    );
}

#[test]
fn a_linking_table_named_noun_of_holds_those_nouns() {
    let mut membership = table(
        "fellow_of",
        "scholar_id",
        vec![col("scholar_id", "integer"), col("circle_no", "integer")],
        vec![
            fk("scholar_id", "scholars", "scholar_id"),
            fk("circle_no", "circles", "circle_no"),
        ],
    );
    membership.primary_key = vec!["scholar_id".into(), "circle_no".into()];
    let society = Schema::new(vec![
        table(
            "circles",
            "circle_no",
            vec![col("circle_no", "integer"), col("circle_name", "text")],
            vec![],
        ),
        table(
            "scholars",
            "scholar_id",
            vec![col("scholar_id", "integer"), col("surname", "text")],
            vec![],
        ),
        membership,
    ]);
    // `fellow_of` rows are the fellows: counted per circle.
    assert_eq!(
        common::sql_or_declined(
            &society,
            "Which circle has the fewest fellows? Give its name."
        ),
        "SELECT T1.circle_name FROM circles AS T1 JOIN fellow_of AS T2 ON T1.circle_no = \
         T2.circle_no GROUP BY T1.circle_no ORDER BY COUNT(*) ASC LIMIT 1"
    );
}

#[test]
fn a_link_between_two_tables_is_worded_through_the_word_lists_too() {
    let ferries = Schema::new(vec![
        table(
            "harbours",
            "harbour_code",
            vec![col("harbour_code", "text"), col("harbour_town", "text")],
            vec![],
        ),
        table(
            "sailings",
            "sailing_id",
            vec![
                col("sailing_id", "integer"),
                col("origin_harbour", "text"),
                col("destination_harbour", "text"),
            ],
            vec![
                fk("origin_harbour", "harbours", "harbour_code"),
                fk("destination_harbour", "harbours", "harbour_code"),
            ],
        ),
    ]);
    let sql = |q: &str| {
        SchemaIndex::build(&ferries)
            .translate(q, Dialect::Sqlite)
            .unwrap()
            .sql
    };
    // Sailings depart from their origin and arrive at their destination.
    let departing = sql("How many sailings depart from each harbour? Show the harbour code.");
    assert!(
        departing.contains("ON T1.origin_harbour = T2.harbour_code"),
        "{departing}"
    );
    let arriving = sql("How many sailings arrive at each harbour? Show the harbour code.");
    assert!(
        arriving.contains("ON T1.destination_harbour = T2.harbour_code"),
        "{arriving}"
    );
}
