"""Components that add the basic layers: language, sentences, tokens."""
from __future__ import annotations

from marsad.document import Document, Span
from marsad.pipeline import component
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import tokenize


def arabic_share(text: str) -> float:
    """Share of letters that are Arabic-script letters (0.0 for no letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in letters) / len(letters)


@component("language", needs=("text",), adds=("language",))
def language(doc: Document) -> Document:
    """``ar`` when most letters are Arabic, else what py3langid says (offline)."""
    declared = doc.meta.get("fields", {}).get("language")
    if declared:
        doc.language = declared
    elif not doc.text.strip():
        doc.language = None
    elif arabic_share(doc.text) >= 0.5:
        doc.language = "ar"
    else:
        import py3langid

        doc.language = py3langid.classify(doc.text[:5000])[0]
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
        out += [Span(t.start, t.end, "", {"sent": i}) for t in tokenize(doc.text, s.start, s.end)]
    doc.layers["tokens"] = out
    return doc
