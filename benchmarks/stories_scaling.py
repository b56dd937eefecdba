"""Is the story stage linear in the corpus? CPU time of the story stage on nested subsets of one run.

    .venv/bin/python benchmarks/stories_scaling.py OUTDIR [--sizes 5000,10000,15000]

OUTDIR is a `marsad analyze --out` folder (for instance of the first 15,042 SaudiNewsNet lines,
2015-07-21..31). Its articles are read back, the stages before stories (copies, entities, places) run
once on all of them, then the story stage alone on the first N articles of a fixed random order for
each N (random, so that a larger N is a denser corpus over the same days: the harder case), and on
the first N in retrieval order (a corpus growing in time). Prints CPU seconds and their ratio to
the smallest size beside the ratio of the sizes.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import random
import time

from marsad.corpus import run_corpus_stages
from marsad.corpus.dedup import Dedup
from marsad.corpus.geo import Geocode
from marsad.corpus.resolve import ResolveEntities
from marsad.corpus.stories import Stories
from marsad.document import Document


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir", type=pathlib.Path)
    ap.add_argument("--sizes", default="5000,10000,15000")
    a = ap.parse_args()
    with open(a.outdir / "articles.jsonl", encoding="utf-8") as f:
        docs = [Document.from_dict(json.loads(line)) for line in f if line.strip()]
    for d in docs:
        d.duplicate_of = d.story = None
    run_corpus_stages(docs, [Dedup(), ResolveEntities(), Geocode()])
    sizes = [min(int(x), len(docs)) for x in a.sizes.split(",")]
    shuffled = sorted(docs, key=lambda d: d.id)
    random.Random(0).shuffle(shuffled)
    in_time = sorted(docs, key=lambda d: (d.retrieved or "", d.id))
    for name, order in (("random order", shuffled), ("retrieval order", in_time)):
        base = None
        for n in sizes:
            sub = order[:n]
            for d in sub:
                d.story = None
            t0 = time.process_time()
            corpus = run_corpus_stages(sub, [Stories()])
            cpu = time.process_time() - t0
            base = base or (n, cpu)
            print(f"{name}: {n:6d} articles, {len(corpus.stories):5d} stories, story stage {cpu:6.1f} s CPU, "
                  f"x{cpu / base[1]:.2f} the time for x{n / base[0]:.2f} the articles")


if __name__ == "__main__":
    main()
