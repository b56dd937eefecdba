"""Corpus stages: what needs more than one article.

Each stage is an object with ``run(docs, corpus)`` that reads the documents,
may set corpus-level fields on them (``duplicate_of``, entity links, ``story``,
an inferred ``published``), and fills :class:`Corpus`.  They run in the order
of :data:`STAGES`, after every article went through the per-article pipeline.
"""
from __future__ import annotations

import gc
import logging
import time
from dataclasses import dataclass, field
from typing import Any, Protocol

from marsad.document import Document

log = logging.getLogger(__name__)


@dataclass
class Corpus:
    """What corpus.json holds."""

    entities: list[dict[str, Any]] = field(default_factory=list)
    stories: list[dict[str, Any]] = field(default_factory=list)
    storylines: list[dict[str, Any]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"entities": self.entities, "stories": self.stories, "storylines": self.storylines}


class CorpusStage(Protocol):
    name: str

    def run(self, docs: list[Document], corpus: Corpus) -> None: ...


def default_stages(copy_candidates: dict[str, set[str]] | None = None) -> list[CorpusStage]:
    """The corpus stages; ``copy_candidates`` are near-duplicate candidates found elsewhere
    (the Spark engine), see :class:`marsad.corpus.dedup.Dedup`."""
    from marsad.corpus.dedup import Dedup
    from marsad.corpus.geo import Geocode
    from marsad.corpus.resolve import ResolveEntities
    from marsad.corpus.stories import Stories

    # the stories' states are for a database (marsad.store.incremental makes its own stages)
    return [Dedup(copy_candidates), ResolveEntities(), Geocode(), Stories(keep_states=False)]


def run_corpus_stages(docs: list[Document], stages: list[CorpusStage] | None = None,
                      release: bool | None = None) -> Corpus:
    """Run the stages in order, without the cyclic garbage collector: the stages make many objects
    that live on (entities, stories, their indexes) and little cyclic garbage, and each full collection
    their numbers set off walks through every document again (on 15,042 articles, 4 of the entity
    stage's 13 s CPU, and peak memory the same); it is on again when they are done.

    ``release`` (the default when ``stages`` is None, i.e. the stages are made here and nobody else
    holds them): each stage is let go as soon as it has run, and one collection of the youngest
    generation frees its cyclic garbage (on 3,000 documents the same 20 MB after dedup as a full
    collection, at a fifth of the cost: with the collector off, all the stages make stays young), so
    the working tables of a stage (dedup's 3-gram sets, the stories' vectors and index) do not stay
    in memory under the next ones: the peak is the documents and the largest stage, not the sum. A caller that reads a stage's state afterwards (the store's ``rebuild``)
    passes its own list and keeps it."""
    corpus = Corpus()
    if release is None:
        release = stages is None
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        # made with the collector off: the stages and all they make stay in its youngest generation
        todo = list(stages) if stages is not None else default_stages()
        if release:
            stages = None  # the caller's list, if any, is not ours to keep alive
        while todo:
            stage = todo.pop(0)
            name = stage.name
            t0 = time.perf_counter()
            stage.run(docs, corpus)
            if release:
                del stage
                gc.collect(0)  # the youngest generation: what the stages made (older objects are not walked)
            corpus.timings[name] = time.perf_counter() - t0
            log.info("corpus stage %s: %.2fs", name, corpus.timings[name])
    finally:
        if was_enabled:
            gc.enable()
    return corpus
