//! The connect policy: which hosts and ports `POST /database/connect` may reach, against
//! server-side request forgery (a user asking quarry to connect to the cloud metadata service,
//! or to an internal service that is not theirs).
//!
//! Owns: parsing `[connect] allow` / `deny` rules, the built-in denials, and [`ConnectPolicy::
//! check`], which resolves the host, checks EVERY resolved address and returns the one address
//! to connect to. The caller pins the target to that address, so DNS rebinding (one answer for
//! the check, another for the connect) cannot pass the check and then connect elsewhere.
//! Must not: open connections, or apply to SQLite (that has `sqlite.allowed_dirs`) or to
//! `default_database.url` (the operator's own setting, not a user's request).
//!
//! Rules: `"host"`, `"*.example.com"`, `"10.0.0.0/8"`, `"fd00::/8"`, `"192.0.2.7"` or `"*"`, each
//! optionally followed by a space and a port or port range (`"10.0.0.0/8 5432"`, `"* 1-1023"`).
//! The built-in denials always apply; `deny` adds to them; a non-empty `allow` admits only what
//! it lists. Loopback and private ranges are allowed by default (people run their databases
//! there). IPv4-mapped IPv6 addresses (`::ffff:169.254.169.254`) are checked as IPv4.
//! Failure model: [`PolicyError::Denied`] names the address and the rule (-> 403
//! `target_denied`); [`PolicyError::Resolve`] is a name that does not resolve in time (-> 400
//! `connect_failed`). Config keys: `connect.allow`, `connect.deny`.

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;
use std::time::Duration;

use ipnet::IpNet;

use crate::config::ConnectConfig;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    /// The target is refused; the message names the address and the rule.
    #[error("{0}")]
    Denied(String),
    /// The host name did not resolve (or not in time).
    #[error("{0}")]
    Resolve(String),
}

/// A rule that did not parse; the message names the config key and the entry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{key}: `{entry}` is not a rule like \"10.0.0.0/8\", \"db.example.com 5432\" or \"* 1-1023\" ({why})")]
pub struct RuleError {
    pub key: &'static str,
    pub entry: String,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Addr {
    /// `*`: every address.
    Any,
    Net(IpNet),
    /// A host name, lower case without a trailing dot; matched against the name the caller gave.
    Host(String),
    /// `*.example.com`: any name under `example.com` (not `example.com` itself).
    Suffix(String),
}

/// One parsed `connect.allow` / `connect.deny` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    addr: Addr,
    ports: Option<(u16, u16)>,
    text: String,
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for Rule {
    type Err = String;

    fn from_str(s: &str) -> Result<Rule, String> {
        let mut parts = s.split_whitespace();
        let host = parts.next().ok_or("the entry is empty")?;
        let ports = match parts.next() {
            None => None,
            Some(p) => Some(parse_ports(p)?),
        };
        if parts.next().is_some() {
            return Err("expected at most a host and a port or port range".into());
        }
        let addr = if host == "*" {
            Addr::Any
        } else if let Ok(net) = host.parse::<IpNet>() {
            // `10.1.2.3/8` is accepted as the network it names (10.0.0.0/8).
            Addr::Net(net.trunc())
        } else if let Ok(ip) = host
            .trim_matches(|c| c == '[' || c == ']')
            .parse::<IpAddr>()
        {
            Addr::Net(IpNet::from(canonical(ip)))
        } else if host.contains('/') {
            return Err(format!(
                "`{host}` is not a CIDR like 10.0.0.0/8 or fd00::/8"
            ));
        } else if let Some(rest) = host.strip_prefix("*.") {
            Addr::Suffix(host_name(rest)?)
        } else {
            Addr::Host(host_name(host)?)
        };
        let text = s.split_whitespace().collect::<Vec<_>>().join(" ");
        Ok(Rule { addr, ports, text })
    }
}

fn parse_ports(p: &str) -> Result<(u16, u16), String> {
    let port = |s: &str| {
        s.parse::<u16>()
            .map_err(|_| format!("`{s}` is not a port (1-65535)"))
    };
    let (lo, hi) = match p.split_once('-') {
        Some((a, b)) => (port(a)?, port(b)?),
        None => {
            let n = port(p)?;
            (n, n)
        }
    };
    if lo == 0 || lo > hi {
        return Err(format!("`{p}` is not a port range like 1-1023"));
    }
    Ok((lo, hi))
}

fn host_name(h: &str) -> Result<String, String> {
    let h = h.trim_end_matches('.').to_ascii_lowercase();
    let ok = !h.is_empty()
        && h.len() <= 253
        && h.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        });
    if ok {
        Ok(h)
    } else {
        Err(format!(
            "`{h}` is neither an address, a CIDR nor a host name"
        ))
    }
}

/// IPv4-mapped IPv6 addresses are the IPv4 address: `::ffff:169.254.169.254` must not slip
/// past the 169.254.0.0/16 rule.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6
            .to_ipv4_mapped()
            .map(IpAddr::V4)
            .unwrap_or(IpAddr::V6(v6)),
        v4 => v4,
    }
}

impl Rule {
    fn matches(&self, name: &str, ip: IpAddr, port: u16) -> bool {
        if let Some((lo, hi)) = self.ports {
            if port < lo || port > hi {
                return false;
            }
        }
        match &self.addr {
            Addr::Any => true,
            Addr::Net(net) => net.contains(&ip),
            Addr::Host(h) => h == name,
            Addr::Suffix(s) => {
                name.len() > s.len() + 1 && name.ends_with(s.as_str()) && {
                    let cut = name.len() - s.len() - 1;
                    name.as_bytes().get(cut) == Some(&b'.')
                }
            }
        }
    }
}

/// Denied whatever the config says: addresses that are never a user's database and that
/// attackers aim at (the cloud metadata services live in link-local space).
const BUILT_IN: &[(&str, &str)] = &[
    (
        "0.0.0.0/8",
        "\"this network\"; 0.0.0.0 reaches the local host",
    ),
    (
        "169.254.0.0/16",
        "link-local, includes the cloud metadata address 169.254.169.254",
    ),
    ("100.100.100.200/32", "Alibaba Cloud metadata address"),
    ("224.0.0.0/4", "multicast"),
    ("240.0.0.0/4", "reserved"),
    ("255.255.255.255/32", "broadcast"),
    ("::/128", "unspecified address"),
    ("fe80::/10", "IPv6 link-local"),
    ("fd00:ec2::254/128", "AWS IPv6 metadata address"),
    ("ff00::/8", "IPv6 multicast"),
];

/// The parsed policy, built once at start-up.
#[derive(Debug, Clone)]
pub struct ConnectPolicy {
    built_in: Vec<(IpNet, &'static str)>,
    allow: Vec<Rule>,
    deny: Vec<Rule>,
    resolve_timeout: Duration,
}

/// Where to connect: the address every check passed for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pinned {
    pub ip: IpAddr,
}

impl ConnectPolicy {
    pub fn from_config(
        cfg: &ConnectConfig,
        resolve_timeout: Duration,
    ) -> Result<ConnectPolicy, RuleError> {
        let parse = |key: &'static str, list: &[String]| -> Result<Vec<Rule>, RuleError> {
            list.iter()
                .map(|e| {
                    e.parse::<Rule>().map_err(|why| RuleError {
                        key,
                        entry: e.clone(),
                        why,
                    })
                })
                .collect()
        };
        let built_in = BUILT_IN
            .iter()
            .filter_map(|(net, why)| net.parse::<IpNet>().ok().map(|n| (n, *why)))
            .collect();
        Ok(ConnectPolicy {
            built_in,
            allow: parse("connect.allow", &cfg.allow)?,
            deny: parse("connect.deny", &cfg.deny)?,
            resolve_timeout,
        })
    }

    /// Checks one resolved address against the rules; `name` is the host as the caller gave it
    /// (lower case), for host-name rules and the message.
    pub fn check_addr(&self, name: &str, ip: IpAddr, port: u16) -> Result<(), PolicyError> {
        let ip = canonical(ip);
        let shown = if name.parse::<IpAddr>().is_ok() || name.is_empty() {
            SocketAddr::new(ip, port).to_string()
        } else {
            format!("{name} ({})", SocketAddr::new(ip, port))
        };
        if let Some((net, why)) = self.built_in.iter().find(|(n, _)| n.contains(&ip)) {
            return Err(PolicyError::Denied(format!(
                "{shown} is denied by the built-in rule {net} ({why})"
            )));
        }
        if let Some(rule) = self.deny.iter().find(|r| r.matches(name, ip, port)) {
            return Err(PolicyError::Denied(format!(
                "{shown} is denied by the connect.deny rule \"{rule}\""
            )));
        }
        if !self.allow.is_empty() && !self.allow.iter().any(|r| r.matches(name, ip, port)) {
            return Err(PolicyError::Denied(format!(
                "{shown} is not admitted by connect.allow (only: {})",
                self.allow
                    .iter()
                    .map(|r| format!("\"{r}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        Ok(())
    }

    /// Resolves `host` (with a timeout), checks every address it resolves to, and returns the
    /// address to connect to. Refusing when ANY address is denied means a name cannot mix a
    /// harmless address with a denied one and hope the driver picks the denied one.
    pub async fn check(&self, host: &str, port: u16) -> Result<Pinned, PolicyError> {
        let name = host
            .trim()
            .trim_matches(|c| c == '[' || c == ']')
            .trim_end_matches('.')
            .to_ascii_lowercase();
        if let Ok(ip) = name.parse::<IpAddr>() {
            self.check_addr(&name, ip, port)?;
            return Ok(Pinned { ip: canonical(ip) });
        }
        if name.is_empty() || name.starts_with('/') {
            // A Unix socket directory is not a network target; refuse rather than guess.
            return Err(PolicyError::Denied(format!(
                "`{host}` is not a host name or address (Unix sockets are not reachable through connect)"
            )));
        }
        let addrs: Vec<SocketAddr> = match tokio::time::timeout(
            self.resolve_timeout,
            tokio::net::lookup_host((name.as_str(), port)),
        )
        .await
        {
            Ok(Ok(a)) => a.collect(),
            Ok(Err(e)) => {
                return Err(PolicyError::Resolve(format!(
                    "cannot resolve host `{name}`: {e}"
                )))
            }
            Err(_) => {
                return Err(PolicyError::Resolve(format!(
                    "resolving host `{name}` took longer than {:?}",
                    self.resolve_timeout
                )))
            }
        };
        let first = addrs
            .first()
            .ok_or_else(|| PolicyError::Resolve(format!("host `{name}` has no addresses")))?;
        for a in &addrs {
            self.check_addr(&name, a.ip(), port)?;
        }
        Ok(Pinned {
            ip: canonical(first.ip()),
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn policy(allow: &[&str], deny: &[&str]) -> ConnectPolicy {
        ConnectPolicy::from_config(
            &ConnectConfig {
                allow: allow.iter().map(|s| s.to_string()).collect(),
                deny: deny.iter().map(|s| s.to_string()).collect(),
            },
            Duration::from_secs(5),
        )
        .unwrap()
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn parses_rules() {
        let r: Rule = "10.0.0.0/8 5432".parse().unwrap();
        assert_eq!(r.addr, Addr::Net("10.0.0.0/8".parse().unwrap()));
        assert_eq!(r.ports, Some((5432, 5432)));
        let r: Rule = "* 1-1023".parse().unwrap();
        assert_eq!(r.addr, Addr::Any);
        assert_eq!(r.ports, Some((1, 1023)));
        let r: Rule = "fd00::/8".parse().unwrap();
        assert!(matches!(r.addr, Addr::Net(_)));
        let r: Rule = "DB.Example.com.".parse().unwrap();
        assert_eq!(r.addr, Addr::Host("db.example.com".into()));
        let r: Rule = "192.0.2.7".parse().unwrap();
        assert_eq!(r.addr, Addr::Net("192.0.2.7/32".parse().unwrap()));
        let r: Rule = "10.1.2.3/8".parse().unwrap();
        assert_eq!(r.addr, Addr::Net("10.0.0.0/8".parse().unwrap()));
        for bad in [
            "",
            "10.0.0.0/33",
            "* 0",
            "* 5-1",
            "* 70000",
            "a b c",
            "bad host!",
            "* x",
        ] {
            assert!(bad.parse::<Rule>().is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn config_error_names_the_key_and_entry() {
        let err = ConnectPolicy::from_config(
            &ConnectConfig {
                allow: vec![],
                deny: vec!["10.0.0.0/99".into()],
            },
            Duration::from_secs(1),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("connect.deny") && err.contains("10.0.0.0/99"),
            "{err}"
        );
    }

    #[test]
    fn built_ins_deny_link_local_and_metadata() {
        let p = policy(&[], &[]);
        let e = p
            .check_addr("169.254.169.254", ip("169.254.169.254"), 5432)
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "169.254.169.254:5432 is denied by the built-in rule 169.254.0.0/16 (link-local, includes the cloud metadata address 169.254.169.254)"
        );
        assert!(p.check_addr("", ip("::ffff:169.254.169.254"), 80).is_err());
        assert!(p.check_addr("", ip("fe80::1"), 5432).is_err());
        assert!(p.check_addr("", ip("0.0.0.0"), 5432).is_err());
        assert!(p.check_addr("", ip("224.0.0.1"), 5432).is_err());
        assert!(p.check_addr("", ip("255.255.255.255"), 5432).is_err());
        // Loopback and private ranges are allowed by default.
        for ok in [
            "127.0.0.1",
            "10.1.2.3",
            "192.168.1.1",
            "172.16.0.1",
            "::1",
            "fd12::1",
        ] {
            p.check_addr("", ip(ok), 5432).unwrap();
        }
    }

    #[test]
    fn deny_and_allow_rules() {
        let p = policy(
            &[],
            &[
                "127.0.0.0/8",
                "* 1-1023",
                "evil.example.com",
                "*.corp.local 5432",
            ],
        );
        assert!(p
            .check_addr("", ip("127.0.0.1"), 5432)
            .unwrap_err()
            .to_string()
            .contains("\"127.0.0.0/8\""));
        assert!(p.check_addr("", ip("10.0.0.1"), 22).is_err());
        p.check_addr("", ip("10.0.0.1"), 5432).unwrap();
        assert!(p
            .check_addr("evil.example.com", ip("10.0.0.1"), 5432)
            .is_err());
        assert!(p.check_addr("db.corp.local", ip("10.0.0.1"), 5432).is_err());
        p.check_addr("db.corp.local", ip("10.0.0.1"), 6543).unwrap();
        p.check_addr("corp.local", ip("10.0.0.1"), 5432).unwrap();
        p.check_addr("xcorp.local", ip("10.0.0.1"), 5432).unwrap();

        let p = policy(&["10.0.0.0/8 5432", "db.example.com"], &[]);
        p.check_addr("", ip("10.9.9.9"), 5432).unwrap();
        let e = p
            .check_addr("", ip("10.9.9.9"), 3306)
            .unwrap_err()
            .to_string();
        assert!(e.contains("connect.allow"), "{e}");
        assert!(p.check_addr("", ip("192.168.0.1"), 5432).is_err());
        p.check_addr("db.example.com", ip("192.168.0.1"), 5432)
            .unwrap();
        // Built-ins win over allow.
        let p = policy(&["*"], &[]);
        assert!(p.check_addr("", ip("169.254.169.254"), 80).is_err());
    }

    #[tokio::test]
    async fn every_resolved_address_is_checked_and_pinned() {
        let p = policy(&[], &["127.0.0.0/8"]);
        let e = p.check("localhost", 5432).await.unwrap_err();
        assert!(matches!(e, PolicyError::Denied(_)), "{e}");
        assert!(e.to_string().contains("localhost"), "{e}");
        let p = policy(&[], &[]);
        let pinned = p.check("localhost", 5432).await.unwrap();
        assert!(pinned.ip.is_loopback());
        assert_eq!(p.check("[::1]", 5432).await.unwrap().ip, ip("::1"));
        assert!(matches!(
            p.check("no-such-host.invalid", 5432).await,
            Err(PolicyError::Resolve(_))
        ));
    }

    proptest::proptest! {
        #[test]
        fn rule_parser_never_panics(s in ".{0,60}") {
            let _ = s.parse::<Rule>();
        }

        #[test]
        fn cidr_rules_round_trip(a in 0u8..=255, b in 0u8..=255, len in 0u8..=32, lo in 1u16..=65535, span in 0u16..=100) {
            let hi = lo.saturating_add(span);
            let text = format!("{a}.{b}.0.0/{len} {lo}-{hi}");
            let rule: Rule = text.parse().unwrap();
            proptest::prop_assert_eq!(rule.ports, Some((lo, hi)));
            let net: IpNet = format!("{a}.{b}.0.0/{len}").parse().unwrap();
            proptest::prop_assert!(rule.matches("", net.trunc().network(), lo));
            if lo > 1 {
                proptest::prop_assert!(!rule.matches("", net.trunc().network(), lo - 1));
            }
        }
    }
}
