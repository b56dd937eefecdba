"""Word tokenization with offsets, and proclitic splitting.

Tokens are words (Arabic or Latin letters with their diacritics and tatweel,
joined by internal apostrophes or hyphens), numbers (``1,000``, ``3.5``,
``٢٠٢٣``), and single punctuation marks, including “ ” « » and the Arabic
comma, which glue to no word.

>>> [t.text for t in tokenize("قال: «سنناقش كل القضايا»، وأضاف")]
['قال', ':', '«', 'سنناقش', 'كل', 'القضايا', '»', '،', 'وأضاف']
"""
from __future__ import annotations

import re
from typing import NamedTuple

from marsad.text.normalize import fold

_LETTER = r"[^\W\d_]"
_MARK = r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]"
_WORD = rf"(?:{_LETTER}|{_MARK})+(?:['’\-](?:{_LETTER}|{_MARK})+)*"
_NUMBER = r"[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,٫٬][0-9\u0660-\u0669\u06F0-\u06F9]+)*"
_TOKEN_RE = re.compile(rf"{_NUMBER}|{_WORD}|\S")


class Token(NamedTuple):
    """A token of ``text``: ``text[start:end]``. A named tuple (immutable, compared by its fields):
    made three times faster than a frozen dataclass, and a text makes hundreds of them."""

    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_number(self) -> bool:
        return self.text[:1].isdigit()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``; offsets index ``text``."""
    new = tuple.__new__
    return [new(Token, (m.start(), m.end(), m.group()))
            for m in _TOKEN_RE.finditer(text, start, len(text) if end is None else end)]


def token_bounds(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of the tokens of ``text[start:end]``, as :func:`tokenize` finds them."""
    return [m.span() for m in _TOKEN_RE.finditer(text, start, len(text) if end is None else end)]


# ---- proclitics ------------------------------------------------------------------------

#: Conjunctions that attach to the next word.
CONJUNCTIONS = ("و", "ف")
#: Prepositions that attach to the next word (ل before ال drops the alef: لل).
PREPOSITIONS = ("ب", "ل", "ك")
#: The definite article.
ARTICLE = "ال"
#: Shortest stem left after stripping, in letters: shorter remainders are
#: more often part of the word (وزن, بلد) than a clitic plus a stem.
MIN_STEM = 3


def split_proclitics(word: str, known: frozenset[str] | set[str] | None = None) -> list[tuple[int, int]]:
    """Split a word into proclitics and stem; returns ``(start, end)`` pieces of ``word``.

    Without a lexicon, a conjunction or preposition is split off only when an
    article follows it (``وبالقاعدة`` -> و ب ال قاعدة), which is unambiguous; with
    ``known`` (a set of folded stems), a single-letter clitic is split off when
    what remains is a known stem (``وبوتين`` -> و بوتين when ``بوتين`` is known).

    >>> w = "وبالقاعدة"
    >>> [w[s:e] for s, e in split_proclitics(w)]
    ['و', 'ب', 'ال', 'قاعدة']
    >>> w = "وزير"
    >>> [w[s:e] for s, e in split_proclitics(w)]
    ['وزير']
    """
    pieces: list[tuple[int, int]] = []
    i = 0
    f = fold(word)
    if len(f) != len(word):  # diacritics inside: split on the folded form only if lengths agree
        return [(0, len(word))]

    def rest_ok(j: int) -> bool:
        return len(word) - j >= MIN_STEM

    def article_at(j: int) -> int:
        """Length of an article at j (ال, or the ل of لل after ل), 0 if none."""
        if f.startswith(ARTICLE, j) and rest_ok(j + 2):
            return 2
        return 0

    # conjunction
    if f[:1] in CONJUNCTIONS and len(word) > 1:
        j = 1
        if (f[j:j + 1] in PREPOSITIONS and (article_at(j + 1) or (known and f[j + 1:] in known))) \
                or article_at(j) or (known and f[j:] in known and rest_ok(j)) \
                or (f[j:j + 2] == "لل" and rest_ok(j + 2)):
            pieces.append((0, 1))
            i = 1
    # preposition; "لل" = ل + (ا)ل
    if f[i:i + 2] == "لل" and rest_ok(i + 2):
        pieces += [(i, i + 1), (i + 1, i + 2)]
        i += 2
    elif f[i:i + 1] in PREPOSITIONS and (article_at(i + 1) or (known and f[i + 1:] in known and rest_ok(i + 1))):
        pieces.append((i, i + 1))
        i += 1
    n = article_at(i)
    if n:
        pieces.append((i, i + n))
        i += n
    pieces.append((i, len(word)))
    return pieces


def stem(word: str, known: frozenset[str] | set[str] | None = None) -> str:
    """The word without its proclitics (the last piece of :func:`split_proclitics`)."""
    s, e = split_proclitics(word, known)[-1]
    return word[s:e]
