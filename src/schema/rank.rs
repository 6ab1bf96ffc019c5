//! Relevant-table ranking for a question (filled in by the agent issue).
