"""Near-duplicate detection (wire copies, republished articles). Placeholder."""
from __future__ import annotations

from marsad.document import Document


class Dedup:
    name = "dedup"

    def run(self, docs: list[Document], corpus) -> None:
        return None
