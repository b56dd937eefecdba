"""Tagging speed of the NER model on ANERcorp's test split: tokens per second and peak memory.

    .venv/bin/python benchmarks/ner_speed.py

Times are CPU seconds of the process (numpy's BLAS on one thread), not wall time.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core: numpy's BLAS would take them all

import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from marsad.extract.entities import tag_tokens  # noqa: E402
from marsad.extract.ner_nn import model  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TEST = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared")) / "data" / "anercorp" / "test.txt"


def main(repeat: int = 5) -> int:
    if not TEST.exists():
        print(f"skipped: {TEST} is absent")
        return 0
    sents, cur = [], []
    for line in TEST.read_text(encoding="utf-8").splitlines():
        if line.strip():
            cur.append(line.split()[0])
        elif cur:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    tag_tokens(sents[:5])  # load the model
    n = sum(map(len, sents))
    cold, warm = [], []
    for _ in range(repeat):  # the machine is shared: the median and best of several passes
        model().clear()
        t0 = time.process_time()
        tag_tokens(sents)
        cold.append(n / (time.process_time() - t0))
        t0 = time.process_time()
        tag_tokens(sents)
        warm.append(n / (time.process_time() - t0))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n} tokens, {repeat} passes, tokens per CPU second (one core, process time: steady on a shared machine): cold (empty cache of input steps) median "
          f"{statistics.median(cold):,.0f}, best {max(cold):,.0f}; warm median {statistics.median(warm):,.0f}, "
          f"best {max(warm):,.0f}; peak memory {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
