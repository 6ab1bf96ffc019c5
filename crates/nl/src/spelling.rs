//! How far apart two spellings are: edit distance and the slips of the keys the linker and
//! the tokenizer forgive. Must not: look at a schema or a question; it compares two words.

/// Levenshtein distance between `a` and `b` when it is at most `cap`.
pub(crate) fn edit_distance(a: &str, b: &str, cap: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let sub = prev[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            cur[j] = sub.min(prev[j] + 1).min(cur[j - 1] + 1);
            row_min = row_min.min(cur[j]);
        }
        if row_min > cap {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[b.len()]).filter(|&d| d <= cap)
}

/// Whether `a` and `b` differ only by two neighbouring letters swapped, the first letter kept
/// ("mesaur" and "measur", "pracel" and "parcel").
pub(crate) fn swapped_neighbours(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() != b.len() {
        return false;
    }
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    matches!(diff[..], [i, j] if i > 0 && j == i + 1 && a[i] == b[j] && a[j] == b[i])
}

/// Whether `a` is `b` with one letter changed, added or dropped, or two neighbours swapped,
/// the first letter kept ("minumum" for "minimum").
pub(crate) fn one_slip(a: &str, b: &str) -> bool {
    a.chars().next() == b.chars().next()
        && (edit_distance(a, b, 1) == Some(1) || swapped_neighbours(a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_slip_is_one_edit_or_one_swap_keeping_the_first_letter() {
        assert!(one_slip("minumum", "minimum"));
        assert!(one_slip("decending", "descending"));
        assert!(one_slip("hgihest", "highest"));
        assert!(!one_slip("minimum", "minimum"));
        assert!(!one_slip("distance", "distinct"));
        assert!(!one_slip("aminimum", "minimum"));
    }
}
