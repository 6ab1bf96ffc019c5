//! Encryption of the connection info that a shared session store (Redis) keeps.
//!
//! Owns: [`SessionCipher`] (AES-256-GCM), and reading/validating the key from
//! `session.encryption_key` (base64 of 32 bytes) or `session.encryption_key_file` (a file
//! holding that base64 text). Must not: know about Redis or sessions beyond the bytes it is
//! handed; log or print key material or plaintext.
//!
//! Format of a sealed blob: `version (1 byte) || nonce (12 bytes) || ciphertext+tag`. The
//! nonce is random per encryption (96 bits from the OS CSPRNG; with one key, about 2^32
//! encryptions before the birthday bound matters, far beyond any session count). The caller
//! passes associated data that binds the blob to its session (the session id at least), so a
//! ciphertext copied under another id does not open.
//! Failure model: [`KeyError`] at start-up names the config key; [`CryptoError::Refused`] at
//! run time means "do not trust this blob" and carries no detail on purpose (the store treats
//! it as an unknown session).

use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;
use zeroize::Zeroizing;

use crate::config::SessionConfig;

const VERSION: u8 = 1;
const NONCE_LEN: usize = 12;
const KEY_LEN: usize = 32;

/// Why quarry refuses to start with the Redis store and no key (shared by config validation
/// and state building, so both say the same).
pub const KEY_REQUIRED: &str =
    "session.encryption_key: is required when session.store = \"redis\" \
    (connection info in a shared store is encrypted, and quarry has no default key): set \
    session.encryption_key (or QUARRY_SESSION__ENCRYPTION_KEY) to the output of \
    `openssl rand -base64 32`, or session.encryption_key_file to a file holding it";

/// A configured key that is not usable; the message names the config key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("{key}: must be the base64 of 32 random bytes (make one with `openssl rand -base64 32`); {why}")]
    Malformed { key: &'static str, why: String },
    #[error("session.encryption_key_file: cannot read {path}: {why}")]
    File { path: String, why: String },
    #[error("session.encryption_key and session.encryption_key_file are both set; keep one")]
    Both,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    /// Wrong key, tampered bytes, another session's blob, or an unknown format.
    #[error("the stored session could not be decrypted and is refused")]
    Refused,
    #[error("encryption failed")]
    Seal,
}

/// Decodes base64 (standard, padding optional, surrounding whitespace ignored) of exactly 32
/// bytes. `key` is the config key named in errors.
pub fn decode_key(text: &str, key: &'static str) -> Result<Zeroizing<[u8; KEY_LEN]>, KeyError> {
    let text = text.trim();
    let decoded = Zeroizing::new(
        base64::engine::general_purpose::STANDARD
            .decode(text)
            .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(text))
            .map_err(|_| KeyError::Malformed {
                key,
                why: "it is not base64".into(),
            })?,
    );
    if decoded.len() != KEY_LEN {
        return Err(KeyError::Malformed {
            key,
            why: format!("it decodes to {} bytes, not 32", decoded.len()),
        });
    }
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    out.copy_from_slice(&decoded);
    Ok(out)
}

/// The key configured in `[session]`, if any (reads `encryption_key_file`).
pub fn key_from_config(cfg: &SessionConfig) -> Result<Option<Zeroizing<[u8; KEY_LEN]>>, KeyError> {
    match (&cfg.encryption_key, &cfg.encryption_key_file) {
        (Some(_), Some(_)) => Err(KeyError::Both),
        (Some(k), None) => decode_key(k, "session.encryption_key").map(Some),
        (None, Some(path)) => {
            let text =
                Zeroizing::new(std::fs::read_to_string(path).map_err(|e| KeyError::File {
                    path: path.display().to_string(),
                    why: e.to_string(),
                })?);
            decode_key(&text, "session.encryption_key_file").map(Some)
        }
        (None, None) => Ok(None),
    }
}

/// AES-256-GCM under the session key. The key schedule is zeroed on drop (`zeroize` feature).
pub struct SessionCipher {
    aead: Aes256Gcm,
}

impl std::fmt::Debug for SessionCipher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionCipher([redacted])")
    }
}

impl SessionCipher {
    pub fn new(key: &[u8; KEY_LEN]) -> SessionCipher {
        SessionCipher {
            aead: Aes256Gcm::new(key.into()),
        }
    }

    /// Encrypts `plaintext` bound to `aad` under a fresh random nonce.
    pub fn seal(&self, plaintext: &[u8], aad: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        let ct = self
            .aead
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad,
                },
            )
            .map_err(|_| CryptoError::Seal)?;
        let mut out = Vec::with_capacity(1 + NONCE_LEN + ct.len());
        out.push(VERSION);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ct);
        Ok(out)
    }

    /// Decrypts a blob from [`seal`](Self::seal) if it is authentic for `aad`; else `Refused`.
    pub fn open(&self, blob: &[u8], aad: &[u8]) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
        let (&version, rest) = blob.split_first().ok_or(CryptoError::Refused)?;
        if version != VERSION || rest.len() < NONCE_LEN + 16 {
            return Err(CryptoError::Refused);
        }
        let (nonce, ct) = rest.split_at(NONCE_LEN);
        self.aead
            .decrypt(Nonce::from_slice(nonce), Payload { msg: ct, aad })
            .map(Zeroizing::new)
            .map_err(|_| CryptoError::Refused)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(byte: u8) -> [u8; 32] {
        [byte; 32]
    }

    #[test]
    fn round_trip() {
        let c = SessionCipher::new(&key(7));
        let blob = c.seal(b"postgres secret", b"id-1").unwrap();
        assert_eq!(&c.open(&blob, b"id-1").unwrap()[..], b"postgres secret");
        assert!(
            !blob.windows(6).any(|w| w == b"secret"),
            "plaintext visible"
        );
    }

    #[test]
    fn nonces_differ_per_encryption() {
        let c = SessionCipher::new(&key(7));
        assert_ne!(
            c.seal(b"same", b"id").unwrap(),
            c.seal(b"same", b"id").unwrap()
        );
    }

    #[test]
    fn wrong_key_is_refused() {
        let blob = SessionCipher::new(&key(1)).seal(b"x", b"id").unwrap();
        assert_eq!(
            SessionCipher::new(&key(2)).open(&blob, b"id"),
            Err(CryptoError::Refused)
        );
    }

    #[test]
    fn tampering_is_refused() {
        let c = SessionCipher::new(&key(3));
        let blob = c.seal(b"some connection info", b"id").unwrap();
        for i in 0..blob.len() {
            let mut t = blob.clone();
            t[i] ^= 0x01;
            assert_eq!(c.open(&t, b"id"), Err(CryptoError::Refused), "byte {i}");
        }
        assert_eq!(
            c.open(&blob[..blob.len() - 1], b"id"),
            Err(CryptoError::Refused)
        );
        assert_eq!(c.open(&[], b"id"), Err(CryptoError::Refused));
        assert_eq!(c.open(&[VERSION; 5], b"id"), Err(CryptoError::Refused));
    }

    #[test]
    fn moved_to_another_id_is_refused() {
        let c = SessionCipher::new(&key(4));
        let blob = c.seal(b"x", b"session-a").unwrap();
        assert_eq!(c.open(&blob, b"session-b"), Err(CryptoError::Refused));
    }

    #[test]
    fn key_validation_names_the_setting() {
        let good = base64::engine::general_purpose::STANDARD.encode([9u8; 32]);
        assert_eq!(*decode_key(&format!(" {good}\n"), "k").unwrap(), [9u8; 32]);
        let unpadded = good.trim_end_matches('=');
        assert_eq!(*decode_key(unpadded, "k").unwrap(), [9u8; 32]);

        let err = decode_key("not base64!!", "session.encryption_key").unwrap_err();
        assert!(err.to_string().contains("session.encryption_key"), "{err}");
        let short = base64::engine::general_purpose::STANDARD.encode([1u8; 16]);
        let err = decode_key(&short, "session.encryption_key")
            .unwrap_err()
            .to_string();
        assert!(err.contains("16 bytes"), "{err}");
        assert!(err.contains("session.encryption_key"), "{err}");
    }

    #[test]
    fn key_from_config_reads_file_and_refuses_both() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key");
        let good = base64::engine::general_purpose::STANDARD.encode([5u8; 32]);
        std::fs::write(&path, format!("{good}\n")).unwrap();
        let mut cfg = SessionConfig {
            encryption_key_file: Some(path.clone()),
            ..SessionConfig::default()
        };
        assert_eq!(*key_from_config(&cfg).unwrap().unwrap(), [5u8; 32]);
        cfg.encryption_key = Some(good);
        assert_eq!(key_from_config(&cfg).unwrap_err(), KeyError::Both);
        cfg.encryption_key = None;
        cfg.encryption_key_file = Some(dir.path().join("missing"));
        let err = key_from_config(&cfg).unwrap_err().to_string();
        assert!(err.contains("session.encryption_key_file"), "{err}");
        std::fs::write(&path, "short").unwrap();
        cfg.encryption_key_file = Some(path);
        let err = key_from_config(&cfg).unwrap_err().to_string();
        assert!(err.contains("session.encryption_key_file"), "{err}");
        assert!(key_from_config(&SessionConfig::default())
            .unwrap()
            .is_none());
    }
}
