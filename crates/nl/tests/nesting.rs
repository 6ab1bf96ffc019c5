//! Comparisons against an aggregate of other rows ("after any consignment that was
//! delayed", "more berths than average"), between two columns ("spring lower than that
//! in autumn") and with the top row of another table ("the towns in the shire with the
//! most constables"); "ships with no repair" where every related table is named after ships;
//! each on a schema the test makes itself.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, fk, table, vcol};
use quarry_model::Schema;

/// A freight company: ports, ships with a build year, consignments with a date and a
/// state, and per-port weather with a column per season; wallets split over two tables.
fn freight() -> Schema {
    Schema::new(vec![
        table(
            "ports",
            "port_id",
            vec![
                col("port_id", "integer"),
                col("port_name", "text"),
                col("berths", "number(6,0)"),
            ],
            vec![],
        ),
        table(
            "ships",
            "hull_no",
            vec![
                col("hull_no", "integer"),
                col("title", "text"),
                vcol("builder", &["Harland Wolff", "Kockums"]),
                col("year", "integer"),
                col("tonnage", "integer"),
            ],
            vec![],
        ),
        table(
            "consignments",
            "consignment_id",
            vec![
                col("consignment_id", "integer"),
                col("hull_no", "integer"),
                col("sent_on", "date"),
                vcol("progress", &["Delayed", "Delivered"]),
            ],
            vec![fk("hull_no", "ships", "hull_no")],
        ),
        table(
            "weather",
            "port_id",
            vec![
                col("port_id", "integer"),
                col("spring", "real"),
                col("autumn", "real"),
                col("winter", "real"),
            ],
            vec![fk("port_id", "ports", "port_id")],
        ),
        table(
            "owners",
            "owner_id",
            vec![col("owner_id", "integer"), col("name", "text")],
            vec![],
        ),
        table(
            "deposit",
            "owner_id",
            vec![col("owner_id", "integer"), col("amount", "real")],
            vec![fk("owner_id", "owners", "owner_id")],
        ),
        table(
            "loan",
            "owner_id",
            vec![col("owner_id", "integer"), col("amount", "real")],
            vec![fk("owner_id", "owners", "owner_id")],
        ),
    ])
}

fn sql(q: &str) -> String {
    common::sql_or_declined(&freight(), q)
}

#[test]
fn column_inside_comparative_against_average() {
    // "more berths than average": the column sits between the comparative and "than".
    assert_eq!(
        sql("Which ports have more berths than average? Give their names."),
        "SELECT port_name FROM ports WHERE berths > (SELECT AVG(berths) FROM ports)"
    );
}

#[test]
fn after_all_rows_picked_by_a_value() {
    // "after all ships built by X": later than the latest of them; the builder picks the
    // subquery's rows, not the answer's.
    assert_eq!(
        sql("List the titles of ships whose year is after all ships built by Kockums."),
        "SELECT title FROM ships WHERE \"year\" > (SELECT MAX(\"year\") FROM ships WHERE \
         builder = 'Kockums')"
    );
}

#[test]
fn after_the_most_recent_row_picked_by_a_value() {
    assert_eq!(
        sql("Which ships were made after the most recent Kockums ship? Give their titles."),
        "SELECT title FROM ships WHERE \"year\" > (SELECT MAX(\"year\") FROM ships WHERE \
         builder = 'Kockums')"
    );
}

#[test]
fn after_any_row_is_after_the_earliest() {
    // "after any consignment that was delayed": later than at least one of them.
    assert_eq!(
        sql("Give the distinct hull numbers of consignments sent after any consignment that was Delayed."),
        "SELECT DISTINCT hull_no FROM consignments WHERE sent_on > (SELECT \
         MIN(sent_on) FROM consignments WHERE progress = 'Delayed')"
    );
}

#[test]
fn two_columns_of_one_row_compared() {
    assert_eq!(
        sql("For which ports is spring lower than that in autumn? Show the port names."),
        "SELECT T1.port_name FROM ports AS T1 JOIN weather AS T2 ON T1.port_id = T2.port_id \
         WHERE T2.spring < T2.autumn"
    );
}

#[test]
fn two_columns_compared_then_continued_after_or() {
    // "... or above winter" goes on with the same left column.
    let got = sql("Show port names where spring is below autumn or above winter.");
    assert!(got.contains("T2.spring < T2.autumn"), "{got}");
    assert!(got.contains("T2.spring > T2.winter"), "{got}");
}

#[test]
fn two_tables_columns_compared_through_their_owner() {
    // "deposit amount ... than loan amount": each table named before its column.
    assert_eq!(
        sql("Find the names of owners whose deposit amount is higher than their loan amount."),
        "SELECT T1.name FROM owners AS T1 JOIN deposit AS T2 ON T1.owner_id = T2.owner_id \
         JOIN loan AS T3 ON T1.owner_id = T3.owner_id WHERE T2.amount > T3.amount"
    );
}

#[test]
fn comparison_with_a_number_is_unchanged() {
    // A number after the comparison still compares with the number.
    assert_eq!(
        sql("List ship titles with tonnage higher than 5000."),
        "SELECT title FROM ships WHERE tonnage > 5000"
    );
}

#[test]
fn aggregate_word_before_a_compared_column_is_per_group() {
    // "builders with an average tonnage above 5000": the average per builder.
    assert_eq!(
        sql("Which builders have an average tonnage above 5000?"),
        "SELECT builder FROM ships GROUP BY builder HAVING AVG(tonnage) > 5000"
    );
    assert_eq!(
        sql("Find the builders whose maximum tonnage is higher than 5000."),
        "SELECT builder FROM ships GROUP BY builder HAVING MAX(tonnage) > 5000"
    );
}

#[test]
fn group_average_against_overall_average() {
    assert_eq!(
        sql("List builders with an average tonnage exceeding the average tonnage of every ship."),
        "SELECT builder FROM ships GROUP BY builder HAVING AVG(tonnage) > (SELECT AVG(tonnage) \
         FROM ships)"
    );
}

#[test]
fn average_stops_at_the_sentence_end() {
    // The year listed in the next sentence is shown, not averaged.
    let got = sql("Which ships have more tonnage than the average? Show the titles and the year.");
    assert!(
        got.ends_with("WHERE tonnage > (SELECT AVG(tonnage) FROM ships)"),
        "{got}"
    );
}

/// Shires with their number of constables, and the towns in each.
fn shires() -> Schema {
    Schema::new(vec![
        table(
            "shire",
            "shire_id",
            vec![
                col("shire_id", "integer"),
                col("shire_name", "text"),
                col("constables", "integer"),
            ],
            vec![],
        ),
        table(
            "town",
            "town_id",
            vec![
                col("town_id", "integer"),
                col("shire_id", "integer"),
                col("town_name", "text"),
            ],
            vec![fk("shire_id", "shire", "shire_id")],
        ),
    ])
}

#[test]
fn every_row_in_the_top_container_not_the_top_row() {
    let on = |q: &str| common::sql_or_declined(&shires(), q);
    // The superlative picks the shire; every town in it is asked for.
    assert_eq!(
        on("What are the names of towns in the shire with the most constables?"),
        "SELECT town_name FROM town WHERE shire_id = \
         (SELECT shire_id FROM shire ORDER BY constables DESC LIMIT 1)"
    );
    assert_eq!(
        on("List all the towns in the shire with the most constables."),
        "SELECT town_name FROM town WHERE shire_id = \
         (SELECT shire_id FROM shire ORDER BY constables DESC LIMIT 1)"
    );
    // "on" the shire, as "in" it: it ordered the towns and kept the first.
    assert_eq!(
        on("What are the names of towns bordering on the shire with the most constables?"),
        "SELECT town_name FROM town WHERE shire_id = \
         (SELECT shire_id FROM shire ORDER BY constables DESC LIMIT 1)"
    );
    // One town asked for: the top of the joined rows.
    assert_eq!(
        on("What is the name of the town in the shire with the most constables?"),
        "SELECT T2.town_name FROM shire AS T1 JOIN town AS T2 ON T1.shire_id = T2.shire_id \
         ORDER BY T1.constables DESC LIMIT 1"
    );
}

#[test]
fn the_top_container_subquery_passes_the_guard_in_every_dialect() {
    use quarry_model::Dialect;
    let idx = quarry_nl::SchemaIndex::build(&shires());
    for d in [Dialect::Postgres, Dialect::Sqlite, Dialect::Mysql] {
        let a = idx
            .translate(
                "List all the towns in the shire with the most constables.",
                d,
            )
            .unwrap();
        assert!(a.sql.contains("= (SELECT"), "{}", a.sql);
        quarry_guard::check(&a.sql, d).unwrap_or_else(|e| panic!("{d:?}: {}: {e}", a.sql));
    }
}

#[test]
fn an_absent_thing_is_found_by_a_word_other_than_the_subject_s() {
    let ships = Schema::new(vec![
        table(
            "ships",
            "ship_id",
            vec![col("ship_id", "integer"), col("ship_name", "text")],
            vec![],
        ),
        table(
            "ship_voyages",
            "voyage_id",
            vec![col("voyage_id", "integer"), col("ship_id", "integer")],
            vec![fk("ship_id", "ships", "ship_id")],
        ),
        table(
            "ship_repairs",
            "repair_id",
            vec![
                col("repair_id", "integer"),
                col("ship_id", "integer"),
                col("repair_code", "text"),
            ],
            vec![
                fk("ship_id", "ships", "ship_id"),
                fk("repair_code", "repair_kinds", "repair_code"),
            ],
        ),
        table(
            "repair_kinds",
            "repair_code",
            vec![
                col("repair_code", "text"),
                col("repair_description", "text"),
            ],
            vec![],
        ),
    ]);
    // Both related tables are named after ships; "repair" says which one is absent.
    assert_eq!(
        common::sql_or_declined(&ships, "Which ships have no repair? List the ship names."),
        "SELECT ship_name FROM ships WHERE ship_id NOT IN (SELECT ship_id FROM ship_repairs WHERE ship_id IS NOT NULL)"
    );
}

#[test]
fn the_subject_named_again_after_a_negation_is_not_what_is_absent() {
    let agency = Schema::new(vec![
        table(
            "patrons",
            "patron_id",
            vec![col("patron_id", "integer"), col("patron_details", "text")],
            vec![],
        ),
        table(
            "patron_bookings",
            "booking_no",
            vec![
                col("booking_no", "integer"),
                col("patron_id", "integer"),
                col("booking_kind_code", "text"),
            ],
            vec![fk("patron_id", "patrons", "patron_id")],
        ),
        table(
            "refunds",
            "refund_id",
            vec![col("refund_id", "integer"), col("booking_no", "integer")],
            vec![fk("booking_no", "patron_bookings", "booking_no")],
        ),
    ]);
    assert_eq!(
        common::sql_or_declined(
            &agency,
            "Which patrons do not have any bookings? Find the details of these patrons."
        ),
        "SELECT patron_details FROM patrons WHERE patron_id NOT IN (SELECT patron_id FROM \
         patron_bookings WHERE patron_id IS NOT NULL)"
    );
}

#[test]
fn of_two_related_tables_the_object_named_last_is_absent() {
    let school = Schema::new(vec![
        table(
            "pupils",
            "pupil_id",
            vec![col("pupil_id", "integer"), col("full_name", "text")],
            vec![],
        ),
        table(
            "plays_chess",
            "play_id",
            vec![
                col("play_id", "integer"),
                col("pupil_id", "integer"),
                col("minutes_played", "integer"),
            ],
            vec![fk("pupil_id", "pupils", "pupil_id")],
        ),
        table(
            "sport_entries",
            "entry_id",
            vec![
                col("entry_id", "integer"),
                col("pupil_id", "integer"),
                col("sport_name", "text"),
            ],
            vec![fk("pupil_id", "pupils", "pupil_id")],
        ),
    ]);
    assert_eq!(
        common::sql_or_declined(
            &school,
            "What are the ids of all pupils who don't play sports?"
        ),
        "SELECT pupil_id FROM pupils WHERE pupil_id NOT IN (SELECT pupil_id FROM sport_entries WHERE pupil_id IS NOT NULL)"
    );
}

#[test]
fn a_negation_takes_the_reference_its_verb_names() {
    let office = Schema::new(vec![
        table(
            "staff",
            "staff_id",
            vec![col("staff_id", "integer"), col("staff_name", "text")],
            vec![],
        ),
        table(
            "files_to_shred",
            "file_id",
            vec![
                col("file_id", "integer"),
                col("approved_by_staff_id", "integer"),
                col("shredded_by_staff_id", "integer"),
            ],
            vec![
                fk("approved_by_staff_id", "staff", "staff_id"),
                fk("shredded_by_staff_id", "staff", "staff_id"),
            ],
        ),
    ]);
    assert_eq!(
        common::sql_or_declined(
            &office,
            "Which staff do not shred any file? Give their staff ids."
        ),
        "SELECT staff_id FROM staff WHERE staff_id NOT IN (SELECT shredded_by_staff_id FROM \
         files_to_shred WHERE shredded_by_staff_id IS NOT NULL)"
    );
}

#[test]
fn a_reference_that_may_be_empty_is_kept_to_its_values_under_not_in() {
    let desk = |nullable: bool| {
        let mut owner = col("owner_id", "integer");
        owner.nullable = nullable;
        Schema::new(vec![
            table(
                "agents",
                "agent_id",
                vec![col("agent_id", "integer"), col("agent_name", "text")],
                vec![],
            ),
            table(
                "tickets",
                "ticket_id",
                vec![col("ticket_id", "integer"), owner],
                vec![fk("owner_id", "agents", "agent_id")],
            ),
        ])
    };
    let q = "Which agents have no tickets?";
    // One ticket without an owner would make NOT IN true of no agent at all.
    assert_eq!(
        common::sql_or_declined(&desk(true), q),
        "SELECT agent_name FROM agents WHERE agent_id NOT IN (SELECT owner_id FROM tickets \
         WHERE owner_id IS NOT NULL)"
    );
    assert_eq!(
        common::sql_or_declined(&desk(false), q),
        "SELECT agent_name FROM agents WHERE agent_id NOT IN (SELECT owner_id FROM tickets)"
    );
}
