"""Cross-article entities on real news: the resolution gold and its scorer.

  python eval/realnews/resolution.py --split dev      merge precision/recall, confusables, English names
  python eval/realnews/resolution.py --split test     report only: never tune on it
  python eval/realnews/resolution.py names [N]        the N most mentioned spellings (to build the gold)

marsad runs on the first 2,000 SaudiNewsNet articles of the development days (`snn.dev_days()`):
the per-article pipeline once (its documents are cached in $MARSAD_RESOLUTION_CACHE, default
/tmp/marsad-resolution-cache, keyed by the articles and the source of the per-article tagger), then
the corpus stages Dedup and ResolveEntities every time (they are what this gold measures).

Gold (`resolution_names.jsonl`): one spelling per line, as marsad writes a mention after its own
normalization (diacritics stripped, `strip_diacritics`), with the real entity it names (`gold`, a
stable id), its type (or `NONE`: not an entity), its English name and, for a place, its country code
and GeoNames id. `resolution_confusables.jsonl`: pairs of close spellings of different things.
Both are split by a hash of the gold entity id: 2/3 dev, 1/3 test (`split_of`).

Measures over the gold spellings marsad outputs in the 2,000 articles:
- pairwise merge precision / recall: a pair of spellings (both real entities) is "merged" when
  the mentions written so land mostly in one marsad entity (each spelling's entity is the one holding
  most of its mentions), "same" when the gold gives them one entity;
- confusable pairs merged: some marsad entity holds mentions of both spellings (split by the hash
  of the first spelling's gold entity);
- English name: the name_en of the spelling's marsad entity equals the gold English name or one of
  its accepted variants (case, accents and punctuation folded); where the gold has no established
  English name (null), a name marked `name_en_source: "transliterated"` is right;
- spellings of type AMBIGUOUS (a bare given name that names different people in different articles)
  are left out of the pairs and the English names; NONE (not an entity) counts when marsad keeps it;
- place country: the country marsad gives the entity's place (`geo.country`, if any) equals the gold.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import itertools
import json
import os
import pathlib
import pickle
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import snn  # noqa: E402

N_ARTICLES = 2000
NAMES = HERE / "resolution_names.jsonl"
CONFUSABLES = HERE / "resolution_confusables.jsonl"
CACHE = pathlib.Path(os.environ.get("MARSAD_RESOLUTION_CACHE", "/tmp/marsad-resolution-cache"))


def split_of(gold_id: str) -> str:
    """dev for 2/3 of the gold entities, test for 1/3, by a hash of the entity id."""
    return "test" if int(hashlib.sha1(gold_id.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def _tagger_stamp() -> str:
    """What the cached per-article output depends on: the article count and the per-article code."""
    import marsad

    root = pathlib.Path(marsad.__file__).parent
    h = hashlib.sha1(str(N_ARTICLES).encode())
    for p in sorted(root.glob("extract/*.py")) + sorted(root.glob("text/*.py")) + sorted(root.glob("lang/ar/*.py")):
        if p.name in ("names.py", "known_entities.py"):
            continue  # read by the corpus stage only
        h.update(p.read_bytes())
    for p in sorted(root.glob("models/ner*")):
        h.update(str(p.stat().st_size).encode())
    return h.hexdigest()[:12]


def documents():
    """The per-article output of marsad on the first N_ARTICLES dev-day articles (cached)."""
    from marsad.document import Document
    from marsad.engines.local import process_records
    from marsad.ingest.files import record_from_object

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"docs-{_tagger_stamp()}.pkl"
    if path.exists():
        with open(path, "rb") as f:
            return pickle.load(f)
    recs = []
    for i, r in enumerate(snn.dev_days()):
        if i >= N_ARTICLES:
            break
        try:
            recs.append(record_from_object(snn.as_input(r), f"snn:{i}", f"snn{i}"))
        except Exception:  # an empty scrape: marsad analyze reports it and goes on
            continue
    docs = []
    for k in range(0, len(recs), 32):
        docs += [d for d in process_records(recs[k:k + 32]) if isinstance(d, Document)]
        print(f"\r{len(docs)} articles", end="", file=sys.stderr)
    print(file=sys.stderr)
    with open(path, "wb") as f:
        pickle.dump(docs, f)
    return docs


def resolve(docs=None):
    """Documents and corpus entities after the corpus stages Dedup, ResolveEntities and Geocode."""
    from marsad.corpus import Corpus
    from marsad.corpus.dedup import Dedup
    from marsad.corpus.geo import Geocode
    from marsad.corpus.resolve import ResolveEntities

    docs = docs if docs is not None else documents()
    corpus = Corpus()
    Dedup().run(docs, corpus)
    ResolveEntities().run(docs, corpus)
    Geocode().run(docs, corpus)
    return docs, corpus.entities


def mention_table(docs, entities):
    """{spelling: Counter(entity id -> mentions)} and {entity id: entity}."""
    from marsad.text.normalize import strip_diacritics

    by_spelling: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for d in docs:
        for s in d.layers.get("entities", []):
            eid = s.attrs.get("entity")
            if eid:
                by_spelling[strip_diacritics(d.text[s.start:s.end])][eid] += 1
    return by_spelling, {e["id"]: e for e in entities}


def _fold_en(s: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.lower().replace("al-", "al ").replace("el-", "el ")
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def load_gold():
    names = [json.loads(l) for l in open(NAMES, encoding="utf-8") if l.strip()]
    conf = [json.loads(l) for l in open(CONFUSABLES, encoding="utf-8") if l.strip()] if CONFUSABLES.exists() else []
    return names, conf


def score(split: str, docs=None, verbose: bool = False):
    docs, entities = resolve(docs)
    by_spelling, by_id = mention_table(docs, entities)
    names, conf = load_gold()
    gold = [g for g in names if split_of(g["gold"]) == split]
    ent_of = {}
    for g in gold:
        c = by_spelling.get(g["spelling"])
        if c:
            ent_of[g["spelling"]] = c.most_common(1)[0][0]
    # a spelling that names different things in different articles (a bare given name) is left out
    real = [g for g in gold if g["type"] not in ("NONE", "AMBIGUOUS") and g["spelling"] in ent_of]
    tp = fp = fn = 0
    wrong, missed = [], []
    for a, b in itertools.combinations(real, 2):
        same = a["gold"] == b["gold"]
        merged = ent_of[a["spelling"]] == ent_of[b["spelling"]]
        tp += same and merged
        fp += merged and not same
        fn += same and not merged
        if merged and not same:
            wrong.append((a["spelling"], b["spelling"]))
        if same and not merged:
            missed.append((a["spelling"], b["spelling"]))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    cpairs = [c for c in conf if split_of(c["gold_a"]) == split]
    cmerged = [c for c in cpairs if set(by_spelling.get(c["a"], ())) & set(by_spelling.get(c["b"], ()))]
    # entities gold calls "not an entity" that marsad keeps as an entity
    nones = [g for g in gold if g["type"] == "NONE" and g["spelling"] in ent_of]
    en_ok, en_bad = 0, []
    for g in real:
        e = by_id[ent_of[g["spelling"]]]
        if g["name_en"] is None:  # no established English name: a transliteration marked as one
            ok = e.get("name_en_source") == "transliterated"
            en_ok += ok
            if not ok:
                en_bad.append((g["spelling"], None, e.get("name_en"), e.get("name_en_source")))
            continue
        accepted = {_fold_en(g["name_en"])} | {_fold_en(x) for x in g.get("name_en_also", [])}
        if _fold_en(e.get("name_en") or "") in accepted:
            en_ok += 1
        else:
            en_bad.append((g["spelling"], g["name_en"], e.get("name_en"), e.get("name_en_source")))
    places = [g for g in real if g["type"] == "LOC" and g.get("country")]
    geo_ok = geo_wrong = 0
    for g in places:
        geo = by_id[ent_of[g["spelling"]]].get("geo") or {}
        cc = geo.get("country") or geo.get("country_code")
        geo_ok += cc == g["country"]
        geo_wrong += bool(cc) and cc != g["country"]
    out = {"split": split, "spellings": len(gold), "found": len(ent_of), "entities": len(real),
           "merge_precision": round(p, 4), "merge_recall": round(r, 4),
           "pairs": {"tp": tp, "fp": fp, "fn": fn},
           "confusables": len(cpairs), "confusables_merged": len(cmerged),
           "not_entities_kept": f"{len(nones)}/{sum(g['type'] == 'NONE' for g in gold)}",
           "english_accuracy": round(en_ok / len(real), 4) if real else None,
           "places": len(places), "place_country_right": geo_ok, "place_country_wrong": geo_wrong}
    if verbose:
        out["wrong_merges"] = wrong[:60]
        out["missed_merges"] = missed[:60]
        out["confusables_merged_list"] = [(c["a"], c["b"]) for c in cmerged]
        out["not_entities_list"] = [g["spelling"] for g in nones]
        out["english_wrong"] = en_bad
    return out


def top_names(n: int):
    """The n most mentioned spellings, with marsad's entity (for the annotator)."""
    docs, entities = resolve()
    by_spelling, by_id = mention_table(docs, entities)
    total = collections.Counter({s: sum(c.values()) for s, c in by_spelling.items()})
    for s, m in total.most_common(n):
        eid = by_spelling[s].most_common(1)[0][0]
        e = by_id[eid]
        print(json.dumps({"spelling": s, "mentions": m, "marsad": e["name"], "type": e["type"],
                          "name_en": e["name_en"]}, ensure_ascii=False))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cmd", nargs="?", default="score", choices=["score", "names"])
    ap.add_argument("n", nargs="?", type=int, default=300)
    ap.add_argument("--split", choices=["dev", "test"], default="dev")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    if a.cmd == "names":
        top_names(a.n)
        return
    print(json.dumps(score(a.split, verbose=a.verbose), ensure_ascii=False, indent=1 if a.verbose else None))


if __name__ == "__main__":
    main()
