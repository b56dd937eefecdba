"""RSS/Atom feeds: items with their URL, title and publication day (Arabic dates too).

feedparser reads the feed; it does not understand Arabic dates
("الأربعاء، 13 سبتمبر 2023"), so :func:`feed_date` falls back to dateparser with
the Arabic locales.

>>> items = parse_feed(b'<rss><channel><title>T</title><item><link>http://h/1</link>'
...                    b'<title>x</title><pubDate>Wed, 13 Sep 2023 10:00:00 GMT</pubDate></item></channel></rss>',
...                    "http://h/feed")
>>> [(i.url, i.published) for i in items]
[('http://h/1', '2023-09-13')]
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser

from marsad.errors import InputError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str | None
    published: str | None  # YYYY-MM-DD
    outlet: str | None     # the feed's title
    summary: str | None


def feed_date(entry: dict) -> str | None:
    """The item's publication day, from feedparser's parse or the raw (possibly Arabic) string."""
    for key in ("published_parsed", "updated_parsed"):
        st = entry[key] if key in entry else None
        if st:
            return time.strftime("%Y-%m-%d", st)
    raw = entry.get("published") or entry.get("updated")
    if not raw:
        return None
    import dateparser

    dt = dateparser.parse(raw, languages=["ar", "en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                                 "RETURN_AS_TIMEZONE_AWARE": False})
    return dt.strftime("%Y-%m-%d") if dt else None


def parse_feed(content: bytes, url: str) -> list[FeedItem]:
    """Items of an RSS/Atom document; raises :class:`InputError` for a feed that is not one."""
    parsed = feedparser.parse(content)
    if parsed.bozo and not any(e.get("link") or e.get("id") for e in parsed.entries):
        reason = getattr(parsed, "bozo_exception", None)
        raise InputError(url, f"not a readable feed: {reason or 'unknown format'}")
    if not parsed.entries and not parsed.feed:
        raise InputError(url, "not a feed: no channel and no items")
    outlet = parsed.feed.get("title") or None
    items = []
    for e in parsed.entries:
        link = e.get("link") or e.get("id")
        if not link:
            continue
        items.append(FeedItem(urljoin(url, link), e.get("title"), feed_date(e), outlet, e.get("summary")))
    return items
