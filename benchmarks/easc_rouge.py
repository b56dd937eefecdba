"""Single-article extractive summaries on EASC, scored with ROUGE-1 and ROUGE-2 (recall and F1).

    .venv/bin/python benchmarks/easc_rouge.py

Each of the 153 EASC articles has five human extractive summaries; marsad's
summary keeps as many sentences as the average human one, and is scored against
each reference (the mean is printed), next to a lead baseline (the first sentences).
ROUGE here is word n-gram overlap on folded words (implemented below).
"""
from __future__ import annotations

import collections
import os
import re
import sys
from pathlib import Path

from marsad.corpus.summary import summarize_text
from marsad.text.normalize import fold
from marsad.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
EASC = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared")) / "data" / "easc" / "EASC-UTF-8"
_WORD = re.compile(r"\w+")


def ngrams(text: str, n: int) -> collections.Counter:
    w = _WORD.findall(fold(text))
    return collections.Counter(tuple(w[i:i + n]) for i in range(len(w) - n + 1))


def rouge(sys_text: str, ref: str, n: int) -> tuple[float, float]:
    s, r = ngrams(sys_text, n), ngrams(ref, n)
    hit = sum((s & r).values())
    rec = hit / max(sum(r.values()), 1)
    prec = hit / max(sum(s.values()), 1)
    return rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def read(p: Path) -> str:
    for enc in ("utf-8", "utf-16", "cp1256"):
        try:
            return p.read_text(encoding=enc)
        except UnicodeError:
            continue
    return ""


def main() -> int:
    if not EASC.exists():
        print(f"skipped: {EASC} is absent")
        return 0
    scores = {k: collections.defaultdict(list) for k in ("marsad", "lead")}
    n_docs = 0
    for topic in sorted((EASC / "Articles").iterdir()):
        arts = sorted(topic.glob("*"))
        refs_dir = EASC / "MTurk" / topic.name
        refs = [read(p) for p in sorted(refs_dir.glob("*"))] if refs_dir.exists() else []
        if not arts or not refs:
            continue
        text = read(arts[0]).strip()
        spans = split_sentences(text)
        k = max(1, round(sum(len(split_sentences(r)) for r in refs) / len(refs)))
        systems = {"marsad": " ".join(summarize_text(text, k)),
                   "lead": " ".join(text[s:e] for s, e in spans[:k])}
        for name, out in systems.items():
            for n in (1, 2):
                rs = [rouge(out, r, n) for r in refs]
                scores[name][f"R{n}-recall"].append(sum(x[0] for x in rs) / len(rs))
                scores[name][f"R{n}-F1"].append(sum(x[1] for x in rs) / len(rs))
        n_docs += 1
    for name, d in scores.items():
        print(f"{name:7} " + "  ".join(f"{k} {sum(v) / len(v):.3f}" for k, v in d.items()) + f"  ({n_docs} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
