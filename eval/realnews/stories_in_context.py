"""The story gold scored inside a whole run: the gold's articles clustered together with every
other article of their crawl fortnight, not alone.

  python eval/realnews/stories_in_context.py OUTDIR [--split dev|test|both] [--keep DIR]

--keep DIR writes the reclustered run whole, for `benchmarks/stories_sample.py DIR`.

OUTDIR is a `marsad analyze --out` folder of a run over the SaudiNewsNet development days (for
instance the first 15,042 lines, 2015-07-21..31, which hold every gold article). Its per-article
output is read back and the corpus stages (copies, entities, places, stories) run again with the
code of this tree, so a change to the story code is measured in minutes, not by a new analysis.

`evaluate.py stories` clusters the 900 gold articles of two crawl days by themselves; here the
articles of the nine other days are there too, so a story that chains day after day through a
running topic (a war, a club's season) and swallows the gold's separate events shows as lost
precision, and a follow-up that only joins through articles outside the gold shows as recall.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from evaluate import gold_path, shared_scorer, storyline_pairs  # noqa: E402


def recluster(outdir: pathlib.Path, keep: pathlib.Path, full: bool = False) -> dict:
    """Run the corpus stages of this tree over an analyze output; write ids, stories and copies
    (``full``: the whole articles.jsonl and corpus.json, to read with benchmarks/stories_sample.py)."""
    from marsad.corpus import run_corpus_stages
    from marsad.document import Document

    with open(outdir / "articles.jsonl", encoding="utf-8") as f:
        docs = [Document.from_dict(json.loads(line)) for line in f if line.strip()]
    for d in docs:  # what the corpus stages decide is decided again
        d.duplicate_of = d.story = None
    t0 = time.process_time()
    corpus = run_corpus_stages(docs)
    seconds = time.process_time() - t0
    keep.mkdir(parents=True, exist_ok=True)
    with open(keep / "articles.jsonl", "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d.to_dict() if full else {"id": d.id, "story": d.story, "duplicate_of": d.duplicate_of},
                               ensure_ascii=False) + "\n")
    (keep / "corpus.json").write_text(json.dumps(corpus.to_dict() if full else
                                                 {"stories": [{"id": s["id"], "articles": s["articles"]}
                                                              for s in corpus.stories],
                                                  "storylines": corpus.storylines}, ensure_ascii=False), encoding="utf-8")
    sizes = sorted((len(s["articles"]) for s in corpus.stories), reverse=True)
    return {"articles": len(docs), "stories": len(sizes), "largest": sizes[:5],
            "in_stories_of_50_plus": sum(n for n in sizes if n >= 50),
            "corpus_cpu_seconds": round(seconds, 1), "timings": {k: round(v, 1) for k, v in corpus.timings.items()}}


def score(keep: pathlib.Path, split: str) -> dict:
    res = shared_scorer().stories(str(gold_path("stories", split)), str(keep), str(gold_path("copies", split)))
    arts = [json.loads(line) for line in open(keep / "articles.jsonl", encoding="utf-8")]
    corpus = json.load(open(keep / "corpus.json", encoding="utf-8"))
    res["storyline_pairs"] = storyline_pairs(arts, corpus, gold_path("story_pairs", split))
    return res


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir", type=pathlib.Path)
    ap.add_argument("--split", choices=["dev", "test", "both"], default="dev")
    ap.add_argument("--keep", type=pathlib.Path, help="write the reclustered output here, whole (default: the ids only, "
                                                       "in a temporary folder)")
    a = ap.parse_args(argv)
    keep = a.keep or pathlib.Path(tempfile.mkdtemp(prefix="marsad-in-context-"))
    print(json.dumps(recluster(a.outdir, keep, full=a.keep is not None)))
    for split in (["dev", "test"] if a.split == "both" else [a.split]):
        print(split, json.dumps(score(keep, split), ensure_ascii=False))


if __name__ == "__main__":
    main()
