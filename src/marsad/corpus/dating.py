"""Publication days learned from the other articles of a story.

An article that says "اليوم الأربعاء" but carries no year or date is dated by
its story: when the story's dated articles leave exactly one Wednesday within
``NEAR_DAYS`` of them, that is its day (basis ``corpus``), and its relative
dates are resolved again. Nothing is set when two days remain possible.
"""
from __future__ import annotations

import datetime as dt

from marsad.document import Document
from marsad.extract.published import day_of, pinned, set_estimate

#: How far from a dated article of the same story an undated one may have been published.
NEAR_DAYS = 3


def _iso(v) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(v)[:10]) if v else None
    except ValueError:
        return None


def candidates(c: dict, known: list[dt.date]) -> list[dt.date]:
    """Days a constrained article may have been published, given its story's known days."""
    wd = c.get("weekday")
    if wd is None or not known:
        return []
    lo, hi = min(known) - dt.timedelta(days=NEAR_DAYS), max(known) + dt.timedelta(days=NEAR_DAYS)
    not_after, not_before = _iso(c.get("not_after")), _iso(c.get("not_before"))
    out = []
    day = lo
    while day <= hi:
        if (day.weekday() == wd and (not_after is None or day <= not_after)
                and (not_before is None or day >= not_before) and c.get("month") in (None, day.month)):
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def date_from_story(group: list[Document]) -> None:
    changed = True
    while changed:
        changed = False
        known = [d for d in (_iso((x.published or {}).get("value")) for x in group) if d]
        for doc in group:
            if (doc.published or {}).get("value"):
                continue
            c = doc.meta.get("published_constraints") or {}
            days = candidates(c, known)
            if len(days) == 1:
                pinned(doc, days[0], "corpus", "the one day of its weekday near the other articles of its story")
                changed = True
    # an article with no bound of its own is estimated by its story's days
    known = sorted(d for d in (_iso(day_of(x)) for x in group) if d)
    for doc in group:
        if known and not day_of(doc):
            set_estimate(doc, {"estimate": known[len(known) // 2].isoformat(), "earliest": known[0].isoformat(),
                               "latest": known[-1].isoformat(), "estimate_basis": "corpus"})
