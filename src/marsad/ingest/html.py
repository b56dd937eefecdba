"""HTML pages: charset declaration, main text and metadata.

Main-text extraction is trafilatura's; this module adds what Arabic sites need
(see :mod:`marsad.text.clean` for the text-dump side).
"""
from __future__ import annotations

import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (``<meta charset>`` or http-equiv)."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def extract_html(html: str, url: str | None = None) -> dict:
    """Main text and metadata of a page: keys text, title, author, sitename, date (may be None)."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, favor_precision=True,
        with_metadata=True, date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return {"text": "", "title": None, "author": None, "sitename": None, "date": None}
    get = result.get if isinstance(result, dict) else lambda k: getattr(result, k, None)
    return {"text": get("text") or "", "title": get("title"), "author": get("author"),
            "sitename": get("sitename"), "date": get("date")}
