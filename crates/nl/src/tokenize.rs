//! Tokenizing a question: words (lower-cased, stemmed), numbers (digits and words) and quoted
//! values, each remembering its original spelling. Must not: look at the schema.
//! Entry point: [`tokenize`].

use crate::lexicon::NUMBER_WORDS;
use rust_stemmers::Stemmer;

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Word,
    /// A number, with its literal rendering (digits only, maybe one decimal point).
    Number(String),
    /// A quoted value: its exact text.
    Quoted(String),
}

#[derive(Debug, Clone)]
pub struct Token {
    /// As written.
    pub text: String,
    /// Lower-cased.
    pub lower: String,
    /// English stem of `lower`.
    pub stem: String,
    pub kind: Kind,
    /// Starts with a capital letter and is not the question's first word.
    pub capital: bool,
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '`')
}

fn closing(c: char) -> &'static [char] {
    match c {
        '“' | '”' => &['”', '“', '"'],
        '‘' | '’' => &['’', '‘', '\''],
        '"' => &['"', '”'],
        '`' => &['`', '\''],
        _ => &['\'', '’'],
    }
}

/// Splits a question into tokens.
pub fn tokenize(question: &str, stemmer: &Stemmer) -> Vec<Token> {
    // Control characters mean nothing in a question and must never reach a literal.
    let chars: Vec<char> = question
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut out: Vec<Token> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // A quote opens a value only at a word start and when it closes before a word
        // boundary: an apostrophe in "customer's" is not a quote.
        if is_quote(c) && (i == 0 || !chars[i - 1].is_alphanumeric()) {
            let close = closing(c);
            if let Some(len) = chars[i + 1..].iter().position(|d| close.contains(d)) {
                let end = i + 1 + len;
                let after_ok = chars.get(end + 1).is_none_or(|d| !d.is_alphanumeric());
                if len > 0 && after_ok {
                    let text: String = chars[i + 1..end].iter().collect();
                    let text = text.trim().to_string();
                    if !text.is_empty() {
                        out.push(Token {
                            lower: text.to_lowercase(),
                            stem: text.to_lowercase(),
                            kind: Kind::Quoted(text.clone()),
                            capital: false,
                            text,
                        });
                    }
                    i = end + 1;
                    continue;
                }
            }
        }
        if c.is_ascii_digit() {
            let start = i;
            let mut seen_dot = false;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (chars[i] == '.'
                        && !seen_dot
                        && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit()))
                    || (chars[i] == ','
                        && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())
                        && chars.get(i + 4).is_none_or(|d| !d.is_ascii_digit())))
            {
                seen_dot |= chars[i] == '.';
                i += 1;
            }
            let digits: String = chars[start..i].iter().filter(|&&d| d != ',').collect();
            // "1980s", "5th": the suffix does not change the number (the text keeps it, so
            // "3rd" still reads as an ordinal).
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            let text: String = chars[start..i].iter().collect();
            out.push(Token {
                lower: digits.clone(),
                stem: digits.clone(),
                kind: Kind::Number(digits),
                capital: false,
                text,
            });
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            // `_` separates words: "order_items" reads as "order items".
            while i < chars.len() && chars[i].is_alphanumeric() {
                i += 1;
            }
            let text: String = chars[start..i].iter().collect();
            // "customer's" -> "customer" + dropped "s"; "don't" -> "don" + "t" (t marks negation).
            if i + 1 < chars.len() && (chars[i] == '\'' || chars[i] == '’') {
                let rest_start = i + 1;
                let mut j = rest_start;
                while j < chars.len() && chars[j].is_alphanumeric() {
                    j += 1;
                }
                let rest: String = chars[rest_start..j]
                    .iter()
                    .collect::<String>()
                    .to_lowercase();
                push_word(&mut out, &text, stemmer);
                if rest == "t" {
                    push_word(&mut out, "not", stemmer);
                }
                i = j;
                continue;
            }
            push_word(&mut out, &text, stemmer);
            continue;
        }
        i += 1;
    }
    out
}

fn push_word(out: &mut Vec<Token>, text: &str, stemmer: &Stemmer) {
    let lower = text.to_lowercase();
    let capital = !out.is_empty() && text.chars().next().is_some_and(char::is_uppercase);
    if let Some((_, n)) = NUMBER_WORDS.iter().find(|(w, _)| *w == lower) {
        out.push(Token {
            text: text.to_string(),
            lower: lower.clone(),
            stem: lower,
            kind: Kind::Number(n.to_string()),
            capital: false,
        });
        return;
    }
    let stem = stemmer.stem(&lower).into_owned();
    out.push(Token {
        text: text.to_string(),
        lower,
        stem,
        kind: Kind::Word,
        capital,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_stemmers::Algorithm;

    #[test]
    fn words_numbers_quotes() {
        let s = Stemmer::create(Algorithm::English);
        let t = tokenize(
            "List customers' names older than 56 in \"New York\", top three",
            &s,
        );
        let kinds: Vec<_> = t.iter().map(|t| t.kind.clone()).collect();
        assert!(kinds.contains(&Kind::Number("56".into())));
        assert!(kinds.contains(&Kind::Quoted("New York".into())));
        assert!(kinds.contains(&Kind::Number("3".into())));
        assert_eq!(t[1].stem, "custom");
        let n = tokenize("who doesn't have 1,000 orders", &s);
        assert!(n.iter().any(|t| t.lower == "not"));
        assert!(n.iter().any(|t| t.kind == Kind::Number("1000".into())));
    }
}
