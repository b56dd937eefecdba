"""The per-article pipeline: registered components that take and return a Document.

A component declares what it ``needs`` and what it ``adds`` (layer or field
names); :class:`Pipeline` checks the order before anything runs and refuses a
component that returns anything but a :class:`~marsad.document.Document`.

>>> @component("shout", needs=("text",), adds=("shout",))
... def shout(doc):
...     doc.meta["shout"] = doc.text.upper()
...     return doc
>>> Pipeline(["shout"]).names
['shout']
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Callable, Iterable

from marsad.document import Document
from marsad.errors import PipelineError

log = logging.getLogger(__name__)

#: What every Document has before any component runs.
BASE_FIELDS = frozenset({"raw", "id", "meta"})


@dataclass(frozen=True)
class Component:
    name: str
    func: Callable[[Document], Document]
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    #: the languages it reads (None: any); on other documents its layers stay empty
    languages: tuple[str, ...] | None = None


REGISTRY: dict[str, Component] = {}


def component(name: str, *, needs: Iterable[str] = (), adds: Iterable[str] = (),
              languages: Iterable[str] | None = None):
    """Register ``func(doc) -> doc`` as a pipeline component called ``name``."""
    def deco(func: Callable[[Document], Document]):
        REGISTRY[name] = Component(name, func, tuple(needs), tuple(adds),
                                   tuple(languages) if languages is not None else None)
        return func
    return deco


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

    def __init__(self, names: Iterable[str] = DEFAULT_PIPELINE):
        _load_components()
        self.components: list[Component] = []
        have = set(BASE_FIELDS)
        for name in names:
            comp = REGISTRY.get(name)
            if comp is None:
                raise PipelineError(f"unknown component {name!r}; known: {', '.join(sorted(REGISTRY))}")
            missing = [n for n in comp.needs if n not in have]
            if missing:
                raise PipelineError(f"component {name!r} needs {', '.join(missing)}, which no earlier component adds")
            have.update(comp.adds)
            self.components.append(comp)
        self.timings: dict[str, float] = {c.name: 0.0 for c in self.components}

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, doc: Document) -> Document:
        for comp in self.components:
            if comp.languages is not None and doc.language not in comp.languages:
                for layer in comp.adds:  # Arabic rules say nothing of an English article
                    doc.layers.setdefault(layer, [])
                continue
            t0 = time.perf_counter()
            out = comp.func(doc)
            self.timings[comp.name] += time.perf_counter() - t0
            if not isinstance(out, Document):
                raise PipelineError(f"component {comp.name!r} returned {type(out).__name__}, not a Document")
            doc = out
        return doc
