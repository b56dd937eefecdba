"""Publication dates on SaudiNewsNet: how many articles get one, how, and whether they hold.

    .venv/bin/python benchmarks/published_saudinewsnet.py [--n 2000]

SaudiNewsNet gives no publication date, only the crawl time (date_extracted), so
marsad dates an article from its own words ("اليوم (الاثنين)") bounded by the
crawl. Checks: every content date falls on the weekday the text names, and is not
after date_extracted.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import gzip
import itertools
import json
import os
import sys
import tempfile
from pathlib import Path

import marsad

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared")) / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is absent")
        return 0
    tmp = Path(tempfile.mkdtemp()) / "sample.jsonl"
    with gzip.open(DATA, "rt", encoding="utf-8") as f, open(tmp, "w", encoding="utf-8") as out:
        rows = [json.loads(l) for l in itertools.islice(f, args.n)]
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    crawl = {}
    for r in rows:
        crawl[r.get("id") or r.get("url")] = str(r.get("date_extracted"))[:10]
    res = marsad.analyze([tmp], workers=2)
    basis = collections.Counter((d.published or {}).get("basis") or "none" for d in res.documents)
    wrong_weekday = after_crawl = checked = 0
    for d in res.documents:
        p = d.published or {}
        if p.get("basis") not in ("content", "corpus"):
            continue
        day = dt.date.fromisoformat(p["value"])
        c = (d.meta.get("published_constraints") or {})
        checked += 1
        wrong_weekday += c.get("weekday") is not None and c["weekday"] != day.weekday()
        after_crawl += bool(crawl.get(d.id)) and p["value"] > crawl[d.id]
    n = len(res.documents)
    print(f"{n} articles: " + ", ".join(f"{k} {v} ({v / n:.1%})" for k, v in basis.most_common()))
    print(f"dated from content or corpus: {checked}; on another weekday than the text says: {wrong_weekday}; "
          f"after date_extracted: {after_crawl}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
