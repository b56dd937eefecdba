"""The public Python API.

>>> import marsad
>>> doc = marsad.analyze_text("قال بوتين اليوم الأربعاء إن المحادثات مثمرة.", published="2023-09-13")
>>> doc.text
'قال بوتين اليوم الأربعاء إن المحادثات مثمرة.'
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from marsad.corpus import Corpus, default_stages, run_corpus_stages
from marsad.document import Document
from marsad.errors import InputError
from marsad.ingest.files import ArticleRecord

log = logging.getLogger(__name__)


@dataclass
class Result:
    """What :func:`analyze` returns: documents in input order, the corpus, and input errors."""

    documents: list[Document]
    corpus: Corpus
    errors: list[InputError] = field(default_factory=list)

    @property
    def failed(self) -> list[InputError]:
        """The inputs that could not be read (not those skipped on purpose)."""
        return [e for e in self.errors if not e.skipped]

    def write(self, out: str | os.PathLike) -> Path:
        """Write ``articles.jsonl``, ``corpus.json`` and ``errors.jsonl`` (the contract) into ``out``."""
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        with open(out / "articles.jsonl", "w", encoding="utf-8") as f:
            for d in self.documents:
                f.write(json.dumps(d.to_dict(), ensure_ascii=False) + "\n")
        with open(out / "corpus.json", "w", encoding="utf-8") as f:  # streamed: the same text as json.dumps's
            json.dump(self.corpus.to_dict(), f, ensure_ascii=False, indent=1)
        with open(out / "errors.jsonl", "w", encoding="utf-8") as f:
            for e in self.errors:
                f.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
        return out


def analyze_text(text: str, *, published: str | None = None, title: str | None = None, doc_id: str = "text",
                 html: bool = False, outlet: str | None = None, url: str | None = None) -> Document:
    """Analyze one article given as a string (plain text, or HTML with ``html=True``).

    With ``title``, the whole text is the body; without, a plain-text dump's
    first line is taken as its title (as for ``.txt`` files).
    """
    from marsad.engines.local import process_record

    fields = {k: v for k, v in {"published": published, "title": title, "outlet": outlet, "url": url}.items() if v}
    rec = ArticleRecord(doc_id, text, "html" if html else "text", "<text>", fields)
    out = process_record(rec)
    if isinstance(out, InputError):
        raise out
    return out


def analyze(inputs: Iterable[str | os.PathLike] | str | os.PathLike, *, workers: int = 1, engine: str = "local",
            on_item: Callable[[Document | InputError], Any] | None = None, lean: bool = False) -> Result:
    """Analyze files and folders (see the contract for what is read); returns a :class:`Result`.

    ``engine`` is ``"local"`` (``workers`` processes) or ``"spark"`` (``local[workers]``
    unless a Spark master is configured). ``on_item`` is called with every document
    or error as it is done (for a progress bar). ``lean`` (local engine; what ``marsad analyze
    --out`` uses): the documents come back without their ``raw`` input and the input's fields, which
    :meth:`Result.write` never writes, and while the workers run they wait on disk, not in memory
    (:class:`marsad.engines.local.Spill`), so that the peak memory of the process tree is the
    workers' or the corpus stages', not both plus every document.
    """
    from marsad.engines.local import analyze_stream, drain

    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    paths = [str(p) for p in inputs]
    if engine == "spark":
        from marsad.engines.spark import run_spark

        docs, errors, candidates = run_spark(paths, workers=workers)
        for item in [*docs, *errors]:
            if on_item:
                on_item(item)
        return Result(docs, run_corpus_stages(docs, default_stages(candidates)), errors)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}; use 'local' or 'spark'")
    if lean:
        from marsad.engines.local import Spill

        spill = Spill()
        try:
            errors = drain(analyze_stream(paths, workers=workers, lean=True), spill.add, on_item)
            docs = spill.documents()  # the workers have exited: the documents take their place
        finally:
            spill.close()
    else:
        docs = []
        errors = drain(analyze_stream(paths, workers=workers), docs.append, on_item)
    corpus = run_corpus_stages(docs)
    return Result(docs, corpus, errors)
