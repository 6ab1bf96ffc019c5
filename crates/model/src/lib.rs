//! The schema model and SQL dialects that quarry's crates share.
//!
//! Owns: the plain data types describing a database's tables (`Schema`, `Table`, `Column`,
//! `ForeignKey`) and the `Dialect` of the server that holds them, with identifier quoting.
//! Must not: do I/O, know about pools, sessions or HTTP. The service fills a `Schema` by
//! introspection (`quarry::schema`); the guard and the builtin engine only read it.
//!
//! A `Schema` is immutable once built and shared behind an `Arc` by every session on the same
//! target (DESIGN invariant 6), so nothing here has interior mutability.

use serde::{Deserialize, Serialize};

/// The SQL dialect of a target: decides quoting, LIMIT syntax and the parser dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dialect {
    Postgres,
    Sqlite,
    Mysql,
}

impl Dialect {
    /// Quotes an identifier so that any name (spaces, keywords, mixed case) survives.
    pub fn quote_ident(self, ident: &str) -> String {
        match self {
            Dialect::Mysql => format!("`{}`", ident.replace('`', "``")),
            Dialect::Postgres | Dialect::Sqlite => format!("\"{}\"", ident.replace('"', "\"\"")),
        }
    }

    /// Quotes an identifier only when it needs it, which keeps generated SQL readable.
    pub fn ident(self, ident: &str) -> String {
        let plain = !ident.is_empty()
            && ident
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
            && ident
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && !is_reserved(ident);
        if plain {
            ident.to_string()
        } else {
            self.quote_ident(ident)
        }
    }

    /// A string literal with the dialect's escaping.
    pub fn string_literal(self, value: &str) -> String {
        match self {
            Dialect::Mysql => format!("'{}'", value.replace('\\', "\\\\").replace('\'', "''")),
            Dialect::Postgres | Dialect::Sqlite => format!("'{}'", value.replace('\'', "''")),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Dialect::Postgres => "postgres",
            Dialect::Sqlite => "sqlite",
            Dialect::Mysql => "mysql",
        }
    }
}

/// Words that must be quoted when used as identifiers in every dialect quarry speaks.
fn is_reserved(ident: &str) -> bool {
    const RESERVED: &[&str] = &[
        "all",
        "and",
        "any",
        "as",
        "asc",
        "between",
        "by",
        "case",
        "cast",
        "check",
        "column",
        "constraint",
        "create",
        "cross",
        "current_date",
        "current_time",
        "current_timestamp",
        "default",
        "delete",
        "desc",
        "distinct",
        "drop",
        "else",
        "end",
        "except",
        "exists",
        "false",
        "fetch",
        "for",
        "foreign",
        "from",
        "full",
        "group",
        "having",
        "in",
        "index",
        "inner",
        "insert",
        "intersect",
        "into",
        "is",
        "join",
        "key",
        "left",
        "like",
        "limit",
        "natural",
        "not",
        "null",
        "offset",
        "on",
        "or",
        "order",
        "outer",
        "primary",
        "references",
        "right",
        "select",
        "set",
        "table",
        "then",
        "to",
        "true",
        "union",
        "unique",
        "update",
        "user",
        "using",
        "values",
        "when",
        "where",
        "window",
        "with",
        "year",
        "month",
        "day",
        "rank",
        "range",
        "rows",
        "row",
        "interval",
        "time",
        "date",
        "timestamp",
        "replace",
        "release",
        "read",
        "show",
        "status",
    ];
    RESERVED.contains(&ident)
}

/// Whether a relation is a base table or a view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TableKind {
    Table,
    View,
}

/// Text columns with at most this many distinct values feed the value index, on every driver
/// and in `quarry eval`: PostgreSQL's default statistics target keeps as many most-common
/// values, and a country or status column of a hundred values is what questions name.
pub const VALUE_INDEX_MAX_DISTINCT: usize = 100;
/// Longer values are prose, not something a question names: they are not indexed.
pub const VALUE_INDEX_MAX_CHARS: usize = 80;

/// One column of a table or view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Column {
    pub name: String,
    /// The database's own type name in lower case (`int4`, `varchar`, the declared SQLite type).
    pub data_type: String,
    pub nullable: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// A few distinct values of a low-cardinality text column (the value index), filled when
    /// the schema is cached. Untrusted data from the database: fence it in any prompt.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
}

impl Column {
    pub fn new(name: impl Into<String>, data_type: impl Into<String>) -> Self {
        Column {
            name: name.into(),
            data_type: data_type.into(),
            nullable: true,
            comment: None,
            values: Vec::new(),
        }
    }

    /// A coarse class of the type, enough to decide what questions make sense of it.
    pub fn type_class(&self) -> TypeClass {
        TypeClass::of(&self.data_type)
    }
}

/// A coarse classification of column types across dialects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeClass {
    Integer,
    Decimal,
    Float,
    Text,
    Boolean,
    Date,
    Time,
    Timestamp,
    Other,
}

impl TypeClass {
    pub fn of(data_type: &str) -> TypeClass {
        let t = data_type.to_ascii_lowercase();
        let t = t.trim();
        if t.starts_with("bool") || t == "tinyint(1)" {
            TypeClass::Boolean
        } else if t.contains("int")
            || t == "serial"
            || t == "bigserial"
            || t == "smallserial"
            // MySQL's `year` holds a year number (2006), not a date: "after 2005" compares
            // it with 2005, not with '2006-01-01'.
            || t == "year"
        {
            TypeClass::Integer
        } else if t.starts_with("numeric")
            || t.starts_with("decimal")
            || t.starts_with("number(")
            || t == "money"
        {
            // Oracle's `number(6,0)` is a fixed-point number like `numeric(6,0)`.
            TypeClass::Decimal
        } else if t.starts_with("float")
            || t.starts_with("double")
            || t.starts_with("real")
            || t == "number"
        {
            TypeClass::Float
        } else if t.starts_with("timestamp") || t.starts_with("datetime") {
            TypeClass::Timestamp
        } else if t.starts_with("date") {
            TypeClass::Date
        } else if t.starts_with("time") {
            TypeClass::Time
        } else if t.contains("char")
            || t.contains("text")
            || t.contains("clob")
            || t == "name"
            || t == "citext"
            || t.starts_with("enum")
            || t.is_empty()
        {
            TypeClass::Text
        } else {
            TypeClass::Other
        }
    }

    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            TypeClass::Integer | TypeClass::Decimal | TypeClass::Float
        )
    }
}

/// A foreign key from `columns` of the owning table to `ref_columns` of `ref_table`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForeignKey {
    pub columns: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_schema: Option<String>,
    pub ref_table: String,
    pub ref_columns: Vec<String>,
}

/// A table or view with its columns and keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Table {
    /// The namespace: a PostgreSQL schema, a MySQL database; `None` on SQLite.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub name: String,
    pub kind: TableKind,
    pub columns: Vec<Column>,
    #[serde(default)]
    pub primary_key: Vec<String>,
    #[serde(default)]
    pub foreign_keys: Vec<ForeignKey>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The planner's or catalog's row estimate; `None` when the database keeps none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row_estimate: Option<i64>,
}

impl Table {
    pub fn new(name: impl Into<String>, columns: Vec<Column>) -> Self {
        Table {
            schema: None,
            name: name.into(),
            kind: TableKind::Table,
            columns,
            primary_key: Vec::new(),
            foreign_keys: Vec::new(),
            comment: None,
            row_estimate: None,
        }
    }

    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(name))
    }

    /// `schema.name` when the table has a namespace, else `name`.
    pub fn qualified_name(&self) -> String {
        match &self.schema {
            Some(s) => format!("{s}.{}", self.name),
            None => self.name.clone(),
        }
    }
}

/// Everything quarry knows about one target's tables.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Schema {
    pub tables: Vec<Table>,
    /// The namespace that unqualified names resolve to (`public` on PostgreSQL, the connected
    /// database on MySQL, `None` on SQLite).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_schema: Option<String>,
}

impl Schema {
    pub fn new(tables: Vec<Table>) -> Self {
        Schema {
            tables,
            default_schema: None,
        }
    }

    /// Finds a table by name, case-insensitively; a qualified `schema.table` name also works.
    pub fn table(&self, name: &str) -> Option<&Table> {
        if let Some((schema, table)) = name.split_once('.') {
            if let Some(t) = self.tables.iter().find(|t| {
                t.name.eq_ignore_ascii_case(table)
                    && t.schema
                        .as_deref()
                        .is_some_and(|s| s.eq_ignore_ascii_case(schema))
            }) {
                return Some(t);
            }
        }
        let mut hits = self
            .tables
            .iter()
            .filter(|t| t.name.eq_ignore_ascii_case(name));
        let first = hits.next()?;
        // Prefer the default namespace when the same name lives in several.
        if first.schema != self.default_schema {
            if let Some(t) = self
                .tables
                .iter()
                .filter(|t| t.name.eq_ignore_ascii_case(name))
                .find(|t| t.schema == self.default_schema)
            {
                return Some(t);
            }
        }
        Some(first)
    }

    /// The distinct namespaces, sorted.
    pub fn namespaces(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .tables
            .iter()
            .filter_map(|t| t.schema.clone())
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// A copy holding only the tables of one namespace.
    pub fn only_namespace(&self, namespace: &str) -> Schema {
        Schema {
            tables: self
                .tables
                .iter()
                .filter(|t| t.schema.as_deref() == Some(namespace))
                .cloned()
                .collect(),
            default_schema: Some(namespace.to_string()),
        }
    }

    /// How a table is written in SQL for this schema: qualified only outside the default
    /// namespace.
    pub fn table_sql(&self, table: &Table, dialect: Dialect) -> String {
        match &table.schema {
            Some(s) if Some(s) != self.default_schema.as_ref() => {
                format!("{}.{}", dialect.ident(s), dialect.ident(&table.name))
            }
            _ => dialect.ident(&table.name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_per_dialect() {
        assert_eq!(Dialect::Postgres.quote_ident("a\"b"), "\"a\"\"b\"");
        assert_eq!(Dialect::Mysql.quote_ident("a`b"), "`a``b`");
        assert_eq!(Dialect::Sqlite.ident("order"), "\"order\"");
        assert_eq!(Dialect::Sqlite.ident("customers"), "customers");
        assert_eq!(Dialect::Postgres.ident("Customers"), "\"Customers\"");
        assert_eq!(Dialect::Mysql.string_literal("it's \\"), "'it''s \\\\'");
    }

    #[test]
    fn table_lookup_prefers_default_namespace() {
        let mut a = Table::new("t", vec![]);
        a.schema = Some("other".into());
        let mut b = Table::new("t", vec![]);
        b.schema = Some("public".into());
        let schema = Schema {
            tables: vec![a, b],
            default_schema: Some("public".into()),
        };
        assert_eq!(
            schema.table("T").and_then(|t| t.schema.as_deref()),
            Some("public")
        );
        assert_eq!(
            schema.table("other.t").and_then(|t| t.schema.as_deref()),
            Some("other")
        );
        assert!(schema.table("missing").is_none());
    }

    #[test]
    fn type_classes() {
        assert_eq!(TypeClass::of("int4"), TypeClass::Integer);
        assert_eq!(TypeClass::of("numeric(10,2)"), TypeClass::Decimal);
        assert_eq!(TypeClass::of("number(6,0)"), TypeClass::Decimal);
        assert_eq!(TypeClass::of("VARCHAR(20)"), TypeClass::Text);
        assert_eq!(TypeClass::of("timestamptz"), TypeClass::Timestamp);
        assert_eq!(TypeClass::of("date"), TypeClass::Date);
        assert_eq!(TypeClass::of("year"), TypeClass::Integer);
        assert_eq!(TypeClass::of("double precision"), TypeClass::Float);
    }
}
