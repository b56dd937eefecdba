"""Places on the map: a place entity linked to a knowledge-base place gets ``geo``.

``geo`` = {"id", "lat", "lon", "country", "feature", "name_en"}: the knowledge base's stable id
(``cldr:CH``, ``geonames:1871859``), the point (a country's is its capital's), the ISO country code,
the GeoNames feature class (``A`` a country, ``P`` a city or town) and the place's English name.
The knowledge base is scripts/build_kb.py's ``kb_entries.tsv.gz``.

A name is linked when it is a knowledge-base spelling of a place, or one spelling of a name the
knowledge base knows by its transliteration key (marsad.extract.names.kb_english). The context of
a place is the share of its entity's articles that name each country: by a country's name, or by a
place located without doubt (a country, a continent, a city of ``BIG`` people or more whose
spelling names nothing else). Then, among the places a spelling may name:

1. a country (or a continent) among them is the one meant when the others lie in it (الكويت is
   the country, not its capital); a country and a city abroad (عمان: Oman, or Amman) are weighed
   as the others are;
2. the most populous place when it has ``DOMINANT`` times the people of every other, unless the
   articles point elsewhere (another candidate's country named in at least ``STRONG`` of them and
   more often than its own: لندن is London, England, unless the articles are about Canada);
3. else the candidate whose country the articles name most often, then the one whose country the
   corpus names most often (by ``MARGIN`` times the next), then the most populous of that country
   when it dominates as in 2;
4. a town of fewer than ``TOWN`` people is kept only when its country is named in at least
   ``STRONG`` of its entity's articles: the alternate names of small towns abroad include
   transliterations that are common Arabic words or names (مول, كين, أوباما).

Two constructions name a country without its knowledge-base spelling: a state's head noun before
it ("دولة الكويت", "سلطنة عمان", "جمهورية ألمانيا الاتحادية": the country, when the words after the
head are a country, or a country and adjectives of ال...ية), and the bare "المملكة" ("the Kingdom"),
which names the kingdom of the context: the one the entity's articles name most, else the one the
corpus names ``MARGIN`` times more than any other (Saudi Arabia in the Saudi press).

A name that is not linked, or whose candidates nothing separates, gets no ``geo``: a place is
never guessed. An entity whose English name is a transliteration, or the knowledge base's first
entry for a spelling several places share, takes its place's English name (القنيطرة in Syria is
Al Qunaytirah, not Kenitra).
"""
from __future__ import annotations

import collections
from functools import lru_cache
from typing import Any

from marsad import models
from marsad.document import Document
from marsad.extract import names as N
from marsad.lang.ar import known_entities
from marsad.text.normalize import fold, strip_diacritics

#: Population ratio above which the most populous of several same-named places is the one meant.
DOMINANT = 10
#: People of a city whose name tells which country an article speaks of (the knowledge base's
#: "may be matched alone").
BIG = 500_000
#: People of a place below which it is located only with its country's context.
TOWN = 100_000
#: Share of an entity's articles naming a country that makes it the place's context.
STRONG = 0.5
#: How many times more corpus articles must name a candidate's country than the next one's.
MARGIN = 2
#: Entity types that are geocoded.
PLACE_TYPES = ("LOC",)
#: Head nouns of a state's name: "دولة الكويت" is Kuwait.
STATE_HEADS = frozenset(fold(w) for w in ("دولة", "مملكة", "جمهورية", "سلطنة", "إمارة"))
#: Bare nouns that name a country of the context ("المملكة" = the kingdom the articles speak of) ->
#: the countries they may name (ISO codes; kingdoms by their official names, a public fact).
GENERIC = {fold("المملكة"): ("SA", "JO", "MA", "BH", "GB", "ES", "SE", "NO", "DK", "NL", "BE", "TH", "KH", "BT",
                             "LS", "SZ", "TO")}
#: Feature classes that are whole areas (a country, a region, a continent, a peninsula): a spelling
#: that names one means it.
AREAS = ("A", "L", "T")


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, list[dict]], dict[str, list[dict]], dict[str, dict]]:
    """Knowledge-base places by folded spelling, by English name and by id."""
    by_name: dict[str, list[dict]] = collections.defaultdict(list)
    by_en: dict[str, list[dict]] = collections.defaultdict(list)
    by_id: dict[str, dict] = {}
    for eid, typ, en, lat, lon, cc, feature, pop, _gid, names in models.rows("kb_entries.tsv.gz"):
        if typ != "LOC" or not lat or not feature:
            continue
        p = {"id": eid, "en": en, "lat": float(lat), "lon": float(lon), "country": cc, "feature": feature,
             "population": int(pop or 0), "names": names.split("|")}
        for n in p["names"]:
            f = fold(n)
            if p not in by_name[f]:
                by_name[f].append(p)
        by_en[en].append(p)
        by_id[eid] = p
    _add_curated(by_name, by_en, by_id)
    return dict(by_name), dict(by_en), by_id


def _curated_place(en: str, by_en: dict[str, list[dict]], by_id: dict[str, dict]) -> dict | None:
    """The place a curated name of marsad.lang.ar.known_entities is: the one in ``PLACES``, else
    the area (country, continent) of that English name, else the most populous place of that name
    when it has ``TOWN`` people (Geneva is Geneva in Switzerland; "Medina" is no town of Ohio)."""
    where = known_entities.PLACES.get(en)
    if isinstance(where, str):
        return by_id.get(where)
    if where is not None:
        lat, lon, cc, feature = where
        p = {"id": "marsad:" + "_".join(en.lower().replace("-", " ").split()), "en": en, "lat": lat, "lon": lon,
             "country": cc, "feature": feature, "population": 0, "names": []}
        by_id.setdefault(p["id"], p)
        return by_id[p["id"]]
    same = by_en.get(en, [])
    areas = [p for p in same if p["feature"] in AREAS]
    if len(areas) == 1:
        return areas[0]
    top = max(same, key=lambda p: p["population"], default=None)
    return top if not areas and top is not None and top["population"] >= TOWN else None


def _add_curated(by_name: dict[str, list[dict]], by_en: dict[str, list[dict]], by_id: dict[str, dict]) -> None:
    """The curated list's spellings of places name the place it means: "الجمهورية اليمنية" is Yemen,
    "جنيف" Geneva in Switzerland (not also the town in Illinois), "عسير" the Saudi region. A
    spelling whose place the list does not locate keeps the knowledge base's candidates; "المملكة"
    stays the kingdom of the context (``GENERIC``)."""
    for typ, en, names in known_entities.ENTITIES:
        if typ != "LOC":
            continue
        p = _curated_place(en, by_en, by_id)
        if p is None:
            continue
        p = {**p, "curated": True}  # the place the list means: no country context needed
        for n in names:
            f = fold(n)
            if f not in GENERIC:
                by_name[f] = [p]


def candidates(name: str) -> list[dict]:
    """The knowledge-base places a spelling may name (none when it is not linked)."""
    by_name, by_en, by_id = _places()
    folded = fold(strip_diacritics(name))
    found = by_name.get(folded)
    if found:
        return found
    if folded in GENERIC:
        return [by_id[f"cldr:{c}"] for c in GENERIC[folded] if f"cldr:{c}" in by_id]
    words = folded.split()
    if len(words) > 1 and words[0] in STATE_HEADS:
        found = [p for p in candidates(" ".join(words[1:])) if p["feature"] == "A"]
        if not found and all(w.startswith("ال") and w.endswith("يه") for w in words[2:]):
            found = [p for p in candidates(words[1]) if p["feature"] == "A"]
        return found
    en = N.kb_english(name, "LOC")  # one spelling of a name the knowledge base knows by its key
    if not en:
        return []
    k = N.key(name, "LOC")
    return [p for p in by_en.get(en, ()) if any(N.key(n, "LOC") == k for n in p["names"])]


def _unique_best(scores: dict[str, float], margin: float = 1.0) -> str | None:
    """The key with the highest positive score when every other has less (``margin`` times less)."""
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] <= 0 or (len(ranked) > 1 and ranked[1][1] * margin >= ranked[0][1]):
        return None
    return ranked[0][0]


def _dominant(places: list[dict]) -> dict | None:
    """The most populous of ``places`` when it has ``DOMINANT`` times the people of every other."""
    ranked = sorted(places, key=lambda p: -p["population"])
    if len(ranked) == 1 or ranked[0]["population"] >= DOMINANT * max(ranked[1]["population"], 1):
        return ranked[0]
    return None


def choose(cands: list[dict], share: dict[str, float], corpus: collections.Counter) -> dict | None:
    """The place meant among ``cands``, given the share of the entity's articles that name each
    country (``share``) and how many of the corpus's articles do (``corpus``); None when nothing
    decides or a small town lacks its country's context (a place the curated list locates needs none)."""
    unique = list({p["id"]: p for p in cands}.values())
    if not unique:
        return None
    areas = [p for p in unique if p["feature"] in AREAS]
    if len(areas) > 1:
        return None
    if areas and all(p["country"] == areas[0]["country"] for p in unique):
        return areas[0]
    top = _dominant(unique)
    codes = {p["country"] for p in unique}
    elsewhere = _unique_best({c: share.get(c, 0.0) for c in codes})
    if top is not None and elsewhere not in (None, top["country"]) and share.get(elsewhere, 0.0) >= STRONG:
        top = _dominant([p for p in unique if p["country"] == elsewhere])
    elif top is None:
        code = elsewhere or _unique_best({c: corpus.get(c, 0) for c in codes}, MARGIN)
        top = _dominant([p for p in unique if p["country"] == code]) if code else None
    if top is None or (top["population"] < TOWN and not top.get("curated")
                       and share.get(top["country"], 0.0) < STRONG):
        return None
    return top


def geo_by_id(place_id: str) -> dict[str, Any] | None:
    """The ``geo`` of a knowledge-base place id (None when the knowledge base has no such place)."""
    p = _places()[2].get(place_id)
    return geo_of(p) if p else None


def geo_of(p: dict) -> dict[str, Any]:
    return {"id": p["id"], "lat": p["lat"], "lon": p["lon"], "country": p["country"] or None,
            "feature": p["feature"], "name_en": p["en"]}


class Geocode:
    """Corpus stage: ``geo`` on the place entities the knowledge base locates (run after
    ResolveEntities). An entity that already has ``geo`` keeps it (a stored entity, when articles
    are added to a database); ``corpus_countries`` adds country counts known beyond ``docs``
    (the stored articles')."""

    name = "geo"

    def __init__(self, corpus_countries: collections.Counter | None = None):
        self.corpus_countries = corpus_countries or collections.Counter()

    def run(self, docs: list[Document], corpus) -> None:
        ents = {e["id"]: e for e in corpus.entities}
        arts: dict[str, set[int]] = collections.defaultdict(set)
        for di, d in enumerate(docs):
            for s in d.layers.get("entities", []):
                eid = s.attrs.get("entity")
                if eid in ents:
                    arts[eid].add(di)
        cands = {eid: candidates(e["name"]) for eid, e in ents.items()
                 if e["type"] in PLACE_TYPES and "geo" not in e}
        # the countries each article names: its places located without doubt (known or found now)
        country_of = {eid: e["geo"]["country"] for eid, e in ents.items() if _sure(e.get("geo"))}
        for eid, cs in cands.items():
            if len({p["id"] for p in cs}) == 1 or any(p["feature"] in AREAS for p in cs):  # no context needed
                p = choose(cs, {}, collections.Counter())
                if p is not None and _sure(p):
                    country_of[eid] = p["country"]
        named, in_corpus = self._context(country_of, arts)

        def share(eid: str) -> dict[str, float]:
            mine = arts.get(eid, set())
            here = collections.Counter(cc for di in mine for cc in named.get(di, ()))
            return {c: n / len(mine) for c, n in here.items()}

        generic = [eid for eid in cands if fold(strip_diacritics(ents[eid]["name"])) in GENERIC]
        for eid in generic:  # "المملكة": the kingdom of the context, then a context itself
            by_code = {p["country"]: p for p in cands.pop(eid)}
            code = _unique_best({c: share(eid).get(c, 0.0) for c in by_code}) or \
                _unique_best({c: in_corpus.get(c, 0) for c in by_code}, MARGIN)
            if code is not None:
                self._locate(ents[eid], by_code[code], True)
                country_of[eid] = code
        if generic:
            named, in_corpus = self._context(country_of, arts)
        for eid, cs in cands.items():
            p = choose(cs, share(eid), in_corpus)
            if p is not None:
                self._locate(ents[eid], p, len({c["id"] for c in cs}) > 1)

    def _context(self, country_of: dict[str, str], arts: dict[str, set[int]]):
        """The countries each article names, and how many articles name each country."""
        named: dict[int, set[str]] = collections.defaultdict(set)
        for eid, cc in country_of.items():
            for di in arts.get(eid, ()):
                named[di].add(cc)
        in_corpus = collections.Counter(self.corpus_countries)
        for ccs in named.values():
            in_corpus.update(ccs)
        return named, in_corpus

    @staticmethod
    def _locate(e: dict, p: dict, chosen: bool) -> None:
        """Set ``geo``; and the place's English name instead of a guess or of another place's."""
        e["geo"] = geo_of(p)
        if e.get("name_en_source") == "transliterated" or (chosen and e.get("name_en_source") == "kb"):
            e["name_en"], e["name_en_source"] = p["en"], "kb"


def _sure(p: dict | None) -> bool:
    """A located place that tells which country an article speaks of: a country, or a big city."""
    return bool(p) and bool(p.get("country")) and (p["feature"] == "A" or p.get("population", 0) >= BIG)
