"""The local engine: worker processes give the same output as one process, errors in place."""
import json

import marsad
from marsad.engines.local import document_from_record, process_record, process_records
from marsad.errors import InputError
from marsad.ingest.files import ArticleRecord


def test_workers_give_the_same_output(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    rows = [json.dumps({"id": f"a{i}", "title": "عنوان", "content": f"خبر رقم {i}: وصل الوزير إلى عمّان."},
                       ensure_ascii=False) for i in range(40)]
    rows.insert(7, "[1, 2")
    (inp / "x.jsonl").write_text("\n".join(rows), encoding="utf-8")
    one = marsad.analyze([inp], workers=1)
    two = marsad.analyze([inp], workers=2)
    assert [d.id for d in two.documents] == [f"a{i}" for i in range(40)]
    assert [e.source for e in two.errors] == [f"{inp / 'x.jsonl'}:8"]
    one.write(tmp_path / "o1")
    two.write(tmp_path / "o2")
    for f in ("articles.jsonl", "corpus.json", "errors.jsonl"):
        assert (tmp_path / "o1" / f).read_bytes() == (tmp_path / "o2" / f).read_bytes()


def test_record_fields_reach_the_document():
    rec = ArticleRecord("id1", "نص", "text", "src.jsonl:1",
                        {"url": "http://e/1", "retrieved": "2015-08-01 10:00:00", "outlet": "منفذ"})
    doc = document_from_record(rec)
    assert (doc.id, doc.url, doc.retrieved, doc.meta["source"]) == ("id1", "http://e/1", "2015-08-01 10:00:00",
                                                                    "src.jsonl:1")


def test_process_record_passes_errors_through():
    err = InputError("f.txt", "empty file")
    assert process_record(err) is err


def test_a_batch_gives_what_each_article_gives_alone():
    texts = ["التقى الرئيس المصري عبد الفتاح السيسي في القاهرة وزير الخارجية الأمريكي جون كيري.",
             "",
             "أعلنت وزارة الصحة السعودية في الرياض تسجيل إصابات جديدة بفيروس كورونا.",
             "قال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن المنظمة تتابع الوضع في اليمن."]
    recs = [ArticleRecord(f"b{i}", t, "text", f"b{i}.txt", {"title": "خبر"} if t else {}) for i, t in enumerate(texts)]
    batch = process_records([InputError("bad.txt", "unreadable")] + recs)
    alone = [process_record(r) for r in recs]
    assert [type(d).__name__ for d in batch] == ["InputError", "Document", "InputError", "Document", "Document"]
    assert batch[2].reason == alone[1].reason
    for b, a in zip(batch[1:], alone):
        if isinstance(a, InputError):
            continue
        assert b.to_dict() == a.to_dict()
    ents = [[(e["text"], e["type"]) for e in d.to_dict()["entities"]] for d in batch if not isinstance(d, InputError)]
    assert ents[0][:2] == [("عبد الفتاح السيسي", "PER"), ("القاهرة", "LOC")]


def test_workers_compute_the_search_fields_the_store_writes(tmp_path):
    import sqlite3

    from marsad.engines.local import analyze_stream
    from marsad.store import Store, search_fields

    (tmp_path / "a.txt").write_text("وصول الوفد\nوصل وفد كوري إلى بيونغ يانغ صباح اليوم.", encoding="utf-8")
    (d,) = analyze_stream([str(tmp_path / "a.txt")], workers=2, index=True)
    assert d.search_index == search_fields(d)
    assert d.search_index[0] == "وصول وفد وصل وفد كوري الي بيونغ يانغ صباح يوم"
    assert "search_index" not in json.dumps(d.to_dict(extra=True))
    (plain,) = analyze_stream([str(tmp_path / "a.txt")])
    assert plain.search_index is None
    d.search_index = ("كلمه", "klm")  # what the worker computed is what the store writes
    with Store(tmp_path / "x.db") as st:
        st.add_document(d)
    assert sqlite3.connect(tmp_path / "x.db").execute("SELECT words, keys FROM article_search").fetchall() == [
        ("كلمه", "klm")]


def test_the_models_are_frozen_for_the_collector_after_the_first_batch(monkeypatch):
    import gc

    from marsad.engines import local

    calls = []
    monkeypatch.setattr(local, "_FROZEN", False)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    rec = ArticleRecord("g1", "وصل الوزير إلى الرياض.", "text", "g1.txt", {})
    first = process_records([rec])
    second = process_records([ArticleRecord("g2", "وصل الوزير إلى الرياض.", "text", "g2.txt", {})])
    assert calls == ["freeze"]  # once per process, after the first batch
    assert [(e["text"], e["type"]) for e in first[0].to_dict()["entities"]] == [("الرياض", "LOC")]
    assert first[0].to_dict()["entities"] == second[0].to_dict()["entities"]


def test_lean_documents_leave_out_what_only_the_pipeline_reads(tmp_path):
    from marsad.engines.local import analyze_stream

    text = "اجتماع في جدة\nاجتمع وزير النقل في جدة مع ممثلي شركات الطيران يوم الأحد."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (full,) = analyze_stream([str(tmp_path / "a.txt")])
    (lean,) = analyze_stream([str(tmp_path / "a.txt")], workers=2, lean=True)
    assert full.raw == text and "fields" in full.meta
    assert lean.raw == "" and "fields" not in lean.meta
    assert lean.meta["source"] == full.meta["source"] == str(tmp_path / "a.txt")
    assert lean.to_dict() == full.to_dict()  # articles.jsonl holds neither
    assert [(e["text"], e["type"]) for e in lean.to_dict()["entities"]] == [("جدة", "LOC")]


def test_the_spill_gives_back_every_document_in_order():
    from marsad.document import Document, Span
    from marsad.engines.local import Spill

    docs = []
    for i in range(5):
        d = Document(id=f"s{i}", title=f"عنوان {i}", meta={"source": f"s{i}.txt"})
        d.set_text(f"زار الوفد مدينة تبوك للمرة {i}.")
        d.add("entities", Span(16, 20, "LOC", {"entity": None}, "ner"))
        docs.append(d)
    spill = Spill()
    for d in docs:
        spill.add(d)
    back = spill.documents()
    assert spill.count == 5 and [d.id for d in back] == ["s0", "s1", "s2", "s3", "s4"]
    assert [d.to_dict(extra=True) for d in back] == [d.to_dict(extra=True) for d in docs]
    assert back[3].text == "زار الوفد مدينة تبوك للمرة 3." and back[3].span_text(back[3].spans("entities")[0]) == "تبوك"
    spill.close()  # a second close does nothing


def test_cli_output_is_that_of_the_api_with_every_document(tmp_path):
    from click.testing import CliRunner

    from marsad.cli import cli

    inp = tmp_path / "in.jsonl"
    rows = [{"id": f"c{i}", "title": "الطقس", "content": f"توقعت الأرصاد أمطارا على منطقة عسير اليوم {i}."}
            for i in range(3)]
    inp.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    res = CliRunner().invoke(cli, ["analyze", str(inp), "--out", str(tmp_path / "cli"), "--workers", "2", "--quiet"])
    assert res.exit_code == 0, res.output
    whole = marsad.analyze([inp])
    assert whole.documents[0].raw == rows[0]["content"]  # the API keeps the input unless asked
    whole.write(tmp_path / "api")
    for f in ("articles.jsonl", "corpus.json", "errors.jsonl"):
        assert (tmp_path / "cli" / f).read_bytes() == (tmp_path / "api" / f).read_bytes()
    assert len((tmp_path / "cli" / "articles.jsonl").read_text(encoding="utf-8").splitlines()) == 3


def test_corpus_stages_made_here_are_let_go_once_run(monkeypatch):
    import weakref

    from marsad import corpus as corpus_mod
    from marsad.document import Document

    class Stage:
        def __init__(self, name, seen):
            self.name, self.seen = name, seen
            self.table = [[self] for _ in range(3)]  # a cycle: only a collection frees it

        def run(self, docs, corpus):
            self.seen.append((self.name, [r() is not None for r in refs]))
            corpus.stories.append({"id": self.name, "articles": len(docs)})

    seen: list = []
    refs: list = []

    def made_here():
        stages = [Stage("first", seen), Stage("second", seen)]
        refs.extend(weakref.ref(s) for s in stages)
        return stages

    monkeypatch.setattr(corpus_mod, "default_stages", made_here)
    c = corpus_mod.run_corpus_stages([Document(id="x")])
    assert c.stories == [{"id": "first", "articles": 1}, {"id": "second", "articles": 1}]
    assert seen == [("first", [True, True]), ("second", [False, True])]  # the first is gone when the second runs
    assert set(c.timings) == {"first", "second"}
    seen.clear()
    refs.clear()
    mine = made_here()  # a caller's own stages stay whole: it reads their state afterwards
    corpus_mod.run_corpus_stages([Document(id="x")], mine)
    assert seen == [("first", [True, True]), ("second", [True, True])] and mine[0].table[0][0] is mine[0]
