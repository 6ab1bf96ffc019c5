//! One plain-language line saying what a planned query does. Must not: change the plan.

use crate::ast::{Agg, Cond, Expr, Op, Query, SetOp};
use crate::index::ColId;
use quarry_model::Schema;

fn col(schema: &Schema, c: ColId) -> String {
    schema
        .tables
        .get(c.table)
        .and_then(|t| {
            t.columns
                .get(c.column)
                .map(|col| format!("{}.{}", t.name, col.name))
        })
        .unwrap_or_default()
}

fn expr(schema: &Schema, e: &Expr) -> String {
    match e {
        Expr::Col(c) => col(schema, *c),
        Expr::YearOf(c) => format!("the year of {}", col(schema, *c)),
        Expr::AllOf(t) => format!(
            "every column of {}",
            schema.tables.get(*t).map_or("", |t| t.name.as_str())
        ),
        Expr::Agg {
            agg,
            col: c,
            distinct,
        } => {
            let what = match c {
                Some(c) => col(schema, *c),
                None => "rows".to_string(),
            };
            let d = if *distinct { "distinct " } else { "" };
            match agg {
                Agg::Count => format!("the number of {d}{what}"),
                Agg::Sum => format!("the total of {what}"),
                Agg::Avg => format!("the average of {what}"),
                Agg::Min => format!("the smallest {what}"),
                Agg::Max => format!("the largest {what}"),
            }
        }
    }
}

pub fn explain(q: &Query, schema: &Schema) -> String {
    let mut s = String::from("Shows ");
    if q.select.is_empty() {
        s.push_str("every column");
    } else {
        let parts: Vec<String> = q.select.iter().map(|e| expr(schema, e)).collect();
        s.push_str(&parts.join(", "));
    }
    let names: Vec<&str> = q
        .tables
        .iter()
        .filter_map(|&t| schema.tables.get(t).map(|t| t.name.as_str()))
        .collect();
    s.push_str(&format!(" from {}", names.join(" joined with ")));
    if !q.filters.is_empty() {
        s.push_str(&format!(
            ", keeping rows that meet {} condition(s)",
            q.filters.len()
        ));
        if q.filters.iter().any(|f| matches!(f, Cond::NotIn(..))) {
            s.push_str(" (including having no related rows)");
        }
        if q.filters.iter().any(|f| matches!(f, Cond::AnyOf(..))) {
            s.push_str(" (one of which is met by either of two alternatives)");
        }
        for f in &q.filters {
            match f {
                Cond::IsNull(c, false) => {
                    s.push_str(&format!(" (with no value in {})", col(schema, *c)));
                }
                Cond::CmpSub(Expr::Col(c), Op::Eq, sub)
                    if matches!(
                        sub.select.as_slice(),
                        [Expr::Agg {
                            agg: Agg::Min | Agg::Max,
                            ..
                        }]
                    ) =>
                {
                    s.push_str(&format!(
                        " (every row tied at the extreme of {})",
                        col(schema, *c)
                    ));
                }
                _ => {}
            }
        }
    }
    let mut g: Vec<String> = q.group_by.iter().map(|c| col(schema, *c)).collect();
    g.extend(
        q.group_by_year
            .map(|c| format!("year of {}", col(schema, c))),
    );
    if !g.is_empty() {
        s.push_str(&format!(", per {}", g.join(", ")));
    }
    if !q.having.is_empty() {
        s.push_str(", only groups meeting the count condition");
    }
    if let Some((e, desc)) = q.order_by.first() {
        s.push_str(&format!(
            ", ordered by {} {}",
            expr(schema, e),
            if *desc { "descending" } else { "ascending" }
        ));
    }
    if let Some(n) = q.limit {
        s.push_str(&format!(", first {n} row(s)"));
    }
    if let Some((op, _)) = &q.set_op {
        s.push_str(match op {
            SetOp::Union => ", together with a second query",
            SetOp::Intersect => ", only rows that a second query also returns",
            SetOp::Except => ", minus the rows of a second query",
        });
    }
    s.push('.');
    s
}
