//! Helpers shared by the guard's integration tests: the corpus loader and statement counting.
// Each test binary uses a different subset of these helpers, and a missing corpus file is a
// broken test, best reported by a panic.
#![allow(dead_code, clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

use quarry_model::Dialect;
use sqlparser::dialect::{
    Dialect as ParserDialect, MySqlDialect, PostgreSqlDialect, SQLiteDialect,
};
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, Tokenizer};

pub const ALL: [Dialect; 3] = [Dialect::Postgres, Dialect::Mysql, Dialect::Sqlite];

/// One corpus file: its SQL (header comments included), dialects and `-- key: value` headers.
#[derive(Debug, Clone)]
pub struct Case {
    pub path: PathBuf,
    pub sql: String,
    pub dialects: Vec<Dialect>,
    pub headers: Vec<(String, String)>,
}

impl Case {
    pub fn header(&self, key: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
    pub fn name(&self) -> String {
        self.path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned()
    }
}

/// Loads `tests/corpus/<dir>/*.sql`, sorted by name.
pub fn load(dir: &str) -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(dir);
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let sql = fs::read_to_string(&path).unwrap();
            let headers: Vec<(String, String)> = sql
                .lines()
                .map_while(|l| l.strip_prefix("-- "))
                .filter_map(|l| l.split_once(':'))
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
                .collect();
            let dialect = headers
                .iter()
                .find(|(k, _)| k == "dialect")
                .unwrap_or_else(|| panic!("{}: no `-- dialect:` header", path.display()));
            let dialects = parse_dialects(&dialect.1, &path);
            Case {
                path,
                sql,
                dialects,
                headers,
            }
        })
        .collect()
}

fn parse_dialects(v: &str, path: &Path) -> Vec<Dialect> {
    if v == "all" {
        return ALL.to_vec();
    }
    v.split(',')
        .map(|d| match d.trim() {
            "postgres" => Dialect::Postgres,
            "mysql" => Dialect::Mysql,
            "sqlite" => Dialect::Sqlite,
            other => panic!("{}: unknown dialect {other}", path.display()),
        })
        .collect()
}

pub fn parser_dialect(d: Dialect) -> Box<dyn ParserDialect> {
    match d {
        Dialect::Postgres => Box::new(PostgreSqlDialect {}),
        Dialect::Mysql => Box::new(MySqlDialect {}),
        Dialect::Sqlite => Box::new(SQLiteDialect {}),
    }
}

/// Tokens of `sql` without whitespace and comments, or `None` when it does not tokenize.
fn significant_tokens(sql: &str, d: Dialect) -> Option<Vec<Token>> {
    let dialect = parser_dialect(d);
    let tokens = Tokenizer::new(dialect.as_ref(), sql).tokenize().ok()?;
    Some(
        tokens
            .into_iter()
            .filter(|t| !matches!(t, Token::Whitespace(_) | Token::EOF))
            .collect(),
    )
}

/// How many non-empty `;`-separated chunks `sql` has, by sqlparser's tokenizer (independent of
/// the parser, so `TABLE x`, which sqlparser 0.58 cannot parse as a statement, counts too).
pub fn statement_chunks(sql: &str, d: Dialect) -> usize {
    let tokens = significant_tokens(sql, d).expect("admitted SQL tokenizes");
    tokens
        .split(|t| *t == Token::SemiColon)
        .filter(|chunk| !chunk.is_empty())
        .count()
}

/// Whether the first significant token starts a statement the guard may admit.
pub fn starts_like_a_read(sql: &str, d: Dialect) -> bool {
    let tokens = significant_tokens(sql, d).expect("admitted SQL tokenizes");
    match tokens.iter().find(|t| **t != Token::SemiColon) {
        Some(Token::LParen) => true,
        Some(Token::Word(w)) => matches!(
            w.keyword,
            Keyword::SELECT
                | Keyword::WITH
                | Keyword::VALUES
                | Keyword::TABLE
                | Keyword::EXPLAIN
                | Keyword::SHOW
                | Keyword::DESCRIBE
                | Keyword::DESC
        ),
        _ => false,
    }
}
