"""Entity-mention gold (names in real news), from drafts that list each name once.

  annotate_entities.py check DRAFT.jsonl             every name found, every mention listed
  annotate_entities.py mentions GID DRAFT.jsonl      the mentions a draft line gives, in context
  annotate_entities.py build DRAFT.jsonl... --out DIR  -> DIR/entities_{split}.jsonl (offsets)

Draft line: {"gid", "names": [{"text", "type": "PER"|"ORG"|"LOC"|"MISC", "en", "country", "skip": [k, ...]}]}
A name's `text` is the mention as written without proclitics (ال stays). Every occurrence of it in
the article as whole words, bare or behind proclitics (و ب ل ك ف, also combined: وب، فل، ول ...), is a
mention, except the 0-based occurrences in `skip` (where the same words are not that name, e.g.
السعودية as an adjective). A mention inside a longer listed name is part of that name, not a mention
of its own (الملك سلمان inside مركز الملك سلمان للإغاثة). `en`: the established English name (Wikipedia's
title) or null; `country`: for places, the ISO 3166 alpha-2 code of the country they are in (the
country's own code for a country), else null. Articles come from ner_articles.jsonl and ner_articles_dev2.jsonl
(split dev2: build writes DIR/entities_dev2.jsonl).
"""
import json
import pathlib
import re
import sys

import annotate
import snn

HERE = pathlib.Path(__file__).resolve().parent
TYPES = {"PER", "ORG", "LOC", "MISC"}
_LETTER = r"\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06FA-\u06FFA-Za-z0-9"
_MARKS = "\u064B-\u065F\u0670\u0640"  # diacritics and tatweel may follow a word's last letter


def selection():
    """Every article of the entity golds: ner_articles.jsonl (dev, test) and ner_articles_dev2.jsonl."""
    return {r["gid"]: r for p in sorted(HERE.glob("ner_articles*.jsonl"))
            for r in map(json.loads, open(p, encoding="utf-8"))}


def occurrences(content, text):
    """Start offsets of `text` as whole words, bare or behind up to two proclitic letters; a name
    with the article also after ل, which drops the article's alef (للعراق = ل + العراق: the mention
    is لعراق, from the article's lam)."""
    alts = [re.escape(text)] + ([f"(?<=ل)ل{re.escape(text[2:])}"] if text.startswith("ال") else [])
    pat = re.compile(rf"(?<![{_LETTER}{_MARKS}])(?:[وبلكف]{{1,2}})?({'|'.join(alts)})(?![{_LETTER}])")
    return [m.start(1) for m in pat.finditer(content)]


def mentions(draft, content):
    where = draft.get("gid")
    spans = []
    for i, n in enumerate(draft.get("names", [])):
        t = n.get("text") or ""
        if n.get("type") not in TYPES:
            raise ValueError(f"{where} name {i} {t!r}: type {n.get('type')!r} not in {sorted(TYPES)}")
        hits = occurrences(content, t)
        if not hits:
            raise ValueError(f"{where} name {i}: not found as whole words: {t!r}")
        skip = set(n.get("skip") or [])
        if any(k >= len(hits) for k in skip):
            raise ValueError(f"{where} name {i} {t!r}: skip {sorted(skip)} but {len(hits)} occurrences")
        spans += [(s, s + len(t) - (content[s:s + 2] != t[:2]), n) for k, s in enumerate(hits) if k not in skip]
    spans.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    kept = []
    for s, e, n in spans:  # longer names first; a mention inside one is part of it
        if not any(s < ke and ks < e for ks, ke, _ in kept):
            kept.append((s, e, n))
    return sorted(kept, key=lambda x: x[0])


def entity_gold(d, s, rec):
    return {"url": s["url"], "entities": [
        {"start": a, "end": b, "type": n["type"], "en": n.get("en"), "country": n.get("country")}
        for a, b, n in mentions(d, rec["content"])]}


def build(paths, outdir=None):
    rows, errors = annotate.build_splits(paths, selection(), entity_gold, "entities", outdir)
    print(f"{sum(len(g['entities']) for v in rows.values() for g in v)} mentions")
    return 1 if errors else 0


def show_mentions(gid, path):
    sel = selection()
    d = next(x for x in annotate.load_drafts([path]) if x["gid"] == gid)
    c = snn.records([sel[gid]["url"]])[sel[gid]["url"]]["content"]
    for s, e, n in mentions(d, c):
        print(f"{s:6} {n['type']:4} {c[s:e]}   …{c[max(0, s - 25):s]}[{c[s:e]}]{c[e:e + 25]}…".replace("\n", " "))


def main(argv):
    if len(argv) >= 2 and argv[0] == "check":
        return build(argv[1:])
    if len(argv) == 3 and argv[0] == "mentions":
        show_mentions(argv[1], argv[2])
        return 0
    if len(argv) >= 4 and argv[0] == "build" and "--out" in argv:
        i = argv.index("--out")
        return build(argv[1:i] + argv[i + 2:], argv[i + 1])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
