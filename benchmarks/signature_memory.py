"""Memory and CPU of the MinHash signatures marsad keeps (``meta["_minhash"]``, one per article
until the corpus stages have run), over the first N SaudiNewsNet articles' texts.

    .venv/bin/python benchmarks/signature_memory.py --n 3000

Prints what the signatures hold (tracemalloc: traced memory after minus before computing them,
garbage collected) and the CPU of ``minhash_signature`` per article (without tracemalloc).
"""
from __future__ import annotations

import argparse
import gc
import gzip
import itertools
import json
import os
import time
import tracemalloc
from pathlib import Path

from marsad.corpus.dedup import minhash_signature, signature
from marsad.document import Document

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared")) / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
#: Only the development days' lines (crawled 2015-07-21..31) are read.
DEV_LINES = 15042


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=3000, help=f"articles (at most {DEV_LINES})")
    n = min(ap.parse_args().n, DEV_LINES)
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        texts = [json.loads(line).get("content") or "" for line in itertools.islice(f, n)]
    docs = []
    for i, text in enumerate(texts):
        d = Document(id=str(i))
        d.set_text(text)
        docs.append(d)
    signature(texts[0])  # the permutations are made once, before measuring
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for d in docs:
        minhash_signature(d)
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    k = sum(d.meta["_minhash"] is not None for d in docs)
    print(f"{len(docs)} articles, {k} with a signature: {held / 1e6:.2f} MB held, {held / max(k, 1):.0f} bytes each")
    for d in docs:
        d.meta.clear()
    t0 = time.process_time()
    for d in docs:
        minhash_signature(d)
    print(f"minhash_signature: {1000 * (time.process_time() - t0) / len(docs):.3f} ms/article CPU")


if __name__ == "__main__":
    main()
