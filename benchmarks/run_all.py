"""Run every benchmark in this folder, one after the other, and print what each prints.

    .venv/bin/python benchmarks/run_all.py            # all of them (long: the throughput run is minutes)
    .venv/bin/python benchmarks/run_all.py ner dates  # only those whose file name contains a word given

Benchmarks need ../shared/data; one that fails is reported and the others still run.
The figures to copy into BENCHMARKS.md are the ones printed here.
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    scripts = sorted(p for p in HERE.glob("*.py") if p.name != Path(__file__).name)
    if argv:
        scripts = [p for p in scripts if any(w in p.stem for w in argv)]
    failed = []
    for script in scripts:
        print(f"== {script.name}", flush=True)
        t0 = time.perf_counter()
        rc = subprocess.call([sys.executable, str(script)])
        print(f"== {script.name}: exit {rc}, {time.perf_counter() - t0:.1f} s\n", flush=True)
        if rc:
            failed.append(script.name)
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
