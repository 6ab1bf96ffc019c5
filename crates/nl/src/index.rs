//! What the engine precomputes once per schema: the words of every table and column name
//! (split, abbreviations expanded, stemmed), the value index, the join graph and each table's
//! "name" column. Must not: look at questions. Entry point: [`Index::build`].

use crate::lexicon::ABBREVIATIONS;
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
    /// The name includes the table's name ("product_id" in products).
    pub home: bool,
    /// The value index knows this column's values (a low-cardinality text column).
    pub has_values: bool,
}

#[derive(Debug, Clone)]
pub struct TableInfo {
    pub words: Vec<String>,
    pub columns: Vec<ColInfo>,
    /// The columns that name a row, for "which X ..." without a column.
    pub label: Vec<usize>,
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

#[derive(Debug, Clone)]
pub struct Index {
    pub tables: Vec<TableInfo>,
    /// Normalised value text -> where it occurs.
    pub values: HashMap<String, Vec<ValueHit>>,
    /// The longest indexed value, in words.
    pub max_value_words: usize,
    pub edges: Vec<Edge>,
    /// Every stem that occurs in a table or column name: a filler word in the question
    /// ("details") still links when the schema uses it.
    pub vocab: std::collections::HashSet<String>,
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

impl Index {
    pub fn build(schema: &Schema, stemmer: &Stemmer) -> Index {
        let mut tables = Vec::new();
        let mut values: HashMap<String, Vec<ValueHit>> = HashMap::new();
        let mut max_value_words = 0;
        for (ti, t) in schema.tables.iter().enumerate() {
            let twords = ident_stems(&t.name, stemmer);
            let mut columns = Vec::new();
            for (ci, c) in t.columns.iter().enumerate() {
                let words = ident_stems(&c.name, stemmer);
                // `appr_fname` in `apprentice`: a leading abbreviation of the table's name is the
                // table's name too.
                let own: Vec<String> = words
                    .iter()
                    .enumerate()
                    .filter(|(i, w)| {
                        let abbreviation = *i == 0
                            && words.len() > 1
                            && w.len() >= 2
                            && twords.iter().any(|tw| tw.starts_with(w.as_str()));
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
                columns.push(ColInfo {
                    is_pk: t
                        .primary_key
                        .iter()
                        .any(|k| k.eq_ignore_ascii_case(&c.name)),
                    compact: c
                        .name
                        .chars()
                        .filter(|ch| ch.is_alphanumeric())
                        .flat_map(char::to_lowercase)
                        .collect(),
                    home,
                    has_values: !c.values.is_empty(),
                    own_words: if own.is_empty() { words.clone() } else { own },
                    words,
                    class: c.type_class(),
                    is_key,
                });
                // Values with control characters cannot be written as a safe literal.
                for v in c.values.iter().filter(|v| !v.chars().any(char::is_control)) {
                    let key = value_key(v);
                    if key.is_empty() {
                        continue;
                    }
                    max_value_words = max_value_words.max(key.split(' ').count());
                    let hits = values.entry(key).or_default();
                    let col = ColId {
                        table: ti,
                        column: ci,
                    };
                    if !hits.iter().any(|h| h.col == col) {
                        hits.push(ValueHit {
                            col,
                            value: v.clone(),
                        });
                    }
                }
            }
            let label = label_columns(&columns, &twords);
            tables.push(TableInfo {
                words: twords,
                columns,
                label,
            });
        }
        let edges = join_edges(schema);
        let vocab = tables
            .iter()
            .flat_map(|t| {
                t.words
                    .iter()
                    .chain(t.columns.iter().flat_map(|c| c.words.iter()))
            })
            .cloned()
            .collect();
        Index {
            vocab,
            tables,
            values,
            max_value_words: max_value_words.min(6),
            edges,
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
    // A text column named like its table ("warehouse" in warehouse).
    if let Some(i) = find(&|c| c.words == table_words && c.class == TypeClass::Text) {
        return vec![i];
    }
    Vec::new()
}

/// Tables sharing a key column name beyond this are not linked by name (see `join_edges`).
const MAX_INFERRED_FANOUT: usize = 64;

/// Declared foreign keys; when a schema declares none, a column that shares its name with
/// another table's single-column primary key.
fn join_edges(schema: &Schema) -> Vec<Edge> {
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
    edges
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
        let edges = join_edges(&schema);
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
        let edges = join_edges(&Schema::new(vec![a, b]));
        assert_eq!(edges.len(), 1);
        assert_eq!(edges[0].from.table, 1);
        assert_eq!(edges[0].to.table, 0);
    }
}
