"""Entity resolution across articles, on articles written for the test."""
from __future__ import annotations

import json

import marsad

A = ("الزعيم الكوري الشمالي كيم جونغ أون يصل إلى موسكو",
     "وصل الزعيم الكوري الشمالي كيم جونغ أون إلى موسكو اليوم. وقال كيم إن الزيارة تاريخية. "
     "واستقبله وزير الخارجية الروسي سيرغي لافروف في المحطة.")
B = ("كيم يونغ أون في موسكو",
     "أجرى كيم يونغ أون محادثات في موسكو مع سيرجي لافروف. من جهته، قال الزعيم الكوري الشمالي: "
     "«نحن مستعدون للتعاون في كل المجالات بلا شروط»، ثم التقى كيم يو جونغ بالوفد.")


def run(tmp_path):
    for n, (t, body) in enumerate((A, B)):
        (tmp_path / f"{n}.json").write_text(
            '{"id": "%s", "title": "%s", "content": "%s", "published": "2023-09-13"}' % (n, t, body), encoding="utf-8")
    return marsad.analyze([tmp_path])


def test_spellings_are_one_entity_and_different_people_are_not(tmp_path):
    r = run(tmp_path)
    by_name = {v: e for e in r.corpus.entities for v in e["variants"]}
    kim = by_name["كيم جونغ أون"]
    assert by_name["كيم يونغ أون"]["id"] == kim["id"]
    assert by_name["كيم"]["id"] == kim["id"]
    assert kim["articles"] == 2 and kim["name_en"] == "Kim Jong Un"
    assert by_name["سيرجي لافروف"]["id"] == by_name["سيرغي لافروف"]["id"]
    assert by_name["كيم يو جونغ"]["id"] != kim["id"]
    assert by_name["موسكو"]["type"] == "LOC"


def test_speaker_linked_through_a_role(tmp_path):
    r = run(tmp_path)
    kim = next(e for e in r.corpus.entities if e["name_en"] == "Kim Jong Un")
    speakers = [q.attrs["speaker"] for d in r.documents for q in d.layers["quotes"] if q.label == "direct"]
    assert [(s["text"], s["entity"]) for s in speakers] == [("الزعيم الكوري الشمالي", kim["id"])]


def test_ids_are_stable(tmp_path):
    a = [e["id"] for e in run(tmp_path).corpus.entities]
    b = [e["id"] for e in run(tmp_path).corpus.entities]
    assert a == b and len(set(a)) == len(a)


def test_a_place_in_a_role_is_not_the_speaker(tmp_path):
    # "محافظ القاهرة" speaks for the governor, not for Cairo; "مصر" alone is the country speaking
    body = ("وقال محافظ القاهرة إن الطرق المغلقة ستفتح أمام السيارات صباح الغد. "
            "وأكدت مصر أن المعبر سيبقى مفتوحا أمام المساعدات طوال الأسبوع.")
    (tmp_path / "0.json").write_text('{"id": "0", "title": "خبر", "content": "%s", "published": "2023-09-13"}' % body,
                                     encoding="utf-8")
    r = marsad.analyze([tmp_path])
    (d,) = r.documents
    assert [(q.attrs["speaker"]["text"], q.attrs["speaker"]["name"]) for q in d.layers["quotes"]] == [
        ("محافظ القاهرة", None), ("مصر", "مصر")]


def test_places_sharing_a_key_stay_apart_and_spellings_of_one_join(tmp_path):
    """سوريا and سويسرا share a transliteration key; so do السعودية and صعدة. Two countries, a
    country and a city: never one entity. سورية and سوريا are one."""
    bodies = {"a": "وصل وفد من سوريا إلى سويسرا أمس للمشاركة في مؤتمر جنيف حول اللاجئين في المنطقة.",
              "b": "قال مسؤولون في سويسرا إن محادثات جنيف بشأن سورية ستستأنف الأسبوع المقبل بمشاركة الأطراف.",
              "c": "أعلنت السعودية أن قوات التحالف استهدفت مواقع للحوثيين في صعدة شمال اليمن مساء أمس."}
    for k, body in bodies.items():
        (tmp_path / f"{k}.json").write_text(json.dumps({"id": k, "title": "خبر", "content": body}, ensure_ascii=False),
                                            encoding="utf-8")
    r = marsad.analyze([tmp_path])
    ent = {d.text[s.start:s.end]: s.attrs["entity"] for d in r.documents for s in d.layers["entities"]}
    assert ent["سوريا"] != ent["سويسرا"] and ent["السعودية"] != ent["صعدة"]
    assert ent["سوريا"] == ent["سورية"]
