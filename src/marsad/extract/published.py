"""Publication date from the content, when metadata gives none.

News writes its own day in the text: "اليوم الخميس" is the publication weekday,
"أمس الأربعاء" makes it a Thursday, and "اليوم الخميس 7/10/1436هـ" or "أمس
الاثنين الموافق 27 يوليو 2015" gives the day itself (kept only when the written
weekday agrees with the calendar). A weekday alone is not a date; it becomes one
with an upper bound close to publication (the time the page was retrieved, a
post embedded on the same day). A site's current-date bar is only an upper bound
that may be months late, so it never pins a day. A wrong date is worse than
none: the day is set only when the evidence leaves one candidate.

What was learned is kept in ``meta["published_constraints"]`` for the corpus
stage, which can finish the inference with other articles of the same story.
Example: "أعلنت الوزارة اليوم الأحد 2 أغسطس 2015م" gives
``{"value": "2015-08-02", "basis": "content", "note": "full date stated as today/yesterday in the text"}``.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter

from marsad.document import Document
from marsad.extract.dates import WD as _WD_RX, resolve, reresolve, weekday_number
from marsad.registry import component
from marsad.text.normalize import fold

log = logging.getLogger(__name__)

#: How long after publication a retrieval time still pins the weekday (crawls are daily); also
#: how far before its retrieval an article's estimated day may lie (``published.earliest``).
RETRIEVED_WINDOW_DAYS = 6
#: A crawl before this hour finds the previous day's news: publication is estimated as the day
#: before. Learned on the real-news dev gold (eval/realnews, 51 articles whose day is pinned):
#: hours 3, 4 and 5 give 46 of 51 right, 0-2 give 41-42, 6-8 give 44.
CRAWL_HOUR_SAME_DAY = 3
#: The same hour for the sites whose own crawls show another (site: (hour, right, of)), learned by
#: eval/realnews/crawl_hours.py from the dev gold's publication days and the days pinned by the
#: text or the address on 2,000 unlabeled dev-day articles: crawls before noon of articles
#: published that day or the day before; a site needs 8 and an hour that gets 2 more right than
#: the default (with it: aawsat 13, alweeam 7, alyaum 8, okaz 97). Other sites keep the default.
#: alwatan (whose print issue is online soon after midnight: 330 of its dev-day articles were crawled
#: at 00:00-02:59) had too few such articles in that sample; ``crawl_hours.py --site alwatan.com.sa``
#: reads all of its dev-day articles crawled before noon and every dev date gold: 10 of 10 right with
#: hour 1 (3 with the default).
SITE_SAME_DAY_HOUR = {
    "aawsat.com": (5, 17, 23),
    "alwatan.com.sa": (1, 10, 10),
    "alweeam.com.sa": (5, 11, 12),
    "alyaum.com": (8, 10, 11),
    "okaz.com.sa": (5, 117, 119),
}

#: An issue date in the address: okaz and al-jazirah ``Issues/20150730``, aleqt ``/2015/07/23/``.
#: On the dev-day gold it equals the day the text pins 29 times of 29.
_URL_DAY = re.compile(r"(?:issues/|/)((?:19|20)\d\d)(?:/|-)?(\d\d)(?:/|-)?(\d\d)(?=/|\.|$|_|-)", re.I)

#: How far before a full date the words "اليوم"/"أمس" may stand (characters of raw text).
_LOOKBACK = 48

# "اليوم (الخميس)، الموافق " / "أمس الاثنين " / "صباح اليوم " right before a full date: that
# date is the day the text calls today (or yesterday). Matched on folded text.
_DAY_BEFORE = re.compile(
    rf"(?<!\w)(?P<p>اليوم|امس|البارحه)\s*\(?\s*(?P<wd>{_WD_RX})?\s*\)?\s*[،,-]?\s*(?:الموافق\s*)?$")
# "في خطبة الجمعة اليوم" (today's Friday sermon, a weekly report of every mosque pulpit): today is a Friday
_FRIDAY_BEFORE_TODAY = re.compile(r"(?<!\w)(?:[وفبل]|ل?ل)?(?:خطبه|خطبتي|صلاه)\s+الجمعه\s*$")
# a weekday at the head of a date span ("الأحد 2 أغسطس 2015")
_WD_HEAD = re.compile(rf"^(?:[وفبل])?(?:يوم\s+)?(?P<wd>{_WD_RX})(?!\w)")


def _iso(value) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None
    except ValueError:
        return None


def url_day(url: str | None) -> dt.date | None:
    """The day an outlet writes into an article's address, or None."""
    if not url:
        return None
    from urllib.parse import urlsplit

    days = (_iso(f"{m[1]}-{m[2]}-{m[3]}") for m in _URL_DAY.finditer(urlsplit(url).path))
    return next((d for d in days if d), None)


def same_day_hour(url: str | None) -> int:
    """The crawl hour from which a page of this site is taken for that day's news."""
    if not url:
        return CRAWL_HOUR_SAME_DAY
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return SITE_SAME_DAY_HOUR.get(host, (CRAWL_HOUR_SAME_DAY,))[0]


def _retrieved_time(value) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def estimate(doc: Document, c: dict) -> dict:
    """The best single publication day and its bounds when the evidence does not pin one.

    ``latest``: the closest upper bound (retrieval time, a site's date bar); ``estimate``: the
    retrieval day, or the day before when the crawl ran before the site's hour
    (:func:`same_day_hour`);
    ``earliest``: ``RETRIEVED_WINDOW_DAYS`` before the retrieval, or an embedded post's day.
    Only a retrieval time gives an estimate.
    """
    latest = _iso(c.get("not_after"))
    t = _retrieved_time(doc.retrieved)
    if latest is None or t is None or t.date() != latest:
        # no bound, or only a site's date bar: the time a page was captured, which may be
        # months after publication, bounds the day but is no estimate of it
        return {"estimate": None, "earliest": _iso(c.get("not_before")) and c["not_before"],
                "latest": latest and latest.isoformat(), "estimate_basis": None}
    earliest = max(filter(None, [latest - dt.timedelta(days=RETRIEVED_WINDOW_DAYS), _iso(c.get("not_before"))]))
    day = latest - dt.timedelta(days=1 if t.hour < same_day_hour(doc.url) else 0)
    month = _stated_month(c, latest)
    if month and month[1] < earliest and not _told_after(doc, month[1], latest):
        # "15 يونيو الجاري" in a page crawled in July: an old page, published in that June; the
        # estimate is the month's middle (or its latest day of the text's weekday), the bounds the month
        lo, hi = month
        day = lo + (hi - lo) // 2
        if c.get("weekday") is not None:
            day = hi - dt.timedelta(days=(hi.weekday() - c["weekday"]) % 7)
        return {"estimate": day.isoformat(), "earliest": lo.isoformat(), "latest": hi.isoformat(),
                "estimate_basis": "retrieved, month of the text"}
    return {"estimate": max(day, earliest).isoformat(), "earliest": earliest.isoformat(),
            "latest": latest.isoformat(), "estimate_basis": "retrieved"}


def _told_after(doc: Document, end: dt.date, bound: dt.date) -> bool:
    """Whether the text dates something (a day or month with its year) after ``end`` and not after
    ``bound``: then "الجاري" was a slip ("في 29 مايو الجاري" written in July), not an old page."""
    for span in doc.layers.get("dates", []):
        e = span.attrs.get("_expr") or {}
        if e.get("t") in ("ymd", "ym") and e.get("y") is not None or e.get("t") == "hijri" and e.get("hy"):
            day = _iso(resolve(e, None) if e.get("t") != "ym" else f"{e['y']:04d}-{e['m']:02d}-01")
            if day and end < day <= bound:
                return True
    return False


def _stated_month(c: dict, bound: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the month the text calls current ("يونيو الجاري"), its latest
    occurrence on or before ``bound`` (in the text's year when it states one), or None."""
    m = c.get("month")
    if not m or m == bound.month % 12 + 1:
        return None  # "2 أغسطس الجاري" crawled on July 31: the next day's issue, not a page a year old
    y = c.get("year") or (bound.year if m <= bound.month else bound.year - 1)
    lo = dt.date(y, m, 1)
    hi = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
    return (lo, min(hi, bound)) if lo <= bound else None


def day_of(doc: Document) -> str | None:
    """The article's publication day as far as it is known: the pinned value, else the estimate."""
    p = doc.published or {}
    return p.get("value") or p.get("estimate")


def set_estimate(doc: Document, fields: dict) -> None:
    """Record an estimate; the article's dates that needed an anchor are resolved against it,
    marked ``anchor: "estimate"``."""
    doc.published.update(fields)
    day = _iso(fields.get("estimate"))
    if day is None or (doc.published or {}).get("value"):
        return
    for span in doc.layers.get("dates", []):
        if span.attrs.get("value") is None or span.attrs.get("anchor") == "estimate":
            v = resolve(span.attrs.get("_expr") or {}, day)
            if v is not None:
                span.attrs["value"], span.attrs["anchor"] = v, "estimate"


def pinned(doc: Document, day: dt.date, basis: str, note: str | None) -> None:
    """The day the evidence pins: value, and the estimate and both bounds equal to it."""
    doc.published = {"value": day.isoformat(), "basis": basis, "note": note, "estimate": day.isoformat(),
                     "earliest": day.isoformat(), "latest": day.isoformat(), "estimate_basis": basis}
    reresolve(doc, day)


def _full_day(expr: dict) -> dt.date | None:
    """The day of an expression that needs no anchor (a day with its year), else None."""
    if expr.get("t") not in ("ymd", "hijri") or expr.get("y" if expr.get("t") == "ymd" else "hy") is None:
        return None
    return _iso(resolve(expr, None))


def stated_days(doc: Document) -> list[tuple[dt.date, str]]:
    """Publication days the text states: a full date right after "اليوم"/"أمس" (+ weekday).

    Example: "أمس الاثنين الموافق 27 يوليو 2015" states 2015-07-28 (the day after).
    """
    out = []
    for span in doc.layers.get("dates", []):
        day = _full_day(span.attrs.get("_expr") or {})
        if day is None:
            continue
        m = _DAY_BEFORE.search(fold(doc.text[max(0, span.start - _LOOKBACK):span.start]))
        if not m:
            continue
        wd = m.group("wd")
        if wd is None:
            h = _WD_HEAD.match(fold(doc.text[span.start:span.end]))
            wd = h.group("wd") if h else None
        # the written weekday must be the calendar's: a mismatch means a typo somewhere, so no day
        if wd is not None and weekday_number(wd) != day.weekday():
            log.debug("stated date %s is not a %s", day, wd)
            continue
        yesterday = m.group("p") != "اليوم"
        pub = day + dt.timedelta(days=1 if yesterday else 0)
        out.append((pub, f"{'yesterday' if yesterday else 'today'} stated as {doc.text[span.start:span.end]}"))
    return out


def constraints(doc: Document) -> dict:
    """What the content says about its own publication day (JSON-serializable).

    Keys: ``weekday`` (0 = Monday) or None, ``not_after`` / ``not_before`` (ISO) or None,
    ``year`` or None, ``month`` (1-12, from "... الجاري") or None, ``retrieved`` (ISO) or None,
    ``stated`` (ISO days stated in the text, see :func:`stated_days`).
    """
    weekdays = Counter()
    month = year = None
    for span in doc.layers.get("dates", []):
        e = span.attrs.get("_expr") or {}
        if e.get("t") == "wd" and e.get("pre") == "today":
            weekdays[e["wd"]] += 2
        elif e.get("t") == "wd" and e.get("pre") == "yesterday":
            weekdays[(e["wd"] + 1) % 7] += 1
        elif e.get("t") == "wd" and e.get("pre") == "tomorrow":
            weekdays[(e["wd"] - 1) % 7] += 1  # "غدا (الأحد)": published on a Saturday
        elif e.get("t") == "wd" and e.get("pre") == "after_tomorrow":
            weekdays[(e["wd"] - 2) % 7] += 1
        elif e.get("t") == "days" and e.get("n") == 0 and _FRIDAY_BEFORE_TODAY.search(
                fold(doc.text[max(0, span.start - 24):span.start])):
            weekdays[4] += 2  # "وقال في خطبة الجمعة اليوم": published on a Friday
        elif e.get("t") in ("ymd", "ym", "range") and e.get("rel") == "cur":
            month = e["m"]  # "15 يوليو الجاري": published in July
            if e.get("y"):
                year = e["y"]  # "يوليو 2015 الجاري"
    weekday = None
    if weekdays:
        (best, n), *rest = weekdays.most_common()
        weekday = best if not rest or rest[0][1] < n else None
    stated = sorted({d for d, _ in stated_days(doc)})
    if len(stated) == 1 and year is None:
        year = stated[0].year
    hints = doc.meta.get("date_hints") or []
    bounds = [_iso(h["value"]) for h in hints if h.get("kind") == "datebar"]
    retrieved = _iso(doc.retrieved)
    if retrieved:
        bounds.append(retrieved)
    bounds = [b for b in bounds if b]
    embeds = sorted(d for d in (_iso(h["value"]) for h in hints if h.get("kind") == "embed") if d)
    return {"weekday": weekday, "month": month, "year": year,
            "not_after": min(bounds).isoformat() if bounds else None,
            "not_before": embeds[-1].isoformat() if embeds else None,
            "retrieved": retrieved.isoformat() if retrieved else None,
            "stated": [d.isoformat() for d in stated]}


def _fits(day: dt.date, c: dict) -> bool:
    """Whether ``day`` agrees with every constraint."""
    na, nb = _iso(c.get("not_after")), _iso(c.get("not_before"))
    return ((c.get("weekday") is None or day.weekday() == c["weekday"])
            and (c.get("month") is None or day.month == c["month"])
            and (c.get("year") is None or day.year == c["year"])
            and (na is None or day <= na) and (nb is None or day >= nb))


def infer(c: dict) -> tuple[dt.date, str] | None:
    """The one day the constraints allow, with the evidence, or None."""
    stated = [_iso(s) for s in c.get("stated") or []]
    if stated:
        # two different days stated as "today" contradict each other: trust neither
        if len(stated) == 1 and _fits(stated[0], c):
            return stated[0], "full date stated as today/yesterday in the text"
        return None
    wd = c["weekday"]
    if wd is None:
        return None
    if c["not_before"]:
        d = _iso(c["not_before"])
        # an embedded post of the publication weekday: that day
        if d.weekday() == wd and _fits(d, c):
            return d, f"weekday {wd} of the text and an embedded post of {d.isoformat()}"
        return None
    if c.get("retrieved"):
        r = _iso(c["retrieved"])
        d = r - dt.timedelta(days=(r.weekday() - wd) % 7)
        if (r - d).days <= RETRIEVED_WINDOW_DAYS and _fits(d, c):
            return d, f"weekday {wd} of the text, the latest on or before retrieval {r.isoformat()}"
    return None


@component("published", needs=("dates", "meta.date_hints"), adds=("published", "dates", "meta.published_constraints"))
def published(doc: Document) -> Document:
    c = constraints(doc)
    doc.meta["published_constraints"] = c  # always: the corpus stage reads it for every article
    given = _iso((doc.published or {}).get("value"))
    if given:  # metadata or a byline already gave the day: keep it
        pinned(doc, given, doc.published.get("basis") or "metadata", doc.published.get("note"))
        return doc
    stamped = url_day(doc.url)
    bound = _iso(c.get("not_after"))
    found = infer(c)
    if stamped and (bound is None or stamped <= bound):
        # the outlet's own stamp wins over weekdays in the text, which a wire copy keeps from
        # the agency's day ("اليوم الجمعة" in Saturday's paper)
        pinned(doc, stamped, "url", "the issue date in the article's address")
    elif found:
        day, note = found
        if note.startswith("full date"):
            note = next((n for d, n in stated_days(doc) if d == day), note)
        pinned(doc, day, "content", note)
    else:
        set_estimate(doc, estimate(doc, c))
    return doc
