//! Turning the planner's evidence into a confidence: a logistic model whose weights were
//! fitted on the development half of the Spider training databases (execution accuracy as
//! the label) and never on the held-out half. Must not: look at the question or schema.
//! Entry point: [`confidence`].

/// The log-odds of a plan with no evidence against it.
const BIAS: f32 = 2.007;

/// Log-odds per unit of evidence. Word evidence is keyed by its class
/// (`word:other:<w>` -> `word:other`). Two are set by hand, not fitted: `bare_list` ("show
/// customers") and `top_list` ("top 5 products by price") are the minimum questions every
/// schema must answer, and the benchmark has too few of them to speak for them.
/// `shape:*` entries describe the query rather than count against it, so they may be positive.
const WEIGHTS: &[(&str, f32)] = &[
    ("agg_non_numeric", 0.000),
    ("allof_guess", -0.862),
    ("ambiguous", -0.377),
    ("answer_is_filter", -0.388),
    ("bare_list", 1.200),
    ("clause_col_dropped", -0.448),
    ("cmp_loose", -0.055),
    ("col_outside_named", -0.063),
    ("count_col_no_distinct", -0.344),
    ("count_of_column", 0.000),
    ("count_of_number", -0.215),
    ("cue:above", -0.310),
    ("cue:after", -0.294),
    ("cue:all", 0.040),
    ("cue:along", 0.141),
    ("cue:alphabetical", 0.081),
    ("cue:alphabetically", 0.071),
    ("cue:also", 0.079),
    ("cue:and", 0.026),
    ("cue:any", 0.070),
    ("cue:ascending", 0.076),
    ("cue:associated", 0.015),
    ("cue:average", 0.111),
    ("cue:before", -0.055),
    ("cue:below", -0.067),
    ("cue:between", -0.412),
    ("cue:bigger", -0.144),
    ("cue:both", -0.135),
    ("cue:but", 0.286),
    ("cue:called", 0.170),
    ("cue:contain", 0.025),
    ("cue:containing", 0.108),
    ("cue:contains", -0.104),
    ("cue:corresponding", 0.118),
    ("cue:count", 0.103),
    ("cue:descending", -0.099),
    ("cue:different", -0.021),
    ("cue:distinct", 0.243),
    ("cue:each", 0.278),
    ("cue:earliest", -0.126),
    ("cue:either", -0.123),
    ("cue:end", -0.118),
    ("cue:ending", -0.025),
    ("cue:ever", -0.024),
    ("cue:every", -0.081),
    ("cue:except", -0.157),
    ("cue:first", 0.171),
    ("cue:greater", -0.077),
    ("cue:greatest", -0.156),
    ("cue:had", -0.290),
    ("cue:has", -0.184),
    ("cue:have", 0.388),
    ("cue:higher", -0.174),
    ("cue:highest", -0.305),
    ("cue:how", 0.177),
    ("cue:larger", -0.254),
    ("cue:largest", -0.326),
    ("cue:last", 0.564),
    ("cue:latest", -0.057),
    ("cue:least", 0.057),
    ("cue:less", -0.331),
    ("cue:longest", -0.157),
    ("cue:lower", 0.037),
    ("cue:lowest", -0.136),
    ("cue:many", -0.092),
    ("cue:max", -0.138),
    ("cue:maximum", -0.128),
    ("cue:mean", 0.052),
    ("cue:min", -0.042),
    ("cue:minimum", 0.044),
    ("cue:more", 0.213),
    ("cue:most", -0.093),
    ("cue:much", -0.031),
    ("cue:named", 0.320),
    ("cue:never", 0.103),
    ("cue:newest", -0.072),
    ("cue:no", 0.209),
    ("cue:not", -0.240),
    ("cue:number", -0.172),
    ("cue:older", 0.021),
    ("cue:oldest", -0.046),
    ("cue:once", 0.145),
    ("cue:one", 0.104),
    ("cue:only", -0.110),
    ("cue:or", -0.540),
    ("cue:order", -0.017),
    ("cue:ordered", 0.012),
    ("cue:other", 0.023),
    ("cue:over", -0.082),
    ("cue:per", -0.101),
    ("cue:recent", -0.037),
    ("cue:same", -0.059),
    ("cue:shortest", -0.021),
    ("cue:smaller", -0.101),
    ("cue:smallest", -0.057),
    ("cue:sort", 0.244),
    ("cue:sorted", 0.152),
    ("cue:start", -0.046),
    ("cue:starting", -0.024),
    ("cue:than", -0.393),
    ("cue:their", -0.402),
    ("cue:them", -0.065),
    ("cue:those", -0.209),
    ("cue:three", -0.014),
    ("cue:times", -0.248),
    ("cue:top", -0.052),
    ("cue:total", -0.643),
    ("cue:twice", -0.031),
    ("cue:two", 0.189),
    ("cue:under", 0.170),
    ("cue:unique", -0.113),
    ("cue:what", -0.290),
    ("cue:when", -0.436),
    ("cue:where", 0.240),
    ("cue:which", -0.104),
    ("cue:who", -0.171),
    ("cue:whose", -0.013),
    ("cue:younger", 0.046),
    ("cue:youngest", -0.101),
    ("far_col_dropped", -0.042),
    ("full_name", 0.000),
    ("group_by_shown", -0.055),
    ("group_implicit", -1.481),
    ("group_own_table", 0.000),
    ("implicit_distinct", -0.245),
    ("implied_both", -0.197),
    ("join", -0.472),
    ("join_deep", -0.004),
    ("join_deeper", -0.433),
    ("label_guess", 0.000),
    ("label_guess_wh", 0.000),
    ("listed_table", -0.008),
    ("literal_label_col", 0.000),
    ("mention_left_out", -0.701),
    ("mention_score", -0.841),
    ("negation_guess", 0.000),
    ("negation_path", -0.163),
    ("number_unused", -1.213),
    ("order_by_count", -0.041),
    ("select_star_guess", -0.212),
    ("select_unlisted", -1.358),
    ("shape:agg", 0.267),
    ("shape:count", 0.519),
    ("shape:distinct", 0.061),
    ("shape:filters2", -0.024),
    ("shape:group", -0.187),
    ("shape:group2", -0.434),
    ("shape:having", 0.118),
    ("shape:length", -0.234),
    ("shape:like", 0.084),
    ("shape:limit1", 0.030),
    ("shape:listed_more", -0.413),
    ("shape:mentions", -0.020),
    ("shape:notin", -0.102),
    ("shape:order", 0.227),
    ("shape:q_command", 0.143),
    ("shape:q_count", 0.115),
    ("shape:q_how", -0.248),
    ("shape:q_other", 0.049),
    ("shape:q_what", 0.266),
    ("shape:q_who", 0.012),
    ("shape:select3", -0.222),
    ("shape:select_key", -0.459),
    ("shape:set", 0.404),
    ("shape:star", -0.923),
    ("shape:subquery", 0.349),
    ("sup_implied", -0.190),
    ("sup_loose", -0.070),
    ("table_number_key", -0.027),
    ("top_list", 0.500),
    ("value_col_mismatch", -0.237),
    ("value_new_table", 0.000),
    ("value_new_table_word", 0.000),
    ("wh_column", 0.000),
    ("word:aggregate", -0.669),
    ("word:capital", -0.664),
    ("word:cue", -0.852),
    ("word:negation", -0.487),
    ("word:other", -0.273),
    ("word:plural", -0.601),
    ("word:superlative", -1.521),
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
