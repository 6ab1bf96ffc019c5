//! Readings that used to come out confident and wrong: an aggregate word that must reach
//! every column of the list after it, a name the question gives that the query leaves out,
//! a count grouped by a table's own key, a table listed before another shown column, the
//! name of a thing that is itself a stored word, words after a repeated noun that qualify
//! both, aggregates listed in a row, a count shown per a table's own key or name, a sum of
//! keys and words compared by size, a noun nothing explains before a name column, a number
//! after a column named with its table's word; each on a schema the test makes itself.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, fk, table, vcol};
use quarry_model::{Dialect, Schema};
use quarry_nl::{SchemaIndex, DEFAULT_THRESHOLD};

/// A ferry line: vessels and the crossings they sail.
fn ferries() -> Schema {
    Schema::new(vec![
        table(
            "vessel",
            "vessel_id",
            vec![
                col("vessel_id", "integer"),
                col("vessel_name", "text"),
                col("shipwright", "text"),
                col("berths", "integer"),
            ],
            vec![],
        ),
        table(
            "crossing",
            "crossing_id",
            vec![
                col("crossing_id", "integer"),
                col("vessel_id", "integer"),
                vcol("harbour", &["Kestrel Bay", "Otterholm"]),
                col("duration", "integer"),
                col("fare", "numeric(8,2)"),
                col("deposit", "numeric(8,2)"),
                col("deposit_refunded", "numeric(8,2)"),
            ],
            vec![fk("vessel_id", "vessel", "vessel_id")],
        ),
    ])
}

fn sql(q: &str) -> String {
    common::sql_or_declined(&ferries(), q)
}

#[test]
fn an_aggregate_word_applies_to_each_listed_number() {
    assert_eq!(
        sql("Report the average duration and fare of the crossings."),
        "SELECT AVG(duration), AVG(fare) FROM crossing"
    );
    assert_eq!(
        sql("Show the total duration and fare for each harbour."),
        "SELECT harbour, SUM(duration), SUM(fare) FROM crossing GROUP BY harbour"
    );
    // A word of its own starts a new aggregate.
    assert_eq!(
        sql("Report the average duration and maximum fare of the crossings."),
        "SELECT AVG(duration), MAX(fare) FROM crossing"
    );
}

#[test]
fn a_dropped_capitalised_value_after_a_preposition_declines() {
    // A known value is a filter.
    assert_eq!(
        sql("How many crossings are from Otterholm?"),
        "SELECT COUNT(*) FROM crossing WHERE harbour = 'Otterholm'"
    );
    // An unknown one cannot be left out of a confident answer: counting every crossing
    // answers another question.
    let q = "How many crossings are from Brackenmouth?";
    let idx = SchemaIndex::build(&ferries());
    match idx.translate(q, Dialect::Sqlite) {
        Ok(a) => assert!(
            a.confidence < DEFAULT_THRESHOLD,
            "{q}: confident {} in {}",
            a.confidence,
            a.sql
        ),
        Err(e) => assert!(!e.reason.is_empty()),
    }
}

/// The ferry line with a second table that refers to a vessel: its overhauls.
fn ferries_and_overhauls() -> Schema {
    let mut s = ferries();
    s.tables.push(table(
        "overhaul",
        "overhaul_id",
        vec![
            col("overhaul_id", "integer"),
            col("vessel_id", "integer"),
            col("yard_fee", "integer"),
        ],
        vec![fk("vessel_id", "vessel", "vessel_id")],
    ));
    s
}

#[test]
fn most_common_key_counts_the_rows_that_refer_to_it() {
    // Grouped by the vessel's own key, every vessel is one row: the rows counted are the
    // crossings, the one table that refers to a vessel.
    let got = sql("Which vessel id is the most common?");
    assert!(
        got.contains("JOIN crossing") && got.contains("ORDER BY COUNT(*) DESC LIMIT 1"),
        "{got}"
    );
    // With two tables that refer to a vessel, which rows were meant is a guess.
    let q = "Which vessel id is the most common?";
    assert!(
        common::sql_or_declined(&ferries_and_overhauls(), q).starts_with("declined"),
        "{}",
        common::sql_or_declined(&ferries_and_overhauls(), q)
    );
}

#[test]
fn a_table_listed_before_another_column_is_shown_by_its_label() {
    // "the vessel and fare": the vessel is asked for too, by its name, not only joined in.
    let got = sql("Show the vessel and fare of crossings from Otterholm.");
    assert!(
        got.starts_with("SELECT T1.vessel_name, T2.fare FROM vessel AS T1 JOIN crossing AS T2")
            || got.starts_with(
                "SELECT T2.vessel_name, T1.fare FROM crossing AS T1 JOIN vessel AS T2"
            ),
        "{got}"
    );
    assert!(got.ends_with("harbour = 'Otterholm'"), "{got}");
}

#[test]
fn a_text_column_whose_name_is_matched_is_matched_itself() {
    // A shipwright is named by the stored word: "whose name" is the shipwright column, not
    // the vessel's name beside it.
    assert_eq!(
        sql("Find the shipwrights whose name contains 'Arn'."),
        "SELECT shipwright FROM vessel WHERE shipwright LIKE '%Arn%'"
    );
    assert_eq!(
        sql("Which shipwrights have 'Arn' in their names?"),
        "SELECT shipwright FROM vessel WHERE shipwright LIKE '%Arn%'"
    );
    // A table's name is its name column.
    assert_eq!(
        sql("Find the vessels whose name contains 'Arn'."),
        "SELECT vessel_name FROM vessel WHERE vessel_name LIKE '%Arn%'"
    );
}

#[test]
fn words_after_a_repeated_noun_qualify_both() {
    // "the total deposit and average deposit refunded": both are the refunded deposit.
    assert_eq!(
        sql("What are the total deposit and average deposit refunded of all crossings?"),
        "SELECT SUM(deposit_refunded), AVG(deposit_refunded) FROM crossing"
    );
    // Without the repeated noun each column keeps its own reading.
    assert_eq!(
        sql("What are the total deposit and average fare of all crossings?"),
        "SELECT SUM(deposit), AVG(fare) FROM crossing"
    );
}

#[test]
fn listed_aggregates_are_shown_in_the_order_said() {
    assert_eq!(
        sql("Show the maximum, average and minimum fare of all crossings."),
        "SELECT MAX(fare), AVG(fare), MIN(fare) FROM crossing"
    );
    assert_eq!(
        sql("Report the minimum, the maximum and the average fare of the crossings."),
        "SELECT MIN(fare), MAX(fare), AVG(fare) FROM crossing"
    );
}

/// The ferry line with hull classes that vessels belong to, and a crew register whose
/// number is its key.
fn ferries_with_classes() -> Schema {
    let mut s = ferries();
    s.tables.push(table(
        "hull_class",
        "hull_code",
        vec![col("hull_code", "text"), col("hull_description", "text")],
        vec![],
    ));
    s.tables.push(table(
        "deckhand",
        "hand_num",
        vec![
            col("hand_num", "integer"),
            vcol("hand_name", &["Ailsa Brock", "Tamsin Orr"]),
            vcol("rank_word", &["bosun", "mate", "cadet"]),
            col("hull_code", "text"),
        ],
        vec![fk("hull_code", "hull_class", "hull_code")],
    ));
    s
}

#[test]
fn a_count_shown_per_own_key_counts_the_referring_rows() {
    // Grouped by the hull class's own key, each class is one row: the count shown beside
    // it is of the deckhands that refer to it, joined (as a subquery it would be 1 again).
    let got = common::sql_or_declined(
        &ferries_with_classes(),
        "Show the code, description and matching count of each hull class.",
    );
    assert!(
        got.contains("COUNT(*)") && got.contains("JOIN deckhand") && !got.contains(" IN ("),
        "{got}"
    );
}

#[test]
fn a_sum_of_an_identifier_declines() {
    // "hand number" names the register's key: adding keys up answers nothing.
    let got = common::sql_or_declined(
        &ferries_with_classes(),
        "Find the total hand number of the deckhands.",
    );
    assert!(got.starts_with("declined"), "{got}");
    // Counting the rows is still fine.
    assert_eq!(
        common::sql_or_declined(
            &ferries_with_classes(),
            "Count all deckhands on the register."
        ),
        "SELECT COUNT(*) FROM deckhand"
    );
}

#[test]
fn a_column_of_words_compared_by_size_declines() {
    // "above 9" with no column of its own landed on the names: which number it bounds is
    // unknown, so no answer beats a filter on names.
    for q in [
        "Which deckhands are above 9? Give the hand names.",
        "Which deckhands have a rank word of mate or above 9? Give the hand names.",
    ] {
        let got = common::sql_or_declined(&ferries_with_classes(), q);
        assert!(got.starts_with("declined"), "{q}: {got}");
    }
    // Right after a bound on a number column, it is a second bound on that column.
    assert_eq!(
        common::sql_or_declined(
            &ferries_with_classes(),
            "Which deckhands have hand num below 3 or above 9? Give the hand names.",
        ),
        "SELECT hand_name FROM deckhand WHERE (hand_num < 3 OR hand_num > 9)"
    );
}

#[test]
fn a_date_on_a_name_column_declines() {
    // No column holds dates: the quoted moment cannot be a vessel's name.
    for q in [
        "List vessel names never sailing crossings after '2031-04-02 10:00'.",
        "Which vessels sailed crossings after '2031-04-02'?",
    ] {
        let got = sql(q);
        assert!(got.starts_with("declined"), "{q} => {got}");
    }
    // A quoted name is still a name.
    assert!(
        sql("Which crossings were sailed by the vessel 'Gull Wing'?").contains("'Gull Wing'"),
        "{}",
        sql("Which crossings were sailed by the vessel 'Gull Wing'?")
    );
}

/// A register of rig kinds keyed by a code, whose one other column is named like the table.
fn rig_kinds() -> Schema {
    Schema::new(vec![table(
        "Rig_Kind",
        "RigCode",
        vec![col("RigCode", "text"), col("RigKind", "text")],
        vec![],
    )])
}

#[test]
fn a_bare_list_shows_the_column_named_like_its_table() {
    // "rig kinds" names the table and its column alike: the kinds are the column's values
    // (a set), not every column of the register.
    assert_eq!(
        common::sql_or_declined(&rig_kinds(), "Show all rig kinds."),
        "SELECT DISTINCT \"RigKind\" FROM \"Rig_Kind\""
    );
    // A table whose label is a name still lists its rows.
    assert_eq!(sql("Show vessels"), "SELECT * FROM vessel LIMIT 100");
}

#[test]
fn different_kinds_count_the_column_named_like_its_table() {
    // The register's rows are rigs keyed by a code; two rigs may share a kind.
    assert_eq!(
        common::sql_or_declined(&rig_kinds(), "How many different rig kinds are there?"),
        "SELECT COUNT(DISTINCT \"RigKind\") FROM \"Rig_Kind\""
    );
}

/// The ferry line with hull classes, where each vessel also carries its own description
/// and the code of its hull class.
fn ferries_with_described_hulls() -> Schema {
    let mut s = ferries_with_classes();
    let vessel = &mut s.tables[0];
    vessel.columns.push(col("hull_code", "text"));
    vessel.columns.push(col("vessel_description", "text"));
    vessel
        .foreign_keys
        .push(fk("hull_code", "hull_class", "hull_code"));
    s
}

#[test]
fn a_modifier_before_the_first_noun_qualifies_both() {
    // "hull code and description": the description of the hull, not the vessel's own,
    // though "of the vessel" follows it.
    let got = common::sql_or_declined(
        &ferries_with_described_hulls(),
        "Tell me the hull code and description for vessel 'Gull Wing'.",
    );
    assert!(
        got.contains("hull_description") && !got.contains("vessel_description"),
        "{got}"
    );
    // Said with its own noun, the vessel's description stays.
    let got = common::sql_or_declined(
        &ferries_with_described_hulls(),
        "Tell me the hull code and vessel description for vessel 'Gull Wing'.",
    );
    assert!(got.contains("vessel_description"), "{got}");
}

/// The ferry line with passengers and a log of squalls, each naming a passenger and
/// holding how many were stranded.
fn ferries_with_squalls() -> Schema {
    let mut s = ferries();
    s.tables.push(table(
        "passenger",
        "passenger_id",
        vec![
            col("passenger_id", "integer"),
            col("passenger_name", "text"),
        ],
        vec![],
    ));
    s.tables.push(table(
        "squall",
        "squall_id",
        vec![
            col("squall_id", "integer"),
            col("passenger_id", "integer"),
            col("stranded", "integer"),
        ],
        vec![fk("passenger_id", "passenger", "passenger_id")],
    ));
    s
}

#[test]
fn a_count_of_things_named_by_a_number_column_declines() {
    // "passengers stranded": `stranded` already holds how many; its distinct values are
    // not the answer, and listing, summing or ranking it is not said.
    let got = common::sql_or_declined(
        &ferries_with_squalls(),
        "Give the number of passengers stranded by squalls, smallest first.",
    );
    assert!(got.starts_with("declined"), "{got}");
    // Counted things without a number column after them are still counted.
    let got = common::sql_or_declined(&ferries_with_squalls(), "How many passengers are there?");
    assert_eq!(got, "SELECT COUNT(*) FROM passenger");
}

#[test]
fn a_count_beside_a_table_name_counts_the_rows_that_refer_to_it() {
    // One vessel per name: the number "they have" is of the crossings, the one table that
    // refers to a vessel, not of vessels per name.
    let got = sql("Give vessel names with the count of voyages each has made.");
    assert!(
        got.contains("JOIN crossing") && got.contains("GROUP BY T1.vessel_name"),
        "{got}"
    );
    // Counting the vessels themselves per name stays a count of vessels.
    assert_eq!(
        sql("How many vessels are there for each vessel name?"),
        "SELECT vessel_name, COUNT(*) FROM vessel GROUP BY vessel_name"
    );
}

#[test]
fn an_unexplained_owner_before_a_name_column_declines() {
    // No table is a tenant: "tenant names" asks for names the schema does not hold, and the
    // vessels' names would answer another question.
    let idx = SchemaIndex::build(&ferries());
    let confidence = |q: &str| match idx.translate(q, Dialect::Sqlite) {
        Ok(a) => a.confidence,
        Err(_) => 0.0,
    };
    let q = "Show all tenant names.";
    assert!(confidence(q) < DEFAULT_THRESHOLD, "{q}: {}", sql(q));
    let q = "Show all vessel names.";
    assert_eq!(sql(q), "SELECT vessel_name FROM vessel");
    assert!(confidence(q) >= DEFAULT_THRESHOLD, "{q}: {}", confidence(q));
}

#[test]
fn a_number_after_the_table_word_of_a_column_is_the_tables_key() {
    // "name of vessel" names `vessel_name`; the 3 after it is the vessel's key, not a name.
    assert_eq!(
        sql("Give the name of vessel 3."),
        "SELECT vessel_name FROM vessel WHERE vessel_id = 3"
    );
    // A number after the column itself still compares with it.
    assert_eq!(
        sql("Which vessels have berths 12?"),
        "SELECT vessel_name FROM vessel WHERE berths = 12"
    );
}

#[test]
fn a_superlative_before_a_column_before_its_table_ranks_the_rows() {
    let studio = Schema::new(vec![table(
        "painters",
        "painter_id",
        vec![
            col("painter_id", "integer"),
            col("painter_name", "text"),
            col("fee_paid", "integer"),
        ],
        vec![],
    )]);
    let translate = |q: &str| {
        SchemaIndex::build(&studio)
            .translate(q, Dialect::Sqlite)
            .unwrap_or_else(|e| panic!("{q}: declined: {}", e.reason))
            .sql
    };
    // "the highest paid painter" is a painter, not the highest fee (it answered MAX at 0.89).
    assert_eq!(
        translate("Who is the highest paid painter?"),
        "SELECT painter_name FROM painters ORDER BY fee_paid DESC LIMIT 1"
    );
    assert_eq!(
        translate("List the 2 lowest paid painters."),
        "SELECT painter_name FROM painters ORDER BY fee_paid ASC LIMIT 2"
    );
    // The value itself when no rows follow.
    assert_eq!(
        translate("What is the highest fee paid?"),
        "SELECT MAX(fee_paid) FROM painters"
    );
}

#[test]
fn how_many_of_a_number_the_top_row_has_is_its_own() {
    let hangar = Schema::new(vec![table(
        "gliders",
        "glider_id",
        vec![
            col("glider_id", "integer"),
            col("glider_model", "text"),
            col("wingspan", "real"),
            col("seats", "integer"),
        ],
        vec![],
    )]);
    // A total over every glider cannot be ranked (it summed them all at 0.90).
    assert_eq!(
        SchemaIndex::build(&hangar)
            .translate(
                "How many seats does the largest glider have?",
                Dialect::Sqlite
            )
            .unwrap()
            .sql,
        "SELECT seats FROM gliders ORDER BY seats DESC LIMIT 1"
    );
}

#[test]
fn a_count_whose_only_condition_was_dropped_declines() {
    let club = Schema::new(vec![table(
        "climbers",
        "climber_key",
        vec![
            col("climber_key", "integer"),
            col("climber_name", "text"),
            col("certified_guide", "integer"),
        ],
        vec![],
    )]);
    // The clause is all the question asks; counting every climber answered at 0.92.
    let answer = SchemaIndex::build(&club)
        .translate("How many climbers are certified guides?", Dialect::Sqlite);
    assert!(answer.is_err(), "{:?}", answer.map(|a| a.sql));
    // Without the clause the count is the question.
    assert_eq!(
        SchemaIndex::build(&club)
            .translate("How many climbers are there?", Dialect::Sqlite)
            .unwrap()
            .sql,
        "SELECT COUNT(*) FROM climbers"
    );
}

/// Inns: a number of stars, each room's own number, and a total per stay.
fn inns() -> Schema {
    Schema::new(vec![
        table(
            "inns",
            "inn_id",
            vec![
                col("inn_id", "integer"),
                col("inn_name", "text"),
                col("stars", "integer"),
            ],
            vec![],
        ),
        table(
            "chambers",
            "chamber_id",
            vec![
                col("chamber_id", "integer"),
                col("inn_id", "integer"),
                col("chamber_number", "text"),
            ],
            vec![fk("inn_id", "inns", "inn_id")],
        ),
        table(
            "stays",
            "stay_id",
            vec![
                col("stay_id", "integer"),
                col("inn_id", "integer"),
                vcol("stay_state", &["Done", "Booked"]),
                col("total_charge", "real"),
            ],
            vec![fk("inn_id", "inns", "inn_id")],
        ),
    ])
}

#[test]
fn a_number_before_a_number_column_of_the_rows_is_its_value() {
    // It compared the names with 4 and showed the stars, at 0.93.
    assert_eq!(
        common::sql_or_declined(&inns(), "List the names of 4 star inns."),
        "SELECT inn_name FROM inns WHERE stars = 4"
    );
}

#[test]
fn a_table_s_own_number_is_never_summed() {
    // "the total number of chambers" summed `chamber_number` at 0.90.
    let answer = SchemaIndex::build(&inns())
        .translate("What is the total number of chambers?", Dialect::Sqlite);
    assert!(answer.is_err(), "{:?}", answer.map(|a| a.sql));
}

#[test]
fn a_total_column_of_all_rows_is_summed() {
    // Each stay's total charge; "of all" the stays asks for their sum (it listed them).
    assert_eq!(
        common::sql_or_declined(&inns(), "What is the total charge of all done stays?"),
        "SELECT SUM(total_charge) FROM stays WHERE stay_state = 'Done'"
    );
}

#[test]
fn a_column_named_before_its_table_in_a_count_is_no_count_of_its_values() {
    let club = Schema::new(vec![table(
        "members",
        "member_id",
        vec![
            col("member_id", "integer"),
            col("nickname", "text"),
            col("gold", "integer"),
            vcol("town", &["Oslo", "Bergen"]),
        ],
        vec![],
    )]);
    // "gold members" are members of some kind, not the number of distinct `gold` values
    // (answered at 0.92); the kind's value is not known, so the engine declines.
    let answer = SchemaIndex::build(&club)
        .translate("How many gold members are from Oslo?", Dialect::Sqlite);
    assert!(answer.is_err(), "{:?}", answer.map(|a| a.sql));
}
