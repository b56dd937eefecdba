"""The Spark engine: the same per-article pipeline inside Spark tasks.

``marsad analyze INPUT... --out DIR --engine spark`` (needs ``pip install marsad[spark]``).

* JSON-lines inputs (``.jsonl``, ``.jsonl.gz``) and Parquet files are read by
  Spark itself (``textFile``, ``read.parquet``), so they are split across
  executors; other files (``.txt``, ``.html``, ``.json``) are read on the driver
  and distributed.
* Each partition builds the pipeline once (:func:`marsad.engines.local.process_record`
  caches it per Python worker, and Spark reuses its Python workers), so the NER
  model is loaded once per executor process, not once per article.
* Near-duplicate candidates are found in Spark: every article's MinHash band keys
  (:func:`marsad.corpus.dedup.band_keys`) are grouped across the cluster, and
  articles sharing a key are candidates. The corpus stages then run on the
  driver over the analyzed documents with those candidates, the same code as
  the local engine, so both engines give the same output.

Run it on a cluster with ``spark-submit`` (see the README, "Running on a Spark cluster").
"""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Any, Iterable

from marsad.document import Document
from marsad.errors import InputError, MarsadError
from marsad.ingest.files import iter_paths, read_file, record_from_object

log = logging.getLogger(__name__)

#: Spark settings for a local session (a cluster's spark-submit overrides them).
LOCAL_CONF = {
    "spark.ui.enabled": "false",
    "spark.sql.shuffle.partitions": "8",
    "spark.python.worker.reuse": "true",
    "spark.driver.memory": "2g",
    "spark.ui.showConsoleProgress": "false",
    # executors share the cores: one BLAS thread in each Python worker (see engines.local)
    "spark.executorEnv.OPENBLAS_NUM_THREADS": "1",
    "spark.executorEnv.OMP_NUM_THREADS": "1",
    "spark.executorEnv.MKL_NUM_THREADS": "1",
}


def _session(workers: int):
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise MarsadError("--engine spark needs pyspark: pip install 'marsad[spark]'") from None
    # executors run this interpreter (the one marsad is installed in) unless told otherwise
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("marsad")
    if not os.environ.get("SPARK_MASTER") and "spark.master" not in os.environ.get("PYSPARK_SUBMIT_ARGS", ""):
        builder = builder.master(f"local[{max(1, workers)}]")
    for k, v in LOCAL_CONF.items():
        builder = builder.config(k, v)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


# ---- executor side ----------------------------------------------------------------------

def _analyze_item(item: tuple[int, Any]) -> tuple[int, str]:
    """(index, record-or-error) -> (index, JSON of the Document or of the error)."""
    from marsad.engines.local import process_record

    index, rec = item
    out = process_record(rec)
    if isinstance(out, InputError):
        return index, json.dumps({"error": {"input": out.source, "reason": out.reason}}, ensure_ascii=False)
    return index, json.dumps(out.to_dict(extra=True), ensure_ascii=False)


def _bands(item: tuple[Any, str]) -> list[tuple[tuple[int, tuple[int, ...]], Any]]:
    """(index, document JSON) -> [(band key, index)] for its MinHash (none for errors and stubs)."""
    from marsad.corpus.dedup import band_keys

    index, js = item
    hv = json.loads(js).get("meta", {}).get("_minhash")
    return [(k, index) for k in band_keys(hv)] if hv else []


def _pairs(group: tuple[Any, Iterable[Any]]) -> list[tuple[Any, Any]]:
    members = sorted(group[1])
    return [(a, b) for i, a in enumerate(members) for b in members[i + 1:]]


def _parse_line(item: tuple[tuple[int, str], str, str]) -> tuple[int, Any]:
    """A JSON line read by Spark -> (index, ArticleRecord or InputError)."""
    (index, line), source, stem = item
    lsrc = f"{source}:{index[1] + 1}"
    try:
        return index, record_from_object(json.loads(line), lsrc, f"{stem}_{index[1] + 1}")
    except json.JSONDecodeError as e:
        return index, InputError(lsrc, f"invalid JSON: {e.msg}")
    except InputError as e:
        return index, e


# ---- driver side ------------------------------------------------------------------------

def run_spark(inputs: list[str], workers: int = 2) -> tuple[list[Document], list[InputError], dict[str, set[str]]]:
    """Analyze ``inputs`` with Spark; documents and errors in input order (as the local engine),
    and the near-duplicate candidates (article id -> ids sharing an LSH band)."""
    spark = _session(workers)
    sc = spark.sparkContext
    rdds = []
    # URIs (hdfs://, s3a://, file://) are handed to Spark as they are; local paths are walked here
    paths: list[Any] = []
    for inp in inputs:
        if "://" in inp:
            paths.append(_Uri(inp))
        else:
            paths.extend(iter_paths([inp]))
    for file_no, p in enumerate(paths):
        if isinstance(p, InputError):
            rdds.append(sc.parallelize([((file_no, 0), p)], 1))
            continue
        name = p.name.lower()
        if name.endswith((".jsonl", ".jsonl.gz")):
            stem = p.name[: -len(".jsonl.gz")] if name.endswith(".gz") else p.stem
            lines = sc.textFile(str(p)).zipWithIndex().filter(lambda x: x[0].strip())
            rdds.append(lines.map(lambda x, f=file_no, s=str(p), st=stem: _parse_line((((f, x[1]), x[0]), s, st))))
        elif name.endswith(".parquet"):
            df = spark.read.parquet(str(p))
            rows = df.rdd.zipWithIndex()
            rdds.append(rows.map(lambda x, f=file_no, s=str(p): _row_record(x, f, s)))
        elif isinstance(p, _Uri):
            rdds.append(sc.parallelize([((file_no, 0), InputError(p, "Spark reads .jsonl, .jsonl.gz and .parquet "
                                                                     "URIs; copy other files locally"))], 1))
        else:
            items = [((file_no, i), rec) for i, rec in enumerate(read_file(p))]
            rdds.append(sc.parallelize(items, max(1, min(len(items), workers * 4))))
    if not rdds:
        return [], [], {}
    allrdd = sc.union(rdds) if len(rdds) > 1 else rdds[0]
    analyzed = allrdd.map(_analyze_item).cache()
    results = analyzed.sortByKey().collect()
    pairs = analyzed.flatMap(_bands).groupByKey().flatMap(_pairs).distinct().collect()
    analyzed.unpersist()
    docs, errors, seen, id_at = [], [], set(), {}
    for index, js in results:
        obj = json.loads(js)
        if "error" in obj:
            errors.append(InputError(obj["error"]["input"], obj["error"]["reason"]))
            continue
        doc = Document.from_dict(obj)
        if doc.id in seen:
            errors.append(InputError(doc.meta.get("source", doc.id), f"duplicate article id {doc.id!r}; "
                                                                    "the first one is kept"))
            continue
        seen.add(doc.id)
        id_at[index] = doc.id
        docs.append(doc)
    candidates: dict[str, set[str]] = {}
    for a, b in pairs:
        if a in id_at and b in id_at:
            candidates.setdefault(id_at[a], set()).add(id_at[b])
            candidates.setdefault(id_at[b], set()).add(id_at[a])
    return docs, errors, candidates


class _Uri(str):
    """An input URI read by Spark itself (HDFS, S3, ...)."""

    @property
    def name(self) -> str:
        return self.rstrip("/").rsplit("/", 1)[-1]

    @property
    def stem(self) -> str:
        return self.name.split(".", 1)[0]


def _row_record(x, file_no: int, source: str):
    row, i = x
    src = f"{source}[{i}]"
    try:
        return (file_no, i), record_from_object(row.asDict(), src, f"{Path(source).stem}_{i}")
    except InputError as e:
        return (file_no, i), e


def write_parquet(documents: list[Document], out: Path) -> Path:
    """``articles.parquet`` beside articles.jsonl (nested fields as JSON strings)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [d.to_dict() for d in documents]
    cols = ["id", "url", "title", "outlet", "author", "language", "text", "duplicate_of", "story"]
    table = pa.table({
        **{c: [r.get(c) for r in rows] for c in cols},
        "published": [(r.get("published") or {}).get("value") for r in rows],
        "published_basis": [(r.get("published") or {}).get("basis") for r in rows],
        **{c: [json.dumps(r.get(c), ensure_ascii=False) for r in rows] for c in ("entities", "quotes", "dates", "removed")},
    })
    path = Path(out) / "articles.parquet"
    pq.write_table(table, path)
    return path
