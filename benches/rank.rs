//! Relevant-table ranking latency at 100, 1,000 and 10,000 tables (`cargo bench --bench rank`).
//! One iteration is one `RankIndex::rank` call for a question naming one table, top 15.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use quarry::schema::rank::{split_words, ContextOptions, RankIndex};

fn bench_rank(c: &mut Criterion) {
    let mut group = c.benchmark_group("rank");
    for n in [100usize, 1_000, 10_000] {
        let schema = quarry::schema::rank::synthetic_schema(n);
        let index = RankIndex::build(&schema);
        let target = &schema.tables[n / 2].name;
        let words = split_words(target);
        let question = format!(
            "how many {} {} were created last month?",
            words[0], words[1]
        );
        group.bench_with_input(BenchmarkId::new("rank_top15", n), &n, |b, _| {
            b.iter(|| black_box(index.rank(black_box(&question), 15, None)))
        });
        group.bench_with_input(BenchmarkId::new("rank_and_render", n), &n, |b, _| {
            b.iter(|| {
                black_box(index.get_relevant_tables_context(
                    &schema,
                    black_box(&question),
                    15,
                    None,
                    &ContextOptions::default(),
                ))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_rank);
criterion_main!(benches);
