"""Stories to read by hand, and the storyline coherence check, on an ``analyze --out`` folder.

    PYTHONPATH=src .venv/bin/python benchmarks/stories_sample.py OUT_DIR [N] [--seed S]

(a) Draws N (30) stories at random (``random.Random(S)``, S 31 unless ``--seed`` gives another, for
a fresh sample) among the stories of two or more
articles and prints, for each, its id, size, first and last day, and the title and first 200
characters of up to 8 of its articles. (b) Checks every storyline: its central entities are
marsad's (:func:`marsad.corpus.stories._central`: the key entities held by at least
``CENTRAL_SHARE`` of its stories, a story's key entities being those of
:func:`marsad.corpus.stories.key_entities`);
a storyline fails when one of its stories holds none of them. Prints the failing storylines, the
counts and the largest storylines.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

from marsad.corpus.stories import CENTRAL_SHARE, _central
from marsad.corpus.stories import key_entities as stories_key_entities
from marsad.document import Document, Span

SHOWN = 8


def key_entities(arts: list[dict]) -> list[str]:
    """A story's key entities, ranked by marsad (:func:`marsad.corpus.stories.key_entities`) from the
    articles of ``articles.jsonl``."""
    docs = []
    for a in arts:
        d = Document(id=a["id"], title=a.get("title"))
        d.set_text(a["text"])
        d.layers["entities"] = [Span(e["start"], e["end"], e["type"], {"entity": e.get("entity")})
                                for e in a.get("entities") or []]
        docs.append(d)
    return stories_key_entities(docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="an `marsad analyze --out` folder")
    ap.add_argument("n", nargs="?", type=int, default=30, help="stories to draw (30)")
    ap.add_argument("--seed", type=int, default=31, help="seed of the draw (31)")
    args = ap.parse_args(argv)
    out, n = Path(args.out), args.n
    corpus = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    arts = {}
    with open(out / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            arts[a["id"]] = a
    names = {e["id"]: e.get("name_en") or e["name"] for e in corpus["entities"]}
    stories = {s["id"]: s for s in corpus["stories"]}
    multi = [s for s in corpus["stories"] if len(s["articles"]) >= 2]
    print(f"{len(arts)} articles, {len(stories)} stories: {len(stories) - len(multi)} of 1 article, "
          f"{len(multi)} of 2 or more (largest {max(len(s['articles']) for s in multi)})")
    big = [s for s in multi if len(s["articles"]) >= 20]
    print(f"{len(big)} stories of 20 or more articles hold {sum(len(s['articles']) for s in big)} articles")

    print(f"\n== (a) {n} stories drawn at random (random.Random({args.seed})) among the {len(multi)} of 2+ articles")
    for k, s in enumerate(random.Random(args.seed).sample(multi, min(n, len(multi))), 1):
        print(f"\n-- {k}. {s['id']}  {len(s['articles'])} articles  {s['start']} .. {s['end']}  {s['title']}")
        for aid in s["articles"][:SHOWN]:
            a = arts[aid]
            text = " ".join(a["text"].split())[:200]
            print(f"   * [{a.get('outlet')}] {a['title']}\n     {text}")
        if len(s["articles"]) > SHOWN:
            print(f"   ... and {len(s['articles']) - SHOWN} more")

    print("\n== (b) storyline coherence: every story holds one of its storyline's central entities")
    ents = {sid: key_entities([arts[a] for a in s["articles"] if a in arts]) for sid, s in stories.items()}
    failing = 0
    for line in corpus["storylines"]:
        counts = collections.Counter(e for sid in line["stories"] for e in ents[sid])
        central = _central(counts, len(line["stories"]))
        off = [sid for sid in line["stories"] if central.isdisjoint(ents[sid])]
        if not central or off:
            failing += 1
            print(f"FAIL {line['id']} ({len(line['stories'])} stories) {line['title']}: central "
                  f"{[names.get(e, e) for e in central]}; stories holding none: {off}")
    print(f"{len(corpus['storylines'])} storylines (central share {CENTRAL_SHARE:.2f}), {failing} failing")
    print("largest storylines:")
    for line in sorted(corpus["storylines"], key=lambda l: -len(l["stories"]))[:5]:
        size = sum(len(stories[sid]["articles"]) for sid in line["stories"])
        label = ", ".join(names.get(e, e) for e in line.get("label", []))
        print(f"  {line['id']}  {len(line['stories'])} stories, {size} articles  [{label}]  {line['title']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
