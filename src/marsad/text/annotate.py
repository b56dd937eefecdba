"""Components that add the basic layers: language, sentences, tokens."""
from __future__ import annotations

import re

from marsad.document import Document, Span
from marsad.registry import component
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import token_bounds


_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")


def arabic_share(text: str, sample: int = 4000) -> float:
    """Share of letters that are Arabic-script letters in the first ``sample`` characters
    (0.0 for no letters)."""
    head = text[:sample]
    letters = len(_LETTER.findall(head))
    if not letters:
        return 0.0
    return len([c for c in _ARABIC_LETTER.findall(head) if c.isalpha()]) / letters


@component("language", needs=("text",), adds=("language",))
def language(doc: Document) -> Document:
    """``ar`` when most letters are Arabic, else what py3langid says (offline); the title
    stands in for the text of a title-only article."""
    declared = doc.meta.get("fields", {}).get("language")
    sample = doc.text if doc.text.strip() else (doc.title or "")
    if declared:
        code = str(declared).strip().lower().replace("_", "-").split("-")[0]
        doc.language = {"ara": "ar", "arabic": "ar", "eng": "en", "english": "en"}.get(code, code)
    elif not sample.strip():
        doc.language = None
    elif arabic_share(sample) >= 0.5:
        doc.language = "ar"
    else:
        import py3langid

        doc.language = py3langid.classify(sample[:5000])[0]
    return doc


@component("sentences", needs=("text",), adds=("sentences",))
def sentences(doc: Document) -> Document:
    doc.layers["sentences"] = [Span(s, e, "sentence", source="sentences") for s, e in split_sentences(doc.text)]
    return doc


@component("tokens", needs=("sentences",), adds=("tokens",))
def tokens(doc: Document) -> Document:
    """Tokens per sentence; ``attrs['sent']`` is the sentence index."""
    out = []
    for i, s in enumerate(doc.spans("sentences")):
        out += [Span(a, b, "", {"sent": i}) for a, b in token_bounds(doc.text, s.start, s.end)]
    doc.layers["tokens"] = out
    return doc
