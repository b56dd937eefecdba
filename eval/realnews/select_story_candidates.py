"""Draw the articles of the story gold (run once): two crawl days, candidate groups by text alone.

Candidates come from plain TF-IDF (title and lead) with average-linkage clustering, not from marsad,
so the gold does not inherit marsad's story rules. Output: story_articles.jsonl, one line per
article: {"sid": "s0001", "url", "outlet", "day", "candidate": group number or null, "drawn": "group"|"random"}.
The 20 largest candidate groups are taken whole, and 200 other articles at random.

    python3 eval/realnews/select_story_candidates.py > eval/realnews/story_articles.jsonl
"""
import json
import random
import re

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.feature_extraction.text import TfidfVectorizer

import snn

DAYS = ("2015-07-26", "2015-07-27")
GROUPS, RANDOM, CUT = 20, 200, 0.93


def lead(r):
    return r["title"] + " " + re.sub(r"\s+", " ", r["content"])[:600]


def main():
    recs = [r for r in snn.dev_days() if r["date_extracted"][:10] in DAYS and r["content"].strip()]
    seen, uniq = set(), []
    for r in recs:
        if r["url"] not in seen:
            seen.add(r["url"])
            uniq.append(r)
    x = TfidfVectorizer(min_df=2, max_df=0.2, sublinear_tf=True).fit_transform([lead(r) for r in uniq])
    sim = (x @ x.T).toarray()
    dist = 1 - sim[np.triu_indices(len(uniq), 1)]
    labels = fcluster(linkage(np.clip(dist, 0, None), "average"), CUT, criterion="distance")
    sizes = {}
    for lab in labels:
        sizes[lab] = sizes.get(lab, 0) + 1
    top = sorted(sizes, key=lambda lab: (-sizes[lab], lab))[:GROUPS]
    group_of = {lab: k + 1 for k, lab in enumerate(top)}
    chosen = [(r, group_of[lab]) for r, lab in zip(uniq, labels) if lab in group_of]
    rest = [r for r, lab in zip(uniq, labels) if lab not in group_of]
    chosen += [(r, None) for r in random.Random(20150726).sample(rest, RANDOM)]
    for i, (r, g) in enumerate(chosen, 1):
        print(json.dumps({"sid": f"s{i:04d}", "url": r["url"], "outlet": r["source"], "day": r["date_extracted"][:10],
                          "candidate": g, "drawn": "group" if g else "random"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
