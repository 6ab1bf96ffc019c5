//! Turning the planner's evidence into a confidence: a logistic model whose weights were
//! fitted on the development half of the Spider training databases (execution accuracy as
//! the label) and never on the held-out half. Must not: look at the question or schema.
//! Entry point: [`confidence`].

/// The log-odds of a plan with no evidence against it.
const BIAS: f32 = 2.042;

/// Log-odds per unit of evidence. Word evidence is keyed by its class
/// (`word:other:<w>` -> `word:other`). Two are set by hand, not fitted: `bare_list` ("show
/// customers") and `top_list` ("top 5 products by price") are the minimum questions every
/// schema must answer, and the benchmark has too few of them to speak for them.
/// `shape:*` entries describe the query rather than count against it, so they may be positive.
const WEIGHTS: &[(&str, f32)] = &[
    ("agg_non_numeric", 0.000),
    ("allof_guess", -0.791),
    ("ambiguous", -0.429),
    ("and_values_in", -0.004),
    ("answer_is_filter", -0.407),
    ("at_least_one", 0.000),
    ("bare_list", 1.200),
    ("clause_col_dropped", -0.327),
    ("cmp_loose", 0.000),
    ("col_outside_named", -0.127),
    ("count_col_no_distinct", -0.132),
    ("count_of_column", 0.000),
    ("count_of_number", -0.569),
    ("cue:above", -0.345),
    ("cue:all", 0.025),
    ("cue:along", 0.125),
    ("cue:alphabetical", -0.036),
    ("cue:alphabetically", 0.053),
    ("cue:also", -0.012),
    ("cue:and", 0.043),
    ("cue:any", 0.085),
    ("cue:ascending", 0.177),
    ("cue:associated", 0.017),
    ("cue:average", 0.026),
    ("cue:before", -0.014),
    ("cue:below", -0.098),
    ("cue:between", -0.391),
    ("cue:bigger", -0.117),
    ("cue:biggest", 0.045),
    ("cue:both", 0.125),
    ("cue:but", 0.114),
    ("cue:called", 0.186),
    ("cue:contain", -0.016),
    ("cue:containing", 0.072),
    ("cue:contains", -0.153),
    ("cue:corresponding", 0.077),
    ("cue:count", 0.111),
    ("cue:descending", -0.211),
    ("cue:different", 0.110),
    ("cue:distinct", 0.244),
    ("cue:each", 0.239),
    ("cue:earliest", -0.032),
    ("cue:end", -0.137),
    ("cue:ending", -0.027),
    ("cue:equal", -0.018),
    ("cue:ever", -0.029),
    ("cue:every", -0.166),
    ("cue:except", -0.175),
    ("cue:first", 0.172),
    ("cue:greater", -0.136),
    ("cue:greatest", -0.158),
    ("cue:had", -0.190),
    ("cue:has", -0.186),
    ("cue:have", 0.295),
    ("cue:highest", -0.258),
    ("cue:how", 0.127),
    ("cue:larger", -0.096),
    ("cue:largest", -0.287),
    ("cue:last", 0.741),
    ("cue:latest", -0.029),
    ("cue:least", -0.047),
    ("cue:less", -0.048),
    ("cue:longest", -0.170),
    ("cue:lower", 0.143),
    ("cue:lowest", -0.105),
    ("cue:many", -0.060),
    ("cue:max", -0.111),
    ("cue:maximum", 0.013),
    ("cue:mean", 0.050),
    ("cue:min", -0.048),
    ("cue:minimum", 0.076),
    ("cue:more", 0.089),
    ("cue:most", -0.162),
    ("cue:much", -0.045),
    ("cue:named", 0.293),
    ("cue:never", 0.155),
    ("cue:newest", -0.073),
    ("cue:no", 0.142),
    ("cue:not", 0.066),
    ("cue:number", -0.213),
    ("cue:older", 0.029),
    ("cue:oldest", -0.065),
    ("cue:once", -0.027),
    ("cue:one", 0.020),
    ("cue:only", -0.248),
    ("cue:or", -0.384),
    ("cue:order", 0.119),
    ("cue:ordered", 0.032),
    ("cue:other", 0.019),
    ("cue:over", -0.031),
    ("cue:per", 0.028),
    ("cue:recent", -0.059),
    ("cue:same", -0.055),
    ("cue:shortest", -0.028),
    ("cue:smaller", 0.043),
    ("cue:smallest", -0.070),
    ("cue:sort", 0.250),
    ("cue:sorted", 0.059),
    ("cue:start", -0.058),
    ("cue:starting", 0.030),
    ("cue:starts", -0.042),
    ("cue:sum", -0.021),
    ("cue:than", -0.252),
    ("cue:their", -0.483),
    ("cue:them", -0.034),
    ("cue:those", -0.177),
    ("cue:three", 0.093),
    ("cue:times", -0.246),
    ("cue:top", -0.014),
    ("cue:total", -0.407),
    ("cue:twice", -0.037),
    ("cue:two", 0.074),
    ("cue:under", 0.052),
    ("cue:unique", -0.120),
    ("cue:what", -0.219),
    ("cue:when", -0.444),
    ("cue:where", 0.163),
    ("cue:which", -0.186),
    ("cue:who", -0.192),
    ("cue:whose", -0.154),
    ("cue:younger", 0.026),
    ("cue:youngest", -0.111),
    ("disjoint_intersect", 0.000),
    ("far_col_dropped", -0.162),
    ("full_name", 0.000),
    ("group_by_listed_values", -0.093),
    ("group_by_shown", 0.000),
    ("group_implicit", -1.456),
    ("group_own_table", 0.000),
    ("having_sum", -0.089),
    ("implicit_distinct", -0.286),
    ("implied_both", -0.283),
    ("join", -0.493),
    ("join_deep", 0.000),
    ("join_deeper", -0.041),
    ("join_guessed", 0.000),
    ("label_guess", 0.000),
    ("label_guess_wh", 0.000),
    ("listed_table", -0.010),
    ("literal_label_col", 0.000),
    ("lone_number_listed", -0.346),
    ("mention_left_out", -0.724),
    ("mention_score", -0.861),
    ("mode_several", 0.000),
    ("negated_value_related", -0.050),
    ("negation_except", -0.032),
    ("negation_filtered", -0.345),
    ("negation_guess", 0.000),
    ("negation_own_value", -0.051),
    ("negation_path", -0.082),
    ("number_unused", -1.169),
    ("or_union", 0.000),
    ("order_by_count", -0.061),
    ("order_by_group_number", -0.075),
    ("participle_col_dropped", -0.059),
    ("select_star_guess", -0.220),
    ("select_unlisted", -1.429),
    ("shape:agg", 0.140),
    ("shape:count", 0.643),
    ("shape:distinct", 0.053),
    ("shape:filters2", 0.321),
    ("shape:group", -0.040),
    ("shape:group2", -0.415),
    ("shape:having", 0.161),
    ("shape:length", -0.069),
    ("shape:like", 0.075),
    ("shape:limit1", 0.034),
    ("shape:listed_more", -0.382),
    ("shape:mentions", -0.073),
    ("shape:notin", 0.047),
    ("shape:order", 0.194),
    ("shape:q_command", 0.262),
    ("shape:q_count", 0.077),
    ("shape:q_how", -0.306),
    ("shape:q_other", 0.019),
    ("shape:q_what", 0.313),
    ("shape:q_who", -0.029),
    ("shape:select3", -0.317),
    ("shape:select_key", -0.381),
    ("shape:set", 0.343),
    ("shape:star", -0.911),
    ("shape:subquery", 0.198),
    ("sum_of_key", -0.069),
    ("sup_implied", -0.199),
    ("sup_loose", 0.000),
    ("sup_of_sum", 0.000),
    ("sup_own_number", -0.044),
    ("table_number_key", -0.116),
    ("table_pair_set", 0.000),
    ("tally_sum", -0.052),
    ("text_compared_to_number", -0.281),
    ("top_list", 0.500),
    ("value_col_mismatch", -0.368),
    ("value_new_table", -0.139),
    ("value_new_table_word", -0.008),
    ("wh_column", 0.000),
    ("word:aggregate", -0.787),
    ("word:capital", -0.737),
    ("word:cue", -0.966),
    ("word:negation", -0.058),
    ("word:other", -0.343),
    ("word:plural", -0.461),
    ("word:superlative", -1.537),
    ("word:verb", -0.042),
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
