"""Throughput of the whole pipeline on SaudiNewsNet: articles/s, seconds per stage, peak memory.

    .venv/bin/python benchmarks/throughput.py                  # 10k and 31k articles, 1 and 2 workers
    .venv/bin/python benchmarks/throughput.py --sizes 2000 --workers 2 --spark
    .venv/bin/python benchmarks/throughput.py --sizes 500 --workers 2 --db --stage-sample 0

Each run is a real ``marsad analyze`` subprocess; peak memory is the largest
sum of resident memory over the process tree (sampled from /proc every 0.2 s), also
given for the time the worker processes run (the per-article phase) and the time after
(the corpus stages and the output, in the one process);
CPU is user + system time of the whole tree (the run and its workers), the steady
figure on a shared machine. ``--db`` runs each size again with ``--db`` and prints
the CPU ratio of the two.
Seconds per stage come from one in-process pass over a sample (``--stage-sample``),
with per-component timings of the pipeline and of the corpus stages.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared")) / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
MARSAD = [str(Path(sys.executable).parent / "marsad")]


def tree_rss_kb(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, in kB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/status") as f:
                st = f.read()
        except OSError:
            continue
        ppid = int(st.split("PPid:")[1].split()[0])
        children.setdefault(ppid, []).append(int(d))
        if "VmRSS:" in st:
            rss[int(d)] = int(st.split("VmRSS:")[1].split()[0])
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo += children.get(p, [])
    return total


def rss_kb(pid: int) -> int:
    """Resident memory of ``pid`` alone, in kB (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            return int(f.read().split("VmRSS:")[1].split()[0])
    except (OSError, IndexError):
        return 0


def children_cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_analyze(inp: Path, workers: int, engine: str = "local", db: bool = False) -> dict:
    out = Path(tempfile.mkdtemp(prefix="marsad-bench-"))
    cmd = MARSAD + ["-v", "analyze", str(inp), "--out", str(out), "--workers", str(workers), "--engine", engine,
                    "--quiet"] + (["--db", str(out / "bench.db")] if db else [])
    cpu0 = children_cpu_s()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0, 0, 0]  # the tree; the tree while workers run; the run alone when none does

    def poll():
        while proc.poll() is None:
            tree, alone = tree_rss_kb(proc.pid), rss_kb(proc.pid)
            peak[0] = max(peak[0], tree)
            if tree - alone > 50_000:  # worker processes are alive (each holds the models)
                peak[1] = max(peak[1], tree)
            else:
                peak[2] = max(peak[2], tree)
            time.sleep(0.2)

    th = threading.Thread(target=poll, daemon=True)
    th.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    cpu = children_cpu_s() - cpu0
    th.join()
    n = sum(1 for _ in open(out / "articles.jsonl", encoding="utf-8"))
    log = err.decode("utf-8", "replace")
    corpus_s = {m[0]: float(m[1]) for m in re.findall(r"corpus stage (\w+): ([\d.]+)s", log)}
    return {"engine": engine, "workers": workers, "db": db, "articles": n, "wall_s": round(wall, 1),
            "articles_per_s": round(n / wall, 1), "cpu_ms_per_article": round(1000 * cpu / max(n, 1), 1), "peak_mem_mb": round(peak[0] / 1024),
            "peak_mem_mb_workers_running": round(peak[1] / 1024), "peak_mem_mb_after_workers": round(peak[2] / 1024),
            "exit": proc.returncode,
            "corpus_stages_s": corpus_s, "out": str(out),
            "stderr_tail": log[-300:] if proc.returncode not in (0, 3) else ""}


def subset(n: int, tmp: Path) -> Path:
    path = tmp / f"snn_{n}.jsonl"
    if not path.exists():
        with gzip.open(DATA, "rt", encoding="utf-8") as f, open(path, "w", encoding="utf-8") as out:
            for line in itertools.islice(f, n):
                out.write(line)
    return path


def stage_seconds(inp: Path, n: int) -> dict:
    """Per-component and per-corpus-stage seconds over the first ``n`` articles, one process."""
    import marsad
    from marsad.engines import local

    result = marsad.analyze([inp])
    pipe = local._pipeline()
    per_article = {k: round(v, 2) for k, v in pipe.timings.items()}
    return {"articles": len(result.documents), "per_article_stages_s": per_article,
            "corpus_stages_s": {k: round(v, 2) for k, v in result.corpus.timings.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,31030", help="comma-separated article counts")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--spark", action="store_true", help="also run --engine spark (local mode)")
    ap.add_argument("--db", action="store_true", help="also run each size with --db; print the CPU ratio")
    ap.add_argument("--stage-sample", type=int, default=1000, help="articles for the per-stage timing pass")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"SaudiNewsNet not found at {DATA}")
    tmp = Path(tempfile.mkdtemp(prefix="marsad-snn-"))
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    if args.stage_sample:
        print(json.dumps({"stage_timing": stage_seconds(subset(args.stage_sample, tmp), args.stage_sample)},
                         ensure_ascii=False), flush=True)
    for n in sizes:
        for w in [int(x) for x in args.workers.split(",")]:
            row = {"size": n, **run_analyze(subset(n, tmp), w)}
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
            if args.db:
                with_db = {"size": n, **run_analyze(subset(n, tmp), w, db=True)}
                print(json.dumps(with_db, ensure_ascii=False), flush=True)
                print(f"size={n} workers={w}: CPU {with_db['cpu_ms_per_article']} ms/article with --db, "
                      f"{row['cpu_ms_per_article']} without: {with_db['cpu_ms_per_article'] / row['cpu_ms_per_article']:.2f}x",
                      flush=True)
        if args.spark:
            row = {"size": n, **run_analyze(subset(n, tmp), max(int(x) for x in args.workers.split(",")), "spark")}
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
    local = [r for r in rows if r["engine"] == "local"]
    if len(sizes) > 1:
        for w in sorted({r["workers"] for r in local}):
            rs = sorted((r for r in local if r["workers"] == w), key=lambda r: r["size"])
            a, b = rs[0], rs[-1]
            ratio = (b["wall_s"] / a["wall_s"]) / (b["size"] / a["size"])
            print(f"workers={w}: time grew {b['wall_s'] / a['wall_s']:.2f}x for {b['size'] / a['size']:.2f}x "
                  f"the articles (per-article cost ratio {ratio:.2f}; <= 1.0 is linear or better)")


if __name__ == "__main__":
    main()
