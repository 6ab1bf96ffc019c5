//! The small SQL AST the planner builds and the renderer prints: only the shapes the engine
//! can say. Must not: know about questions or dialects.

use crate::index::ColId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agg {
    Count,
    Sum,
    Avg,
    Min,
    Max,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Col(ColId),
    /// Every column of one table (`*`, or `T1.*` in a join).
    AllOf(usize),
    /// The year of a date column, as the database computes it ("per year").
    YearOf(ColId),
    /// `COUNT(*)` when the column is `None`.
    Agg {
        agg: Agg,
        col: Option<ColId>,
        distinct: bool,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Lit {
    Num(String),
    Str(String),
    /// The first day of the current year plus this many years ("last year" starts at -1),
    /// computed by the database when the statement runs.
    YearStart(i32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cond {
    Cmp(Expr, Op, Lit),
    Between(Expr, Lit, Lit),
    /// `col LIKE pattern` (or NOT LIKE).
    Like(ColId, String, bool),
    In(ColId, Vec<Lit>),
    IsNull(ColId, bool),
    /// `col NOT IN (SELECT sub_col FROM ...)`, for "that have no ...".
    NotIn(ColId, Box<Query>),
    /// `col IN (SELECT sub_col FROM ...)`, for "that have some ...".
    InQuery(ColId, Box<Query>),
    /// `expr op (SELECT agg(col) FROM table)`, for "above the average".
    CmpSub(Expr, Op, Box<Query>),
    /// `a op b`: two columns of the joined rows compared, for "a winter rent lower than
    /// the summer rent".
    CmpCol(ColId, Op, ColId),
    /// `(a AND b) OR (c)`: any one group of conditions, for "over 10 or under 5".
    AnyOf(Vec<Vec<Cond>>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetOp {
    Union,
    Intersect,
    Except,
}

/// One SELECT (possibly with a set operation on its right).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Query {
    pub distinct: bool,
    pub select: Vec<Expr>,
    /// Tables in join order; the first is the root.
    pub tables: Vec<usize>,
    /// Join conditions, each connecting a table to one earlier in `tables`.
    pub joins: Vec<(ColId, ColId)>,
    pub filters: Vec<Cond>,
    pub group_by: Vec<ColId>,
    /// Grouped by the year of this date column as well, after `group_by` ("each year").
    pub group_by_year: Option<ColId>,
    pub having: Vec<Cond>,
    pub order_by: Vec<(Expr, bool)>,
    pub limit: Option<u64>,
    pub set_op: Option<(SetOp, Box<Query>)>,
}
