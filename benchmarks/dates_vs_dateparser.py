"""marsad's date finder against dateparser, on the same expressions: accuracy and speed side by side.

Three sets:

* ``marsad``: our own test set (tests/fixtures/date_expressions.tsv): sentences
  with an anchor (publication day), the expected value, or no date at all.
* ``maha``: the Arabic date expressions of the Maha parser's tests
  (../shared/data/temporal/maha_arabic_expression_tests.jsonl), reference day
  2021-09-01; only the test functions whose expected output is a date (years,
  months, weeks, days, weekdays, full dates, Hijri dates). Time-of-day,
  durations and intervals are left out; Maha's durations and its negative
  cases form a fourth set, ``maha-nondates``, where the right answer is "no date".
* ``dateparser``: the Arabic lines of dateparser's own tests
  (../shared/data/temporal/dateparser_arabic_test_lines.jsonl) that carry a
  date with its expected value (relative days, Hijri numeric dates, full dates,
  dates found in a paragraph).

Both systems get the anchor: marsad as ``find_dates(text, anchor)``, dateparser
through ``RELATIVE_BASE`` with ``languages=["ar"]`` (``search_dates`` on
sentences, ``parse`` on bare expressions, which is what it is made for). A
value is right when it equals the expected one at the expected granularity
(a day compared with a month expectation is cut to its month, and so on; the
same rule for both systems). The expected values are read from ../shared at
run time, never copied.

    .venv/bin/python benchmarks/dates_vs_dateparser.py
    .venv/bin/python benchmarks/dates_vs_dateparser.py --articles 1000   # CPU per article, both finders
"""
from __future__ import annotations

import ast
import datetime as dt
import itertools
import json
import re
import sys
import time
import warnings
from pathlib import Path
from typing import Callable

from marsad.extract.dates import find_dates

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TEMPORAL = SHARED / "data" / "temporal"
FIXTURE = ROOT / "tests" / "fixtures" / "date_expressions.tsv"
MAHA_DAY = dt.datetime(2021, 9, 1, 10, 38, 4)  # "NOW" of Maha's tests

# An item: (text, anchor datetime, expected values (list; [] = no date), how dateparser reads it).
Item = tuple[str, dt.datetime, list[str], str]


# ---------------------------------------------------------------- granularity

def _grain(v: str) -> str:
    if "/" in v:
        return "range"
    if "-W" in v:
        return "week"
    return {4: "year", 7: "month", 10: "day"}.get(len(v), "other")


def _cut(day: dt.date, grain: str) -> str:
    if grain == "year":
        return f"{day.year:04d}"
    if grain == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if grain == "week":
        y, w, _ = day.isocalendar()
        return f"{y:04d}-W{w:02d}"
    return day.isoformat()


def matches(value: str | None, expected: str) -> bool:
    """Whether a system value is the expected one at the expected granularity."""
    if not value:
        return False
    if value == expected:
        return True
    g = _grain(expected)
    if g == "range":
        return False
    if _grain(value) == "day":
        return _cut(dt.date.fromisoformat(value), g) == expected
    return False


# ---------------------------------------------------------------- the sets

def marsad_set() -> list[Item]:
    out = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, anchor, expected, kind = line.split("\t")
            a = dt.datetime.fromisoformat(anchor) if anchor else MAHA_DAY
            out.append((text, a, [] if kind == "none" else [expected], "search"))
    return out


def _maha_env() -> dict:
    from hijridate import Gregorian, Hijri
    from dateutil.relativedelta import MO, SA, TU
    date = MAHA_DAY.replace(hour=0, minute=0, second=0)
    return {"__builtins__": {}, "datetime": dt.datetime, "DATE": date, "NOW": MAHA_DAY, "Hijri": Hijri,
            "HIJRI_DATE": Gregorian(2021, 9, 1).to_hijri(), "chain": itertools.chain, "MO": MO, "SA": SA, "TU": TU}


def _g(y: int, m: int, d: int = 1) -> dt.date:
    """A date, with months past December carried into the next year (Maha writes 9 + n)."""
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return dt.date(y, m, d)


#: Maha test function -> (expected granularity, row -> expected date). Rows are the parametrize tuples.
MAHA_RULES: dict[str, tuple[str, Callable]] = {
    "test_current_year": ("year", lambda r: _g(2021, 9)),
    "test_this_year": ("year", lambda r: _g(2021, 9)),
    "test_previous_year": ("year", lambda r: _g(2020, 9)),
    "test_next_year": ("year", lambda r: _g(2022, 9)),
    "test_after_before_years": ("year", lambda r: _g(2021 + r[0], 9)),
    "test_next_two_years": ("year", lambda r: _g(2023, 9)),
    "test_previous_two_years": ("year", lambda r: _g(2019, 9)),
    "test_n_months": ("month", lambda r: _g(2021, 9 + r[0])),
    "test_specific_month": ("month", lambda r: _g(2021, r[0])),
    "test_next_specific_month_same_year": ("month", lambda r: _g(2021, r[0])),
    "test_next_specific_month_next_year": ("month", lambda r: _g(2022, r[0])),
    "test_previous_specific_month_previous_year": ("month", lambda r: _g(2020, r[0])),
    "test_previous_specific_month_same_year": ("month", lambda r: _g(2021, r[0])),
    "test_previous_this_month": ("month", lambda r: _g(2021, 9)),
    "test_month_and_year": ("month", lambda r: _g(2021, 9)),
    # Maha's weeks start on Sunday: the ISO (Monday) week of the day after is the same week
    "test_next_weeks": ("week", lambda r: r[1].date() + dt.timedelta(days=1)),
    "test_previous_weeks": ("week", lambda r: r[1].date() + dt.timedelta(days=1)),
    "test_next_days": ("day", lambda r: dt.date(2021, 9, 1) + dt.timedelta(days=r[0])),
    "test_previous_days": ("day", lambda r: dt.date(2021, 9, 1) + dt.timedelta(days=r[0])),
    "test_specific_next_weekday": ("day", lambda r: dt.date(2021, 9, r[0])),
    "test_specific_previous_weekday": ("day", lambda r: dt.date(2021, 8, r[0])),
    "test_first_day_and_month": ("day", lambda r: dt.date(2021, 9, 1)),
    "test_time": ("day", lambda r: r[0].date()),
    "test_last_specific_day_of_specific_month": ("day", lambda r: r[0].date()),
    "test_full_date_with_specific_day": ("day", lambda r: r[0].date()),
    "test_hijri_date": ("day", lambda r: r[0].to_gregorian().datetuple()),
}
#: Maha tests whose inputs are not dates: the answer must be "no date".
MAHA_NONDATES = ("test_duration.py", "test_negative_cases")


def _rows(rec: dict, env: dict) -> list[tuple]:
    out = []
    for p in rec["parametrize"]:
        try:
            values = eval(p["values"], env)  # the parametrize list of the original test (read-only data)
        except Exception:  # noqa: BLE001 - a few use helpers we do not have: skip them
            continue
        for v in values:
            out.append(v if isinstance(v, tuple) else (v,))
    return out


def maha_sets() -> tuple[list[Item], list[Item]]:
    env = _maha_env()
    dates, nondates = [], []
    for line in (TEMPORAL / "maha_arabic_expression_tests.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        fn = rec["test_function"]
        if rec["file"].endswith(MAHA_NONDATES[0]) or fn == MAHA_NONDATES[1]:
            for text in rec["arabic_inputs"]:
                nondates.append((text, MAHA_DAY, [], "parse"))
            continue
        if not rec["file"].endswith("test_time.py") or fn not in MAHA_RULES:
            continue
        grain, rule = MAHA_RULES[fn]
        for row in _rows(rec, env):
            text = next((x for x in reversed(row) if isinstance(x, str)), None)
            if text is None:
                continue
            try:
                day = rule(row)
            except (ValueError, OverflowError, TypeError, AttributeError):
                continue
            if isinstance(day, tuple):
                day = dt.date(*day)
            if fn == "test_time" and day == MAHA_DAY.date():
                continue  # a clock reading ("الساعة 3 وثلث"): Maha puts it on the reference day
            if fn == "test_hijri_date" and row[0].day == env["HIJRI_DATE"].day and not re.search(r"\d", text):
                continue  # a Hijri month or year ("شهر محرم"), not a day: Maha fills in today's day
            dates.append((text.strip(), MAHA_DAY, [_cut(day, grain)], "parse"))
    return dates, nondates


_MONTHS_EN = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"), 1)}


def dateparser_set() -> list[Item]:
    """Date-denoting Arabic lines of dateparser's tests, with the expected value their test states."""
    base = MAHA_DAY  # the freshness tests are relative to "now": any fixed day will do
    items: dict[str, Item] = {}
    for line in (TEMPORAL / "dateparser_arabic_test_lines.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        src, ctx = rec["source_line"], rec["context_-2_+5"]
        m = re.match(r'param\("([^"]+)", ago=\{"days": (\d+)\}', src)
        if m:  # freshness: "منذ 3 أيام" -> 3 days ago
            items.setdefault(m[1], (m[1], base, [(base.date() - dt.timedelta(days=int(m[2]))).isoformat()], "parse"))
            continue
        m = re.match(r'param\("ar", "([^"]+)", "(\d+) day ago"\)', src)
        if m:  # translation: "أمس" -> "1 day ago"
            items.setdefault(m[1], (m[1], base, [(base.date() - dt.timedelta(days=int(m[2]))).isoformat()], "parse"))
            continue
        m = re.match(r'param\("ar", "([^"]+)", "(\d+) (\w+) (\d{4})', src)
        if m and m[3] in _MONTHS_EN:  # setUp: "6 يناير، 2015، ..." -> "6 january 2015 ..."
            items.setdefault(m[1], (m[1], base, [dt.date(int(m[4]), _MONTHS_EN[m[3]], int(m[2])).isoformat()], "parse"))
            continue
        m = re.match(r'dt_string="([^"]+)",', src)
        if m:  # Hijri: the dt_obj after this dt_string in the context
            after = ctx[ctx.find(m[0]):]
            d = re.search(r"dt_obj=datetime\((\d+), (\d+), (\d+)", after)
            if d:
                items.setdefault(m[1], (m[1].strip(), base, [dt.date(*map(int, d.groups())).isoformat()], "parse"))
            continue
        if rec["test_function"] == "test_search_date_string" and "datetime.datetime(" in ctx and "ar" in ctx:
            # a paragraph (string literals before the list) and its expected (substring, datetime) pairs
            head = ctx[ctx.find('"ar"'):] if '"ar"' in ctx else ""
            body = head[:head.find("[")]
            text = "".join(ast.literal_eval(s) for s in re.findall(r'"(?:[^"\\]|\\.)*"', body)[1:])
            exp = [dt.date(int(a), int(b), int(c)).isoformat()
                   for a, b, c in re.findall(r"datetime\.datetime\((\d+), (\d+), (\d+)", head)]
            if text and exp and re.search(r"[\u0600-\u06FF]", text) and "سپتامبر" not in text:
                items.setdefault(text, (text, base, exp, "search"))
    return list(items.values())


# ---------------------------------------------------------------- the systems

def run_marsad(item: Item) -> list[str]:
    text, anchor, _, _ = item
    return [d.value for d in find_dates(text, anchor.date()) if d.value]


def run_dateparser(item: Item) -> list[str]:
    import dateparser
    from dateparser.search import search_dates
    text, anchor, _, how = item
    settings = {"RELATIVE_BASE": anchor}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if how == "parse":
            d = dateparser.parse(text, languages=["ar"], settings=settings)
            found = [d] if d else []
        else:
            found = [d for _, d in (search_dates(text, languages=["ar"], settings=settings) or [])]
    return [d.date().isoformat() for d in found]


def score(items: list[Item], system: Callable[[Item], list[str]]) -> tuple[float, float, int]:
    """(accuracy, seconds per item, false dates on the items that have none)."""
    ok = false = 0
    t0 = time.perf_counter()
    for item in items:
        values = system(item)
        expected = item[2]
        if not expected:
            ok += not values
            false += bool(values)
        else:  # every expected date found (a paragraph may hold several)
            ok += all(any(matches(v, e) for v in values) for e in expected)
    return ok / max(len(items), 1), (time.perf_counter() - t0) / max(len(items), 1), false


def articles_speed(n: int) -> None:
    """CPU time of finding every date in the same ``n`` SaudiNewsNet articles (development days):
    marsad's ``find_dates`` against ``dateparser.search.search_dates``, each with the crawl day as anchor."""
    import datetime as dt
    import gzip
    import itertools

    from dateparser.search import search_dates

    snn = TEMPORAL.parent / "saudinewsnet" / "saudinewsnet.jsonl.gz"
    if not snn.exists():
        print(f"{snn} not found: no article timing", file=sys.stderr)
        return
    with gzip.open(snn, "rt", encoding="utf-8") as f:
        arts = [json.loads(line) for line in itertools.islice(f, n)]
    anchors = [dt.datetime.fromisoformat(a["date_extracted"]) for a in arts]
    t0 = time.process_time()
    ours = sum(len(find_dates(a["content"], d.date())) for a, d in zip(arts, anchors))
    mine = time.process_time() - t0
    t0 = time.process_time()
    theirs = sum(len(search_dates(a["content"], languages=["ar"], settings={"RELATIVE_BASE": d}) or [])
                 for a, d in zip(arts, anchors))
    other = time.process_time() - t0
    print(f"{n} SaudiNewsNet articles: marsad {1000 * mine / n:.2f} ms CPU/article ({ours} dates), "
          f"dateparser.search_dates {1000 * other / n:.2f} ms ({theirs} dates): {other / mine:.1f}x")


def main() -> int:
    if "--articles" in sys.argv:
        articles_speed(int(sys.argv[sys.argv.index("--articles") + 1]))
        return 0
    sets = {"marsad": marsad_set()}
    if TEMPORAL.exists():
        maha, nondates = maha_sets()
        sets.update({"maha": maha, "dateparser": dateparser_set(), "maha-nondates": nondates})
    else:
        print(f"{TEMPORAL} not found: only our own set", file=sys.stderr)
    run_dateparser(sets["marsad"][0])  # load dateparser's language data before timing
    print(f"{'set':<15}{'items':>6}  {'marsad acc':>10}  {'dateparser acc':>14}  "
          f"{'marsad ms':>9}  {'dateparser ms':>13}  {'speed-up':>8}")
    for name, items in sets.items():
        ma, mt, mf = score(items, run_marsad)
        da, dtime, df = score(items, run_dateparser)
        extra = f"  (false dates: marsad {mf}, dateparser {df})" if name.endswith("nondates") else ""
        print(f"{name:<15}{len(items):>6}  {ma:>10.3f}  {da:>14.3f}  {mt * 1000:>9.3f}  {dtime * 1000:>13.3f}"
              f"  {dtime / max(mt, 1e-9):>7.0f}x{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
