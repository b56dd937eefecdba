"""Publication date from the content, when metadata gives none. Placeholder."""
from __future__ import annotations

from marsad.document import Document
from marsad.pipeline import component


@component("published", needs=("dates",), adds=("published",))
def published(doc: Document) -> Document:
    return doc
