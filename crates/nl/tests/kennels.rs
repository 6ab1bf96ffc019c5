//! Readings of round 22, on a kennel club the test makes itself.
//!
//! Read: a table named by another table's name and then its own noun (`kennel_inspection`
//! beside `kennel`) as what that noun says in the plural ("the inspections") or counted
//! ("not due any inspection"); not where the
//! other table keeps a column of the noun (`kennel_type` beside `kennel_types`), nor
//! for the noun in the singular ("the rent of each tenant" is a column).
//!
//! Evidence: a name said the usual short way (`inspections` for `kennel_inspection`,
//! "the name" for `dog_name`) is nothing against the answer; an adjective nothing reads
//! before the rows or a column ("never had a rainy inspection") is a condition left out;
//! "in charge of" and a verb's particle ("taken out") relate the rows as a verb does; "or" or
//! "and" before a second comparison after a number ("above 30 or below 5") lists no second
//! column to show; a reference named by its role ("the receiving kennel" for
//! `receiving_kennel_id`) settles which of two links joins; "the
//! dogs born before 2015" ends the name at "dogs" (`Year_Born` is half named by "born");
//! "the depot whose vans have the most deliveries" counts per depot, not per van; "from
//! heaviest to lightest" orders by the weight (and declines with no such column); "have the
//! word Rex in their name" looks for the word in the name; "plays never produced" have no
//! `productions` (a verb that begins a table's name).

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, confident_sql, fk, sql_or_declined, table, vcol};
use quarry_model::{Dialect, Schema};
use quarry_nl::SchemaIndex;

fn notes(q: &str) -> (f32, Vec<String>) {
    let (answer, notes) = SchemaIndex::build(&schema()).translate_with_notes(q, Dialect::Sqlite);
    (answer.map_or(0.0, |a| a.confidence), notes)
}

fn schema() -> Schema {
    Schema::new(vec![
        table(
            "kennel",
            "kennel_id",
            vec![
                col("kennel_id", "integer"),
                col("name", "text"),
                vcol("town", &["Ely", "Looe", "Rye"]),
                vcol("kennel_type", &["boarding", "breeding", "rescue"]),
                col("kennel_details", "text"),
            ],
            vec![fk("kennel_type", "kennel_types", "kennel_type")],
        ),
        table(
            "kennel_types",
            "kennel_type",
            vec![
                vcol("kennel_type", &["boarding", "breeding", "rescue"]),
                col("kennel_type_description", "text"),
            ],
            vec![],
        ),
        table(
            "kennel_inspection",
            "inspection_id",
            vec![
                col("inspection_id", "integer"),
                col("kennel_id", "integer"),
                col("score", "integer"),
                col("inspected_on", "date"),
                vcol("weather", &["RAIN", "SUN", "WIND"]),
            ],
            vec![fk("kennel_id", "kennel", "kennel_id")],
        ),
        table(
            "dog",
            "dog_id",
            vec![
                col("dog_id", "integer"),
                col("dog_name", "text"),
                col("home_kennel_id", "integer"),
                col("weight", "real"),
                col("Year_Born", "integer"),
            ],
            vec![fk("home_kennel_id", "kennel", "kennel_id")],
        ),
        table(
            "transfers",
            "transfer_id",
            vec![
                col("transfer_id", "integer"),
                col("dog_id", "integer"),
                col("sending_kennel_id", "integer"),
                col("receiving_kennel_id", "integer"),
                col("transfer_date", "date"),
            ],
            vec![
                fk("dog_id", "dog", "dog_id"),
                fk("sending_kennel_id", "kennel", "kennel_id"),
                fk("receiving_kennel_id", "kennel", "kennel_id"),
            ],
        ),
    ])
}

#[test]
fn a_table_named_after_another_is_called_by_its_own_noun() {
    assert_eq!(
        confident_sql(&schema(), "How many inspections are there?"),
        "SELECT COUNT(*) FROM kennel_inspection"
    );
    assert_eq!(
        confident_sql(&schema(), "What is the average score of all inspections?"),
        "SELECT AVG(score) FROM kennel_inspection"
    );
    assert_eq!(
        confident_sql(&schema(), "What are the names of kennels with at least 2 inspections?"),
        "SELECT T1.name FROM kennel AS T1 JOIN kennel_inspection AS T2 ON T1.kennel_id = T2.kennel_id GROUP BY T1.kennel_id HAVING COUNT(*) >= 2"
    );
    assert_eq!(
        confident_sql(&schema(), "Show the town of each kennel and the number of inspections it had."),
        "SELECT T2.town, COUNT(*) FROM kennel_inspection AS T1 JOIN kennel AS T2 ON T1.kennel_id = T2.kennel_id GROUP BY T2.kennel_id"
    );
}

#[test]
fn a_table_named_after_another_is_called_by_its_own_noun_counted_one_by_one() {
    assert_eq!(
        confident_sql(
            &schema(),
            "Show all kennel names that are not due any inspection."
        ),
        "SELECT name FROM kennel WHERE kennel_id NOT IN (SELECT kennel_id FROM kennel_inspection WHERE kennel_id IS NOT NULL)"
    );
}

#[test]
fn a_noun_the_other_table_keeps_as_a_column_stays_that_column() {
    // `kennel` keeps `kennel_type`: "types" may be either, so the lookup table is not
    // preferred.
    assert_eq!(
        sql_or_declined(&schema(), "Show the id, type and details of the kennel that houses the most dogs."),
        "SELECT T2.kennel_id, T2.kennel_type, T2.kennel_details FROM dog AS T1 JOIN kennel AS T2 ON T1.home_kennel_id = T2.kennel_id GROUP BY T2.kennel_id ORDER BY COUNT(*) DESC LIMIT 1"
    );
}

#[test]
fn a_name_said_the_usual_short_way_is_nothing_against_the_answer() {
    let q = "What are the names of the different kennels that have inspections?";
    assert_eq!(
        confident_sql(&schema(), q),
        "SELECT DISTINCT name FROM kennel WHERE kennel_id IN (SELECT kennel_id FROM kennel_inspection)"
    );
    let (_, n) = notes(q);
    assert!(!n.iter().any(|x| x.starts_with("mention_score=")), "{n:?}");
}

#[test]
fn an_adjective_nothing_reads_before_what_is_absent_is_a_condition_left_out() {
    for q in [
        "Which kennels have never had a rainy kennel inspection? List their names.",
        "Which kennels have never had a rainy inspection?",
        "List the names of kennels that never had a rainy inspection.",
    ] {
        let (c, n) = notes(q);
        assert!(c < quarry_nl::DEFAULT_THRESHOLD, "{q}: {c}");
        assert!(n.iter().any(|x| x == "mention_left_out=1.00"), "{q}: {n:?}");
    }
}

#[test]
fn in_charge_of_and_a_verbs_particle_relate_the_rows_as_a_verb_does() {
    for (q, sql) in [
        (
            "List the kennel names in charge of more than one dog.",
            "SELECT T1.name FROM kennel AS T1 JOIN dog AS T2 ON T1.kennel_id = T2.home_kennel_id GROUP BY T1.kennel_id HAVING COUNT(*) > 1",
        ),
        (
            "List the kennel names that have taken out two or more inspections.",
            "SELECT T1.name FROM kennel AS T1 JOIN kennel_inspection AS T2 ON T1.kennel_id = T2.kennel_id GROUP BY T1.kennel_id HAVING COUNT(*) >= 2",
        ),
    ] {
        assert_eq!(confident_sql(&schema(), q), sql);
    }
    for q in [
        "Which kennel is in charge of the most dogs?",
        "What is the town of the kennel in charge of the dog with the lowest weight?",
    ] {
        let (_, n) = notes(q);
        assert!(
            !n.iter().any(|x| x.starts_with("word:other:")),
            "{q}: {n:?}"
        );
    }
}

#[test]
fn a_second_comparison_after_a_number_is_no_second_item_to_show() {
    for (q, sql) in [
        (
            "What are the names of dogs with weight above 30 or below 5?",
            "SELECT dog_name FROM dog WHERE (weight > 30 OR weight < 5)",
        ),
        (
            "Show the id and name of every dog whose weight is under 5 or over 30.",
            "SELECT dog_id, dog_name FROM dog WHERE (weight < 5 OR weight > 30)",
        ),
    ] {
        assert_eq!(sql_or_declined(&schema(), q), sql);
        let (_, n) = notes(q);
        assert!(
            !n.iter().any(|x| x.starts_with("shape:listed_more=")),
            "{q}: {n:?}"
        );
    }
}

#[test]
fn a_reference_named_by_its_role_settles_which_link_joins() {
    // The join takes the link the question words; the evidence still counts the choice
    // among two links against it (not counting it was tried in round 22: on the held-out
    // half of the benchmark it vouched for as many wrong answers as right ones).
    let q =
        "Give the names of the kennels that were the receiving kennel of two or more transfers.";
    assert_eq!(
        sql_or_declined(&schema(), q),
        "SELECT T1.name FROM kennel AS T1 JOIN transfers AS T2 ON T1.kennel_id = T2.receiving_kennel_id GROUP BY T1.kennel_id HAVING COUNT(*) >= 2"
    );
    let (_, n) = notes(q);
    assert!(
        n.iter().any(|x| x.starts_with("join_multi_link=")),
        "{q}: {n:?}"
    );
}

#[test]
fn a_participle_after_the_rows_that_half_names_a_column_starts_a_condition() {
    assert_eq!(
        confident_sql(
            &schema(),
            "What are the names of the dogs born before 2015?"
        ),
        "SELECT dog_name FROM dog WHERE \"Year_Born\" < 2015"
    );
}

#[test]
fn whose_hands_on_rows_but_the_count_is_per_row_of_the_owner() {
    let depots = Schema::new(vec![
        table(
            "Depots",
            "Depot_ID",
            vec![
                col("Depot_ID", "integer"),
                col("Depot_Name", "text"),
                vcol("Town", &["Ely", "Looe", "Rye"]),
            ],
            vec![],
        ),
        table(
            "Vans",
            "Van_ID",
            vec![
                col("Van_ID", "integer"),
                col("Registration", "text"),
                col("Depot_ID", "integer"),
            ],
            vec![fk("Depot_ID", "Depots", "Depot_ID")],
        ),
        table(
            "Deliveries",
            "Delivery_ID",
            vec![
                col("Delivery_ID", "integer"),
                col("Van_ID", "integer"),
                col("Delivery_Date", "date"),
            ],
            vec![fk("Van_ID", "Vans", "Van_ID")],
        ),
    ]);
    assert_eq!(
        sql_or_declined(
            &depots,
            "Give the name of the depot whose vans have the largest number of deliveries."
        ),
        "SELECT T3.\"Depot_Name\" FROM \"Vans\" AS T1 JOIN \"Deliveries\" AS T2 ON T1.\"Van_ID\" = T2.\"Van_ID\" JOIN \"Depots\" AS T3 ON T1.\"Depot_ID\" = T3.\"Depot_ID\" GROUP BY T3.\"Depot_ID\" ORDER BY COUNT(*) DESC LIMIT 1"
    );
}

#[test]
fn from_one_superlative_to_another_orders_by_the_measure_they_imply() {
    assert_eq!(
        confident_sql(&schema(), "List the dog names from heaviest to lightest."),
        "SELECT dog_name FROM dog ORDER BY weight DESC"
    );
    // No height kept: ordering the names instead answers something else.
    let sql = sql_or_declined(&schema(), "List the kennel names from tallest to shortest.");
    assert!(sql.starts_with("declined"), "{sql}");
}

#[test]
fn having_the_word_x_in_a_name_looks_for_it() {
    assert_eq!(
        confident_sql(&schema(), "Which dogs have the word Rex in their name?"),
        "SELECT dog_name FROM dog WHERE dog_name LIKE '%Rex%'"
    );
}

#[test]
fn a_verb_that_begins_a_tables_name_says_which_rows_are_absent() {
    let theatre = Schema::new(vec![
        table(
            "Plays",
            "Play_ID",
            vec![
                col("Play_ID", "integer"),
                col("Title", "text"),
                col("Playwright", "text"),
            ],
            vec![],
        ),
        table(
            "Productions",
            "Production_ID",
            vec![
                col("Production_ID", "integer"),
                col("Play_ID", "integer"),
                col("Opening_Date", "date"),
            ],
            vec![fk("Play_ID", "Plays", "Play_ID")],
        ),
    ]);
    assert_eq!(
        confident_sql(&theatre, "What are the titles of plays that have never been produced?"),
        "SELECT \"Title\" FROM \"Plays\" WHERE \"Play_ID\" NOT IN (SELECT \"Play_ID\" FROM \"Productions\" WHERE \"Play_ID\" IS NOT NULL)"
    );
}
