//! What the engine precomputes once per schema: the words of every table and column name
//! (split, abbreviations expanded, stemmed; for a table named after another plus a noun,
//! `orchard_harvest`, that noun alone), the value index, the join graph and each table's
//! "name" column. The join graph holds the declared foreign keys first, then guessed links
//! where keys are missing (shared key-like columns, role columns such as `advisor` pointing to
//! the one table of people, `x_id` naming table x, a reference spelled unlike its key such as
//! `cat_cd` for `cat_code` or `adptr` for adopters); paths prefer declared ones. Text columns
//! that hold numbers (sampled, or named with a unit such as `weight_kg`) are marked so the
//! renderer compares and ranks them as numbers. Foreign keys
//! from a table to itself (`supervisor`), and undeclared ones named for a role a person of
//! the same table holds (`foreman`, `head_nurse`), are kept apart: no path uses them, but the
//! planner declines what only the table joined to itself would answer.
//! Must not: look at questions. Entry point: [`Index::build`].

use crate::lexicon::{ABBREVIATIONS, UNIT_WORDS};
use quarry_model::{Schema, TypeClass};
use rust_stemmers::Stemmer;
use std::collections::{BTreeMap, HashMap, HashSet};

/// A column, by table and column position in the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ColId {
    pub table: usize,
    pub column: usize,
}

#[derive(Debug, Clone)]
pub struct ColInfo {
    /// Stems of the name's words ("unit_price" -> ["unit", "price"]).
    pub words: Vec<String>,
    /// The same without the words of the table's name ("customer_name" in customer -> ["name"]).
    pub own_words: Vec<String>,
    pub class: TypeClass,
    pub is_key: bool,
    /// Part of the table's primary key.
    pub is_pk: bool,
    /// The name lower-cased with only letters and digits ("producttype").
    pub compact: String,
    /// The name includes the table's name ("kennel_id" in kennels).
    pub home: bool,
    /// The value index knows this column's values (a low-cardinality text column).
    pub has_values: bool,
    /// The column may be empty (NULL).
    pub nullable: bool,
    /// A yes/no flag (values such as `Y`/`N`, `Yes`/`No`, `T`/`F`): its stored "yes".
    pub flag_yes: Option<String>,
    /// A column beside it in its table differs only in its last word (`permit_code`,
    /// `permit_number`): that word tells them apart.
    pub last_word_tells: bool,
    /// The own words without a unit (`depth_metres` -> ["depth"]), when that leaves some.
    pub unitless: Option<Vec<String>>,
    /// The same without a last "date" or "year" too, for a column that holds one
    /// (`sail_year` -> ["sail"]).
    pub undated: Option<Vec<String>>,
    /// A text column whose sampled values are all numbers (`age` = '34', '41', ...): what a
    /// word such as "older" or "founded" implies, though not summed or compared as one.
    pub number_text: bool,
}

#[derive(Debug, Clone)]
pub struct TableInfo {
    pub words: Vec<String>,
    /// The name lower-cased with only letters and digits, as written ("gardeners"): two
    /// names may stem alike (`Garden` and `gardeners` both to "garden").
    pub compact: String,
    pub columns: Vec<ColInfo>,
    /// The columns that name a row, for "which X ..." without a column.
    pub label: Vec<usize>,
    /// `orchard_harvest` beside an `orchard` table: the words left once another table's name
    /// is taken off its start (`harvest`), which name its rows alone. None when no other
    /// table's name starts it, when the rest is a table's name too (a linking table), starts
    /// with a function word or is a word of that other table's columns, or when another
    /// table's rest is the same.
    pub head_words: Option<Vec<String>>,
}

/// An indexed value: its column and exact text.
#[derive(Debug, Clone)]
pub struct ValueHit {
    pub col: ColId,
    pub value: String,
}

/// One edge of the join graph: `from` = `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    pub from: ColId,
    pub to: ColId,
}

impl Edge {
    /// The column at the other end from `c`, if the edge touches `c`.
    pub fn other_end(&self, c: ColId) -> Option<ColId> {
        if self.to == c {
            Some(self.from)
        } else if self.from == c {
            Some(self.to)
        } else {
            None
        }
    }
}

#[derive(Debug, Clone)]
pub struct Index {
    pub tables: Vec<TableInfo>,
    /// Normalised value text -> where it occurs.
    pub values: HashMap<String, Vec<ValueHit>>,
    /// The same values keyed by the stems of their words ("yachts", "yacht" -> "yacht"),
    /// for a question that words a value in another form than the stored one.
    pub value_stems: HashMap<String, Vec<ValueHit>>,
    /// The longest indexed value, in words.
    pub max_value_words: usize,
    pub edges: Vec<Edge>,
    /// `edges[..declared_edges]` are the schema's declared foreign keys; the rest inferred.
    pub declared_edges: usize,
    /// `edges[guessed_edges..]` are guesses from shared column names, role names and
    /// columns named after a table (see `shared_column_edges`, `role_edges`,
    /// `named_reference_edges`), shakier than a column named like the key itself.
    pub guessed_edges: usize,
    /// Declared foreign keys from a table to itself (`supervisor` -> `warden_no`): not join
    /// edges (a query would need the table twice), but what a question about them needs.
    pub self_references: Vec<ColId>,
    /// Every stem that occurs in a table or column name: a filler word in the question
    /// ("details") still links when the schema uses it.
    pub vocab: std::collections::HashSet<String>,
}

/// A name lower-cased with only its letters and digits ("Product_Type" -> "producttype").
fn compact(name: &str) -> String {
    name.chars()
        .filter(|ch| ch.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Splits an identifier on `_`, spaces, digits boundaries and camelCase, lower-cased.
pub fn split_ident(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let boundary = i > 0 && {
            let p = chars[i - 1];
            (c.is_uppercase() && p.is_lowercase())
                || (c.is_uppercase()
                    && p.is_uppercase()
                    && chars.get(i + 1).is_some_and(|n| n.is_lowercase()))
                || (c.is_ascii_digit() != p.is_ascii_digit() && p.is_alphanumeric())
        };
        if boundary && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

/// Short forms of month names.
const MONTHS: &[(&str, &str)] = &[
    ("jan", "january"),
    ("feb", "february"),
    ("mar", "march"),
    ("apr", "april"),
    ("jun", "june"),
    ("jul", "july"),
    ("aug", "august"),
    ("sep", "september"),
    ("sept", "september"),
    ("oct", "october"),
    ("nov", "november"),
    ("dec", "december"),
];

/// The stems of an identifier's words, abbreviations expanded.
pub fn ident_stems(name: &str, stemmer: &Stemmer) -> Vec<String> {
    let mut out = Vec::new();
    let mut words = split_ident(name);
    // `LName`, `FName`: a lone initial before "name" is last/first.
    if let [initial, n] = words.as_mut_slice() {
        if n == "name" && (initial == "l" || initial == "f") {
            *initial = if initial == "l" {
                "last".into()
            } else {
                "first".into()
            };
        }
    }
    // `date_of_birth`: a function word inside a longer name names nothing ("date of birth"
    // and "birth date" both name it).
    if words.len() > 2 {
        words.retain(|w| !matches!(w.as_str(), "of" | "the" | "a" | "an"));
    }
    // `sept`: a name that is only a month's short form names the month.
    if let [w] = words.as_mut_slice() {
        if let Some((_, full)) = MONTHS.iter().find(|(a, _)| a == w) {
            *w = (*full).to_string();
        }
    }
    for w in words {
        match ABBREVIATIONS.iter().find(|(a, _)| *a == w) {
            Some((_, full)) => {
                for f in full.split(' ') {
                    out.push(stemmer.stem(f).into_owned());
                }
            }
            None => out.push(stemmer.stem(&w).into_owned()),
        }
    }
    out
}

/// Lower-cased words of a value, the same way question words are compared to it.
pub fn value_key(value: &str) -> String {
    let mut key = String::new();
    for w in value
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&w.to_lowercase());
    }
    key
}

/// The stems of a value key's words, space-separated: how [`Index::value_stems`] is keyed.
pub fn stem_key(key: &str, stemmer: &Stemmer) -> String {
    key.split(' ')
        .map(|w| stemmer.stem(w).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

impl Index {
    /// The join edges that are declared or named like the key they refer to, not guessed.
    pub fn sure_edges(&self) -> &[Edge] {
        &self.edges[..self.guessed_edges.min(self.edges.len())]
    }

    /// The join edges guessed from shared or role names (the rest; see the `guessed_edges`
    /// field).
    pub fn unsure_edges(&self) -> &[Edge] {
        &self.edges[self.guessed_edges.min(self.edges.len())..]
    }

    /// The sure edges that end at another table's whole primary key: each row of the `from`
    /// table meets at most one row of the `to` table.
    pub fn references(&self) -> impl Iterator<Item = &Edge> {
        self.sure_edges()
            .iter()
            .filter(|e| e.from.table != e.to.table && self.sole_key(e.to.table) == Some(e.to))
    }

    /// What the index knows of a column; `None` for an id from another schema.
    pub fn col(&self, c: &ColId) -> Option<&ColInfo> {
        self.tables
            .get(c.table)
            .and_then(|t| t.columns.get(c.column))
    }

    /// The one primary key column of table `t`, if its key is a single column.
    pub fn sole_key(&self, t: usize) -> Option<ColId> {
        let mut pk = self
            .tables
            .get(t)?
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| c.is_pk);
        match (pk.next(), pk.next()) {
            (Some((column, _)), None) => Some(ColId { table: t, column }),
            _ => None,
        }
    }

    pub fn build(schema: &Schema, stemmer: &Stemmer) -> Index {
        let mut tables = Vec::new();
        let mut values: HashMap<String, Vec<ValueHit>> = HashMap::new();
        let mut value_stems: HashMap<String, Vec<ValueHit>> = HashMap::new();
        let mut max_value_words = 0;
        for (ti, t) in schema.tables.iter().enumerate() {
            let mut twords = ident_stems(&t.name, stemmer);
            // `fellow_of`: a linking table named by a noun and "of" holds the fellows; the
            // "of" names nothing.
            if twords.len() > 1 && twords.last().is_some_and(|w| w == "of") {
                twords.pop();
            }
            // `ref_colours`: a leading "ref" only marks a lookup table; the colours are what
            // it holds and what a question calls it. `all_invoices` holds invoices too.
            if twords.len() > 1 && (twords[0] == "ref" || twords[0] == "all") {
                twords.remove(0);
            }
            // `wdn_fname` in `Wardens` keyed by `wdn_no`: the key's first word is the table's
            // short name, whatever the table is called.
            let key_prefix: Option<String> = match &t.primary_key[..] {
                [k] => match &ident_stems(k, stemmer)[..] {
                    [w, last] if matches!(last.as_str(), "id" | "no" | "num") => Some(w.clone()),
                    _ => None,
                },
                _ => None,
            };
            let mut columns = Vec::new();
            for (ci, c) in t.columns.iter().enumerate() {
                let words = ident_stems(&c.name, stemmer);
                // `appr_fname` in `apprentice`, `WName` in `warehouse`: a leading abbreviation
                // of the table's name (down to its initial) is the table's name too.
                let own: Vec<String> = words
                    .iter()
                    .enumerate()
                    .filter(|(i, w)| {
                        // (`brw_fname` in `Brewer`: its letters in order, from the first.)
                        let abbreviation = *i == 0
                            && words.len() > 1
                            && (twords
                                .iter()
                                .any(|tw| tw.starts_with(w.as_str()) || skeleton_of(w, tw))
                                || key_prefix.as_deref() == Some(w.as_str()));
                        !twords.contains(w) && !abbreviation
                    })
                    .map(|(_, w)| w.clone())
                    .collect();
                let is_key = t
                    .primary_key
                    .iter()
                    .any(|k| k.eq_ignore_ascii_case(&c.name))
                    || t.foreign_keys
                        .iter()
                        .any(|fk| fk.columns.iter().any(|k| k.eq_ignore_ascii_case(&c.name)))
                    || words.last().is_some_and(|w| w == "id");
                let home = own.len() < words.len();
                let class = stored_class(c, &words);
                columns.push(ColInfo {
                    is_pk: t
                        .primary_key
                        .iter()
                        .any(|k| k.eq_ignore_ascii_case(&c.name)),
                    compact: compact(&c.name),
                    home,
                    has_values: !c.values.is_empty(),
                    nullable: c.nullable,
                    // A boolean column is a flag whatever its values: true is 1 in every
                    // dialect's literal form ('1' reads as true in PostgreSQL too).
                    // So is a whole number named as a yes/no question (`is_active`,
                    // `has_parking`): such a column holds 0 and 1, and its values are not
                    // sampled, the value index keeping text only.
                    flag_yes: flag_yes(&c.values).or_else(|| {
                        let named_flag = c.type_class() == TypeClass::Integer
                            && words.len() > 1
                            && matches!(words[0].as_str(), "is" | "has")
                            && !is_key;
                        (c.type_class() == TypeClass::Boolean || named_flag)
                            .then(|| "1".to_string())
                    }),
                    own_words: if own.is_empty() { words.clone() } else { own },
                    words,
                    class,
                    is_key,
                    last_word_tells: false,
                    unitless: None,
                    undated: None,
                    number_text: class == TypeClass::Text
                        && c.values.len() >= 2
                        && c.values
                            .iter()
                            .all(|v| v.trim().parse::<f64>().is_ok_and(f64::is_finite)),
                });
                // Values with control characters cannot be written as a safe literal.
                for v in c.values.iter().filter(|v| !v.chars().any(char::is_control)) {
                    let key = value_key(v);
                    if key.is_empty() {
                        continue;
                    }
                    max_value_words = max_value_words.max(key.split(' ').count());
                    let col = ColId {
                        table: ti,
                        column: ci,
                    };
                    let stems = stem_key(&key, stemmer);
                    let shits = value_stems.entry(stems).or_default();
                    if !shits.iter().any(|h| h.col == col) {
                        shits.push(ValueHit {
                            col,
                            value: v.clone(),
                        });
                    }
                    let hits = values.entry(key).or_default();
                    if !hits.iter().any(|h| h.col == col) {
                        hits.push(ValueHit {
                            col,
                            value: v.clone(),
                        });
                    }
                }
            }
            describe_words(&mut columns);
            let label = label_columns(&columns, &twords);
            tables.push(TableInfo {
                compact: compact(&t.name),
                words: twords,
                columns,
                label,
                head_words: None,
            });
        }
        head_words(&mut tables);
        let (mut edges, declared_edges, guessed_edges) = join_edges(schema);
        role_edges(schema, &tables, &mut edges);
        named_reference_edges(schema, &tables, &mut edges);
        same_key_words_edges(&tables, &mut edges);
        let vocab = tables
            .iter()
            .flat_map(|t| {
                t.words
                    .iter()
                    .chain(t.columns.iter().flat_map(|c| c.words.iter()))
            })
            .cloned()
            .collect();
        let mut self_refs = self_references(schema);
        role_self_references(schema, &tables, &edges, &mut self_refs);
        Index {
            self_references: self_refs,
            vocab,
            tables,
            values,
            value_stems,
            max_value_words: max_value_words.min(6),
            edges,
            declared_edges,
            guessed_edges,
        }
    }
}

/// Fills [`TableInfo::head_words`]: a table named by another table's name and then its own
/// noun (`orchard_harvest`, `clients_visits`) is what a question calls by that noun alone.
/// Not when the other table keeps a column of that noun (`crops` with its `crop_kind_code`
/// beside `crop_kinds`): "the kind" may be either.
fn head_words(tables: &mut [TableInfo]) {
    // By name, so that a schema of thousands of tables is read once, not once per table.
    // (Of two tables named alike, the first, as a scan would find it.)
    let mut by_words: HashMap<&[String], usize> = HashMap::new();
    for (i, t) in tables.iter().enumerate() {
        by_words.entry(t.words.as_slice()).or_insert(i);
    }
    let found: Vec<Option<Vec<String>>> = tables
        .iter()
        .map(|t| {
            let (k, u) = (1..t.words.len())
                .rev()
                .find_map(|k| by_words.get(&t.words[..k]).map(|&u| (k, &tables[u])))?;
            let rest = &t.words[k..];
            // `boats_in_races`: a function word at the seam says the rest is no noun.
            let joint = matches!(
                rest[0].as_str(),
                "in" | "of" | "to" | "for" | "by" | "and" | "has" | "on" | "with"
            );
            let owners_column = u
                .columns
                .iter()
                .any(|c| rest.iter().any(|w| c.words.contains(w)));
            let a_table = by_words.contains_key(rest);
            (!joint && !owners_column && !a_table).then(|| rest.to_vec())
        })
        .collect();
    let mut times: HashMap<&[String], usize> = HashMap::new();
    for w in found.iter().flatten() {
        *times.entry(w.as_slice()).or_default() += 1;
    }
    let shared: Vec<bool> = found
        .iter()
        .map(|f| f.as_ref().is_some_and(|w| times[w.as_slice()] > 1))
        .collect();
    for ((t, h), shared) in tables.iter_mut().zip(found).zip(shared) {
        t.head_words = h.filter(|_| !shared);
    }
}

/// The class a column's values have. SQLite has no date type, and many schemas keep dates
/// as text (`joined_date TEXT`, `created_at TEXT`): a text column whose name ends in "date",
/// or in "on"/"at" after a participle (`enrolled_on`), holds dates, unless a value the index
/// knows is not written as one (ISO `2024-06-30`, which compares as text in date order), so
/// "joined after 2024-06-30" and "made in 2024" can compare with it.
fn stored_class(c: &quarry_model::Column, words: &[String]) -> TypeClass {
    let class = c.type_class();
    let iso_date = |v: &String| {
        let b = v.as_bytes();
        b.len() >= 10
            && b[4] == b'-'
            && b[7] == b'-'
            && [0, 1, 2, 3, 5, 6, 8, 9]
                .iter()
                .all(|&i| b[i].is_ascii_digit())
    };
    let lower = c.name.to_lowercase();
    let when_done = ["ed_on", "ed_at"].iter().any(|end| lower.ends_with(end));
    if class == TypeClass::Text
        && (words.last().is_some_and(|w| w == "date") || when_done)
        && c.values.iter().all(iso_date)
    {
        TypeClass::Date
    } else {
        class
    }
}

/// The stored "yes" of a column whose values are only yes and no in one spelling
/// (`Y`/`N`, `Yes`/`No`, `T`/`F`, `true`/`false`, `1`/`0` stored as text).
fn flag_yes(values: &[String]) -> Option<String> {
    const PAIRS: &[(&str, &str)] = &[
        ("y", "n"),
        ("yes", "no"),
        ("t", "f"),
        ("true", "false"),
        ("1", "0"),
    ];
    let lower: Vec<String> = values.iter().map(|v| v.trim().to_lowercase()).collect();
    let (yes, no) = PAIRS
        .iter()
        .find(|(y, n)| !lower.is_empty() && lower.iter().all(|v| v == y || v == n))?;
    if !lower.iter().any(|v| v == no) {
        return None;
    }
    let i = lower.iter().position(|v| v == yes)?;
    Some(values[i].clone())
}

/// Fills what a question may leave out of each column's name: a unit, a last "date" or
/// "year", and whether the last word is what tells the column from a neighbour.
fn describe_words(columns: &mut [ColInfo]) {
    let tells: Vec<bool> = columns
        .iter()
        .map(|c| {
            let head = &c.words[..c.words.len().saturating_sub(1)];
            columns.iter().any(|o| {
                o.words.len() == c.words.len() && o.words.starts_with(head) && o.words != c.words
            })
        })
        .collect();
    for (c, tells) in columns.iter_mut().zip(tells) {
        c.last_word_tells = tells;
        let words = &c.own_words;
        // (A one-letter unit only after "in": the "g" of `gname` is no gram.)
        let unit = |i: usize| {
            words.get(i).is_some_and(|w| {
                UNIT_WORDS.contains(&w.as_str()) && (w.len() > 1 || (i > 0 && words[i - 1] == "in"))
            })
        };
        let dated = matches!(
            c.class,
            TypeClass::Date | TypeClass::Timestamp | TypeClass::Integer
        );
        let kind = |i: usize| {
            dated && i + 1 == words.len() && i > 0 && matches!(words[i].as_str(), "date" | "year")
        };
        let keep = |drop_kind: bool| {
            let kept: Vec<String> = (0..words.len())
                .filter(|&i| {
                    !(unit(i) || (drop_kind && kind(i)) || (words[i] == "in" && unit(i + 1)))
                })
                .map(|i| words[i].clone())
                .collect();
            (!kept.is_empty() && kept.len() < words.len() && !c.is_key).then_some(kept)
        };
        c.unitless = keep(false);
        c.undated = keep(true);
        // `weight_kg` kept as text with no values sampled: a unit says it holds numbers.
        if c.class == TypeClass::Text && !c.has_values && c.unitless.is_some() {
            c.number_text = true;
        }
    }
}

/// The column(s) that name a row: `name`, else first+last name, else a `*name`/`title`.
fn label_columns(cols: &[ColInfo], table_words: &[String]) -> Vec<usize> {
    let find = |pred: &dyn Fn(&ColInfo) -> bool| cols.iter().position(pred);
    if let Some(i) = find(&|c| c.own_words == ["name"] || c.words == ["name"]) {
        return vec![i];
    }
    let first = find(&|c| c.words.ends_with(&["first".into(), "name".into()]));
    let last = find(&|c| c.words.ends_with(&["last".into(), "name".into()]));
    if let (Some(f), Some(l)) = (first, last) {
        return vec![f, l];
    }
    if let Some(i) = find(&|c| c.words.last().is_some_and(|w| w == "name") && !c.is_key) {
        return vec![i];
    }
    if let Some(i) = find(&|c| c.words.last().is_some_and(|w| w == "titl")) {
        return vec![i];
    }
    // "bname" in bank, "pname" in project: the table's initial (or two letters) before "name".
    let initial_name = |c: &ColInfo| {
        c.class == TypeClass::Text
            && !c.is_key
            && c.compact.strip_suffix("name").is_some_and(|p| {
                (1..=2).contains(&p.len()) && table_words.first().is_some_and(|w| w.starts_with(p))
            })
    };
    if let Some(i) = find(&initial_name) {
        return vec![i];
    }
    // A text column named like its table ("warehouse" in warehouse).
    if let Some(i) = find(&|c| c.words == table_words && c.class == TypeClass::Text) {
        return vec![i];
    }
    Vec::new()
}

/// Nouns for what a person is to a row: a number column named so (`mentor`, `owner_id`)
/// holds the key of a person.
const PERSON_ROLES: &[&str] = &[
    "advisor",
    "adviser",
    "instructor",
    "teacher",
    "tutor",
    "lecturer",
    "supervisor",
    "manager",
    "director",
    "captain",
    "coach",
    "mentor",
    "author",
    "owner",
    "leader",
    "head",
    "boss",
    "chair",
    "chairman",
    "president",
    "physician",
    "doctor",
    "nurse",
    "referee",
    "judge",
    "host",
    "organizer",
    "organiser",
    "sponsor",
    "agent",
    "reviewer",
    "editor",
    "creator",
    "founder",
    "landlord",
    "tenant",
    "customer",
    "client",
    "employee",
    "student",
    "member",
    "player",
    "driver",
    "pilot",
];

/// Roles that, in a table of people, usually point into the same table (a self-reference
/// the join graph does not model).
const SAME_KIND_ROLES: &[&str] = &[
    "manager",
    "supervisor",
    "boss",
    "head",
    "leader",
    "chair",
    "chairman",
    "president",
    "captain",
];

/// Whether `short` (three letters or more) is `word` with letters left out: the same first
/// letter, the rest in order (`brw` for "brewer", `tchr` for "teacher").
fn skeleton_of(short: &str, word: &str) -> bool {
    let mut rest = word.chars();
    short.len() >= 3
        && short.len() < word.len()
        && short.chars().next() == word.chars().next()
        && short.chars().all(|c| rest.any(|w| w == c))
}

/// The column of a table's primary key when the key is that one column.
fn single_key(t: &TableInfo) -> Option<usize> {
    let mut pk = t.columns.iter().enumerate().filter(|(_, c)| c.is_pk);
    match (pk.next(), pk.next()) {
        (Some((k, _)), None) => Some(k),
        _ => None,
    }
}

/// Undeclared role references: a number column named for a person's role (`mentor`,
/// `manager_id`) that no declared key covers holds the key of the schema's one other
/// table of people (a table with first- and last-name columns and a single number key).
fn role_edges(schema: &Schema, tables: &[TableInfo], edges: &mut Vec<Edge>) {
    let people: Vec<(usize, usize)> = tables
        .iter()
        .enumerate()
        .filter(|(_, t)| t.label.len() == 2)
        .filter_map(|(ti, t)| {
            single_key(t)
                .filter(|&k| t.columns[k].class.is_numeric())
                .map(|k| (ti, k))
        })
        .collect();
    if people.is_empty() {
        return;
    }
    let linked: HashSet<ColId> = edges.iter().flat_map(|e| [e.from, e.to]).collect();
    let mut add = Vec::new();
    for (ti, t) in schema.tables.iter().enumerate() {
        for (ci, c) in t.columns.iter().enumerate() {
            let info = &tables[ti].columns[ci];
            if info.is_pk || !info.class.is_numeric() {
                continue;
            }
            let words = role_words(&c.name);
            let [role] = words.as_slice() else {
                continue;
            };
            if !PERSON_ROLES.contains(&role.as_str()) {
                continue;
            }
            let declared = t
                .foreign_keys
                .iter()
                .any(|fk| fk.columns.iter().any(|k| k.eq_ignore_ascii_case(&c.name)));
            let from = ColId {
                table: ti,
                column: ci,
            };
            if declared || linked.contains(&from) {
                continue;
            }
            // A person's `manager` or `supervisor` is mostly a person of the same table.
            if tables[ti].label.len() == 2 && SAME_KIND_ROLES.contains(&role.as_str()) {
                continue;
            }
            // The role names a table of its own (`customer_id` with a customers table):
            // the name rules decide that link.
            let stem = tables.iter().any(|x| {
                x.words.len() == 1 && {
                    let w = &x.words[0];
                    role.starts_with(w.as_str()) && role.len() <= w.len() + 2
                }
            });
            if stem {
                continue;
            }
            let others: Vec<&(usize, usize)> = people.iter().filter(|(p, _)| *p != ti).collect();
            if let [(p, k)] = others[..] {
                add.push(Edge {
                    from,
                    to: ColId {
                        table: *p,
                        column: *k,
                    },
                });
            }
        }
    }
    edges.extend(add);
}

/// Undeclared references named after the table they refer to: `customer_id` where the
/// customers table's key is `id`, `home_port_id` or `rival_port` for a ports table. The
/// column's words (without a trailing `id`) are the table's name, or end with it after a
/// role word; both are numbers; the column is no key of its own table and no link covers it.
fn named_reference_edges(schema: &Schema, tables: &[TableInfo], edges: &mut Vec<Edge>) {
    // Tables with a one-column key, by the stems of their name.
    let mut by_words: HashMap<&[String], Vec<(usize, usize)>> = HashMap::new();
    for (ti, t) in tables.iter().enumerate() {
        if let Some(k) = single_key(t) {
            if !t.words.is_empty() {
                by_words
                    .entry(t.words.as_slice())
                    .or_default()
                    .push((ti, k));
            }
        }
    }
    if by_words.is_empty() {
        return;
    }
    // The same tables by the first letter of their name as written.
    let mut by_initial: HashMap<char, Vec<(usize, usize)>> = HashMap::new();
    for (ti, t) in tables.iter().enumerate() {
        if let (Some(k), Some(c)) = (single_key(t), t.compact.chars().next()) {
            by_initial.entry(c).or_default().push((ti, k));
        }
    }
    let linked: HashSet<ColId> = edges.iter().flat_map(|e| [e.from, e.to]).collect();
    let mut add = Vec::new();
    for (ti, t) in schema.tables.iter().enumerate() {
        let declared: Vec<&String> = t.foreign_keys.iter().flat_map(|fk| &fk.columns).collect();
        for (ci, c) in t.columns.iter().enumerate() {
            let info = &tables[ti].columns[ci];
            let from = ColId {
                table: ti,
                column: ci,
            };
            if info.is_pk
                || linked.contains(&from)
                || declared.iter().any(|d| d.eq_ignore_ascii_case(&c.name))
            {
                continue;
            }
            let mut words: &[String] = &info.words;
            if words.len() > 1 && words.last().is_some_and(|w| w == "id") {
                words = &words[..words.len() - 1];
            }
            // The whole name first, then the name after one role word.
            let found = by_words
                .get(words)
                .or_else(|| words.get(1..).and_then(|rest| by_words.get(rest)))
                .cloned()
                .or_else(|| {
                    // `adptr` for adopters: the table's name with letters left out. Only
                    // among the few tables sharing its first letter (keeps large schemas
                    // linear).
                    let [w] = words else { return None };
                    let same_initial = by_initial.get(&w.chars().next()?)?;
                    if same_initial.len() > MAX_INFERRED_FANOUT {
                        return None;
                    }
                    let mut hits = same_initial
                        .iter()
                        .filter(|&&(rt, _)| rt != ti && skeleton_of(w, &tables[rt].compact));
                    match (hits.next(), hits.next()) {
                        (Some(&h), None) => Some(vec![h]),
                        _ => None,
                    }
                });
            let Some([(rt, rk)]) = found.as_deref() else {
                continue;
            };
            if *rt == ti {
                continue;
            }
            // Numbers only: a text column named like a table (`harbour`, `kind`) is as
            // often an attribute of its own as a reference.
            let target = &tables[*rt].columns[*rk];
            if target.class.is_numeric() && info.class.is_numeric() {
                add.push(Edge {
                    from,
                    to: ColId {
                        table: *rt,
                        column: *rk,
                    },
                });
            }
        }
    }
    edges.extend(add);
}

/// Undeclared references spelled another way than the key they refer to: `kiln_id` for
/// `KilnID`, `cat_cd` for a lookup keyed by `cat_code`, once abbreviations are read. The words are the same and
/// end in `id`, `code` or `number`; the kind of value is the same; the column is no key of
/// its own table, and no link covers it or joins the two tables already.
fn same_key_words_edges(tables: &[TableInfo], edges: &mut Vec<Edge>) {
    let mut keys: HashMap<&[String], Vec<ColId>> = HashMap::new();
    for (ti, t) in tables.iter().enumerate() {
        let Some(k) = single_key(t) else { continue };
        let words = &t.columns[k].words;
        let keyish = words.len() > 1
            && words
                .last()
                .is_some_and(|w| matches!(w.as_str(), "id" | "code" | "number"));
        if keyish {
            keys.entry(words.as_slice()).or_default().push(ColId {
                table: ti,
                column: k,
            });
        }
    }
    let linked: HashSet<ColId> = edges.iter().flat_map(|e| [e.from, e.to]).collect();
    let pair = |a: usize, b: usize| (a.min(b), a.max(b));
    let mut joined: HashSet<(usize, usize)> = edges
        .iter()
        .map(|e| pair(e.from.table, e.to.table))
        .collect();
    let mut add = Vec::new();
    for (ti, t) in tables.iter().enumerate() {
        for (ci, c) in t.columns.iter().enumerate() {
            let from = ColId {
                table: ti,
                column: ci,
            };
            if c.is_pk || linked.contains(&from) {
                continue;
            }
            let Some([to]) = keys.get(c.words.as_slice()).map(Vec::as_slice) else {
                continue;
            };
            let same_class = tables[to.table].columns[to.column].class == c.class;
            if to.table != ti && same_class && joined.insert(pair(ti, to.table)) {
                add.push(Edge { from, to: *to });
            }
        }
    }
    edges.extend(add);
}

/// Tables sharing a key column name beyond this are not linked by name (see `join_edges`).
const MAX_INFERRED_FANOUT: usize = 64;

/// The join graph, in three parts: declared foreign keys; for table pairs they do not link,
/// a column that shares its name with another table's single-column primary key; then links
/// between parts nothing else connects (see `shared_column_edges`). Returns the edges, how
/// many are declared, and where the guessed ones (the third part) begin; `Index::build`
/// appends further guesses (`role_edges`, `named_reference_edges`).
/// Where two keys link the same two tables (`boat.port_id` and
/// `boat.home_port_id` to `port`), the one named like the key it refers to comes
/// first, so joins take it: the other is a role, asked for by its name.
fn same_names_first(schema: &Schema, edges: &mut [Edge]) {
    let name = |c: ColId| {
        schema
            .tables
            .get(c.table)
            .and_then(|t| t.columns.get(c.column))
            .map(|c| c.name.to_ascii_lowercase())
    };
    let pair = |e: &Edge| (e.from.table.min(e.to.table), e.from.table.max(e.to.table));
    let mut seen: HashMap<(usize, usize), usize> = HashMap::new();
    let first: Vec<usize> = edges
        .iter()
        .enumerate()
        .map(|(i, e)| *seen.entry(pair(e)).or_insert(i))
        .collect();
    let mut keyed: Vec<(usize, bool, Edge)> = edges
        .iter()
        .zip(first)
        .map(|(e, f)| (f, name(e.from) != name(e.to), *e))
        .collect();
    keyed.sort_by_key(|k| (k.0, k.1));
    for (slot, k) in edges.iter_mut().zip(keyed) {
        *slot = k.2;
    }
}

/// A column's name as role words: `mentor_id` and `Mentor` are both "mentor".
fn role_words(name: &str) -> Vec<String> {
    let mut words = split_ident(name);
    if words.len() == 2 && matches!(words[1].as_str(), "id" | "no" | "num") {
        words.pop();
    }
    words
}

/// Undeclared references from a table of people to itself: a number column named for a
/// role that is held by a person of the same kind (`Senior`, `foreman`, `supervisor_id`)
/// and that no link covers.
fn role_self_references(
    schema: &Schema,
    tables: &[TableInfo],
    edges: &[Edge],
    out: &mut Vec<ColId>,
) {
    let linked: HashSet<ColId> = edges.iter().flat_map(|e| [e.from, e.to]).collect();
    for (ti, t) in schema.tables.iter().enumerate() {
        let info = &tables[ti];
        let people = info.label.len() == 2
            && single_key(info).is_some_and(|k| info.columns[k].class.is_numeric());
        if !people {
            continue;
        }
        for (ci, c) in t.columns.iter().enumerate() {
            let col = ColId {
                table: ti,
                column: ci,
            };
            let ci_info = &info.columns[ci];
            if ci_info.is_pk || !ci_info.class.is_numeric() || linked.contains(&col) {
                continue;
            }
            let words = role_words(&c.name);
            // (`head_nurse` in a table of nurses: the role, then the rows' own noun.)
            let own_noun = |w: &str| info.words.last().is_some_and(|t| w.starts_with(t.as_str()));
            let role = match words.as_slice() {
                [role] => role,
                [role, noun] if own_noun(noun) => role,
                _ => continue,
            };
            let same_kind = SAME_KIND_ROLES.contains(&role.as_str())
                || matches!(
                    role.as_str(),
                    "senior" | "mentor" | "foreman" | "chief" | "lead"
                );
            if same_kind && !out.contains(&col) {
                out.push(col);
            }
        }
    }
}

/// The declared foreign key columns that refer to their own table.
fn self_references(schema: &Schema) -> Vec<ColId> {
    let mut out = Vec::new();
    for (ti, t) in schema.tables.iter().enumerate() {
        for fk in &t.foreign_keys {
            if !fk.ref_table.eq_ignore_ascii_case(&t.name) {
                continue;
            }
            let column = fk.columns.first().and_then(|a| {
                t.columns
                    .iter()
                    .position(|c| c.name.eq_ignore_ascii_case(a))
            });
            if let Some(column) = column {
                out.push(ColId { table: ti, column });
            }
        }
    }
    out
}

fn join_edges(schema: &Schema) -> (Vec<Edge>, usize, usize) {
    let mut pos: BTreeMap<String, usize> = BTreeMap::new();
    for (i, t) in schema.tables.iter().enumerate() {
        pos.entry(t.name.to_ascii_lowercase()).or_insert(i);
    }
    let col = |t: usize, name: &str| {
        schema.tables[t]
            .columns
            .iter()
            .position(|c| c.name.eq_ignore_ascii_case(name))
            .map(|column| ColId { table: t, column })
    };
    let mut edges = Vec::new();
    // Table pairs already joined, either way round: keeps building linear in the schema.
    let mut linked: HashSet<(usize, usize)> = HashSet::new();
    let pair = |a: usize, b: usize| (a.min(b), a.max(b));
    for (ti, t) in schema.tables.iter().enumerate() {
        for fk in &t.foreign_keys {
            let Some(&rt) = pos.get(&fk.ref_table.to_ascii_lowercase()) else {
                continue;
            };
            // Composite keys join on their first column pair: enough to connect the tables
            // and what a hand-written query over such a schema usually does.
            let (Some(a), Some(b)) = (fk.columns.first(), fk.ref_columns.first()) else {
                continue;
            };
            if let (Some(from), Some(to)) = (col(ti, a), col(rt, b)) {
                let edge = Edge { from, to };
                if from.table != to.table && !edges.contains(&edge) {
                    linked.insert(pair(from.table, to.table));
                    edges.push(edge);
                }
            }
        }
    }
    let declared = edges.len();
    same_names_first(schema, &mut edges);
    // Undeclared links: a column named like another table's single-column primary key, for
    // table pairs the declared keys do not already connect. A key name that many tables share
    // (`id` everywhere) names no relationship, and linking all of them would be quadratic.
    let mut by_column: HashMap<String, Vec<usize>> = HashMap::new();
    for (ti, t) in schema.tables.iter().enumerate() {
        for c in &t.columns {
            by_column
                .entry(c.name.to_ascii_lowercase())
                .or_default()
                .push(ti);
        }
    }
    for (rt, r) in schema.tables.iter().enumerate() {
        let [pk] = r.primary_key.as_slice() else {
            continue;
        };
        // A bare `id` names no table: two tables keyed by `id` are not thereby related.
        if pk.eq_ignore_ascii_case("id") {
            continue;
        }
        let Some(holders) = by_column.get(&pk.to_ascii_lowercase()) else {
            continue;
        };
        if holders.len() > MAX_INFERRED_FANOUT {
            continue;
        }
        for &ti in holders {
            if ti == rt || linked.contains(&pair(ti, rt)) {
                continue;
            }
            if let (Some(from), Some(to)) = (col(ti, pk), col(rt, pk)) {
                linked.insert(pair(ti, rt));
                edges.push(Edge { from, to });
            }
        }
    }
    let named = edges.len();
    shared_column_edges(schema, &by_column, &mut edges);
    (edges, declared, named)
}

/// Whether a shared column may carry a link between two tables that nothing else connects:
/// an integer, or a text column named like a key (`site_code`); never a bare `id`, a name or
/// a date (two tables that both record a `name` or a `year` are not thereby related).
fn shared_link_rank(name: &str, a: TypeClass, b: TypeClass) -> Option<u8> {
    if a != b {
        return None;
    }
    let words = split_ident(name);
    let last = words.last().map_or("", String::as_str);
    if words.is_empty()
        || name.eq_ignore_ascii_case("id")
        || matches!(
            last,
            "name" | "names" | "date" | "time" | "year" | "years" | "day" | "month" | "age"
        )
    {
        return None;
    }
    let key_named = matches!(
        last,
        "id" | "code" | "no" | "num" | "number" | "key" | "ref"
    );
    match (a, key_named) {
        (TypeClass::Integer, true) => Some(0),
        (_, true) => Some(1),
        (TypeClass::Integer, false) => Some(2),
        _ => None,
    }
}

/// Tables in different parts of the join graph that share a column name (`berth` in both a
/// crew list and a skipper list, neither a key): one link per pair of parts, through
/// the most key-like shared column. Schemas that declare their keys are connected already
/// and get nothing here.
fn shared_column_edges(
    schema: &Schema,
    by_column: &HashMap<String, Vec<usize>>,
    edges: &mut Vec<Edge>,
) {
    let n = schema.tables.len();
    let mut part: Vec<usize> = (0..n).collect();
    fn find(part: &mut [usize], mut x: usize) -> usize {
        while part[x] != x {
            part[x] = part[part[x]];
            x = part[x];
        }
        x
    }
    for e in edges.iter() {
        let (a, b) = (find(&mut part, e.from.table), find(&mut part, e.to.table));
        part[a] = b;
    }
    // Candidate links, best first: rank, then schema order.
    let mut cands: Vec<(u8, ColId, ColId)> = Vec::new();
    for (name, holders) in by_column {
        if holders.len() < 2 || holders.len() > 8 {
            continue;
        }
        for (i, &ta) in holders.iter().enumerate() {
            for &tb in &holders[i + 1..] {
                if ta == tb {
                    continue;
                }
                let pos = |t: usize| {
                    schema.tables[t]
                        .columns
                        .iter()
                        .position(|c| c.name.eq_ignore_ascii_case(name))
                };
                let (Some(ca), Some(cb)) = (pos(ta), pos(tb)) else {
                    continue;
                };
                let class = |t: usize, c: usize| schema.tables[t].columns[c].type_class();
                // Where the value index knows both columns, they must share a value.
                let (va, vb) = (
                    &schema.tables[ta].columns[ca].values,
                    &schema.tables[tb].columns[cb].values,
                );
                if !va.is_empty() && !vb.is_empty() {
                    let seen: HashSet<&String> = va.iter().collect();
                    if !vb.iter().any(|v| seen.contains(v)) {
                        continue;
                    }
                }
                if let Some(rank) = shared_link_rank(name, class(ta, ca), class(tb, cb)) {
                    cands.push((
                        rank,
                        ColId {
                            table: ta,
                            column: ca,
                        },
                        ColId {
                            table: tb,
                            column: cb,
                        },
                    ));
                }
            }
        }
    }
    cands.sort();
    for (_, from, to) in cands {
        let (a, b) = (find(&mut part, from.table), find(&mut part, to.table));
        if a != b {
            part[a] = b;
            edges.push(Edge { from, to });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_split() {
        assert_eq!(split_ident("ship_state"), ["ship", "state"]);
        assert_eq!(split_ident("CustomerID"), ["customer", "id"]);
        assert_eq!(split_ident("HTTPServer2"), ["http", "server", "2"]);
        assert_eq!(value_key("New  York!"), "new york");
    }

    #[test]
    fn sole_key_only_for_a_one_column_primary_key() {
        use quarry_model::{Column, Table};
        let mut one = Table::new(
            "kiln",
            vec![
                Column::new("kiln_id", "integer"),
                Column::new("glaze", "text"),
            ],
        );
        one.primary_key = vec!["kiln_id".into()];
        let mut two = Table::new(
            "firing",
            vec![
                Column::new("kiln_id", "integer"),
                Column::new("day", "date"),
            ],
        );
        two.primary_key = vec!["kiln_id".into(), "day".into()];
        let none = Table::new("note", vec![Column::new("body", "text")]);
        let s = Stemmer::create(rust_stemmers::Algorithm::English);
        let idx = Index::build(&Schema::new(vec![one, two, none]), &s);
        assert_eq!(
            idx.sole_key(0),
            Some(ColId {
                table: 0,
                column: 0
            })
        );
        assert_eq!(idx.sole_key(1), None);
        assert_eq!(idx.sole_key(2), None);
        assert_eq!(idx.sole_key(3), None);
    }
}

#[cfg(test)]
mod scale_tests {
    use super::*;
    use quarry_model::{Column, ForeignKey, Table};

    /// 10,000 tables that all call their key `id`, each with a foreign key to the previous
    /// one: building the index must stay fast (it used to compare every pair of tables).
    #[test]
    fn ten_thousand_tables_index_quickly() {
        let tables: Vec<Table> = (1..=10_000)
            .map(|i| {
                let mut t = Table::new(
                    format!("t{i}"),
                    vec![
                        Column::new("id", "int4"),
                        Column::new("name", "text"),
                        Column::new("parent_id", "int4"),
                    ],
                );
                t.primary_key = vec!["id".into()];
                if i > 1 {
                    t.foreign_keys.push(ForeignKey {
                        columns: vec!["parent_id".into()],
                        ref_schema: None,
                        ref_table: format!("t{}", i - 1),
                        ref_columns: vec!["id".into()],
                    });
                }
                t
            })
            .collect();
        let schema = Schema::new(tables);
        let started = std::time::Instant::now();
        let (edges, _, _) = join_edges(&schema);
        assert_eq!(
            edges.len(),
            9_999,
            "declared keys only: `id` is too common to link by name"
        );
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "{:?}",
            started.elapsed()
        );
        let started = std::time::Instant::now();
        let index = crate::SchemaIndex::build(&schema);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "{:?}",
            started.elapsed()
        );
        assert_eq!(index.schema().tables.len(), 10_000);
    }

    /// 5,000 tables and as many named after them plus a noun (`abc` and `abc_visits`):
    /// finding each one's own noun looks names up, it does not scan every table per table.
    #[test]
    fn ten_thousand_tables_named_after_others_index_quickly() {
        let word = |mut i: usize| {
            let mut w = String::new();
            for _ in 0..4 {
                w.push(char::from(b'a' + (i % 26) as u8));
                i /= 26;
            }
            w
        };
        let tables: Vec<Table> = (0..5_000)
            .flat_map(|i| {
                let mut owner = Table::new(
                    word(i),
                    vec![Column::new("id", "int4"), Column::new("name", "text")],
                );
                owner.primary_key = vec!["id".into()];
                let mut visits = Table::new(
                    format!("{}_visits", word(i)),
                    vec![Column::new("visit_id", "int4"), Column::new("day", "date")],
                );
                visits.primary_key = vec!["visit_id".into()];
                [owner, visits]
            })
            .chain(["lighthouse", "lighthouse_keepers"].map(|n| {
                let mut t = Table::new(n, vec![Column::new("id", "int4")]);
                t.primary_key = vec!["id".into()];
                t
            }))
            .collect();
        let schema = Schema::new(tables);
        let started = std::time::Instant::now();
        let index = Index::build(&schema, &Stemmer::create(rust_stemmers::Algorithm::English));
        let took = started.elapsed();
        // Every visits table has the same noun left: shared, so none is called by it; the
        // keepers are.
        let keepers = index.tables.len() - 1;
        assert!(index.tables[..keepers]
            .iter()
            .all(|t| t.head_words.is_none()));
        assert_eq!(
            index.tables[keepers].head_words,
            Some(vec!["keeper".to_string()])
        );
        assert!(took < std::time::Duration::from_secs(20), "{took:?}");
    }

    #[test]
    fn shared_key_names_still_link_small_schemas() {
        let mut a = Table::new(
            "singer",
            vec![
                Column::new("singer_id", "int4"),
                Column::new("name", "text"),
            ],
        );
        a.primary_key = vec!["singer_id".into()];
        let b = Table::new(
            "concert",
            vec![
                Column::new("concert_id", "int4"),
                Column::new("singer_id", "int4"),
            ],
        );
        let (edges, _, _) = join_edges(&Schema::new(vec![a, b]));
        assert_eq!(edges.len(), 1);
        assert_eq!(edges[0].from.table, 1);
        assert_eq!(edges[0].to.table, 0);
    }
}
