"""Train the CRF named-entity tagger on ANERcorp's training split (never on test.txt).

    .venv/bin/python scripts/train_ner.py                # held-out dev score, then the shipped model
    .venv/bin/python scripts/train_ner.py --dev-only     # only the dev experiment

The last 10% of train.txt's sentences are the dev slice for choosing settings;
the shipped model (src/marsad/models/ner.crfsuite) is then trained on all of
train.txt. crfsuite's L-BFGS is deterministic, so the same data gives the same model.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import pycrfsuite

from marsad.extract.ner_features import sent_features

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "marsad" / "models" / "ner.crfsuite"


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    sents, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sents.append((words, tags))
            words, tags = [], []
            continue
        w, t = line.rsplit(" ", 1) if " " in line else line.rsplit("\t", 1)
        words.append(w)
        tags.append(t.replace("PERS", "PER"))
    if words:
        sents.append((words, tags))
    return sents


def train(sents, path: Path, c1: float, c2: float, iters: int) -> None:
    tr = pycrfsuite.Trainer(verbose=False)
    for words, tags in sents:
        tr.append(sent_features(words), tags)
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": iters, "feature.possible_transitions": True})
    tr.train(str(path))


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, typ = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and not t.startswith("I-" + typ):
            out.add((start, i, typ))
            start = None
        if t.startswith("B-") or (t.startswith("I-") and start is None):
            start, typ = i, t[2:]
    return out


def score(sents, path: Path) -> float:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    tp = fp = fn = 0
    for words, gold in sents:
        pred = spans(tagger.tag(sent_features(words)))
        g = spans(gold)
        tp += len(pred & g)
        fp += len(pred - g)
        fn += len(g - pred)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return 2 * p * r / max(p + r, 1e-9)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=150)
    ap.add_argument("--dev-only", action="store_true")
    ap.add_argument("--no-dev", action="store_true")
    args = ap.parse_args()
    sents = read_conll(Path(args.shared) / "data" / "anercorp" / "train.txt")
    if not args.no_dev:
        cut = int(len(sents) * 0.9)
        t0 = time.time()
        train(sents[:cut], Path("/tmp/ner_dev.crfsuite"), args.c1, args.c2, args.iters)
        print(f"dev F1 {score(sents[cut:], Path('/tmp/ner_dev.crfsuite')):.4f} "
              f"(c1={args.c1} c2={args.c2} iters={args.iters}, {time.time() - t0:.0f} s)", flush=True)
    if not args.dev_only:
        train(sents, OUT, args.c1, args.c2, args.iters)
        print(f"model -> {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
