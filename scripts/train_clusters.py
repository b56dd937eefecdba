"""Learn word clusters from unlabeled Arabic news, a feature for the NER tagger.

Distributional clusters in the spirit of Brown clusters: each frequent word is
described by the words seen just left and right of it (positive PMI), the
description is reduced with truncated SVD and grouped with k-means at two
granularities. Words used alike (given names, city names, verbs of saying)
share a cluster, so the tagger generalizes beyond the names in its training data.

    .venv/bin/python scripts/train_clusters.py [--articles 15042]

Reads SaudiNewsNet from ../shared/data (only the word -> cluster table is shipped,
in src/marsad/models/clusters.tsv.gz). Fixed seeds: the same data gives the same table.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import itertools
import json
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.cluster import MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import normalize

from marsad.text.normalize import fold
from marsad.text.tokenize import tokenize

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "marsad" / "models" / "clusters.tsv.gz"


def ppmi_vectors(sents: list[list[str]], n_vocab: int, n_contexts: int, dims: int = 100,
                 min_count: int = 3) -> tuple[list[str], np.ndarray]:
    """The n_vocab most frequent words (seen min_count times) and their unit-length vectors:
    positive PMI with the n_contexts most frequent words one and two places left and
    right, reduced to dims by truncated SVD."""
    counts = collections.Counter(w for s in sents for w in s)
    vocab = [w for w, c in counts.most_common(n_vocab) if c >= min_count]
    vid = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:n_contexts])}
    nc = len(ctx)
    rows, cols = [], []
    for s in sents:
        ids = [vid.get(w, -1) for w in s]
        cids = [ctx.get(w, -1) for w in s]
        for i, v in enumerate(ids):
            if v < 0:
                continue
            for d, off in ((-1, 0), (1, 1), (-2, 2), (2, 3)):
                j = i + d
                if 0 <= j < len(s) and cids[j] >= 0:
                    rows.append(v)
                    cols.append(cids[j] + off * nc)
    m = sparse.coo_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                          shape=(len(vocab), 4 * nc)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    rs = np.asarray(m.sum(axis=1)).ravel() + 1e-9
    cs = np.asarray(m.sum(axis=0)).ravel() + 1e-9
    m = m.tocoo()
    pmi = np.log(m.data * total / (rs[m.row] * cs[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    return vocab, normalize(TruncatedSVD(dims, random_state=0).fit_transform(ppmi))


#: SaudiNewsNet's development days (crawled 2015-07-21..31) are the file's first 15,042 lines; the
#: later days are reserved for outside evaluation (../shared/docs/ANNOTATION.md) and never read here.
DEV_LINES = 15042


def saudinewsnet_texts(shared: str) -> Iterator[str]:
    """The text of each SaudiNewsNet article of the development days, in the file's order."""
    with gzip.open(Path(shared) / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in itertools.islice(f, DEV_LINES):
            yield json.loads(line).get("content") or ""


def read_saudinewsnet(shared: str, articles: int) -> list[list[str]]:
    """Folded tokens of the first `articles` SaudiNewsNet articles, one list per article."""
    return [[fold(t.text) for t in tokenize(text)] for text in itertools.islice(saudinewsnet_texts(shared), articles)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--articles", type=int, default=DEV_LINES)
    ap.add_argument("--vocab", type=int, default=60000)
    ap.add_argument("--contexts", type=int, default=3000)
    args = ap.parse_args()
    t0 = time.time()
    sents = read_saudinewsnet(args.shared, args.articles)
    vocab, vec = ppmi_vectors(sents, args.vocab, args.contexts)
    coarse = MiniBatchKMeans(128, random_state=0, n_init=3, batch_size=4096).fit_predict(vec)
    fine = MiniBatchKMeans(1024, random_state=0, n_init=1, batch_size=8192).fit_predict(vec)
    data = "".join(f"{w}\t{a}\t{b}\n" for w, a, b in zip(vocab, coarse, fine))
    OUT.write_bytes(gzip.compress(data.encode("utf-8"), mtime=0))
    print(f"{len(vocab)} words from {len(sents)} articles -> {OUT} ({OUT.stat().st_size // 1024} KB, "
          f"{time.time() - t0:.0f} s)")


if __name__ == "__main__":
    main()
