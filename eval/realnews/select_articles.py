"""Draw the articles of the attribution-and-date gold (run once; the result is articles.jsonl).

12 outlets are crawled on the development days (2015-07-21..31); from each, 17 articles of
300-5,000 characters: 9 drawn among those with at least two speech cues, 8 at random. Per outlet,
the 5 with the smallest sha1(url) form the test split (60), the rest dev (144). The draw is
seeded and deterministic:  python3 eval/realnews/select_articles.py > eval/realnews/articles.jsonl
"""
import collections
import hashlib
import json
import random
import re

import snn

CUES = re.compile(r"(?:^|\s)[وف]?(?:قال|أكد|أوضح|أضاف|أشار|ذكر|أعلن|صرح|كشف|شدد|لفت|نفى|حذر|بين|تابع)"
                  r"(?:ت|وا|ا|تا)?\s")
PER_OUTLET, CUED, TEST = 17, 9, 5


def sha(url):
    return hashlib.sha1(url.encode("utf-8")).hexdigest()


def main():
    by_outlet, seen = collections.defaultdict(list), set()
    for r in snn.dev_days():
        c = r["content"]
        if not 300 <= len(c) <= 5000 or c in seen:
            continue
        seen.add(c)
        by_outlet[r["source"]].append(r)
    rng = random.Random(20150721)
    rows = []
    for outlet in sorted(by_outlet):
        pool = by_outlet[outlet]
        cued = [r for r in pool if len(CUES.findall(r["content"])) >= 2]
        pick = rng.sample(cued, min(CUED, len(cued)))
        chosen = {r["url"] for r in pick}
        rest = [r for r in pool if r["url"] not in chosen]
        pick += rng.sample(rest, PER_OUTLET - len(pick))
        test = set(sorted((r["url"] for r in pick), key=sha)[:TEST])
        for r in pick:
            rows.append({"url": r["url"], "outlet": outlet, "chosen_for": "cues" if r in pick[:CUED] else "random",
                         "split": "test" if r["url"] in test else "dev"})
    rng.shuffle(rows)
    for i, row in enumerate(rows, 1):
        print(json.dumps(dict(gid=f"g{i:03d}", **row), ensure_ascii=False))


if __name__ == "__main__":
    main()
