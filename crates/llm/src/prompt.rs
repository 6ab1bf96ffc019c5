//! What the agent sends: a system text and a conversation.

use serde::{Deserialize, Serialize};

/// Who said a message of the conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    User,
    Assistant,
}

impl Role {
    /// The role's name on the wire (`"user"`, `"assistant"`), the same for both providers.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::Assistant => "assistant",
        }
    }
}

/// One message of the conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub role: Role,
    pub content: String,
}

impl Message {
    pub fn user(content: impl Into<String>) -> Self {
        Message {
            role: Role::User,
            content: content.into(),
        }
    }

    pub fn assistant(content: impl Into<String>) -> Self {
        Message {
            role: Role::Assistant,
            content: content.into(),
        }
    }
}

/// A prompt: the system text (instructions, schema context) and the conversation, e.g.
/// few-shot examples as user/assistant pairs, then earlier failed attempts (assistant: the
/// SQL; user: the error), then the question. The last message should be the user's.
///
/// An empty `system` is not sent. The Anthropic API wants the conversation to start with a
/// user message and roles to alternate; building it that way is the agent's job.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Prompt {
    pub system: String,
    pub messages: Vec<Message>,
}

impl Prompt {
    /// A system text and one user message.
    pub fn single(system: impl Into<String>, user: impl Into<String>) -> Self {
        Prompt {
            system: system.into(),
            messages: vec![Message::user(user)],
        }
    }
}
