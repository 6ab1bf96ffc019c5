//! Joining words, contractions and filler: "along with", "together with" and "as well as" list
//! asked columns like "and"; negated contractions ("won't", "isn't") read as "not" and
//! leave no unexplained auxiliary; "ever", "regarding", "select" explain nothing; value pairs
//! joined by "or" ("in Springfield, Ohio or in Dayton, Oregon") stay pairs. Each on a
//! schema the test makes itself.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, table, vcol};
use quarry_model::{Dialect, Schema};

/// A kite club: kites with a label, a wingspan, a maker and the year they first flew.
fn kites() -> Schema {
    Schema::new(vec![table(
        "kite",
        "kite_id",
        vec![
            col("kite_id", "integer"),
            col("label", "text"),
            col("wingspan", "integer"),
            vcol("maker", &["Skyloft", "Breezeworks"]),
            col("first_flight_year", "integer"),
            vcol("fabric", &["nylon", "silk"]),
        ],
        vec![],
    )])
}

fn sql(q: &str) -> String {
    common::sql_or_declined(&kites(), q)
}

#[test]
fn joining_phrases_list_columns_like_and() {
    // Left as they were, "with" read as a relation and the second column was dropped.
    for q in [
        "Show the labels and wingspans of all kites.",
        "Show the labels along with the wingspans of all kites.",
        "Show the labels together with the wingspans of all kites.",
        "Show the labels as well as the wingspans of all kites.",
    ] {
        assert_eq!(sql(q), "SELECT label, wingspan FROM kite", "{q}");
    }
}

#[test]
fn negated_contractions_leave_no_unexplained_auxiliary() {
    // "won't" once read as "won" (the past of "win"), a verb nothing explained, and
    // "wouldn't" as "wouldn", a word nothing explained: each lowered the confidence.
    let idx = quarry_nl::SchemaIndex::build(&kites());
    for aux in [
        "don't",
        "doesn't",
        "didn't",
        "won't",
        "wouldn't",
        "shouldn't",
        "couldn't",
        "can't",
        "cannot",
    ] {
        let q = format!("Which kites {aux} use silk?");
        let (r, notes) = idx.translate_with_notes(&q, Dialect::Sqlite);
        assert_eq!(
            r.unwrap().sql,
            "SELECT * FROM kite WHERE fabric <> 'silk'",
            "{q}"
        );
        let stem = aux.trim_end_matches("'t").trim_end_matches("not");
        assert!(
            !notes.iter().any(|n| n.starts_with("word:")
                && (n.contains(&format!(":{stem}=")) || n.contains(":won="))),
            "{q}: {notes:?}"
        );
        assert!(
            notes.iter().any(|n| n.starts_with("cue:not")),
            "{q}: {notes:?}"
        );
    }
}

#[test]
fn emphasis_and_command_words_are_filler() {
    // "ever", "regarding" and "select" name nothing in any database; left unexplained they
    // lowered the confidence of otherwise plain questions.
    let idx = quarry_nl::SchemaIndex::build(&kites());
    for q in [
        "Which makers have ever sold a kite of silk?",
        "Select the labels of all kites.",
        "Give every detail regarding the kites.",
    ] {
        let (r, notes) = idx.translate_with_notes(q, Dialect::Sqlite);
        assert!(r.is_ok(), "{q}");
        assert!(
            !notes.iter().any(|n| n.starts_with("word:")
                && [":ever=", ":select=", ":regarding="]
                    .iter()
                    .any(|w| n.contains(w))),
            "{q}: {notes:?}"
        );
    }
}

#[test]
fn value_pairs_joined_by_or_stay_pairs() {
    let depots = Schema::new(vec![table(
        "depots",
        "depot_id",
        vec![
            col("depot_id", "integer"),
            col("name", "text"),
            vcol("town", &["Springfield", "Dayton", "Salem"]),
            vcol("region", &["Ohio", "Oregon", "Maine"]),
        ],
        vec![],
    )]);
    // Two IN lists would also match Springfield, Oregon.
    assert_eq!(
        common::sql_or_declined(
            &depots,
            "Which depots are in Springfield, Ohio or in Dayton, Oregon?"
        ),
        "SELECT name FROM depots WHERE ((town = 'Springfield' AND region = 'Ohio') OR \
         (town = 'Dayton' AND region = 'Oregon'))"
    );
}
