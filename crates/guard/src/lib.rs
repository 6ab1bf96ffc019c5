//! The read-only SQL guard (DESIGN invariant 2a and 2c, "The read-only guard's scope").
//!
//! Owns: deciding from the text alone whether one statement may run on a user's database, and
//! adding a LIMIT to generated queries. Must not: touch a database, rewrite user SQL that it
//! admits (only [`with_limit`] changes text, and only for generated SQL), or be the only layer:
//! the statement still runs in a `READ ONLY` transaction under a statement timeout.
//!
//! Entry points:
//! - [`check`]: admits exactly one statement inside the guard's scope (SELECT, WITH ... SELECT,
//!   VALUES, TABLE x, EXPLAIN and EXPLAIN ANALYZE of those, SHOW, DESCRIBE) and reports its
//!   kind, the tables it reads and whether it has a LIMIT; refuses everything else.
//! - [`with_limit`]: adds `LIMIT n` to an admitted top-level query that has none.
//! - [`denied_function`]: why a function name is refused, from the one table
//!   [`DENIED_FUNCTIONS`].
//!
//! How a statement is judged, in order (each step refuses; nothing is "fixed up"):
//! 1. tokenize with the target's sqlparser dialect; refuse text that the server and sqlparser
//!    could read differently (a NUL, MySQL `/*! ... */` executable comments, MySQL `--` followed
//!    by a tab or newline), more than one `;`-separated statement (counted on tokens, because
//!    sqlparser's SHOW swallows semicolons), and more than [`MAX_TOKENS`] tokens;
//! 2. parse the statement (`TABLE x` is read as `SELECT * FROM x`, see `rewrite_table`) on a
//!    stack sized for it, so that no input can overflow the caller's stack;
//! 3. allow-list the statement kind, then walk the whole tree with sqlparser's `Visitor`:
//!    every nested statement must be a query, no `SELECT ... INTO`, no locking clause, no `:=`,
//!    no denied function anywhere (CTEs, subqueries, ORDER BY, arguments, LATERAL, FROM), and
//!    function names must be plain ASCII (look-alike letters and `U&"..."` escapes cannot be
//!    compared with the deny list);
//! 4. a last text-level pass refuses a denied function name followed by `(` anywhere, even in a
//!    string or comment, as a backstop for any tokenizer disagreement not known today. Its cost:
//!    text like `'needs sleep(8h)'`, or a CTE named `set_x(a)`, is refused too.
//!
//! Decisions: `DESCRIBE t` (MySQL's `SHOW COLUMNS`) is admitted as [`StatementKind::Show`].
//! PRAGMA is refused even where it only reads (SQLite's `pragma_*` table functions read the same
//! facts). User-defined functions are not known to the guard: a volatile one is stopped by the
//! `READ ONLY` transaction, not here.
//!
//! State and concurrency: none; every function is pure and may be called from any thread,
//! including async workers with small stacks.
//!
//! Failure model: [`GuardError`]. Every variant is a refusal shown to the user as the `detail`
//! of a 400 `read_only_violation`, so messages are plain sentences; none is retryable as is
//! (the agent feeds the message back to the engine and retries with new SQL). A panic inside
//! sqlparser is caught and becomes [`GuardError::Parse`]: the parser is fed user text.
//!
//! Config keys: none. The deny list is code, so that changing it goes through review.

use std::collections::HashSet;
use std::ops::ControlFlow;
use std::panic::{catch_unwind, AssertUnwindSafe};

use quarry_model::Dialect;
use sqlparser::ast::{
    BinaryOperator, Expr, LimitClause, ObjectName, Query, SetExpr, Statement, TableFactor, Visit,
    Visitor,
};
use sqlparser::dialect::{
    Dialect as ParserDialect, MySqlDialect, PostgreSqlDialect, SQLiteDialect,
};
use sqlparser::keywords::Keyword;
use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::{Token, TokenWithSpan, Tokenizer, Whitespace, Word};

/// What kind of statement the guard admitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementKind {
    /// SELECT, WITH ... SELECT, VALUES, TABLE x.
    Query,
    /// EXPLAIN or EXPLAIN ANALYZE of a query.
    Explain,
    /// SHOW ..., and DESCRIBE / EXPLAIN of a table name (MySQL's synonym of SHOW COLUMNS).
    Show,
}

/// A table a statement reads (CTE names excluded).
///
/// Names are as written, without quotes and without case folding: the caller knows the
/// dialect's folding rules and the schema it compares against.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TableRef {
    /// The qualifier written before the name (`sales` in `sales.orders`, the database in
    /// MySQL's `db.orders`), if any.
    pub schema: Option<String>,
    pub name: String,
}

/// A statement the guard admitted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub kind: StatementKind,
    /// Tables read anywhere in the statement (subqueries, CTE bodies, EXPLAIN's query), in
    /// order of first appearance, without duplicates. Empty for SHOW and DESCRIBE.
    pub tables: Vec<TableRef>,
    /// The top-level query has LIMIT n, `LIMIT offset, n` or FETCH FIRST (for EXPLAIN: the
    /// explained query). `LIMIT ALL` and a bare OFFSET do not count.
    pub has_limit: bool,
}

/// Why the guard refused a statement. Every message is shown to users as is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GuardError {
    #[error("the statement is empty")]
    Empty,
    #[error("could not parse the statement: {0}")]
    Parse(String),
    #[error("exactly one statement is allowed, found {0}")]
    Multiple(usize),
    #[error("{0} is not allowed: quarry runs read-only statements only")]
    NotAllowed(String),
    #[error("function {0} is not allowed: it has side effects or runs SQL text")]
    Function(String),
    #[error("function name {0} is not allowed: function names must be plain ASCII identifiers")]
    FunctionName(String),
    #[error("the statement is ambiguous: {0}")]
    Ambiguous(String),
    #[error("the statement is too long: {0} tokens, at most {max} are allowed", max = MAX_TOKENS)]
    TooLong(usize),
}

/// The most tokens (words, literals, operators; not whitespace or comments) a statement may
/// have: some ten times more than any generated query, and a bound on the stack the tree walk
/// needs.
pub const MAX_TOKENS: usize = 10_000;

/// Stack reserved for walking and dropping the tree, per token of the statement. sqlparser's
/// parser grows its own stack, but its `Visitor` and the tree's `Drop` recurse once per level,
/// and a chain like `1+1+...+1` nests one level per two tokens: a few hundred levels overflow a
/// 2 MiB async worker stack in a debug build, aborting the whole process. A level costs at most
/// a few KiB even unoptimised (about 7 KiB measured for `+` in a debug build, two tokens), so
/// 16 KiB per token leaves a wide margin.
const STACK_PER_TOKEN: usize = 16 * 1024;
/// Stack for the fixed part of the walk (the statement, query and select levels).
const STACK_BASE: usize = 1 << 20;

/// How a denied function name is matched against the lower-cased, unquoted last part of a
/// function's name (`pg_catalog."PG_SLEEP"` is matched as `pg_sleep`).
#[derive(Debug, Clone, Copy)]
pub enum NamePattern {
    Exact(&'static str),
    Prefix(&'static str),
    Contains(&'static str),
}

impl NamePattern {
    fn matches(self, lower: &str) -> bool {
        match self {
            NamePattern::Exact(p) => lower == p,
            NamePattern::Prefix(p) => lower.starts_with(p),
            NamePattern::Contains(p) => lower.contains(p),
        }
    }
}

/// One entry of the deny list: a name pattern and why calls to it are refused.
#[derive(Debug, Clone, Copy)]
pub struct DeniedFunction {
    pub pattern: NamePattern,
    pub why: &'static str,
}

const fn exact(name: &'static str, why: &'static str) -> DeniedFunction {
    DeniedFunction {
        pattern: NamePattern::Exact(name),
        why,
    }
}
const fn prefix(name: &'static str, why: &'static str) -> DeniedFunction {
    DeniedFunction {
        pattern: NamePattern::Prefix(name),
        why,
    }
}
const fn contains(name: &'static str, why: &'static str) -> DeniedFunction {
    DeniedFunction {
        pattern: NamePattern::Contains(name),
        why,
    }
}

const WAITS: &str = "waits or burns time on purpose, holding a pooled connection";
const SERVER: &str = "acts on the server or on other sessions";
const STATE: &str = "changes settings or state that outlives the statement";
const WRITES: &str =
    "writes (sequences, transaction ids, session values) despite being called in a SELECT";
const RUNS_SQL: &str =
    "runs SQL given as text, or SQL on another connection, out of the guard's sight";
const FILES: &str = "reads or writes server files, large objects or loads code";
const LOCKS: &str = "takes or releases locks that outlive the statement";
const NOTIFIES: &str = "sends notifications to other sessions";
const REPLICATION: &str = "controls replication, WAL or backups";
const NETWORK: &str = "calls out over the network, which a READ ONLY transaction does not stop";

/// Every function the guard refuses, in every dialect (a PostgreSQL function named `sleep` is
/// user-defined and refusing it costs nothing, while per-dialect lists could miss a server that
/// speaks two dialects, such as MariaDB's Oracle mode).
///
/// Deliberately allowed: `currval`, `lastval` (read the session's last sequence value),
/// `is_free_lock`, `is_used_lock` (only look at locks), `set_bit`, `set_byte`, `set_masklen`
/// (pure value functions; see [`PURE_SET_FUNCTIONS`]), `current_setting` (reads a setting).
/// Deliberately refused although read-only: `table_to_xml*`, `schema_to_xml*`,
/// `database_to_xml*` (read tables named in a string, invisible to [`Checked::tables`], and can
/// dump a whole database), `ts_stat` and `ts_rewrite` (run a query given as text), and
/// `last_insert_id` (with an argument it sets the connection's value).
pub const DENIED_FUNCTIONS: &[DeniedFunction] = &[
    // Waiting and burning time.
    prefix("pg_sleep", WAITS), // pg_sleep, pg_sleep_for, pg_sleep_until
    exact("sleep", WAITS),
    exact("benchmark", WAITS),
    exact("master_pos_wait", WAITS),
    exact("source_pos_wait", WAITS),
    exact("wait_for_executed_gtid_set", WAITS),
    exact("wait_until_sql_thread_after_gtids", WAITS),
    exact("master_gtid_wait", WAITS), // MariaDB
    prefix("pg_wait", WAITS),         // pg_wait_for_backend_termination, ...
    // The server and other sessions.
    exact("pg_terminate_backend", SERVER),
    prefix("pg_cancel", SERVER), // pg_cancel_backend
    exact("pg_reload_conf", SERVER),
    prefix("pg_rotate_logfile", SERVER),
    exact("pg_log_backend_memory_contexts", SERVER),
    prefix("pg_stat_reset", SERVER), // pg_stat_reset, _shared, _single_table_counters, ...
    exact("pg_stat_statements_reset", SERVER),
    exact("pg_import_system_collations", SERVER),
    exact("pg_log_standby_snapshot", SERVER),
    prefix("pg_stat_force", SERVER), // pg_stat_force_next_flush
    prefix("pg_restore_", SERVER),   // pg_restore_relation_stats, pg_restore_attribute_stats
    prefix("pg_clear_", SERVER),     // pg_clear_relation_stats, pg_clear_attribute_stats
    exact("brin_summarize_new_values", SERVER), // the brin_/gin_ ones write to indexes
    exact("brin_summarize_range", SERVER),
    exact("brin_desummarize_range", SERVER),
    exact("gin_clean_pending_list", SERVER),
    prefix("audit_log_", SERVER), // MySQL Enterprise audit log UDFs
    exact("load_rewrite_rules", SERVER), // MySQL query rewriter plugin
    // Network calls from extensions.
    exact("http", NETWORK),        // pgsql-http
    prefix("http_", NETWORK),      // pgsql-http http_get/http_post, pg_net net.http_post
    exact("invoke", NETWORK),      // RDS aws_lambda.invoke
    contains("_to_s3", NETWORK),   // RDS aws_s3.query_export_to_s3 (runs SQL text too)
    contains("_from_s3", NETWORK), // RDS aws_s3.table_import_from_s3
    // Settings and session state.
    exact("set_config", STATE),
    prefix("set_", STATE), // setters in general; pure exceptions in PURE_SET_FUNCTIONS
    exact("setseed", STATE), // seeds random() for the rest of the session
    exact("sys_set", STATE), // lib_mysqludf_sys, sets environment variables
    prefix("version_tokens_", STATE), // MySQL version tokens
    // Writes hidden in a SELECT.
    contains("nextval", WRITES),
    exact("setval", WRITES),
    exact("txid_current", WRITES), // assigns a transaction id
    exact("pg_current_xact_id", WRITES),
    exact("pg_export_snapshot", WRITES),
    exact("last_insert_id", WRITES),
    exact("pg_nextoid", WRITES),
    // SQL text or other connections.
    prefix("dblink", RUNS_SQL), // dblink, dblink_exec, dblink_connect, ...
    prefix("query_to_xml", RUNS_SQL), // query_to_xml, _xmlschema, _and_xmlschema
    prefix("cursor_to_xml", RUNS_SQL),
    prefix("table_to_xml", RUNS_SQL),
    prefix("schema_to_xml", RUNS_SQL),
    prefix("database_to_xml", RUNS_SQL),
    exact("ts_stat", RUNS_SQL),
    exact("ts_rewrite", RUNS_SQL),
    prefix("pg_background_", RUNS_SQL), // pg_background_launch runs SQL in another backend
    exact("schedule", RUNS_SQL),        // pg_cron cron.schedule
    exact("schedule_in_database", RUNS_SQL),
    exact("unschedule", RUNS_SQL),
    exact("alter_job", RUNS_SQL),
    exact("eval", RUNS_SQL), // SQLite ext/misc/eval.c
    // Files, large objects, code loading.
    prefix("lo_", FILES), // lo_import, lo_export, lo_unlink, lo_create, lo_open, lo_put, ...
    exact("loread", FILES),
    exact("lowrite", FILES),
    prefix("pg_read_file", FILES),
    prefix("pg_read_binary_file", FILES),
    prefix("pg_ls_", FILES), // pg_ls_dir, pg_ls_logdir, pg_ls_waldir, pg_ls_tmpdir, ...
    exact("pg_stat_file", FILES),
    prefix("pg_file_", FILES), // adminpack: pg_file_write, pg_file_rename, pg_file_unlink, ...
    exact("pg_logdir_ls", FILES),
    exact("load_file", FILES),      // MySQL
    exact("sys_exec", FILES),       // lib_mysqludf_sys
    exact("sys_eval", FILES),       // lib_mysqludf_sys
    exact("load_extension", FILES), // SQLite
    exact("readfile", FILES),       // SQLite fileio
    exact("writefile", FILES),      // SQLite fileio
    exact("fsdir", FILES),          // SQLite fileio, lists directories
    exact("zipfile", FILES),        // SQLite zipfile, reads archives from disk
    exact("edit", FILES),           // SQLite CLI, starts an editor
    exact("fts3_tokenizer", FILES), // SQLite, registers a tokenizer by pointer
    // Locks.
    prefix("pg_advisory_", LOCKS),
    prefix("pg_try_advisory_", LOCKS),
    exact("get_lock", LOCKS),
    exact("release_lock", LOCKS),
    exact("release_all_locks", LOCKS),
    prefix("service_get_", LOCKS), // MySQL locking service UDFs
    exact("service_release_locks", LOCKS),
    // Notifications.
    exact("pg_notify", NOTIFIES),
    // Replication, WAL, backups.
    prefix("pg_logical_", REPLICATION),
    prefix("pg_replication_", REPLICATION),
    contains("replication_slot", REPLICATION), // pg_create_*_, pg_drop_, pg_copy_*_ ...
    exact("pg_promote", REPLICATION),
    exact("pg_switch_wal", REPLICATION),
    exact("pg_switch_xlog", REPLICATION),
    exact("pg_create_restore_point", REPLICATION),
    exact("pg_start_backup", REPLICATION),
    exact("pg_stop_backup", REPLICATION),
    prefix("pg_backup_", REPLICATION),
    prefix("pg_wal_replay_", REPLICATION),
    prefix("pg_xlog_replay_", REPLICATION),
    prefix("group_replication_", REPLICATION), // MySQL group replication UDFs
    prefix("asynchronous_connection_failover_", REPLICATION),
];

/// `set_*` functions that only compute a value, exempt from the `set_` prefix above.
pub const PURE_SET_FUNCTIONS: &[&str] = &["set_bit", "set_byte", "set_masklen"];

/// Why a function (its unqualified name, any case, without quotes) is refused, or `None` when
/// it may be called.
pub fn denied_function(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    if PURE_SET_FUNCTIONS.contains(&lower.as_str()) {
        return None;
    }
    DENIED_FUNCTIONS
        .iter()
        .find(|d| d.pattern.matches(&lower))
        .map(|d| d.why)
}

/// Admits exactly one read-only statement in the guard's scope, or says why not.
pub fn check(sql: &str, dialect: Dialect) -> Result<Checked, GuardError> {
    analyze(sql, dialect).map(|a| a.checked)
}

/// Returns the statement with `LIMIT limit` added when it is a query without one; any other
/// admitted statement comes back unchanged. Meant for generated SQL: the text is kept as is and
/// ` LIMIT n` appended after its last token (trailing semicolons and comments dropped).
pub fn with_limit(sql: &str, dialect: Dialect, limit: u64) -> Result<String, GuardError> {
    let analyzed = analyze(sql, dialect)?;
    if analyzed.checked.has_limit || analyzed.checked.kind != StatementKind::Query {
        return Ok(sql.to_string());
    }
    let Some(end) = analyzed
        .end_of_statement
        .and_then(|loc| byte_offset(sql, loc))
    else {
        return Ok(sql.to_string());
    };
    let limited = format!("{} LIMIT {limit}", &sql[..end]);
    // The LIMIT is only an optimisation (the row cap is enforced while reading), so text that
    // would not come out as an admitted, limited query is left as it was.
    match check(&limited, dialect) {
        Ok(c) if c.has_limit && c.kind == StatementKind::Query => Ok(limited),
        _ => Ok(sql.to_string()),
    }
}

/// What [`analyze`] learnt beyond the public result.
struct Analyzed {
    checked: Checked,
    /// Where the statement's last significant token ends (line, column as sqlparser counts).
    end_of_statement: Option<(u64, u64)>,
}

fn parser_dialect(dialect: Dialect) -> &'static dyn ParserDialect {
    match dialect {
        Dialect::Postgres => &PostgreSqlDialect {},
        Dialect::Sqlite => &SQLiteDialect {},
        Dialect::Mysql => &MySqlDialect {},
    }
}

fn analyze(sql: &str, dialect: Dialect) -> Result<Analyzed, GuardError> {
    // PostgreSQL reads the query text as a C string and stops at a NUL; nothing after one
    // should be judged as if it would run, and no real statement holds one.
    if sql.contains('\0') {
        return Err(GuardError::Ambiguous(
            "the statement contains a NUL character".into(),
        ));
    }
    let pd = parser_dialect(dialect);
    let tokens = catch_unwind(AssertUnwindSafe(|| {
        Tokenizer::new(pd, sql).tokenize_with_location()
    }))
    .map_err(|_| GuardError::Parse("the SQL tokenizer failed on this text".into()))?
    .map_err(|e| GuardError::Parse(e.to_string()))?;

    let significant = |t: &&TokenWithSpan| {
        !matches!(
            t.token,
            Token::Whitespace(_) | Token::SemiColon | Token::EOF
        )
    };
    let end_of_statement = tokens
        .iter()
        .rev()
        .find(significant)
        .map(|t| (t.span.end.line, t.span.end.column));
    // Statements are counted on tokens, not on the parser's result: sqlparser 0.58 parses
    // `SHOW x; DROP TABLE t` as one SHOW whose name runs on past the semicolon.
    match count_statements(&tokens) {
        0 => return Err(GuardError::Empty),
        1 => {}
        n => return Err(GuardError::Multiple(n)),
    }
    refuse_ambiguous_tokens(&tokens, dialect)?;

    // Counted, not collected: cloning every token was a measurable share of a point lookup.
    let significant_count = tokens.iter().filter(significant).count();
    if significant_count > MAX_TOKENS {
        return Err(GuardError::TooLong(significant_count));
    }
    let only_words = tokens
        .iter()
        .filter(significant)
        .all(|t| matches!(t.token, Token::Word(_)));
    let stack = STACK_BASE + significant_count * STACK_PER_TOKEN;
    let (kind, tables, has_limit) = catch_unwind(AssertUnwindSafe(|| {
        stacker::maybe_grow(stack, stack, || inspect(tokens, only_words, pd))
    }))
    .map_err(|_| GuardError::Parse("the SQL parser failed on this text".into()))??;
    refuse_denied_names_in_text(sql)?;
    Ok(Analyzed {
        checked: Checked {
            kind,
            tables,
            has_limit,
        },
        end_of_statement,
    })
}

/// Parses the one statement in `tokens` and walks it: its kind, the tables it reads and whether
/// it has a top-level LIMIT. Runs on a stack sized for the statement; the tree is dropped here,
/// on that stack, too.
fn inspect(
    tokens: Vec<TokenWithSpan>,
    only_words: bool,
    pd: &dyn ParserDialect,
) -> Result<(StatementKind, Vec<TableRef>, bool), GuardError> {
    let statements = Parser::new(pd)
        .with_tokens_with_locations(rewrite_table(tokens))
        .parse_statements()
        .map_err(parse_error)?;
    let statement = match statements.as_slice() {
        [] => return Err(GuardError::Empty),
        [one] => one,
        many => return Err(GuardError::Multiple(many.len())),
    };

    let kind = top_level_kind(statement)?;
    if let Statement::ShowVariable { .. } = statement {
        refuse_loose_show(only_words)?;
    }
    let mut inspector = Inspector::default();
    if let ControlFlow::Break(e) = statement.visit(&mut inspector) {
        return Err(e);
    }
    let has_limit = match statement {
        Statement::Query(q) => query_has_limit(q),
        Statement::Explain { statement, .. } => match statement.as_ref() {
            Statement::Query(q) => query_has_limit(q),
            _ => false,
        },
        _ => false,
    };
    let tables = if kind == StatementKind::Show {
        Vec::new()
    } else {
        inspector.tables
    };
    Ok((kind, tables, has_limit))
}

/// The number of non-empty `;`-separated statements in a token stream.
fn count_statements(tokens: &[TokenWithSpan]) -> usize {
    let mut count = 0;
    let mut in_statement = false;
    for t in tokens {
        match t.token {
            Token::SemiColon => in_statement = false,
            Token::Whitespace(_) | Token::EOF => {}
            _ => {
                if !in_statement {
                    count += 1;
                }
                in_statement = true;
            }
        }
    }
    count
}

/// sqlparser reads any `SHOW` it does not know as `SHOW name name ...`, swallowing every token
/// up to the end (`SHOW TRIGGERS WHERE f(x)` included, and MySQL evaluates that WHERE). Such a
/// SHOW is admitted only when it is made of words alone, which every real `SHOW setting`,
/// `SHOW ALL` or `SHOW PROCESSLIST` is.
/// `only_words`: whether every significant token of the statement is a word.
fn refuse_loose_show(only_words: bool) -> Result<(), GuardError> {
    if only_words {
        Ok(())
    } else {
        Err(GuardError::NotAllowed(
            "this form of SHOW (only SHOW followed by names is understood)".into(),
        ))
    }
}

fn parse_error(e: ParserError) -> GuardError {
    match e {
        // A few sqlparser messages print a token's Rust debug form; users get a plain sentence.
        ParserError::TokenizerError(s) | ParserError::ParserError(s)
            if s.contains("Word {") || s.contains("quote_style") =>
        {
            GuardError::Parse("the statement uses syntax quarry does not understand".into())
        }
        ParserError::TokenizerError(s) | ParserError::ParserError(s) => GuardError::Parse(s),
        ParserError::RecursionLimitExceeded => {
            GuardError::Parse("the statement is nested too deeply".into())
        }
    }
}

/// Refuses token sequences that the database server reads differently from sqlparser.
fn refuse_ambiguous_tokens(tokens: &[TokenWithSpan], dialect: Dialect) -> Result<(), GuardError> {
    for (i, t) in tokens.iter().enumerate() {
        // MySQL and MariaDB run the text of `/*! ... */` and `/*M! ... */` comments; sqlparser
        // skips it. Refused in every dialect: a read never needs one.
        if let Token::Whitespace(Whitespace::MultiLineComment(body)) = &t.token {
            let body = body.trim_start();
            if body.starts_with('!') || body.starts_with("M!") || body.starts_with("m!") {
                return Err(GuardError::Ambiguous(
                    "MySQL runs the text of /*! ... */ comments; remove the comment".into(),
                ));
            }
        }
        // MySQL starts a comment at `--` followed by any whitespace or control character;
        // sqlparser only at `-- ` (a space), so `--<tab>` hides code from one of the two.
        if dialect == Dialect::Mysql
            && t.token == Token::Minus
            && tokens.get(i + 1).is_some_and(|n| n.token == Token::Minus)
        {
            return Err(GuardError::Ambiguous(
                "`--` needs a space after it to start a comment; write `- -` for two minus signs"
                    .into(),
            ));
        }
    }
    Ok(())
}

/// sqlparser 0.58 cannot parse `TABLE x` as a statement and mis-parses it inside queries (it
/// swallows the token after an unqualified name), so `TABLE name` in a query-body position is
/// rewritten to its definition, `SELECT * FROM name`, before parsing. Only the token stream the
/// parser sees changes; the text that runs is the user's. A `TABLE` left in a query body (a
/// form this rewrite does not know) reaches the AST as `SetExpr::Table` and is refused.
fn rewrite_table(tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
    let sig: Vec<usize> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| !matches!(t.token, Token::Whitespace(_)))
        .map(|(i, _)| i)
        .collect();
    let keyword = |i: usize| match &tokens[i].token {
        Token::Word(Word {
            keyword,
            quote_style: None,
            ..
        }) => Some(*keyword),
        _ => None,
    };
    let is_name = |i: usize| matches!(tokens[i].token, Token::Word(_));

    let mut replace = HashSet::new();
    let mut statement_start = 0; // index into `sig` of the current statement's first token
    for (n, &i) in sig.iter().enumerate() {
        if tokens[i].token == Token::SemiColon {
            statement_start = n + 1;
            continue;
        }
        if keyword(i) != Some(Keyword::TABLE) {
            continue;
        }
        let query_position = match n.checked_sub(1).map(|p| sig[p]) {
            None => true,
            Some(p) => match (&tokens[p].token, keyword(p)) {
                // `)` ends a CTE list: WITH x AS (...) TABLE x.
                (Token::SemiColon | Token::LParen | Token::RParen, _) => true,
                (_, Some(Keyword::UNION | Keyword::EXCEPT | Keyword::INTERSECT)) => true,
                (_, Some(Keyword::ALL | Keyword::DISTINCT)) => true,
                (
                    _,
                    Some(Keyword::EXPLAIN | Keyword::ANALYZE | Keyword::VERBOSE | Keyword::PLAN),
                ) => keyword(sig[statement_start]) == Some(Keyword::EXPLAIN),
                _ => false,
            },
        };
        // The name: word (. word)*, not followed by `(` (that would be a function call).
        let mut m = n + 1;
        let mut named = false;
        while sig.get(m).is_some_and(|&j| is_name(j)) {
            named = true;
            if sig
                .get(m + 1)
                .is_some_and(|&j| tokens[j].token == Token::Period)
            {
                m += 2;
            } else {
                m += 1;
                break;
            }
        }
        let call = sig
            .get(m)
            .is_some_and(|&j| tokens[j].token == Token::LParen);
        if query_position && named && !call {
            replace.insert(i);
        }
    }

    let mut out = Vec::with_capacity(tokens.len() + replace.len() * 4);
    for (i, t) in tokens.into_iter().enumerate() {
        if replace.contains(&i) {
            let span = t.span;
            for token in [
                Token::make_keyword("SELECT"),
                Token::Whitespace(Whitespace::Space),
                Token::Mul,
                Token::Whitespace(Whitespace::Space),
                Token::make_keyword("FROM"),
            ] {
                out.push(TokenWithSpan { token, span });
            }
        } else {
            out.push(t);
        }
    }
    out
}

/// The kind of an admissible top-level statement, or why it is refused.
fn top_level_kind(statement: &Statement) -> Result<StatementKind, GuardError> {
    match statement {
        Statement::Query(_) => Ok(StatementKind::Query),
        Statement::Explain {
            statement: inner, ..
        } => match inner.as_ref() {
            Statement::Query(_) => Ok(StatementKind::Explain),
            other => Err(GuardError::NotAllowed(format!(
                "EXPLAIN of {}",
                describe(other)
            ))),
        },
        Statement::ExplainTable { .. }
        | Statement::ShowFunctions { .. }
        | Statement::ShowVariable { .. }
        | Statement::ShowStatus { .. }
        | Statement::ShowVariables { .. }
        | Statement::ShowCreate { .. }
        | Statement::ShowColumns { .. }
        | Statement::ShowDatabases { .. }
        | Statement::ShowSchemas { .. }
        | Statement::ShowObjects(_)
        | Statement::ShowTables { .. }
        | Statement::ShowViews { .. }
        | Statement::ShowCollation { .. } => Ok(StatementKind::Show),
        other => Err(GuardError::NotAllowed(describe(other))),
    }
}

/// A short, user-readable name for a statement: its leading keywords.
fn describe(statement: &Statement) -> String {
    match statement {
        Statement::Insert(_) => return "INSERT".into(),
        Statement::Update { .. } => return "UPDATE".into(),
        Statement::Delete(_) => return "DELETE".into(),
        Statement::Merge { .. } => return "MERGE".into(),
        _ => {}
    }
    let text = statement.to_string();
    let mut words = text.split_whitespace();
    let first = words
        .next()
        .unwrap_or("this statement")
        .to_ascii_uppercase();
    let two_words = [
        "CREATE", "DROP", "ALTER", "START", "RELEASE", "SET", "LOCK", "UNLOCK", "LOAD", "ATTACH",
        "DETACH",
    ];
    let second: String = words
        .next()
        .unwrap_or_default()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if two_words.contains(&first.as_str()) && !second.is_empty() {
        format!("{first} {}", second.to_ascii_uppercase())
    } else {
        first
    }
}

fn query_has_limit(q: &Query) -> bool {
    let limited = match &q.limit_clause {
        Some(LimitClause::LimitOffset { limit, .. }) => limit.is_some(),
        Some(LimitClause::OffsetCommaLimit { .. }) => true,
        None => false,
    };
    if limited || q.fetch.is_some() {
        return true;
    }
    match q.body.as_ref() {
        SetExpr::Select(s) => s.top.is_some(),
        // `(SELECT ... LIMIT 5)` at the top is limited by its inner query, unless the outer
        // query re-sorts it (then the outer query is what a LIMIT would be added to).
        SetExpr::Query(inner) if q.order_by.is_none() => query_has_limit(inner),
        _ => false,
    }
}

/// Walks the whole statement: refuses what the allow-list of statement kinds cannot see, and
/// collects the tables read.
#[derive(Default)]
struct Inspector {
    statements_seen: usize,
    /// CTE names visible in the query being walked, one frame per query (lower-cased).
    cte_scopes: Vec<Vec<String>>,
    tables: Vec<TableRef>,
}

impl Inspector {
    fn is_cte(&self, name: &str) -> bool {
        let lower = name.to_lowercase();
        self.cte_scopes.iter().any(|scope| scope.contains(&lower))
    }

    fn add_table(&mut self, name: &ObjectName) -> ControlFlow<GuardError> {
        let mut parts = Vec::with_capacity(name.0.len());
        for part in &name.0 {
            match part.as_ident() {
                Some(ident) => parts.push(ident.value.clone()),
                None => {
                    return ControlFlow::Break(GuardError::NotAllowed(format!(
                        "the table name {name}"
                    )))
                }
            }
        }
        let Some(table) = parts.pop() else {
            return ControlFlow::Continue(());
        };
        let schema = parts.pop();
        if schema.is_none() && self.is_cte(&table) {
            return ControlFlow::Continue(());
        }
        let t = TableRef {
            schema,
            name: table,
        };
        if !self.tables.contains(&t) {
            self.tables.push(t);
        }
        ControlFlow::Continue(())
    }
}

/// Refuses a call to `name` when any part is not a plain identifier or the function is denied.
fn check_function(name: &ObjectName) -> ControlFlow<GuardError> {
    let mut last = None;
    for part in &name.0 {
        let Some(ident) = part.as_ident() else {
            return ControlFlow::Break(GuardError::FunctionName(name.to_string()));
        };
        // Servers may fold look-alikes together (MySQL's general collations compare `É` equal to
        // `E`), and PostgreSQL's U&"\0070g_sleep" reaches sqlparser with its escapes undecoded:
        // only plain ASCII names can be compared with the deny list reliably.
        let plain = !ident.value.is_empty()
            && ident
                .value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
        if !plain {
            return ControlFlow::Break(GuardError::FunctionName(name.to_string()));
        }
        last = Some(ident.value.as_str());
    }
    match last {
        Some(n) if denied_function(n).is_some() => {
            ControlFlow::Break(GuardError::Function(n.to_string()))
        }
        _ => ControlFlow::Continue(()),
    }
}

/// Refuses what a query body may hold besides a plain read. Nested `SetExpr::Query` bodies are
/// queries of their own and reach [`Visitor::pre_visit_query`] themselves.
fn check_set_expr(body: &SetExpr) -> ControlFlow<GuardError> {
    match body {
        SetExpr::Select(select) => {
            if select.into.is_some() {
                return ControlFlow::Break(GuardError::NotAllowed("SELECT ... INTO".into()));
            }
            ControlFlow::Continue(())
        }
        SetExpr::SetOperation { left, right, .. } => {
            check_set_expr(left)?;
            check_set_expr(right)
        }
        SetExpr::Query(_) | SetExpr::Values(_) => ControlFlow::Continue(()),
        SetExpr::Insert(s) | SetExpr::Update(s) | SetExpr::Delete(s) => ControlFlow::Break(
            GuardError::NotAllowed(format!("{} inside a query", describe(s))),
        ),
        SetExpr::Table(_) => ControlFlow::Break(GuardError::Parse(
            "this form of TABLE is not supported; write SELECT * FROM the table instead".into(),
        )),
        #[allow(unreachable_patterns)] // future sqlparser variants are refused, not admitted
        _ => ControlFlow::Break(GuardError::NotAllowed("this kind of query".into())),
    }
}

impl Visitor for Inspector {
    type Break = GuardError;

    fn pre_visit_statement(&mut self, statement: &Statement) -> ControlFlow<GuardError> {
        self.statements_seen += 1;
        // The top-level statement was allow-listed by `top_level_kind`; anything nested (the
        // query of an EXPLAIN, a DELETE in a CTE) must be a query.
        if self.statements_seen > 1 && !matches!(statement, Statement::Query(_)) {
            return ControlFlow::Break(GuardError::NotAllowed(format!(
                "{} inside another statement",
                describe(statement)
            )));
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_query(&mut self, query: &Query) -> ControlFlow<GuardError> {
        let names = query
            .with
            .iter()
            .flat_map(|w| w.cte_tables.iter())
            .map(|cte| cte.alias.name.value.to_lowercase())
            .collect();
        self.cte_scopes.push(names);
        if !query.locks.is_empty() {
            return ControlFlow::Break(GuardError::NotAllowed(
                "a locking clause (FOR UPDATE, FOR SHARE)".into(),
            ));
        }
        if query.for_clause.is_some() {
            return ControlFlow::Break(GuardError::NotAllowed("a FOR clause".into()));
        }
        if !query.pipe_operators.is_empty() {
            return ControlFlow::Break(GuardError::NotAllowed("pipe syntax (|>)".into()));
        }
        check_set_expr(&query.body)
    }

    fn post_visit_query(&mut self, _query: &Query) -> ControlFlow<GuardError> {
        self.cte_scopes.pop();
        ControlFlow::Continue(())
    }

    fn pre_visit_table_factor(&mut self, factor: &TableFactor) -> ControlFlow<GuardError> {
        match factor {
            // `FROM f(...)` is a call, not a table.
            TableFactor::Table {
                name,
                args: Some(_),
                ..
            } => check_function(name),
            TableFactor::Table {
                name, args: None, ..
            } => self.add_table(name),
            TableFactor::Function { name, .. } => check_function(name),
            _ => ControlFlow::Continue(()),
        }
    }

    fn pre_visit_expr(&mut self, expr: &Expr) -> ControlFlow<GuardError> {
        match expr {
            Expr::Function(f) => check_function(&f.name),
            Expr::BinaryOp {
                op: BinaryOperator::Assignment,
                ..
            } => ControlFlow::Break(GuardError::NotAllowed(
                "assigning a variable with :=".into(),
            )),
            _ => ControlFlow::Continue(()),
        }
    }
}

/// The backstop: refuses a denied function name followed by `(` anywhere in the raw text,
/// strings and comments included. Costs a refusal of text like `'needs sleep(8h)'`, which a
/// question rarely needs, and closes any disagreement between sqlparser's tokenizer and the
/// server's about where strings and comments end (server modes such as MySQL's
/// NO_BACKSLASH_ESCAPES, or PostgreSQL's standard_conforming_strings = off, change that).
fn refuse_denied_names_in_text(sql: &str) -> Result<(), GuardError> {
    let bytes = sql.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$';
    let mut i = 0;
    while i < bytes.len() {
        if !is_ident(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && is_ident(bytes[i]) {
            i += 1;
        }
        let name = &sql[start..i];
        // The cheap test first: most words are not calls.
        if followed_by_paren(&sql[i..]) && denied_function(name).is_some() {
            return Err(GuardError::Function(name.to_string()));
        }
    }
    Ok(())
}

/// Whether `rest` starts with `(` after closing quotes, whitespace and comments.
fn followed_by_paren(mut rest: &str) -> bool {
    loop {
        let trimmed =
            rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '`' | ']'));
        if let Some(after) = trimmed.strip_prefix("/*") {
            rest = after.find("*/").map_or("", |end| &after[end + 2..]);
        } else if let Some(after) = trimmed
            .strip_prefix("--")
            .or_else(|| trimmed.strip_prefix('#'))
        {
            rest = after.find('\n').map_or("", |end| &after[end..]);
        } else {
            return trimmed.starts_with('(');
        }
    }
}

/// The byte offset of sqlparser's (line, column) in `sql`: it counts lines at `\n` and columns
/// in chars, starting at 1.
fn byte_offset(sql: &str, (line, column): (u64, u64)) -> Option<usize> {
    let (mut l, mut c) = (1u64, 1u64);
    for (i, ch) in sql.char_indices() {
        if (l, c) == (line, column) {
            return Some(i);
        }
        if ch == '\n' {
            l += 1;
            c = 1;
        } else {
            c += 1;
        }
    }
    ((l, c) == (line, column)).then_some(sql.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_offset_counts_chars_not_bytes() {
        assert_eq!(byte_offset("é x", (1, 2)), Some(2));
        assert_eq!(byte_offset("a\nbc", (2, 3)), Some(4));
        assert_eq!(byte_offset("a\nbc", (3, 1)), None);
    }

    #[test]
    fn followed_by_paren_skips_quotes_and_comments() {
        assert!(followed_by_paren("\" /* x */ -- y\n ("));
        assert!(!followed_by_paren(" , (1)"));
        assert!(!followed_by_paren("/* never closed ("));
    }

    #[test]
    fn pure_set_functions_are_allowed_and_setters_are_not() {
        assert_eq!(denied_function("SET_BIT"), None);
        assert!(denied_function("set_config").is_some());
        assert!(denied_function("set_anything").is_some());
        assert!(denied_function("my_nextval_wrapper").is_some());
        assert_eq!(denied_function("currval"), None);
    }

    #[test]
    fn describe_names_statements_by_their_keywords() {
        let d = PostgreSqlDialect {};
        let s = Parser::parse_sql(&d, "CREATE TABLE t (a int)").unwrap();
        assert_eq!(describe(&s[0]), "CREATE TABLE");
        let s = Parser::parse_sql(&d, "COPY t TO STDOUT").unwrap();
        assert_eq!(describe(&s[0]), "COPY");
    }
}
