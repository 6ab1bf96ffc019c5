//! The builtin engine: [`quarry_nl`] behind the [`Engine`] trait.

use async_trait::async_trait;

use super::engine::{Engine, EngineError, EngineRequest, Generated};

/// Deterministic: the same question and schema always give the same SQL, so after one of its
/// attempts failed it answers [`Generated::NothingNew`].
pub struct BuiltinEngine {
    threshold: f32,
}

impl BuiltinEngine {
    pub const NAME: &'static str = "builtin";

    pub fn new(threshold: f32) -> BuiltinEngine {
        BuiltinEngine { threshold }
    }
}

#[async_trait]
impl Engine for BuiltinEngine {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn deterministic(&self) -> bool {
        true
    }

    async fn generate(&self, req: &EngineRequest<'_>) -> Result<Generated, EngineError> {
        if req.previous.iter().any(|p| p.engine == Self::NAME) {
            return Ok(Generated::NothingNew);
        }
        Ok(match req.index.translate(req.question, req.dialect) {
            Ok(a) if a.confidence >= self.threshold => Generated::Sql {
                sql: a.sql,
                explanation: Some(a.explanation),
                usage: None,
            },
            Ok(a) => Generated::NoSql {
                reason: format!(
                    "builtin engine not confident enough ({:.2} < {:.2})",
                    a.confidence, self.threshold
                ),
                usage: None,
            },
            Err(e) => Generated::NoSql {
                reason: e.reason,
                usage: None,
            },
        })
    }
}
