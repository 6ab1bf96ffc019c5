//! PostgreSQL binary values to JSON, as DESIGN "Results" fixes them.
//!
//! tokio-postgres always asks for binary results, so each type is decoded from its wire
//! format here, including the ones whose crate types would lose information (numeric keeps
//! every digit and its scale; infinite dates stay strings; intervals become ISO 8601).

use base64::Engine as _;
use postgres_protocol::types as wire;
use serde_json::{json, Value};
use tokio_postgres::types::{FromSql, Kind, Type};

/// Largest integer a JSON number carries exactly (2^53 - 1).
const MAX_SAFE_INT: i64 = 9_007_199_254_740_991;

/// A cell of any type, decoded to JSON.
pub struct PgJson(pub Value);

impl<'a> FromSql<'a> for PgJson {
    fn from_sql(
        ty: &Type,
        raw: &'a [u8],
    ) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        decode(ty, raw).map(PgJson)
    }

    fn from_sql_null(_: &Type) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(PgJson(Value::Null))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

type DecodeResult = Result<Value, Box<dyn std::error::Error + Sync + Send>>;

pub fn int_value(i: i64) -> Value {
    if (-MAX_SAFE_INT..=MAX_SAFE_INT).contains(&i) {
        json!(i)
    } else {
        Value::String(i.to_string())
    }
}

pub fn uint_value(u: u64) -> Value {
    if u <= MAX_SAFE_INT as u64 {
        json!(u)
    } else {
        Value::String(u.to_string())
    }
}

pub fn float_value(f: f64) -> Value {
    if f.is_nan() {
        Value::String("NaN".into())
    } else if f == f64::INFINITY {
        Value::String("Infinity".into())
    } else if f == f64::NEG_INFINITY {
        Value::String("-Infinity".into())
    } else {
        serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
    }
}

pub fn bytes_value(b: &[u8]) -> Value {
    Value::String(base64::engine::general_purpose::STANDARD.encode(b))
}

fn decode(ty: &Type, raw: &[u8]) -> DecodeResult {
    match ty.kind() {
        Kind::Enum(_) => return Ok(Value::String(std::str::from_utf8(raw)?.to_string())),
        Kind::Domain(inner) => return decode(inner, raw),
        Kind::Array(elem) => return decode_array(elem, raw),
        _ => {}
    }
    Ok(match *ty {
        Type::BOOL => json!(wire::bool_from_sql(raw)?),
        Type::INT2 => json!(wire::int2_from_sql(raw)?),
        Type::INT4 => json!(wire::int4_from_sql(raw)?),
        Type::INT8 => int_value(wire::int8_from_sql(raw)?),
        Type::OID | Type::XID | Type::CID => json!(wire::oid_from_sql(raw)?),
        Type::FLOAT4 => float_value(f64::from(wire::float4_from_sql(raw)?)),
        Type::FLOAT8 => float_value(wire::float8_from_sql(raw)?),
        Type::NUMERIC => Value::String(numeric_to_string(raw)?),
        Type::MONEY => Value::String(money_to_string(wire::int8_from_sql(raw)?)),
        Type::BYTEA => bytes_value(raw),
        Type::UUID => Value::String(uuid::Uuid::from_bytes(wire::uuid_from_sql(raw)?).to_string()),
        Type::JSON => serde_json::from_slice(raw)?,
        Type::JSONB => {
            // Binary jsonb is a version byte (1) followed by the JSON text.
            match raw.split_first() {
                Some((1, rest)) => serde_json::from_slice(rest)?,
                _ => return Err("unsupported jsonb version".into()),
            }
        }
        Type::DATE => Value::String(date_to_string(wire::date_from_sql(raw)?)),
        Type::TIMESTAMP => Value::String(timestamp_to_string(wire::timestamp_from_sql(raw)?, "")),
        Type::TIMESTAMPTZ => {
            Value::String(timestamp_to_string(wire::timestamp_from_sql(raw)?, "Z"))
        }
        Type::TIME => Value::String(time_to_string(wire::time_from_sql(raw)?)),
        Type::TIMETZ => Value::String(timetz_to_string(raw)?),
        Type::INTERVAL => Value::String(interval_to_string(raw)?),
        Type::INET | Type::CIDR => Value::String(inet_to_string(raw)?),
        Type::MACADDR => {
            let m = wire::macaddr_from_sql(raw)?;
            Value::String(
                m.iter()
                    .map(|b| format!("{b:02x}"))
                    .collect::<Vec<_>>()
                    .join(":"),
            )
        }
        Type::CHAR => json!((raw.first().copied().unwrap_or(0) as char).to_string()),
        _ => match std::str::from_utf8(raw) {
            // text, varchar, bpchar, name, citext, xml, unknown: their binary form is the text.
            Ok(s) => Value::String(s.to_string()),
            Err(_) => bytes_value(raw),
        },
    })
}

fn decode_array(elem: &Type, raw: &[u8]) -> DecodeResult {
    let array = wire::array_from_sql(raw)?;
    let dims: Vec<usize> = {
        use fallible_iterator::FallibleIterator;
        array
            .dimensions()
            .map(|d| Ok(usize::try_from(d.len).unwrap_or(0)))
            .collect()?
    };
    let mut values = Vec::new();
    {
        use fallible_iterator::FallibleIterator;
        let mut it = array.values();
        while let Some(v) = it.next()? {
            values.push(match v {
                Some(bytes) => decode(elem, bytes)?,
                None => Value::Null,
            });
        }
    }
    if dims.is_empty() {
        return Ok(Value::Array(vec![]));
    }
    Ok(nest(&dims, &mut values.into_iter()))
}

/// Builds nested arrays for a multi-dimensional PostgreSQL array.
fn nest(dims: &[usize], values: &mut impl Iterator<Item = Value>) -> Value {
    match dims.split_first() {
        None => values.next().unwrap_or(Value::Null),
        Some((n, [])) => Value::Array(values.take(*n).collect()),
        Some((n, rest)) => Value::Array((0..*n).map(|_| nest(rest, values)).collect()),
    }
}

/// Decodes the binary numeric format (base-10000 digits) into its exact decimal text.
pub fn numeric_to_string(raw: &[u8]) -> Result<String, Box<dyn std::error::Error + Sync + Send>> {
    let word = |i: usize| -> Result<u16, Box<dyn std::error::Error + Sync + Send>> {
        raw.get(i..i + 2)
            .map(|b| u16::from_be_bytes([b[0], b[1]]))
            .ok_or_else(|| "numeric value too short".into())
    };
    let ndigits = word(0)? as usize;
    let weight = word(2)? as i16 as i32;
    let sign = word(4)?;
    let dscale = word(6)? as usize;
    match sign {
        0xC000 => return Ok("NaN".into()),
        0xD000 => return Ok("Infinity".into()),
        0xF000 => return Ok("-Infinity".into()),
        _ => {}
    }
    let mut digits = Vec::with_capacity(ndigits);
    for i in 0..ndigits {
        let d = word(8 + 2 * i)?;
        if d > 9999 {
            return Err("bad numeric digit".into());
        }
        digits.push(d);
    }
    let digit = |i: i32| -> u16 {
        if i < 0 {
            0
        } else {
            digits.get(i as usize).copied().unwrap_or(0)
        }
    };
    let mut out = String::new();
    if sign == 0x4000 {
        out.push('-');
    }
    if weight < 0 {
        out.push('0');
    } else {
        for i in 0..=weight {
            if i == 0 {
                out.push_str(&digit(i).to_string());
            } else {
                out.push_str(&format!("{:04}", digit(i)));
            }
        }
    }
    if dscale > 0 {
        out.push('.');
        let mut frac = String::new();
        let mut i = weight + 1;
        while frac.len() < dscale {
            frac.push_str(&format!("{:04}", digit(i)));
            i += 1;
        }
        frac.truncate(dscale);
        out.push_str(&frac);
    }
    if out == "-0" || (out.starts_with("-0.") && out[3..].bytes().all(|b| b == b'0')) {
        out.remove(0);
    }
    Ok(out)
}

fn money_to_string(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

fn pg_epoch_date() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default()
}

fn date_to_string(days: i32) -> String {
    match days {
        i32::MAX => "infinity".into(),
        i32::MIN => "-infinity".into(),
        d => pg_epoch_date()
            .checked_add_signed(chrono::Duration::days(i64::from(d)))
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_else(|| d.to_string()),
    }
}

fn timestamp_to_string(micros: i64, suffix: &str) -> String {
    match micros {
        i64::MAX => "infinity".into(),
        i64::MIN => "-infinity".into(),
        m => pg_epoch_date()
            .and_hms_opt(0, 0, 0)
            .and_then(|base| base.checked_add_signed(chrono::Duration::microseconds(m)))
            .map(|ts| format!("{}{suffix}", ts.format("%Y-%m-%dT%H:%M:%S%.f")))
            .unwrap_or_else(|| m.to_string()),
    }
}

fn time_to_string(micros: i64) -> String {
    let secs = micros.div_euclid(1_000_000);
    let frac = micros.rem_euclid(1_000_000);
    let (h, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
    if frac == 0 {
        format!("{h:02}:{m:02}:{s:02}")
    } else {
        let f = format!("{frac:06}");
        format!("{h:02}:{m:02}:{s:02}.{}", f.trim_end_matches('0'))
    }
}

fn timetz_to_string(raw: &[u8]) -> Result<String, Box<dyn std::error::Error + Sync + Send>> {
    if raw.len() != 12 {
        return Err("bad timetz".into());
    }
    let micros = i64::from_be_bytes(raw[0..8].try_into()?);
    // PostgreSQL stores the zone as seconds *west* of UTC.
    let west = i32::from_be_bytes(raw[8..12].try_into()?);
    let east = -west;
    let sign = if east < 0 { '-' } else { '+' };
    let a = east.unsigned_abs();
    Ok(format!(
        "{}{sign}{:02}:{:02}",
        time_to_string(micros),
        a / 3600,
        (a / 60) % 60
    ))
}

fn interval_to_string(raw: &[u8]) -> Result<String, Box<dyn std::error::Error + Sync + Send>> {
    if raw.len() != 16 {
        return Err("bad interval".into());
    }
    let micros = i64::from_be_bytes(raw[0..8].try_into()?);
    let days = i32::from_be_bytes(raw[8..12].try_into()?);
    let months = i32::from_be_bytes(raw[12..16].try_into()?);
    let mut out = String::from("P");
    let (years, months) = (months / 12, months % 12);
    if years != 0 {
        out.push_str(&format!("{years}Y"));
    }
    if months != 0 {
        out.push_str(&format!("{months}M"));
    }
    if days != 0 {
        out.push_str(&format!("{days}D"));
    }
    if micros != 0 {
        out.push('T');
        let neg = micros < 0;
        let a = micros.unsigned_abs();
        let secs = a / 1_000_000;
        let frac = a % 1_000_000;
        let sign = if neg { "-" } else { "" };
        let (h, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
        if h != 0 {
            out.push_str(&format!("{sign}{h}H"));
        }
        if m != 0 {
            out.push_str(&format!("{sign}{m}M"));
        }
        if s != 0 || frac != 0 {
            if frac == 0 {
                out.push_str(&format!("{sign}{s}S"));
            } else {
                let f = format!("{frac:06}");
                out.push_str(&format!("{sign}{s}.{}S", f.trim_end_matches('0')));
            }
        }
    }
    if out == "P" {
        out.push_str("T0S");
    }
    Ok(out)
}

fn inet_to_string(raw: &[u8]) -> Result<String, Box<dyn std::error::Error + Sync + Send>> {
    let inet = wire::inet_from_sql(raw)?;
    let addr = inet.addr();
    let full = if addr.is_ipv4() { 32 } else { 128 };
    Ok(if inet.netmask() == full {
        addr.to_string()
    } else {
        format!("{addr}/{}", inet.netmask())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numeric(ndigits: u16, weight: i16, sign: u16, dscale: u16, digits: &[u16]) -> Vec<u8> {
        let mut v = Vec::new();
        for w in [ndigits, weight as u16, sign, dscale] {
            v.extend_from_slice(&w.to_be_bytes());
        }
        for d in digits {
            v.extend_from_slice(&d.to_be_bytes());
        }
        v
    }

    #[test]
    fn numeric_keeps_digits_and_scale() {
        assert_eq!(
            numeric_to_string(&numeric(2, 0, 0, 2, &[1, 5000])).unwrap(),
            "1.50"
        );
        assert_eq!(
            numeric_to_string(&numeric(3, 1, 0x4000, 1, &[12, 3456, 7000])).unwrap(),
            "-123456.7"
        );
        assert_eq!(numeric_to_string(&numeric(0, 0, 0, 0, &[])).unwrap(), "0");
        assert_eq!(
            numeric_to_string(&numeric(1, -1, 0, 3, &[120])).unwrap(),
            "0.012"
        );
        assert_eq!(
            numeric_to_string(&numeric(1, 2, 0, 0, &[1])).unwrap(),
            "100000000"
        );
        assert_eq!(
            numeric_to_string(&numeric(0, 0, 0xC000, 0, &[])).unwrap(),
            "NaN"
        );
        assert!(numeric_to_string(&[0, 1]).is_err());
    }

    #[test]
    fn times_and_intervals() {
        assert_eq!(
            time_to_string(13 * 3_600_000_000 + 45 * 60_000_000),
            "13:45:00"
        );
        assert_eq!(time_to_string(1_500_000), "00:00:01.5");
        let mut raw = Vec::new();
        raw.extend_from_slice(&((2 * 3600 + 3 * 60 + 4) * 1_000_000i64).to_be_bytes());
        raw.extend_from_slice(&1i32.to_be_bytes());
        raw.extend_from_slice(&0i32.to_be_bytes());
        assert_eq!(interval_to_string(&raw).unwrap(), "P1DT2H3M4S");
        assert_eq!(date_to_string(0), "2000-01-01");
        assert_eq!(timestamp_to_string(0, "Z"), "2000-01-01T00:00:00Z");
        assert_eq!(int_value(9_007_199_254_740_993), json!("9007199254740993"));
        assert_eq!(float_value(f64::NAN), json!("NaN"));
    }

    proptest::proptest! {
        #[test]
        fn numeric_decoding_never_panics(raw in proptest::collection::vec(proptest::num::u8::ANY, 0..40)) {
            let _ = numeric_to_string(&raw);
            let _ = interval_to_string(&raw);
            let _ = timetz_to_string(&raw);
        }
    }
}
