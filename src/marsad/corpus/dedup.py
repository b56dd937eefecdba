"""Near-duplicates: wire copies and republished articles, found with MinHash LSH (datasketch).

Each article is a set of word 3-grams of its folded text; LSH proposes the pairs
whose sets overlap above ``THRESHOLD`` (estimated Jaccard), and a pair is a copy when
most of the shorter article is in the other (``CONTAINMENT``); copies of copies
are one group (union-find). The group's first article (the earliest published,
then the first read) is the original: the others get ``duplicate_of`` set to its
id. LSH buckets the signatures, so the work grows
with the corpus, not with its square; its candidates are then checked against
containment, since LSH alone also returns many pairs that are not copies.

The Spark engine finds the LSH candidates in Spark instead (:func:`band_keys`:
articles that share a band key are candidates, exactly the pairs the LSH index
would return) and hands them to :class:`Dedup`, which then gives the same result.
"""
from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from functools import lru_cache

from datasketch import MinHash, MinHashLSH
from rapidfuzz.distance import LCSseq

from marsad.corpus.unionfind import UnionFind
from marsad.document import Document
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
#: ... when the aligned words are also this share of the longer article (two versions of one text);
#: a short article aligned inside a long one is a digest's part, joined by ``DIGEST_WORDS``.
ALIGN_LONGER = 0.3
#: A long article (a digest, a report that takes a wire story whole and adds to it) aligned with
#: short articles (``ALIGNED``, at least this many words aligned) joins their copy group when they
#: all are one group: a digest of two stories joins neither. Dev: 768 -> 783 of 815, none wrong.
DIGEST_WORDS = 60
#: Share of the shorter article's 3-grams two articles share before they are aligned (the
#: alignment costs more than a set intersection).
ALIGN_CANDIDATE = 0.2
NUM_PERM = 64
#: The hashing scheme of datasketch 2.x, named so stored signatures stay comparable.
SCHEME = "affine32"
#: Articles shorter than this many words are never called copies (headlines, stubs).
MIN_WORDS = 25


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
    tasks): the MinHash of the article's 3-grams, kept in ``meta["_minhash"]``."""
    sig = signature(doc.text)
    doc.meta["_minhash"] = [int(x) for x in sig.hashvalues] if sig is not None else None
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


def _signature_of(d: Document) -> MinHash | None:
    if "_minhash" in d.meta:
        hv = d.meta["_minhash"]
        if not hv:
            return None
        return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=hv, permutations=_permutations(), scheme=SCHEME)
    return signature(d.text)


def _order_key(i: int, d: Document) -> tuple:
    return (day_of(d) or "9999", i)


def band_keys(hashvalues: list[int]) -> list[tuple[int, tuple[int, ...]]]:
    """The LSH band keys of a signature: (band number, the band's hash values); two
    articles are LSH candidates when they share one (the bands of ``MinHashLSH``)."""
    return [(i, tuple(hashvalues[a:b])) for i, (a, b) in enumerate(_band_ranges())]


def _lsh() -> MinHashLSH:
    return MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)


@lru_cache(maxsize=1)
def _band_ranges() -> list[tuple[int, int]]:
    return list(_lsh().hashranges)


class Dedup:
    """``candidates`` (article id -> ids sharing an LSH band), when given, replace the
    in-memory LSH index (the Spark engine computes them with :func:`band_keys`)."""

    name = "dedup"

    def __init__(self, candidates: dict[str, set[str]] | None = None):
        self.candidates = candidates

    def run(self, docs: list[Document], corpus) -> None:
        """Copies as connected components: every verified pair joins one group (a copy of a copy,
        two copies of an original they each edited differently), whose earliest article is the
        original; every other member points at it."""
        lsh = _lsh() if self.candidates is None else None
        order = sorted(range(len(docs)), key=lambda i: _order_key(i, docs[i]))
        rank = {docs[i].id: r for r, i in enumerate(order)}
        sigs: dict[str, MinHash] = {}
        sets: dict[str, set[bytes]] = {}
        groups = UnionFind(order=rank.get)  # the earlier root stays the group's original
        for i in order:
            sig = _signature_of(docs[i])
            if sig is not None:
                sigs[docs[i].id] = sig
                sets[docs[i].id] = shingles(docs[i].text)
        df: Counter = Counter()
        for sh in sets.values():
            df.update(sh)
        n_rare: dict[str, int] = {}
        # rare 3-gram -> the earlier articles holding it: at most COMMON_DF each, so the pairs it
        # proposes grow with the corpus, not with its square
        postings: dict[bytes, list[str]] = {}
        digests: dict[str, list[str]] = defaultdict(list)  # long article -> short ones aligned inside it
        word_cache: dict[str, list[str]] = {}
        text_of = {d.id: d.text for d in docs}

        def words_of(aid: str) -> list[str]:
            if aid not in word_cache:
                word_cache[aid] = fold(text_of[aid]).split()
            return word_cache[aid]

        for i in order:
            d = docs[i]
            if d.id not in sets:
                continue
            sig, mine = sigs[d.id], sets[d.id]
            found = lsh.query(sig) if lsh is not None else self.candidates.get(d.id, ())
            groups.find(d.id)
            shared: Counter = Counter()
            rare = [g for g in mine if df[g] <= COMMON_DF]
            for g in rare:
                earlier = postings.get(g)
                if earlier:
                    for h in earlier:
                        shared[h] += 1
                    earlier.append(d.id)
                elif df[g] > 1:
                    postings[g] = [d.id]
            n_rare[d.id] = len(rare)
            joins = [h for h in found if h in groups.parent and h != d.id and containment(sets[h], mine) >= CONTAINMENT]
            for h, n in shared.items():
                rc = rare_containment(n, n_rare[h], len(rare))
                if rc >= RARE_CONTAINMENT or (rc >= EDITED_CONTAINMENT and max(len(mine), len(sets[h]))
                                              <= SAME_LENGTH * min(len(mine), len(sets[h]))):
                    joins.append(h)
            # the candidates the 3-gram rules left out: aligned word by word
            near = {h for h in found if h in sets and h != d.id} | set(shared)
            for h in sorted(near - set(joins), key=rank.get):
                # the 3-grams two articles share are at most their shared rare ones and the common
                # ones of either (an exact bound, counted already): most candidates stop here
                # (candidates given by the Spark engine may come later in the order: no count yet)
                least = min(len(mine), len(sets[h]))
                if h in n_rare and shared[h] + min(len(mine) - len(rare), len(sets[h]) - n_rare[h]) < ALIGN_CANDIDATE * least \
                        or containment(sets[h], mine) < ALIGN_CANDIDATE:
                    continue
                wa, wb = words_of(h), words_of(d.id)
                short, long_ = sorted((len(wa), len(wb)))
                # the longest common subsequence bounds any alignment from above, and costs far less
                # than difflib's: most candidates stop here, the same ones as after difflib
                if LCSseq.similarity(wa, wb) < ALIGNED * short:
                    continue
                m = aligned_words(wa, wb)
                if m < ALIGNED * short:
                    continue
                if m >= ALIGN_LONGER * long_:
                    joins.append(h)
                elif m >= DIGEST_WORDS:
                    digests[h if len(wa) > len(wb) else d.id].append(d.id if len(wa) > len(wb) else h)
            for h in sorted(set(joins), key=rank.get):
                groups.union(h, d.id)
            if lsh is not None:
                lsh.insert(d.id, sig)
        size = Counter(groups.find(x) for x in groups.parent)
        for long_, parts in sorted(digests.items(), key=lambda x: rank[x[0]]):
            # a digest joins the one copy group its parts make, never two (it holds two stories)
            into = {groups.find(p) for p in parts}
            mine = groups.find(long_)
            if len(into) == 1 and (mine in into or size[mine] == 1):
                (other,) = into
                groups.union(long_, parts[0])
                size[groups.find(long_)] = size.pop(mine) + (size.pop(other) if other != mine else 0)
        for d in docs:
            if d.id in groups.parent and groups.find(d.id) != d.id:
                d.duplicate_of = groups.find(d.id)
