//! Tokenizing a question: words (lower-cased, stemmed; an acronym's plural stems to the
//! acronym), numbers (digits and words) and quoted values (an ISO date written out counts as
//! one), each remembering its original spelling. Negated contractions are split into their
//! auxiliary and "not" ("won't" -> "will not"), and phrases that join two asked things as
//! "and" does ("along with", "as well as") become "and"; a one-letter slip in a long structure
//! word ("minumum") reads as that word. Must not: look at the schema.
//! Entry point: [`tokenize`].

use crate::lexicon::NUMBER_WORDS;
use crate::spelling::one_slip;
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
    /// A comma stands right before it: "the name, number of staff" lists two things, where
    /// "the name number" would be one.
    pub after_comma: bool,
    /// It starts a new sentence: a full stop, question mark, "!" or ";" stands before it.
    pub after_stop: bool,
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
    // Where the token after each comma will sit (a comma inside a number is not one).
    let mut after_commas: Vec<usize> = Vec::new();
    let mut after_stops: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == ',' {
            after_commas.push(out.len());
        }
        // (A full stop inside a number never gets here: the number takes it.)
        if matches!(c, '?' | '!' | ';')
            || (c == '.' && chars.get(i + 1).is_none_or(|d| d.is_whitespace()))
        {
            after_stops.push(out.len());
        }
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
                            after_comma: false,
                            after_stop: false,
                            text,
                        });
                    }
                    i = end + 1;
                    continue;
                }
            }
        }
        // An ISO date ("2021-03-15", maybe with "08:30" or "08:30:00") is one value, as if
        // quoted: read as numbers it would be a year and two stray numbers.
        if let Some(len) = iso_date_at(&chars[i..]) {
            let text: String = chars[i..i + len].iter().collect();
            out.push(Token {
                lower: text.clone(),
                stem: text.clone(),
                kind: Kind::Quoted(text.clone()),
                capital: false,
                after_comma: false,
                after_stop: false,
                text,
            });
            i += len;
            continue;
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
                after_comma: false,
                after_stop: false,
                text,
            });
            // "$100", "£50": the sign says what "100 dollars" says, a sum of money.
            let currency = match start.checked_sub(1).map(|k| chars[k]) {
                Some('$') => Some("dollars"),
                Some('£') => Some("pounds"),
                Some('€') => Some("euros"),
                _ => None,
            };
            // (Not inside a range, "between $10 and $12": the unit after the last number
            // says it for both, and a word between would break the range.)
            let rest: String = chars[i..].iter().take(6).collect::<String>().to_lowercase();
            let ranged = ["and ", "to ", "or "]
                .iter()
                .any(|w| rest.trim_start().starts_with(w));
            if let Some(unit) = currency.filter(|_| !ranged) {
                push_word(&mut out, unit, stemmer);
            }
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            // `_` separates words: "order_items" reads as "order items".
            while i < chars.len() && chars[i].is_alphanumeric() {
                i += 1;
            }
            let mut text: String = chars[start..i].iter().collect();
            // "no-kill shelters", "non-profit patrons": one adjective, no negation.
            if matches!(text.to_lowercase().as_str(), "no" | "non")
                && chars.get(i) == Some(&'-')
                && chars.get(i + 1).is_some_and(|d| d.is_alphabetic())
            {
                let rest = i + 1;
                i = rest;
                while i < chars.len() && chars[i].is_alphanumeric() {
                    i += 1;
                }
                text.extend(&chars[rest..i]);
            }
            // "customer's" -> "customer" + dropped "s"; "don't" -> "don" + "not".
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
                // "won't" and "shan't" do not keep their auxiliary's spelling: left as "won"
                // the first reads as the past of "win", a verb nothing explains.
                let full = match text.to_lowercase().as_str() {
                    "won" if rest == "t" => Some("will"),
                    "shan" if rest == "t" => Some("shall"),
                    _ => None,
                };
                match full {
                    // Keep the capital: a capitalised word mid-question is read as a name.
                    Some(f) if text.starts_with(char::is_uppercase) => {
                        push_word(
                            &mut out,
                            &format!("{}{}", f[..1].to_uppercase(), &f[1..]),
                            stemmer,
                        );
                    }
                    Some(f) => push_word(&mut out, f, stemmer),
                    None => push_word(&mut out, &text, stemmer),
                }
                if rest == "t" {
                    push_word(&mut out, "not", stemmer);
                }
                i = j;
                continue;
            }
            // "cannot" is "can not": the negation must reach the rules that read "not".
            if text.len() == 6 && text.eq_ignore_ascii_case("cannot") {
                let (can, not) = text.split_at(3);
                push_word(&mut out, can, stemmer);
                push_word(&mut out, not, stemmer);
                continue;
            }
            push_word(&mut out, &text, stemmer);
            continue;
        }
        i += 1;
    }
    for k in after_commas {
        if let Some(t) = out.get_mut(k) {
            t.after_comma = true;
        }
    }
    for k in after_stops {
        if let Some(t) = out.get_mut(k) {
            t.after_stop = true;
        }
    }
    // "choirs with at least a singer from Oslo": "at least a" says "a", not the least of
    // anything (with no number after it, which "at least a fee of 1000" has).
    let mut k = 0;
    while k + 2 < out.len() {
        let bare_article = out[k].lower == "at"
            && out[k + 1].lower == "least"
            && matches!(out[k + 2].lower.as_str(), "a" | "an")
            && !out[k + 3..]
                .iter()
                .take(4)
                .any(|t| matches!(t.kind, Kind::Number(_)));
        if bare_article {
            let after_comma = out[k].after_comma;
            let after_stop = out[k].after_stop;
            out.drain(k..k + 2);
            out[k].after_comma |= after_comma;
            out[k].after_stop |= after_stop;
        }
        k += 1;
    }
    // "Hom many boats ...": a three-letter slip of "how" before "many" or "much" is "how"
    // (nothing else reads "X many"), so the count is not lost.
    for k in 0..out.len().saturating_sub(1) {
        let next = out[k + 1].lower.as_str();
        let slip = out[k].lower.len() == 3
            && out[k].lower.starts_with('h')
            && out[k].lower != "how"
            && matches!(next, "many" | "much")
            && out[k]
                .lower
                .chars()
                .zip("how".chars())
                .filter(|(a, b)| a != b)
                .count()
                == 1;
        if slip {
            let t = &mut out[k];
            t.text = if t.text.starts_with(char::is_uppercase) {
                "How"
            } else {
                "how"
            }
            .into();
            t.lower = "how".into();
            t.stem = stemmer.stem("how").into_owned();
        }
    }
    // "minumum", "decending": one slip of the keys in a long structure word still says
    // that word (schema names are matched with their own typo rules later).
    for t in out.iter_mut().filter(|t| t.kind == Kind::Word) {
        if let Some(cue) = SLIPPED_CUES.iter().find(|c| {
            // ("averages", "averaged" are the word itself, inflected.)
            let inflected = t
                .lower
                .strip_prefix(**c)
                .is_some_and(|rest| matches!(rest, "s" | "d" | "ly"));
            t.lower.len() >= 7
                && t.lower.len().abs_diff(c.len()) <= 1
                && t.lower.as_bytes().first() == c.as_bytes().first()
                && **c != t.lower
                && !inflected
                && one_slip(&t.lower, c)
        }) {
            t.text = if t.text.starts_with(char::is_uppercase) {
                format!("{}{}", cue[..1].to_uppercase(), &cue[1..])
            } else {
                (*cue).to_string()
            };
            t.lower = (*cue).to_string();
            t.stem = stemmer.stem(cue).into_owned();
        }
    }
    join_phrases(out, stemmer)
}

/// Long words that shape a query, whose misspellings are read as them.
const SLIPPED_CUES: &[&str] = &[
    "maximum",
    "minimum",
    "average",
    "descending",
    "ascending",
    "alphabetical",
    "alphabetically",
    "different",
    "distinct",
    "between",
    "highest",
    "largest",
    "smallest",
    "greatest",
    "earliest",
    "youngest",
    "shortest",
    "longest",
    "cheapest",
    "expensive",
    "increasing",
    "decreasing",
];

/// Phrases that join two asked things exactly as "and" does ("names along with ages", "the
/// title as well as the year"). Read as one "and", so the planner's list reading applies;
/// left as they are, "with" reads as a relation and the second column is dropped.
const AND_PHRASES: &[&[&str]] = &[
    &["along", "with"],
    &["together", "with"],
    &["as", "well", "as"],
];

fn join_phrases(tokens: Vec<Token>, stemmer: &Stemmer) -> Vec<Token> {
    // Most questions hold none of these phrases: keep their tokens as they are.
    if !tokens
        .iter()
        .skip(1)
        .any(|t| AND_PHRASES.iter().any(|p| p[0] == t.lower))
    {
        return tokens;
    }
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let phrase = AND_PHRASES.iter().find(|p| {
            p.iter().enumerate().all(|(k, w)| {
                tokens
                    .get(i + k)
                    .is_some_and(|t| t.kind == Kind::Word && t.lower == *w)
            })
        });
        match phrase {
            // At the start there is nothing before it to join.
            Some(p) if i > 0 => {
                push_word(&mut out, "and", stemmer);
                i += p.len();
            }
            _ => {
                out.push(tokens[i].clone());
                i += 1;
            }
        }
    }
    out
}

/// The length of an ISO date at the start of `chars` (with its time, if one follows after a
/// space or a `T`), when a word boundary ends it. The one definition of a date the question
/// spells out: the planner asks it of quoted text too.
pub(crate) fn iso_date_at(chars: &[char]) -> Option<usize> {
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    let is = |i: usize, c: char| chars.get(i) == Some(&c);
    let date = (0..4).all(digit) && is(4, '-') && digit(5) && digit(6) && is(7, '-');
    if !(date && digit(8) && digit(9)) {
        return None;
    }
    let mut len = 10;
    // "hh:mm" and an optional ":ss".
    if (is(10, ' ') || is(10, 'T'))
        && digit(11)
        && digit(12)
        && is(13, ':')
        && digit(14)
        && digit(15)
    {
        len = 16;
        if is(16, ':') && digit(17) && digit(18) {
            len = 19;
        }
    }
    let boundary = chars.get(len).is_none_or(|c| !c.is_alphanumeric());
    boundary.then_some(len)
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
            after_comma: false,
            after_stop: false,
        });
        return;
    }
    // An acronym's plural ("GPAs", "IDs") is the acronym: the stemmer keeps the "s" of a
    // word it cannot tell from one like "gas".
    let acronym = text
        .strip_suffix('s')
        .filter(|a| a.len() >= 2 && a.chars().all(|c| c.is_ascii_uppercase()));
    let stem = match acronym {
        Some(a) => a.to_lowercase(),
        None => stemmer.stem(&lower).into_owned(),
    };
    out.push(Token {
        text: text.to_string(),
        lower,
        stem,
        kind: Kind::Word,
        capital,
        after_comma: false,
        after_stop: false,
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

    #[test]
    fn a_comma_marks_the_next_token_but_not_inside_a_number() {
        let s = Stemmer::create(Algorithm::English);
        let t = tokenize("the name, number of staff and 1,000 rows, \"a, b\"", &s);
        let marked: Vec<&str> = t
            .iter()
            .filter(|t| t.after_comma)
            .map(|t| t.lower.as_str())
            .collect();
        assert_eq!(marked, ["number", "a, b"]);
    }

    #[test]
    fn an_acronym_s_plural_stems_to_the_acronym() {
        let s = Stemmer::create(Algorithm::English);
        let stems: Vec<_> = tokenize("the top 5 GPAs and IDs of gas pumps As", &s)
            .into_iter()
            .map(|t| t.stem)
            .collect();
        assert_eq!(
            stems,
            ["the", "top", "5", "gpa", "and", "id", "of", "gas", "pump", "as"]
        );
    }

    #[test]
    fn an_iso_date_is_one_value() {
        let s = Stemmer::create(Algorithm::English);
        let t = tokenize(
            "sent after 2021-03-15, before 2021-01-02 08:30:00 or 2021-1-2",
            &s,
        );
        let quoted: Vec<_> = t
            .iter()
            .filter_map(|t| match &t.kind {
                Kind::Quoted(q) => Some(q.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(quoted, ["2021-03-15", "2021-01-02 08:30:00"]);
        // Not a date: the rest stays numbers.
        assert!(t.iter().any(|t| t.kind == Kind::Number("2021".into())));
    }

    #[test]
    fn cannot_reads_as_can_not() {
        let s = Stemmer::create(Algorithm::English);
        for q in [
            "Which shops cannot ship?",
            "Which shops Cannot ship?",
            "which shops can't ship",
        ] {
            let t: Vec<_> = tokenize(q, &s).into_iter().map(|t| t.lower).collect();
            assert_eq!(t, ["which", "shops", "can", "not", "ship"], "{q}");
        }
    }

    #[test]
    fn negated_contractions_read_as_not() {
        let s = Stemmer::create(Algorithm::English);
        for (q, aux) in [
            ("kites that don't fly", "don"),
            ("kites that won't fly", "will"),
            ("kites that Won’t fly", "Will"),
            ("kites that shan't fly", "shall"),
            ("kites that wouldn't fly", "wouldn"),
            ("kites that isn't fly", "isn"),
            ("kites that hadn't flown", "hadn"),
        ] {
            let t: Vec<_> = tokenize(q, &s).into_iter().map(|t| t.text).collect();
            assert_eq!(t[2..4], [aux, "not"], "{q}");
        }
    }

    #[test]
    fn joining_phrases_read_as_and() {
        let s = Stemmer::create(Algorithm::English);
        for q in [
            "labels along with spans",
            "labels together with spans",
            "labels as well as spans",
        ] {
            let t: Vec<_> = tokenize(q, &s).into_iter().map(|t| t.lower).collect();
            assert_eq!(t, ["labels", "and", "spans"], "{q}");
        }
        // Not at the start: there is nothing before it to join.
        let t: Vec<_> = tokenize("along with spans", &s)
            .into_iter()
            .map(|t| t.lower)
            .collect();
        assert_eq!(t, ["along", "with", "spans"]);
    }

    #[test]
    fn a_slip_of_how_before_many_is_how() {
        let s = Stemmer::create(Algorithm::English);
        let words =
            |q: &str| -> Vec<String> { tokenize(q, &s).into_iter().map(|t| t.lower).collect() };
        assert_eq!(words("Hom many albums"), ["how", "many", "albums"]);
        assert_eq!(words("hoe much money"), ["how", "much", "money"]);
        // Other three-letter words before "many" stay as they are.
        assert_eq!(words("too many albums"), ["too", "many", "albums"]);
        assert_eq!(words("hom albums"), ["hom", "albums"]);
    }

    #[test]
    fn a_sentence_end_marks_the_next_token() {
        let s = Stemmer::create(Algorithm::English);
        let starts: Vec<String> = tokenize("Which ports? Also list 2.5 tons. Done; ok", &s)
            .into_iter()
            .filter(|t| t.after_stop)
            .map(|t| t.lower)
            .collect();
        // (The full stop inside "2.5" ends nothing.)
        assert_eq!(starts, ["also", "done", "ok"]);
    }

    #[test]
    fn a_slip_in_a_long_structure_word_reads_as_the_word() {
        let s = Stemmer::create(Algorithm::English);
        let words =
            |q: &str| -> Vec<String> { tokenize(q, &s).into_iter().map(|t| t.lower).collect() };
        assert_eq!(
            words("the maximum and minumum prices"),
            ["the", "maximum", "and", "minimum", "prices"]
        );
        assert_eq!(words("in decending order"), ["in", "descending", "order"]);
        assert_eq!(words("the hgihest fee"), ["the", "highest", "fee"]);
        // Real words a letter away stay as they are; so do inflections.
        assert_eq!(
            words("the distance and averages, greater"),
            ["the", "distance", "and", "averages", "greater"]
        );
    }
}
