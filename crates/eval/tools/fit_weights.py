#!/usr/bin/env python3
"""Refit the builtin engine's confidence weights (crates/nl/src/calibrate.rs).

Why: the engine records evidence against each plan (`notes` in `quarry eval --report`);
a logistic regression on the DEVELOPMENT split says how much each kind of evidence lowers
the chance that the answer is right. Never fit on the held-out split.

Usage:
  quarry eval --spider DIR --dbs <dev dbs> --threshold 0 --report dev.json
  python3 crates/eval/tools/fit_weights.py dev.json > weights.txt   # paste into calibrate.rs

Penalty weights are kept <= 0 (evidence can only count against a plan); `shape:*` weights
are free. `bare_list` and `top_list` are set by hand in calibrate.rs (see its comment).
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


def main():
    report = json.load(open(sys.argv[1]))
    l2 = float(sys.argv[2]) if len(sys.argv) > 2 else 0.01
    data = [(features(o), 1 if o["correct"] else 0)
            for o in report["outcomes"] if o["predicted"]]
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
            if not k.startswith("shape:") and w[k] > 0:
                w[k] = 0.0
    print(f"const BIAS: f32 = {b:.3f};")
    for k in keys:
        print(f'    ("{k}", {w[k]:.3f}),')


if __name__ == "__main__":
    main()
