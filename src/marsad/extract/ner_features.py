"""Features of a token, for the named-entity tagger (marsad.extract.ner_nn).

Every feature is a string (``"w=بوتين"``, ``"p2=ال"``, ``"gz=LOC"``) that the
tagger maps to a learned vector. Words are folded (marsad.text.normalize.fold)
so spelling variants share weights, and a word is also seen without its
proclitics (وموسكو -> موسكو), because ANERcorp keeps clitics attached.

>>> _word_feats("وموسكو")[:2]
('w=وموسكو', 'cw=موسكو')
"""
from __future__ import annotations

import sys
from functools import lru_cache

from marsad import models
from marsad.lang.ar import triggers
from marsad.lang.ar.news_names import NEWS_NAMES
from marsad.text.normalize import fold

#: Proclitic sequences stripped (longest first) to find the core of a word.
_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "وب", "ول", "وك", "و", "ب", "ل", "ف", "ك")


def _folded(words) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


PER_BEFORE = _folded(triggers.PER_BEFORE)
SPEECH_BEFORE = _folded(triggers.SPEECH_BEFORE)
ORG_HEAD = _folded(triggers.ORG_HEAD)
LOC_BEFORE = _folded(triggers.LOC_BEFORE)


#: Head nouns of organization names (ORG_HEAD and NAME_HEADS' organizations), folded, without ال.
ORG_CHAIN_HEADS = frozenset({w.removeprefix("ال") for w in ORG_HEAD}
                            | {w for w, t in triggers.NAME_HEADS.items() if t == "ORG"})
#: Proclitics of a definite word in a genitive chain ("الشؤون", "للاستثمار", "والقروية").
_DEFINITE = ("ال", "وال", "بال", "فال", "لل", "ولل")
#: Words after the one right after a head that a chain still reaches.
CHAIN_REACH = 3


def org_chain(words: list[str]) -> list[str | None]:
    """Each folded word's place in a genitive chain that an organization head opens, or None.

    "ih"/"dh": the head itself, "i1"/"d1": the word right after an indefinite/definite head ("وزارة الصحة", "الهيئة العامة"),
    "i2"/"d2": a definite word after that, up to CHAIN_REACH of them ("وزارة الشؤون البلدية
    والقروية"); punctuation, digits and indefinite words end the chain.

    >>> org_chain(["اعلنت", "وزاره", "الشوون", "البلديه", "والقرويه", "ان"])
    [None, 'ih', 'i1', 'i2', 'i2', None]
    """
    marks: list[str | None] = [None] * len(words)
    for i, w in enumerate(words):
        if marks[i] or i + 1 == len(words) or not words[i + 1][:1].isalpha():
            continue  # a word inside a chain opens none ("وزارة الشؤون البلدية": البلدية)
        c = core(w)
        if not {w, w.removeprefix("ال"), c, c.removeprefix("ال")} & ORG_CHAIN_HEADS:
            continue
        kind = "d" if w.startswith(_DEFINITE) else "i"
        marks[i] = f"{kind}h"
        marks[i + 1] = marks[i + 1] or f"{kind}1"
        for k in range(i + 2, min(i + 2 + CHAIN_REACH, len(words))):
            if not words[k].startswith(_DEFINITE):
                break
            marks[k] = marks[k] or f"{kind}2"
    return marks


@lru_cache(maxsize=1)
def known_orgs() -> dict[str, list[tuple[str, ...]]]:
    """Organization names of the knowledge base (marsad/models/kb.tsv.gz, scripts/build_kb.py) and
    of marsad.lang.ar.news_names, folded, as word tuples by the core of their first word, longest
    first."""
    names = {tuple(fold(n).split()) for n in NEWS_NAMES.get("ORG", ())}
    names.update(tuple(fold(name).split()) for name, typ, *_ in models.rows("kb.tsv.gz") if typ == "ORG")
    out: dict[str, list[tuple[str, ...]]] = {}
    for parts in names:
        if parts:
            out.setdefault(core(parts[0]), []).append(parts)
    for v in out.values():
        v.sort(key=lambda p: (-len(p), p))
    return out


def org_names(words: list[str]) -> list[str | None]:
    """"B"/"I" marks of the longest known organization names (known_orgs) among folded words; the
    first word may carry proclitics ("والامم المتحده", "لحماس").

    >>> org_names(["قالت", "والامم", "المتحده", "ان", "حماس"])
    [None, 'B', 'I', None, 'B']
    """
    known = known_orgs()
    marks: list[str | None] = [None] * len(words)
    i = 0
    while i < len(words):
        n = next((len(p) for p in known.get(core(words[i]), ())
                  if tuple(words[i + 1:i + len(p)]) == p[1:] and words[i].endswith(p[0])), 0)
        if n:
            marks[i:i + n] = ["B"] + ["I"] * (n - 1)
            i += n
        else:
            i += 1
    return marks


#: The context marks a model may read (context_marks), by name.
CONTEXT = {"chain": ("c", org_chain), "known": ("k", org_names)}


def context_marks(words: list[str], kinds: tuple[str, ...]) -> list[str | None]:
    """What a folded word's neighbours say of it, for a model trained with these kinds of marks
    (scripts/train_ner.py --context): its place in an organization chain ("chain": org_chain,
    "c=i1") and in a known organization name ("known": org_names, "k=B"), space-separated; None
    for most words. Neither is shipped: on the dev slice neither helped (BENCHMARKS.md)."""
    columns = [[f"{CONTEXT[k][0]}={m}" if m else None for m in CONTEXT[k][1](words)] for k in kinds]
    return [" ".join(m for m in ms if m) or None for ms in zip(*columns)] if columns else [None] * len(words)


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, str], dict[str, list[tuple[tuple[str, ...], str]]]]:
    """(single-word entries: folded word -> type, multi-word entries by first word).

    Built by scripts/build_gazetteers.py from permissive sources and shipped in
    marsad/models/gazetteer.tsv.gz; empty when the file is absent.
    """
    single: dict[str, str] = {}
    multi: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, typ in models.rows("gazetteer.tsv.gz"):
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
    return {w: (a, b) for w, a, b in models.rows("clusters.tsv.gz")}


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
    # one string for each feature many words share (prefixes, suffixes, clusters...): the cache holds
    # up to 200,000 words, and their own copies were half of its memory (1.3 -> 0.7 kB a word)
    return (feats[0], feats[1], *map(sys.intern, feats[2:]))


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
