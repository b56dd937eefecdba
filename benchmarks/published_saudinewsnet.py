"""Publication dates from the content on SaudiNewsNet: coverage, evidence and consistency.

SaudiNewsNet (../shared/data/saudinewsnet/saudinewsnet.jsonl.gz) has no
publication date, only ``date_extracted`` (the crawl time). Each article runs
through clean -> language -> sentences -> dates -> published, with the crawl
time as ``retrieved``. The script prints the share of articles that get a day
(and a day or an estimate),
how it was found (the evidence kinds of ``published.note``), and checks the
articles that write their weekday as "اليوم (الاثنين)": the inferred day must
be that weekday and not after ``date_extracted``. It also times find_dates.

    .venv/bin/python benchmarks/published_saudinewsnet.py            # every 10th article
    .venv/bin/python benchmarks/published_saudinewsnet.py --step 1   # all 31,030
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from marsad.engines.local import document_from_record
from marsad.errors import InputError
from marsad.extract.dates import find_dates
from marsad.ingest.files import record_from_object
from marsad.lang.ar.dates import WEEKDAYS
from marsad.pipeline import Pipeline
from marsad.text.normalize import fold

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
#: "اليوم (الاثنين)" and "اليوم الاثنين": the article's own weekday.
_WD = {fold(k): v for k, v in WEEKDAYS.items()}
TODAY_RX = re.compile(r"اليوم\s*\(?\s*(" + "|".join(sorted(map(re.escape, _WD), key=len, reverse=True)) + r")\b")


def how(note: str | None) -> str:
    """A short label for the evidence of a content date."""
    if not note:
        return "?"
    if "embedded post" in note:
        return "weekday + embedded post"
    if "retrieval" in note:
        return "weekday + retrieval bound"
    if note.startswith(("today stated", "yesterday stated")):
        return note.split(" stated")[0] + " + full date in the text"
    return note.split(",")[0][:40]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--step", type=int, default=10, help="take every STEP-th article (1 = all)")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"SaudiNewsNet not found at {args.data}", file=sys.stderr)
        return 2
    pipe = Pipeline(["clean", "language", "sentences", "dates", "published"])
    n = dated = skipped = estimated = 0
    no_estimate: list[str] = []
    basis, evidence = Counter(), Counter()
    wd_n = wd_dated = wd_ok = 0
    wd_bad: list[str] = []
    fd_time = fd_chars = fd_mentions = 0.0
    t0 = time.perf_counter()
    with gzip.open(args.data, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % args.step:
                continue
            obj = json.loads(line)
            obj.setdefault("id", f"snn{i}")
            try:
                rec = record_from_object(obj, "saudinewsnet", f"snn{i}")
            except InputError:
                skipped += 1  # empty articles: the analyzer reports them as input errors
                continue
            doc = pipe(document_from_record(rec))
            n += 1
            value = (doc.published or {}).get("value")
            if value or (doc.published or {}).get("estimate"):
                estimated += 1
            else:
                no_estimate.append(f"{obj['id']}: retrieved {doc.retrieved!r}")
            if value:
                dated += 1
                basis[doc.published.get("basis")] += 1
                evidence[how(doc.published.get("note"))] += 1
            m = TODAY_RX.search(fold(doc.text or ""))
            if m:
                wd_n += 1
                if value:
                    wd_dated += 1
                    day = dt.date.fromisoformat(value)
                    crawl = dt.date.fromisoformat(obj["date_extracted"][:10])
                    if day.weekday() == _WD[m.group(1)] and day <= crawl:
                        wd_ok += 1
                    else:
                        wd_bad.append(f"{obj['id']}: {value} vs {m.group(0)} crawled {crawl}")
            s = time.perf_counter()
            fd_mentions += len(find_dates(doc.text or "", None))
            fd_time += time.perf_counter() - s
            fd_chars += len(doc.text or "")
    total = time.perf_counter() - t0
    print(f"articles: {n} (every {args.step}th of {args.data.name}; {skipped} empty ones skipped)")
    print(f"with a publication date: {dated} ({dated / max(n, 1):.1%}); basis: {dict(basis)}")
    print(f"how it was found: {dict(evidence.most_common())}")
    print(f"with a publication day or an estimate: {estimated} ({estimated / max(n, 1):.2%}); without: "
          f"{len(no_estimate)} {no_estimate[:5]}")
    print(f"'اليوم (weekday)' articles: {wd_n}; dated: {wd_dated} ({wd_dated / max(wd_n, 1):.1%}); "
          f"consistent (same weekday, not after date_extracted): {wd_ok}/{wd_dated}")
    for b in wd_bad[:10]:
        print("  inconsistent:", b)
    print(f"find_dates: {fd_time / max(n, 1) * 1000:.2f} ms/article, {fd_chars / max(fd_time, 1e-9) / 1e6:.2f} M chars/s, "
          f"{fd_mentions / max(n, 1):.1f} mentions/article; whole run {total:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
