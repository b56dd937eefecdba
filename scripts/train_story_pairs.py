"""Train the same-story model (marsad.corpus.samestory) on the story gold's dev pairs, and score it.

    PYTHONPATH=src .venv/bin/python scripts/train_story_pairs.py [--cache /tmp/story_dev.pickle] [--write]

1. Runs marsad on the story gold's dev articles (``eval/realnews/stories_dev.jsonl``; per-article
   pipeline, then the corpus stages before stories: copies, entity resolution, places), and sums up
   each article (:func:`marsad.corpus.stories.article_profile`, vectors weighted with the dev articles' idf,
   as the stories stage weights them). ``--cache`` keeps those documents for the next run.
2. Features of every labelled pair of ``eval/realnews/story_pairs_dev.jsonl`` (never the test
   pairs); the target is "same event" (same storyline and unrelated are not). Most of their unrelated
   pairs are far apart (cosine 0.06 on average) and teach little about the joins the stories stage
   weighs, so the candidate pairs are added: every pair of dev articles whose story vectors have a
   cosine above ``CANDIDATE_COSINE``, same event when the gold puts them in one story.
3. Cross-validation grouped by gold story: each story's articles fall in one of five folds, a fold's
   pairs (both articles in it) are scored by a model trained on the pairs with no article in it, so
   no article of a scored pair was seen in training. Prints accuracy at 0.5 and ROC AUC of the logistic
   regression over all features, over the text-only features (:data:`TEXT_FEATURES`), of a gradient
   boosting over all features, and of the plain cosine.
4. The SemEval-2022 Task 8 Arabic pairs (``../shared/data/semeval2022_ar``, 54 pairs, ratings from 1,
   same story, to 4): each text analyzed alone, vectors with those 108 texts' idf, the text-only
   model's probability against the negated Overall rating, Pearson, beside the task's best.
5. ``--write``: the logistic regressions over the join's features (:data:`JOIN_FEATURES`, fitted on
   both sets) and over
   the text features (fitted on the labelled pairs, rated pairs of every degree of likeness as SemEval's
   are) go to
   ``src/marsad/models/story_pairs.json``.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "realnews"
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
SEMEVAL = SHARED / "data" / "semeval2022_ar" / "ar_ar_pairs_with_text.jsonl"
#: The best Arabic (ar-ar) Pearson of SemEval-2022 Task 8 (the task overview paper).
TASK_BEST_ARABIC = 0.818
FOLDS = 5
#: Cosine above which two dev articles make a candidate pair (the joins the stories stage weighs).
CANDIDATE_COSINE = 0.1


def dev_documents(cache: str | None):
    """The story gold's dev articles after the corpus stages that come before stories."""
    if cache and Path(cache).exists():
        return pickle.loads(Path(cache).read_bytes())
    sys.path.insert(0, str(GOLD))
    import tempfile

    import snn
    from marsad.corpus import run_corpus_stages
    from marsad.corpus.dedup import Dedup
    from marsad.corpus.geo import Geocode
    from marsad.corpus.resolve import ResolveEntities
    from marsad.engines.local import analyze_stream, drain

    urls = [json.loads(line)["url"] for line in open(GOLD / "stories_dev.jsonl", encoding="utf-8") if line.strip()]
    recs = snn.records(urls)
    inp = Path(tempfile.mkdtemp(prefix="marsad-story-pairs-")) / "in.jsonl"
    with open(inp, "w", encoding="utf-8") as f:
        for u in urls:
            f.write(json.dumps(snn.as_input(recs[u]), ensure_ascii=False) + "\n")
    docs: list = []
    drain(analyze_stream([str(inp)]), docs.append)
    run_corpus_stages(docs, [Dedup(), ResolveEntities(), Geocode()])
    if cache:
        Path(cache).write_bytes(pickle.dumps(docs, protocol=pickle.HIGHEST_PROTOCOL))
    return docs


def profiles(docs, days: bool = True) -> dict:
    """id -> profile, vectors weighted with these documents' idf (as the stories stage does)."""
    from marsad.corpus.stories import StoryIndex, _day, _event_day, article_profile, terms

    tfs = [terms(d) for d in docs]
    df: collections.Counter = collections.Counter()
    for tf in tfs:
        df.update(tf.keys())
    index = StoryIndex(df, len(docs))
    return {d.id: article_profile(d, index.vector(tf), (_day(d) or _event_day(d)) if days else None)
            for d, tf in zip(docs, tfs)}


def candidate_pairs(prof: dict, story_of: dict[str, str]) -> list[tuple[str, str, float]]:
    """Every pair of gold articles with a cosine above ``CANDIDATE_COSINE`` (a, b, cosine)."""
    from marsad.corpus.samestory import cosine

    ids = sorted(u for u in prof if u in story_of)
    out = []
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            c = cosine(prof[a].vector, prof[b].vector)
            if c > CANDIDATE_COSINE:
                out.append((a, b, c))
    return out


def matrix(rows: list[dict], names) -> np.ndarray:
    return np.array([[r[f] for f in names] for r in rows], dtype=float)


def fit_logistic(x: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    lr = LogisticRegression(C=1.0, max_iter=2000).fit((x - scaler.mean_) / scale, y)
    return scaler.mean_, scale, lr


def model_of(names, x, y):
    from marsad.corpus.samestory import SameStoryModel

    mean, scale, lr = fit_logistic(x, y)
    return SameStoryModel(tuple(names), [round(float(v), 6) for v in mean], [round(float(v), 6) for v in scale],
                          [round(float(v), 6) for v in lr.coef_[0]], round(float(lr.intercept_[0]), 6))


def story_folds(story_of: dict[str, str]) -> dict[str, int]:
    """Gold story -> fold: the largest stories first, each to the fold with the fewest articles so far."""
    size = collections.Counter(story_of.values())
    load = [0] * FOLDS
    fold = {}
    for s in sorted(size, key=lambda s: (-size[s], s)):
        k = min(range(FOLDS), key=lambda i: (load[i], i))
        fold[s], load[k] = k, load[k] + size[s]
    return fold


def cross_validated(pairs, feats, y, story_of, names, kind: str = "logistic") -> np.ndarray:
    """Out-of-fold probabilities (NaN for pairs whose articles fall in two folds) and each pair's fold."""
    from sklearn.ensemble import GradientBoostingClassifier

    fold = story_folds(story_of)
    fa = np.array([fold[story_of[a]] for a, _ in pairs])
    fb = np.array([fold[story_of[b]] for _, b in pairs])
    x = matrix(feats, names)
    out = np.full(len(pairs), np.nan)
    for k in range(FOLDS):
        test = (fa == k) & (fb == k)
        train = (fa != k) & (fb != k)
        if kind == "logistic":
            mean, scale, lr = fit_logistic(x[train], y[train])
            out[test] = lr.predict_proba((x[test] - mean) / scale)[:, 1]
        elif kind == "boosting":
            gb = GradientBoostingClassifier(random_state=0).fit(x[train], y[train])
            out[test] = gb.predict_proba(x[test])[:, 1]
        else:  # the plain cosine as a score
            out[test] = x[test, names.index("cosine")]
    return out, np.where(fa == fb, fa, -1)


def figures(p: np.ndarray, fold: np.ndarray, y: np.ndarray, threshold: float | None = 0.5) -> dict:
    """Pairs scored, ROC AUC within each fold averaged (each fold's model scores on its own scale), and
    accuracy at ``threshold`` over all scored pairs."""
    from sklearn.metrics import roc_auc_score

    keep = ~np.isnan(p)
    aucs = [roc_auc_score(y[fold == k], p[fold == k]) for k in range(FOLDS) if len(set(y[fold == k])) == 2]
    res = {"pairs": int(keep.sum()), "auc": round(float(np.mean(aucs)), 3),
           "majority_class": round(float(max(y[keep].mean(), 1 - y[keep].mean())), 3)}
    if threshold is not None:
        res["accuracy"] = round(float(((p[keep] >= threshold) == y[keep]).mean()), 3)
    return res


def semeval(model) -> dict | None:
    """Pearson of the text-only model (and of the plain cosine) with the negated Overall ratings."""
    if not SEMEVAL.exists():
        return None
    from marsad.api import analyze_text
    from marsad.corpus.samestory import pair_features

    rows = [json.loads(line) for line in SEMEVAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    # named by row: a few pair ids occur twice
    docs = [analyze_text(r[f"text_{k}"], title="-", doc_id=f"{i}:{k}") for i, r in enumerate(rows) for k in "12"]
    prof = profiles(docs, days=False)
    feats = [pair_features(prof[f"{i}:1"], prof[f"{i}:2"]) for i in range(len(rows))]
    overall = -np.array([float(r["Overall"]) for r in rows])
    prob = np.array([model.probability(f) for f in feats])
    cos = np.array([f["cosine"] for f in feats])
    return {"pairs": len(rows), "pearson_model": round(float(np.corrcoef(prob, overall)[0, 1]), 3),
            "pearson_cosine": round(float(np.corrcoef(cos, overall)[0, 1]), 3), "task_best": TASK_BEST_ARABIC}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", help="keep the analyzed dev documents here (pickle), read them when present")
    ap.add_argument("--write", action="store_true", help="write the fitted models to src/marsad/models/story_pairs.json")
    args = ap.parse_args(argv)
    from marsad.corpus.samestory import FEATURES, JOIN_FEATURES, MODEL_PATH, TEXT_FEATURES, pair_features

    docs = dev_documents(args.cache)
    prof = profiles(docs)
    story_of = {r["url"]: r["story"] for r in map(json.loads, open(GOLD / "stories_dev.jsonl", encoding="utf-8"))}
    labelled = [json.loads(line) for line in open(GOLD / "story_pairs_dev.jsonl", encoding="utf-8") if line.strip()]
    labelled = [r for r in labelled if r["url_a"] in prof and r["url_b"] in prof]
    sets = {}
    pairs = [(r["url_a"], r["url_b"]) for r in labelled]
    sets["labelled pairs"] = (pairs, [pair_features(prof[a], prof[b]) for a, b in pairs],
                              np.array([r["label"] == "same_event" for r in labelled], dtype=int))
    cands = candidate_pairs(prof, story_of)
    sets["candidate pairs"] = ([(a, b) for a, b, _ in cands], [pair_features(prof[a], prof[b], c) for a, b, c in cands],
                               np.array([story_of[a] == story_of[b] for a, b, _ in cands], dtype=int))
    sets["both"] = tuple(sets["labelled pairs"][i] + sets["candidate pairs"][i] for i in range(2)) \
        + (np.concatenate([sets["labelled pairs"][2], sets["candidate pairs"][2]]),)
    print(f"{len(docs)} dev articles")
    for what, (pairs, feats, y) in sets.items():
        print(f"{what}: {len(pairs)} ({int(y.sum())} same event); cross-validated, grouped by gold story:")
        for name, names, kind in (("logistic, all features", FEATURES, "logistic"),
                                  ("logistic, the join's features", JOIN_FEATURES, "logistic"),
                                  ("logistic, text features", TEXT_FEATURES, "logistic"),
                                  ("gradient boosting, all features", FEATURES, "boosting"),
                                  ("cosine alone", FEATURES, "cosine")):
            p, fold = cross_validated(pairs, feats, y, story_of, list(names), kind)
            print(f"  {name:34} {json.dumps(figures(p, fold, y, None if kind == 'cosine' else 0.5))}")
    _, feats, y = sets["both"]
    full = model_of(JOIN_FEATURES, matrix(feats, JOIN_FEATURES), y)
    # the text-only model (for pairs of texts alone, as SemEval's) from the labelled pairs: rated pairs of
    # every degree of likeness, as SemEval's are, not join candidates
    text = model_of(TEXT_FEATURES, matrix(sets["labelled pairs"][1], TEXT_FEATURES), sets["labelled pairs"][2])
    text_both = model_of(TEXT_FEATURES, matrix(feats, TEXT_FEATURES), y)
    print("coefficients (standardized) fitted on both, the join's features: "
          + ", ".join(f"{f} {c:+.2f}" for f, c in zip(full.features, full.coef)))
    sem, sem_both = semeval(text), semeval(text_both)
    if sem:
        print(f"SemEval-2022 Arabic pairs ({sem['pairs']}): Pearson {sem['pearson_model']} (text-only model, "
              f"labelled pairs), {sem_both['pearson_model']} (text-only model, both), {sem['pearson_cosine']} "
              f"(cosine alone); the task's best: {sem['task_best']}")
    if args.write:
        MODEL_PATH.write_text(json.dumps({"full": full.to_dict(), "text": text.to_dict()}, indent=1) + "\n",
                              encoding="utf-8")
        print(f"-> {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
