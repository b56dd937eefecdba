"""Entities across articles: one entity per real-world person, place, organization. Placeholder."""
from __future__ import annotations

from marsad.document import Document


class ResolveEntities:
    name = "entities"

    def run(self, docs: list[Document], corpus) -> None:
        return None
