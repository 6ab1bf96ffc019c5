//! quarry: ask your database questions in plain language, safely and fast.
//!
//! The map (DESIGN.md has the whole picture). One question travels:
//! `api` (parse, authenticate) -> `session` (session id -> target) -> `pool` (target ->
//! pooled connection, held by a guard) -> `schema` (cached schema of the target) -> `agent`
//! (engine -> SQL -> guard -> execute, retrying with the error) -> `api` (rows as JSON).
//!
//! - [`config`]: typed settings from file + `QUARRY_*` env.
//! - [`api`]: routes, errors -> status codes, OpenAPI.
//! - [`session`]: sessions, their store and expiry.
//! - [`pool`]: one pool per target fingerprint, global budget, eviction, stats.
//! - [`db`]: drivers, typed rows -> JSON.
//! - [`schema`]: introspection cache, relevant tables.
//! - [`agent`]: the SQL agent and its engines.
//! - [`demo`]: the bundled demo database.
//! - [`docker`]: where a database in a Docker container is reached (`use_docker`).
//! - [`web`]: the embedded UI.
//! - [`policy`]: which hosts and ports connect may reach (SSRF defence).
//! - [`limits`]: per-tenant rate limit, session and connection caps.
//! - [`audit`]: one JSON line per executed statement.
//! - [`app`], [`state`], [`metrics`]: wiring.

pub mod agent;
pub mod api;
pub mod app;
pub mod audit;
pub mod bench;
pub mod config;
pub mod db;
pub mod demo;
pub mod docker;
pub mod limits;
pub mod metrics;
pub mod policy;
pub mod pool;
pub mod schema;
pub mod session;
pub mod state;
pub mod web;
