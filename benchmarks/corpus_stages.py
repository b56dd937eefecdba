"""CPU seconds of the corpus stages alone (dedup, entities, places, stories), without rerunning
the per-article pipeline each time.

    .venv/bin/python benchmarks/corpus_stages.py --n 15042 --cache /tmp/docs15k.pickle
    .venv/bin/python benchmarks/corpus_stages.py --cache /tmp/docs15k.pickle --sizes 5000,10000,15042 --repeat 3
    .venv/bin/python benchmarks/corpus_stages.py --cache /tmp/docs15k.pickle --profile /tmp/corpus.prof
    .venv/bin/python benchmarks/corpus_stages.py --cache /tmp/docs15k.pickle --out /tmp/out_new

The first run analyzes the first N SaudiNewsNet articles with ``marsad.analyze`` (``--workers``
processes) and pickles the documents as the per-article pipeline left them (before any corpus
stage) to ``--cache``; later runs load them. Each repetition works on a fresh copy of the
documents (the stages write into them) and prints the CPU seconds (``time.process_time``) of
every stage; ``--sizes`` runs the stages on the first n documents of the cache too, for the
scaling ratios. ``--profile`` writes a cProfile of one pass, ``--out`` writes articles.jsonl and
corpus.json of one pass (compare two with benchmarks/same_output.py's ``canonical``).
"""
from __future__ import annotations

import argparse
import cProfile
import gzip
import itertools
import json
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared")) / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"


def per_article(n: int, workers: int) -> tuple[list, list]:
    """Documents and errors of the first n articles, after the per-article pipeline only."""
    from marsad.engines.local import analyze_stream, drain

    inp = Path(tempfile.mkdtemp(prefix="marsad-corpus-")) / "in.jsonl"
    with gzip.open(DATA, "rt", encoding="utf-8") as f, open(inp, "w", encoding="utf-8") as out:
        out.writelines(itertools.islice(f, n))
    docs: list = []
    errors = drain(analyze_stream([str(inp)], workers=workers), docs.append)
    return docs, errors


class _CpuTimed:
    """A stage that records its CPU seconds (and its profile) into ``cpu`` as it runs."""

    def __init__(self, stage, cpu: dict[str, float], prof: cProfile.Profile | None):
        self.stage, self.name, self.cpu, self.prof = stage, stage.name, cpu, prof

    def run(self, docs, corpus) -> None:
        t0 = time.process_time()
        if self.prof:
            self.prof.enable()
        self.stage.run(docs, corpus)
        if self.prof:
            self.prof.disable()
        self.cpu[self.name] = time.process_time() - t0


def timed_pass(blob: bytes, n: int | None, profile: str | None = None):
    """The corpus stages over a fresh copy of the (first n) documents, run as ``marsad analyze`` runs
    them (``run_corpus_stages``): (docs, errors, corpus, CPU s per stage)."""
    from marsad.corpus import default_stages, run_corpus_stages

    docs, errors = pickle.loads(blob)
    if n is not None:
        docs = docs[:n]
    cpu: dict[str, float] = {}
    prof = cProfile.Profile() if profile else None
    corpus = run_corpus_stages(docs, [_CpuTimed(s, cpu, prof) for s in default_stages()])
    if prof:
        prof.dump_stats(profile)
    return docs, errors, corpus, cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=15042, help="first N SaudiNewsNet articles (at most 15,042)")
    ap.add_argument("--workers", type=int, default=2, help="processes of the per-article pipeline")
    ap.add_argument("--cache", required=True, help="pickle of the per-article documents (made when missing)")
    ap.add_argument("--sizes", help="comma-separated document counts to time (default: all of the cache)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--profile", help="write a cProfile of one pass over all documents here")
    ap.add_argument("--out", help="write articles.jsonl and corpus.json of one pass over all documents here")
    args = ap.parse_args()
    if args.n > 15042:
        sys.exit("only the first 15,042 SaudiNewsNet articles may be read")
    cache = Path(args.cache)
    if not cache.exists():
        t0 = time.perf_counter()
        docs, errors = per_article(args.n, args.workers)
        cache.write_bytes(pickle.dumps((docs, errors), protocol=pickle.HIGHEST_PROTOCOL))
        print(f"per-article pipeline: {len(docs)} documents in {time.perf_counter() - t0:.0f} s -> {cache}", flush=True)
    blob = cache.read_bytes()
    if args.out:
        from marsad.api import Result

        docs, errors, corpus, cpu = timed_pass(blob, None, args.profile)
        Result(docs, corpus, errors).write(args.out)
        print(json.dumps({"documents": len(docs), "cpu_s": {k: round(v, 2) for k, v in cpu.items()}}), flush=True)
        return 0
    if args.profile:
        docs, _, _, cpu = timed_pass(blob, None, args.profile)
        print(json.dumps({"documents": len(docs), "cpu_s": {k: round(v, 2) for k, v in cpu.items()}}), flush=True)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [None]
    for _ in range(args.repeat):
        for n in sizes:
            docs, _, _, cpu = timed_pass(blob, n)
            print(json.dumps({"documents": len(docs), "total_s": round(sum(cpu.values()), 2),
                              "cpu_s": {k: round(v, 2) for k, v in cpu.items()}}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
