//! Schema linking: which spans of the question name a table, a column, an indexed value, a
//! number or a literal. Must not: decide what the query does with them.
//! Entry point: [`link`].

use crate::index::{ColId, Index, ValueHit};
use crate::lexicon::{FILLER, SYNONYMS};
use crate::tokenize::{Kind, Token};
use std::collections::HashSet;

#[derive(Debug, Clone)]
pub enum Target {
    Table(usize),
    /// Candidate columns with their match scores, best first.
    Column(Vec<(ColId, f32)>),
    Value(Vec<ValueHit>),
    Number(String),
    /// A quoted or capitalised literal the value index does not know.
    Literal(String),
}

#[derive(Debug, Clone)]
pub struct Mention {
    /// Token range `[start, end)`.
    pub start: usize,
    pub end: usize,
    pub target: Target,
    pub score: f32,
}

/// Words that steer the query's shape; alone they never name a column.
pub const CUES: &[&str] = &[
    "how",
    "many",
    "much",
    "number",
    "count",
    "average",
    "mean",
    "avg",
    "sum",
    "total",
    "maximum",
    "max",
    "minimum",
    "min",
    "highest",
    "lowest",
    "most",
    "least",
    "more",
    "less",
    "than",
    "greater",
    "fewer",
    "larger",
    "smaller",
    "bigger",
    "higher",
    "lower",
    "above",
    "below",
    "over",
    "under",
    "between",
    "not",
    "no",
    "without",
    "never",
    "each",
    "per",
    "different",
    "distinct",
    "unique",
    "ordered",
    "sorted",
    "order",
    "sort",
    "ascending",
    "descending",
    "alphabetical",
    "alphabetic",
    "alphabetically",
    "top",
    "first",
    "or",
    "but",
    "except",
    "contain",
    "contains",
    "containing",
    "start",
    "starts",
    "starting",
    "begin",
    "begins",
    "beginning",
    "end",
    "ends",
    "ending",
    "like",
    "equal",
    "largest",
    "smallest",
    "biggest",
    "greatest",
    "oldest",
    "youngest",
    "older",
    "younger",
    "before",
    "after",
    "exceed",
    "exceeds",
    "exceeding",
    "least",
    "atleast",
    "descending",
    "asc",
    "desc",
    "increasing",
    "decreasing",
    "named",
    "called",
    "titled",
];

fn is_filler(t: &Token) -> bool {
    t.kind == Kind::Word && FILLER.contains(&t.lower.as_str())
}

const AGG_WORDS: &[&str] = &[
    "average", "mean", "total", "sum", "maximum", "minimum", "max", "min", "highest", "lowest",
    "largest", "smallest", "greatest",
];

/// Pure function words never name anything, even when a schema uses them inside a name.
const FUNCTION: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "is", "are", "was", "were", "be",
    "by", "with", "from", "that", "this", "what", "which", "who", "as", "do", "does", "did", "has",
    "have", "had", "it", "its", "all", "me", "s", "t",
];

/// Whether a token may be part of a schema name: not filler, or a filler word the schema's
/// own names use ("details", "information").
fn nameable(t: &Token, index: &Index) -> bool {
    t.kind == Kind::Word
        && (!is_filler(t)
            || (index.vocab.contains(&t.stem) && !FUNCTION.contains(&t.lower.as_str())))
}

fn is_cue(t: &Token) -> bool {
    let w = t.lower.as_str();
    // Superlatives steer the query too: alone, "oldest" is not `oldest_order_date`.
    CUES.contains(&w) || crate::lexicon::MOST.contains(&w) || crate::lexicon::LEAST.contains(&w)
}

/// The stems a question token may stand for, with a weight (1.0 = the word itself).
fn alternatives(t: &Token) -> Vec<(String, f32)> {
    let mut v = vec![(t.stem.clone(), 1.0)];
    for (w, s) in SYNONYMS {
        if *w == t.lower {
            v.push(((*s).to_string(), 0.8));
        }
    }
    v
}

/// How well a sequence of question tokens matches a name's stems (0 = not at all).
fn name_score(span: &[&Token], words: &[String], vocab: &HashSet<String>) -> f32 {
    if words.is_empty() || span.is_empty() {
        return 0.0;
    }
    let mut weight = 1.0;
    let mut used = vec![false; words.len()];
    for t in span {
        let mut best: Option<(usize, f32)> = None;
        for (alt, w) in alternatives(t) {
            if let Some(i) = words
                .iter()
                .enumerate()
                .position(|(i, x)| !used[i] && *x == alt)
            {
                if best.is_none_or(|(_, bw)| w > bw) {
                    best = Some((i, w));
                }
            }
        }
        if best.is_none() && span.len() > 1 && !vocab.contains(&t.stem) {
            // `wal_bal` for "wallet balance": in a name of several words, a name word of
            // three letters or more that starts the question word and leaves at least three
            // letters is a clipped form (unless the schema spells the word out elsewhere).
            let w = t.lower.as_str();
            best = words
                .iter()
                .position(|x| x.len() >= 3 && w.len() >= x.len() + 3 && w.starts_with(x.as_str()))
                .filter(|&i| !used[i])
                .map(|i| (i, 0.95));
        }
        match best {
            Some((i, w)) => {
                used[i] = true;
                weight *= w;
            }
            None => return 0.0,
        }
    }
    let covered = used.iter().filter(|u| **u).count() as f32 / words.len() as f32;
    if covered >= 1.0 {
        weight
    } else {
        weight * (0.45 + 0.4 * covered)
    }
}

/// Finds the mentions of a tokenized question, non-overlapping, in question order.
pub fn link(tokens: &[Token], index: &Index) -> Vec<Mention> {
    let mut cands: Vec<Mention> = Vec::new();
    // Values: exact word sequences of indexed values (fillers included: "Rio de Janeiro").
    for start in 0..tokens.len() {
        for len in (1..=index.max_value_words).rev() {
            let end = start + len;
            if end > tokens.len() {
                continue;
            }
            let span = &tokens[start..end];
            if span.iter().any(|t| matches!(t.kind, Kind::Quoted(_))) {
                continue;
            }
            let key = span
                .iter()
                .map(|t| t.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            // "professors" for the value "Professor": a plural names the singular value.
            let (hits, plural) = match index.values.get(&key) {
                Some(h) => (h, false),
                None => match key.strip_suffix('s').and_then(|k| index.values.get(k)) {
                    Some(h) if key.len() > 3 => (h, true),
                    _ => continue,
                },
            };
            let marked = span.iter().any(|t| t.capital);
            // A lone everyday word ("yes", "all", "each") is a value only when written as one.
            if len == 1 && !marked && (is_filler(&span[0]) || is_cue(&span[0])) {
                continue;
            }
            if len == 1 && span[0].lower.chars().count() < 2 && !marked {
                continue;
            }
            let score = match (marked || len > 1, plural) {
                (true, false) => 1.05,
                (false, false) => 0.85,
                (true, true) => 0.9,
                (false, true) => 0.75,
            };
            cands.push(Mention {
                start,
                end,
                target: Target::Value(hits.clone()),
                score,
            });
        }
    }
    // Quoted text and numbers.
    for (i, t) in tokens.iter().enumerate() {
        match &t.kind {
            Kind::Quoted(q) => {
                let key = crate::index::value_key(q);
                let target = match index.values.get(&key) {
                    Some(hits) if !pattern_context(tokens, i) => Target::Value(hits.clone()),
                    _ => Target::Literal(q.clone()),
                };
                cands.push(Mention {
                    start: i,
                    end: i + 1,
                    target,
                    score: 2.0,
                });
            }
            Kind::Number(n) => cands.push(Mention {
                start: i,
                end: i + 1,
                target: Target::Number(n.clone()),
                score: 2.0,
            }),
            // "the letter a": a one-letter word after "letter" is text to look for.
            Kind::Word
                if i > 0
                    && tokens[i - 1].lower == "letter"
                    && t.text.chars().count() == 1
                    && t.text.chars().all(char::is_alphabetic) =>
            {
                cands.push(Mention {
                    start: i,
                    end: i + 1,
                    target: Target::Literal(t.text.clone()),
                    score: 2.0,
                });
            }
            Kind::Word => {}
        }
    }
    // Tables and columns: spans of words, fillers allowed inside but not at the ends.
    for start in 0..tokens.len() {
        if !nameable(&tokens[start], index) {
            continue;
        }
        // "Return the amount ...", "... ? List the names": a sentence's leading command verb
        // is the command, even where a schema has a `return_date`.
        if (start == 0 || tokens[start].capital)
            && matches!(
                tokens[start].lower.as_str(),
                "return" | "list" | "show" | "find" | "give" | "tell" | "display" | "provide"
            )
        {
            continue;
        }
        // "the number of X" counts X, unless an aggregate precedes ("average number of X").
        if tokens[start].lower == "number"
            && tokens.get(start + 1).is_some_and(|t| t.lower == "of")
            && !(start > 0 && AGG_WORDS.contains(&tokens[start - 1].lower.as_str()))
        {
            continue;
        }
        let mut content: Vec<&Token> = Vec::new();
        for end in start + 1..=(start + 6).min(tokens.len()) {
            let t = &tokens[end - 1];
            if t.kind != Kind::Word {
                break;
            }
            if !nameable(t, index) {
                // A list or a clause boundary ends a name: "name and customer" is two.
                if !matches!(t.lower.as_str(), "of" | "the" | "a" | "an" | "in" | "per") {
                    break;
                }
                continue;
            }
            content.push(t);
            if content.len() > 4 {
                break;
            }
            // A cue word alone is the cue, not a name; inside a longer name it is part of it
            // ("first name", "number of employees").
            if content.len() == 1 && is_cue(t) {
                continue;
            }
            schema_candidates(&content, start, end, index, &mut cands);
        }
    }
    // "first, middle and last name": each word of the list names a column with the last word
    // (commas are gone by now: "first middle and last name").
    for j in 2..tokens.len() {
        if !matches!(tokens[j].lower.as_str(), "name" | "names") {
            continue;
        }
        let mut i = j - 1;
        while i > 0 {
            i -= 1;
            if matches!(tokens[i].lower.as_str(), "and" | "or") {
                continue;
            }
            let t = &tokens[i];
            if t.kind != Kind::Word || is_filler(t) || FUNCTION.contains(&t.lower.as_str()) {
                break;
            }
            let span = [t, &tokens[j]];
            let mut found = Vec::new();
            schema_candidates(&span, i, i + 1, index, &mut found);
            found.retain(|m| matches!(m.target, Target::Column(_)) && m.score >= 0.85);
            if found.is_empty() {
                break;
            }
            for m in &mut found {
                m.score = m.score.max(1.0);
            }
            cands.extend(found);
        }
    }
    full_name(tokens, index, &mut cands);
    select(cands, tokens.len())
}

fn schema_candidates(
    span: &[&Token],
    start: usize,
    end: usize,
    index: &Index,
    out: &mut Vec<Mention>,
) {
    // "products in the category": words with a function word between name one thing only
    // when they name all of it.
    let gapped = end - start > span.len();
    let mut best_table: Option<(usize, f32)> = None;
    for (ti, t) in index.tables.iter().enumerate() {
        let s = name_score(span, &t.words, &index.vocab);
        let s = if gapped && s < 0.85 { 0.0 } else { s };
        if s > 0.0 && best_table.is_none_or(|(_, b)| s > b) {
            best_table = Some((ti, s));
        }
    }
    let compact: String = span.iter().map(|t| t.lower.as_str()).collect();
    let compact_singular = compact.strip_suffix('s').unwrap_or(&compact);
    let mut cols: Vec<(ColId, f32)> = Vec::new();
    for (ti, t) in index.tables.iter().enumerate() {
        for (ci, c) in t.columns.iter().enumerate() {
            let mut s = name_score(span, &c.words, &index.vocab)
                .max(name_score(span, &c.own_words, &index.vocab) * 0.97);
            // Several words must name the whole column: "items in the category" is not
            // `item_category_code`.
            if span.len() > 1 && s < 0.85 {
                // ...but "plan type" names `plan_type_code`: what is left over is a
                // generic suffix.
                s = if names_but_suffix(span, &c.words) {
                    0.75
                } else {
                    0.0
                };
            }
            if gapped && s < 0.85 {
                s = 0.0;
            }
            // "product type" for `producttype`: names written without separators.
            if span.len() > 1 && (c.compact == compact || c.compact == compact_singular) {
                s = s.max(1.0);
            }
            if s > 0.0 {
                cols.push((
                    ColId {
                        table: ti,
                        column: ci,
                    },
                    s,
                ));
            }
        }
    }
    // "the id of X" where keys are spelled `pid`, `custno`: the primary keys stand in.
    if cols.is_empty() && span.len() == 1 && matches!(span[0].lower.as_str(), "id" | "ids") {
        for (ti, t) in index.tables.iter().enumerate() {
            if let [ci] = t
                .columns
                .iter()
                .enumerate()
                .filter(|(_, c)| c.is_pk)
                .map(|(i, _)| i)
                .collect::<Vec<_>>()[..]
            {
                cols.push((
                    ColId {
                        table: ti,
                        column: ci,
                    },
                    0.9,
                ));
            }
        }
    }
    // "the party name" for a text column `party`: "name" adds nothing to a column that is
    // itself a name.
    if cols.is_empty()
        && span.len() == 2
        && matches!(span[1].lower.as_str(), "name" | "names")
        && !is_cue(span[0])
    {
        for (ti, t) in index.tables.iter().enumerate() {
            for (ci, c) in t.columns.iter().enumerate() {
                if c.class == quarry_model::TypeClass::Text
                    && !c.is_key
                    && c.words.len() == 1
                    && c.words[0] == span[0].stem
                {
                    cols.push((
                        ColId {
                            table: ti,
                            column: ci,
                        },
                        0.9,
                    ));
                }
            }
        }
    }
    let top = cols.iter().map(|c| c.1).fold(0.0f32, f32::max);
    if let Some((ti, s)) = best_table {
        // A table wins a tie with its columns: "customer" names the table, not `customer_id`.
        if s >= top - 0.05 && s >= 0.7 {
            out.push(Mention {
                start,
                end,
                target: Target::Table(ti),
                score: s,
            });
            return;
        }
    }
    // "names of kiosks" where `kiosk_id` is the key of `kiosk_records`: a word
    // that only half-names a key names the table that the key identifies.
    if let Some((ti, s)) = best_table.filter(|&(_, s)| s >= 0.5) {
        let near: Vec<&(ColId, f32)> = cols.iter().filter(|c| c.1 >= top - 0.1).collect();
        let key_half = !near.is_empty()
            && top < 1.0
            && near.iter().all(|(c, _)| {
                index
                    .tables
                    .get(c.table)
                    .and_then(|t| t.columns.get(c.column))
                    .is_some_and(|ci| {
                        ci.is_key
                            && ci.words.len() == span.len() + 1
                            && ci.words.last().is_some_and(|w| w == "id")
                    })
            })
            && near.iter().any(|(c, _)| c.table == ti);
        if key_half {
            out.push(Mention {
                start,
                end,
                target: Target::Table(ti),
                score: s,
            });
            return;
        }
    }
    if top >= 0.5 {
        cols.retain(|c| c.1 >= top - 0.1);
        cols.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out.push(Mention {
            start,
            end,
            target: Target::Column(cols),
            score: top,
        });
    }
}

/// A table's first-name and last-name text columns ("fname"/"lname", "first_name"/"surname").
pub fn name_columns(index: &Index, t: usize) -> Option<(ColId, ColId)> {
    let ti = index.tables.get(t)?;
    let find = |first: &[&str]| {
        let hits: Vec<usize> = ti
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.class == quarry_model::TypeClass::Text
                    && c.own_words.iter().any(|w| first.contains(&w.as_str()))
                    && c.own_words.iter().any(|w| w == "name" || w == "surnam")
            })
            .map(|(i, _)| i)
            .collect();
        match hits.as_slice() {
            [c] => Some(ColId {
                table: t,
                column: *c,
            }),
            _ => None,
        }
    };
    Some((
        find(&["first", "given"])?,
        find(&["last", "famili", "surnam"])?,
    ))
}

/// "full name" where people have a first-name and a last-name column: both, as two mentions
/// of one word each. The table is the one the question names, or the schema's only one.
fn full_name(tokens: &[Token], index: &Index, out: &mut Vec<Mention>) {
    for i in 0..tokens.len().saturating_sub(1) {
        if tokens[i].lower != "full" || !matches!(tokens[i + 1].lower.as_str(), "name" | "names") {
            continue;
        }
        let pairs: Vec<(usize, (ColId, ColId))> = (0..index.tables.len())
            .filter_map(|t| name_columns(index, t).map(|p| (t, p)))
            .collect();
        let named: Vec<&(usize, (ColId, ColId))> = pairs
            .iter()
            .filter(|(t, _)| {
                index.tables[*t]
                    .words
                    .iter()
                    .any(|w| tokens.iter().any(|x| x.stem == *w))
            })
            .collect();
        let pick = match (named.as_slice(), pairs.as_slice()) {
            ([p], _) => Some(p.1),
            ([], [p]) => Some(p.1),
            _ => None,
        };
        if let Some((first, last)) = pick {
            for (k, c) in [(i, first), (i + 1, last)] {
                out.push(Mention {
                    start: k,
                    end: k + 1,
                    target: Target::Column(vec![(c, 1.0)]),
                    score: 1.1,
                });
            }
        }
    }
}

/// Whether the words around token `i` ask for text inside a value ("contains 'x'", "starts
/// with 'x'", "'x' as a substring") rather than the value itself.
fn pattern_context(tokens: &[Token], i: usize) -> bool {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.lower.as_str());
    let mut j = i;
    while j > 0
        && matches!(
            word(j - 1),
            "the" | "a" | "letter" | "word" | "substring" | "string" | "character"
        )
    {
        j -= 1;
    }
    let b = if j > 0 { word(j - 1) } else { "" };
    let b2 = if j > 1 { word(j - 2) } else { "" };
    matches!(
        b,
        "contain" | "contains" | "containing" | "include" | "includes" | "including"
    ) || (matches!(b, "with" | "from")
        && matches!(
            b2,
            "start"
                | "starts"
                | "starting"
                | "begin"
                | "begins"
                | "beginning"
                | "end"
                | "ends"
                | "ending"
        ))
        || (i + 1..i + 4).any(|k| word(k) == "substring")
}

/// Name words that only say how a thing is identified: "type" for `type_code`.
const GENERIC_SUFFIXES: &[&str] = &["code", "id", "name", "number", "no"];

/// Whether every word of `span` is in `words` and the rest of `words` are generic suffixes.
fn names_but_suffix(span: &[&Token], words: &[String]) -> bool {
    span.iter()
        .enumerate()
        .all(|(i, t)| words.contains(&t.stem) && span[..i].iter().all(|u| u.stem != t.stem))
        && words
            .iter()
            .all(|w| span.iter().any(|t| t.stem == *w) || GENERIC_SUFFIXES.contains(&w.as_str()))
}

/// Picks non-overlapping mentions: longer spans first, then higher scores.
fn select(mut cands: Vec<Mention>, n: usize) -> Vec<Mention> {
    cands.sort_by(|a, b| {
        let la = (a.end - a.start) as f32 * a.score.min(1.0) + a.score * 0.01;
        let lb = (b.end - b.start) as f32 * b.score.min(1.0) + b.score * 0.01;
        lb.total_cmp(&la).then(a.start.cmp(&b.start))
    });
    let mut taken = vec![false; n];
    let mut out = Vec::new();
    for m in cands {
        if (m.start..m.end).any(|i| taken[i]) {
            continue;
        }
        for t in &mut taken[m.start..m.end] {
            *t = true;
        }
        out.push(m);
    }
    out.sort_by_key(|m| m.start);
    out
}
