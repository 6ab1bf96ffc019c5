//! Turning the planner's evidence into a confidence: a logistic model whose weights were
//! fitted on the development half of the Spider training databases (execution accuracy as
//! the label) and never on the held-out half. Must not: look at the question or schema.
//! Entry point: [`confidence`].

/// The log-odds of a plan with no evidence against it.
const BIAS: f32 = 1.666;

/// Log-odds per unit of evidence. Word evidence is keyed by its class
/// (`word:other:<w>` -> `word:other`). Two are set by hand, not fitted: `bare_list` ("show
/// customers") and `top_list` ("top 5 products by price") are the minimum questions every
/// schema must answer, and the benchmark has too few of them to speak for them.
/// `shape:*` entries describe the query rather than count against it, so they may be positive.
const WEIGHTS: &[(&str, f32)] = &[
    ("agg_non_numeric", 0.000),
    ("allof_guess", -0.384),
    ("ambiguous", -0.689),
    ("answer_is_filter", -0.243),
    ("bare_list", 1.200),
    ("cmp_loose", -0.034),
    ("col_outside_named", -0.092),
    ("count_col_no_distinct", -0.086),
    ("group_by_shown", -0.014),
    ("group_implicit", -0.782),
    ("implicit_distinct", -0.062),
    ("join", -0.508),
    ("join_deep", 0.000),
    ("join_deeper", -0.036),
    ("label_guess", -0.076),
    ("label_guess_wh", 0.000),
    ("listed_table", -0.025),
    ("literal_label_col", 0.000),
    ("mention_score", -0.798),
    ("negation_guess", 0.000),
    ("negation_path", -0.082),
    ("number_unused", -0.727),
    ("order_by_count", -0.015),
    ("select_star_guess", -0.111),
    ("shape:agg", 0.038),
    ("shape:count", 0.333),
    ("shape:distinct", 0.077),
    ("shape:filters2", -0.129),
    ("shape:group", -0.336),
    ("shape:having", 0.084),
    ("shape:length", -0.103),
    ("shape:like", 0.190),
    ("shape:limit1", 0.005),
    ("shape:mentions", -0.289),
    ("shape:notin", 0.019),
    ("shape:order", 0.143),
    ("shape:q_command", 0.037),
    ("shape:q_count", 0.049),
    ("shape:q_how", -0.015),
    ("shape:q_other", 0.005),
    ("shape:q_what", -0.125),
    ("shape:q_who", 0.055),
    ("shape:select3", -0.539),
    ("shape:set", 0.285),
    ("shape:star", -0.429),
    ("shape:subquery", 0.178),
    ("sup_loose", -0.130),
    ("top_list", 0.500),
    ("value_col_mismatch", -0.225),
    ("value_new_table", 0.000),
    ("value_new_table_word", 0.000),
    ("wh_column", 0.000),
    ("word:aggregate", -0.330),
    ("word:capital", -0.262),
    ("word:cue", -0.633),
    ("word:negation", -0.386),
    ("word:other", -0.326),
    ("word:superlative", -1.041),
];

/// Evidence the table does not know counts like an unexplained word.
const UNKNOWN: f32 = -0.326;

fn weight(what: &str) -> f32 {
    let key = match what.match_indices(':').nth(1) {
        Some((i, _)) if what.starts_with("word:") => &what[..i],
        _ => what,
    };
    WEIGHTS.iter().find(|(k, _)| *k == key).map_or(
        if key.starts_with("shape:") {
            0.0
        } else {
            UNKNOWN
        },
        |(_, w)| *w,
    )
}

/// The confidence in [0, 1] for a plan with this evidence.
pub fn confidence(evidence: &[(String, f32)]) -> f32 {
    let logit: f32 = BIAS + evidence.iter().map(|(w, a)| weight(w) * a).sum::<f32>();
    (1.0 / (1.0 + (-logit).exp())).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_can_be_shared_across_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<crate::SchemaIndex>();
    }

    #[test]
    fn more_evidence_less_confidence() {
        let none = confidence(&[]);
        let some = confidence(&[("word:other:foo".into(), 1.0)]);
        let more = confidence(&[("word:other:foo".into(), 1.0), ("join".into(), 1.0)]);
        assert!(none > some && some > more, "{none} {some} {more}");
        assert!((0.0..=1.0).contains(&more));
    }
}
