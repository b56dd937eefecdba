"""Date expressions found and resolved. Placeholder until the date grammar lands."""
from __future__ import annotations

from marsad.document import Document
from marsad.pipeline import component


@component("dates", needs=("sentences",), adds=("dates",))
def dates(doc: Document) -> Document:
    doc.layers.setdefault("dates", [])
    return doc
