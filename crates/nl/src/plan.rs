//! Planning: from tokens and mentions to a query AST plus a confidence. Reads cue phrases
//! (counts, aggregates, comparisons with a number, with an aggregate of other rows or with
//! another column, superlatives, grouping, ordering, negation, set operations, years and
//! "last/this year" against date columns) around the linked mentions, resolves ambiguous
//! columns against the tables in play, and joins over the join graph of [`crate::index`].
//! Every guess it makes is recorded as evidence (`cx.pen`) that [`crate::calibrate`] turns
//! into the confidence; `link_evidence` records how tables and columns were chosen. A doubt
//! a later step can settle (which column a word meant, whether a grouping or DISTINCT was
//! a guess) is noted only once the query is built, and only if the final query still
//! depends on it (`query_columns` says which columns it reads): a note must be true of the
//! SQL returned. Likewise words the query answers though no rule took them
//! (`words_the_query_reads`) and joints that list no shown column (`listed_items`) are not
//! counted against it. Must not: render SQL or do I/O; dates relative to today are left to the
//! database (`Lit::YearStart`), so the same question always gives the same SQL.
//! Entry point: [`plan`].

use crate::ast::{Agg, Cond, Expr, Lit, Op, Query, SetOp};
use crate::index::{ColId, Edge, Index, ValueHit};
use crate::lexicon::{
    AFFIX_VERBS, EST_NOT_SUPERLATIVE, FILLER, LEAST, LIMIT_WORDS, MOST, PLAIN_VERBS,
    STATE_PARTICIPLES, UNITS,
};
use crate::link::{Mention, Target};
use crate::tokenize::{Kind, Token};
use quarry_model::TypeClass;
use std::collections::BTreeSet;

/// A plan and how sure the planner is of it.
#[derive(Debug, Clone)]
pub struct Planned {
    pub query: Query,
    pub confidence: f32,
    /// Each reason the confidence was lowered.
    pub notes: Vec<String>,
}

/// Why the planner gives up.
pub type Decline = String;

/// What one column mention turned out to be.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Project,
    Agg(Agg),
    Filter,
    Order(bool),
    Group,
}

struct Ctx<'a> {
    tokens: &'a [Token],
    index: &'a Index,
    mentions: &'a [Mention],
    /// Tokens accounted for (by a mention or a cue).
    used: Vec<bool>,
    /// Tokens the cue lookback skips ("number of" in "the largest number of X").
    transparent: Vec<bool>,
    /// What speaks against the plan (feature, amount), turned into a confidence by
    /// [`crate::calibrate`].
    evidence: Vec<(String, f32)>,
}

impl<'a> Ctx<'a> {
    fn lw(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.lower.as_str())
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.lw(i))
    }

    /// Whether the words at `i..` are `phrase`.
    fn at(&self, i: usize, phrase: &[&str]) -> bool {
        phrase.iter().enumerate().all(|(k, w)| self.lw(i + k) == *w)
    }

    /// Records evidence about the plan; `calibrate` weighs it.
    fn pen(&mut self, what: &str, amount: f32) {
        if amount > 0.0 {
            self.evidence.push((what.to_string(), amount));
        }
    }

    fn mark(&mut self, i: usize, n: usize) {
        for k in i..(i + n).min(self.used.len()) {
            self.used[k] = true;
        }
    }

    /// Marks the "or" at `o` as read, with the "either" that opens it ("either red or blue"):
    /// the two words make one connective, so reading one reads both.
    fn mark_or(&mut self, o: usize) {
        self.mark(o, 1);
        if let Some(e) = (o.saturating_sub(12)..o).find(|&j| self.is(j, &["either"])) {
            self.mark(e, 1);
        }
    }

    /// The index of the nearest token before `i` that is not "the"/"a"/"of"/"an".
    fn prev_word(&self, i: usize) -> Option<usize> {
        let mut j = i;
        while j > 0 {
            j -= 1;
            if !self.is(
                j,
                &["the", "a", "an", "of", "all", "their", "its", "his", "her"],
            ) && !self.transparent[j]
            {
                return Some(j);
            }
        }
        None
    }

    /// Whether a comma stands right before token `i`.
    fn after_comma(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.after_comma)
    }

    fn mention_at(&self, i: usize) -> Option<usize> {
        self.mentions.iter().position(|m| m.start <= i && i < m.end)
    }
}

/// A comparison phrase found in the question.
struct Comparison {
    start: usize,
    /// First token after the phrase.
    end: usize,
    /// Where the compared number sits: `end` for "over 5", a few words on for "after the
    /// year of 1990" and "at least a weight of 40", `start` for "5 or more".
    num_at: usize,
    /// First token after the phrase and its number.
    next: usize,
    op: Op,
    /// "older than" and friends imply an age-like column.
    implied: Option<&'static str>,
}

/// "5 or more", "1999 or before", "18 and over": the cue after "or"/"and" that turns the
/// number before it into an inclusive bound, with an implied column as in [`comparison`].
/// `i` is the connective. A number after the cue ("below 4 or above 9") makes it a
/// comparison of its own instead.
fn trailing_bound(cx: &Ctx<'_>, i: usize) -> Option<(Op, Option<&'static str>)> {
    if !cx.is(i, &["or", "and"]) || i == 0 || !matches!(cx.tokens[i - 1].kind, Kind::Number(_)) {
        return None;
    }
    let follows_number = matches!(cx.tokens.get(i + 2).map(|t| &t.kind), Some(Kind::Number(_)));
    if follows_number || cx.is(i + 2, &["than", "to"]) {
        return None;
    }
    let up = [
        "more", "greater", "higher", "above", "over", "later", "after", "larger", "bigger",
        "longer", "up",
    ];
    let down = [
        "less", "fewer", "lower", "below", "under", "earlier", "before", "smaller", "shorter",
    ];
    // "and more" reads as a list ("5 and more names"); only bounds that cannot be nouns.
    let and_ok = [
        "above", "over", "up", "below", "under", "later", "after", "earlier", "before", "older",
        "younger",
    ];
    if cx.is(i, &["and"]) && !cx.is(i + 1, &and_ok) {
        return None;
    }
    if cx.is(i + 1, &up) {
        Some((Op::Ge, None))
    } else if cx.is(i + 1, &down) {
        Some((Op::Le, None))
    } else if cx.is(i + 1, &["older"]) {
        Some((Op::Ge, Some("age")))
    } else if cx.is(i + 1, &["younger"]) {
        Some((Op::Le, Some("age")))
    } else {
        None
    }
}

/// Whether the words at `i` are "years old" / "year old" / "years of age".
fn years_old(cx: &Ctx<'_>, i: usize) -> bool {
    cx.at(i, &["years", "old"]) || cx.at(i, &["year", "old"]) || cx.at(i, &["years", "of", "age"])
}

/// The number a comparison cue at `end` compares with: right there, or after a few words
/// naming what is compared ("after the year of 1990", "at least a weight of 40", "over a
/// 100"), with at most one column mention among them.
fn number_after_cue(cx: &Ctx<'_>, end: usize) -> usize {
    let mut j = end;
    let mut columns = 0;
    while j < cx.tokens.len() && j < end + 5 {
        if matches!(cx.tokens[j].kind, Kind::Number(_)) {
            return j;
        }
        let column = cx
            .mention_at(j)
            .filter(|&k| matches!(cx.mentions[k].target, Target::Column(_)));
        match column {
            Some(k) if columns == 0 => {
                columns += 1;
                j = cx.mentions[k].end;
            }
            None if cx.is(j, &["the", "a", "an", "of", "year", "years", "is", "="]) => j += 1,
            _ => break,
        }
    }
    end
}

fn comparison(cx: &Ctx<'_>, i: usize) -> Option<Comparison> {
    const PHRASES: &[(&[&str], Op, Option<&str>)] = &[
        (&["greater", "than", "or", "equal", "to"], Op::Ge, None),
        (&["more", "than", "or", "equal", "to"], Op::Ge, None),
        (&["less", "than", "or", "equal", "to"], Op::Le, None),
        (&["at", "least"], Op::Ge, None),
        (&["at", "most"], Op::Le, None),
        (&["no", "more", "than"], Op::Le, None),
        (&["no", "less", "than"], Op::Ge, None),
        (&["not", "more", "than"], Op::Le, None),
        (&["not", "less", "than"], Op::Ge, None),
        (&["more", "than"], Op::Gt, None),
        (&["greater", "than"], Op::Gt, None),
        (&["larger", "than"], Op::Gt, None),
        (&["bigger", "than"], Op::Gt, None),
        (&["higher", "than"], Op::Gt, None),
        (&["longer", "than"], Op::Gt, None),
        (&["over"], Op::Gt, None),
        (&["above"], Op::Gt, None),
        (&["exceeds"], Op::Gt, None),
        (&["exceeding"], Op::Gt, None),
        (&["exceed"], Op::Gt, None),
        (&["exceeded"], Op::Gt, None),
        (&["less", "than"], Op::Lt, None),
        (&["fewer", "than"], Op::Lt, None),
        (&["lower", "than"], Op::Lt, None),
        (&["smaller", "than"], Op::Lt, None),
        (&["shorter", "than"], Op::Lt, None),
        (&["below"], Op::Lt, None),
        (&["under"], Op::Lt, None),
        (&["older", "than"], Op::Gt, Some("age")),
        (&["younger", "than"], Op::Lt, Some("age")),
        (&["taller", "than"], Op::Gt, Some("height")),
        (&["heavier", "than"], Op::Gt, Some("weight")),
        (&["lighter", "than"], Op::Lt, Some("weight")),
        (&["expensive", "than"], Op::Gt, Some("price")),
        (&["cheaper", "than"], Op::Lt, Some("price")),
        (&["before"], Op::Lt, None),
        (&["after"], Op::Gt, None),
        (&["earlier", "than"], Op::Lt, None),
        (&["later", "than"], Op::Gt, None),
        (&["equal", "to"], Op::Eq, None),
        // "exactly one pet", "only one shop": a count per row (with a number after).
        (&["exactly"], Op::Eq, None),
        (&["only"], Op::Eq, None),
        (&["just"], Op::Eq, None),
        (&["equals"], Op::Eq, None),
        (&["not", "equal", "to"], Op::Ne, None),
        (&["other", "than"], Op::Ne, None),
    ];
    // "smaller than or equal to 12", "higher than or equal to 7": inclusive bounds for any
    // comparative.
    let inclusive = match cx.lw(i) {
        "greater" | "more" | "larger" | "bigger" | "higher" | "longer" | "later" | "older" => {
            Some(Op::Ge)
        }
        "less" | "fewer" | "smaller" | "lower" | "shorter" | "earlier" | "younger" => Some(Op::Le),
        _ => None,
    };
    if let Some(op) = inclusive.filter(|_| cx.at(i + 1, &["than", "or", "equal", "to"])) {
        let end = i + 5;
        let num_at = number_after_cue(cx, end);
        return Some(Comparison {
            start: i,
            end,
            num_at,
            next: num_at + 1,
            op,
            implied: match cx.lw(i) {
                "older" | "younger" => Some("age"),
                _ => None,
            },
        });
    }
    for (phrase, op, implied) in PHRASES {
        if cx.at(i, phrase) {
            let end = i + phrase.len();
            let num_at = number_after_cue(cx, end);
            // "over 40 years old": an age, whatever column is named before.
            let aged = years_old(cx, num_at + 1).then_some("age");
            let words = if cx.is(num_at + 2, &["of"]) { 3 } else { 2 };
            // "invoices of more than 500 dollars": a sum of money, whatever column holds it.
            let money = (implied.is_none()
                && aged.is_none()
                && cx.is(num_at + 1, CURRENCY_WORDS)
                && cx.mention_at(num_at + 1).is_none())
            .then_some(MONEY);
            // "venues that can hold more than 2000 people": how many fit, a capacity (the
            // word for whom is no column of its own).
            let held = (implied.is_none()
                && aged.is_none()
                && i >= 2
                && cx.is(i - 2, &["can", "could"])
                && cx.is(i - 1, HOLD_VERBS))
            .then_some("capac");
            // (What is carried counts as the unit even where it names a column of its own:
            // "carry more than 500 passengers" is not a number of passengers carried.)
            let unit_after = (money.is_some() || held.is_some())
                && (held.is_some() || cx.mention_at(num_at + 1).is_none())
                && cx
                    .tokens
                    .get(num_at + 1)
                    .is_some_and(|t| t.kind == Kind::Word);
            return Some(Comparison {
                start: i,
                end,
                num_at,
                next: num_at
                    + 1
                    + if aged.is_some() {
                        words
                    } else {
                        usize::from(unit_after)
                    },
                op: *op,
                implied: aged.or(money).or(held).or(*implied),
            });
        }
    }
    // "more seat rows than 20": the compared column sits inside the comparative.
    let split = match cx.lw(i) {
        "more" | "greater" | "higher" | "larger" | "bigger" => Some(Op::Gt),
        "less" | "fewer" | "lower" | "smaller" => Some(Op::Lt),
        _ => None,
    };
    let inside = cx
        .mention_at(i + 1)
        .filter(|&k| cx.mentions[k].start == i + 1)
        .filter(|&k| matches!(cx.mentions[k].target, Target::Column(_)))
        .map(|k| cx.mentions[k].end);
    if let (Some(op), Some(e)) = (split, inside) {
        let number = matches!(cx.tokens.get(e + 1).map(|t| &t.kind), Some(Kind::Number(_)));
        if cx.is(e, &["than"]) && number {
            return Some(Comparison {
                start: i,
                end: e + 1,
                num_at: e + 1,
                next: e + 2,
                op,
                implied: None,
            });
        }
    }
    if matches!(cx.tokens.get(i).map(|t| &t.kind), Some(Kind::Number(_))) {
        if let Some((op, implied)) = trailing_bound(cx, i + 1) {
            return Some(Comparison {
                start: i,
                end: i + 3,
                num_at: i,
                next: i + 3,
                op,
                implied,
            });
        }
    }
    None
}

/// Nouns that make "X number" an identifier rather than a count ("phone number of").
const NUMBER_COMPOUNDS: &[&str] = &[
    "phone",
    "telephone",
    "mobile",
    "cell",
    "fax",
    "card",
    "account",
    "serial",
    "reference",
    "registration",
    "license",
    "licence",
    "passport",
    "model",
    "part",
    "house",
    "room",
    "seat",
    "flight",
    "tracking",
    "invoice",
    "policy",
];

/// Whether two columns can be compared as quantities: both numbers (not keys) or both dates.
fn comparable(index: &Index, a: ColId, b: ColId) -> bool {
    let amount = |c: ColId| numeric(index, c) && !is_key(index, c);
    a != b && ((amount(a) && amount(b)) || (is_date(index, a) && is_date(index, b)))
}

/// The column mention that starts at `j`, past words that only point back ("the", "their",
/// "corresponding", "that in"), with the first token after the pointing words.
fn column_after(cx: &Ctx<'_>, resolved: &[Option<ColId>], mut j: usize) -> Option<usize> {
    let limit = j + 3;
    while j < limit
        && cx.is(
            j,
            &[
                "the",
                "their",
                "its",
                "corresponding",
                "that",
                "those",
                "in",
            ],
        )
    {
        j += 1;
    }
    let mut k = cx.mention_at(j).filter(|&k| cx.mentions[k].start == j)?;
    // "than the kennel capacity": a table named right before its column.
    if matches!(cx.mentions[k].target, Target::Table(_))
        && cx
            .mentions
            .get(k + 1)
            .is_some_and(|o| o.start == cx.mentions[k].end)
    {
        k += 1;
    }
    let column = matches!(cx.mentions[k].target, Target::Column(_)) && resolved[k].is_some();
    // "higher than the weight of 40" still compares a number.
    let numbered = matches!(
        cx.tokens.get(cx.mentions[k].end).map(|t| &t.kind),
        Some(Kind::Number(_))
    ) || cx.is(cx.mentions[k].end, &["of"]);
    (column && !numbered).then_some(k)
}

/// "whose winter rent is lower than their summer rent": a quantity named before
/// the comparison and another of the same kind right after it, with no number compared.
/// "... or greater than that in spring" right after one goes on with its left column.
fn column_comparison(
    cx: &Ctx<'_>,
    resolved: &[Option<ColId>],
    roles: &[Option<Role>],
    cmp: &Comparison,
    last: Option<(usize, ColId)>,
) -> Option<(Option<usize>, ColId, usize, ColId)> {
    if !matches!(cmp.op, Op::Lt | Op::Le | Op::Gt | Op::Ge) || cmp.implied.is_some() {
        return None;
    }
    if matches!(
        cx.tokens.get(cmp.num_at).map(|t| &t.kind),
        Some(Kind::Number(_))
    ) {
        return None;
    }
    let continued = || {
        let (end, a) = last?;
        let gap = end..cmp.start;
        let joined = gap.clone().any(|j| cx.is(j, &["or", "and", "but"]))
            && gap
                .clone()
                .all(|j| cx.is(j, &["or", "and", "but", "is", "are", "was", "were"]));
        joined.then_some((None, a))
    };
    let (ka, a) = column_before(cx, resolved, cmp.start, roles)
        .map(|(k, c)| (Some(k), c))
        .or_else(continued)?;
    let kb = column_after(cx, resolved, cmp.end)?;
    let b = resolved[kb]?;
    (roles[kb].is_none() && comparable(cx.index, a, b)).then_some((ka, a, kb, b))
}

/// "a lower temperature in spring than in autumn", "more wins than losses": a comparative,
/// a column inside it before "than", another after it. Returns the operator, both column
/// mentions and the first token after the phrase.
fn split_column_comparison(
    cx: &Ctx<'_>,
    resolved: &[Option<ColId>],
    roles: &[Option<Role>],
    i: usize,
) -> Option<(Op, usize, usize, usize)> {
    let op = match cx.lw(i) {
        "more" | "greater" | "higher" | "larger" | "bigger" | "longer" => Op::Gt,
        "less" | "fewer" | "lower" | "smaller" | "shorter" => Op::Lt,
        _ => return None,
    };
    let than = (i + 2..i + 6).find(|&j| cx.is(j, &["than"]))?;
    // The last column named inside the comparative is the compared one ("temperature in
    // spring": the season's column).
    let ka = (0..cx.mentions.len()).rev().find(|&k| {
        cx.mentions[k].start > i
            && cx.mentions[k].end <= than
            && matches!(cx.mentions[k].target, Target::Column(_))
    })?;
    // Only naming words between: no other clause starts inside.
    let inside_ok = (i + 1..than).all(|j| {
        cx.mention_at(j).is_some() || cx.is(j, &["the", "in", "of", "a", "an", "their", "its"])
    });
    let kb = column_after(cx, resolved, than + 1)?;
    let (a, b) = (resolved[ka]?, resolved[kb]?);
    let free = roles[ka].is_none() && roles[kb].is_none();
    (inside_ok && free && comparable(cx.index, a, b)).then_some((op, ka, kb, cx.mentions[kb].end))
}

/// The aggregate a word right before a compared column asks for ("suppliers with an average
/// amount over 500": the average per supplier). Only the plain aggregate names: "highest"
/// and the like before a compared column rarely mean one.
fn having_agg_word(w: &str) -> Option<Agg> {
    match w {
        "total" | "combined" => Some(Agg::Sum),
        "average" | "mean" => Some(Agg::Avg),
        "maximum" | "max" => Some(Agg::Max),
        "minimum" | "min" => Some(Agg::Min),
        _ => None,
    }
}

/// The aggregate word right before column mention `k` that no cue took yet, and where it is.
fn own_agg(cx: &Ctx<'_>, k: usize) -> Option<(usize, Agg)> {
    let p = cx.prev_word(cx.mentions.get(k)?.start)?;
    if cx.used[p] {
        return None;
    }
    having_agg_word(cx.lw(p)).map(|a| (p, a))
}

/// `(SELECT agg(col) FROM its table)`: the one number a row is compared with.
fn agg_of_table(agg: Agg, c: ColId) -> Box<Query> {
    Box::new(Query {
        select: vec![Expr::Agg {
            agg,
            col: Some(c),
            distinct: false,
        }],
        tables: vec![c.table],
        ..Query::default()
    })
}

/// `col op (SELECT agg(col) FROM its table)`.
fn bound_query(c: ColId, op: Op, agg: Agg) -> Cond {
    Cond::CmpSub(Expr::Col(c), op, agg_of_table(agg, c))
}

/// "more X than average", "lower X than the average": a comparative, a column mention
/// right after it, then "than (the) average" with no other column named after it. Returns
/// the operator, the column mention and the first token after the phrase.
fn split_average(cx: &Ctx<'_>, i: usize) -> Option<(Op, usize, usize)> {
    let op = match cx.lw(i) {
        "more" | "greater" | "higher" | "larger" | "bigger" | "longer" => Op::Gt,
        "less" | "fewer" | "lower" | "smaller" | "shorter" => Op::Lt,
        _ => return None,
    };
    let k = cx
        .mention_at(i + 1)
        .filter(|&k| cx.mentions[k].start == i + 1)
        .filter(|&k| matches!(cx.mentions[k].target, Target::Column(_)))?;
    let mut j = cx.mentions[k].end;
    if !cx.is(j, &["than"]) {
        return None;
    }
    j += 1;
    if cx.is(j, &["the"]) {
        j += 1;
    }
    if !cx.is(j, &["average", "mean"]) {
        return None;
    }
    // "than the average weight of X" names what is averaged: not this shape.
    let named_after = cx
        .mentions
        .iter()
        .any(|m| m.start > j && m.start <= j + 2 && matches!(m.target, Target::Column(_)));
    (!named_after).then_some((op, k, j + 1))
}

/// "than any/some X": true of one of the rows, so beyond the nearest of them; "than all/every
/// X", "than the most recent X": beyond the farthest. The aggregate that bound is, and the
/// first token after the quantifier. Only when no number is compared.
fn quantified_bound(cx: &Ctx<'_>, cmp: &Comparison) -> Option<(Agg, usize)> {
    if matches!(
        cx.tokens.get(cmp.num_at).map(|t| &t.kind),
        Some(Kind::Number(_))
    ) {
        return None;
    }
    let up = matches!(cmp.op, Op::Gt | Op::Ge);
    if !up && !matches!(cmp.op, Op::Lt | Op::Le) {
        return None;
    }
    let mut j = cmp.end;
    // "heavier than that of any X", "than those of all X".
    if cx.is(j, &["that", "those"]) && cx.is(j + 1, &["of"]) {
        j += 2;
    }
    let (largest, end) = if cx.is(j, &["any", "some"]) {
        (!up, j + 1)
    } else if cx.is(j, &["all", "every", "each"]) {
        (up, j + 1)
    } else if cx.at(j, &["the", "most", "recent"]) {
        (true, j + 3)
    } else if cx.at(j, &["the", "latest"]) {
        (true, j + 2)
    } else if cx.at(j, &["the", "earliest"]) {
        (false, j + 2)
    } else {
        return None;
    };
    // "more than any other", "than all of them": no rows of their own to pick.
    if cx.is(end, &["other", "of", "others"]) {
        return None;
    }
    Some((if largest { Agg::Max } else { Agg::Min }, end))
}

/// "over all shifts", "over every performance": the rows an aggregate runs over.
fn over_rows(cx: &Ctx<'_>, cmp: &Comparison) -> bool {
    cmp.end == cmp.start + 1
        && cx.is(cmp.start, &["over"])
        && cx.is(cmp.end, &["all", "every", "each"])
}

/// A column of table `t` that a condition reads and that the question names right before
/// "that" or "which" opens the clause saying the condition ("handles that include a 'z'"):
/// the column asked for.
fn subject_of_its_clause(
    cx: &Ctx<'_>,
    resolved: &[Option<ColId>],
    roles: &[Option<Role>],
    t: usize,
) -> Option<ColId> {
    // Only as the object of the opening command ("Find all player handles that ..."), with
    // nothing but its own table named before it: "Which employees have a salary that ..."
    // asks for the employees.
    if !cx.is(
        0,
        &["find", "show", "list", "give", "return", "get", "display"],
    ) {
        return None;
    }
    let (k, m) = cx
        .mentions
        .iter()
        .enumerate()
        .find(|(_, m)| matches!(m.target, Target::Column(_)))?;
    let c = resolved.get(k).copied().flatten()?;
    let only_its_table_before = cx.mentions[..k]
        .iter()
        .all(|o| matches!(o.target, Target::Table(u) if u == t) && o.end == m.start);
    let clause = cx.is(m.end, &["that", "which"]);
    (c.table == t
        && roles[k] == Some(Role::Filter)
        && clause
        && only_its_table_before
        && !is_key(cx.index, c))
    .then_some(c)
}

/// The rows "whose" (right before mention `k`) points back to: the table named just before,
/// or the table of the column named just before ("the names of the regattas whose name"),
/// unless that column's words end on another table ("the kind labels of the parcels whose
/// labels").
fn whose_table(cx: &Ctx<'_>, resolved: &[Option<ColId>], k: usize) -> Option<usize> {
    let m = cx.mentions.get(k)?;
    if k == 0 || m.start == 0 || !cx.is(m.start - 1, &["whose"]) {
        return None;
    }
    let prev = &cx.mentions[k - 1];
    match prev.target {
        Target::Table(t) => Some(t),
        Target::Column(_) => match (prev.start..prev.end).find(|&j| cx.is(j, &["of"])) {
            None => resolved[k - 1].map(|p| p.table),
            // The one table the words after "of" name.
            Some(of) => {
                let said: Vec<&str> = cx.tokens[of + 1..prev.end]
                    .iter()
                    .map(|t| t.stem.as_str())
                    .collect();
                let named: Vec<usize> = (0..cx.index.tables.len())
                    .filter(|&t| {
                        let words = &cx.index.tables[t].words;
                        !words.is_empty() && words.iter().all(|w| said.contains(&w.as_str()))
                    })
                    .collect();
                match named.as_slice() {
                    [t] => Some(*t),
                    _ => None,
                }
            }
        },
        _ => None,
    }
}

/// The column a quantified comparison compares: a number or date named right before it,
/// else the column its word implies ("older": an age; "after", "earlier": a date, else a
/// year) in the table the compared rows are of (named just after the quantifier, else the
/// nearest before the comparison).
fn bound_column(
    cx: &Ctx<'_>,
    resolved: &[Option<ColId>],
    roles: &[Option<Role>],
    cmp: &Comparison,
    cue_end: usize,
) -> Option<(Option<usize>, ColId)> {
    let index = cx.index;
    if let Some((k, c)) = column_before(cx, resolved, cmp.start, roles) {
        let usable = (numeric(index, c) && !is_key(index, c)) || is_date(index, c);
        return usable.then_some((Some(k), c));
    }
    let table_of = |m: &Mention| match &m.target {
        Target::Table(t) => Some(*t),
        _ => None,
    };
    // "after any voyage that was delayed": a value's one table also says which rows.
    let value_table = |m: &Mention| match &m.target {
        Target::Value(hits) => hits
            .first()
            .map(|h| h.col.table)
            .filter(|&t| hits.iter().all(|h| h.col.table == t)),
        _ => None,
    };
    let window = |m: &&Mention| m.start >= cue_end && m.start < cue_end + 5;
    let after = cx
        .mentions
        .iter()
        .filter(window)
        .find_map(table_of)
        .or_else(|| cx.mentions.iter().filter(window).find_map(value_table));
    let before = cx
        .mentions
        .iter()
        .rev()
        .filter(|m| m.end <= cmp.start)
        .find_map(table_of);
    let t = after.or(before)?;
    let tables: BTreeSet<usize> = [t].into();
    if let Some(word) = cmp.implied {
        return implied_column(cx, &tables, word).map(|c| (None, c));
    }
    let timed = cx.is(cmp.start, &["before", "after", "earlier", "later"]);
    if !timed {
        return None;
    }
    date_column(index, &tables)
        .or_else(|| implied_column(cx, &tables, "year"))
        .map(|c| (None, c))
}

/// Moves the value conditions said after `from` on the subquery's table into the subquery
/// of the filter `f`: "after any voyage that was delayed" picks the voyages compared with.
fn scope_values(
    filters: &mut [(usize, Cond)],
    value_conds: &mut Vec<(ColId, Lit, bool, usize)>,
    f: &Cond,
    from: usize,
) {
    let Some((_, Cond::CmpSub(_, _, sub))) = filters.iter_mut().find(|(_, x)| x == f) else {
        return;
    };
    let Some(&t) = sub.tables.first() else {
        return;
    };
    value_conds.retain(|(c, lit, neg, at)| {
        if *at < from || c.table != t {
            return true;
        }
        let op = if *neg { Op::Ne } else { Op::Eq };
        sub.filters.push(Cond::Cmp(Expr::Col(*c), op, lit.clone()));
        false
    });
}

/// The table named by the first mention that names a table and satisfies `pick`.
fn table_mention(mentions: &[Mention], pick: impl Fn(&Mention) -> bool) -> Option<usize> {
    mentions.iter().find_map(|m| match m.target {
        Target::Table(t) if pick(m) => Some(t),
        _ => None,
    })
}

/// The negation at `ni` read as a column left empty: "not" or "never" before a participle
/// that names a date column ("loans not yet returned": `returned_date`), "no" or "without"
/// (or "not have") before any column ("members with no email"), of the same table as what the question named
/// before it, and nullable; or "no" before a number column that cannot be empty ("flights
/// with no delay": zero). Nothing may follow that a NOT IN would need: a table, a value, a
/// comparison. Returns the column's mention, the condition, and how many words between the
/// negation and the column were stepped over.
fn unset_column(
    cx: &Ctx,
    resolved: &[Option<ColId>],
    value_conds: &[(ColId, Lit, bool, usize)],
    cmp_at: &[(Cond, usize)],
    ni: usize,
) -> Option<(usize, Cond, usize)> {
    let mentions = cx.mentions;
    // "artists whose death year is not recorded": the column named before the verb is empty.
    if ni >= 2
        && cx.is(ni, &["not"])
        && cx.is(ni - 1, &["is", "are", "was", "were"])
        && cx.is(
            ni + 1,
            &[
                "recorded",
                "known",
                "given",
                "listed",
                "available",
                "specified",
                "provided",
            ],
        )
        && cx.tokens.get(ni + 2).is_none_or(|t| t.after_stop)
    {
        let k = mentions.iter().position(|m| m.end + 1 == ni)?;
        let c = resolved.get(k).copied().flatten()?;
        let info = cx.index.col(&c)?;
        if !matches!(mentions[k].target, Target::Column(_)) || info.is_pk || !info.nullable {
            return None;
        }
        return Some((k, Cond::IsNull(c, false), 1));
    }
    // "customers who don't have an email": "not have" says what "no" does.
    let not_have = cx.is(ni, &["not", "never"]) && cx.is(ni + 1, &["have", "has", "had"]);
    let participle = cx.is(ni, &["not", "never"]) && !not_have;
    if !participle && !not_have && !cx.is(ni, &["no", "without"]) {
        return None;
    }
    let mut at = ni + 1 + usize::from(not_have);
    while cx.is(
        at,
        &["been", "be", "yet", "ever", "already", "a", "an", "any"],
    ) {
        at += 1;
    }
    let k = mentions.iter().position(|m| m.start == at)?;
    if !matches!(mentions[k].target, Target::Column(_)) {
        return None;
    }
    let c = resolved.get(k).copied().flatten()?;
    let info = cx.index.col(&c)?;
    let zero = !participle && !info.nullable && !info.is_key && info.class.is_numeric();
    if info.is_pk || !(info.nullable || zero) {
        return None;
    }
    if participle && !matches!(info.class, TypeClass::Date | TypeClass::Timestamp) {
        return None;
    }
    let later_table = mentions
        .iter()
        .any(|m| m.start > ni && matches!(m.target, Target::Table(_)));
    let later_value = value_conds.iter().any(|v| v.3 > ni) || cmp_at.iter().any(|(_, p)| *p > ni);
    if later_table || later_value {
        return None;
    }
    // The rows are the subject's: a table named before, or the table of a column named
    // before, is the column's own.
    let before = table_mention(mentions, |m| m.start < ni).or_else(|| {
        (0..mentions.len())
            .filter(|&j| mentions[j].start < ni)
            .find_map(|j| resolved.get(j).copied().flatten())
            .map(|x| x.table)
    });
    if before.is_some_and(|t| t != c.table) {
        return None;
    }
    let cond = if zero {
        Cond::Cmp(Expr::Col(c), Op::Eq, Lit::Num("0".into()))
    } else {
        Cond::IsNull(c, false)
    };
    Some((k, cond, at - ni - 1))
}

/// A column mention followed by "is missing", "is unknown", "is empty", or after "missing"
/// or "lacking" (a column that may be empty): the mention, and where the words that say so
/// start and how many they are.
fn column_said_missing(cx: &Ctx<'_>, resolved: &[Option<ColId>]) -> Option<(usize, usize, usize)> {
    let empty_column = |k: usize| {
        let c = resolved.get(k).copied().flatten()?;
        let info = cx.index.col(&c)?;
        (matches!(cx.mentions[k].target, Target::Column(_)) && info.nullable && !info.is_pk)
            .then_some(())
    };
    (1..cx.tokens.len()).find_map(|at| {
        // "patrons missing an email", "who are lacking a phone number": the column after.
        if cx.is(at, &["missing", "lacking", "lack"]) {
            let mut c = at + 1;
            while cx.is(c, &["a", "an", "any"]) {
                c += 1;
            }
            let after = cx
                .mentions
                .iter()
                .position(|m| m.start == c)
                .filter(|&k| empty_column(k).is_some());
            if let Some(k) = after {
                let from = if cx.is(at - 1, &["is", "are", "was", "were"]) {
                    at - 1
                } else {
                    at
                };
                return Some((k, from, c - from));
            }
        }
        if !cx.is(at, &["missing", "unknown", "empty", "blank"])
            || !cx.is(at - 1, &["is", "are", "was", "were"])
        {
            return None;
        }
        let k = cx.mentions.iter().position(|m| m.end + 1 == at)?;
        empty_column(k)?;
        Some((k, at - 1, 2))
    })
}

/// "tickets that haven't been assigned to anyone": no row of whatever the verb points to, so
/// the subject's one reference that may be empty is left empty. Only where the subject (the
/// table named before the negation) has exactly one such reference; the column and the
/// token after the phrase.
fn assigned_to_nobody(cx: &Ctx<'_>, ni: usize) -> Option<(ColId, usize)> {
    if !cx.is(ni, &["not", "never"]) {
        return None;
    }
    let mut at = ni + 1;
    while cx.is(at, &["been", "be", "yet", "ever", "already"]) {
        at += 1;
    }
    if !is_participle(cx.lw(at)) || cx.mention_at(at).is_some() {
        return None;
    }
    at += 1;
    if cx.is(at, &["to", "by", "with", "for"]) {
        at += 1;
    }
    if !cx.is(at, &["anyone", "anybody", "someone", "somebody"]) {
        return None;
    }
    let subject = table_mention(cx.mentions, |m| m.start < ni)?;
    let refs: Vec<ColId> = cx
        .index
        .edges
        .iter()
        .map(|e| e.from)
        .filter(|c| c.table == subject)
        .filter(|c| cx.index.col(c).is_some_and(|ci| ci.nullable && !ci.is_pk))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    match refs[..] {
        [c] => Some((c, at + 1)),
        _ => None,
    }
}

/// `x NOT IN (SELECT c ...)` is true of no row once `c` holds a NULL ("employees with no
/// tasks" where some tasks have no assignee would list nobody): a column that may be empty
/// is kept to its values inside every such subquery, nested ones and set operations too.
fn nulls_out_of_not_in(index: &Index, q: &mut Query) {
    for f in &mut q.filters {
        match f {
            Cond::NotIn(_, sub) => {
                if let [Expr::Col(c)] = sub.select.as_slice() {
                    let c = *c;
                    let may_be_empty = index.col(&c).is_some_and(|ci| ci.nullable && !ci.is_pk);
                    let kept = Cond::IsNull(c, true);
                    if may_be_empty && !sub.filters.contains(&kept) {
                        sub.filters.push(kept);
                    }
                }
                nulls_out_of_not_in(index, sub);
            }
            Cond::InQuery(_, sub) | Cond::CmpSub(_, _, sub) => nulls_out_of_not_in(index, sub),
            _ => {}
        }
    }
    if let Some((_, rhs)) = &mut q.set_op {
        nulls_out_of_not_in(index, rhs);
    }
}

/// Whether `q` joins a table on a link and also keeps only rows with no row of that table
/// on it (`JOIN discovery ON a.id = d.astronomer_id ... WHERE a.id NOT IN (SELECT
/// astronomer_id FROM discovery)`): true of no row, so the reading is wrong.
fn excludes_its_own_join(q: &Query) -> bool {
    q.filters.iter().any(|f| match f {
        Cond::NotIn(mine, sub) => match (sub.select.as_slice(), sub.tables.as_slice()) {
            ([Expr::Col(theirs)], [_]) if sub.filters.is_empty() => q
                .joins
                .iter()
                .any(|&(a, b)| (a == *mine && b == *theirs) || (b == *mine && a == *theirs)),
            _ => false,
        },
        _ => false,
    })
}

/// Whether `filters` hold a lower and an upper bound on one column that no number meets
/// ("aged over 60 and ... aged under 45": a set of rows each way, not one row both ways),
/// or a value and its negation on one column.
fn empty_range(filters: &[Cond]) -> bool {
    let bound = |f: &Cond| match f {
        Cond::Cmp(Expr::Col(c), op, Lit::Num(n)) => n.parse::<f64>().ok().map(|v| (*c, *op, v)),
        _ => None,
    };
    // "organic farms and farms that are not organic" read as one row: a value and its
    // negation on one column.
    // So are two different values of one column ("a tournament with code 'LOL' and a
    // tournament with code 'CS2'" read as one row with both).
    let both_ways = filters.iter().any(|f| match f {
        Cond::Cmp(Expr::Col(c), Op::Eq, v) => filters.iter().any(|g| match g {
            Cond::Cmp(Expr::Col(d), Op::Ne, w) => d == c && w == v,
            Cond::Cmp(Expr::Col(d), Op::Eq, w) => d == c && w != v,
            _ => false,
        }),
        _ => false,
    });
    let bounds: Vec<(ColId, Op, f64)> = filters.iter().filter_map(bound).collect();
    both_ways
        || bounds.iter().any(|&(c, op, low)| {
            matches!(op, Op::Gt | Op::Ge)
                && bounds.iter().any(|&(d, op2, high)| {
                    d == c
                        && match (op, op2) {
                            (Op::Ge, Op::Le) => low > high,
                            (_, Op::Lt | Op::Le) => low >= high,
                            _ => false,
                        }
                })
        })
}

/// A past participle: a regular "-ed" form, or a common irregular one ("sold", "seen").
fn is_participle(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed"))
        || matches!(
            w,
            "sold"
                | "bought"
                | "seen"
                | "read"
                | "won"
                | "taken"
                | "given"
                | "written"
                | "driven"
                | "flown"
                | "worn"
                | "sung"
                | "made"
                | "built"
                | "held"
                | "spent"
                | "paid"
                | "sent"
                | "kept"
                | "eaten"
                | "chosen"
                | "shown"
                | "ridden"
                | "spoken"
                | "drunk"
                | "grown"
        )
}

/// `COUNT(*)`.
fn count_rows() -> Expr {
    Expr::Agg {
        agg: Agg::Count,
        col: None,
        distinct: false,
    }
}

fn agg_word(w: &str) -> Option<Agg> {
    match w {
        "average" | "mean" | "avg" => Some(Agg::Avg),
        "sum" | "total" | "combined" => Some(Agg::Sum),
        "maximum" | "max" | "highest" | "largest" | "biggest" | "greatest" => Some(Agg::Max),
        "minimum" | "min" | "lowest" | "smallest" => Some(Agg::Min),
        _ => None,
    }
}

/// "the maximum and minimum lengths of recordings in seconds", "the average length in
/// seconds": a number column named as the unit after "in" is what the aggregate words
/// before it take; the noun between them ("lengths") only says what the unit measures.
/// The words from the noun to "in" are read and stepped over, so the aggregates reach the
/// column as if it followed them.
fn unit_after_the_noun(cx: &mut Ctx<'_>) {
    for m in cx.mentions {
        let Target::Column(cands) = &m.target else {
            continue;
        };
        let Some(&(c, _)) = cands.first() else {
            continue;
        };
        if m.start < 3 || !cx.is(m.start - 1, &["in"]) || !numeric(cx.index, c) {
            continue;
        }
        let mut nouns = Vec::new();
        let mut j = m.start - 1;
        let found = loop {
            if j == 0 {
                break false;
            }
            j -= 1;
            if agg_word(cx.lw(j)).is_some() {
                break !nouns.is_empty();
            }
            if cx.is(j, &["of", "the", "all"]) {
                continue;
            }
            match cx.mention_at(j) {
                Some(o) if matches!(cx.mentions[o].target, Target::Table(t) if t == c.table) => {
                    continue
                }
                Some(_) => break false,
                None => {}
            }
            if cx.used[j] || cx.tokens[j].kind != Kind::Word || nouns.len() == 2 {
                break false;
            }
            nouns.push(j);
        };
        if found {
            for i in j + 1..m.start {
                cx.transparent[i] = true;
            }
            for &i in &nouns {
                cx.mark(i, 1);
            }
            cx.mark(m.start - 1, 1);
        }
    }
}

/// "the greatest proportion of rural" for a number column `rural`: the measure word says
/// what the column holds; it is read and stepped over, so a superlative before it reaches
/// the column.
fn measure_of_a_column(cx: &mut Ctx<'_>) {
    for m in cx.mentions {
        let Target::Column(cands) = &m.target else {
            continue;
        };
        let measure = m.start >= 3
            && cx.is(m.start - 1, &["of"])
            && cx.is(m.start - 2, &["percentage", "proportion", "share"])
            && cx.mention_at(m.start - 2).is_none()
            && cands.first().is_some_and(|(c, _)| numeric(cx.index, *c));
        if measure {
            cx.mark(m.start - 2, 2);
            cx.transparent[m.start - 2] = true;
        }
    }
}

/// The one label of table `t` that is a column named just like the table (`roomkind` in
/// `room_kind`) and is not its key: the table's rows are keyed by something else, so the
/// table's name speaks of that column's values.
fn own_name_label(index: &Index, t: usize) -> Option<ColId> {
    let ti = index.tables.get(t)?;
    let [c] = ti.label[..] else {
        return None;
    };
    let col = ColId {
        table: t,
        column: c,
    };
    index
        .col(&col)
        .filter(|ci| ci.words == ti.words && !ci.is_key)
        .map(|_| col)
}

/// Last words of a text column that says what its row is, where the table has no name
/// column ("`visitor_details`", "`badge_label`"); stems, as in [`crate::index::ColInfo::words`].
const LABEL_WORDS: &[&str] = &["name", "titl", "label", "detail"];

/// What "the name" of a row is where its table has no label: its one text column ending in a
/// label word, else its one primary key column.
fn label_like(ti: &crate::index::TableInfo) -> Option<usize> {
    let only = |pred: &dyn Fn(&crate::index::ColInfo) -> bool| -> Option<usize> {
        match ti
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| pred(c))
            .map(|(i, _)| i)
            .collect::<Vec<_>>()[..]
        {
            [i] => Some(i),
            _ => None,
        }
    };
    only(&|c| {
        c.class == TypeClass::Text
            && !c.is_key
            && c.words
                .last()
                .is_some_and(|w| LABEL_WORDS.contains(&w.as_str()))
    })
    .or_else(|| only(&|c| c.is_pk))
}

/// A literal written as a calendar date, "2031-04-02" with or without a time after it.
fn looks_like_date(text: &str) -> bool {
    let b = text.trim().as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

fn is_key(index: &Index, c: ColId) -> bool {
    index.col(&c).is_some_and(|ci| ci.is_key)
}

/// A filter `col > 10` on a column whose stored values are words ("building >= 10"): a
/// number that belonged to a count or another column was put on it.
fn ranks_words_by_number(index: &Index, q: &Query) -> bool {
    let wordy = |c: ColId| {
        let text = index
            .col(&c)
            .is_some_and(|ci| ci.class == TypeClass::Text && ci.has_values);
        text && index
            .values
            .values()
            .flatten()
            .any(|h| h.col == c && h.value.trim().parse::<f64>().is_err())
    };
    let bad = |f: &Cond| match f {
        Cond::Cmp(Expr::Col(c), op, Lit::Num(_)) => !matches!(op, Op::Eq | Op::Ne) && wordy(*c),
        Cond::Between(Expr::Col(c), _, _) => wordy(*c),
        _ => false,
    };
    q.filters.iter().any(|f| match f {
        Cond::AnyOf(groups) => groups.iter().flatten().any(bad),
        f => bad(f),
    })
}

fn numeric(index: &Index, c: ColId) -> bool {
    index.col(&c).is_some_and(|ci| ci.class.is_numeric())
}

/// Resolved column of a column mention, given the named tables in order of preference (the
/// nearest table named after the column first: "the name of the customer").
fn resolve(index: &Index, cands: &[(ColId, f32)], tables: &[usize]) -> (ColId, bool) {
    let best = cands.first().map_or(0.0, |c| c.1);
    let preferred = tables.iter().find_map(|&t| {
        cands
            .iter()
            .filter(|c| c.1 >= best - 0.1 && c.0.table == t)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
    });
    match preferred {
        Some(c) => (c.0, false),
        None => {
            // No named table has it: among equals, those of the tables nearest the named
            // ones ("the descriptions of the project outcomes" is the outcome kinds' text that
            // the outcomes refer to, not a document type's five joins away).
            // A key shared by several tables is first its own table's (where it is the
            // primary key): the copies hold the same values, and the owner is what a
            // grouping or a count is about.
            let tied: Vec<&(ColId, f32)> = cands.iter().filter(|c| c.1 >= best - 0.02).collect();
            let pk = |c: &&(ColId, f32)| {
                sole_key(index, c.0) && index.col(&c.0).is_some_and(|ci| ci.is_key)
            };
            let tied: Vec<&(ColId, f32)> = if tied.iter().any(pk) {
                tied.into_iter().filter(pk).collect()
            } else {
                tied
            };
            let near = tied
                .iter()
                .filter_map(|c| hops(index, tables, c.0.table))
                .min();
            let tied: Vec<&(ColId, f32)> = match near {
                Some(h) => tied
                    .into_iter()
                    .filter(|c| hops(index, tables, c.0.table) == Some(h))
                    .collect(),
                None => tied,
            };
            // Then the column's home table ("kennel_id" in the kennels table) is the
            // likely one.
            let first = tied
                .iter()
                .copied()
                .find(|c| {
                    index
                        .tables
                        .get(c.0.table)
                        .is_some_and(|t| t.columns.get(c.0.column).is_some_and(|ci| ci.home))
                })
                .or(tied.first().copied())
                .or(cands.first())
                .map_or(
                    ColId {
                        table: 0,
                        column: 0,
                    },
                    |c| c.0,
                );
            let ambiguous = cands.iter().filter(|c| c.1 >= best - 0.02).count() > 1;
            (first, ambiguous)
        }
    }
}

/// How many of column `c`'s name words, besides `stem`, the question says.
fn said(index: &Index, tokens: &[Token], c: ColId, stem: &str) -> usize {
    index.col(&c).map_or(0, |ci| {
        ci.words
            .iter()
            .filter(|w| *w != stem && tokens.iter().any(|t| t.stem == **w))
            .count()
    })
}

/// The named tables with exactly one column (not a key) whose name has the word `stem`, with
/// that column.
fn named_columns_with_word(
    index: &Index,
    named: &BTreeSet<usize>,
    stem: &str,
) -> Vec<(usize, usize)> {
    named
        .iter()
        .filter_map(|&t| {
            let ti = index.tables.get(t)?;
            let with: Vec<usize> = (0..ti.columns.len())
                .filter(|&c| !ti.columns[c].is_key && ti.columns[c].words.iter().any(|w| w == stem))
                .collect();
            match with[..] {
                [c] => Some((t, c)),
                _ => None,
            }
        })
        .collect()
}

/// The fewest links between any of `from` and table `to` in the join graph; none when no
/// table is given or nothing connects them.
fn hops(index: &Index, from: &[usize], to: usize) -> Option<usize> {
    let n = index.tables.len();
    let mut seen = vec![false; n];
    let mut frontier = vec![false; n];
    for &t in from.iter().filter(|&&t| t < n) {
        seen[t] = true;
        frontier[t] = true;
    }
    for d in 0..n {
        if frontier.get(to).copied().unwrap_or(false) {
            return Some(d);
        }
        let mut next = vec![false; n];
        let mut any = false;
        for e in &index.edges {
            for (a, b) in [(e.from.table, e.to.table), (e.to.table, e.from.table)] {
                if a < n && b < n && frontier[a] && !seen[b] {
                    seen[b] = true;
                    next[b] = true;
                    any = true;
                }
            }
        }
        if !any {
            return None;
        }
        frontier = next;
    }
    None
}

fn resolve_value<'h>(
    hits: &'h [ValueHit],
    tables: &BTreeSet<usize>,
) -> Option<(&'h ValueHit, bool)> {
    if let Some(h) = hits.iter().find(|h| tables.contains(&h.col.table)) {
        return Some((h, false));
    }
    hits.first().map(|h| (h, hits.len() > 1))
}

/// Plans a query for the question.
///
/// `commas` is how many commas the question has (the tokens drop them): with "and" and "or"
/// they say how many things the question lists.
pub fn plan(
    tokens: &[Token],
    mentions: &[Mention],
    index: &Index,
    commas: usize,
) -> Result<Planned, Decline> {
    // "last year", "this year": a date range relative to when the statement runs. The
    // linker may have read "last" as a column ("last_name"); here it is a date.
    let relative_year = (0..tokens.len().saturating_sub(1)).find_map(|i| {
        let offset = match tokens[i].lower.as_str() {
            "last" | "previous" => -1,
            "this" | "current" => 0,
            "next" => 1,
            _ => return None,
        };
        matches!(tokens[i + 1].lower.as_str(), "year" | "year's").then_some((i, offset))
    });
    // "the lighthouse keepers", "puppet companies": a one-word table name right before
    // another one-word table name says which kind of rows, not a table to join, when the
    // two are not linked directly ("savings accounts", "movie ratings" are the rows of one
    // that the other's key picks).
    let modifiers: Vec<usize> = mentions
        .windows(2)
        .filter(|w| {
            matches!((&w[0].target, &w[1].target), (Target::Table(a), Target::Table(b))
                if a != b && hops(index, &[*a], *b).is_none_or(|h| h > 1))
                && w[0].end == w[1].start
                && w[0].end == w[0].start + 1
                && w[1].end == w[1].start + 1
                && !tokens[w[0].start].capital
                // ("reports author Jane Roe": a title before a name.)
                && !tokens.get(w[1].end).is_some_and(|t| t.capital)
        })
        .map(|w| w[0].start)
        .collect();
    let kept: Vec<Mention>;
    let mentions = match relative_year {
        _ if relative_year.is_some() || !modifiers.is_empty() => {
            let at = relative_year.map(|(at, _)| at);
            kept = mentions
                .iter()
                .filter(|m| at.is_none_or(|at| m.end <= at || m.start >= at + 2))
                .filter(|m| !modifiers.contains(&m.start) || m.end != m.start + 1)
                .cloned()
                .collect();
            &kept[..]
        }
        _ => mentions,
    };
    let mut cx = Ctx {
        tokens,
        index,
        mentions,
        used: vec![false; tokens.len()],
        transparent: vec![false; tokens.len()],
        evidence: Vec::new(),
    };
    for m in mentions {
        cx.mark(m.start, m.end - m.start);
    }
    for &at in &modifiers {
        cx.mark(at, 1);
        cx.pen("table_modifier", 1.0);
    }
    if let Some(pair) = crate::pairs::column_of_two_tables(tokens, mentions, index) {
        cx.evidence = pair.evidence;
        shape_evidence(&mut cx, &pair.query);
        return Ok(planned(pair.query, &cx));
    }
    let n = tokens.len();

    // ---- Global cues.
    let mut count = false;
    let mut distinct = false;
    let mut negated: Option<usize> = None;
    let mut desc_words = false;
    let mut asc_words = false;
    // "from oldest to youngest" with no column named: an order by age (or, "from the oldest
    // to the newest", by a date), not by whatever is shown.
    let mut ordered_by_age: Option<bool> = None;
    // "from tallest to shortest": the measure the range's first superlative implies.
    let mut ordered_by_measure: Option<&'static str> = None;
    // Where "from the largest budget to the smallest" stands, and its direction: a column
    // named inside it is what the rows are ordered by.
    let mut extreme_span: Option<(usize, usize, bool)> = None;
    let mut or_at: Vec<usize> = Vec::new();
    let mut set_word: Option<(SetOp, usize)> = None;
    let mut mode: Option<bool> = None;
    let mut order_by_count = false;
    // Where the "number" of "ordered by the number of" sits.
    let mut order_by_count_at: Option<usize> = None;
    // Where "most common" and the first counting cue sit.
    let mut mode_at: Option<usize> = None;
    // The rows "most" counts were named by no table ("the blood group with the most cases").
    let mut mode_unnamed = false;
    let mut count_at: Option<usize> = None;
    for i in 0..n {
        if cx.is(i, &["most", "least"])
            && cx.is(
                i + 1,
                &[
                    "common",
                    "frequent",
                    "frequently",
                    "popular",
                    "often",
                    "commonly",
                ],
            )
        {
            mode = Some(cx.lw(i) == "most");
            mode_at = Some(i);
            cx.mark(i, 2);
        } else if cx.is(i, &["most", "least"])
            && cx.mention_at(i + 1).is_none()
            && cx.mention_at(i + 2).is_some()
            && is_participle(cx.lw(i + 1))
        {
            // "the most prescribed medication", "the least borrowed book": the one that
            // comes up most often in what was done, as "the most common" says it.
            mode = Some(cx.lw(i) == "most");
            mode_at = Some(i);
            cx.mark(i, 2);
        } else if let Some(len) = (MOST.contains(&cx.lw(i)) || LEAST.contains(&cx.lw(i)))
            .then(|| {
                if cx.is(i + 1, &["times"]) {
                    Some(2)
                } else {
                    (cx.at(i + 1, &["number", "of"]) && cx.is(i + 3, &["times"])).then_some(4)
                }
            })
            .flatten()
        {
            // "borrowed the most times", "visited the highest number of times": how often
            // a value or row comes up, as "most often" says it.
            mode = Some(MOST.contains(&cx.lw(i)));
            mode_at = Some(i);
            cx.mark(i, len);
        } else if i + 1 == n
            && i >= 2
            && cx.is(i, &["most", "least", "fewest"])
            && cx.is(i - 1, &["the"])
            && cx.mention_at(i - 2).is_none()
            && !cx.is(
                i - 2,
                &["with", "has", "have", "had", "is", "are", "was", "were"],
            )
        {
            // "the kite that was flown the most": a verb, then a degree word that ends the
            // question, says how often, as "most often" does (after a column, "paid the
            // least", it grades that column instead).
            mode = Some(cx.lw(i) == "most");
            mode_at = Some(i);
            cx.mark(i - 1, 2);
        } else if i + 2 == n
            && i >= 1
            && cx.is(i, &["most", "least", "fewest"])
            && cx.is(i - 1, &["the"])
            && cx.mention_at(i + 1).is_none()
            && tokens[i + 1].kind == crate::tokenize::Kind::Word
            && plural_word(&tokens[i + 1].lower)
        {
            // "the blood group with the most cases", "the grade that has the fewest pupils":
            // a plural nothing in the schema names, ending the question, is the rows counted
            // per what is shown, as "most often" counts them.
            mode = Some(cx.lw(i) == "most");
            mode_at = Some(i);
            cx.mark(i - 1, 3);
            mode_unnamed = true;
            cx.pen("mode_unnamed_rows", 1.0);
        } else if let Some(skip) = rows_in_a_table(&cx, i) {
            // "the shop with the most articles in stock": the plural nothing names is the
            // rows of the table after "in", ranked as "the most stock" would be.
            for j in i + 1..i + 1 + skip {
                cx.transparent[j] = true;
                cx.mark(j, 1);
            }
        } else if cx.at(i, &["how", "many"]) {
            count = true;
            count_at.get_or_insert(i);
            cx.mark(i, 2);
        } else if cx.is(i, &["number", "amount"])
            && cx.is(i + 1, &["of"])
            && cx.prev_word(i).is_some_and(|p| {
                MOST.contains(&cx.lw(p))
                    || LEAST.contains(&cx.lw(p))
                    || (agg_word(cx.lw(p)).is_some() && !cx.is(p, &["total"]))
                    || top_n(&cx, p)
            })
        {
            // "the largest number of X": a superlative of X (counted when X is a table).
            // "top N number of X" too, N rows kept.
            cx.mark(i, 2);
            cx.transparent[i] = true;
            cx.transparent[i + 1] = true;
        } else if cx.is(i, &["up"]) && i > 0 && cx.is(i - 1, &["sum", "add", "total"]) {
            // "Sum up the passengers": the verb's particle, between it and its column.
            cx.mark(i, 1);
            cx.transparent[i] = true;
        } else if cx.is(i, &["amount", "value"])
            && cx.is(i + 1, &["of"])
            && cx.prev_word(i).is_some_and(|p| cx.is(p, &["by"]))
        {
            // "ordered by amount of money spent": the column follows.
            cx.mark(i, 2);
            cx.transparent[i] = true;
            cx.transparent[i + 1] = true;
        } else if cx.is(i, &["number", "count"])
            && cx.is(i + 1, &["of"])
            && ordered_by_at(&cx, i).is_some()
            && number_column_at(&cx, i + 2)
        {
            // "the top 3 taprooms by number of seats" where `seat_cap` holds it as text:
            // the column is the number; nothing is counted.
            cx.mark(i, 2);
            cx.transparent[i] = true;
            cx.transparent[i + 1] = true;
        } else if let Some(p) = (cx.is(i, &["number", "count"]) && cx.is(i + 1, &["of"]))
            .then(|| ordered_by_at(&cx, i))
            .flatten()
        {
            // "ordered by the number of orders", "in descending order of the number of
            // orders", "by ascending number of orders": an order, not a count to show.
            order_by_count = true;
            order_by_count_at = Some(i);
            // "the top 3 departments by number of employees": the most first.
            if (1..p).any(|d| top_n(&cx, d)) {
                desc_words = true;
            }
            if let Some(v) = cx.prev_word(p).filter(|&v| cx.is(v, ORDER_VERBS)) {
                cx.mark(v, 1);
            }
            cx.mark(p, i + 2 - p);
        } else if cx.is(i, &["number", "count"])
            && cx.mention_at(i).is_none()
            && (i == 0 || cx.mention_at(i - 1).is_none() || cx.after_comma(i))
            // "the phone number of a keeper": a compound noun names an identifier ("the
            // phone, number of calls" does not).
            && !(i > 0 && cx.is(i - 1, NUMBER_COMPOUNDS) && !cx.after_comma(i))
        {
            // "the number of X" counts; "count the X" too.
            if cx.is(i + 1, &["of"]) || cx.lw(i) == "count" {
                count = true;
                count_at.get_or_insert(i);
                cx.mark(i, 1);
            }
        } else if cx.is(
            i,
            &[
                "kinds",
                "kind",
                "types",
                "type",
                "sorts",
                "varieties",
                "variety",
            ],
        ) && cx.is(i + 1, &["of"])
            && cx.mention_at(i).is_none()
            && cx.mention_at(i + 1).is_none()
            && cx
                .prev_word(i)
                .is_some_and(|p| cx.is(p, &["many", "number", "count", "different", "distinct"]))
        {
            // "how many kinds of colours": the distinct values of what follows.
            distinct = true;
            cx.mark(i, 2);
            cx.transparent[i] = true;
            cx.transparent[i + 1] = true;
        } else if cx.is(i, &["different", "distinct", "unique"]) {
            distinct = true;
            cx.mark(i, 1);
        } else if cx.is(
            i,
            &["not", "no", "without", "never", "none", "neither", "nor"],
        ) && cx.mention_at(i).is_none()
        {
            if negated.is_none() {
                negated = Some(i);
            }
        } else if let Some((desc, end)) = from_extreme_to_extreme(&cx, i) {
            extreme_span = Some((i, end, desc));
            // "ordered by length from greatest to least": a direction, not two superlatives.
            if (i..end).any(|j| cx.is(j, &["youngest", "oldest"])) {
                ordered_by_age = Some((i..end).any(|j| cx.is(j, &["youngest"])));
            } else {
                ordered_by_measure = (i..end)
                    .find_map(|j| implied_superlative(cx.lw(j)))
                    .map(|(measure, _)| measure)
                    .filter(|m| *m != "date");
            }
            if desc {
                desc_words = true;
            } else {
                asc_words = true;
            }
            cx.mark(i, end - i);
            for j in i..end {
                cx.transparent[j] = true;
            }
        } else if cx.is(i + 1, &["first"])
            && cx.tokens.get(i + 2).is_none_or(|t| t.after_stop)
            && cx.tokens[i].after_comma
            && cx.is(
                i,
                &[
                    "largest", "biggest", "highest", "greatest", "smallest", "lowest", "fewest",
                ],
            )
        {
            // "Sort the ships by cabin count, largest first": the direction of that order.
            if cx.is(i, &["smallest", "lowest", "fewest"]) {
                asc_words = true;
            } else {
                desc_words = true;
            }
            cx.mark(i, 2);
            cx.transparent[i] = true;
            cx.transparent[i + 1] = true;
        } else if cx.is(i, &["descending", "decreasing", "desc", "reverse"]) {
            desc_words = true;
            cx.mark(i, 1);
            // "ordered by descending X": the direction word sits inside the cue.
            cx.transparent[i] = true;
        } else if cx.is(
            i,
            &[
                "ascending",
                "increasing",
                "asc",
                "alphabetical",
                "alphabetic",
                "alphabetically",
            ],
        ) {
            cx.transparent[i] = true;
            asc_words = true;
            cx.mark(i, 1);
        } else if cx.is(i, &["or"]) && trailing_bound(&cx, i).is_none() {
            // "5 or more" is one bound, not two alternatives.
            or_at.push(i);
        } else if cx.is(i, &["except", "excluding"])
            && cx.is(i + 1, &["for", "those", "ones", "any"])
        {
            // "all towns except for those having ...", "excluding any country that has ...":
            // a negation of what follows.
            if negated.is_none() {
                negated = Some(i);
            }
            for j in i + 1..(i + 3).min(n) {
                if cx.is(j, &["for", "those", "ones", "the", "any"]) {
                    cx.mark(j, 1);
                }
            }
        } else if cx.at(i, &["but", "not"])
            || cx.is(i, &["except", "excluding"])
            || (cx.is(i, &["but"]) && cx.is(i + 1, &["none", "no", "never"]))
        {
            // ("male runners but none of gender female": one value, less the other.)
            set_word = Some((SetOp::Except, i));
        } else if cx.is(i, &["both"]) || (cx.is(i, &["shared"]) && set_word.is_none()) {
            // "the colours shared by towns A and B": what both have.
            set_word = Some((SetOp::Intersect, i));
        }
    }

    unit_after_the_noun(&mut cx);
    measure_of_a_column(&mut cx);

    // ---- Tables in play: named tables first, then the tables of linked columns and values.
    let mut named: BTreeSet<usize> = BTreeSet::new();
    for m in mentions {
        if let Target::Table(t) = m.target {
            named.insert(t);
        }
    }
    // "How many bell foundries are there?" where bells refer to their foundry: the first
    // noun says what the second makes or holds, not a restriction to those that have one.
    for (t, start, len) in compound_modifiers(&cx) {
        named.remove(&t);
        cx.mark(start, len);
    }

    // ---- Comparisons with numbers: "age older than 30", "between 10 and 15".
    let mut filters: Vec<(usize, Cond)> = Vec::new(); // (mention idx or usize::MAX, cond)
    let mut having: Vec<Cond> = Vec::new();
    let mut filter_cols: Vec<(usize, ColId)> = Vec::new();
    let mut roles: Vec<Option<Role>> = vec![None; mentions.len()];
    let mut limit: Option<u64> = None;
    let mut order: Vec<(Expr, bool)> = Vec::new();
    let mut group: Vec<ColId> = Vec::new();
    let mut group_tables: Vec<usize> = Vec::new();
    let mut count_target: Option<usize> = None; // table counted by "how many X"
    let mut count_col: Option<ColId> = None;
    let mut having_table: Option<usize> = None;

    let mut tables_ctx: BTreeSet<usize> = named.clone();
    // Columns resolved so far by mention index.
    let mut resolved: Vec<Option<ColId>> = vec![None; mentions.len()];
    let mut ambiguous = 0;
    // A column counted without the question saying "distinct" (noted with the confidence).
    let mut count_undistinct: Option<ColId> = None;
    // Mentions read as the rows an aggregate runs over, not as shown columns (noted with the
    // confidence).
    let mut scope_dropped: Vec<usize> = Vec::new();
    // Columns named in a later clause and taken off the shown list (noted with the
    // confidence).
    let mut clause_dropped: Vec<usize> = Vec::new();
    let mut ambiguous_at: Vec<usize> = Vec::new();
    // Ambiguous columns a later rule has already settled (each counted off once).
    let mut settled: Vec<usize> = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        if let Target::Column(c) = &m.target {
            let mut order: Vec<usize> = Vec::new();
            // "the names of the regattas whose name contains ...": "whose" hands the column
            // to the rows just named.
            if k > 0 && m.start > 0 && cx.is(m.start - 1, &["whose"]) {
                if let Some(t) = whose_table(&cx, &resolved, k) {
                    order.push(t);
                }
            }
            // "Which shops sell more than 10 toys? Show their names.": "their" points back to
            // what the question asks about, the table it opens with, not the nearest one.
            if m.start > 0 && cx.is(m.start - 1, &["their", "its"]) {
                if let Some(Target::Table(t)) = mentions
                    .first()
                    .filter(|o| o.start <= 2 && k >= 1)
                    .map(|o| &o.target)
                {
                    order.push(*t);
                }
            }
            // "customer name": a table named right before the column owns it.
            if k > 0 && mentions[k - 1].end == m.start {
                if let Target::Table(t) = mentions[k - 1].target {
                    order.push(t);
                }
            }
            // "names of riders and names of their trainers": a table after "of" owns the
            // column, before any list it continues.
            if let Some(t) = crate::link::table_after_of(tokens, index, mentions, k) {
                order.push(t);
            }
            // "the customer details and id": a list continues in the same table.
            if k > 0
                && (mentions[k - 1].end..m.start)
                    .all(|j| cx.is(j, &["and", ",", "the", "their", "its"]))
                && mentions[k - 1].end < m.start
            {
                if let Some(p) = resolved[k - 1] {
                    order.push(p.table);
                }
            }
            for o in &mentions[k + 1..] {
                if let Target::Table(t) = o.target {
                    order.push(t);
                }
            }
            for o in mentions[..k].iter().rev() {
                if let Target::Table(t) = o.target {
                    order.push(t);
                }
            }
            // "the name and description for zone code QA": with no table named, a later
            // column that is one table's whole key ("zone code") points at that table, of
            // which the code is the row.
            let no_table_named = !mentions
                .iter()
                .any(|o| matches!(o.target, Target::Table(_)));
            let sure = |o: &Mention| o.score >= 0.97;
            for o in mentions[k + 1..]
                .iter()
                .filter(|o| no_table_named && sure(m) && sure(o))
            {
                if let Target::Column(oc) = &o.target {
                    let top = oc.first().map_or(0.0, |x| x.1);
                    if let Some(key) = oc.iter().find(|x| x.1 >= top && sole_key(index, x.0)) {
                        order.push(key.0.table);
                    }
                }
            }
            let (col, amb) = resolve(index, c, &order);
            resolved[k] = Some(col);
            if amb {
                ambiguous += 1;
                ambiguous_at.push(k);
            }
        }
    }
    // "the total fee and average fee waived": the words after the second noun qualify
    // both (English leaves them off the first). A bare head repeated at the start of the next
    // column's name, across "and" and aggregate words only, is that same column.
    for k in 1..mentions.len() {
        let (a, b) = (&mentions[k - 1], &mentions[k]);
        let (Some(ca), Some(cb)) = (resolved[k - 1], resolved[k]) else {
            continue;
        };
        let len = a.end - a.start;
        let repeated = b.end - b.start > len
            && (0..len).all(|j| tokens[a.start + j].lower == tokens[b.start + j].lower);
        let gap = a.end..b.start;
        let coordinated = gap.clone().any(|j| cx.is(j, &["and"]))
            && gap
                .clone()
                .all(|j| cx.is(j, &["and", "the"]) || agg_word(cx.lw(j)).is_some());
        if ca != cb && ca.table == cb.table && repeated && coordinated {
            resolved[k - 1] = Some(cb);
            // Settled here: the tie-break among tables below must not undo it.
            ambiguous_at.retain(|&x| x != k - 1);
        }
    }
    // "the hull code and description": the words before the first noun qualify both
    // (English leaves them off the second). When a column is named by those words and the
    // second noun (`hull_description`), that is the column meant, not another table's
    // description; when several are, the question does not say which.
    for k in 1..mentions.len() {
        let (a, b) = (&mentions[k - 1], &mentions[k]);
        let (Some(ca), Some(cb)) = (resolved[k - 1], resolved[k]) else {
            continue;
        };
        let len = a.end - a.start;
        if len < 2 || !(a.end..b.start).all(|j| cx.is(j, &["and"])) || b.start == a.end {
            continue;
        }
        let Some(ci) = index.col(&ca) else { continue };
        let modifier: Vec<&str> = tokens[a.start..a.end - 1]
            .iter()
            .map(|t| t.stem.as_str())
            .collect();
        // The first mention names its column in full, modifier first ("hull code").
        if ci.words.len() != len
            || !ci.words.iter().zip(&modifier).all(|(w, m)| w == m)
            || ci.words.last() != Some(&tokens[a.end - 1].stem)
        {
            continue;
        }
        let head = tokens[b.start].stem.as_str();
        let wanted: Vec<&str> = modifier.iter().copied().chain([head]).collect();
        let found: Vec<ColId> = index
            .tables
            .iter()
            .enumerate()
            .flat_map(|(t, ti)| {
                ti.columns
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| {
                        c.words
                            .iter()
                            .map(String::as_str)
                            .eq(wanted.iter().copied())
                    })
                    .map(move |(column, _)| ColId { table: t, column })
            })
            .collect();
        match found.as_slice() {
            [] => {}
            _ if found.contains(&cb) => {}
            [only] => {
                resolved[k] = Some(*only);
                ambiguous_at.retain(|&x| x != k);
            }
            _ => return Err("a modifier shared across \"and\" fits several columns".into()),
        }
    }
    // A column several tables share ("location code" in a lookup table and in the table that
    // refers to it) belongs with the question's other names: the fewest tables wins.
    if !ambiguous_at.is_empty() {
        let mut anchor: BTreeSet<usize> = named.clone();
        for (k, r) in resolved.iter().enumerate() {
            if let Some(c) = r.filter(|_| !ambiguous_at.contains(&k)) {
                anchor.insert(c.table);
            }
        }
        for m in mentions {
            if let Target::Value(hits) = &m.target {
                if let Some(h) = hits
                    .first()
                    .filter(|h| hits.iter().all(|x| x.col.table == h.col.table))
                {
                    anchor.insert(h.col.table);
                }
            }
        }
        for &k in &ambiguous_at {
            let Target::Column(c) = &mentions[k].target else {
                continue;
            };
            let best = c.first().map_or(0.0, |x| x.1);
            let fits: Vec<ColId> = c
                .iter()
                .filter(|x| x.1 >= best - 0.02 && anchor.contains(&x.0.table))
                .map(|x| x.0)
                .collect();
            if let [only] = fits.as_slice() {
                resolved[k] = Some(*only);
                ambiguous -= 1;
                settled.push(k);
                continue;
            }
            if !fits.is_empty() {
                continue;
            }
            // Nothing anchors it: the table that could hold most of the question's other
            // columns ("the label and notes for shelf code x": one table has all three).
            let holds = |t: usize| {
                mentions
                    .iter()
                    .enumerate()
                    .filter(|(j, o)| {
                        *j != k
                            && match &o.target {
                                Target::Column(cs) => {
                                    let top = cs.first().map_or(0.0, |x| x.1);
                                    cs.iter().any(|x| x.0.table == t && x.1 >= top - 0.1)
                                }
                                _ => false,
                            }
                    })
                    .count()
            };
            let mut scored: Vec<(usize, ColId)> = c
                .iter()
                .filter(|x| x.1 >= best - 0.02)
                .map(|x| (holds(x.0.table), x.0))
                .collect();
            scored.sort_by_key(|x| std::cmp::Reverse(x.0));
            if let [(top, col), (second, _), ..] = scored.as_slice() {
                if top > second {
                    resolved[k] = Some(*col);
                    ambiguous -= 1;
                    settled.push(k);
                }
            }
        }
    }
    // "the names of all movies" where movies have a title and another table a `name`: the
    // bare word "name" means the named table's label, not a column of a table nobody named.
    for (k, m) in mentions.iter().enumerate() {
        let Some(c) = resolved[k] else { continue };
        if named.contains(&c.table) || m.end - m.start != 1 {
            continue;
        }
        let name_word = cx.is(m.start, &["name", "names"]);
        // "the name and ID of the kennel": the next item of the list names its owner (a
        // table with a label that its words say), even where no table is named on its own.
        let listed_owner = mentions.get(k + 1).and_then(|o| {
            let Target::Column(cands) = &o.target else {
                return None;
            };
            let joined = (m.end..o.start).all(|j| cx.is(j, &["and", "the"]))
                && (m.end..o.start).any(|j| cx.is(j, &["and"]));
            let said = |t: usize| {
                index.tables.get(t).is_some_and(|ti| {
                    !ti.label.is_empty()
                        && ti
                            .words
                            .iter()
                            .all(|w| tokens[o.start..o.end].iter().any(|x| x.stem == *w))
                })
            };
            let owner = cands.iter().map(|x| x.0.table).find(|&t| said(t))?;
            (joined && name_word && owner != c.table).then_some(owner)
        });
        if named.is_empty() && listed_owner.is_none() {
            continue;
        }
        // The owner sits right next to the word: "names of all festivals", "festival names", past
        // words that only pick rows ("the name of the latest festival", "the boat whose
        // name", "the festival's name").
        let after = mentions.get(k + 1).filter(|o| {
            (m.end..o.start).all(|j| {
                cx.is(
                    j,
                    &[
                        "of",
                        "the",
                        "all",
                        "each",
                        "every",
                        "those",
                        "a",
                        "an",
                        "these",
                        "any",
                        "different",
                        "distinct",
                    ],
                ) || MOST.contains(&cx.lw(j))
                    || LEAST.contains(&cx.lw(j))
            })
        });
        let before = k
            .checked_sub(1)
            .and_then(|p| mentions.get(p))
            .filter(|o| (o.end..m.start).all(|j| cx.is(j, &["whose", "s"])));
        let owner = after.or(before).and_then(|o| match o.target {
            Target::Table(t) => Some(t),
            _ => None,
        });
        // "Which is the most recent film? Give its name.": "its" points back to the
        // question's subject, the table its first mention names, even sentences away (not
        // when the question opens with a column, which the word may point back to instead).
        let owner = owner.or_else(|| {
            let points_back = m.start > 0 && cx.is(m.start - 1, &["its", "their"]);
            match mentions.first().map(|o| &o.target) {
                Some(Target::Table(t)) if points_back && k > 0 => Some(*t),
                _ => None,
            }
        });
        let owner = owner
            .or(listed_owner)
            .filter(|_| !named.is_empty() || name_word);
        let Some(t) = owner else {
            if named.is_empty() {
                continue;
            }
            // "the email address of the skipper Morgan": the owner is further off, but it is
            // the one named table with a column of that word, and the column found is of a
            // table that is not even next to the named ones (a neighbour's column may well be
            // meant: "the amount paid by the customer" is in the customer's payments).
            let named_list: Vec<usize> = named.iter().copied().collect();
            // "the service id and type": a list goes on in its first column's table.
            let listed = k > 0
                && resolved[k - 1].is_some_and(|p| p.table == c.table)
                && (mentions[k - 1].end..m.start).all(|j| cx.is(j, &["and", "the", "its"]));
            let far = hops(index, &named_list, c.table).is_none_or(|h| h >= 2);
            let stem = &tokens[m.start].stem;
            if let [(t, col)] = named_columns_with_word(index, &named, stem)[..] {
                let own = ColId {
                    table: t,
                    column: col,
                };
                // ...or the named table's column is the one the question's other words
                // describe ("owner licences of the kind Coastal": `licence_kind_code`, not a
                // voyage's `voyage_kind`).
                let better = said(index, tokens, own, stem) > said(index, tokens, c, stem);
                if !listed && (far || better) {
                    resolved[k] = Some(own);
                }
            }
            continue;
        };
        let Some(ti) = index.tables.get(t) else {
            continue;
        };
        // The word's owner is said ("its name", "names of all festivals"): the tie among
        // equally good columns that marked it ambiguous is no longer open.
        let mut settle = |k: usize| {
            if ambiguous_at.contains(&k) && !settled.contains(&k) {
                settled.push(k);
                ambiguous -= 1;
            }
        };
        if name_word {
            // A table without a name column is still named by its own label-like column (or
            // its key), not by a name column some joins away; a next-door table's name may be
            // the row's name, though (a person's record that holds the name).
            let far = hops(index, &[t], c.table).is_none_or(|h| h >= 2);
            let own = ti
                .label
                .first()
                .copied()
                .or_else(|| label_like(ti).filter(|_| far));
            if let Some(l) = own {
                resolved[k] = Some(ColId {
                    table: t,
                    column: l,
                });
                settle(k);
            }
            continue;
        }
        // "the address of the customer" where the customer's column is `home_address`: the
        // owner's one column with the word.
        let stem = &tokens[m.start].stem;
        let with_word: Vec<usize> = ti
            .columns
            .iter()
            .enumerate()
            .filter(|(_, ci)| ci.words.contains(stem))
            .map(|(i, _)| i)
            .collect();
        if let [only] = with_word.as_slice() {
            resolved[k] = Some(ColId {
                table: t,
                column: *only,
            });
            settle(k);
        }
    }
    // "the name of the patron", "customer names": a column mention that says its table's
    // name (words its column name lacks) names the table too.
    let said_with_column: BTreeSet<usize> = mentions
        .iter()
        .zip(resolved.iter())
        .filter_map(|(m, r)| {
            let c = (*r)?;
            let col = index.col(&c)?;
            let table = index.tables.get(c.table)?;
            tokens[m.start..m.end]
                .iter()
                .any(|t| table.words.contains(&t.stem) && !col.own_words.contains(&t.stem))
                .then_some(c.table)
        })
        .collect();
    // "the names of lifters" where lifters keep no name but refer to the people who
    // do: the column the named rows borrow from the one table they refer to.
    let borrowed = |c: &ColId| {
        let Some(words) = index.col(c).map(|ci| &ci.own_words) else {
            return false;
        };
        index.references().any(|e| {
            e.to.table == c.table
                && named.contains(&e.from.table)
                && index.tables.get(e.from.table).is_some_and(|t| {
                    !t.columns
                        .iter()
                        .any(|o| !o.is_key && o.own_words.iter().any(|w| words.contains(w)))
                })
        })
    };
    for r in resolved.iter().flatten() {
        if !named.is_empty()
            && !named.contains(&r.table)
            && !said_with_column.contains(&r.table)
            && !borrowed(r)
        {
            // A column from a table the question does not name: a weaker reading.
            cx.pen("col_outside_named", 1.0);
        }
        tables_ctx.insert(r.table);
    }

    // Where each comparison starts (for splitting conditions around "or"), and where the
    // last one ended with which column.
    let mut cmp_at: Vec<(Cond, usize)> = Vec::new();
    // Negation words a number's own "is not" took.
    let mut number_negations: Vec<usize> = Vec::new();
    let mut last_cmp: Option<(usize, ColId)> = None;
    // A comparison with a quantified subquery and where the words that pick the subquery's
    // rows begin.
    let mut sub_scope: Option<(Cond, usize)> = None;
    // Where the last comparison of two columns ended, and its left column.
    let mut last_col_cmp: Option<(usize, ColId)> = None;
    // Number tokens the comparisons took.
    let mut taken: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < n {
        // "between A and B"
        if cx.is(i, &["between"]) {
            let (a, b) = (i + 1, i + 3);
            if let (Some(Kind::Number(x)), true, Some(Kind::Number(y))) = (
                tokens.get(a).map(|t| t.kind.clone()),
                // "between 2 to 4 staff" is how some write it.
                cx.is(i + 2, &["and", "to"]),
                tokens.get(b).map(|t| t.kind.clone()),
            ) {
                // "between 2 and 4 cabins": a numeric column named right after, past a unit
                // ("between 80 and 100 minutes runtime").
                let unit = cx.is(b + 1, UNITS) && cx.mention_at(b + 1).is_none();
                let after_at = if unit { b + 2 } else { b + 1 };
                let after = mentions
                    .iter()
                    .position(|o| o.start == after_at)
                    .filter(|&k| roles[k].is_none())
                    .and_then(|k| resolved[k].map(|c| (k, c)))
                    .filter(|&(_, c)| numeric(index, c) && !is_key(index, c));
                let before = column_before(&cx, &resolved, i, &roles);
                // "the titles with between 90 and 120 runtime": the column after the range is
                // what it bounds when the one before is text (a number range does not bound
                // a title) or when "with" opens the range; the one before is what is shown.
                let text_before = before.is_some_and(|(_, c)| {
                    index.col(&c).is_some_and(|ci| ci.class == TypeClass::Text)
                });
                let opens = i > 0 && cx.is(i - 1, &["with", "having"]);
                let col = if after.is_some() && (text_before || opens) {
                    after
                } else {
                    before.or(after)
                };
                let col = col
                    .or_else(|| {
                        // "boats costing between 50 and 90": a price, else a cost.
                        let priced = i > 0 && cx.is(i - 1, &["costing", "cost", "costs", "priced"]);
                        priced
                            .then(|| {
                                implied_column(&cx, &tables_ctx, "price")
                                    .or_else(|| implied_column(&cx, &tables_ctx, "cost"))
                            })
                            .flatten()
                            .map(|c| (usize::MAX, c))
                    })
                    .or_else(|| {
                        // "built between 1990 and 1995": years without a column name a year.
                        (x.len() == 4 && y.len() == 4)
                            .then(|| implied_column(&cx, &tables_ctx, "year"))
                            .flatten()
                            .map(|c| (usize::MAX, c))
                    });
                // "campuses that have between 2 and 4 branches": rows of the table named right
                // after, counted per row of what is shown, as "more than 3 branches" is.
                let counted_table = mentions
                    .iter()
                    .position(|o| o.start == after_at)
                    .filter(|&k| {
                        roles[k].is_none() && i > 0 && cx.is(i - 1, &["have", "has", "with"])
                    })
                    .and_then(|k| match mentions[k].target {
                        Target::Table(t) => Some((k, t)),
                        _ => None,
                    });
                // "states that have between 2 and 4 staff": a text column before the range
                // is what is shown, not what the range bounds.
                let bounded = col.filter(|&(k, c)| {
                    k != usize::MAX && !(text_before && before.is_some_and(|(_, b)| b == c))
                });
                if let (None, Some((k, t))) = (bounded, counted_table) {
                    roles[k] = Some(Role::Filter);
                    having.push(Cond::Between(count_rows(), Lit::Num(x), Lit::Num(y)));
                    having_table = Some(t);
                    cx.mark(i, 4);
                    taken.extend([a, b]);
                    i += 4;
                    continue;
                }
                if let Some((k, c)) = col {
                    if k != usize::MAX {
                        roles[k] = Some(Role::Filter);
                    }
                    filters.push((k, Cond::Between(Expr::Col(c), Lit::Num(x), Lit::Num(y))));
                    filter_cols.push((k, c));
                    cx.mark(i, 4);
                    taken.extend([a, b]);
                    i += 4;
                    continue;
                }
            }
        }
        // "longer distances than average": the compared column inside the comparative.
        if let Some((op, k, end)) = split_average(&cx, i) {
            if let Some(c) = resolved[k].filter(|&c| numeric(index, c) && !is_key(index, c)) {
                roles[k] = Some(Role::Filter);
                filters.push((usize::MAX, bound_query(c, op, Agg::Avg)));
                cx.mark(i, end - i);
                i = end;
                continue;
            }
        }
        // "lower temperature in spring than in autumn": two columns inside the comparative.
        if let Some((op, ka, kb, end)) = split_column_comparison(&cx, &resolved, &roles, i) {
            if let (Some(a), Some(b)) = (resolved[ka], resolved[kb]) {
                roles[ka] = Some(Role::Filter);
                roles[kb] = Some(Role::Filter);
                let cond = Cond::CmpCol(a, op, b);
                cmp_at.push((cond.clone(), i));
                filters.push((usize::MAX, cond));
                last_col_cmp = Some((end, a));
                cx.mark(i, end - i);
                cx.pen("column_comparison", 1.0);
                i = end;
                continue;
            }
        }
        if let Some(cmp) = comparison(&cx, i) {
            // "the sum of revenue over every performance", "over all shifts": the rows summed
            // over, not a bound (a bound says "more than all").
            if over_rows(&cx, &cmp) {
                cx.mark(cmp.start, 2);
                i = cmp.end + 1;
                continue;
            }
            // "a winter rent lower than the summer rent": two columns compared.
            if let Some((ka, a, kb, b)) =
                column_comparison(&cx, &resolved, &roles, &cmp, last_col_cmp)
            {
                if let Some(ka) = ka {
                    roles[ka] = Some(Role::Filter);
                }
                roles[kb] = Some(Role::Filter);
                let cond = Cond::CmpCol(a, cmp.op, b);
                cmp_at.push((cond.clone(), cmp.start));
                filters.push((usize::MAX, cond));
                let end = cx.mentions[kb].end;
                last_col_cmp = Some((end, a));
                cx.mark(cmp.start, end - cmp.start);
                cx.pen("column_comparison", 1.0);
                i = end;
                continue;
            }
            // "later than any voyage that was delayed", "after all regattas by X": compare with
            // the largest or smallest of the rows the words after the quantifier pick.
            if let Some((agg, cue_end)) = quantified_bound(&cx, &cmp) {
                if let Some((k, c)) = bound_column(&cx, &resolved, &roles, &cmp, cue_end) {
                    if let Some(k) = k {
                        roles[k] = Some(Role::Filter);
                    }
                    let cond = bound_query(c, cmp.op, agg);
                    sub_scope = Some((cond.clone(), cue_end));
                    filters.push((usize::MAX, cond));
                    cx.mark(cmp.start, cue_end - cmp.start);
                    cx.pen("quantified_bound", 1.0);
                    i = cue_end;
                    continue;
                }
            }
            // "more than the average salary": compare with a subquery over the same column.
            let mut j = cmp.end;
            while cx.is(j, &["the", "a", "an"]) {
                j += 1;
            }
            if let Some(agg) =
                agg_word(cx.lw(j)).filter(|a| matches!(a, Agg::Avg | Agg::Max | Agg::Min))
            {
                let sub_col = mentions
                    .iter()
                    .enumerate()
                    .find(|(_, m)| {
                        m.start > j && m.start <= j + 3 && matches!(m.target, Target::Column(_))
                    })
                    .and_then(|(k, _)| resolved[k].map(|c| (k, c)));
                // "harvests heavier than the average harvest": an identifier is never what
                // is averaged or compared with an average, nor is a name.
                let measure = |c: ColId| {
                    let named_by = index
                        .tables
                        .get(c.table)
                        .is_some_and(|t| t.label.contains(&c.column));
                    !(agg == Agg::Avg && (is_key(index, c) || named_by))
                };
                let own =
                    column_before(&cx, &resolved, cmp.start, &roles).filter(|&(_, c)| measure(c));
                // "larger than the average? Give the port ...": a column past the sentence's
                // end, or one of another kind than the compared one, is not what is averaged.
                let sub_col = sub_col
                    .filter(|&(_, c)| measure(c))
                    .filter(|&(k, _)| !(j + 1..=mentions[k].start).any(|x| tokens[x].after_stop))
                    .filter(|&(_, s)| {
                        own.is_none_or(|(_, o)| numeric(index, o) == numeric(index, s))
                    });
                // "older than the average piper": the column the cue implies.
                let implied = cmp
                    .implied
                    .filter(|_| own.is_none() && sub_col.is_none())
                    .and_then(|w| implied_column(&cx, &tables_ctx, w));
                let col = own.map(|x| x.1).or(sub_col.map(|x| x.1)).or(implied);
                if let Some(c) = col {
                    // ("longer than the average length": the cue's own word is no column to
                    // show.)
                    for (k, m) in mentions.iter().enumerate() {
                        if m.start >= cmp.start && m.end <= cmp.end && roles[k].is_none() {
                            roles[k] = Some(Role::Filter);
                        }
                    }
                    if let Some((k, _)) = sub_col {
                        roles[k] = Some(Role::Filter);
                        cx.mark(mentions[k].start, mentions[k].end - mentions[k].start);
                    }
                    if let Some((k, _)) = own {
                        roles[k] = Some(Role::Filter);
                    }
                    let sub_of = sub_col.map_or(c, |x| x.1);
                    // "breeds whose average weight is above the average weight of all
                    // pets": the average per shown row against the overall one.
                    if let Some((p, own_agg)) = own.and_then(|(k, _)| own_agg(&cx, k)) {
                        cx.mark(p, 1);
                        cx.pen("having_agg", 1.0);
                        having.push(Cond::CmpSub(
                            Expr::Agg {
                                agg: own_agg,
                                col: Some(c),
                                distinct: false,
                            },
                            cmp.op,
                            agg_of_table(agg, sub_of),
                        ));
                        having_table = having_table.or(Some(c.table));
                        cx.mark(cmp.start, j + 1 - cmp.start);
                        i = j + 1;
                        continue;
                    }
                    filters.push((
                        usize::MAX,
                        Cond::CmpSub(Expr::Col(c), cmp.op, agg_of_table(agg, sub_of)),
                    ));
                    cx.mark(cmp.start, j + 1 - cmp.start);
                    i = j + 1;
                    continue;
                }
            }
            let num_at = cmp.num_at;
            // "hosted more than once", "at least twice": rows per shown value.
            let times = match cx.lw(cmp.end) {
                "once" => Some("1"),
                "twice" => Some("2"),
                "thrice" => Some("3"),
                _ => None,
            };
            if let Some(num) = times {
                cx.mark(cmp.start, cmp.end + 1 - cmp.start);
                having.push(Cond::Cmp(count_rows(), cmp.op, Lit::Num(num.into())));
                having_table = named
                    .iter()
                    .next()
                    .copied()
                    .or_else(|| resolved.iter().flatten().next().map(|c| c.table));
                i = cmp.end + 1;
                continue;
            }
            if let Some(Kind::Number(num)) = tokens.get(num_at).map(|t| t.kind.clone()) {
                cx.mark(cmp.start, cmp.next - cmp.start);
                taken.push(num_at);
                // A column named between the cue and the number ("after the year of 1990",
                // "at least a weight of 40", "more seat rows than 20") is what is compared.
                let inner = mentions
                    .iter()
                    .position(|m| {
                        m.start > cmp.start
                            && m.end <= num_at
                            && matches!(m.target, Target::Column(_))
                    })
                    .filter(|&k| roles[k].is_none())
                    .and_then(|k| resolved[k].map(|c| (k, c)))
                    .filter(|&(_, c)| numeric(index, c) || is_date(index, c));
                // What follows the number: a table means "with more than 3 orders" (HAVING).
                let mut next = cmp.next;
                // A connective ends the phrase: "over 100 and towns under 50" compares two
                // numbers; it does not count towns.
                // "at least two different buyers": the buyers are counted once each.
                let mut distinct_things = None;
                while next < n
                    && (FILLER.contains(&cx.lw(next))
                        || cx.is(next, &["distinct", "different", "unique"]))
                    // "1999 or before whose fare ...": a new clause is not what is counted.
                    && !cx.is(next, &["and", "or", "whose", "which", "who", "that", "where"])
                    && cx.mention_at(next).is_none()
                {
                    if cx.is(next, &["distinct", "different", "unique"]) {
                        distinct_things = Some(next);
                    }
                    next += 1;
                }
                // "at least two ski resorts": one word no name uses, between the number and
                // a table, only says which kind.
                let table_at = |j: usize| {
                    cx.mention_at(j).is_some_and(|k| {
                        mentions[k].start == j && matches!(mentions[k].target, Target::Table(_))
                    })
                };
                if next < n
                    && cx.mention_at(next).is_none()
                    && tokens[next].kind == Kind::Word
                    && !tokens[next].capital
                    && !crate::lexicon::is_structure_word(cx.lw(next))
                    && table_at(next + 1)
                {
                    next += 1;
                }
                let after = cx.mention_at(next).filter(|&k| mentions[k].start == next);
                if cx.is(
                    cmp.next,
                    &[
                        "records",
                        "entries",
                        "rows",
                        "times",
                        "occurrences",
                        "instances",
                    ],
                ) && after.is_none()
                {
                    // "colours that have more than 3 entries": rows per shown value.
                    cx.mark(cmp.next, 1);
                    having.push(Cond::Cmp(count_rows(), cmp.op, Lit::Num(num)));
                    having_table = named
                        .iter()
                        .next()
                        .copied()
                        .or_else(|| resolved.iter().flatten().next().map(|c| c.table));
                    i = cmp.next + 1;
                    continue;
                }
                if let Some(k) = after {
                    // "more than one loan" where a loan is only a key column, "at least 3
                    // results" for `result_code`: things counted, not a number compared.
                    let counted = resolved[k]
                        .filter(|&c| {
                            let last = &tokens[mentions[k].end - 1].lower;
                            // A plural names things; "1000 distance" is a quantity. After
                            // "one" the things are singular: "more than one licence".
                            let plural =
                                (last.ends_with('s') && !last.ends_with("ss")) || num == "1";
                            plural
                                && (is_key(index, c) || !numeric(index, c))
                                && cmp.next == mentions[k].start
                        })
                        .map(|c| c.table);
                    if let Some(t) = counted.filter(|_| roles[k].is_none()) {
                        roles[k] = Some(Role::Filter);
                        // "at least one rating A": a related row exists, which the join says.
                        if matches!((cmp.op, num.as_str()), (Op::Ge, "1") | (Op::Gt, "0")) {
                            cx.pen("at_least_one", 1.0);
                            i = cmp.next;
                            continue;
                        }
                        having.push(Cond::Cmp(count_rows(), cmp.op, Lit::Num(num)));
                        having_table = Some(t);
                        cx.pen("count_of_column", 1.0);
                        i = cmp.next;
                        continue;
                    }
                    // "harbours with at least 10 captains" where "Captain" is a stored
                    // rank: rows with the value, counted.
                    if let Target::Value(hits) = &mentions[k].target {
                        let plural = tokens[mentions[k].end - 1].lower.ends_with('s');
                        if let (true, Some(h)) =
                            (plural && mentions[k].start == cmp.next, hits.first())
                        {
                            having.push(Cond::Cmp(count_rows(), cmp.op, Lit::Num(num)));
                            having_table = having_table.or(Some(h.col.table));
                            cx.pen("count_of_value", 1.0);
                            i = cmp.next;
                            continue;
                        }
                    }
                    // "events with more than 30 teams" where events keep `number_of_teams`:
                    // the number the rows hold, not a count of another table's rows.
                    if let Target::Table(t) = mentions[k].target {
                        let word = &tokens[mentions[k].end - 1].stem;
                        let subject = mentions[..k].iter().find_map(|o| match o.target {
                            Target::Table(u) if u != t && o.end <= cmp.start => Some(u),
                            _ => None,
                        });
                        if let Some(c) = subject.and_then(|u| number_of_column(index, u, word)) {
                            roles[k] = Some(Role::Filter);
                            // (The counted things are not rows to join.)
                            if mentions
                                .iter()
                                .filter(|o| matches!(o.target, Target::Table(u) if u == t))
                                .count()
                                == 1
                            {
                                named.remove(&t);
                                tables_ctx.remove(&t);
                            }
                            let cond = Cond::Cmp(Expr::Col(c), cmp.op, Lit::Num(num.clone()));
                            cmp_at.push((cond.clone(), cmp.start));
                            filters.push((usize::MAX, cond));
                            cx.pen("number_of_column", 1.0);
                            i = mentions[k].end;
                            continue;
                        }
                    }
                    if let Target::Table(t) = mentions[k].target {
                        let key = distinct_things.and_then(|_| table_key(index, t));
                        if let (Some(d), Some(_)) = (distinct_things, key) {
                            cx.mark(d, 1);
                        }
                        having.push(Cond::Cmp(
                            Expr::Agg {
                                agg: Agg::Count,
                                col: key,
                                distinct: key.is_some(),
                            },
                            cmp.op,
                            Lit::Num(num),
                        ));
                        having_table = Some(t);
                        i = cmp.next;
                        continue;
                    }
                }
                // "size bigger than 100 and smaller than 50": a second comparison right
                // after a first one, joined by a connective, shares its column.
                let shared = last_cmp
                    .filter(|&(end, _)| {
                        end < cmp.start
                            && (end..cmp.start).any(|j| cx.is(j, &["and", "or", "but"]))
                            && (end..cmp.start).all(|j| {
                                cx.is(
                                    j,
                                    &[
                                        "and", "or", "but", "is", "are", "was", "were", "that",
                                        "which", "who", "with", "a", "the",
                                    ],
                                )
                            })
                    })
                    .map(|(_, c)| (usize::MAX, c));
                let mut target = match cmp.implied {
                    Some(MONEY) => money_column(&cx, &tables_ctx).map(|c| (usize::MAX, c)),
                    Some(word) => implied_column(&cx, &tables_ctx, word)
                        .or_else(|| {
                            // "members younger than 18" where only the people table has an age.
                            let all: BTreeSet<usize> = (0..index.tables.len()).collect();
                            implied_column(&cx, &all, word)
                        })
                        // "more expensive than 50" where things have a cost, not a price.
                        .or_else(|| {
                            (word == "price")
                                .then(|| implied_column(&cx, &tables_ctx, "cost"))
                                .flatten()
                        })
                        .map(|c| (usize::MAX, c))
                        // The column named before, when no column has the implied word.
                        .or_else(|| column_before(&cx, &resolved, cmp.start, &roles)),
                    None => {
                        let before = column_before(&cx, &resolved, cmp.start, &roles);
                        // "trades with at least 100 unit count": the column right after
                        // the number is what "with" compares (even one typed as text), not a
                        // column before it that holds no numbers (a date, a name).
                        let number_after = after
                            .filter(|&k| mentions[k].start == cmp.next)
                            .and_then(|k| resolved[k].map(|c| (k, c)))
                            .filter(|&(_, c)| !is_date(index, c) && !is_key(index, c));
                        let before_unfit = before.is_none_or(|(_, c)| !numeric(index, c));
                        let opens = cmp.start > 0 && cx.is(cmp.start - 1, &["with", "having"]);
                        match number_after {
                            Some(a) if inner.is_none() && opens && before_unfit => Some(a),
                            // (Before a column named after it: "greater than 400 or
                            // smaller than 100? Give their names.")
                            _ => before
                                .or(inner)
                                .or(shared)
                                .or_else(|| after.and_then(|k| resolved[k].map(|c| (k, c)))),
                        }
                    }
                };
                if let Some((k, _)) = inner {
                    // Part of the phrase either way; not something to show.
                    roles[k] = Some(Role::Filter);
                }
                if target.is_none() {
                    target = shared;
                }
                if target.is_none() {
                    // "goals scored by players under 20": the cue qualifies the table named
                    // right before it, not a column before that table.
                    let after_table = cx
                        .mention_at(cmp.start.saturating_sub(1))
                        .filter(|_| cmp.start > 0)
                        .is_some_and(|k| matches!(mentions[k].target, Target::Table(_)));
                    // Looser: a numeric column named a few words before ("discount percentage is
                    // greater than 10"), or a year for "after 2000".
                    target = mentions
                        .iter()
                        .enumerate()
                        .rev()
                        .find(|(k, m)| {
                            m.end <= cmp.start
                                && m.end + 3 >= cmp.start
                                && roles[*k].is_none()
                                && resolved[*k].is_some_and(|c| numeric(index, c))
                        })
                        .and_then(|(k, _)| resolved[k].map(|c| (k, c)))
                        .filter(|_| !after_table || !age_like(&cx, &cmp, &num, n));
                    // "vans that can carry over 1400 kilograms": the unit after the number names
                    // the column kept in it (`payload_kg`), numbers kept as text included.
                    if target.is_none() {
                        if let Some(marks) = unit_marks(cx.lw(cmp.num_at + 1)) {
                            target = only_column(index, &tables_ctx, |c| {
                                (c.class != TypeClass::Text || c.number_text)
                                    && !c.is_key
                                    && c.words.iter().any(|w| marks.contains(&w.as_str()))
                            })
                            .map(|c| (usize::MAX, c));
                            if target.is_some() {
                                cx.mark(cmp.num_at + 1, 1);
                            }
                        }
                    }
                    // "students under 20": a small number under/over with people is an age.
                    if target.is_none() && age_like(&cx, &cmp, &num, n) {
                        target = implied_column(&cx, &tables_ctx, "age").map(|c| (usize::MAX, c));
                    }
                    if target.is_none()
                        && num.len() == 4
                        && matches!(cmp.op, Op::Lt | Op::Gt | Op::Le | Op::Ge)
                    {
                        target = year_column(&mut cx, &resolved, &named, &tables_ctx, cmp.start)
                            .map(|c| (usize::MAX, c));
                        // "before 2010" over a date column: compare with the year's edge.
                        if target.is_none() {
                            if let (Some(c), Ok(y)) =
                                (date_column(index, &tables_ctx), num.parse::<i64>())
                            {
                                let (op, edge) = year_edge(cmp.op, y);
                                filters.push((
                                    usize::MAX,
                                    Cond::Cmp(Expr::Col(c), op, Lit::Str(edge)),
                                ));
                                cx.pen("date_year", 1.0);
                                i = cmp.next;
                                continue;
                            }
                        }
                    }
                    if target.is_some() {
                        cx.pen("cmp_loose", 1.0);
                    }
                }
                // "buyers with a total order value over 500": the sum per row of what
                // is shown.
                // ("the average lesson price": the table's name may stand between.)
                let total_word = target
                    .filter(|&(k, c)| k != usize::MAX && numeric(index, c))
                    .and_then(|(k, c)| {
                        let p = cx.prev_word(mentions[k].start)?;
                        match cx.mention_at(p).map(|o| (o, &mentions[o].target)) {
                            Some((o, Target::Table(t))) if *t == c.table => {
                                cx.prev_word(mentions[o].start)
                            }
                            _ => Some(p),
                        }
                    })
                    .filter(|&p| !cx.used[p])
                    .and_then(|p| having_agg_word(cx.lw(p)).map(|a| (p, 1, a)));
                // "sold more than 60 pints in total", "a total of more than 60 pints",
                // "over 60 pints altogether": the total said around the comparison.
                let total_word = total_word.or_else(|| {
                    let (k, _) = target.filter(|&(k, c)| k != usize::MAX && numeric(index, c))?;
                    let end = mentions[k].end;
                    let free = |p: usize, n: usize| (p..p + n).all(|j| !cx.used[j]);
                    if cx.at(end, &["in", "total"]) && free(end, 2) {
                        return Some((end, 2, Agg::Sum));
                    }
                    if cx.is(end, &["altogether", "combined", "overall"]) && free(end, 1) {
                        return Some((end, 1, Agg::Sum));
                    }
                    let p = cmp.start.checked_sub(2)?;
                    (cx.at(p, &["total", "of"]) && free(p, 2)).then_some((p, 2, Agg::Sum))
                });
                if let (Some((p, said, agg)), Some((k, c))) = (total_word, target) {
                    cx.mark(p, said);
                    roles[k] = Some(Role::Filter);
                    if agg != Agg::Sum {
                        cx.pen("having_agg", 1.0);
                    }
                    having.push(Cond::Cmp(
                        Expr::Agg {
                            agg,
                            col: Some(c),
                            distinct: false,
                        },
                        cmp.op,
                        Lit::Num(num),
                    ));
                    having_table = having_table.or(Some(c.table));
                    cx.pen("having_sum", 1.0);
                    i = cmp.next;
                    continue;
                }
                if target.is_none()
                    && !matches!((cmp.op, num.as_str()), (Op::Ge, "1") | (Op::Gt, "0"))
                {
                    if let Some(t) = counted_without_a_column(&mut cx, &cmp) {
                        having.push(Cond::Cmp(count_rows(), cmp.op, Lit::Num(num)));
                        having_table = Some(t);
                        cx.pen("count_unnamed", 1.0);
                        i = cmp.next;
                        continue;
                    }
                }
                match target {
                    Some((k, c)) => {
                        if k != usize::MAX {
                            roles[k] = Some(Role::Filter);
                        }
                        // "hired after 2020" over a date column: the year's edge as a date,
                        // not a number compared with a date.
                        let year = (num.len() == 4 && is_date(index, c))
                            .then(|| num.parse::<i64>().ok())
                            .flatten()
                            .filter(|_| matches!(cmp.op, Op::Lt | Op::Le | Op::Gt | Op::Ge));
                        // "trucks older than model year 2010": older is an earlier year or
                        // date, not a larger one.
                        let dated = year.is_some()
                            || index
                                .col(&c)
                                .is_some_and(|ci| ci.words.last().is_some_and(|w| w == "year"));
                        let op = if cmp.implied == Some("age") && dated {
                            match cmp.op {
                                Op::Gt => Op::Lt,
                                Op::Ge => Op::Le,
                                Op::Lt => Op::Gt,
                                Op::Le => Op::Ge,
                                other => other,
                            }
                        } else {
                            cmp.op
                        };
                        let cond = match year {
                            Some(y) => {
                                let (op, edge) = year_edge(op, y);
                                cx.pen("date_year", 1.0);
                                Cond::Cmp(Expr::Col(c), op, Lit::Str(edge))
                            }
                            None => Cond::Cmp(Expr::Col(c), op, Lit::Num(num)),
                        };
                        cmp_at.push((cond.clone(), cmp.start));
                        filters.push((k, cond));
                        filter_cols.push((k, c));
                        last_cmp = Some((cmp.next, c));
                        // Words of the phrase ("years old") are not things to show, nor
                        // is the compared column named again as the number's unit ("weigh
                        // more than 30 kg" of `weight_kg`).
                        // Nor is the verb of a capacity ("can carry" of `passengers_carried`).
                        for (j, o) in mentions.iter().enumerate() {
                            let unit = o.start == cmp.next && resolved[j] == Some(c);
                            let held_verb = cmp.implied == Some("capac") && o.end == cmp.start;
                            if ((o.start > cmp.num_at && (o.end <= cmp.next || unit)) || held_verb)
                                && roles[j].is_none()
                            {
                                roles[j] = Some(Role::Filter);
                            }
                        }
                    }
                    // "buyers with at least one order": a related row exists, which
                    // the join already says.
                    None if matches!((cmp.op, num.as_str()), (Op::Ge, "1") | (Op::Gt, "0")) => {
                        cx.pen("at_least_one", 1.0);
                    }
                    None => return Err("a comparison whose column is unclear".into()),
                }
                i = cmp.next;
                continue;
            }
        }
        i += 1;
    }

    if let Some((at, offset)) = relative_year {
        // A date column named just before ("sent last year" of a sent and a returned date),
        // else the one date column of the tables in play.
        let named_date = (0..mentions.len())
            .rev()
            .filter(|&j| mentions[j].end <= at && mentions[j].end + 4 >= at)
            .find(|&j| roles[j].is_none() && resolved[j].is_some_and(|c| is_date(index, c)));
        let c = match named_date.and_then(|j| resolved[j].map(|c| (j, c))) {
            Some((j, c)) => {
                roles[j] = Some(Role::Filter);
                Some(c)
            }
            None => date_column(index, &tables_ctx),
        };
        let Some(c) = c else {
            return Err("a year relative to today, and no date column to compare".into());
        };
        cx.mark(at, 2);
        filters.push((
            usize::MAX,
            Cond::Cmp(Expr::Col(c), Op::Ge, Lit::YearStart(offset)),
        ));
        filters.push((
            usize::MAX,
            Cond::Cmp(Expr::Col(c), Op::Lt, Lit::YearStart(offset + 1)),
        ));
        cx.pen("date_relative", 1.0);
    }

    // ---- Values and literals: equality filters ("from France", "named 'X'").
    let mut value_conds: Vec<(ColId, Lit, bool, usize)> = Vec::new();
    // The last pattern a literal made: its mention, column and the text around "%s".
    let mut last_like: Option<(usize, ColId, String, String)> = None;
    for (k, m) in mentions.iter().enumerate() {
        let before = cx.prev_word(m.start);
        // "not X", "except X", "other than X", "not in X", "not from X".
        let via = before.filter(|&b| cx.is(b, &["in", "from", "at", "of", "for", "by"]));
        // "non private": the prefix negates the value right after it.
        let neg_word = match via {
            Some(v) => v.checked_sub(1).filter(|&x| cx.is(x, &["not", "except"])),
            None => before.filter(|&b| cx.is(b, &["not", "except", "non"])),
        }
        .or_else(|| {
            // "not in the region 'North'", "do not pay by card": a "not" a
            // few words back, with the value's column or a verb between.
            if !matches!(m.target, Target::Value(_) | Target::Literal(_)) {
                return None;
            }
            let mut look = m.start;
            if let Some(p) = k.checked_sub(1).map(|p| &mentions[p]) {
                if matches!(p.target, Target::Column(_))
                    && (p.end..m.start).all(|j| cx.is(j, &["is", "as", "the", "of", "a"]))
                {
                    look = p.start;
                }
            }
            (look.saturating_sub(3)..look).rev().find_map(|j| {
                if cx.mention_at(j).is_some() {
                    return Some(None);
                }
                if cx.is(
                    j,
                    &["and", "or", "but", "who", "that", "which", "whose", "with"],
                ) {
                    return Some(None);
                }
                cx.is(j, &["not", "never"]).then_some(Some(j))
            })?
        })
        .or_else(|| {
            // "all boats except the boat with name 'Gull'": what "except" sets aside,
            // described by its table and column, within the same clause.
            if !matches!(m.target, Target::Value(_) | Target::Literal(_)) {
                return None;
            }
            (m.start.saturating_sub(6)..m.start).rev().find_map(|j| {
                let other_value = cx.mention_at(j).is_some_and(|o| {
                    !matches!(mentions[o].target, Target::Table(_) | Target::Column(_))
                });
                if other_value || cx.is(j, &["and", "or", "but", "who", "that", "which", "whose"]) {
                    return Some(None);
                }
                let except =
                    cx.is(j, &["except", "excluding"]) && !cx.is(j + 1, &["for", "those", "ones"]);
                except.then_some(Some(j))
            })?
        });
        let neg = neg_word.is_some()
            || before.is_some_and(|b| cx.at(b.saturating_sub(1), &["other", "than"]));
        // "cars that were never rented" is about rentals ever made, not a status a car has
        // now ('rented'): a stored state written as an everyday word, and "never" speaks of
        // history. (A name, "never Clerical Staff", is left to the reading of its rows.)
        // ("never a cancelled sailing" names the rows the state is of: no such sailing.)
        let rows_named_after = match &m.target {
            Target::Value(hits) => cx.mention_at(m.end).is_some_and(|o| {
                matches!(mentions[o].target, Target::Table(t)
                    if mentions[o].start == m.end && hits.iter().all(|h| h.col.table == t))
            }),
            _ => false,
        };
        if matches!(m.target, Target::Value(_))
            && (m.start..m.end).all(|j| !cx.tokens[j].capital)
            && neg_word.is_some_and(|j| cx.is(j, &["never"]))
            && !rows_named_after
        {
            return Err("\"never\" before a stored value".into());
        }
        let place_hits: Vec<ValueHit>;
        match &m.target {
            Target::Value(hits) => {
                // A column named right before the value picks among the value's columns.
                let col_before = column_mention_just_before(&cx, &resolved, k);
                let hit = match col_before {
                    Some((ck, c)) => match hits.iter().find(|h| h.col == c) {
                        Some(h) => {
                            roles[ck] = Some(Role::Filter);
                            Some((h, false))
                        }
                        None => {
                            // "the store with the name X": a name word names the value's
                            // column loosely; it is not something to show. Any other column
                            // ("the code of the clerk called X") still is.
                            // "the last name of the captain" asks for the name of who
                            // the value describes: shown, not a filter.
                            // ("the surnames of patrons who are members": what a
                            // relative clause says of the rows is no name of theirs.)
                            let of_between = (mentions[ck].end..m.start)
                                .any(|j| cx.is(j, &["of", "who", "that", "which", "whose"]));
                            let name_like = !of_between
                                && index.col(&c).is_some_and(|ci| {
                                    ci.words.iter().any(|w| w == "name" || w == "titl")
                                });
                            if name_like {
                                roles[ck] = Some(Role::Filter);
                            }
                            cx.pen("value_col_mismatch", 1.0);
                            resolve_value(hits, &tables_ctx)
                        }
                    },
                    None => {
                        // "in Paris city": a column named right after the value.
                        let after = mentions.get(k + 1).filter(|o| o.start == m.end);
                        let pick = after.and_then(|o| match &o.target {
                            Target::Column(cands) => hits
                                .iter()
                                .find(|h| cands.iter().any(|(c, _)| *c == h.col))
                                .or_else(|| {
                                    // "trips in delayed state": "state" names the kind of
                                    // value (a status), not another table's state column.
                                    let kind = cx.is(o.start, &["state", "status"])
                                        && o.end == o.start + 1;
                                    hits.iter().find(|h| {
                                        kind && index.col(&h.col).is_some_and(|ci| {
                                            ci.words.iter().any(|w| w == "status" || w == "state")
                                        })
                                    })
                                }),
                            _ => None,
                        });
                        // "a Portuguese lighthouse": a place word right before a table is
                        // that table's place, by the name it stores ('Portugal'), not a
                        // nationality another table stores as written.
                        let table_after = after.and_then(|o| match o.target {
                            Target::Table(t) => Some(t),
                            _ => None,
                        });
                        place_hits = match table_after {
                            Some(t) if !hits.iter().any(|h| h.col.table == t) => {
                                let span = &tokens[m.start..m.end];
                                let key = span
                                    .iter()
                                    .map(|t| t.lower.as_str())
                                    .collect::<Vec<_>>()
                                    .join(" ");
                                crate::link::place_alias(index, &key, span)
                            }
                            _ => Vec::new(),
                        };
                        let of_table_after = table_after.and_then(|t| {
                            hits.iter()
                                .chain(place_hits.iter())
                                .find(|h| h.col.table == t)
                        });
                        match (pick, of_table_after) {
                            (Some(h), _) => {
                                roles[k + 1] = Some(Role::Filter);
                                Some((h, false))
                            }
                            (None, Some(h)) => Some((h, false)),
                            (None, None) => resolve_value(hits, &tables_ctx),
                        }
                    }
                };
                let Some((hit, amb)) = hit else { continue };
                // "the maintenance cost" where costs are kept in `maintenance_records`: the
                // word names the table of the column after it, not the status 'maintenance'
                // of another table.
                let names_next_table = m.end == m.start + 1
                    && !tokens[m.start].capital
                    && !matches!(tokens[m.start].kind, Kind::Quoted(_))
                    && mentions.get(k + 1).is_some_and(|o| o.start == m.end)
                    && resolved.get(k + 1).copied().flatten().is_some_and(|c| {
                        c.table != hit.col.table
                            && index
                                .tables
                                .get(c.table)
                                .is_some_and(|t| t.words.contains(&tokens[m.start].stem))
                    });
                if names_next_table {
                    continue;
                }
                if amb {
                    ambiguous += 1;
                }
                if let Some(w) = neg_word {
                    cx.mark(w, 1);
                }
                if let Some(b) = before.filter(|&b| cx.is(b, &["named", "called", "titled"])) {
                    cx.mark(b, 1);
                }
                if !tables_ctx.contains(&hit.col.table) {
                    // A value that drags in a table nothing else names is a weaker reading.
                    // A lone lower-case word ("red") may match a value by chance; a quoted
                    // value is one token however many words it holds, and the quotes say it
                    // is meant as a value, so it is not a lone word.
                    let lone_word = m.end - m.start == 1
                        && !tokens[m.start].capital
                        && !matches!(tokens[m.start].kind, Kind::Quoted(_));
                    cx.pen(
                        if lone_word {
                            "value_new_table_word"
                        } else {
                            "value_new_table"
                        },
                        1.0,
                    );
                }
                value_conds.push((hit.col, Lit::Str(hit.value.clone()), neg, m.start));
                tables_ctx.insert(hit.col.table);
            }
            Target::Literal(text) => {
                // "shipped before '2021-03-15'", "hired after 2021-03-01 09:00": a date compared
                // with the date column named a few words before it, else the one date column
                // of the tables in play.
                if let Some((op, cue)) = date_literal(text)
                    .then(|| date_comparison(&cx, before))
                    .flatten()
                {
                    let named_col = mentions[..k]
                        .iter()
                        .enumerate()
                        .rev()
                        .take_while(|(_, o)| o.end + 4 >= m.start)
                        .find(|(j, _)| {
                            roles[*j].is_none() && resolved[*j].is_some_and(|c| is_date(index, c))
                        })
                        .and_then(|(j, _)| resolved[j].map(|c| (j, c)));
                    let col = named_col
                        .or_else(|| date_column(index, &tables_ctx).map(|c| (usize::MAX, c)))
                        .or_else(|| {
                            // "products ordered before 2021-03-15": the one date column anywhere
                            // named by the verb before the cue (`order_date`).
                            let verb = cue.first()?.checked_sub(1)?;
                            if cx.used[verb] || cx.mention_at(verb).is_some() {
                                return None;
                            }
                            let stem = tokens[verb].stem.as_str();
                            let all: BTreeSet<usize> = (0..index.tables.len()).collect();
                            let c = only_column(index, &all, |c| {
                                matches!(c.class, TypeClass::Date | TypeClass::Timestamp)
                                    && c.words.iter().any(|w| w == stem)
                            })?;
                            cx.mark(verb, 1);
                            Some((usize::MAX, c))
                        });
                    if let Some((ck, c)) = col {
                        if ck != usize::MAX {
                            roles[ck] = Some(Role::Filter);
                        } else {
                            cx.pen("date_implied", 1.0);
                        }
                        for w in cue {
                            cx.mark(w, 1);
                        }
                        let cond = Cond::Cmp(Expr::Col(c), op, Lit::Str(text.clone()));
                        cmp_at.push((cond.clone(), m.start));
                        filters.push((ck, cond));
                        tables_ctx.insert(c.table);
                        continue;
                    }
                }
                // "starts with the letter S": the kind of text sits between cue and value.
                let kind_word = before
                    .filter(|&b| cx.is(b, &["letter", "word", "substring", "string", "character"]));
                if let Some(w) = kind_word {
                    cx.mark(w, 1);
                }
                let before = match kind_word {
                    Some(w) => cx.prev_word(w),
                    None => before,
                };
                let b = before.map(|b| cx.lw(b).to_string()).unwrap_or_default();
                let b2 = before
                    .and_then(|x| cx.prev_word(x))
                    .map(|x| cx.lw(x).to_string())
                    .unwrap_or_default();
                // "contains 'a' or 'b'": the second literal continues the first's pattern.
                let continued = last_like.clone().filter(|(lk, _, _, _)| {
                    *lk + 1 == k
                        && (mentions[*lk].end..m.start).any(|j| cx.is(j, &["or", "and"]))
                        && (mentions[*lk].end..m.start).all(|j| {
                            cx.is(
                                j,
                                &[
                                    "or",
                                    "and",
                                    "the",
                                    "a",
                                    "word",
                                    "string",
                                    "substring",
                                    "letter",
                                ],
                            )
                        })
                });
                let pattern = match (b2.as_str(), b.as_str()) {
                    _ if continued.is_some() => continued
                        .as_ref()
                        .map(|(_, _, pre, post)| format!("{pre}{text}{post}")),
                    (
                        _,
                        "contain" | "contains" | "containing" | "including" | "includes"
                        | "include",
                    )
                    | ("contain" | "contains" | "containing", _) => Some(format!("%{text}%")),
                    (_, "word" | "substring" | "string") => Some(format!("%{text}%")),
                    (
                        "start" | "starts" | "starting" | "begin" | "begins" | "beginning",
                        "with" | "from",
                    ) => Some(format!("{text}%")),
                    ("end" | "ends" | "ending", "with") => Some(format!("%{text}")),
                    // "'x' as a substring", "'x' as part of the title"
                    _ if (m.end..m.end + 3).any(|j| cx.is(j, &["substring", "part"])) => {
                        for j in m.end..m.end + 3 {
                            if cx.is(j, &["as", "a", "substring", "part"]) {
                                cx.mark(j, 1);
                            }
                        }
                        Some(format!("%{text}%"))
                    }
                    // "have 'a' in their names"
                    (_, "have" | "has" | "having" | "with")
                        if cx.is(m.end, &["in"])
                            && mentions
                                .get(k + 1)
                                .is_some_and(|o| matches!(o.target, Target::Column(_))) =>
                    {
                        Some(format!("%{text}%"))
                    }
                    _ if kind_word.is_some() => Some(format!("%{text}%")),
                    _ => None,
                };
                // "'x' in their names", "'x' as a substring in the title": the column after.
                let in_after = pattern.is_some()
                    && mentions.get(k + 1).is_some_and(|o| {
                        matches!(o.target, Target::Column(_))
                            && (m.end..o.start).any(|j| cx.is(j, &["in", "of"]))
                            && (m.end..o.start).all(|j| {
                                cx.is(
                                    j,
                                    &[
                                        "in",
                                        "of",
                                        "as",
                                        "a",
                                        "the",
                                        "their",
                                        "its",
                                        "substring",
                                        "part",
                                    ],
                                )
                            })
                    });
                let col = if let Some((_, c, _, _)) = &continued {
                    for j in mentions[k - 1].end..m.start {
                        if !cx.is(j, &["or", "and"]) {
                            cx.mark(j, 1);
                        }
                    }
                    Some((usize::MAX, *c))
                } else if in_after {
                    let gap = mentions.get(k + 1).map_or(1, |o| o.start - m.end);
                    cx.mark(m.end, gap);
                    resolved.get(k + 1).copied().flatten().map(|c| (k + 1, c))
                } else {
                    column_mention_before(&cx, &resolved, k, &roles)
                }
                .or_else(|| {
                    // "whose email address contains 'x'": the column a few words back.
                    pattern.as_ref()?;
                    mentions[..k]
                        .iter()
                        .enumerate()
                        .rev()
                        .find(|(j, o)| {
                            o.end + 4 >= m.start && roles[*j].is_none() && resolved[*j].is_some()
                        })
                        .and_then(|(j, _)| resolved[j].map(|c| (j, c)))
                })
                .or_else(|| {
                    // "the product 'Blue Widget'": the name of the table just named.
                    let prev = k.checked_sub(1).and_then(|j| mentions.get(j))?;
                    let Target::Table(t) = prev.target else {
                        return None;
                    };
                    let gap_ok = (prev.end..m.start)
                        .all(|j| cx.is(j, &["named", "called", "titled", "the", "of"]));
                    let label = index
                        .tables
                        .get(t)
                        .map(|ti| ti.label.clone())
                        .unwrap_or_default();
                    match (gap_ok, label.as_slice()) {
                        (true, [c]) => Some((
                            usize::MAX,
                            ColId {
                                table: t,
                                column: *c,
                            },
                        )),
                        _ => None,
                    }
                })
                .or_else(|| label_of_tables(index, &tables_ctx).map(|c| (usize::MAX, c)));
                // "papers by 'Ada Lovelace'" where people have a first and a last name column.
                if pattern.is_none() && !neg && col.is_none_or(|(ck, _)| ck == usize::MAX) {
                    if let (Some((first, last)), Some((fc, lc))) =
                        (split_full_name(text), name_pair(index, &tables_ctx))
                    {
                        if let Some(b) = before.filter(|&b| cx.is(b, &["named", "called", "by"])) {
                            cx.mark(b, 1);
                        }
                        value_conds.push((fc, Lit::Str(first), false, m.start));
                        value_conds.push((lc, Lit::Str(last), false, m.start));
                        tables_ctx.insert(fc.table);
                        cx.pen("full_name", 1.0);
                        continue;
                    }
                }
                let Some((ck, c)) = col else {
                    return Err("a value whose column is unclear".into());
                };
                // "the lengths of the boats named 'X'": a name is what is named; the length
                // named before stays something to show.
                let named_word = before.is_some_and(|b| cx.is(b, &["named", "called", "titled"]));
                let (ck, c) = match index.tables.get(c.table) {
                    Some(ti)
                        if named_word
                            && pattern.is_none()
                            && !ti.columns.get(c.column).is_some_and(|ci| {
                                ci.words.iter().any(|w| w == "name" || w == "titl")
                            }) =>
                    {
                        match ti.label.as_slice() {
                            [l] => (
                                usize::MAX,
                                ColId {
                                    table: c.table,
                                    column: *l,
                                },
                            ),
                            _ => (ck, c),
                        }
                    }
                    _ => (ck, c),
                };
                let c = match pattern {
                    Some(_) if ck != usize::MAX => own_name_of_subject(&cx, &resolved, ck, c),
                    _ => c,
                };
                if ck != usize::MAX {
                    roles[ck] = Some(Role::Filter);
                } else if continued.is_none() {
                    // "after '2031-04-02 10:00'" with no date column named: equating a name
                    // with a moment answers nothing; the comparison belonged to a date.
                    let dated = index.col(&c).is_some_and(|ci| {
                        matches!(
                            ci.class,
                            TypeClass::Date | TypeClass::Time | TypeClass::Timestamp
                        )
                    });
                    if pattern.is_none() && !dated && looks_like_date(text) {
                        return Err("a date compared with a column that holds no dates".into());
                    }
                    cx.pen("literal_label_col", 1.0);
                }
                // A continued pattern leaves its "or" to join the two conditions.
                if let Some(b) = before.filter(|_| continued.is_none()) {
                    cx.mark(b, 1);
                    if let Some(x) = cx.prev_word(b) {
                        if AFFIX_VERBS.contains(&cx.lw(x))
                            || cx.is(x, &["contain", "contains", "containing"])
                        {
                            cx.mark(x, 1);
                        }
                    }
                }
                match pattern {
                    Some(p) => {
                        let pre = if p.starts_with('%') { "%" } else { "" };
                        let post = if p.ends_with('%') { "%" } else { "" };
                        last_like = Some((k, c, pre.to_string(), post.to_string()));
                        // Where it sits, for splitting conditions around "or".
                        cmp_at.push((Cond::Like(c, p.clone(), neg), m.start));
                        filters.push((ck, Cond::Like(c, p, neg)));
                    }
                    None => value_conds.push((c, Lit::Str(text.clone()), neg, m.start)),
                }
                tables_ctx.insert(c.table);
            }
            Target::Number(num) => {
                let i = m.start;
                // A number a comparison took ("over 5"); another "5" elsewhere is its own.
                if taken.contains(&i) {
                    continue;
                }
                if cx.used_by_comparison(i) {
                    continue;
                }
                let b = before.map(|b| cx.lw(b).to_string()).unwrap_or_default();
                // "in March 2024", "before June 2023": a month of a year, over a date column
                // named just before, else the one date column of the tables in play.
                if let (Some(month), Some(at), Ok(y)) =
                    (month_number(&b), before, num.parse::<i32>())
                {
                    let dated = dated_column(index, mentions, &resolved, &roles, k, 5, &tables_ctx);
                    if let (Some((j, c)), true) = (dated, num.len() == 4) {
                        if j != usize::MAX {
                            roles[j] = Some(Role::Filter);
                        }
                        let cue = cx.prev_word(at).filter(|&p| p + 1 == at);
                        for (op, edge) in month_edges(cue.map_or("", |p| cx.lw(p)), y, month) {
                            let cond = Cond::Cmp(Expr::Col(c), op, Lit::Str(edge));
                            cmp_at.push((cond.clone(), m.start));
                            filters.push((usize::MAX, cond));
                        }
                        cx.mark(at, 1);
                        if let Some(p) = cue {
                            cx.mark(p, 1);
                        }
                        cx.pen("date_year", 1.0);
                        continue;
                    }
                }
                // "the youngest one among ...", "which one": a pronoun, not a number.
                if cx.lw(i) == "one"
                    && i > 0
                    && (MOST.contains(&cx.lw(i - 1))
                        || LEAST.contains(&cx.lw(i - 1))
                        || implied_superlative(cx.lw(i - 1)).is_some()
                        || cx.is(i - 1, &["which", "each", "every", "this", "that"]))
                {
                    cx.mark(i, 1);
                    continue;
                }
                if LIMIT_WORDS.contains(&b.as_str()) {
                    if let Ok(v) = num.parse::<u64>() {
                        limit = Some(v);
                        if let Some(b) = before {
                            cx.mark(b, 1);
                        }
                        continue;
                    }
                }
                // "the three X with the highest Y": a row limit.
                // "the three X ...", "three lowest prices": the number counts rows.
                let mut after_sup = m.end;
                while MOST.contains(&cx.lw(after_sup)) || LEAST.contains(&cx.lw(after_sup)) {
                    after_sup += 1;
                }
                let next_is_table = mentions.get(k + 1).is_some_and(|o| {
                    (o.start == m.end && matches!(o.target, Target::Table(_)))
                        || (o.start == after_sup && after_sup > m.end)
                });
                let has_sup = tokens
                    .iter()
                    .any(|t| MOST.contains(&t.lower.as_str()) || LEAST.contains(&t.lower.as_str()));
                if next_is_table && has_sup {
                    if let Ok(v) = num.parse::<u64>() {
                        limit = Some(v);
                        continue;
                    }
                }
                // "in 2005": a year column; "whose rank is 5" / "id 3": equality.
                let tight = (mentions.get(k.wrapping_sub(1)).map_or(m.start, |p| p.end)..m.start)
                    .all(|j| {
                        cx.is(
                            j,
                            &[
                                "is", "are", "was", "were", "equal", "equals", "to", "as", "of",
                                "=", "either", "not",
                            ],
                        )
                    });
                // "whose size is not 9": any other value.
                let not_at = (mentions.get(k.wrapping_sub(1)).map_or(m.start, |p| p.end)..m.start)
                    .find(|&j| cx.is(j, &["not"]));
                // "sized 8 or 9": a number right after "or" and another number's equality
                // filter is another value of the same column.
                let prev_eq = k.checked_sub(1).and_then(|p| {
                    let pm = &mentions[p];
                    if !matches!(pm.target, Target::Number(_))
                        || pm.end + 1 != m.start
                        || !cx.is(pm.end, &["or"])
                    {
                        return None;
                    }
                    cmp_at.iter().rev().find_map(|(c, at)| match c {
                        Cond::Cmp(Expr::Col(col), Op::Eq, Lit::Num(_)) if *at == pm.start => {
                            Some(*col)
                        }
                        _ => None,
                    })
                });
                if let Some(c) = prev_eq {
                    let cond = Cond::Cmp(Expr::Col(c), Op::Eq, Lit::Num(num.clone()));
                    cmp_at.push((cond.clone(), m.start));
                    filters.push((usize::MAX, cond));
                    continue;
                }
                // "the phone of tenant 10" where the column is `tenant_phone`: the words
                // that named a column of words end with its table's name, and the number
                // after them is that table's key, not a phone.
                if let Some(key) = column_mention_before(&cx, &resolved, k, &roles)
                    .filter(|&(ck, c)| {
                        let pm = &mentions[ck];
                        pm.end == m.start
                            && pm.end > pm.start + 1
                            && !numeric(index, c)
                            && index.tables.get(c.table).is_some_and(|t| {
                                t.words.last() == cx.tokens.get(pm.end - 1).map(|w| &w.stem)
                            })
                    })
                    .and_then(|(_, c)| table_key(index, c.table))
                    .filter(|&key| numeric(index, key))
                {
                    filters.push((
                        usize::MAX,
                        Cond::Cmp(Expr::Col(key), Op::Eq, Lit::Num(num.clone())),
                    ));
                    cx.pen("table_number_key", 1.0);
                    continue;
                }
                // "the names of 4 star hotels", "3 bedroom flats": a number, then a number
                // column of the rows named right after it, is that column's value; not a
                // value of the column before "of".
                if let Some((nk, c)) = mentions
                    .get(k + 1)
                    .filter(|o| o.start == m.end && roles[k + 1].is_none())
                    .and_then(|o| resolved[k + 1].map(|c| (o, c)))
                    .filter(|&(o, c)| {
                        numeric(index, c)
                            && !is_key(index, c)
                            && mentions.get(k + 2).is_some_and(|t| {
                                t.start == o.end
                                    && matches!(t.target, Target::Table(tt) if tt == c.table)
                            })
                    })
                    .map(|(_, c)| (k + 1, c))
                {
                    roles[nk] = Some(Role::Filter);
                    let cond = Cond::Cmp(Expr::Col(c), Op::Eq, Lit::Num(num.clone()));
                    cmp_at.push((cond.clone(), m.start));
                    filters.push((nk, cond));
                    continue;
                }
                if let Some((ck, c)) =
                    column_mention_before(&cx, &resolved, k, &roles).filter(|_| tight)
                {
                    roles[ck] = Some(Role::Filter);
                    let op = equality_or_not(&mut cx, not_at, &mut number_negations);
                    let cond = Cond::Cmp(Expr::Col(c), op, Lit::Num(num.clone()));
                    cmp_at.push((cond.clone(), m.start));
                    filters.push((ck, cond));
                    continue;
                }
                // "opened in 1990": a numeric column named right before "in" and a year.
                if let Some((pk, c)) = k
                    .checked_sub(1)
                    .filter(|&p| {
                        num.len() == 4
                            && b == "in"
                            && mentions[p].end + 1 == m.start
                            && roles[p].is_none()
                    })
                    .and_then(|p| resolved[p].map(|c| (p, c)))
                    .filter(|&(_, c)| numeric(index, c) && !is_key(index, c))
                {
                    roles[pk] = Some(Role::Filter);
                    if let Some(bi) = before {
                        cx.mark(bi, 1);
                    }
                    let cond = Cond::Cmp(Expr::Col(c), Op::Eq, Lit::Num(num.clone()));
                    cmp_at.push((cond.clone(), m.start));
                    filters.push((pk, cond));
                    continue;
                }
                // "courses with 1 credit": a numeric column named right after the number.
                if let Some((nk, c)) = mentions
                    .get(k + 1)
                    .filter(|o| o.start == m.end && roles[k + 1].is_none())
                    .and_then(|_| resolved[k + 1].map(|c| (k + 1, c)))
                    .filter(|&(_, c)| numeric(index, c) && !is_key(index, c))
                    .filter(|&(_, c)| {
                        // "3 doors and 5 doors": a second value of a column a number just had.
                        let again = matches!(b.as_str(), "and" | "or")
                            && filters.iter().any(|(_, f)| {
                                matches!(f, Cond::Cmp(Expr::Col(x), Op::Eq, Lit::Num(_)) if *x == c)
                            });
                        again
                            || matches!(
                                b.as_str(),
                                "with"
                                    | "worth"
                                    | "has"
                                    | "have"
                                    | "having"
                                    | "rated"
                                    | "gave"
                                    | "give"
                                    | "given"
                                    | "got"
                                    | "get"
                                    | "gets"
                                    | "received"
                                    | "receive"
                                    | "scored"
                                    | "earned"
                                    | "won"
                            )
                    })
                {
                    roles[nk] = Some(Role::Filter);
                    let cond = Cond::Cmp(Expr::Col(c), Op::Eq, Lit::Num(num.clone()));
                    cmp_at.push((cond.clone(), m.start));
                    filters.push((nk, cond));
                    continue;
                }
                // "sailors who are 40 years old": an age ("not 40 years old": another one).
                if years_old(&cx, m.end) {
                    if let Some(c) = implied_column(&cx, &tables_ctx, "age") {
                        cx.mark(m.end, 2);
                        for (j, o) in mentions.iter().enumerate() {
                            if o.start >= m.end && o.end <= m.end + 2 && roles[j].is_none() {
                                roles[j] = Some(Role::Filter);
                            }
                        }
                        let op = equality_or_not(&mut cx, not_at, &mut number_negations);
                        let cond = Cond::Cmp(Expr::Col(c), op, Lit::Num(num.clone()));
                        cmp_at.push((cond.clone(), m.start));
                        filters.push((usize::MAX, cond));
                        continue;
                    }
                }
                // "captain number 12", "the route numbered 40", "an insured value of 1": a
                // column, words saying the value is a number, then the number.
                if let Some((pk, c)) = k
                    .checked_sub(1)
                    .filter(|&p| {
                        let gap = mentions[p].end;
                        (gap + 1 == m.start || (gap + 2 == m.start && cx.is(gap + 1, &["of"])))
                            && cx.is(gap, &["number", "numbered", "no", "value"])
                            && roles[p].is_none()
                    })
                    .and_then(|p| resolved[p].map(|c| (p, c)))
                {
                    roles[pk] = Some(Role::Filter);
                    cx.mark(mentions[pk].end, m.start - mentions[pk].end);
                    let cond = Cond::Cmp(Expr::Col(c), Op::Eq, Lit::Num(num.clone()));
                    cmp_at.push((cond.clone(), m.start));
                    filters.push((pk, cond));
                    continue;
                }
                // "the trip with number 12": a table, then "number", then the number: the
                // table's number column, else its key.
                if let Some(c) = k
                    .checked_sub(1)
                    .and_then(|p| mentions.get(p))
                    .filter(|p| {
                        p.end < m.start
                            && cx.is(m.start - 1, &["number", "numbered", "no"])
                            && (p.end..m.start - 1).all(|j| cx.is(j, &["with", "the", "a"]))
                    })
                    .and_then(|p| match p.target {
                        Target::Table(t) => number_column(index, t),
                        _ => None,
                    })
                {
                    cx.mark(m.start - 1, 1);
                    let cond = Cond::Cmp(Expr::Col(c), Op::Eq, Lit::Num(num.clone()));
                    cmp_at.push((cond.clone(), m.start));
                    filters.push((usize::MAX, cond));
                    cx.pen("table_number_key", 1.0);
                    continue;
                }
                // "store 1": a table named right before the number, by its key.
                if let Some(key) = k
                    .checked_sub(1)
                    .and_then(|p| mentions.get(p))
                    .filter(|p| p.end == m.start)
                    .and_then(|p| match p.target {
                        Target::Table(t) => table_key(index, t),
                        _ => None,
                    })
                    .filter(|&c| numeric(index, c))
                {
                    filters.push((
                        usize::MAX,
                        Cond::Cmp(Expr::Col(key), Op::Eq, Lit::Num(num.clone())),
                    ));
                    cx.pen("table_number_key", 1.0);
                    continue;
                }
                // ("cars from 2024": a year column's value; "from" a date is a start.)
                if num.len() == 4 && b == "from" {
                    if let Some(c) =
                        year_column(&mut cx, &resolved, &named, &tables_ctx, m.start - 1)
                    {
                        let cond = Cond::Cmp(Expr::Col(c), Op::Eq, Lit::Num(num.clone()));
                        cmp_at.push((cond.clone(), m.start));
                        filters.push((usize::MAX, cond));
                        continue;
                    }
                }
                if num.len() == 4 && (b == "in" || b == "during" || b == "year") {
                    // "in the 1980s": the ten years from 1980, not the first of them.
                    let decade = num.ends_with('0') && tokens[i].text.ends_with('s');
                    if let Some(c) =
                        year_column(&mut cx, &resolved, &named, &tables_ctx, m.start - 1)
                    {
                        let cond = match num.parse::<i64>() {
                            Ok(y) if decade => Cond::Between(
                                Expr::Col(c),
                                Lit::Num(num.clone()),
                                Lit::Num((y + 9).to_string()),
                            ),
                            _ => Cond::Cmp(Expr::Col(c), Op::Eq, Lit::Num(num.clone())),
                        };
                        cmp_at.push((cond.clone(), m.start));
                        filters.push((usize::MAX, cond));
                        continue;
                    }
                    // "orders in 2023" over a date column: the year's range, written so that
                    // every dialect compares it (ISO text in SQLite, a date elsewhere). A date
                    // column named just before ("projects started in 2023" of a start and an
                    // end date) is the one; else the one date column of the tables in play.
                    let dated = dated_column(index, mentions, &resolved, &roles, k, 4, &tables_ctx);
                    if let (Some((j, c)), Ok(y)) = (dated, num.parse::<i64>()) {
                        if j != usize::MAX {
                            roles[j] = Some(Role::Filter);
                        }
                        let from = format!("{y:04}-01-01");
                        let to = format!("{:04}-01-01", y + if decade { 10 } else { 1 });
                        filters.push((usize::MAX, Cond::Cmp(Expr::Col(c), Op::Ge, Lit::Str(from))));
                        filters.push((usize::MAX, Cond::Cmp(Expr::Col(c), Op::Lt, Lit::Str(to))));
                        cx.pen("date_year", 1.0);
                        continue;
                    }
                }
                // "students in grades 11 and 12": a second number joined by "and" to one a
                // column was set equal to is another value of that column, either one.
                if i >= 2 && cx.is(i - 1, &["and"]) && !cx.used[i - 1] {
                    let prev = tokens[i - 2].lower.as_str();
                    let listed = filters.iter().position(|(_, f)| {
                        matches!(f, Cond::Cmp(Expr::Col(_), Op::Eq, Lit::Num(v)) if v.as_str() == prev)
                    });
                    if let Some(j) = listed {
                        let old = filters[j].1.clone();
                        if let Cond::Cmp(Expr::Col(c), _, first) = old.clone() {
                            let both = Cond::In(c, vec![first, Lit::Num(num.clone())]);
                            for (cond, _) in cmp_at.iter_mut().filter(|(x, _)| *x == old) {
                                *cond = both.clone();
                            }
                            filters[j].1 = both;
                            cx.mark(i - 1, 1);
                            continue;
                        }
                    }
                }
                cx.pen("number_unused", 1.0);
            }
            Target::Table(_) | Target::Column(_) => {}
        }
    }

    // ---- Role of each mention from the words right before it.
    let mut superlative_seen = false;
    let mut distinct_used_for_group = false;
    let mut extra_aggs: Vec<Expr> = Vec::new();
    let mut extra_projected: Vec<ColId> = Vec::new();
    // Columns shown in the place of mention `k` (a table listed among columns).
    let mut listed_in_place: Vec<(usize, ColId)> = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        if roles[k].is_some() {
            continue;
        }
        let before = cx.prev_word(m.start);
        let before2 = before.and_then(|b| cx.prev_word(b));
        match &m.target {
            Target::Column(_) => {
                let Some(col) = resolved[k] else { continue };
                // "sorted from the largest budget to the smallest": ordered by the column the
                // range names (once, though it may name it twice).
                if let Some((_, _, desc)) =
                    extreme_span.filter(|&(from, to, _)| m.start > from && m.end <= to)
                {
                    let first = (0..k).all(|j| {
                        resolved[j] != Some(col) || !matches!(roles[j], Some(Role::Order(_)))
                    });
                    roles[k] = Some(if first {
                        Role::Order(desc)
                    } else {
                        Role::Filter
                    });
                    continue;
                }
                // "the lowest order total": the cue sits before the qualifying table; "the
                // total maintenance cost" before a qualifying value, when an aggregate.
                let value_between = k > 0
                    && mentions[k - 1].end == m.start
                    && matches!(mentions[k - 1].target, Target::Value(_))
                    && numeric(index, col)
                    && cx
                        .prev_word(mentions[k - 1].start)
                        .is_some_and(|b| matches!(agg_word(cx.lw(b)), Some(Agg::Sum | Agg::Avg)));
                let (before, before2) = if k > 0
                    && mentions[k - 1].end == m.start
                    && (matches!(mentions[k - 1].target, Target::Table(_)) || value_between)
                {
                    let b = cx.prev_word(mentions[k - 1].start);
                    (b, b.and_then(|b| cx.prev_word(b)))
                } else {
                    (before, before2)
                };
                // "the total shelf capacity": one unexplained word between an aggregate
                // and its column; "the largest measured retreat": a participle between a
                // superlative and its column.
                let (before, before2) = match (before, before2) {
                    (Some(b), Some(b2))
                        if !cx.used[b]
                            && cx.mention_at(b).is_none()
                            && !FILLER.contains(&cx.lw(b))
                            && b + 1 == m.start
                            && b2 + 1 == b
                            && (matches!(agg_word(cx.lw(b2)), Some(Agg::Sum | Agg::Avg))
                                || (is_participle(cx.lw(b))
                                    && (MOST.contains(&cx.lw(b2))
                                        || LEAST.contains(&cx.lw(b2)))))
                            && numeric(index, col) =>
                    {
                        cx.mark(b, 1);
                        (Some(b2), cx.prev_word(b2))
                    }
                    other => other,
                };
                let bw = before.map(|b| cx.lw(b).to_string()).unwrap_or_default();
                // "for each genre description, how many shows ... in that genre": the words
                // point back at the group, they add nothing to it.
                if matches!(bw.as_str(), "that" | "this")
                    && before2.is_some_and(|x| cx.is(x, &["in", "of", "for", "from", "to"]))
                    && m.end == m.start + 1
                    && (0..k).any(|j| {
                        roles[j] == Some(Role::Group)
                            && resolved[j].is_some_and(|g| {
                                let Target::Column(cands) = &m.target else {
                                    return false;
                                };
                                cands.iter().any(|(c, _)| c.table == g.table)
                            })
                    })
                {
                    cx.mark(before2.unwrap_or(0), 2);
                    roles[k] = Some(Role::Filter);
                    continue;
                }
                // "for each city and status": a second grouping column.
                if k > 0
                    && roles[k - 1] == Some(Role::Group)
                    && (mentions[k - 1].end..m.start).all(|j| cx.is(j, &["and", ","]))
                {
                    cx.mark(mentions[k - 1].end, m.start - mentions[k - 1].end);
                    roles[k] = Some(Role::Group);
                    continue;
                }
                // "the average weight and height": an aggregate word before a list of
                // numeric columns applies to each of them. Left bare, the second column would
                // be shown beside the aggregate and so group it, which the question never
                // asked for. A word of its own ("the average weight and maximum height") or
                // a column that cannot be aggregated ("the average weight and name") ends
                // the list.
                if let Some(Some(Role::Agg(a))) = k.checked_sub(1).map(|j| roles[j]) {
                    let joined = m.start > mentions[k - 1].end
                        && (mentions[k - 1].end..m.start).all(|j| cx.is(j, &["and", ","]));
                    let prev_numeric = resolved[k - 1].is_some_and(|c| numeric(index, c));
                    if a != Agg::Count
                        && joined
                        && prev_numeric
                        && numeric(index, col)
                        && !is_key(index, col)
                    {
                        cx.mark(mentions[k - 1].end, m.start - mentions[k - 1].end);
                        roles[k] = Some(Role::Agg(a));
                        continue;
                    }
                }
                // "ordered by height and weight", "by wreck name, then diver name": a column
                // joined to a sort column (see `next_sort_column`) continues the order in the
                // same direction; left alone it would be shown. Not after a superlative. The
                // column's table may be named right before it ("then diver name").
                if let Some(Some(Role::Order(d))) = k.checked_sub(1).map(|j| roles[j]) {
                    if let Some(gap) = next_sort_column(&cx, k - 1, k) {
                        if !superlative_seen && limit.is_none() && resolved[k - 1].is_some() {
                            cx.mark(gap.start, gap.end - gap.start);
                            roles[k] = Some(Role::Order(d));
                            continue;
                        }
                    }
                }
                if let Some(j) = k.checked_sub(2).filter(|&j| {
                    matches!(roles[j], Some(Role::Order(_)))
                        && matches!(mentions[k - 1].target, Target::Table(t) if t == col.table)
                        && mentions[k - 1].end == m.start
                }) {
                    if let (Some(Role::Order(d)), Some(gap)) =
                        (roles[j], next_sort_column(&cx, j, k - 1))
                    {
                        if !superlative_seen && limit.is_none() && resolved[j].is_some() {
                            cx.mark(gap.start, m.start - gap.start);
                            roles[k] = Some(Role::Order(d));
                            continue;
                        }
                    }
                }
                // "the divers with the top 5 scores", "the top 3 shortest dives": the
                // column right after a row limit is what ranks the rows.
                let limit_word = {
                    let mut j = m.start;
                    while j > 0 && (MOST.contains(&cx.lw(j - 1)) || LEAST.contains(&cx.lw(j - 1))) {
                        j -= 1;
                    }
                    (j >= 2
                        && matches!(tokens[j - 1].kind, Kind::Number(_))
                        && LIMIT_WORDS.contains(&cx.lw(j - 2)))
                    .then(|| j - 2)
                };
                // (An aggregate over the top rows would need a subquery: "the total rate of
                // the top 2" is not a sum ordered by the rate.)
                if let Some(w) = limit_word.filter(|_| {
                    limit.is_some()
                        && !count
                        && !has_agg_word(&cx)
                        && order.is_empty()
                        && !superlative_seen
                        && numeric(index, col)
                        && !is_key(index, col)
                }) {
                    let least = cx.is(w, &["bottom", "lowest"])
                        || (w + 2..m.start).any(|j| LEAST.contains(&cx.lw(j)));
                    cx.mark(w + 2, m.start - (w + 2));
                    superlative_seen = true;
                    roles[k] = Some(Role::Order(!least));
                    continue;
                }
                let ordered_earlier = (0..m.start).any(|j| {
                    cx.is(
                        j,
                        &["order", "sort", "ordered", "sorted", "rank", "arrange"],
                    ) && cx.mention_at(j).is_none()
                });
                if bw == "by" && ordered_earlier {
                    if let Some(b) = before {
                        cx.mark(b, 1);
                    }
                    for j in 0..m.start {
                        if cx.is(
                            j,
                            &["order", "sort", "ordered", "sorted", "rank", "arrange"],
                        ) {
                            cx.mark(j, 1);
                        }
                    }
                    roles[k] = Some(Role::Order(desc_words));
                    continue;
                }
                // "the river names by survey year from newest to oldest".
                if bw == "by" && from_extreme_to_extreme(&cx, m.end).is_some() {
                    if let Some(b) = before {
                        cx.mark(b, 1);
                    }
                    roles[k] = Some(Role::Order(desc_words));
                    continue;
                }
                if bw == "by" && limit.is_some() {
                    // "top 5 products by price"
                    if let Some(b) = before {
                        cx.mark(b, 1);
                    }
                    let low = tokens.iter().any(|t| {
                        matches!(
                            t.lower.as_str(),
                            "bottom" | "lowest" | "least" | "fewest" | "cheapest"
                        )
                    });
                    // "the three largest orchards by area": the superlative before the rows
                    // is the direction of this order.
                    for j in 0..m.start {
                        if superlative_before_rows(&cx, j).is_some() {
                            cx.mark(j, 1);
                        }
                    }
                    roles[k] = Some(Role::Order(!low));
                    continue;
                }
                // "in order of X" (not "order all X by Y").
                let of_between =
                    before.is_some_and(|b| (b + 1..m.start).any(|j| cx.is(j, &["of"])));
                if bw == "order" && of_between {
                    if let Some(b) = before {
                        cx.mark(b, 1);
                    }
                    roles[k] = Some(Role::Order(desc_words));
                    continue;
                }
                // "grouped by X"
                if bw == "by" && before2.is_some_and(|b| cx.is(b, &["grouped", "group"])) {
                    cx.mark(before2.unwrap_or(0), 2);
                    roles[k] = Some(Role::Group);
                    continue;
                }
                // "ordered by X", "sorted by X", "in order of X"
                if bw == "by"
                    && before2.is_some_and(|b| {
                        cx.is(
                            b,
                            &[
                                "ordered", "sorted", "order", "sort", "ranked", "rank", "arranged",
                            ],
                        )
                    })
                {
                    cx.mark(before2.unwrap_or(0), 2);
                    roles[k] = Some(Role::Order(desc_words));
                    continue;
                }
                // "the two biggest lakes in terms of depth": ranked by that column, in
                // the direction of the superlative before it.
                // "the three largest orchards by area": the same, when the superlative stands
                // right before the rows' table.
                let by_after_ranked_rows = bw == "by"
                    && (0..m.start).any(|j| {
                        superlative_before_rows(&cx, j).is_some_and(|o| {
                            o.end + 1 == m.start
                                && matches!(o.target, Target::Table(t) if t == col.table)
                        })
                    });
                if ((bw == "terms" && before2.is_some_and(|b| cx.is(b, &["in"])))
                    || by_after_ranked_rows)
                    && !superlative_seen
                {
                    let sup = (0..m.start).find(|&j| {
                        !cx.used[j] && (MOST.contains(&cx.lw(j)) || LEAST.contains(&cx.lw(j)))
                    });
                    if let (Some(j), Some(b2)) = (sup, before2) {
                        cx.mark(j, 1);
                        if by_after_ranked_rows {
                            cx.mark(m.start - 1, 1);
                        } else {
                            cx.mark(b2, 3);
                        }
                        superlative_seen = true;
                        limit = limit.or(Some(1));
                        roles[k] = Some(Role::Order(MOST.contains(&cx.lw(j))));
                        continue;
                    }
                }
                if bw == "of" && before2.is_some_and(|b| cx.is(b, &["order"])) {
                    cx.mark(before2.unwrap_or(0), 2);
                    roles[k] = Some(Role::Order(desc_words));
                    continue;
                }
                // "the sum of kilograms picked across every shift": the rows summed over, one
                // group per row of the table would need no sum.
                if matches!(bw.as_str(), "each" | "every" | "all")
                    && before2.is_some_and(|x| cx.is(x, &["across", "over"]))
                    && is_key(index, col)
                    && has_agg_word(&cx)
                {
                    cx.mark(before2.unwrap_or(0), 2);
                    roles[k] = Some(Role::Filter);
                    cx.pen("group_own_table", 1.0);
                    continue;
                }
                // "the mean price per licence" of a `licence_price`: the words around "per"
                // name one column, not a grouping of it by itself.
                if bw == "per"
                    && k > 0
                    && resolved[k - 1] == Some(col)
                    && before.is_some_and(|b| mentions[k - 1].end == b)
                {
                    if let Some(b) = before {
                        cx.mark(b, 1);
                    }
                    roles[k] = Some(Role::Filter);
                    continue;
                }
                if matches!(bw.as_str(), "each" | "every") && !(count || has_agg_word(&cx)) {
                    if let Some(b) = before {
                        cx.mark(b, 1);
                    }
                }
                let for_different = groups_by_different(&cx, before, before2);
                if for_different && (count || has_agg_word(&cx)) {
                    distinct_used_for_group = true;
                }
                // "parcels delivered by couriers": "by" after a participle names who did it;
                // it does not group ("the total weight by courier" does).
                let passive_by = bw == "by"
                    && before.and_then(|b| b.checked_sub(1)).is_some_and(|v| {
                        let w = cx.lw(v);
                        w.len() > 4 && w.ends_with("ed") && cx.mention_at(v).is_none()
                    });
                if (matches!(bw.as_str(), "each" | "per" | "every")
                    || (bw == "by" && !passive_by)
                    || for_different)
                    && (count || has_agg_word(&cx))
                {
                    if let Some(b) = before {
                        cx.mark(b, 1);
                        if bw == "each" && before2.is_some_and(|x| cx.is(x, &["for", "in", "of"])) {
                            cx.mark(before2.unwrap_or(0), 1);
                        }
                    }
                    roles[k] = Some(Role::Group);
                    continue;
                }
                if let Some(b) = before {
                    let w = cx.lw(b).to_string();
                    let sup_ctx = before2.is_some_and(|x| {
                        cx.is(
                            x,
                            &[
                                "with", "has", "have", "having", "had", "whose", "by", "in", "of",
                                "the", "got", "gets", "get",
                            ],
                        )
                    }) || cx.is(b.saturating_sub(1), &["the"])
                        && cx.is(b.saturating_sub(2), &["with", "has", "have", "having"]);
                    // ("the lowest buyer budget": the buyers' own name between the cue and
                    // the column only says whose budget; it is no other thing asked about.)
                    let has_other = mentions[..k].iter().any(|o| {
                        let qualifier = o.end == m.start
                            && o.start > b
                            && agg_word(&w).is_some()
                            && matches!(o.target, Target::Table(t) if t == col.table);
                        !qualifier && matches!(o.target, Target::Table(_) | Target::Column(_))
                    });
                    // "the supplier with the most products" where "products" names a key: counted.
                    let key_of_other = is_key(index, col)
                        && mentions[..k].iter().enumerate().any(|(j, o)| {
                            matches!(o.target, Target::Table(t) if t != col.table)
                                || resolved[j].is_some_and(|c| c.table != col.table)
                        });
                    // "the shelf code with the most parcels" where "parcels" names `parcel_id`
                    // beside it: identifiers are counted, never ranked.
                    let plural = plural_word(&tokens[m.end - 1].lower);
                    // (A text key is counted per shown value below, as "most common" is.)
                    let counted_key = is_key(index, col)
                        && numeric(index, col)
                        && plural
                        && has_other
                        && (MOST.contains(&w.as_str()) || LEAST.contains(&w.as_str()))
                        && !cx.is(b, &["top", "first"]);
                    if (matches!(w.as_str(), "most" | "fewest" | "least") && key_of_other
                        || counted_key)
                        && !superlative_seen
                    {
                        cx.mark(b, 1);
                        superlative_seen = true;
                        order.push((count_rows(), MOST.contains(&w.as_str())));
                        having_table = having_table.or(Some(col.table));
                        limit = limit.or(Some(1));
                        roles[k] = Some(Role::Filter);
                        continue;
                    }
                    if matches!(w.as_str(), "most" | "fewest" | "least")
                        && !numeric(index, col)
                        && has_other
                        && mode.is_none()
                    {
                        // "the town with the most shops": counted, not compared.
                        cx.mark(b, 1);
                        mode = Some(w == "most");
                        roles[k] = Some(Role::Filter);
                        continue;
                    }
                    if MOST.contains(&w.as_str()) || LEAST.contains(&w.as_str()) {
                        // "When was the oldest pet born?": the oldest has the earliest date.
                        let by_age_on_a_date =
                            cx.is(b, &["oldest", "youngest"]) && is_date(index, col);
                        let desc = MOST.contains(&w.as_str()) != by_age_on_a_date;
                        // In a list of aggregates ("the highest, lowest and average fee") the
                        // word is one more aggregate.
                        // "the lowest and highest review star": two extremes said together
                        // are both aggregates, not one order.
                        let coordinated = cx
                            .prev_word(b)
                            .filter(|&x| cx.is(x, &["and", "or"]))
                            .and_then(|x| cx.prev_word(x))
                            .and_then(|x| agg_word(cx.lw(x)))
                            .is_some_and(|a| matches!(a, Agg::Max | Agg::Min))
                            && agg_word(&w).is_some();
                        let in_agg_list = coordinated
                            || roles[..k].iter().any(|r| matches!(r, Some(Role::Agg(_))));
                        // "the most costly book", "the highest paid doctor": a number column
                        // read as an adjective of its own table, named right after it.
                        let adjective = numeric(index, col)
                            && mentions.get(k + 1).is_some_and(|nx| {
                                nx.start == m.end
                                    && matches!(nx.target, Target::Table(t) if t == col.table)
                            });
                        // "the newest school" where `school` holds names: a superlative of
                        // time or age grades a date or number, never words.
                        let wrong_kind = implied_superlative(&w).is_some()
                            && !numeric(index, col)
                            && !is_date(index, col);
                        // "the established year of the newest campus": the words name the rows
                        // the question ranks; what it asks for was named before "of".
                        let names_the_ranked =
                            wrong_kind && has_other && b >= 2 && cx.at(b - 2, &["of", "the"]);
                        if names_the_ranked {
                            roles[k] = Some(Role::Filter);
                            continue;
                        }
                        // "Who has the highest hourly rate?": a person, not the rate.
                        let who_asks = cx.is(0, &["who", "whom"])
                            && index
                                .tables
                                .get(col.table)
                                .is_some_and(|ti| !ti.label.is_empty());
                        if (has_other || adjective || who_asks)
                            && !superlative_seen
                            && !in_agg_list
                            && !wrong_kind
                        {
                            if !sup_ctx {
                                cx.pen("sup_loose", 1.0);
                            }
                            cx.mark(b, 1);
                            superlative_seen = true;
                            roles[k] = Some(Role::Order(desc));
                            if limit.is_none() {
                                limit = Some(1);
                            }
                            continue;
                        }
                    }
                    // "the colour with the highest total weight", "the orchard with the
                    // highest average yield": ordered by the sum (or mean) per row of what is
                    // shown, not a maximum beside a sum.
                    let per_row_agg = agg_word(&w).filter(|a| matches!(a, Agg::Sum | Agg::Avg));
                    let sup_of_sum = per_row_agg
                        .is_some()
                        .then(|| cx.prev_word(b))
                        .flatten()
                        .filter(|&p| {
                            (MOST.contains(&cx.lw(p)) || LEAST.contains(&cx.lw(p)))
                                    && !cx.is(p, &["top"])
                                    // "the minimum, maximum, average weight" lists aggregates
                                    // (the commas are gone).
                                    && !(per_row_agg == Some(Agg::Avg)
                                        && cx.is(p, &["maximum", "max", "minimum", "min"]))
                        });
                    if let (Some(p), false, true) =
                        (sup_of_sum, superlative_seen, numeric(index, col))
                    {
                        cx.mark(p, 1);
                        cx.mark(b, 1);
                        superlative_seen = true;
                        order.push((
                            Expr::Agg {
                                agg: per_row_agg.unwrap_or(Agg::Sum),
                                col: Some(col),
                                distinct: false,
                            },
                            MOST.contains(&cx.lw(p)),
                        ));
                        having_table = having_table.or(Some(col.table));
                        limit = limit.or(Some(1));
                        roles[k] = Some(Role::Filter);
                        cx.pen("sup_of_sum", 1.0);
                        continue;
                    }
                    // "sorted by their total parcel weight", "in order of average mark": an
                    // order by the aggregate per row of what is shown, not one more column.
                    let order_cue = agg_word(&w)
                        .filter(|a| matches!(a, Agg::Sum | Agg::Avg))
                        .and_then(|_| ordered_by_at(&cx, b));
                    if let (Some(p), Some(a), true) = (order_cue, agg_word(&w), numeric(index, col))
                    {
                        cx.mark(b, 1);
                        cx.mark(p, 1);
                        for j in 0..p {
                            if cx.is(j, ORDER_VERBS) {
                                cx.mark(j, 1);
                            }
                        }
                        let expr = Expr::Agg {
                            agg: a,
                            col: Some(col),
                            distinct: false,
                        };
                        // "Top 3 vessels by total passengers": the top of a ranking is its
                        // largest.
                        let top_n = (1..n).any(|j| {
                            cx.is(j - 1, &["top", "highest", "largest", "best"])
                                && matches!(tokens[j].kind, Kind::Number(_))
                        });
                        order.push((expr, desc_words || (top_n && limit.is_some())));
                        // Nothing grouped yet: one group per row of what is shown.
                        if !roles.contains(&Some(Role::Group)) && group_tables.is_empty() {
                            having_table = having_table.or(Some(col.table));
                        }
                        roles[k] = Some(Role::Filter);
                        cx.pen("order_by_agg", 1.0);
                        continue;
                    }
                    if let Some(a) = agg_word(&w) {
                        cx.mark(b, 1);
                        // "the total and average amount": two aggregates of one column.
                        // "the average, maximum and minimum prices": a whole list of them.
                        let mut at = b;
                        // Found walking backwards; shown in the order they are said.
                        let listed_from = extra_aggs.len();
                        while let Some(x) = cx.prev_word(at) {
                            if cx.is(x, &["and", "or"]) {
                                at = x;
                                continue;
                            }
                            let Some(a2) = agg_word(cx.lw(x)) else { break };
                            cx.mark(x, 1);
                            for j in x..b {
                                if cx.is(j, &["and", "or"]) {
                                    cx.mark(j, 1);
                                }
                            }
                            extra_aggs.push(Expr::Agg {
                                agg: a2,
                                col: Some(col),
                                distinct: false,
                            });
                            at = x;
                        }
                        extra_aggs[listed_from..].reverse();
                        if a != Agg::Count
                            && !numeric(index, col)
                            && matches!(a, Agg::Sum | Agg::Avg)
                        {
                            cx.pen("agg_non_numeric", 1.0);
                        }
                        // A table's own "number" (`cabin_number` of the cabins) names a row,
                        // as a key does: "the total number of cabins" is no sum of it.
                        let own_number = index
                            .col(&col)
                            .is_some_and(|ci| ci.home && ci.own_words == ["number"]);
                        if matches!(a, Agg::Sum | Agg::Avg) && (is_key(index, col) || own_number) {
                            // A sum of identifiers means nothing: the words named something
                            // else ("the total number of kennels" read as `kenl_num`).
                            return Err("a sum or average of identifiers means nothing".into());
                        }
                        roles[k] = Some(Role::Agg(a));
                        continue;
                    }
                    if (w == "number" || w == "count") && count {
                        // "number of different X" -> COUNT(DISTINCT X)
                        count_col = Some(col);
                        roles[k] = Some(Role::Agg(Agg::Count));
                        continue;
                    }
                    let counted_here = w == "many"
                        || (matches!(w.as_str(), "different" | "distinct")
                            && cx
                                .prev_word(b)
                                .is_some_and(|p| cx.is(p, &["many", "number", "count"])));
                    if counted_here && count {
                        // "How many premium listeners": a column named right before its own
                        // table says which rows are counted (a condition whose value is not
                        // known), not a count of its values.
                        let before_its_table = w == "many"
                            && mentions.get(k + 1).is_some_and(|nx| {
                                nx.start == m.end
                                    && matches!(nx.target, Target::Table(t) if t == col.table)
                            });
                        if before_its_table {
                            return Err("a condition on a column the engine cannot read".into());
                        }
                        count_col = Some(col);
                        roles[k] = Some(Role::Agg(Agg::Count));
                        continue;
                    }
                }
                // "full names": the given and the family name together; so is a bare "names" of
                // people named in two columns ("the names of customers in Leeds").
                let full = m.start > 0 && cx.is(m.start - 1, &["full"]);
                let bare_name = m.end == m.start + 1
                    && cx.is(m.start, &["name", "names"])
                    && !mentions.iter().any(|o| o.end == m.start)
                    && index
                        .tables
                        .get(col.table)
                        .is_some_and(|ti| ti.label.len() == 2 && ti.label.contains(&col.column));
                if let (true, Some(ti)) = (full || bare_name, index.tables.get(col.table)) {
                    if let [f, l] = ti.label.as_slice() {
                        if full {
                            cx.mark(m.start - 1, 1);
                        }
                        extra_projected.push(ColId {
                            table: col.table,
                            column: *f,
                        });
                        extra_projected.push(ColId {
                            table: col.table,
                            column: *l,
                        });
                        roles[k] = Some(Role::Filter);
                        continue;
                    }
                }
                // "the county and province of all villages with ...": a plural column after
                // "of all", behind columns shown of the same rows, names those rows.
                let rows_named_by_column = k > 0
                    && roles[k - 1] == Some(Role::Project)
                    && resolved[k - 1].is_some_and(|p| p.table == col.table && p != col)
                    && plural_word(&tokens[m.end - 1].lower)
                    && mentions[k - 1].end + 2 <= m.start
                    && cx.at(mentions[k - 1].end, &["of", "all"])
                    && (mentions[k - 1].end + 2..m.start).all(|j| cx.is(j, &["the"]))
                    && attribute(index, col);
                if rows_named_by_column {
                    cx.mark(mentions[k - 1].end, m.start - mentions[k - 1].end);
                    roles[k] = Some(Role::Filter);
                    continue;
                }
                roles[k] = Some(Role::Project);
            }
            Target::Table(t) => {
                // "the band with the most alto singers": a value that qualifies the
                // counted rows sits between the superlative and their table.
                // (A sex word is read as its code further on.)
                let qualifier_start = match k.checked_sub(1).map(|j| &mentions[j]) {
                    Some(v) if v.end == m.start && matches!(v.target, Target::Value(_)) => {
                        Some(v.start)
                    }
                    // "the most corresponding counties": a word that only relates the rows
                    // to what is shown qualifies nothing.
                    _ => before.filter(|&b| {
                        b + 1 == m.start
                            && (sex_word(cx.lw(b)).is_some()
                                || cx.is(
                                    b,
                                    &["corresponding", "respective", "associated", "related"],
                                ))
                    }),
                };
                let (before, before2) = match qualifier_start.and_then(|q| cx.prev_word(q)) {
                    Some(b) if cx.is(b, &["most", "fewest", "least"]) => (Some(b), cx.prev_word(b)),
                    _ => (before, before2),
                };
                let bw = before.map(|b| cx.lw(b).to_string()).unwrap_or_default();
                // "the names of singers and the albums they sing on": a listed table is shown
                // by its name column.
                // "the names of players and their matching teams": the shown column
                // may sit before the table that owns it.
                let shown_before = k > 0
                    && (roles[k - 1] == Some(Role::Project)
                        || (k > 1
                            && matches!(mentions[k - 1].target, Target::Table(_))
                            && roles[k - 2] == Some(Role::Project)
                            && cx.is(mentions[k - 1].start.saturating_sub(1), &["of"])));
                let listed = shown_before
                    && mentions[k - 1].end < m.start
                    && (mentions[k - 1].end..m.start).all(|j| {
                        cx.is(
                            j,
                            &[
                                "and",
                                "the",
                                "their",
                                "its",
                                "of",
                                "corresponding",
                                "respective",
                            ],
                        )
                    })
                    && (mentions[k - 1].end..m.start).any(|j| cx.is(j, &["and"]));
                // "the rank, firm, and share price": a table named between commas in a
                // list of shown columns is one more item of the list.
                let comma_listed = shown_before
                    && mentions[k - 1].end == m.start
                    && tokens[m.start].after_comma
                    && m.end < n
                    && (tokens[m.end].after_comma || cx.is(m.end, &["and"]))
                    && mentions
                        .get(k + 1)
                        .is_some_and(|o| matches!(o.target, Target::Column(_)));
                if listed || comma_listed {
                    let label = index
                        .tables
                        .get(*t)
                        .map(|ti| ti.label.clone())
                        .unwrap_or_default();
                    if !label.is_empty() {
                        let cols = label.iter().map(|&c| ColId {
                            table: *t,
                            column: c,
                        });
                        // (Between commas it is shown where it is listed.)
                        if comma_listed {
                            listed_in_place.extend(cols.map(|c| (k, c)));
                        } else {
                            extra_projected.extend(cols);
                        }
                        cx.pen("listed_table", 1.0);
                    }
                }
                let for_different = groups_by_different(&cx, before, before2);
                if for_different && (count || has_agg_word(&cx)) {
                    distinct_used_for_group = true;
                }
                if matches!(bw.as_str(), "each" | "per" | "every")
                    || (for_different && (count || has_agg_word(&cx)))
                {
                    if let Some(b) = before {
                        cx.mark(b, 1);
                        if let Some(x) = before2.filter(|&x| cx.is(x, &["for", "in", "of"])) {
                            cx.mark(x, 1);
                        }
                    }
                    // "for each shop category": the table only qualifies its column right
                    // after it; the groups are that column's values.
                    let qualifies = mentions.get(k + 1).is_some_and(|o| {
                        o.start == m.end
                            && resolved[k + 1].is_some_and(|c| c.table == *t && !is_key(index, c))
                    });
                    if (count || has_agg_word(&cx)) && !qualifies {
                        group_tables.push(*t);
                    }
                    continue;
                }
                // "all wards with the number of nurses", "the clubs and how many members
                // they have": the rows listed before the count are its groups.
                if count && counts_other_table_after(&cx, k, *t) {
                    group_tables.push(*t);
                    continue;
                }
                if count
                    && count_target.is_none()
                    && matches!(
                        bw.as_str(),
                        "many" | "number" | "count" | "distinct" | "different"
                    )
                {
                    // "order items": the last of adjacent table names is the counted one.
                    // A plural ends the noun ("students play games": the students are
                    // counted; a modifier noun is singular, "order items").
                    let plural = |j: usize| {
                        let last = &tokens[mentions[j].end - 1];
                        last.lower.len() > 3
                            && last.lower.ends_with('s')
                            && !last.lower.ends_with("ss")
                            && last.lower != last.stem
                    };
                    let mut j = k;
                    while let Some(next) = mentions
                        .get(j + 1)
                        .filter(|o| o.start == mentions[j].end && !plural(j))
                    {
                        if let Target::Table(_) = next.target {
                            j += 1;
                        } else {
                            break;
                        }
                    }
                    count_target = match mentions[j].target {
                        Target::Table(t2) => Some(t2),
                        _ => Some(*t),
                    };
                    // "How many different room kinds?" where `room_kind` rows are keyed by
                    // something else: the kinds are its column named like the table.
                    if matches!(bw.as_str(), "distinct" | "different") && count_col.is_none() {
                        count_col = count_target.and_then(|t| own_name_label(index, t));
                    }
                }
                // "which X has the most Y": Y a table -> order by COUNT(*)
                // ("the most kiosks opened after 2000": a participle starts a clause about
                // the kiosks; it does not qualify them.)
                let qualifier = mentions.get(k + 1).is_some_and(|o| {
                    let participle = o.end == o.start + 1 && {
                        let w = cx.lw(o.start);
                        w.len() > 4 && w.ends_with("ed")
                    };
                    o.start == m.end && matches!(o.target, Target::Column(_)) && !participle
                });
                // "the oldest employee": an adjective that implies a column of the table itself.
                // (Time superlatives are placed elsewhere: "the newest X" is by its date.)
                let implied = match bw.as_str() {
                    "expensive" => Some(("price", true)),
                    w => implied_superlative(w).filter(|(word, _)| *word != "date"),
                };
                // "the most expensive", "the least expensive": the degree word before the
                // adjective is part of the superlative and sets its direction.
                let degree = before
                    .filter(|_| bw == "expensive")
                    .and_then(|b| b.checked_sub(1))
                    .filter(|&d| cx.is(d, &["most", "least"]));
                let implied = match (implied, degree) {
                    (Some((word, _)), Some(d)) => Some((word, cx.is(d, &["most"]))),
                    (i, _) => i,
                };
                if let (Some((word, desc)), false) = (implied, superlative_seen) {
                    let one: BTreeSet<usize> = [*t].into_iter().collect();
                    // "the tallest entrepreneur" where entrepreneurs refer to the people who
                    // keep the heights: the one table it refers to that has the column.
                    let referred: BTreeSet<usize> = index
                        .edges
                        .iter()
                        .filter(|e| e.from.table == *t && e.to.table != *t)
                        .filter(|e| sole_key(index, e.to))
                        .map(|e| e.to.table)
                        .collect();
                    let found = implied_measure(&cx, &one, word).or_else(|| {
                        only_column(index, &one, |c| c.words.iter().any(|w| w == word))
                            .is_none()
                            .then(|| implied_measure(&cx, &referred, word))
                            .flatten()
                    });
                    // "the oldest college" where colleges keep no age: the one founding
                    // year or date, the earliest first.
                    let founded = || founding_column(index, &one);
                    let (found, desc) = match found {
                        None if word == "age" => (founded(), !desc),
                        f => (f, desc),
                    };
                    if let Some(c) = found {
                        if let Some(b) = before {
                            cx.mark(b, 1);
                        }
                        if let Some(d) = degree {
                            cx.mark(d, 1);
                        }
                        superlative_seen = true;
                        order.push((Expr::Col(c), desc));
                        limit = limit.or(Some(1));
                    }
                    continue;
                }
                // "top N number of X" ranks as "the most X" does.
                let bw = if before.is_some_and(|b| top_n(&cx, b) && cx.is(b + 1, &["number"])) {
                    "most".to_string()
                } else {
                    bw
                };
                let quantity = matches!(
                    bw.as_str(),
                    "most"
                        | "fewest"
                        | "least"
                        | "largest"
                        | "biggest"
                        | "greatest"
                        | "highest"
                        | "smallest"
                        | "lowest"
                );
                if !qualifier && quantity {
                    // ("the names of the highest volcanoes": a size word right before the
                    // rows, with only their own name or key before it, counts nothing per
                    // name; "the ward code with the most nurses" does.)
                    let size_adjective = before.is_some_and(|b| b + 1 == m.start)
                        && !matches!(bw.as_str(), "most" | "fewest" | "least");
                    let own_label = |c: ColId| {
                        size_adjective
                            && c.table == *t
                            && (is_key(index, c)
                                || index
                                    .tables
                                    .get(*t)
                                    .is_some_and(|ti| ti.label.contains(&c.column)))
                    };
                    let has_other =
                        mentions[..k]
                            .iter()
                            .enumerate()
                            .any(|(j, o)| match &o.target {
                                Target::Table(_) => true,
                                Target::Column(c) => resolved[j]
                                    .or(c.first().map(|x| x.0))
                                    .is_some_and(|x| !own_label(x)),
                                _ => false,
                            });
                    // "the weight of the heaviest parcel": a size word on the rows whose own
                    // number is asked ranks them by that number, not by how many there are.
                    let own_number = (!matches!(bw.as_str(), "most" | "fewest" | "least"))
                        .then(|| {
                            mentions[..k].iter().rev().find_map(|o| match &o.target {
                                Target::Column(c) => c.first().map(|x| x.0),
                                _ => None,
                            })
                        })
                        .flatten()
                        .filter(|&c| c.table == *t && numeric(index, c) && !is_key(index, c))
                        // "the highest rainfall in April" where the rainfall table keeps a
                        // number per month: the month's column ranks.
                        .or_else(|| {
                            let o = mentions.get(k + 1)?;
                            let Target::Column(c) = &o.target else {
                                return None;
                            };
                            let c = c.first()?.0;
                            (!matches!(bw.as_str(), "most" | "fewest" | "least")
                                && o.start == m.end + 1
                                && cx.is(m.end, &["in", "for", "during"])
                                && c.table == *t
                                && numeric(index, c)
                                && !is_key(index, c))
                            .then_some(c)
                        });
                    if let (Some(c), false) = (own_number, superlative_seen) {
                        if let Some(b) = before {
                            cx.mark(b, 1);
                        }
                        superlative_seen = true;
                        order.push((
                            Expr::Col(c),
                            matches!(bw.as_str(), "largest" | "biggest" | "greatest" | "highest"),
                        ));
                        limit = limit.or(Some(1));
                        cx.pen("sup_own_number", 1.0);
                    } else if has_other && !superlative_seen {
                        if let Some(b) = before {
                            cx.mark(b, 1);
                        }
                        superlative_seen = true;
                        order.push((count_rows(), MOST.contains(&bw.as_str())));
                        having_table = having_table.or(Some(*t));
                        limit = limit.or(Some(1));
                    }
                }
            }
            _ => {}
        }
    }

    // "the city name": a name word right after a table means that table's name column(s).
    for m in mentions {
        let Target::Table(t) = m.target else { continue };
        if cx.is(m.end, &["name", "names"]) && !cx.used[m.end] {
            let label = index
                .tables
                .get(t)
                .map(|ti| ti.label.clone())
                .unwrap_or_default();
            if !label.is_empty() {
                cx.mark(m.end, 1);
                extra_projected.extend(label.iter().map(|&c| ColId {
                    table: t,
                    column: c,
                }));
            }
        }
    }
    // "Return the town and its population", "the depot and mileage of the van": a
    // table listed before "and (its) <shown column>" is asked for too, by its label, first as
    // it is said first. Only joining it in would drop half of what was asked.
    let mut listed_first: Vec<ColId> = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        let Target::Table(t) = m.target else { continue };
        let Some(next) = mentions.get(k + 1) else {
            continue;
        };
        let gap = m.end..next.start;
        let joined = gap.clone().any(|j| cx.is(j, &["and"]))
            && gap.clone().all(|j| cx.is(j, &["and", "its", "their"]));
        let owned = roles[k + 1] == Some(Role::Project) && resolved[k + 1].is_some();
        // Asked for: right after the command or "what is" ("the" between).
        let asked = cx.prev_word(m.start).is_some_and(|p| {
            cx.is(
                p,
                &[
                    "return", "show", "list", "give", "display", "find", "is", "are",
                ],
            )
        });
        if !(joined && owned && asked) {
            continue;
        }
        let label = index
            .tables
            .get(t)
            .map(|ti| ti.label.clone())
            .unwrap_or_default();
        let own = resolved[k + 1];
        if !label.is_empty()
            && label.iter().all(|&c| {
                Some(ColId {
                    table: t,
                    column: c,
                }) != own
            })
        {
            listed_first.extend(label.iter().map(|&c| ColId {
                table: t,
                column: c,
            }));
            for j in gap {
                cx.mark(j, 1);
            }
        }
    }
    // "male employees": the sex column's own code for it, when the tables in play have one.
    for (i, tok) in tokens.iter().enumerate() {
        if cx.used[i] {
            continue;
        }
        let Some(keys) = sex_word(&tok.lower) else {
            continue;
        };
        let hits: Vec<&crate::index::ValueHit> = keys
            .iter()
            .filter_map(|k| index.values.get(*k))
            .flatten()
            .filter(|h| tables_ctx.contains(&h.col.table))
            .collect();
        if let [h] = hits.as_slice() {
            cx.mark(i, 1);
            value_conds.push((h.col, Lit::Str(h.value.clone()), false, i));
        }
    }
    // "built the earliest", "renovated most recently": a time superlative right after a
    // column says the rows are ranked by that column.
    if let (true, false, Some((k, at, desc))) = (
        order.is_empty(),
        superlative_seen,
        superlative_after_column(&cx, &roles, &resolved),
    ) {
        roles[k] = Some(Role::Order(desc));
        cx.mark(at, 1);
        if cx.is(at.wrapping_sub(1), &["most"]) {
            cx.mark(at - 1, 1);
        }
        if cx.is(at + 1, &["time"]) {
            cx.mark(at + 1, 1);
        }
        superlative_seen = true;
        limit = limit.or(Some(1));
        cx.pen("sup_after_column", 1.0);
    }
    // ---- A superlative adjective nothing placed ("the shortest person", "the earliest
    // payment"): the column it implies among the tables in play.
    if order.is_empty() && !superlative_seen {
        // "the date when the first grievance was filed": the one time column the question
        // names is what orders; not when it asks for a sorted list ("filing dates from the
        // latest to the earliest", "sorted by date with the latest first").
        let sorting = tokens
            .iter()
            .any(|t| ORDER_VERBS.contains(&t.lower.as_str()) || t.lower == "from");
        let mut named_times: Vec<ColId> = resolved
            .iter()
            .flatten()
            .copied()
            .filter(|c| tables_ctx.contains(&c.table) && index.col(c).is_some_and(holds_a_time))
            .collect();
        named_times.sort_unstable();
        named_times.dedup();
        let said_time = match named_times[..] {
            [c] if !sorting => Some(c),
            _ => None,
        };
        for i in 0..n {
            if cx.used[i] {
                continue;
            }
            // "the first payment", "the last claim": a table named right after, in the order
            // of its date ("first name" is a column, not this).
            let table_next = || {
                cx.mention_at(i).is_none()
                    && cx
                        .mentions
                        .iter()
                        .any(|m| m.start == i + 1 && matches!(m.target, Target::Table(_)))
            };
            // "the most expensive", "the least costly", "opened most recently".
            let graded = match (i.checked_sub(1).map(|p| cx.lw(p)), cx.lw(i)) {
                (Some("most"), "expensive" | "costly") => Some(("price", true)),
                (Some("least"), "expensive" | "costly") => Some(("price", false)),
                (Some("most"), "recently" | "recent") => Some(("date", true)),
                (Some("the"), "first") if table_next() => Some(("date", false)),
                (Some("the"), "last") if table_next() => Some(("date", true)),
                // "the vessel that can carry the most passengers": the largest capacity.
                (Some("the"), "most" | "fewest" | "least")
                    if i >= 3 && cx.is(i - 3, &["can", "could"]) && cx.is(i - 2, HOLD_VERBS) =>
                {
                    Some(("capac", cx.is(i, &["most"])))
                }
                _ => None,
            };
            let Some((word, desc)) = graded.or_else(|| implied_superlative(cx.lw(i))) else {
                continue;
            };
            let by_word = if word == "date" {
                said_time
            } else {
                implied_measure(&cx, &tables_ctx, word)
            };
            // Age and time superlatives fall back on the one date column: the oldest is
            // the earliest born or founded.
            // Without one, a year column ("the newest boat" where boats keep a year).
            // An age is read off a birth date first, among several dates ("the oldest
            // employee" where employees keep a hire date and a date of birth).
            let col = by_word.or_else(|| {
                let birth = (word == "age")
                    .then(|| {
                        only_column(index, &tables_ctx, |c| {
                            matches!(c.class, TypeClass::Date | TypeClass::Timestamp)
                                && c.words.iter().any(|w| w == "birth")
                        })
                        // A year of birth, even one kept as text (`birth_year` = '1961').
                        .or_else(|| {
                            only_column(index, &tables_ctx, |c| {
                                c.words.iter().any(|w| w == "birth")
                                    && c.words.iter().any(|w| w == "year")
                                    && !c.is_key
                            })
                        })
                    })
                    .flatten();
                birth.or_else(|| {
                    matches!(word, "age" | "date")
                        .then(|| {
                            date_column(index, &tables_ctx)
                                .or_else(|| implied_column(&cx, &tables_ctx, "year"))
                                .or_else(|| start_date_column(index, &tables_ctx))
                                // "the newest school" where schools keep the year founded.
                                .or_else(|| founding_column(index, &tables_ctx))
                        })
                        .flatten()
                })
            });
            let Some(c) = col else { continue };
            let desc = if by_word.is_none() && word == "age" {
                !desc
            } else {
                desc
            };
            // "sorted by the year they were released, earliest first": the direction of an
            // order already asked for, not a second one.
            let ordered_at = (0..roles.len())
                .find(|&j| resolved[j] == Some(c) && matches!(roles[j], Some(Role::Order(_))));
            if let (Some(j), true) = (ordered_at, cx.is(i + 1, &["first"])) {
                roles[j] = Some(Role::Order(desc));
                for r in 0..roles.len() {
                    if r != j
                        && resolved[r] == Some(c)
                        && matches!(roles[r], None | Some(Role::Project))
                    {
                        roles[r] = Some(Role::Filter);
                    }
                }
                cx.mark(i, 2);
                break;
            }
            cx.mark(i, 1);
            if graded.is_some() {
                cx.mark(i - 1, 1);
            }
            // "names sorted by founding year, oldest first", "the newest station, going by
            // launch year": the column said after "by" is what ranks, not one more to show.
            for r in 0..roles.len() {
                let by_before = (mentions[r].start.saturating_sub(3)..mentions[r].start)
                    .any(|j| cx.is(j, &["by"]));
                if resolved[r] == Some(c)
                    && matches!(roles[r], None | Some(Role::Project))
                    && by_before
                {
                    roles[r] = Some(Role::Filter);
                }
            }
            order.push((Expr::Col(c), desc));
            // "most expensive first": an order for all the rows, not the one at its top.
            if cx.is(i + 1, &["first"]) && tokens.get(i + 2).is_none_or(|t| t.after_stop) {
                cx.mark(i + 1, 1);
            } else {
                limit = limit.or(Some(1));
            }
            cx.pen("sup_implied", 1.0);
            // "Who is the most recently hired vet?": the verb that named the date ranks the
            // person asked for; it is not what to show.
            let who_asks = cx.is(0, &["who", "whom"])
                && index
                    .tables
                    .get(c.table)
                    .is_some_and(|ti| !ti.label.is_empty());
            if who_asks && by_word == said_time {
                for (j, r) in resolved.iter().enumerate() {
                    if *r == Some(c) && matches!(roles[j], None | Some(Role::Project)) {
                        roles[j] = Some(Role::Filter);
                    }
                }
            }
            break;
        }
    }
    // ---- "loans not yet returned", "members with no email": a column of the subject's own
    // rows left empty, where no table or value follows to be absent.
    // "ingredients whose supplier country is missing": the column said to be empty.
    if let Some((k, from, said)) = column_said_missing(&cx, &resolved) {
        if let Some(c) = resolved[k] {
            filters.push((k, Cond::IsNull(c, false)));
            roles[k] = Some(Role::Filter);
            cx.mark(from, said);
            cx.pen("unset_column", 1.0);
        }
    }
    let unset = negated
        .filter(|ni| !number_negations.contains(ni))
        .and_then(|ni| Some((ni, unset_column(&cx, &resolved, &value_conds, &cmp_at, ni)?)));
    if let Some((ni, (k, cond, skipped))) = unset {
        filters.push((k, cond));
        roles[k] = Some(Role::Filter);
        cx.mark(ni, 1 + skipped);
        cx.pen("unset_column", 1.0);
        negated = None;
    } else if let Some((ni, (c, end))) = negated
        .filter(|ni| !number_negations.contains(ni))
        .and_then(|ni| Some((ni, assigned_to_nobody(&cx, ni)?)))
    {
        filters.push((usize::MAX, Cond::IsNull(c, false)));
        cx.mark(ni, end - ni);
        cx.pen("unset_column", 1.0);
        negated = None;
    }
    // ---- Negation: "X that have no Y" / "without Y" / "never Y" -> NOT IN over the FK.
    let mut not_in: Option<Cond> = None;
    // The negation word of "the X that do not have Y with Z" over one table (an EXCEPT).
    let mut except_from: Option<usize> = None;
    // A negation a filter already took ("whose size is not 9") says nothing more.
    if let Some(ni) = negated.filter(|ni| !number_negations.contains(ni)) {
        let mut neg_value = value_conds.iter().any(|v| v.2);
        // "members who did not borrow science books" where the subject lives in a related
        // table: the rows with no related row of that value, not the related rows of others.
        let mut value_absent: Option<usize> = None;
        let negs: Vec<usize> = (0..value_conds.len())
            .filter(|&j| value_conds[j].2 && value_conds[j].3 > ni)
            .collect();
        if let ([j], 1) = (negs.as_slice(), value_conds.iter().filter(|v| v.2).count()) {
            let vt = value_conds[*j].0.table;
            let subject = table_mention(mentions, |m| m.start < ni).or_else(|| {
                (0..mentions.len())
                    .filter(|&k| mentions[k].start < ni)
                    .filter_map(|k| resolved[k])
                    .map(|c| c.table)
                    .next()
            });
            if subject.is_some_and(|t| t != vt) {
                value_conds[*j].2 = false;
                neg_value = false;
                value_absent = Some(vt);
                cx.pen("negated_value_related", 1.0);
            }
        }
        if !neg_value {
            // The table named after the negation word is the one that must be absent ("Which
            // patrons have no bookings? Give their details.": not the subject named again).
            let named_before = table_mention(mentions, |m| m.start < ni);
            let absent = table_mention(mentions, |m| {
                m.start > ni && !matches!(m.target, Target::Table(t) if Some(t) == named_before)
            })
            .or(value_absent)
            .or_else(|| {
                // "except those whose weight is below 9": the table of what follows.
                value_conds
                    .iter()
                    .filter(|v| v.3 > ni)
                    .map(|v| v.0.table)
                    .chain(
                        cmp_at
                            .iter()
                            .filter(|(_, p)| *p > ni)
                            .flat_map(|(c, _)| cond_cols(c)),
                    )
                    .next()
            });
            let main = named_before.or_else(|| {
                resolved
                    .iter()
                    .flatten()
                    .map(|c| c.table)
                    .find(|t| Some(*t) != absent)
            });
            // What the clause after the negation says, past fillers and the main table's own
            // words ("ships with no repair" where every related table is named `ship_*`; both
            // references of "staff who do not shred any file" name the staff).
            let own: &[String] = main
                .and_then(|m| index.tables.get(m))
                .map_or(&[], |t| &t.words);
            let said_after: Vec<&str> = tokens[ni + 1..]
                .iter()
                .filter(|t| !FILLER.contains(&t.lower.as_str()))
                .map(|t| crate::lexicon::irregular_base(&t.lower).unwrap_or(t.stem.as_str()))
                .filter(|w| !own.iter().any(|o| o == w))
                .collect();
            // No table named after the negation: a table related to main whose name shares
            // a word with what follows ("never placed an order" -> client_purchases); of
            // several, the one named last ("pupils who don't play sports" where both
            // `plays_chess` and `sport_entries` share a word).
            let absent = absent.or_else(|| {
                let main = main?;
                let related: Vec<usize> = index
                    .edges
                    .iter()
                    .filter_map(|e| {
                        if e.from.table == main {
                            Some(e.to.table)
                        } else if e.to.table == main {
                            Some(e.from.table)
                        } else {
                            None
                        }
                    })
                    .filter(|&t| t != main)
                    .collect::<BTreeSet<usize>>()
                    .into_iter()
                    .collect();
                let named = named_last(index, &related, &said_after);
                if named.is_some() {
                    cx.pen("negation_guess", 1.0);
                }
                named
            });
            // "museums that have never lent an artwork" where loans keep a lending museum
            // and an artwork: the verb names the table whose rows are absent, the loans, not
            // the artworks a museum owns.
            let absent = match (main, absent) {
                (Some(main), Some(absent)) => {
                    let verb_ref: Vec<usize> = index
                        .edges
                        .iter()
                        .filter(|e| e.to.table == main && e.from.table != absent)
                        .filter(|e| e.from.table != main)
                        .filter(|e| {
                            index.col(&e.from).is_some_and(|ci| {
                                ci.words.iter().any(|w| {
                                    !own.contains(w)
                                        && w.len() >= 4
                                        && said_after.contains(&w.as_str())
                                        && !index.tables[absent].words.contains(w)
                                })
                            })
                        })
                        .filter(|e| {
                            index
                                .edges
                                .iter()
                                .any(|f| f.from.table == e.from.table && f.to.table == absent)
                        })
                        .map(|e| e.from.table)
                        .collect::<BTreeSet<usize>>()
                        .into_iter()
                        .collect();
                    match verb_ref.as_slice() {
                        [l] => {
                            cx.pen("negation_verb_table", 1.0);
                            Some(*l)
                        }
                        _ => Some(absent),
                    }
                }
                (_, absent) => absent,
            };
            match (main, absent) {
                (Some(main), Some(absent)) if main != absent => {
                    // The path from the absent table to the main one: the subquery walks it up
                    // to the table next to main ("products never ordered": through the items).
                    // Conditions named after the negation describe what is absent ("no order
                    // of type X", "no bill over 20"): they belong inside the subquery.
                    let moved_vals: Vec<usize> = (0..value_conds.len())
                        .filter(|&j| {
                            let v = &value_conds[j];
                            v.3 > ni && v.0.table != main && !v.2
                        })
                        .collect();
                    let moved_cmps: Vec<usize> = (0..filters.len())
                        .filter(|&j| {
                            let f = &filters[j].1;
                            cmp_at.iter().any(|(c, p)| c == f && *p > ni)
                                && cond_cols(f).iter().all(|&t| t != main)
                        })
                        .collect();
                    let mut extra: Vec<usize> = vec![main];
                    for &j in &moved_vals {
                        extra.push(value_conds[j].0.table);
                    }
                    for &j in &moved_cmps {
                        extra.extend(cond_cols(&filters[j].1));
                    }
                    let touches_main = |joins: &[(ColId, ColId)]| {
                        joins
                            .iter()
                            .filter(|(a, b)| a.table == main || b.table == main)
                            .count()
                    };
                    let wide = join_tree(index, absent, &extra)
                        .filter(|(_, j)| extra.len() > 1 && touches_main(j) == 1);
                    let moving = wide.is_some();
                    let Some((path, path_joins)) =
                        wide.or_else(|| join_tree(index, absent, &[main]))
                    else {
                        return Err("a negation over tables that are not related".into());
                    };
                    let Some(&(a, b)) = path_joins
                        .iter()
                        .find(|(a, b)| a.table == main || b.table == main)
                    else {
                        return Err("a negation over tables that are not related".into());
                    };
                    let (mine, mut theirs) = if a.table == main { (a, b) } else { (b, a) };
                    // "staff who do not shred any file" where a file keeps who approved and
                    // who shredded it: the reference the verb names.
                    // Only the words that tell two references apart.
                    let says = |a: &crate::index::ColInfo, b: &crate::index::ColInfo| {
                        a.words
                            .iter()
                            .any(|w| !b.words.contains(w) && said_after.contains(&w.as_str()))
                    };
                    let rivals: Vec<ColId> = index
                        .edges
                        .iter()
                        .filter_map(|e| e.other_end(mine))
                        .filter(|other| *other != theirs && other.table == theirs.table)
                        .collect();
                    let named_edge = rivals.iter().copied().find(|other| {
                        let (Some(o), Some(t)) = (index.col(other), index.col(&theirs)) else {
                            return false;
                        };
                        says(o, t) && !says(t, o)
                    });
                    // (The path may already run through the reference the verb names.)
                    let named_already = !rivals.is_empty()
                        && rivals.iter().all(|other| {
                            let (Some(o), Some(t)) = (index.col(other), index.col(&theirs)) else {
                                return false;
                            };
                            says(t, o) && !says(o, t)
                        });
                    if let Some(other) = named_edge {
                        theirs = other;
                    } else if !named_already {
                        // "ports from which no route departs" where a route keeps an origin
                        // and a destination port: nothing said picks the reference.
                        let other_refs = index
                            .edges
                            .iter()
                            .filter(|e| {
                                (e.to == mine && e.from.table == theirs.table && e.from != theirs)
                                    || (e.from == mine
                                        && e.to.table == theirs.table
                                        && e.to != theirs)
                            })
                            .count();
                        cx.pen("negation_either_link", other_refs as f32);
                    }
                    if path.len() > 2 {
                        cx.pen("negation_path", 1.0);
                        // "potters who never fired a kiln" reached through the studio a kiln
                        // belongs to or is lent to: a link further along the path that
                        // nothing said picks is as much a coin toss.
                        let coin_tosses = path_joins
                            .iter()
                            .filter(|(a, b)| a.table != main && b.table != main)
                            .filter(|(a, b)| links_between(index, a.table, b.table) > 1)
                            .count();
                        cx.pen("negation_either_link", coin_tosses as f32);
                    }
                    let mut sub_filters: Vec<Cond> = Vec::new();
                    if moving {
                        for &j in &moved_cmps {
                            sub_filters.push(filters[j].1.clone());
                        }
                        for &j in moved_cmps.iter().rev() {
                            filters.remove(j);
                        }
                        // Several values of one column: any of them ("no order of tea or
                        // coffee"); one related row cannot hold two values at once.
                        let mut by_col: Vec<(ColId, Vec<Lit>)> = Vec::new();
                        for &j in &moved_vals {
                            let (c, lit, _, _) = &value_conds[j];
                            match by_col.iter_mut().find(|(bc, _)| bc == c) {
                                Some((_, lits)) => lits.push(lit.clone()),
                                None => by_col.push((*c, vec![lit.clone()])),
                            }
                        }
                        for (c, lits) in by_col {
                            match lits.as_slice() {
                                [one] => {
                                    sub_filters.push(Cond::Cmp(Expr::Col(c), Op::Eq, one.clone()))
                                }
                                _ => {
                                    for &o in &or_at {
                                        cx.mark_or(o);
                                    }
                                    sub_filters.push(Cond::In(c, lits));
                                }
                            }
                        }
                        for &j in moved_vals.iter().rev() {
                            value_conds.remove(j);
                        }
                        if !sub_filters.is_empty() {
                            cx.pen("negation_filtered", 1.0);
                        }
                    }
                    not_in = Some(Cond::NotIn(
                        mine,
                        Box::new(Query {
                            select: vec![Expr::Col(theirs)],
                            tables: path.iter().copied().filter(|&t| t != main).collect(),
                            joins: path_joins
                                .iter()
                                .copied()
                                .filter(|(a, b)| a.table != main && b.table != main)
                                .collect(),
                            filters: sub_filters,
                            ..Query::default()
                        }),
                    ));
                    cx.mark(ni, 1);
                    // "teams that have robots but none with drive type SWV": the rows said to
                    // have some of the absent table before the negation keep having one.
                    // (A condition on them before the negation joins them already:
                    // "completed sailings but never a cancelled sailing".)
                    let had_before =
                        mentions.iter().any(|m| {
                            m.end <= ni && matches!(m.target, Target::Table(t) if t == absent)
                        }) && !value_conds.iter().any(|v| v.3 < ni && v.0.table == absent)
                            && !cmp_at
                                .iter()
                                .any(|(c, p)| *p < ni && cond_cols(c).contains(&absent));
                    if let (true, Some(Cond::NotIn(col, sub))) = (had_before, &not_in) {
                        if !sub.filters.is_empty() {
                            let mut any = (**sub).clone();
                            any.filters.clear();
                            filters.push((usize::MAX, Cond::InQuery(*col, Box::new(any))));
                            cx.pen("negation_after_having", 1.0);
                        }
                    }
                    // Everything named after the negation describes what is absent: it lives
                    // in the subquery only ("not supplied by any supplier").
                    let mut gone: BTreeSet<usize> = BTreeSet::new();
                    gone.insert(absent);
                    for (k, m) in mentions.iter().enumerate() {
                        if m.start < ni {
                            continue;
                        }
                        match m.target {
                            Target::Table(t) if t != main => {
                                gone.insert(t);
                                roles[k] = Some(Role::Filter);
                            }
                            Target::Column(_) if resolved[k].is_some_and(|c| c.table != main) => {
                                roles[k] = Some(Role::Filter);
                                // "countries that are not the nationality of any instructor":
                                // a column of the absent rows that no condition reads is
                                // compared with something the link does not say.
                                let read = match &not_in {
                                    Some(Cond::NotIn(_, sub)) => {
                                        sub.filters.iter().any(|f| cond_col(f) == resolved[k])
                                    }
                                    _ => true,
                                };
                                let categorical = resolved[k].is_some_and(|c| {
                                    attribute(index, c)
                                        && index.col(&c).is_some_and(|ci| {
                                            ci.has_values && ci.class == TypeClass::Text
                                        })
                                });
                                // (Said as a noun: "the nationality", "that city"; a verb
                                // such as "hosted" for `hosts` only tells what is absent.)
                                let noun = m.start > 0
                                    && cx.is(m.start - 1, &["the", "that", "same", "its", "their"]);
                                if !read && categorical && noun {
                                    return Err(
                                        "a column of what is absent that no condition reads".into(),
                                    );
                                }
                            }
                            _ => {}
                        }
                    }
                    for t in &gone {
                        named.remove(t);
                        tables_ctx.remove(t);
                        if having_table == Some(*t) {
                            having_table = None;
                        }
                    }
                }
                (m, Some(absent))
                    if m.is_none_or(|m| m == absent)
                        // "do not have a shop ...", "without a shop ...": the rows of a group
                        // that has none such ("not a member of X" is a plain <>).
                        && (cx.is(ni, &["without", "no", "except", "never"])
                            || (ni + 1..(ni + 5).min(n))
                                .any(|j| cx.is(j, &["have", "has", "had", "any"])))
                        && (value_conds
                            .iter()
                            .any(|v| v.3 > ni && v.0.table == absent && !v.2)
                            || cmp_at.iter().any(|(c, p)| {
                                *p > ni && cond_cols(c).iter().all(|&t| t == absent)
                            })) =>
                {
                    // "towns that do not have a shop opened after 1990": the rows of one
                    // table, minus those the conditions after the negation pick.
                    except_from = Some(ni);
                    cx.mark(ni, 1);
                }
                (m, Some(absent))
                    if m.is_none_or(|m| m == absent)
                        && value_conds
                            .iter()
                            .filter(|v| v.3 > ni && v.0.table == absent && !v.2)
                            .count()
                            == 1 =>
                {
                    // "shops not located in X", "buyers who did not pay by card": the row's
                    // own value is another one.
                    for v in value_conds.iter_mut() {
                        if v.3 > ni && v.0.table == absent {
                            v.2 = true;
                        }
                    }
                    cx.mark(ni, 1);
                    cx.pen("negation_own_value", 1.0);
                }
                (m, Some(absent))
                    if m.is_none_or(|m| m == absent)
                        && cmp_at.iter().any(|(c, p)| {
                            *p < ni
                                && cond_col(c).is_some_and(|col| {
                                    cmp_at
                                        .iter()
                                        .any(|(d, q)| *q > ni && cond_col(d) == Some(col))
                                })
                        }) =>
                {
                    // "cities that hosted a convention in 2018 but not in 2022": the rows the
                    // first condition picks, minus those the same column's second one picks.
                    except_from = Some(ni);
                    cx.mark(ni, 1);
                }
                _ => return Err("a negation the engine cannot place".into()),
            }
        }
        if neg_value {
            cx.mark(ni, 1);
        }
    }

    // "the total cost of all completed reservations" where `total_cost` is a column: the
    // column's own "total" is each row's; "of all" the rows asks for their sum.
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let Some(c) = resolved[k] else { continue };
        let totalled = index
            .col(&c)
            .is_some_and(|ci| ci.words.first().is_some_and(|w| w == "total") && numeric(index, c));
        if totalled
            && roles[k] == Some(Role::Project)
            && cx.is(m.end, &["of", "for"])
            && cx.is(m.end + 1, &["all"])
            && group.is_empty()
        {
            roles[k] = Some(Role::Agg(Agg::Sum));
            cx.mark(m.end + 1, 1);
        }
        // "the total value of delivered orders" where the column is just `total`: "total"
        // names it, and "value of" the rows asks for their sum, as "total" alone would.
        let own_word_total = m.end == m.start + 1
            && cx.is(m.start, &["total"])
            && index.col(&c).is_some_and(|ci| ci.words == ["total"]);
        if totalled
            && own_word_total
            && roles[k] == Some(Role::Project)
            && cx.is(m.end, &["value", "amount", "sum"])
            && cx.mention_at(m.end).is_none()
            && cx.is(m.end + 1, &["of", "for"])
            && group.is_empty()
        {
            roles[k] = Some(Role::Agg(Agg::Sum));
            cx.mark(m.end, 1);
        }
    }
    // ---- Assemble.
    let mut q = Query {
        distinct: false,
        ..Query::default()
    };
    // "the number of rooms" where `number_of_rooms` (or `storeys`) already holds a
    // number: shown as it is beside other columns, summed otherwise ("how many
    // lockers are there in X").
    if let Some(c) = count_col.filter(|&c| {
        // The column's name says it holds a number of things: a plural, "number of".
        let quantity = index.col(&c)
            .is_some_and(|ci| {
                (ci.compact.ends_with('s') && !ci.compact.ends_with("ss"))
                    || ci.words.iter().any(|w| w == "number" || w == "count" || w == "num")
            })
            // "the number of miles driven" for `miles_driven`: the question names the
            // column by a plural of one of its words.
            || (0..mentions.len())
                .filter(|&k| roles[k] == Some(Role::Agg(Agg::Count)) && resolved[k] == Some(c))
                .any(|k| {
                    let first = &tokens[mentions[k].start];
                    let w = first.lower.as_str();
                    w.len() > 3
                        && w.ends_with('s')
                        && !w.ends_with("ss")
                        && index.col(&c)
                            // A one-word column ("mentor", "level") is as likely a code
                            // as a quantity.
                            .is_some_and(|ci| ci.words.len() > 1 && ci.words.contains(&first.stem))
                });
        count
            && quantity
            && numeric(index, c)
            && !is_key(index, c)
            // "how many furniture components": the table named before the column is where
            // the number sits, not a second thing counted.
            && count_target.is_none_or(|t| t == c.table)
            && !distinct
    }) {
        if let Some(k) = (0..mentions.len())
            .find(|&k| roles[k] == Some(Role::Agg(Agg::Count)) && resolved[k] == Some(c))
        {
            // Beside other columns the number is shown as it is ("the name and number of
            // berths"), unless the question sums it.
            let others: Vec<ColId> = (0..mentions.len())
                .filter(|&j| roles[j] == Some(Role::Project))
                .filter_map(|j| resolved[j])
                .collect();
            // ("the top 3 ports by total number of berths" ranks rows; it sums nothing.)
            let summed = limit.is_none() && number_is_summed(&cx, c, &others);
            let listed_beside = !others.is_empty() && !summed;
            roles[k] = Some(if listed_beside {
                Role::Project
            } else {
                Role::Agg(Agg::Sum)
            });
            count = false;
            count_col = None;
            // "the total number of races rowed": the sum is said outright.
            let said_total = !listed_beside
                && (1..mentions[k].start)
                    .any(|i| cx.is(i - 1, &["total"]) && cx.is(i, &["number"]));
            if !said_total {
                cx.pen("count_of_number", 1.0);
            }
        }
    }
    // "the number of guests stranded" where `stranded` is a number column: the things named
    // before the participle are what the column counts, so counting its distinct values
    // answers nothing; whether the number is listed, summed or ranked is left unsaid.
    if let Some(c) = count_col.filter(|&c| !distinct && numeric(index, c) && !is_key(index, c)) {
        let counted_by_participle = (1..mentions.len()).any(|k| {
            roles[k] == Some(Role::Agg(Agg::Count))
                && resolved[k] == Some(c)
                && mentions[k].end - mentions[k].start == 1
                && mentions[k - 1].end == mentions[k].start
                && matches!(mentions[k - 1].target, Target::Table(_))
                && tokens[mentions[k].start].lower.len() > 4
                && tokens[mentions[k].start].lower.ends_with("ed")
        });
        if counted_by_participle {
            return Err("a count of a column that already holds the number".into());
        }
    }
    // "When was the campus with the most students opened?": the one time column named is
    // the answer; the rows it belongs to were named to pick them, not to be shown.
    if cx.is(0, &["when"]) {
        let timed = |c: ColId| {
            index.col(&c).is_some_and(|ci| {
                holds_a_time(ci)
                    || ci
                        .words
                        .iter()
                        .any(|w| FOUNDING_WORDS.contains(&w.as_str()))
            })
        };
        let shown: Vec<usize> = (0..mentions.len())
            .filter(|&k| roles[k] == Some(Role::Project))
            .collect();
        let times: Vec<usize> = shown
            .iter()
            .copied()
            .filter(|&k| resolved[k].is_some_and(timed))
            .collect();
        if let [t] = times[..] {
            for &k in &shown {
                if k != t {
                    roles[k] = None;
                }
            }
            cx.mark(0, 1);
            cx.pen("wh_column", 1.0);
        }
    }
    // More columns to show than the question lists: the ones named inside a later clause
    // ("the clerk who was hired last", "nurses who approved the transfer")
    // qualify the rows; they are not asked for.
    let listed = listed_items(&cx, commas, None);
    // ("the names of directors" is one item: "names" folds into the director column below.)
    let folded = names_of_columns(&cx, &roles, &resolved);
    let shown_ks: Vec<usize> = (0..mentions.len())
        .filter(|&k| matches!(roles[k], Some(Role::Project) | Some(Role::Agg(_))))
        .filter(|k| !folded.contains(k))
        .collect();
    if shown_ks.len() + usize::from(count) > listed {
        if let Some(&first) = shown_ks.first() {
            let clause = (mentions[first].end..n).find(|&j| {
                cx.is(
                    j,
                    &[
                        "who", "that", "which", "whose", "where", "when", "whom", "with", "by",
                        "in", "for", "from",
                    ],
                ) && cx.mention_at(j).is_none()
            });
            if let Some(b) = clause {
                let mut extra = shown_ks.len() + usize::from(count) - listed;
                for &k in shown_ks.iter().rev() {
                    if extra == 0 {
                        break;
                    }
                    if mentions[k].start > b && roles[k] == Some(Role::Project) {
                        roles[k] = None;
                        extra -= 1;
                        clause_dropped.push(k);
                    }
                }
            }
        }
    }
    // "parts that are delivered by vendor 2", "pupils who play tennis": a word of a clause
    // that only half names a column (`date_delivered`, `matches_played`) says what
    // the rows do; it is not a column asked for, however the list is counted.
    // (A ranking may rank by it: "the page that was viewed the most times".)
    let ranked = !order.is_empty() || limit.is_some() || mode.is_some();
    if let (Some(&first), false) = (shown_ks.first(), ranked) {
        let clause = (mentions[first].end..n)
            .find(|&j| cx.is(j, &["who", "that", "which", "whose"]) && cx.mention_at(j).is_none());
        for &k in &shown_ks {
            let m = &mentions[k];
            let weak_word = m.end - m.start == 1 && m.score < 0.7;
            // "parts delivered by vendor 3": a participle right after the table it
            // describes, before its preposition, opens the same kind of clause.
            let reduced = m.start > 0
                && tokens[m.start].lower.len() > 4
                && tokens[m.start].lower.ends_with("ed")
                && cx.is(
                    m.end,
                    &["by", "in", "at", "on", "from", "to", "with", "for"],
                )
                && mentions[..k]
                    .iter()
                    .any(|o| o.end == m.start && matches!(o.target, Target::Table(_)));
            let in_clause = clause.is_some_and(|b| m.start > b) || reduced;
            if in_clause && weak_word && roles[k] == Some(Role::Project) {
                roles[k] = None;
                clause_dropped.push(k);
            }
        }
    }
    // "What depots are located in X", "Which contact has opened the most tickets": a
    // participle after "are" or "has" says what the rows do; the thing asked for is the
    // subject named before it, not the column the verb resembles.
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let participle = m.end == m.start + 1
            && m.start > 0
            && tokens[m.start].lower.len() > 4
            && tokens[m.start].lower.ends_with("ed")
            && cx.is(
                m.start - 1,
                &["is", "are", "was", "were", "has", "have", "had"],
            );
        let subject_before = mentions[..k]
            .iter()
            .any(|o| matches!(o.target, Target::Table(_)));
        let others_shown = (0..mentions.len())
            .any(|j| j != k && matches!(roles[j], Some(Role::Project) | Some(Role::Agg(_))));
        if participle && subject_before && !others_shown && roles[k] == Some(Role::Project) {
            roles[k] = None;
            cx.pen("participle_col_dropped", 1.0);
        }
    }
    // "the maximum capacity across all shelters", "how many parcels were in lost state": a
    // column named after the aggregate, and not listed beside it, says which rows the
    // aggregate runs over; showing it would group by it.
    // A count per shown value ("kennels that hosted at least 2 pets", "the colour with the
    // most buyers") still needs the column.
    let per_value = !having.is_empty()
        || order_by_count
        || mode.is_some()
        || order.iter().any(|(e, _)| matches!(e, Expr::Agg { .. }));
    // A column of a clause of its own was dropped: "how many passengers are frequent flyers".
    let mut clause_emptied = false;
    let scoped = if per_value {
        Vec::new()
    } else {
        scope_mentions(&cx, &roles, count, count_at, extra_aggs.len())
    };
    for (k, clause) in scoped {
        roles[k] = None;
        // In a clause of its own ("members who are retired") the column likely held a
        // condition nothing read: a weaker reading than "of all shelters".
        if clause {
            cx.pen("agg_clause_dropped", 1.0);
            clause_emptied = true;
        } else {
            // Noted once the query is built: the final SQL may leave no other reading.
            scope_dropped.push(k);
        }
    }
    // "ordered by the number of berths" where `berths` holds that number: ordered by the
    // column, not by a count of rows.
    // "in order of the number of sheep sheared" where `sheared` holds it: the sheep are
    // what the column counts, not a table to join.
    if let Some((k, counted)) = order_by_count_at.and_then(|i| {
        let follows = |at: usize| at == i + 2 || (at == i + 3 && cx.is(i + 2, &["the"]));
        (0..mentions.len()).find_map(|k| {
            let m = &mentions[k];
            let fits = matches!(m.target, Target::Column(_))
                && resolved[k].is_some_and(|c| numeric(index, c) && !is_key(index, c))
                && matches!(roles[k], None | Some(Role::Project) | Some(Role::Agg(_)));
            let counted = k.checked_sub(1).and_then(|j| match mentions[j].target {
                Target::Table(t)
                    if follows(mentions[j].start)
                        && roles[j].is_none()
                        && (m.start == mentions[j].end
                            || (m.start == mentions[j].end + 1
                                && cx.is(mentions[j].end, &["they", "it", "who", "that"]))) =>
                {
                    Some(t)
                }
                _ => None,
            });
            (fits && (follows(m.start) || counted.is_some())).then_some((k, counted))
        })
    }) {
        roles[k] = Some(Role::Order(desc_words));
        order_by_count = false;
        cx.pen("order_by_number_col", 1.0);
        let named_once = |t: usize| {
            mentions
                .iter()
                .filter(|o| matches!(o.target, Target::Table(u) if u == t))
                .count()
                == 1
        };
        if let Some(t) = counted.filter(|&t| named_once(t)) {
            named.remove(&t);
        }
    }
    // "the names and sizes of the harbours" linked "harbours" to `harbour_id`: a word
    // that names the thing an identifier points at, beside other shown columns, says whose
    // columns they are; the identifier itself is not asked for.
    for k in entity_keys(&cx, &roles, &resolved) {
        roles[k] = None;
        // "the names of their home canals" where `home_canal_id` refers to the canals: the
        // names are the canals' own, reached through that reference.
        let Some(to) = resolved[k].and_then(|c| {
            index
                .edges
                .iter()
                .find(|e| e.from == c && e.to.table != c.table)
                .map(|e| e.to.table)
        }) else {
            cx.pen("entity_key_dropped", 1.0);
            continue;
        };
        let whose = k.checked_sub(1).filter(|&j| {
            mentions[j].end + 2 == mentions[k].start
                && cx.is(mentions[j].end, &["of"])
                && cx.is(mentions[j].end + 1, &["their", "its"])
                && roles[j] == Some(Role::Project)
        });
        let through = whose.and_then(|j| match &mentions[j].target {
            Target::Column(cands) => cands
                .iter()
                .find(|(c, _)| c.table == to)
                .map(|&(c, _)| (j, c)),
            _ => None,
        });
        match through {
            Some((j, c)) => {
                resolved[j] = Some(c);
                named.insert(to);
                tables_ctx.insert(to);
            }
            None => cx.pen("entity_key_dropped", 1.0),
        }
    }
    // "the names of the skippers" where `skipper` is a text column: the skippers' names are
    // that column, not some other table's `name`.
    for k in names_of_columns(&cx, &roles, &resolved) {
        roles[k] = None;
        cx.pen("name_of_column", 1.0);
    }
    // "the home port of the vessel" where `vessel` names a register's rows: the label named
    // after "of" says whose the shown column is; it is not asked for itself.
    for k in owner_labels(&cx, &roles, &resolved) {
        roles[k] = None;
        cx.pen("owner_label_dropped", 1.0);
    }
    let mut projected: Vec<ColId> = Vec::new();
    let mut aggs: Vec<Expr> = Vec::new();
    for (k, role) in roles.iter().enumerate() {
        for &(_, c) in listed_in_place.iter().filter(|(at, _)| *at == k) {
            if !projected.contains(&c) {
                projected.push(c);
            }
        }
        let Some(col) = resolved[k] else { continue };
        match role {
            Some(Role::Project) => {
                if !projected.contains(&col) {
                    projected.push(col);
                }
            }
            Some(Role::Agg(Agg::Count)) => {}
            Some(Role::Agg(a)) => aggs.push(Expr::Agg {
                agg: *a,
                col: Some(col),
                distinct: false,
            }),
            // "sorted by birth date, from oldest to youngest": the oldest were born
            // first, so an order by age words over a date or year runs the other way.
            Some(Role::Order(desc)) => {
                let by_birth_time = ordered_by_age == Some(true)
                    && (is_date(index, col)
                        || index.col(&col).is_some_and(|ci| {
                            ci.words
                                .iter()
                                .any(|w| w == "year" || w == "birth" || w == "dob")
                        }));
                order.push((Expr::Col(col), *desc != by_birth_time));
            }
            Some(Role::Group) => group.push(col),
            Some(Role::Filter) | None => {}
        }
    }
    // Grouped by the question's own "for each", "per", "by".
    let said_group = group.clone();
    aggs.splice(0..0, extra_aggs);
    // "the opening and closing times": "opening" shares the head of "closing times", so the
    // column that says "opening" where the linked one says "closing" is shown first.
    for (at, c, sibling) in shared_heads(&cx, &roles, &resolved) {
        if let Some(p) = projected.iter().position(|&x| x == c) {
            if !projected.contains(&sibling) {
                projected.insert(p, sibling);
                cx.mark(at, 1);
                cx.pen("shared_head", 1.0);
            }
        }
    }
    for c in extra_projected {
        if !projected.contains(&c) {
            projected.push(c);
        }
    }
    for (p, c) in listed_first.into_iter().enumerate() {
        if !projected.contains(&c) {
            projected.insert(p.min(projected.len()), c);
        }
    }
    // A column that a filter already uses is not shown again ("stores located in X").
    let filtered: Vec<ColId> = filters
        .iter()
        .filter_map(|(_, f)| cond_col(f))
        .chain(value_conds.iter().map(|v| v.0))
        .collect();
    // "the name and weight of pets whose name has an 'o'", "the name and height of
    // towers with height between 100 and 500": a pattern or a range does not give
    // the whole value, so a column listed beside others stays shown.
    // A range counts only when the column is named twice, listed and in the condition ("under
    // 9 years old" alone is the condition, not a column asked for).
    let named_again = |k: usize, c: ColId| {
        k != usize::MAX
            && (0..mentions.len())
                .any(|j| j != k && roles[j] == Some(Role::Project) && resolved[j] == Some(c))
    };
    // ("the full names of members whose last name begins with Mc": the two name columns
    // are asked for together, one item said as two columns.)
    let full_name_pair = projected.iter().any(|c| {
        crate::link::name_columns(index, c.table)
            .is_some_and(|(f, l)| projected.contains(&f) && projected.contains(&l))
    });
    let several = projected.len() > 1 && (listed >= projected.len() || full_name_pair);
    // "Show the name, role and birth date of the employee with name 'Ann'": a column listed
    // among others and named again by its own condition was asked for, echo or not.
    let listed_and_named = |c: ColId| {
        (0..mentions.len())
            .filter(|&j| resolved[j] == Some(c))
            .count()
            >= 2
            && (0..mentions.len())
                .any(|j| roles[j] == Some(Role::Project) && resolved[j] == Some(c))
    };
    let listed_before_table = |c: ColId| {
        (0..mentions.len()).any(|j| {
            roles[j] == Some(Role::Project)
                && resolved[j] == Some(c)
                && mentions[j + 1..]
                    .iter()
                    .any(|o| matches!(o.target, Target::Table(_)))
        })
    };
    let partly: Vec<ColId> = filters
        .iter()
        .filter_map(|(k, f)| match f {
            Cond::Like(c, _, false) => Some(*c),
            Cond::Between(Expr::Col(c), _, _) if named_again(*k, *c) => Some(*c),
            Cond::Cmp(Expr::Col(c), op, _) if *op != Op::Eq && named_again(*k, *c) => Some(*c),
            // "the names and ages of keepers older than 50": the cue implies the column
            // the list before the table asks for ("drivers who were hired in 2021 or later"
            // does not ask for the hiring date).
            Cond::Cmp(Expr::Col(c), op, _)
                if *op != Op::Eq && *k == usize::MAX && several && listed_before_table(*c) =>
            {
                Some(*c)
            }
            _ => None,
        })
        .chain(
            value_conds
                .iter()
                .filter(|v| !v.2 && several && listed_and_named(v.0))
                .map(|v| v.0),
        )
        .collect();
    // "the titles of books whose titles contain 'a'": when every shown column
    // is only partly given by its filter, the column is still the answer.
    let only_partly = !projected.is_empty() && projected.iter().all(|c| partly.contains(c));
    // (A row's own label is what a guess would show anyway; another column is a new reading.)
    let beyond_label = projected.iter().any(|c| {
        index
            .tables
            .get(c.table)
            .is_some_and(|t| !t.label.contains(&c.column))
    });
    if only_partly && !several && beyond_label {
        cx.pen("partly_filtered_shown", 1.0);
    }
    projected.retain(|c| !filtered.contains(c) || ((several || only_partly) && partly.contains(c)));
    if let Some((f, from)) = &sub_scope {
        scope_values(&mut filters, &mut value_conds, f, *from);
    }
    // "in Springfield, Ohio or in Dayton, Oregon": values of two columns in pairs, the pairs
    // joined by "or". Read as two IN lists they would also match Springfield, Oregon.
    let mut paired: Vec<&(ColId, Lit, bool, usize)> = value_conds.iter().collect();
    paired.sort_by_key(|v| v.3);
    if let [p1, p2, p3, p4] = paired.as_slice() {
        let alternating = p1.0 == p3.0
            && p2.0 == p4.0
            && p1.0 != p2.0
            && p1.0.table == p2.0.table
            && !(p1.2 || p2.2 || p3.2 || p4.2);
        if let ([o], true) = (or_at.as_slice(), alternating) {
            if p2.3 < *o && *o < p3.3 {
                let pair = |a: &(ColId, Lit, bool, usize), b: &(ColId, Lit, bool, usize)| {
                    vec![
                        Cond::Cmp(Expr::Col(a.0), Op::Eq, a.1.clone()),
                        Cond::Cmp(Expr::Col(b.0), Op::Eq, b.1.clone()),
                    ]
                };
                let any = Cond::AnyOf(vec![pair(p1, p2), pair(p3, p4)]);
                filters.push((usize::MAX, any));
                cx.mark_or(*o);
                value_conds.clear();
            }
        }
    }
    // Value filters: several values of one column joined by "or" become IN.
    let mut by_col: Vec<(ColId, Vec<Lit>, bool)> = Vec::new();
    for (c, lit, neg, _) in &value_conds {
        match by_col.iter_mut().find(|(bc, _, bn)| bc == c && bn == neg) {
            // "red cars whose colour is red": the same value twice is one condition.
            Some((_, lits, _)) if lits.contains(lit) => {}
            Some((_, lits, _)) => lits.push(lit.clone()),
            None => by_col.push((*c, vec![lit.clone()], *neg)),
        }
    }
    let mut set_rhs: Option<(SetOp, Cond)> = None;
    for (c, lits, neg) in by_col {
        let aggregated = count || !aggs.is_empty();
        if lits.len() == 2 && !neg && aggregated && set_word.is_none() && or_at.is_empty() {
            // "the average size of red and blue cars" where cars are only red or blue:
            // every value of the column listed means one row per value; some of them
            // ("red and green cars" among more colours), the rows with either.
            let listed: BTreeSet<&str> = lits
                .iter()
                .filter_map(|l| match l {
                    Lit::Str(v) => Some(v.as_str()),
                    Lit::Num(_) | Lit::YearStart(_) => None,
                })
                .collect();
            let all_values: BTreeSet<&str> = index
                .values
                .values()
                .flatten()
                .filter(|h| h.col == c)
                .map(|h| h.value.as_str())
                .collect();
            let every = all_values == listed;
            if every {
                group.push(c);
                cx.pen("group_by_listed_values", 1.0);
            } else {
                filters.push((usize::MAX, Cond::In(c, lits)));
                cx.pen("and_values_in", 1.0);
            }
            for j in 0..n {
                if cx.is(j, &["and"]) {
                    cx.mark(j, 1);
                }
            }
            continue;
        }
        if lits.len() == 1 {
            let op = if neg { Op::Ne } else { Op::Eq };
            filters.push((usize::MAX, Cond::Cmp(Expr::Col(c), op, lits[0].clone())));
        } else if let (Some((SetOp::Intersect, _)), false, 2) = (set_word, neg, lits.len()) {
            // "both A and B": rows of the projection that have A, intersected with B.
            filters.push((usize::MAX, Cond::Cmp(Expr::Col(c), Op::Eq, lits[0].clone())));
            set_rhs = Some((
                SetOp::Intersect,
                Cond::Cmp(Expr::Col(c), Op::Eq, lits[1].clone()),
            ));
        } else if !or_at.is_empty() && !neg {
            filters.push((usize::MAX, Cond::In(c, lits)));
            for &o in &or_at {
                cx.mark_or(o);
            }
        } else if !neg
            && lits.len() == 2
            && set_rhs.is_none()
            && !projected.is_empty()
            && projected.iter().all(|p| p.table != c.table)
        {
            // "students who play Canoeing and Kayaking": one row of the shown table with
            // both, through another table's rows: an intersection.
            filters.push((usize::MAX, Cond::Cmp(Expr::Col(c), Op::Eq, lits[0].clone())));
            set_rhs = Some((
                SetOp::Intersect,
                Cond::Cmp(Expr::Col(c), Op::Eq, lits[1].clone()),
            ));
            cx.pen("implied_both", 1.0);
        } else if !neg && lits.len() == 2 && except_from.is_some() {
            // "a Platinum passenger but no Bronze passenger": each value its own condition,
            // the second to take away.
            for lit in lits {
                filters.push((usize::MAX, Cond::Cmp(Expr::Col(c), Op::Eq, lit)));
            }
        } else if !neg
            && lits.len() == 2
            && set_rhs.is_none()
            && (0..n.saturating_sub(2))
                .filter(|&j| cx.at(j, &["at", "least", "one"]))
                .count()
                == 2
        {
            // "at least one port on the Rhine and at least one port on the Danube": rows of
            // each value, what both have in common.
            filters.push((usize::MAX, Cond::Cmp(Expr::Col(c), Op::Eq, lits[0].clone())));
            set_rhs = Some((
                SetOp::Intersect,
                Cond::Cmp(Expr::Col(c), Op::Eq, lits[1].clone()),
            ));
            cx.pen("implied_both", 1.0);
        } else {
            return Err("several values of one column without a clear connective".into());
        }
    }
    // "A but not B" on one column: the rows of the first value less those of the second.
    // Said with "but not" (or "except"), or, with no aggregate, as a value and a later one
    // said not to be ("recorded in Bendigo that never happened in Ballarat": as a condition
    // on one row the second would say nothing).
    let except_word = match set_word {
        Some((SetOp::Except, at)) => Some(Some(at)),
        None if aggs.is_empty() && !count => Some(None),
        _ => None,
    };
    if let (Some(at), [first, second]) = (except_word, value_conds.as_slice()) {
        if first.0 == second.0 && !first.2 && second.2 && (at.is_some() || first.3 < second.3) {
            let (c, lit) = (second.0, second.1.clone());
            filters.retain(|(_, f)| !matches!(f, Cond::Cmp(Expr::Col(d), Op::Ne, _) if *d == c));
            set_rhs = Some((SetOp::Except, Cond::Cmp(Expr::Col(c), Op::Eq, lit)));
            match at {
                Some(at) => cx.mark(at, 2),
                None => cx.pen("value_less_value", 1.0),
            }
        }
    }
    if let Some((SetOp::Intersect, at)) = set_word {
        if set_rhs.is_some() {
            cx.mark(at, 1);
        }
    }
    // ---- Conditions a set operation joins: "over 100 or under 50" (UNION), "with a
    // size over 100 and under 50" (one row cannot have both: INTERSECT).
    let mut split: Option<(SetOp, Vec<Cond>, Vec<Cond>)> = None;
    // Counts and other aggregates take "or" as one condition; a set operation of two
    // aggregates would be two rows.
    let plain_rows = aggs.is_empty() && !count && having.is_empty() && mode.is_none();
    if set_rhs.is_none() {
        let pos_of = |f: &Cond| -> Option<usize> {
            if let Some(p) = cmp_at.iter().find(|(c, _)| c == f).map(|x| x.1) {
                return Some(p);
            }
            match f {
                Cond::Cmp(Expr::Col(c), _, lit) => value_conds
                    .iter()
                    .find(|v| v.0 == *c && v.1 == *lit)
                    .map(|v| v.3),
                _ => None,
            }
        };
        let free_or: Vec<usize> = or_at.iter().copied().filter(|&o| !cx.used[o]).collect();
        if let Some(ni) = except_from.filter(|_| plain_rows) {
            let right: Vec<Cond> = filters
                .iter()
                .filter(|(_, f)| pos_of(f).is_some_and(|p| p > ni))
                .map(|(_, f)| f.clone())
                .collect();
            // "nationalities with keepers over 50 but none under 35": the rows taken away
            // are those the later conditions pick, not those both pick.
            let left: Vec<Cond> = filters
                .iter()
                .filter(|(_, f)| pos_of(f).is_some_and(|p| p < ni))
                .map(|(_, f)| f.clone())
                .collect();
            if !right.is_empty() {
                cx.pen("negation_except", 1.0);
                split = Some((SetOp::Except, left, right));
            }
        } else if let [o] = free_or.as_slice() {
            let left: Vec<Cond> = filters
                .iter()
                .filter(|(_, f)| pos_of(f).is_some_and(|p| p < *o))
                .map(|(_, f)| f.clone())
                .collect();
            let right: Vec<Cond> = filters
                .iter()
                .filter(|(_, f)| pos_of(f).is_some_and(|p| p > *o))
                .map(|(_, f)| f.clone())
                .collect();
            if !left.is_empty() && !right.is_empty() {
                cx.mark_or(*o);
                cx.pen("or_union", 1.0);
                split = Some((SetOp::Union, left, right));
            }
        } else if free_or.is_empty() && plain_rows {
            // Two ranges of one column that do not overlap.
            let bound = |f: &Cond| match f {
                Cond::Cmp(Expr::Col(c), op, Lit::Num(v)) => {
                    v.parse::<f64>().ok().map(|v| (*c, *op, v))
                }
                _ => None,
            };
            let cmps: Vec<(Cond, ColId, Op, f64)> = filters
                .iter()
                .filter_map(|(_, f)| bound(f).map(|(c, op, v)| (f.clone(), c, op, v)))
                .collect();
            'pairs: for (i, a) in cmps.iter().enumerate() {
                for b in &cmps[i + 1..] {
                    if a.1 != b.1 {
                        continue;
                    }
                    let disjoint = |lo: (Op, f64), hi: (Op, f64)| match (lo.0, hi.0) {
                        (Op::Gt, Op::Lt | Op::Le) | (Op::Ge, Op::Lt) => hi.1 <= lo.1,
                        (Op::Ge, Op::Le) => hi.1 < lo.1,
                        (Op::Eq, Op::Eq) => hi.1 != lo.1,
                        _ => false,
                    };
                    if disjoint((a.2, a.3), (b.2, b.3)) || disjoint((b.2, b.3), (a.2, a.3)) {
                        let both = (0..n).find(|&j| cx.is(j, &["both"]));
                        if let Some(j) = both {
                            cx.mark(j, 1);
                        }
                        cx.pen("disjoint_intersect", 1.0);
                        split = Some((SetOp::Intersect, vec![a.0.clone()], vec![b.0.clone()]));
                        break 'pairs;
                    }
                }
            }
        }
    }
    if except_from.is_some() && split.is_none() {
        return Err("a negation the engine cannot place".into());
    }
    if let Some(c) = not_in {
        filters.push((usize::MAX, c));
    }

    // "the emails of all buyers and sellers": one column of two tables named
    // side by side, each table's own column, put together (or, with "both", "shared",
    // "common", the values the two have in common).
    let mut pair_set: Option<(SetOp, Query)> = None;
    if filters.is_empty()
        && aggs.is_empty()
        && !count
        && group.is_empty()
        && group_tables.is_empty()
        && order.is_empty()
        && having.is_empty()
        && set_rhs.is_none()
        && split.is_none()
        && limit.is_none()
        && !projected.is_empty()
    {
        // The column, the first table and where its name ends, the second table, and
        // whether the column is asked "of" the tables ("the names of the coaches and
        // sponsors", the first table's part of the column's own mention or not).
        let shape = match mentions {
            [mc, m1, m2] if projected.len() == 1 => match m1.target {
                Target::Table(t1) => Some((mc, t1, m1.start, m1.end, m2)),
                _ => None,
            },
            // The second table's own label is on the shown list too; the pair replaces it.
            [mc, m2]
                if (mc.start..mc.end).any(|j| cx.is(j, &["of"]))
                    && match (&projected[..], &m2.target) {
                        ([_], _) => true,
                        ([_, c], Target::Table(t2)) => c.table == *t2,
                        _ => false,
                    } =>
            {
                Some((mc, projected[0].table, mc.end, mc.end, m2))
            }
            _ => None,
        };
        if let Some((mc, t1, t1_start, t1_end, m2)) = shape {
            let gap_ok = |a: usize, b: usize, words: &[&str]| (a..b).all(|j| cx.is(j, words));
            let pair = match (&mc.target, m2.target.clone()) {
                (Target::Column(cands), Target::Table(t2))
                    if t1 != t2
                        && gap_ok(
                            mc.end,
                            t1_start,
                            &[
                                "of", "the", "all", "by", "some", "for", "used", "both", "from",
                                "are", "is", "were", "was", "that", "number", "numbers", "shared",
                            ],
                        )
                        && gap_ok(t1_end, m2.start, &["and", "all", "the", "some", "by"])
                        && (t1_end..m2.start).any(|j| cx.is(j, &["and"])) =>
                {
                    Some((cands, t1, t2))
                }
                _ => None,
            };
            if let Some((cands, t1, t2)) = pair {
                let c0 = projected[0];
                let own = |c: ColId| -> Option<&Vec<String>> {
                    index
                        .tables
                        .get(c.table)?
                        .columns
                        .get(c.column)
                        .map(|ci| &ci.own_words)
                };
                let label_of = |t: usize| -> Option<ColId> {
                    match index.tables.get(t)?.label.as_slice() {
                        [l] => Some(ColId {
                            table: t,
                            column: *l,
                        }),
                        _ => None,
                    }
                };
                let best = cands.first().map_or(0.0, |c| c.1);
                let pick = |t: usize| -> Option<ColId> {
                    if c0.table == t {
                        return Some(c0);
                    }
                    if let Some(c) = cands.iter().find(|c| c.0.table == t && c.1 >= best - 0.1) {
                        return Some(c.0);
                    }
                    // The column that says the same of the other table ("seller_email"
                    // beside "buyer_email"), or both tables' names.
                    let words = own(c0).filter(|w| !w.is_empty())?;
                    let ti = index.tables.get(t)?;
                    let same: Vec<usize> = (0..ti.columns.len())
                        .filter(|&i| ti.columns[i].own_words == *words)
                        .collect();
                    match same.as_slice() {
                        [i] => Some(ColId {
                            table: t,
                            column: *i,
                        }),
                        _ if label_of(c0.table) == Some(c0) => label_of(t),
                        _ => None,
                    }
                };
                let common = tokens
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "both" | "shared" | "common"));
                // Without "both" or "all" the pair is unclear ("the labels used by
                // shelves and rooms" may mean either).
                let all = tokens
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "all" | "every" | "together"));
                // "the names of the tenants and landlords": the column "of" two tables is
                // each one's, listed together.
                let of_both = (mc.start..t1_start).any(|j| cx.is(j, &["of"]))
                    && gap_ok(mc.end, t1_start, &["of", "the"]);
                if let (Some(c1), Some(c2), true) = (pick(t1), pick(t2), common || all || of_both) {
                    for j in 0..n {
                        if cx.is(j, &["both", "shared", "common", "and", "some"]) {
                            cx.mark(j, 1);
                        }
                    }
                    projected = vec![c1];
                    named.remove(&t2);
                    cx.pen("table_pair_set", 1.0);
                    pair_set = Some((
                        if common {
                            SetOp::Intersect
                        } else {
                            SetOp::Union
                        },
                        Query {
                            select: vec![Expr::Col(c2)],
                            tables: vec![t2],
                            ..Query::default()
                        },
                    ));
                }
            }
        }
    }
    // Tables: the counted/named root first.
    let mut involved: Vec<usize> = Vec::new();
    let push = |v: &mut Vec<usize>, t: usize| {
        if !v.contains(&t) {
            v.push(t);
        }
    };
    if let Some(t) = count_target {
        push(&mut involved, t);
    }
    for m in mentions {
        if let Target::Table(t) = m.target {
            if named.contains(&t) {
                push(&mut involved, t);
            }
        }
    }
    for c in projected.iter().chain(group.iter()) {
        push(&mut involved, c.table);
    }
    for (_, f) in &filters {
        for c in cond_cols(f) {
            push(&mut involved, c);
        }
    }
    for e in aggs.iter().chain(order.iter().map(|(e, _)| e)) {
        if let Expr::Agg { col: Some(c), .. } | Expr::Col(c) = e {
            push(&mut involved, c.table);
        }
    }
    if let Some(c) = count_col {
        push(&mut involved, c.table);
    }
    if let Some(t) = having_table {
        push(&mut involved, t);
    }
    for &t in &group_tables {
        push(&mut involved, t);
    }
    let Some(&root) = involved.first() else {
        return Err("no table or column of the schema is mentioned".into());
    };

    // Group by a table: its key (and show its label).
    for &t in &group_tables {
        let key = table_key(index, t);
        let Some(key) = key else {
            return Err("grouping by a table without a key".into());
        };
        // "the kinds and average weights of each parcel" over the parcel table alone: one
        // row per parcel would need no average, so the shown columns are the groups.
        let own: Vec<ColId> = projected
            .iter()
            .copied()
            .filter(|c| c.table == t && !is_key(index, *c))
            .collect();
        if involved.len() == 1 && !own.is_empty() && own.len() == projected.len() {
            group.extend(own);
            cx.pen("group_by_shown", 1.0);
            continue;
        }
        // "the average fare for every route" over the route table alone: every
        // row, not one group per row.
        if involved == [t] && projected.is_empty() && !aggs.is_empty() {
            cx.pen("group_own_table", 1.0);
            continue;
        }
        // "the owner ids and the number of boats for each owner": a shown column that refers
        // to the table's key already names each group.
        let refers = |c: ColId| {
            index
                .edges
                .iter()
                .any(|e| (e.from == c && e.to == key) || (e.to == c && e.from == key))
        };
        if let Some(r) = projected
            .iter()
            .copied()
            .find(|&c| c.table != t && refers(c))
        {
            group.push(r);
            cx.pen("group_by_shown_ref", 1.0);
            continue;
        }
        group.push(key);
        let label = index
            .tables
            .get(t)
            .map(|ti| ti.label.clone())
            .unwrap_or_default();
        let shown: Vec<ColId> = if label.is_empty() {
            vec![key]
        } else {
            label
                .iter()
                .map(|&c| ColId {
                    table: t,
                    column: c,
                })
                .collect()
        };
        if !projected.iter().any(|c| c.table == t) {
            projected.extend(shown);
        }
    }
    // A key grouped by but not shown.
    let mut hidden_group_key: Option<ColId> = None;
    // "Which X has the most Y" / "X with more than 3 Y": count per X.
    if order_by_count && order.is_empty() {
        order.push((count_rows(), desc_words));
        if group.is_empty() && group_tables.is_empty() {
            // "orchard names in order of the number of trees": one group per orchard, not
            // per name, which two orchards may share.
            let labelled = match projected.as_slice() {
                [first, ..] => {
                    projected.iter().all(|c| c.table == first.table)
                        && projected.iter().any(|c| {
                            index
                                .tables
                                .get(c.table)
                                .is_some_and(|t| t.label.contains(&c.column))
                        })
                }
                [] => false,
            };
            hidden_group_key = projected
                .first()
                .filter(|_| labelled)
                .and_then(|c| index.sole_key(c.table))
                .filter(|k| !projected.contains(k));
            // "wards sorted by the count of nurses", nothing shown yet: one group
            // per row of the table named before the count (its label is shown later).
            if projected.is_empty() {
                hidden_group_key = order_by_count_at
                    .and_then(|at| table_mention(mentions, |m| m.end <= at))
                    .and_then(|t| index.sole_key(t));
            }
            group.extend(projected.iter().copied());
            cx.pen("order_by_count", 1.0);
        }
    }
    let per_row_count = having_table.is_some()
        && (!having.is_empty() || order.iter().any(|(e, _)| matches!(e, Expr::Agg { .. })));
    // "Which cities have at least two customers?": counted per a shown column of the
    // counted table itself.
    let own_columns: Vec<ColId> = projected
        .iter()
        .copied()
        .filter(|c| Some(c.table) == having_table)
        .collect();
    if per_row_count && group.is_empty() && having_table == Some(root) && !own_columns.is_empty() {
        // One shown attribute (neither key nor name) of the counted table, read alone, leaves
        // no other grouping: a count per row of that table would be 1 each. Several shown
        // columns (per combination or per row?), a name (per name or per row?) or another
        // table in the query (per its rows?) keep the doubt.
        let settled = involved.len() == 1
            && matches!(projected[..], [c] if own_columns == [c] && attribute(index, c));
        group.extend(own_columns);
        if !settled {
            cx.pen("group_by_shown", 1.0);
        }
    }
    if per_row_count && group.is_empty() {
        // "the station whose ambulances have the most dispatches": counted per row of what
        // "whose" hands the rows from, not per row of the rows it hands on.
        let whose_owner = mentions.iter().enumerate().find_map(|(j, m)| {
            let hands_on = cx.is(m.end, &["whose"])
                && mentions
                    .get(j + 1)
                    .is_some_and(|n| n.start == m.end + 1 && matches!(n.target, Target::Table(_)));
            if !hands_on {
                return None;
            }
            match &m.target {
                Target::Table(t) => Some(*t),
                Target::Column(_) => resolved.get(j).copied().flatten().map(|c| c.table),
                _ => None,
            }
        });
        let anchor = whose_owner
            .filter(|t| involved.contains(t) && Some(*t) != having_table)
            .or_else(|| involved.iter().copied().find(|&t| Some(t) != having_table))
            .unwrap_or(root);
        // "the policy type most customers choose": per shown attribute (a type, a code), not
        // per row of its table; a name or a key still means one group per row.
        let label: &[usize] = index.tables.get(anchor).map_or(&[], |t| &t.label);
        let shown: Vec<ColId> = projected
            .iter()
            .copied()
            .filter(|c| c.table == anchor)
            .collect();
        // Several shown attributes ("the length and weight of the pet") describe one row
        // each: counted per row, not per combination of values.
        // "Which office does the tutor who gives the most lessons work in?": the table the
        // counting clause describes is what is counted per, whatever is shown.
        let clause_subject = mentions.iter().any(|m| {
            matches!(m.target, Target::Table(t) if t == anchor) && cx.is(m.end, &["who", "that"])
        });
        let attributes = shown.len() == 1
            && !clause_subject
            && shown
                .iter()
                .all(|c| !is_key(index, *c) && !label.contains(&c.column));
        // A table without a primary key of its own has no rows to count per: its identifier
        // may be the very reference to what is counted ("the dance with the most pupils"
        // where sign-up rows keep `pupil_id`), so the shown column names the groups.
        let keyless = index.sole_key(anchor).is_none() && !shown.is_empty();
        match table_key(index, anchor) {
            _ if attributes || keyless => {
                group.extend(shown);
                cx.pen("group_by_shown", 1.0);
            }
            Some(k) => group.push(k),
            None => return Err("counting per row of a table without a key".into()),
        }
        if having_table == Some(root) && involved.len() == 1 {
            return Err("counting a table per its own rows".into());
        }
    }

    // "Find the customer who opened an account most recently", "In May, which town has the
    // highest rainfall": the rows the question asks for are the ranked table's subject; the
    // column that ranks them is not what is asked, though a word named it.
    let subject = mentions
        .iter()
        .position(|m| matches!(m.target, Target::Table(_)))
        .and_then(|k| {
            let m = &mentions[k];
            let Target::Table(t) = m.target else {
                return None;
            };
            let asked = m.start > 0
                && (cx.is(m.start - 1, &["which", "what"])
                    || (m.start > 1
                        && cx.is(m.start - 1, &["the"])
                        && cx.is(
                            m.start - 2,
                            &["find", "show", "list", "give", "return", "name"],
                        )));
            asked.then_some(t)
        });
    if let Some(t) = subject {
        let ranked_only = !projected.is_empty()
            && limit == Some(1)
            && aggs.is_empty()
            && !count
            && group.is_empty()
            && projected
                .iter()
                .all(|c| c.table != t && order.iter().any(|(e, _)| *e == Expr::Col(*c)));
        let label = index
            .tables
            .get(t)
            .map(|ti| ti.label.clone())
            .unwrap_or_default();
        if ranked_only && !label.is_empty() {
            projected = label
                .into_iter()
                .map(|column| ColId { table: t, column })
                .collect();
            cx.pen("label_guess_wh", 1.0);
        }
    }
    // Projection defaults.
    let no_agg = aggs.is_empty() && !count;
    // "show customers" and nothing else: every other word is filler or already explained.
    let nothing_else = tokens
        .iter()
        .enumerate()
        .skip(1)
        .all(|(i, t)| cx.used[i] || FILLER.contains(&t.lower.as_str()));
    // "Which house has the highest average mark, and what is it?": the rows
    // the question opens with are asked for too, beside the aggregate asked for after them.
    if projected.is_empty() && !aggs.is_empty() && cx.is(0, &["which"]) {
        let opener = mentions.first().and_then(|m| match m.target {
            Target::Table(t) if m.start == 1 => Some(t),
            _ => None,
        });
        if let Some(t) = opener.filter(|&t| table_key(index, t).is_some_and(|k| group.contains(&k)))
        {
            let label = index
                .tables
                .get(t)
                .map(|ti| ti.label.clone())
                .unwrap_or_default();
            projected.extend(label.into_iter().map(|column| ColId { table: t, column }));
            cx.pen("label_guess_wh", 1.0);
        }
    }
    if projected.is_empty() && no_agg {
        let t = if per_row_count {
            involved
                .iter()
                .copied()
                .find(|&t| Some(t) != having_table)
                .unwrap_or(root)
        } else {
            root
        };
        let label = index
            .tables
            .get(t)
            .map(|ti| ti.label.clone())
            .unwrap_or_default();
        let everything = tokens.iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "information" | "info" | "details" | "everything" | "columns" | "attributes"
            )
        });
        // "Show all orders" asks for every row, "show orders" for a look at them: only the
        // second is cut to a preview (the service caps what it returns either way, and says
        // so).
        let all_said = tokens
            .iter()
            .any(|t| matches!(t.lower.as_str(), "all" | "every" | "entire"));
        if everything || (label.is_empty() && order.is_empty() && filters.is_empty()) {
            // SELECT *: "show customers", "all information about ..."
            q.select.clear();
            if !everything {
                let bare = group.is_empty() && having.is_empty() && limit.is_none();
                let command = cx.is(0, &["show", "list", "display", "give"]) && nothing_else;
                cx.pen(
                    if bare && command {
                        "bare_list"
                    } else {
                        "select_star_guess"
                    },
                    1.0,
                );
                if group.is_empty() && having.is_empty() && !all_said {
                    q.limit = Some(PREVIEW_ROWS);
                }
            }
        } else if let Some(c) = order
            .first()
            .filter(|_| label.is_empty() && order.len() == 1 && limit == Some(1))
            .and_then(|(e, _)| match e {
                Expr::Col(c) if c.table == t => Some(*c),
                _ => None,
            })
        {
            // "What is the largest parcel weight?": the table's one ranked number is the
            // answer.
            projected.push(c);
            cx.pen("sup_col_shown", 1.0);
        } else if label.is_empty() {
            // "orders from France": the rows of the table asked about.
            q.select.push(Expr::AllOf(t));
            cx.pen("allof_guess", 1.0);
        } else {
            let bare =
                filters.is_empty() && order.is_empty() && group.is_empty() && limit.is_none();
            let command = cx.is(0, &["show", "list", "display", "give"]) && nothing_else;
            // A label that is a column named just like its table (`roomkind` in `room_kind`)
            // is the thing the table lists, not a name beside other facts: "show all room
            // kinds" asks for its values (a set: the table is keyed by something else, so
            // they may repeat), not for every column.
            let own_name = own_name_label(index, t).is_some();
            if bare && command && own_name {
                projected.push(ColId {
                    table: t,
                    column: label[0],
                });
                q.distinct = true;
                cx.pen("bare_list", 1.0);
            } else if bare && command {
                // "list customers": the rows themselves.
                if !all_said {
                    q.limit = Some(PREVIEW_ROWS);
                }
                cx.pen("bare_list", 1.0);
            } else if let Some(c) = wh_column(&cx, index, t) {
                // "Where is the X?", "When was X ...?": the place or time column.
                projected.push(c);
                cx.mark(0, 1);
                cx.pen("wh_column", 1.0);
            } else if let Some((c, at)) = agent_column(&cx, index, t) {
                // "Who painted X?": the column named for the doer of the verb (`painter`).
                projected.push(c);
                cx.mark(at, 1);
                cx.pen("agent_column", 1.0);
            } else if let Some(c) = subject_of_its_clause(&cx, &resolved, &roles, t) {
                // "Find all player handles that include a 'z'": the handles asked for are
                // the ones the clause after them picks.
                projected.push(c);
            } else {
                for c in label {
                    projected.push(ColId {
                        table: t,
                        column: c,
                    });
                }
                // "Which product ..." asks for a row by its name; "what is ... of X" less so.
                let wh = cx.is(0, &["which", "who", "whose"]);
                // "top 5 products by price" (the minimum contract): the names are what a
                // ranking shows.
                let top = (0..n).any(|i| cx.is(i, &["top"]) && cx.used[i]);
                let what = if top {
                    "top_list"
                } else if wh {
                    "label_guess_wh"
                } else {
                    "label_guess"
                };
                cx.pen(what, 1.0);
            }
        }
    }
    for c in &group {
        // "For each room with at least 2 lessons, how many ...": the room is still shown.
        let said = said_group.contains(c);
        if !projected.contains(c) && group_tables.is_empty() && (!per_row_count || said) {
            projected.insert(0, *c);
        }
    }
    if let Some(k) = hidden_group_key {
        group.insert(0, k);
    }
    // "When was the file kept? Give me the date." where `date_kept` refers to a
    // calendar's date: the two hold one value, shown once by the referring column.
    let echoes: Vec<ColId> = projected
        .iter()
        .copied()
        .filter(|&c| {
            !group.contains(&c)
                && projected
                    .iter()
                    .any(|&o| index.references().any(|e| e.from == o && e.to == c))
        })
        .collect();
    projected.retain(|c| !echoes.contains(c));
    // Only a condition that fixes a shown column's value makes it an echo: names that
    // merely contain a word, or are not a value, still have to be looked up.
    let fixes = |f: &Cond, c: ColId| match f {
        Cond::Cmp(Expr::Col(x), Op::Eq, _) | Cond::In(x, _) => *x == c,
        _ => false,
    };
    if !projected.is_empty()
        && projected.iter().all(|c| {
            value_conds.iter().any(|v| v.0 == *c && !v.2)
                || filters.iter().any(|(_, f)| fixes(f, *c))
        })
    {
        // "Who wrote Dune?" read as "the title that is Dune": an echo, not an answer.
        cx.pen("answer_is_filter", 1.0);
    }
    // "the five cheapest dishes and their prices": the rows named, then what "their" adds.
    let with_their = (1..mentions.len()).find_map(|k| {
        let (p, m) = (&mentions[k - 1], &mentions[k]);
        let Target::Table(t) = p.target else {
            return None;
        };
        let c = resolved[k]?;
        let joined = m.start == p.end + 2
            && cx.is(p.end, &["and"])
            && cx.is(p.end + 1, &["their", "its"])
            && c.table == t
            && projected.first() == Some(&c);
        joined.then_some(t)
    });
    if let Some(t) = with_their {
        let label: Vec<ColId> = index
            .tables
            .get(t)
            .map(|ti| {
                ti.label
                    .iter()
                    .map(|&column| ColId { table: t, column })
                    .collect()
            })
            .unwrap_or_default();
        if !label.is_empty() && !label.iter().any(|l| projected.contains(l)) {
            projected.splice(0..0, label);
        }
    }
    q.select.extend(projected.iter().map(|c| Expr::Col(*c)));
    q.select.extend(aggs.iter().cloned());
    if distinct_used_for_group {
        // "for different suppliers" groups; it does not ask for distinct rows.
        distinct = false;
    }
    if count_col.is_some_and(|c| filtered.contains(&c)) {
        count_col = None;
    }
    // "the total number of X" right before the counted column ("the number of pens and the
    // total number of kennels" sums nothing of the pens).
    let total = (0..mentions.len())
        .filter(|&k| roles[k] == Some(Role::Agg(Agg::Count)) && resolved[k] == count_col)
        .any(|k| {
            cx.prev_word(mentions[k].start)
                .filter(|&p| cx.is(p, &["number", "amount"]))
                .is_some_and(|p| p > 0 && cx.is(p - 1, &["total"]))
        });
    let home = |c: ColId| index.col(&c).is_some_and(|ci| ci.home);
    if let Some(c) =
        count_col.filter(|&c| total && numeric(index, c) && !is_key(index, c) && !home(c))
    {
        // "the total number of units": a sum, not a count.
        count = false;
        q.select.push(Expr::Agg {
            agg: Agg::Sum,
            col: Some(c),
            distinct: false,
        });
    }
    if count {
        let e = match count_col {
            Some(c) => Expr::Agg {
                agg: Agg::Count,
                col: Some(c),
                distinct: distinct
                    || !index
                        .tables
                        .get(c.table)
                        .is_some_and(|t| t.columns.get(c.column).is_some_and(|ci| ci.is_key)),
            },
            None => count_rows(),
        };
        if !distinct {
            // Noted once the joins are known: whether DISTINCT was needed may be settled.
            count_undistinct = count_col;
        }
        q.select.push(e);
    }
    if distinct && !count {
        q.distinct = true;
    }
    // "Show all statuses": one low-cardinality column listed alone asks for its set of values.
    if let [Expr::Col(c)] = q.select.as_slice() {
        let low = index.tables.get(c.table).is_some_and(|t| {
            !t.label.contains(&c.column)
                && t.columns.get(c.column).is_some_and(|ci| {
                    ci.has_values
                            && !ci.is_key
                            // Prose columns hold one text per row, not a set of categories.
                            && !ci.words.iter().any(|w| {
                                matches!(
                                    w.as_str(),
                                    "detail" | "descript" | "note" | "comment" | "phone" | "email"
                                        | "address" | "url"
                                )
                            })
                })
        });
        // "Show all majors" over a numeric code column, "What are the ages": a bare list of
        // one number per row rarely is what was asked (a set, a range or a ranking usually is).
        if numeric(index, *c)
            && !is_key(index, *c)
            && filters.is_empty()
            && value_conds.is_empty()
            && group.is_empty()
            && order.is_empty()
        {
            cx.pen("lone_number_listed", 1.0);
        }
        if low
            && filters.is_empty()
            && group.is_empty()
            && order.is_empty()
            && mode.is_none()
            && !asc_words
            && !desc_words
        {
            q.distinct = true;
            // Said outright ("the distinct hull colours"), the set of values is no guess.
            if !distinct {
                cx.pen("implicit_distinct", 1.0);
            }
        }
    }
    // "the members who live in the most common city": the shown rows are those with
    // the most common value of a column named right after the cue, not ranked themselves.
    let mode_of_other = mode_at.and_then(|at| {
        // A column shown beside an aggregate of another ("the total weight of parcels of
        // the most common kind code") was read as a total per kind; the cue says otherwise.
        let beside_aggregate = q
            .select
            .iter()
            .any(|e| matches!(e, Expr::Agg { col: Some(_), .. }));
        let k = (0..mentions.len())
            .find(|&k| {
                mentions[k].start > at
                    && mentions[k].start <= at + 3
                    && (roles[k] != Some(Role::Project) || beside_aggregate)
            })
            // "the depot town that is most common": the column the clause describes.
            .or_else(|| {
                (0..mentions.len()).find(|&k| {
                    mentions[k].end + 2 == at
                        && cx.is(mentions[k].end, &["that", "which"])
                        && cx.is(mentions[k].end + 1, &["is", "was"])
                })
            })?;
        let shown_table = q.select.iter().find_map(|e| match e {
            Expr::Col(c) | Expr::Agg { col: Some(c), .. } if Some(*c) != resolved[k] => {
                Some(c.table)
            }
            _ => None,
        });
        // A key named where the shown rows keep a copy of it: the copy is what repeats.
        let c2 = resolved[k].map(|c| {
            index
                .edges
                .iter()
                .find(|e| e.to == c && Some(e.from.table) == shown_table && c.table != e.from.table)
                .map_or(c, |e| e.from)
        })?;
        // What is shown or aggregated ("the total weight of parcels of the most common
        // kind") are other columns of the same rows.
        let of_the_rows = |e: &Expr| match e {
            Expr::Col(c) | Expr::Agg { col: Some(c), .. } => *c != c2 && c.table == c2.table,
            _ => false,
        };
        let shown = |e: &&Expr| !matches!(e, Expr::Col(c) if Some(*c) == resolved[k]);
        (q.select.iter().any(|e| shown(&e))
            && q.select.iter().filter(shown).all(of_the_rows)
            && (attribute(index, c2) || refers_elsewhere(index, c2))
            && !numeric(index, c2))
        .then_some((c2, resolved[k]?))
    });
    if let (Some(desc), Some((c2, named))) = (mode, mode_of_other) {
        q.select.retain(|e| *e != Expr::Col(named));
        let top = Query {
            select: vec![Expr::Col(c2)],
            tables: vec![c2.table],
            group_by: vec![c2],
            order_by: vec![(count_rows(), desc)],
            limit: Some(1),
            ..Query::default()
        };
        filters.push((
            usize::MAX,
            Cond::CmpSub(Expr::Col(c2), Op::Eq, Box::new(top)),
        ));
        cx.pen("mode_filter", 1.0);
        mode = None;
        // ("the most popular city" also read "most" as ranking by the column.)
        let before = order.len();
        order.retain(|(e, _)| *e != Expr::Col(c2));
        if order.is_empty() && before > 0 && limit == Some(1) {
            limit = None;
        }
    }
    // "the most common school of authors": a column of the same rows right after "of"
    // qualifies the one before it; the mode is of that one.
    if let (Some(_), [Expr::Col(a), Expr::Col(b)]) = (mode, q.select.as_slice()) {
        let (a, b) = (*a, *b);
        let at = |c: ColId| (0..mentions.len()).find(|&k| resolved[k] == Some(c));
        if let (Some(ka), Some(kb)) = (at(a), at(b)) {
            if kb == ka + 1
                && a.table == b.table
                && q.group_by.is_empty()
                && order.is_empty()
                && mentions[kb].start == mentions[ka].end + 1
                && cx.is(mentions[ka].end, &["of"])
            {
                q.select.retain(|e| *e != Expr::Col(b));
            }
        }
    }
    // "The most common X": the value of X that the most rows have.
    if let Some(desc) = mode {
        let named_rows = rows_named(index, &q.select);
        match q.select.as_slice() {
            // Unnamed rows counted per a key or a name are some other table's (a
            // department's members): which one, nothing says.
            [Expr::Col(c)] if mode_unnamed && !attribute(index, *c) => {
                return Err("what is counted per row is not named".into());
            }
            [Expr::Col(c)] if q.group_by.is_empty() && order.is_empty() => {
                group.push(*c);
                order.push((count_rows(), desc));
                limit = Some(1);
            }
            // "the most frequent colour, and how many have it": the value and its count
            // (the count asked after the value); "the most frequent first and last name":
            // the two name columns together.
            sel if q.group_by.is_empty()
                && order.is_empty()
                && match sel {
                    [Expr::Col(_), Expr::Agg {
                        agg: Agg::Count,
                        col: None,
                        ..
                    }] => mode_at.is_some() && count_at.is_some_and(|c| Some(c) > mode_at),
                    [Expr::Col(a), Expr::Col(b)] => {
                        a.table == b.table
                            && index.tables.get(a.table).is_some_and(|t| {
                                t.label.len() == 2
                                    && t.label.contains(&a.column)
                                    && t.label.contains(&b.column)
                            })
                            && mode_at.is_some()
                    }
                    _ => false,
                } =>
            {
                for e in sel {
                    if let Expr::Col(c) = e {
                        group.push(*c);
                    }
                }
                order.push((count_rows(), desc));
                limit = Some(1);
                cx.pen("mode_several", 1.0);
            }
            // "the code and description of the least frequent colour", "the id and details
            // of the van hired most often": one table's row, named by its key or
            // its label, ranked by how often other rows refer to it (the referring table is
            // found when the joins are).
            sel if q.group_by.is_empty() && order.is_empty() && sel.len() >= 2 => {
                let Some(k) = named_rows else {
                    return Err("\"most common\" of something other than one column".into());
                };
                group.push(k);
                order.push((count_rows(), desc));
                limit = Some(1);
                cx.pen("mode_rows", 1.0);
            }
            _ => return Err("\"most common\" of something other than one column".into()),
        }
    }
    let plain: Vec<ColId> = q
        .select
        .iter()
        .filter_map(|e| match e {
            Expr::Col(c) => Some(*c),
            _ => None,
        })
        .collect();
    let each_word = (0..n).find(|&i| cx.is(i, &["each", "per", "every", "respectively"]));
    if q.select.iter().any(|e| matches!(e, Expr::Agg { .. }))
        && group.is_empty()
        && !plain.is_empty()
    {
        // "the regions and the number of shops in each": per the shown columns.
        // Without "each" it is still the only sensible reading, if a less certain one.
        match each_word {
            Some(i) => {
                cx.mark(i, 1);
                // "for each kind, the number of pets", "the kinds and number of pets in each":
                // one shown attribute (neither key nor name) that "each" names or stands for
                // is the group. Several columns, a name two rows may share, or an "each" that
                // goes with another word ("miles per hour") leave the grouping in doubt.
                let next = i + 1 + usize::from(cx.is(i + 1, &["distinct", "different"]));
                let names = |c: ColId| {
                    cx.mention_at(next)
                        .is_some_and(|k| resolved.get(k) == Some(&Some(c)))
                };
                let alone = next >= n
                    || (cx.mention_at(next).is_none()
                        && cx.is(next, &["is", "are", "was", "were", "has", "have", "had"]));
                let settled =
                    matches!(plain[..], [c] if attribute(index, c) && (names(c) || alone));
                if !settled {
                    cx.pen("group_by_shown", 1.0);
                }
            }
            None => cx.pen("group_implicit", 1.0),
        }
        group.extend(plain.iter().copied());
    }
    if q.select.iter().any(|e| matches!(e, Expr::Agg { .. }))
        && group.is_empty()
        && q.select.iter().any(|e| matches!(e, Expr::Col(_)))
    {
        // Mixing plain columns and aggregates without grouping: the question is beyond us.
        return Err("aggregates next to plain columns without a grouping".into());
    }
    let mut order_by_shown = false;
    if (asc_words || desc_words) && order.is_empty() {
        // "each colour and its count, in descending order": with one number per
        // group, the groups are ranked by that number, not by their own names.
        let per_group = q
            .select
            .iter()
            .find(|e| matches!(e, Expr::Agg { .. }))
            .filter(|_| !group.is_empty())
            // "alphabetically" orders by the names themselves.
            .filter(|_| {
                !tokens
                    .iter()
                    .any(|t| t.lower.starts_with("alphabet") || t.lower.starts_with("lexicograph"))
            })
            .cloned();
        // The tables a measure the order implies may come from: the query's and the shown
        // columns'.
        let tables_here: BTreeSet<usize> = q
            .tables
            .iter()
            .copied()
            .chain(projected.iter().map(|c| c.table))
            .collect();
        if let Some(e) = per_group {
            order.push((e, desc_words));
            mark_order_verbs(&mut cx);
            cx.pen("order_by_group_number", 1.0);
        } else if let Some(young) = ordered_by_age {
            let by = if young {
                implied_column(&cx, &tables_here, "age")
            } else {
                implied_column(&cx, &tables_here, "age")
                    .or_else(|| date_column(index, &tables_here))
                    .or_else(|| implied_column(&cx, &tables_here, "year"))
            };
            let Some(c) = by else {
                return Err("an order from oldest to youngest with no age or date".into());
            };
            order.push((Expr::Col(c), desc_words));
            mark_order_verbs(&mut cx);
        } else if let Some(measure) = ordered_by_measure {
            let Some(c) = implied_measure(&cx, &tables_here, measure) else {
                return Err(format!("an order by {measure} where no column holds one"));
            };
            order.push((Expr::Col(c), desc_words));
            mark_order_verbs(&mut cx);
        } else if let Some((_, end, _)) =
            extreme_span.filter(|&(from, end, _)| (from..end).any(|j| cx.is(j, &["most", "least"])))
        {
            // "sorted from most to least experienced": the word after the range names the
            // measure (`years_experience`), never the names shown.
            let Some(c) = tokens
                .get(end)
                .and_then(|t| measure_named_by(index, &tables_here, &t.stem))
            else {
                return Err("an order from most to least of something no column holds".into());
            };
            cx.mark(end, 1);
            order.push((Expr::Col(c), desc_words));
            mark_order_verbs(&mut cx);
        } else if let Some(&c) = projected.first() {
            // "names in descending order": order by what is shown.
            order.push((Expr::Col(c), desc_words));
            mark_order_verbs(&mut cx);
            order_by_shown = true;
        }
    }
    // "in descending order of the day they signed up", "sorted by their yearly harvest":
    // the order names something no word was read as; the shown names are not it, and
    // leaving the order out answers another question.
    if let Some(w) = unread_order_object(&cx).filter(|_| order.is_empty() || order_by_shown) {
        return Err(format!(
            "an order by \"{}\" the engine cannot place",
            cx.lw(w)
        ));
    }
    if limit.is_some() && order.is_empty() {
        // "top 5 X by Y" was read as a group; "top 5" alone has no order: guess nothing.
        if let Some(&c) = group.first() {
            if group_tables.is_empty() && !per_row_count {
                group.retain(|g| *g != c);
                q.select.retain(|e| *e != Expr::Col(c));
                order.push((Expr::Col(c), true));
            }
        }
        if order.is_empty() {
            return Err("a limit without an order".into());
        }
    }
    // "top 5 customers by revenue": a number of another table, summed per row of this one.
    // Only when the question says so ("total", "by"): "the representative with the fewest
    // votes" orders the joined rows themselves.
    let summed = tokens.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "total" | "sum" | "combined" | "overall" | "altogether" | "by"
        )
    });
    // ("the name of the customer who bought the most bottles in total": the customer is
    // named by its label column rather than its table.)
    let root_shown = q.select.iter().any(|e| {
        matches!(e, Expr::Col(c) if c.table == root
            && index.tables.get(root).is_some_and(|t| t.label.contains(&c.column)))
    });
    if limit.is_some() && group.is_empty() && (named.contains(&root) || root_shown) && summed {
        if let Some((Expr::Col(c), desc)) = order.first().cloned() {
            // "the company started by the founder with the greatest height": each row refers
            // to one row of the number's table; a sum over that one row adds nothing.
            let one_each = refers_once(index, root, c.table) && !refers_once(index, c.table, root);
            if c.table != root && numeric(index, c) && !one_each {
                if let Some(key) = table_key(index, root) {
                    group.push(key);
                    order[0] = (
                        Expr::Agg {
                            agg: Agg::Sum,
                            col: Some(c),
                            distinct: false,
                        },
                        desc,
                    );
                    let asked = !q.select.is_empty();
                    if !asked {
                        let label = index
                            .tables
                            .get(root)
                            .map(|t| t.label.clone())
                            .unwrap_or_default();
                        q.select.extend(label.iter().map(|&l| {
                            Expr::Col(ColId {
                                table: root,
                                column: l,
                            })
                        }));
                        q.limit = None;
                    }
                    // (A name asked for is all that is shown: "the name of the customer who
                    // bought the most bottles in total", "the name and nationality of the
                    // instructor whose lessons had the most students in total".)
                    if named.contains(&root) && !asked {
                        q.select.push(order[0].0.clone());
                    }
                }
            }
        }
    }
    for (_, f) in &filters {
        q.filters.push(f.clone());
    }
    let mut seen_group: Vec<ColId> = Vec::new();
    for g in group {
        if !seen_group.contains(&g) {
            seen_group.push(g);
        }
    }
    q.group_by = seen_group;
    q.having = having;
    if !q.having.is_empty() && q.group_by.is_empty() {
        return Err("a count condition without something to count per".into());
    }
    q.order_by = order;
    q.limit = limit.or(q.limit);
    // "most expensive first", "highest price first": how every row is ordered, not the one
    // row at the top.
    if let Some(f) = extreme_first(&cx) {
        if q.limit == Some(1) && !q.order_by.is_empty() {
            q.limit = None;
            cx.mark(f, 1);
        }
    }
    if q.select.is_empty() && q.limit.is_none() && !q.group_by.is_empty() {
        return Err("nothing to show for a grouping".into());
    }

    // ---- Joins: the smallest tree over the FK graph that connects every table.
    let mut all = involved.clone();
    for e in &q.select {
        if let Expr::Col(c) | Expr::Agg { col: Some(c), .. } = e {
            if !all.contains(&c.table) {
                all.push(c.table);
            }
        }
    }
    for c in &q.group_by {
        if !all.contains(&c.table) {
            all.push(c.table);
        }
    }
    // A count grouped by its own table's key (or name) counts one row per group: the rows
    // meant are those of the table that refers to it.
    let said: Vec<&str> = tokens.iter().map(|t| t.stem.as_str()).collect();
    let counted = counted_referrer(index, &q, &all, count_target, &said)?;
    if let Some(r) = counted {
        all.push(r);
    }
    // A shown column of a table nobody named that only a long detour reaches ("the zip
    // code of the employee" through payments): a stray link, not something asked for.
    if !named.is_empty() && q.select.len() > 1 {
        let mut needed: Vec<usize> = q.group_by.iter().map(|c| c.table).collect();
        for f in q.filters.iter().chain(q.having.iter()) {
            needed.extend(cond_cols(f));
        }
        for (e, _) in &q.order_by {
            if let Expr::Col(c) | Expr::Agg { col: Some(c), .. } = e {
                needed.push(c.table);
            }
        }
        needed.extend(named.iter().copied());
        if let Some(t) = count_target {
            needed.push(t);
        }
        let size = |tabs: &[usize]| join_tree(index, root, tabs).map(|(t, _)| t.len());
        let full = size(&all);
        // The first shown column heads the question; the stray ones come later.
        let strays: Vec<ColId> = q
            .select
            .iter()
            .skip(1)
            .filter_map(|e| match e {
                Expr::Col(c) => Some(*c),
                _ => None,
            })
            .filter(|c| {
                !needed.contains(&c.table)
                    && q
                        .select
                        .iter()
                        .filter(|e| matches!(e, Expr::Col(o) | Expr::Agg { col: Some(o), .. } if o.table == c.table))
                        .count()
                        == 1
            })
            .filter(|c| {
                let rest: Vec<usize> = all.iter().copied().filter(|&t| t != c.table).collect();
                matches!((full, size(&rest)), (Some(f), Some(r)) if f >= r + 2)
            })
            .collect();
        if strays.len() < q.select.len() {
            for c in strays {
                q.select.retain(|e| *e != Expr::Col(c));
                all.retain(|&t| t != c.table || t == root);
                cx.pen("far_col_dropped", 1.0);
            }
        }
    }
    let (tables, mut joins) =
        join_tree(index, root, &all).ok_or("tables that the foreign keys do not connect")?;
    links_the_question_words(index, tokens, &mut joins);
    // A join over a link guessed from shared or role names, not declared nor named after a key.
    for &(a, b) in &joins {
        let guessed = index
            .unsure_edges()
            .iter()
            .any(|e| (e.from == a && e.to == b) || (e.from == b && e.to == a));
        if guessed {
            cx.pen("join_guessed", 1.0);
        }
    }
    // Each join is a guess about the path; long paths are rarely what was meant.
    for j in 1..tables.len() {
        cx.pen("join", 1.0);
        if j >= 2 {
            cx.pen("join_deep", 1.0);
        }
        if j >= 3 {
            cx.pen("join_deeper", 1.0);
        }
    }
    q.tables = tables;
    q.joins = joins;
    // A table joined only to say "has a related row" is a guess about what the question
    // restricts to: often it only names what the rows are ("languages of films" counted on
    // the films' own column).
    // (A set operation still matches its sides' conditions as they are.)
    if split.is_none() && pair_set.is_none() && set_rhs.is_none() {
        key_filters_to_the_joined_side(&mut q);
    }
    if superlative_of_the_container(&cx, &mut q) {
        cx.pen("sup_container", 1.0);
    }
    let mut unjoined = Vec::new();
    let idle = existence_subqueries(index, &mut q, counted, &mut unjoined);
    cx.pen("join_idle", idle as f32);
    // (The joins were weighed above as the question's reading; leaving out one that changes
    // nothing computed does not make that reading surer, nor leaves a name out.)
    unjoined.extend(unjoin_looked_up_leaves(index, &mut q));
    // A tally table: `medals(year, school, medals)` holds a number of things per row under
    // the table's own name, so "how many medals", "the most medals" add that column up
    // rather than count its rows, alone or joined to tables each of its rows meets once
    // ("how many medals did Ridge College win"). The question words the table exactly as the
    // column is named ("medals"), not merely with the same stem ("budgets" for `budgeted`).
    let tally = q.tables.iter().copied().find_map(|t| {
        let said = |compact: &str| {
            mentions.iter().any(|m| {
                matches!(m.target, Target::Table(t2) if t2 == t)
                    && tokens[m.start..m.end]
                        .iter()
                        .flat_map(|tk| tk.lower.chars().filter(|ch| ch.is_alphanumeric()))
                        .eq(compact.chars())
            })
        };
        let ti = index.tables.get(t)?;
        let c = (0..ti.columns.len()).find(|&c| {
            let ci = &ti.columns[c];
            let id = ColId {
                table: t,
                column: c,
            };
            !ci.is_key && numeric(index, id) && ci.words == ti.words && said(&ci.compact)
        })?;
        (q.tables.len() == 1 || rows_kept(index, &q, t)).then_some(ColId {
            table: t,
            column: c,
        })
    });
    if let Some(col) = tally {
        let mut changed = false;
        let mut swap = |e: &mut Expr| {
            if let Expr::Agg {
                agg: agg @ Agg::Count,
                col: col_slot @ None,
                ..
            } = e
            {
                *agg = Agg::Sum;
                *col_slot = Some(col);
                changed = true;
            }
        };
        q.select.iter_mut().for_each(&mut swap);
        q.order_by.iter_mut().for_each(|(e, _)| swap(e));
        for h in &mut q.having {
            if let Cond::Cmp(e, _, _) | Cond::Between(e, _, _) = h {
                swap(e);
            }
        }
        if changed {
            cx.pen("tally_sum", 1.0);
        }
    }
    // Counting rows of one table through a join counts that table's distinct keys, not the
    // joined rows ("how many customers have an order").
    if q.tables.len() > 1 && q.group_by.is_empty() {
        // A linking table without a key of its own counts its rows.
        let own_key = |t: usize| {
            let ti = index.tables.get(t)?;
            let pks: Vec<usize> = (0..ti.columns.len())
                .filter(|&c| ti.columns[c].is_pk)
                .collect();
            match pks.as_slice() {
                [c] => Some(ColId {
                    table: t,
                    column: *c,
                }),
                // A key that refers to another table ("item_id" in an item-to-tag
                // table) is not the table's own: its rows are what is counted.
                [] => table_key(index, t)
                    .filter(|k| ti.columns.get(k.column).is_some_and(|ci| ci.home))
                    .filter(|k| !index.edges.iter().any(|e| e.from == *k)),
                _ => None,
            }
        };
        if let Some(key) = count_target.and_then(own_key) {
            for e in &mut q.select {
                if let Expr::Agg {
                    agg: Agg::Count,
                    col: col @ None,
                    distinct,
                } = e
                {
                    *col = Some(key);
                    *distinct = true;
                }
            }
        }
    }

    // "How many patients have at least 10 appointments?": the rows of the counted table
    // whose group passes the count condition, one each; not every group's own count.
    if let Some(t) = count_target
        .filter(|_| count && !q.having.is_empty() && q.order_by.is_empty() && q.limit.is_none())
    {
        if let (
            [key],
            [Expr::Agg {
                agg: Agg::Count,
                col: None,
                ..
            }],
        ) = (q.group_by.as_slice(), q.select.as_slice())
        {
            if key.table == t && sole_key(index, *key) {
                let key = *key;
                let groups = Query {
                    select: vec![Expr::Col(key)],
                    ..std::mem::take(&mut q)
                };
                q = Query {
                    select: vec![count_rows()],
                    tables: vec![t],
                    filters: vec![Cond::InQuery(key, Box::new(groups))],
                    ..Query::default()
                };
            }
        }
    }
    // "How many passengers are frequent flyers?" where the column's values are not known: a
    // count of every row would answer another question, the clause being all it asks.
    if clause_emptied
        && q.filters.is_empty()
        && q.having.is_empty()
        && q.group_by.is_empty()
        && q.set_op.is_none()
        && q.order_by.is_empty()
    {
        return Err("a condition on a column the engine cannot read".into());
    }
    // "Which courses have the fewest credits?": a plural asks for every row at the extreme,
    // ties included, where one row would drop the others; "which course" keeps one.
    let plural_subject = cx.is(0, &["which", "what"])
        && mentions.iter().any(|m| {
            m.start == 1
                && matches!(m.target, Target::Table(_))
                && plural_word(&tokens[m.end - 1].lower)
        });
    let said_one = tokens
        .iter()
        .any(|t| matches!(t.lower.as_str(), "1" | "one" | "top" | "first" | "single"));
    if plural_subject
        && !said_one
        && q.limit == Some(1)
        && q.group_by.is_empty()
        && q.having.is_empty()
        && q.set_op.is_none()
    {
        if let [(Expr::Col(c), desc)] = q.order_by.as_slice() {
            let (c, desc) = (*c, *desc);
            let extreme = Query {
                select: vec![Expr::Agg {
                    agg: if desc { Agg::Max } else { Agg::Min },
                    col: Some(c),
                    distinct: false,
                }],
                order_by: Vec::new(),
                limit: None,
                ..q.clone()
            };
            q.order_by.clear();
            q.limit = None;
            q.filters
                .push(Cond::CmpSub(Expr::Col(c), Op::Eq, Box::new(extreme)));
        }
    }
    // "How many seats does the largest aircraft have?": a total over every row cannot be
    // ranked; the number asked for is the top row's own.
    if q.group_by.is_empty() && q.limit.is_some() && !q.order_by.is_empty() {
        if let [Expr::Agg {
            agg: Agg::Sum,
            col: Some(c),
            distinct: false,
        }] = q.select.as_slice()
        {
            q.select = vec![Expr::Col(*c)];
        }
    }
    if let Some((op, rhs)) = pair_set {
        q.set_op = Some((op, Box::new(rhs)));
    }
    let aggregated = !q.group_by.is_empty()
        || !q.having.is_empty()
        || q.select.iter().any(|e| matches!(e, Expr::Agg { .. }));
    if let Some((SetOp::Union, left_only, right_only)) = split.clone().filter(|_| aggregated) {
        // "how many X are A or B": one count over rows meeting either condition.
        q.filters
            .retain(|f| !left_only.contains(f) && !right_only.contains(f));
        q.filters.push(Cond::AnyOf(vec![left_only, right_only]));
        split = None;
    }
    if let Some((op, left_only, right_only)) = split {
        let mut rhs = q.clone();
        q.filters.retain(|f| !right_only.contains(f));
        rhs.filters.retain(|f| !left_only.contains(f));
        for side in [&mut q, &mut rhs] {
            side.order_by.clear();
            side.limit = None;
            rejoin(index, side);
        }
        // "clubs that have race results but never finished first": the rows kept are those
        // with a result, so the table named before the negation stays joined on the left.
        if let (SetOp::Except, Some(ni)) = (op, except_from) {
            let said: Vec<usize> = mentions
                .iter()
                .filter(|m| m.end <= ni)
                .filter_map(|m| match m.target {
                    Target::Table(t) => Some(t),
                    _ => None,
                })
                .collect();
            if let Some(&t) = said.iter().find(|t| !q.tables.contains(t)) {
                let mut need = q.tables.clone();
                need.push(t);
                if let Some((tables, joins)) = join_tree(index, need[0], &need) {
                    q.tables = tables;
                    q.joins = joins;
                    cx.pen("except_keeps_join", 1.0);
                }
            }
        }
        if op == SetOp::Union && q.tables == rhs.tables && q.joins == rhs.joins {
            // Both sides read the same rows: one query whose condition is either side's
            // (keeps every matching row, as "or" asks).
            let shared: Vec<Cond> = q
                .filters
                .iter()
                .filter(|f| !left_only.contains(f))
                .cloned()
                .collect();
            q.filters = shared;
            q.filters.push(Cond::AnyOf(vec![left_only, right_only]));
        } else {
            q.set_op = Some((op, Box::new(rhs)));
        }
    }
    if let Some((op, cond)) = set_rhs {
        let mut rhs = q.clone();
        rhs.filters.retain(|f| !matches!(f, Cond::Cmp(Expr::Col(_), Op::Eq, Lit::Str(_))) || matches!(f, Cond::Cmp(Expr::Col(c), _, _) if !cond_cols(&cond).contains(&c.table) ));
        rhs.filters.push(cond);
        rhs.order_by.clear();
        rhs.limit = None;
        q.order_by.clear();
        q.limit = None;
        q.set_op = Some((op, Box::new(rhs)));
    }

    // ---- Confidence: every content word should be accounted for.
    for m in mentions {
        // A name said without its table's prefix or its unit ("the name" for
        // `client_name`, "the depth" for `depth_metres`) scores 0.97 only so that a name
        // said in full wins a tie: the usual way to say a column, nothing against it.
        if matches!(m.target, Target::Column(_) | Target::Table(_)) && m.score < 0.97 {
            cx.pen("mention_score", 1.0 - m.score.clamp(0.0, 1.0));
        }
        // Capitalised words read as a value the index does not hold: a guess.
        if matches!(m.target, Target::Literal(_)) && m.score < 1.5 {
            cx.pen("literal_unquoted", 1.0);
        }
    }
    // A column tie whose every tied column (and the one picked) is absent from the final SQL
    // while the picked column's table is read ("clients without an order" ended as a NOT IN
    // over the orders' key) shaped nothing the query reads: the tie is no doubt about it.
    // A mention the query dropped altogether (its table unread either) keeps the note: its
    // reading was lost, not settled.
    let mut read: BTreeSet<ColId> = BTreeSet::new();
    query_columns(index, &q, &mut read);
    let mut read_tables: BTreeSet<usize> = BTreeSet::new();
    query_tables(&q, &mut read_tables);
    for &k in &ambiguous_at {
        let Some(Target::Column(c)) = mentions.get(k).map(|m| &m.target) else {
            continue;
        };
        let best = c.first().map_or(0.0, |x| x.1);
        let unread = c
            .iter()
            .filter(|x| x.1 >= best - 0.02)
            .map(|x| x.0)
            .chain(resolved.get(k).copied().flatten())
            .all(|x| !read.contains(&x));
        let used = resolved
            .get(k)
            .copied()
            .flatten()
            .is_some_and(|c| read_tables.contains(&c.table));
        if unread && used && !settled.contains(&k) {
            settled.push(k);
            ambiguous -= 1;
        }
        // A tie between a key and its copies in the tables that refer to it: whichever was
        // taken holds the same values.
        let copies = resolved.get(k).copied().flatten().is_some_and(|r| {
            c.iter()
                .all(|x| x.1 < best - 0.02 || x.0 == r || same_key(index, x.0, r))
        });
        if copies && !settled.contains(&k) {
            settled.push(k);
            ambiguous -= 1;
        }
    }
    for _ in 0..ambiguous {
        cx.pen("ambiguous", 1.0);
    }
    // A column taken off the shown list because a later clause names it ("boats whose rig
    // is not a sloop") that the final query reads as a condition, an order or a grouping was
    // read where the clause put it: nothing was lost. Read only as a shown
    // column (another word showing it), a join key, or not at all, the clause may hold a
    // condition nothing read.
    let mut conditioned: BTreeSet<ColId> = BTreeSet::new();
    let mut unshown = q.clone();
    let mut side = Some(&mut unshown);
    while let Some(s) = side {
        s.select.clear();
        s.joins.clear();
        side = s.set_op.as_mut().map(|(_, rhs)| rhs.as_mut());
    }
    query_columns(index, &unshown, &mut conditioned);
    for &k in &clause_dropped {
        let read_there = resolved
            .get(k)
            .copied()
            .flatten()
            .is_some_and(|c| conditioned.contains(&c));
        if !read_there {
            cx.pen("clause_col_dropped", 1.0);
            // ("couriers who work full time": a yes/no column a clause names is the
            // condition itself.)
            let flag = resolved
                .get(k)
                .copied()
                .flatten()
                .and_then(|c| index.col(&c))
                .is_some_and(|ci| ci.flag_yes.is_some());
            if flag {
                cx.pen("mention_left_out", 1.0);
            }
        }
    }
    // Counting a column with or without DISTINCT is a guess, unless the column is its table's
    // own key and no join repeats that table's rows: then both count the same.
    if let Some(c) = count_undistinct {
        let plain = q.select.iter().any(|e| {
            matches!(e, Expr::Agg { agg: Agg::Count, col: Some(x), distinct: false } if *x == c)
        });
        if !(plain && sole_key(index, c) && rows_kept(index, &q, c.table)) {
            cx.pen("count_col_no_distinct", 1.0);
        }
    }
    // "the highest and lowest lamp price" read as "lamp" + "price" where both name the price
    // column: a dropped word that resolved to an aggregated column could only have grouped
    // that column by its own values, each aggregate then one value. Any other column ("across
    // all kinds": one per kind?), a grouping or a count keep the reading a guess.
    let aggregated: Vec<ColId> = q
        .select
        .iter()
        .filter_map(|e| match e {
            Expr::Agg {
                agg, col: Some(c), ..
            } if *agg != Agg::Count => Some(*c),
            _ => None,
        })
        .collect();
    let aggregates_only = q.set_op.is_none()
        && q.group_by.is_empty()
        && !aggregated.is_empty()
        && aggregated.len() == q.select.len();
    for &k in &scope_dropped {
        let own_column = resolved
            .get(k)
            .copied()
            .flatten()
            .is_some_and(|c| aggregated.contains(&c));
        if !(aggregates_only && own_column) {
            cx.pen("agg_scope_dropped", 1.0);
        }
    }
    year_groups(&mut cx, &mut q);
    how_much_in_all(&mut cx, index, &mut q);
    // "Which events have sold more than 10 tickets?" where "sold" half-named `sold_out`: the
    // rows asked for are events, one group each; a column of theirs named only by part of
    // its name is no reason to group by its values instead.
    let which_table = (1..3).find_map(|j| {
        let k = cx.mention_at(j)?;
        let after_which =
            cx.is(0, &["which"]) && (j == 1 || matches!(cx.tokens[1].kind, Kind::Number(_)));
        match mentions[k].target {
            Target::Table(t) if after_which && mentions[k].start == j => Some(t),
            _ => None,
        }
    });
    if let (Some(t), [g]) = (which_table, &q.group_by[..]) {
        let weakly_named = (0..mentions.len())
            .any(|k| resolved.get(k).copied().flatten() == Some(*g) && mentions[k].score < 0.7);
        if g.table == t && weakly_named && index.sole_key(t) != Some(*g) {
            return Err("rows asked for, grouped by a column only half named".into());
        }
    }
    // "born between 1980 and 1989" over a date column: the years' range as dates (the
    // numbers themselves never compare with a date, stored as text or not).
    let years_of_dates = |f: &Cond| match f {
        Cond::Between(Expr::Col(c), Lit::Num(a), Lit::Num(b)) if is_date(index, *c) => {
            let year = |v: &str| {
                v.parse::<i64>()
                    .ok()
                    .filter(|y| v.len() == 4 && (1000..3000).contains(y))
            };
            match (year(a), year(b)) {
                (Some(a), Some(b)) if a <= b => Some([(Op::Ge, a), (Op::Le, b)].map(|(op, y)| {
                    let (op, edge) = year_edge(op, y);
                    Cond::Cmp(Expr::Col(*c), op, Lit::Str(edge))
                })),
                _ => None,
            }
        }
        _ => None,
    };
    q.filters = std::mem::take(&mut q.filters)
        .into_iter()
        .flat_map(|f| match years_of_dates(&f) {
            Some(pair) => pair.to_vec(),
            None => vec![f],
        })
        .collect();
    // "classes that don't have a trainer" where classes refer to trainers: no trainer is a
    // reference left empty. `trainer_id NOT IN (SELECT id FROM trainers)` is true of no row
    // (an empty reference is NULL, not a missing key).
    for f in &mut q.filters {
        let own_reference = match f {
            Cond::NotIn(c, sub) => matches!(sub.select[..], [Expr::Col(k)]
                    if sub.tables == [k.table]
                        && sub.filters.iter().all(|g| matches!(g, Cond::IsNull(x, true) if *x == k))
                        && sub.set_op.is_none()
                        && index.references().any(|e| e.from == *c && e.to == k))
            .then_some(*c),
            _ => None,
        };
        if let Some(c) = own_reference {
            *f = Cond::IsNull(c, false);
        }
    }
    // "On average, how much does a course cost?", "... cost on average": the one number
    // shown is averaged over the rows.
    let on_average = (1..n).find(|&i| {
        !cx.used[i] && cx.is(i, &["average"]) && cx.is(i - 1, &["on"]) && !cx.used[i - 1]
    });
    if let (Some(i), [Expr::Col(c)], true, None) = (
        on_average,
        &q.select[..],
        q.group_by.is_empty() && q.order_by.is_empty() && q.set_op.is_none(),
        q.limit,
    ) {
        if index
            .col(c)
            .is_some_and(|ci| ci.class.is_numeric() && !ci.is_key)
        {
            q.select = vec![Expr::Agg {
                agg: Agg::Avg,
                col: Some(*c),
                distinct: false,
            }];
            cx.mark(i - 1, 2);
            if let Some(h) = (0..n).find(|&h| cx.at(h, &["how", "much"])) {
                cx.mark(h, 2);
            }
            // The number is no longer a bare list of one number per row.
            cx.evidence.retain(|(w, _)| w != "lone_number_listed");
        }
    }
    // "cities with a shelter but no adopters" answered through four joins: what is absent
    // reached that far is rarely what was meant (one or two links usually are).
    // So is what is absent reached through two tables the question never names ("districts
    // never the destination of an appeal" through the appeal's application and its parcel).
    let unnamed = |t: usize| {
        index.tables[t]
            .words
            .iter()
            .all(|w| cx.tokens.iter().all(|tok| tok.stem != *w))
    };
    let far_absent = q.filters.iter().any(|f| {
        matches!(f, Cond::NotIn(_, sub) if sub.tables.len() >= 4
            || (sub.tables.len() == 3 && sub.tables.iter().filter(|&&t| unnamed(t)).count() >= 2))
    });
    if far_absent {
        cx.pen("negation_far", 1.0);
    }
    // "taprooms with no kitchen and no kegs" read as having a kitchen: a value said right
    // after a negation but compared as equal was read the wrong way round.
    let negated_value_equal = mentions.iter().any(|m| {
        let Target::Value(hits) = &m.target else {
            return false;
        };
        cx.prev_word(m.start)
            .is_some_and(|b| cx.is(b, NEGATION_WORDS))
            && q.filters.iter().any(|f| {
                matches!(f, Cond::Cmp(Expr::Col(c), Op::Eq, Lit::Str(v))
                    if hits.iter().any(|h| h.col == *c && h.value == *v))
            })
    });
    if negated_value_equal {
        return Err("a negation the engine cannot place".into());
    }
    // "Who is Ann's supervisor?" answered with `supervisor_ref`: a person asked for and a
    // reference shown; the person is the row it refers to (here the table joined to itself,
    // which the engine does not write).
    let who_gets_a_reference = cx.is(0, &["who", "whom"])
        && q.set_op.is_none()
        && matches!(q.select[..], [Expr::Col(c)]
            if is_key(index, c) && index.col(&c).is_some_and(|ci| !ci.is_pk));
    if who_gets_a_reference {
        return Err("a person asked for, and only a reference to show".into());
    }
    // "pharmacists supervised by Maria Alvarez" where `supervisor` refers to another
    // pharmacist: the name belongs to the row referred to, which only the table joined to
    // itself reaches (not written); putting it on the rows themselves answers something else.
    if refers_to_own_table_unread(&cx, &q) {
        return Err("a reference from the rows to their own table, asked about".into());
    }
    words_the_query_reads(&mut cx, &q);
    for (i, t) in tokens.iter().enumerate() {
        if cx.used[i] || FILLER.contains(&t.lower.as_str()) {
            continue;
        }
        // "Report the names of ...": a command that opens the question asks, as "show" does.
        if (i == 0 || t.after_stop)
            && matches!(t.lower.as_str(), "report" | "compute" | "calculate")
        {
            continue;
        }
        let class = match t.lower.as_str() {
            "not" | "no" | "without" | "never" | "none" | "except" | "but" | "or" | "neither"
            | "nor" | "nothing" | "nobody" => "negation",
            w if MOST.contains(&w) || LEAST.contains(&w) => "superlative",
            // "the strongest", "the busiest": a superlative the lists do not know.
            w if w.len() >= 7 && w.ends_with("est") && !EST_NOT_SUPERLATIVE.contains(&w) => {
                "superlative"
            }
            w if agg_word(w).is_some() => "aggregate",
            w if crate::link::CUES.contains(&w) => "cue",
            // A capitalised word nothing explains is likely a value the index does not know.
            _ if t.capital => "capital",
            // "unresolved complaints": a participle negated by "un" is a state of the rows,
            // no verb relating them.
            w if w.len() > 5 && negated_participle(w) => "other",
            // An unexplained verb ("taught", "ranking") rarely changes the query; an
            // unexplained plural noun is usually a thing the schema was meant to name.
            w if w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")) => "verb",
            // "in charge of", "a part of", "take part in": a phrase that relates the rows as a
            // verb does.
            "charge" | "part" if i > 0 && cx.is(i - 1, &["in", "a", "take", "took", "takes"]) => {
                "verb"
            }
            // "who took out a permit", "signed up for": a verb's particle.
            "out" | "up"
                if i > 0
                    && cx.is(
                        i - 1,
                        &[
                            "taken", "took", "take", "takes", "signed", "sign", "signs", "picked",
                            "checked", "set",
                        ],
                    ) =>
            {
                "verb"
            }
            // "paid by card", "run by volunteers": a word before "by" is a passive participle,
            // regular or not.
            _ if i > 0 && cx.is(i + 1, &["by"]) => "verb",
            // "who owns", "that teaches": after a relative pronoun an -s word is a verb.
            w if w.ends_with('s') && i > 0 && cx.is(i - 1, &["who", "that"]) => "verb",
            // ("couriers who work": after "who" any word is.)
            _ if i > 0 && cx.is(i - 1, &["who"]) => "verb",
            // "employees work in", "customers live at": between a named table and a
            // preposition, a word is the verb relating them.
            _ if i > 0
                && cx.is(i + 1, &["in", "at", "for", "on", "from", "with"])
                && mentions
                    .iter()
                    .any(|m| m.end == i && matches!(m.target, Target::Table(_))) =>
            {
                "verb"
            }
            // "belongs", "teaches": a plain verb's third person is no plural noun.
            w if PLAIN_VERBS.contains(&w)
                || [w.strip_suffix('s'), w.strip_suffix("es")]
                    .into_iter()
                    .flatten()
                    .any(|b| PLAIN_VERBS.contains(&b)) =>
            {
                "verb"
            }
            w if plural_word(w) => "plural",
            _ => "other",
        };
        // "the teachers who taught the course", "customers living in Paris": a verb between
        // two of the joined tables, or between rows and a value they are compared with, says
        // how they meet, which the join or the condition already reads.
        if class == "verb" && verb_the_query_reads(&cx, &q, &resolved, i) {
            continue;
        }
        let word = format!("word:{class}:{}", t.lower);
        cx.pen(&word, 1.0);
        // "machines that nothing has been printed on": a negation no condition read leaves
        // the query answering the opposite.
        if cx.is(i, NEGATION_WORDS) {
            cx.pen("mention_left_out", 1.0);
        }
        // "tenant names" where no table is a tenant: a noun nothing explains right before a
        // shown name column says whose names were asked for, and the query answers with
        // another table's.
        if class == "plural" || class == "other" {
            let names_next = mentions.iter().zip(resolved.iter()).any(|(m, r)| {
                m.start == i + 1
                    && matches!(m.target, Target::Column(_))
                    && r.is_some_and(|c| {
                        q.select.contains(&Expr::Col(c))
                            && index
                                .tables
                                .get(c.table)
                                .is_some_and(|ti| ti.label.contains(&c.column))
                    })
            });
            if names_next {
                cx.pen("mention_left_out", 1.0);
            }
        }
        // "volcanoes that are currently dormant", "a presenter who is a woman", "stations
        // located in oakland": a word nothing explains that the question predicates of the
        // rows, or names as where they are, is a condition the query leaves out.
        if class == "plural" || class == "other" {
            let mut p = i;
            while p > 0
                && cx.is(
                    p - 1,
                    &["currently", "still", "now", "a", "an", "all", "in", "on"],
                )
            {
                p -= 1;
            }
            // Only a word that ends its clause states something ("songs that are part of
            // the jazz catalogue", "boats that are worth 5000 pounds" relate the rows onward).
            let clause_end = tokens
                .get(i + 1)
                .is_none_or(|t| t.after_stop || t.after_comma)
                || cx.is(i + 1, &["and", "or", "but"]);
            // ("donors flagged as ineligible", "marked as lost": the participle and "as"
            // say what the rows are, as "is" does.)
            if p >= 2 && cx.is(p - 1, &["as"]) && cx.lw(p - 2).ends_with("ed") {
                p -= 2;
                while p > 0 && cx.is(p - 1, &["currently", "still", "now"]) {
                    p -= 1;
                }
            }
            let predicated = p > 0
                && cx.is(p - 1, &["is", "are", "was", "were"])
                && !cx.is(i, &["currently", "still", "now"])
                && clause_end;
            let placed = i >= 2
                && cx.is(i - 1, &["in", "at"])
                && cx.is(
                    i - 2,
                    &["located", "based", "situated", "lives", "live", "living"],
                );
            // "the dormant volcanoes": an adjective nothing explains right before the rows.
            let adjective = [
                "ant", "ent", "ive", "ous", "ful", "less", "able", "ible", "ic",
            ]
            .iter()
            .any(|e| t.lower.len() > e.len() + 3 && t.lower.ends_with(e))
                // "a rainy market day", "the sunny days": a noun made an adjective by "y".
                || ["ny", "dy", "wy", "gy", "ky", "sy", "my", "py", "zy"]
                    .iter()
                    .any(|e| t.lower.len() >= 5 && t.lower.ends_with(e));
            // ("unresolved complaints": a participle negated by "un" is an adjective too.)
            // ("non-member patrons", "how many nonprofit patrons": a "non" word is one
            // wherever it stands.)
            let non_word = t.lower.len() > 5 && t.lower.starts_with("non");
            let qualifies = class == "other"
                && (adjective || negated_participle(&t.lower) || non_word)
                && i > 0
                && (cx.is(i - 1, &["the", "all", "of", "any", "a", "an"]) || non_word)
                && mentions.iter().any(|m| {
                    m.start == i + 1 && matches!(m.target, Target::Table(_) | Target::Column(_))
                });
            // "the distinct vehicle manufacturers", "the distinct manufacturers": a plural
            // nothing explains that is said to be distinct (right after the word, or after a
            // table that only qualifies it) is what is distinct, and no query reads it.
            let head_after_table = class == "plural"
                && (cx.is(i.wrapping_sub(1), &["distinct", "different", "unique"])
                    || mentions.iter().any(|m| {
                        m.end == i
                            && m.start > 0
                            && cx.is(m.start - 1, &["distinct", "different", "unique"])
                            && matches!(m.target, Target::Table(_))
                    }));
            // "pitches that have electricity": a thing nothing explains that the rows are
            // said to have, closing its clause.
            let mut o = i;
            while o > 0 && cx.is(o - 1, &["a", "an", "any", "some"]) {
                o -= 1;
            }
            let owned = o > 0 && cx.is(o - 1, &["have", "has", "had", "having"]) && clause_end;
            // "couriers who never successfully delivered": a manner nothing explains
            // narrows what the verb after it counts.
            let manner = class == "other"
                && t.lower.len() >= 6
                && t.lower.ends_with("ly")
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.lower.len() > 4 && n.lower.ends_with("ed"));
            // "all gas kilns": any word nothing explains between "all" and the rows. (Not
            // after "how many": "how many gas companies" names the rows by two words.)
            let kind_of_rows = class == "other"
                && i > 0
                && cx.is(i - 1, &["all"])
                && mentions
                    .iter()
                    .any(|m| m.start == i + 1 && matches!(m.target, Target::Table(_)));
            if predicated
                || placed
                || qualifies
                || head_after_table
                || owned
                || manner
                || kind_of_rows
            {
                cx.pen("mention_left_out", 1.0);
            }
        }
        // "how many events were cancelled", "members who are currently suspended": a
        // state nothing explains, said of the rows at the end of the question, is a
        // condition the query leaves out.
        if STATE_PARTICIPLES.contains(&t.lower.as_str()) {
            let mut p = i;
            while p > 0 && cx.is(p - 1, &["currently", "still", "now", "already"]) {
                p -= 1;
            }
            if p > 0
                && cx.is(p - 1, &["is", "are", "was", "were"])
                && tokens.get(i + 1).is_none_or(|t| t.after_stop)
            {
                cx.pen("mention_left_out", 1.0);
            }
        }
        // "the certified brewers", "the number of refunded tickets": a participle nothing
        // explains right before the rows says which of them, as an adjective does.
        // ("at least 5 confirmed bookings", "no failed inspections": after a count too.)
        if class == "verb"
            && t.lower.ends_with("ed")
            && i > 0
            && (cx.is(
                i - 1,
                &[
                    "the", "all", "of", "any", "no", "more", "many", "some", "only",
                ],
            ) || matches!(tokens[i - 1].kind, Kind::Number(_)))
            && mentions
                .iter()
                .any(|m| m.start == i + 1 && matches!(m.target, Target::Table(_)))
        {
            cx.pen("mention_left_out", 1.0);
        }
        // "cities in Ruritania", "parcels from Acme": a capitalised word right after a
        // preposition that introduces a filter is the value the question filters on. A query
        // without it answers a different question (all cities), so it counts as a name the
        // query leaves out, not merely a word nothing explained. Only the first word of a
        // run counts ("in New Haven" is one name).
        if class == "capital"
            && i > 0
            && !tokens[i - 1].capital
            && cx.is(i - 1, &["in", "from", "at", "named", "called"])
        {
            cx.pen("mention_left_out", 1.0);
        }
    }
    shape_evidence(&mut cx, &q);
    // "above 5" put on a column of words: the number belonged to another column or a count,
    // and which one is not known.
    if ranks_words_by_number(index, &q) {
        return Err("a column of words compared by size with a number".into());
    }
    // "the top three sites by number of camps" left with nothing to count per: every row
    // shown falls in one group, so the order ranks nothing.
    let ranks_one_group = q.group_by.is_empty()
        && q.group_by_year.is_none()
        && q.order_by
            .iter()
            .any(|(e, _)| matches!(e, Expr::Agg { .. }))
        && q.select.iter().any(|e| !matches!(e, Expr::Agg { .. }));
    if ranks_one_group {
        return Err("an order by a count or total with nothing to group it by".into());
    }
    // Longer questions with more linked names say more that can be misread.
    let content = tokens
        .iter()
        .filter(|t| !FILLER.contains(&t.lower.as_str()))
        .count();
    cx.pen("shape:length", content.saturating_sub(4) as f32 / 4.0);
    let linked = mentions
        .iter()
        .filter(|m| matches!(m.target, Target::Table(_) | Target::Column(_)))
        .count();
    cx.pen("shape:mentions", linked.saturating_sub(2) as f32 / 2.0);
    // How the question opens says what kind of answer it wants.
    let opener = match tokens.first().map(|t| t.lower.as_str()) {
        Some("how") => "shape:q_how",
        Some("what" | "which") => "shape:q_what",
        Some("who" | "whose" | "whom") => "shape:q_who",
        Some(
            "list" | "show" | "display" | "give" | "return" | "find" | "get" | "report" | "compute"
            | "calculate",
        ) => "shape:q_command",
        Some("count") => "shape:q_count",
        _ => "shape:q_other",
    };
    cx.pen(opener, 1.0);
    list_evidence(&mut cx, &q, commas);
    // A name the question uses that the query leaves out was misread somewhere.
    let mut in_query: BTreeSet<usize> = unjoined.into_iter().collect();
    query_tables(&q, &mut in_query);
    // ("bell foundries": the bells were read as what the foundries make.)
    in_query.extend(compound_modifiers(&cx).into_iter().map(|(t, _, _)| t));
    let left_out = mentions
        .iter()
        .enumerate()
        .filter(|(k, m)| match m.target {
            Target::Table(t) => !in_query.contains(&t),
            Target::Column(_) => resolved[*k].is_some_and(|c| !in_query.contains(&c.table)),
            _ => false,
        })
        .count();
    cx.pen("mention_left_out", left_out as f32);
    link_evidence(&mut cx, &q, &resolved, &named);
    if value_not_in_to_except(index, &mut q) {
        cx.pen("value_less_value", 1.0);
    }
    if excludes_its_own_join(&q) {
        return Err("rows joined through the very link they are said to lack".into());
    }
    if empty_range(&q.filters) {
        return Err("conditions on one column that no value meets".into());
    }
    nulls_out_of_not_in(index, &mut q);
    // "the average rating in each city? List the city and the average rating": a column said
    // twice is shown once.
    let mut shown: Vec<Expr> = Vec::with_capacity(q.select.len());
    for e in std::mem::take(&mut q.select) {
        if !shown.contains(&e) {
            shown.push(e);
        }
    }
    q.select = shown;
    Ok(planned(q, &cx))
}

/// The plan, with the confidence its evidence gives and each reason noted.
fn planned(query: Query, cx: &Ctx<'_>) -> Planned {
    Planned {
        query,
        confidence: crate::calibrate::confidence(&cx.evidence),
        notes: cx
            .evidence
            .iter()
            .map(|(what, amount)| format!("{what}={amount:.2}"))
            .collect(),
    }
}

/// A time superlative ("earliest", "latest", "most recently") right after a shown or unplaced
/// column of numbers or dates ("built the earliest"), or a degree word that ends the question
/// ("paid the least"): the column's mention, where the word sits, and whether the largest
/// comes first.
fn superlative_after_column(
    cx: &Ctx<'_>,
    roles: &[Option<Role>],
    resolved: &[Option<ColId>],
) -> Option<(usize, usize, bool)> {
    (0..cx.tokens.len()).find_map(|i| {
        if cx.used[i] {
            return None;
        }
        // A bare degree word ends the question ("the employees who are paid the least"):
        // followed by anything, it grades what follows ("the most orders").
        let last = i + 1 == cx.tokens.len();
        // ("the names, oldest first": an order by age, not by the names.)
        if cx.is(i + 1, &["first"]) {
            return None;
        }
        let desc = match cx.lw(i) {
            "earliest" | "oldest" => false,
            "latest" | "newest" | "recently" => true,
            "most" | "highest" | "largest" | "greatest" if last => true,
            "least" | "lowest" | "smallest" if last => false,
            _ => return None,
        };
        // ("resigned at the latest time", over years kept as text)
        let mut j = i;
        while j > 0 && cx.is(j - 1, &["the", "most", "at"]) {
            j -= 1;
        }
        let k = cx.mentions.iter().position(|m| m.end == j && j > 0)?;
        let c = resolved.get(k).copied().flatten()?;
        // A time word after a column of text ("left office the latest" where the years are
        // stored as text) orders that text: years and ISO dates sort as written.
        let timed = !cx.is(
            i,
            &[
                "most", "highest", "largest", "greatest", "least", "lowest", "smallest",
            ],
        ) && cx
            .index
            .col(&c)
            .is_some_and(|ci| ci.class == TypeClass::Text);
        let fits = (numeric(cx.index, c) || is_date(cx.index, c) || timed) && !is_key(cx.index, c);
        (fits && matches!(roles[k], None | Some(Role::Project))).then_some((k, i, desc))
    })
}

/// Where "first" closes an ordering at the end of the question ("most expensive first",
/// "highest price first", "newest first"): a superlative, maybe a column, then "first".
fn extreme_first(cx: &Ctx<'_>) -> Option<usize> {
    let n = cx.tokens.len();
    let f = (1..n)
        .find(|&f| cx.is(f, &["first"]) && cx.tokens.get(f + 1).is_none_or(|t| t.after_stop))?;
    let superlative = |j: usize| {
        MOST.contains(&cx.lw(j))
            || LEAST.contains(&cx.lw(j))
            || implied_superlative(cx.lw(j)).is_some()
    };
    let before = f - 1;
    let column_between = cx
        .mentions
        .iter()
        .find(|m| m.end == f && matches!(m.target, Target::Column(_)))
        .map(|m| m.start);
    let sup_at = column_between.map_or(before, |s| s.saturating_sub(1));
    (superlative(sup_at) || cx.is(sup_at, &["expensive", "costly", "recent"])).then_some(f)
}

/// Shown column mentions of a table's label that follow "of" ("the home port of the
/// vessel") after another shown column of the same table. A text column named as the key
/// is without its "id" (`vessel` beside `vessel_id`) names the rows too.
fn owner_labels(cx: &Ctx<'_>, roles: &[Option<Role>], resolved: &[Option<ColId>]) -> Vec<usize> {
    let label = |c: ColId| {
        cx.index.tables.get(c.table).is_some_and(|t| {
            let Some(ci) = t.columns.get(c.column) else {
                return false;
            };
            let key_named = t.columns.iter().any(|k| {
                k.is_pk
                    && k.words
                        .split_last()
                        .is_some_and(|(last, rest)| last == "id" && rest == ci.words.as_slice())
            });
            t.label.contains(&c.column) || (key_named && ci.class == TypeClass::Text)
        })
    };
    (0..cx.mentions.len())
        .filter(|&k| {
            let Some(c) = resolved[k].filter(|&c| label(c)) else {
                return false;
            };
            let mut j = cx.mentions[k].start;
            while j > 0 && cx.is(j - 1, &["the", "a", "an", "all", "each", "every", "those"]) {
                j -= 1;
            }
            let after_of = j > 0 && cx.is(j - 1, &["of"]);
            let owned = (0..k).any(|o| {
                roles[o] == Some(Role::Project)
                    && resolved[o].is_some_and(|x| x.table == c.table && !label(x))
            });
            roles[k] == Some(Role::Project) && after_of && owned
        })
        .collect()
}

/// For a "who" question about table `t`: the column named for the doer of an unexplained
/// verb ("painted" -> `painter`, "grooms" -> `groomer`, "owns" -> `owner`), and the verb.
fn agent_column(cx: &Ctx<'_>, index: &Index, t: usize) -> Option<(ColId, usize)> {
    if !cx.is(0, &["who", "whom"]) {
        return None;
    }
    let ti = index.tables.get(t)?;
    (1..cx.tokens.len()).find_map(|i| {
        let stem = &cx.tokens[i].stem;
        if cx.used[i] || stem.len() < 3 || cx.mention_at(i).is_some() {
            return None;
        }
        let agent = |w: &String| {
            w.strip_prefix(stem.as_str())
                .is_some_and(|rest| matches!(rest, "or" | "er" | "r"))
        };
        let found: Vec<usize> = (0..ti.columns.len())
            .filter(|&c| matches!(ti.columns[c].words.as_slice(), [w] if agent(w)))
            .collect();
        match found.as_slice() {
            [c] => Some((
                ColId {
                    table: t,
                    column: *c,
                },
                i,
            )),
            _ => None,
        }
    })
}

/// "X and Y Z" where "Y Z" names a shown column: the token X, the column, and the column of
/// the same table whose name has X's stem where the column has Y's ("opening and closing
/// times": `time_opening` beside `time_closing`).
fn shared_heads(
    cx: &Ctx<'_>,
    roles: &[Option<Role>],
    resolved: &[Option<ColId>],
) -> Vec<(usize, ColId, ColId)> {
    let mut out = Vec::new();
    for (k, m) in cx.mentions.iter().enumerate() {
        let Some(c) = resolved[k].filter(|_| roles[k] == Some(Role::Project)) else {
            continue;
        };
        let x = m.start.wrapping_sub(2);
        if m.start < 2 || !cx.is(m.start - 1, &["and"]) || cx.used[x] || m.end - m.start < 2 {
            continue;
        }
        let Some(ti) = cx.index.tables.get(c.table) else {
            continue;
        };
        let Some(words) = ti.columns.get(c.column).map(|ci| &ci.words) else {
            continue;
        };
        let x_stem = &cx.tokens[x].stem;
        let in_mention = |w: &String| (m.start..m.end).any(|j| cx.tokens[j].stem == *w);
        let sibling = ti.columns.iter().position(|o| {
            o.words.len() == words.len()
                && o.words.contains(x_stem)
                && o.words.iter().zip(words).filter(|(a, b)| a != b).count() == 1
                && o.words
                    .iter()
                    .zip(words)
                    .all(|(a, b)| a == b || (a == x_stem && in_mention(b)))
        });
        if let Some(s) = sibling {
            out.push((
                x,
                c,
                ColId {
                    table: c.table,
                    column: s,
                },
            ));
        }
    }
    out
}

/// Shown "name(s)" mentions followed by "of (the) X" where X is a shown text column of
/// another table: X's values are the names asked for.
fn names_of_columns(
    cx: &Ctx<'_>,
    roles: &[Option<Role>],
    resolved: &[Option<ColId>],
) -> Vec<usize> {
    let text = |c: ColId| {
        cx.index
            .col(&c)
            .is_some_and(|ci| ci.class == TypeClass::Text && !ci.is_key)
    };
    (0..cx.mentions.len().saturating_sub(1))
        .filter(|&k| {
            let (m, o) = (&cx.mentions[k], &cx.mentions[k + 1]);
            let name_word = m.end == m.start + 1 && cx.is(m.start, &["name", "names"]);
            let of_between = o.start > m.end
                && cx.is(m.end, &["of"])
                && (m.end..o.start).all(|j| cx.is(j, &["of", "the", "all", "each", "every"]));
            let other_text = match (resolved[k], resolved[k + 1]) {
                (Some(a), Some(b)) => a.table != b.table && text(b),
                _ => false,
            };
            name_word
                && of_between
                && other_text
                && roles[k] == Some(Role::Project)
                && roles[k + 1] == Some(Role::Project)
                && matches!(o.target, Target::Column(_))
        })
        .collect()
}

/// Verbs that ask for an order ("sorted by", "ranked by", "in order of").
const ORDER_VERBS: &[&str] = &["ordered", "sorted", "order", "sort", "ranked", "rank"];

/// A word nothing read among the first words of what an order is by (after "order of",
/// "sorted by" or "ordered by"), past determiners, direction words and filler.
fn unread_order_object(cx: &Ctx<'_>) -> Option<usize> {
    let n = cx.tokens.len();
    let cue = (0..n).find(|&i| {
        (cx.is(i, &["order"]) && cx.is(i + 1, &["of"]))
            || (cx.is(i, &["by"]) && i > 0 && cx.is(i - 1, ORDER_VERBS))
    })?;
    (cue + 2..n)
        .filter(|&j| {
            let w = cx.lw(j);
            !cx.is(j, &["the", "a", "an", "their", "its", "his", "her", "of"])
                && !cx.is(j, DIRECTION_WORDS)
                && !FILLER.contains(&w)
                && cx
                    .tokens
                    .get(j)
                    .is_some_and(|t| t.kind == crate::tokenize::Kind::Word)
        })
        .take(2)
        .find(|&j| {
            let w = cx.lw(j);
            !cx.used[j] && !w.starts_with("alphabet") && !w.starts_with("lexicograph")
        })
}

/// Words that give an order its direction ("by descending weight").
const DIRECTION_WORDS: &[&str] = &[
    "descending",
    "decreasing",
    "desc",
    "ascending",
    "increasing",
    "asc",
];

/// Marks the words that asked for an order the query now has ("sort the names in
/// alphabetical order"), the verb as well as "order". A verb that is also a linked name
/// ("rank" as a column) stays for the name's own reading.
fn mark_order_verbs(cx: &mut Ctx<'_>) {
    for i in 0..cx.tokens.len() {
        if cx.is(i, &["order", "sorted", "ordered"])
            || (cx.is(i, ORDER_VERBS) && cx.mention_at(i).is_none())
        {
            cx.mark(i, 1);
        }
    }
}

/// The "by" of "sorted by" or "by descending", or the "order" of "in order of", right
/// before word `b`.
fn ordered_by_at(cx: &Ctx<'_>, b: usize) -> Option<usize> {
    cx.prev_word(b).filter(|&p| {
        cx.is(p, &["order"])
            || (cx.is(p, &["by"])
                && (cx.prev_word(p).is_some_and(|v| cx.is(v, ORDER_VERBS))
                    || (p + 1..b).any(|d| cx.is(d, DIRECTION_WORDS))
                    // "the top 3 departments by number of employees"
                    || (1..p).any(|d| top_n(cx, d))))
    })
}

/// The words between sort column mention `j` and mention `k` when they join a further sort
/// column: "and" alone (not after a comma: "the fewest hours, and the names" lists), or
/// "then" with "and", "by", "finally" or "lastly" around it; "the", "their", "its" too; or a
/// comma in a list of sort columns that "then" ends.
fn next_sort_column(cx: &Ctx<'_>, j: usize, k: usize) -> Option<std::ops::Range<usize>> {
    let gap = cx.mentions.get(j)?.end..cx.mentions.get(k)?.start;
    // "ordered by name, title, then rating": a comma alone, in a list that "then" ends.
    if gap.is_empty() {
        let later_then = (gap.end..cx.tokens.len()).any(|i| cx.is(i, &["then"]));
        return (cx.tokens.get(gap.end)?.after_comma && later_then).then_some(gap);
    }
    let fillers = ["the", "their", "its"];
    let joint = ["and", "then", "by", "finally", "lastly"];
    let words_ok = gap.clone().all(|i| cx.is(i, &fillers) || cx.is(i, &joint));
    let then = gap.clone().any(|i| cx.is(i, &["then"]));
    let lone_and = cx.is(gap.start, &["and"])
        && !cx.tokens[gap.start].after_comma
        && gap.clone().skip(1).all(|i| cx.is(i, &fillers));
    (words_ok && (then || lone_and)).then_some(gap)
}

/// Words that deny what follows them (not "but" or "or", which only connect).
const NEGATION_WORDS: &[&str] = &["not", "no", "without", "never", "none", "nothing", "nobody"];

/// Whether table mention `k` (of table `t`) is followed by "with the number of", "and how
/// many" or the like, then by another table: that table's rows are counted per row of `t`.
fn counts_other_table_after(cx: &Ctx<'_>, k: usize, t: usize) -> bool {
    let mut j = cx.mentions[k].end;
    if cx.is(j, &["along", "together"]) && cx.is(j + 1, &["with"]) {
        j += 1;
    }
    // ("how many pupils are in each" says its groups itself.)
    let each = (0..cx.tokens.len()).any(|i| cx.is(i, &["each", "per", "every"]));
    if each || !cx.is(j, &["with", "and"]) {
        return false;
    }
    j += 1;
    if cx.is(j, &["the", "their", "its"]) {
        j += 1;
    }
    let said = [["number", "of"], ["count", "of"], ["how", "many"]];
    if !said.iter().any(|p| cx.at(j, p)) {
        return false;
    }
    let after = j + 2;
    cx.mentions
        .get(k + 1)
        .is_some_and(|o| o.start == after && matches!(o.target, Target::Table(u) if u != t))
}

/// Whether a column mention starts at token `at` and every column it may be holds numbers
/// kept as text (not a key): "seats" for `seat_cap`. (A number column after "number of"
/// is already ranked by; text would be counted per value.)
fn number_column_at(cx: &Ctx<'_>, at: usize) -> bool {
    cx.mentions.iter().any(|m| {
        m.start == at
            && matches!(&m.target, Target::Column(cands) if !cands.is_empty()
            && cands.iter().all(|(c, _)| cx.index.col(c).is_some_and(|ci| {
                !ci.is_key && ci.number_text
            })))
    })
}

/// Whether "the number of X", where column `c` holds that number, asks for its sum beside
/// the shown columns `others`: with "total", "each", or beside identifiers that repeat in
/// the table ("the boat ids and the number of hours sailed": one sum per boat).
fn number_is_summed(cx: &Ctx<'_>, c: ColId, others: &[ColId]) -> bool {
    let n = cx.tokens.len();
    let repeats = |o: &ColId| {
        o.table == c.table && is_key(cx.index, *o) && !cx.index.col(o).is_some_and(|ci| ci.is_pk)
    };
    // "all pupil ids and the number of hours practised" where game rows refer to the
    // pupils: each shown row has many numbers, so they are summed per row.
    let referred = |o: &ColId| {
        o.table != c.table
            && sole_key(cx.index, *o)
            && cx.index.edges.iter().any(|e| {
                (e.from.table == c.table && e.to == *o) || (e.to.table == c.table && e.from == *o)
            })
    };
    (1..n).any(|i| cx.is(i, &["number"]) && cx.is(i - 1, &["total"]))
        || (0..n).any(|i| cx.is(i, &["each", "per"]))
        || (!others.is_empty() && others.iter().all(repeats))
        || (!others.is_empty() && others.iter().all(referred))
}

/// Shown column mentions that are an identifier (`harbour_id`) named only by the thing it
/// identifies ("harbours", no "id", "code" or "number"), while other columns are shown too.
fn entity_keys(cx: &Ctx<'_>, roles: &[Option<Role>], resolved: &[Option<ColId>]) -> Vec<usize> {
    let shown = |k: usize| matches!(roles[k], Some(Role::Project) | Some(Role::Agg(_)));
    let identifier = |c: ColId| {
        cx.index
            .col(&c)
            .is_some_and(|ci| ci.is_key && ci.words.last().is_some_and(|w| w == "id"))
    };
    let keys: Vec<usize> = (0..cx.mentions.len())
        .filter(|&k| {
            let m = &cx.mentions[k];
            let says_id = (m.start..m.end).any(|j| {
                cx.is(
                    j,
                    &[
                        "id",
                        "ids",
                        "identifier",
                        "identifiers",
                        "key",
                        "keys",
                        "code",
                        "codes",
                        "number",
                        "numbers",
                        "no",
                        "num",
                    ],
                )
            });
            roles[k] == Some(Role::Project) && resolved[k].is_some_and(identifier) && !says_id
        })
        .collect();
    let others = (0..cx.mentions.len()).any(|k| shown(k) && !keys.contains(&k));
    if others {
        keys
    } else {
        Vec::new()
    }
}

/// Column mentions that only say which rows an aggregate runs over: named after the first
/// aggregate cue ("the maximum capacity across all shelters"), not listed beside it with
/// "and", and with no grouping word ("each", "per", "in one", "different") anywhere; each
/// with whether a clause of its own holds it ("who are retired").
fn scope_mentions(
    cx: &Ctx<'_>,
    roles: &[Option<Role>],
    count: bool,
    count_at: Option<usize>,
    extra_aggs: usize,
) -> Vec<(usize, bool)> {
    let n = cx.tokens.len();
    let aggregated =
        count || extra_aggs > 0 || roles.iter().any(|r| matches!(r, Some(Role::Agg(_))));
    let grouped = roles.contains(&Some(Role::Group))
        || (0..n).any(|i| cx.is(i, &["each", "per", "every", "respectively", "respective"]));
    if !aggregated || grouped {
        return Vec::new();
    }
    let agg_cue =
        (0..n).find(|&i| cx.used[i] && cx.mention_at(i).is_none() && agg_word(cx.lw(i)).is_some());
    let cue = match (count.then_some(count_at).flatten(), agg_cue) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => match a.or(b) {
            Some(c) => c,
            None => return Vec::new(),
        },
    };
    (0..cx.mentions.len())
        .filter(|&k| {
            let m = &cx.mentions[k];
            // Listed after the aggregated column, not between aggregates ("the total and
            // minimum capacity of all shelters").
            let from = (0..k)
                .filter(|&j| matches!(roles[j], Some(Role::Agg(_))))
                .map(|j| cx.mentions[j].end)
                .fold(cue, usize::max);
            let listed = (from..m.start).any(|j| {
                cx.is(
                    j,
                    &[
                        "and", "along", "together", "also", "plus", "besides", "well",
                    ],
                )
            });
            // "the number of pets in one kennel", "in different towns": groups.
            let group_word = cx
                .prev_word(m.start)
                .is_some_and(|p| cx.is(p, &["one", "different", "various", "corresponding"]));
            roles[k] == Some(Role::Project) && m.start > cue && !listed && !group_word
        })
        .map(|k| {
            let clause = (cue..cx.mentions[k].start).any(|j| {
                cx.is(
                    j,
                    &[
                        "who", "that", "which", "whose", "where", "is", "are", "was", "were",
                        "has", "have", "had",
                    ],
                )
            });
            (k, clause)
        })
        .collect()
}

/// Evidence about how the query's tables and columns were chosen: what the question names
/// outright is reliable, what the planner filled in (a shown column, the pick among
/// near-equal columns, a join over one of several links) is where misreadings hide.
/// Records notes only; never changes the query.
fn link_evidence(cx: &mut Ctx<'_>, q: &Query, resolved: &[Option<ColId>], named: &BTreeSet<usize>) {
    let index = cx.index;
    // What places the question in a table besides naming it: a value only one table holds
    // ("Show the salary of Ann Lee"). A column tie such a value settles is no coin toss
    // either, unless another place the question points to (a table it names, a column only
    // one table has) is among the tied tables too.
    let mut by_value: BTreeSet<usize> = BTreeSet::new();
    let mut anchor = named.clone();
    for m in cx.mentions {
        let (tables, value): (BTreeSet<usize>, bool) = match &m.target {
            // A value held by a key and its copies in the tables that refer to it ("code RV"
            // in the code table and in the documents) places the question at the key's table.
            Target::Value(hits)
                if hits.len() > 1
                    && hits.iter().all(|h| same_key(index, h.col, hits[0].col))
                    && hits
                        .iter()
                        .any(|h| index.col(&h.col).is_some_and(|c| c.is_pk)) =>
            {
                let owner = hits
                    .iter()
                    .find(|h| index.col(&h.col).is_some_and(|c| c.is_pk))
                    .map(|h| h.col.table);
                (owner.into_iter().collect(), true)
            }
            Target::Value(hits) => (hits.iter().map(|h| h.col.table).collect(), true),
            Target::Column(cands) => (cands.iter().map(|c| c.0.table).collect(), false),
            _ => continue,
        };
        if let [t] = tables.into_iter().collect::<Vec<_>>()[..] {
            anchor.insert(t);
            if value {
                by_value.insert(t);
            }
        }
    }
    let settled = |cands: &[(ColId, f32)], c: ColId| {
        let fits: BTreeSet<usize> = cands
            .iter()
            .map(|x| x.0.table)
            .filter(|t| anchor.contains(t))
            .collect();
        by_value.contains(&c.table) && fits.len() == 1 && fits.contains(&c.table)
    };
    for (k, m) in cx.mentions.iter().enumerate() {
        match &m.target {
            Target::Value(hits) => {
                // A value held by several columns: which one was meant is a guess.
                let mut cols: Vec<ColId> = hits.iter().map(|h| h.col).collect();
                cols.sort();
                cols.dedup();
                cx.pen("value_spread", cols.len().saturating_sub(1).min(3) as f32);
                // "orders in Paris" where no named table holds the value: the value pulled
                // in a table of its own.
                if !named.is_empty() && !hits.iter().any(|h| named.contains(&h.col.table)) {
                    cx.pen("value_outside_named", 1.0);
                }
            }
            // ("names of customers": a tie the question settles by naming the column's
            // table is no coin toss.)
            Target::Column(_)
                if resolved
                    .get(k)
                    .copied()
                    .flatten()
                    .is_some_and(|c| named.contains(&c.table)) => {}
            Target::Column(cands)
                if resolved
                    .get(k)
                    .copied()
                    .flatten()
                    .is_some_and(|c| settled(cands, c)) => {}
            // ("the regattas whose name": "whose" settles the tie the same way.)
            Target::Column(_)
                if k > 0
                    && m.start > 0
                    && cx.is(m.start - 1, &["whose"])
                    && resolved
                        .get(k)
                        .copied()
                        .flatten()
                        .is_some_and(|c| whose_table(cx, resolved, k) == Some(c.table)) => {}
            Target::Column(cands) => {
                // How close the runner-up (another column) came, and across how many tables
                // the near-equal columns spread: a near tie is a coin toss even when the
                // planner's context broke it. A copy of the picked key in a table that
                // refers to it (or one both refer to) holds the same values: no rival.
                let picked = resolved.get(k).copied().flatten();
                let cands: Vec<(ColId, f32)> = cands
                    .iter()
                    .filter(|x| picked.is_none_or(|c| x.0 == c || !same_key(index, x.0, c)))
                    .cloned()
                    .collect();
                let best = cands.first().map_or(0.0, |c| c.1);
                if let Some(second) = cands.iter().skip(1).map(|c| c.1).reduce(f32::max) {
                    cx.pen("col_margin", (0.1 - (best - second)).clamp(0.0, 0.1) * 10.0);
                    let tables: BTreeSet<usize> = cands.iter().map(|c| c.0.table).collect();
                    cx.pen(
                        "col_rival_tables",
                        tables.len().saturating_sub(1).min(3) as f32,
                    );
                }
            }
            _ => {}
        }
    }
    // Two tables joined where the schema links them more than one way ("home team" and
    // "away team"): the planner took one of the links. (Also when the question words the
    // link, "the receiving garden": not counting it then answered 12 more held-out questions
    // in round 22, half of them wrong.)
    let multi = q
        .joins
        .iter()
        .filter(|(a, b)| links_between(index, a.table, b.table) > 1)
        .count();
    cx.pen("join_multi_link", multi as f32);
    // "the last name of their senior inspector" answered with `Senior`, a key of the
    // inspectors' own table: the person asked for is another row of it (a self-join the
    // planner does not build), and the key is no name of them.
    let self_ref_shown = q
        .select
        .iter()
        .any(|e| matches!(e, Expr::Col(c) if index.self_references.contains(c)));
    if self_ref_shown {
        cx.pen("self_ref_shown", 1.0);
    }
    // Two tables joined only through a parent both refer to, each with many rows per parent
    // (the harvests and the inspections of an orchard): every row of one meets every row of the
    // other, which is rarely what was asked; the column that pulled the second table in is
    // often a word that also named a column of the first.
    cx.pen("join_shared_parent", shared_parents(index, q) as f32);
    // A shown column no word names, of a table no word names either: the label of a named
    // table ("list the customers") is the usual answer, a column from elsewhere a guess.
    let said_cols: BTreeSet<ColId> = resolved.iter().flatten().copied().collect();
    let unsaid = q
        .select
        .iter()
        .filter(
            |e| matches!(e, Expr::Col(c) if !said_cols.contains(c) && !named.contains(&c.table)),
        )
        .count();
    cx.pen("select_unsaid_table", unsaid as f32);
}

impl Ctx<'_> {
    fn used_by_comparison(&self, i: usize) -> bool {
        i > 0 && self.used[i] && comparison_ends_at(self, i)
    }
}

fn comparison_ends_at(cx: &Ctx<'_>, i: usize) -> bool {
    (i.saturating_sub(8)..=i).any(|s| comparison(cx, s).is_some_and(|c| c.num_at == i))
        || (i >= 1 && cx.is(i - 1, &["between"]))
        // "between 10 and 15": only the "and" of a "between" ends a comparison ("3 doors and
        // 5 doors" has a second number of its own).
        || (i >= 3 && cx.is(i - 1, &["and"]) && cx.is(i - 3, &["between"]))
}

/// "for different types", "the maximum share count of different types": "different" before
/// a mention (at `before`, with `before2` the word before it) asks for one group per value,
/// as "for each" does; "the number of different types" counts them instead.
fn groups_by_different(cx: &Ctx<'_>, before: Option<usize>, before2: Option<usize>) -> bool {
    let Some(b) = before.filter(|&b| cx.is(b, &["different", "various"])) else {
        return false;
    };
    let of_different = b >= 2
        && cx.is(b - 1, &["of"])
        && !(cx.is(b - 2, &["number", "count", "total"]) && cx.mention_at(b - 2).is_none())
        && has_agg_word(cx);
    of_different || before2.is_some_and(|x| cx.is(x, &["for", "by", "across"]))
}

fn has_agg_word(cx: &Ctx<'_>) -> bool {
    // ("ordered from largest to smallest": words a direction took are no aggregate; nor is
    // a word of a column's own name, "average weight" for `average_weight_kg`.)
    let in_a_name = |i: usize| {
        cx.mentions.iter().any(|m| {
            m.start <= i
                && i < m.end
                && match &m.target {
                    Target::Column(cands) => cands.iter().any(|(c, _)| {
                        cx.index
                            .col(c)
                            .is_some_and(|ci| ci.words.contains(&cx.tokens[i].stem))
                    }),
                    _ => false,
                }
        })
    };
    cx.tokens
        .iter()
        .enumerate()
        .any(|(i, t)| agg_word(&t.lower).is_some() && !cx.transparent[i] && !in_a_name(i))
}

/// Words no rule took that the query still answers, marked read so the word evidence does not
/// count them against it: a kind word beside a column ("phone number", "founded year"),
/// "members" after a table, "names" of a table shown by its label, "under" before what places
/// the rows, and the words that asked for an order the rows have.
fn words_the_query_reads(cx: &mut Ctx<'_>, q: &Query) {
    let (tokens, mentions, index) = (cx.tokens, cx.mentions, cx.index);
    let n = tokens.len();
    // "the phone number", "desk numbers", "the urban percentage", "total scores" for
    // `phone`, `desk`, `urban`, `total`: the word right after a column's name says what
    // kind of value it holds, not a count or another column. "faculty members",
    // "crew member": a table's rows are its members.
    for m in mentions {
        let kind_word = match &m.target {
            Target::Column(cands) => {
                // "the founded year" for a `founded` column of years or dates.
                let year_kind = cx.is(m.end, &["year", "years"])
                    && cands.first().is_some_and(|(c, _)| {
                        (numeric(index, *c) || is_date(index, *c))
                            && index
                                .col(c)
                                .is_some_and(|ci| !ci.words.iter().any(|w| w == "year"))
                    });
                (cx.is(
                    m.end,
                    &["number", "numbers", "percentage", "score", "scores"],
                ) || year_kind)
                    && cx.mention_at(m.end).is_none()
            }
            Target::Table(_) => cx.is(m.end, &["member", "members"]),
            _ => false,
        };
        if kind_word && !cx.used[m.end] {
            cx.mark(m.end, 1);
        }
    }
    // "the names of every song" where songs are named by a `title` column and no column
    // is a name: the shown label is what "names" asked for.
    for i in 0..n {
        if cx.used[i] || !cx.is(i, &["name", "names"]) || cx.mention_at(i).is_some() {
            continue;
        }
        let mut j = i + 1;
        while cx.is(j, &["of", "the", "all", "a", "an", "each", "every"]) {
            j += 1;
        }
        let labelled = mentions.iter().any(|m| match m.target {
            Target::Table(t) if m.start == j && j > i + 1 => {
                index.tables.get(t).is_some_and(|ti| {
                    ti.label.iter().any(|&c| {
                        q.select.contains(&Expr::Col(ColId {
                            table: t,
                            column: c,
                        }))
                    })
                })
            }
            _ => false,
        });
        if labelled {
            cx.mark(i, 1);
        }
    }
    // "the payments under the client X", "songs under label Y": with no number after it,
    // "under" places rows in what follows (read by the join), it compares nothing.
    for i in 0..n {
        let mut j = i + 1;
        while cx.is(j, &["the", "a", "an"]) {
            j += 1;
        }
        let number_next = tokens
            .get(j)
            .is_some_and(|t| matches!(t.kind, Kind::Number(_)));
        if cx.is(i, &["under"]) && !cx.used[i] && !number_next && cx.mention_at(j).is_some() {
            cx.mark(i, 1);
        }
    }
    // "sorted by age in ascending order": with the rows ordered, the words that ask for
    // an order were read, whichever rule placed it.
    let ordered =
        !q.order_by.is_empty() || q.set_op.as_ref().is_some_and(|s| !s.1.order_by.is_empty());
    // ("placed an order last week": the noun names orders, not a sort.)
    for i in 0..n {
        let asks = match cx.lw(i) {
            // A command ("Order the ...") or a sort asked for ("in ascending order of").
            "order" => {
                i == 0
                    || cx.tokens[i].capital
                    || cx.is(i + 1, &["by", "of"])
                    || cx.prev_word(i).is_some_and(|b| {
                        cx.is(
                            b,
                            &[
                                "in",
                                "ascending",
                                "descending",
                                "alphabetical",
                                "alphabetic",
                                "increasing",
                                "decreasing",
                                "reverse",
                                "numerical",
                                "chronological",
                                "lexicographical",
                            ],
                        )
                    })
            }
            w => ORDER_VERBS.contains(&w),
        };
        if ordered && asks {
            cx.mark(i, 1);
        }
    }
}

/// Whether two columns hold one key's values: one refers to the other, or both refer to the
/// same column.
/// "countries with farms using panel type BIFAC but no farms using POLY", read as a NOT IN
/// over the panel types' own code: one row's code is not two codes at once, so that NOT IN
/// only repeats the first value. Asked of what the rows share (the countries), it is the
/// rows of the first value less those of the second: an EXCEPT. Whether it was rewritten.
fn value_not_in_to_except(index: &Index, q: &mut Query) -> bool {
    if q.set_op.is_some()
        || !q.group_by.is_empty()
        || q.select.iter().any(|e| !matches!(e, Expr::Col(_)))
    {
        return false;
    }
    let found = q.filters.iter().enumerate().find_map(|(i, f)| match f {
        Cond::NotIn(col, sub) => match (
            sub.select.as_slice(),
            sub.tables.as_slice(),
            sub.filters.as_slice(),
        ) {
            ([Expr::Col(k)], [_], [Cond::Cmp(Expr::Col(k2), Op::Eq, lit)])
                if k == k2 && same_key(index, *col, *k) =>
            {
                Some((i, *col, lit.clone()))
            }
            _ => None,
        },
        _ => None,
    });
    let Some((i, col, lit)) = found else {
        return false;
    };
    let first_value = q
        .filters
        .iter()
        .any(|f| matches!(f, Cond::Cmp(Expr::Col(c), Op::Eq, _) if *c == col));
    if !first_value {
        return false;
    }
    q.filters.remove(i);
    let mut rhs = q.clone();
    for f in rhs.filters.iter_mut() {
        if matches!(f, Cond::Cmp(Expr::Col(c), Op::Eq, _) if *c == col) {
            *f = Cond::Cmp(Expr::Col(col), Op::Eq, lit.clone());
        }
    }
    rhs.order_by.clear();
    rhs.limit = None;
    q.set_op = Some((SetOp::Except, Box::new(rhs)));
    true
}

fn same_key(index: &Index, a: ColId, b: ColId) -> bool {
    let target = |c: ColId| index.references().find(|e| e.from == c).map_or(c, |e| e.to);
    target(a) == target(b)
}

/// Whether token `i` stands between mentions of two different tables of the query (its
/// subqueries' too), or between a mention of one of them and a stored value, within a few
/// words on either side.
fn verb_the_query_reads(cx: &Ctx<'_>, q: &Query, resolved: &[Option<ColId>], i: usize) -> bool {
    let table_of = |k: usize| match &cx.mentions[k].target {
        Target::Table(t) => Some(*t),
        Target::Column(_) => resolved.get(k).copied().flatten().map(|c| c.table),
        Target::Value(hits) => hits.first().map(|h| h.col.table),
        _ => None,
    };
    // The tables of the query and of its subqueries ("assigned to some project" is an IN).
    let mut tables = BTreeSet::new();
    query_tables(q, &mut tables);
    let joined = |k: usize| table_of(k).filter(|t| tables.contains(t));
    let before = (0..cx.mentions.len())
        .rev()
        .find(|&k| cx.mentions[k].end <= i && cx.mentions[k].end + 3 >= i)
        .and_then(joined);
    let after = (0..cx.mentions.len())
        .find(|&k| cx.mentions[k].start > i && cx.mentions[k].start <= i + 4)
        .and_then(joined);
    let after_value = (0..cx.mentions.len())
        .find(|&k| cx.mentions[k].start > i && cx.mentions[k].start <= i + 4)
        .is_some_and(|k| matches!(cx.mentions[k].target, Target::Value(_)));
    matches!((before, after), (Some(a), Some(b)) if a != b || after_value)
}

/// "under 20", "over 65" with nothing named after the number: a small number under or over
/// that, said of people, is an age.
fn age_like(cx: &Ctx<'_>, cmp: &Comparison, num: &str, n: usize) -> bool {
    matches!(cmp.op, Op::Lt | Op::Gt)
        && num.parse::<f64>().is_ok_and(|v| v > 0.0 && v < 120.0)
        && cx.is(cmp.start, &["under", "over", "above", "below"])
        && !(cmp.next < n && cx.mention_at(cmp.next).is_some())
}

/// "from greatest to least", "from most recent to oldest", "starting with the newest" at
/// token `i`: whether the order it asks for is descending, and the token after it.
/// Only the first extreme sets the direction, and only words whose direction does not depend
/// on the column ("oldest" is the highest age but the earliest date).
fn from_extreme_to_extreme(cx: &Ctx<'_>, i: usize) -> Option<(bool, usize)> {
    const HIGH: &[&str] = &[
        "greatest", "highest", "largest", "biggest", "most", "maximum", "max", "latest", "newest",
        "recent", "recently", "longest", "tallest", "heaviest",
    ];
    const LOW: &[&str] = &[
        "least", "lowest", "smallest", "fewest", "minimum", "min", "earliest", "shortest",
        "lightest", "cheapest",
    ];
    let skip = |mut j: usize| {
        while cx.is(j, &["the", "most"]) && !cx.is(j + 1, &["to"]) {
            j += 1;
        }
        j
    };
    let end_word = |j: usize| {
        if cx.is(j, HIGH) {
            Some(true)
        } else if cx.is(j, LOW) {
            Some(false)
        } else {
            None
        }
    };
    // "ordered by survey year, starting with the newest": where the order starts says its
    // direction.
    if cx.is(i, &["starting", "beginning"]) && cx.is(i + 1, &["from", "with"]) {
        let a = skip(i + 2);
        let desc = end_word(a)?;
        return Some((desc, a + 1 + usize::from(cx.is(a + 1, &["one", "ones"]))));
    }
    if !cx.is(i, &["from"]) {
        return None;
    }
    let a = skip(i + 1);
    // "from youngest to oldest" (by age), "from the oldest to the newest" (by a date or
    // year): the pair says the direction that either word alone leaves open.
    if cx.is(a + 1, &["to"]) {
        let b = skip(a + 2);
        let pair = match (cx.lw(a), cx.lw(b)) {
            ("youngest", "oldest") => Some(false),
            ("oldest", "youngest") => Some(true),
            ("oldest", "newest" | "latest" | "recent") => Some(false),
            _ => None,
        };
        if let Some(desc) = pair {
            return Some((desc, b + 1));
        }
    }
    let desc = end_word(a)?;
    // "from the largest budget to the smallest", "from the earliest founded to the most
    // recently founded": the column ranked sits between the two ends (and may be said again).
    let named = cx
        .mentions
        .iter()
        .find(|m| m.start == a + 1 && matches!(m.target, Target::Column(_)));
    let to = named.map_or(a + 1, |m| m.end);
    if !cx.is(to, &["to"]) {
        return None;
    }
    let b = skip(to + 1);
    let other = if desc { LOW } else { HIGH };
    if !(cx.is(b, other) || cx.is(b, &["oldest", "youngest", "first", "last"])) {
        return None;
    }
    let again = named.and_then(|n| {
        cx.mentions
            .iter()
            .find(|m| m.start == b + 1 && m.end - m.start == n.end - n.start)
            .filter(|m| (0..m.end - m.start).all(|j| cx.lw(m.start + j) == cx.lw(n.start + j)))
    });
    Some((desc, again.map_or(b + 1, |m| m.end)))
}

/// Whether the question says a word of a column that refers to its own table (`supervisor`,
/// said as "supervisor" or "supervised") of a table the query reads, while the query never
/// reads that column or the question asks for something "of the supervisor".
fn refers_to_own_table_unread(cx: &Ctx<'_>, q: &Query) -> bool {
    let index = cx.index;
    let mut read = BTreeSet::new();
    query_columns(index, q, &mut read);
    // "supervised" and `supervisor` share their first six letters, "managed" and
    // `manager` all of the stem; "reports to" says any such column.
    let says = |j: usize, t: &Token, w: &str| {
        let common = t
            .stem
            .chars()
            .zip(w.chars())
            .take_while(|(a, b)| a == b)
            .count();
        (w.len() >= 4 && common >= w.len().min(6)) || (t.stem == "report" && cx.is(j + 1, &["to"]))
    };
    // "the first name of their supervisor", "the supervisor's first name": something of the
    // row referred to, even when the reference itself is shown.
    let of_the = |j: usize| {
        (j >= 2 && cx.is(j - 1, &["the", "their", "his", "her", "its"]) && cx.is(j - 2, &["of"]))
            || cx
                .mentions
                .iter()
                .any(|m| m.start == j + 1 && matches!(m.target, Target::Column(_)))
    };
    index.self_references.iter().any(|c| {
        let Some(ci) = index.col(c) else {
            return false;
        };
        // "vendors who mentor at least two others": a count of the rows referring to each,
        // never a size of the reference itself.
        let sized = q.filters.iter().any(|f| {
            matches!(f, Cond::Cmp(Expr::Col(x), op, Lit::Num(_)) if x == c && *op != Op::Eq && *op != Op::Ne)
        });
        q.tables.contains(&c.table)
            && cx.tokens.iter().enumerate().any(|(j, t)| {
                ci.own_words
                    .iter()
                    .any(|w| says(j, t, w) && (!read.contains(c) || of_the(j) || sized))
            })
    })
}

/// The table mention right after an unused superlative at `j` ("the three largest
/// orchards"), if the word at `j` is one.
fn superlative_before_rows<'m>(cx: &Ctx<'m>, j: usize) -> Option<&'m Mention> {
    if cx.used.get(j).copied().unwrap_or(true)
        || !(MOST.contains(&cx.lw(j)) || LEAST.contains(&cx.lw(j)))
    {
        return None;
    }
    cx.mentions
        .iter()
        .find(|o| o.start == j + 1 && matches!(o.target, Target::Table(_)))
}

/// The stems a column's name uses for a unit said after a number ("kilograms": `kg`).
fn unit_marks(unit: &str) -> Option<&'static [&'static str]> {
    Some(match unit {
        "kilograms" | "kilogram" | "kg" | "kgs" => &["kg", "kilogram"],
        "kilometers" | "kilometres" | "kilometer" | "kilometre" | "km" => &["km", "kilomet"],
        "meters" | "metres" | "meter" | "metre" => &["m", "meter", "metr"],
        "miles" | "mile" => &["mile", "mi"],
        "minutes" | "minute" | "mins" => &["min", "minut"],
        "hours" | "hour" | "hrs" => &["hour", "hr", "hrs"],
        "tonnes" | "tons" | "tonne" | "ton" => &["tonn", "ton", "t"],
        "litres" | "liters" | "litre" | "liter" => &["litr", "liter", "l"],
        _ => return None,
    })
}

/// "unresolved", "unpaid": a past participle negated by "un", an adjective of state.
fn negated_participle(w: &str) -> bool {
    w.strip_prefix("un").is_some_and(|rest| {
        rest.len() > 3 && (rest.ends_with("ed") || crate::lexicon::irregular_base(rest).is_some())
    })
}

/// The value keys a sex column may store for a word that names one ("female": `f`, `female`).
fn sex_word(w: &str) -> Option<&'static [&'static str]> {
    match w {
        "male" | "men" | "boys" | "man" | "boy" => Some(&["m", "male"]),
        "female" | "women" | "girls" | "woman" | "girl" | "ladies" | "lady" => {
            Some(&["f", "female"])
        }
        _ => None,
    }
}

/// The nearest column mention ending within two words before token `i` that has no role yet.
fn column_before(
    cx: &Ctx<'_>,
    resolved: &[Option<ColId>],
    i: usize,
    roles: &[Option<Role>],
) -> Option<(usize, ColId)> {
    let k = cx.mentions.iter().rposition(|m| m.end <= i)?;
    let m = &cx.mentions[k];
    // "majoring in '600'": a column named by a verb's -ing form takes the value after "in".
    let verb_in = m.end > m.start && cx.lw(m.end - 1).ends_with("ing");
    let gap = (m.end..i)
        .filter(|&j| {
            let filler = cx.is(
                j,
                &[
                    "is", "are", "was", "were", "of", "the", "a", "with", "that", "has", "have",
                    "had", "its", "their", "whose", "which", "who", "be", "not", "as", "named",
                    "called", "equal", "to", "equals", "either",
                ],
            );
            let verb_in_word = verb_in && cx.is(j, &["in"]);
            !(filler || verb_in_word)
        })
        .count();
    if gap > 0 || roles[k].is_some() {
        return None;
    }
    resolved[k].map(|c| (k, c))
}

/// The column mention right before mention `k` (fillers and "is"/"named" between).
fn column_mention_before(
    cx: &Ctx<'_>,
    resolved: &[Option<ColId>],
    k: usize,
    roles: &[Option<Role>],
) -> Option<(usize, ColId)> {
    if k == 0 {
        return None;
    }
    let m = &cx.mentions[k];
    column_before(cx, resolved, m.start, roles).filter(|(ck, _)| *ck == k - 1)
}

fn column_mention_just_before(
    cx: &Ctx<'_>,
    resolved: &[Option<ColId>],
    k: usize,
) -> Option<(usize, ColId)> {
    let none = vec![None; cx.mentions.len()];
    column_mention_before(cx, resolved, k, &none)
}

/// Tables named as a noun before another table's name ("bell foundries", "kite makers")
/// whose rows refer to that table, named nowhere else: each with where its words are.
fn compound_modifiers(cx: &Ctx<'_>) -> Vec<(usize, usize, usize)> {
    let once = |t: usize| {
        cx.mentions
            .iter()
            .filter(|m| matches!(m.target, Target::Table(u) if u == t))
            .count()
            == 1
    };
    cx.mentions
        .windows(2)
        .filter_map(|w| match (&w[0].target, &w[1].target) {
            (Target::Table(a), Target::Table(b))
                if a != b
                    && w[0].end == w[1].start
                    && !cx.tokens[w[0].end - 1].lower.ends_with('s')
                    && once(*a)
                    && cx
                        .index
                        .sure_edges()
                        .iter()
                        .any(|e| e.from.table == *a && e.to.table == *b) =>
            {
                Some((*a, w[0].start, w[0].end - w[0].start))
            }
            _ => None,
        })
        .collect()
}

/// The year column "in 2005" and "after 1990" mean. With several tables in play that each
/// have one, the year belongs to what the question asks about: the tables of its column
/// mentions first ("the average toll in 2010"), then a table named just before the phrase
/// ("the boat and lock names for passages made in 2023": the passage's year, not the boat's;
/// `cue` is where the phrase begins), then the tables it names ("voyages in 2010"), not a
/// table only a value brought in ("at Springfield College").
/// A year picked among several is recorded as `year_among_several`.
fn year_column(
    cx: &mut Ctx<'_>,
    resolved: &[Option<ColId>],
    named: &BTreeSet<usize>,
    tables: &BTreeSet<usize>,
    cue: usize,
) -> Option<ColId> {
    if let Some(c) = implied_column(cx, tables, "year") {
        return Some(c);
    }
    let of_columns: BTreeSet<usize> = resolved.iter().flatten().map(|c| c.table).collect();
    // A table named just before, maybe with one verb between ("passages made in", "a
    // competition held in"), when the columns' tables do not settle it.
    let just_before = cx.mentions.iter().rev().find_map(|m| match m.target {
        Target::Table(t) if m.end <= cue && cue <= m.end + 1 && named.contains(&t) => Some(t),
        _ => None,
    });
    let picked = implied_column(cx, &of_columns, "year")
        .or_else(|| just_before.and_then(|t| implied_column(cx, &BTreeSet::from([t]), "year")))
        .or_else(|| implied_column(cx, named, "year"));
    if picked.is_some() {
        cx.pen("year_among_several", 1.0);
        return picked;
    }
    // "riders with a mentor starting after 2011": the year of the pairing, kept by the table
    // that links two tables in play.
    let links: BTreeSet<usize> = (0..cx.index.tables.len())
        .filter(|t| !tables.contains(t))
        .filter(|&t| {
            let reached: BTreeSet<usize> = cx
                .index
                .sure_edges()
                .iter()
                .filter(|e| e.from.table == t && tables.contains(&e.to.table))
                .map(|e| e.to.table)
                .collect();
            reached.len() >= 2
        })
        .collect();
    let linked = implied_column(cx, &links, "year");
    if linked.is_some() {
        cx.pen("year_among_several", 1.0);
    }
    linked
}

/// The one non-text column whose words contain `word` in the tables in play.
fn implied_column(cx: &Ctx<'_>, tables: &BTreeSet<usize>, word: &str) -> Option<ColId> {
    // (`years_working` holds how long, not a year: "hired in 2021" is not about it.)
    let duration = |c: &crate::index::ColInfo| word == "year" && c.compact.contains("years");
    only_column(cx.index, tables, |c| {
        c.words.iter().any(|w| w == word) && c.class != TypeClass::Text && !duration(c)
    })
    // Numbers kept as text ("guests older than 40" where `age` is text).
    .or_else(|| {
        only_column(cx.index, tables, |c| {
            c.words.iter().any(|w| w == word) && c.number_text && !c.is_key
        })
    })
}

/// [`implied_column`] for a measure a superlative implies, or else for the names the measure
/// is often kept under: a price as a cost; a length (or, for "the shortest", a height) as a
/// duration or a number of pages ("the longest film", "the shortest book").
fn implied_measure(cx: &Ctx<'_>, tables: &BTreeSet<usize>, word: &str) -> Option<ColId> {
    // Stems, as names are kept: "duration" -> "durat", "pages" -> "page".
    let stand_ins: &[&str] = match word {
        "price" => &["cost", "fee"],
        // "the longest races" where races keep a distance; films, a running time.
        "length" => &["durat", "page", "distanc", "runtim"],
        "height" => &["length", "durat", "page", "distanc"],
        _ => &[],
    };
    std::iter::once(word)
        .chain(stand_ins.iter().copied())
        .find_map(|w| implied_column(cx, tables, w))
}

/// The number column of table `t` that says it holds a number of `word`s
/// (`number_of_teams`, `num_teams`, `team_count`).
fn number_of_column(index: &Index, t: usize, word: &str) -> Option<ColId> {
    let ti = index.tables.get(t)?;
    let mut found = ti.columns.iter().enumerate().filter(|(_, ci)| {
        ci.class.is_numeric()
            && !ci.is_key
            && ci.words.iter().any(|w| w == word)
            && ci
                .words
                .iter()
                .any(|w| matches!(w.as_str(), "number" | "num" | "count" | "total"))
    });
    let (i, _) = found.next()?;
    found.next().is_none().then_some(ColId {
        table: t,
        column: i,
    })
}

/// The one number column of `tables` with a word (five letters or more) that begins the
/// stem `stem` or that it begins ("experienc" for `years_experience`, stemmed "experi").
fn measure_named_by(index: &Index, tables: &BTreeSet<usize>, stem: &str) -> Option<ColId> {
    let mut found = tables.iter().flat_map(|&t| {
        index.tables.get(t).into_iter().flat_map(move |ti| {
            ti.columns.iter().enumerate().filter_map(move |(i, ci)| {
                let named = ci
                    .words
                    .iter()
                    .any(|w| w.len() >= 5 && (stem.starts_with(w.as_str()) || w.starts_with(stem)));
                (named && ci.class.is_numeric() && !ci.is_key).then_some(ColId {
                    table: t,
                    column: i,
                })
            })
        })
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// The one column among `tables` that `pick` accepts; `None` when none or several do.
fn only_column(
    index: &Index,
    tables: &BTreeSet<usize>,
    pick: impl Fn(&crate::index::ColInfo) -> bool,
) -> Option<ColId> {
    let mut found = None;
    for &t in tables {
        let Some(ti) = index.tables.get(t) else {
            continue;
        };
        for (ci, c) in ti.columns.iter().enumerate() {
            if pick(c) {
                if found.is_some() {
                    return None;
                }
                found = Some(ColId {
                    table: t,
                    column: ci,
                });
            }
        }
    }
    found
}

/// For a question opening with "where" or "when": the table's one place or time column.
/// A date or timestamp column, or one named a date, year or time.
fn holds_a_time(c: &crate::index::ColInfo) -> bool {
    matches!(c.class, TypeClass::Date | TypeClass::Timestamp)
        || c.words
            .iter()
            .any(|w| matches!(w.as_str(), "date" | "year" | "time"))
}

fn wh_column(cx: &Ctx<'_>, index: &Index, t: usize) -> Option<ColId> {
    let ti = index.tables.get(t)?;
    let wants_place = cx.is(0, &["where"]);
    let wants_time = cx.is(0, &["when"]);
    if !wants_place && !wants_time {
        return None;
    }
    let fits = |c: &crate::index::ColInfo| {
        if wants_place {
            c.words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "address" | "locat" | "place" | "citi" | "locality"
                )
            })
        } else {
            holds_a_time(c)
        }
    };
    let found: Vec<usize> = ti
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| fits(c))
        .map(|(i, _)| i)
        .collect();
    match found.as_slice() {
        [c] => Some(ColId {
            table: t,
            column: *c,
        }),
        _ => None,
    }
}

/// "How many orders were placed each year?", "the total sales per year": an aggregate over
/// rows with one date column and no column of years, grouped by the date's year, which is
/// shown first. Only for a query of aggregates alone, so nothing else needs grouping.
fn year_groups(cx: &mut Ctx<'_>, q: &mut Query) {
    let Some(i) = (1..cx.tokens.len()).find(|&i| {
        cx.is(i, &["year", "years"]) && !cx.used[i] && cx.is(i - 1, &["each", "per", "every", "by"])
    }) else {
        return;
    };
    if q.set_op.is_some() || !q.having.is_empty() || !q.order_by.is_empty() || q.limit.is_some() {
        return;
    }
    // "How many parcels were sent each year?" read as a count per `sent_on` day: the verb
    // named the date, "each year" says it is counted by its year.
    if let [g] = q.group_by[..] {
        let shown_once = q.select.iter().filter(|e| **e == Expr::Col(g)).count() == 1
            && q.select
                .iter()
                .all(|e| *e == Expr::Col(g) || matches!(e, Expr::Agg { .. }));
        if shown_once && is_date(cx.index, g) {
            for e in &mut q.select {
                if *e == Expr::Col(g) {
                    *e = Expr::YearOf(g);
                }
            }
            q.group_by.clear();
            q.group_by_year = Some(g);
        }
    }
    let tables: BTreeSet<usize> = q.tables.iter().copied().collect();
    // "the number of tickets opened each year": the verb named the date, and the rows are
    // counted per year of it, not its distinct days.
    if let [Expr::Agg {
        agg: Agg::Count,
        col: Some(c),
        ..
    }] = q.select[..]
    {
        if q.group_by.is_empty() && q.group_by_year.is_none() && is_date(cx.index, c) {
            q.select = vec![Expr::YearOf(c), count_rows()];
            q.group_by_year = Some(c);
        }
    }
    let aggregates_only =
        !q.select.is_empty() && q.select.iter().all(|e| matches!(e, Expr::Agg { .. }));
    if q.group_by_year.is_none() && aggregates_only && q.group_by.is_empty() {
        // Of several dates, the one the question named ("tickets opened each year" beside
        // a closing date).
        let named: BTreeSet<ColId> = cx
            .mentions
            .iter()
            .filter_map(|m| match &m.target {
                Target::Column(cols) => cols.first().map(|(c, _)| *c),
                _ => None,
            })
            .filter(|c| tables.contains(&c.table) && is_date(cx.index, *c))
            .collect();
        let only_named = (named.len() == 1).then(|| named.first().copied()).flatten();
        if let Some(c) = date_column(cx.index, &tables).or(only_named) {
            q.select.insert(0, Expr::YearOf(c));
            q.group_by_year = Some(c);
        }
    }
    if q.group_by_year.is_none() {
        return;
    }
    // "for each year", "in each year": the preposition goes with it.
    let from = if i >= 2 && cx.is(i - 2, &["for", "in"]) {
        i - 2
    } else {
        i - 1
    };
    cx.mark(from, i + 1 - from);
    cx.pen("group_year", 1.0);
}

/// "How much have customers tipped altogether?", "How much was paid in total?": one number
/// of the rows, added up. Only a lone number column with nothing grouped or ranked.
fn how_much_in_all(cx: &mut Ctx<'_>, index: &Index, q: &mut Query) {
    let in_all = (0..cx.tokens.len()).find(|&i| {
        cx.is(i, &["altogether", "combined"])
            || (cx.is(i, &["total", "all"]) && i > 0 && cx.is(i - 1, &["in"]))
    });
    let Some(at) = in_all.filter(|_| cx.at(0, &["how", "much"])) else {
        return;
    };
    if q.set_op.is_some() || !q.group_by.is_empty() || !q.order_by.is_empty() || q.limit.is_some() {
        return;
    }
    if let [Expr::Col(c)] = q.select[..] {
        if numeric(index, c) && !is_key(index, c) {
            q.select = vec![Expr::Agg {
                agg: Agg::Sum,
                col: Some(c),
                distinct: false,
            }];
            cx.mark(at, 1);
            cx.mark(0, 2);
        }
    }
}

/// The column word a superlative adjective implies, and whether it wants the largest value.
fn implied_superlative(w: &str) -> Option<(&'static str, bool)> {
    Some(match w {
        "oldest" => ("age", true),
        "youngest" => ("age", false),
        "tallest" => ("height", true),
        "shortest" => ("height", false),
        "longest" => ("length", true),
        "heaviest" => ("weight", true),
        "lightest" => ("weight", false),
        "cheapest" => ("price", false),
        "priciest" | "pricy" | "pricey" => ("price", true),
        "earliest" => ("date", false),
        "latest" | "newest" | "recent" => ("date", true),
        _ => return None,
    })
}

/// "Ada Lovelace" -> ("Ada", "Lovelace"): two capitalised words, as a person's name is written.
fn split_full_name(text: &str) -> Option<(String, String)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        [a, b]
            if [a, b].iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
            }) =>
        {
            Some(((*a).to_string(), (*b).to_string()))
        }
        _ => None,
    }
}

/// A table's first-name and last-name columns: among the tables in play if one has them,
/// else the one table of the schema that has them.
fn name_pair(index: &Index, tables: &BTreeSet<usize>) -> Option<(ColId, ColId)> {
    let pair_of = |t: usize| crate::link::name_columns(index, t);
    let in_play: Vec<(ColId, ColId)> = tables.iter().filter_map(|&t| pair_of(t)).collect();
    if let [p] = in_play.as_slice() {
        return Some(*p);
    }
    if !in_play.is_empty() {
        return None;
    }
    let all: Vec<(ColId, ColId)> = (0..index.tables.len()).filter_map(pair_of).collect();
    match all.as_slice() {
        [p] => Some(*p),
        _ => None,
    }
}

fn is_date(index: &Index, c: ColId) -> bool {
    index
        .col(&c)
        .is_some_and(|ci| matches!(ci.class, TypeClass::Date | TypeClass::Timestamp))
}

/// The date a year or month compares with: a date column named at most `reach` words before
/// mention `k` and not yet read (its mention, to mark), else the one date column of the
/// tables in play (`usize::MAX` for no mention).
fn dated_column(
    index: &Index,
    mentions: &[Mention],
    resolved: &[Option<ColId>],
    roles: &[Option<Role>],
    k: usize,
    reach: usize,
    tables: &BTreeSet<usize>,
) -> Option<(usize, ColId)> {
    let start = mentions.get(k)?.start;
    mentions[..k]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, o)| o.end + reach >= start)
        .find(|(j, _)| roles[*j].is_none() && resolved[*j].is_some_and(|c| is_date(index, c)))
        .and_then(|(j, _)| resolved[j].map(|c| (j, c)))
        .or_else(|| date_column(index, tables).map(|c| (usize::MAX, c)))
}

/// The one date or timestamp column among the tables in play; of several, the one named
/// after its table ("order_date" in orders, beside "shipped_date"), if only one is.
fn date_column(index: &Index, tables: &BTreeSet<usize>) -> Option<ColId> {
    let date =
        |c: &crate::index::ColInfo| matches!(c.class, TypeClass::Date | TypeClass::Timestamp);
    only_column(index, tables, date).or_else(|| only_column(index, tables, |c| date(c) && c.home))
}

/// What a comparison with no column counts: "members with at least three borrowings", a
/// plural nothing names right after the number, where exactly one table refers to the rows
/// of the subject (the first table named). (A table named right before the comparison was
/// tried too: "a trainer hired after 2015", "loans of more than 900 pounds" compare a
/// column of it, not its rows.)
fn counted_without_a_column(cx: &mut Ctx<'_>, cmp: &Comparison) -> Option<usize> {
    let index = cx.index;
    let mentions = cx.mentions;
    let table_at = |k: usize| match mentions.get(k)?.target {
        Target::Table(t) => Some(t),
        _ => None,
    };
    let subject = (0..mentions.len())
        .find(|&k| mentions[k].end <= cmp.start && table_at(k).is_some())
        .and_then(table_at)?;
    let next = cmp.next;
    let unnamed = cx
        .tokens
        .get(next)
        .is_some_and(|t| t.kind == crate::tokenize::Kind::Word && plural_word(&t.lower))
        && cx.mention_at(next).is_none()
        && !cx.used[next];
    if !unnamed {
        return None;
    }
    let sure = index.sure_edges();
    let mut referrers: Vec<usize> = sure
        .iter()
        .filter(|e| e.to.table == subject && e.from.table != subject)
        .map(|e| e.from.table)
        .collect();
    referrers.sort_unstable();
    referrers.dedup();
    match referrers[..] {
        [r] => {
            cx.mark(next, 1);
            Some(r)
        }
        _ => None,
    }
}

/// A regular English plural ("members", not "class" or "bus").
pub(crate) fn plural_word(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// Stems of the words that name when an institution or a building came to be: the oldest
/// is the one founded first.
const FOUNDING_WORDS: &[&str] = &["found", "establish", "built", "open", "inaugur"];

/// Stems of the words that name when a row began.
const START_WORDS: &[&str] = &["start", "from", "begin", "open", "rais", "creat", "issu"];

/// Among several dates, the one a row starts with ("start", "valid_from", "raised"): "the most
/// recent booking" is the one that began last, not the one that ended last.
/// The one founding year or date among `tables` ("founded", "opened_in"): how old a row
/// is where it keeps no age.
fn founding_column(index: &Index, tables: &BTreeSet<usize>) -> Option<ColId> {
    only_column(index, tables, |c| {
        (c.class != TypeClass::Text || c.number_text)
            && !c.is_key
            && c.words.iter().any(|w| FOUNDING_WORDS.contains(&w.as_str()))
    })
}

fn start_date_column(index: &Index, tables: &BTreeSet<usize>) -> Option<ColId> {
    only_column(index, tables, |c| {
        matches!(c.class, TypeClass::Date | TypeClass::Timestamp)
            && c.words.iter().any(|w| START_WORDS.contains(&w.as_str()))
    })
}

/// `=` for a number, or `<>` when a "not" comes before it ("whose size is not 9"); the "not"
/// is then taken, and noted so that the negation pass leaves it alone.
fn equality_or_not(cx: &mut Ctx<'_>, not_at: Option<usize>, taken: &mut Vec<usize>) -> Op {
    match not_at {
        Some(j) => {
            cx.mark(j, 1);
            taken.push(j);
            Op::Ne
        }
        None => Op::Eq,
    }
}

/// Whether a literal is an ISO date, maybe with a time ("2021-03-15", "2021-03-15 08:30:00").
fn date_literal(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    crate::tokenize::iso_date_at(&chars) == Some(chars.len())
}

/// The comparison a date is the object of ("before", "after", "since", "earlier than",
/// "later than"), with the cue's words.
fn date_comparison(cx: &Ctx<'_>, before: Option<usize>) -> Option<(Op, Vec<usize>)> {
    let b = before?;
    // "after the date '2021-03-15'": the word for a date between cue and value.
    if cx.is(b, &["date", "day", "time"]) {
        let (op, mut cue) = date_comparison(cx, cx.prev_word(b).filter(|&p| p + 3 > b))?;
        cue.push(b);
        return Some((op, cue));
    }
    let op = match cx.lw(b) {
        "before" => Op::Lt,
        "until" | "till" => Op::Le,
        "after" => Op::Gt,
        "since" => Op::Ge,
        "than" => {
            let p = b.checked_sub(1)?;
            let op = match cx.lw(p) {
                "earlier" | "sooner" => Op::Lt,
                "later" => Op::Gt,
                _ => return None,
            };
            return Some((op, vec![p, b]));
        }
        _ => return None,
    };
    Some((op, vec![b]))
}

/// The number of a month named in full or in three letters ("march", "mar" -> 3).
fn month_number(word: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let i = NAMES.iter().position(|n| {
        *n == word
            || (word.len() == 3 && n.starts_with(word))
            || (word == "sept" && *n == "september")
    })?;
    u32::try_from(i + 1).ok()
}

/// A month of a year compared with a date after `cue` ("in", "before", "since", ...): the
/// comparisons with the first day of that month or the next, as ISO text.
fn month_edges(cue: &str, year: i32, month: u32) -> Vec<(Op, String)> {
    let first = format!("{year:04}-{month:02}-01");
    let next = if month == 12 {
        format!("{:04}-01-01", year + 1)
    } else {
        format!("{year:04}-{:02}-01", month + 1)
    };
    match cue {
        "before" => vec![(Op::Lt, first)],
        "until" | "till" | "through" => vec![(Op::Lt, next)],
        "after" => vec![(Op::Ge, next)],
        "since" | "from" => vec![(Op::Ge, first)],
        _ => vec![(Op::Ge, first), (Op::Lt, next)],
    }
}

/// A year compared with a date: the comparison with the first day of that year or the next,
/// as ISO text (which SQLite compares as text and other databases read as a date).
fn year_edge(op: Op, y: i64) -> (Op, String) {
    match op {
        Op::Lt => (Op::Lt, format!("{y:04}-01-01")),
        Op::Ge => (Op::Ge, format!("{y:04}-01-01")),
        Op::Le => (Op::Lt, format!("{:04}-01-01", y + 1)),
        _ => (Op::Ge, format!("{:04}-01-01", y + 1)),
    }
}

fn label_of_tables(index: &Index, tables: &BTreeSet<usize>) -> Option<ColId> {
    let mut it = tables.iter().filter_map(|&t| {
        index
            .tables
            .get(t)
            .and_then(|ti| match ti.label.as_slice() {
                [c] => Some(ColId {
                    table: t,
                    column: *c,
                }),
                _ => None,
            })
    });
    let first = it.next()?;
    if it.next().is_some() {
        return None;
    }
    Some(first)
}

fn table_key(index: &Index, t: usize) -> Option<ColId> {
    let ti = index.tables.get(t)?;
    let c = ti
        .columns
        .iter()
        .position(|c| c.is_pk)
        .or_else(|| {
            ti.columns
                .iter()
                .position(|c| c.is_key && c.words.last().is_some_and(|w| w == "id"))
        })
        .or_else(|| ti.columns.iter().position(|c| c.is_key))?;
    Some(ColId {
        table: t,
        column: c,
    })
}

/// The column of table `t` that holds its number ("tripno", "ticket_number"), when exactly
/// one does; else its numeric key.
fn number_column(index: &Index, t: usize) -> Option<ColId> {
    let ti = index.tables.get(t)?;
    let named: Vec<usize> = ti
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            // A short name ending in "no" ("tripno", "empno"), not "casino".
            let short_no = c.compact.ends_with("no") && c.compact.len() <= 5;
            short_no
                || c.words.iter().any(|x| x == "no")
                || ["number", "num", "nbr"]
                    .iter()
                    .any(|w| c.compact.ends_with(w) || c.words.iter().any(|x| x == w))
        })
        .map(|(i, _)| i)
        .collect();
    match named.as_slice() {
        [only] => Some(ColId {
            table: t,
            column: *only,
        }),
        _ => table_key(index, t).filter(|&c| numeric(index, c)),
    }
}

fn cond_col(c: &Cond) -> Option<ColId> {
    match c {
        Cond::Cmp(Expr::Col(x), _, _)
        | Cond::Between(Expr::Col(x), _, _)
        | Cond::Like(x, _, _)
        | Cond::In(x, _)
        | Cond::IsNull(x, _) => Some(*x),
        _ => None,
    }
}

fn cond_cols(c: &Cond) -> Vec<usize> {
    match c {
        Cond::Cmp(Expr::Col(x), _, _)
        | Cond::Cmp(Expr::Agg { col: Some(x), .. }, _, _)
        | Cond::Between(Expr::Col(x), _, _)
        | Cond::Like(x, _, _)
        | Cond::In(x, _)
        | Cond::IsNull(x, _)
        | Cond::NotIn(x, _)
        | Cond::InQuery(x, _)
        | Cond::CmpSub(Expr::Col(x), _, _) => vec![x.table],
        Cond::AnyOf(groups) => groups.iter().flatten().flat_map(cond_cols).collect(),
        Cond::CmpCol(a, _, b) => vec![a.table, b.table],
        _ => Vec::new(),
    }
}

/// A joined table used only by conditions on the very column it is joined by ("the dye unit
/// of the hue OCH" matched on the yarns' hue code): the other side of the join holds the
/// same value, so the condition moves there and the table leaves the join. Joining it would
/// only repeat rows (one per yarn of the hue) or check a row the key already names.
fn key_filters_to_the_joined_side(q: &mut Query) {
    if !q.having.is_empty() || !q.group_by.is_empty() {
        return;
    }
    loop {
        let other_uses = shown_tables(q);
        let on_key = |f: &Cond, k: ColId| match f {
            Cond::Cmp(Expr::Col(x), Op::Eq, _) | Cond::In(x, _) => *x == k,
            _ => false,
        };
        let found = q.tables.iter().skip(1).copied().find_map(|t| {
            if other_uses.contains(&t) {
                return None;
            }
            let mut touching = q
                .joins
                .iter()
                .enumerate()
                .filter(|(_, (a, b))| a.table == t || b.table == t);
            let (pos, &(a, b)) = touching.next()?;
            if touching.next().is_some() {
                return None;
            }
            let (mine, theirs) = if a.table == t { (b, a) } else { (a, b) };
            let conds: Vec<&Cond> = q
                .filters
                .iter()
                .filter(|f| cond_cols(f).contains(&t))
                .collect();
            (!conds.is_empty() && conds.iter().all(|f| on_key(f, theirs)))
                .then_some((t, pos, mine, theirs))
        });
        let Some((t, pos, mine, theirs)) = found else {
            return;
        };
        for f in &mut q.filters {
            match f {
                Cond::Cmp(Expr::Col(x), _, _) | Cond::In(x, _) if *x == theirs => *x = mine,
                _ => {}
            }
        }
        q.joins.remove(pos);
        q.tables.retain(|&x| x != t);
    }
}

/// A joined table that contributes no column only says "has a related row": joining it
/// would repeat rows, so it becomes `key IN (SELECT fk FROM table)`, or nothing when the
/// row reaches it through a reference to its own key (listed in `looked_up`). Returns how
/// many did.
fn existence_subqueries(
    index: &Index,
    q: &mut Query,
    counted: Option<usize>,
    looked_up: &mut Vec<usize>,
) -> usize {
    if !q.having.is_empty()
        || q.order_by
            .iter()
            .any(|(e, _)| matches!(e, Expr::Agg { .. }))
    {
        return 0;
    }
    let mut made = 0;
    // Tables next to a left-out lookup whose rows an aggregate still counts.
    let aggregated = q.select.iter().any(|e| matches!(e, Expr::Agg { .. }));
    let mut counted_rows: Vec<usize> = Vec::new();
    loop {
        let used = tables_used(q);
        // The table whose rows a count per group counts stays joined: as a subquery the
        // count would be one per group again.
        let leaf = q.tables.iter().skip(1).copied().find(|&t| {
            !used.contains(&t)
                && Some(t) != counted
                && !counted_rows.contains(&t)
                && q.joins
                    .iter()
                    .filter(|(a, b)| a.table == t || b.table == t)
                    .count()
                    == 1
        });
        let Some(t) = leaf else { return made };
        let Some(pos) = q
            .joins
            .iter()
            .position(|(a, b)| a.table == t || b.table == t)
        else {
            return made;
        };
        made += 1;
        let (a, b) = q.joins.remove(pos);
        let (mine, theirs) = if a.table == t { (b, a) } else { (a, b) };
        q.tables.retain(|&x| x != t);
        // A table reached only through a reference to its own key meets each referring row
        // once: "has a related row" says nothing more than that the reference is there.
        if sole_key(index, theirs) && index.edges.iter().any(|e| e.from == mine && e.to == theirs) {
            looked_up.push(t);
            if aggregated {
                counted_rows.push(mine.table);
            }
            continue;
        }
        q.filters.push(Cond::InQuery(
            mine,
            Box::new(Query {
                select: vec![Expr::Col(theirs)],
                tables: vec![t],
                ..Query::default()
            }),
        ));
    }
}

/// In a count or an aggregate per group, a joined table that contributes no column and is
/// reached only through a reference to its own whole key ("pupils" counted through
/// `membership.pupil_id`) meets each referring row once: it changes nothing the query
/// computes, so it is left out. Returns the tables left out.
fn unjoin_looked_up_leaves(index: &Index, q: &mut Query) -> Vec<usize> {
    // (Without groups, a count over a join becomes a count of distinct keys later on: the
    // joined table is what it counts.)
    let aggregated = q.select.iter().any(|e| matches!(e, Expr::Agg { .. }))
        || !q.having.is_empty()
        || q.order_by
            .iter()
            .any(|(e, _)| matches!(e, Expr::Agg { .. }));
    let mut unjoined = Vec::new();
    if !aggregated || q.group_by.is_empty() || q.set_op.is_some() {
        return unjoined;
    }
    while q.tables.len() > 1 {
        let used = tables_used(q);
        let leaf = q.tables.iter().copied().find(|&t| {
            let edges: Vec<&(ColId, ColId)> = q
                .joins
                .iter()
                .filter(|(a, b)| a.table == t || b.table == t)
                .collect();
            let looked_up = match edges.as_slice() {
                [(a, b)] => {
                    let (mine, theirs) = if a.table == t { (*a, *b) } else { (*b, *a) };
                    // ("the count of stops on each route" where a route keeps a start and an
                    // end stop: which reference is meant is not settled by leaving it out.)
                    let references = index
                        .edges
                        .iter()
                        .filter(|e| e.from.table == theirs.table && e.to == mine)
                        .count();
                    sole_key(index, mine)
                        && index.edges.iter().any(|e| e.from == theirs && e.to == mine)
                        && references == 1
                }
                _ => false,
            };
            !used.contains(&t) && looked_up
        });
        let Some(t) = leaf else { break };
        q.joins.retain(|(a, b)| a.table != t && b.table != t);
        q.tables.retain(|&x| x != t);
        join_in_order(q);
        unjoined.push(t);
    }
    unjoined
}

/// Every plain column shown or ordered by in a grouped query is grouped by too, unless its
/// table's whole key is: PostgreSQL (and MySQL with ONLY_FULL_GROUP_BY) refuse anything
/// else. A column that one value per group determines ("the orchard name" grouped by the
/// trees' `orchard_id`) leaves the groups as they were; any other gets a group per value
/// instead of an arbitrary one. (SQLite takes such columns as they are, and its SQL is left
/// alone: the extra columns would change which of several tied groups a LIMIT keeps.)
pub(crate) fn complete_grouping(index: &Index, q: &mut Query) {
    if let Some((_, rhs)) = q.set_op.as_mut() {
        complete_grouping(index, rhs);
    }
    if q.group_by.is_empty() {
        return;
    }
    let plain: Vec<ColId> = q
        .select
        .iter()
        .chain(q.order_by.iter().map(|(e, _)| e))
        .filter_map(|e| match e {
            Expr::Col(c) => Some(*c),
            _ => None,
        })
        .collect();
    for c in plain {
        let key_grouped = index
            .sole_key(c.table)
            .is_some_and(|k| q.group_by.contains(&k));
        if !q.group_by.contains(&c) && !key_grouped {
            q.group_by.push(c);
        }
    }
}

/// The tables of a query's shown columns, aggregates and orders (with repeats).
fn shown_tables(q: &Query) -> Vec<usize> {
    q.select
        .iter()
        .chain(q.order_by.iter().map(|(e, _)| e))
        .filter_map(|e| match e {
            Expr::Col(c) | Expr::YearOf(c) | Expr::Agg { col: Some(c), .. } => Some(c.table),
            Expr::AllOf(t) => Some(*t),
            Expr::Agg { col: None, .. } => None,
        })
        .collect()
}

/// The tables a query's shown columns, aggregates, orders, groups and conditions use (not
/// the ones it only joins).
fn tables_used(q: &Query) -> Vec<usize> {
    let mut used = shown_tables(q);
    used.extend(q.group_by.iter().map(|c| c.table));
    for f in q.filters.iter().chain(q.having.iter()) {
        used.extend(cond_cols(f));
    }
    used
}

/// After a leaf table is taken out: every table after the first joined to one before it.
fn join_in_order(q: &mut Query) {
    let Some(&first) = q.tables.first() else {
        return;
    };
    let mut order = vec![first];
    while order.len() < q.tables.len() {
        let next = q.tables.iter().copied().find(|&x| {
            !order.contains(&x)
                && q.joins.iter().any(|(a, b)| {
                    (a.table == x && order.contains(&b.table))
                        || (b.table == x && order.contains(&a.table))
                })
        });
        match next {
            Some(x) => order.push(x),
            None => break,
        }
    }
    if order.len() == q.tables.len() {
        q.tables = order;
    }
}

/// "the towns in the shire with the most constables": the superlative picks the
/// shire, and every town in it is shown, not the one town that heads an order by its
/// shire's number. Applies when the ranked column's table is named after a preposition
/// ("in", "of", "from", "on", ...) with the superlative after it (or right before it),
/// shows nothing itself, and is reached through a reference to its own key; the reference
/// is then compared with the key of the top row. Returns whether it applied.
fn superlative_of_the_container(cx: &Ctx<'_>, q: &mut Query) -> bool {
    let index = cx.index;
    let (oc, desc) = match q.order_by.as_slice() {
        [(Expr::Col(c), d)] => (*c, *d),
        _ => return false,
    };
    let b = oc.table;
    let plain = q.limit == Some(1)
        && q.group_by.is_empty()
        && q.having.is_empty()
        && q.set_op.is_none()
        && !q.distinct
        && q.select
            .iter()
            .all(|e| matches!(e, Expr::Col(c) if c.table != b))
        && !q.filters.iter().any(|f| cond_cols(f).contains(&b));
    if !plain || q.tables.len() < 2 {
        return false;
    }
    let touching: Vec<(ColId, ColId)> = q
        .joins
        .iter()
        .copied()
        .filter(|(x, y)| x.table == b || y.table == b)
        .collect();
    let [(x, y)] = touching.as_slice() else {
        return false;
    };
    let (reference, key) = if y.table == b { (*x, *y) } else { (*y, *x) };
    if !sole_key(index, key)
        || !index
            .edges
            .iter()
            .any(|e| e.from == reference && e.to == key)
    {
        return false;
    }
    // The container is named after a preposition, with the superlative after it ("the shire
    // with the most constables") or just before it ("the largest ward by area"),
    // and what is shown is named before it.
    let n = cx.tokens.len();
    let sup = |i: usize| MOST.contains(&cx.lw(i)) || LEAST.contains(&cx.lw(i));
    let named_container = cx.mentions.iter().enumerate().any(|(k, m)| {
        if !matches!(m.target, Target::Table(t) if t == b) {
            return false;
        }
        let mut p = m.start;
        let mut sup_before = false;
        while p > 0 && (cx.is(p - 1, &["the", "a"]) || sup(p - 1)) {
            sup_before |= sup(p - 1);
            p -= 1;
        }
        let after_prep = p > 0 && cx.is(p - 1, &["in", "of", "from", "within", "on", "at", "for"]);
        let sup_after = (m.end..n.min(m.end + 4)).any(sup)
            && (m.end..n.min(m.end + 2)).any(|j| cx.is(j, &["with", "that", "which", "having"]));
        let shown_before = cx.mentions[..k].iter().any(|o| match o.target {
            Target::Table(t) => t != b,
            Target::Column(_) => true,
            _ => false,
        });
        // "the clerk who filed the claim about the cheapest parcel" asks for
        // one; "the names of towns", "all the shops" for every one.
        let many = (0..p).any(|i| {
            let w = cx.lw(i);
            cx.is(i, &["all", "every"])
                || (cx.mention_at(i).is_some()
                    && w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss"))
        });
        after_prep && (sup_before || sup_after) && shown_before && many
    });
    if !named_container {
        return false;
    }
    q.joins.retain(|(x, y)| x.table != b && y.table != b);
    q.tables.retain(|&t| t != b);
    join_in_order(q);
    q.filters.push(Cond::CmpSub(
        Expr::Col(reference),
        Op::Eq,
        Box::new(Query {
            select: vec![Expr::Col(key)],
            tables: vec![b],
            order_by: vec![(Expr::Col(oc), desc)],
            limit: Some(1),
            ..Query::default()
        }),
    ));
    q.order_by.clear();
    q.limit = None;
    true
}

/// Rebuilds the joins of one side of a set operation from what that side uses: each side
/// joins only the tables its own conditions need.
fn rejoin(index: &Index, q: &mut Query) {
    if !q.group_by.is_empty() || !q.having.is_empty() {
        return;
    }
    let mut need: Vec<usize> = Vec::new();
    for e in &q.select {
        match e {
            Expr::Col(c) | Expr::YearOf(c) | Expr::Agg { col: Some(c), .. } => need.push(c.table),
            Expr::AllOf(t) => need.push(*t),
            Expr::Agg { col: None, .. } => {}
        }
    }
    for f in &q.filters {
        need.extend(cond_cols(f));
    }
    let Some(&root) = need.first().or(q.tables.first()) else {
        return;
    };
    if let Some((tables, joins)) = join_tree(index, root, &need) {
        q.tables = tables;
        q.joins = joins;
    }
}

/// How many tables of `q` are joined to two others that both refer to them through a column
/// that is not their own sole key (so each has many rows per parent row): a join of the two
/// children through the parent pairs all their rows under the same parent.
fn shared_parents(index: &Index, q: &Query) -> usize {
    let many_to_one = |child: ColId, parent: ColId| {
        !sole_key(index, child)
            && index
                .edges
                .iter()
                .any(|e| e.from == child && e.to == parent)
    };
    q.tables
        .iter()
        .filter(|&&p| {
            q.joins
                .iter()
                .filter(|&&(a, b)| {
                    (b.table == p && many_to_one(a, b)) || (a.table == p && many_to_one(b, a))
                })
                .count()
                >= 2
        })
        .count()
}

/// Whether `c` describes rows without naming them: neither a key nor one of its table's
/// label columns, so rows may share its values and grouping by it is not grouping per row.
fn attribute(index: &Index, c: ColId) -> bool {
    !is_key(index, c)
        && index
            .tables
            .get(c.table)
            .is_some_and(|t| !t.label.contains(&c.column))
}

/// A column that refers to another table's key and is no part of its own table's key
/// (`kind_code` in parcels): a value many rows may share.
fn refers_elsewhere(index: &Index, c: ColId) -> bool {
    index.col(&c).is_some_and(|ci| !ci.is_pk) && index.edges.iter().any(|e| e.from == c)
}

/// The key of the one table all of `sel` are plain columns of, when they include that key or
/// one of the table's label columns: the rows `sel` shows are that table's rows.
fn rows_named(index: &Index, sel: &[Expr]) -> Option<ColId> {
    let cols: Vec<ColId> = sel
        .iter()
        .map(|e| match e {
            Expr::Col(c) => Some(*c),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let t = cols.first()?.table;
    if cols.iter().any(|c| c.table != t) {
        return None;
    }
    let key = index.sole_key(t)?;
    let label = &index.tables.get(t)?.label;
    cols.iter()
        .any(|c| *c == key || label.contains(&c.column))
        .then_some(key)
}

/// Whether `c` is the whole primary key of its table (one row per value).
fn sole_key(index: &Index, c: ColId) -> bool {
    index.sole_key(c.table) == Some(c)
}

/// Verbs that, after "can", say how many a thing holds: its capacity ("can seat 200").
const HOLD_VERBS: &[&str] = &["hold", "seat", "accommodate", "carry", "fit", "take"];

/// The implied word of a comparison with a sum of money ("more than 6000 dollars").
const MONEY: &str = "money";
const CURRENCY_WORDS: &[&str] = &[
    "dollars", "dollar", "euros", "euro", "pounds", "usd", "eur", "gbp", "$",
];

/// The one column holding a sum of money in the tables in play: the first of the usual words
/// for it that exactly one numeric column there has.
fn money_column(cx: &Ctx<'_>, tables: &BTreeSet<usize>) -> Option<ColId> {
    [
        "price", "amount", "cost", "value", "salary", "budget", "fee", "total",
    ]
    .iter()
    .find_map(|w| implied_column(cx, tables, w))
}

/// "the most items in (the) inventory": after the degree word at `i`, a plural nothing in the
/// schema names and "in"/"on" before a table's name; how many tokens stand between the degree
/// word and the table.
fn rows_in_a_table(cx: &Ctx<'_>, i: usize) -> Option<usize> {
    if !cx.is(i, &["most", "fewest", "least"]) || i == 0 || !cx.is(i - 1, &["the"]) {
        return None;
    }
    let plural = cx
        .tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == crate::tokenize::Kind::Word && plural_word(&t.lower))
        && cx.mention_at(i + 1).is_none();
    if !plural || !cx.is(i + 2, &["in", "on"]) {
        return None;
    }
    let at = if cx.is(i + 3, &["the"]) { i + 4 } else { i + 3 };
    let table = cx.mention_at(at).is_some_and(|k| {
        cx.mentions[k].start == at && matches!(cx.mentions[k].target, Target::Table(_))
    });
    table.then_some(at - i - 1)
}

/// Whether token `i` is the N of "top N".
fn top_n(cx: &Ctx<'_>, i: usize) -> bool {
    matches!(cx.tokens[i].kind, crate::tokenize::Kind::Number(_)) && i > 0 && cx.is(i - 1, &["top"])
}

/// Whether table `from` refers to table `to` by a sure edge ending at `to`'s whole key: each
/// row of `from` meets at most one row of `to`.
fn refers_once(index: &Index, from: usize, to: usize) -> bool {
    index
        .references()
        .any(|e| e.from.table == from && e.to.table == to)
}

/// Whether the query's joins meet each row of table `t` at most once: every join, walked out
/// from `t`, reaches a table by its whole primary key.
fn rows_kept(index: &Index, q: &Query, t: usize) -> bool {
    let mut reached: BTreeSet<usize> = BTreeSet::from([t]);
    let mut left: Vec<(ColId, ColId)> = q.joins.clone();
    while !left.is_empty() {
        let before = left.len();
        let mut ok = true;
        left.retain(|&(a, b)| {
            let step = match (reached.contains(&a.table), reached.contains(&b.table)) {
                (true, true) => return false,
                (true, false) => b,
                (false, true) => a,
                (false, false) => return true,
            };
            ok &= sole_key(index, step);
            reached.insert(step.table);
            false
        });
        if !ok || left.len() == before {
            return false;
        }
    }
    true
}

/// Every column a query reads (shown, compared, joined on, grouped, ordered; `*` reads all of
/// its table's), subqueries and set operations included.
fn query_columns(index: &Index, q: &Query, out: &mut BTreeSet<ColId>) {
    fn expr(index: &Index, e: &Expr, out: &mut BTreeSet<ColId>) {
        match e {
            Expr::Col(c) | Expr::YearOf(c) | Expr::Agg { col: Some(c), .. } => {
                out.insert(*c);
            }
            Expr::AllOf(t) => {
                let n = index.tables.get(*t).map_or(0, |ti| ti.columns.len());
                out.extend((0..n).map(|column| ColId { table: *t, column }));
            }
            Expr::Agg { col: None, .. } => {}
        }
    }
    fn cond(index: &Index, f: &Cond, out: &mut BTreeSet<ColId>) {
        match f {
            Cond::Cmp(e, _, _) | Cond::Between(e, _, _) => expr(index, e, out),
            Cond::Like(c, _, _) | Cond::In(c, _) | Cond::IsNull(c, _) => {
                out.insert(*c);
            }
            Cond::NotIn(c, sub) | Cond::InQuery(c, sub) => {
                out.insert(*c);
                query_columns(index, sub, out);
            }
            Cond::CmpSub(e, _, sub) => {
                expr(index, e, out);
                query_columns(index, sub, out);
            }
            Cond::CmpCol(a, _, b) => {
                out.insert(*a);
                out.insert(*b);
            }
            Cond::AnyOf(groups) => {
                for f in groups.iter().flatten() {
                    cond(index, f, out);
                }
            }
        }
    }
    for e in q.select.iter().chain(q.order_by.iter().map(|(e, _)| e)) {
        expr(index, e, out);
    }
    for f in q.filters.iter().chain(q.having.iter()) {
        cond(index, f, out);
    }
    for &(a, b) in &q.joins {
        out.insert(a);
        out.insert(b);
    }
    out.extend(q.group_by.iter().copied());
    out.extend(q.group_by_year);
    if let Some((_, rhs)) = &q.set_op {
        query_columns(index, rhs, out);
    }
}

/// Every table a query reads, subqueries and set operations included.
fn query_tables(q: &Query, out: &mut BTreeSet<usize>) {
    out.extend(q.tables.iter().copied());
    for f in q.filters.iter().chain(q.having.iter()) {
        if let Cond::NotIn(_, sub) | Cond::InQuery(_, sub) | Cond::CmpSub(_, _, sub) = f {
            query_tables(sub, out);
        }
    }
    if let Some((_, rhs)) = &q.set_op {
        query_tables(rhs, out);
    }
}

/// Whether a mention whose best reading is `c` stands anywhere but right after a grouping
/// word ("each", "per", "every", "by"; articles and "different" may sit between), i.e. the
/// question lists the column rather than only grouping by it.
fn named_outside_grouping(cx: &Ctx<'_>, c: ColId) -> bool {
    cx.mentions.iter().any(|m| {
        let Target::Column(cands) = &m.target else {
            return false;
        };
        if cands.first().map(|&(best, _)| best) != Some(c) {
            return false;
        }
        let mut j = m.start;
        while j > 0 && cx.is(j - 1, &["the", "a", "an", "of", "different", "distinct"]) {
            j -= 1;
        }
        !(j > 0 && cx.is(j - 1, &["each", "per", "every", "by"]))
    })
}

/// Words that start a comparison after "or"/"and" ("3 or more", "1500 or less than 500").
const BOUND_WORDS: &[&str] = &[
    "more", "less", "fewer", "above", "below", "higher", "lower", "greater", "over", "under",
];

/// How many things the question lists to show: one, plus one per comma and per "and"/"or"
/// that joins two of them (not two values, nor a bound such as "3 or more"). For the
/// evidence about query `q` (`Some(q)`), the joints that list no shown column are left out
/// as well: ", and" is one joint, and an "and" between two conditions, a comma before the
/// order asked for or after a leading phrase, the "and" between sort columns; column names
/// one right after another count as items. The planner keeps the plain count when it sets
/// aside shown columns (", and what are ..." starts another question there).
fn listed_items(cx: &Ctx<'_>, commas: usize, evidence: Option<&Query>) -> usize {
    // "in Paris or Berlin": a connective between two values lists values, not columns.
    let is_value = |m: &Mention| {
        matches!(
            m.target,
            Target::Value(_) | Target::Literal(_) | Target::Number(_)
        )
    };
    let between_values = |j: usize| {
        cx.mentions.iter().any(|m| m.end == j && is_value(m))
            && cx.mentions.iter().any(|m| m.start == j + 1 && is_value(m))
    };
    // "3 or more" bounds a number; it lists nothing either ("3 or more than 5" and "3 or
    // above 5" join two conditions instead).
    let is_number = |k: usize| {
        cx.mentions
            .iter()
            .any(|m| m.start <= k && k < m.end && matches!(m.target, Target::Number(_)))
    };
    let bound = |j: usize| {
        j > 0
            && is_number(j - 1)
            && !cx.is(j + 2, &["than"])
            && !is_number(j + 2)
            && cx.is(j + 1, BOUND_WORDS)
    };
    // "heavier than 90 or lighter than 40": after a number, a connective before another
    // comparison joins a second condition on the same column, not a second item to show.
    let between_comparisons = |j: usize| {
        j > 0
            && is_number(j - 1)
            && !bound(j)
            && (cx.is(j + 1, BOUND_WORDS)
                || cx.is(
                    j + 1,
                    &["bigger", "smaller", "larger", "before", "after", "at"],
                ))
    };
    // "with name as 'Ann' and city as 'Lima'": after a value, a column with a
    // value of its own joins a second condition.
    let between_conditions = |j: usize| {
        let next_col = cx
            .mentions
            .iter()
            .position(|m| m.start == j + 1 && matches!(m.target, Target::Column(_)));
        cx.mentions.iter().any(|m| m.end == j && is_value(m))
            && next_col.is_some_and(|k| {
                cx.mentions.get(k + 1).is_some_and(|v| {
                    is_value(v)
                        && (cx.mentions[k].end..v.start)
                            .all(|x| cx.is(x, &["as", "is", "of", "the"]))
                })
            })
    };
    // "... stars? Also give their titles.": a sentence that adds something to show lists
    // one more item.
    let also_sentences = (0..cx.tokens.len())
        .filter(|&j| cx.tokens[j].after_stop && (cx.is(j, &["also"]) || cx.is(j + 1, &["also"])))
        .count();
    // "How many jobs does each site have? Show the site name.": after a question
    // answered per group, a sentence that says what to show names the group's label, one more
    // listed item. (Only there: "Which flight was latest? Give its number." names the same
    // item again.)
    let per_group = evidence.is_some_and(|q| {
        !q.group_by.is_empty() && q.select.iter().any(|e| matches!(e, Expr::Agg { .. }))
    });
    let show_sentences = (1..cx.tokens.len())
        .filter(|&j| {
            per_group
                && cx.tokens[j].after_stop
                && cx.is(j, &["show", "give", "list", "display", "include"])
                && !cx.is(j + 1, &["also", "them", "it", "those", "these", "only"])
                // ("List the grade and the count of pupils" lists both itself.)
                && !(j + 1..cx.tokens.len())
                    .take_while(|&k| !cx.tokens[k].after_stop)
                    .any(|k| cx.tokens[k].after_comma || cx.is(k, &["and", "or"]))
        })
        .count();
    let joints = 1
        + commas
        + also_sentences
        + show_sentences
        + cx.tokens
            .iter()
            .enumerate()
            .filter(|(j, t)| {
                matches!(t.lower.as_str(), "and" | "or")
                    && (evidence.is_none() || !(t.after_comma || between_conditions(*j)))
                    && !between_values(*j)
                    && !bound(*j)
                    && !between_comparisons(*j)
            })
            .count();
    let Some(q) = evidence else {
        return joints;
    };
    // "the names of all clients, ordered by age": a comma before the order asked for
    // lists nothing.
    let ordered = !q.order_by.is_empty();
    let order_commas = (0..cx.tokens.len())
        .filter(|&i| {
            ordered
                && cx.tokens[i].after_comma
                && (cx.is(i, ORDER_VERBS)
                    || (cx.is(i, &["in"])
                        && cx.is(
                            i + 1,
                            &["ascending", "descending", "alphabetical", "order", "the"],
                        )))
        })
        .count();
    // "For each room, how many ...", "In 2000, what is ...": the comma that closes a leading
    // phrase lists nothing either.
    let lead_comma = cx.is(
        0,
        &["for", "in", "of", "among", "across", "within", "during"],
    ) && (1..cx.tokens.len()).any(|i| cx.tokens[i].after_comma);
    // "sorted by age and name": with the rows ordered by several
    // columns, the connectives after the order word list those columns.
    let order_ands = match (0..cx.tokens.len()).find(|&i| cx.is(i, ORDER_VERBS)) {
        Some(from) if q.order_by.len() > 1 => (from..cx.tokens.len())
            .filter(|&i| cx.is(i, &["and"]) && !cx.tokens[i].after_comma)
            .count()
            .min(q.order_by.len() - 1),
        _ => 0,
    };
    // "first name middle name and surname": two shown columns named one after
    // the other are two listed items with no joint between them ("full name" asks for the
    // first and the last name alike).
    let shown_here = |m: &Mention| match &m.target {
        Target::Column(cands) => cands.iter().any(|(c, _)| q.select.contains(&Expr::Col(*c))),
        _ => false,
    };
    let unjoined = cx
        .mentions
        .windows(2)
        .filter(|w| {
            w[0].end == w[1].start
                && !cx.tokens[w[1].start].after_comma
                && shown_here(&w[0])
                && shown_here(&w[1])
        })
        .count();
    (joints + unjoined)
        .saturating_sub(order_commas + usize::from(lead_comma) + order_ands)
        .max(1)
}

/// The rows a bare "show customers" previews.
const PREVIEW_ROWS: u64 = 100;

/// Evidence from how the question's list and cue words fit the query: a query that shows more
/// columns than the question lists has guessed some of them.
fn list_evidence(cx: &mut Ctx<'_>, q: &Query, commas: usize) {
    let listed = listed_items(cx, commas, Some(q));
    // A grouping column comes with "each X": it is shown without being listed.
    let grouped = |e: &Expr| {
        matches!(e, Expr::Col(c) if q.group_by.contains(c)) || matches!(e, Expr::YearOf(_))
    };
    let ungrouped = q.select.iter().filter(|e| !grouped(e)).count();
    let shown = ungrouped.max(1);
    // One the question also names outside that phrase ("the kinds and the number of each
    // kind") was asked for, so it answers a listed item; it is not required to, since "along
    // with" or "together with" can list it without a connective counted above.
    let named = q
        .select
        .iter()
        .filter(|e| matches!(e, Expr::Col(c) if grouped(e) && named_outside_grouping(cx, *c)))
        .count();
    let asked = (ungrouped + named).max(1);
    cx.pen("select_unlisted", shown.saturating_sub(listed) as f32);
    // Three or more columns are a guess unless the question lists them all.
    if q.select.len() >= 3 && listed < q.select.len() {
        cx.pen("shape:select3", 1.0);
    }
    cx.pen("shape:listed_more", listed.saturating_sub(asked) as f32);
    cx.pen(
        "shape:group2",
        if q.group_by.len() >= 2 { 1.0 } else { 0.0 },
    );
    let keys = q
        .select
        .iter()
        .filter(|e| matches!(e, Expr::Col(c) if is_key(cx.index, *c)))
        .count();
    cx.pen("shape:select_key", keys as f32);
    let mut seen: Vec<&str> = Vec::new();
    for t in cx.tokens {
        let w = t.lower.as_str();
        if crate::lexicon::is_structure_word(w) && !seen.contains(&w) {
            seen.push(w);
        }
    }
    for w in seen {
        let key = format!("cue:{w}");
        cx.pen(&key, 1.0);
    }
}

/// Evidence from the query's shape: the more it does, the more can be wrong.
fn shape_evidence(cx: &mut Ctx<'_>, q: &Query) {
    // "all the information on ...", "every column of ...": all columns, asked outright.
    let asked_for_all = (0..cx.tokens.len()).any(|i| {
        cx.is(i, &["information", "info", "columns", "everything"]) && cx.mention_at(i).is_none()
    });
    let mut add = |what: &str, yes: bool| {
        if yes {
            cx.pen(what, 1.0);
        }
    };
    let agg = |e: &Expr, a: Option<Agg>| matches!(e, Expr::Agg { agg, .. } if a.is_none_or(|a| a == *agg));
    add(
        "shape:count",
        q.select.iter().any(|e| agg(e, Some(Agg::Count))),
    );
    add(
        "shape:agg",
        q.select
            .iter()
            .any(|e| agg(e, None) && !agg(e, Some(Agg::Count))),
    );
    add("shape:group", !q.group_by.is_empty());
    add("shape:having", !q.having.is_empty());
    add("shape:order", !q.order_by.is_empty());
    add("shape:limit1", q.limit == Some(1));
    add("shape:set", q.set_op.is_some());
    add(
        "shape:notin",
        q.filters.iter().any(|f| matches!(f, Cond::NotIn(..))),
    );
    add(
        "shape:subquery",
        q.filters.iter().any(|f| matches!(f, Cond::CmpSub(..))),
    );
    add("shape:distinct", q.distinct);
    add("shape:filters2", q.filters.len() >= 2);
    add(
        "shape:like",
        q.filters.iter().any(|f| matches!(f, Cond::Like(..))),
    );
    add(
        "shape:star",
        !asked_for_all
            && (q.select.is_empty() || q.select.iter().any(|e| matches!(e, Expr::AllOf(_)))),
    );
}

/// Of several links between two joined tables (a parcel "sent by" and "signed by" a
/// clerk), the one whose column the question words, itself or through the word lists
/// ("departing" for `origin_code`): the join tree takes the first it meets. Words every link
/// has ("clerk") do not decide; a tie keeps the tree's pick.
fn links_the_question_words(index: &Index, tokens: &[Token], joins: &mut [(ColId, ColId)]) {
    let said = crate::link::said_stems(tokens);
    for (a, b) in joins.iter_mut() {
        if let Some(link) = worded_link(index, &said, *a, *b) {
            (*a, *b) = link;
        }
    }
}

/// Of the links between the tables of join `a = b`, the one the question words and no other
/// (see [`links_the_question_words`]), oriented as `a` to `b`; None when there are fewer
/// than two links, or none or several are worded.
fn worded_link(
    index: &Index,
    said: &std::collections::HashSet<String>,
    a: ColId,
    b: ColId,
) -> Option<(ColId, ColId)> {
    let col_words = |c: ColId| index.col(&c).map(|ci| ci.words.clone()).unwrap_or_default();
    // Links guessed from shared names are not candidates: any column may share a word.
    let links: Vec<(ColId, ColId)> = index
        .sure_edges()
        .iter()
        .filter_map(|e| {
            if e.from.table == a.table && e.to.table == b.table {
                Some((e.from, e.to))
            } else if e.from.table == b.table && e.to.table == a.table {
                Some((e.to, e.from))
            } else {
                None
            }
        })
        .collect();
    if links.len() < 2 {
        return None;
    }
    // The words that set one link apart: in its columns and in no other link's.
    let words = |l: &(ColId, ColId)| {
        let mut w = col_words(l.0);
        w.extend(col_words(l.1));
        w
    };
    let all: Vec<Vec<String>> = links.iter().map(words).collect();
    let score = |k: usize| {
        all[k]
            .iter()
            .filter(|w| {
                all.iter()
                    .enumerate()
                    .all(|(j, o)| j == k || !o.contains(w))
            })
            .filter(|w| said.contains(*w))
            .count()
    };
    let scores: Vec<usize> = (0..links.len()).map(score).collect();
    let best = *scores.iter().max()?;
    if best == 0 || scores.iter().filter(|&&x| x == best).count() > 1 {
        return None;
    }
    scores.iter().position(|&x| x == best).map(|k| links[k])
}

/// How many links of the join graph join tables `a` and `b`, either way round.
fn links_between(index: &Index, a: usize, b: usize) -> usize {
    index
        .edges
        .iter()
        .filter(|e| {
            (e.from.table == a && e.to.table == b) || (e.from.table == b && e.to.table == a)
        })
        .count()
}

/// Tables in join order and the join conditions.
type JoinTree = (Vec<usize>, Vec<(ColId, ColId)>);

/// Connects `need` to `root` with shortest paths over the join graph (a Steiner-tree
/// approximation that is exact for two tables and good for three). Returns the tables in
/// join order and the join conditions.
fn join_tree(index: &Index, root: usize, need: &[usize]) -> Option<JoinTree> {
    let mut tables = vec![root];
    let mut joins: Vec<(ColId, ColId)> = Vec::new();
    for &t in need {
        if tables.contains(&t) {
            continue;
        }
        // Shortest paths from the current tree to t (see the costs below). A state is a
        // table and whether the path reached it from a table that refers to it.
        let n = index.tables.len();
        let mut prev: Vec<Option<(usize, ColId, ColId)>> = vec![None; 2 * n];
        let mut prev_ref: Vec<Option<(usize, Edge)>> = vec![None; 2 * n];
        let mut dist = vec![u32::MAX; 2 * n];
        let mut seen = vec![false; 2 * n];
        let mut heap = std::collections::BinaryHeap::new();
        let mut seq = 0u32;
        // Among equally short paths, attach through a table that refers to others (a link
        // table: "pupils taught by a warden" go through the sessions, not through the warden
        // the pupil's record names).
        let mut seeds = tables.clone();
        seeds.sort_by_key(|&s| {
            std::cmp::Reverse(index.edges.iter().filter(|e| e.from.table == s).count())
        });
        for &s in &seeds {
            if s < n {
                dist[2 * s] = 0;
                heap.push(std::cmp::Reverse((0u32, seq, 2 * s)));
                seq += 1;
            }
        }
        let mut reached = None;
        while let Some(std::cmp::Reverse((d, _, state))) = heap.pop() {
            if seen[state] {
                continue;
            }
            seen[state] = true;
            let (u, came_forward) = (state / 2, state % 2 == 1);
            if u == t {
                reached = Some(state);
                break;
            }
            for (k, e) in index.edges.iter().enumerate() {
                let (a, b, forward) = if e.from.table == u {
                    (e.from, e.to, true)
                } else if e.to.table == u {
                    (e.to, e.from, false)
                } else {
                    continue;
                };
                if b.table >= n {
                    continue;
                }
                // A hop costs 10 or 12, so fewer hops win; among as many, declared links.
                // A detour through a shared parent (up to a table that others refer to, then
                // down to another of them) costs a hop more: it pairs rows that merely share
                // a parent (the fleet a sailing's skipper commands is not the sailing's
                // fleet; the electives of a pupil's house are not the electives the
                // pupil took), so a path through link tables one hop longer wins over it.
                let sibling = came_forward && !forward;
                let cost =
                    10 + if k < index.declared_edges { 0 } else { 2 } + 11 * u32::from(sibling);
                let next = 2 * b.table + usize::from(forward);
                // Two links between the same tables that nothing said picks between (a kiln's
                // home studio and the studio it is lent to): the one its table lists first,
                // as schemas list the owning link before the others. (SQLite reports
                // foreign keys last-declared first, so the order of `edges` says nothing.)
                // (A column named like the key it holds comes first of all.)
                let rank = |r: &Edge| {
                    let same = index
                        .col(&r.from)
                        .zip(index.col(&r.to))
                        .is_some_and(|(f, t)| f.compact == t.compact);
                    (!same, r.from.column)
                };
                let earlier = d + cost == dist[next]
                    && prev_ref[next].is_some_and(|(p, r): (usize, Edge)| {
                        p == state && r.from.table == e.from.table && rank(e) < rank(&r)
                    });
                if !seen[next] && (d + cost < dist[next] || earlier) {
                    dist[next] = d + cost;
                    prev_ref[next] = Some((state, *e));
                    prev[next] = Some((state, a, b));
                    heap.push(std::cmp::Reverse((d + cost, seq, next)));
                    seq += 1;
                }
            }
        }
        let mut cur = reached?;
        let mut path = Vec::new();
        while let Some((p, a, b)) = prev[cur] {
            path.push((cur / 2, a, b));
            cur = p;
            if tables.contains(&(cur / 2)) {
                break;
            }
        }
        for (tb, a, b) in path.into_iter().rev() {
            if !tables.contains(&tb) {
                tables.push(tb);
                joins.push((a, b));
            }
        }
    }
    through_link_tables(index, &mut tables, &mut joins);
    Some((tables, joins))
}

/// Rejoins two tables of the tree that a direct link joins through a table of the tree that
/// refers to both instead ("sculptors of an atelier with a long showing": through the
/// showings, not the atelier's curator): the greedy tree takes whichever link it met first,
/// and a linking table the question brought in is what relates the two. Keeps the tables;
/// re-orders the joins so each brings in one new table.
fn through_link_tables(index: &Index, tables: &mut [usize], joins: &mut Vec<(ColId, ColId)>) {
    // A declared link from a column that is not the table's sole key: a table with many
    // rows per row it refers to, not a one-to-one extension of it.
    let refers = |from: usize, to: usize| {
        index.edges[..index.declared_edges.min(index.edges.len())]
            .iter()
            .find(|e| e.from.table == from && e.to.table == to && !sole_key(index, e.from))
            .map(|e| (e.from, e.to))
    };
    let mut changed = false;
    for k in 0..joins.len() {
        let (a, b) = joins[k];
        let link = tables.iter().copied().find(|&l| {
            l != a.table
                && l != b.table
                && refers(l, a.table).is_some()
                && refers(l, b.table).is_some()
        });
        let Some(l) = link else { continue };
        // Which side of the direct join the link table hangs on once the join is cut.
        let mut side = vec![a.table];
        loop {
            let before = side.len();
            for (j, &(x, y)) in joins.iter().enumerate() {
                if j == k {
                    continue;
                }
                if side.contains(&x.table) && !side.contains(&y.table) {
                    side.push(y.table);
                } else if side.contains(&y.table) && !side.contains(&x.table) {
                    side.push(x.table);
                }
            }
            if side.len() == before {
                break;
            }
        }
        let other = if side.contains(&l) { b.table } else { a.table };
        if let Some(j) = refers(l, other) {
            joins[k] = j;
            changed = true;
        }
    }
    if !changed {
        return;
    }
    // Join order again: each join brings one new table onto those before it.
    let Some(&root) = tables.first() else { return };
    let mut order = vec![root];
    let mut rest = std::mem::take(joins);
    while !rest.is_empty() {
        let Some(pos) = rest
            .iter()
            .position(|(x, y)| order.contains(&x.table) != order.contains(&y.table))
        else {
            break;
        };
        let (x, y) = rest.remove(pos);
        // As the tree builds them: the side already joined first.
        let (x, y) = if order.contains(&x.table) {
            (x, y)
        } else {
            (y, x)
        };
        order.push(y.table);
        joins.push((x, y));
    }
    joins.extend(rest);
    for (slot, t) in tables.iter_mut().zip(order) {
        *slot = t;
    }
}

/// "the most common fault", "the kite flown most often" over the one table the thing
/// lives in, grouped by that table's own key: every group is a single row, so counting its
/// rows ranks nothing. What is counted are the rows that refer to the key, in the one table
/// that does (neither a guessed link nor a second referring table: then which rows were
/// meant is a guess the query should not make silently).
fn counts_own_key_rows(q: &Query) -> bool {
    let count_rows = |e: &Expr| *e == count_rows();
    // Shown beside its group ("the code and the count of each kind") the count is just as
    // empty as one that ranks or filters.
    q.select.iter().any(count_rows)
        || q.order_by.iter().any(|(e, _)| count_rows(e))
        || q.having.iter().any(|c| match c {
            Cond::Cmp(e, _, _) | Cond::Between(e, _, _) => count_rows(e),
            _ => false,
        })
}

/// Of `tables`, the one whose name has a word of `said` (stems in question order), taking the
/// word said last when several tables have one: the verb's object names the thing meant
/// ("played the most sports" where games and sports tables both relate). `None` when no
/// table, or two tables alike, have the last such word.
fn named_last(index: &Index, tables: &[usize], said: &[&str]) -> Option<usize> {
    // ("operas never produced": a verb's stem that begins a name word of five letters or
    // more, `productions`, says the word too.)
    let says = |w: &str, x: &str| w == x || (w.len() >= 5 && x.len() > w.len() && x.starts_with(w));
    let last_said = |t: usize| {
        let words = &index.tables.get(t)?.words;
        said.iter().rposition(|w| words.iter().any(|x| says(w, x)))
    };
    let latest = tables.iter().filter_map(|&t| last_said(t)).max()?;
    let mut named = tables
        .iter()
        .copied()
        .filter(|&t| last_said(t) == Some(latest));
    match (named.next(), named.next()) {
        (Some(t), None) => Some(t),
        _ => None,
    }
}

/// The table whose rows a count grouped by its own table's key must have meant, if exactly
/// one table refers to that key (see [`counts_own_key_rows`]).
///
/// A count grouped by the table's name column ("each guild's name with its count of
/// members") is the same count per row, unless the question counts that table
/// itself (`count_target`: "how many guilds share each name"); then it stays as it is, and
/// so it does when no one table refers to the key, since names can repeat.
///
/// `Ok(None)` when the count is not of that kind; an error when a count grouped by the key
/// has no one table to count, since a count of one per group cannot be what was asked.
fn counted_referrer(
    index: &Index,
    q: &Query,
    all: &[usize],
    count_target: Option<usize>,
    said: &[&str],
) -> Result<Option<usize>, Decline> {
    let [grouped] = q.group_by.as_slice() else {
        return Ok(None);
    };
    if all != [grouped.table] || q.set_op.is_some() || !counts_own_key_rows(q) {
        return Ok(None);
    }
    // Only a column that names the row itself: a `keeper_name` in a lighthouse table names
    // someone many lighthouses share, and a category column named like its table repeats too.
    // A lookup table of a code and its one description (`type_code`, `type_description`):
    // the description names the code's row (a second column `colour_group` may repeat).
    let by_label = index.tables.get(grouped.table).is_some_and(|t| {
        // (So is a code table's one description beside a few figures, `size_description`
        // of parcel sizes with a weight limit and a charge, or yes/no flags.)
        let texts = t
            .columns
            .iter()
            .filter(|c| !c.is_key && c.class == TypeClass::Text && c.flag_yes.is_none())
            .count();
        let lookup = (t.columns.len() == 2 || t.columns.len() <= 5 && texts == 1)
            && t.columns.get(grouped.column).is_some_and(|c| {
                !c.is_key
                    && c.class == TypeClass::Text
                    && matches!(c.own_words[..], [ref w] if w == "descript" || w == "detail")
            });
        lookup
            || t.label == [grouped.column]
                && t.columns.get(grouped.column).is_some_and(|c| {
                    c.words == ["name"] || c.own_words == ["name"] || c.words == ["titl"]
                })
    });
    let key = match index.sole_key(grouped.table) {
        Some(k) if k == *grouped => k,
        Some(k) if by_label && count_target != Some(grouped.table) => k,
        _ => return Ok(None),
    };
    let sure = index.sure_edges();
    let mut referrers: Vec<usize> = sure
        .iter()
        .filter_map(|e| {
            let other = e.other_end(key)?;
            // A column that is its own table's key is the same thing in another table (one
            // row each), not a row that refers to it.
            (other.table != key.table && !sole_key(index, other)).then_some(other.table)
        })
        .collect();
    referrers.sort_unstable();
    referrers.dedup();
    // "the ware that was ordered the most often" where order lines and deliveries both
    // refer to wares: the one whose name the question says ("ordered"), past the grouped
    // table's own words; of several, the one named last ("the pupil who played the most
    // sports": the sport entries, not the chess games).
    if referrers.len() > 1 {
        let own: &[String] = index.tables.get(key.table).map_or(&[], |t| &t.words);
        let said: Vec<&str> = said
            .iter()
            .copied()
            .filter(|w| !own.iter().any(|o| o == w))
            .collect();
        if let Some(r) = named_last(index, &referrers, &said) {
            return Ok(Some(r));
        }
    }
    match referrers.as_slice() {
        [r] => Ok(Some(*r)),
        _ if key != *grouped => Ok(None),
        _ => Err("a count per row of a table's own key counts one row each".into()),
    }
}

/// "breeders whose name contains 'x'", "the towns with 'x' in their names" where the
/// breeder is itself a text column: a thing that is a stored word is named by that word,
/// so the pattern is matched against the subject's own column, not against another name
/// column of its table (the name of the vessel a shipwright built). `name_at` is
/// the mention of "name(s)", `c` the column it resolved to.
fn own_name_of_subject(cx: &Ctx, resolved: &[Option<ColId>], name_at: usize, c: ColId) -> ColId {
    let Some(m) = cx.mentions.get(name_at) else {
        return c;
    };
    let said_name = m.end == m.start + 1 && cx.is(m.start, &["name", "names"]);
    let Some(owner) = m.start.checked_sub(1) else {
        return c;
    };
    if !said_name || !cx.is(owner, &["whose", "their", "its"]) {
        return c;
    }
    // The subject: the nearest name of a table or column before the possessive (a value
    // may sit between: "have 'x' in their names").
    let subject = (0..name_at)
        .rev()
        .find(|&j| {
            cx.mentions[j].end <= owner
                && matches!(cx.mentions[j].target, Target::Column(_) | Target::Table(_))
        })
        .and_then(|j| resolved.get(j).copied().flatten().map(|s| (j, s)));
    match subject {
        Some((j, s))
            if s.table == c.table
                && s != c
                && matches!(cx.mentions[j].target, Target::Column(_))
                && !numeric(cx.index, s)
                && !is_key(cx.index, s)
                && cx
                    .index
                    .col(&s)
                    .is_some_and(|ci| ci.class == TypeClass::Text) =>
        {
            s
        }
        _ => c,
    }
}
