#!/usr/bin/env python3
"""Offline study: does the NL engine's confidence transfer to unseen databases, and would
stronger regularisation, coarser features or a GBM do better?  DEV split only: the report of
`quarry eval --dbs <dev dbs> --threshold 0 --report dev0.json` (QUARRY_DEV_REPORT, default
/tmp/dev0.json). Needs numpy, scipy and (for gbm) scikit-learn. Round 7 of BENCHMARKS.md
records what it found.

Protocol (everything grouped by db_id):
  outer: 5 folds of databases (random permutation, seeds 0,1,2); train on 4, test on 1.
  threshold for a precision target T is chosen on the TRAINING databases only, two ways:
    insample - score the training data with the model fitted on it (flattered)
    nested   - inner 5-fold grouped CV inside the training databases, out-of-fold scores
               (= what fit_weights.py --threshold does to pick the shipped 0.88)
  threshold rule: lowest score s such that answering every plan with score >= s keeps
  precision >= T (ties kept together), i.e. the fit_weights.py rule.
  metrics on the test folds, pooled over the 5 folds of a seed:
    prec  = right / answered,   share = right answered / ALL questions (declines included)
  reported: median over seeds of pooled prec/share, min over all 15 test folds of fold prec.
  frontier: pooled out-of-fold scores of a seed, best share at pooled prec >= 90% with the
  threshold chosen ON THE TEST DATA (an upper bound / ranking quality, not honest).

Usage: python3 crates/eval/tools/confidence_study.py [--check] [logit] [gbm] [boot]
Results go to /tmp/h1_results_<part>.json.
"""
import collections
import json
import os
import statistics
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fit_weights as fw  # noqa: E402

SEEDS = (0, 1, 2)
FOLDS = 5
TARGETS = (0.90, 0.91, 0.92, 0.93, 0.94, 0.95, 0.96)

REPORT = json.load(open(os.environ.get("QUARRY_DEV_REPORT", "/tmp/dev0.json")))
ALL = REPORT["outcomes"]
N_ALL = len(ALL)
ANS = [o for o in ALL if o["predicted"]]  # declines (predicted None) are never answered
DB_ALL = collections.Counter(o["db_id"] for o in ALL)
DBS = sorted(DB_ALL)
Y = np.array([int(o["correct"]) for o in ANS])
DB = np.array([o["db_id"] for o in ANS])
SHIPPED = np.array([o["confidence"] for o in ANS])
FEATS = [fw.features(o) for o in ANS]


# ---------------------------------------------------------------- feature variants
def variant(f, how):
    if how == "full":
        return f
    g = collections.Counter()
    for k, v in f.items():
        if k.startswith("cue:"):
            if how == "cuecount":
                g["shape:cue_count"] += v  # 'shape:' prefix: sign left free, like cue:*
            # how == "nocue": dropped
        else:
            g[k] += v
    return g


def matrix(how):
    fs = [variant(f, how) for f in FEATS]
    keys = sorted({k for f in fs for k in f})
    idx = {k: i for i, k in enumerate(keys)}
    rows, cols, vals = [], [], []
    for r, f in enumerate(fs):
        for k, v in f.items():
            rows.append(r)
            cols.append(idx[k])
            vals.append(v)
    X = sp.csr_matrix((vals, (rows, cols)), shape=(len(fs), len(keys)))
    free = np.array([k.startswith(("shape:", "cue:")) for k in keys])
    return X, keys, free


# ---------------------------------------------------------------- models
class Logistic:
    """fit_weights.fit, vectorised: 1500 full-batch steps of size 0.5, L2 on weights not
    bias, penalty weights projected to <= 0 after each step."""

    def __init__(self, l2):
        self.l2 = l2
        self.name = f"logistic L2={l2:g}"

    def fit(self, X, y, free):
        n, m = X.shape
        w = np.zeros(m)
        b = 0.0
        Xt = X.T.tocsr()
        for _ in range(1500):
            z = X @ w + b
            d = 1 / (1 + np.exp(-z)) - y
            gb = d.sum()
            gw = Xt @ d
            b -= 0.5 * gb / n
            w -= 0.5 * (gw / n + self.l2 * w)
            w[~free & (w > 0)] = 0.0
        self.w, self.b = w, b
        return self

    def score(self, X):
        return 1 / (1 + np.exp(-(X @ self.w + self.b)))


class GBM:
    def __init__(self, kind, **kw):
        self.kind, self.kw = kind, kw
        self.name = kind + " " + " ".join(f"{k}={v}" for k, v in kw.items()
                                         if k not in ("max_bins", "min_samples_leaf"))

    def fit(self, X, y, free):
        from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier
        kw = dict(self.kw)
        Xd = X.toarray()
        if self.kind == "hgb":
            mono = kw.pop("mono", False)
            if mono:
                kw["monotonic_cst"] = [0 if f else -1 for f in free]
            self.m = HistGradientBoostingClassifier(early_stopping=False, random_state=0, **kw)
        else:
            self.m = GradientBoostingClassifier(random_state=0, **kw)
        self.m.fit(Xd, y)
        return self

    def score(self, X):
        return self.m.predict_proba(X.toarray())[:, 1]


# ---------------------------------------------------------------- protocol helpers
def threshold_for(scores, y, target):
    """Lowest score s with precision(score >= s) >= target, ties kept together."""
    order = np.argsort(-scores, kind="stable")
    s, yy = scores[order], y[order]
    cum = np.cumsum(yy)
    n = np.arange(1, len(s) + 1)
    boundary = np.append(s[1:] != s[:-1], True)  # last index of each tie group
    ok = boundary & (cum / n >= target)
    if not ok.any():
        return np.inf
    return s[np.nonzero(ok)[0].max()]


def db_folds(dbs, seed, folds=FOLDS):
    perm = np.random.RandomState(seed).permutation(sorted(dbs))
    return {db: i % folds for i, db in enumerate(perm)}


def oof_scores(make, X, free, mask, seed):
    """Out-of-fold scores for rows in `mask`, grouped by db (inner CV)."""
    dbs = sorted(set(DB[mask]))
    fold = db_folds(dbs, 1000 + seed)
    out = np.full(len(Y), np.nan)
    for k in range(FOLDS):
        tr = mask & np.array([fold.get(d, -1) != k for d in DB])
        te = mask & np.array([fold.get(d, -1) == k for d in DB])
        m = make().fit(X[tr], Y[tr], free)
        out[te] = m.score(X[te])
    return out[mask]


def frontier(scores, y, n_all, target=0.90):
    t = threshold_for(scores, y, target)
    a = scores >= t
    return y[a].sum() / n_all


def run(make, how, nested=True):
    """Returns per-seed dicts: pooled/fold metrics per (protocol, target), fixed 0.88, frontier."""
    X, keys, free = matrix(how)
    res = []
    for seed in SEEDS:
        fold = db_folds(DBS, seed)
        fa = np.array([fold[d] for d in DB])
        oof = np.full(len(Y), np.nan)
        thr = collections.defaultdict(dict)  # (proto, target) -> fold -> threshold
        for k in range(FOLDS):
            tr, te = fa != k, fa == k
            m = make().fit(X[tr], Y[tr], free)
            oof[te] = m.score(X[te])
            ins = m.score(X[tr])
            inner = oof_scores(make, X, free, tr, seed) if nested else None
            for t in TARGETS:
                thr[("insample", t)][k] = threshold_for(ins, Y[tr], t)
                if nested:
                    thr[("nested", t)][k] = threshold_for(inner, Y[tr], t)
        fold_all = collections.Counter(fold[o["db_id"]] for o in ALL)
        r = {"oof": oof, "fa": fa, "fold_all": fold_all}
        protos = {key: np.array([th[k] for k in fa]) for key, th in thr.items()}
        protos[("fixed", 0.88)] = np.full(len(Y), 0.88)
        for key, th in protos.items():
            a = oof >= th
            per = []
            for k in range(FOLDS):
                sel = a & (fa == k)
                per.append(Y[sel].sum() / sel.sum() if sel.sum() else None)
            r[key] = dict(prec=Y[a].sum() / max(a.sum(), 1), share=Y[a].sum() / N_ALL,
                          fold_prec=per,
                          thr=sorted({round(float(v), 3) for v in thr[key].values()})
                          if key in thr else [0.88])
        r["frontier90"] = frontier(oof, Y, N_ALL)
        r["frontier94"] = frontier(oof, Y, N_ALL, 0.94)
        res.append(r)
    return res


def summarise(name, res, keys, out):
    for key in keys:
        if key not in res[0]:
            continue
        prec = statistics.median(r[key]["prec"] for r in res)
        share = statistics.median(r[key]["share"] for r in res)
        fp = [p for r in res for p in r[key]["fold_prec"] if p is not None]
        empty = sum(p is None for r in res for p in r[key]["fold_prec"])
        fmin, fmax = (min(fp), max(fp)) if fp else (0, 0)
        th = statistics.median(t for r in res for t in r[key]["thr"])
        seeds = " ".join(f"{r[key]['prec']:.3f}/{r[key]['share']:.3f}" for r in res)
        line = (f"{name:<34} {key[0]:>8} {key[1]:.2f} | prec med {prec:.3f} fold min {fmin:.3f} "
                f"max {fmax:.3f} empty {empty} | share {share:.3f} | thr~{th:.3f} | seeds {seeds}")
        print(line)
        out.append(dict(model=name, proto=key[0], target=key[1], prec=prec, fold_min=fmin,
                        fold_max=fmax, empty_folds=empty, share=share, thr=th))
    for f in ("frontier90", "frontier94"):
        fr = statistics.median(r[f] for r in res)
        per = " ".join(f"{r[f]:.3f}" for r in res)
        print(f"{name:<34} {f} (test-chosen threshold, upper bound) share {fr:.3f} "
              f"per seed {per}")
        out.append(dict(model=name, proto=f, share=fr))
    sys.stdout.flush()


def shipped_fixed():
    """Shipped weights (confidence field) at 0.88 per test fold. Note: in-sample, the shipped
    weights were fitted on all of these databases."""
    print("== shipped confidence, fixed threshold 0.88 (weights fitted on ALL dev dbs: in-sample)")
    a = SHIPPED >= 0.88
    print(f"pooled: prec {Y[a].mean():.3f} share {Y[a].sum() / N_ALL:.3f} answered {a.sum()}")
    for seed in SEEDS:
        fold = db_folds(DBS, seed)
        fa = np.array([fold[d] for d in DB])
        fall = collections.Counter(fold[o["db_id"]] for o in ALL)
        per = [(Y[a & (fa == k)].mean(), Y[a & (fa == k)].sum() / fall[k]) for k in range(FOLDS)]
        print(f"seed {seed}: fold prec " + " ".join(f"{p:.3f}" for p, _ in per)
              + " | fold share " + " ".join(f"{s:.3f}" for _, s in per))
    # per-database spread
    per_db = []
    for db in DBS:
        sel = a & (DB == db)
        if sel.sum() >= 5:
            per_db.append(Y[sel].mean())
    per_db.sort()
    print(f"per-db precision (dbs with >=5 answered, n={len(per_db)}): "
          f"min {per_db[0]:.2f} p10 {per_db[len(per_db) // 10]:.2f} "
          f"median {statistics.median(per_db):.2f}; dbs below 0.90: "
          f"{sum(p < 0.9 for p in per_db)}")
    print(f"shipped frontier@90 pooled (in-sample): {frontier(SHIPPED, Y, N_ALL):.3f}")


def check_against_reference():
    """The vectorised fit must equal fit_weights.fit (pure Python) on a training fold."""
    fold = db_folds(DBS, 0)
    tr = [i for i, d in enumerate(DB) if fold[d] != 0]
    t0 = time.time()
    keys, w, b = fw.fit([(FEATS[i], int(Y[i])) for i in tr], 0.003)
    t_ref = time.time() - t0
    X, keys2, free = matrix("full")
    trm = np.array([fold[d] != 0 for d in DB])
    m = Logistic(0.003).fit(X[trm], Y[trm], free)
    ref = np.array([fw.predict(FEATS[i], w, b) for i in range(len(Y))])
    diff = np.abs(ref - m.score(X)).max()
    print(f"check: numpy fit vs fit_weights.fit max |dp| = {diff:.2e} (ref fit {t_ref:.0f}s)")
    assert diff < 1e-6


def bootstrap_diff(a_oof, b_oof, reps=500, target=0.90):
    """Resample databases: distribution of frontier@90 share difference (b - a)."""
    rng = np.random.RandomState(7)
    rows = {db: np.nonzero(DB == db)[0] for db in DBS}
    diffs = []
    for _ in range(reps):
        pick = rng.choice(DBS, len(DBS))
        idx = np.concatenate([rows[d] for d in pick])
        n_all = sum(DB_ALL[d] for d in pick)
        diffs.append(frontier(b_oof[idx], Y[idx], n_all, target)
                     - frontier(a_oof[idx], Y[idx], n_all, target))
    diffs.sort()
    return diffs[reps // 40], statistics.median(diffs), diffs[-reps // 40 - 1]


PARTS = {
    "logit": [("full", l2) for l2 in (0.003, 0.01, 0.03, 0.1, 0.3)]
             + [(how, l2) for how in ("cuecount", "nocue") for l2 in (0.003, 0.03)],
    "gbm": [
        ("full", "hgb", dict(max_depth=3, max_iter=100, learning_rate=0.05, min_samples_leaf=20,
                             l2_regularization=1.0, max_bins=64)),
        ("full", "hgb", dict(max_depth=3, max_iter=100, learning_rate=0.05, min_samples_leaf=20,
                             l2_regularization=1.0, max_bins=64, mono=True)),
        ("full", "hgb", dict(max_depth=2, max_iter=100, learning_rate=0.1, min_samples_leaf=40,
                             l2_regularization=1.0, max_bins=64, mono=True)),
        ("full", "gbc", dict(max_depth=2, n_estimators=100, learning_rate=0.1, subsample=0.8,
                             min_samples_leaf=20)),
        ("full", "gbc", dict(max_depth=3, n_estimators=100, learning_rate=0.05, subsample=0.8,
                             min_samples_leaf=20)),
        ("nocue", "gbc", dict(max_depth=2, n_estimators=100, learning_rate=0.1, subsample=0.8,
                              min_samples_leaf=20)),
    ],
}


def main():
    """python3 h1_study.py [--check] [logit] [gbm] [boot]   (default: all, sequentially)"""
    t0 = time.time()
    parts = [a for a in sys.argv[1:] if not a.startswith("--")] or ["logit", "gbm", "boot"]
    print(f"dev: {N_ALL} questions, {len(ANS)} with SQL, {len(DBS)} dbs; "
          f"base precision {Y.mean():.3f}")
    if "--check" in sys.argv:
        check_against_reference()
    keys = [("fixed", 0.88)] + [(p, t) for p in ("insample", "nested") for t in TARGETS]
    for part in parts:
        if part == "boot":
            continue
        if part == "logit":
            shipped_fixed()
        out = []
        for spec in PARTS[part]:
            if part == "logit":
                how, l2 = spec
                make = (lambda l2=l2: Logistic(l2))
            else:
                how, kind, kw = spec
                make = (lambda kind=kind, kw=kw: GBM(kind, **kw))
            name = f"{make().name} [{how}]"
            t1 = time.time()
            res = run(make, how)
            summarise(name, res, keys, out)
            print(f"   ({time.time() - t1:.0f}s)")
            np.save(f"/tmp/h1_oof_{len(out)}_{part}.npy", np.array([r["oof"] for r in res]))
            json.dump(out, open(f"/tmp/h1_results_{part}.json", "w"), indent=1)
            out[-1]["oof_file"] = f"/tmp/h1_oof_{len(out)}_{part}.npy"
            json.dump(out, open(f"/tmp/h1_results_{part}.json", "w"), indent=1)
    if "boot" in parts:
        rows = []
        for part in PARTS:
            try:
                rows += json.load(open(f"/tmp/h1_results_{part}.json"))
            except FileNotFoundError:
                pass
        files = {}
        for r in rows:
            if "oof_file" in r:
                files[r["model"]] = r["oof_file"]
        base = "logistic L2=0.003 [full]"
        print("== grouped bootstrap over databases (500x): frontier@90 share difference vs",
              base, "per seed's out-of-fold scores: 2.5%/median/97.5%")
        b = np.load(files[base])
        for name, f in files.items():
            if name == base:
                continue
            o = np.load(f)
            for t in (0.90, 0.94):
                cells = [bootstrap_diff(b[s], o[s], target=t) for s in range(len(SEEDS))]
                print(f"  @{t:.2f} {name:<55} " + " | ".join(
                    f"{lo:+.3f} {md:+.3f} {hi:+.3f}" for lo, md, hi in cells))
    print(f"total {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
