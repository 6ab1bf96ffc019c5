//! Where a database is and how to log in: [`Target`], parsed from a URL or connect fields.
//!
//! The password lives in [`Password`], which never prints, and is zeroed on drop. A target's
//! pool key (DESIGN invariant 1) includes a keyed hash of the password, computed by `pool`.

use std::fmt;
use std::path::PathBuf;

use quarry_model::Dialect;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Driver {
    Postgres,
    Mysql,
    Sqlite,
}

impl Driver {
    pub fn name(self) -> &'static str {
        match self {
            Driver::Postgres => "postgres",
            Driver::Mysql => "mysql",
            Driver::Sqlite => "sqlite",
        }
    }

    pub fn dialect(self) -> Dialect {
        match self {
            Driver::Postgres => Dialect::Postgres,
            Driver::Mysql => Dialect::Mysql,
            Driver::Sqlite => Dialect::Sqlite,
        }
    }

    pub fn default_port(self) -> u16 {
        match self {
            Driver::Postgres => 5432,
            Driver::Mysql => 3306,
            Driver::Sqlite => 0,
        }
    }
}

/// TLS to the database, as libpq spells it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum SslMode {
    #[default]
    Disable,
    Prefer,
    Require,
    VerifyFull,
}

impl SslMode {
    pub fn parse(s: &str) -> Option<SslMode> {
        match s.to_ascii_lowercase().as_str() {
            "disable" | "false" | "off" => Some(SslMode::Disable),
            "prefer" | "allow" => Some(SslMode::Prefer),
            "require" | "true" | "on" => Some(SslMode::Require),
            "verify-full" | "verify-ca" | "verify_full" => Some(SslMode::VerifyFull),
            _ => None,
        }
    }
}

/// A password: never printed, serialised only by a store that encrypts it, zeroed on drop.
#[derive(Clone, Default)]
pub struct Password(Option<SecretString>);

impl Password {
    pub fn new(p: impl Into<String>) -> Password {
        let p: String = p.into();
        if p.is_empty() {
            Password(None)
        } else {
            Password(Some(SecretString::from(p)))
        }
    }

    pub fn none() -> Password {
        Password(None)
    }

    /// The clear text, for the driver's login and the keyed hash only.
    pub fn expose(&self) -> Option<&str> {
        self.0.as_ref().map(|s| s.expose_secret())
    }
}

impl PartialEq for Password {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}
impl Eq for Password {}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Everything needed to open a connection.
#[derive(Clone, PartialEq, Eq)]
pub struct Target {
    pub driver: Driver,
    pub host: String,
    pub port: u16,
    /// The database name (PostgreSQL, MySQL) or the file path (SQLite).
    pub database: String,
    pub user: String,
    pub password: Password,
    pub sslmode: SslMode,
    /// The host name the user gave, kept when the connect policy pins `host` to the checked
    /// address: `verify-full` checks the server's certificate against this name (and sends it
    /// as SNI) while the TCP connection goes to the pinned address. `None`: use `host`.
    pub tls_server_name: Option<String>,
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    #[error("not a database URL: {0}")]
    BadUrl(String),
    #[error("unsupported driver `{0}` (use postgres, mysql or sqlite)")]
    UnknownDriver(String),
    #[error("{0}")]
    Missing(String),
}

impl Target {
    pub fn dialect(&self) -> Dialect {
        self.driver.dialect()
    }

    /// The file of a SQLite target.
    pub fn sqlite_path(&self) -> Option<PathBuf> {
        (self.driver == Driver::Sqlite).then(|| PathBuf::from(&self.database))
    }

    /// `driver://user@host:port/database` without the password: safe for logs and stats.
    pub fn describe(&self) -> String {
        match self.driver {
            Driver::Sqlite => format!("sqlite://{}", self.database),
            d => format!(
                "{}://{}@{}:{}/{}",
                d.name(),
                self.user,
                self.host,
                self.port,
                self.database
            ),
        }
    }

    /// Parses `postgres://user:pass@host:port/db?sslmode=..`, `mysql://...`,
    /// `sqlite:///abs/path.db` (also `sqlite:relative.db`).
    pub fn from_url(raw: &str) -> Result<Target, TargetError> {
        let raw = raw.trim();
        let bad = |why: &str| TargetError::BadUrl(format!("{why} (in `{}`)", redact_url(raw)));
        let (scheme, rest) = raw
            .split_once(':')
            .ok_or_else(|| bad("missing scheme like postgres://"))?;
        let driver = match scheme.to_ascii_lowercase().as_str() {
            "postgres" | "postgresql" => Driver::Postgres,
            "mysql" | "mariadb" => Driver::Mysql,
            "sqlite" | "sqlite3" => Driver::Sqlite,
            other => return Err(TargetError::UnknownDriver(other.to_string())),
        };
        if driver == Driver::Sqlite {
            let path = rest.strip_prefix("//").unwrap_or(rest);
            let path = path.split('?').next().unwrap_or(path);
            let path = percent_encoding::percent_decode_str(path)
                .decode_utf8()
                .map_err(|_| bad("the path is not UTF-8"))?;
            if path.is_empty() {
                return Err(bad(
                    "a SQLite URL needs a file path, like sqlite:///data/app.db",
                ));
            }
            return Ok(Target::sqlite(path.to_string()));
        }
        let url = url::Url::parse(raw).map_err(|e| bad(&e.to_string()))?;
        let host = url
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or_else(|| bad("missing host"))?
            .trim_matches(|c| c == '[' || c == ']')
            .to_string();
        let database = url.path().trim_start_matches('/');
        let database = percent_encoding::percent_decode_str(database)
            .decode_utf8()
            .map_err(|_| bad("the database name is not UTF-8"))?
            .to_string();
        if database.is_empty() {
            return Err(bad("missing database name after the host"));
        }
        let user = percent_encoding::percent_decode_str(url.username())
            .decode_utf8()
            .map_err(|_| bad("the user name is not UTF-8"))?
            .to_string();
        let password = match url.password() {
            Some(p) => Password::new(
                percent_encoding::percent_decode_str(p)
                    .decode_utf8()
                    .map_err(|_| bad("the password is not UTF-8"))?
                    .to_string(),
            ),
            None => Password::none(),
        };
        let mut sslmode = SslMode::Disable;
        for (k, v) in url.query_pairs() {
            if k == "sslmode" || k == "ssl-mode" {
                sslmode = SslMode::parse(&v).ok_or_else(|| bad("unknown sslmode"))?;
            }
        }
        Ok(Target {
            driver,
            host,
            port: url.port().unwrap_or(driver.default_port()),
            database,
            user: if user.is_empty() {
                match driver {
                    Driver::Mysql => "root".into(),
                    _ => "postgres".into(),
                }
            } else {
                user
            },
            password,
            sslmode,
            tls_server_name: None,
        })
    }

    pub fn sqlite(path: impl Into<String>) -> Target {
        Target {
            driver: Driver::Sqlite,
            host: String::new(),
            port: 0,
            database: path.into(),
            user: String::new(),
            password: Password::none(),
            sslmode: SslMode::Disable,
            tls_server_name: None,
        }
    }
}

/// A URL with any password replaced, for error messages.
pub fn redact_url(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        Ok(_) => raw.to_string(),
        Err(_) => match (raw.find("://"), raw.rfind('@')) {
            (Some(s), Some(at)) if at > s => format!("{}***{}", &raw[..s + 3], &raw[at..]),
            _ => raw.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_postgres_url() {
        let t = Target::from_url("postgres://alice:s%40cret@db.local:6543/sales?sslmode=require")
            .unwrap();
        assert_eq!(t.driver, Driver::Postgres);
        assert_eq!(t.host, "db.local");
        assert_eq!(t.port, 6543);
        assert_eq!(t.database, "sales");
        assert_eq!(t.user, "alice");
        assert_eq!(t.password.expose(), Some("s@cret"));
        assert_eq!(t.sslmode, SslMode::Require);
        assert!(!format!("{t:?}").contains("cret"));
        assert_eq!(t.describe(), "postgres://alice@db.local:6543/sales");
    }

    #[test]
    fn parses_sqlite_urls() {
        assert_eq!(
            Target::from_url("sqlite:///tmp/a.db").unwrap().database,
            "/tmp/a.db"
        );
        assert_eq!(
            Target::from_url("sqlite:rel.db").unwrap().database,
            "rel.db"
        );
        assert!(Target::from_url("sqlite://").is_err());
    }

    #[test]
    fn errors_never_echo_the_password() {
        let err = Target::from_url("postgres://u:topsecret@/")
            .unwrap_err()
            .to_string();
        assert!(!err.contains("topsecret"), "{err}");
        assert!(matches!(
            Target::from_url("oracle://x@y/z"),
            Err(TargetError::UnknownDriver(_))
        ));
    }

    proptest::proptest! {
        #[test]
        fn from_url_never_panics(s in ".{0,80}") {
            let _ = Target::from_url(&s);
        }
    }
}
