"""Search speed on a large database: milliseconds per query.

    .venv/bin/python benchmarks/search.py --db snn.db
    .venv/bin/python benchmarks/search.py --from-out OUT --db snn.db   # build it first from an analyze --out folder

To get a database of all of SaudiNewsNet: `marsad analyze saudinewsnet.jsonl.gz --out OUT`
(see benchmarks/throughput.py), then `--from-out OUT`.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from marsad.store import Store, load_output

QUERIES = ["السعودية", "وزير الخارجية", "الرياض", "أمير منطقة مكة", "الحرس الوطني", "كرة القدم", "النفط",
           "الأمم المتحدة", "داعش", "وزارة الصحة", "فيروس كورونا", "الاتفاق النووي", "بيونغ يانغ", "أوباما", "اليمن"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--from-out")
    args = ap.parse_args()
    if args.from_out:
        t0 = time.perf_counter()
        n = load_output(args.from_out, args.db)
        print(f"built {args.db}: {n} articles in {time.perf_counter() - t0:.0f} s")
    if not Path(args.db).exists():
        print(f"skipped: {args.db} is absent")
        return 0
    with Store(args.db, readonly=True) as st:
        n = st.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        times, hits = [], []
        for q in QUERIES * 3:
            t0 = time.perf_counter()
            hits.append(len(st.search(q, limit=20)))
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    print(f"{n} articles, {len(times)} queries: median {statistics.median(times):.1f} ms, "
          f"p95 {times[int(len(times) * 0.95) - 1]:.1f} ms, max {times[-1]:.1f} ms; "
          f"results per query (cap 20): median {statistics.median(hits):.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
