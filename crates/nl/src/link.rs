//! Schema linking: which spans of the question name a table, a column, an indexed value, a
//! number or a literal. Must not: decide what the query does with them.
//! Entry point: [`link`].

use crate::index::{ColId, Index, ValueHit};
use crate::lexicon::{FILLER, SYNONYMS};
use crate::tokenize::{Kind, Token};

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
fn name_score(span: &[&Token], words: &[String]) -> f32 {
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
                    Some(hits) => Target::Value(hits.clone()),
                    None => Target::Literal(q.clone()),
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
            Kind::Word => {}
        }
    }
    // Tables and columns: spans of words, fillers allowed inside but not at the ends.
    for start in 0..tokens.len() {
        if !nameable(&tokens[start], index) {
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
    // "first and last name": the first half names a column too.
    for i in 0..tokens.len().saturating_sub(3) {
        if tokens[i].lower == "first"
            && tokens[i + 1].lower == "and"
            && tokens[i + 2].lower == "last"
            && matches!(tokens[i + 3].lower.as_str(), "name" | "names")
        {
            let span = [&tokens[i], &tokens[i + 3]];
            let mut found = Vec::new();
            schema_candidates(&span, i, i + 1, index, &mut found);
            for m in &mut found {
                m.score = m.score.max(1.0);
            }
            cands.extend(found);
        }
    }
    select(cands, tokens.len())
}

fn schema_candidates(
    span: &[&Token],
    start: usize,
    end: usize,
    index: &Index,
    out: &mut Vec<Mention>,
) {
    let mut best_table: Option<(usize, f32)> = None;
    for (ti, t) in index.tables.iter().enumerate() {
        let s = name_score(span, &t.words);
        if s > 0.0 && best_table.is_none_or(|(_, b)| s > b) {
            best_table = Some((ti, s));
        }
    }
    let compact: String = span.iter().map(|t| t.lower.as_str()).collect();
    let compact_singular = compact.strip_suffix('s').unwrap_or(&compact);
    let mut cols: Vec<(ColId, f32)> = Vec::new();
    for (ti, t) in index.tables.iter().enumerate() {
        for (ci, c) in t.columns.iter().enumerate() {
            let mut s = name_score(span, &c.words).max(name_score(span, &c.own_words) * 0.97);
            // Several words must name the whole column: "products in the category" is not
            // `product_category_code`.
            if span.len() > 1 && s < 0.85 {
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
