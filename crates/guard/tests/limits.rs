//! The guard must not take the process down on long or deeply nested input: it runs on async
//! worker threads with 2 MiB stacks, where a stack overflow aborts every request at once.

use quarry_guard::{check, with_limit, GuardError, MAX_TOKENS};
use quarry_model::Dialect;

/// Runs `check` on a thread with a tokio worker's default stack.
fn check_on_small_stack(sql: String, d: Dialect) -> Result<(), GuardError> {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || check(&sql, d).map(|_| ()))
        .expect("spawn a thread")
        .join()
        .expect("check must not crash the thread")
}

#[test]
fn long_operator_chains_up_to_the_token_limit_do_not_overflow_the_stack() {
    // Each chain nests one tree level per repetition, outside the parser's recursion limit.
    let half = MAX_TOKENS / 2 - 2;
    let third = MAX_TOKENS / 3 - 2;
    let chains = [
        format!("SELECT 1{}", "+1".repeat(half)),
        format!("SELECT 'a'{}", "||'a'".repeat(half)),
        format!("SELECT 1{}", " IS NULL".repeat(half)),
        format!("SELECT x{}", "::int".repeat(half)),
        format!("SELECT x{}", "->'a'".repeat(half)),
        format!("SELECT x{}", "[1]".repeat(third)),
        format!("SELECT 1{}", " UNION SELECT 1".repeat(third)),
        format!("SELECT 1 WHERE true{}", " OR x".repeat(half)),
    ];
    for sql in chains {
        let head: String = sql.chars().take(30).collect();
        assert_eq!(
            check_on_small_stack(sql, Dialect::Postgres),
            Ok(()),
            "{head}..."
        );
    }
}

#[test]
fn deep_parentheses_are_refused_by_the_parsers_recursion_limit() {
    let sql = format!("SELECT {}1{}", "(".repeat(3000), ")".repeat(3000));
    assert!(matches!(
        check_on_small_stack(sql, Dialect::Postgres),
        Err(GuardError::Parse(_))
    ));
}

#[test]
fn statements_over_the_token_limit_are_refused_before_parsing() {
    let sql = format!("SELECT 1{}", "+1".repeat(MAX_TOKENS));
    assert!(matches!(
        check(&sql, Dialect::Mysql),
        Err(GuardError::TooLong(_))
    ));
    assert!(matches!(
        with_limit(&sql, Dialect::Mysql, 1),
        Err(GuardError::TooLong(_))
    ));
    // Whitespace and comments do not count.
    let padded = format!("SELECT 1 {} FROM t", "/* padding */ ".repeat(MAX_TOKENS));
    assert!(check(&padded, Dialect::Sqlite).is_ok());
}

#[test]
fn a_long_in_list_is_fine() {
    let list: Vec<String> = (0..3000).map(|i| i.to_string()).collect();
    let sql = format!("SELECT * FROM t WHERE id IN ({})", list.join(", "));
    assert_eq!(check_on_small_stack(sql, Dialect::Postgres), Ok(()));
}
