#!/usr/bin/env python3
"""Refit the builtin engine's confidence weights (crates/nl/src/calibrate.rs).

Why: the engine records evidence against each plan (`notes` in `quarry eval --report`);
a logistic regression on the DEVELOPMENT split says how much each kind of evidence lowers
the chance that the answer is right. Never fit on the held-out split.

Usage:
  quarry eval --spider DIR --dbs <dev dbs> --threshold 0 --report dev.json
  python3 crates/eval/tools/fit_weights.py dev.json [L2] [--threshold] > weights.txt
  # paste into calibrate.rs; --threshold also prints the lowest confidence at which models
  # fitted without a database's questions keep 92%, 93% or 94% precision on them (5 folds by
  # database). The default threshold follows the 94% line, rounded up: unseen databases have
  # run up to 4.5 points below these figures; check that it still answers the everyday
  # questions of crates/nl/tests/constructions.rs (BENCHMARKS.md says why).

Penalty weights are kept <= 0 (evidence can only count against a plan); `shape:*` and
`cue:*` weights (what the query and the question look like) are free; `cue:*` weights under
0.01 are left out (the table's default for them is 0). `bare_list` and `top_list` are set
by hand in calibrate.rs (see its comment).
"""
import collections
import json
import math
import sys


def features(outcome):
    f = collections.Counter()
    for note in outcome["notes"]:
        key, value = note.rsplit("=", 1)
        if key.startswith("word:"):
            key = ":".join(key.split(":")[:2])
        f[key] += float(value)
    return f


def fit(data, l2):
    keys = sorted({k for f, _ in data for k in f})
    w = {k: 0.0 for k in keys}
    b = 0.0
    n = len(data)
    for _ in range(1500):
        gw = {k: 0.0 for k in keys}
        gb = 0.0
        for f, y in data:
            z = b + sum(w[k] * v for k, v in f.items())
            d = 1 / (1 + math.exp(-z)) - y
            gb += d
            for k, v in f.items():
                gw[k] += d * v
        b -= 0.5 * gb / n
        for k in keys:
            w[k] -= 0.5 * (gw[k] / n + l2 * w[k])
            if not k.startswith(("shape:", "cue:")) and w[k] > 0:
                w[k] = 0.0
    return keys, w, b


def predict(f, w, b):
    z = b + sum(w.get(k, 0.0) * v for k, v in f.items())
    return 1 / (1 + math.exp(-z))


def threshold_out_of_fold(outcomes, l2, precision, folds=5):
    """The lowest threshold at which answers scored by models that never saw their database
    keep `precision`: in-sample precision flatters the weights, held-out data will not."""
    dbs = sorted({o["db_id"] for o in outcomes})
    fold = {db: i % folds for i, db in enumerate(dbs)}
    scored = []
    for k in range(folds):
        train = [(features(o), int(o["correct"])) for o in outcomes if fold[o["db_id"]] != k]
        _, w, b = fit(train, l2)
        scored += [(predict(features(o), w, b), int(o["correct"]))
                   for o in outcomes if fold[o["db_id"]] == k]
    scored.sort(key=lambda t: -t[0])
    best, right = 1.0, 0
    for i, (p, y) in enumerate(scored):
        right += y
        if right / (i + 1) >= precision:
            best = p
    return best


def main():
    report = json.load(open(sys.argv[1]))
    l2 = float(sys.argv[2]) if len(sys.argv) > 2 else 0.003
    outcomes = [o for o in report["outcomes"] if o["predicted"]]
    keys, w, b = fit([(features(o), int(o["correct"])) for o in outcomes], l2)
    if "--threshold" in sys.argv:
        for target in (0.92, 0.93, 0.94):
            t = threshold_out_of_fold(outcomes, l2, target)
            print(f"// out-of-fold threshold for {target:.0%} precision: {t:.3f}")
    print(f"const BIAS: f32 = {b:.3f};")
    for k in keys:
        if k.startswith("cue:") and abs(w[k]) < 0.01:
            continue
        print(f'    ("{k}", {w[k]:.3f}),')


if __name__ == "__main__":
    main()
