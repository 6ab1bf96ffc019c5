//! Query memory: successful (question, SQL) pairs, per tenant AND per target (and per
//! `schema_name`), so one tenant's pairs never answer, or show up as examples for, another
//! tenant's questions, even on the same database.
//!
//! Owns: the [`QueryMemory`] trait (pluggable like the session store: in memory now, a shared
//! store later) and [`InMemoryMemory`]. Used by the agent (recall before any engine call,
//! examples for LLM engines, remember after a success) and by `POST /feedback`.
//! Bounds: at most [`MAX_PAIRS_PER_SCOPE`] pairs per scope (the oldest go first) and
//! [`MAX_SCOPES`] scopes (the least recently written scope goes first).
//! Concurrency: one `std::sync::Mutex` held for map operations only, never across an await.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use async_trait::async_trait;

use super::engine::Example;

pub const MAX_PAIRS_PER_SCOPE: usize = 1000;
pub const MAX_SCOPES: usize = 10_000;

/// Whose pairs: a tenant on a target (pool key, which includes the credential), within a
/// namespace when the question was limited to one.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MemoryScope {
    pub tenant: String,
    pub target: String,
    pub namespace: Option<String>,
}

#[async_trait]
pub trait QueryMemory: Send + Sync {
    /// The SQL remembered for this question (normalised: case, spaces, end punctuation).
    async fn recall(&self, scope: &MemoryScope, question: &str) -> Option<String>;
    /// The `k` pairs whose questions are most similar (word overlap, Jaccard), best first.
    async fn similar(&self, scope: &MemoryScope, question: &str, k: usize) -> Vec<Example>;
    async fn remember(&self, scope: &MemoryScope, question: &str, sql: &str);
    /// Forgets the pair of this question (only when it holds `sql`, if given). How many went.
    async fn forget(&self, scope: &MemoryScope, question: &str, sql: Option<&str>) -> usize;
}

/// A question as memory compares it: lower case, single spaces, no end punctuation.
pub fn normalize(question: &str) -> String {
    let q = question
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    q.trim_end_matches(['?', '.', '!', ';', ' ']).to_string()
}

fn words(question: &str) -> HashSet<String> {
    question
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f32 {
    let inter = a.intersection(b).count();
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f32 / union as f32
    }
}

struct Pair {
    question: String,
    sql: String,
    words: HashSet<String>,
    seq: u64,
}

#[derive(Default)]
struct Scoped {
    pairs: HashMap<String, Pair>,
    touched: u64,
}

#[derive(Default)]
struct Inner {
    scopes: HashMap<MemoryScope, Scoped>,
    seq: u64,
}

/// The in-process store.
#[derive(Default)]
pub struct InMemoryMemory {
    inner: Mutex<Inner>,
}

impl InMemoryMemory {
    pub fn new() -> InMemoryMemory {
        InMemoryMemory::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        match self.inner.lock() {
            Ok(g) => g,
            // A panic elsewhere cannot leave a pair half-written: the map is still usable.
            Err(p) => p.into_inner(),
        }
    }
}

#[async_trait]
impl QueryMemory for InMemoryMemory {
    async fn recall(&self, scope: &MemoryScope, question: &str) -> Option<String> {
        let g = self.lock();
        g.scopes
            .get(scope)?
            .pairs
            .get(&normalize(question))
            .map(|p| p.sql.clone())
    }

    async fn similar(&self, scope: &MemoryScope, question: &str, k: usize) -> Vec<Example> {
        let g = self.lock();
        let Some(s) = g.scopes.get(scope) else {
            return Vec::new();
        };
        let q = words(question);
        let mut scored: Vec<(f32, u64, &Pair)> = s
            .pairs
            .values()
            .map(|p| (jaccard(&q, &p.words), p.seq, p))
            .filter(|(score, _, _)| *score > 0.0)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)));
        scored
            .into_iter()
            .take(k)
            .map(|(_, _, p)| Example {
                question: p.question.clone(),
                sql: p.sql.clone(),
            })
            .collect()
    }

    async fn remember(&self, scope: &MemoryScope, question: &str, sql: &str) {
        let mut g = self.lock();
        g.seq += 1;
        let seq = g.seq;
        if !g.scopes.contains_key(scope) && g.scopes.len() >= MAX_SCOPES {
            if let Some(oldest) = g
                .scopes
                .iter()
                .min_by_key(|(_, s)| s.touched)
                .map(|(k, _)| k.clone())
            {
                g.scopes.remove(&oldest);
            }
        }
        let s = g.scopes.entry(scope.clone()).or_default();
        s.touched = seq;
        let key = normalize(question);
        if !s.pairs.contains_key(&key) && s.pairs.len() >= MAX_PAIRS_PER_SCOPE {
            if let Some(oldest) = s
                .pairs
                .iter()
                .min_by_key(|(_, p)| p.seq)
                .map(|(k, _)| k.clone())
            {
                s.pairs.remove(&oldest);
            }
        }
        s.pairs.insert(
            key,
            Pair {
                question: question.trim().to_string(),
                sql: sql.trim().to_string(),
                words: words(question),
                seq,
            },
        );
    }

    async fn forget(&self, scope: &MemoryScope, question: &str, sql: Option<&str>) -> usize {
        let mut g = self.lock();
        let Some(s) = g.scopes.get_mut(scope) else {
            return 0;
        };
        let key = normalize(question);
        let matches = s
            .pairs
            .get(&key)
            .is_some_and(|p| sql.is_none_or(|q| same_sql(&p.sql, q)));
        if matches {
            s.pairs.remove(&key);
            1
        } else {
            0
        }
    }
}

/// SQL compared loosely: whitespace and a trailing `;` do not matter.
fn same_sql(a: &str, b: &str) -> bool {
    let n = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .trim_end_matches(';')
            .trim()
            .to_lowercase()
    };
    n(a) == n(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope(t: &str) -> MemoryScope {
        MemoryScope {
            tenant: t.into(),
            target: "pg".into(),
            namespace: None,
        }
    }

    #[tokio::test]
    async fn tenants_are_apart_and_similarity_ranks() {
        let m = InMemoryMemory::new();
        m.remember(
            &scope("a"),
            "How many orders?",
            "SELECT count(*) FROM orders",
        )
        .await;
        m.remember(&scope("a"), "List customers", "SELECT * FROM customers")
            .await;
        assert!(m.recall(&scope("a"), "how many  ORDERS").await.is_some());
        assert!(m.recall(&scope("b"), "how many orders?").await.is_none());
        assert!(m
            .similar(&scope("b"), "how many orders", 3)
            .await
            .is_empty());
        let ex = m.similar(&scope("a"), "how many orders last year", 1).await;
        assert_eq!(ex[0].sql, "SELECT count(*) FROM orders");
        assert_eq!(
            m.forget(&scope("a"), "how many orders", Some("SELECT 1"))
                .await,
            0
        );
        assert_eq!(
            m.forget(
                &scope("a"),
                "how many orders",
                Some("select count(*)  FROM orders;")
            )
            .await,
            1
        );
        assert!(m.recall(&scope("a"), "how many orders?").await.is_none());
    }
}
