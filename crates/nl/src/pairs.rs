//! One column that two unrelated tables both hold, asked of the two at once: "Which
//! countries have both clubs and regattas?" (the countries in both lists: INTERSECT), "...
//! clubs but no regatta" (EXCEPT), "... a club or a regatta" (UNION). Joining the two
//! tables over the key graph would answer something else (the clubs that rowed at a
//! regatta), so this shape is read before the planner's own.
//!
//! Owns: recognising that shape from the linked mentions and the words between them, and
//! the query for it. Must not: read anything but the question's tokens, its mentions and
//! the schema index; read the shape when a word around the names is one it does not know
//! (one word right before a table, "a rowing club", is allowed at a cost).

use crate::ast::{Expr, Query, SetOp};
use crate::index::{ColId, Index};
use crate::link::{Mention, Target};
use crate::tokenize::Token;
use quarry_model::TypeClass;

/// Words a question may open with before the column it asks for.
const OPENING: &[&str] = &[
    "which",
    "what",
    "are",
    "is",
    "the",
    "show",
    "list",
    "find",
    "give",
    "me",
    "return",
    "all",
    "tell",
    "display",
    "get",
    "every",
    "each",
    "different",
    "distinct",
];

/// Words between the column and the tables that say only "has one of these".
const LINKING: &[&str] = &[
    "that",
    "which",
    "where",
    "in",
    "have",
    "has",
    "had",
    "host",
    "hosts",
    "hosted",
    "are",
    "is",
    "were",
    "was",
    "there",
    "a",
    "an",
    "at",
    "least",
    "one",
    "some",
    "any",
    "both",
    "and",
    "also",
    "as",
    "well",
    "or",
    "either",
    "but",
    "no",
    "not",
    "never",
    "do",
    "does",
    "did",
    "don't",
    "doesn't",
    "home",
    "to",
    "of",
    "the",
    "with",
    "without",
    "contain",
    "contains",
    "located",
    "found",
    "single",
    "appear",
    "appears",
    "for",
    "based",
    "recorded",
    "registered",
    "listed",
    "excluding",
    "except",
    "used",
    "shared",
    "by",
];

/// Words that turn the second table into the rows to leave out.
const NEGATIONS: &[&str] = &[
    "no",
    "not",
    "never",
    "without",
    "don't",
    "doesn't",
    "none",
    "excluding",
    "except",
];

/// The query, and the evidence for its confidence.
pub struct PairQuery {
    pub query: Query,
    pub evidence: Vec<(String, f32)>,
}

/// The column of `t` among `cands` that scored as well as the best, if one.
fn column_in(cands: &[(ColId, f32)], t: usize) -> Option<ColId> {
    let best = cands.first().map_or(0.0, |c| c.1);
    cands
        .iter()
        .find(|c| c.0.table == t && c.1 >= best - 0.1)
        .map(|c| c.0)
}

fn is_text(index: &Index, c: ColId) -> bool {
    index
        .col(&c)
        .is_some_and(|ci| matches!(ci.class, TypeClass::Text) && !ci.is_key)
}

/// "at least one": the number a linker read in it says nothing here.
fn at_least_one(tokens: &[Token], m: &Mention) -> bool {
    matches!(&m.target, Target::Number(v) if v == "1")
        && m.start >= 2
        && tokens[m.start - 2].lower == "at"
        && tokens[m.start - 1].lower == "least"
}

/// The shape, when the question is exactly it: the asked column first, then the two tables,
/// every other word one of the linking words above, and the column held by both tables
/// (itself, or named again after a negation: "not the country of any buyer").
pub fn column_of_two_tables(
    tokens: &[Token],
    mentions: &[Mention],
    index: &Index,
) -> Option<PairQuery> {
    // "host" or "home" read as a column or a value elsewhere is a linking word here.
    let linking = |m: &Mention| {
        matches!(m.target, Target::Column(_) | Target::Value(_))
            && (m.start..m.end).all(|j| LINKING.contains(&tokens[j].lower.as_str()))
    };
    let core: Vec<&Mention> = mentions
        .iter()
        .filter(|m| !at_least_one(tokens, m) && !linking(m))
        .collect();
    let (asked, t1, again, t2) = match core.as_slice() {
        [a, b, c] => (*a, *b, None, *c),
        [a, b, c, d] => (*a, *b, Some(*c), *d),
        _ => return None,
    };
    let Target::Column(cands) = &asked.target else {
        return None;
    };
    let (Target::Table(t1), Target::Table(t2)) = (&t1.target, &t2.target) else {
        return None;
    };
    let (t1, t2) = (*t1, *t2);
    if t1 == t2 {
        return None;
    }
    let mut evidence = vec![("table_pair_set".to_string(), 1.0)];
    let words = |from: usize, to: usize, allowed: &[&str]| {
        (from..to).all(|j| allowed.contains(&tokens[j].lower.as_str()))
    };
    let covered = |j: usize| mentions.iter().any(|m| m.start <= j && j < m.end);
    if !words(0, asked.start, OPENING) {
        return None;
    }
    // Every word after the column is a name, a linking word, or one adjective right before
    // a table ("a rowing club"), which is read as part of it at a cost.
    let mut adjectives = 0;
    for (j, t) in tokens.iter().enumerate().skip(asked.end) {
        if covered(j) || LINKING.contains(&t.lower.as_str()) {
            continue;
        }
        let before_table = core
            .iter()
            .any(|m| matches!(m.target, Target::Table(_)) && m.start == j + 1);
        if !before_table || adjectives > 0 {
            return None;
        }
        adjectives += 1;
    }
    if adjectives > 0 {
        evidence.push(("pair_adjective".to_string(), 1.0));
    }
    let c1 = column_in(cands, t1)?;
    let c2 = match again {
        // "not the country of any buyer", "not the home country of any company".
        Some(m) => {
            let Target::Column(again_cands) = &m.target else {
                return None;
            };
            column_in(again_cands, t2)?
        }
        None => column_in(cands, t2)?,
    };
    if !is_text(index, c1) || !is_text(index, c2) {
        return None;
    }
    // The same attribute in both tables: one name ("country" and "country"), unless the
    // question names the second itself.
    let own = |c: ColId| index.col(&c).map(|ci| ci.own_words.clone());
    if again.is_none() && own(c1) != own(c2) {
        return None;
    }
    // "the names of towns that ...": the column is the first table's own, and the second
    // table is what those rows have or lack, not a second list; unless the column is named
    // again for the second ("the countries of stations, excluding the countries where ...").
    if again.is_none() && (asked.end..core[1].start).any(|j| tokens[j].lower == "of") {
        return None;
    }
    let t1_at = core[1].end;
    let t2_at = core[core.len() - 1].start;
    let between = |list: &[&str]| (t1_at..t2_at).any(|j| list.contains(&tokens[j].lower.as_str()));
    let op = if between(NEGATIONS) {
        SetOp::Except
    } else if again.is_some() {
        return None;
    } else if between(&["or", "either"]) {
        SetOp::Union
    } else if between(&["and", "also", "both"]) {
        SetOp::Intersect
    } else {
        return None;
    };
    // A negation before the first table ("countries with no clubs and ...") is not this shape.
    if (asked.end..core[1].start).any(|j| NEGATIONS.contains(&tokens[j].lower.as_str())) {
        return None;
    }
    Some(PairQuery {
        query: Query {
            select: vec![Expr::Col(c1)],
            tables: vec![t1],
            set_op: Some((
                op,
                Box::new(Query {
                    select: vec![Expr::Col(c2)],
                    tables: vec![t2],
                    ..Query::default()
                }),
            )),
            ..Query::default()
        },
        evidence,
    })
}
