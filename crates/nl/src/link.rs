//! Schema linking: which spans of the question name a table, a column, an indexed value, a
//! number or a literal. Must not: decide what the query does with them.
//! Entry point: [`link`].

use crate::index::{ColId, Index, ValueHit};
use crate::lexicon::{AFFIX_VERBS, DETERMINERS, EVENT_VERBS, FILLER, PLACE_ALIASES, SYNONYMS};
use crate::spelling::{edit_distance, swapped_neighbours};
use crate::tokenize::{Kind, Token};
use quarry_model::TypeClass;
use std::collections::{HashMap, HashSet};

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

/// Whether cue word `t` is, as written, the whole name of some column (`total`; "named" is
/// not `name`) and the word after it (`next`) is not one the schema's names use.
fn names_a_column_alone(t: &Token, next: Option<&Token>, index: &Index) -> bool {
    // (The vocabulary answers at once for the cue words no name uses.)
    let whole = index.vocab.contains(&t.stem)
        && index.tables.iter().any(|tb| {
            tb.columns
                .iter()
                .any(|c| c.words.len() == 1 && c.compact == t.lower)
        });
    whole && !next.is_some_and(|n| index.vocab.contains(&n.stem))
}

/// "the number and departure of the bus": "number" listed with another column ("and" or a
/// comma after it, not "of") is a column of that name (`bus_number`), not a count.
fn number_listed(t: &Token, next: Option<&Token>, index: &Index) -> bool {
    t.lower == "number"
        && next.is_some_and(|n| n.lower == "and" || n.after_comma)
        && index
            .tables
            .iter()
            .any(|tb| tb.columns.iter().any(|c| c.own_words == ["number"]))
}

fn is_cue(t: &Token) -> bool {
    let w = t.lower.as_str();
    // Superlatives steer the query too: alone, "oldest" is not `oldest_order_date`.
    CUES.contains(&w) || crate::lexicon::MOST.contains(&w) || crate::lexicon::LEAST.contains(&w)
}

/// The stems a question token may stand for besides its own, with a weight below 1.0 (the
/// word itself).
fn alternatives(t: &Token) -> Vec<(String, f32)> {
    let mut v = Vec::new();
    // "realized" for `realised`: British and American spellings name one word.
    if t.lower.len() >= 7 {
        for (a, b) in [("iz", "is"), ("is", "iz"), ("yz", "ys"), ("ys", "yz")] {
            if let Some(i) = t.lower.rfind(a).filter(|&i| i >= 3) {
                let mut other = t.lower.clone();
                other.replace_range(i..i + 2, b);
                let other = stemmer().stem(&other).into_owned();
                if other != t.stem {
                    v.push((other, 0.98));
                }
            }
        }
    }
    if let Some(more) = word_alternatives().get(t.lower.as_str()) {
        v.extend(more.iter().cloned());
    }
    v
}

/// Every stem a question says, itself or through the word lists ("departing" says
/// "origin"), for rules that ask whether a name's word was said at all.
pub(crate) fn said_stems(tokens: &[Token]) -> HashSet<String> {
    let mut said = HashSet::new();
    for t in tokens {
        said.insert(t.stem.clone());
        for (alt, _) in alternatives(t) {
            said.insert(alt);
        }
    }
    said
}

/// Per question word, the schema stems the word lists let it stand for: irregular plurals
/// ("people" -> "person", at 0.98), then synonyms ("salary" stemmed to "salari", at 0.8).
/// Kept by word because every span of every question asks: a scan of the lists per token
/// cost a fifth of the translation time.
fn word_alternatives() -> &'static HashMap<&'static str, Vec<(String, f32)>> {
    static BY_WORD: std::sync::OnceLock<HashMap<&'static str, Vec<(String, f32)>>> =
        std::sync::OnceLock::new();
    BY_WORD.get_or_init(|| {
        let mut by_word: HashMap<&'static str, Vec<(String, f32)>> = HashMap::new();
        let lists = [(crate::lexicon::IRREGULAR_PLURALS, 0.98), (SYNONYMS, 0.8)];
        for (list, weight) in lists {
            for (w, s) in list {
                by_word
                    .entry(*w)
                    .or_default()
                    .push((stemmer().stem(s).into_owned(), weight));
            }
        }
        by_word
    })
}

/// Whether a question word is on the synonym list.
fn is_synonym(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| SYNONYMS.iter().map(|(w, _)| *w).collect())
        .contains(word)
}

/// The stemmer names and question words are stemmed with.
fn stemmer() -> &'static rust_stemmers::Stemmer {
    static STEMMER: std::sync::OnceLock<rust_stemmers::Stemmer> = std::sync::OnceLock::new();
    STEMMER.get_or_init(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English))
}

/// How well a sequence of question tokens matches a name's stems (0 = not at all).
fn name_score(span: &[&Token], words: &[String], vocab: &HashSet<String>) -> f32 {
    scored_name(span, words, vocab, false)
}

/// [`name_score`] of column `c`. A column that is no key may be named without
/// the words that only say how its value is kept: a trailing "code" (unless by one word of a
/// table's name, "the shelves" being the shelf rows, not their `shelf_code`, or when a
/// column beside it differs only in that word: `permit_code` and `permit_number`), a unit
/// (`depth_metres`), or a last "date"/"year" of a column that holds one (`sail_year`).
fn column_score(
    span: &[&Token],
    c: &crate::index::ColInfo,
    index: &Index,
    span_info: SpanFacts,
) -> f32 {
    let code_optional = !c.is_key && !span_info.one_table_word && !c.last_word_tells;
    let score = scored_name(span, &c.words, &index.vocab, code_optional)
        .max(scored_name(span, &c.own_words, &index.vocab, code_optional) * 0.97);
    // "the revenue" for `revenue_million`, "the depth" for `depth_metres`: a unit in a name
    // says how the value is written; "when it sailed" for `sail_year`: a last "date" or
    // "year" says what kind of value a column holds. The words besides them name the column.
    // (Not a plural for a date: "voyages" are the rows, not their `voyage_date`; nor a stored
    // value: "status shipped" is a status, not the `shipped_date`.)
    let bare = if span_info.plural {
        &c.unitless
    } else {
        &c.undated
    };
    match bare {
        Some(words) if !span_info.stored_value => {
            score.max(name_score(span, words, &index.vocab) * 0.97)
        }
        _ => score,
    }
}

/// What [`column_score`] asks of a span once for all columns.
#[derive(Clone, Copy)]
struct SpanFacts {
    /// One word, and a word of some table's name ("the shelves").
    one_table_word: bool,
    /// Ends with a plural.
    plural: bool,
    /// The value index holds the span as a value.
    stored_value: bool,
}

impl SpanFacts {
    fn of(span: &[&Token], index: &Index) -> Self {
        let said: Vec<&str> = span.iter().map(|t| t.lower.as_str()).collect();
        SpanFacts {
            one_table_word: match span {
                [w] => index.tables.iter().any(|tb| tb.words.contains(&w.stem)),
                _ => false,
            },
            plural: span.last().is_some_and(|t| t.lower.ends_with('s')),
            stored_value: index.values.contains_key(&said.join(" ")),
        }
    }
}

fn scored_name(
    span: &[&Token],
    words: &[String],
    vocab: &HashSet<String>,
    code_optional: bool,
) -> f32 {
    if words.is_empty() || span.is_empty() {
        return 0.0;
    }
    let mut weight = 1.0;
    let mut used = vec![false; words.len()];
    for t in span {
        // The word itself outweighs every alternative, so those are only worked out (for
        // every name of the schema, for every span) when it names nothing here.
        let mut best: Option<(usize, f32)> = words
            .iter()
            .enumerate()
            .position(|(i, x)| !used[i] && *x == t.stem)
            .map(|i| (i, 1.0));
        if best.is_none() {
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
        if best.is_none() && t.stem.len() >= 7 && !vocab.contains(&t.stem) {
            // "harbuor" for `harbour`: a long word a letter off a name word is a typo.
            best = words
                .iter()
                .enumerate()
                .find(|(i, x)| {
                    !used[*i]
                        && x.len() >= 7
                        && x.chars().next() == t.stem.chars().next()
                        && edit_distance(&t.stem, x, 1).is_some()
                })
                .map(|(i, _)| (i, 0.9));
        }
        if best.is_none()
            && t.stem.chars().count() >= 4
            && !vocab.contains(&t.stem)
            && !is_filler(t)
        {
            // "weight measured" for `weight_mesaured`, "pracels" for `parcels`: two neighbouring
            // letters swapped, on either side, is a slip of the keys rather than another word.
            // Shorter words are left alone: too many of them are each other's anagrams.
            best = words
                .iter()
                .enumerate()
                .find(|(i, x)| !used[*i] && swapped_neighbours(&t.stem, x))
                .map(|(i, _)| (i, 0.9));
        }
        match best {
            Some((i, w)) => {
                used[i] = true;
                weight *= w;
            }
            None => return 0.0,
        }
    }
    // "permit types" for `permit_type_code`: a trailing "code" only says how a kind is
    // stored; the words before it, all said, name the column. (Not a key's: "the voyage"
    // names the voyages, not `voyage_code`.)
    if let [before @ .., last] = used.as_mut_slice() {
        // (So is a trailing "amount": "the fee" for `fee_amt`.)
        if code_optional
            && words.len() >= 2
            && words.last().is_some_and(|w| w == "code" || w == "amount")
            && before.iter().all(|u| *u)
        {
            *last = true;
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
            let alias: Vec<ValueHit>;
            let (hits, plural) = match index.values.get(&key) {
                Some(h) => (h, false),
                None => match other_form(index, &key, span).or_else(|| {
                    tokens
                        .get(end)
                        .is_none_or(|t| t.after_stop)
                        .then(|| past_form_of_a_state(index, span))
                        .flatten()
                }) {
                    Some(h) => (h, true),
                    None => {
                        alias = place_alias(index, &key, span);
                        if alias.is_empty() {
                            continue;
                        }
                        (&alias, true)
                    }
                },
            };
            let marked = span.iter().any(|t| t.capital);
            // A lone everyday word ("yes", "all", "each") is a value only when written as one.
            if len == 1 && !marked && (is_filler(&span[0]) || is_cue(&span[0])) {
                continue;
            }
            // "the site with code x": a lone letter right after a word of its column's name.
            let after_its_column = start > 0
                && hits.iter().any(|h| {
                    index
                        .col(&h.col)
                        .is_some_and(|c| c.words.contains(&tokens[start - 1].stem))
                });
            if len == 1 && span[0].lower.chars().count() < 2 && !marked && !after_its_column {
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
    // "Yahts" for the stored "Yachts": a run of capitalised words that no value matches
    // exactly names the one value a letter or two away.
    let mut i = 0;
    while i < tokens.len() {
        if !(tokens[i].capital && tokens[i].kind == Kind::Word) {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < tokens.len() && tokens[end].capital && tokens[end].kind == Kind::Word {
            end += 1;
        }
        let covered = cands
            .iter()
            .any(|m| matches!(m.target, Target::Value(_)) && m.start < end && m.end > i);
        if !covered {
            let key = tokens[i..end]
                .iter()
                .map(|t| t.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(hits) = near_value(index, &key) {
                cands.push(Mention {
                    start: i,
                    end,
                    target: Target::Value(hits.clone()),
                    score: 0.85,
                });
            }
        }
        i = end;
    }
    // Quoted text and numbers.
    for (i, t) in tokens.iter().enumerate() {
        match &t.kind {
            Kind::Quoted(q) => {
                let key = crate::index::value_key(q);
                // 'dinghy' for the stored "Dinghies", 'yachts' for "Yacht".
                let found = index.values.get(&key).or_else(|| {
                    let other = match key.strip_suffix('s') {
                        Some(k) if k.len() >= 3 => k.to_string(),
                        _ => format!("{key}s"),
                    };
                    index.values.get(&other).filter(|_| key.len() >= 3)
                });

                let target = match found {
                    Some(hits) if !pattern_context(tokens, i) => Target::Value(hits.clone()),
                    // "the \"open until date\"": quoted words that spell out a column's name
                    // name the column, not a value to look for.
                    None if !pattern_context(tokens, i) => match quoted_column(index, &key) {
                        Some(cols) => Target::Column(cols),
                        None => Target::Literal(q.clone()),
                    },
                    _ => Target::Literal(q.clone()),
                };
                cands.push(Mention {
                    start: i,
                    end: i + 1,
                    target,
                    score: 2.0,
                });
            }
            // "zip codes starting with 9": digits to look for at the start, not a number.
            Kind::Number(_) if unquoted_pattern(tokens, i) => cands.push(Mention {
                start: i,
                end: i + 1,
                target: Target::Literal(t.text.clone()),
                score: 2.0,
            }),
            // "boat class 4x", "room 12B": digits with letters the value index holds as they
            // are written is a code, not the number before the letters.
            Kind::Number(n)
                if t.text.len() > n.len()
                    && index.values.contains_key(&crate::index::value_key(&t.text)) =>
            {
                let key = crate::index::value_key(&t.text);
                if let Some(hits) = index.values.get(&key) {
                    cands.push(Mention {
                        start: i,
                        end: i + 1,
                        target: Target::Value(hits.clone()),
                        score: 2.0,
                    });
                }
            }
            Kind::Number(n) => cands.push(Mention {
                start: i,
                end: i + 1,
                target: Target::Number(n.clone()),
                score: 2.0,
            }),
            // "a port name that contains XL", "contain the word sea": text to look for,
            // written without quotes. ("nationalities that include a GM" where GM is a stored
            // value: that value, held by one of the rows.)
            Kind::Word
                if unquoted_pattern(tokens, i)
                    && !(includes_before(tokens, i)
                        && index.values.contains_key(&crate::index::value_key(&t.text))) =>
            {
                cands.push(Mention {
                    start: i,
                    end: i + 1,
                    target: Target::Literal(t.text.clone()),
                    score: 2.0,
                });
            }
            // "the letter a", "starts with S": a one-letter word after "letter", or after
            // "with" of a starting or ending, is text to look for.
            Kind::Word
                if i > 0
                    && (tokens[i - 1].lower == "letter"
                        || (i > 1
                            && tokens[i - 1].lower == "with"
                            && AFFIX_VERBS.contains(&tokens[i - 2].lower.as_str())))
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
    let mut tallies: Vec<Mention> = Vec::new();
    for start in 0..tokens.len() {
        if !nameable(&tokens[start], index) {
            continue;
        }
        // "Return the amount ...", "... ? List the names": a sentence's leading command verb
        // is the command, even where a schema has a `return_date`.
        // So is one after the comma that closes a leading phrase ("For each foundry, show
        // its name"), when what follows is what it shows.
        let clause_command = tokens[start].after_comma
            && tokens.get(start + 1).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "the" | "its" | "their" | "me" | "all" | "each" | "every"
                )
            });
        if (start == 0 || tokens[start].capital || clause_command)
            && matches!(
                tokens[start].lower.as_str(),
                "return" | "list" | "show" | "find" | "give" | "tell" | "display" | "provide"
            )
        {
            continue;
        }
        // "in the order of", "in descending order of": the word says how to sort, even where
        // a schema has an orders table.
        if tokens[start].lower == "order" && start > 0 {
            let mut j = start;
            while j > 0 && tokens[j - 1].lower == "the" {
                j -= 1;
            }
            let before = if j > 0 {
                tokens[j - 1].lower.as_str()
            } else {
                ""
            };
            let sorts = matches!(
                before,
                "in" | "ascending"
                    | "descending"
                    | "alphabetical"
                    | "alphabetic"
                    | "reverse"
                    | "increasing"
                    | "decreasing"
                    | "numerical"
                    | "chronological"
                    | "lexicographical"
            );
            if sorts {
                continue;
            }
        }
        // "sailed more than three times": how often, not a column of times.
        if tokens[start].lower == "times"
            && start > 0
            && matches!(tokens[start - 1].kind, Kind::Number(_))
        {
            continue;
        }
        // "How many orders in total?": "in total" closing a sentence says "all of them
        // together", not the `total` column an orders table often keeps.
        if tokens[start].lower == "total"
            && start > 0
            && tokens[start - 1].lower == "in"
            && tokens.get(start + 1).is_none_or(|t| t.after_stop)
        {
            continue;
        }
        // "the number of X" counts X, unless an aggregate precedes ("average number of X").
        if tokens[start].lower == "number"
            && tokens.get(start + 1).is_some_and(|t| t.lower == "of")
            && !(start > 0 && AGG_WORDS.contains(&tokens[start - 1].lower.as_str()))
        {
            tallies.extend(tally_candidates(tokens, start, index));
            continue;
        }
        let mut content: Vec<&Token> = Vec::new();
        for end in start + 1..=(start + 6).min(tokens.len()) {
            let t = &tokens[end - 1];
            // "the name, role code": a comma ends a name too.
            if t.kind != Kind::Word || (end - 1 > start && t.after_comma) {
                break;
            }
            // "weavers ordered by age": the verb that orders the rows ends a name, even where
            // a table is named with its word (`order_weavers`). (Alone it may still name one:
            // "products ordered by a customer".)
            if !content.is_empty()
                && matches!(
                    t.lower.as_str(),
                    "ordered" | "sorted" | "ranked" | "arranged"
                )
                && tokens
                    .get(end)
                    .is_some_and(|n| matches!(n.lower.as_str(), "by" | "from" | "in"))
            {
                break;
            }
            // "stay from", "open to": where the schema's names use "from" or "to", the word
            // ends a name that it completes, and only then.
            if !content.is_empty()
                && matches!(t.lower.as_str(), "from" | "to")
                && index.vocab.contains(&t.stem)
            {
                let mut span = content.clone();
                span.push(t);
                let mut found = Vec::new();
                schema_candidates(tokens, &span, start, end, index, &mut found);
                found.retain(|m| matches!(m.target, Target::Column(_)) && m.score >= 0.97);
                cands.extend(found);
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
            // ("first name", "number of employees"). A column named by the word alone
            // (`total`) is named by it too, unless a word of the schema follows that the cue
            // applies to ("the total price").
            if content.len() == 1
                && is_cue(t)
                && !names_a_column_alone(t, tokens.get(end), index)
                && !number_listed(t, tokens.get(end), index)
            {
                continue;
            }
            schema_candidates(tokens, &content, start, end, index, &mut cands);
            // "medics on duty" for `on_duty`: a name that begins with a function word is
            // named whole only with the word before it, which a span never starts with.
            if let Some(lead) = start.checked_sub(1).map(|i| &tokens[i]) {
                if lead.kind == Kind::Word
                    && FUNCTION.contains(&lead.lower.as_str())
                    && index.vocab.contains(&lead.stem)
                {
                    let mut span = vec![lead];
                    span.extend(content.iter().copied());
                    let mut found = Vec::new();
                    schema_candidates(tokens, &span, start - 1, end, index, &mut found);
                    // A yes/no column ("on leave") is asked for as a flag's value.
                    found.retain(|m| {
                        m.score >= 0.97
                            && match &m.target {
                                Target::Column(cols) => cols.iter().all(|(c, _)| {
                                    index.col(c).is_some_and(|ci| ci.flag_yes.is_none())
                                }),
                                _ => true,
                            }
                    });
                    cands.extend(found);
                }
            }
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
            schema_candidates(tokens, &span, i, i + 1, index, &mut found);
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
    let mut out = select(cands, tokens);
    aggregate_of_a_named_tables_column(tokens, index, &mut out);
    cost_as_a_verb(tokens, index, &mut out);
    tallies_of_a_named_table(tallies, &mut out);
    adjacent_values_agree(&mut out);
    flags_as_values(tokens, index, &mut out);
    names_after_a_column(tokens, index, &mut out);
    phrasal_flags(tokens, index, &mut out);
    name_of_a_reference(tokens, index, &mut out);
    names_of_a_table(tokens, index, &mut out);
    whose_names_an_attribute(tokens, index, &mut out);
    compound_column_mentions(tokens, index, &mut out);
    each_refers_back(tokens, &mut out);
    direction_of_values(tokens, index, &mut out);
    ordinals_as_values(tokens, index, &mut out);
    unsure_within_a_table(&mut out);
    tied_tables_follow_the_rest(tokens, index, &mut out);
    list_stays_with_its_table(tokens, &mut out);
    head_of_a_link_table(tokens, index, &mut out);
    rows_named_by_the_rest_of_a_table_name(tokens, index, &mut out);
    members_of_a_collective(tokens, index, &mut out);
    synonyms_outside_the_question(tokens, index, &mut out);
    namesake_far_from_the_question(tokens, index, &mut out);
    event_verb_as_a_date(tokens, index, &mut out);
    when_beside_a_named_time(tokens, index, &mut out);
    rest_of_a_table_name(tokens, index, &mut out);
    measure_of_the_named_table(tokens, index, &mut out);
    average_of_a_tables_measure(tokens, index, &mut out);
    counted_head_of_a_table(tokens, index, &mut out);
    verb_after_a_plural_table(tokens, &mut out);
    verb_after_they(tokens, index, &mut out);
    year_they_did(tokens, index, &mut out);
    their_completes_a_name(tokens, index, &mut out);
    verb_that_begins_a_name(tokens, index, &mut out);
    out
}

/// "the most frequently performed piece" where a link table keeps `performance_order`: a
/// past participle that only begins a column's name says what was done to the rows, not
/// which of their columns to read (a date it names is read elsewhere: "hired" for
/// `hire_date`).
fn verb_that_begins_a_name(tokens: &[Token], index: &Index, mentions: &mut Vec<Mention>) {
    mentions.retain(|m| {
        let Target::Column(cands) = &m.target else {
            return true;
        };
        let Some(t) = tokens.get(m.start).filter(|_| m.end == m.start + 1) else {
            return true;
        };
        // ("the best rated wine": after a superlative the participle is the measure.)
        let graded = m.start > 0 && {
            let p = tokens[m.start - 1].lower.as_str();
            crate::lexicon::MOST.contains(&p)
                || crate::lexicon::LEAST.contains(&p)
                || matches!(p, "better" | "worse" | "higher" | "lower" | "more" | "less")
        };
        let participle = t.lower.len() > 4 && t.lower.ends_with("ed") && m.score < 0.7 && !graded;
        let begins_only = cands.iter().all(|(c, _)| {
            index.col(c).is_some_and(|ci| {
                ci.words.len() >= 2
                    && ci.words[0] == t.stem
                    // (`released_in` is named by the verb and a preposition alone.)
                    && ci.words[1..].iter().any(|w| !FUNCTION.contains(&w.as_str()))
                    && !matches!(ci.class, TypeClass::Date | TypeClass::Timestamp)
                    && !ci.words.iter().any(|w| w == "date" || w == "year" || w == "time")
                    // ("visited" for `visit_count` names how often it was done.)
                    && !ci
                        .words
                        .last()
                        .is_some_and(|w| matches!(w.as_str(), "count" | "number" | "num" | "total"))
            })
        });
        !(participle && begins_only)
    });
}

/// "the items and their categories" for `item_category`: after "their" or "its" a word that
/// half names a column is completed by the words of the mention "their" points back to.
/// Only columns that the two together name outright are kept.
fn their_completes_a_name(tokens: &[Token], index: &Index, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (p, m) = (&mentions[k - 1], &mentions[k]);
        let partial = match &m.target {
            Target::Column(cands) => cands.first().is_some_and(|(_, s)| *s < 0.85),
            _ => false,
        };
        if !partial
            || m.start < 1
            || !matches!(tokens[m.start - 1].lower.as_str(), "their" | "its")
            || !matches!(p.target, Target::Column(_) | Target::Table(_))
        {
            continue;
        }
        let span: Vec<&Token> = tokens[p.start..p.end]
            .iter()
            .chain(&tokens[m.start..m.end])
            .collect();
        let mut cols: Vec<(ColId, f32)> = Vec::new();
        for (table, t) in index.tables.iter().enumerate() {
            for (column, c) in t.columns.iter().enumerate() {
                let s = name_score(&span, &c.words, &index.vocab);
                if s >= 0.97 {
                    cols.push((ColId { table, column }, s));
                }
            }
        }
        if !cols.is_empty() {
            cols.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            mentions[k].score = cols[0].1;
            mentions[k].target = Target::Column(cols);
        }
    }
}

/// "How many pupils play chess games?": a bare word right after a plural table name is the
/// verb of that subject; when it only half names a column (`moves_played`) it names nothing.
fn verb_after_a_plural_table(tokens: &[Token], mentions: &mut Vec<Mention>) {
    let plural = |t: &Token| crate::plan::plural_word(&t.lower) && t.lower != t.stem;
    let mut k = 1;
    while k < mentions.len() {
        let (p, m) = (&mentions[k - 1], &mentions[k]);
        let t = &tokens[m.start];
        let verb = matches!(p.target, Target::Table(_))
            && p.end == m.start
            && plural(&tokens[p.end - 1])
            && m.end == m.start + 1
            && m.score < 0.7
            && matches!(m.target, Target::Column(_))
            && !t.lower.ends_with('s')
            && !t.capital
            // "kennels opened before 1900": the date the verb names is compared ("in", "on"
            // and "during" only before a number or a name: "play in each position" is not).
            && !tokens.get(m.end).is_some_and(|n| {
                let dated = tokens
                    .get(m.end + 1)
                    .is_some_and(|d| matches!(d.kind, Kind::Number(_)) || d.capital);
                matches!(n.kind, Kind::Number(_))
                    || matches!(n.lower.as_str(), "before" | "after" | "since" | "between")
                    || (matches!(n.lower.as_str(), "in" | "on" | "during") && dated)
            });
        if verb {
            mentions.remove(k);
        } else {
            k += 1;
        }
    }
}

/// "the names of the bands they play in", "players who work for a club": a bare verb after
/// "they" or "who" says what the rows do; when it only half names a measure (`years_playing`,
/// `minutes_played`) it names nothing. A number after it keeps it ("who played 90 minutes").
fn verb_after_they(tokens: &[Token], index: &Index, mentions: &mut Vec<Mention>) {
    mentions.retain(|m| {
        let Target::Column(cands) = &m.target else {
            return true;
        };
        let t = &tokens[m.start];
        let after_subject =
            m.start > 0 && matches!(tokens[m.start - 1].lower.as_str(), "they" | "who");
        let numbered = tokens[m.end..(m.end + 3).min(tokens.len())]
            .iter()
            .any(|n| matches!(n.kind, Kind::Number(_)));
        let half_named = cands.iter().all(|(c, _)| {
            index.col(c).is_some_and(|ci| {
                // (A year is when it was done, "years" how long: `years_playing`.)
                let a_year = ci.words.iter().any(|w| w == "year") && !ci.compact.contains("years");
                ci.words.len() >= 2
                    && !a_year
                    && !ci.words.iter().any(|w| w == "date" || w == "time")
                    && !matches!(ci.class, TypeClass::Date | TypeClass::Timestamp)
            })
        });
        let verb = m.end == m.start + 1
            && m.score < 0.7
            && after_subject
            && !t.capital
            && !numbered
            && half_named;
        !verb
    });
}

/// "sorted by the year they were founded" where clubs keep `Founded`: a year or date
/// followed by what the rows did, as a column of its own that holds a number or a date, is
/// that column; the year alone may name another table's `Year`.
fn year_they_did(tokens: &[Token], index: &Index, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k + 1 < mentions.len() {
        let (y, v) = (&mentions[k], &mentions[k + 1]);
        let said = |i: usize, words: &[&str]| {
            tokens
                .get(i)
                .is_some_and(|t| words.contains(&t.lower.as_str()))
        };
        let year_word = y.end == y.start + 1 && said(y.start, &["year", "date"]);
        // "the year they were founded", "the year it opened", "the date he joined".
        let mut at = y.end;
        if said(at, &["when", "that"]) {
            at += 1;
        }
        let subject = said(at, &["they", "it", "he", "she"]);
        let mut verb_at = at + 1;
        if said(
            verb_at,
            &["was", "were", "is", "are", "had", "has", "have", "first"],
        ) {
            verb_at += 1;
        }
        let timed = match &v.target {
            Target::Column(cands) => cands.iter().all(|(c, _)| {
                index.col(c).is_some_and(|ci| {
                    !ci.is_key
                        && (ci.class.is_numeric()
                            || matches!(ci.class, TypeClass::Date | TypeClass::Timestamp))
                })
            }),
            _ => false,
        };
        if year_word
            && subject
            && v.start == verb_at
            && v.end == v.start + 1
            && timed
            && matches!(y.target, Target::Column(_))
        {
            let merged = Mention {
                start: y.start,
                end: v.end,
                target: v.target.clone(),
                score: v.score,
            };
            mentions[k] = merged;
            mentions.remove(k + 1);
        }
        k += 1;
    }
}

/// "the patron with the most bookings", "clubs with at least 2 outings" for
/// `patron_bookings`, `club_outings`: a plural counted after "most", a number or "number of"
/// that only half names columns is the rows of the one table whose name it ends (the head
/// noun of a compound name is what its rows are).
fn counted_head_of_a_table(tokens: &[Token], index: &Index, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if m.end != m.start + 1 || m.score >= 0.7 || !matches!(m.target, Target::Column(_)) {
            continue;
        }
        let t = &tokens[m.start];
        if !crate::plan::plural_word(&t.lower) || t.lower == t.stem {
            continue;
        }
        let counted = m.start.checked_sub(1).is_some_and(|b| {
            let w = tokens[b].lower.as_str();
            matches!(w, "most" | "fewest" | "least" | "many")
                || matches!(tokens[b].kind, Kind::Number(_))
                || (w == "of" && b > 0 && tokens[b - 1].lower == "number")
        });
        if !counted {
            continue;
        }
        let headed: Vec<usize> = index
            .tables
            .iter()
            .enumerate()
            .filter(|(_, ti)| ti.words.len() >= 2 && ti.words.last() == Some(&t.stem))
            .map(|(ti, _)| ti)
            .collect();
        if let [ti] = headed[..] {
            m.target = Target::Table(ti);
            m.score = 0.7;
        }
    }
}

/// "the average rating" where ratings are a table whose one number is `score`: an average
/// of a table's rows is the average of the one measure they keep (not a key, not a code).
fn average_of_a_tables_measure(tokens: &[Token], index: &Index, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        // ("the average checking balance": the table's word only says whose balance.)
        let modifier = mentions
            .get(k + 1)
            .is_some_and(|n| n.start == mentions[k].end && matches!(n.target, Target::Column(_)));
        let m = &mut mentions[k];
        let Target::Table(t) = m.target else {
            continue;
        };
        let averaged = !modifier
            && m.end == m.start + 1
            && m.start > 0
            && matches!(tokens[m.start - 1].lower.as_str(), "average" | "mean")
            && !tokens[m.start].lower.ends_with('s');
        if !averaged {
            continue;
        }
        // (A column called by the word itself, in any table, is the better reading.)
        let stem = &tokens[m.start].stem;
        let own_column = index.tables.iter().any(|x| {
            x.columns
                .iter()
                .any(|c| c.words.len() == 1 && c.words[0] == *stem)
        });
        let Some(ti) = index.tables.get(t).filter(|_| !own_column) else {
            continue;
        };
        let measures: Vec<usize> = (0..ti.columns.len())
            .filter(|&ci| {
                let c = &ti.columns[ci];
                !c.is_key
                    && matches!(
                        c.class,
                        TypeClass::Integer | TypeClass::Decimal | TypeClass::Float
                    )
                    && !c.words.last().is_some_and(|w| w == "id" || w == "code")
            })
            .collect();
        if let [ci] = measures[..] {
            m.target = Target::Column(vec![(
                ColId {
                    table: t,
                    column: ci,
                },
                m.score,
            )]);
        }
    }
}

/// "the budget amount" where the budgets table has `budgeted` and a table joined to it has
/// `amount`; "the spent amount" where `spent` is the budgets table's: a measure word right
/// after a word that names a table (or that table's column) is that table's number column
/// with the word, not a sibling table's column that happens to be called the measure.
fn measure_of_the_named_table(tokens: &[Token], index: &Index, mentions: &mut Vec<Mention>) {
    let numeric = |c: &ColId| {
        index.col(c).is_some_and(|ci| {
            !ci.is_key
                && matches!(
                    ci.class,
                    TypeClass::Integer | TypeClass::Decimal | TypeClass::Float
                )
        })
    };
    let mut k = 1;
    while k < mentions.len() {
        let (p, m) = (&mentions[k - 1], &mentions[k]);
        let Target::Column(after) = &m.target else {
            k += 1;
            continue;
        };
        if p.end != m.start || m.end - m.start != 1 || !after.iter().all(|(c, _)| numeric(c)) {
            k += 1;
            continue;
        }
        let word = &tokens[p.end - 1].stem;
        // The table the first word names: itself, or its one column's table.
        let (table, own) = match &p.target {
            Target::Table(t) => (*t, None),
            Target::Column(c) if c.len() == 1 && numeric(&c[0].0) => (c[0].0.table, Some(c[0].0)),
            _ => {
                k += 1;
                continue;
            }
        };
        if after.iter().any(|(c, _)| c.table == table) {
            k += 1;
            continue;
        }
        // The named table's number column with the word ("budgeted" for "budget"), the one
        // with the fewest other words (`budgeted` over `percent_budgeted`).
        let col = own.or_else(|| {
            let ti = index.tables.get(table)?;
            let with: Vec<usize> = (0..ti.columns.len())
                .filter(|&ci| {
                    ti.columns[ci].words.contains(word) && numeric(&ColId { table, column: ci })
                })
                .collect();
            let fewest = with.iter().map(|&ci| ti.columns[ci].words.len()).min()?;
            match with
                .iter()
                .filter(|&&ci| ti.columns[ci].words.len() == fewest)
                .collect::<Vec<_>>()[..]
            {
                [&ci] => Some(ColId { table, column: ci }),
                _ => None,
            }
        });
        let Some(col) = col else {
            k += 1;
            continue;
        };
        let end = m.end;
        let p = &mut mentions[k - 1];
        p.end = end;
        p.target = Target::Column(vec![(col, p.score)]);
        mentions.remove(k);
    }
}

/// Two column mentions side by side (no comma between) that name one column, the other word
/// only modifying it:
/// - "position title" where "title" is only a synonym of the same table's `name`: the head
///   noun of the first's name, not a column of its own (the pattern went to the name);
/// - "the greatest boat weight" where "boat" only half names a key (`boat_rower_id`): a
///   modifier of the well named column after it. Only keys: a word that half names another
///   column ("opening year" for `opened_on`) says which year.
fn compound_column_mentions(tokens: &[Token], index: &Index, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k + 1 < mentions.len() {
        let (a, b) = (&mentions[k], &mentions[k + 1]);
        let (Target::Column(ca), Target::Column(cb)) = (&a.target, &b.target) else {
            k += 1;
            continue;
        };
        if a.end != b.start || tokens.get(b.start).is_none_or(|t| t.after_comma) {
            k += 1;
            continue;
        }
        // (Not a column the second word half names: "the gardens founded before 1700" ends
        // a name and starts a condition on `Year_Founded`.)
        let synonym_head = a.score >= 1.0
            && b.score <= 0.8
            && b.score > 0.7
            && ca
                .iter()
                .any(|(x, _)| cb.iter().any(|(y, _)| x.table == y.table));
        let half_key_modifier = a.end - a.start == 1
            && a.score < 0.7
            && b.score >= 0.97
            && ca
                .iter()
                .all(|(x, _)| index.col(x).is_some_and(|ci| ci.is_key));
        // "delivery route codes" in `client_delivery_routes`: a word of the table's own
        // name qualifies the column after it; it is not `delivery_phone` shown beside it.
        // ("the average class fee" in `swim_classes`, "the ticket fine" in `parking_tickets`
        // beside another table's `base_fine`: the word picks the table among the column's.)
        let named_by_word: Vec<(ColId, f32)> = cb
            .iter()
            .filter(|(y, _)| {
                index
                    .tables
                    .get(y.table)
                    .is_some_and(|t| t.words.contains(&tokens[a.start].stem))
            })
            .cloned()
            .collect();
        let table_word_modifier = a.end - a.start == 1
            && a.score < 0.7
            && named_by_word.len() == 1
            && (b.score >= 0.97 || cb.len() > 1)
            && ca.iter().any(|(x, _)| x.table == named_by_word[0].0.table)
            && ca.iter().all(|(x, _)| {
                x.table == named_by_word[0].0.table || index.col(x).is_some_and(|ci| ci.is_key)
            });
        // "gust speed" for `gust_speed_kph` read word by word: one column, named once.
        let same_column = ca.len() == 1 && cb.len() == 1 && ca[0].0 == cb[0].0;
        if synonym_head || same_column {
            if same_column {
                mentions[k].score = mentions[k].score.max(mentions[k + 1].score);
            }
            mentions[k].end = mentions[k + 1].end;
            mentions.remove(k + 1);
        } else if half_key_modifier || table_word_modifier {
            if table_word_modifier && !half_key_modifier {
                mentions[k + 1].target = Target::Column(named_by_word);
            }
            mentions[k + 1].start = mentions[k].start;
            mentions.remove(k);
        }
        k += 1;
    }
}

/// "all card kind codes, with how many cards are in each kind": a word after "each" (or "per")
/// that is a word of a column listed before names that column again, not another table's
/// column the word alone names.
fn each_refers_back(tokens: &[Token], mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let m = &mentions[k];
        let after_each =
            m.start > 0 && matches!(tokens[m.start - 1].lower.as_str(), "each" | "per");
        if !after_each || m.end != m.start + 1 || !matches!(m.target, Target::Column(_)) {
            continue;
        }
        let stem = &tokens[m.start].stem;
        let earlier = (0..k).rev().find(|&j| {
            let o = &mentions[j];
            o.end - o.start > 1
                && matches!(&o.target, Target::Column(c) if c.len() == 1)
                && tokens[o.start..o.end].iter().any(|t| t.stem == *stem)
        });
        if let Some(j) = earlier {
            mentions[k].target = mentions[j].target.clone();
            mentions[k].score = mentions[j].score;
        }
    }
}

/// "clients whose place contains ...": after "<table> whose" a word names something the
/// table's rows have, so a column of that table the word names beats the table it names alone
/// (`clients.client_place`, not the `places` table).
fn whose_names_an_attribute(tokens: &[Token], index: &Index, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let Target::Table(named) = mentions[k].target else {
            continue;
        };
        // The owner is the table named right before "whose", alone or as the last word of a
        // column read across "of" ("the ids of clients whose").
        let before = &mentions[k - 1];
        let owner = match &before.target {
            Target::Table(t) => Some(*t),
            Target::Column(_) => tokens.get(before.end.wrapping_sub(1)).and_then(|last| {
                index
                    .tables
                    .iter()
                    .position(|t| t.words.len() == 1 && t.words[0] == last.stem)
            }),
            _ => None,
        };
        let (Some(owner), m) = (owner, &mentions[k]) else {
            continue;
        };
        if owner == named
            || mentions[k - 1].end + 1 != m.start
            || tokens
                .get(mentions[k - 1].end)
                .is_none_or(|t| t.lower != "whose")
        {
            continue;
        }
        let span: Vec<&Token> = tokens[m.start..m.end].iter().collect();
        let Some(t) = index.tables.get(owner) else {
            continue;
        };
        // Scored as `schema_candidates` scores a column, which a table named outright
        // would beat there.
        let mut cols: Vec<(ColId, f32)> = (0..t.columns.len())
            .map(|column| {
                let c = &t.columns[column];
                let s = name_score(&span, &c.words, &index.vocab)
                    .max(name_score(&span, &c.own_words, &index.vocab) * 0.97);
                (
                    ColId {
                        table: owner,
                        column,
                    },
                    s,
                )
            })
            .filter(|&(_, s)| s >= 0.85)
            .collect();
        cols.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        if !cols.is_empty() {
            mentions[k].target = Target::Column(cols);
        }
    }
}

/// "garden keepers and helpers" for `garden_keepers_and_helpers`, linked as the table up to
/// "keepers": the "and"/"or" and the words after it that finish the table's name are part of
/// the table's mention, not a column of their own.
fn rest_of_a_table_name(tokens: &[Token], index: &Index, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k < mentions.len() {
        let Target::Table(t) = mentions[k].target else {
            k += 1;
            continue;
        };
        let Some(words) = index.tables.get(t).map(|ti| &ti.words) else {
            k += 1;
            continue;
        };
        let said = &tokens[mentions[k].start..mentions[k].end];
        let Some(done) = words
            .iter()
            .position(|w| !said.iter().any(|x| x.stem == *w))
        else {
            k += 1;
            continue;
        };
        // The name goes on with its own "and" (or the question's "or") and its last words.
        let mut j = mentions[k].end;
        let mut rest = words[done..]
            .iter()
            .filter(|w| !matches!(w.as_str(), "and" | "or"));
        let joined = tokens
            .get(j)
            .is_some_and(|x| matches!(x.lower.as_str(), "and" | "or"));
        if !joined || !words[done..].iter().any(|w| w == "and" || w == "or") {
            k += 1;
            continue;
        }
        j += 1;
        let mut complete = true;
        for w in rest.by_ref() {
            if tokens.get(j).is_some_and(|x| x.stem == *w) {
                j += 1;
            } else {
                complete = false;
                break;
            }
        }
        // Only over mentions that lie wholly inside the rest of the name.
        let inside = |m: &Mention| m.start >= mentions[k].end && m.start < j;
        if !complete || mentions.iter().any(|m| inside(m) && m.end > j) {
            k += 1;
            continue;
        }
        let start = mentions[k].end;
        mentions[k].end = j;
        // Every word of the name said: the table is named outright.
        mentions[k].score = mentions[k].score.max(1.0);
        mentions.retain(|m| !(m.start >= start && m.start < j));
        k += 1;
    }
}

/// "the total amount paid by card" where "paid" is a synonym of a staff table's
/// `salary`: a column reached only through a synonym, in a table no other mention touches
/// (nor a table next to one), is a stray reading of an everyday word; it goes, so it neither outranks nor casts doubt
/// on the reading within the question's own tables. Kept when nothing else names a table.
fn synonyms_outside_the_question(tokens: &[Token], index: &Index, mentions: &mut Vec<Mention>) {
    let tables_of = |m: &Mention| -> Vec<usize> {
        match &m.target {
            Target::Table(t) => vec![*t],
            Target::Column(cands) => cands.iter().map(|c| c.0.table).collect(),
            Target::Value(hits) => hits.iter().map(|h| h.col.table).collect(),
            Target::Number(_) | Target::Literal(_) => Vec::new(),
        }
    };
    let stray: Vec<bool> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let Target::Column(cands) = &m.target else {
                return false;
            };
            let Some(span) = tokens.get(m.start..m.end) else {
                return false;
            };
            // Only through a synonym: no candidate's name has any of the span's own words.
            let own_word = cands.iter().any(|(c, _)| {
                index
                    .col(c)
                    .is_some_and(|ci| span.iter().any(|t| ci.words.contains(&t.stem)))
            });
            let synonym = span.iter().any(|t| is_synonym(&t.lower));
            if own_word || !synonym {
                return false;
            }
            let touched: HashSet<usize> = mentions
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .flat_map(|(_, o)| tables_of(o))
                .collect();
            // A next-door table is still the question's ("how old are the riders" in a
            // stable is the riders' age, one join away).
            let near = within_one_join(index, &touched);
            !touched.is_empty() && cands.iter().all(|(c, _)| !near.contains(&c.table))
        })
        .collect();
    let mut i = 0;
    mentions.retain(|_| {
        i += 1;
        !stray[i - 1]
    });
}

/// `tables` and every table one join edge away from one of them.
fn within_one_join(index: &Index, tables: &HashSet<usize>) -> HashSet<usize> {
    let mut near = tables.clone();
    for e in &index.edges {
        for (a, b) in [(e.from.table, e.to.table), (e.to.table, e.from.table)] {
            if tables.contains(&a) {
                near.insert(b);
            }
        }
    }
    near
}

/// The tables the mentions name outright, in question order.
fn tables_named(mentions: &[Mention]) -> Vec<usize> {
    mentions
        .iter()
        .filter_map(|m| match m.target {
            Target::Table(t) => Some(t),
            _ => None,
        })
        .collect()
}

/// Whether table `t` is named `said` as written, singular or plural ("gardeners" is
/// `gardeners`, not `Garden`, though the two stem alike).
fn written_as(index: &Index, t: usize, said: &str) -> bool {
    let singular = |w: &str| w.strip_suffix('s').unwrap_or(w).to_string();
    index
        .tables
        .get(t)
        .is_some_and(|ti| singular(&ti.compact) == singular(said))
}

/// "From how many countries do the divers come?" where divers keep `nationality` and a
/// harbour three joins away keeps `country`: a column named by its own word, but only
/// in tables far from every table the question names, gives way to a column of a named table
/// that the word's synonym names. The far namesake would add joins the question never asked
/// for; the named rows hold the attribute under another name.
fn namesake_far_from_the_question(tokens: &[Token], index: &Index, mentions: &mut [Mention]) {
    let named: HashSet<usize> = tables_named(mentions).into_iter().collect();
    if named.is_empty() {
        return;
    }
    let near = within_one_join(index, &named);
    for m in mentions.iter_mut() {
        let Target::Column(cands) = &m.target else {
            continue;
        };
        if m.end != m.start + 1 || cands.iter().any(|(c, _)| near.contains(&c.table)) {
            continue;
        }
        let Some(t) = tokens.get(m.start) else {
            continue;
        };
        // The word lists key synonyms by the singular ("countries" -> "country").
        let singular = match t.lower.strip_suffix("ies") {
            Some(base) => format!("{base}y"),
            None => t.lower.strip_suffix('s').unwrap_or(&t.lower).to_string(),
        };
        let synonyms: Vec<String> = [t.lower.as_str(), singular.as_str()]
            .into_iter()
            .filter_map(|w| word_alternatives().get(w))
            .flatten()
            .filter(|(_, w)| *w < 0.9)
            .map(|(s, _)| s.clone())
            .collect();
        // "the name of ..." picks a row's label, which other rules settle.
        if matches!(singular.as_str(), "name" | "title") {
            continue;
        }
        let mut found: Vec<(ColId, f32)> = Vec::new();
        let mut tables: Vec<usize> = named.iter().copied().collect();
        tables.sort_unstable();
        for ti in tables {
            let Some(info) = index.tables.get(ti) else {
                continue;
            };
            for (ci, c) in info.columns.iter().enumerate() {
                if !c.is_key && matches!(&c.own_words[..], [w] if synonyms.contains(w)) {
                    found.push((
                        ColId {
                            table: ti,
                            column: ci,
                        },
                        0.8,
                    ));
                }
            }
        }
        if let [one] = found[..] {
            m.target = Target::Column(vec![one]);
            m.score = m.score.min(0.8);
        }
    }
}

/// "When did the warden named Ola leave?" where the wardens have `date_left`: a verb of an
/// event ([`EVENT_VERBS`]) that nothing else claimed names the date column of a table the
/// question already points at whose name holds the verb's stem or past form. The stemmer
/// alone misses irregular pasts ("leave" is not `left`) and the starting and ending verbs are
/// cues, so the plain name match never gets there. Only time columns (typed or named so):
/// "the doors left open" names no `open_flag`.
fn event_verb_as_a_date(tokens: &[Token], index: &Index, mentions: &mut Vec<Mention>) {
    let touched: HashSet<usize> = mentions
        .iter()
        .flat_map(|o| match &o.target {
            Target::Table(t) => vec![*t],
            Target::Column(cands) => cands.iter().map(|c| c.0.table).collect(),
            Target::Value(hits) => hits.iter().map(|h| h.col.table).collect(),
            Target::Number(_) | Target::Literal(_) => Vec::new(),
        })
        .collect();
    if touched.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != Kind::Word || mentions.iter().any(|m| m.start <= i && i < m.end) {
            continue;
        }
        // "names that start with K" describes text, not an event.
        if tokens.get(i + 1).is_some_and(|n| n.lower == "with") {
            continue;
        }
        let Some((_, names)) = EVENT_VERBS
            .iter()
            .find(|(forms, _)| forms.contains(&t.lower.as_str()))
        else {
            continue;
        };
        let stems: Vec<String> = names
            .iter()
            .map(|n| stemmer().stem(n).into_owned())
            .collect();
        let mut cands: Vec<(ColId, f32)> = Vec::new();
        let mut tables: Vec<usize> = touched.iter().copied().collect();
        tables.sort_unstable();
        for ti in tables {
            let Some(info) = index.tables.get(ti) else {
                continue;
            };
            for (ci, c) in info.columns.iter().enumerate() {
                let timed = matches!(
                    c.class,
                    TypeClass::Date | TypeClass::Time | TypeClass::Timestamp
                ) || c
                    .words
                    .iter()
                    .any(|w| matches!(w.as_str(), "date" | "time" | "year" | "day"));
                if !c.is_key && timed && c.words.iter().any(|w| stems.contains(w)) {
                    cands.push((
                        ColId {
                            table: ti,
                            column: ci,
                        },
                        0.8,
                    ));
                }
            }
        }
        if !cands.is_empty() {
            found.push(Mention {
                start: i,
                end: i + 1,
                target: Target::Column(cands),
                score: 0.8,
            });
        }
    }
    // "When did the voyage end?" asks for the end, not for whichever date "when" matched
    // best: the event's own date column stands for the "when".
    if !found.is_empty() {
        mentions.retain(|m| {
            !(m.end - m.start == 1
                && tokens[m.start].lower == "when"
                && matches!(m.target, Target::Column(_)))
        });
    }
    for m in found {
        let at = mentions
            .iter()
            .position(|o| o.start > m.start)
            .unwrap_or(mentions.len());
        mentions.insert(at, m);
    }
}

/// "When did the warden named Ola join?" where "join" already names the wardens'
/// `date_joined` and "when" (a synonym of "date") reads as a patrols table's `patrol_date`:
/// the question asks for one time, and the one in the question's own tables is it. "When"
/// goes if all its columns lie in tables no other mention touches while another mention
/// names a time column of a table one does.
fn when_beside_a_named_time(tokens: &[Token], index: &Index, mentions: &mut Vec<Mention>) {
    let is_time = |c: &ColId| {
        index.col(c).is_some_and(|ci| {
            matches!(
                ci.class,
                TypeClass::Date | TypeClass::Time | TypeClass::Timestamp
            ) || ci
                .words
                .iter()
                .any(|w| matches!(w.as_str(), "date" | "time" | "year"))
        })
    };
    let Some(w) = mentions.iter().position(|m| {
        m.end - m.start == 1
            && tokens[m.start].lower == "when"
            && matches!(m.target, Target::Column(_))
    }) else {
        return;
    };
    // "When was the oldest mechanic born?" where "when" fits a hire and a birth date alike:
    // the one another word names is the time asked for.
    let named_times: Vec<ColId> = mentions
        .iter()
        .enumerate()
        .filter(|&(j, _)| j != w)
        .filter_map(|(_, o)| match &o.target {
            Target::Column(cs) => cs.first().map(|c| c.0).filter(|c| is_time(c)),
            _ => None,
        })
        .collect();
    if let Target::Column(cands) = &mut mentions[w].target {
        let top = cands.first().map_or(0.0, |c| c.1);
        let tied = cands.iter().filter(|c| c.1 >= top - 0.02).count();
        let named: Vec<(ColId, f32)> = cands
            .iter()
            .take(tied)
            .filter(|c| named_times.contains(&c.0))
            .copied()
            .collect();
        if tied > 1 && named.len() == 1 {
            *cands = named;
        }
    }
    let touched: HashSet<usize> = mentions
        .iter()
        .enumerate()
        .filter(|&(j, _)| j != w)
        .flat_map(|(_, o)| match &o.target {
            Target::Table(t) => vec![*t],
            Target::Column(cands) => cands.iter().map(|c| c.0.table).collect(),
            Target::Value(hits) => hits.iter().map(|h| h.col.table).collect(),
            Target::Number(_) | Target::Literal(_) => Vec::new(),
        })
        .collect();
    let Target::Column(cands) = &mentions[w].target else {
        return;
    };
    if cands.iter().any(|c| touched.contains(&c.0.table)) {
        return;
    }
    let named_time = mentions.iter().enumerate().any(|(j, o)| {
        j != w
            && matches!(&o.target, Target::Column(cs)
                if cs.first().is_some_and(|c| is_time(&c.0) && touched.contains(&c.0.table)))
    });
    if named_time {
        mentions.remove(w);
    }
}

/// "the surnames of the crew members" where the crew are a table and members another:
/// after a collective noun that names a table, "member(s)" says one of its people, not the
/// members table (unless that table holds the collective's memberships).
fn members_of_a_collective(tokens: &[Token], index: &Index, mentions: &mut Vec<Mention>) {
    // ("crew members of ship 7" where `crew_membership` links crew to ships: those members
    // are the crew's memberships.)
    let linked = |a: &Target, b: &Target| match (a, b) {
        (Target::Table(x), Target::Table(y)) => index.edges.iter().any(|e| {
            (e.from.table == *x && e.to.table == *y) || (e.from.table == *y && e.to.table == *x)
        }),
        _ => false,
    };
    let mut i = 0;
    while i + 1 < mentions.len() {
        let (a, b) = (&mentions[i], &mentions[i + 1]);
        let collective = matches!(a.target, Target::Table(_))
            && !linked(&a.target, &b.target)
            && a.end == b.start
            && tokens.get(a.end - 1).is_some_and(|t| {
                matches!(t.lower.as_str(), "staff" | "faculty" | "crew" | "personnel")
            })
            && b.end == b.start + 1
            && tokens
                .get(b.start)
                .is_some_and(|t| matches!(t.lower.as_str(), "member" | "members"));
        if collective {
            let end = b.end;
            mentions.remove(i + 1);
            mentions[i].end = end;
        }
        i += 1;
    }
}

/// "Which choir has the most singers?" where choir memberships are `singer_in_choir`: a word
/// nothing linked that is one word of a table's name whose other words name a table the
/// question names ("choir") stands for that table's rows, the choir's singers.
fn rows_named_by_the_rest_of_a_table_name(
    tokens: &[Token],
    index: &Index,
    mentions: &mut Vec<Mention>,
) {
    let named = tables_named(mentions);
    if named.is_empty() {
        return;
    }
    let said_by_named = |w: &String| {
        named
            .iter()
            .any(|&v| index.tables.get(v).is_some_and(|ti| ti.words.contains(w)))
    };
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != Kind::Word
            || is_filler(t)
            || is_cue(t)
            || mentions.iter().any(|m| m.start <= i && i < m.end)
        {
            continue;
        }
        let tables: Vec<usize> = (0..index.tables.len())
            .filter(|u| !named.contains(u))
            .filter(|&u| {
                let words: Vec<&String> = index.tables[u]
                    .words
                    .iter()
                    .filter(|w| !matches!(w.as_str(), "of" | "and" | "in" | "to"))
                    .collect();
                words.len() >= 2
                    && words.first().is_some_and(|w| **w == t.stem)
                    && words[1..].iter().all(|w| said_by_named(w))
            })
            .collect();
        if let [u] = tables[..] {
            found.push(Mention {
                start: i,
                end: i + 1,
                target: Target::Table(u),
                score: 0.9,
            });
        }
    }
    for m in found {
        let at = mentions
            .iter()
            .position(|o| o.start > m.start)
            .unwrap_or(mentions.len());
        mentions.insert(at, m);
    }
}

/// "pet kennels" where `pet_kennel` only links pets to kennels (every column a
/// key): the compound's last word is the thing meant, the kennels, not the pairs.
///
/// Not when the question names the first word's thing on its own too ("the product features
/// the product Lamp has"): then the pairs of one product are what is asked about.
fn head_of_a_link_table(tokens: &[Token], index: &Index, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let Target::Table(t) = m.target else {
            continue;
        };
        let span: Vec<&Token> = tokens[m.start..m.end].iter().collect();
        let (Some(first), Some(last), 2) = (span.first(), span.last(), span.len()) else {
            continue;
        };
        let Some(info) = index.tables.get(t) else {
            continue;
        };
        if info.columns.is_empty() || !info.columns.iter().all(|c| c.is_key) {
            continue;
        }
        let alone = |tok: &Token| {
            (0..index.tables.len()).find(|&u| {
                u != t && name_score(&[tok], &index.tables[u].words, &index.vocab) >= 1.0
            })
        };
        let (Some(modifier), Some(head)) = (alone(first), alone(last)) else {
            continue;
        };
        let elsewhere = mentions.iter().enumerate().any(|(j, o)| {
            j != i
                && match &o.target {
                    Target::Table(u) => *u == modifier,
                    Target::Value(hits) => hits.iter().any(|h| h.col.table == modifier),
                    _ => false,
                }
        });
        if !elsewhere {
            mentions[i].target = Target::Table(head);
        }
    }
}

/// "the mottos of festivals" where `town_festival` and `festival_entry` both half
/// match "festivals": the span names no table better than the other, so it names the one
/// the question's other columns and values are in (rather than dragging in the first).
fn tied_tables_follow_the_rest(tokens: &[Token], index: &Index, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let Target::Table(t) = m.target else {
            continue;
        };
        if m.score >= 1.0 {
            continue;
        }
        let span: Vec<&Token> = tokens[m.start..m.end]
            .iter()
            .filter(|x| nameable(x, index))
            .collect();
        let tied: Vec<usize> = (0..index.tables.len())
            .filter(|&u| {
                (name_score(&span, &index.tables[u].words, &index.vocab) - m.score).abs() < 1e-4
            })
            .collect();
        if tied.len() < 2 {
            continue;
        }
        // The tables the other mentions point at: their best columns, values, tables.
        let mut elsewhere: HashSet<usize> = HashSet::new();
        for (j, o) in mentions.iter().enumerate() {
            if j == i {
                continue;
            }
            match &o.target {
                Target::Table(u) => {
                    elsewhere.insert(*u);
                }
                Target::Column(cs) => {
                    let top = cs.first().map_or(0.0, |c| c.1);
                    elsewhere.extend(cs.iter().filter(|c| c.1 >= top - 0.02).map(|c| c.0.table));
                }
                Target::Value(hits) => elsewhere.extend(hits.iter().map(|h| h.col.table)),
                _ => {}
            }
        }
        if elsewhere.contains(&t) {
            continue;
        }
        if let [only] = tied
            .iter()
            .filter(|u| elsewhere.contains(u))
            .collect::<Vec<_>>()[..]
        {
            mentions[i].target = Target::Table(*only);
        }
    }
}

/// "the shelf titles, ids and rooms" where both shelves and books have an id: a list that
/// opens with a table's word and that table's column goes on about that table, so a later
/// item that the table has as well as (about as well as) another table is the table's.
/// The list runs while only "and", "or" and articles stand between its items (commas are
/// gone by now).
fn list_stays_with_its_table(tokens: &[Token], mentions: &mut [Mention]) {
    for i in 0..mentions.len().saturating_sub(1) {
        let Target::Table(t) = mentions[i].target else {
            continue;
        };
        let opens = mentions[i].end == mentions[i + 1].start
            && matches!(&mentions[i + 1].target, Target::Column(cs)
                if cs.first().is_some_and(|c| c.0.table == t));
        if !opens {
            continue;
        }
        for j in i + 2..mentions.len() {
            let gap = mentions[j - 1].end..mentions[j].start;
            let listed = tokens[gap].iter().all(|x| {
                matches!(
                    x.lower.as_str(),
                    "and" | "or" | "the" | "their" | "its" | "also"
                )
            });
            let Target::Column(cands) = &mut mentions[j].target else {
                break;
            };
            if !listed {
                break;
            }
            let top = cands.first().map_or(0.0, |c| c.1);
            let own: Vec<(ColId, f32)> = cands
                .iter()
                .filter(|c| c.0.table == t && c.1 >= top - 0.05)
                .copied()
                .collect();
            if own.is_empty() {
                break;
            }
            *cands = own;
        }
    }
}

/// The number columns that "number of X" at `start` spells out whole (`no_of_berths`).
fn tally_candidates(tokens: &[Token], start: usize, index: &Index) -> Vec<Mention> {
    let mut found = Vec::new();
    let mut content: Vec<&Token> = vec![&tokens[start]];
    for end in start + 2..=(start + 6).min(tokens.len()) {
        let t = &tokens[end - 1];
        if t.kind != Kind::Word {
            break;
        }
        if !nameable(t, index) {
            if matches!(t.lower.as_str(), "of" | "the") {
                continue;
            }
            break;
        }
        content.push(t);
        schema_candidates(tokens, &content, start, end, index, &mut found);
    }
    found
        .into_iter()
        .filter_map(|mut m| {
            let Target::Column(cols) = &m.target else {
                return None;
            };
            // The number is of other things than the table's own rows: "boat_number" in
            // boats is a boat's number, not a number of boats.
            let stems: Vec<&str> = tokens[m.start..m.end]
                .iter()
                .filter(|t| nameable(t, index))
                .map(|t| t.stem.as_str())
                .collect();
            let cols: Vec<(ColId, f32)> = cols
                .iter()
                .filter(|c| c.1 >= 0.97)
                .filter(|c| {
                    index.col(&c.0).is_some_and(|ci| {
                        // A word of the table's name counts when the column's own name says
                        // it after "number" (`number_of_seeds` in `seed_lots`).
                        let counted_after = |s: &str| {
                            let num = ci.words.iter().position(|w| w == "number" || w == "num");
                            let at = ci.words.iter().rposition(|w| w == s);
                            matches!((num, at), (Some(n), Some(a)) if a > n)
                        };
                        ci.class.is_numeric()
                            && !ci.is_key
                            && stems
                                .iter()
                                .all(|s| ci.own_words.iter().any(|w| w == s) || counted_after(s))
                    })
                })
                .cloned()
                .collect();
            if cols.is_empty() {
                return None;
            }
            m.target = Target::Column(cols);
            // "find the number of berths": the count asked for is the column's total, so
            // "number of" stays a cue; "the most number of berths" ranks by the column.
            let mut p = start;
            while p > 0 && tokens[p - 1].lower == "the" {
                p -= 1;
            }
            if p > 0
                && matches!(
                    tokens[p - 1].lower.as_str(),
                    "find" | "what" | "show" | "list" | "return" | "give" | "is" | "are" | "was"
                )
            {
                m.start = start + 2;
            }
            Some(m)
        })
        .collect()
}

/// "the port having the most number of berths" where ports have `no_of_berths`: a
/// number column that "number of X" spells out, of a table the question names elsewhere,
/// is that number, not a count of the rows of X's table.
fn tallies_of_a_named_table(tallies: Vec<Mention>, out: &mut Vec<Mention>) {
    for tally in tallies {
        let Target::Column(cols) = &tally.target else {
            continue;
        };
        let outside = |m: &&Mention| m.end <= tally.start || m.start >= tally.end;
        let named = |t: usize| {
            out.iter().filter(outside).any(|m| match &m.target {
                Target::Table(u) => *u == t,
                Target::Value(hits) => hits.iter().any(|h| h.col.table == t),
                Target::Column(cs) => {
                    let top = cs.first().map_or(0.0, |c| c.1);
                    cs.iter().any(|c| c.0.table == t && c.1 >= top - 0.02)
                }
                _ => false,
            })
        };
        let owned: Vec<(ColId, f32)> = cols.iter().filter(|c| named(c.0.table)).cloned().collect();
        // Only over words that were names (not numbers or values), and only once.
        let inside_ok = out
            .iter()
            .filter(|m| !outside(m))
            .all(|m| matches!(m.target, Target::Table(_) | Target::Column(_)));
        if owned.is_empty() || !inside_ok {
            continue;
        }
        out.retain(|m| outside(&m));
        let pos = out
            .iter()
            .position(|m| m.start >= tally.end)
            .unwrap_or(out.len());
        out.insert(
            pos,
            Mention {
                start: tally.start,
                end: tally.end,
                target: Target::Column(owned),
                score: 1.0,
            },
        );
    }
}

/// "the total amount of payments" where orders have `total_amount` and payments an `amount`:
/// a compound name that starts with an aggregate word, in a table the question does not
/// name, loses to the column the rest of the words name in a table it does name; the
/// aggregate word is then the cue it usually is.
fn aggregate_of_a_named_tables_column(tokens: &[Token], index: &Index, mentions: &mut [Mention]) {
    // Named by its own name, or by a value only it holds ("paid by credit card").
    let named: HashSet<usize> = mentions
        .iter()
        .filter_map(|m| match &m.target {
            Target::Table(t) => Some(*t),
            Target::Value(hits) => hits
                .first()
                .map(|h| h.col.table)
                .filter(|&t| hits.iter().all(|h| h.col.table == t)),
            _ => None,
        })
        .collect();
    if named.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        let Target::Column(cands) = &m.target else {
            continue;
        };
        let opens_with_agg = m.end - m.start >= 2
            && tokens
                .get(m.start)
                .is_some_and(|t| AGG_WORDS.contains(&t.lower.as_str()));
        let top = cands.first().map_or(0.0, |c| c.1);
        let in_named = cands
            .iter()
            .any(|c| c.1 >= top - 0.02 && named.contains(&c.0.table));
        if !opens_with_agg || in_named {
            continue;
        }
        let span: Vec<&Token> = tokens[m.start + 1..m.end]
            .iter()
            .filter(|t| nameable(t, index))
            .collect();
        if span.is_empty() {
            continue;
        }
        let mut found = Vec::new();
        schema_candidates(tokens, &span, m.start + 1, m.end, index, &mut found);
        let shorter = found.into_iter().find_map(|f| match f.target {
            Target::Column(cs) => Some((cs, f.score)),
            _ => None,
        });
        let Some((cs, score)) = shorter else {
            continue;
        };
        let owned = cs.iter().any(|c| c.1 >= 0.97 && named.contains(&c.0.table));
        if owned {
            m.start += 1;
            m.target = Target::Column(cs);
            m.score = score;
        }
    }
}

/// "products that cost less than 10" where products have a `price` and a `cost`: "cost" as
/// the verb of a comparison is what a thing sells for, its price; the `cost` column is what it
/// costs its seller. Only where the same table has one price column.
fn cost_as_a_verb(tokens: &[Token], index: &Index, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let Target::Column(cands) = &m.target else {
            continue;
        };
        let Some(word) = tokens.get(m.start).filter(|_| m.end - m.start == 1) else {
            continue;
        };
        if !matches!(word.lower.as_str(), "cost" | "costs") {
            continue;
        }
        // A verb: after its subject (a table, or "that"/"which" pointing back to one) and
        // before what it is compared with.
        let after_subject = i > 0
            && ((mentions[i - 1].end == m.start
                && matches!(mentions[i - 1].target, Target::Table(_)))
                || (m.start > 0 && matches!(tokens[m.start - 1].lower.as_str(), "that" | "which")));
        let compared = tokens.get(m.end).is_some_and(|t| {
            matches!(t.kind, Kind::Number(_))
                || matches!(
                    t.lower.as_str(),
                    "less" | "more" | "under" | "over" | "above" | "below" | "between" | "at"
                )
        });
        if !after_subject || !compared {
            continue;
        }
        let Some(c) = cands.first().map(|c| c.0) else {
            continue;
        };
        let Some(t) = index.tables.get(c.table) else {
            continue;
        };
        let prices: Vec<usize> = (0..t.columns.len())
            .filter(|&k| {
                let ci = &t.columns[k];
                !ci.is_key && ci.class.is_numeric() && ci.words.iter().any(|w| w == "price")
            })
            .collect();
        if let [p] = prices[..] {
            mentions[i].target = Target::Column(vec![(
                ColId {
                    table: c.table,
                    column: p,
                },
                m.score,
            )]);
        }
    }
}

/// "the permit" where one table has `permit_id` and `permit_number` alike: the words do not say
/// which column, and the planner's pick among them is a guess. The mention's score says so
/// (it lowers the answer's confidence, not the choice).
fn unsure_within_a_table(mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        let Target::Column(cands) = &m.target else {
            continue;
        };
        let top = cands.first().map_or(0.0, |c| c.1);
        let tied: Vec<&(ColId, f32)> = cands.iter().filter(|c| c.1 >= top - 0.02).collect();
        let same_table = tied
            .iter()
            .enumerate()
            .any(|(i, a)| tied[i + 1..].iter().any(|b| b.0.table == a.0.table));
        if same_table {
            m.score *= UNSURE_WITHIN_TABLE;
        }
    }
}

/// How much a column mention's score drops when it names two columns of one table alike.
const UNSURE_WITHIN_TABLE: f32 = 0.85;

/// The columns whose whole name the quoted words spell (leading articles and a plural
/// aside), when the quote has two words or more: `open_until_date` for "open until date".
fn quoted_column(index: &Index, key: &str) -> Option<Vec<(ColId, f32)>> {
    let mut words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    while words.len() > 1 && matches!(words[0], "the" | "a" | "an") {
        words.remove(0);
    }
    if words.len() < 2 {
        return None;
    }
    let compact: String = words.concat();
    // "date joined members" for `date_joined_member`.
    let singular = compact.strip_suffix('s').unwrap_or(&compact);
    let cols: Vec<(ColId, f32)> = index
        .tables
        .iter()
        .enumerate()
        .flat_map(|(ti, t)| {
            t.columns
                .iter()
                .enumerate()
                .filter(|(_, c)| c.compact == compact || c.compact == singular)
                .map(move |(ci, _)| {
                    (
                        ColId {
                            table: ti,
                            column: ci,
                        },
                        1.0,
                    )
                })
        })
        .collect();
    (!cols.is_empty()).then_some(cols)
}

/// "runners in the fifth heat", "3rd heat": an ordinal right before a mention of a
/// whole-number column (not a key) names that number as the column's value.
fn ordinals_as_values(tokens: &[Token], index: &Index, mentions: &mut Vec<Mention>) {
    let mut i = 0;
    while i < mentions.len() {
        let m = &mentions[i];
        let Target::Column(cands) = &m.target else {
            i += 1;
            continue;
        };
        if m.start == 0 {
            i += 1;
            continue;
        }
        let p = m.start - 1;
        let prev = &tokens[p];
        let word = crate::lexicon::ORDINALS
            .iter()
            .find(|(w, _)| *w == prev.lower)
            .map(|(_, n)| n.to_string());
        // "3rd", "5th": the tokenizer keeps the number and drops the suffix.
        let suffixed = match &prev.kind {
            Kind::Number(n)
                if ["st", "nd", "rd", "th"]
                    .iter()
                    .any(|s| prev.text.len() > n.len() && prev.text.ends_with(s)) =>
            {
                Some(n.clone())
            }
            _ => None,
        };
        let Some(n) = word.or(suffixed) else {
            i += 1;
            continue;
        };
        let top = cands.first().map_or(0.0, |c| c.1);
        let numeric: Vec<ColId> = cands
            .iter()
            .filter(|c| c.1 >= top - 0.02)
            .filter(|c| {
                index
                    .col(&c.0)
                    .is_some_and(|ci| ci.class == quarry_model::TypeClass::Integer && !ci.is_key)
            })
            .map(|c| c.0)
            .collect();
        let [col] = numeric[..] else {
            i += 1;
            continue;
        };
        // The ordinal token is free, or is the number mention just before.
        let before_is_number = i > 0
            && mentions[i - 1].start == p
            && matches!(mentions[i - 1].target, Target::Number(_));
        let free = i == 0 || mentions[i - 1].end <= p;
        if !(free || before_is_number) {
            i += 1;
            continue;
        }
        let end = mentions[i].end;
        mentions[i] = Mention {
            start: p,
            end,
            target: Target::Value(vec![ValueHit { col, value: n }]),
            score: 1.0,
        };
        if before_is_number {
            mentions.remove(i - 1);
        } else {
            i += 1;
        }
    }
}

/// "ferries from Kiel to Oslo": where a value occurs in both an origin-like and a
/// destination-like column, the preposition before it says which comes first.
fn direction_of_values(tokens: &[Token], index: &Index, mentions: &mut [Mention]) {
    const TO: &[&str] = &["destin", "arriv", "to", "target", "end"];
    const FROM: &[&str] = &["origin", "from", "depart", "sourc", "start"];
    for m in mentions.iter_mut() {
        let Target::Value(hits) = &mut m.target else {
            continue;
        };
        if hits.len() < 2 || m.start == 0 {
            continue;
        }
        let want = match tokens[m.start - 1].lower.as_str() {
            "to" | "towards" | "into" => TO,
            "from" => FROM,
            _ => continue,
        };
        let leans = |h: &ValueHit| {
            index.col(&h.col).is_some_and(|c| {
                c.words.iter().any(|w| {
                    want.iter()
                        .any(|p| w == p || (p.len() >= 5 && w.starts_with(p)))
                })
            })
        };
        if hits.iter().any(leans) && !hits.iter().all(leans) {
            // Stable: the leaning columns first, each group in its old order.
            hits.sort_by_key(|h| !leans(h));
        }
    }
}

/// "the name of the teacher" where `lessons.teacher` refers to the tutors table: the
/// teacher is the tutor row the column refers to, and a code has no name.
fn name_of_a_reference(tokens: &[Token], index: &Index, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if !matches!(tokens[m.end - 1].lower.as_str(), "name" | "names") {
            continue;
        }
        let mut j = m.end;
        if tokens.get(j).is_none_or(|t| t.lower != "of") {
            continue;
        }
        j += 1;
        while tokens
            .get(j)
            .is_some_and(|t| DETERMINERS.contains(&t.lower.as_str()))
        {
            j += 1;
        }
        let Some(k) = mentions.iter().position(|n| n.start == j) else {
            continue;
        };
        if let Some(r) = referred_row(index, &mentions[k]) {
            mentions[k].target = Target::Table(r);
        }
    }
    // "the town the teacher who gives the most lessons lives in": a reference column a
    // relative clause describes is the row it refers to, too.
    for m in mentions.iter_mut() {
        let clause = tokens
            .get(m.end)
            .is_some_and(|t| matches!(t.lower.as_str(), "who" | "whose"));
        if let (true, Some(r)) = (clause, referred_row(index, m)) {
            m.target = Target::Table(r);
        }
    }
}

/// The table whose row a one-column mention of a reference column (not a key of its own
/// table) refers to, by a sure edge to that table's whole key, when the table has a label.
fn referred_row(index: &Index, m: &Mention) -> Option<usize> {
    let Target::Column(cands) = &m.target else {
        return None;
    };
    let [(c, _)] = cands[..] else {
        return None;
    };
    let refers: Vec<usize> = index
        .references()
        .filter(|e| e.from == c)
        .map(|e| e.to.table)
        .collect();
    let [r] = refers[..] else {
        return None;
    };
    (index.col(&c).is_some_and(|ci| !ci.is_pk)
        && index.tables.get(r).is_some_and(|t| !t.label.is_empty()))
    .then_some(r)
}

/// "the names of harbours" or "harbour names" where the harbours table has no name column but
/// a label column (`harbour`, a `title`): the label is the name, rather than another table's
/// `name`. Likewise "the id of a patient" where no column of the patients is named `id`:
/// their key, rather than another table's id.
fn names_of_a_table(tokens: &[Token], index: &Index, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let id = matches!(tokens[m.start].lower.as_str(), "id" | "ids");
        if m.end - m.start != 1
            || !(id || matches!(tokens[m.start].lower.as_str(), "name" | "names"))
        {
            continue;
        }
        let Target::Column(cands) = &m.target else {
            continue;
        };
        // A table word right before "name" says whose it is ("the customer name of every
        // parcel" is the customer's); else the table after "of".
        let before = i
            .checked_sub(1)
            .map(|h| &mentions[h])
            .filter(|b| b.end == m.start);
        let t = match before.map(|b| &b.target) {
            Some(Target::Table(t)) => *t,
            _ => match table_after_of(tokens, index, mentions, i) {
                Some(t) => t,
                None => continue,
            },
        };
        // "the names of riders and names of their trainers": among several tables' name
        // columns, the one of the table after "of" is meant, and no rival to the others.
        if cands.iter().any(|c| c.0.table == t) {
            let next: Vec<(ColId, f32)> =
                cands.iter().filter(|c| c.0.table == t).cloned().collect();
            mentions[i].target = Target::Column(next);
            continue;
        }
        let Some(info) = index.tables.get(t) else {
            continue;
        };
        // "the id of a patient" where patients are keyed by `health_number`: their key.
        let own = if id {
            index.sole_key(t)
        } else if let [label] = info.label[..] {
            Some(ColId {
                table: t,
                column: label,
            })
        } else {
            described_code(index, t)
        };
        if let Some(own) = own {
            // The table's one label is what its "names" are: named outright, not half of
            // some other table's `keeper_name`.
            let top = cands.first().map_or(1.0, |c| c.1);
            let top = if id { top } else { top.max(0.97) };
            let mut next = vec![(own, top)];
            next.extend(cands.iter().cloned());
            mentions[i].target = Target::Column(next);
            if !id {
                mentions[i].score = mentions[i].score.max(top);
            }
        }
    }
}

/// The one column that describes each row of a lookup of codes with no name column
/// (`hop_cd`, `hop_desc`): what "the names of the hop kinds" are, the code being only the
/// database's name for a row.
fn described_code(index: &Index, t: usize) -> Option<ColId> {
    let info = index.tables.get(t)?;
    let key = index.sole_key(t)?;
    let coded = index.col(&key).is_some_and(|ci| {
        ci.class == quarry_model::TypeClass::Text && ci.words.last().is_some_and(|w| w == "code")
    });
    let mut described = info.columns.iter().enumerate().filter(|(_, c)| {
        c.class == quarry_model::TypeClass::Text && c.words.last().is_some_and(|w| w == "descript")
    });
    match (coded, described.next(), described.next()) {
        (true, Some((column, _)), None) => Some(ColId { table: t, column }),
        _ => None,
    }
}

/// The table named right after "of (the, every)" that follows mention `i`, past a list of
/// other columns ("names and regions of harbours").
pub(crate) fn table_after_of(
    tokens: &[Token],
    index: &Index,
    mentions: &[Mention],
    i: usize,
) -> Option<usize> {
    let mut j = mentions.get(i)?.end;
    let mut k = i + 1;
    loop {
        if tokens
            .get(j)
            .is_some_and(|t| matches!(t.lower.as_str(), "and" | "or"))
        {
            j += 1;
        } else if let Some(n) = mentions
            .get(k)
            .filter(|n| n.start == j && matches!(n.target, Target::Column(_)))
        {
            // "the ids and details of the backers" where "details of the backers" was read
            // as one column: the list ends in that column's table.
            if let (true, Some(of), Target::Column(c)) = (
                k > i,
                (n.start..n.end).find(|&x| tokens[x].lower == "of"),
                &n.target,
            ) {
                let t = c.first().map(|(col, _)| col.table);
                if t.is_some() && c.iter().all(|(col, _)| Some(col.table) == t) {
                    return t;
                }
                // "names and ids of wares" where several tables keep a `ware_id`:
                // the one whose own name the words after "of" say.
                let said: Vec<&str> = tokens[of + 1..n.end]
                    .iter()
                    .map(|t| t.stem.as_str())
                    .collect();
                let mut owners: Vec<usize> = c
                    .iter()
                    .map(|(col, _)| col.table)
                    .filter(|&t| {
                        index.tables.get(t).is_some_and(|ti| {
                            !ti.words.is_empty()
                                && ti.words.iter().all(|w| said.contains(&w.as_str()))
                        })
                    })
                    .collect();
                owners.sort_unstable();
                owners.dedup();
                if let [t] = owners[..] {
                    return Some(t);
                }
            }
            j = n.end;
            k += 1;
        } else {
            break;
        }
    }
    if tokens.get(j).is_none_or(|t| t.lower != "of") {
        return None;
    }
    j += 1;
    while tokens.get(j).is_some_and(|t| {
        DETERMINERS.contains(&t.lower.as_str())
            || matches!(t.lower.as_str(), "their" | "its" | "his" | "her")
    }) {
        j += 1;
    }
    match mentions.get(k).filter(|n| n.start == j)?.target {
        Target::Table(t) => Some(t),
        _ => None,
    }
}

/// "members that are signed up" where a yes/no column is `member_signup`: a phrasal verb names
/// the flag its compound noun ("sign up" -> "signup", "check in" -> "checkin") spells, and asks
/// for its "yes". Only when exactly one flag column has the compound.
fn phrasal_flags(tokens: &[Token], index: &Index, mentions: &mut Vec<Mention>) {
    let mut added: Vec<Mention> = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (verb, particle) = (&tokens[i], &tokens[i + 1]);
        let phrasal = verb.kind == Kind::Word
            && verb.lower.ends_with("ed")
            && matches!(particle.lower.as_str(), "in" | "out" | "up" | "on" | "off");
        if !phrasal || mentions.iter().any(|m| m.start <= i + 1 && i < m.end) {
            continue;
        }
        let compound = format!("{}{}", verb.stem, particle.lower);
        let compound = compound.as_str();
        let mut flags = index.tables.iter().enumerate().flat_map(|(t, ti)| {
            ti.columns.iter().enumerate().filter_map(move |(c, ci)| {
                let named =
                    ci.words.iter().any(|w| *w == compound) || ci.compact.ends_with(&compound);
                ci.flag_yes.clone().filter(|_| named).map(|y| {
                    (
                        ColId {
                            table: t,
                            column: c,
                        },
                        y,
                    )
                })
            })
        });
        if let (Some((col, value)), None) = (flags.next(), flags.next()) {
            added.push(Mention {
                start: i,
                end: i + 2,
                target: Target::Value(vec![ValueHit { col, value }]),
                score: 1.0,
            });
        }
    }
    for a in added {
        let at = mentions.partition_point(|m| m.start < a.start);
        mentions.insert(at, a);
    }
}

/// "the pilot with the first name Ines", "the boat SEA WOLF": capitalised words
/// right after a text column or a table, that no value or name matches, are a value the
/// index does not hold (too many distinct values to keep). The mention's lower score marks
/// the guess.
fn names_after_a_column(tokens: &[Token], index: &Index, mentions: &mut Vec<Mention>) {
    const COMMANDS: &[&str] = &[
        "return", "list", "show", "find", "give", "tell", "display", "provide", "what", "which",
        "who", "how", "where", "when", "also", "and", "sort", "order", "count", "i", "ignore",
        "exclude", "include", "please", "then",
    ];
    let mut added: Vec<Mention> = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        let texty = match &m.target {
            Target::Table(_) => true,
            Target::Column(cands) => cands.first().is_some_and(|(c, _)| {
                index
                    .col(c)
                    .is_some_and(|ci| ci.class == TypeClass::Text && !ci.is_key)
            }),
            _ => false,
        };
        let next_start = mentions.get(k + 1).map_or(tokens.len(), |o| o.start);
        let named = |t: &Token| {
            t.kind == Kind::Word
                && t.capital
                && !is_filler(t)
                && !is_cue(t)
                && !COMMANDS.contains(&t.lower.as_str())
        };
        let mut end = m.end;
        while end < next_start && tokens.get(end).is_some_and(named) {
            end += 1;
        }
        if texty && end > m.end {
            let text = tokens[m.end..end]
                .iter()
                .map(|t| t.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            added.push(Mention {
                start: m.end,
                end,
                target: Target::Literal(text),
                score: 1.0,
            });
        }
    }
    for a in added {
        let at = mentions.partition_point(|m| m.start < a.start);
        mentions.insert(at, a);
    }
}

/// "trainees on probation", "probation trainees", "boats that are insured": a
/// yes/no column named as a property of the rows (after "on", "is", "are", or before the
/// table's name) asks for its "yes" value.
fn flags_as_values(tokens: &[Token], index: &Index, mentions: &mut Vec<Mention>) {
    // Flags whose name goes on in the next mention, merged once all are read.
    let mut rest_of_name: Vec<usize> = Vec::new();
    for i in 0..mentions.len() {
        let Target::Column(cands) = &mentions[i].target else {
            continue;
        };
        let top = cands.first().map_or(0.0, |c| c.1);
        let flags: Vec<(ColId, String)> = cands
            .iter()
            .filter(|c| c.1 >= top - 0.02)
            .filter_map(|c| {
                let info = index.tables.get(c.0.table)?.columns.get(c.0.column)?;
                info.flag_yes.clone().map(|y| (c.0, y))
            })
            .collect();
        // Several tables may have the same flag ("insured" boats and trailers): the planner
        // picks by the tables in play, as for any value; a column that is not a flag among
        // them leaves the word a column.
        let tops = cands.iter().filter(|c| c.1 >= top - 0.02).count();
        if flags.is_empty() || flags.len() != tops {
            continue;
        }
        let start = mentions[i].start;
        let mut j = start;
        while j > 0 && matches!(tokens[j - 1].lower.as_str(), "the" | "a" | "an") {
            j -= 1;
        }
        let before = if j > 0 {
            tokens[j - 1].lower.as_str()
        } else {
            ""
        };
        let after_table = mentions
            .get(i + 1)
            .is_some_and(|n| n.start == mentions[i].end && matches!(n.target, Target::Table(_)));
        // "what is the probation of ..." asks for the column itself.
        // "boats that are insured": a relative clause after the table's name describes
        // its rows.
        // ("the surnames of patrons who are members": after any name, "who" opens one.)
        let relative = i > 0
            && j > 1
            && mentions[i - 1].end + 2 == j
            && (matches!(mentions[i - 1].target, Target::Table(_))
                || matches!(tokens[j - 2].lower.as_str(), "who" | "that"));
        let asked = j > 1
            && !relative
            && matches!(
                tokens[j - 2].lower.as_str(),
                "what" | "which" | "how" | "where" | "when" | "who"
            );
        // "doctors who were not certified": the negated property; the planner reads the
        // "not" as for any value.
        let negated_be = before == "not"
            && j > 1
            && matches!(
                tokens[j - 2].lower.as_str(),
                "is" | "are" | "was" | "were" | "be" | "been"
            );
        // "employees who work remotely" for `is_remote`: the flag said as an adverb.
        let adverb = mentions[i].end == start + 1
            && tokens[start].lower.len() > 4
            && tokens[start].lower.ends_with("ly")
            && !asked;
        // "taprooms that have a kitchen" for `has_kitchen` or `kitchen_yn`: owning the thing
        // the flag names, when its name says so or says it is a yes/no.
        // ("no kitchen", "without a kitchen": the planner reads the negation as for any
        // value.)
        let owned = matches!(
            before,
            "have" | "has" | "had" | "having" | "with" | "no" | "without"
        ) && (flags.iter().all(|(c, _)| {
            index.col(c).is_some_and(|ci| {
                ci.words.iter().any(|w| w == "has" || w == "have")
                    || ci.words.last().is_some_and(|w| w == "yn" || w == "flag")
            })
        })
            // ("aquarists who have a dive certification" for `dive_cert`: the whole
            // name said after "a", a thing the rows hold or not.)
            || (mentions[i].score >= 0.97
                && mentions[i].end > start + 1
                && j < start
                && matches!(tokens[j].lower.as_str(), "a" | "an")));
        // "couriers who work full time": the flag ends a clause about the rows.
        let in_clause = j >= 2
            && matches!(tokens[j - 2].lower.as_str(), "who" | "that")
            && tokens[j - 1].lower.len() > 2
            && !matches!(
                tokens[j - 1].lower.as_str(),
                "has" | "have" | "had" | "is" | "are" | "was" | "were" | "not"
            )
            && tokens.get(mentions[i].end).is_none_or(|t| t.after_stop);
        let property = adverb
            || owned
            || in_clause
            || match before {
                "on" => true,
                "is" | "are" | "was" | "were" | "be" | "being" => !asked,
                _ => negated_be,
            };
        if property || after_table {
            // "certified by the board" for `board_certified`: the rest of the flag's name, after
            // "by", is part of the flag, not a column to group by.
            let rest = mentions.get(i + 1).is_some_and(|n| {
                matches!(&n.target, Target::Column(c) if c.len() == 1 && flags.iter().any(|f| f.0 == c[0].0))
                    && tokens[mentions[i].end..n.start]
                        .iter()
                        .all(|t| matches!(t.lower.as_str(), "by" | "the"))
            });
            if rest {
                rest_of_name.push(i);
            }
            mentions[i].target = Target::Value(
                flags
                    .into_iter()
                    .map(|(col, value)| ValueHit { col, value })
                    .collect(),
            );
        }
    }
    for &i in rest_of_name.iter().rev() {
        mentions[i].end = mentions[i + 1].end;
        mentions.remove(i + 1);
    }
}

/// An indexed value the words of `span` (lower-cased: `key`) name in another form than the
/// stored one: "yachts" for "Yacht", "yacht" for "Yachts", "dinghy" for "Dinghies", and,
/// when written as a name, any form with the same stems ("Yachting" for "Yachts").
fn other_form<'i>(index: &'i Index, key: &str, span: &[Token]) -> Option<&'i Vec<ValueHit>> {
    if key.len() < 3 {
        return None;
    }
    if let Some(h) = key
        .strip_suffix('s')
        .filter(|_| key.len() > 3)
        .and_then(|k| index.values.get(k))
    {
        return Some(h);
    }
    if let Some(h) = plural_forms(key).iter().find_map(|k| index.values.get(k)) {
        return Some(h);
    }
    // Other forms only when written as a name: "trained" is not the course "Training".
    let named = span.iter().all(|t| t.kind == Kind::Word && t.capital)
        && span.last().is_some_and(|t| t.lower.chars().count() >= 4);
    if !named {
        return None;
    }
    let stems = span
        .iter()
        .map(|t| t.stem.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    index.value_stems.get(&stems)
}

/// "missions that failed" where outcomes are stored as 'Failure': a past form closing the
/// question whose stem begins the stem of exactly one one-word stored value, a few letters
/// short of it. (A course "Training" is not "trained" mid-sentence: only at the end, where
/// the verb says what state the rows are in.)
fn past_form_of_a_state<'i>(index: &'i Index, span: &[Token]) -> Option<&'i Vec<ValueHit>> {
    let [t] = span else { return None };
    if !(t.lower.ends_with("ed") && t.stem.len() >= 4) {
        return None;
    }
    let mut found = index.value_stems.iter().filter(|(k, _)| {
        !k.contains(' ')
            && k.len() > t.stem.len()
            && k.len() <= t.stem.len() + 3
            && k.starts_with(&t.stem)
    });
    let (_, hits) = found.next()?;
    found.next().is_none().then_some(hits)
}

/// The stored value of a place the words of `span` name by another of its names ("the
/// US" for "USA", "United States" for "USA"). A short alias counts only in capitals: "us"
/// is a pronoun, "US" a country.
/// All stored forms count: the column the question names picks among them.
pub(crate) fn place_alias(index: &Index, key: &str, span: &[Token]) -> Vec<ValueHit> {
    let Some(group) = PLACE_ALIASES.iter().find(|g| g.contains(&key)) else {
        return Vec::new();
    };
    let capitals = span.iter().all(|t| {
        t.text
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase())
    });
    if key.chars().count() <= 3 && !capitals {
        return Vec::new();
    }
    group
        .iter()
        .filter(|&&other| other != key)
        .filter_map(|other| index.values.get(*other))
        .flatten()
        .cloned()
        .collect()
}

/// The one indexed value a small edit away from `key` (one letter for short keys, two for
/// keys of eight letters or more), starting with the same letter; none when several are.
fn near_value<'i>(index: &'i Index, key: &str) -> Option<&'i Vec<ValueHit>> {
    let n = key.chars().count();
    if n < 5 {
        return None;
    }
    let allowed = if n >= 8 { 2 } else { 1 };
    let first = key.chars().next()?;
    let mut best: Option<(usize, &Vec<ValueHit>)> = None;
    let mut tie = false;
    for (k, hits) in &index.values {
        let m = k.chars().count();
        if m.abs_diff(n) > allowed || !k.starts_with(first) || k == key {
            continue;
        }
        let Some(d) = edit_distance(key, k, allowed) else {
            continue;
        };
        match best {
            Some((b, _)) if d > b => {}
            Some((b, _)) if d == b => tie = true,
            _ => {
                best = Some((d, hits));
                tie = false;
            }
        }
    }
    if tie {
        return None;
    }
    best.map(|(_, h)| h)
}

/// The plural spellings of a singular value key ("yacht" -> "yachts", "dinghy" ->
/// "dinghies").
fn plural_forms(key: &str) -> Vec<String> {
    let mut v = vec![format!("{key}s"), format!("{key}es")];
    if let Some(stem) = key.strip_suffix('y') {
        v.push(format!("{stem}ies"));
    }
    v
}

/// "mentored by Ola Berg": two values side by side name one row, so where both
/// occur in some common table, only their occurrences in the common tables count (a first
/// name many tables share goes with the surname only one table has).
fn adjacent_values_agree(mentions: &mut [Mention]) {
    for i in 1..mentions.len() {
        let (left, right) = mentions.split_at_mut(i);
        let (a, b) = (&mut left[i - 1], &mut right[0]);
        if a.end != b.start {
            continue;
        }
        let (Target::Value(ha), Target::Value(hb)) = (&mut a.target, &mut b.target) else {
            continue;
        };
        let common: HashSet<usize> = ha
            .iter()
            .map(|h| h.col.table)
            .filter(|t| hb.iter().any(|h| h.col.table == *t))
            .collect();
        if common.is_empty() {
            continue;
        }
        ha.retain(|h| common.contains(&h.col.table));
        hb.retain(|h| common.contains(&h.col.table));
    }
}

fn schema_candidates(
    tokens: &[Token],
    span: &[&Token],
    start: usize,
    end: usize,
    index: &Index,
    out: &mut Vec<Mention>,
) {
    // "parcels in the depot": words with a function word between name one thing only
    // when they name all of it.
    let gapped = end - start > span.len();
    // "parcels in the depot" are parcels when "parcels" names a table alone, not the rows
    // of a `parcel_depots` table.
    let head_is_a_table = index
        .tables
        .iter()
        .any(|t| t.words.len() == 1 && span.first().is_some_and(|x| t.words[0] == x.stem));
    let mut best_table: Option<(usize, f32)> = None;
    let facts = SpanFacts::of(span, index);
    let counted = start > 0
        && matches!(
            tokens[start - 1].lower.as_str(),
            "a" | "an" | "one" | "any" | "every" | "each" | "single"
        );
    let compact: String = span.iter().map(|t| t.lower.as_str()).collect();
    // "gardeners" where `Garden` and `gardeners` stem alike: the name as written decides.
    let written = |t: usize| written_as(index, t, &compact);
    // (For the short names below: a noun one table's name holds, and no word for a kind,
    // "their types" being a column of a `Valve_Type` lookup. Counted once per span: every
    // table is scored for it.)
    let sole_noun = match span {
        [w] => {
            !KIND_WORDS.contains(&w.stem.as_str())
                && index
                    .tables
                    .iter()
                    .filter(|u| u.words.contains(&w.stem))
                    .take(2)
                    .count()
                    == 1
        }
        _ => false,
    };
    for (ti, t) in index.tables.iter().enumerate() {
        // "the harvests" for `orchard_harvest`: the rows, said in the plural or counted
        // one by one ("never had a harvest"). ("The rent of each tenant" asks for a column
        // of `tenant_rents`, not its rows.)
        let head = match &t.head_words {
            Some(w) if facts.plural || counted => name_score(span, w, &index.vocab) * 0.97,
            _ => 0.0,
        };
        // "campsites" for `CampSites`: the name's words said as one word.
        let joined = if span.len() == 1 && t.words.len() >= 2 && written(ti) {
            1.0
        } else {
            0.0
        };
        // "the plants" for `TreatmentPlant`, "the shifts" for `shift_log`: the plural of a
        // table's last noun, or of its first before a word that only says the rows are kept
        // (a log, records), names its rows nearly as well as the whole name.
        // (Only a noun no other table's name holds: "rides" beside `Bike_Rides` and
        // `Logged_Rides` names neither.)
        let short = match (span, t.words.as_slice()) {
            _ if !sole_noun => 0.0,
            ([w], [.., last]) if facts.plural && t.words.len() >= 2 && *last == w.stem => 0.9,
            ([w], [first, rest])
                if facts.plural && *first == w.stem && ROW_KEEPING.contains(&rest.as_str()) =>
            {
                0.9
            }
            _ => 0.0,
        };
        let s = name_score(span, &t.words, &index.vocab)
            .max(head)
            .max(joined)
            .max(short);
        let s = if gapped && (s < 0.85 || head_is_a_table) {
            0.0
        } else {
            s
        };
        // Of two tables a word half-names alike, the one it is the head of: "entries" are
        // the rows of `race_entries`, not of `entry_dogs`.
        let heads = |t: usize| {
            index.tables[t].words.last().map(String::as_str) == span.last().map(|x| x.stem.as_str())
        };
        if s > 0.0
            && best_table.is_none_or(|(b_ti, b)| {
                s > b
                    || (s == b && heads(ti) && !heads(b_ti))
                    || (s == b && heads(ti) == heads(b_ti) && written(ti) && !written(b_ti))
            })
        {
            best_table = Some((ti, s));
        }
    }
    // "garden keepers and helpers" for `garden_keepers_and_helpers`: the words that start a
    // longer table name, in its order, name that table rather than the table of the first
    // word (`garden`) and a stray column (the rest is joined on by [`rest_of_a_table_name`]).
    if !gapped && span.len() >= 2 && best_table.is_none_or(|(_, b)| b < 0.8) {
        let starts: Vec<usize> = index
            .tables
            .iter()
            .enumerate()
            .filter(|(_, t)| {
                t.words.len() > span.len() && span.iter().zip(&t.words).all(|(x, w)| x.stem == *w)
            })
            .map(|(ti, _)| ti)
            .collect();
        if let [ti] = starts[..] {
            best_table = Some((ti, 0.8));
        }
    }
    let compact_singular = compact.strip_suffix('s').unwrap_or(&compact);
    let of_reversed = match span {
        [head, owner] if gapped => {
            let head = head.lower.strip_suffix('s').unwrap_or(&head.lower);
            let owner = owner.lower.strip_suffix('s').unwrap_or(&owner.lower);
            Some(format!("{owner}{head}")).filter(|j| j.len() >= 6)
        }
        _ => None,
    };
    let mut cols: Vec<(ColId, f32)> = Vec::new();
    let mut spelled_col = false;
    // "customer name" is a customer's name, not `customer_given_name` spelled out.
    let names_a_table = index
        .tables
        .iter()
        .any(|t| t.words.len() == 1 && span.first().is_some_and(|x| t.words[0] == x.stem));
    for (ti, t) in index.tables.iter().enumerate() {
        for (ci, c) in t.columns.iter().enumerate() {
            let mut s = column_score(span, c, index, facts);
            // "units in stock" for `units_in_stock`: the question's gap is the name's own
            // function word, so the content words name all of it.
            if gapped && c.words.iter().any(|w| FUNCTION.contains(&w.as_str())) {
                let content: Vec<String> = c
                    .words
                    .iter()
                    .filter(|w| !FUNCTION.contains(&w.as_str()))
                    .cloned()
                    .collect();
                s = s.max(name_score(span, &content, &index.vocab));
            }
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
                spelled_col = true;
            }
            // "mail code" for `mail_zonecode`: the words begin and end the name, in order.
            if s == 0.0
                && !gapped
                && span.len() > 1
                && !names_a_table
                && spells_out(span, &c.compact)
            {
                s = 0.8;
            }
            // "voyage number" for `voyno`, "kiln name" for `kname`: a name written as one
            // word made of the question words' clipped forms, in order.
            if s == 0.0
                && !gapped
                && span.len() > 1
                && c.words.len() == 1
                && clipped_compound(&c.compact, span)
            {
                // A column of the table a word names comes first ("voyage id" is the
                // voyages table's `voyid`).
                let own = t.words.iter().any(|w| span.iter().any(|x| x.stem == *w));
                s = if own { 0.88 } else { 0.85 };
            }
            // "the code of the shift" for `wrk_shiftcode`: "X of the Y" run together as "YX"
            // ends a name written without a break.
            if s < 0.85
                && of_reversed
                    .as_deref()
                    .is_some_and(|j| c.compact.ends_with(j))
                && !c.words.iter().any(|w| *w == span[1].stem)
            {
                s = 0.85;
            }
            // "tax code" for `region_taxcode`: the words run together end a name
            // that spells them without a break.
            if s == 0.0
                && !gapped
                && span.len() > 1
                && compact.len() >= 6
                && c.compact.len() > compact.len()
                && (c.compact.ends_with(compact.as_str()) || c.compact.ends_with(compact_singular))
            {
                s = 0.7;
            }
            // "firstname" for `member_first_name`, "postcode" for `post_code`: the words that
            // end a name (or all of them) written as one word.
            if s < 0.9
                && span.len() == 1
                && c.words.len() >= 2
                && compact_singular.len() >= 6
                // More than the last word ("population" for `town_population` is that word).
                && c.words.last().is_some_and(|w| *w != span[0].stem)
                && (c.compact.ends_with(compact.as_str()) || c.compact.ends_with(compact_singular))
            {
                s = if c.compact == compact || c.compact == compact_singular {
                    1.0
                } else {
                    0.9
                };
            }
            // "yard" for `boatyard`: a word that ends a name written as one word.
            if s == 0.0
                && span.len() == 1
                && c.words.len() == 1
                && span[0].lower.len() >= 4
                && !is_cue(span[0])
                && !matches!(
                    span[0].lower.as_str(),
                    "word" | "letter" | "string" | "substring" | "character" | "text"
                )
                && c.compact.len() >= span[0].lower.len() + 3
                && c.compact.ends_with(span[0].lower.as_str())
            {
                s = 0.6;
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
        for ti in 0..index.tables.len() {
            if let Some(k) = index.sole_key(ti) {
                cols.push((k, 0.9));
            }
        }
    }
    // "the party name" for a text column `party`: "name" adds nothing to a column that is
    // itself a name.
    // ("the plate numbers" for a text column `plate`, likewise, when no other column has
    // the word: "the phone number" may be a `box_office_phone` as well as a `phone`.)
    let numbered = span.len() == 2
        && matches!(span[1].lower.as_str(), "number" | "numbers")
        && index
            .tables
            .iter()
            .flat_map(|t| t.columns.iter())
            .filter(|c| c.words.contains(&span[0].stem))
            .count()
            == 1;
    if cols.is_empty()
        && span.len() == 2
        && (matches!(span[1].lower.as_str(), "name" | "names") || numbered)
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
    // "the names of gardeners" where `Garden` and `gardeners` stem alike: the owner named
    // as written is whose column it is (`GardenName` is no gardener's name).
    if gapped {
        if let Some(owner) = span.last() {
            let written: Vec<usize> = (0..index.tables.len())
                .filter(|&t| written_as(index, t, &owner.lower))
                .collect();
            // (Only where two tables' names stem alike: otherwise the stems decide.)
            let collides = |u: usize| {
                (0..index.tables.len())
                    .any(|v| v != u && index.tables[v].words == index.tables[u].words)
            };
            // ("names of campsites" for `CampSites` beside `Camp`: a name written as one
            // word whose stem only begins another table's is that table too.)
            let joined =
                |u: usize| index.tables[u].words.len() >= 2 && cols.iter().all(|c| c.0.table != u);
            if let [u] = written[..] {
                if collides(u) || joined(u) {
                    cols.retain(|c| c.0.table == u);
                }
            }
        }
    }
    let top = cols.iter().map(|c| c.1).fold(0.0f32, f32::max);
    // "warehouses that have orders" where the table is `purchase_orders` and a column
    // `order_date`: a plural that ends a table's name names its rows, not a column whose
    // name it only begins.
    if let (Some((ti, s)), [word]) = (best_table, span) {
        let plural = crate::plan::plural_word(&word.lower);
        let words = &index.tables[ti].words;
        let ends_the_table = words.len() >= 2 && words.last() == Some(&word.stem);
        let begins_the_columns = cols.iter().filter(|c| c.1 >= top - 0.05).all(|(c, _)| {
            index
                .col(c)
                .is_some_and(|ci| ci.words.len() >= 2 && ci.words.last() != Some(&word.stem))
        });
        if plural && ends_the_table && begins_the_columns && s >= 0.5 && top < 1.0 {
            out.push(Mention {
                start,
                end,
                target: Target::Table(ti),
                score: s.max(top),
            });
            return;
        }
    }
    if let Some((ti, s)) = best_table {
        // A table wins a tie with its columns: "customer" names the table, not `customer_id`.
        // But a column spelled out in the question's order beats a table whose words come
        // in another order ("goals scored" is `goalsscored`, not `scores_goals`).
        let in_order = index.tables[ti].words.len() == span.len()
            && index.tables[ti]
                .words
                .iter()
                .zip(span)
                .all(|(w, x)| *w == x.stem);
        if s >= top - 0.05 && s >= 0.7 && (in_order || !spelled_col) {
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
                index.col(c).is_some_and(|ci| {
                    ci.is_key
                        && ci.words.len() == span.len() + 1
                        && ci.words.last().is_some_and(|w| w == "id")
                })
            })
            && near.iter().any(|(c, _)| c.table == ti);
        // "grapes" where the table is `grape_varieties` with `grape_id` and `grape_name`,
        // and wines keep a `grape_id`: a plural that begins the table's name and half-names
        // only its columns and keys to it names its rows.
        let plural = span.len() == 1 && crate::plan::plural_word(&span[0].lower);
        // (Its key says its rows are those things: `grape_id`.)
        let begins_the_table = index.tables[ti].words.len() >= 2
            && span.first().is_some_and(|x| {
                index.tables[ti].words[0] == x.stem
                    && index
                        .sole_key(ti)
                        .and_then(|k| index.col(&k))
                        .is_some_and(|k| k.words == [x.stem.clone(), "id".to_string()])
            });
        let its_own = !near.is_empty()
            && top < 0.9
            && near.iter().all(|(c, _)| {
                c.table == ti
                    || index
                        .col(c)
                        .is_some_and(|ci| ci.is_key && ci.words.last().is_some_and(|w| w == "id"))
            });
        // "the firings" where the table is `FiringLog` and a piece keeps the `firing` it
        // was fired in: a plural that begins the table's name names its rows when the only
        // columns it names are references to them.
        let names_its_rows = plural
            && index.tables[ti].words.len() >= 2
            && span
                .first()
                .is_some_and(|x| index.tables[ti].words[0] == x.stem)
            && !near.is_empty()
            && near.iter().all(|(c, _)| {
                c.table != ti
                    && index.edges.iter().any(|e| {
                        (e.from == *c && e.to.table == ti) || (e.to == *c && e.from.table == ti)
                    })
            });
        if key_half || (plural && begins_the_table && its_own) || names_its_rows {
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

/// Whether the unquoted token `i` is text a pattern looks for: after "contains" or "starts
/// with", either named as such ("the word sea", "the string ab") or capitalised ("contains
/// XL", "contains Night"); digits only after a start or an end ("starting with 9"). An
/// everyday word right after "contains" ("contains more ...") is not one.
fn unquoted_pattern(tokens: &[Token], i: usize) -> bool {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.lower.as_str());
    let mut j = i;
    let mut named = false;
    while j > 0 && matches!(word(j - 1), "the" | "a" | "word" | "substring" | "string") {
        named |= word(j - 1) != "the" && word(j - 1) != "a";
        j -= 1;
    }
    if j == 0 {
        return false;
    }
    let b = word(j - 1);
    let b2 = if j > 1 { word(j - 2) } else { "" };
    let contains = matches!(
        b,
        "contain" | "contains" | "containing" | "include" | "includes" | "including"
    );
    let affix = matches!(b, "with" | "from") && AFFIX_VERBS.contains(&b2);
    // "clients that have the word Mill in their name": said to be a word, what they have.
    let contains = contains || (named && matches!(b, "have" | "has" | "having" | "with"));
    let t = &tokens[i];
    match &t.kind {
        Kind::Number(_) => affix || (contains && named),
        Kind::Word => {
            let letters: Vec<char> = t.text.chars().filter(|c| c.is_alphabetic()).collect();
            let capitals = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
            // "whose title contains Night": a capitalised word mid-sentence is a name or a
            // piece of one, the way a user writes what to look for.
            (contains || affix) && (named || capitals || (t.capital && letters.len() >= 2))
        }
        Kind::Quoted(_) => false,
    }
}

/// Whether "include" (not "contain") asks for token `i`: "include a GM".
fn includes_before(tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    while j > 0 && matches!(tokens[j - 1].lower.as_str(), "a" | "an" | "the") {
        j -= 1;
    }
    j > 0
        && matches!(
            tokens[j - 1].lower.as_str(),
            "include" | "includes" | "including"
        )
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
    // "contains 'a' or 'b'", "contains the word 'a' or the word 'b'": the second is looked
    // for the same way.
    let continues = matches!(b, "or" | "and")
        && j > 1
        && matches!(tokens[j - 2].kind, Kind::Quoted(_))
        && pattern_context(tokens, j - 2);
    continues
        || matches!(
            b,
            "contain" | "contains" | "containing" | "include" | "includes" | "including"
        )
        || (matches!(b, "with" | "from") && AFFIX_VERBS.contains(&b2))
        || (i + 1..i + 4).any(|k| word(k) == "substring")
        // "students who have an 'a' in their first name": letters to look for, though a
        // stored grade is 'A'.
        || (word(i + 1) == "in" && matches!(word(i + 2), "their" | "its" | "his" | "her"))
}

/// Whether the words of `span` (three letters or more each) occur in order in a compact
/// name, the first starting it and the last ending it.
fn spells_out(span: &[&Token], compact: &str) -> bool {
    let (Some(first), Some(last)) = (span.first(), span.last()) else {
        return false;
    };
    if span
        .iter()
        .any(|t| t.lower.len() < 3 || !t.lower.chars().all(char::is_alphanumeric))
        || !compact.starts_with(first.lower.as_str())
        || !compact.ends_with(last.lower.as_str())
    {
        return false;
    }
    let mut at = 0;
    for t in span {
        match compact[at..].find(t.lower.as_str()) {
            Some(i) => at += i + t.lower.len(),
            None => return false,
        }
    }
    at == compact.len() && compact.len() > span.iter().map(|t| t.lower.len()).sum::<usize>()
}

/// Whether `compact` is the question words' clipped forms run together, in order: each a
/// start of its word (two letters or more; one when the rest is whole words) or the word's
/// usual abbreviation ("no" for "number"), one of them short of the whole word at least.
fn clipped_compound(compact: &str, span: &[&Token]) -> bool {
    fn go(rest: &str, words: &[&str], first: bool, clipped: bool) -> bool {
        let Some((w, more)) = words.split_first() else {
            return rest.is_empty() && clipped;
        };
        for k in (1..=w.len().min(rest.len())).rev() {
            if !rest.is_char_boundary(k) || !w.starts_with(&rest[..k]) {
                continue;
            }
            // One letter only for the first word, before whole words ("kname").
            if k == 1
                && !(first
                    && !more.is_empty()
                    && more.iter().all(|m| m.len() >= 3)
                    && rest[k..] == more.concat())
            {
                continue;
            }
            if go(&rest[k..], more, false, clipped || k < w.len()) {
                return true;
            }
        }
        crate::lexicon::ABBREVIATIONS.iter().any(|(a, full)| {
            *full == *w && rest.starts_with(a) && go(&rest[a.len()..], more, false, true)
        })
    }
    // Cue words ("larger", "sorted") are not part of a name, but "number" may be.
    if span.len() > 3
        || span.iter().any(|t| {
            t.kind != Kind::Word
                || !t.lower.chars().all(|c| c.is_ascii_alphabetic())
                || (is_cue(t) && t.lower != "number")
        })
    {
        return false;
    }
    let words: Vec<&str> = span
        .iter()
        .map(|t| {
            let w = t.lower.as_str();
            w.strip_suffix('s').filter(|s| s.len() >= 3).unwrap_or(w)
        })
        .collect();
    go(compact, &words, true, false)
}

/// Name words that only say how a thing is identified: "type" for `type_code`.
const GENERIC_SUFFIXES: &[&str] = &["code", "id", "name", "number", "no"];

/// Words for a kind of thing, which name a lookup's column more often than its rows.
const KIND_WORDS: &[&str] = &[
    "type", "kind", "categori", "category", "class", "status", "level", "grade",
];

/// Words after a table's noun that only say its rows are kept (`shift_log`, `sale_records`).
const ROW_KEEPING: &[&str] = &[
    "log", "record", "entri", "entry", "histori", "history", "list", "data",
];

/// Whether every word of `span` is in `words` and the rest of `words` are generic suffixes.
fn names_but_suffix(span: &[&Token], words: &[String]) -> bool {
    span.iter()
        .enumerate()
        .all(|(i, t)| words.contains(&t.stem) && span[..i].iter().all(|u| u.stem != t.stem))
        && words
            .iter()
            .all(|w| span.iter().any(|t| t.stem == *w) || GENERIC_SUFFIXES.contains(&w.as_str()))
}

/// Picks non-overlapping mentions: longer spans first, then higher scores. A span's length
/// is its words less the function words inside it: "the breed description of the pet"
/// is a breed's description, not the pet's description with "breed" left over.
fn select(cands: Vec<Mention>, tokens: &[Token]) -> Vec<Mention> {
    let n = tokens.len();
    let length = |m: &Mention| {
        let inner = tokens
            .get(m.start + 1..m.end.saturating_sub(1))
            .unwrap_or(&[])
            .iter()
            .filter(|t| matches!(t.lower.as_str(), "of" | "the" | "a" | "an" | "in" | "per"))
            .count();
        (m.end - m.start - inner) as f32
    };
    // "the names of garden centres": a column read across "of" whose last word opens a
    // whole table name running on past it yields to that table, which it cuts short.
    let cut_short: Vec<bool> = cands
        .iter()
        .map(|m| {
            m.end >= m.start + 3
                && matches!(m.target, Target::Column(_))
                && tokens
                    .get(m.start + 1..m.end - 1)
                    .is_some_and(|inner| inner.iter().any(|t| t.lower == "of"))
                && cands.iter().any(|o| {
                    matches!(o.target, Target::Table(_))
                        && o.start == m.end - 1
                        && o.end > m.end
                        && o.score >= 1.0
                        // "pupils mentored by": a verb after the column is not more of a
                        // table's name.
                        && tokens[m.end..o.end].iter().all(|t| {
                            !(t.lower.len() > 4
                                && (t.lower.ends_with("ed") || t.lower.ends_with("ing")))
                        })
                })
        })
        .collect();
    let weight = |k: usize, m: &Mention| {
        length(m) * m.score.min(1.0) + m.score * 0.01 - if cut_short[k] { 0.5 } else { 0.0 }
    };
    let mut cands: Vec<(f32, Mention)> = cands
        .into_iter()
        .enumerate()
        .map(|(k, m)| (weight(k, &m), m))
        .collect();
    cands.sort_by(|(la, a), (lb, b)| lb.total_cmp(la).then(a.start.cmp(&b.start)));
    let mut taken = vec![false; n];
    let mut out = Vec::new();
    for (_, m) in cands {
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
