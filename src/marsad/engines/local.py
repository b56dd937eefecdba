"""The local engine: the per-article pipeline over a stream of inputs, on N processes."""
from __future__ import annotations

import logging
import multiprocessing as mp
import os
import signal
import threading
from typing import Iterable, Iterator

from marsad.document import Document
from marsad.errors import InputError, MarsadError
from marsad.ingest.files import ArticleRecord, iter_records
from marsad.pipeline import Pipeline

log = logging.getLogger(__name__)

_PIPELINE: Pipeline | None = None

#: Seconds one article may take before it is reported and skipped (0 = no limit).
ARTICLE_SECONDS = int(os.environ.get("MARSAD_ARTICLE_SECONDS", "120"))


class ArticleTimeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise ArticleTimeout()


def document_from_record(rec: ArticleRecord) -> Document:
    """A fresh Document for one input article (before cleaning)."""
    return Document(id=rec.id, raw=rec.raw, raw_format=rec.format, url=rec.fields.get("url"),
                    retrieved=(str(rec.fields["retrieved"]) if rec.fields.get("retrieved") else None),
                    meta={"fields": rec.fields, "source": rec.source})


def _pipeline() -> Pipeline:
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline()
    return _PIPELINE


def process_record(item: ArticleRecord | InputError) -> Document | InputError:
    """Run the per-article pipeline on one record; an error comes back as an InputError."""
    if isinstance(item, InputError):
        return item
    # a time limit per article (a pathological page must not hang the corpus); signals
    # work in the main thread only, which is where workers and Spark tasks run articles
    timed = ARTICLE_SECONDS > 0 and threading.current_thread() is threading.main_thread()
    if timed:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.alarm(ARTICLE_SECONDS)
    try:
        doc = _pipeline()(document_from_record(item))
        # tokens are cheap to recompute and costly to ship between processes and store
        doc.layers.pop("tokens", None)
        return doc
    except ArticleTimeout:
        log.warning("article %s took over %d s; skipped", item.source, ARTICLE_SECONDS)
        return InputError(item.source, f"analysis took over {ARTICLE_SECONDS} s; skipped")
    except MarsadError as e:
        return InputError(item.source, str(e))
    except Exception as e:  # a bug on one article must not stop the corpus; it is reported
        log.exception("article %s failed", item.source)
        return InputError(item.source, f"internal error while analyzing: {type(e).__name__}: {e}")
    finally:
        if timed:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)


def one_blas_thread() -> None:
    """numpy's BLAS in one thread. The tagger's matrix products are small, and BLAS threads
    spin while they wait: with two workers on two cores, the parent's and the workers' BLAS
    threads made `marsad analyze` 5x slower (300 SaudiNewsNet articles: 78 s, 14 s with one
    thread each); with one worker one thread is faster too (21 s against 23 s)."""
    from threadpoolctl import threadpool_limits

    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"  # BLAS libraries loaded later (scipy's) read these
    threadpool_limits(1)  # those already loaded (numpy's)


def run_pipeline(inputs: Iterable[str], workers: int = 1) -> Iterator[Document | InputError]:
    """Documents and errors, in input order, streamed. Sets numpy's BLAS to one thread."""
    one_blas_thread()
    records = iter_records(inputs)
    if workers <= 1:
        for rec in records:
            yield process_record(rec)
        return
    ctx = mp.get_context("fork")
    with ctx.Pool(workers, initializer=one_blas_thread) as pool:
        yield from pool.imap(process_record, records, chunksize=16)
