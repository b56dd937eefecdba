"""Direct quotes and reported speech. Placeholder until the quote finder lands."""
from __future__ import annotations

from marsad.document import Document
from marsad.pipeline import component


@component("quotes", needs=("sentences", "entities"), adds=("quotes",))
def quotes(doc: Document) -> Document:
    doc.layers.setdefault("quotes", [])
    return doc
