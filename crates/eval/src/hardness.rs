//! Spider's hardness classes (easy, medium, hard, extra) computed from a gold query's text.
//!
//! Mirrors the component counts of Spider's `evaluation.py` (`count_component1`,
//! `count_component2`, `count_others`) on the top-level query, with a small tokenizer instead
//! of Spider's parser. Must not: execute anything. Entry point: [`hardness`].

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Hardness {
    Easy,
    Medium,
    Hard,
    Extra,
}

impl Hardness {
    pub const ALL: [Hardness; 4] = [
        Hardness::Easy,
        Hardness::Medium,
        Hardness::Hard,
        Hardness::Extra,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Hardness::Easy => "easy",
            Hardness::Medium => "medium",
            Hardness::Hard => "hard",
            Hardness::Extra => "extra",
        }
    }
}

/// Lower-cased tokens with their parenthesis depth; string literals become one `'` token.
fn tokens(sql: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' | '`' => {
                for d in chars.by_ref() {
                    if d == c {
                        break;
                    }
                }
                out.push(("'".to_string(), depth));
            }
            '(' => {
                out.push(("(".to_string(), depth));
                depth += 1;
            }
            ')' => {
                depth = depth.saturating_sub(1);
                out.push((")".to_string(), depth));
            }
            ',' => out.push((",".to_string(), depth)),
            c if c.is_whitespace() => {}
            c if c.is_alphanumeric() || c == '_' || c == '.' || c == '*' => {
                let mut w = c.to_lowercase().to_string();
                while let Some(&d) = chars.peek() {
                    if d.is_alphanumeric() || d == '_' || d == '.' || d == '*' {
                        w.extend(d.to_lowercase());
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push((w, depth));
            }
            other => out.push((other.to_string(), depth)),
        }
    }
    out
}

const CLAUSES: &[&str] = &[
    "select", "from", "where", "group", "having", "order", "limit",
];
const AGGS: &[&str] = &["max", "min", "count", "sum", "avg"];

/// Spider's hardness of a gold query.
pub fn hardness(sql: &str) -> Hardness {
    let toks = tokens(sql);
    let selects = toks.iter().filter(|(t, _)| t == "select").count();
    // Top level of the first query: stop at a set operator outside parentheses.
    let top: Vec<&str> = toks
        .iter()
        .take_while(|(t, d)| !(*d == 0 && matches!(t.as_str(), "union" | "intersect" | "except")))
        .filter(|(_, d)| *d == 0)
        .map(|(t, _)| t.as_str())
        .collect();
    let clause = |name: &str| -> Vec<&str> {
        let Some(start) = top.iter().position(|t| *t == name) else {
            return Vec::new();
        };
        top[start + 1..]
            .iter()
            .take_while(|t| !CLAUSES.contains(t))
            .copied()
            .collect()
    };
    let select = clause("select");
    let from = clause("from");
    let where_ = clause("where");
    let group = clause("group");
    let having = clause("having");
    let order = clause("order");

    let mut comp1 = 0;
    if top.contains(&"where") {
        comp1 += 1;
    }
    if top.contains(&"group") {
        comp1 += 1;
    }
    if top.contains(&"order") {
        comp1 += 1;
    }
    if top.contains(&"limit") {
        comp1 += 1;
    }
    comp1 += from.iter().filter(|t| **t == "join").count();
    comp1 += where_
        .iter()
        .chain(having.iter())
        .filter(|t| **t == "or")
        .count();
    comp1 += where_.iter().filter(|t| **t == "like").count();

    let comp2 = selects.saturating_sub(1);

    let mut others = 0;
    let aggs = [&select, &where_, &group, &order, &having]
        .iter()
        .flat_map(|c| c.iter())
        .filter(|t| AGGS.contains(t))
        .count();
    if aggs > 1 {
        others += 1;
    }
    if select.iter().filter(|t| **t == ",").count() >= 1 {
        others += 1;
    }
    if conditions(&where_) > 1 {
        others += 1;
    }
    if group.iter().filter(|t| **t == ",").count() >= 1 {
        others += 1;
    }

    if comp1 <= 1 && others == 0 && comp2 == 0 {
        Hardness::Easy
    } else if (others <= 2 && comp1 <= 1 && comp2 == 0) || (comp1 <= 2 && others < 2 && comp2 == 0)
    {
        Hardness::Medium
    } else if (others > 2 && comp1 <= 2 && comp2 == 0)
        || (2 < comp1 && comp1 <= 3 && others <= 2 && comp2 == 0)
        || (comp1 <= 1 && others == 0 && comp2 <= 1)
    {
        Hardness::Hard
    } else {
        Hardness::Extra
    }
}

/// Conditions joined by AND/OR, not counting the AND inside BETWEEN.
fn conditions(clause: &[&str]) -> usize {
    if clause.is_empty() {
        return 0;
    }
    let mut n = 1;
    let mut in_between = false;
    for t in clause {
        match *t {
            "between" => in_between = true,
            "and" if in_between => in_between = false,
            "and" | "or" => n += 1,
            _ => {}
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spider_examples() {
        assert_eq!(
            hardness("SELECT count(*) FROM staff WHERE age > 56"),
            Hardness::Easy
        );
        assert_eq!(
            hardness("SELECT name, city, age FROM staff ORDER BY age"),
            Hardness::Medium
        );
        assert_eq!(
            hardness("SELECT avg(x) FROM t WHERE r BETWEEN 10 AND 15"),
            Hardness::Easy
        );
        assert_eq!(
            hardness("SELECT a FROM t WHERE b = 1 INTERSECT SELECT a FROM t WHERE b = 2"),
            Hardness::Hard
        );
        assert_eq!(
            hardness("SELECT a FROM t JOIN u ON t.x = u.x WHERE b = 1 EXCEPT SELECT a FROM t"),
            Hardness::Extra
        );
        assert_eq!(
            hardness("SELECT count(*) FROM t WHERE id NOT IN (SELECT id FROM u)"),
            Hardness::Hard
        );
    }
}
