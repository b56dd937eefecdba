"""The cleaner: from what came in (text dump or HTML) to the clean article text.

Sets ``Document.text`` once, with ``title``, ``outlet``, ``author`` and the
removed furniture lines in ``removed``.  A publication date from metadata is
kept with its basis; a page's current-date bar never is.
"""
from __future__ import annotations

from marsad.document import Document
from marsad.ingest.html import extract_html
from marsad.pipeline import component
from marsad.text.normalize import cleanup


def clean_text_dump(raw: str) -> dict:
    """Split a plain-text dump into title, body lines and removed lines.

    Returns a dict with ``title``, ``text``, ``removed``, ``outlet`` and ``author``
    (the last two None when not found).
    """
    lines = [l.strip() for l in cleanup(raw).split("\n")]
    body = [l for l in lines if l]
    title = body[0] if body else None
    return {"title": title, "text": "\n".join(body[1:]), "removed": [], "outlet": None, "author": None}


@component("clean", needs=("raw",), adds=("text", "title", "outlet", "author", "removed"))
def clean(doc: Document) -> Document:
    fields = doc.meta.get("fields", {})
    if doc.raw_format == "html":
        page = extract_html(doc.raw, fields.get("url"))
        result = clean_text_dump(page["text"])
        result["text"] = cleanup(page["text"]).strip()
        result["title"] = page["title"] or result["title"]
        result["outlet"] = page["sitename"]
        result["author"] = page["author"]
    else:
        result = clean_text_dump(doc.raw)
        if fields.get("title"):  # the title came separately: the whole dump is body
            result["text"] = cleanup(doc.raw).strip()
    doc.set_text(result["text"])
    doc.title = fields.get("title") or result["title"]
    doc.outlet = fields.get("outlet") or result["outlet"]
    doc.author = fields.get("author") or result["author"]
    doc.removed = result["removed"]
    if fields.get("published"):
        doc.published = {"value": str(fields["published"])[:10], "basis": "metadata", "note": None}
    return doc
