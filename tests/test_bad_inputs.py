"""Bad input and faults: a folder of broken, hostile and odd inputs mixed with good articles.

Every good article must come out, every bad input must be named in errors.jsonl with
a reason, nothing may print a traceback, and the exit code must be 3.
"""
from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys

import pytest

GOOD_TEXT = ("عنوان خبر سليم عن افتتاح جسر جديد\nافتتح وزير النقل اليوم الأربعاء جسرا جديدا فوق النهر "
             "يربط شطري المدينة، وقال إن الجسر سيختصر زمن الرحلة إلى النصف.\n")


BODY = GOOD_TEXT.split("\n")[1]
ONE_LINE = "قال وزير النقل اليوم الأربعاء إن الجسر الجديد سيختصر زمن الرحلة إلى النصف."
SUPPORTED = "marsad reads .txt, .html, .htm, .json, .jsonl, .jsonl.gz, .parquet"


def build(tmp_path):
    """The catalogue: a folder of inputs, and what must come of each.

    ``good``: file name -> {article id: a passage its text must hold}; ``bad``: the exact
    errors.jsonl line expected (input relative to the folder, reason, skipped or not).
    """
    d = tmp_path / "in"
    d.mkdir()
    good: dict[str, dict[str, str]] = {}
    bad: list[tuple[str, str, bool]] = []

    def put(name, data):
        p = d / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return p

    def ok(name, data, ids=None, passage=None):
        put(name, data)
        good[name] = ids or {name.rsplit("/", 1)[-1].rsplit(".", 1)[0]: passage or "جسرا"}

    def err(name, data, reason, skipped=False):
        if data is not None:
            put(name, data)
        bad.append((name, reason, skipped))

    for i in range(5):
        ok(f"good{i}.txt", GOOD_TEXT.replace("جسرا", f"جسرا رقم {i}"), passage=f"جسرا رقم {i}")
    ok("cp1256.txt", GOOD_TEXT.encode("cp1256"))
    ok("cp1256page.html", ("<html><head><meta charset='windows-1256'><title>خبر قديم</title></head><body><article>"
                           "<h1>خبر قديم</h1><p>" + BODY + "</p></article></body></html>").encode("cp1256"))
    ok("latin.txt", "Bridge opens\nThe transport minister opened a new bridge on Wednesday over the river.\n",
       passage="bridge on Wednesday")
    ok("french.html", "<html><body><h1>Un pont</h1><p>Le ministre a inauguré un pont ce mercredi sur le fleuve "
                      "qui traverse la ville.</p></body></html>", passage="pont ce mercredi")
    ok("truncated.html", "<html><head><title>خبر مبتور</title></head><body><article><p>" + BODY[:60], passage=BODY[:40])
    ok("bom.txt", "\ufeff" + GOOD_TEXT)
    ok("crlf.txt", GOOD_TEXT.replace("\n", "\r\n"))
    ok("zerowidth.txt", GOOD_TEXT.replace("جسر", "ج\u200bسر"), passage="النهر")
    ok("sub/dir/nested-good.txt", GOOD_TEXT)
    # one line is a body, not a title over nothing (UTF-8, UTF-16, cp1256)
    ok("one-line.txt", ONE_LINE + "\n", passage=ONE_LINE)
    ok("one-line-utf16.txt", ONE_LINE.encode("utf-16"), passage=ONE_LINE)
    ok("one-line-cp1256.txt", ONE_LINE.encode("cp1256"), passage=ONE_LINE)
    ok("no-title.json", json.dumps({"id": "NT", "text": ONE_LINE}, ensure_ascii=False), {"NT": ONE_LINE})
    # a few invalid bytes in UTF-8 are replaced (with a warning), not the article lost
    ok("few-bad-bytes.txt", GOOD_TEXT.encode("utf-8").replace("النهر".encode("utf-8"), b"\xff\xfe\xfa\xfb"),
       passage="يربط شطري المدينة")
    ok("bad-published.json", json.dumps({"id": "BP", "title": "تاريخ مستحيل", "text": GOOD_TEXT,
                                          "published": "9999-99-99"}, ensure_ascii=False), {"BP": "جسرا"})
    ok("list.json", json.dumps([{"id": "L1", "title": "خبر في قائمة", "content": GOOD_TEXT},
                                "not an object", {"id": "L3", "content": ""}], ensure_ascii=False), {"L1": "جسرا"})
    err("list.json[1]", None, "expected a JSON object, got str")
    err("list.json[2]", None, "article has neither text nor a title (nor one in its URL)")
    lines = [json.dumps({"id": "J1", "title": "سطر سليم", "content": GOOD_TEXT}, ensure_ascii=False),
             "{broken line", json.dumps({"id": "J1", "title": "مكرر", "content": GOOD_TEXT}, ensure_ascii=False),
             json.dumps({"id": "J4", "title": "بلا نص"}, ensure_ascii=False), "[1, 2]",
             json.dumps({"id": "J6", "title": "سطر سليم آخر", "content": GOOD_TEXT + " إضافة"}, ensure_ascii=False),
             json.dumps({"id": "J7", "title": "عنوان بلا متن", "content": ""}, ensure_ascii=False),
             json.dumps({"id": "J8", "title": " ", "content": ""}, ensure_ascii=False)]
    ok("mixed.jsonl", "\n".join(lines) + "\n", {"J1": "جسرا", "J6": "جسرا", "J7": ""})
    err("mixed.jsonl:2", None, "invalid JSON: Expecting property name enclosed in double quotes")
    err("mixed.jsonl:3", None, "duplicate article id 'J1' (first read from {in}/mixed.jsonl:1); the first one is kept")
    err("mixed.jsonl:4", None, "article has no 'text', 'content' or 'html'")
    err("mixed.jsonl:5", None, "expected a JSON object, got list")
    err("mixed.jsonl:8", None, "article has neither text nor a title (nor one in its URL)")

    err("empty.txt", "", "empty file")
    err("spaces.txt", "   \n\n\t  \n", "empty file")
    err("binary.txt", bytes(range(256)) * 20, "binary data (NUL bytes), not text")
    err("image.html", b"\x89PNG\r\n\x1a\n" + bytes(2000), "binary data (NUL bytes), not text")
    err("broken-utf8.txt", "عنوان\nنص".encode("utf-8")[:-1] + b"\xff\xfe\xfa" * 50,
        "cannot decode: not UTF-8 and no other encoding fits")
    err("huge.html", "<html><body><p>" + "كلمة " * 600_000 + "</p></body></html>",
        "article is 3,000,033 characters, over the 2,000,000 limit")
    err("nested.html", "<html><body>" + "<div>" * 100_000 + "نص" + "</div>" * 100_000 + "</body></html>",
        "HTML page has 200,004 tags, over the 60,000 limit (not a news page?)")
    err("nested-5000.html", "<html><body>" + "<div>" * 5000 + "<p>" + BODY + "</p>" + "</div>" * 5000 + "</body></html>",
        "no article text or title could be extracted from the page")
    err("bad.json", '{"title": "عنوان", "content": ', "invalid JSON: Expecting value at line 1")
    err("wrongtypes.json", json.dumps({"id": 5, "title": ["x"], "content": {"a": 1}}), "article body is dict, not a string")
    err("number.json", "42", "expected a JSON object, got int")
    err("null.json", "null", "expected a JSON object, got NoneType")
    err("deep.json", "[" * 50_000 + "]" * 50_000, "invalid JSON: nested too deeply")
    err("notgzip.jsonl.gz", b"this is not gzip at all", "cannot read: Not a gzipped file (b'th')")
    err("truncated.jsonl.gz", gzip.compress((lines[0] + "\n").encode("utf-8"))[:-12],
        "cannot read: Compressed file ended before the end-of-stream marker was reached")
    err("dup/good0.txt", GOOD_TEXT, "duplicate article id 'good0' (first read from {in}/good0.txt); the first one is kept")
    # files of other types in a folder are passed over, each listed with its reason
    for name, data in (("unknown.docx", b"PK\x03\x04 not supported"), ("paper.pdf", b"%PDF-1.4\n"),
                       ("table.csv", "a,b\n1,2\n"), ("feed.xml", "<rss/>"), ("README", "notes")):
        suffix = "." + name.rsplit(".", 1)[1] if "." in name else "(none)"
        err(name, data, f"unsupported file type {suffix!r}; {SUPPORTED}; skipped", skipped=True)
    (d / "loop").mkdir()
    (d / "loop" / "again").symlink_to(d / "loop")
    err("loop/again", None, f"symbolic link loop (already read as {d / 'loop'}); skipped", skipped=True)
    (d / "dangling.txt").symlink_to(d / "no-such-target.txt")
    err("dangling.txt", None, "broken symbolic link; skipped", skipped=True)
    return d, good, bad


def run_catalogue(tmp_path):
    d, good, bad = build(tmp_path)
    out = tmp_path / "out"
    env = dict(os.environ, MARSAD_ARTICLE_SECONDS="60")
    p = subprocess.run([sys.executable, "-m", "marsad.cli", "analyze", str(d), "--out", str(out), "-q"],
                       capture_output=True, text=True, timeout=900, env=env)
    arts = {a["id"]: a for a in map(json.loads, (out / "articles.jsonl").read_text(encoding="utf-8").splitlines())}
    errors = [json.loads(l) for l in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    return d, good, bad, p, arts, errors


@pytest.mark.slow
def test_bad_inputs_are_reported_and_good_ones_kept(tmp_path):
    d, good, bad, p, arts, errors = run_catalogue(tmp_path)
    assert len(good) + len(bad) >= 40
    assert p.returncode == 3
    assert "Traceback" not in p.stderr
    # every bad input named once, with its exact reason; nothing else reported
    got = sorted((e["input"].replace(str(d) + "/", ""), e["reason"], e.get("skipped", False)) for e in errors)
    assert got == sorted((n, r.replace("{in}", str(d)), s) for n, r, s in bad)
    # every message on stderr once, one line each
    assert sum(line.startswith("marsad: ") for line in p.stderr.splitlines()) == len(bad) + 2  # + 2 warnings
    # every good article present and complete
    for name, ids in good.items():
        for aid, passage in ids.items():
            assert aid in arts, f"{name} ({aid}) was lost"
            assert passage in arts[aid]["text"], f"{name} ({aid}) lost text: {arts[aid]['text'][:80]!r}"
    assert arts["J7"]["title"] == "عنوان بلا متن" and arts["J7"]["text"] == ""  # a title-only article is kept
    for aid in ("one-line", "one-line-utf16", "one-line-cp1256", "NT"):
        assert (arts[aid]["title"], arts[aid]["text"]) == (None, ONE_LINE)
    assert arts["few-bad-bytes"]["warnings"] == ["4 invalid UTF-8 byte sequence(s) replaced by U+FFFD"]
    assert "\ufffd" in arts["few-bad-bytes"]["text"]
    assert arts["BP"]["published"]["value"] is None
    assert arts["BP"]["warnings"] == ["published '9999-99-99' is not a calendar day (YYYY-MM-DD); ignored"]
    assert {a: arts[a]["language"] for a in ("latin", "french", "good0", "J7")} == {
        "latin": "en", "french": "fr", "good0": "ar", "J7": "ar"}
    # Arabic rules say nothing of other languages
    for aid in ("latin", "french"):
        assert (arts[aid]["entities"], arts[aid]["quotes"], arts[aid]["dates"]) == ([], [], [])
    assert arts["good0"]["dates"]


def test_unsupported_file_given_by_name_is_an_error(tmp_path):
    f = tmp_path / "report.docx"
    f.write_bytes(b"PK\x03\x04")
    p = subprocess.run([sys.executable, "-m", "marsad.cli", "analyze", str(f), "--out", str(tmp_path / "o"), "-q"],
                       capture_output=True, text=True)
    assert p.returncode == 3
    (err,) = [json.loads(l) for l in (tmp_path / "o" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert err["input"] == str(f) and "unsupported" in err["reason"]


def unprivileged() -> list[str]:
    """A command prefix that makes file permissions apply: as root (how CI runs), the same user
    without the capabilities that bypass them."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("root without setpriv (util-linux): permissions cannot be made to apply")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all"]


def test_unreadable_inputs_are_reported_and_the_run_goes_on(tmp_path):
    prefix = unprivileged()
    for name in ("locked", "top/sub", "ok"):
        (tmp_path / name).mkdir(parents=True)
    for name in ("locked/a.txt", "top/sub/b.txt", "top/c.txt", "ok/d.txt", "ok/e.txt"):
        (tmp_path / name).write_text(GOOD_TEXT, encoding="utf-8")
    for name in ("locked", "top/sub", "ok/e.txt"):
        (tmp_path / name).chmod(0)
    try:
        p = subprocess.run([*prefix, sys.executable, "-m", "marsad.cli", "analyze", str(tmp_path / "locked"),
                            str(tmp_path / "top"), str(tmp_path / "ok"), "--out", str(tmp_path / "o"), "-q"],
                           capture_output=True, text=True, timeout=300)
    finally:
        for name in ("locked", "top/sub", "ok/e.txt"):
            (tmp_path / name).chmod(0o755)
    assert p.returncode == 3 and "Traceback" not in p.stderr
    errors = [json.loads(l) for l in (tmp_path / "o" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["input"].replace(str(tmp_path) + "/", ""), e["reason"]) for e in errors] == [
        ("locked", "cannot read folder: Permission denied"),
        ("top/sub", "cannot read folder: Permission denied"),
        ("ok/e.txt", "cannot read: Permission denied")]
    ids = [json.loads(l)["id"] for l in (tmp_path / "o" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ids == ["c", "d"]


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


def test_html_entities_left_in_a_headline_are_decoded():
    from marsad.ingest.files import record_from_object

    rec = record_from_object({"title": "الوزير: الخطة &#8220;طموحة&#8221; &amp; واقعية", "content": "نص الخبر."}, "in.jsonl:1", "a")
    assert rec.fields["title"] == "الوزير: الخطة “طموحة” & واقعية"
