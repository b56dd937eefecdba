"""Train the copy-pair model of marsad.corpus.dedup (issue 31) from the development-day copy golds.

Examples:

* **story gold, dev split** (``eval/realnews/stories_dev.jsonl``, ``copies_dev.jsonl``): marsad
  analyzes the 693 dev articles; every candidate pair :class:`Dedup` looks at (LSH candidates and
  pairs sharing rare 3-grams, lead shingles among them) that shares at least ``ALIGN_CANDIDATE`` of
  the shorter's 3-grams, or that the rules join, is an example: a copy when both articles are in one
  gold copy group (the gold pairs closed transitively; the copies of this set are all labelled),
  else not.
* **blind copy check** (``copies_check_dev.jsonl``, two other development days): its 150 labelled
  pairs (93 copies, 57 not), their features computed in the corpus of those two days' articles.

The model is a logistic regression over :data:`marsad.corpus.dedup.PAIR_FEATURES` (standardized).
It is measured by grouped k-fold cross-validation: a dev example's group is the gold story of its
articles (every copy group lies in one story), a check pair's group its connected component among the
check pairs, so no copy group sits in a train and a test fold. The threshold is the lowest at which
the rules or the model, on the cross-validated probabilities, join pairs at precision >= 0.98 on
either gold. Writes ``src/marsad/models/copies.json`` (means, scales, coefficients, threshold: read
without scikit-learn).

    .venv/bin/python scripts/train_copies.py                        # train, report, write the model
    .venv/bin/python scripts/train_copies.py --dev-out /tmp/d --check-out /tmp/c   # reuse outputs
    .venv/bin/python scripts/train_copies.py --no-write             # report only
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys
import tempfile
from collections import Counter

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "realnews"
sys.path.insert(0, str(GOLD))
sys.path.insert(0, str(ROOT / "src"))

from marsad.corpus import dedup  # noqa: E402
from marsad.corpus.unionfind import UnionFind  # noqa: E402
from marsad.document import Document  # noqa: E402

PRECISION = 0.98
FOLDS = 5


def _rows(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def _groups(pairs):
    groups = UnionFind()
    for a, b in pairs:
        groups.union(a, b)
    return {x: groups.find(x) for x in list(groups.parent)}


def _analyzed(urls, out):
    """marsad's articles (as Documents) for these development-day urls, analyzed into ``out`` unless
    it already holds them. The model is off during that run: examples are the rules' candidates."""
    arts = pathlib.Path(out) / "out" / "articles.jsonl" if out else None
    if arts is None or not arts.exists():
        import evaluate

        out = out or tempfile.mkdtemp(prefix="marsad-train-copies-")
        arts = evaluate.analyze(urls, out) / "articles.jsonl"
    return [Document.from_dict(a) for a in _rows(arts)]


def _ordered(docs):
    """The articles as Dedup numbers them: those with a signature, the earliest published first."""
    order = sorted(range(len(docs)), key=lambda i: dedup._order_key(i, docs[i]))
    return [docs[i] for i in order if dedup.signature(docs[i].text) is not None]


class Examples:
    """The candidate pairs of one corpus (as :class:`Dedup` sees them, the model off): ``pairs``,
    their features ``x``, whether the rules join them (``rules``), their label (True, False, or None
    when the gold does not say) and cross-validation group."""

    def __init__(self):
        self.pairs, self.x, self.rules, self.y, self.groups = [], [], [], [], []

    def add(self, pair, features, rules, label, group):
        self.pairs.append(pair)
        self.x.append(features)
        self.rules.append(bool(rules))
        self.y.append(label)
        self.groups.append(group)

    def arrays(self):
        return (np.array(self.x, dtype=float), np.array(self.rules), np.array(self.y, dtype=object),
                np.array(self.groups, dtype=object))


def _candidates(docs):
    record = []
    dedup.Dedup(model=None, record=record).run(docs, None)
    return record


def dev_examples(docs):
    """The dev story articles: every candidate pair is labelled (a copy when both articles are in one
    gold copy group: the copies of this set are all in the gold), grouped by the articles' story."""
    story = {r["url"]: r["story"] for r in _rows(GOLD / "stories_dev.jsonl")}
    gold = _groups((r["url_a"], r["url_b"]) for r in _rows(GOLD / "copies_dev.jsonl"))
    ex = Examples()
    for a, b, f, rules in _candidates(docs):
        ex.add((a, b), f, rules, a in gold and b in gold and gold[a] == gold[b], "dev:" + story.get(a, a))
    return ex


def check_examples(docs):
    """The two days of the blind copy check: every candidate pair, labelled when it is one of the 150
    judged pairs; judged pairs that are no candidate are added (for training: the model never sees
    them at run time). Grouped by connected component of the judged pairs."""
    rows = _rows(GOLD / "copies_check_dev.jsonl")
    label = {frozenset((r["a"], r["b"])): bool(r["copy"]) for r in rows}
    comp = _groups((r["a"], r["b"]) for r in rows)
    ex = Examples()
    for a, b, f, rules in _candidates(docs):
        key = frozenset((a, b))
        ex.add((a, b), f, rules, label.pop(key, None), "check:" + comp.get(a, a))
    if label:
        kept = _ordered(docs)
        at = {d.id: i for i, d in enumerate(kept)}
        features = dedup.PairFeatures(dedup._Shingled([d.text for d in kept]), kept)
        for key, copy in label.items():
            a, b = sorted(key, key=lambda u: at.get(u, -1))
            if a in at and b in at:
                ex.add((a, b), features(at[a], at[b]), False, copy, "check:" + comp[a])
    return ex


def fit(x, y, c=1.0):
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=c, max_iter=2000).fit((x - mean) / scale, y)
    return {"features": list(dedup.PAIR_FEATURES), "mean": mean.tolist(), "scale": scale.tolist(),
            "coef": lr.coef_[0].tolist(), "intercept": float(lr.intercept_[0])}


def predict(model, x):
    return np.array([dedup.copy_probability(model, list(row)) for row in x])


def cross_validated(x, y, groups, c=1.0, folds=FOLDS):
    """Out-of-fold probabilities of the labelled examples (``y`` not None), folds by group; an
    unlabelled example gets the mean of the fold models' (none was trained on it)."""
    from sklearn.model_selection import GroupKFold

    labelled = np.array([v is not None for v in y])
    xl, yl, gl = x[labelled], y[labelled].astype(bool), groups[labelled]
    pl = np.zeros(len(yl))
    pu = np.zeros(int((~labelled).sum()))
    for train, test in GroupKFold(n_splits=folds).split(xl, yl, gl):
        model = fit(xl[train], yl[train], c)
        pl[test] = predict(model, xl[test])
        pu += predict(model, x[~labelled]) / folds
    p = np.zeros(len(y))
    p[labelled], p[~labelled] = pl, pu
    return p


def scores(join, y):
    tp, fp = int((join & y).sum()), int((join & ~y).sum())
    return {"found": f"{tp}/{int(y.sum())}", "recall": round(float(tp / max(1, y.sum())), 3),
            "false": fp, "precision": round(tp / (tp + fp), 3) if tp + fp else None}


def grouped(pairs, rules, p, t):
    """The copy groups the rules and the model make, as :class:`Dedup` makes them: the rules' pairs
    first, then the pairs at probability >= ``t`` (``dedup.attach_learned``). Returns the groups."""
    groups = UnionFind()
    for a, b in pairs:
        groups.find(a), groups.find(b)
    for i in np.flatnonzero(rules):
        groups.union(*pairs[i])
    size_of = Counter(groups.find(x) for x in groups.parent)
    dedup.attach_learned(groups, size_of, [(-p[i], *pairs[i]) for i in range(len(pairs)) if not rules[i] and p[i] >= t])
    return groups


def dev_scores(groups, gold_pairs):
    """As ``evaluate.py stories``: gold copy pairs in one group, and of the pairs of every group
    those inside one gold copy group."""
    gold = _groups(gold_pairs)
    find = groups.find
    found = sum(1 for a, b in gold_pairs if find(a) == find(b))
    members = {}
    for x in list(gold) + list(groups.parent):
        members.setdefault(find(x), set()).add(x)
    right = wrong = 0
    for m in members.values():
        m = sorted(m)
        for k, a in enumerate(m):
            for b in m[k + 1:]:
                if a in gold and b in gold and gold[a] == gold[b]:
                    right += 1
                else:
                    wrong += 1
    return {"found": f"{found}/{len(gold_pairs)}", "recall": round(found / len(gold_pairs), 3),
            "group_pairs": right + wrong, "precision": round(right / (right + wrong), 3) if right + wrong else None}


def check_scores(groups, rows):
    """As ``evaluate.py copies``: judged copies in one group, judged non-copies in one group."""
    together = [groups.find(r["a"]) == groups.find(r["b"]) for r in rows]
    tp = sum(1 for r, x in zip(rows, together) if r["copy"] and x)
    fp = sum(1 for r, x in zip(rows, together) if not r["copy"] and x)
    copies = sum(1 for r in rows if r["copy"])
    return {"found": f"{tp}/{copies}", "recall": round(tp / copies, 3), "false": fp,
            "non_copies_joined": f"{fp}/{len(rows) - copies}", "precision": round(tp / (tp + fp), 3) if tp + fp else None}


def choose_threshold(dev, check, p_dev, p_check, gold_pairs, rows, precision=PRECISION):
    """The lowest threshold at which, on the cross-validated probabilities, the dev copy groups keep
    ``precision`` and the check joins no more judged non-copies than the rules alone."""
    base = check_scores(grouped(check.pairs, np.array(check.rules), np.zeros(len(check.pairs)), 2.0), rows)
    for t in np.round(np.arange(0.30, 0.991, 0.01), 2):
        d = dev_scores(grouped(dev.pairs, np.array(dev.rules), p_dev, t), gold_pairs)
        c = check_scores(grouped(check.pairs, np.array(check.rules), p_check, t), rows)
        if (d["precision"] or 1.0) >= precision and c["false"] <= base["false"]:
            return float(t)
    return 0.99


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev-out", help="marsad analyze output folder of the dev story articles (reused or made)")
    ap.add_argument("--check-out", help="... of the two days of the blind copy check")
    ap.add_argument("--c", type=float, default=0.3, help="inverse regularization of the logistic regression")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    import snn

    dev_urls = [r["url"] for r in _rows(GOLD / "stories_dev.jsonl")]
    check_rows = _rows(GOLD / "copies_check_dev.jsonl")
    wanted = {u for r in check_rows for u in (r["a"], r["b"])}
    days = {r["date_extracted"][:10] for r in snn.dev_days() if r["url"] in wanted}
    check_urls = list(dict.fromkeys(r["url"] for r in snn.dev_days() if r["date_extracted"][:10] in days))
    dev = dev_examples(_analyzed(dev_urls, args.dev_out))
    check = check_examples(_analyzed(check_urls, args.check_out))
    xd, rd, yd, gd = dev.arrays()
    xc, rc, yc, gc = check.arrays()
    x, y, groups = np.vstack([xd, xc]), np.concatenate([yd, yc]), np.concatenate([gd, gc])
    p = cross_validated(x, y, groups, args.c)
    p_dev, p_check = p[:len(yd)], p[len(yd):]
    gold_pairs = [(r["url_a"], r["url_b"]) for r in _rows(GOLD / "copies_dev.jsonl")]
    t = choose_threshold(dev, check, p_dev, p_check, gold_pairs, check_rows)
    labelled = np.array([v is not None for v in y])
    model = fit(x[labelled], y[labelled].astype(bool), args.c)
    model["threshold"] = t
    ydb, lc = yd.astype(bool), np.array([v is not None for v in yc])
    model["trained_on"] = {"dev_pairs": len(yd), "dev_copies": int(ydb.sum()),
                           "check_pairs": int(lc.sum()), "check_copies": int(yc[lc].astype(bool).sum())}
    inside_dev, inside_check = predict(model, xd), predict(model, xc)
    report = {"examples": model["trained_on"], "threshold": t, "folds": FOLDS,
              "dev copy groups": {"rules": dev_scores(grouped(dev.pairs, rd, p_dev, 2.0), gold_pairs)},
              "check pairs": {"rules": check_scores(grouped(check.pairs, rc, p_check, 2.0), check_rows)}}
    for u in sorted({0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, t}):
        report["dev copy groups"][f"rules + cv model >= {u}"] = dev_scores(grouped(dev.pairs, rd, p_dev, u), gold_pairs)
        report["check pairs"][f"rules + cv model >= {u}"] = check_scores(grouped(check.pairs, rc, p_check, u), check_rows)
    report["dev copy groups"][f"rules + in-sample model >= {t}"] = dev_scores(grouped(dev.pairs, rd, inside_dev, t), gold_pairs)
    report["check pairs"][f"rules + in-sample model >= {t}"] = check_scores(grouped(check.pairs, rc, inside_check, t), check_rows)
    report["dev pairs the rules leave apart"] = {
        f"cv model >= {t}": scores((p_dev >= t)[~rd], ydb[~rd]),
        f"in-sample model >= {t}": scores((inside_dev >= t)[~rd], ydb[~rd])}
    report["coef"] = dict(zip(dedup.PAIR_FEATURES, np.round(model["coef"], 3).tolist()))
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if not args.no_write:
        path = ROOT / "src" / "marsad" / "models" / dedup.MODEL_FILE
        path.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
