"""The words and keys an article is found by: the rows of the search index, computed where the
article is analyzed (a worker) and written by the store."""
from __future__ import annotations

from functools import lru_cache

from marsad.document import Document
from marsad.extract import names as N
from marsad.text.normalize import fold
from marsad.text.tokenize import Token, stem, tokenize


@lru_cache(maxsize=200_000)
def index_word(word: str) -> str:
    """One word as the index holds it: folded, proclitics off (والقمة -> قمه)."""
    return fold(stem(word))


def search_words(text: str) -> str:
    """The words of a text as the index holds them."""
    return _words_of(tokenize(text))


def search_keys(text: str) -> str:
    """Transliteration keys of every word and of every pair of words written joined
    (بيونغ يانغ, بيونغيانغ and بيونج يانج all give one key)."""
    return _keys_of(tokenize(text))


def _words_of(tokens: list[Token]) -> str:
    return " ".join(index_word(t.text) for t in tokens if t.is_word or t.is_number)


def _keys_of(tokens: list[Token]) -> str:
    words = [t.text for t in tokens if t.is_word]
    keys = [N.place_key(w) for w in words]
    pairs = [N.place_key(a + b) for a, b in zip(words, words[1:])]
    return " ".join(k for k in keys + pairs if len(k) >= 3)


def search_fields(d: Document) -> tuple[str, str]:
    """An article's search words and keys (title and text), as its row of the search index holds them
    (the text is tokenized once for both)."""
    tokens = tokenize(f"{d.title or ''}\n{d.text}")
    return _words_of(tokens), _keys_of(tokens)
