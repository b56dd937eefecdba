"""The Spark engine (local mode) gives the same output as the local engine."""
import json

import pytest

from conftest import SAMPLE

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'marsad[spark]')")

import marsad  # noqa: E402


def outputs(result, tmp_path, name):
    out = result.write(tmp_path / name)
    return [(out / f).read_bytes() for f in ("articles.jsonl", "corpus.json", "errors.jsonl")]


def mixed_inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "one.txt").write_text("عنوان أول\nقال المتحدث اليوم الأربعاء إن الاجتماع انتهى.\n", encoding="utf-8")
    lines = [json.dumps({"id": f"j{i}", "title": f"عنوان {i}", "content": f"نص الخبر رقم {i} عن موسكو.",
                         "date_extracted": "2015-08-01 10:00:00"}, ensure_ascii=False) for i in range(6)]
    lines.insert(3, "{not json")
    (d / "many.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


def test_spark_equals_local_on_mixed_inputs_with_errors(tmp_path):
    inp = mixed_inputs(tmp_path)
    local = marsad.analyze([inp])
    spark = marsad.analyze([inp], engine="spark", workers=2)
    assert [d.id for d in spark.documents] == ["j0", "j1", "j2", "j3", "j4", "j5", "one"]
    assert [e.source for e in spark.errors] == [f"{inp / 'many.jsonl'}:4"]
    assert outputs(spark, tmp_path, "s") == outputs(local, tmp_path, "l")


def test_spark_equals_local_on_seeds(shared_dir, tmp_path):
    local = marsad.analyze([shared_dir / "seeds"])
    spark = marsad.analyze([shared_dir / "seeds"], engine="spark", workers=2)
    assert outputs(spark, tmp_path, "s") == outputs(local, tmp_path, "l")


def test_spark_equals_local_on_sample_corpus(tmp_path):
    if not any(SAMPLE.glob("*")):
        pytest.skip("sample corpus not written yet")
    local = marsad.analyze([SAMPLE])
    spark = marsad.analyze([SAMPLE], engine="spark", workers=2)
    assert outputs(spark, tmp_path, "s") == outputs(local, tmp_path, "l")


def test_parquet_input_and_output(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from marsad.engines.spark import write_parquet

    pq.write_table(pa.table({"id": ["p1", "p2"], "title": ["عنوان", "عنوان آخر"],
                             "content": ["قال الوزير إن الخطة جاهزة.", "وصل الوفد إلى القاهرة."]}),
                   tmp_path / "in.parquet")
    local = marsad.analyze([tmp_path / "in.parquet"])
    spark = marsad.analyze([tmp_path / "in.parquet"], engine="spark", workers=1)
    assert [d.id for d in local.documents] == [d.id for d in spark.documents] == ["p1", "p2"]
    path = write_parquet(spark.documents, tmp_path)
    table = pq.read_table(path)
    assert table.column("id").to_pylist() == ["p1", "p2"]
    assert table.column("text").to_pylist()[1] == "وصل الوفد إلى القاهرة."


def test_uri_inputs_are_read_by_spark(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "u1", "title": "عنوان", "content": "وصل الوفد إلى الرباط."},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    spark = marsad.analyze([f"file://{path}"], engine="spark", workers=1)
    local = marsad.analyze([path])
    assert [d.to_dict() for d in spark.documents] == [d.to_dict() for d in local.documents]
    assert [d.id for d in spark.documents] == ["u1"]
