"""The local engine: the per-article pipeline over a stream of inputs, on N processes."""
from __future__ import annotations

import functools
import gc
import itertools
import logging
import multiprocessing as mp
import os
import pickle
import signal
import tempfile
import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator

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
                    warnings=list(rec.warnings), meta={"fields": rec.fields, "source": rec.source})


def _pipeline() -> Pipeline:
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline()
    return _PIPELINE


#: Articles a worker analyzes together (the tagger reads all their sentences at once).
BATCH = 32


@contextmanager
def _time_limit() -> Iterator[None]:
    """ARTICLE_SECONDS for one component's call (signals work in the main thread only, which is
    where workers and Spark tasks run articles)."""
    if ARTICLE_SECONDS <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.alarm(ARTICLE_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


_FROZEN = False


def _freeze_models() -> None:
    """After a process's first batch (the models, lexicons and caches loaded), move what it holds to
    the garbage collector's permanent generation (``gc.freeze``): its full collections then walk the
    objects of the batch at hand, not the millions of strings and dicts of the models again and again
    (a fifth of the CPU of the tokens step, which makes the most new objects). Those objects are
    not freed by the collector (they are never garbage: the models live as long as the process)."""
    global _FROZEN
    if not _FROZEN:
        _FROZEN = True
        gc.collect()
        gc.freeze()


def process_records(items: list[ArticleRecord | InputError], index: bool = False,
                    lean: bool = False) -> list[Document | InputError]:
    """Run the per-article pipeline on a batch of records; an article that fails (an error, a bug,
    too long a time: a pathological page must not hang the corpus) comes back as an InputError
    and the others go on. With ``index``, each document also carries its database search fields
    (computed here, in the worker, rather than serially in the process that writes the store).
    With ``lean``, each document comes back without what only the per-article pipeline reads: its
    ``raw`` input and the input's fields (``meta["fields"]``); no corpus stage reads them and
    articles.jsonl does not hold them, and ``raw`` alone was a quarter of what the process that
    gathers the documents held for each one (as much as the clean text)."""
    at = [i for i, it in enumerate(items) if isinstance(it, ArticleRecord)]
    done = _pipeline().run_many([document_from_record(items[i]) for i in at], limit=_time_limit)
    _freeze_models()
    out: list[Document | InputError] = list(items)
    for i, res in zip(at, done):
        src = items[i].source
        if isinstance(res, Document):
            # tokens are cheap to recompute and costly to ship between processes and store
            res.layers.pop("tokens", None)
            if lean:
                res.raw = ""
                res.meta.pop("fields", None)
            if index:
                from marsad.corpus.search_index import search_fields

                res.search_index = search_fields(res)
            out[i] = res
        elif isinstance(res, ArticleTimeout):
            log.warning("article %s took over %d s; skipped", src, ARTICLE_SECONDS)
            out[i] = InputError(src, f"analysis took over {ARTICLE_SECONDS} s; skipped")
        elif isinstance(res, MarsadError):
            out[i] = InputError(src, str(res))
        else:  # a bug on one article must not stop the corpus; it is reported
            log.error("article %s failed", src, exc_info=res)
            out[i] = InputError(src, f"internal error while analyzing: {type(res).__name__}: {res}")
    return out


def process_record(item: ArticleRecord | InputError) -> Document | InputError:
    """Run the per-article pipeline on one record; an error comes back as an InputError."""
    return process_records([item])[0]


def one_blas_thread() -> None:
    """numpy's BLAS in one thread. The tagger's matrix products are small, and BLAS threads
    spin while they wait: with two workers on two cores, the parent's and the workers' BLAS
    threads made `marsad analyze` 5x slower (300 SaudiNewsNet articles: 78 s, 14 s with one
    thread each); with one worker one thread is faster too (21 s against 23 s)."""
    from threadpoolctl import threadpool_limits

    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"  # BLAS libraries loaded later (scipy's) read these
    threadpool_limits(1)  # those already loaded (numpy's)


def _die_with_parent() -> None:
    """Linux: a worker is killed when the parent dies (no orphans printing BrokenPipe)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _init_worker() -> None:
    one_blas_thread()
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def map_records(records: Iterable[ArticleRecord | InputError], workers: int = 1,
                batch: int = BATCH, index: bool = False, lean: bool = False) -> Iterator[Document | InputError]:
    """process_records over a stream in batches, in order, on ``workers`` processes: the one
    worker pool of marsad (BLAS limited to one thread in the parent and in every worker)."""
    one_blas_thread()
    batches = iter(lambda it=iter(records): list(itertools.islice(it, batch)), [])
    work = functools.partial(process_records, index=index, lean=lean)
    if workers <= 1:
        for done in map(work, batches):
            yield from done
        return
    with mp.get_context("fork").Pool(workers, initializer=_init_worker) as pool:
        for done in pool.imap(work, batches):
            yield from done


def analyze_stream(inputs: Iterable[str], workers: int = 1, known: frozenset[str] | set[str] = frozenset(),
                   index: bool = False, lean: bool = False) -> Iterator[Document | InputError]:
    """Documents and errors of every input, in input order, streamed.

    An article whose id is in ``known`` (already stored) is passed over; a second article
    with an id already seen in this stream becomes an error naming both. ``index`` and ``lean``:
    see :func:`process_records`.
    """
    records = (r for r in iter_records(inputs) if isinstance(r, InputError) or r.id not in known)
    first: dict[str, str] = {}
    for item in map_records(records, workers, index=index, lean=lean):
        if isinstance(item, Document):
            src = item.meta.get("source", item.id)
            if item.id in first:
                item = InputError(src, f"duplicate article id {item.id!r} (first read from {first[item.id]}); "
                                       "the first one is kept")
            else:
                first[item.id] = src
        yield item



def drain(items: Iterable[Document | InputError], keep: Callable[[Document], Any],
          on_item: Callable[[Document | InputError], Any] | None = None,
          on_error: Callable[[InputError], Any] | None = None) -> list[InputError]:
    """Consume a stream: every document to ``keep`` (a list, a store), every error collected (and
    to ``on_error``), everything to ``on_item`` (a progress bar); returns the errors."""
    errors: list[InputError] = []
    for item in items:
        if isinstance(item, InputError):
            errors.append(item)
            log.info("%s", item)
            if on_error:
                on_error(item)
        else:
            keep(item)
        if on_item:
            on_item(item)
    return errors


class Spill:
    """Documents set aside on disk while the workers run, read back once they are done.

    ``marsad analyze --out`` keeps every document for the corpus stages; held in memory as they come
    in, they add to the workers' memory (their models and per-word caches) at the time the process
    tree is largest. Written here one by one (a pickle each, in an unnamed temporary file that
    disappears with the process) and read back by :meth:`documents` after the worker pool has
    exited, they are in memory only when the workers are not: the tree's peak no longer adds the
    documents to the workers'. The documents come back equal to what was written, in order."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="marsad-spill-")
        self.count = 0

    def add(self, doc: Document) -> None:
        pickle.dump(doc, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def documents(self) -> list[Document]:
        """Every document written, in order (the file is closed and gone afterwards). The garbage
        collector is off while they are read: their many new objects would set off full collections
        that walk all the documents read so far, again and again."""
        f, self._file = self._file, None
        docs: list[Document] = []
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            f.seek(0)
            for _ in range(self.count):
                docs.append(pickle.load(f))
        finally:
            f.close()
            if was_enabled:
                gc.enable()
        return docs

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
