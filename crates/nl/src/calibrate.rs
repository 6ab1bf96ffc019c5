//! Turning the planner's evidence into a confidence: a logistic model whose weights were
//! fitted on the development half of the Spider training databases (execution accuracy as
//! the label) and never on the held-out half. Must not: look at the question or schema.
//! Entry point: [`confidence`].

/// The log-odds of a plan with no evidence against it.
const BIAS: f32 = 2.006;

/// Log-odds per unit of evidence. Word evidence is keyed by its class
/// (`word:other:<w>` -> `word:other`). Two are set by hand, not fitted: `bare_list` ("show
/// customers") and `top_list` ("top 5 products by price") are the minimum questions every
/// schema must answer, and the benchmark has too few of them to speak for them.
/// `shape:*` entries describe the query rather than count against it, so they may be positive.
const WEIGHTS: &[(&str, f32)] = &[
    ("agg_non_numeric", 0.000),
    ("allof_guess", -0.809),
    ("ambiguous", -0.452),
    ("answer_is_filter", -0.407),
    ("bare_list", 1.200),
    ("cmp_loose", 0.000),
    ("col_outside_named", -0.117),
    ("count_col_no_distinct", -0.279),
    ("cue:above", -0.353),
    ("cue:after", -0.241),
    ("cue:all", -0.025),
    ("cue:along", 0.137),
    ("cue:alphabetical", 0.042),
    ("cue:alphabetically", 0.077),
    ("cue:also", 0.061),
    ("cue:and", 0.053),
    ("cue:any", 0.151),
    ("cue:ascending", 0.119),
    ("cue:associated", -0.011),
    ("cue:average", 0.233),
    ("cue:before", 0.017),
    ("cue:below", -0.010),
    ("cue:between", -0.378),
    ("cue:bigger", -0.064),
    ("cue:biggest", -0.053),
    ("cue:both", -0.089),
    ("cue:but", 0.203),
    ("cue:called", 0.203),
    ("cue:contain", 0.037),
    ("cue:containing", 0.119),
    ("cue:contains", -0.107),
    ("cue:corresponding", 0.184),
    ("cue:count", 0.062),
    ("cue:descending", -0.123),
    ("cue:different", -0.059),
    ("cue:distinct", 0.088),
    ("cue:each", 0.395),
    ("cue:earliest", -0.066),
    ("cue:either", -0.054),
    ("cue:end", -0.126),
    ("cue:ending", -0.025),
    ("cue:equal", -0.011),
    ("cue:ever", -0.062),
    ("cue:every", -0.153),
    ("cue:except", -0.129),
    ("cue:first", 0.365),
    ("cue:greater", -0.025),
    ("cue:greatest", -0.187),
    ("cue:had", -0.201),
    ("cue:has", -0.182),
    ("cue:have", 0.381),
    ("cue:higher", -0.132),
    ("cue:highest", -0.292),
    ("cue:how", 0.281),
    ("cue:larger", -0.210),
    ("cue:largest", -0.205),
    ("cue:last", 0.684),
    ("cue:latest", -0.104),
    ("cue:least", -0.089),
    ("cue:less", -0.241),
    ("cue:longest", -0.112),
    ("cue:lower", 0.014),
    ("cue:lowest", -0.245),
    ("cue:many", 0.011),
    ("cue:max", -0.136),
    ("cue:maximum", -0.175),
    ("cue:mean", 0.062),
    ("cue:min", -0.040),
    ("cue:minimum", 0.107),
    ("cue:more", 0.073),
    ("cue:most", 0.022),
    ("cue:much", -0.039),
    ("cue:named", 0.243),
    ("cue:never", 0.034),
    ("cue:newest", -0.068),
    ("cue:no", 0.169),
    ("cue:not", -0.273),
    ("cue:number", -0.026),
    ("cue:oldest", -0.040),
    ("cue:once", 0.041),
    ("cue:one", 0.207),
    ("cue:only", -0.094),
    ("cue:or", -0.491),
    ("cue:other", 0.025),
    ("cue:over", -0.040),
    ("cue:per", -0.130),
    ("cue:recent", -0.040),
    ("cue:same", -0.030),
    ("cue:shortest", -0.017),
    ("cue:smaller", -0.114),
    ("cue:smallest", -0.132),
    ("cue:sort", 0.233),
    ("cue:sorted", 0.197),
    ("cue:start", -0.091),
    ("cue:starting", -0.012),
    ("cue:sum", -0.020),
    ("cue:than", -0.402),
    ("cue:their", -0.447),
    ("cue:them", -0.070),
    ("cue:those", -0.130),
    ("cue:three", -0.052),
    ("cue:times", -0.294),
    ("cue:top", -0.044),
    ("cue:total", -0.626),
    ("cue:twice", 0.026),
    ("cue:two", 0.065),
    ("cue:under", 0.247),
    ("cue:unique", -0.114),
    ("cue:what", -0.361),
    ("cue:when", -0.417),
    ("cue:where", 0.287),
    ("cue:which", -0.079),
    ("cue:who", -0.164),
    ("cue:whose", 0.046),
    ("cue:without", -0.050),
    ("cue:younger", 0.018),
    ("cue:youngest", -0.110),
    ("full_name", 0.000),
    ("group_by_shown", -0.132),
    ("group_implicit", -1.343),
    ("group_own_table", 0.000),
    ("implicit_distinct", -0.194),
    ("join", -0.563),
    ("join_deep", 0.000),
    ("join_deeper", -0.158),
    ("label_guess", 0.000),
    ("label_guess_wh", 0.000),
    ("listed_table", 0.000),
    ("literal_label_col", 0.000),
    ("mention_left_out", -0.244),
    ("mention_score", -1.016),
    ("negation_guess", 0.000),
    ("negation_path", -0.190),
    ("number_unused", -1.294),
    ("order_by_count", -0.041),
    ("select_star_guess", -0.225),
    ("select_unlisted", -1.665),
    ("shape:agg", 0.243),
    ("shape:count", 0.393),
    ("shape:distinct", -0.007),
    ("shape:filters2", -0.154),
    ("shape:group", -0.396),
    ("shape:group2", -0.429),
    ("shape:having", 0.106),
    ("shape:length", -0.209),
    ("shape:like", 0.092),
    ("shape:limit1", -0.075),
    ("shape:listed_more", -0.294),
    ("shape:mentions", -0.142),
    ("shape:notin", -0.117),
    ("shape:order", 0.221),
    ("shape:q_command", 0.191),
    ("shape:q_count", 0.007),
    ("shape:q_how", -0.283),
    ("shape:q_other", -0.004),
    ("shape:q_what", 0.303),
    ("shape:q_who", 0.125),
    ("shape:select3", -0.373),
    ("shape:select_key", -0.327),
    ("shape:set", 0.577),
    ("shape:star", -0.884),
    ("shape:subquery", 0.402),
    ("sup_implied", -0.109),
    ("sup_loose", -0.123),
    ("top_list", 0.500),
    ("value_col_mismatch", -0.503),
    ("value_new_table", 0.000),
    ("value_new_table_word", 0.000),
    ("wh_column", 0.000),
    ("word:aggregate", -0.810),
    ("word:capital", -0.562),
    ("word:cue", -0.776),
    ("word:negation", -0.392),
    ("word:other", -0.315),
    ("word:plural", -0.570),
    ("word:superlative", -1.503),
    ("word:verb", 0.000),
];

/// Evidence the table does not know counts like an unexplained word.
const UNKNOWN: f32 = -0.315;

fn weight(what: &str) -> f32 {
    let key = match what.match_indices(':').nth(1) {
        Some((i, _)) if what.starts_with("word:") => &what[..i],
        _ => what,
    };
    WEIGHTS.iter().find(|(k, _)| *k == key).map_or(
        if key.starts_with("shape:") || key.starts_with("cue:") {
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
        let unlisted = confidence(&[("select_unlisted".into(), 1.0)]);
        assert!(unlisted < none, "{unlisted} {none}");
        assert!((0.0..=1.0).contains(&more));
    }
}
