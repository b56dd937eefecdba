"""Checked declarations: a component may change only what it declares in ``adds`` and read only
what the record brings or an earlier component adds (tests and ``MARSAD_CHECK=1`` turn it on;
it costs a copy of each document per component, so it is off in production).

Names are layer names (``entities``), Document fields (``published``, ``text``) and meta keys
(``meta.date_hints``).
"""
from __future__ import annotations

import copy
import dataclasses
from contextlib import contextmanager
from typing import Any, Iterator

from marsad.document import Document

#: What a record brings before any component runs.
BASE_FIELDS = frozenset({"id", "raw", "raw_format", "url", "retrieved", "warnings", "meta.fields", "meta.source"})
#: Document fields a component may read or write (``_text`` is read as ``text``).
FIELDS = frozenset(f.name for f in dataclasses.fields(Document) if f.name not in ("layers", "meta", "_text")) | {"text"}


def snapshot(doc: Document) -> dict[str, Any]:
    """Everything a component could change, by name."""
    out: dict[str, Any] = {name: copy.deepcopy(getattr(doc, "_text" if name == "text" else name)) for name in FIELDS}
    out.update((f"meta.{k}", copy.deepcopy(v)) for k, v in doc.meta.items())
    out.update((k, [(s.start, s.end, s.label, copy.deepcopy(s.attrs), s.source) for s in v])
               for k, v in doc.layers.items())
    return out


def changed(before: dict[str, Any], after: dict[str, Any]) -> set[str]:
    return {k for k in before.keys() | after.keys() if k not in before or k not in after or before[k] != after[k]}


class _Reads(dict):
    """A dict that notes the keys asked of it."""

    def __init__(self, data: dict, prefix: str, seen: set[str]):
        super().__init__(data)
        self._prefix, self._seen = prefix, seen

    def __getitem__(self, k):
        self._seen.add(self._prefix + k)
        return super().__getitem__(k)

    def get(self, k, default=None):
        self._seen.add(self._prefix + k)
        return super().get(k, default)

    def __contains__(self, k):
        self._seen.add(self._prefix + k)
        return super().__contains__(k)

    def setdefault(self, k, default=None):
        self._seen.add(self._prefix + k)
        return super().setdefault(k, default)


class _WatchedDocument(Document):
    """A Document that notes the fields read of it (set as the class of a document while a
    component runs)."""

    def __getattribute__(self, name: str):
        if name in FIELDS or name == "_text":
            object.__getattribute__(self, "_seen_fields").add("text" if name == "_text" else name)
        return object.__getattribute__(self, name)


@contextmanager
def watching(doc: Document) -> Iterator[set[str]]:
    """Note what is read of ``doc`` inside the block; yields the set of names read."""
    seen: set[str] = set()
    layers, meta = doc.layers, doc.meta
    doc.__dict__["_seen_fields"] = seen
    doc.layers, doc.meta = _Reads(layers, "", seen), _Reads(meta, "meta.", seen)
    doc.__class__ = _WatchedDocument
    try:
        yield seen
    finally:
        doc.__class__ = Document
        doc.__dict__.pop("_seen_fields", None)
        # keep what the component wrote, as plain dicts again
        doc.layers, doc.meta = dict(doc.layers), dict(doc.meta)
