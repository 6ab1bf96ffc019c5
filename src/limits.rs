//! Per-tenant limits: a request rate limit, a session cap and a cap on connection checkouts in
//! flight, so one tenant cannot starve the others.
//!
//! Owns: the keyed rate limiter (`governor`, GCRA, one cell per tenant), the per-tenant
//! checkout semaphores, and the axum middleware [`rate_limit`]. Must not: know about pools
//! (the connection cap is a permit held next to the pool guard, so `pool` stays tenant-blind).
//! Entry points: [`rate_limit`] (layer on the API routes), [`Limits::check_sessions`] (connect,
//! before creating a session), [`Limits::checkout_permit`] (before every pool checkout; keep
//! the returned [`CheckoutPermit`] as long as the connection guard).
//! Concurrency: lock-free rate cells; one `Semaphore` per tenant in a `DashMap`; permits are
//! taken with `try_acquire` (a tenant at its cap gets 429 now, it never waits).
//! Failure model: 429 `rate_limited` with `Retry-After` (seconds, at least 1); 429
//! `quota_exceeded` for the session and connection caps. The session cap is checked against
//! the store's count before connecting, so concurrent connects of one tenant may pass it by
//! the number racing at that moment.
//! Config keys: `limits.requests_per_second`, `limits.burst`, `limits.sessions_per_tenant`,
//! `limits.connections_per_tenant` (0 = no limit each).

use std::num::NonZeroU32;
use std::sync::Arc;

use axum::extract::{FromRequestParts, MatchedPath, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use dashmap::DashMap;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::api::error::ApiError;
use crate::api::extract::Caller;
use crate::config::LimitsConfig;
use crate::session::{SessionManager, TenantId};
use crate::state::AppState;

pub struct Limits {
    rate: Option<DefaultKeyedRateLimiter<TenantId>>,
    sessions_per_tenant: usize,
    connections_per_tenant: usize,
    checkouts: DashMap<TenantId, Arc<Semaphore>>,
}

/// A tenant's share of its connection cap; dropping it frees the slot. Empty when there is no
/// cap.
#[derive(Debug)]
pub struct CheckoutPermit(#[allow(dead_code)] Option<OwnedSemaphorePermit>);

fn quota_exceeded(detail: String) -> ApiError {
    ApiError::new(StatusCode::TOO_MANY_REQUESTS, "quota_exceeded", detail)
}

impl Limits {
    pub fn new(cfg: &LimitsConfig) -> Limits {
        let rate = NonZeroU32::new(cfg.requests_per_second).map(|rps| {
            // No burst configured: allow one second's worth at once.
            let burst = NonZeroU32::new(cfg.burst).unwrap_or(rps);
            RateLimiter::keyed(Quota::per_second(rps).allow_burst(burst))
        });
        Limits {
            rate,
            sessions_per_tenant: cfg.sessions_per_tenant,
            connections_per_tenant: cfg.connections_per_tenant,
            checkouts: DashMap::new(),
        }
    }

    /// Takes one request from the tenant's budget, or says how long to wait.
    /// Whether a request rate is set at all (`limits.requests_per_second`).
    pub fn rate_limited(&self) -> bool {
        self.rate.is_some()
    }

    pub fn check_rate(&self, tenant: &TenantId) -> Result<(), ApiError> {
        let Some(limiter) = &self.rate else {
            return Ok(());
        };
        match limiter.check_key(tenant) {
            Ok(()) => Ok(()),
            Err(not_until) => {
                let wait = not_until.wait_time_from(DefaultClock::default().now());
                // Round up: a client that waits the advertised seconds must get through.
                let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
                let mut e = ApiError::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    "rate_limited",
                    format!(
                        "too many requests for this tenant (limits.requests_per_second); retry in {} s",
                        secs.max(1)
                    ),
                );
                e.retry_after = Some(secs.max(1));
                Err(e)
            }
        }
    }

    /// Refuses a new session when the tenant already has `limits.sessions_per_tenant`.
    pub async fn check_sessions(
        &self,
        sessions: &SessionManager,
        tenant: &TenantId,
    ) -> Result<(), ApiError> {
        let cap = self.sessions_per_tenant;
        if cap == 0 {
            return Ok(());
        }
        if sessions.count_for_tenant(tenant).await? >= cap {
            return Err(quota_exceeded(format!(
                "this tenant already has {cap} sessions (limits.sessions_per_tenant); end one with DELETE /api/v1/sessions/{{id}}"
            )));
        }
        Ok(())
    }

    /// A slot for one connection checkout of `tenant`, or 429 when it has
    /// `limits.connections_per_tenant` in flight.
    pub fn checkout_permit(&self, tenant: &TenantId) -> Result<CheckoutPermit, ApiError> {
        let cap = self.connections_per_tenant;
        if cap == 0 {
            return Ok(CheckoutPermit(None));
        }
        let sem = self
            .checkouts
            .entry(tenant.clone())
            .or_insert_with(|| Arc::new(Semaphore::new(cap)))
            .clone();
        sem.try_acquire_owned()
            .map(|p| CheckoutPermit(Some(p)))
            .map_err(|_| {
                quota_exceeded(format!(
                    "this tenant already has {cap} connections in use (limits.connections_per_tenant); retry when a request finishes"
                ))
            })
    }
}

/// Axum middleware: authenticates the caller (the `Caller` it stores is reused by the handler)
/// and spends one request of its tenant's budget. Health and readiness probes are not counted;
/// requests that fail authentication pass through to get their 401 from the handler.
pub async fn rate_limit(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if state.limits.rate.is_none() {
        return next.run(req).await;
    }
    let probe = req
        .extensions()
        .get::<MatchedPath>()
        .is_some_and(|p| p.as_str().ends_with("/health") || p.as_str().ends_with("/ready"));
    if probe {
        return next.run(req).await;
    }
    let (mut parts, body) = req.into_parts();
    if let Ok(caller) = Caller::from_request_parts(&mut parts, &state).await {
        if let Err(e) = state.limits.check_rate(&caller.tenant) {
            return e.into_response();
        }
    }
    next.run(Request::from_parts(parts, body)).await
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn rate_limit_is_per_tenant_with_retry_after() {
        let l = Limits::new(&LimitsConfig {
            requests_per_second: 1,
            burst: 2,
            ..Default::default()
        });
        let a = TenantId::new("a");
        let b = TenantId::new("b");
        l.check_rate(&a).unwrap();
        l.check_rate(&a).unwrap();
        let e = l.check_rate(&a).unwrap_err();
        assert_eq!(e.status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(e.code, "rate_limited");
        assert_eq!(e.retry_after, Some(1));
        l.check_rate(&b).unwrap();
    }

    #[test]
    fn checkout_permits_cap_and_free() {
        let l = Limits::new(&LimitsConfig {
            connections_per_tenant: 2,
            ..Default::default()
        });
        let a = TenantId::new("a");
        let p1 = l.checkout_permit(&a).unwrap();
        let _p2 = l.checkout_permit(&a).unwrap();
        assert_eq!(l.checkout_permit(&a).unwrap_err().code, "quota_exceeded");
        l.checkout_permit(&TenantId::new("b")).unwrap();
        drop(p1);
        l.checkout_permit(&a).unwrap();
    }

    #[test]
    fn zero_means_off() {
        let l = Limits::new(&LimitsConfig::default());
        let a = TenantId::new("a");
        for _ in 0..100 {
            l.check_rate(&a).unwrap();
            std::mem::forget(l.checkout_permit(&a).unwrap());
        }
    }
}
