"""Extractive summaries with citations: a story's central sentences, no repeats across outlets.

Sentences are scored by their similarity to the whole (TF-IDF centroid of the
story or article), with a bonus for leads (news puts the essentials first) and
a penalty for fragments; the best are taken greedily, skipping any sentence
too close to one already taken (the same wire sentence from two outlets).

>>> summarize_text("أ ب ج. د ه و.", 1)  # tiny texts are returned as they are
['أ ب ج. د ه و.']
"""
from __future__ import annotations

import collections
import math
import re

from marsad.document import Document
from marsad.text.normalize import fold, fold_parts
from marsad.text.sentences import split_sentences

SENTENCES = 5
#: Word overlap (Jaccard) above which a sentence repeats one already chosen.
REPEAT = 0.45
_WORD = re.compile(r"[^\W\d_]{3,}")


def _bag(text: str) -> collections.Counter:
    """Words of three letters or more (a run of letters is one word whole, whatever its length)."""
    return collections.Counter(_WORD.findall(fold(text)))


def rank(units: list[tuple[str, int]], k: int, folded: list[str] | None = None) -> list[int]:
    """Indexes of the ``k`` best sentences; units are (text, position in its article); ``folded``:
    their texts folded, if already done."""
    bags = [collections.Counter(_WORD.findall(f)) for f in folded] if folded is not None else [_bag(t) for t, _ in units]
    df = collections.Counter()
    for b in bags:
        df.update(b.keys())
    n = len(units)
    idf = {w: math.log((1 + n) / (1 + c)) + 1 for w, c in df.items()}
    centroid: dict[str, float] = {}
    for b in bags:
        for w, c in b.items():
            centroid[w] = centroid.get(w, 0) + c * idf[w]
    cn = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
    scores = []
    for (text, pos), b in zip(units, bags):
        vec = {w: c * idf[w] for w, c in b.items()}
        vn = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        sim = sum(v * centroid[w] for w, v in vec.items()) / (vn * cn)
        words = len(text.split())
        lead = 0.15 if pos == 0 else 0.07 if pos < 3 else 0.0
        frag = 0.3 if words < 6 else 0.1 if words > 70 else 0.0
        scores.append(sim + lead - frag)
    chosen: list[int] = []
    taken: list[set[str]] = []  # the words of the chosen sentences
    for i in sorted(range(n), key=lambda i: (-scores[i], i)):
        wi = set(bags[i])
        if any(len(wi & wj) / max(len(wi | wj), 1) >= REPEAT for wj in taken):
            continue
        chosen.append(i)
        taken.append(wi)
        if len(chosen) == k:
            break
    return chosen


def summarize_text(text: str, k: int = SENTENCES) -> list[str]:
    """The ``k`` most central sentences of one article, in text order."""
    spans = split_sentences(text)
    units = [(text[s:e], p) for p, (s, e) in enumerate(spans)]
    if len(units) <= k:
        return [t for t, _ in units] if len(units) > 1 else [text]
    return [units[i][0] for i in sorted(rank(units, k))]


def summarize_story(group: list[Document], k: int = SENTENCES) -> list[dict]:
    units, where, folded = [], [], []
    for d in group:
        if d.duplicate_of is not None:
            continue
        sentences = d.layers.get("sentences", [])
        for p, s in enumerate(sentences):
            units.append((d.text[s.start:s.end], p))
            where.append((d, s))
        folded += fold_parts(d.text, [(s.start, s.end) for s in sentences])
    if not units:
        return []
    out = []
    for i in sorted(rank(units, k, folded), key=lambda i: (((where[i][0].published or {}).get("value") or ""), where[i][0].id,
                                                     where[i][1].start)):
        d, s = where[i]
        out.append({"text": units[i][0], "citations": [{"article": d.id, "start": s.start, "end": s.end}]})
    return out
