"""Publication date from the content, when metadata gives none.

News writes its own day in the text: "اليوم الخميس" is the publication weekday,
"أمس الأربعاء" makes it a Thursday. A weekday alone is not a date; it becomes one
with an upper bound close to publication (the time the page was retrieved, a
post embedded on the same day). A site's current-date bar is only an upper bound
that may be months late, so it never pins a day. A wrong date is worse than
none: the day is set only when the evidence leaves one candidate.

What was learned is kept in ``meta["published_constraints"]`` for the corpus
stage, which can finish the inference with other articles of the same story.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from marsad.document import Document
from marsad.extract.dates import reresolve
from marsad.pipeline import component

#: How long after publication a retrieval time still pins the weekday (crawls are daily).
RETRIEVED_WINDOW_DAYS = 6


def _iso(value) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None
    except ValueError:
        return None


def constraints(doc: Document) -> dict:
    """What the content says about its own publication day (JSON-serializable)."""
    weekdays = Counter()
    month = None
    for span in doc.layers.get("dates", []):
        e = span.attrs.get("_expr") or {}
        if e.get("t") == "wd" and e.get("pre") == "today":
            weekdays[e["wd"]] += 2
        elif e.get("t") == "wd" and e.get("pre") == "yesterday":
            weekdays[(e["wd"] + 1) % 7] += 1
        elif e.get("t") in ("ymd", "ym", "range") and e.get("rel") == "cur" and e.get("y") is None:
            month = e["m"]
    weekday = None
    if weekdays:
        (best, n), *rest = weekdays.most_common()
        weekday = best if not rest or rest[0][1] < n else None
    hints = doc.meta.get("date_hints") or []
    bounds = [_iso(h["value"]) for h in hints if h.get("kind") == "datebar"]
    retrieved = _iso(doc.retrieved)
    if retrieved:
        bounds.append(retrieved)
    bounds = [b for b in bounds if b]
    embeds = sorted(d for d in (_iso(h["value"]) for h in hints if h.get("kind") == "embed") if d)
    return {"weekday": weekday, "month": month,
            "not_after": min(bounds).isoformat() if bounds else None,
            "not_before": embeds[-1].isoformat() if embeds else None,
            "year": None, "retrieved": retrieved.isoformat() if retrieved else None}


def infer(c: dict) -> tuple[dt.date, str] | None:
    """The one day the constraints allow, with the evidence, or None."""
    wd = c["weekday"]
    if wd is None:
        return None
    if c["not_before"]:
        d = _iso(c["not_before"])
        # an embedded post of the publication weekday: that day
        if d.weekday() == wd and (c["month"] in (None, d.month)):
            return d, f"weekday {wd} of the text and an embedded post of {d.isoformat()}"
        return None
    if c["retrieved"]:
        r = _iso(c["retrieved"])
        d = r - dt.timedelta(days=(r.weekday() - wd) % 7)
        if (r - d).days <= RETRIEVED_WINDOW_DAYS and c["month"] in (None, d.month):
            return d, f"weekday {wd} of the text, the latest on or before retrieval {r.isoformat()}"
    return None


@component("published", needs=("dates",), adds=("published",))
def published(doc: Document) -> Document:
    if (doc.published or {}).get("value"):
        return doc
    c = constraints(doc)
    doc.meta["published_constraints"] = c
    found = infer(c)
    if found:
        day, note = found
        doc.published = {"value": day.isoformat(), "basis": "content", "note": note}
        reresolve(doc, day)
    return doc
