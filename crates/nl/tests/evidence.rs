//! Evidence notes about how tables and columns were chosen and how unexplained words were
//! read (the confidence model's inputs), each checked on a schema the test makes itself:
//! recorded where the case arises, absent in a plain question.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, fk, table, vcol};
use quarry_model::{Dialect, Schema, Table};
use quarry_nl::SchemaIndex;

/// Clients and shops (both with a name and a city), a linking table named after neither, and
/// payments that refer to clients twice.
fn town() -> Schema {
    Schema::new(vec![
        table(
            "clients",
            "client_id",
            vec![
                col("client_id", "integer"),
                col("name", "text"),
                vcol("city", &["Oslo", "Lima"]),
                col("age", "integer"),
            ],
            vec![],
        ),
        table(
            "shops",
            "shop_id",
            vec![
                col("shop_id", "integer"),
                col("name", "text"),
                vcol("city", &["Oslo", "Rome"]),
                col("rating", "integer"),
            ],
            vec![],
        ),
        table(
            "patronage",
            "patronage_id",
            vec![
                col("patronage_id", "integer"),
                col("client_id", "integer"),
                col("shop_id", "integer"),
            ],
            vec![
                fk("client_id", "clients", "client_id"),
                fk("shop_id", "shops", "shop_id"),
            ],
        ),
        table(
            "payments",
            "payment_id",
            vec![
                col("payment_id", "integer"),
                col("payer_id", "integer"),
                col("payee_id", "integer"),
                col("amount", "numeric(10,2)"),
            ],
            vec![
                fk("payer_id", "clients", "client_id"),
                fk("payee_id", "clients", "client_id"),
            ],
        ),
    ])
}

fn notes(q: &str) -> Vec<String> {
    let idx = SchemaIndex::build(&town());
    idx.translate_with_notes(q, Dialect::Sqlite).1
}

fn has(notes: &[String], what: &str) -> bool {
    notes.iter().any(|n| n.starts_with(&format!("{what}=")))
}

#[test]
fn near_equal_columns_in_several_tables_are_noted() {
    // `name` is in clients and shops alike.
    let n = notes("Show all names.");
    assert!(
        has(&n, "col_rival_tables") && has(&n, "col_margin"),
        "{n:?}"
    );
    let n = notes("Show the ages of clients.");
    assert!(
        !has(&n, "col_rival_tables") && !has(&n, "col_margin"),
        "{n:?}"
    );
}

#[test]
fn a_value_in_several_columns_is_noted() {
    // "Oslo" is a city of clients and of shops; "Lima" only of clients.
    assert!(has(&notes("Which clients live in Oslo?"), "value_spread"));
    assert!(!has(&notes("Which clients live in Lima?"), "value_spread"));
}

#[test]
fn a_value_outside_the_named_tables_is_noted() {
    assert!(has(&notes("List clients in Rome."), "value_outside_named"));
    assert!(!has(&notes("List clients in Lima."), "value_outside_named"));
}

#[test]
fn a_join_over_one_of_several_links_is_noted() {
    // Payments refer to clients as payer and as payee.
    let n = notes("Show the amounts of payments and the names of clients.");
    assert!(has(&n, "join_multi_link"), "{n:?}");
    let n = notes("Show the client names and shop ratings.");
    assert!(!has(&n, "join_multi_link"), "{n:?}");
}

#[test]
fn a_shown_column_of_an_unnamed_table_is_noted() {
    let n = notes("Who is in Rome?");
    assert!(has(&n, "select_unsaid_table"), "{n:?}");
    let n = notes("List the names of clients in Lima.");
    assert!(!has(&n, "select_unsaid_table"), "{n:?}");
}

#[test]
fn an_s_word_after_who_is_a_verb() {
    let n = notes("Show the names of clients who owns widgets.");
    assert!(n.iter().any(|x| x.starts_with("word:verb:owns=")), "{n:?}");
    assert!(
        n.iter().any(|x| x.starts_with("word:plural:widgets=")),
        "{n:?}"
    );
}

#[test]
fn a_word_between_a_table_and_a_preposition_is_a_verb() {
    // "clients dine in style": a verb relating the clients to something, not an unknown word.
    // (Before a value the condition reads it: see
    // `a_verb_between_two_joined_tables_is_read_by_the_join`.)
    let n = notes("Which clients dine in style?");
    assert!(has(&n, "word:verb:dine"), "{n:?}");
    assert!(!has(&n, "word:other:dine"), "{n:?}");
}

#[test]
fn short_and_irregular_verbs_are_verbs() {
    // Too short for the "-ed" rule, or irregular: still verbs, not unknown words.
    // (Nothing the query reads follows them: before a value or another joined table the
    // verb is read; see `a_verb_between_two_joined_tables_is_read_by_the_join`.)
    for (q, w) in [
        ("Which clients use the stairs?", "use"),
        ("Which clients live upstairs?", "live"),
        ("Names of shops made of glass.", "made"),
        ("Which shops were used?", "used"),
        ("Which clients taught yoga?", "taught"),
    ] {
        let n = notes(q);
        assert!(!has(&n, &format!("word:other:{w}")), "{q}: {n:?}");
        assert!(has(&n, &format!("word:verb:{w}")), "{q}: {n:?}");
    }
    // A noun nothing explains stays an unknown word.
    let n = notes("Which clients have a garden in Oslo?");
    assert!(has(&n, "word:other:garden"), "{n:?}");
}

/// Orchards and their harvests, many per orchard.
fn orchards_and_harvests() -> Vec<Table> {
    vec![
        table(
            "orchard",
            "orchard_id",
            vec![col("orchard_id", "integer"), col("name", "text")],
            vec![],
        ),
        table(
            "harvest",
            "harvest_id",
            vec![
                col("harvest_id", "integer"),
                col("orchard_id", "integer"),
                col("tonnes", "integer"),
            ],
            vec![fk("orchard_id", "orchard", "orchard_id")],
        ),
    ]
}

#[test]
fn two_tables_joined_only_through_a_shared_parent_are_noted() {
    // Harvests and inspections both belong to an orchard, many per orchard; a deed is one
    // per orchard (its key is the orchard's).
    let mut tables = orchards_and_harvests();
    tables.extend([
        table(
            "inspection",
            "inspection_id",
            vec![
                col("inspection_id", "integer"),
                col("orchard_id", "integer"),
                col("marks", "integer"),
            ],
            vec![fk("orchard_id", "orchard", "orchard_id")],
        ),
        table(
            "deed",
            "orchard_id",
            vec![col("orchard_id", "integer"), col("owner", "text")],
            vec![fk("orchard_id", "orchard", "orchard_id")],
        ),
    ]);
    let schema = Schema::new(tables);
    let idx = SchemaIndex::build(&schema);
    let notes = |q: &str| idx.translate_with_notes(q, Dialect::Sqlite).1;
    let n = notes("Show the tonnes of harvests with inspection marks above 5.");
    assert!(has(&n, "join_shared_parent"), "{n:?}");
    let n = notes("Show the names of orchards with a harvest above 10 tonnes.");
    assert!(!has(&n, "join_shared_parent"), "{n:?}");
    let n = notes("Show the deed owners of orchards with a harvest above 10 tonnes.");
    assert!(!has(&n, "join_shared_parent"), "{n:?}");
}

#[test]
fn a_column_tie_its_owner_settles_is_not_ambiguous() {
    // `name` is a studio's column; "its" points back to the film, the subject a sentence
    // away, whose label is its title.
    let schema = Schema::new(vec![
        table(
            "studio",
            "studio_id",
            vec![col("studio_id", "integer"), col("name", "text")],
            vec![],
        ),
        table(
            "film",
            "film_id",
            vec![
                col("film_id", "integer"),
                col("title", "text"),
                col("release_date", "date"),
                col("studio_id", "integer"),
            ],
            vec![fk("studio_id", "studio", "studio_id")],
        ),
    ]);
    let idx = SchemaIndex::build(&schema);
    let (sql, n) = idx.translate_with_notes(
        "Which is the most recent film? Give its name.",
        Dialect::Sqlite,
    );
    assert_eq!(
        sql.unwrap().sql,
        "SELECT title FROM film ORDER BY release_date DESC LIMIT 1"
    );
    assert!(!has(&n, "ambiguous"), "{n:?}");
    // Nothing says whose names: the tie stays open.
    assert!(has(&notes("Show all names."), "ambiguous"));
}

#[test]
fn a_column_tie_a_value_settles_is_no_rival() {
    // "Lima" is only a client's city: the name meant is a client's.
    let n = notes("What is the name of the one in Lima?");
    assert!(!has(&n, "col_rival_tables"), "{n:?}");
    // "rating" is only a shop's: the value no longer settles whose name.
    let n = notes("What are the name and rating of the one in Lima?");
    assert!(has(&n, "col_rival_tables"), "{n:?}");
}

#[test]
fn only_a_shown_column_the_filter_fixes_is_an_echo() {
    // The names that contain a word are still to be looked up; the name that is a given
    // value is only the question read back.
    let n = notes("Show the names of clients whose name contains 'Lee'.");
    assert!(!has(&n, "answer_is_filter"), "{n:?}");
    let n = notes("Which client has the name 'Ann Lee'?");
    assert!(has(&n, "answer_is_filter"), "{n:?}");
}

#[test]
fn counting_a_key_without_distinct_is_no_guess_when_no_join_repeats_it() {
    // Each harvest meets one orchard: counting harvest ids with or without DISTINCT is the
    // same. An orchard id repeats across harvests: whether to count it once is a guess.
    let schema = Schema::new(orchards_and_harvests());
    let idx = SchemaIndex::build(&schema);
    let (sql, n) = idx.translate_with_notes(
        "How many harvest ids does each orchard have?",
        Dialect::Sqlite,
    );
    assert!(sql.unwrap().sql.contains("COUNT(T2.harvest_id)"));
    assert!(!has(&n, "count_col_no_distinct"), "{n:?}");
    let (sql, n) = idx.translate_with_notes("Count the orchard ids of harvests.", Dialect::Sqlite);
    assert_eq!(sql.unwrap().sql, "SELECT COUNT(orchard_id) FROM harvest");
    assert!(has(&n, "count_col_no_distinct"), "{n:?}");
}

/// Boats moored at harbours, and the crews that sail them.
fn marina() -> Schema {
    Schema::new(vec![
        table(
            "harbours",
            "harbour_id",
            vec![
                col("harbour_id", "integer"),
                col("name", "text"),
                col("region", "text"),
            ],
            vec![],
        ),
        table(
            "boats",
            "boat_id",
            vec![
                col("boat_id", "integer"),
                col("name", "text"),
                col("rig", "text"),
                col("hull_colour", "text"),
                col("top_speed", "integer"),
                col("length", "integer"),
                col("resale_value_euros", "text"),
                col("harbour_id", "integer"),
            ],
            vec![fk("harbour_id", "harbours", "harbour_id")],
        ),
    ])
}

#[test]
fn grouping_by_one_shown_attribute_is_no_guess_when_nothing_else_could_be_the_group() {
    let idx = SchemaIndex::build(&marina());
    let notes = |q: &str| idx.translate_with_notes(q, Dialect::Sqlite);
    // Counting boats per boat is 1 each: the shown rig is the only group.
    let (sql, n) = notes("Which rig has the most boats?");
    assert_eq!(
        sql.unwrap().sql,
        "SELECT rig FROM boats GROUP BY rig ORDER BY COUNT(*) DESC LIMIT 1"
    );
    assert!(!has(&n, "group_by_shown"), "{n:?}");
    assert!(!has(
        &notes("Which rigs have at least 3 boats?").1,
        "group_by_shown"
    ));
    // "each" names the shown attribute, or stands for it.
    let (sql, n) = notes("Show the rigs and the number of boats with each.");
    assert_eq!(
        sql.unwrap().sql,
        "SELECT rig, COUNT(*) FROM boats GROUP BY rig"
    );
    assert!(!has(&n, "group_by_shown"), "{n:?}");
    // Two shown columns (per pair or per boat?), a name two boats may share, another table
    // whose rows could be the groups, or a "per" that goes with another word: still a guess.
    for q in [
        "Which rig and hull colour have the most boats?",
        "Which name has the most boats?",
        "Which region has the most boats?",
        "Show the rig and the average speed in knots per hour.",
        "Show the rig, hull colour and average length for each.",
    ] {
        let n = notes(q).1;
        assert!(has(&n, "group_by_shown"), "{q}: {n:?}");
    }
}

#[test]
fn a_dropped_word_that_is_the_aggregated_column_is_no_scope_guess() {
    let idx = SchemaIndex::build(&marina());
    let notes = |q: &str| idx.translate_with_notes(q, Dialect::Sqlite);
    // "resale" and "value" both name the aggregated column: grouping by it would make each
    // maximum its own value, so nothing but the aggregate was meant.
    let (sql, n) = notes("What is the maximum and minimum resale value of boats?");
    assert_eq!(
        sql.unwrap().sql,
        "SELECT MAX(resale_value_euros), MIN(resale_value_euros) FROM boats"
    );
    assert!(!has(&n, "agg_scope_dropped"), "{n:?}");
    // "across all rigs" might still have meant one maximum per rig.
    let (sql, n) = notes("What is the average resale value across all rigs?");
    assert_eq!(
        sql.unwrap().sql,
        "SELECT AVG(resale_value_euros) FROM boats"
    );
    assert!(has(&n, "agg_scope_dropped"), "{n:?}");
}

#[test]
fn a_column_tie_the_final_query_never_reads_is_not_ambiguous() {
    let schema = Schema::new(vec![
        table(
            "tenants",
            "tenant_id",
            vec![
                col("tenant_id", "integer"),
                col("name", "text"),
                col("floor", "integer"),
            ],
            vec![],
        ),
        table(
            "tenant_rents",
            "rent_id",
            vec![
                col("rent_id", "integer"),
                col("tenant_id", "integer"),
                col("rent_date", "date"),
                col("rent_amount", "integer"),
            ],
            vec![fk("tenant_id", "tenants", "tenant_id")],
        ),
    ]);
    let idx = SchemaIndex::build(&schema);
    let notes = |q: &str| idx.translate_with_notes(q, Dialect::Sqlite);
    // "rent" ties the rent date and amount, but the query only asks whether a tenant has
    // any rent row: neither tied column is read.
    let (sql, n) = notes("How many tenants have no rent records?");
    assert_eq!(
        sql.unwrap().sql,
        "SELECT COUNT(*) FROM tenants WHERE tenant_id NOT IN (SELECT tenant_id FROM tenant_rents WHERE tenant_id IS NOT NULL)"
    );
    assert!(!has(&n, "ambiguous"), "{n:?}");
    // Shown, the pick among the tied columns is still a coin toss.
    let (sql, n) = notes("Show the rent of each tenant.");
    assert_eq!(
        sql.unwrap().sql,
        "SELECT T2.rent_id FROM tenants AS T1 JOIN tenant_rents AS T2 ON T1.tenant_id = T2.tenant_id"
    );
    assert!(has(&n, "ambiguous"), "{n:?}");
}

#[test]
fn a_tied_mention_the_query_drops_altogether_stays_ambiguous() {
    let schema = Schema::new(vec![
        table(
            "workers",
            "worker_id",
            vec![col("worker_id", "integer"), col("worker_name", "text")],
            vec![],
        ),
        table(
            "file_shreddings",
            "shredding_id",
            vec![
                col("shredding_id", "integer"),
                col("approved_by_worker_id", "integer"),
                col("shredded_by_worker_id", "integer"),
                col("shredding_date", "date"),
            ],
            vec![
                fk("approved_by_worker_id", "workers", "worker_id"),
                fk("shredded_by_worker_id", "workers", "worker_id"),
            ],
        ),
    ]);
    let idx = SchemaIndex::build(&schema);
    // "shredding" ties the shredding's columns, and the query reads none of them nor their
    // table: the reading was lost, not settled.
    let (sql, n) = idx.translate_with_notes(
        "Show the ids of all workers who have approved shredding.",
        Dialect::Sqlite,
    );
    assert_eq!(sql.unwrap().sql, "SELECT worker_id FROM workers");
    assert!(has(&n, "ambiguous"), "{n:?}");
}

#[test]
fn distinct_values_the_question_asks_for_are_not_implicit() {
    let idx = SchemaIndex::build(&town());
    let (sql, n) =
        idx.translate_with_notes("Show the distinct cities of clients.", Dialect::Sqlite);
    assert_eq!(sql.unwrap().sql, "SELECT DISTINCT city FROM clients");
    assert!(!has(&n, "implicit_distinct"), "{n:?}");
    // Unasked, the set of values is the planner's guess.
    let (sql, n) = idx.translate_with_notes("Show all cities of clients.", Dialect::Sqlite);
    assert_eq!(sql.unwrap().sql, "SELECT DISTINCT city FROM clients");
    assert!(has(&n, "implicit_distinct"), "{n:?}");
}

#[test]
fn a_clause_column_the_query_reads_as_a_condition_was_not_lost() {
    let schema = Schema::new(vec![table(
        "parcels",
        "parcel_id",
        vec![
            col("parcel_id", "integer"),
            col("name", "text"),
            vcol("depot", &["North", "South"]),
            col("weight", "integer"),
            col("sender", "text"),
            col("courier_count", "integer"),
        ],
        vec![],
    )]);
    let idx = SchemaIndex::build(&schema);
    let notes = |q: &str| idx.translate_with_notes(q, Dialect::Sqlite);
    // "depot" sits in the "whose" clause and is read there, as the condition; "number of
    // couriers" is read as the order.
    let (sql, n) =
        notes("Show the name and the weight for all parcels whose depot is not from North.");
    assert_eq!(
        sql.unwrap().sql,
        "SELECT name, weight FROM parcels WHERE depot <> 'North'"
    );
    assert!(!has(&n, "clause_col_dropped"), "{n:?}");
    let (sql, n) = notes("What are the weights of parcels sorted by number of couriers ascending?");
    assert_eq!(
        sql.unwrap().sql,
        "SELECT weight FROM parcels ORDER BY courier_count ASC"
    );
    assert!(!has(&n, "clause_col_dropped"), "{n:?}");
    // "sender" in the clause is read nowhere: whatever it asked of the rows was lost.
    let (sql, n) = notes("Show the names of parcels whose sender is known.");
    assert_eq!(sql.unwrap().sql, "SELECT name FROM parcels");
    assert!(has(&n, "clause_col_dropped"), "{n:?}");
}

/// Whether any note reports an unexplained word.
fn unexplained(notes: &[String]) -> Vec<&String> {
    notes.iter().filter(|n| n.starts_with("word:")).collect()
}

#[test]
fn discourse_words_and_contraction_stems_are_not_unexplained() {
    // Framing words ("across", "among", "some", "if", "as well as"), command verbs and the
    // "don" of "don't" add nothing to the query: none of them is a doubt.
    for q in [
        "What is the average age across all clients?",
        "Which client is the oldest among all clients?",
        "Retrieve the names of clients.",
        "Compute the average rating of shops.",
        "Show the names of clients who have some payments.",
        "Show the names of clients, as well as their ages.",
        "Show the names of clients if their age is above 30.",
        "Show the names of clients who don't have payments.",
    ] {
        let n = notes(q);
        assert!(unexplained(&n).is_empty(), "{q}: {n:?}");
    }
    // A content word nothing explains still is.
    let n = notes("Show the names of clients across all gadgets.");
    assert!(has(&n, "word:plural:gadgets"), "{n:?}");
}

#[test]
fn either_is_read_with_the_or_it_opens() {
    let idx = SchemaIndex::build(&town());
    let (sql, n) = idx.translate_with_notes(
        "Show the names of clients whose city is either Oslo or Lima.",
        Dialect::Sqlite,
    );
    assert_eq!(
        sql.unwrap().sql,
        "SELECT name FROM clients WHERE city IN ('Oslo', 'Lima')"
    );
    assert!(!has(&n, "word:other:either"), "{n:?}");
    // An "either" with no "or" the query reads stays unexplained.
    let n = notes("Show the names of clients in either city.");
    assert!(has(&n, "word:other:either"), "{n:?}");
}

#[test]
fn a_quoted_value_is_not_a_lone_lowercase_word() {
    // "rome" alone may match the shops' city by chance; quoted, it is meant as a value.
    let n = notes("How many clients went to rome?");
    assert!(has(&n, "value_new_table_word"), "{n:?}");
    let n = notes("How many clients went to \"rome\"?");
    assert!(has(&n, "value_new_table"), "{n:?}");
    assert!(!has(&n, "value_new_table_word"), "{n:?}");
}

#[test]
fn the_verb_asking_for_an_order_is_read_with_the_order() {
    let idx = SchemaIndex::build(&town());
    let (sql, n) = idx.translate_with_notes(
        "Sort the names of shops in alphabetical order.",
        Dialect::Sqlite,
    );
    assert_eq!(sql.unwrap().sql, "SELECT name FROM shops ORDER BY name ASC");
    assert!(!has(&n, "word:cue:sort"), "{n:?}");
}

#[test]
fn a_listed_grouping_column_counts_as_asked() {
    let idx = SchemaIndex::build(&marina());
    let notes = |q: &str| idx.translate_with_notes(q, Dialect::Sqlite);
    // "rigs" is listed and is also the group "each rig" names: both listed items are shown.
    let (sql, n) = notes("Show the rigs and the number of boats for each rig.");
    assert_eq!(
        sql.unwrap().sql,
        "SELECT rig, COUNT(*) FROM boats GROUP BY rig"
    );
    assert!(!has(&n, "shape:listed_more"), "{n:?}");
    // Named only in the grouping phrase, the column answers no listed item, and the comma
    // that closes the phrase lists none: two things asked (a count, an average), two shown.
    let (sql, n) =
        notes("For each rig, how many boats are there and what is their average length?");
    assert_eq!(
        sql.unwrap().sql,
        "SELECT rig, AVG(length), COUNT(*) FROM boats GROUP BY rig"
    );
    assert!(!has(&n, "shape:listed_more"), "{n:?}");
    // A third thing listed and not shown still counts.
    let (_, n) = notes(
        "For each rig, how many boats are there, what is their average length and their mood?",
    );
    assert!(has(&n, "shape:listed_more"), "{n:?}");
}

#[test]
fn an_or_bounding_a_number_lists_nothing() {
    let idx = SchemaIndex::build(&marina());
    let notes = |q: &str| idx.translate_with_notes(q, Dialect::Sqlite);
    for q in [
        "Which rigs have 3 or more boats?",
        "Which rigs have four or more boats?",
    ] {
        let (sql, n) = notes(q);
        assert!(sql.unwrap().sql.contains("HAVING COUNT(*) >= "), "{q}");
        assert!(!has(&n, "shape:listed_more"), "{q}: {n:?}");
    }
    // Nor does one joining a second comparison on the same column (round 22: it counted as
    // a second item to show).
    let n = notes("Which boats have length under 3 or over 9? Give the names.").1;
    assert!(!has(&n, "shape:listed_more"), "{n:?}");
}

/// The SQL the engine answers `q` with on `schema` (it must answer), and its notes.
fn sql_and_notes(schema: &Schema, q: &str) -> (String, Vec<String>) {
    sql_and_notes_on(&SchemaIndex::build(schema), q)
}

fn sql_and_notes_on(index: &SchemaIndex, q: &str) -> (String, Vec<String>) {
    let (answer, notes) = index.translate_with_notes(q, Dialect::Sqlite);
    (answer.unwrap().sql, notes)
}

#[test]
fn names_of_a_named_table_have_no_rivals() {
    let gallery = Schema::new(vec![
        table(
            "artists",
            "artist_id",
            vec![col("artist_id", "integer"), col("artist_name", "text")],
            vec![],
        ),
        table(
            "posters",
            "poster_id",
            vec![
                col("poster_id", "integer"),
                col("poster_name", "text"),
                col("poster_url", "text"),
            ],
            vec![],
        ),
    ]);
    // "names and urls of posters" (one column mention, so no table is named alone): the
    // posters' name, not a rival of the artists' name.
    let (sql, n) = sql_and_notes(&gallery, "What are the names and urls of posters?");
    assert!(!has(&n, "col_rival_tables"), "{n:?}");
    assert_eq!(sql, "SELECT poster_name, poster_url FROM posters");
}

/// Clients, their cards and accounts (both refer to the clients), and card payments.
fn bank() -> Schema {
    Schema::new(vec![
        table(
            "clients",
            "client_id",
            vec![col("client_id", "integer"), col("name", "text")],
            vec![],
        ),
        table(
            "client_cards",
            "card_id",
            vec![col("card_id", "integer"), col("client_id", "integer")],
            vec![fk("client_id", "clients", "client_id")],
        ),
        table(
            "accounts",
            "account_id",
            vec![col("account_id", "integer"), col("client_id", "integer")],
            vec![fk("client_id", "clients", "client_id")],
        ),
        table(
            "card_payments",
            "payment_id",
            vec![col("payment_id", "integer"), col("card_id", "integer")],
            vec![fk("card_id", "client_cards", "card_id")],
        ),
    ])
}

#[test]
fn a_key_and_its_copies_in_referring_tables_are_no_rivals() {
    let bank = bank();
    // `card_id` of the cards and of the payments that refer to them: one key and its copy,
    // one set of values.
    let (sql, n) = sql_and_notes(&bank, "Show all card ids.");
    assert!(!has(&n, "col_rival_tables"), "{n:?}");
    assert_eq!(sql, "SELECT card_id FROM client_cards");
    // The clients' and the shops' names are different things.
    assert!(has(&notes("Show all names."), "col_rival_tables"));
}

#[test]
fn a_tie_between_a_key_and_its_copies_is_no_doubt() {
    // `client_id` of the clients, their cards and their accounts: one set of values.
    let (sql, n) = sql_and_notes(&bank(), "List all client ids.");
    assert!(!has(&n, "ambiguous"), "{n:?}");
    assert_eq!(sql, "SELECT client_id FROM clients");
}

#[test]
fn number_after_a_column_name_is_read_as_its_kind() {
    let desk = Schema::new(vec![table(
        "tenants",
        "tenant_id",
        vec![
            col("tenant_id", "integer"),
            col("name", "text"),
            col("phone", "text"),
        ],
        vec![],
    )]);
    // "phone number" is the `phone` column; "number" counts nothing.
    let (sql, n) = sql_and_notes(&desk, "What is the phone number of the tenant named 'Ann'?");
    assert!(unexplained(&n).is_empty(), "{n:?}");
    assert_eq!(sql, "SELECT phone FROM tenants WHERE name = 'Ann'");
}

#[test]
fn the_words_asking_for_an_order_are_read_when_the_rows_are_ordered() {
    let n = notes("Sort the names of clients by age in ascending order.");
    assert!(unexplained(&n).is_empty(), "{n:?}");
    // "an order" is a thing, not a sort: still unexplained when nothing reads it.
    let n = notes("Which client placed an order most recently?");
    assert!(n.iter().any(|x| x.starts_with("word:cue:order")), "{n:?}");
}

#[test]
fn a_plain_verbs_third_person_is_a_verb() {
    let n = notes("What is the name of the shop that the client Ann belongs to?");
    assert!(
        n.iter().any(|x| x.starts_with("word:verb:belongs")),
        "{n:?}"
    );
}

#[test]
fn members_after_a_table_name_are_its_rows() {
    let school = Schema::new(vec![table(
        "faculty",
        "faculty_id",
        vec![
            col("faculty_id", "integer"),
            col("first_name", "text"),
            col("wing", "text"),
        ],
        vec![],
    )]);
    let (sql, n) = sql_and_notes(&school, "How many faculty members does each wing have?");
    assert!(unexplained(&n).is_empty(), "{n:?}");
    assert_eq!(sql, "SELECT wing, COUNT(*) FROM faculty GROUP BY wing");
}

#[test]
fn a_measure_word_beside_a_column_name_is_read() {
    let census = Schema::new(vec![table(
        "districts",
        "district_id",
        vec![
            col("district_id", "integer"),
            col("name", "text"),
            col("urban", "real"),
            col("total", "integer"),
        ],
        vec![],
    )]);
    let index = SchemaIndex::build(&census);
    for (q, expected) in [
        (
            "Show the names of districts whose urban percentage is above 50.",
            "SELECT name FROM districts WHERE urban > 50",
        ),
        (
            "List the total scores of districts in increasing order.",
            "SELECT total FROM districts ORDER BY total ASC",
        ),
        // Before the column too.
        (
            "What is the percentage of urban in the district named 'North'?",
            "SELECT urban FROM districts WHERE name = 'North'",
        ),
    ] {
        let (sql, n) = sql_and_notes_on(&index, q);
        assert!(unexplained(&n).is_empty(), "{q}: {n:?}");
        assert_eq!(sql, expected);
    }
}

#[test]
fn under_with_no_number_places_rows() {
    let n = notes("How many payments are under the client named 'Ann'?");
    assert!(!n.iter().any(|x| x.starts_with("word:cue:under")), "{n:?}");
    // With a number it compares, and a comparison must read it.
    let n = notes("List the clients under 30.");
    assert!(!n.iter().any(|x| x.starts_with("word:cue:under")), "{n:?}");
}

#[test]
fn a_comma_before_and_lists_one_more_item_not_two() {
    // Three items shown, three listed: "age, and city" is one joint.
    let n = notes("Show the name, age, and city of all clients.");
    assert!(!has(&n, "shape:listed_more"), "{n:?}");
    // Without the Oxford comma too.
    let n = notes("Show the name, age and city of all clients.");
    assert!(!has(&n, "shape:listed_more"), "{n:?}");
    // Four listed, three shown: one item was not read.
    let n = notes("Show the name, age, city and mood of all clients.");
    assert!(has(&n, "shape:listed_more"), "{n:?}");
}

#[test]
fn joints_of_the_order_or_of_a_leading_phrase_list_no_shown_column() {
    for q in [
        "Show the names of all clients, ordered by age.",
        "What are the names of all clients, in descending order of age?",
        // A leading phrase's comma too.
        "For each city, how many clients are there?",
        // The "and" between the columns the rows are sorted by.
        "What are the names and ages of all clients, sorted by age and name?",
    ] {
        let n = notes(q);
        assert!(!has(&n, "shape:listed_more"), "{q}: {n:?}");
    }
}

#[test]
fn a_column_mention_that_says_its_table_names_it() {
    let shop = Schema::new(vec![
        table(
            "patrons",
            "patron_id",
            vec![col("patron_id", "integer"), col("patron_name", "text")],
            vec![],
        ),
        table(
            "bookings",
            "booking_id",
            vec![col("booking_id", "integer"), col("patron_id", "integer")],
            vec![fk("patron_id", "patrons", "patron_id")],
        ),
    ]);
    // "name of the patron" names the patrons as "bookings" names the bookings.
    let (sql, n) = sql_and_notes(
        &shop,
        "Show the name of the patron who has the most bookings.",
    );
    assert!(!has(&n, "col_outside_named"), "{n:?}");
    assert!(sql.contains("GROUP BY"));
}

#[test]
fn a_column_the_named_rows_borrow_from_the_table_they_refer_to_is_theirs() {
    let gym = Schema::new(vec![
        table(
            "people",
            "person_id",
            vec![col("person_id", "integer"), col("name", "text")],
            vec![],
        ),
        table(
            "lifters",
            "lifter_id",
            vec![
                col("lifter_id", "integer"),
                col("person_id", "integer"),
                col("total", "real"),
            ],
            vec![fk("person_id", "people", "person_id")],
        ),
    ]);
    // Lifters keep no name: theirs is the person's they refer to.
    let (sql, n) = sql_and_notes(&gym, "What are the names of lifters?");
    assert!(!has(&n, "col_outside_named"), "{n:?}");
    assert_eq!(
        sql,
        "SELECT T2.name FROM lifters AS T1 JOIN people AS T2 ON T1.person_id = T2.person_id"
    );
}

#[test]
fn an_and_between_two_conditions_lists_nothing() {
    let n = notes("What is the age of the client with name as 'Ann' and city as 'Lima'?");
    assert!(!has(&n, "shape:listed_more"), "{n:?}");
}

#[test]
fn one_after_a_superlative_is_a_pronoun() {
    let n = notes("What is the name of the oldest one among clients in Lima?");
    assert!(!has(&n, "number_unused"), "{n:?}");
    // A number the query does not read is still noted.
    let n = notes("What is the name of the client with 7 in Lima?");
    assert!(has(&n, "number_unused"), "{n:?}");
}

#[test]
fn a_list_ending_in_a_key_of_several_tables_ends_in_the_table_it_names() {
    let shop = Schema::new(vec![
        table(
            "patrons",
            "patron_id",
            vec![col("patron_id", "integer"), col("patron_name", "text")],
            vec![],
        ),
        table(
            "wares",
            "ware_id",
            vec![
                col("ware_id", "integer"),
                col("ware_name", "text"),
                col("price", "real"),
            ],
            vec![],
        ),
        table(
            "basket_lines",
            "line_id",
            vec![
                col("line_id", "integer"),
                col("ware_id", "integer"),
                col("patron_id", "integer"),
            ],
            vec![
                fk("ware_id", "wares", "ware_id"),
                fk("patron_id", "patrons", "patron_id"),
            ],
        ),
    ]);
    // "ids of wares" is a key of the wares and of the basket lines; "of wares" says whose,
    // so the names are the wares' too, no rival of the patrons' names.
    let (sql, n) = sql_and_notes(
        &shop,
        "What are the names and ids of wares with a price above 600?",
    );
    assert!(!has(&n, "col_rival_tables"), "{n:?}");
    assert_eq!(
        sql,
        "SELECT ware_name, ware_id FROM wares WHERE price > 600"
    );
}

#[test]
fn the_total_number_of_a_number_column_is_said_to_be_a_sum() {
    let crew = Schema::new(vec![table(
        "rowers",
        "rower_id",
        vec![
            col("rower_id", "integer"),
            col("name", "text"),
            col("races_rowed", "integer"),
        ],
        vec![],
    )]);
    let index = SchemaIndex::build(&crew);
    let (sql, n) = sql_and_notes_on(&index, "What is the total number of races rowed?");
    assert_eq!(sql, "SELECT SUM(races_rowed) FROM rowers");
    assert!(!has(&n, "count_of_number"), "{n:?}");
    // Without "total", counting or summing is a guess.
    let (_, n) = sql_and_notes_on(&index, "What is the number of races rowed?");
    assert!(has(&n, "count_of_number"), "{n:?}");
}

#[test]
fn column_names_one_after_another_are_listed_items() {
    let office = Schema::new(vec![table(
        "clerks",
        "clerk_id",
        vec![
            col("clerk_id", "integer"),
            col("first_name", "text"),
            col("middle_name", "text"),
            col("last_name", "text"),
            col("desk", "text"),
        ],
        vec![],
    )]);
    let index = SchemaIndex::build(&office);
    for (q, expected) in [
        (
            "Give the first name middle name and last name of every clerk.",
            "SELECT first_name, middle_name, last_name FROM clerks",
        ),
        // "full name" asks for two columns.
        (
            "What are the full names of clerks at desk 'A'?",
            "SELECT first_name, last_name FROM clerks WHERE desk = 'A'",
        ),
    ] {
        let (sql, n) = sql_and_notes_on(&index, q);
        assert_eq!(sql, expected);
        assert!(!has(&n, "select_unlisted"), "{q}: {n:?}");
    }
}

#[test]
fn names_of_a_table_named_by_its_label_are_read() {
    let records = Schema::new(vec![table(
        "songs",
        "song_id",
        vec![
            col("song_id", "integer"),
            col("title", "text"),
            col("genre", "text"),
        ],
        vec![],
    )]);
    // No column is a name: the songs' title is what "names" asks for.
    let (sql, n) = sql_and_notes(&records, "What are the names of all songs?");
    assert_eq!(sql, "SELECT title FROM songs");
    assert!(unexplained(&n).is_empty(), "{n:?}");
}

#[test]
fn all_the_information_asked_outright_is_no_star_guess() {
    let (sql, n) = sql_and_notes(&town(), "Show all the information about clients in Lima.");
    assert_eq!(sql, "SELECT * FROM clients WHERE city = 'Lima'");
    assert!(!has(&n, "shape:star"), "{n:?}");
}

#[test]
fn three_columns_listed_outright_are_no_guess() {
    let n = notes("Show the name, age and city of all clients.");
    assert!(!has(&n, "shape:select3"), "{n:?}");
}

#[test]
fn a_value_in_a_key_and_its_copies_places_the_question_at_the_key() {
    let archive = Schema::new(vec![
        table(
            "ref_box_kinds",
            "box_kind_code",
            vec![
                vcol("box_kind_code", &["RV", "BK"]),
                col("box_kind_name", "text"),
                col("box_kind_description", "text"),
            ],
            vec![],
        ),
        table(
            "ref_shelves",
            "shelf_code",
            vec![
                vcol("shelf_code", &["A1", "B2"]),
                col("shelf_name", "text"),
                col("shelf_description", "text"),
            ],
            vec![],
        ),
        table(
            "boxes",
            "box_id",
            vec![
                col("box_id", "integer"),
                vcol("box_kind_code", &["RV", "BK"]),
                col("box_name", "text"),
            ],
            vec![fk("box_kind_code", "ref_box_kinds", "box_kind_code")],
        ),
    ]);
    // "RV" is in the kind codes and in the boxes' copy of them: it places the question at
    // the kinds, which settles "name" (it counted as a tie with the boxes' own name).
    let (sql, n) = sql_and_notes(
        &archive,
        "For box kind code RV, give its name and its description.",
    );
    assert_eq!(
        sql,
        "SELECT box_kind_name, box_kind_description FROM ref_box_kinds WHERE box_kind_code = 'RV'"
    );
    assert!(
        !has(&n, "col_rival_tables") && !has(&n, "col_margin"),
        "{n:?}"
    );
}

#[test]
fn year_after_a_column_of_years_is_a_kind_word() {
    let league = Schema::new(vec![table(
        "guilds",
        "guild_no",
        vec![
            col("guild_no", "integer"),
            col("guild_title", "text"),
            col("founded", "integer"),
        ],
        vec![],
    )]);
    // "year" says what the `founded` column holds; it was an unexplained word.
    let (sql, n) = sql_and_notes(&league, "Show every guild title in order of founded year.");
    assert_eq!(sql, "SELECT guild_title FROM guilds ORDER BY founded ASC");
    assert!(unexplained(&n).is_empty(), "{n:?}");
}

#[test]
fn a_verb_between_two_joined_tables_is_read_by_the_join() {
    let school = Schema::new(vec![
        table(
            "tutors",
            "tutor_no",
            vec![col("tutor_no", "integer"), col("name", "text")],
            vec![],
        ),
        table(
            "lessons",
            "lesson_no",
            vec![
                col("lesson_no", "integer"),
                col("tutor_no", "integer"),
                vcol("subject", &["Chess", "Go"]),
            ],
            vec![fk("tutor_no", "tutors", "tutor_no")],
        ),
    ]);
    // "taught" says how tutors and lessons meet, which the join reads; it was an
    // unexplained verb.
    let (sql, n) = sql_and_notes(
        &school,
        "What are the names of tutors who taught the subject Chess?",
    );
    assert_eq!(
        sql,
        "SELECT T1.name FROM tutors AS T1 JOIN lessons AS T2 ON T1.tutor_no = T2.tutor_no \
         WHERE T2.subject = 'Chess'"
    );
    assert!(unexplained(&n).is_empty(), "{n:?}");
    // A subquery's table counts as joined ("have not taught any lessons").
    let (sql, n) = sql_and_notes(&school, "Which tutors have not taught any lessons?");
    assert!(sql.contains("NOT IN"), "{sql}");
    assert!(unexplained(&n).is_empty(), "{n:?}");
    // Before a value the rows are compared with, the condition reads it too ...
    let (_, n) = sql_and_notes(&school, "Which lessons were taught in Chess?");
    assert!(unexplained(&n).is_empty(), "{n:?}");
    // ... but not before another column of the same rows.
    let (_, n) = sql_and_notes(&school, "Which lessons were taught in the subject Chess?");
    assert!(n.iter().any(|x| x.starts_with("word:verb:taught")), "{n:?}");
}

#[test]
fn a_command_opening_the_question_asks_for_what_follows() {
    // "Report" opens the question as "Show" would; it was an unexplained word.
    let n = notes("Report the names of all clients.");
    assert!(unexplained(&n).is_empty(), "{n:?}");
    assert!(has(&n, "shape:q_command"), "{n:?}");
}
