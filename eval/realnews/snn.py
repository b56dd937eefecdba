"""SaudiNewsNet access for the real-news gold: the development days only.

The gold in this folder holds URLs and character offsets into SaudiNewsNet's `content`, never
article text; this module reads the texts from ../shared/data when they are needed.
Articles crawled on or after 2015-08-01 are reserved for outside evaluation
(../shared/docs/ANNOTATION.md): `dev_days()` never yields them.
"""
import gzip
import json
import os
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
SHARED = pathlib.Path(os.environ.get("MARSAD_SHARED", HERE.parents[2] / "shared"))  # as tests/conftest.py
SNN = SHARED / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
LAST_DEV_DAY = "2015-07-31"
DEV_LINES = 15042  # the development days are the file's first 15,042 lines


def available():
    return SNN.exists()


def dev_days():
    """Every SaudiNewsNet record crawled 2015-07-21..31, in file order."""
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= DEV_LINES:
                break  # never parse a reserved line
            r = json.loads(line)
            if r["date_extracted"][:10] > LAST_DEV_DAY:
                break  # the file is in crawl order: everything after is reserved
            yield r


def records(urls):
    """{url: record} for the given development-day URLs."""
    urls = set(urls)
    return {r["url"]: r for r in dev_days() if r["url"] in urls}


def as_input(record):
    """A SaudiNewsNet record as a marsad input article (id = url, as the scorer expects)."""
    return {"id": record["url"], "url": record["url"], "outlet": record["source"],
            "title": record["title"], "author": record.get("author") or None,
            "text": record["content"], "retrieved": record["date_extracted"]}
