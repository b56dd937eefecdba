"""Story gold from the story drafts: one story id per article, copy pairs, labelled pairs.

  build_stories.py DRAFT... --out DIR

Writes DIR/stories_{dev,test}.jsonl ({"url", "story"}, as ../shared/eval/realnews.py reads), the
copy pairs DIR/copies_{dev,test}.jsonl ({"url_a", "url_b"}) and DIR/story_pairs_{dev,test}.jsonl
({"url_a", "url_b", "label": "same_event"|"same_storyline"|"unrelated"}: every same-event pair, at most
1,000 same-storyline pairs and as many unrelated pairs as same-event ones, drawn). A story is what one
annotator labelled alike, joined across batches by `same_as` (union-find); its id is its first sid.
Split by candidate group: groups 16-20 and the random articles of odd number are test, the rest dev.
"""
import collections
import json
import pathlib
import random
import sys

import annotate

HERE = pathlib.Path(__file__).resolve().parent
TEST_GROUPS = {16, 17, 18, 19, 20}
#: Same-storyline pairs kept (a drawn sample: a storyline of 40 articles alone gives 780).
MAX_STORYLINE_PAIRS = 1000


def split_of(a, k):
    g = a["candidate"]
    return "test" if (g in TEST_GROUPS or (g is None and k % 2)) else "dev"


def main(argv):
    i = argv.index("--out")
    paths, out = argv[:i] + argv[i + 2:], pathlib.Path(argv[i + 1])
    arts = {a["sid"]: a for a in map(json.loads, open(HERE / "story_articles.jsonl", encoding="utf-8"))}
    rnd = [s for s, a in arts.items() if a["candidate"] is None]
    split = {s: split_of(a, rnd.index(s) if s in rnd else 0) for s, a in arts.items()}
    drafts = {d["sid"]: (p, d) for p in paths for d in annotate.load_drafts([p])}
    parent = {s: s for s in drafts}

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first = {}
    for s, (p, d) in drafts.items():
        key = (p, d["story"])
        if key in first:
            union(s, first[key])
        else:
            first[key] = s
        for o in d.get("same_as") or []:
            if o in parent:
                union(s, o)
    copies = set()
    for s, (_, d) in drafts.items():
        for o in d.get("copy_of") or []:
            if o in arts and o != s:
                copies.add(tuple(sorted((s, o))))
    storyline = {s: (p, d["storyline"]) for s, (p, d) in drafts.items() if d.get("storyline")}
    for sp in ("dev", "test"):
        mine = sorted(s for s in drafts if split[s] == sp)
        with open(out / f"stories_{sp}.jsonl", "w", encoding="utf-8") as f:
            for s in mine:
                f.write(json.dumps({"url": arts[s]["url"], "story": root(s)}, ensure_ascii=False) + "\n")
        with open(out / f"copies_{sp}.jsonl", "w", encoding="utf-8") as f:
            for a, b in sorted(copies):
                if split[a] == split[b] == sp:
                    f.write(json.dumps({"url_a": arts[a]["url"], "url_b": arts[b]["url"]}, ensure_ascii=False) + "\n")
        # labelled pairs: every same-event pair, every same-storyline pair, and as many unrelated ones drawn
        by_story = collections.defaultdict(list)
        for s in mine:
            by_story[root(s)].append(s)
        same = [(a, b) for m in by_story.values() for k, a in enumerate(m) for b in m[k + 1:]]
        line = [(a, b) for k, a in enumerate(mine) for b in mine[k + 1:]
                if root(a) != root(b) and a in storyline and storyline.get(b) == storyline[a]]
        rng = random.Random(7)
        line = sorted(rng.sample(line, min(len(line), MAX_STORYLINE_PAIRS)))
        unrelated = set()
        while len(unrelated) < len(same):
            a, b = sorted(rng.sample(mine, 2))
            if root(a) != root(b) and not (a in storyline and storyline.get(b) == storyline[a]):
                unrelated.add((a, b))
        with open(out / f"story_pairs_{sp}.jsonl", "w", encoding="utf-8") as f:
            for label, pairs in (("same_event", same), ("same_storyline", line), ("unrelated", sorted(unrelated))):
                for a, b in pairs:
                    f.write(json.dumps({"url_a": arts[a]["url"], "url_b": arts[b]["url"], "label": label},
                                       ensure_ascii=False) + "\n")
        print(f"{sp}: {len(mine)} articles, {len(by_story)} stories, "
              f"{sum(1 for a, b in copies if split[a] == split[b] == sp)} copy pairs, "
              f"pairs {len(same)} same event / {len(line)} same storyline / {len(unrelated)} unrelated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
