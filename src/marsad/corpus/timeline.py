"""Per-story timelines: dated events from the date expressions of every article, merged
across outlets, each line citing the sentence it comes from.
"""
from __future__ import annotations

import re

from marsad.document import Document
from marsad.text.normalize import fold

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
#: Word overlap (Jaccard) above which two sentences of one date tell the same event.
SAME_EVENT = 0.25


def _words(s: str) -> set[str]:
    return {w for w in fold(s).split() if len(w) > 2}


def build_timeline(group: list[Document]) -> list[dict]:
    lines: list[dict] = []
    for d in group:
        if d.duplicate_of is not None:
            continue
        sents = d.layers.get("sentences", [])
        for s in d.layers.get("dates", []):
            m = _DAY.fullmatch(str(s.attrs.get("value") or ""))  # a day, not a range or a month
            if not m or not sents or s.attrs.get("anchor") == "estimate":
                continue  # a line is dated by the text, not by a guess at its publication day
            si = min(max(s.attrs.get("sent", 0), 0), len(sents) - 1)
            sent = sents[si]
            text = d.text[sent.start:sent.end]
            words = _words(text)
            cite = {"article": d.id, "start": sent.start, "end": sent.end}
            for line in lines:
                if line["date"] == m.group() and len(words & line["_w"]) / max(len(words | line["_w"]), 1) >= SAME_EVENT:
                    if cite not in line["citations"]:
                        line["citations"].append(cite)
                    break
            else:
                lines.append({"date": m.group(), "text": text, "citations": [cite], "_w": words})
    # one line per (date, sentence) even when the sentence has two dates of that day
    lines.sort(key=lambda l: (l["date"], l["citations"][0]["article"], l["citations"][0]["start"]))
    for line in lines:
        line.pop("_w")
    return lines
