//! The serde types of both wire formats (only the fields quarry uses; unknown fields in
//! answers are ignored).

use serde::{Deserialize, Serialize};

/// OpenAI-compatible `POST {base_url}/chat/completions`.
pub mod openai {
    use super::*;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub struct ChatRequest {
        pub model: String,
        pub messages: Vec<ChatMessage>,
        pub temperature: f32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub max_tokens: Option<u32>,
    }

    /// A message; `role` is `"system"`, `"user"` or `"assistant"`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct ChatMessage {
        pub role: String,
        pub content: String,
    }

    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct ChatResponse {
        pub choices: Vec<ChatChoice>,
        /// Left out by some compatible servers; then the token counts are 0.
        #[serde(default)]
        pub usage: Option<ChatUsage>,
    }

    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct ChatChoice {
        pub message: ChatReply,
        #[serde(default)]
        pub finish_reason: Option<String>,
    }

    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct ChatReply {
        #[serde(default)]
        pub role: Option<String>,
        /// `null` for refusals and tool calls.
        #[serde(default)]
        pub content: Option<String>,
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    pub struct ChatUsage {
        #[serde(default)]
        pub prompt_tokens: u64,
        #[serde(default)]
        pub completion_tokens: u64,
    }
}

/// Anthropic `POST {base_url}/v1/messages`.
pub mod anthropic {
    use super::*;

    /// The `anthropic-version` header value sent with every request.
    pub const API_VERSION: &str = "2023-06-01";

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub struct MessagesRequest {
        pub model: String,
        pub max_tokens: u32,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        pub system: String,
        pub messages: Vec<Message>,
        pub temperature: f32,
    }

    /// A message; `role` is `"user"` or `"assistant"`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Message {
        pub role: String,
        pub content: String,
    }

    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct MessagesResponse {
        pub content: Vec<ContentBlock>,
        pub usage: Usage,
        #[serde(default)]
        pub stop_reason: Option<String>,
    }

    /// A content block; only `type: "text"` blocks carry text.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct ContentBlock {
        #[serde(rename = "type")]
        pub kind: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub text: Option<String>,
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Usage {
        pub input_tokens: u64,
        pub output_tokens: u64,
    }
}
