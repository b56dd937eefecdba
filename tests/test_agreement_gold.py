"""agreement.py with the first pass given as an offsets gold file (--gold), on composed sentences."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval" / "realnews"))
import agreement  # noqa: E402
import annotate  # noqa: E402
import evaluate  # noqa: E402
import snn  # noqa: E402

TEXT = ("قال الوزير إن الخطة الجديدة تبدأ في الشهر المقبل. وأضاف: «سنعمل معا على إنجازها قبل نهاية العام». "
        "وقالت الوزارة إن المشروع الأول انتهى بنجاح كبير.")
OTHER = "أعلنت الشركة أن أرباحها ارتفعت هذا الربع."
URL, URL2 = "http://example.test/a1", "http://example.test/a2"


def span(text, part, kind, speaker):
    s = text.index(part)
    return {"kind": kind, "start": s, "end": s + len(part), "partial": False, "cue": None,
            "speaker": speaker, "speaker_name": None, "speaker_role": None, "speaker_en": None, "via": None}


FIRST = [
    {"url": URL, "published": None, "quotes": [
        span(TEXT, "الخطة الجديدة تبدأ في الشهر المقبل", "indirect", "الوزير"),
        span(TEXT, "سنعمل معا على إنجازها قبل نهاية العام", "direct", "الوزير"),
        span(TEXT, "المشروع الأول انتهى بنجاح كبير", "indirect", "الوزارة")], "dates": []},
    {"url": URL2, "published": None, "quotes": [span(OTHER, "أرباحها ارتفعت هذا الربع", "indirect", "الشركة")],
     "dates": []},
]


def fake_records(monkeypatch):
    """The composed texts stand for SaudiNewsNet's, for annotate's reader and the outside scorer's."""
    contents = {URL: TEXT, URL2: OTHER}
    monkeypatch.setattr(snn, "records", lambda urls: {u: {"url": u, "content": contents[u]} for u in urls})
    real = evaluate.shared_scorer

    def scorer():
        mod = real()
        mod.contents = lambda urls: {u: contents[u] for u in urls if u in contents}
        return mod
    monkeypatch.setattr(evaluate, "shared_scorer", scorer)


def write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def test_offsets_gold_against_offsets_gold(tmp_path, monkeypatch):
    fake_records(monkeypatch)
    # the second pass saw only the first article and left out the ministry's clause
    second = [{"url": URL, "published": None, "quotes": FIRST[0]["quotes"][:2], "dates": []}]
    res = agreement.attributions_agreement([], write(tmp_path / "second.jsonl", second),
                                           gold=write(tmp_path / "first.jsonl", FIRST))
    assert res["articles_both"] == 1  # the first pass's second article is not compared
    assert res["direct"]["f1"] == 1.0
    assert (res["indirect"]["gold"], res["indirect"]["system"]) == (1, 2)
    assert (res["indirect"]["precision"], res["indirect"]["recall"], res["indirect"]["f1"]) == (0.5, 1.0, 0.667)
    assert res["speaker_accuracy"] == 1.0
    assert res["quotes_exact_bounds_f1"] == 0.8  # 2 identical spans of 3 + 2
    assert res["quotes_same_kind_when_same_bounds"] == "2/2"


def test_draft_against_offsets_gold(tmp_path, monkeypatch):
    fake_records(monkeypatch)
    monkeypatch.setattr(annotate, "selection", lambda: {"t_01": {"gid": "t_01", "url": URL, "split": "dev5"}})
    draft = {"gid": "t_01", "published": None, "dates": [], "quotes": [
        {"kind": "indirect", "text": "الخطة الجديدة تبدأ في الشهر المقبل", "speaker": "الوزير"},
        {"kind": "direct", "text": "سنعمل معا على إنجازها قبل نهاية العام", "speaker": "الوزير"},
        # a wider span than the first pass's, and another speaker
        {"kind": "indirect", "from": "إن المشروع الأول", "to": "بنجاح كبير", "speaker": "الشركة"}]}
    res = agreement.attributions_agreement([], write(tmp_path / "second.jsonl", [draft]),
                                           gold=write(tmp_path / "first.jsonl", FIRST))
    assert res["articles_both"] == 1
    assert res["indirect"]["f1"] == 1.0  # إن + the 5 words: all of them covered, 5 of 6 inside
    assert res["speaker_accuracy"] == 0.667  # 2 of 3: the ministry's clause has another speaker
    assert res["quotes_exact_bounds_f1"] == 0.667  # 2 identical of 3 + 3


def test_detects_offsets_gold_and_drafts():
    assert agreement.is_offsets_gold(FIRST)
    assert not agreement.is_offsets_gold([{"gid": "t_01", "quotes": []}])
    assert not agreement.is_offsets_gold([])
    assert agreement.gold_path("attributions_dev5.jsonl") == ROOT / "eval" / "realnews" / "attributions_dev5.jsonl"


def test_main_takes_gold_option(tmp_path, monkeypatch, capsys):
    fake_records(monkeypatch)
    second = [{"url": URL2, "published": None, "quotes": FIRST[1]["quotes"], "dates": []}]
    rc = agreement.main(["--gold", write(tmp_path / "first.jsonl", FIRST),
                         "--second", write(tmp_path / "second.jsonl", second)])
    out = capsys.readouterr().out
    assert rc == 0
    assert 'indirect                 {"precision": 1.0, "recall": 1.0, "f1": 1.0, "gold": 1, "system": 1}' in out
    assert "articles_both            1" in out


def test_publication_days_compared_on_the_day_a_guess_starts_with(tmp_path, monkeypatch):
    fake_records(monkeypatch)
    first = [dict(FIRST[0], published=None, published_guess="2015-07-22 (the crawl day; nothing in the text)"),
             dict(FIRST[1], published=None, published_guess="2014-08 (an old page)")]
    second = [dict(FIRST[0], published="2015-07-22", published_basis="a weekday deictic"),
              dict(FIRST[1], published=None, published_guess="2014-08-25: an old page")]
    res = agreement.attributions_agreement([], write(tmp_path / "second.jsonl", second),
                                           gold=write(tmp_path / "first.jsonl", first))
    assert res["publication_day_same"] == "1/2"  # the same day set and guessed; a month is no day
    assert agreement.day_of({"published": None, "published_guess": None}) is None
    assert agreement.day_of({"published": None, "published_guess": "the crawl day"}) is None
    assert agreement.day_of({"published": "2015-07-30", "published_guess": "2015-07-29"}) == "2015-07-30"
