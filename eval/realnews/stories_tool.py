"""Annotation helper for the story gold (texts from ../shared, nothing written but drafts).

  stories_tool.py group N          the articles of candidate group N: sid, outlet, crawl day, title, lead
  stories_tool.py random K M       the drawn-at-random articles number K to M (1-based)
  stories_tool.py show SID         one article in full
  stories_tool.py similar SID      the 10 articles of the story set most like it (TF-IDF cosine), any group
  stories_tool.py copies SID       articles of the set sharing at least 30% of its 5-word shingles
  stories_tool.py check DRAFT...   every sid known, labels well formed

Draft line: {"sid", "story": "a label of yours", "storyline": "a label" or null,
             "same_as": [sids of other groups or random ones reporting the same event],
             "copy_of": [sids whose body is the same text], "notice": false}
"""
import json
import pathlib
import re
import sys
from functools import lru_cache

import snn

HERE = pathlib.Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def articles():
    rows = [json.loads(line) for line in open(HERE / "story_articles.jsonl", encoding="utf-8")]
    recs = snn.records(r["url"] for r in rows)
    return [dict(r, title=recs[r["url"]]["title"], content=recs[r["url"]]["content"]) for r in rows]


def by_sid():
    return {a["sid"]: a for a in articles()}


def brief(a, width=260):
    lead = re.sub(r"\s+", " ", a["content"])[:width]
    return f"{a['sid']} | {a['outlet']} | {a['day']} | {a['title']}\n      {lead}"


@lru_cache(maxsize=1)
def matrix():
    from sklearn.feature_extraction.text import TfidfVectorizer
    arts = articles()
    return TfidfVectorizer(min_df=1, max_df=0.3, sublinear_tf=True).fit_transform(
        [a["title"] + " " + a["content"] for a in arts])


def shingles(text, n=5):
    w = re.findall(r"\w+", text)
    return {" ".join(w[i:i + n]) for i in range(max(0, len(w) - n + 1))}


def main(argv):
    arts, index = articles(), by_sid()
    if len(argv) == 2 and argv[0] == "group":
        for a in arts:
            if str(a["candidate"]) == argv[1]:
                print(brief(a))
        return 0
    if len(argv) == 3 and argv[0] == "random":
        rnd = [a for a in arts if a["candidate"] is None]
        for a in rnd[int(argv[1]) - 1:int(argv[2])]:
            print(brief(a))
        return 0
    if len(argv) == 2 and argv[0] == "show":
        a = index[argv[1]]
        print(f"{a['sid']} | {a['outlet']} | crawled {a['day']} | group {a['candidate']}\n{a['title']}\n\n{a['content']}")
        return 0
    if len(argv) == 2 and argv[0] == "similar":
        m = matrix()
        i = next(k for k, a in enumerate(arts) if a["sid"] == argv[1])
        sims = (m @ m[i].T).toarray().ravel()
        for k in sims.argsort()[::-1][1:11]:
            print(f"{sims[k]:.2f} group {arts[k]['candidate']} " + brief(arts[k], 160))
        return 0
    if len(argv) == 2 and argv[0] == "copies":
        s = shingles(index[argv[1]]["content"])
        for a in arts:
            if a["sid"] != argv[1] and s:
                share = len(s & shingles(a["content"])) / len(s)
                if share >= 0.3:
                    print(f"{share:.2f} " + brief(a, 160))
        return 0
    if len(argv) >= 2 and argv[0] == "check":
        bad = 0
        for p in argv[1:]:
            for n, line in enumerate(open(p, encoding="utf-8"), 1):
                if not line.strip():
                    continue
                d = json.loads(line)
                refs = [d.get("sid")] + list(d.get("same_as") or []) + list(d.get("copy_of") or [])
                unknown = [r for r in refs if r not in index]
                if unknown or not d.get("story"):
                    bad += 1
                    print(f"{p}:{n}: unknown sid(s) {unknown} or no story label")
        print(f"{bad} lines with errors")
        return 1 if bad else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
