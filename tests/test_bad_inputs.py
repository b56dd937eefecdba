"""Bad input and faults: a folder of broken, hostile and odd inputs mixed with good articles.

Every good article must come out, every bad input must be named in errors.jsonl with
a reason, nothing may print a traceback, and the exit code must be 3.
"""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys

import pytest

GOOD_TEXT = ("عنوان خبر سليم عن افتتاح جسر جديد\nافتتح وزير النقل اليوم الأربعاء جسرا جديدا فوق النهر "
             "يربط شطري المدينة، وقال إن الجسر سيختصر زمن الرحلة إلى النصف.\n")


def build(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    good, bad = [], []

    def put(name, data, ok):
        p = d / name
        p.parent.mkdir(parents=True, exist_ok=True)
        (p.write_bytes if isinstance(data, bytes) else lambda x: p.write_text(x, encoding="utf-8"))(data)
        (good if ok else bad).append(name)

    for i in range(5):
        put(f"good{i}.txt", GOOD_TEXT.replace("جسرا", f"جسرا رقم {i}"), True)
    put("cp1256.txt", GOOD_TEXT.encode("cp1256"), True)
    put("cp1256.html", ("<html><head><meta charset='windows-1256'><title>خبر قديم</title></head><body><article>"
                        "<h1>خبر قديم</h1><p>" + GOOD_TEXT.split("\n")[1] + "</p></article></body></html>").encode("cp1256"), True)
    put("latin.txt", "Bridge opens\nThe transport minister opened a new bridge on Wednesday over the river.\n", True)
    put("french.html", "<html><body><h1>Un pont</h1><p>Le ministre a inauguré un pont ce mercredi sur le fleuve "
                       "qui traverse la ville.</p></body></html>", True)
    put("empty.txt", "", False)
    put("spaces.txt", "   \n\n\t  \n", False)
    put("binary.txt", bytes(range(256)) * 20, False)
    put("image.html", b"\x89PNG\r\n\x1a\n" + bytes(2000), False)
    put("broken-utf8.txt", "عنوان\nنص".encode("utf-8")[:-1] + b"\xff\xfe\xfa" * 50, False)
    put("huge.html", "<html><body><p>" + "كلمة " * 600_000 + "</p></body></html>", False)
    put("nested.html", "<html><body>" + "<div>" * 100_000 + "نص" + "</div>" * 100_000 + "</body></html>", False)
    put("truncated.html", "<html><head><title>خبر مبتور</title></head><body><article><p>" + GOOD_TEXT.split("\n")[1][:60],
        True)
    put("bad.json", '{"title": "عنوان", "content": ', False)
    put("wrongtypes.json", json.dumps({"id": 5, "title": ["x"], "content": {"a": 1}}), False)
    put("number.json", "42", False)
    put("list.json", json.dumps([{"id": "L1", "title": "خبر في قائمة", "content": GOOD_TEXT},
                                 "not an object", {"id": "L3", "content": ""}], ensure_ascii=False), True)
    bad += ["list.json[1]", "list.json[2]"]
    lines = [json.dumps({"id": "J1", "title": "سطر سليم", "content": GOOD_TEXT}, ensure_ascii=False),
             "{broken line", json.dumps({"id": "J1", "title": "مكرر", "content": GOOD_TEXT}, ensure_ascii=False),
             json.dumps({"id": "J4", "title": "بلا نص"}, ensure_ascii=False), "[1, 2]",
             json.dumps({"id": "J6", "title": "سطر سليم آخر", "content": GOOD_TEXT + " إضافة"}, ensure_ascii=False),
             json.dumps({"id": "J7", "title": "عنوان بلا متن", "content": ""}, ensure_ascii=False),
             json.dumps({"id": "J8", "title": " ", "content": ""}, ensure_ascii=False)]
    put("mixed.jsonl", "\n".join(lines) + "\n", True)
    bad += ["mixed.jsonl:2", "mixed.jsonl:3", "mixed.jsonl:4", "mixed.jsonl:5", "mixed.jsonl:8"]
    put("notgzip.jsonl.gz", b"this is not gzip at all", False)
    put("truncated.jsonl.gz", gzip.compress(("\n".join(lines[:1]) + "\n").encode("utf-8"))[:-12], False)
    put("unknown.docx", b"PK\x03\x04 not supported", True)  # other files in a folder are passed over
    good.remove("unknown.docx")
    put("null.json", "null", False)
    put("deep.json", "[" * 50_000 + "]" * 50_000, False)
    put("bom.txt", "\ufeff" + GOOD_TEXT, True)
    put("crlf.txt", GOOD_TEXT.replace("\n", "\r\n"), True)
    put("zerowidth.txt", GOOD_TEXT.replace("جسر", "ج\u200bسر"), True)
    put("sub/dir/nested-good.txt", GOOD_TEXT, True)
    put("dup/good0.txt", GOOD_TEXT, False)  # the same id as good0.txt
    return d, good, bad


@pytest.mark.slow
def test_bad_inputs_are_reported_and_good_ones_kept(tmp_path):
    d, good, bad = build(tmp_path)
    assert len(good) + len(bad) >= 30
    out = tmp_path / "out"
    env = dict(os.environ, MARSAD_ARTICLE_SECONDS="60")
    p = subprocess.run([sys.executable, "-m", "marsad.cli", "analyze", str(d), "--out", str(out), "-q"],
                       capture_output=True, text=True, timeout=900, env=env)
    assert p.returncode == 3
    assert "Traceback" not in p.stderr
    ids = {json.loads(l)["id"] for l in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()}
    errors = [json.loads(l) for l in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    for e in errors:
        assert e["reason"].strip() and e["input"].strip()
    named = " ".join(e["input"] for e in errors)
    for name in bad:
        assert name.split("/")[-1] in named, f"{name} is not reported"
    for name in good:
        if name.endswith(".jsonl"):
            assert {"J1", "J6", "J7"} <= ids  # a title-only article is kept
        elif name.endswith("list.json"):
            assert "L1" in ids
        else:
            stem = name.split("/")[-1].rsplit(".", 1)[0]
            assert stem in ids, f"{name} was lost"
    langs = {json.loads(l)["id"]: json.loads(l)["language"]
             for l in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()}
    assert langs["latin"] == "en" and langs["good0"] == "ar" and langs["J7"] == "ar"


def test_unsupported_file_given_by_name_is_an_error(tmp_path):
    f = tmp_path / "report.docx"
    f.write_bytes(b"PK\x03\x04")
    p = subprocess.run([sys.executable, "-m", "marsad.cli", "analyze", str(f), "--out", str(tmp_path / "o"), "-q"],
                       capture_output=True, text=True)
    assert p.returncode == 3
    (err,) = [json.loads(l) for l in (tmp_path / "o" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert err["input"] == str(f) and "unsupported" in err["reason"]


def test_unreadable_folder_is_reported(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    d = tmp_path / "locked"
    d.mkdir()
    (d / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    d.chmod(0)
    try:
        p = subprocess.run([sys.executable, "-m", "marsad.cli", "analyze", str(d), "--out", str(tmp_path / "o"), "-q"],
                           capture_output=True, text=True)
        assert p.returncode == 3 and "locked" in (tmp_path / "o" / "errors.jsonl").read_text(encoding="utf-8")
    finally:
        d.chmod(0o755)


def test_empty_scrape_keeps_the_headline_of_its_address():
    from marsad.errors import InputError
    from marsad.ingest.files import record_from_object, title_from_url

    url = "http://www.al-madina.com/node/620227/%D9%83%D9%8A%D9%81-%D8%AA%D8%B3%D8%B9%D9%81-%D8%B7%D9%81%D9%84%D8%A7%D9%8B.html"
    assert title_from_url(url) == "كيف تسعف طفلاً"
    assert title_from_url("https://example.com/news/2024/06/15/123456") is None
    assert title_from_url("https://example.com/article.php?id=5") is None
    rec = record_from_object({"url": url, "title": "", "content": " "}, "snn.jsonl:3", "x")
    assert rec.fields["title"] == "كيف تسعف طفلاً" and rec.raw == " "
    try:
        record_from_object({"url": "https://example.com/123", "title": "", "content": " "}, "snn.jsonl:4", "y")
    except InputError as e:
        assert e.source == "snn.jsonl:4" and e.reason == "article has neither text nor a title (nor one in its URL)"
    else:
        raise AssertionError("an empty article with no headline anywhere was accepted")
