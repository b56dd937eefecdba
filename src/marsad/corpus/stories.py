"""Stories, storylines, timelines and summaries. Placeholder: one story per article."""
from __future__ import annotations

import hashlib

from marsad.document import Document


def stable_id(prefix: str, *parts: str) -> str:
    """A short id that depends only on ``parts`` (same input, same id)."""
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}_{h}"


class Stories:
    name = "stories"

    def run(self, docs: list[Document], corpus) -> None:
        for d in docs:
            sid = stable_id("s", d.id)
            d.story = sid
            corpus.stories.append({"id": sid, "title": d.title, "articles": [d.id], "storyline": None,
                                   "start": d.published.get("value"), "end": d.published.get("value"),
                                   "timeline": [], "summary": []})
