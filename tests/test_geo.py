"""Places on the map and English search: the knowledge base's stable ids and places
(scripts/build_kb.py), the geocoding stage (marsad.corpus.geo), the store (geo kept, English
names searchable) and the GeoJSON export."""
from __future__ import annotations

import collections
import gzip
import json
import re
import subprocess
import sys
from importlib import resources

import jsonschema
import pytest

from marsad.corpus import Corpus
from marsad.corpus.geo import Geocode, candidates, choose, geo_by_id
from marsad.document import Document, Span
from marsad.store import Store, analyze_into_db

PYONGYANG = {"id": "geonames:1871859", "lat": 39.0339, "lon": 125.7543, "country": "KP", "feature": "P",
             "name_en": "Pyongyang"}
SWITZERLAND = {"id": "cldr:CH", "lat": 46.9481, "lon": 7.4474, "country": "CH", "feature": "A",
               "name_en": "Switzerland"}
TRIPOLI_LY, TRIPOLI_LB = "geonames:2210247", "geonames:266826"


def _entries() -> list[list[str]]:
    raw = resources.files("marsad.models").joinpath("kb_entries.tsv.gz").read_bytes()
    return [line.split("\t") for line in gzip.decompress(raw).decode("utf-8").splitlines()]


def test_knowledge_base_entries_have_stable_ids_and_places():
    rows = _entries()
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"(cldr:[A-Z0-9]{2}|geonames:\d+|marsad:[a-z0-9-]+)", i) for i in ids)
    by_id = {r[0]: r for r in rows}
    # a country: CLDR names, GeoNames id, its capital's point, feature class A
    assert by_id["cldr:CH"][:9] == ["cldr:CH", "LOC", "Switzerland", "46.9481", "7.4474", "CH", "A", "8516543",
                                    "2658434"]
    assert by_id["cldr:SA"][-1] == "المملكة العربية السعودية|السعودية"
    # a place of known_entities joins the GeoNames city of its English name
    assert by_id["geonames:1871859"][-1] == "بيونغيانغ|بيونغ يانغ|بيونج يانج|بيونج يونج"
    assert "marsad:pyongyang" not in by_id
    # people and organizations have no place
    assert by_id["marsad:vladimir-putin"][1:9] == ["PER", "Vladimir Putin", "", "", "", "", "", ""]
    # Arabic spellings only: no Persian or Urdu letter
    assert not any(re.search("[پچژگکیۀےہ]", r[-1]) for r in rows)


def test_candidates_of_a_spelling():
    assert [p["id"] for p in candidates("سويسرا")] == ["cldr:CH"]
    assert [p["id"] for p in candidates("بيونج يانغ")] == ["geonames:1871859"]  # by the KB's key
    assert sorted(p["id"] for p in candidates("طرابلس")) == [TRIPOLI_LY, TRIPOLI_LB]
    assert candidates("كلمة") == []
    assert geo_by_id("geonames:1871859") == PYONGYANG
    assert geo_by_id("geonames:0") is None


def test_a_place_the_curated_list_locates_needs_no_context():
    # a spot of the curated list (population 0) is located alone; a small town of GeoNames is not
    haram = candidates("المسجد الحرام")
    assert [(p["id"], p["country"], p["feature"]) for p in haram] == [("marsad:masjid_al_haram", "SA", "S")]
    assert choose(haram, {}, collections.Counter())["en"] == "Masjid al-Haram"
    assert candidates("بيت الله الحرام") == haram
    # a GeoNames town of the curated list: placed without its country named around it
    assert choose(candidates("صعدة"), {}, collections.Counter())["id"] == "geonames:71334"


def test_choose_resolves_ambiguous_names_by_country_context():
    none = collections.Counter()
    tripoli = candidates("طرابلس")
    assert choose(tripoli, {"LB": 1.0}, none)["id"] == TRIPOLI_LB
    assert choose(tripoli, {"LY": 0.5, "LB": 0.25}, none)["id"] == TRIPOLI_LY
    # nothing in the articles: the corpus decides when one country is named twice as often
    assert choose(tripoli, {}, collections.Counter({"LB": 10, "LY": 4}))["id"] == TRIPOLI_LB
    assert choose(tripoli, {}, collections.Counter({"LB": 10, "LY": 6})) is None
    assert choose(tripoli, {}, none) is None  # never guessed
    london = candidates("لندن")
    assert choose(london, {"CA": 0.25}, none)["country"] == "GB"  # 21 times as many people
    assert choose(london, {"CA": 0.5}, none)["country"] == "CA"
    # a country beats a city of the same name
    assert choose(candidates("تونس"), {}, none)["id"] == "cldr:TN"


def test_state_heads_and_a_country_that_shares_a_city_s_name():
    assert [p["id"] for p in candidates("دولة الكويت")] == ["cldr:KW"]
    assert [p["id"] for p in candidates("سلطنة عمان")] == ["cldr:OM"]
    assert [p["id"] for p in candidates("جمهورية ألمانيا الاتحادية")] == ["cldr:DE"]  # country + adjective
    assert candidates("دولة الاحتلال") == []
    assert candidates("جمهورية ألمانيا والنمسا") == []
    oman = candidates("عمان")  # Oman, or Amman in Jordan: the context decides
    assert [p["id"] for p in oman] == ["cldr:OM", "geonames:250441"]
    assert choose(oman, {}, collections.Counter()) is None
    assert choose(oman, {"JO": 0.5}, collections.Counter())["id"] == "geonames:250441"
    assert choose(oman, {"OM": 0.5, "JO": 0.25}, collections.Counter())["id"] == "cldr:OM"


def test_the_kingdom_is_the_kingdom_of_the_context():
    docs = [_doc("k1", "قال وزير في الرياض إن المملكة ستشارك.", {"الرياض": "e_r", "المملكة": "e_k"}),
            _doc("k2", "أعلنت السعودية أن المملكة ترحب بالاتفاق.", {"السعودية": "e_sa", "المملكة": "e_k"}),
            _doc("k3", "وصل الوفد إلى عمان في الأردن ثم إلى المملكة.", {"عمان": "e_o", "الأردن": "e_jo"})]
    ents = [{"id": "e_k", "type": "LOC", "name": "المملكة", "name_en": "Almmlkh", "name_en_source": "transliterated"},
            {"id": "e_r", "type": "LOC", "name": "الرياض"}, {"id": "e_sa", "type": "LOC", "name": "السعودية"},
            {"id": "e_o", "type": "LOC", "name": "عمان", "name_en": "Amman", "name_en_source": "kb"},
            {"id": "e_jo", "type": "LOC", "name": "الأردن"}]
    corpus = Corpus(entities=ents)
    Geocode().run(docs, corpus)
    assert [(e["id"], (e.get("geo") or {}).get("id"), e.get("name_en")) for e in corpus.entities] == [
        ("e_k", "cldr:SA", "Saudi Arabia"), ("e_r", "geonames:108410", None), ("e_sa", "cldr:SA", None),
        ("e_o", "geonames:250441", "Amman"), ("e_jo", "cldr:JO", None)]
    # no kingdom named anywhere: not located
    corpus = Corpus(entities=[{"id": "e_k", "type": "LOC", "name": "المملكة"}])
    Geocode().run(docs[:1], corpus)
    assert "geo" not in corpus.entities[0]


def test_a_small_town_needs_its_country_named():
    keene = candidates("كين")  # a US town of 23,000 people among GeoNames' Arabic spellings
    assert [p["id"] for p in keene] == ["geonames:5088262"]
    assert choose(keene, {}, collections.Counter({"US": 50})) is None
    assert choose(keene, {"US": 0.25}, collections.Counter()) is None
    assert choose(keene, {"US": 0.5}, collections.Counter())["id"] == "geonames:5088262"


def _doc(did: str, text: str, names: dict[str, str]) -> Document:
    d = Document(id=did)
    d.set_text(text)
    for name, eid in names.items():
        i = text.index(name)
        d.add("entities", Span(i, i + len(name), "LOC", {"entity": eid}, "entities"))
    return d


def test_geocode_stage_uses_the_countries_of_the_same_articles():
    docs = [_doc("d1", "اشتباكات في طرابلس شمال لبنان أمس.", {"طرابلس": "e_t1", "لبنان": "e_lb"}),
            _doc("d2", "وصل الوفد إلى بيونغ يانغ ثم إلى قرية مجهولة.", {"بيونغ يانغ": "e_p", "قرية مجهولة": "e_x"})]
    ents = [{"id": "e_t1", "type": "LOC", "name": "طرابلس"}, {"id": "e_lb", "type": "LOC", "name": "لبنان"},
            {"id": "e_p", "type": "LOC", "name": "بيونغ يانغ"}, {"id": "e_x", "type": "LOC", "name": "قرية مجهولة"}]
    corpus = Corpus(entities=ents)
    Geocode().run(docs, corpus)
    geo = {e["id"]: e.get("geo", {}).get("id") for e in corpus.entities}
    assert geo == {"e_t1": TRIPOLI_LB, "e_lb": "cldr:LB", "e_p": "geonames:1871859", "e_x": None}
    assert corpus.entities[2]["geo"] == PYONGYANG
    # an entity that already has geo keeps it (a stored one)
    kept = {"id": "e_t1", "type": "LOC", "name": "طرابلس", "geo": geo_by_id(TRIPOLI_LY)}
    corpus = Corpus(entities=[kept, ents[1]])
    Geocode().run(docs[:1], corpus)
    assert corpus.entities[0]["geo"]["id"] == TRIPOLI_LY


ARTICLES = [
    {"id": "g1", "title": "زيارة إلى بيونغ يانغ", "published": "2024-03-04",
     "content": "وصل وفد تجاري إلى بيونغ يانغ صباح الإثنين في زيارة تستمر ثلاثة أيام، وقال رئيس الوفد إن "
                "المحادثات ستتناول الزراعة والنقل البحري."},
    {"id": "g2", "title": "مؤتمر في سويسرا", "published": "2024-03-05",
     "content": "تستضيف سويسرا الأسبوع المقبل مؤتمرا دوليا عن المياه يشارك فيه خبراء من أربعين بلدا، "
                "وأعلنت الحكومة أن الجلسات ستكون مفتوحة للصحفيين."},
    {"id": "g3", "title": "أمطار غزيرة في سوريا", "published": "2024-03-05",
     "content": "هطلت أمطار غزيرة على مناطق واسعة في سوريا يوم الثلاثاء، وحذرت السلطات من السيول في "
                "الأودية وطلبت من السكان الابتعاد عن مجاري المياه."},
]


def _write(path, articles):
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def geodb(tmp_path_factory):
    d = tmp_path_factory.mktemp("geo")
    db = d / "x.db"
    analyze_into_db([_write(d / "a.jsonl", ARTICLES[:1])], str(db))  # a full build
    analyze_into_db([_write(d / "b.jsonl", ARTICLES)], str(db))  # then the incremental path
    return db


def test_search_by_english_name(geodb):
    with Store(geodb, readonly=True) as st:
        assert [r["id"] for r in st.search("Pyongyang")] == ["g1"]
        assert [r["id"] for r in st.search("Switzerland")] == ["g2"]
        assert [r["id"] for r in st.search("switzerland")] == ["g2"]
        assert [r["id"] for r in st.search("Syria")] == ["g3"]
        assert st.search("Atlantis") == []
    out = subprocess.run([sys.executable, "-m", "marsad.cli", "search", "Pyongyang", "--db", str(geodb), "--json"],
                         check=True, capture_output=True, text=True).stdout
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["g1"]


def test_the_store_keeps_geo_on_both_paths(geodb, tmp_path):
    from marsad.store import recluster

    def located(db):
        with Store(db, readonly=True) as st:
            return {e["name"]: e["geo"] for e in st.corpus().entities if "geo" in e}

    grown = located(geodb)  # بيونغ يانغ from the full build, سويسرا and سوريا added later
    assert grown["بيونغ يانغ"] == PYONGYANG
    assert grown["سويسرا"] == SWITZERLAND
    assert grown["سوريا"]["id"] == "cldr:SY"
    with Store(geodb, readonly=True) as st:
        eid = next(e["id"] for e in st.corpus().entities if e["name"] == "سويسرا")
        assert st.entity(eid)["geo"] == SWITZERLAND
    copy = tmp_path / "copy.db"
    copy.write_bytes(geodb.read_bytes())
    recluster(str(copy))
    assert located(copy) == grown


def test_geojson_export_and_corpus_schema(geodb, tmp_path):
    out = tmp_path / "places.geojson"
    subprocess.run([sys.executable, "-m", "marsad.cli", "export", "--db", str(geodb), "--format", "geojson",
                    "--out", str(out)], check=True, capture_output=True)
    fc = json.loads(out.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection"
    points = {f["properties"]["name"]: f["geometry"]["coordinates"] for f in fc["features"]}
    assert points == {"بيونغ يانغ": [125.7543, 39.0339], "سويسرا": [7.4474, 46.9481], "سوريا": [36.2913, 33.5102]}
    with Store(geodb, readonly=True) as st:
        corpus = st.corpus().to_dict()
    schema = json.loads(resources.files("marsad.schema").joinpath("corpus.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(corpus, schema)
    bad = {**corpus, "entities": [{**corpus["entities"][0], "geo": {"id": "x", "lat": 200, "lon": 0,
                                                                       "country": "XX", "feature": "P"}}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_the_entity_page_shows_the_place_and_where_the_english_name_comes_from(geodb):
    from fastapi.testclient import TestClient

    from marsad.web.app import create_app

    client = TestClient(create_app(str(geodb)))
    with Store(geodb, readonly=True) as st:
        ents = {e["name"]: e["id"] for e in st.corpus().entities}
        assert st.entity(ents["سويسرا"])["name_en_source"] == "kb"
    page = client.get(f"/entities/{ents['سويسرا']}").text
    assert "الموقع: <bdi class=\"latin\">CH · " in page and "openstreetmap.org/?mlat=" in page
    assert "نقحرة آلية" not in page


def test_curated_places_are_located():
    """The curated list's places: a long state name is the country, a region its seat's point, a
    city the one of its English name that has 100,000 people (Geneva, not the town in Illinois)."""
    assert [p["id"] for p in candidates("الجمهورية اليمنية")] == ["cldr:YE"]
    assert [p["id"] for p in candidates("المملكة الأردنية الهاشمية")] == ["cldr:JO"]
    assert [p["id"] for p in candidates("جنيف")] == ["geonames:2660646"]
    assert [p["id"] for p in candidates("زيوريخ")] == ["geonames:2657896"]
    assert [(p["id"], p["country"], p["feature"]) for p in candidates("عسير")] == [("marsad:asir", "SA", "A")]
    assert [(p["id"], p["country"], p["feature"]) for p in candidates("سيناء")] == [("marsad:sinai_peninsula", "EG", "T")]
    texas = candidates("تكساس")
    assert choose(texas, {}, collections.Counter()) == texas[0]  # a region needs no context
    assert geo_by_id("marsad:texas") == {"id": "marsad:texas", "lat": 30.2672, "lon": -97.7431, "country": "US",
                                         "feature": "A", "name_en": "Texas"}
    # the kingdom stays the kingdom of the context
    assert len(candidates("المملكة")) > 1


def test_a_spelling_that_names_a_region_and_a_newspaper():
    from marsad.extract.names import kb_english
    assert kb_english("الشرق الأوسط", "LOC") == "Middle East"
    assert kb_english("الشرق الأوسط", "ORG") == "Asharq Al-Awsat"
    assert kb_english("صحيفة الشرق الأوسط", "ORG") == "Asharq Al-Awsat"
