"""Draw the pairs of the blind copy check (issue 31; run once): candidate copy pairs among the
development-day articles of two crawl days other than the story gold's, in a wide band, sampled
across the band by 3-gram containment. The pairs were then judged by hand (``copies_check_dev.jsonl``).

    .venv/bin/marsad analyze DAYS.jsonl --out DIR     # every article crawled 2015-07-22 and 2015-07-24
    .venv/bin/python eval/realnews/draw_copies_check.py DIR/articles.jsonl > pairs.jsonl

Only the articles' ids and clean texts are read from marsad's output, never its copies
(``duplicate_of``), so the draw and the judging do not lean on the rules they measure. Candidates:
pairs an LSH index at estimated Jaccard 0.1 proposes, pairs that open with the same sentence (six
words or more), and pairs whose 3-gram containment (of the smaller set) is 0.2 or more (counted over
3-grams in at most 50 articles); articles with fewer than 25 words are left out. Sample: per band of
containment, a fixed number at random (seeded), more where copies and non-copies meet.
"""
import itertools
import json
import random
import re
import sys
from collections import Counter, defaultdict

import numpy as np
from datasketch import MinHashLSH

from marsad.corpus import dedup
from marsad.text.normalize import fold

BANDS = [(0.0, 0.2, 12), (0.2, 0.3, 20), (0.3, 0.4, 22), (0.4, 0.5, 22), (0.5, 0.6, 22), (0.6, 0.7, 20),
         (0.7, 0.85, 16), (0.85, 1.01, 16)]
SEED = 2215724


def candidates(texts):
    """Candidate pairs (i, j), i < j, and the 3-gram sets of the texts."""
    sets = dedup._Shingled(texts)
    n, pairs = len(texts), set()
    lsh = MinHashLSH(threshold=0.1, num_perm=dedup.NUM_PERM)
    sigs = [dedup.signature(t) for t in texts]
    for i, s in enumerate(sigs):
        lsh.insert(i, s)
    for i, s in enumerate(sigs):
        pairs |= {(min(i, j), max(i, j)) for j in lsh.query(s) if j != i}
    first = defaultdict(list)
    for i, t in enumerate(texts):
        lead = re.split(r"[.!؟?\n]", fold(t).strip())[0].strip()
        if len(lead.split()) >= 6:
            first[lead].append(i)
    for ids in first.values():
        if len(ids) <= 10:
            pairs |= set(itertools.combinations(ids, 2))
    df, tri, doc = sets.df, sets.tri, sets.doc
    sel = (df[tri] >= 2) & (df[tri] <= 50)
    key = np.sort(tri[sel] * n + doc[sel])
    t, d = key // n, key % n
    shared = Counter()
    for k in range(1, 50):
        same = t[:-k] == t[k:]
        if not same.any():
            break
        shared.update((min(x, y), max(x, y)) for x, y in zip(d[:-k][same].tolist(), d[k:][same].tolist()))
    for (i, j), c in shared.items():
        if c >= 0.1 * min(sets.size[i], sets.size[j]) and sets.containment(i, j) >= 0.2:
            pairs.add((i, j))
    return pairs, sets


def main(path):
    arts = [json.loads(line) for line in open(path, encoding="utf-8")]
    arts = [{"id": a["id"], "text": a["text"]} for a in arts]  # never duplicate_of
    arts = [a for a in arts if len(fold(a["text"]).split()) >= 25 and dedup.signature(a["text"]) is not None]
    pairs, sets = candidates([a["text"] for a in arts])
    rows = [(sets.containment(i, j), i, j) for i, j in pairs]
    rnd, sample = random.Random(SEED), []
    for lo, hi, k in BANDS:
        band = sorted((r for r in rows if lo <= r[0] < hi), key=lambda r: (arts[r[1]]["id"], arts[r[2]]["id"]))
        sample += rnd.sample(band, min(k, len(band)))
    rnd.shuffle(sample)
    for c, i, j in sample:
        print(json.dumps({"a": arts[i]["id"], "b": arts[j]["id"], "c": round(c, 3)}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
