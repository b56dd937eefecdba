"""Learn, per site, the crawl hour before which an article is the previous day's news.

`marsad.extract.published` estimates an unpinned article's publication day as its crawl day, or
the day before when the crawl ran before the site's hour (``SITE_SAME_DAY_HOUR``). The hours are
learned here from articles whose day is pinned: the dev gold's publication days
(attributions_dev.jsonl, dates_dev2.jsonl) and the days marsad pins from the text or the address
on dev-day articles that are not in any gold (every 7th record crawled 2015-07-21..31, 2,000
articles). Only crawls before noon with the day of the crawl or the day before count (an older
page says nothing about the hour). A site needs ``MIN_N`` such articles; the hour chosen is the
one that gets most of them right, the one closest to the default on a tie; a site keeps the
default unless its hour gets at least ``MIN_GAIN`` more of them right.

    PYTHONPATH=src .venv/bin/python eval/realnews/crawl_hours.py [--out DIR]   # DIR: keep marsad's output

A site with too few articles in that sample: ``--site HOST`` learns its hour alone from every dev date
gold (attributions_dev.jsonl, dates_dev*.jsonl) and the days marsad pins on all of that site's dev-day
articles crawled before noon (alwatan.com.sa: 10 of 10 right with hour 1, 3 with the default).
"""
import argparse
import collections
import datetime as dt
import json
import pathlib
import subprocess
import sys
import tempfile
from urllib.parse import urlsplit

import snn

HERE = pathlib.Path(__file__).resolve().parent
GOLD = ("attributions_dev.jsonl", "dates_dev2.jsonl")
MIN_N = 8
MIN_GAIN = 2
DEFAULT_HOUR = 3


def site(url):
    return (urlsplit(url).hostname or "").removeprefix("www.")


def gold_urls():
    urls = set()
    for p in HERE.glob("*.jsonl"):
        for line in open(p, encoding="utf-8"):
            try:
                urls.add(json.loads(line).get("url"))
            except (ValueError, AttributeError):
                pass
    return urls


def unlabeled(n=2000, every=7):
    """Every ``every``-th dev-day record with text that is in no gold file, up to ``n``."""
    skip, out = gold_urls(), []
    for i, r in enumerate(snn.dev_days()):
        if i % every == 3 and r["content"].strip() and r["url"] not in skip:
            out.append(r)
            if len(out) >= n:
                break
    return out


def pinned_unlabeled(out):
    """(site, crawl time, day marsad pins from the text or the address) on the unlabeled articles."""
    yield from _pinned(unlabeled(), out)


def pinned_site(host, out):
    """(site, crawl time, pinned day) on every dev-day article of one site crawled before noon."""
    recs = [r for r in snn.dev_days() if site(r["url"]) == host and r["content"].strip()
            and dt.datetime.fromisoformat(r["date_extracted"]).hour < 12]
    yield from _pinned(recs, out)


def _pinned(recs, out):
    """(site, crawl time, day marsad pins from the text or the address) of these records, marsad's
    output kept in out (analyzed once)."""
    out = pathlib.Path(out)
    if not (out / "out" / "articles.jsonl").exists():
        out.mkdir(parents=True, exist_ok=True)
        with open(out / "input.jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(snn.as_input(r), ensure_ascii=False) + "\n")
        marsad = str(pathlib.Path(sys.executable).parent / "marsad")
        subprocess.run([marsad, "analyze", str(out / "input.jsonl"), "--out", str(out / "out"), "-q"], check=False)
    crawl = {r["url"]: r["date_extracted"] for r in recs}
    for line in open(out / "out" / "articles.jsonl", encoding="utf-8"):
        a = json.loads(line)
        p = a.get("published") or {}
        if p.get("value") and p.get("basis") in ("content", "url") and a["id"] in crawl:
            yield site(a["id"]), crawl[a["id"]], p["value"]


def pinned_gold(names=GOLD):
    golds = [json.loads(line) for name in names for line in open(HERE / name, encoding="utf-8") if line.strip()]
    recs = snn.records([g["url"] for g in golds if g.get("published")])
    for g in golds:
        if g.get("published"):
            yield site(g["url"]), recs[g["url"]]["date_extracted"], g["published"]


def learn(points):
    """{site: (hour, right, n)} from (site, crawl time, publication day) triples."""
    by = collections.defaultdict(list)
    for s, crawled, day in points:
        t = dt.datetime.fromisoformat(crawled)
        lag = (t.date() - dt.date.fromisoformat(day[:10])).days
        if t.hour < 12 and lag in (0, 1):
            by[s].append((t.hour, lag))
    table = {}
    for s, pts in sorted(by.items()):
        if len(pts) < MIN_N:
            continue
        right = {h: sum((hr < h) == (lag == 1) for hr, lag in pts) for h in range(13)}
        best = max(right.values())
        h = min((h for h in right if right[h] == best), key=lambda h: (abs(h - DEFAULT_HOUR), h))
        if right[h] - right[DEFAULT_HOUR] < MIN_GAIN:
            h = DEFAULT_HOUR
        table[s] = (h, right[h], len(pts), right[DEFAULT_HOUR])
    return table


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", help="marsad's output on the unlabeled articles (made if missing)")
    ap.add_argument("--site", help="learn this site's hour alone, from all its dev-day articles crawled before noon")
    args = ap.parse_args(argv)
    out = args.out or tempfile.mkdtemp(prefix="marsad-crawl-hours-")
    if args.site:
        names = ["attributions_dev.jsonl"] + sorted(p.name for p in HERE.glob("dates_dev*.jsonl") if "pass2" not in p.name)
        gold = [x for x in pinned_gold(names) if x[0] == args.site]
        gold_days = {(c, d) for _, c, d in gold}
        # an article of the gold that marsad also pins counts once
        table = learn(gold + [x for x in pinned_site(args.site, out) if (x[1], x[2]) not in gold_days])
    else:
        table = learn(list(pinned_gold()) + list(pinned_unlabeled(out)))
    print(f"{'site':<18} hour  right/n  (right with the default {DEFAULT_HOUR})")
    for s, (h, right, n, default) in table.items():
        print(f"{s:<18} {h:>4}  {right:>3}/{n:<4} ({default})")


if __name__ == "__main__":
    main()
