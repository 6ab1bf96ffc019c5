//! The evaluation report: figures from the per-example outcomes, as text and JSON.
//!
//! Must not: execute or translate anything. Entry points: [`Report::new`], [`Report::render`].

use crate::hardness::Hardness;
use serde::Serialize;

/// What happened to one example.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub index: usize,
    pub db_id: String,
    pub question: String,
    pub gold: String,
    pub predicted: Option<String>,
    pub confidence: f32,
    pub answered: bool,
    pub correct: bool,
    pub hardness: Hardness,
    pub micros: f64,
    /// Why the engine lowered its confidence.
    pub notes: Vec<String>,
    /// Why the engine declined, when it did.
    pub declined_because: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Bucket {
    pub name: String,
    pub count: usize,
    pub answered: usize,
    pub correct: usize,
    pub accuracy: f64,
    pub coverage: f64,
    pub precision: f64,
}

impl Bucket {
    fn of<'a>(name: &str, it: impl Iterator<Item = &'a Outcome>) -> Bucket {
        let (mut count, mut answered, mut correct) = (0, 0, 0);
        for o in it {
            count += 1;
            answered += usize::from(o.answered);
            correct += usize::from(o.correct);
        }
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        Bucket {
            name: name.to_string(),
            count,
            answered,
            correct,
            accuracy: ratio(correct, count),
            coverage: ratio(answered, count),
            precision: ratio(correct, answered),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub threshold: f32,
    pub examples: usize,
    pub databases: usize,
    /// Execution accuracy over all examples (declines count as wrong).
    pub accuracy: f64,
    pub coverage: f64,
    pub precision: f64,
    pub overall: Bucket,
    pub by_hardness: Vec<Bucket>,
    /// How many times each question was translated; its latency is the median run.
    pub latency_runs: u32,
    pub latency_p50_us: f64,
    pub latency_p99_us: f64,
    pub latency_max_us: f64,
}

impl Report {
    pub fn new(threshold: f32, latency_runs: u32, outcomes: &[Outcome]) -> Report {
        let overall = Bucket::of("all", outcomes.iter());
        let by_hardness = Hardness::ALL
            .iter()
            .map(|h| Bucket::of(h.name(), outcomes.iter().filter(|o| o.hardness == *h)))
            .collect();
        let mut lat: Vec<f64> = outcomes.iter().map(|o| o.micros).collect();
        lat.sort_by(f64::total_cmp);
        let pct = |p: f64| {
            if lat.is_empty() {
                0.0
            } else {
                let i = ((lat.len() as f64 - 1.0) * p).round() as usize;
                lat[i.min(lat.len() - 1)]
            }
        };
        let mut dbs: Vec<&str> = outcomes.iter().map(|o| o.db_id.as_str()).collect();
        dbs.sort_unstable();
        dbs.dedup();
        Report {
            threshold,
            examples: outcomes.len(),
            databases: dbs.len(),
            accuracy: overall.accuracy,
            coverage: overall.coverage,
            precision: overall.precision,
            overall,
            by_hardness,
            latency_runs,
            latency_p50_us: pct(0.5),
            latency_p99_us: pct(0.99),
            latency_max_us: lat.last().copied().unwrap_or(0.0),
        }
    }

    /// The printed report.
    pub fn render(&self) -> String {
        let mut s = String::new();
        s.push_str(&format!(
            "quarry eval: {} examples on {} databases, threshold {:.2}\n",
            self.examples, self.databases, self.threshold
        ));
        s.push_str(&format!(
            "{:<8} {:>6} {:>9} {:>8} {:>9} {:>10}\n",
            "", "count", "accuracy", "coverage", "precision", "correct"
        ));
        for b in std::iter::once(&self.overall).chain(self.by_hardness.iter()) {
            s.push_str(&format!(
                "{:<8} {:>6} {:>8.1}% {:>7.1}% {:>8.1}% {:>10}\n",
                b.name,
                b.count,
                b.accuracy * 100.0,
                b.coverage * 100.0,
                b.precision * 100.0,
                b.correct
            ));
        }
        s.push_str(&format!(
            "execution accuracy: {:.1}%\ncoverage: {:.1}%\nprecision when answering: {:.1}%\n",
            self.accuracy * 100.0,
            self.coverage * 100.0,
            self.precision * 100.0
        ));
        s.push_str(&format!(
            "translate latency: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms ({})\n",
            self.latency_p50_us / 1000.0,
            self.latency_p99_us / 1000.0,
            self.latency_max_us / 1000.0,
            if self.latency_runs > 1 {
                format!("median of {} runs per question", self.latency_runs)
            } else {
                "one run per question".to_string()
            }
        ));
        s
    }

    pub fn to_json(&self, outcomes: &[Outcome]) -> String {
        #[derive(Serialize)]
        struct Full<'a> {
            report: &'a Report,
            outcomes: &'a [Outcome],
        }
        serde_json::to_string_pretty(&Full {
            report: self,
            outcomes,
        })
        .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(micros: f64) -> Outcome {
        Outcome {
            index: 0,
            db_id: "shop".into(),
            question: "how many customers".into(),
            gold: "SELECT COUNT(*) FROM customers".into(),
            predicted: Some("SELECT COUNT(*) FROM customers".into()),
            confidence: 1.0,
            answered: true,
            correct: true,
            hardness: Hardness::Easy,
            micros,
            notes: Vec::new(),
            declined_because: None,
        }
    }

    #[test]
    fn latency_line_says_how_each_question_was_timed() {
        let outcomes: Vec<Outcome> = (1..=100).map(|i| outcome(f64::from(i) * 10.0)).collect();
        let r = Report::new(0.5, 3, &outcomes);
        assert_eq!(r.latency_p50_us, 510.0);
        assert_eq!(r.latency_p99_us, 990.0);
        assert_eq!(r.latency_max_us, 1000.0);
        let text = r.render();
        assert!(
            text.contains("p99 0.990 ms, max 1.000 ms (median of 3 runs per question)"),
            "{text}"
        );
        let once = Report::new(0.5, 1, &outcomes).render();
        assert!(once.contains("(one run per question)"), "{once}");
    }
}
