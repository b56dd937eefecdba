"""Draw the articles of the second blind entity gold (entities_dev2.jsonl; run once).

SaudiNewsNet lines 2,001..15,042 (development days, after the first 2,000 whose marsad output is
read for checks, so these articles were never seen through marsad), 300-2,500 characters, distinct
contents, in no gold file of this folder, no filter on their names (a plain random draw). Per
outlet ordered by sha1(url): the first of each of the 12 outlets, and a second for the 4 outlets
whose second sha1 is smallest (16 articles). Prints one {"gid", "url", "outlet", "split"} per line,
the format of ner_articles.jsonl:
    python3 eval/realnews/draw_entities.py > eval/realnews/ner_articles_dev2.jsonl
"""
import collections
import json

import snn
from draw_dates import gold_urls, sha

FIRST_LINE, SECOND = 2000, 4


def main():
    taken, seen = gold_urls(), set()
    by_outlet = collections.defaultdict(list)
    for n, r in enumerate(snn.dev_days()):
        c = r["content"]
        if n < FIRST_LINE or not 300 <= len(c) <= 2500 or c in seen or r["url"] in taken:
            continue
        seen.add(c)
        by_outlet[r["source"]].append(r["url"])
    pools = {o: sorted(u, key=sha) for o, u in by_outlet.items()}
    pick = [(o, pools[o][0]) for o in sorted(pools)]
    seconds = sorted((sha(p[1]), o) for o, p in pools.items() if len(p) > 1)[:SECOND]
    pick += [(o, pools[o][1]) for _, o in seconds]
    for i, (o, u) in enumerate(sorted(pick), 1):
        print(json.dumps({"gid": f"e2_{i:02d}", "url": u, "outlet": o, "split": "dev2"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
