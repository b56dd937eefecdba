"""The registry of pipeline components: a leaf module (it imports no component), so that every
component can register itself without importing the pipeline that runs it.

A component declares what it ``needs`` and what it ``adds``: layer names (``entities``),
Document fields (``published``) or meta keys (``meta.date_hints``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable

from marsad.document import Document


@dataclass(frozen=True)
class Component:
    name: str
    func: Callable[[Any], Any]  # Document -> Document, or list -> list when ``many``
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    #: the languages it reads (None: any); on other documents its layers stay empty
    languages: tuple[str, ...] | None = None
    #: takes and returns a list of documents (work shared across a batch of articles)
    many: bool = False

    def reads(self, doc: Document) -> bool:
        """Whether this component reads ``doc`` (its language is one the component knows)."""
        return self.languages is None or doc.language in self.languages


REGISTRY: dict[str, Component] = {}


def component(name: str, *, needs: Iterable[str] = (), adds: Iterable[str] = (),
              languages: Iterable[str] | None = None, many: bool = False):
    """Register ``func(doc) -> doc`` (with ``many``: ``func(docs) -> docs``) as a pipeline
    component called ``name``."""
    def deco(func: Callable[[Any], Any]):
        REGISTRY[name] = Component(name, func, tuple(needs), tuple(adds),
                                   tuple(languages) if languages is not None else None, many)
        return func
    return deco
