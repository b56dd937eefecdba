"""Following the news live: fetch feeds and pages, analyze what is new into the store.

``marsad watch feeds.txt --db marsad.db --every 10m`` runs :meth:`Watcher.cycle`
again and again. One cycle:

1. analyzes pages left in the spool folder by an interrupted cycle;
2. fetches every feed (conditional GET: an unchanged feed costs one 304);
   a broken feed is reported and skipped;
3. fetches every item page not seen before into the spool folder
   (``<db>.spool/``, one JSON article object per page, id = URL);
4. analyzes the spooled pages into the database (the store skips ids it
   already has), then marks their URLs seen and empties the spool;
5. logs what changed: new stories, stories that grew.

The state (seen URLs, feed validators, the last story snapshot) lives in
``<db>.watch.json``, written atomically. A watcher killed at any point and
started again loses nothing (spooled pages are analyzed on restart) and
duplicates nothing (ids are URLs and the store adds an id once).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import InputError
from marsad.ingest.feeds import FeedItem, parse_feed
from marsad.ingest.fetch import Fetcher, FetchError, Page

log = logging.getLogger(__name__)

#: How many cycles a page that fails to download is tried before it is given up.
MAX_PAGE_ATTEMPTS = 3


@dataclass
class CycleReport:
    """What one cycle did."""

    feeds_ok: int = 0
    feeds_unchanged: int = 0
    new_articles: list[str] = field(default_factory=list)
    new_stories: list[str] = field(default_factory=list)
    grown_stories: dict[str, int] = field(default_factory=dict)  # story id -> articles added
    errors: list[InputError] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{len(self.new_articles)} new articles, {len(self.new_stories)} new stories, "
                f"{len(self.grown_stories)} stories grew, {self.feeds_unchanged} feeds unchanged, "
                f"{len(self.errors)} errors")


def parse_interval(text: str) -> float:
    """'10m' -> 600.0; accepts s, m, h suffixes or plain seconds."""
    text = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600}
    try:
        seconds = float(text[:-1]) * units[text[-1]] if text and text[-1] in units else float(text)
    except ValueError:
        raise ValueError(f"cannot read the interval {text!r}; write e.g. 90s, 10m or 1h") from None
    if not seconds > 0 or seconds == float("inf"):
        raise ValueError(f"the interval {text!r} must be a positive time; write e.g. 90s, 10m or 1h")
    return seconds


def read_feeds_file(path: str | os.PathLike) -> list[str]:
    """Feed URLs, one a line; blank lines and # comments ignored."""
    urls = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            urls.append(line)
    return urls


class Watcher:
    """Keeps a database current with a list of feeds (and pages)."""

    def __init__(self, db: str | os.PathLike, feeds: list[str], *, fetcher: Fetcher | None = None,
                 workers: int = 1):
        self.db = Path(db)
        self.feeds = feeds
        self.workers = workers
        self.state_path = self.db.with_name(self.db.name + ".watch.json")
        self.spool = self.db.with_name(self.db.name + ".spool")
        self.spool.mkdir(parents=True, exist_ok=True)
        self.state = self._load_state()
        self.fetcher = fetcher or Fetcher(validators=self.state["validators"])
        self.fetcher.validators = self.state["validators"]

    # ---- state ---------------------------------------------------------------------------
    def _load_state(self) -> dict:
        if self.state_path.exists():
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
        else:
            state = {}
        state.setdefault("seen", {})
        state.setdefault("validators", {})
        state.setdefault("attempts", {})
        state.setdefault("stories", {})
        return state

    def _save_state(self) -> None:
        tmp = self.state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.state, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.state_path)

    # ---- one cycle -----------------------------------------------------------------------
    def spool_page(self, page: Page, item: FeedItem | None, url: str) -> Path:
        """Write a fetched page into the spool as an article object (id = the URL asked for)."""
        from marsad.ingest.files import decode_bytes
        from marsad.ingest.html import declared_charset

        html = decode_bytes(page.content, url, page.charset or declared_charset(page.content))
        obj = {"id": url, "url": url, "html": html,
               "retrieved": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")}
        if item is not None:
            obj.update({k: v for k, v in (("title", item.title), ("published", item.published),
                                          ("outlet", item.outlet)) if v})
        path = self.spool / (hashlib.sha1(url.encode("utf-8")).hexdigest()[:16] + ".json")
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
        return path

    def collect_items(self, report: CycleReport) -> list[tuple[str, FeedItem | None]]:
        """New (url, item) pairs from every feed; a URL that is not a feed is a page to fetch."""
        todo: list[tuple[str, FeedItem | None]] = []
        for feed_url in self.feeds:
            try:
                page = self.fetcher.get(feed_url)
            except FetchError as e:
                report.errors.append(e)
                log.warning("%s", e)
                continue
            if page.not_modified:
                report.feeds_unchanged += 1
                continue
            try:
                items = parse_feed(page.content, feed_url)
            except InputError as e:
                report.errors.append(e)
                log.warning("%s", e)
                continue
            report.feeds_ok += 1
            todo += [(it.url, it) for it in items if it.url not in self.state["seen"]]
        seen_now: set[str] = set()
        return [(u, it) for u, it in todo if not (u in seen_now or seen_now.add(u))]

    def fetch_pages(self, todo: list[tuple[str, FeedItem | None]], report: CycleReport) -> None:
        for url, item in todo:
            try:
                page = self.fetcher.get(url)
                self.spool_page(page, item, url)
            except InputError as e:
                tries = self.state["attempts"][url] = self.state["attempts"].get(url, 0) + 1
                if tries >= MAX_PAGE_ATTEMPTS:
                    self.state["seen"][url] = "failed"
                    e = InputError(e.source, f"{e.reason}; given up after {tries} attempts")
                report.errors.append(e)
                log.warning("%s", e)

    def analyze_spool(self, report: CycleReport) -> None:
        from marsad.store import analyze_into_db

        files = sorted(self.spool.glob("*.json"))
        if not files:
            return
        before = {k: set(v) for k, v in self.state["stories"].items()}
        # the new articles and the stories they touched: no work in proportion to the database
        result = analyze_into_db([str(f) for f in files], str(self.db), workers=self.workers, load=False)
        now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        stored = {d.id for d in result.documents}
        for f in files:
            obj = json.loads(f.read_text(encoding="utf-8"))
            if obj["id"] in stored:
                report.new_articles.append(obj["id"])
            self.state["seen"][obj["id"]] = now
            self.state["attempts"].pop(obj["id"], None)
        report.errors += [e for e in result.errors if e not in report.errors]
        touched = {s["id"]: sorted(s["articles"]) for s in result.corpus.stories}
        for sid, arts in sorted(touched.items()):
            if sid not in before:
                report.new_stories.append(sid)
            elif len(set(arts) - before[sid]):
                report.grown_stories[sid] = len(set(arts) - before[sid])
        self.state["stories"].update(touched)
        self._save_state()  # seen URLs are recorded before the spool is emptied: nothing is lost
        for f in files:
            f.unlink()

    def cycle(self) -> CycleReport:
        report = CycleReport()
        self.analyze_spool(report)           # pages an interrupted cycle fetched
        todo = self.collect_items(report)
        self.fetch_pages(todo, report)
        self.analyze_spool(report)
        self._save_state()
        log.info("watch cycle: %s", report.summary())
        return report

    def run(self, every: float, cycles: int | None = None, on_cycle=None) -> None:
        n = 0
        while cycles is None or n < cycles:
            started = time.monotonic()
            report = self.cycle()
            if on_cycle:
                on_cycle(report)
            n += 1
            if cycles is not None and n >= cycles:
                break
            time.sleep(max(0.0, every - (time.monotonic() - started)))


def fetch_urls(urls: list[str], db: str | os.PathLike, *, fetcher: Fetcher | None = None) -> CycleReport:
    """``marsad fetch``: each URL is a feed (its new items are fetched) or an article page."""
    w = Watcher(db, [], fetcher=fetcher)
    report = CycleReport()
    todo: list[tuple[str, FeedItem | None]] = []
    for url in urls:
        try:
            page = w.fetcher.get(url)
        except FetchError as e:
            report.errors.append(e)
            continue
        head = page.content[:2048].lstrip().lower()
        if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head:
            try:
                todo += [(it.url, it) for it in parse_feed(page.content, url) if it.url not in w.state["seen"]]
                report.feeds_ok += 1
            except InputError as e:
                report.errors.append(e)
        else:
            w.spool_page(page, None, url)
    w.fetch_pages(todo, report)
    w.analyze_spool(report)
    w._save_state()
    return report
