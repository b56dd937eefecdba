"""Arabic text cleanup and normalization, with offset maps back to the original.

Two different operations live here:

* :func:`cleanup` repairs what came in (BOM, zero-width characters, odd
  spaces, line endings, Unicode composition) *before* a document's clean text
  is fixed.  It changes the string, so it runs once, in the cleaner.
* :func:`normalize` derives a *view* of a fixed text for matching (no
  diacritics, one alef, yaa for alef maksura, haa for taa marbuta, ASCII digits,
  one quotation mark), together with an :class:`OffsetMap` so that a match in
  the view maps back to a span of the original text.

>>> v = normalize("أكّد «بوتين»")
>>> v.text
'اكد "بوتين"'
>>> v.span(5, 10)   # 'بوتين' in the view -> the same word in the original
(6, 11)
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass

# ---- character classes (data, named) -------------------------------------------------

#: Harakat, tanween, shadda, sukun, superscript alef, Quranic marks.
DIACRITICS = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670"] + [chr(c) for c in range(0x06D6, 0x06EE)]
    + [chr(c) for c in range(0x0610, 0x061B)]
)
TATWEEL = "\u0640"

#: Characters removed by :func:`cleanup`: zero-width and bidi controls, BOM, soft hyphen.
INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c")
#: Space characters folded to a plain space by :func:`cleanup`.
SPACES = frozenset("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c")

#: Letter folding for matching: hamza-carrying alefs and alef wasla to bare alef,
#: alef maksura to yaa, taa marbuta to haa, hamza on waw/yaa to the bare letter,
#: Persian/Urdu letters that Arabic-script pages mix in to their Arabic form.
LETTER_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ی": "ي", "ې": "ي", "ۍ": "ي", "ے": "ي", "ک": "ك", "ڪ": "ك", "ھ": "ه", "ۀ": "ه", "ە": "ه",
}

#: Arabic-Indic (U+0660..) and Extended Arabic-Indic / Persian (U+06F0..) digits.
DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}

#: Every quotation-mark style seen in Arabic news, folded to the ASCII double quote.
QUOTE_MARKS = "\"“”«»‹›„‟″〝〞＂"
#: Arabic punctuation with an ASCII counterpart.
PUNCT_FOLD = {"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ","}


@dataclass(frozen=True)
class OffsetMap:
    """Maps positions of a derived string back to positions in its original.

    ``starts[i]`` is the original index of view character ``i``;
    ``ends[i]`` is the original index just after it.
    """

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covered by view span ``[start, end)``."""
        if not 0 <= start <= end <= len(self.starts):
            raise ValueError(f"span ({start}, {end}) is outside a view of length {len(self.starts)}")
        if start == end:
            pos = self.starts[start] if start < len(self.starts) else self.original_length
            return pos, pos
        return self.starts[start], self.ends[end - 1]


@dataclass(frozen=True)
class View:
    """A normalized string and the map from its offsets to the original's."""

    text: str
    map: OffsetMap

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.map.span(start, end)


def _fold_char(ch: str, *, letters: bool, digits: bool, quotes: bool, punct: bool, lower: bool) -> str:
    if ch in DIACRITICS or ch == TATWEEL or ch in INVISIBLE:
        return ""
    if quotes and ch in QUOTE_MARKS:
        return '"'
    if digits and ch in DIGITS:
        return DIGITS[ch]
    if punct and ch in PUNCT_FOLD:
        return PUNCT_FOLD[ch]
    if ch in SPACES:
        return " "
    if ord(ch) > 0x7F and not ("\u0600" <= ch <= "\u06ff"):
        # presentation forms, full-width Latin, ligatures: compatibility decomposition
        ch = unicodedata.normalize("NFKC", ch)
        ch = "".join(c for c in ch if c not in DIACRITICS)
    if letters:
        ch = "".join(LETTER_FOLD.get(c, c) for c in ch)
    if lower:
        ch = ch.lower()
    return ch


_NORM_CACHE: dict[tuple, dict[str, str]] = {}


def normalize(text: str, *, letters: bool = True, digits: bool = True, quotes: bool = True,
              punct: bool = False, lower: bool = True) -> View:
    """Normalized view of ``text`` for matching, with an offset map back to ``text``.

    Every character of the view comes from exactly one original character, so
    spans found in the view map back exactly (:meth:`View.span`).
    """
    opts = (letters, digits, quotes, punct, lower)
    table = _NORM_CACHE.setdefault(opts, {})
    for ch in set(text):
        if ch not in table:
            table[ch] = _fold_char(ch, letters=letters, digits=digits, quotes=quotes, punct=punct, lower=lower)
    folded = [table[ch] for ch in text]
    if all(len(f) == 1 for f in folded):  # the usual case: one character for one
        n = len(text)
        return View("".join(folded), OffsetMap(tuple(range(n)), tuple(range(1, n + 1)), n))
    starts: list[int] = []
    ends: list[int] = []
    for i, f in enumerate(folded):
        for _ in f:
            starts.append(i)
            ends.append(i + 1)
    return View("".join(folded), OffsetMap(tuple(starts), tuple(ends), len(text)))


def fold(text: str) -> str:
    """The normalized string alone (cheap; for keys, lookups and search).

    >>> fold("الإمبريالية")
    'الامبرياليه'
    """
    if len(text) < 24:
        return _fold_short(text)
    return _fold(text)


_FOLD_TABLE: dict[int, str] = {}
#: The characters that have their entry in _FOLD_TABLE (one C-level superset test per call).
_FOLD_KNOWN: set[str] = set()


def _fold(text: str) -> str:
    table = _FOLD_TABLE
    if not _FOLD_KNOWN.issuperset(text):
        for ch in set(text):
            if ord(ch) not in table:
                table[ord(ch)] = _fold_char(ch, letters=True, digits=True, quotes=True, punct=False, lower=True)
            _FOLD_KNOWN.add(ch)
    return text.translate(table)


_fold_short = lru_cache(maxsize=262_144)(_fold)


def fold_parts(text: str, spans) -> list[str]:
    """``fold(text[start:end])`` for each (start, end): the characters of the text are looked at
    once, not once per part (fold maps each character on its own).

    >>> fold_parts("الإمبريالية والأمم", [(0, 11), (12, 18)])
    ['الامبرياليه', 'والامم']
    """
    _fold(text)  # every character of the text now has its entry in the table
    return [text[start:end].translate(_FOLD_TABLE) for start, end in spans]


def strip_diacritics(text: str) -> str:
    """Remove harakat and tatweel only (letters untouched)."""
    return "".join(ch for ch in text if ch not in DIACRITICS and ch != TATWEEL)


_MULTI_SPACE = re.compile(r"[ ]{2,}")
_TRAILING = re.compile(r"[ ]*\n[ ]*")


def cleanup(raw: str) -> str:
    """Repair incoming text: NFC, no invisible characters, plain spaces, ``\\n`` line ends.

    Lines keep their content; runs of spaces collapse to one.

    >>> cleanup("\\ufeffقال\\u00a0 بوتين\\r\\n")
    'قال بوتين\\n'
    """
    s = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    s = "".join(" " if ch in SPACES else ch for ch in s if ch not in INVISIBLE)
    s = _MULTI_SPACE.sub(" ", s)
    return _TRAILING.sub("\n", s)
