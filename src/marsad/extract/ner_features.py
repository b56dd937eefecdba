"""Features of a token, for the named-entity tagger (marsad.extract.ner_nn).

Every feature is a string (``"w=بوتين"``, ``"p2=ال"``, ``"gz=LOC"``) that the
tagger maps to a learned vector. Words are folded (marsad.text.normalize.fold)
so spelling variants share weights, and a word is also seen without its
proclitics (وموسكو -> موسكو), because ANERcorp keeps clitics attached.

>>> _word_feats("وموسكو")[:2]
('w=وموسكو', 'cw=موسكو')
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

from marsad.lang.ar import triggers
from marsad.text.normalize import fold

#: Proclitic sequences stripped (longest first) to find the core of a word.
_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "وب", "ول", "وك", "و", "ب", "ل", "ف", "ك")


def _folded(words) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


PER_BEFORE = _folded(triggers.PER_BEFORE)
SPEECH_BEFORE = _folded(triggers.SPEECH_BEFORE)
ORG_HEAD = _folded(triggers.ORG_HEAD)
LOC_BEFORE = _folded(triggers.LOC_BEFORE)


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, str], dict[str, list[tuple[tuple[str, ...], str]]]]:
    """(single-word entries: folded word -> type, multi-word entries by first word).

    Built by scripts/build_gazetteers.py from permissive sources and shipped in
    marsad/models/gazetteer.tsv.gz; empty when the file is absent.
    """
    single: dict[str, str] = {}
    multi: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    try:
        raw = resources.files("marsad.models").joinpath("gazetteer.tsv.gz").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):
        return single, multi
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        name, typ = line.split("\t")
        parts = tuple(name.split(" "))
        if len(parts) == 1:
            single.setdefault(name, typ)
        else:
            multi.setdefault(parts[0], []).append((parts, typ))
    for v in multi.values():
        v.sort(key=lambda e: -len(e[0]))
    return single, multi


@lru_cache(maxsize=1)
def clusters() -> dict[str, tuple[str, str]]:
    """Folded word -> (coarse, fine) distributional cluster ids (scripts/train_clusters.py)."""
    try:
        raw = resources.files("marsad.models").joinpath("clusters.tsv.gz").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    out = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        w, a, b = line.split("\t")
        out[w] = (a, b)
    return out


@lru_cache(maxsize=200_000)
def core(w: str) -> str:
    """The folded word without proclitics, when at least three letters remain."""
    for p in _PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


@lru_cache(maxsize=200_000)
def _word_feats(w: str) -> tuple[str, ...]:
    """Features of a word alone (cached: news repeats its words)."""
    single, _ = gazetteer()
    c = core(w)
    feats = [f"w={w}", f"cw={c}", f"p2={w[:2]}", f"p3={w[:3]}", f"s2={w[-2:]}", f"s3={w[-3:]}",
             f"cp2={c[:2]}", f"cs2={c[-2:]}", f"len={min(len(w), 9)}"]
    if w[:1].isdigit():
        feats.append("num")
    elif w[:1].isascii() and w[:1].isalpha():
        feats.append("latin")
    elif not w[:1].isalpha():
        feats.append("punct")
    k = clusters().get(w) or clusters().get(c)
    if k:
        feats += [f"k1={k[0]}", f"k2={k[1]}"]
    g = single.get(w) or single.get(c)
    if g:
        feats.append(f"gz={g}")
    if w in PER_BEFORE or c in PER_BEFORE:
        feats.append("tper")
    if w in ORG_HEAD or c in ORG_HEAD:
        feats.append("torg")
    if w in LOC_BEFORE or c in LOC_BEFORE:
        feats.append("tloc")
    if w in SPEECH_BEFORE:
        feats.append("tsay")
    return tuple(feats)


def _multi_matches(words: list[str]) -> list[str | None]:
    """B-/I- gazetteer marks from the longest multi-word entries found."""
    _, multi = gazetteer()
    marks: list[str | None] = [None] * len(words)
    i = 0
    while i < len(words):
        hit = None
        for parts, typ in multi.get(words[i], ()) or multi.get(core(words[i]), ()):
            n = len(parts)
            rest = words[i + 1:i + n]
            if len(rest) == n - 1 and tuple(rest) == parts[1:]:
                hit = (n, typ)
                break
        if hit:
            n, typ = hit
            marks[i] = f"B-{typ}"
            for k in range(i + 1, i + n):
                marks[k] = f"I-{typ}"
            i += n
        else:
            i += 1
    return marks
