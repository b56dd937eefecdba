"""Sentence splitting with offsets.

A sentence ends at a line break, or at ``.``, ``!``, ``?``, ``؟`` or ``…``
(possibly doubled, possibly followed by closing quotation marks) before
white space, unless the full stop belongs to a number (``3.5``) or a one-letter
abbreviation (``أ.``, ``J.``). A quotation that is still open when a full stop
is reached keeps the sentence going only within the same line, and only when a
mark that closes it follows (an opening mark never closed is a stray one, and
does not swallow the rest of the paragraph).

>>> t = 'قال بوتين: "سنناقش كل القضايا". وأضاف كيم.\\nفقرة ثانية'
>>> [t[s:e] for s, e in split_sentences(t)]
['قال بوتين: "سنناقش كل القضايا".', 'وأضاف كيم.', 'فقرة ثانية']
"""
from __future__ import annotations

import re

from marsad.text.normalize import QUOTE_MARKS

_CLOSERS = re.escape(QUOTE_MARKS + ")]»”’'")
# a terminator run, optional closing quotes/brackets, then whitespace or end
_END = re.compile(rf"(?:[.!?؟…]+|\.\.\.)[{_CLOSERS}]*(?=\s|$)")
_ABBREV = re.compile(r"(?:^|\s)\w\.$")  # a single letter then '.'


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, stripped of surrounding white space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        ls, le = start + line.start(), start + line.end()
        cur = ls
        for m in _END.finditer(text, ls, le):
            if m.group().startswith(".") and len(m.group()) == 1 and _ABBREV.search(text, max(ls, m.start() - 3), m.end()):
                continue
            if _inside_quote(text, cur, m.end()) and _closes_later(text, m.end(), end):
                continue
            _add(text, cur, m.end(), spans)
            cur = m.end()
        _add(text, cur, le, spans)
    return spans


_OPEN, _CLOSE = "“«‹„", "”»›‟"


def _inside_quote(text: str, s: int, e: int) -> bool:
    """Whether a quotation opened in ``text[s:e]`` is still open at ``e``."""
    depth, ascii_open = 0, False
    for ch in text[s:e]:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == '"':
            ascii_open = not ascii_open
    return depth > 0 or ascii_open


def _closes_later(text: str, s: int, e: int) -> bool:
    """Whether a quotation mark that can close a quotation follows in ``text[s:e]`` (on this line
    or a later one, for a quotation that runs over paragraphs): a quotation never closed is a stray
    mark, and the sentence ends as usual."""
    return any(ch in _CLOSE or ch == '"' for ch in text[s:e])


def _add(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))
