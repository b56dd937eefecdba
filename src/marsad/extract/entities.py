"""Named entities: PER, ORG, LOC, MISC mentions with character offsets.

A linear-chain CRF (python-crfsuite) trained by scripts/train_ner.py on
ANERcorp's training split, with the features of marsad.extract.ner_features
(folded words, clitic-free cores, affixes, trigger words, a gazetteer). The
model ships in marsad/models/ner.crfsuite and is loaded once per process.

>>> tag_tokens([["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين"]])[0][3:]
['B-PER', 'I-PER']
"""
from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources

import pycrfsuite

from marsad.document import Document, Span
from marsad.extract.ner_features import gazetteer, sent_features
from marsad.pipeline import component
from marsad.text.normalize import fold
from marsad.text.tokenize import split_proclitics

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _tagger() -> pycrfsuite.Tagger | None:
    path = resources.files("marsad.models").joinpath("ner.crfsuite")
    if not path.is_file():
        log.warning("no NER model in marsad/models; run scripts/train_ner.py")
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def tag_tokens(sentences: list[list[str]]) -> list[list[str]]:
    """IOB2 tags (PER, ORG, LOC, MISC) for tokenized sentences."""
    tagger = _tagger()
    if tagger is None:
        return [["O"] * len(s) for s in sentences]
    return [tagger.tag(sent_features(s)) if s else [] for s in sentences]


def iob_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token ranges ``(first, last + 1, type)`` of IOB2 tags; a stray I- opens a mention."""
    out: list[tuple[int, int, str]] = []
    start, typ = None, None
    for i, t in enumerate([*tags, "O"]):
        if start is not None and t != f"I-{typ}":
            out.append((start, i, typ))
            start = None
        if t.startswith("B-") or (t.startswith("I-") and start is None):
            start, typ = i, t[2:]
    return out


def _known_names() -> set[str]:
    single, _ = gazetteer()
    return set(single)


def trim_proclitics(word: str, known: set[str]) -> int:
    """How many leading characters of a mention's first word are clitics (وبوتين -> 1)."""
    pieces = split_proclitics(word, known)
    if len(pieces) == 1:
        return 0
    s, _ = pieces[-1]
    # keep the article: "الولايات" is the name, only و/ب/ل/ف/ك go ("للولايات" keeps
    # neither ل: the alef of its article is gone, and the resolver keys ignore ال)
    if fold(word[:s]).endswith("ال"):
        s -= 2
    return s


@component("entities", needs=("tokens",), adds=("entities",))
def entities(doc: Document) -> Document:
    tokens = doc.layers.get("tokens", [])
    by_sent: dict[int, list[Span]] = {}
    for t in tokens:
        by_sent.setdefault(t.attrs.get("sent", 0), []).append(t)
    sents = [by_sent[k] for k in sorted(by_sent)]
    tags = tag_tokens([[doc.text[t.start:t.end] for t in s] for s in sents])
    known = _known_names()
    out: list[Span] = []
    for toks, tg in zip(sents, tags):
        for a, b, typ in iob_spans(tg):
            start, end = toks[a].start, toks[b - 1].end
            start += trim_proclitics(doc.text[start:toks[a].end], known)
            if end - start < 2:
                continue
            out.append(Span(start, end, "PER" if typ == "PERS" else typ, {"entity": None}, "entities"))
    doc.layers["entities"] = out
    return doc
