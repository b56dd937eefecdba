"""Near-duplicates: wire copies and republished articles, found with MinHash LSH (datasketch).

Each article is a set of word 3-grams of its folded text; LSH proposes the pairs
whose sets overlap above ``THRESHOLD`` (estimated Jaccard), and a pair is a copy when
most of the shorter article is in the other (``CONTAINMENT``); copies of copies
are one group (union-find). The group's first article (the earliest published,
then the first read) is the original: the others get ``duplicate_of`` set to its
id. LSH buckets the signatures, so the work grows
with the corpus, not with its square; its candidates are then checked against
containment, since LSH alone also returns many pairs that are not copies.

Candidates the rules leave apart (edited copies: a new headline, a reworded lead, paragraphs cut
or added) are scored by a small learned model (:class:`PairFeatures`, ``models/copies.json``,
trained by ``scripts/train_copies.py`` on the development-day copy golds); a pair above its
threshold attaches an article that is in no copy group yet, never merges two groups.

The Spark engine finds the LSH candidates in Spark instead (:func:`band_keys`:
articles that share a band key are candidates, exactly the pairs the LSH index
would return) and hands them to :class:`Dedup`, which then gives the same result.
"""
from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import math
import re
from array import array
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources
from typing import Hashable, Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH
from rapidfuzz.distance import LCSseq

from marsad.corpus.unionfind import UnionFind
from marsad.document import ARRAY_META, Document
from marsad.extract.published import day_of
from marsad.registry import component
from marsad.text.normalize import fold

#: Estimated Jaccard similarity of 3-gram sets at which LSH proposes two articles as candidates:
#: low, so that a copy with paragraphs added or cut (whose Jaccard falls with the length added)
#: is proposed too.
THRESHOLD = 0.2
#: Share of the shorter article's 3-grams found in the other above which a candidate is a copy
#: ("the body is the same text ... with edits, added or cut paragraphs", ANNOTATION.md). Chosen on
#: the story gold's dev split (eval/realnews): at 0.7, 550 of 809 copy pairs found and every pair
#: marsad joins is a gold copy; Jaccard >= 0.5, the rule before, found 431; containment 0.6 found
#: 680 but joined non-copies (84% of its pairs are copies).
CONTAINMENT = 0.7
#: 3-grams in more than this many articles are formulas, not a copied text: a ruler's titles
#: ("صاحب السمو الملكي ... النائب الثاني لرئيس مجلس الوزراء وزير الدفاع"), an agency's sign-off.
#: A wire story is copied by at most one article per outlet, so its own 3-grams stay below this.
COMMON_DF = 25
#: Share of the shorter article's rare 3-grams (in at most ``COMMON_DF`` articles) found in the
#: other above which a pair is a copy even when formulas and light edits keep its plain
#: containment under ``CONTAINMENT``. Chosen on the story gold's dev split: with it, 678 of 815
#: copy pairs are joined instead of 553, and every joined pair is still a gold copy; at 0.55 an
#: article is joined to a digest that holds it and another story (two groups become one).
RARE_CONTAINMENT = 0.6
#: Two articles of about one length (neither has more than ``SAME_LENGTH`` times the other's
#: 3-grams) are two versions of one text, edited, at this share of rare 3-grams in common; a short
#: article inside a long one needs ``RARE_CONTAINMENT``, since a digest holds several stories. On
#: the dev split: 678 -> 743 of 815 copy pairs, none outside the gold's copy groups; two reports of one
#: event by different outlets share up to 0.47.
SAME_LENGTH = 2.0
EDITED_CONTAINMENT = 0.5
#: Share of the shorter article's words that a word-by-word alignment (difflib) of two articles
#: pairs up, above which they are one text edited: an outlet that rewrites a wire story's
#: sentences here and there (a word changed, a clause cut) breaks most of its 3-grams, but not
#: the order of its words. Checked on candidates that already share ``ALIGN_CANDIDATE`` of the
#: shorter article's 3-grams. On the story gold's dev split, with ``ALIGN_LONGER``: 743 -> 768 of
#: 815 copy pairs, every joined pair still a gold copy; at 0.65, two of the crown prince's calls
#: of one template (Hadi, the King of Jordan) become one text.
ALIGNED = 0.7
#: An edited copy keeps the rare words of its text (names, numbers, terms) where its sentences are
#: reworded; two reports of one event written apart share its names but not the rest. A pair whose
#: shorter article has ``KEPT_WORDS`` of its distinct words, weighted by rarity (idf over the
#: corpus: :meth:`_Shingled.kept_words`), in the other, and ``KEPT_CONTAINMENT`` of its 3-grams, is
#: one text at this lower share of aligned words (``ALIGNED`` otherwise). Chosen on the story gold's
#: dev split and the blind copy check of other dev days (``eval/realnews/copies_check_dev.jsonl``):
#: no pair labelled a non-copy in either reaches all three; the story gold's non-copies reach at most
#: 0.75 kept words.
KEPT_WORDS = 0.7
KEPT_CONTAINMENT = 0.4
KEPT_ALIGNED = 0.5
#: ... when the aligned words are also this share of the longer article (two versions of one text);
#: a short article aligned inside a long one is a digest's part, joined by ``DIGEST_WORDS``.
ALIGN_LONGER = 0.3
#: A long article (a digest, a report that takes a wire story whole and adds to it) aligned with
#: short articles (``ALIGNED``, or ``KEPT_ALIGNED`` for one that kept its rare words; at least this
#: many words aligned) joins their copy group when they
#: all are one group: a digest of two stories joins neither. Dev: 768 -> 783 of 815, none wrong (at
#: 60 words; 40 since issue 31: two more dev pairs, the blind copy check unchanged).
DIGEST_WORDS = 40
#: Share of the shorter article's 3-grams two articles share before they are aligned (the
#: alignment costs more than a set intersection).
ALIGN_CANDIDATE = 0.2
NUM_PERM = 64
#: The hashing scheme of datasketch 2.x, named so stored signatures stay comparable.
SCHEME = "affine32"
#: Articles shorter than this many words are never called copies (headlines, stubs).
MIN_WORDS = 25
#: The learned copy-pair model (``scripts/train_copies.py``): a logistic regression over
#: :data:`PAIR_FEATURES` of a candidate pair, stored as its standardization and coefficients
#: (``models/copies.json``). A candidate the rules above leave apart is a copy when the model's
#: probability reaches the threshold stored with it (chosen on cross-validated dev predictions).
MODEL_FILE = "copies.json"
#: The pair features, in the model's order (:func:`pair_features`).
PAIR_FEATURES = ("jaccard", "containment", "rare_containment", "kept_words", "lcs_short", "lcs_long",
                 "sentences", "lead", "title", "numbers", "log_length_ratio", "days_apart", "same_outlet")
#: A sentence of the shorter article is found in the longer when this share of its 3-grams is.
SENTENCE_FOUND = 0.5
#: Sentences shorter than this many words are not counted (datelines, sub-headings).
SENTENCE_WORDS = 5
#: The lead: the shorter article's first this many words, looked for in the longer's first
#: ``LEAD_WINDOW`` words.
LEAD_WORDS = 30
LEAD_WINDOW = 60
#: ``meta`` key of an article's original under the rules alone (None: it is no rule copy), for the
#: story stage: an edited copy the model joins (new text added or reworded) is clustered by its own
#: text rather than following its original.
RULES_ORIGINAL = "_rules_original"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?\u061f])\s+|\n+")


def shingles(text: str, n: int = 3) -> set[bytes]:
    words = fold(text).split()
    return {" ".join(words[i:i + n]).encode("utf-8") for i in range(max(0, len(words) - n + 1))}


@lru_cache(maxsize=1)
def _permutations():
    """The hash permutations of every signature (one seed): made once, not per MinHash."""
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def signature(text: str) -> MinHash | None:
    sh = shingles(text)
    if len(sh) < MIN_WORDS:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=1, permutations=_permutations(), scheme=SCHEME)
    m.update_batch(list(sh))
    return m


@component("signature", needs=("text",), adds=("meta._minhash",))
def minhash_signature(doc: Document) -> Document:
    """Per-article part of near-duplicate detection, so it runs in parallel (workers, Spark
    tasks): the MinHash of the article's 3-grams, kept in ``meta["_minhash"]`` as a compact array of
    its 64 unsigned 32-bit values (:data:`marsad.document.ARRAY_META`; a list of ints in JSON)."""
    sig = signature(doc.text)
    doc.meta["_minhash"] = array(ARRAY_META["_minhash"], sig.hashvalues.tolist()) if sig is not None else None
    return doc


def containment(a: set[bytes], b: set[bytes]) -> float:
    """The share of the smaller set found in the other."""
    return len(a & b) / max(1, min(len(a), len(b)))


def aligned_words(a: list[str], b: list[str]) -> int:
    """How many words of ``a`` and ``b`` a word-by-word alignment pairs up (in order)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


def rare_containment(shared_rare: int, rare_a: int, rare_b: int) -> float:
    """The share of the smaller set of rare 3-grams found in the other (from counts)."""
    return shared_rare / max(1, min(rare_a, rare_b))


def _trigrams(words: list[str]) -> set[str]:
    return {" ".join(words[i:i + 3]) for i in range(max(0, len(words) - 2))}


def _days_apart(a: str | None, b: str | None) -> int:
    """Whole days between two ``YYYY-MM-DD`` days, 0 when either is unknown."""
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except (TypeError, ValueError):
        return 0


class PairFeatures:
    """The features of a candidate pair of articles (:data:`PAIR_FEATURES`), for the learned copy
    model: 3-gram Jaccard and containment of the shorter, its rare 3-grams (in at most
    ``COMMON_DF`` articles) and rare words (idf-weighted) found in the other, its words in order
    (longest common subsequence) as a share of it and of the longer, the share of its sentences
    (by words) found almost whole in the longer, its lead in the longer's lead, the titles' shared
    words, its numbers found in the longer (notices of one template differ in them), the length ratio, the days apart and whether one outlet published both. ``sets`` is the
    corpus' :class:`_Shingled` (document frequencies and idf come from it), ``docs`` its articles
    in the same order. Per-article parts are computed once, when a pair first needs them."""

    def __init__(self, sets: "_Shingled", docs: list[Document]):
        self.sets, self.docs = sets, docs
        self._words: dict[int, list[str]] = {}
        self._grams: dict[int, set[str]] = {}
        self._sentences: dict[int, list[list[str]]] = {}
        self._titles: dict[int, set[str]] = {}
        self._numbers: dict[int, set[str]] = {}
        self._days: dict[int, str | None] = {}

    def words(self, i: int) -> list[str]:
        if i not in self._words:
            self._words[i] = fold(self.docs[i].text).split()
        return self._words[i]

    def grams(self, i: int) -> set[str]:
        if i not in self._grams:
            self._grams[i] = _trigrams(self.words(i))
        return self._grams[i]

    def sentences(self, i: int) -> list[list[str]]:
        if i not in self._sentences:
            parts = (fold(s).split() for s in _SENTENCE_END.split(self.docs[i].text))
            self._sentences[i] = [w for w in parts if len(w) >= SENTENCE_WORDS]
        return self._sentences[i]

    def numbers(self, i: int) -> set[str]:
        if i not in self._numbers:
            self._numbers[i] = set(_NUMBER.findall(fold(self.docs[i].text)))
        return self._numbers[i]

    def title(self, i: int) -> set[str]:
        if i not in self._titles:
            self._titles[i] = set(fold(self.docs[i].title or "").split())
        return self._titles[i]

    def day(self, i: int) -> str | None:
        if i not in self._days:
            self._days[i] = day_of(self.docs[i])
        return self._days[i]

    def __call__(self, i: int, j: int) -> list[float]:
        sets = self.sets
        wi, wj = self.words(i), self.words(j)
        short, long_ = (i, j) if len(wi) <= len(wj) else (j, i)
        ws, wl = self.words(short), self.words(long_)
        a, b = sets.set_of(i), sets.set_of(j)
        common = np.intersect1d(a, b, assume_unique=True)
        n_common = len(common)
        jaccard = n_common / max(1, len(a) + len(b) - n_common)
        contained = n_common / max(1, min(len(a), len(b)))
        rare_common = int((sets.df[common] <= COMMON_DF).sum())
        rare = rare_common / max(1, min(int(sets.n_rare[i]), int(sets.n_rare[j])))
        kept = sets.kept_words(short, long_)
        lcs = LCSseq.similarity(sets.words_of(short), sets.words_of(long_))
        longer = self.grams(long_)
        found = total = 0
        for sent in self.sentences(short):
            g = _trigrams(sent)
            total += len(sent)
            if g and sum(1 for x in g if x in longer) >= SENTENCE_FOUND * len(g):
                found += len(sent)
        lead = _trigrams(ws[:LEAD_WORDS])
        lead_in = _trigrams(wl[:LEAD_WINDOW])
        ta, tb = self.title(i), self.title(j)
        doc_i, doc_j = self.docs[i], self.docs[j]
        return [jaccard, contained, rare, kept, lcs / max(1, len(ws)), lcs / max(1, len(wl)),
                found / total if total else 0.0,
                len(lead & lead_in) / len(lead) if lead else 0.0,
                len(ta & tb) / len(ta | tb) if ta and tb else 0.0,
                len(self.numbers(short) & self.numbers(long_)) / len(self.numbers(short)) if self.numbers(short) else 1.0,
                math.log(max(1, len(wl)) / max(1, len(ws))),
                float(min(7, _days_apart(self.day(i), self.day(j)))),
                1.0 if doc_i.outlet and doc_i.outlet == doc_j.outlet else 0.0]


def attach_digests(groups: UnionFind, size_of: Counter, digests: dict[Hashable, list[Hashable]]) -> None:
    """A digest (a long article the short ones ``digests[long]`` are aligned inside) joins the one
    copy group its parts make, never two (it holds two stories), and only from a group of its own
    or that one (``size_of``: members per root, kept up to date)."""
    for long_, parts in sorted(digests.items()):
        into = {groups.find(q) for q in parts}
        mine = groups.find(long_)
        if len(into) == 1 and (mine in into or size_of[mine] == 1):
            (other,) = into
            if groups.union(long_, parts[0]):  # (a union-find may refuse: a database's stored groups)
                size_of[groups.find(long_)] = size_of.pop(mine) + (size_of.pop(other) if other != mine else 0)


def attach_learned(groups: UnionFind, size_of: Counter, learned: list[tuple[float, Hashable, Hashable]]) -> None:
    """Join the model's pairs ``(-probability, a, b)`` into the copy groups of the rules
    (``size_of``: members per root), the likeliest first, each only when it attaches an article that
    is in no copy group yet (or two such articles): a pair the model misjudges never merges two groups
    the rules made. An article the model pairs with two groups is a digest of two stories: it joins
    neither."""
    reach: dict[Hashable, set] = defaultdict(set)
    for _, h, p in learned:
        reach[h].add(groups.find(p))
        reach[p].add(groups.find(h))
    torn = {x for x, into in reach.items() if len(into) > 1}
    for _, h, p in sorted(learned):
        gh, gp = groups.find(h), groups.find(p)
        if gh != gp and min(size_of[gh], size_of[gp]) == 1 and h not in torn and p not in torn \
                and groups.union(h, p):  # (a union-find may refuse: a database's stored groups)
            size_of[groups.find(h)] = size_of.pop(gh) + size_of.pop(gp)


@lru_cache(maxsize=1)
def copy_model() -> dict | None:
    """The shipped copy-pair model (``models/copies.json``), or None when there is none."""
    try:
        text = resources.files("marsad.models").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    model = json.loads(text)
    if tuple(model["features"]) != PAIR_FEATURES:
        raise ValueError(f"{MODEL_FILE} was trained on other features: {model['features']}")
    return model


def copy_probability(model: dict, features: list[float]) -> float:
    """The model's probability that a pair with these features is a copy pair: the logistic
    function of its standardized features weighted by the coefficients."""
    z = model["intercept"]
    for x, mean, scale, w in zip(features, model["mean"], model["scale"], model["coef"]):
        z += w * (x - mean) / scale
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def _signature_of(d: Document) -> MinHash | None:
    if "_minhash" in d.meta:
        hv = d.meta["_minhash"]
        if not hv:
            return None
        return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=hv, permutations=_permutations(), scheme=SCHEME)
    return signature(d.text)


def _order_key(i: int, d: Document) -> tuple:
    return (day_of(d) or "9999", i)


def band_keys(hashvalues: Sequence[int]) -> list[tuple[int, tuple[int, ...]]]:
    """The LSH band keys of a signature: (band number, the band's hash values); two
    articles are LSH candidates when they share one (the bands of ``MinHashLSH``)."""
    return [(i, tuple(hashvalues[a:b])) for i, (a, b) in enumerate(_band_ranges())]


def _lsh() -> MinHashLSH:
    return MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)


@lru_cache(maxsize=1)
def _band_ranges() -> list[tuple[int, int]]:
    return list(_lsh().hashranges)


class _Shingled:
    """The 3-gram sets of articles (:func:`shingles`), as arrays: every distinct word and every
    distinct 3-gram of these articles gets an integer id, so the sets are sorted id arrays, their
    document frequencies one count, and the pairs of articles sharing rare 3-grams come out of one
    sort instead of a loop over every 3-gram. The same sets as :func:`shingles` (one id per
    distinct string), so the same counts."""

    def __init__(self, texts: list[str], counts: "CorpusCounts | None" = None):
        """``counts``: the 3-gram and word counts of a larger corpus these texts are part of (a
        database the texts are added to): document frequencies, rare 3-grams and idf are then that
        corpus's, as a build over all of it would count them."""
        vocab: defaultdict = defaultdict()
        vocab.default_factory = vocab.__len__  # a new word gets the next id
        ids = []
        for t in texts:
            ws = fold(t).split()
            ids.append(np.fromiter(map(vocab.__getitem__, ws), np.int64, len(ws)))
        self.n = n = len(texts)
        lengths = np.array([len(x) for x in ids], dtype=np.int64)
        self.word_bounds = np.concatenate(([0], np.cumsum(lengths)))
        self.words = np.concatenate(ids) if ids else np.zeros(0, np.int64)
        w, v = self.words, max(1, len(vocab))
        doc_of = np.repeat(np.arange(n, dtype=np.int64), lengths)
        inside = doc_of[:-2] == doc_of[2:]  # the three words in one article
        a, b, c = w[:-2][inside], w[1:-1][inside], w[2:][inside]
        self._bigrams, self._gram_keys = None, None
        if v ** 3 < 2 ** 63:
            keys = (a * v + b) * v + c
        else:  # too many words for one int64: number the 2-grams first
            self._bigrams, bigram = np.unique(a * v + b, return_inverse=True)
            keys = bigram.reshape(-1) * v + c
        uniq, tri = np.unique(keys, return_inverse=True)
        self.vocab, self._v, self._uniq = list(vocab), v, uniq
        m = max(1, len(uniq))
        # each article's distinct 3-grams, sorted by article then 3-gram
        code = _sorted_unique(doc_of[:-2][inside] * m + tri.reshape(-1))
        self.doc, self.tri = code // m, code % m
        self.bounds = np.searchsorted(self.doc, np.arange(n + 1))
        self.size = np.diff(self.bounds)  # len(shingles(text))
        self.df = np.bincount(self.tri, minlength=m)
        self.n_rare = np.bincount(self.doc[self.df[self.tri] <= COMMON_DF], minlength=n)
        # each article's distinct words and their idf, for kept_words
        wcode = _sorted_unique(doc_of * v + self.words) if len(self.words) else np.zeros(0, np.int64)
        self.wdoc, self.wword = wcode // v, wcode % v
        self.wbounds = np.searchsorted(self.wdoc, np.arange(n + 1))
        self.idf = np.log(max(1, n) / np.maximum(1, self.word_df()))
        if counts is not None:  # the larger corpus's counts instead of these texts' own
            if len(uniq):
                self.df = np.asarray(counts.gram_df(self.gram_hashes()), dtype=np.int64)
                self.n_rare = np.bincount(self.doc[self.df[self.tri] <= COMMON_DF], minlength=n)
            self.idf = np.log(max(1, counts.n) / np.maximum(1, np.asarray(counts.word_df(self.vocab), dtype=np.float64))) \
                if self.vocab else self.idf

    def word_df(self) -> np.ndarray:
        """How many of these texts hold each word (by word id, :attr:`vocab`'s order)."""
        return np.bincount(self.wword, minlength=max(1, len(self.vocab)))[:max(1, len(self.vocab))]

    def gram_hashes(self) -> np.ndarray:
        """A stable 64-bit key (int64) of each distinct 3-gram, by 3-gram id (its three words' blake2b
        hashes mixed), for counts kept across runs; computed once."""
        if self._gram_keys is not None:
            return self._gram_keys
        v, uniq = self._v, self._uniq
        if self._bigrams is None:
            a, b, c = uniq // (v * v), (uniq // v) % v, uniq % v
        else:
            ab = self._bigrams[uniq // v]
            a, b, c = ab // v, ab % v, uniq % v
        h = word_hashes(self.vocab)
        self._gram_keys = _mix(h[a], h[b], h[c])
        return self._gram_keys

    def kept_words(self, short: int, other: int) -> float:
        """The share of article ``short``'s distinct words, weighted by idf, found in ``other``."""
        a = self.wword[self.wbounds[short]:self.wbounds[short + 1]]
        b = self.wword[self.wbounds[other]:self.wbounds[other + 1]]
        total = float(self.idf[a].sum())
        return float(self.idf[np.intersect1d(a, b, assume_unique=True)].sum()) / total if total else 0.0

    def words_of(self, i: int) -> list[int]:
        """The article's folded words, as ids (for an alignment: equal words, equal ids)."""
        return self.words[self.word_bounds[i]:self.word_bounds[i + 1]].tolist()

    def set_of(self, i: int) -> np.ndarray:
        return self.tri[self.bounds[i]:self.bounds[i + 1]]

    def containment(self, i: int, j: int) -> float:
        """:func:`containment` of two articles' 3-gram sets."""
        common = len(np.intersect1d(self.set_of(i), self.set_of(j), assume_unique=True))
        return common / max(1, min(int(self.size[i]), int(self.size[j])))

    def shared_rare(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every pair of articles sharing rare 3-grams (in 2 to ``COMMON_DF`` articles): (later,
        earlier, how many), sorted by the later article, then the earlier."""
        n, df, tri, doc = self.n, self.df, self.tri, self.doc
        sel = (df[tri] >= 2) & (df[tri] <= COMMON_DF)
        key = np.sort(tri[sel] * n + doc[sel])  # by 3-gram, then article
        t, d = key // n, key % n
        pairs = []
        for k in range(1, COMMON_DF):  # a 3-gram's articles are at most COMMON_DF in a row
            same = t[:-k] == t[k:]
            if not same.any():
                break
            pairs.append(d[k:][same] * n + d[:-k][same])
        codes, counts = _counted(np.concatenate(pairs) if pairs else np.zeros(0, np.int64))
        return codes // n, codes % n, counts


class CorpusCounts:
    """What :class:`_Shingled` reads of a larger corpus (see its ``counts``): ``n`` articles (those
    with a signature), and the number of them holding each 3-gram (by :meth:`_Shingled.gram_hashes`) and word;
    the texts given to :class:`_Shingled` must be counted in it."""

    n: int

    def gram_df(self, keys: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def word_df(self, words: list[str]) -> np.ndarray:
        raise NotImplementedError


_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))


def word_hashes(words: list[str]) -> np.ndarray:
    """A stable 64-bit hash (blake2b) of each word, as uint64."""
    return np.array([int.from_bytes(hashlib.blake2b(w.encode("utf-8"), digest_size=8).digest(), "little")
                     for w in words], dtype=np.uint64)


def _mix(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        return (a * _MIX[0] + b * _MIX[1] + c * _MIX[2]).view(np.int64)


def _counted(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(x, return_counts=True)`` by sorting (faster here than numpy's hash table)."""
    x = np.sort(x)
    starts = np.flatnonzero(np.concatenate(([True], x[1:] != x[:-1]))) if len(x) else np.zeros(0, np.int64)
    return x[starts], np.diff(np.append(starts, len(x)))


def _sorted_unique(x: np.ndarray) -> np.ndarray:
    return _counted(x)[0]


def _band_buckets(hashvalues: np.ndarray) -> list[list[tuple[int, int]]]:
    """Per article, the (band, bucket) of each LSH band it shares with another article: articles in
    one bucket are exactly those the ``MinHashLSH`` index returns for each other."""
    labels = []
    for a, b in _band_ranges():
        _, inv, count = np.unique(hashvalues[:, a:b], axis=0, return_inverse=True, return_counts=True)
        inv = inv.reshape(-1)
        labels.append(np.where(count[inv] > 1, inv, -1))
    table = np.stack(labels, axis=1) if labels else np.zeros((len(hashvalues), 0), np.int64)
    return [[(j, lab) for j, lab in enumerate(row) if lab >= 0] for row in table.tolist()]


class Dedup:
    """``candidates`` (article id -> ids sharing an LSH band), when given, replace the
    in-memory LSH index (the Spark engine computes them with :func:`band_keys`)."""

    name = "dedup"

    def __init__(self, candidates: dict[str, set[str]] | None = None, model: dict | None | str = "shipped",
                 record: list | None = None, counts: CorpusCounts | None = None, among: set[str] | None = None):
        """``model``: the copy-pair model (:func:`copy_model` by default; None: the rules alone).
        ``record``: a list that receives, for every candidate pair sharing ``ALIGN_CANDIDATE`` of
        the shorter's 3-grams, (earlier id, later id, :data:`PAIR_FEATURES`, whether the rules
        join it), for training the model (``scripts/train_copies.py``). ``counts``: the counts of
        the larger corpus the articles belong to (a database's, :class:`_Shingled`). ``among``: read
        only the pairs that hold one of these articles (those a database adds)."""
        self.candidates = candidates
        self.among = among
        self.model = copy_model() if model == "shipped" else model
        self.record = record
        self.counts = counts
        self.sets: _Shingled | None = None
        self.kept: list[Document] = []

    def run(self, docs: list[Document], corpus) -> None:
        """Copies as connected components: every verified pair joins one group (a copy of a copy,
        two copies of an original they each edited differently), whose earliest article is the
        original; every other member points at it. Articles are numbered by their place in that
        order (the earliest published first)."""
        joins, digests, learned = self.links(docs)
        kept = self.kept
        groups = UnionFind()  # positions: the earlier root stays the group's original
        for p in range(len(kept)):
            groups.find(p)
        for h, p in joins:
            groups.union(h, p)
        size_of = Counter(groups.find(x) for x in groups.parent)
        attach_digests(groups, size_of, digests)
        for p, d in enumerate(kept):
            # the copy groups of the rules alone (near-identical text): the story stage lets these
            # copies follow their original; one the model joins is edited and clustered on its own
            root = groups.find(p)
            d.meta[RULES_ORIGINAL] = kept[root].id if root != p else None
        attach_learned(groups, size_of, learned)
        for p, d in enumerate(kept):
            if groups.find(p) != p:
                d.duplicate_of = kept[groups.find(p)].id

    def links(self, docs: list[Document]) -> tuple[list[tuple[int, int]], dict[int, list[int]], list[tuple[float, int, int]]]:
        """What the rules and the model find between the articles with a signature (``self.kept``,
        earliest first; pairs are positions in it): the pairs the rules join, the short articles each
        long one holds aligned (digests: long -> parts) and the pairs the model joins ``(-probability,
        earlier, later)``. :meth:`run` makes them copy groups; a database adding articles groups them
        without moving what it stores (marsad.store.incremental)."""
        self.kept = []
        order = sorted(range(len(docs)), key=lambda i: _order_key(i, docs[i]))
        kept: list[Document] = []  # the articles with a signature, in order
        hashvalues = []
        for i in order:
            sig = _signature_of(docs[i])
            if sig is not None:
                kept.append(docs[i])
                hashvalues.append(sig.hashvalues)
        self.kept = kept
        if not kept:
            return [], {}, []
        at = {d.id: p for p, d in enumerate(kept)}
        among = {at[x] for x in self.among if x in at} if self.among is not None else None
        sets = _Shingled([d.text for d in kept], counts=self.counts)
        self.sets = sets  # its counts: what a database keeps for adding articles (marsad.store.incremental)
        size, n_rare = sets.size.tolist(), sets.n_rare.tolist()
        later, earlier, counts = sets.shared_rare()
        # the rules on the counts of shared rare 3-grams, for all pairs at once (see the loop below)
        lo_rare = np.maximum(1, np.minimum(sets.n_rare[later], sets.n_rare[earlier]))
        rc = counts / lo_rare
        lo, hi = np.minimum(sets.size[later], sets.size[earlier]), np.maximum(sets.size[later], sets.size[earlier])
        rare_join = (rc >= RARE_CONTAINMENT) | ((rc >= EDITED_CONTAINMENT) & (hi <= SAME_LENGTH * lo))
        # the 3-grams two articles share are at most their shared rare ones and the common ones of
        # either (an exact bound): most candidates stop here
        too_few = counts + np.minimum(sets.size[later] - sets.n_rare[later], sets.size[earlier] - sets.n_rare[earlier]) \
            < ALIGN_CANDIDATE * lo
        pair_bounds = np.searchsorted(later, np.arange(len(kept) + 1)).tolist()
        buckets = _band_buckets(np.array(hashvalues, dtype=np.uint64)) if self.candidates is None else None
        index: list[dict[int, list[int]]] = [{} for _ in _band_ranges()]
        seen: set[int] = set()  # articles read, and those a rule joined to one
        edges: list[tuple[int, int]] = []  # the rules' joins
        digests: dict[int, list[int]] = defaultdict(list)  # long article -> short ones aligned inside it
        model, record = self.model, self.record
        features = PairFeatures(sets, kept) if model is not None or record is not None else None
        learned: list[tuple[float, int, int]] = []  # pairs the model joins: (-probability, h, p)
        for p, d in enumerate(kept):
            if buckets is not None:  # the LSH candidates: earlier articles sharing a band
                found: set[int] = set()
                for j, lab in buckets[p]:
                    lst = index[j].setdefault(lab, [])
                    found.update(lst)
                    lst.append(p)
            else:
                found = {at[h] for h in self.candidates.get(d.id, ()) if h in at}
            seen.add(p)
            sl = slice(pair_bounds[p], pair_bounds[p + 1])
            shared = set(earlier[sl].tolist())
            joins = [h for h in found if h in seen and h != p and sets.containment(h, p) >= CONTAINMENT]
            joins += earlier[sl][rare_join[sl]].tolist()
            # the candidates the 3-gram rules left out: aligned word by word; those sharing rare
            # 3-grams and bounded below ALIGN_CANDIDATE stop here (the others are bounded in the loop;
            # candidates given by the Spark engine may come later in the order: no count yet)
            near = set(earlier[sl][~rare_join[sl] & ~too_few[sl]].tolist())
            near |= {h for h in found if h != p} - shared
            if among is not None and p not in among:  # only the pairs with one of these articles
                joins, near = [h for h in joins if h in among], {h for h in near if h in among}
            left = []  # candidates the rules leave apart, for the model
            for h in sorted(near - set(joins)):
                least = min(size[p], size[h])
                if h < p and h not in shared and min(size[p] - n_rare[p], size[h] - n_rare[h]) < ALIGN_CANDIDATE * least:
                    continue
                common = sets.containment(h, p)
                if common < ALIGN_CANDIDATE:
                    continue
                left.append(h)
                wa, wb = sets.words_of(h), sets.words_of(p)
                short, long_ = sorted((len(wa), len(wb)))
                need = ALIGNED
                if common >= KEPT_CONTAINMENT and sets.kept_words(*((h, p) if len(wa) <= len(wb) else (p, h))) >= KEPT_WORDS:
                    need = KEPT_ALIGNED  # an edited copy that kept its rare words
                # the longest common subsequence bounds any alignment from above, and costs far less
                # than difflib's: most candidates stop here, the same ones as after difflib
                if LCSseq.similarity(wa, wb) < need * short:
                    continue
                m = aligned_words(wa, wb)
                if m < need * short:
                    continue
                if m >= ALIGN_LONGER * long_:
                    joins.append(h)
                    left.pop()
                elif m >= DIGEST_WORDS:
                    digests[h if len(wa) > len(wb) else p].append(p if len(wa) > len(wb) else h)
            if record is not None:
                joined = set(joins)
                for h in sorted((joined | set(left)) - {p}):
                    record.append((kept[h].id, d.id, features(h, p), h in joined))
            if model is not None:
                for h in left:
                    prob = copy_probability(model, features(h, p))
                    if prob >= model["threshold"]:
                        learned.append((-prob, h, p))
            for h in sorted(set(joins)):
                edges.append((h, p))
                seen.add(h)
        return edges, dict(digests), learned
