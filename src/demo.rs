//! The demo database: a small online shop in SQLite, generated deterministically by quarry.
//!
//! Owns: the schema and content of the demo database (departments, employees, categories,
//! suppliers, products, customers, addresses, orders, order_items, payments), writing it
//! atomically, and deciding when an existing copy is stale.
//!
//! Must not: depend on anything outside this file but `rusqlite` and `thiserror`; read the
//! clock, the environment (except in [`default_path()`]) or any other source of variation while
//! generating (the same [`GENERATOR_VERSION`] always gives the same rows, on every platform);
//! leave a half-written file at the target path.
//!
//! Entry points:
//! - [`write()`] generates the database into a temporary file beside `path` and renames it over
//!   `path`; the generator version is stored as `PRAGMA user_version` (and a fixed
//!   `PRAGMA application_id` marks the file as quarry's demo).
//! - [`ensure()`] does the same only when `path` is missing, unreadable or records another
//!   generator version, creating the parent directory if needed.
//! - [`default_path()`] is `$XDG_DATA_HOME/quarry/demo.sqlite` or
//!   `$HOME/.local/share/quarry/demo.sqlite`.
//!
//! Content: dates from 2020 (first customers) to 2025-12-31 ("today" of the data set), dates
//! as ISO text (`DATE` columns `YYYY-MM-DD`, `TIMESTAMP` columns `YYYY-MM-DD HH:MM:SS`), money
//! as `REAL` with two decimals, about 20k rows, every foreign key declared and holding.
//! Bump [`GENERATOR_VERSION`] whenever anything here changes the schema or the rows.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use rusqlite::{params, Connection, OpenFlags, Transaction};

/// Version of the generator; stored as `PRAGMA user_version`. Bump on any content change.
pub const GENERATOR_VERSION: u32 = 1;

/// `PRAGMA application_id` of the demo database ("QRRY").
const APPLICATION_ID: i32 = 0x5152_5259;

/// Seed of every pseudo-random choice.
const SEED: u64 = 0x7175_6172_7279_2021;

/// What [`write()`] produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoStats {
    /// Number of tables created.
    pub tables: usize,
    /// Number of rows inserted, over all tables.
    pub rows: u64,
}

/// Why the demo database could not be written.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// A file-system operation failed.
    #[error("cannot {op} {}: {source}", path.display())]
    Io {
        op: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// SQLite refused to build the database.
    #[error("cannot build the demo database {}: {source}", path.display())]
    Sqlite {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    /// The path names no file (e.g. `/` or `..`).
    #[error("the demo database path {} does not name a file", path.display())]
    InvalidPath { path: PathBuf },
    /// Neither `XDG_DATA_HOME` nor `HOME` is set, so there is no default path.
    #[error("no place for the demo database: neither XDG_DATA_HOME nor HOME is set")]
    NoHomeDir,
}

/// `$XDG_DATA_HOME/quarry/demo.sqlite` (when set to an absolute path), else
/// `$HOME/.local/share/quarry/demo.sqlite`; `None` when neither is usable.
pub fn default_path() -> Option<PathBuf> {
    default_path_from(std::env::var_os("XDG_DATA_HOME"), std::env::var_os("HOME"))
}

fn default_path_from(
    xdg_data_home: Option<std::ffi::OsString>,
    home: Option<std::ffi::OsString>,
) -> Option<PathBuf> {
    let base = match xdg_data_home.map(PathBuf::from) {
        // The XDG spec says relative paths are invalid and must be ignored.
        Some(xdg) if xdg.is_absolute() => xdg,
        _ => {
            let home = PathBuf::from(home?);
            if home.as_os_str().is_empty() {
                return None;
            }
            home.join(".local").join("share")
        }
    };
    Some(base.join("quarry").join("demo.sqlite"))
}

/// Writes the demo database at `path` unless a file there already records the current
/// [`GENERATOR_VERSION`]. Creates the parent directory when missing. Returns the stats when
/// it wrote, `None` when the existing file was current.
pub fn ensure(path: &Path) -> Result<Option<DemoStats>, DemoError> {
    if is_current(path) {
        return Ok(None);
    }
    let dir = parent_dir(path);
    fs::create_dir_all(dir).map_err(|source| DemoError::Io {
        op: "create the directory",
        path: dir.to_path_buf(),
        source,
    })?;
    write(path).map(Some)
}

/// Whether `path` is a database written by this generator version.
fn is_current(path: &Path) -> bool {
    if !path.is_file() {
        return false;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let Ok(conn) = Connection::open_with_flags(path, flags) else {
        return false;
    };
    let version = conn.pragma_query_value(None, "user_version", |row| row.get::<_, i64>(0));
    let app_id = conn.pragma_query_value(None, "application_id", |row| row.get::<_, i64>(0));
    matches!(
        (version, app_id),
        (Ok(v), Ok(a)) if v == i64::from(GENERATOR_VERSION) && a == i64::from(APPLICATION_ID)
    )
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Removes the temporary file unless disarmed (after the rename).
struct TempFile {
    path: PathBuf,
    armed: bool,
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if self.armed {
            let _ = fs::remove_file(&self.path);
            for suffix in ["-journal", "-wal", "-shm"] {
                let mut side = self.path.clone().into_os_string();
                side.push(suffix);
                let _ = fs::remove_file(PathBuf::from(side));
            }
        }
    }
}

/// Generates the demo database and puts it at `path` atomically: the rows go into a new
/// temporary file in the same directory, which is synced and then renamed over `path`. A
/// crash leaves either the old file or the new one, and concurrent writers each rename a
/// complete file. The directory must exist.
pub fn write(path: &Path) -> Result<DemoStats, DemoError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let file_name = path
        .file_name()
        .ok_or_else(|| DemoError::InvalidPath {
            path: path.to_path_buf(),
        })?
        .to_string_lossy()
        .into_owned();
    let dir = parent_dir(path);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let tmp_path = dir.join(format!(
        ".{file_name}.{}.{}.{nanos}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let mut tmp = TempFile {
        path: tmp_path.clone(),
        armed: false,
    };
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp_path)
        .map_err(|source| DemoError::Io {
            op: "create the temporary file",
            path: tmp_path.clone(),
            source,
        })?;
    tmp.armed = true;

    let stats = fill(&tmp_path).map_err(|source| DemoError::Sqlite {
        path: path.to_path_buf(),
        source,
    })?;

    fs::File::open(&tmp_path)
        .and_then(|file| file.sync_all())
        .map_err(|source| DemoError::Io {
            op: "sync",
            path: tmp_path.clone(),
            source,
        })?;
    fs::rename(&tmp_path, path).map_err(|source| DemoError::Io {
        op: "move the new demo database into place at",
        path: path.to_path_buf(),
        source,
    })?;
    tmp.armed = false;
    // Make the rename durable where directories can be synced; failing to is harmless.
    if let Ok(dir) = fs::File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(stats)
}

/// Builds the whole database into the (empty) file at `path`.
fn fill(path: &Path) -> rusqlite::Result<DemoStats> {
    let data = generate();
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags)?;
    // The file is private until renamed and discarded on any failure: no journal needed.
    conn.pragma_update_and_check(None, "journal_mode", "OFF", |row| row.get::<_, String>(0))?;
    conn.pragma_update(None, "synchronous", "OFF")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    let tx = conn.transaction()?;
    tx.execute_batch(SCHEMA)?;
    let rows = insert(&tx, &data)?;
    tx.pragma_update(None, "user_version", GENERATOR_VERSION)?;
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.commit()?;
    conn.close().map_err(|(_, err)| err)?;
    Ok(DemoStats {
        tables: TABLES.len(),
        rows,
    })
}

/// The tables, in insertion (foreign-key) order.
const TABLES: [&str; 10] = [
    "departments",
    "employees",
    "categories",
    "suppliers",
    "products",
    "customers",
    "addresses",
    "orders",
    "order_items",
    "payments",
];

const SCHEMA: &str = "
CREATE TABLE departments (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    location    TEXT NOT NULL
);
CREATE TABLE employees (
    id            INTEGER PRIMARY KEY,
    first_name    TEXT NOT NULL,
    last_name     TEXT NOT NULL,
    email         TEXT NOT NULL UNIQUE,
    job_title     TEXT NOT NULL,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    manager_id    INTEGER REFERENCES employees(id),
    hire_date     DATE NOT NULL,
    salary        REAL NOT NULL
);
CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL
);
CREATE TABLE suppliers (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    contact_email TEXT NOT NULL,
    city          TEXT NOT NULL,
    country       TEXT NOT NULL
);
CREATE TABLE products (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    category_id    INTEGER NOT NULL REFERENCES categories(id),
    supplier_id    INTEGER NOT NULL REFERENCES suppliers(id),
    price          REAL NOT NULL CHECK (price >= 0),
    cost           REAL NOT NULL CHECK (cost >= 0),
    units_in_stock INTEGER NOT NULL CHECK (units_in_stock >= 0),
    discontinued   BOOLEAN NOT NULL DEFAULT 0
);
CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    email       TEXT NOT NULL UNIQUE,
    city        TEXT NOT NULL,
    country     TEXT NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
CREATE TABLE addresses (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    address_type TEXT NOT NULL CHECK (address_type IN ('shipping', 'billing')),
    street       TEXT NOT NULL,
    city         TEXT NOT NULL,
    postal_code  TEXT NOT NULL,
    country      TEXT NOT NULL
);
CREATE TABLE orders (
    id                  INTEGER PRIMARY KEY,
    customer_id         INTEGER NOT NULL REFERENCES customers(id),
    employee_id         INTEGER REFERENCES employees(id),
    order_date          DATE NOT NULL,
    status              TEXT NOT NULL CHECK (status IN
                            ('pending', 'processing', 'shipped', 'delivered', 'cancelled', 'returned')),
    shipped_date        DATE,
    shipping_address_id INTEGER NOT NULL REFERENCES addresses(id),
    total_amount        REAL NOT NULL CHECK (total_amount >= 0)
);
CREATE TABLE order_items (
    id         INTEGER PRIMARY KEY,
    order_id   INTEGER NOT NULL REFERENCES orders(id),
    product_id INTEGER NOT NULL REFERENCES products(id),
    quantity   INTEGER NOT NULL CHECK (quantity > 0),
    unit_price REAL NOT NULL CHECK (unit_price >= 0),
    UNIQUE (order_id, product_id)
);
CREATE TABLE payments (
    id       INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    amount   REAL NOT NULL CHECK (amount > 0),
    paid_at  TIMESTAMP NOT NULL,
    method   TEXT NOT NULL
);
CREATE INDEX idx_employees_department_id ON employees(department_id);
CREATE INDEX idx_employees_manager_id ON employees(manager_id);
CREATE INDEX idx_products_category_id ON products(category_id);
CREATE INDEX idx_products_supplier_id ON products(supplier_id);
CREATE INDEX idx_customers_country ON customers(country);
CREATE INDEX idx_addresses_customer_id ON addresses(customer_id);
CREATE INDEX idx_orders_customer_id ON orders(customer_id);
CREATE INDEX idx_orders_employee_id ON orders(employee_id);
CREATE INDEX idx_orders_shipping_address_id ON orders(shipping_address_id);
CREATE INDEX idx_orders_order_date ON orders(order_date);
CREATE INDEX idx_order_items_product_id ON order_items(product_id);
CREATE INDEX idx_payments_order_id ON payments(order_id);
";

// ---------------------------------------------------------------------------------------
// Deterministic pseudo-randomness and calendar arithmetic (integers only).

/// splitmix64: tiny, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn new(stream: u64) -> Self {
        Rng(SEED ^ stream.wrapping_mul(0xA076_1D64_78BD_642F))
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        lo + self.below((hi - lo) as u64 + 1) as i64
    }

    /// True with probability `percent`/100.
    fn percent(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn index(&mut self, len: usize) -> usize {
        self.below(len as u64) as usize
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.index(items.len())]
    }

    fn weighted<T: Copy>(&mut self, items: &[(T, u32)]) -> T {
        let total: u64 = items.iter().map(|&(_, w)| u64::from(w)).sum();
        let mut r = self.below(total);
        for &(item, weight) in items {
            if r < u64::from(weight) {
                return item;
            }
            r -= u64::from(weight);
        }
        items[items.len() - 1].0
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
const fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn date(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

fn timestamp(days: i64, seconds: i64) -> String {
    let days = days + seconds.div_euclid(86_400);
    let s = seconds.rem_euclid(86_400);
    format!(
        "{} {:02}:{:02}:{:02}",
        date(days),
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

fn money(cents: i64) -> f64 {
    cents as f64 / 100.0
}

/// First day customers sign up.
const CUSTOMERS_FROM: i64 = days_from_civil(2020, 1, 1);
/// First day of trading.
const ORDERS_FROM: i64 = days_from_civil(2021, 1, 1);
/// "Today" of the data set: the last day with orders.
const LAST_DAY: i64 = days_from_civil(2025, 12, 31);

const CUSTOMER_COUNT: usize = 1200;
const ORDER_COUNT: usize = 4300;

// ---------------------------------------------------------------------------------------
// Constant vocabularies.

struct NamePool {
    first: &'static [&'static str],
    last: &'static [&'static str],
}

#[rustfmt::skip]
const ENGLISH: NamePool = NamePool {
    first: &[
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
        "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
        "Sarah", "Christopher", "Karen", "Daniel", "Emily", "Matthew", "Olivia", "Andrew", "Emma",
        "Joshua", "Sophia", "Ryan", "Hannah", "Brian", "Megan", "Kevin", "Rachel", "Jason",
        "Laura", "Oliver", "Amelia", "Jack", "Charlotte",
    ],
    last: &[
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson",
        "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall",
        "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill",
        "Campbell", "Mitchell", "Roberts", "Carter", "Evans", "Turner", "Patel", "Nguyen", "Kim",
        "Murphy", "O'Brien",
    ],
};

#[rustfmt::skip]
const GERMAN: NamePool = NamePool {
    first: &[
        "Lukas", "Anna", "Leon", "Lena", "Jonas", "Laura", "Felix", "Lea", "Maximilian", "Sophie",
        "Paul", "Marie", "Finn", "Hannah", "Elias", "Emma", "Tobias", "Julia", "Florian",
        "Katharina", "Stefan", "Sabine", "Jürgen", "Ursula",
    ],
    last: &[
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
        "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
        "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann",
    ],
};

#[rustfmt::skip]
const FRENCH: NamePool = NamePool {
    first: &[
        "Louis", "Camille", "Gabriel", "Léa", "Hugo", "Manon", "Jules", "Chloé", "Lucas", "Inès",
        "Arthur", "Sarah", "Nathan", "Juliette", "Thomas", "Élodie", "Antoine", "Margaux",
        "Julien", "Céline", "Mathieu", "Claire", "Nicolas", "Amélie",
    ],
    last: &[
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
        "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
        "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier",
    ],
};

#[rustfmt::skip]
const SPANISH: NamePool = NamePool {
    first: &[
        "Alejandro", "Lucía", "Daniel", "María", "Pablo", "Paula", "Hugo", "Sofía", "Álvaro",
        "Carmen", "Adrián", "Laura", "Javier", "Marta", "Diego", "Elena", "Sergio", "Ana",
        "Carlos", "Isabel", "Manuel", "Cristina", "Jorge", "Raquel",
    ],
    last: &[
        "García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez",
        "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez",
        "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez",
    ],
};

#[rustfmt::skip]
const ITALIAN: NamePool = NamePool {
    first: &[
        "Francesco", "Giulia", "Alessandro", "Sofia", "Lorenzo", "Aurora", "Matteo", "Alice",
        "Leonardo", "Ginevra", "Andrea", "Chiara", "Marco", "Francesca", "Luca", "Valentina",
        "Giuseppe", "Martina", "Giovanni", "Elena", "Davide", "Sara", "Simone", "Federica",
    ],
    last: &[
        "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
        "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano",
        "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani",
    ],
};

#[rustfmt::skip]
const DUTCH: NamePool = NamePool {
    first: &[
        "Daan", "Emma", "Sem", "Julia", "Lucas", "Mila", "Levi", "Tess", "Finn", "Sophie",
        "Milan", "Zoë", "Jesse", "Sara", "Bram", "Anna", "Thijs", "Lotte", "Ruben", "Fleur",
    ],
    last: &[
        "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
        "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
        "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
    ],
};

#[rustfmt::skip]
const SWEDISH: NamePool = NamePool {
    first: &[
        "William", "Alice", "Liam", "Maja", "Noah", "Elsa", "Hugo", "Astrid", "Lucas", "Wilma",
        "Oscar", "Freja", "Erik", "Ebba", "Axel", "Saga", "Karl", "Ingrid", "Nils", "Linnea",
    ],
    last: &[
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
        "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
        "Bengtsson", "Lindberg", "Lindqvist", "Berg", "Lundgren", "Sandberg",
    ],
};

#[rustfmt::skip]
const PORTUGUESE: NamePool = NamePool {
    first: &[
        "Miguel", "Helena", "Arthur", "Alice", "Gael", "Laura", "Heitor", "Manuela", "Davi",
        "Valentina", "Bernardo", "Sophia", "Gabriel", "Isabela", "Rafael", "Beatriz", "Pedro",
        "Juliana", "Lucas", "Mariana",
    ],
    last: &[
        "Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
        "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares",
        "Fernandes", "Vieira", "Barbosa",
    ],
};

#[rustfmt::skip]
const JAPANESE: NamePool = NamePool {
    first: &[
        "Haruto", "Yui", "Sota", "Aoi", "Yuto", "Hina", "Ren", "Sakura", "Riku", "Mio", "Takumi",
        "Yuna", "Kaito", "Rin", "Hiroshi", "Yuki", "Kenji", "Akiko", "Daiki", "Emi",
    ],
    last: &[
        "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
        "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue",
        "Kimura", "Hayashi", "Shimizu", "Mori",
    ],
};

const NAME_POOLS: [&NamePool; 9] = [
    &ENGLISH,
    &GERMAN,
    &FRENCH,
    &SPANISH,
    &ITALIAN,
    &DUTCH,
    &SWEDISH,
    &PORTUGUESE,
    &JAPANESE,
];

#[derive(Clone, Copy)]
enum StreetStyle {
    /// "12 Main Street"
    NumberFirst,
    /// "Hauptstraße 12"
    NumberLast,
    /// "Via Roma, 12"
    NumberLastComma,
    /// "1-2-3 Shibuya"
    Japanese,
}

struct Country {
    name: &'static str,
    /// Share of customers, in percent.
    weight: u32,
    names: &'static NamePool,
    style: StreetStyle,
    streets: &'static [&'static str],
    /// City and postal-code template (`#` a digit, `A` a capital letter).
    cities: &'static [(&'static str, &'static str)],
}

#[rustfmt::skip]
const COUNTRIES: [Country; 12] = [
    Country {
        name: "United States",
        weight: 30,
        names: &ENGLISH,
        style: StreetStyle::NumberFirst,
        streets: &[
            "Main Street", "Oak Avenue", "Maple Drive", "Park Avenue", "Cedar Lane",
            "Washington Street", "Elm Street", "Lake Shore Drive", "Pine Street",
            "Sunset Boulevard",
        ],
        cities: &[
            ("New York", "100##"),
            ("Los Angeles", "900##"),
            ("Chicago", "606##"),
            ("Houston", "770##"),
            ("Seattle", "981##"),
            ("Boston", "021##"),
        ],
    },
    Country {
        name: "United Kingdom",
        weight: 12,
        names: &ENGLISH,
        style: StreetStyle::NumberFirst,
        streets: &[
            "High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane",
            "Manor Road", "Park Road", "Queen Street",
        ],
        cities: &[
            ("London", "SW# #AA"),
            ("Manchester", "M# #AA"),
            ("Birmingham", "B# #AA"),
            ("Edinburgh", "EH# #AA"),
        ],
    },
    Country {
        name: "Germany",
        weight: 11,
        names: &GERMAN,
        style: StreetStyle::NumberLast,
        streets: &[
            "Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schillerstraße", "Goethestraße",
            "Lindenallee", "Berliner Straße", "Kirchweg",
        ],
        cities: &[
            ("Berlin", "10###"),
            ("Munich", "80###"),
            ("Hamburg", "20###"),
            ("Cologne", "50###"),
        ],
    },
    Country {
        name: "France",
        weight: 10,
        names: &FRENCH,
        style: StreetStyle::NumberFirst,
        streets: &[
            "rue de la République", "avenue Victor Hugo", "boulevard Saint-Germain",
            "rue du Faubourg Saint-Honoré", "rue Nationale", "avenue Jean Jaurès",
            "rue Pasteur",
        ],
        cities: &[
            ("Paris", "750##"),
            ("Lyon", "6900#"),
            ("Marseille", "1300#"),
            ("Toulouse", "3100#"),
        ],
    },
    Country {
        name: "Canada",
        weight: 7,
        names: &ENGLISH,
        style: StreetStyle::NumberFirst,
        streets: &[
            "King Street West", "Queen Street East", "Bloor Street", "Granville Street",
            "Robson Street", "Sherbrooke Street",
        ],
        cities: &[
            ("Toronto", "M#A #A#"),
            ("Vancouver", "V#A #A#"),
            ("Montreal", "H#A #A#"),
        ],
    },
    Country {
        name: "Spain",
        weight: 6,
        names: &SPANISH,
        style: StreetStyle::NumberLastComma,
        streets: &[
            "Calle Mayor", "Calle de Alcalá", "Gran Vía", "Avenida de la Constitución",
            "Paseo de Gracia", "Calle del Carmen", "Calle Real",
        ],
        cities: &[
            ("Madrid", "280##"),
            ("Barcelona", "080##"),
            ("Valencia", "460##"),
        ],
    },
    Country {
        name: "Italy",
        weight: 6,
        names: &ITALIAN,
        style: StreetStyle::NumberLastComma,
        streets: &[
            "Via Roma", "Via Garibaldi", "Corso Italia", "Via Mazzini", "Via Dante",
            "Piazza Venezia", "Via Verdi",
        ],
        cities: &[("Rome", "001##"), ("Milan", "201##"), ("Naples", "801##")],
    },
    Country {
        name: "Netherlands",
        weight: 5,
        names: &DUTCH,
        style: StreetStyle::NumberLast,
        streets: &[
            "Kerkstraat", "Dorpsstraat", "Keizersgracht", "Prinsengracht", "Stationsweg",
            "Molenweg", "Schoolstraat", "Julianalaan",
        ],
        cities: &[
            ("Amsterdam", "10## AA"),
            ("Rotterdam", "30## AA"),
            ("Utrecht", "35## AA"),
        ],
    },
    Country {
        name: "Australia",
        weight: 5,
        names: &ENGLISH,
        style: StreetStyle::NumberFirst,
        streets: &[
            "George Street", "Collins Street", "Queen Street", "Pitt Street", "Elizabeth Street",
            "Bourke Street", "Flinders Lane",
        ],
        cities: &[
            ("Sydney", "20##"),
            ("Melbourne", "30##"),
            ("Brisbane", "40##"),
        ],
    },
    Country {
        name: "Sweden",
        weight: 3,
        names: &SWEDISH,
        style: StreetStyle::NumberLast,
        streets: &[
            "Storgatan", "Drottninggatan", "Kungsgatan", "Sveavägen", "Vasagatan", "Skolgatan",
            "Järnvägsgatan",
        ],
        cities: &[("Stockholm", "1## ##"), ("Gothenburg", "4## ##")],
    },
    Country {
        name: "Brazil",
        weight: 3,
        names: &PORTUGUESE,
        style: StreetStyle::NumberLastComma,
        streets: &[
            "Rua Augusta", "Avenida Paulista", "Rua das Flores", "Rua São João",
            "Avenida Atlântica", "Rua XV de Novembro",
        ],
        cities: &[("São Paulo", "0####-###"), ("Rio de Janeiro", "2####-###")],
    },
    Country {
        name: "Japan",
        weight: 2,
        names: &JAPANESE,
        style: StreetStyle::Japanese,
        streets: &[
            "Shibuya", "Shinjuku", "Minato", "Setagaya", "Meguro", "Chuo", "Kita", "Naniwa",
        ],
        cities: &[("Tokyo", "1##-####"), ("Osaka", "5##-####")],
    },
];

const EMAIL_DOMAINS: [(&str, u32); 5] = [
    ("example.com", 40),
    ("example.net", 25),
    ("example.org", 15),
    ("mail.example.com", 12),
    ("inbox.example.net", 8),
];

/// Name, city, country.
const SUPPLIERS: [(&str, &str, &str); 25] = [
    ("Pacific Rim Electronics Ltd.", "Shenzhen", "China"),
    ("Golden Dragon Manufacturing", "Guangzhou", "China"),
    ("Nordic Home AB", "Stockholm", "Sweden"),
    ("Rheinland Werkzeug GmbH", "Düsseldorf", "Germany"),
    ("Bavaria Sportartikel GmbH", "Munich", "Germany"),
    ("Lumière Cosmétiques SA", "Lyon", "France"),
    ("Maison Dupont & Fils", "Paris", "France"),
    ("Fratelli Moretti S.r.l.", "Milan", "Italy"),
    ("Toscana Gourmet S.p.A.", "Florence", "Italy"),
    ("Iberia Textiles S.L.", "Barcelona", "Spain"),
    ("Great Lakes Supply Co.", "Chicago", "United States"),
    ("Evergreen Outdoor Gear Inc.", "Portland", "United States"),
    (
        "Silicon Valley Components Inc.",
        "San Jose",
        "United States",
    ),
    ("Maple Leaf Distributors", "Toronto", "Canada"),
    ("Saigon Garment Co.", "Ho Chi Minh City", "Vietnam"),
    ("Taipei Precision Technology", "Taipei", "Taiwan"),
    ("Osaka Trading Co., Ltd.", "Osaka", "Japan"),
    ("Mumbai Craft Exports Pvt. Ltd.", "Mumbai", "India"),
    ("Southern Cross Wholesale Pty Ltd", "Melbourne", "Australia"),
    ("Lowlands Logistics B.V.", "Rotterdam", "Netherlands"),
    ("Britannia Paper & Print Ltd", "Leeds", "United Kingdom"),
    ("Andes Coffee Importers", "Bogotá", "Colombia"),
    ("Happy Paws Pet Products", "Austin", "United States"),
    ("Green Thumb Garden Supply", "Atlanta", "United States"),
    ("Seoul Smart Devices Co.", "Seoul", "South Korea"),
];

struct Category {
    name: &'static str,
    description: &'static str,
    /// Indexes into [`SUPPLIERS`] of the suppliers of this category.
    suppliers: &'static [usize],
    /// Product name and list price in cents.
    products: &'static [(&'static str, i64)],
}

const CATEGORIES: [Category; 12] = [
    Category {
        name: "Electronics",
        description: "Phones, audio, cameras, TVs and accessories",
        suppliers: &[0, 15, 24, 16, 12],
        products: &[
            ("Wireless Noise-Cancelling Headphones", 24_999),
            ("Bluetooth Portable Speaker", 7_999),
            ("True Wireless Earbuds", 12_999),
            ("4K Action Camera", 29_999),
            ("Smartphone 128GB", 69_900),
            ("Smartwatch Series 5", 32_900),
            ("USB-C Charging Cable 2m", 1_299),
            ("65W USB-C Wall Charger", 3_999),
            ("Power Bank 20000mAh", 4_999),
            ("Smart Home Hub", 9_999),
            ("Wi-Fi Mesh Router 3-Pack", 27_999),
            ("Mirrorless Camera Body", 119_900),
            ("55-inch 4K Smart TV", 54_999),
            ("Soundbar with Subwoofer", 34_999),
        ],
    },
    Category {
        name: "Computers",
        description: "Laptops, tablets, monitors, storage and peripherals",
        suppliers: &[12, 15, 0, 24],
        products: &[
            ("14-inch Ultrabook Laptop", 109_900),
            ("16-inch Performance Laptop", 179_900),
            ("27-inch 4K Monitor", 42_999),
            ("24-inch Full HD Monitor", 15_999),
            ("Mechanical Keyboard", 11_999),
            ("Wireless Mouse", 2_999),
            ("1TB NVMe SSD", 8_999),
            ("2TB External Hard Drive", 7_999),
            ("USB-C Docking Station", 18_999),
            ("HD Webcam", 6_999),
            ("Laser Printer", 19_999),
            ("10-inch Tablet", 32_999),
            ("Laptop Sleeve 15-inch", 2_499),
        ],
    },
    Category {
        name: "Home & Kitchen",
        description: "Cookware, small appliances and home essentials",
        suppliers: &[2, 6, 7, 1, 13],
        products: &[
            ("Stainless Steel Cookware Set 10-Piece", 18_999),
            ("Cast Iron Skillet 12-inch", 3_999),
            ("Chef's Knife 8-inch", 5_999),
            ("Espresso Machine", 44_900),
            ("Drip Coffee Maker", 5_999),
            ("Electric Kettle", 3_499),
            ("Stand Mixer", 32_999),
            ("Blender 1200W", 8_999),
            ("Air Fryer 5.5L", 9_999),
            ("Robot Vacuum", 29_999),
            ("Cotton Bath Towel Set", 4_499),
            ("Queen Duvet Cover", 6_999),
            ("Glass Food Storage Set", 3_299),
            ("Scented Candle", 1_899),
        ],
    },
    Category {
        name: "Books",
        description: "Fiction, non-fiction and reference books",
        suppliers: &[20, 10, 19],
        products: &[
            ("The Lighthouse Keeper's Daughter", 1_499),
            ("Midnight in the Archive", 1_799),
            ("A Short History of Numbers", 2_499),
            ("Practical SQL for Analysts", 3_999),
            ("The Gardener's Year", 2_299),
            ("Cooking with Five Ingredients", 2_799),
            ("Atlas of Forgotten Places", 3_499),
            ("Learning to Sail", 1_999),
            ("The Quiet Economy", 2_899),
            ("Children's Picture Dictionary", 1_299),
            ("Mountain Trails of Europe", 2_199),
            ("The Last Train to Lisbon", 1_599),
        ],
    },
    Category {
        name: "Sports & Outdoors",
        description: "Fitness equipment, camping and outdoor gear",
        suppliers: &[4, 11, 1, 18],
        products: &[
            ("Yoga Mat", 2_999),
            ("Adjustable Dumbbell Set", 24_999),
            ("Running Shoes", 11_999),
            ("2-Person Camping Tent", 15_999),
            ("3-Season Sleeping Bag", 8_999),
            ("Hiking Backpack 40L", 12_999),
            ("Insulated Water Bottle", 2_499),
            ("Road Bike Helmet", 6_999),
            ("Tennis Racket", 13_999),
            ("Soccer Ball Size 5", 2_799),
            ("Trekking Poles", 5_499),
            ("Fitness Tracker Band", 5_999),
        ],
    },
    Category {
        name: "Toys & Games",
        description: "Toys, board games and puzzles",
        suppliers: &[1, 10, 13, 19],
        products: &[
            ("Building Blocks Set 500 Pieces", 4_999),
            ("1000-Piece Jigsaw Puzzle", 1_999),
            ("Strategy Board Game", 4_499),
            ("Family Card Game", 1_499),
            ("Remote Control Car", 5_999),
            ("Plush Teddy Bear", 2_499),
            ("Wooden Train Set", 6_999),
            ("Science Experiment Kit", 3_499),
            ("Dollhouse with Furniture", 11_999),
            ("Kids' Art Supplies Kit", 2_999),
            ("Beginner Camera Drone", 8_999),
        ],
    },
    Category {
        name: "Clothing",
        description: "Apparel, shoes and accessories",
        suppliers: &[14, 9, 7, 17],
        products: &[
            ("Men's Cotton T-Shirt", 1_999),
            ("Women's Cotton T-Shirt", 1_999),
            ("Slim Fit Jeans", 5_999),
            ("Wool Sweater", 7_999),
            ("Waterproof Rain Jacket", 12_999),
            ("Down Winter Parka", 22_999),
            ("Leather Belt", 3_499),
            ("Running Shorts", 2_999),
            ("Merino Wool Socks 3-Pack", 2_499),
            ("Baseball Cap", 2_199),
            ("Canvas Sneakers", 5_499),
            ("Silk Scarf", 4_999),
        ],
    },
    Category {
        name: "Beauty & Personal Care",
        description: "Skin care, hair care, fragrance and grooming",
        suppliers: &[5, 6, 16],
        products: &[
            ("Daily Moisturizer SPF 30", 2_499),
            ("Vitamin C Serum", 3_299),
            ("Hydrating Shampoo", 1_499),
            ("Nourishing Conditioner", 1_499),
            ("Electric Toothbrush", 7_999),
            ("Hair Dryer 1800W", 5_999),
            ("Electric Shaver", 11_999),
            ("Eau de Parfum 50ml", 8_900),
            ("Lip Balm 4-Pack", 999),
            ("Sunscreen SPF 50", 1_799),
            ("Makeup Brush Set", 2_799),
        ],
    },
    Category {
        name: "Garden & Patio",
        description: "Garden tools, planters and outdoor living",
        suppliers: &[23, 3, 11, 2],
        products: &[
            ("Cordless Lawn Mower", 39_999),
            ("Garden Hose 30m", 4_499),
            ("Pruning Shears", 2_299),
            ("Raised Garden Bed", 8_999),
            ("Patio Dining Set 4-Seat", 64_900),
            ("Gas Grill 3-Burner", 42_900),
            ("Solar Path Lights 8-Pack", 3_999),
            ("Compost Bin", 6_499),
            ("Bird Feeder", 2_799),
            ("Outdoor String Lights", 3_499),
            ("Potting Soil 25L", 1_299),
        ],
    },
    Category {
        name: "Office Supplies",
        description: "Stationery, office furniture and equipment",
        suppliers: &[20, 10, 3, 2],
        products: &[
            ("Ergonomic Office Chair", 28_999),
            ("Standing Desk", 49_900),
            ("LED Desk Lamp", 3_999),
            ("Dotted Notebook A5 3-Pack", 1_799),
            ("Gel Pens 12-Pack", 1_199),
            ("Paper Shredder", 8_999),
            ("Whiteboard 90x60cm", 4_999),
            ("Printer Paper 500 Sheets", 799),
            ("2-Drawer Filing Cabinet", 14_999),
            ("Label Maker", 3_999),
            ("Desk Organizer", 2_499),
        ],
    },
    Category {
        name: "Grocery & Gourmet",
        description: "Coffee, tea, snacks and pantry staples",
        suppliers: &[8, 21, 13, 18],
        products: &[
            ("Whole Bean Coffee 1kg", 2_499),
            ("Green Tea 100 Bags", 999),
            ("Extra Virgin Olive Oil 1L", 1_699),
            ("Dark Chocolate Bar 6-Pack", 1_899),
            ("Mixed Nuts 1kg", 2_199),
            ("Organic Honey 500g", 1_199),
            ("Pasta Variety Pack", 1_499),
            ("Maple Syrup 500ml", 1_399),
            ("Sparkling Water 24-Pack", 1_599),
            ("Spice Gift Set", 2_999),
        ],
    },
    Category {
        name: "Pet Supplies",
        description: "Food, toys and care products for pets",
        suppliers: &[22, 10, 18],
        products: &[
            ("Dry Dog Food 12kg", 6_499),
            ("Dry Cat Food 4kg", 3_499),
            ("Clumping Cat Litter 10L", 1_499),
            ("Dog Leash and Collar Set", 2_499),
            ("Orthopedic Dog Bed", 7_999),
            ("Cat Scratching Post", 3_999),
            ("Pet Grooming Brush", 1_299),
            ("Aquarium Starter Kit", 9_999),
            ("Wild Bird Seed Mix 5kg", 1_799),
            ("Dog Chew Toy 3-Pack", 1_599),
        ],
    },
];

/// A job title with its salary band in thousands.
type Title = (&'static str, i64, i64);

struct Department {
    name: &'static str,
    location: &'static str,
    head: Title,
    staff: &'static [Title],
    /// Number of employees, head included.
    size: usize,
}

const DEPARTMENTS: [Department; 8] = [
    Department {
        name: "Executive",
        location: "New York",
        head: ("Chief Executive Officer", 280, 320),
        staff: &[
            ("Chief Operating Officer", 220, 250),
            ("Executive Assistant", 65, 80),
        ],
        size: 3,
    },
    Department {
        name: "Sales",
        location: "New York",
        head: ("Vice President of Sales", 170, 190),
        staff: &[
            ("Sales Manager", 105, 125),
            ("Senior Account Executive", 85, 100),
            ("Account Executive", 65, 80),
            ("Sales Representative", 50, 62),
        ],
        size: 14,
    },
    Department {
        name: "Marketing",
        location: "London",
        head: ("Marketing Director", 140, 160),
        staff: &[
            ("Marketing Manager", 85, 100),
            ("Content Strategist", 60, 72),
            ("Marketing Analyst", 62, 75),
        ],
        size: 6,
    },
    Department {
        name: "Engineering",
        location: "Berlin",
        head: ("Head of Engineering", 160, 185),
        staff: &[
            ("Senior Software Engineer", 120, 145),
            ("Software Engineer", 90, 115),
            ("Data Engineer", 100, 120),
            ("QA Engineer", 75, 90),
        ],
        size: 10,
    },
    Department {
        name: "Finance",
        location: "New York",
        head: ("Chief Financial Officer", 200, 230),
        staff: &[
            ("Controller", 110, 125),
            ("Financial Analyst", 70, 88),
            ("Accountant", 60, 75),
        ],
        size: 5,
    },
    Department {
        name: "Human Resources",
        location: "New York",
        head: ("HR Director", 120, 140),
        staff: &[("HR Business Partner", 75, 90), ("Recruiter", 55, 70)],
        size: 4,
    },
    Department {
        name: "Customer Support",
        location: "Toronto",
        head: ("Support Manager", 85, 100),
        staff: &[
            ("Support Team Lead", 60, 70),
            ("Support Specialist", 42, 52),
        ],
        size: 10,
    },
    Department {
        name: "Logistics",
        location: "Chicago",
        head: ("Logistics Manager", 95, 110),
        staff: &[
            ("Warehouse Supervisor", 58, 68),
            ("Inventory Analyst", 55, 66),
            ("Warehouse Associate", 36, 44),
        ],
        size: 7,
    },
];

const SALES_DEPARTMENT: &str = "Sales";

const PAYMENT_METHODS: [(&str, u32); 5] = [
    ("credit_card", 50),
    ("paypal", 22),
    ("debit_card", 15),
    ("bank_transfer", 8),
    ("gift_card", 5),
];

// ---------------------------------------------------------------------------------------
// Generation (pure: the same rows every time).

struct Employee {
    first_name: &'static str,
    last_name: &'static str,
    email: String,
    job_title: &'static str,
    department_id: i64,
    manager_id: Option<i64>,
    hire_day: i64,
    salary: i64,
}

struct Product {
    name: &'static str,
    category_id: i64,
    supplier_id: i64,
    price_cents: i64,
    cost_cents: i64,
    units_in_stock: i64,
    discontinued: bool,
    popularity: u32,
}

struct Customer {
    first_name: &'static str,
    last_name: &'static str,
    email: String,
    city: &'static str,
    country: &'static str,
    created_day: i64,
    created_second: i64,
}

struct Address {
    customer_id: i64,
    address_type: &'static str,
    street: String,
    city: &'static str,
    postal_code: String,
    country: &'static str,
}

struct Order {
    customer_id: i64,
    employee_id: Option<i64>,
    day: i64,
    status: &'static str,
    shipped_day: Option<i64>,
    shipping_address_id: i64,
    total_cents: i64,
}

struct OrderItem {
    order_id: i64,
    product_id: i64,
    quantity: i64,
    unit_cents: i64,
}

struct Payment {
    order_id: i64,
    cents: i64,
    day: i64,
    second: i64,
    method: &'static str,
}

struct Data {
    employees: Vec<Employee>,
    products: Vec<Product>,
    customers: Vec<Customer>,
    addresses: Vec<Address>,
    orders: Vec<Order>,
    items: Vec<OrderItem>,
    payments: Vec<Payment>,
}

/// Lower-case ASCII for e-mail addresses: accents dropped, spaces and punctuation removed.
fn email_part(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for ch in name.chars().flat_map(char::to_lowercase) {
        let mapped = match ch {
            'a'..='z' | '0'..='9' => ch,
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ß' => {
                out.push_str("ss");
                continue;
            }
            _ => continue,
        };
        out.push(mapped);
    }
    out
}

/// Unique e-mail local parts: "first.last", then "first.last2", "first.last3", ...
#[derive(Default)]
struct EmailBook(HashMap<String, u32>);

impl EmailBook {
    fn local_part(&mut self, first: &str, last: &str) -> String {
        let base = format!("{}.{}", email_part(first), email_part(last));
        let seen = self.0.entry(base.clone()).or_insert(0);
        *seen += 1;
        if *seen == 1 {
            base
        } else {
            format!("{base}{seen}")
        }
    }
}

fn fill_template(rng: &mut Rng, template: &str) -> String {
    template
        .chars()
        .map(|ch| match ch {
            '#' => char::from(b'0' + rng.below(10) as u8),
            'A' => char::from(b'A' + rng.below(26) as u8),
            other => other,
        })
        .collect()
}

fn street(rng: &mut Rng, country: &Country) -> String {
    let name = rng.pick(country.streets);
    match country.style {
        StreetStyle::NumberFirst => format!("{} {name}", rng.range(1, 250)),
        StreetStyle::NumberLast => format!("{name} {}", rng.range(1, 120)),
        StreetStyle::NumberLastComma => format!("{name}, {}", rng.range(1, 180)),
        StreetStyle::Japanese => format!(
            "{}-{}-{} {name}",
            rng.range(1, 5),
            rng.range(1, 20),
            rng.range(1, 30)
        ),
    }
}

/// Second of the day, weighted towards daytime and evening shopping hours.
fn shopping_second(rng: &mut Rng) -> i64 {
    let hour = rng.weighted(&[
        (0, 2),
        (1, 1),
        (2, 1),
        (6, 2),
        (7, 3),
        (8, 4),
        (9, 5),
        (10, 6),
        (11, 6),
        (12, 7),
        (13, 7),
        (14, 6),
        (15, 6),
        (16, 6),
        (17, 6),
        (18, 7),
        (19, 8),
        (20, 9),
        (21, 8),
        (22, 5),
        (23, 3),
    ]);
    hour * 3600 + rng.range(0, 3599)
}

fn generate() -> Data {
    let employees = generate_employees(&mut Rng::new(1));
    let products = generate_products(&mut Rng::new(2));
    let (customers, addresses, shipping) = generate_customers(&mut Rng::new(3));
    let (orders, items, payments) = generate_orders(
        &mut Rng::new(4),
        &employees,
        &products,
        &customers,
        &shipping,
    );
    Data {
        employees,
        products,
        customers,
        addresses,
        orders,
        items,
        payments,
    }
}

fn generate_employees(rng: &mut Rng) -> Vec<Employee> {
    let mut book = EmailBook::default();
    let mut employees: Vec<Employee> = Vec::new();
    let ceo_id = 1;
    for (index, department) in DEPARTMENTS.iter().enumerate() {
        let department_id = index as i64 + 1;
        let head_id = employees.len() as i64 + 1;
        for n in 0..department.size {
            let (title, manager_id, hire_from, hire_to) = if n == 0 {
                let manager = (head_id != ceo_id).then_some(ceo_id);
                let from = if head_id == ceo_id { 2012 } else { 2013 };
                (department.head, manager, from, 2019)
            } else {
                let title = department.staff[(n - 1) % department.staff.len()];
                (title, Some(head_id), 2015, 2025)
            };
            let pool = if rng.percent(75) {
                &ENGLISH
            } else {
                NAME_POOLS[rng.index(NAME_POOLS.len())]
            };
            let first_name = rng.pick(pool.first);
            let last_name = rng.pick(pool.last);
            let email = format!(
                "{}@harborandpine.example",
                book.local_part(first_name, last_name)
            );
            let hire_day = rng.range(
                days_from_civil(hire_from, 1, 1),
                days_from_civil(hire_to, 9, 30),
            );
            let salary = rng.range(title.1 * 2, title.2 * 2) * 500;
            employees.push(Employee {
                first_name,
                last_name,
                email,
                job_title: title.0,
                department_id,
                manager_id,
                hire_day,
                salary,
            });
        }
    }
    employees
}

fn generate_products(rng: &mut Rng) -> Vec<Product> {
    let mut products = Vec::new();
    for (index, category) in CATEGORIES.iter().enumerate() {
        for &(name, price_cents) in category.products {
            let supplier = rng.pick(category.suppliers);
            let cost_cents = price_cents * rng.range(40, 70) / 100;
            let discontinued = rng.percent(4);
            let units_in_stock = if discontinued || rng.percent(5) {
                0
            } else {
                rng.range(5, 400)
            };
            let popularity = rng.weighted(&[(1, 35), (2, 30), (4, 20), (8, 10), (16, 5)]);
            products.push(Product {
                name,
                category_id: index as i64 + 1,
                supplier_id: supplier as i64 + 1,
                price_cents,
                cost_cents,
                units_in_stock,
                discontinued,
                popularity,
            });
        }
    }
    products
}

/// Customers (ids in sign-up order), their addresses, and each customer's shipping address ids.
fn generate_customers(rng: &mut Rng) -> (Vec<Customer>, Vec<Address>, Vec<Vec<i64>>) {
    let country_weights: Vec<(usize, u32)> = COUNTRIES
        .iter()
        .enumerate()
        .map(|(i, c)| (i, c.weight))
        .collect();
    let mut signups: Vec<(i64, i64)> = (0..CUSTOMER_COUNT)
        .map(|_| {
            (
                rng.range(CUSTOMERS_FROM, LAST_DAY - 30),
                shopping_second(rng),
            )
        })
        .collect();
    signups.sort_unstable();

    let mut book = EmailBook::default();
    let mut customers = Vec::with_capacity(CUSTOMER_COUNT);
    let mut addresses = Vec::new();
    let mut shipping = Vec::with_capacity(CUSTOMER_COUNT);
    for (index, &(created_day, created_second)) in signups.iter().enumerate() {
        let customer_id = index as i64 + 1;
        let country = &COUNTRIES[rng.weighted(&country_weights)];
        let pool = if rng.percent(90) {
            country.names
        } else {
            NAME_POOLS[rng.index(NAME_POOLS.len())]
        };
        let first_name = rng.pick(pool.first);
        let last_name = rng.pick(pool.last);
        let domain = rng.weighted(&EMAIL_DOMAINS);
        let email = format!("{}@{domain}", book.local_part(first_name, last_name));
        let (city, template) = rng.pick(country.cities);

        let mut address = |rng: &mut Rng, address_type, city, template| {
            addresses.push(Address {
                customer_id,
                address_type,
                street: street(rng, country),
                city,
                postal_code: fill_template(rng, template),
                country: country.name,
            });
            addresses.len() as i64
        };
        let mut ships_to = vec![address(rng, "shipping", city, template)];
        if rng.percent(20) {
            address(rng, "billing", city, template);
        }
        if rng.percent(10) {
            let (other_city, other_template) = rng.pick(country.cities);
            ships_to.push(address(rng, "shipping", other_city, other_template));
        }
        shipping.push(ships_to);
        customers.push(Customer {
            first_name,
            last_name,
            email,
            city,
            country: country.name,
            created_day,
            created_second,
        });
    }
    (customers, addresses, shipping)
}

fn generate_orders(
    rng: &mut Rng,
    employees: &[Employee],
    products: &[Product],
    customers: &[Customer],
    shipping: &[Vec<i64>],
) -> (Vec<Order>, Vec<OrderItem>, Vec<Payment>) {
    // How often each customer orders: most rarely, a few often.
    let mut cumulative = Vec::with_capacity(customers.len());
    let mut total = 0u64;
    for _ in customers {
        total += rng.weighted(&[(1u64, 50), (2, 25), (4, 15), (8, 10)]);
        cumulative.push(total);
    }
    let mut product_cumulative = Vec::with_capacity(products.len());
    let mut product_total = 0u64;
    for product in products {
        product_total += u64::from(product.popularity);
        product_cumulative.push(product_total);
    }
    let sales_department = DEPARTMENTS
        .iter()
        .position(|d| d.name == SALES_DEPARTMENT)
        .map_or(1, |i| i as i64 + 1);
    let sales: Vec<(i64, i64)> = employees
        .iter()
        .enumerate()
        .filter(|(_, e)| e.department_id == sales_department)
        .map(|(i, e)| (i as i64 + 1, e.hire_day))
        .collect();

    // Dates first (business grows and peaks before Christmas), then sorted so that order ids
    // follow order dates.
    let span = LAST_DAY - ORDERS_FROM;
    let mut drafts: Vec<(i64, i64, usize)> = Vec::with_capacity(ORDER_COUNT);
    while drafts.len() < ORDER_COUNT {
        let day = rng.range(ORDERS_FROM, LAST_DAY);
        let (_, month, _) = civil_from_days(day);
        let season = match month {
            11 => 1400,
            12 => 1700,
            1 | 2 => 850,
            _ => 1000,
        };
        let growth = 1000 + (day - ORDERS_FROM) * 1000 / span;
        if rng.below(1700 * 2000) >= (season * growth) as u64 {
            continue;
        }
        let signed_up = customers.partition_point(|c| c.created_day < day);
        if signed_up == 0 {
            continue;
        }
        let r = rng.below(cumulative[signed_up - 1]);
        let customer = cumulative.partition_point(|&c| c <= r);
        drafts.push((day, shopping_second(rng), customer));
    }
    drafts.sort_unstable();

    let mut orders = Vec::with_capacity(ORDER_COUNT);
    let mut items = Vec::new();
    let mut payments = Vec::new();
    for (index, &(day, second, customer)) in drafts.iter().enumerate() {
        let order_id = index as i64 + 1;
        let age = LAST_DAY - day;
        let status = match age {
            0..=2 => rng.weighted(&[("pending", 50), ("processing", 50)]),
            3..=7 => rng.weighted(&[("processing", 30), ("shipped", 70)]),
            8..=20 => rng.weighted(&[("shipped", 60), ("delivered", 40), ("cancelled", 3)]),
            _ => rng.weighted(&[("delivered", 90), ("cancelled", 6), ("returned", 4)]),
        };
        let shipped_day = match status {
            "shipped" | "delivered" | "returned" => Some(day + rng.range(1, age.clamp(1, 4))),
            _ => None,
        };
        // The department head (first) takes orders only when no one else was hired yet.
        let eligible: Vec<i64> = sales
            .iter()
            .skip(1)
            .filter(|&&(_, hired)| hired <= day)
            .map(|&(id, _)| id)
            .collect();
        let employee_id = if eligible.is_empty() {
            sales.first().map(|&(id, _)| id)
        } else {
            Some(rng.pick(&eligible))
        };
        let shipping_address_id = rng.pick(&shipping[customer]);

        // Prices rise about 3% a year: older orders were cheaper.
        let price_permille = 1000 - age * 30 / 365;
        let lines = rng.weighted(&[(1usize, 45), (2, 30), (3, 15), (4, 7), (5, 3)]);
        let mut chosen: Vec<usize> = Vec::with_capacity(lines);
        while chosen.len() < lines {
            let r = rng.below(product_total);
            let product = product_cumulative.partition_point(|&c| c <= r);
            if !chosen.contains(&product) {
                chosen.push(product);
            }
        }
        let mut total_cents = 0;
        for product in chosen {
            let quantity = rng.weighted(&[(1i64, 60), (2, 25), (3, 10), (4, 3), (5, 2)]);
            let list = products[product].price_cents * price_permille / 1000;
            let unit_cents = (list / 10 * 10 + 9).min(products[product].price_cents);
            total_cents += quantity * unit_cents;
            items.push(OrderItem {
                order_id,
                product_id: product as i64 + 1,
                quantity,
                unit_cents,
            });
        }

        if !matches!(status, "pending" | "cancelled") {
            let method = rng.weighted(&PAYMENT_METHODS);
            let paid_second = (second + rng.range(30, 900)).min(86_399);
            let paid_day = if method == "bank_transfer" && age > 0 {
                day + rng.range(1, age.min(3))
            } else {
                day
            };
            if method != "gift_card" && total_cents > 5_000 && rng.percent(5) {
                // Part paid with a gift card.
                let gift = rng.range(1, 5) * 1_000;
                payments.push(Payment {
                    order_id,
                    cents: gift,
                    day,
                    second: paid_second - 20,
                    method: "gift_card",
                });
                total_cents -= gift;
                payments.push(Payment {
                    order_id,
                    cents: total_cents,
                    day: paid_day,
                    second: paid_second,
                    method,
                });
                total_cents += gift;
            } else {
                payments.push(Payment {
                    order_id,
                    cents: total_cents,
                    day: paid_day,
                    second: paid_second,
                    method,
                });
            }
        }
        orders.push(Order {
            customer_id: customer as i64 + 1,
            employee_id,
            day,
            status,
            shipped_day,
            shipping_address_id,
            total_cents,
        });
    }
    (orders, items, payments)
}

// ---------------------------------------------------------------------------------------
// Insertion.

fn insert(tx: &Transaction<'_>, data: &Data) -> rusqlite::Result<u64> {
    let mut rows = 0u64;

    let mut stmt =
        tx.prepare("INSERT INTO departments (id, name, location) VALUES (?1, ?2, ?3)")?;
    for (i, d) in DEPARTMENTS.iter().enumerate() {
        rows += stmt.execute(params![i as i64 + 1, d.name, d.location])? as u64;
    }

    let mut stmt = tx.prepare(
        "INSERT INTO employees (id, first_name, last_name, email, job_title, department_id, \
         manager_id, hire_date, salary) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for (i, e) in data.employees.iter().enumerate() {
        rows += stmt.execute(params![
            i as i64 + 1,
            e.first_name,
            e.last_name,
            e.email,
            e.job_title,
            e.department_id,
            e.manager_id,
            date(e.hire_day),
            e.salary as f64,
        ])? as u64;
    }

    let mut stmt =
        tx.prepare("INSERT INTO categories (id, name, description) VALUES (?1, ?2, ?3)")?;
    for (i, c) in CATEGORIES.iter().enumerate() {
        rows += stmt.execute(params![i as i64 + 1, c.name, c.description])? as u64;
    }

    let mut stmt = tx.prepare(
        "INSERT INTO suppliers (id, name, contact_email, city, country) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, &(name, city, country)) in SUPPLIERS.iter().enumerate() {
        let domain: String = name.split_whitespace().take(2).map(email_part).collect();
        let email = format!("sales@{domain}.example");
        rows += stmt.execute(params![i as i64 + 1, name, email, city, country])? as u64;
    }

    let mut stmt = tx.prepare(
        "INSERT INTO products (id, name, category_id, supplier_id, price, cost, \
         units_in_stock, discontinued) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (i, p) in data.products.iter().enumerate() {
        rows += stmt.execute(params![
            i as i64 + 1,
            p.name,
            p.category_id,
            p.supplier_id,
            money(p.price_cents),
            money(p.cost_cents),
            p.units_in_stock,
            p.discontinued,
        ])? as u64;
    }

    let mut stmt = tx.prepare(
        "INSERT INTO customers (id, first_name, last_name, email, city, country, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (i, c) in data.customers.iter().enumerate() {
        rows += stmt.execute(params![
            i as i64 + 1,
            c.first_name,
            c.last_name,
            c.email,
            c.city,
            c.country,
            timestamp(c.created_day, c.created_second),
        ])? as u64;
    }

    let mut stmt = tx.prepare(
        "INSERT INTO addresses (id, customer_id, address_type, street, city, postal_code, \
         country) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (i, a) in data.addresses.iter().enumerate() {
        rows += stmt.execute(params![
            i as i64 + 1,
            a.customer_id,
            a.address_type,
            a.street,
            a.city,
            a.postal_code,
            a.country,
        ])? as u64;
    }

    let mut stmt = tx.prepare(
        "INSERT INTO orders (id, customer_id, employee_id, order_date, status, shipped_date, \
         shipping_address_id, total_amount) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (i, o) in data.orders.iter().enumerate() {
        rows += stmt.execute(params![
            i as i64 + 1,
            o.customer_id,
            o.employee_id,
            date(o.day),
            o.status,
            o.shipped_day.map(date),
            o.shipping_address_id,
            money(o.total_cents),
        ])? as u64;
    }

    let mut stmt = tx.prepare(
        "INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, it) in data.items.iter().enumerate() {
        rows += stmt.execute(params![
            i as i64 + 1,
            it.order_id,
            it.product_id,
            it.quantity,
            money(it.unit_cents),
        ])? as u64;
    }

    let mut stmt = tx.prepare(
        "INSERT INTO payments (id, order_id, amount, paid_at, method) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, p) in data.payments.iter().enumerate() {
        rows += stmt.execute(params![
            i as i64 + 1,
            p.order_id,
            money(p.cents),
            timestamp(p.day, p.second),
            p.method,
        ])? as u64;
    }

    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::types::ValueRef;

    /// A fresh directory under the system temp dir, removed on drop.
    struct TestDir(PathBuf);

    impl TestDir {
        fn new(name: &str) -> Self {
            static N: AtomicU64 = AtomicU64::new(0);
            let dir = std::env::temp_dir().join(format!(
                "quarry-demo-test-{}-{name}-{}",
                std::process::id(),
                N.fetch_add(1, Ordering::Relaxed)
            ));
            let _ = fs::remove_dir_all(&dir);
            fs::create_dir_all(&dir).unwrap();
            TestDir(dir)
        }

        fn path(&self, name: &str) -> PathBuf {
            self.0.join(name)
        }
    }

    impl Drop for TestDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    fn open(path: &Path) -> Connection {
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE).unwrap()
    }

    /// Every table's schema and rows, in id order, as text.
    fn dump(path: &Path) -> String {
        let conn = open(path);
        let mut out = String::new();
        let mut tables = conn
            .prepare("SELECT name, sql FROM sqlite_schema ORDER BY type, name")
            .unwrap();
        let schema: Vec<(String, String)> = tables
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                ))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for (name, sql) in &schema {
            out.push_str(&format!("{name}: {sql}\n"));
        }
        for table in TABLES {
            let mut stmt = conn
                .prepare(&format!("SELECT * FROM {table} ORDER BY id"))
                .unwrap();
            let columns = stmt.column_count();
            let mut rows = stmt.query([]).unwrap();
            while let Some(row) = rows.next().unwrap() {
                out.push_str(table);
                for i in 0..columns {
                    let value = match row.get_ref(i).unwrap() {
                        ValueRef::Null => "NULL".to_string(),
                        ValueRef::Integer(v) => format!("i{v}"),
                        ValueRef::Real(v) => format!("r{v:?}"),
                        ValueRef::Text(t) => format!("t{}", String::from_utf8_lossy(t)),
                        ValueRef::Blob(b) => format!("b{b:?}"),
                    };
                    out.push('|');
                    out.push_str(&value);
                }
                out.push('\n');
            }
        }
        out
    }

    fn count(conn: &Connection, table: &str) -> u64 {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap() as u64
    }

    #[test]
    fn generated_twice_gives_identical_content() {
        let dir = TestDir::new("twice");
        let (a, b) = (dir.path("a.sqlite"), dir.path("b.sqlite"));
        let stats_a = write(&a).unwrap();
        let stats_b = write(&b).unwrap();
        assert_eq!(stats_a, stats_b);
        let (dump_a, dump_b) = (dump(&a), dump(&b));
        assert!(
            dump_a.len() > 1_000_000,
            "dump is only {} bytes",
            dump_a.len()
        );
        assert!(dump_a == dump_b, "the two demo databases differ");
    }

    #[test]
    fn concurrent_writers_leave_one_complete_database() {
        let dir = TestDir::new("concurrent");
        let path = dir.path("demo.sqlite");
        let reference = dir.path("reference.sqlite");
        write(&reference).unwrap();
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..3).map(|_| scope.spawn(|| ensure(&path))).collect();
            for handle in handles {
                handle.join().unwrap().unwrap();
            }
        });
        assert!(
            dump(&path) == dump(&reference),
            "concurrent writes corrupted the demo"
        );
        let names = fs::read_dir(&dir.0).unwrap().count();
        assert_eq!(names, 2, "temporary files left behind");
    }

    #[test]
    fn every_foreign_key_holds() {
        let dir = TestDir::new("fk");
        let path = dir.path("demo.sqlite");
        write(&path).unwrap();
        let conn = open(&path);
        conn.pragma_update(None, "foreign_keys", "ON").unwrap();
        let violations: i64 = conn
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(violations, 0);
        let mut stmt = conn.prepare("PRAGMA foreign_key_check").unwrap();
        assert!(stmt.query([]).unwrap().next().unwrap().is_none());
        let declared: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema s, pragma_foreign_key_list(s.name) \
                 WHERE s.type = 'table'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(declared, 11, "declared foreign keys");
        let integrity: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(integrity, "ok");
    }

    #[test]
    fn size_version_and_stats_agree() {
        let dir = TestDir::new("size");
        let path = dir.path("demo.sqlite");
        let stats = write(&path).unwrap();
        assert_eq!(stats.tables, 10);
        assert!(
            (15_000..=25_000).contains(&stats.rows),
            "{} rows",
            stats.rows
        );
        let conn = open(&path);
        let counted: u64 = TABLES.iter().map(|t| count(&conn, t)).sum();
        assert_eq!(counted, stats.rows);
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(tables, 10);
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, i64::from(GENERATOR_VERSION));
        for table in TABLES {
            assert!(count(&conn, table) > 0, "{table} is empty");
        }
    }

    #[test]
    fn content_is_plausible() {
        let dir = TestDir::new("plausible");
        let path = dir.path("demo.sqlite");
        write(&path).unwrap();
        let conn = open(&path);
        let one = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        // Order totals match their items and paid orders their payments (to the cent).
        assert_eq!(
            one(
                "SELECT count(*) FROM orders o WHERE round(o.total_amount * 100) <> \
                 (SELECT round(sum(quantity * unit_price * 100)) FROM order_items i \
                  WHERE i.order_id = o.id)"
            ),
            0
        );
        assert_eq!(
            one(
                "SELECT count(*) FROM orders o WHERE status NOT IN ('pending', 'cancelled') \
                 AND round(o.total_amount * 100) <> \
                 (SELECT round(sum(amount * 100)) FROM payments p WHERE p.order_id = o.id)"
            ),
            0
        );
        assert_eq!(
            one(
                "SELECT count(*) FROM payments p JOIN orders o ON o.id = p.order_id \
                 WHERE o.status IN ('pending', 'cancelled')"
            ),
            0
        );
        // Orders come after the customer signed up and after the employee was hired.
        assert_eq!(
            one(
                "SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id \
                 WHERE o.order_date <= date(c.created_at)"
            ),
            0
        );
        assert_eq!(
            one(
                "SELECT count(*) FROM orders o JOIN employees e ON e.id = o.employee_id \
                 WHERE o.order_date < e.hire_date"
            ),
            0
        );
        assert_eq!(
            one(
                "SELECT count(*) FROM orders o JOIN addresses a ON a.id = o.shipping_address_id \
                 WHERE a.customer_id <> o.customer_id OR a.address_type <> 'shipping'"
            ),
            0
        );
        // Dates are well-formed ISO text spread over several years.
        assert_eq!(
            one(
                "SELECT count(*) FROM orders WHERE date(order_date) IS NOT order_date \
                 OR date(shipped_date) IS NOT shipped_date"
            ),
            0
        );
        assert_eq!(
            one("SELECT count(*) FROM payments WHERE datetime(paid_at) IS NOT paid_at"),
            0
        );
        assert_eq!(
            one("SELECT count(DISTINCT substr(order_date, 1, 4)) FROM orders"),
            5
        );
        // Low-cardinality columns people filter on.
        assert_eq!(one("SELECT count(DISTINCT country) FROM customers"), 12);
        assert!(one("SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.country = 'France'") > 100);
        assert_eq!(one("SELECT count(DISTINCT status) FROM orders"), 6);
        assert_eq!(one("SELECT count(DISTINCT method) FROM payments"), 5);
        // Declared types a type-aware reader can use.
        assert_eq!(
            one("SELECT count(*) FROM pragma_table_info('orders') \
                 WHERE (name = 'order_date' AND type = 'DATE') \
                 OR (name = 'total_amount' AND type = 'REAL')"),
            2
        );
        assert_eq!(
            one("SELECT count(*) FROM products WHERE typeof(price) <> 'real'"),
            0
        );
    }

    #[test]
    fn ensure_rewrites_stale_and_keeps_current() {
        let dir = TestDir::new("ensure");
        // Missing, with a missing parent directory: written.
        let path = dir.path("data/quarry/demo.sqlite");
        assert!(ensure(&path).unwrap().is_some());

        // Current: left alone (a marker table survives).
        open(&path)
            .execute_batch("CREATE TABLE marker (x INTEGER)")
            .unwrap();
        assert!(ensure(&path).unwrap().is_none());
        let has_marker = |p: &Path| -> bool {
            open(p)
                .query_row(
                    "SELECT count(*) FROM sqlite_schema WHERE name = 'marker'",
                    [],
                    |r| r.get::<_, i64>(0),
                )
                .unwrap()
                == 1
        };
        assert!(has_marker(&path));

        // Stale version: rewritten (marker gone, version current).
        open(&path)
            .pragma_update(None, "user_version", GENERATOR_VERSION + 1)
            .unwrap();
        let stats = ensure(&path).unwrap().expect("a stale demo is rewritten");
        assert!(stats.rows > 0);
        assert!(!has_marker(&path));
        let version: i64 = open(&path)
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, i64::from(GENERATOR_VERSION));

        // Not a database at all: rewritten.
        fs::write(&path, b"this is not a database").unwrap();
        assert!(ensure(&path).unwrap().is_some());
        assert!(!has_marker(&path));

        // No temporary files left behind.
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("demo.sqlite")]);
    }

    #[test]
    fn write_into_missing_or_unusable_directory_is_an_error() {
        let dir = TestDir::new("errors");
        let missing = dir.path("no/such/dir/demo.sqlite");
        let err = write(&missing).unwrap_err();
        assert!(matches!(err, DemoError::Io { .. }), "{err:?}");
        assert!(err.to_string().contains("no/such/dir"), "{err}");

        // A parent that is a file fails even for root (who may write anywhere).
        let file = dir.path("plain-file");
        fs::write(&file, b"x").unwrap();
        let under_file = file.join("demo.sqlite");
        assert!(matches!(write(&under_file), Err(DemoError::Io { .. })));
        assert!(matches!(ensure(&under_file), Err(DemoError::Io { .. })));

        // A directory in the way of the target.
        let taken = dir.path("taken");
        fs::create_dir(&taken).unwrap();
        let err = write(&taken).unwrap_err();
        assert!(err.to_string().contains("taken"), "{err}");
        let leftovers = fs::read_dir(&dir.0).unwrap().count();
        assert_eq!(leftovers, 2, "temporary file left behind");

        assert!(matches!(
            write(Path::new("/")),
            Err(DemoError::InvalidPath { .. })
        ));
    }

    #[test]
    fn default_path_prefers_xdg_then_home() {
        let p = |xdg: Option<&str>, home: Option<&str>| {
            default_path_from(xdg.map(Into::into), home.map(Into::into))
        };
        assert_eq!(
            p(Some("/data"), Some("/home/u")),
            Some(PathBuf::from("/data/quarry/demo.sqlite"))
        );
        assert_eq!(
            p(Some("relative"), Some("/home/u")),
            Some(PathBuf::from("/home/u/.local/share/quarry/demo.sqlite"))
        );
        assert_eq!(
            p(Some(""), Some("/home/u")),
            Some(PathBuf::from("/home/u/.local/share/quarry/demo.sqlite"))
        );
        assert_eq!(p(None, Some("")), None);
        assert_eq!(p(None, None), None);
    }

    #[test]
    fn calendar_round_trips() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(date(days_from_civil(2024, 2, 29)), "2024-02-29");
        for day in days_from_civil(2019, 1, 1)..days_from_civil(2027, 1, 1) {
            let (y, m, d) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, d), day);
        }
        assert_eq!(timestamp(0, 86_399 + 61), "1970-01-02 00:01:00");
    }

    #[test]
    fn email_parts_are_ascii() {
        assert_eq!(email_part("O'Brien"), "obrien");
        assert_eq!(email_part("van den Berg"), "vandenberg");
        assert_eq!(email_part("Müller"), "muller");
        assert_eq!(email_part("Schäfer"), "schafer");
        assert_eq!(email_part("Élodie"), "elodie");
        assert_eq!(email_part("Straße"), "strasse");
    }
}
