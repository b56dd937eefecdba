"""marsad's date finder against dateparser on Arabic expressions: accuracy and speed side by side.

    .venv/bin/python benchmarks/dates_vs_dateparser.py

Sets: tests/fixtures/date_expressions.tsv (written for marsad: regional months,
Hijri, weekdays, relative phrases, ranges, and traps that are not dates), and the
Arabic "N units ago" lines of dateparser's own tests (../shared/data/temporal).
dateparser gets the anchor as RELATIVE_BASE and the Arabic locale; its answer is
the first date search_dates finds (the day; YYYY-MM / YYYY values are compared
on their prefix). A trap is right when nothing is found.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
import warnings
from pathlib import Path

import dateparser
from dateparser.search import search_dates

from marsad.extract.dates import find_dates

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
warnings.filterwarnings("ignore")


def fixture_rows():
    for line in (ROOT / "tests" / "fixtures" / "date_expressions.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, anchor, expected, kind = line.split("\t")
            yield text, dt.date.fromisoformat(anchor), expected, kind


def dateparser_rows():
    path = SHARED / "data" / "temporal" / "dateparser_arabic_test_lines.jsonl"
    if not path.exists():
        return
    anchor = dt.date(2023, 9, 14)
    units = {"days": 1, "weeks": 7}
    for line in path.read_text(encoding="utf-8").splitlines():
        src = json.loads(line).get("source_line", "")
        m = re.match(r'\s*param\("([^"]+)",\s*ago=\{"(days|weeks)":\s*(\d+)\}', src)
        if m:
            text, unit, n = m.group(1), m.group(2), int(m.group(3))
            yield text, anchor, (anchor - dt.timedelta(days=n * units[unit])).isoformat(), "relative"


def marsad_value(text, anchor):
    found = find_dates(text, anchor)
    return found[0].value if found else None


def dateparser_value(text, anchor):
    settings = {"RELATIVE_BASE": dt.datetime.combine(anchor, dt.time(12)), "PREFER_DATES_FROM": "past"}
    found = search_dates(text, languages=["ar"], settings=settings)
    return found[0][1].date().isoformat() if found else None


def right(value, expected, kind):
    if kind == "none":
        return value is None
    if value is None:
        return False
    return value == expected or (len(expected) < 10 and value.startswith(expected)) or \
        (len(value) == 10 and "/" in expected and expected.startswith(value))


def run(name, rows):
    rows = list(rows)
    if not rows:
        print(f"{name}: no data")
        return
    for who, fn in (("marsad", marsad_value), ("dateparser", dateparser_value)):
        t0 = time.perf_counter()
        ok = sum(right(fn(t, a), e, k) for t, a, e, k in rows)
        ms = (time.perf_counter() - t0) * 1000 / len(rows)
        print(f"{name:28} {who:10} accuracy {ok / len(rows):.3f} ({ok}/{len(rows)})  {ms:.2f} ms/expression")


if __name__ == "__main__":
    run("marsad fixture set", fixture_rows())
    run("dateparser's Arabic tests", dateparser_rows())
