//! [`extract_sql`]: the SQL out of a model's answer.
//!
//! Order of preference: a fence tagged as SQL (```` ```sql ````, ```` ```postgresql ````, ...),
//! then an untagged (or otherwise tagged) fence whose text starts like a query, then a query
//! in the text itself: bare, or after prose ("Here is the query: SELECT ..."), or in inline
//! code. `<think>...</think>` blocks of reasoning models are ignored. The result is only a
//! candidate: the guard and the agent's validation decide whether it may run.

/// Fence tags taken as SQL (compared in lower case).
const SQL_TAGS: &[&str] = &[
    "sql",
    "postgresql",
    "postgres",
    "pgsql",
    "psql",
    "sqlite",
    "sqlite3",
    "mysql",
    "mariadb",
    "duckdb",
    "tsql",
    "plsql",
];

/// At most this many `SELECT`/`WITH` words of running text that pass the cheap checks
/// (case, position) are scanned as a query's start; a bound keeps pathological answers linear.
const MAX_SCANS: usize = 32;

/// Words a query may start with, for untagged fences (compared in lower case).
const QUERY_STARTS: &[&str] = &["select", "with", "values", "table", "explain", "show"];

/// Words that start SQL lines; a line starting with one of them is never prose.
const SQL_LINE_WORDS: &[&str] = &[
    "select",
    "from",
    "where",
    "group",
    "order",
    "having",
    "limit",
    "offset",
    "fetch",
    "join",
    "inner",
    "left",
    "right",
    "full",
    "cross",
    "outer",
    "natural",
    "lateral",
    "on",
    "using",
    "and",
    "or",
    "not",
    "union",
    "intersect",
    "except",
    "with",
    "as",
    "window",
    "qualify",
    "case",
    "when",
    "then",
    "else",
    "end",
    "in",
    "exists",
    "values",
    "between",
    "like",
    "ilike",
    "is",
    "distinct",
    "all",
    "any",
    "by",
    "asc",
    "desc",
    "over",
    "partition",
    "filter",
    "cast",
    "coalesce",
];

/// The SQL in a model's answer, trimmed, without trailing semicolons; `None` when the answer
/// has none (e.g. "I cannot answer that").
///
/// A query found in the text (not in a fence) ends at its first semicolon outside quotes and
/// comments, at a blank line, at a fence, or before a line that reads as prose ("This query
/// returns ..."). A fence's text is returned whole (trailing semicolons removed), so a
/// fence with two statements reaches validation as two statements.
pub fn extract_sql(text: &str) -> Option<String> {
    let text = strip_think(text);
    let fences = fences(&text);
    for fence in fences.iter().filter(|f| is_sql_tag(&f.tag)) {
        let sql = trim_sql(&fence.content);
        if !skip_comments(sql).is_empty() {
            return Some(sql.to_owned());
        }
    }
    for fence in fences.iter().filter(|f| !is_sql_tag(&f.tag)) {
        let sql = trim_sql(&fence.content);
        if starts_like_query(sql) {
            return Some(sql.to_owned());
        }
    }
    in_text(&text)
}

/// Removes `<think>...</think>` blocks; an unclosed one hides the rest.
fn strip_think(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("<think>") {
        out.push_str(&rest[..open]);
        let after = &rest[open + "<think>".len()..];
        match after.find("</think>") {
            Some(close) => rest = &after[close + "</think>".len()..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

struct Fence {
    /// First word of the info string, lower case ("" when untagged).
    tag: String,
    content: String,
}

fn is_sql_tag(tag: &str) -> bool {
    SQL_TAGS.contains(&tag)
}

/// The number of backticks a (trimmed) line starts with.
fn leading_ticks(line: &str) -> usize {
    line.bytes().take_while(|&b| b == b'`').count()
}

/// Code fences (three or more backticks), including an unterminated last one and the
/// sloppy forms models write: a closing fence at the end of the last code line, a one-line
/// fence, code right after the opening backticks.
fn fences(text: &str) -> Vec<Fence> {
    let mut out = Vec::new();
    // (backticks of the opening fence, tag, lines so far)
    let mut open: Option<(usize, String, Vec<&str>)> = None;
    for line in text.lines() {
        let trimmed = line.trim();
        match open.take() {
            None => {
                let ticks = leading_ticks(trimmed);
                if ticks < 3 {
                    continue;
                }
                let info = trimmed[ticks..].trim();
                let closer = "`".repeat(ticks);
                let (info, one_line) = match info.strip_suffix(closer.as_str()) {
                    Some(inner) if !inner.trim().is_empty() => (inner.trim(), true),
                    _ => (info, false),
                };
                let (first, rest) = match info.split_once(char::is_whitespace) {
                    Some((first, rest)) => (first, rest.trim()),
                    None => (info, ""),
                };
                let first_lower = first.to_ascii_lowercase();
                let (tag, first_line) = if is_sql_tag(&first_lower) {
                    (first_lower, rest)
                } else if QUERY_STARTS.contains(&first_lower.as_str()) {
                    (String::new(), info)
                } else {
                    (first_lower, "")
                };
                if one_line {
                    out.push(Fence {
                        tag,
                        content: first_line.to_owned(),
                    });
                } else {
                    let lines = if first_line.is_empty() {
                        Vec::new()
                    } else {
                        vec![first_line]
                    };
                    open = Some((ticks, tag, lines));
                }
            }
            Some((ticks, tag, mut lines)) => {
                let closing = leading_ticks(trimmed) >= ticks && trimmed.bytes().all(|b| b == b'`');
                if closing {
                    out.push(Fence {
                        tag,
                        content: lines.join("\n"),
                    });
                } else if let Some(code) = trimmed.strip_suffix("```") {
                    lines.push(code);
                    out.push(Fence {
                        tag,
                        content: lines.join("\n"),
                    });
                } else {
                    lines.push(line);
                    open = Some((ticks, tag, lines));
                }
            }
        }
    }
    if let Some((_, tag, lines)) = open {
        out.push(Fence {
            tag,
            content: lines.join("\n"),
        });
    }
    out
}

/// Trims whitespace and trailing semicolons.
fn trim_sql(sql: &str) -> &str {
    sql.trim()
        .trim_end_matches(|c: char| c == ';' || c.is_whitespace())
}

/// The text after leading whitespace and SQL comments.
fn skip_comments(mut s: &str) -> &str {
    loop {
        s = s.trim_start();
        if let Some(rest) = s.strip_prefix("--") {
            s = rest.split_once('\n').map_or("", |(_, after)| after);
        } else if let Some(rest) = s.strip_prefix("/*") {
            s = rest.split_once("*/").map_or("", |(_, after)| after);
        } else {
            return s;
        }
    }
}

/// Whether the text, after comments and opening parentheses, starts with a query keyword.
fn starts_like_query(sql: &str) -> bool {
    let s = skip_comments(sql).trim_start_matches(|c: char| c == '(' || c.is_whitespace());
    let word: String = s
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    QUERY_STARTS.contains(&word.as_str())
}

/// Letters, digits, `_` and any non-ASCII byte (so "SELECTé" is one word, not SELECT).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || !b.is_ascii()
}

/// Whether `s` starts with `word` (ASCII, any case) followed by a non-word character.
fn starts_with_word(s: &str, word: &str) -> bool {
    bytes_start_with_word(s.as_bytes(), word)
}

fn bytes_start_with_word(b: &[u8], word: &str) -> bool {
    b.len() >= word.len()
        && b[..word.len()].eq_ignore_ascii_case(word.as_bytes())
        && b.get(word.len()).is_none_or(|&c| !is_word_byte(c))
}

/// Whether `s` contains `word` (ASCII, any case) as a whole word.
fn contains_word(s: &str, word: &str) -> bool {
    let b = s.as_bytes();
    !word.is_empty()
        && (0..b.len())
            .any(|i| (i == 0 || !is_word_byte(b[i - 1])) && bytes_start_with_word(&b[i..], word))
}

/// A query in running text: the first `SELECT` or `WITH` that is at the start of a line,
/// after a colon, in inline code, or written in capitals (lower case also counts at a line
/// start or after a colon; a capitalised "Select"/"With" is prose), and that reads as SQL.
fn in_text(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut line_begin = 0;
    let mut scans = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\n' {
            line_begin = i + 1;
        }
        let starts_word = b[i].is_ascii_alphabetic() && (i == 0 || !is_word_byte(b[i - 1]));
        if !starts_word {
            i += 1;
            continue;
        }
        let end = i + b[i..].iter().take_while(|&&c| is_word_byte(c)).count();
        let word = &text[i..end];
        if word.eq_ignore_ascii_case("select") || word.eq_ignore_ascii_case("with") {
            if let Some(sql) = candidate(text, line_begin, i, end, &mut scans) {
                return Some(sql);
            }
            if scans >= MAX_SCANS {
                return None;
            }
        }
        i = end;
    }
    None
}

/// The query starting with the word at `i..end` (on the line starting at `line_begin`), if
/// it is one.
fn candidate(
    text: &str,
    line_begin: usize,
    i: usize,
    end: usize,
    scans: &mut usize,
) -> Option<String> {
    let word = &text[i..end];
    let is_select = word.eq_ignore_ascii_case("select");
    if !is_select && !word.eq_ignore_ascii_case("with") {
        return None;
    }
    let upper = word.bytes().all(|c| c.is_ascii_uppercase());
    let lower = word.bytes().all(|c| c.is_ascii_lowercase());
    if !upper && !lower {
        return None;
    }
    let b = text.as_bytes();
    let before = &text[line_begin..i];
    let at_line_start = before.bytes().all(|c| c == b' ' || c == b'\t' || c == b'(');
    let after_colon = text[..i]
        .trim_end_matches([' ', '\t', '*', '\n', '\r'])
        .ends_with(':');
    let inline = i > 0 && b[i - 1] == b'`';
    let strong = at_line_start || after_colon || inline;
    if !strong && !upper {
        return None;
    }
    let start = if at_line_start {
        before.find('(').map_or(i, |p| line_begin + p)
    } else {
        i
    };
    *scans += 1;
    let stop = scan_end(b, i, inline);
    let raw = text[start..stop].trim();
    if raw
        .lines()
        .next()
        .is_some_and(|l| l.trim_end().ends_with(':'))
    {
        return None;
    }
    let ended_like_prose = raw.ends_with(['.', '!', '?']);
    let sql = trim_sql(raw.trim_end_matches(['.', '!', '?']));
    let rest = &sql[(i - start + word.len()).min(sql.len())..];
    if rest.trim().is_empty() {
        return None;
    }
    let ok = if is_select {
        contains_word(rest, "from") || (strong && !ended_like_prose && !rest.contains('\n'))
    } else {
        with_head(rest)
    };
    ok.then(|| sql.to_owned())
}

/// After `WITH`: `[RECURSIVE] name [(cols)] AS [NOT] [MATERIALIZED] (`.
fn with_head(rest: &str) -> bool {
    let mut s = rest.trim_start();
    if starts_with_word(s, "recursive") {
        s = s["recursive".len()..].trim_start();
    }
    let Some(after_name) = skip_ident(s) else {
        return false;
    };
    s = after_name.trim_start();
    if let Some(cols) = s.strip_prefix('(') {
        let Some((_, after)) = cols.split_once(')') else {
            return false;
        };
        s = after.trim_start();
    }
    if !starts_with_word(s, "as") {
        return false;
    }
    s = s["as".len()..].trim_start();
    if starts_with_word(s, "not") {
        s = s["not".len()..].trim_start();
    }
    if starts_with_word(s, "materialized") {
        s = s["materialized".len()..].trim_start();
    }
    s.starts_with('(')
}

/// Skips an identifier (plain, `"quoted"`, `` `quoted` `` or `[quoted]`); the rest.
fn skip_ident(s: &str) -> Option<&str> {
    for (open, close) in [('"', '"'), ('`', '`'), ('[', ']')] {
        if let Some(inner) = s.strip_prefix(open) {
            return inner.split_once(close).map(|(_, after)| after);
        }
    }
    let len: usize = s
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .map(char::len_utf8)
        .sum();
    (len > 0).then(|| &s[len..])
}

/// Where a query starting at `start` ends (exclusive): the first `;` outside quotes and
/// comments, a blank line, a fence, a line of prose, the closing backtick of inline code,
/// or the end of the text. Only ever returns positions of ASCII bytes or the length.
fn scan_end(b: &[u8], start: usize, inline: bool) -> usize {
    let n = b.len();
    let mut i = start;
    while i < n {
        match b[i] {
            b'\'' | b'"' => i = skip_quoted(b, i),
            b'`' if inline || b[i..].starts_with(b"```") => return i,
            b'`' => i = skip_quoted(b, i),
            b';' => return i,
            b'.' if sentence_ends(b, i) => return i,
            b'-' if b.get(i + 1) == Some(&b'-') => {
                i = b[i..].iter().position(|&c| c == b'\n').map_or(n, |p| i + p);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = b[i + 2..]
                    .windows(2)
                    .position(|w| w == b"*/")
                    .map_or(n, |p| i + 2 + p + 2);
            }
            b'\n' => {
                let line_end = b[i + 1..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(n, |p| i + 1 + p);
                let line = String::from_utf8_lossy(&b[i + 1..line_end]);
                let line = line.trim();
                if line.is_empty() || line.starts_with("```") || looks_like_prose(line) {
                    return i;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    n
}

/// Whether the `.` at `i` ends a sentence: it is last, or whitespace and a capitalised word
/// that is not an SQL keyword follow ("... FROM orders. It counts them").
fn sentence_ends(b: &[u8], i: usize) -> bool {
    let rest = &b[i + 1..];
    if rest.is_empty() {
        return true;
    }
    if !rest[0].is_ascii_whitespace() {
        return false;
    }
    let after = rest.iter().position(|c| !c.is_ascii_whitespace());
    let Some(p) = after else {
        return true;
    };
    let word: Vec<u8> = rest[p..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .copied()
        .collect();
    let capitalised = word.first().is_some_and(u8::is_ascii_uppercase)
        && word[1..].iter().all(u8::is_ascii_lowercase);
    capitalised
        && !SQL_LINE_WORDS
            .iter()
            .any(|k| k.as_bytes().eq_ignore_ascii_case(&word))
}

/// The index after the quoted run starting at `i` (the text's end when unterminated).
/// A doubled quote ends one run and starts the next, which is the same thing.
fn skip_quoted(b: &[u8], i: usize) -> usize {
    let quote = b[i];
    b[i + 1..]
        .iter()
        .position(|&c| c == quote)
        .map_or(b.len(), |p| i + 1 + p + 1)
}

/// A trimmed line that reads as prose, not SQL: markdown headings or emphasis, or a
/// capitalised non-keyword first word with sentence punctuation or four plain words.
fn looks_like_prose(line: &str) -> bool {
    if line.starts_with('#') || line.starts_with("**") {
        return true;
    }
    let Some(first) = line.split_whitespace().next() else {
        return false;
    };
    let word = first.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
    let mut chars = word.chars();
    let capitalised = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_lowercase());
    if !capitalised || SQL_LINE_WORDS.contains(&word.to_ascii_lowercase().as_str()) {
        return false;
    }
    let words = line.split_whitespace().count();
    let sentence_end = line.ends_with(['.', '!', '?', ':']);
    let sql_punctuation = line.contains(['=', '(', ')', ',', '<', '>', '\'', '"', '*', ';']);
    (sentence_end && words >= 2) || (words >= 4 && !sql_punctuation)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn x(text: &str) -> Option<String> {
        extract_sql(text)
    }

    #[test]
    fn sql_fence() {
        let t = "Here you go:\n```sql\nSELECT name\nFROM users\nWHERE id = 1;\n```\nThis returns the name.";
        assert_eq!(
            x(t).as_deref(),
            Some("SELECT name\nFROM users\nWHERE id = 1")
        );
    }

    #[test]
    fn sql_fence_other_tags_and_case() {
        assert_eq!(
            x("```PostgreSQL\nselect 1 from t\n```").as_deref(),
            Some("select 1 from t")
        );
        assert_eq!(x("```sqlite\nSELECT 2;;\n```").as_deref(), Some("SELECT 2"));
    }

    #[test]
    fn plain_fence() {
        assert_eq!(
            x("The query:\n```\nSELECT count(*) FROM orders;\n```").as_deref(),
            Some("SELECT count(*) FROM orders")
        );
        assert_eq!(
            x("```\n-- top 5\nWITH t AS (SELECT 1) SELECT * FROM t\n```").as_deref(),
            Some("-- top 5\nWITH t AS (SELECT 1) SELECT * FROM t")
        );
    }

    #[test]
    fn sql_fence_preferred_over_other_fences() {
        let t = "```text\nnot sql\n```\n```python\nprint(1)\n```\n```sql\nSELECT a FROM b\n```";
        assert_eq!(x(t).as_deref(), Some("SELECT a FROM b"));
    }

    #[test]
    fn sloppy_fences() {
        assert_eq!(
            x("```sql SELECT 1 FROM t```").as_deref(),
            Some("SELECT 1 FROM t")
        );
        assert_eq!(
            x("```sql\nSELECT a\nFROM t;```").as_deref(),
            Some("SELECT a\nFROM t")
        );
        assert_eq!(
            x("```SELECT a FROM t\n```").as_deref(),
            Some("SELECT a FROM t")
        );
        // Unterminated (the model ran out of tokens): the rest is taken.
        assert_eq!(
            x("```sql\nSELECT a FROM t").as_deref(),
            Some("SELECT a FROM t")
        );
        assert_eq!(
            x("````sql\nSELECT a FROM t\n````").as_deref(),
            Some("SELECT a FROM t")
        );
    }

    #[test]
    fn fence_with_only_comments_is_no_sql() {
        assert_eq!(x("```sql\n-- I cannot answer that\n```"), None);
        assert_eq!(x("```\nI cannot answer that\n```"), None);
    }

    #[test]
    fn bare() {
        assert_eq!(
            x("SELECT * FROM users;").as_deref(),
            Some("SELECT * FROM users")
        );
        assert_eq!(
            x("  select id from t  \n").as_deref(),
            Some("select id from t")
        );
        assert_eq!(x("SELECT 1").as_deref(), Some("SELECT 1"));
        assert_eq!(
            x("WITH recent AS (\n  SELECT * FROM orders\n)\nSELECT count(*) FROM recent;")
                .as_deref(),
            Some("WITH recent AS (\n  SELECT * FROM orders\n)\nSELECT count(*) FROM recent")
        );
        assert_eq!(
            x("(SELECT a FROM t) UNION (SELECT a FROM u)").as_deref(),
            Some("(SELECT a FROM t) UNION (SELECT a FROM u)")
        );
    }

    #[test]
    fn after_prose() {
        assert_eq!(
            x("Here is the query: SELECT name FROM users WHERE age > 30;").as_deref(),
            Some("SELECT name FROM users WHERE age > 30")
        );
        assert_eq!(
            x("Sure! To find the customers, run:\n\nSELECT c.name\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\n\nThis joins the two tables.").as_deref(),
            Some("SELECT c.name\nFROM customers c\nJOIN orders o ON o.customer_id = c.id")
        );
        assert_eq!(
            x("The answer is SELECT COUNT(*) FROM orders. It counts the orders.").as_deref(),
            Some("SELECT COUNT(*) FROM orders")
        );
        assert_eq!(
            x("Query: SELECT o.id FROM orders o.").as_deref(),
            Some("SELECT o.id FROM orders o")
        );
        assert_eq!(
            x("**Query:** select id from t").as_deref(),
            Some("select id from t")
        );
    }

    #[test]
    fn inline_code() {
        assert_eq!(
            x("Run `SELECT id FROM users` to list them.").as_deref(),
            Some("SELECT id FROM users")
        );
    }

    #[test]
    fn stops_before_prose_line() {
        assert_eq!(
            x("SELECT name\nFROM users\nThis query returns every user's name.").as_deref(),
            Some("SELECT name\nFROM users")
        );
        assert_eq!(
            x("SELECT name FROM users\n## Explanation\nIt lists names").as_deref(),
            Some("SELECT name FROM users")
        );
    }

    #[test]
    fn semicolons_in_strings_and_comments() {
        assert_eq!(
            x("SELECT 'a;b' AS s FROM t -- note; here\nWHERE x = 1; DROP TABLE t").as_deref(),
            Some("SELECT 'a;b' AS s FROM t -- note; here\nWHERE x = 1")
        );
        assert_eq!(
            x("SELECT 'it''s; fine' FROM t;").as_deref(),
            Some("SELECT 'it''s; fine' FROM t")
        );
    }

    #[test]
    fn no_sql() {
        for t in [
            "",
            "   ",
            "I cannot answer that.",
            "I cannot answer that: the schema has no table for invoices.",
            "Sorry, I can't select that data from the database.",
            "Select a different question, please.",
            "Use a SELECT statement with a WHERE clause.",
            "With pleasure, but the schema lacks that information.",
            "with the given schema this cannot be answered",
            "<think>SELECT * FROM users</think>I cannot answer that.",
            "```\nno query here\n```",
        ] {
            assert_eq!(x(t), None, "{t:?}");
        }
    }

    #[test]
    fn pathological_answers_stay_fast() {
        let started = std::time::Instant::now();
        assert!(x(&"SELECT ".repeat(100_000)).is_some());
        assert!(x(&"a SELECT b ".repeat(100_000)).is_none());
        assert!(x(&"Select with ".repeat(100_000)).is_none());
        // Many prose "with"s before the query do not use up the scan budget.
        let long = format!("{}\nSELECT a FROM t", "done with it; ".repeat(10_000));
        assert_eq!(x(&long).as_deref(), Some("SELECT a FROM t"));
        let _ = x(&"```\n".repeat(100_000));
        let _ = x(&"'".repeat(300_000));
        // Quadratic scanning of these inputs takes minutes; a debug build on a loaded
        // machine takes seconds, so the bound is far from both.
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
    }

    #[test]
    fn think_blocks_are_ignored() {
        assert_eq!(
            x("<think>maybe SELECT * FROM a?</think>\n```sql\nSELECT b FROM c\n```").as_deref(),
            Some("SELECT b FROM c")
        );
        assert_eq!(x("<think>SELECT a FROM b"), None);
    }

    #[test]
    fn unicode_around_sql() {
        assert_eq!(
            x("Voilà la requête : SELECT nom FROM clients — fin").as_deref(),
            Some("SELECT nom FROM clients — fin")
        );
        assert_eq!(x("ééé SELECT").as_deref(), None);
        assert_eq!(x("SELECTé"), None);
        assert_eq!(x("SELECT é").as_deref(), Some("SELECT é"));
        assert_eq!(x("SELECT é FROM ü").as_deref(), Some("SELECT é FROM ü"));
    }
}
