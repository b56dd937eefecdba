"""The per-article pipeline: registered components that take and return a Document.

A component declares what it ``needs`` and what it ``adds`` (layer or field
names); :class:`Pipeline` checks the order before anything runs and refuses a
component that returns anything but a :class:`~marsad.document.Document`.
A component registered with ``many=True`` takes and returns a list of documents, so that
it can share work across articles (the tagger reads the sentences of a whole batch at once);
:meth:`Pipeline.run_many` runs a batch component by component, and an article that fails
fails alone.

>>> @component("shout", needs=("text",), adds=("meta.shout",))
... def shout(doc):
...     doc.meta["shout"] = doc.text.upper()
...     return doc
>>> Pipeline(["shout"]).names
['shout']
"""
from __future__ import annotations

import logging
import os
import time
from contextlib import AbstractContextManager, ExitStack, nullcontext
from typing import Any, Callable, Iterable

from marsad import contract_check
from marsad.document import Document
from marsad.errors import PipelineError
from marsad.registry import REGISTRY, Component, component  # noqa: F401 - component: the decorator's old home

log = logging.getLogger(__name__)

class Undeclared(PipelineError):
    """A component changed or read what its declarations do not allow (a bug of the component)."""


#: What every Document has before any component runs.
BASE_FIELDS = frozenset({"raw", "id", "meta"})


#: The default per-article pipeline, in order.
DEFAULT_PIPELINE = ("clean", "language", "sentences", "tokens", "entities", "dates", "published", "quotes",
                    "signature")


def _load_components() -> None:
    """Import the modules that register the default components."""
    import marsad.text.clean  # noqa: F401
    import marsad.text.annotate  # noqa: F401
    import marsad.extract.entities  # noqa: F401
    import marsad.extract.dates  # noqa: F401
    import marsad.extract.published  # noqa: F401
    import marsad.extract.quotes  # noqa: F401
    import marsad.corpus.dedup  # noqa: F401


class Pipeline:
    """An ordered, checked list of components."""

    def __init__(self, names: Iterable[str] = DEFAULT_PIPELINE, check: bool | None = None):
        """``check``: verify, document by document, that each component changes only what it
        declares and reads only what is there before it (default: the MARSAD_CHECK variable)."""
        _load_components()
        self.check = os.environ.get("MARSAD_CHECK") == "1" if check is None else check
        self.components: list[Component] = []
        #: per component, what the record and the components before it provide
        self.available: dict[str, frozenset[str]] = {}
        have = set(BASE_FIELDS)
        for name in names:
            comp = REGISTRY.get(name)
            if comp is None:
                raise PipelineError(f"unknown component {name!r}; known: {', '.join(sorted(REGISTRY))}")
            missing = [n for n in comp.needs if n not in have]
            if missing:
                raise PipelineError(f"component {name!r} needs {', '.join(missing)}, which no earlier component adds")
            self.available[name] = frozenset(have) | contract_check.BASE_FIELDS
            have.update(comp.adds)
            self.components.append(comp)
        self.timings: dict[str, float] = {c.name: 0.0 for c in self.components}

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, doc: Document) -> Document:
        out = self.run_many([doc])[0]
        if isinstance(out, BaseException):
            raise out
        return out

    def run_many(self, docs: list[Document],
                 limit: Callable[[], AbstractContextManager[Any]] = nullcontext
                 ) -> list[Document | Exception]:
        """Run every component over a batch of documents; each comes back as a Document or as
        the exception that stopped it (the others go on). ``limit()`` wraps each call (a time
        limit); a batch call that fails is run again one article at a time, so that only the
        article at fault fails. A component that breaks its declarations (with ``check``) raises."""
        results: list[Document | Exception] = list(docs)
        for comp in self.components:
            todo = []
            for i, doc in enumerate(results):
                if not isinstance(doc, Document):
                    continue
                if comp.reads(doc):
                    todo.append(i)
                else:
                    for layer in comp.adds:  # Arabic rules say nothing of an English article
                        doc.layers.setdefault(layer, [])
            t0 = time.perf_counter()
            if comp.many and len(todo) > 1:
                try:
                    with limit():
                        outs = self._call(comp, [results[i] for i in todo])
                    for i, out in zip(todo, outs, strict=True):
                        results[i] = self._checked(comp, out)
                    todo = []
                except Undeclared:
                    raise
                except Exception:  # noqa: BLE001 - found again below, article by article
                    pass
            for i in todo:
                try:
                    with limit():
                        results[i] = self._checked(comp, self._call(comp, [results[i]])[0])
                except Undeclared:
                    raise
                except Exception as e:  # noqa: BLE001 - the article fails, the batch goes on
                    results[i] = e
            self.timings[comp.name] += time.perf_counter() - t0
        return results

    def _call(self, comp: Component, docs: list[Document]) -> list[Any]:
        if not self.check:
            return comp.func(docs) if comp.many else [comp.func(d) for d in docs]
        before = [contract_check.snapshot(d) for d in docs]
        with ExitStack() as stack:
            seen = [stack.enter_context(contract_check.watching(d)) for d in docs]
            outs = comp.func(docs) if comp.many else [comp.func(d) for d in docs]
        for doc, out, was, read in zip(docs, outs, before, seen, strict=True):
            wrote = sorted(contract_check.changed(was, contract_check.snapshot(self._checked(comp, out)))
                           - set(comp.adds))
            if wrote:
                raise Undeclared(f"component {comp.name!r} changed {', '.join(wrote)} of {doc.id}, "
                                 "which it does not declare in adds")
            unknown = sorted(read - self.available[comp.name] - set(comp.adds))
            if unknown:
                raise Undeclared(f"component {comp.name!r} read {', '.join(unknown)} of {doc.id}, "
                                 "which no earlier component adds")
        return outs

    @staticmethod
    def _checked(comp: Component, out: Any) -> Document:
        if not isinstance(out, Document):
            raise PipelineError(f"component {comp.name!r} returned {type(out).__name__}, not a Document")
        return out
