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
