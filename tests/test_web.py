"""The web UI and JSON API: pages, JSON, errors, and escaping of hostile article text."""
from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from marsad.store import analyze_into_db
from marsad.web.app import create_app

HOSTILE = ('<script>alert(1)</script> قال الوزير إن "><img src=x onerror=alert(2)> لن يمر، '
           "وأكد أن الحكومة ستواصل العمل في كل المحافظات خلال العام المقبل دون توقف.")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("web")
    f = tmp / "in.jsonl"
    rows = [{"id": "x1", "title": "<b>عنوان</b> خبر الوزير", "content": HOSTILE, "published": "2023-10-18",
             "url": "javascript:alert(3)"},
            {"id": "x2", "title": "لافروف في بيونغ يانغ", "published": "2023-10-18",
             "content": "وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ اليوم الأربعاء، وقال لافروف: "
                        "«جئنا لنعمق التعاون بين بلدينا في كل المجالات»."}]
    f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = tmp / "w.db"
    analyze_into_db([str(f)], str(db))
    return TestClient(create_app(str(db)))


def test_pages_are_rtl_arabic(client):
    r = client.get("/")
    assert r.status_code == 200
    assert '<html lang="ar" dir="rtl">' in r.text
    # counts take the noun's form for their number: two articles are مقالان, not "2 مقالا"
    assert "مقالان · " in r.text and "2 مقالا" not in r.text


@pytest.mark.parametrize("n, article, story, entity", [
    (1, "1 مقال", "1 قصة", "1 كيان"), (2, "مقالان", "قصتان", "كيانان"), (7, "7 مقالات", "7 قصص", "7 كيانات"),
    (40, "40 مقالا", "40 قصة", "40 كيانا"), (300, "300 مقال", "300 قصة", "300 كيان"),
    (1203, "1203 مقالات", "1203 قصص", "1203 كيانات")])
def test_counted_nouns_agree_with_their_number(n, article, story, entity):
    from marsad.web.app import count_ar
    assert (count_ar(n, "article"), count_ar(n, "story"), count_ar(n, "entity")) == (article, story, entity)


def test_hostile_text_is_escaped(client):
    r = client.get("/articles/x1")
    assert r.status_code == 200
    assert "<script>alert(1)" not in r.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert "<img src=x" not in r.text
    assert "<b>عنوان</b>" not in r.text
    assert "javascript:alert(3)" not in r.text


def test_story_entity_search_and_json(client):
    stories = client.get("/api/stories").json()["stories"]
    assert len(stories) == 2
    sid = next(s["id"] for s in stories if "x2" in s["articles"])
    page = client.get(f"/stories/{sid}")
    assert page.status_code == 200 and "/articles/x2?hl=" in page.text
    lavrov = next(e for e in client.get("/api/entities").json()["entities"] if e["name_en"] == "Sergey Lavrov")
    data = client.get(f"/api/entities/{lavrov['id']}").json()
    assert [q["text"] for q in data["quotes"]] == ["جئنا لنعمق التعاون بين بلدينا في كل المجالات"]
    assert "<h2>أقواله</h2>" in client.get(f"/entities/{lavrov['id']}").text
    place = next(e for e in client.get("/api/entities").json()["entities"] if e["type"] == "LOC")
    people = client.get("/entities", params={"type": "PER"}).text
    assert "<th>الاسم</th>" in people and f'href="/entities/{lavrov["id"]}"' in people
    assert f'href="/entities/{place["id"]}"' not in people and f'href="/entities/{place["id"]}"' in client.get("/entities").text
    assert client.get("/entities", params={"type": "X"}).status_code == 422
    assert "<h2>أقواله</h2>" not in client.get(f"/entities/{place['id']}").text  # no empty heading
    assert [r["id"] for r in client.get("/api/search", params={"q": "بيونج يانج"}).json()["results"]] == ["x2"]
    found = client.get("/search", params={"q": "لافروف"}).text
    assert '<p class="meta">1 نتيجة</p>' in found
    assert '<p class="meta">نتيجتان</p>' in client.get("/search", params={"q": "وزير"}).text
    assert "(أول 1؛" in client.get("/search", params={"q": "لافروف", "limit": 1}).text


def test_highlighted_citation(client):
    r = client.get("/articles/x2?hl=0-20")
    assert 'id="hl"' in r.text
    assert "<bdi>2023-10-18</bdi> (من بيانات الصفحة)" in r.text  # where the date comes from, in Arabic


def test_errors(client):
    r = client.get("/api/articles/nope")
    assert r.status_code == 404 and r.json() == {"error": {"status": 404, "message": "no article 'nope'"}}
    assert client.get("/stories/nope").status_code == 404
    assert client.get("/articles/x1?hl=a-b").status_code == 400
    assert client.get("/openapi.json").json()["info"]["title"] == "marsad"


def test_no_path_traversal(client):
    assert client.get("/static/../../etc/passwd").status_code == 404
    assert client.get("/articles/..%2F..%2Fetc%2Fpasswd").status_code == 404


ERROR_REQUESTS = [
    ("/api/stories/nope", 404, "no story 'nope'"),
    ("/api/storylines/nope", 404, "no storyline 'nope'"),
    ("/api/entities/nope", 404, "no entity 'nope'"),
    ("/api/articles/nope", 404, "no article 'nope'"),
    ("/api/search?q=", 422, "q: String should have at least 1 character"),
    ("/api/search", 422, "q: Field required"),
    ("/api/search?q=x&limit=-1", 422, "limit: Input should be greater than or equal to 1"),
    ("/api/search?q=x&limit=abc", 422, "limit: Input should be a valid integer, unable to parse string as an integer"),
    ("/api/nothing-here", 404, "Not Found"),
]


@pytest.mark.parametrize("path,status,message", ERROR_REQUESTS)
def test_every_api_error_has_the_documented_shape(client, path, status, message):
    r = client.get(path)
    assert (r.status_code, r.json()) == (status, {"error": {"status": status, "message": message}})


def test_pages_send_security_headers(client):
    for path in ("/", "/api/stories", "/articles/nope"):
        h = client.get(path).headers
        assert h["x-frame-options"] == "DENY" and h["x-content-type-options"] == "nosniff"
        assert "frame-ancestors 'none'" in h["content-security-policy"]


def test_an_internal_error_has_the_documented_shape(tmp_path):
    db = tmp_path / "e.db"
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "x", "title": "خبر", "content": "قال الوزير إن الجسر جاهز للافتتاح اليوم."},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    analyze_into_db([str(f)], str(db))
    app = create_app(str(db))
    client = TestClient(app, raise_server_exceptions=False)
    import marsad.store as store  # a query that fails inside the server

    original = store.Store.search
    store.Store.search = lambda *a, **k: 1 / 0
    try:
        r = client.get("/api/search", params={"q": "الجسر"})
    finally:
        store.Store.search = original
    assert (r.status_code, r.json()) == (500, {"error": {"status": 500,
                                                         "message": "internal error; the server log has the details"}})


def test_a_transliterated_english_name_is_said_to_be_one(client, tmp_path):
    page = client.get("/entities").text
    lavrov = re.search(r'href="/entities/(e_[0-9a-f]+)">سيرغي لافروف<', page).group(1)
    entity = client.get(f"/api/entities/{lavrov}").json()
    assert (entity["entity"]["name_en"], entity["entity"]["name_en_source"]) == ("Sergey Lavrov", "kb")
    assert "نقحرة آلية" not in client.get(f"/entities/{lavrov}").text
    f = tmp_path / "one.jsonl"
    f.write_text(json.dumps({"id": "t1", "title": "افتتاح معرض", "published": "2023-10-18", "content":
                             "افتتح رجل الأعمال زهير القنطاري معرضا للكتب في المدينة، وقال زهير القنطاري إن "
                             "المعرض يستمر أسبوعا."}, ensure_ascii=False) + "\n", encoding="utf-8")
    analyze_into_db([str(f)], str(tmp_path / "t.db"))
    other = TestClient(create_app(str(tmp_path / "t.db")))
    eid = re.search(r'href="/entities/(e_[0-9a-f]+)">زهير القنطاري<', other.get("/entities").text).group(1)
    assert other.get(f"/api/entities/{eid}").json()["entity"]["name_en_source"] == "transliterated"
    assert "الاسم الإنجليزي نقحرة آلية" in other.get(f"/entities/{eid}").text
