//! One line of plain language saying what a SQL statement does, from its structure
//! (tables, filters, grouping, ordering, limit), for SQL an LLM wrote without explaining it.

use std::ops::ControlFlow;

use quarry_model::Dialect;
use sqlparser::ast::{
    visit_expressions, Expr, GroupByExpr, LimitClause, OrderByKind, Query, SelectItem, SetExpr,
    Statement, TableFactor,
};
use sqlparser::dialect::{GenericDialect, MySqlDialect, PostgreSqlDialect, SQLiteDialect};
use sqlparser::parser::Parser;

fn parse(sql: &str, dialect: Dialect) -> Option<Statement> {
    let mut stmts = match dialect {
        Dialect::Postgres => Parser::parse_sql(&PostgreSqlDialect {}, sql),
        Dialect::Sqlite => Parser::parse_sql(&SQLiteDialect {}, sql),
        Dialect::Mysql => Parser::parse_sql(&MySqlDialect {}, sql),
    }
    .or_else(|_| Parser::parse_sql(&GenericDialect {}, sql))
    .ok()?;
    (stmts.len() == 1).then(|| stmts.remove(0))
}

/// Column names an expression reads, in order, without repeats.
fn columns_of(expr: &Expr) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let _ = visit_expressions(expr, |e| {
        let name = match e {
            Expr::Identifier(i) => Some(i.value.clone()),
            Expr::CompoundIdentifier(parts) => parts.last().map(|i| i.value.clone()),
            _ => None,
        };
        if let Some(n) = name {
            if !out.contains(&n) {
                out.push(n);
            }
        }
        ControlFlow::<()>::Continue(())
    });
    out
}

fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn table_name(f: &TableFactor) -> Option<String> {
    match f {
        TableFactor::Table { name, .. } => {
            name.0.last().map(|p| p.to_string().replace(['"', '`'], ""))
        }
        TableFactor::Derived { .. } => Some("a subquery".into()),
        _ => None,
    }
}

fn describe_query(q: &Query) -> Option<String> {
    let SetExpr::Select(sel) = q.body.as_ref() else {
        return match q.body.as_ref() {
            SetExpr::SetOperation { op, .. } => Some(format!(
                "Combines the results of several queries ({}).",
                op.to_string().to_lowercase()
            )),
            _ => None,
        };
    };
    let mut tables: Vec<String> = Vec::new();
    for twj in &sel.from {
        tables.extend(table_name(&twj.relation));
        for j in &twj.joins {
            tables.extend(table_name(&j.relation));
        }
    }
    tables.dedup();
    // What it computes: aggregates in the select list decide the verb.
    let mut aggs: Vec<String> = Vec::new();
    for item in &sel.projection {
        let expr = match item {
            SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. } => e,
            _ => continue,
        };
        let _ = visit_expressions(expr, |e| {
            if let Expr::Function(f) = e {
                let n = f.name.to_string().to_lowercase();
                let word = match n.as_str() {
                    "count" => Some("counts"),
                    "sum" => Some("sums"),
                    "avg" => Some("averages"),
                    "min" => Some("finds the minimum"),
                    "max" => Some("finds the maximum"),
                    _ => None,
                };
                if let Some(w) = word {
                    if !aggs.iter().any(|a| a == w) {
                        aggs.push(w.to_string());
                    }
                }
            }
            ControlFlow::<()>::Continue(())
        });
    }
    let mut s = if aggs.is_empty() {
        let what = if sel.distinct.is_some() {
            "distinct rows"
        } else {
            "rows"
        };
        if tables.is_empty() {
            format!("Computes {what}")
        } else {
            format!("Lists {what} from {}", list(&tables))
        }
    } else {
        let mut verb = list(&aggs);
        if let Some(first) = verb.get(..1) {
            verb = first.to_uppercase() + &verb[1..];
        }
        if tables.is_empty() {
            verb
        } else {
            format!("{verb} over {}", list(&tables))
        }
    };
    if let Some(w) = &sel.selection {
        let cols = columns_of(w);
        if !cols.is_empty() {
            s.push_str(&format!(", filtered on {}", list(&cols)));
        }
    }
    if let GroupByExpr::Expressions(exprs, _) = &sel.group_by {
        let cols: Vec<String> = exprs.iter().flat_map(columns_of).collect();
        if !cols.is_empty() {
            s.push_str(&format!(", grouped by {}", list(&cols)));
        }
    }
    if let Some(ob) = &q.order_by {
        if let OrderByKind::Expressions(exprs) = &ob.kind {
            let parts: Vec<String> = exprs
                .iter()
                .filter_map(|o| {
                    let c = columns_of(&o.expr);
                    let name = if c.is_empty() {
                        o.expr.to_string()
                    } else {
                        list(&c)
                    };
                    let dir = if o.options.asc == Some(false) {
                        " (descending)"
                    } else {
                        ""
                    };
                    (!name.is_empty()).then(|| format!("{name}{dir}"))
                })
                .collect();
            if !parts.is_empty() {
                s.push_str(&format!(", ordered by {}", list(&parts)));
            }
        }
    }
    let limit = match &q.limit_clause {
        Some(LimitClause::LimitOffset { limit: Some(l), .. }) => Some(l.to_string()),
        Some(LimitClause::OffsetCommaLimit { limit, .. }) => Some(limit.to_string()),
        _ => None,
    };
    if let Some(l) = limit {
        s.push_str(&format!(", at most {l} rows"));
    }
    s.push('.');
    Some(s)
}

/// A one-line description of `sql`, or a generic line when it does not parse as a query.
pub fn explain_sql(sql: &str, dialect: Dialect) -> String {
    let described = match parse(sql, dialect) {
        Some(Statement::Query(q)) => describe_query(&q),
        _ => None,
    };
    described.unwrap_or_else(|| "Runs one read-only SQL statement.".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_structure() {
        let e = explain_sql(
            "SELECT c.region, count(*) FROM orders o JOIN customers c ON c.id = o.customer_id \
             WHERE o.status = 'paid' GROUP BY c.region ORDER BY 2 DESC LIMIT 5",
            Dialect::Postgres,
        );
        assert_eq!(
            e,
            "Counts over orders and customers, filtered on status, grouped by region, ordered by 2 (descending), at most 5 rows."
        );
        let e = explain_sql("SELECT name FROM pets", Dialect::Sqlite);
        assert_eq!(e, "Lists rows from pets.");
        assert_eq!(
            explain_sql("not sql", Dialect::Sqlite),
            "Runs one read-only SQL statement."
        );
    }
}
