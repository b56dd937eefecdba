"""The curated organizations and people of the 2015 press (lang/ar/known_entities.SOURCED, issue 28):
their English names reach the corpus through the public API, each with where it comes from."""
from __future__ import annotations

import json

import marsad
from marsad.lang.ar import known_entities

ARTICLES = {
    "a": ("السياحة في الصيف", "أعلنت الهيئة العامة للسياحة والتراث الوطني برنامجا جديدا لزيارة المواقع الأثرية "
          "في المملكة خلال الصيف."),
    "b": ("كارتر في بغداد", "وقال وزير الدفاع الأمريكي آشتون كارتر إن بلاده ستواصل دعم القوات العراقية، فيما "
          "انتقد نوري المالكي أداء الحكومة."),
    "c": ("هجوم في تركيا", "تبنى حزب العمال الكردستاني هجوما على مركز للشرطة في جنوب شرق تركيا أمس."),
    "d": ("إغاثة لليمن", "وصلت إلى عدن طائرة محملة بالمساعدات من مركز الملك سلمان للإغاثة والأعمال الإنسانية "
          "صباح اليوم."),
}


def test_curated_organizations_and_people_have_their_english_names(tmp_path):
    for k, (title, body) in ARTICLES.items():
        (tmp_path / f"{k}.json").write_text(json.dumps({"id": k, "title": title, "content": body}, ensure_ascii=False),
                                            encoding="utf-8")
    r = marsad.analyze([tmp_path])
    by_name = {v: e for e in r.corpus.entities for v in e["variants"]}
    for name, en in [("الهيئة العامة للسياحة والتراث الوطني", "Saudi Commission for Tourism and National Heritage"),
                     ("آشتون كارتر", "Ashton Carter"), ("نوري المالكي", "Nouri al-Maliki"),
                     ("حزب العمال الكردستاني", "Kurdistan Workers' Party"),
                     ("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "King Salman Humanitarian Aid and Relief Centre")]:
        assert (by_name[name]["name_en"], by_name[name]["name_en_source"]) == (en, "kb"), name


def test_every_curated_name_says_where_it_comes_from():
    sources = {known_entities.OWN, known_entities.PRESS, known_entities.GENERIC}
    assert all(src in sources for *_, src in known_entities.SOURCED)
    assert all(known_entities.SOURCES[en] in sources for _, en, _, _ in known_entities.SOURCED)
