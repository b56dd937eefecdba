"""From articles to stories and storylines.

A story is one event as told by several outlets; a storyline is the chain of
stories that continue each other. Articles are taken in time order and each
joins the most similar open story or starts a new one (like datasketch's
LSH, :class:`StoryIndex` holds state and answers ``add``), so new articles can
be added to an existing set of stories. Similarity combines what (TF-IDF of
folded words), who (linked entities, weighted like words) and when (a story
is closed to articles published, or retrieved when the date is not known,
more than ``WINDOW_DAYS`` away from it); an
article joins the story holding its most similar article (single link).
Candidates come from an inverted index of each story's top terms: an article
is only compared with stories that share one of its top terms. Articles come in
time order, so a story whose window has passed leaves the index of open stories
for good, and the work per article stays bounded however long the corpus runs;
undated articles (added last) are compared with every story. Articles come one at a time,
so two stories of one event can start apart (a reaction before the first report of the
event): a last pass joins stories whose centroids are close (:meth:`StoryIndex.merged`).
"""
from __future__ import annotations

import collections
import datetime as dt
import hashlib
import heapq
import math
import re
from functools import lru_cache

import numpy as np

from marsad.corpus import samestory
from marsad.corpus.dedup import RULES_ORIGINAL
from marsad.corpus.samestory import other_places, other_subject  # noqa: F401 (read here and from here)
from marsad.corpus.unionfind import UnionFind
from marsad.document import Document
from marsad.extract.published import day_of
from marsad.text.clean import outlet_named
from marsad.text.normalize import fold
from marsad.text.tokenize import stem

#: Cosine similarity to one of a story's articles that an article needs to join it.
JOIN = 0.245
#: Cosine of two stories' centroids above which they are one event (see :meth:`StoryIndex.merged`):
#: what the articles of one event have in common adds up in their sum, while each article's own
#: angle (a reaction, the victims, a new front) does not. On the story gold's dev split, 0.4 joins
#: pieces of the Al-Aqsa, the Turkish strikes and the Anbar university stories; 0.35 also joined a
#: club's two transfer stories and two companies' results until stories about another subject were
#: kept apart (:func:`other_subject`); with that check, 0.4 -> 0.35 takes B-cubed 0.841 -> 0.845
#: (recall 0.811 -> 0.822, precision 0.874 -> 0.869); 0.3 gives 0.843. With the rounds and the wider
#: candidates of the merge pass (``MERGE_ROUNDS``, ``MERGE_COMMON_SHARE``), 0.4: B-cubed 0.849 -> 0.859
#: (0.35: the same F1 at precision 0.854 against 0.872).
MERGE = 0.4
#: The learned same-story model (:mod:`marsad.corpus.samestory`) in the join decision: a join the
#: cosine allows is refused when the article's highest same-story probability with one of the
#: story's latest articles is under ``MODEL_VETO``. Off: on the story gold's dev split it raises
#: B-cubed 0.864 -> 0.868 (precision 0.885 -> 0.894, recall, storylines and copies unchanged), but it
#: splits plain follow-ups whose headline shares no word or entity with the first report (a
#: satellite's first images from its launch, src/marsad/samples/corpus/c_feed.jsonl, probability
#: 0.12-0.14): see eval/realnews/README.md, "The learned same-story model".
USE_MODEL = False
MODEL_VETO = 0.2
#: Rounds of the merge pass (see :meth:`StoryIndex.merged`): with the wider candidates, one round gives
#: B-cubed 0.852 on the story gold's dev split, three 0.859 (and so do five: no union is left).
MERGE_ROUNDS = 3
#: A story's latest articles an article is compared with (keeps each comparison bounded).
COMPARE_LAST = 20
#: A story takes articles published up to this many days from its first and last day.
WINDOW_DAYS = 4
#: A story spans at most this many days from its first article to its last; a running topic (a war,
#: a club's season) goes on in the next story, and its storyline holds them together. Without it,
#: stories chained day after day: in the 15,042-article run of 2015-07-21..31 one story held 399
#: articles of the whole Yemen war and the story gold's dev articles, scored inside that run
#: (eval/realnews/stories_in_context.py), had B-cubed precision 0.666 (F1 0.774); with a span of
#: 2 / 3 / 4 / 5 / 7 days, dev F1 0.808 / 0.807 / 0.817 / 0.807 / 0.783 (the gold's own days are
#: two, so `evaluate.py stories`, which clusters them alone, does not move).
SPAN_DAYS = 4
#: Cosine to one of a story's articles a recurring notice (:func:`recurring_notice`) needs to join it: as
#: close as an edited copy of it (``COPY_FOLLOW`` is 0.4); on the story gold's dev split 0.4-0.7 give the
#: same figures.
NOTICE_JOIN = 0.5
#: Terms of an article used to find candidate stories.
TOP_TERMS = 12
#: Most candidate stories an article is compared with (those sharing the most top terms).
MAX_CANDIDATES = 40
#: Terms in more than this share of the articles do not find candidates (they are in every story).
COMMON_SHARE = 0.02
#: Cosine to its original above which a copy takes the original's story; below it the copy is clustered
#: as an article of its own. A copy group is joined transitively and by containment (a short
#: article inside a longer one), so one page that tells two events (a call and a statement, run
#: together) makes the copies of both one group: on the story gold's dev split, the copies of a
#: Yemeni president's truce statement followed a crown prince's call into one story of 24 articles.
COPY_FOLLOW = 0.4
#: Terms in more than this share of the articles find no candidates in the merge pass. Wider than
#: ``COMMON_SHARE``: the pieces of a long event share its words (هدنة، الكردستاني), which are in too
#: many articles to find candidates one article at a time; there are few stories to compare. On the
#: story gold's dev split (693 articles, where 2% is 13): 0.02 -> 0.05 takes B-cubed 0.849 -> 0.859
#: (recall 0.813 -> 0.846); 0.07 and 0.1 join a war's battles with its truce (0.847, 0.849).
MERGE_COMMON_SHARE = 0.05
#: Stories sharing this many of their key entities belong to one storyline.
STORYLINE_SHARED = 2
#: Share of a storyline's stories that hold one of its central entities (its label); every story of
#: the storyline holds at least one of them (see :meth:`Stories.storylines`). On the story gold's dev
#: pairs: 1/2 lets two cities (Jeddah in half the stories, Riyadh in the other half) make a
#: storyline of fires and Eid parties; 2/3 and 3/4 do not, with the same precision and recall.
CENTRAL_SHARE = 2 / 3

_WORD = re.compile(r"[^\W\d_]{3,}")
#: Frequent function words that carry no topic (folded).
STOP = frozenset(fold(w) for w in """
في من على إلى الى عن مع أن إن كان كانت التي الذي الذين هذا هذه ذلك تلك بين بعد قبل حيث كما أو ثم لم لن
قد وقد وفي ومن وعلى وأن وإن أنه إنه أنها إنها وهو وهي هو هي عند منذ خلال حول ضد عبر دون غير كل بعض أي
ولا لا ما وما إذا اذا لكن ولكن أيضا ايضا يوم اليوم أمس وقال قال قالت وقالت أكد وأكد أضاف وأضاف العام الماضي
""".split())


def stable_id(prefix: str, *parts: str) -> str:
    """A short id that depends only on ``parts`` (same input, same id)."""
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}_{h}"


def open_to(first: dt.date | None, last: dt.date | None, day: dt.date | None) -> bool:
    """Whether a story of days ``first``..``last`` may take an article of ``day``: within
    ``WINDOW_DAYS`` of them, and the story then spanning at most ``SPAN_DAYS``."""
    if not (day and first):
        return True
    return (first - dt.timedelta(days=WINDOW_DAYS) <= day <= last + dt.timedelta(days=WINDOW_DAYS)
            and (max(last, day) - min(first, day)).days <= SPAN_DAYS)


def _day(d: Document) -> dt.date | None:
    """The article's day: published (pinned or estimated), else retrieved."""
    for v in (day_of(d), d.retrieved):
        try:
            if v:
                return dt.date.fromisoformat(v[:10])
        except ValueError:
            continue
    return None


@lru_cache(maxsize=300_000)
def term(word: str) -> str:
    """A folded word without its proclitics (والفيضانات -> فيضانات)."""
    return fold(stem(word))


_BYLINE_SEPARATORS = re.compile(r"[-–—ـ،,/]")


@lru_cache(maxsize=1)
def _platforms() -> frozenset[str]:
    from marsad.lang.ar.outlets import PLATFORMS

    return frozenset(term(w) for p in PLATFORMS for w in p.split())


@lru_cache(maxsize=100_000)
def platform_named(name: str) -> bool:
    """A mention that names a social platform ("تويتر"، "موقع فيسبوك"، "شركة تويتر")."""
    words = [term(w) for w in _WORD.findall(name)]
    return 0 < len(words) <= 3 and any(w in _platforms() for w in words)


def byline_end(text: str) -> int:
    """The end of a source line that opens the text ("أحمد علي- سبق- القاهرة:"، "الرياض - الوئام :"):
    the reporter, the outlet and the dateline say who reported from where, not what happened, and
    the same reporter's byline on many articles would make their stories look alike. 0 when the
    text opens with none (a short first line whose part before a colon, cut at its dashes, names an
    outlet)."""
    line = text[:200].split("\n", 1)[0]
    colon = line.find(":")
    if colon < 0 or colon > 80:
        return 0
    parts = [p.strip() for p in _BYLINE_SEPARATORS.split(line[:colon]) if p.strip()]
    return colon + 1 if len(parts) >= 2 and any(outlet_named(p) for p in parts) else 0


@lru_cache(maxsize=300_000)
def _content_term(word: str) -> str | None:
    """The term of a content word; None for a function word or a short one."""
    t = term(word)
    return t if t not in STOP and len(t) > 2 else None


_UNSEEN = object()


def terms(d: Document, known: dict[str, str | None] | None = None) -> collections.Counter:
    """Folded content words of title (counted twice) and text, plus linked entity ids; the source
    line that opens the text (:func:`byline_end`) left out. ``known``: words already made terms
    (word -> term, None for none), filled as it goes; for many articles."""
    known = {} if known is None else known
    c: dict[str, int] = {}
    skip = byline_end(d.text)
    # each distinct word once, in the order of first use (so the terms come in the same order)
    for text, weight, pos in ((d.title or "", 2, 0), (d.text, 1, skip)):
        for w, k in collections.Counter(_WORD.findall(text, pos)).items():
            t = known.get(w, _UNSEEN)
            if t is _UNSEEN:
                t = known[w] = _content_term(w)
            if t is not None:
                c[t] = c.get(t, 0) + weight * k
    for s in d.layers.get("entities", []):
        if s.attrs.get("entity") and s.start >= skip:
            e = "@" + s.attrs["entity"]
            c[e] = c.get(e, 0) + 2
    return collections.Counter(c)


#: Head nouns of organization names a headline leaves out ("أكسا للتأمين" for "شركة أكسا للتأمين").
_HEADS = frozenset(term(w) for w in "شركة الشركة مؤسسة المؤسسة مجموعة المجموعة".split())


#: One-letter proclitics a headline writes on a bare name ("بجازان"، "وتبوك"، "لأرامكو"), which
#: :func:`term` leaves on (it takes them off only with the article, "بالرياض").
_PROCLITICS = re.compile(r"^(?:[وف]?[بلك]|[وف])(?=[^\W\d_]{3,}$)")


def headline_terms(title: str) -> set[str]:
    """The terms of a headline's words, and of each word without a one-letter proclitic (و، ف، ب،
    ل، ك, or و/ف then ب/ل/ك) before at least three letters: what a place of the text is matched
    with (:func:`title_places`), so that "بجازان" names Jazan as "جازان" does."""
    words = set()
    for w in _WORD.findall(title):
        words.add(term(w))
        bare = _PROCLITICS.sub("", w)
        if bare != w:
            words.add(term(bare))
    return words


def title_entities(d: Document, places: bool = False) -> frozenset[str]:
    """The linked entities the headline names (as ``terms`` keys, "@id"): an entity of the text whose
    first word or at least half of whose words (proclitics aside, a company's "شركة" aside) stand in
    the headline ("عناية" for "شركة عناية للتأمين التعاوني", "النقل الجماعي" for "الشركة السعودية
    للنقل الجماعي").
    What an article is about: the company of an earnings report, the city of a notice, the person
    of an obituary. ``places``: a place (LOC) is also named by a headline word behind a one-letter
    proclitic (:func:`headline_terms`, "تعليم جازان" and "المقابلات ... بجازان" alike), for
    :func:`title_places`; the headline subjects (:func:`other_subject`) match words as written: there,
    more places in the headline made more stories "name each other's subject" (a club's camp in
    "بإيطاليا" joined a transfer whose text names Italy, on unlabeled development days)."""
    plain = {term(w) for w in _WORD.findall(d.title or "")}
    if not plain:
        return frozenset()
    bare = headline_terms(d.title or "") if places else plain
    out = set()
    for s in d.layers.get("entities", []):
        eid = s.attrs.get("entity")
        if eid and "@" + eid not in out:
            words = bare if s.label == "LOC" else plain
            name = [t for t in map(term, _WORD.findall(d.text[s.start:s.end])) if len(t) > 2 and t not in _HEADS]
            if name and (name[0] in words or 2 * sum(w in words for w in name) >= len(name)) \
                    and not outlet_named(d.text[s.start:s.end]):
                out.add("@" + eid)
    return frozenset(out)


def entity_keys(tf: collections.Counter) -> set[str]:
    """The linked entities of an article's terms (their "@id" keys)."""
    return {t for t in tf if t.startswith("@")}


#: Words of a daily market report's headline (folded terms): a market, and a word of its move.
_MARKET = frozenset(term(w) for w in """مؤشر المؤشر الأسهم أسهم البورصة بورصة النفط نفط برنت الخام الدولار
الذهب العملات تاسي تداول الريال الين اليورو الأسواق أسواق""".split())
_MOVES = frozenset(term(w) for w in """يرتفع ترتفع ارتفاع ارتفع ارتفعت ينخفض تنخفض انخفاض انخفض انخفضت يتراجع
تتراجع تراجع تراجعت يغلق تغلق إغلاق اغلاق أغلق مكاسب خسائر يصعد تصعد صعود يهبط تهبط هبوط يربح يخسر
يواصل تواصل يستقر تستقر استقرار ينزل تنزل يفقد تفقد يقفز تقفز يهوي تهوي تباين مستويات مستوى أعلى أدنى
نقطة نقاط""".split())


def market_report(d: Document) -> bool:
    """A daily market report: its headline names a market (the stock index, oil, a currency, gold)
    and a move ("مؤشر الأسهم السعودية يتراجع 71 نقطة"، "النفط يهبط وسط زيادة في المخزونات"). Each
    day's report is its own story (``StoryIndex.add``): the reports of a week share all their words
    and, day after day, chained into one story of the market (a week of oil prices in one story of
    the 15,042-article run)."""
    words = {term(w) for w in _WORD.findall(d.title or "")}
    return not words.isdisjoint(_MARKET) and not words.isdisjoint(_MOVES)


#: Headline words of a recurring notice (folded terms): an institution's Eid reception ("تقيم حفل
#: معايدة لمنسوبيها"، "يعايد منسوبيه"): every institution holds one in the days after the feast, on one
#: template, and each is a story only with its copies. A reception word alone is not enough ("يعايد
#: الاتحاديين بلاعب عالمي" is a transfer): the headline also names a party or the staff.
_RECEPTION = frozenset(term(w) for w in "معايدة المعايدة لمعايدة معايدات يعايد تعايد يعايدون".split())
_STAFF = ("حفل", "منسوب", "موظف", "عاملين")


def recurring_notice(d: Document) -> bool:
    """A recurring notice (ANNOTATION.md: a story only with its copies): its headline says an Eid
    reception (``_RECEPTION``) with a party or the staff (``_STAFF``, the start of a word without
    its proclitics: "لمنسوبيها"، "للموظفين"). Such an article joins a story only as close as a copy
    (``NOTICE_JOIN``), and a story of notices takes no part in the merge pass: on the story gold's
    dev split the Eid receptions of two Hail offices joined an appointment at one of them, and two
    post offices' receptions one another."""
    words = headline_terms(d.title or "")
    return not words.isdisjoint(_RECEPTION) and any(w.startswith(_STAFF) for w in words)


def title_places(d: Document) -> frozenset[str]:
    """The places (LOC entities, as "@id") the headline names (:func:`title_entities`), with or
    without a one-letter proclitic. On the story gold's dev split the teacher interviews "بجازان"
    no longer join those of the Northern Borders: B-cubed 0.857 -> 0.860 (precision 0.880 -> 0.881,
    recall 0.836 -> 0.840), storylines 0.980 / 0.786 -> 0.982 / 0.790, 64 -> 61 unrelated pairs
    together."""
    heads = title_entities(d, places=True)
    return frozenset("@" + s.attrs["entity"] for s in d.layers.get("entities", [])
                     if s.label == "LOC" and s.attrs.get("entity") and "@" + s.attrs["entity"] in heads)


def article_profile(d: Document, vector: dict[str, float], day: dt.date | None = None) -> samestory.Profile:
    """An article's same-story profile (:class:`marsad.corpus.samestory.Profile`); ``vector``: its story
    vector (:meth:`StoryIndex.vector`)."""
    by_type: dict[str, set[str]] = collections.defaultdict(set)
    for s in d.layers.get("entities", []):
        if s.attrs.get("entity"):
            by_type[s.label].add("@" + s.attrs["entity"])
    ents = frozenset().union(*by_type.values()) if by_type else frozenset()
    return samestory.Profile(vector=vector, title=frozenset(t for t in map(term, _WORD.findall(d.title or "")) if len(t) > 2),
                             ents=ents, places=frozenset(by_type.get("LOC", ())), people=frozenset(by_type.get("PER", ())),
                             heads=title_entities(d), head_places=title_places(d), day=day, outlet=d.outlet,
                             market=market_report(d), dates=samestory.mentioned_dates(d))


def join_similarity(story: dict, sim: float, v: dict[str, float], title: frozenset[str], ents: set[str],
                    day: dt.date | None, places: frozenset[str], market: bool, profile=None,
                    notice: bool = False) -> float:
    """How close an article is to a story it may join, after the story rules; 0.0 when it may not.
    ``sim``: its cosine to the closest of the story's latest articles; ``v``, ``title``, ``ents``,
    ``places``, ``market``: the article's vector, headline entities (:func:`title_entities`), entity
    terms (:func:`entity_keys`), headline places (:func:`title_places`) and whether it is a daily
    market report (:func:`market_report`). ``story``: what the story holds, the same keys in a full
    build (:meth:`StoryIndex.add`) and when an article is added to a database
    (marsad.store.incremental): "title" and "ents" (sets, all its articles'), "market" (the days of
    its market reports), "places" (every place its headlines name) and "heads" (its latest
    articles' (vector, headline places)).

    A story about another subject (:func:`other_subject`) is not joined; a daily market report joins
    no story holding another day's report; an article whose headline names places is compared only
    with the story's articles whose headlines do not name other places only (:func:`other_places`).

    ``profile`` (:func:`article_profile`), when the story holds its latest articles'
    profiles ("profiles"): a join is refused when the same-story model gives the article a
    probability under ``MODEL_VETO`` with each of them (see ``USE_MODEL``).

    ``notice``: the article is a recurring notice (:func:`recurring_notice`), which joins a story only
    at ``NOTICE_JOIN`` (its copies)."""
    sim = _rule_similarity(story, sim, v, title, ents, day, places, market)
    if notice and sim < NOTICE_JOIN:
        return 0.0
    if sim > JOIN and profile is not None and story.get("profiles") \
            and same_story_probability(profile, story["profiles"], places) < MODEL_VETO:
        return 0.0
    return sim


def same_story_probability(profile, profiles: list, places: frozenset[str] = frozenset()) -> float:
    """The highest probability of the same-story model between an article's profile and those of a
    story's articles whose headlines do not name other places only (:func:`other_places`)."""
    model = samestory.load()
    return max((model.probability(samestory.pair_features(profile, p)) for p in profiles
                if not other_places(places, p.head_places)), default=0.0)


def _rule_similarity(story: dict, sim: float, v: dict[str, float], title: frozenset[str], ents: set[str],
                     day: dt.date | None, places: frozenset[str], market: bool) -> float:
    """:func:`join_similarity` by the rules alone."""
    if other_subject(title, ents, story["title"], story["ents"]):
        return 0.0
    if market and day and set(story["market"]) - {day}:
        return 0.0  # a daily market report joins only the same day's
    if places and story["places"] and any(other_places(places, p) for _, p in story["heads"]):
        # the closest of the story's articles whose headline names no other places only
        return max((c for ov, p in story["heads"] if not other_places(places, p)
                    for c in [StoryIndex.cosine(v, ov)] if c > JOIN), default=0.0)
    return sim


class StoryIndex:
    """Incremental story clustering: ``add(doc)`` returns the story index the doc joined."""

    def __init__(self, df: collections.Counter, n_docs: int, complete: bool = True):
        """``df``: articles per term; ``complete``: it holds every term there is (not a mapping
        that reads counts as they are asked for)."""
        self.df, self.n, self.complete = df, max(n_docs, 1), complete
        self._common: dict[int, frozenset[str]] = {}  # limit -> the terms of more articles than that
        self.stories: list[dict] = []
        #: top term -> stories holding it: all of them, and those still open to the latest day seen
        self.by_term: dict[str, set[int]] = collections.defaultdict(set)
        self.open_by_term: dict[str, set[int]] = collections.defaultdict(set)
        self._closing: list[tuple[dt.date, int]] = []  # (day a story closes after, story), a heap
        self._today: dt.date | None = None
        self.col: dict[str, int] = collections.defaultdict()  # term -> column of the vector arrays
        self.col.default_factory = self.col.__len__  # a new term takes the next column
        self.col.update((t, i) for i, t in enumerate(df))
        self._query = np.zeros(len(self.col) + 1)  # the article being added, spread out (zero between uses)
        self._weights: dict[str, float | None] = {}  # term -> idf (None: too common), as asked for

    def top_terms(self, v: dict[str, float], share: float = COMMON_SHARE) -> list[str]:
        """The heaviest terms of a vector that are rare enough (in at most ``share`` of the articles)
        to find candidates with."""
        limit = max(5, int(self.n * share))
        if self.complete:
            if limit not in self._common:
                self._common[limit] = frozenset(t for t, k in self.df.items() if k > limit)
            rare = v.keys() - self._common[limit]
        else:
            rare = [t for t in v if self.df[t] <= limit]
        # by weight, heaviest first, ties by term: sorted by weight alone, then the first TOP_TERMS
        # and any as heavy as the last of them sorted again with their terms
        ranked = sorted(rare, key=v.__getitem__, reverse=True)
        n = TOP_TERMS
        while 0 < n < len(ranked) and v[ranked[n]] == v[ranked[TOP_TERMS - 1]]:
            n += 1
        return sorted(ranked[:n], key=lambda t: (-v[t], t))[:TOP_TERMS]

    def idf(self, t: str) -> float:
        return math.log((1 + self.n) / (1 + self.df[t])) + 1.0

    def _weight(self, t: str) -> float | None:
        """A term's idf, or None for a term in half the articles or more (left out of vectors)."""
        w = self._weights.get(t, False)
        if w is False:
            w = self._weights[t] = self.idf(t) if self.df[t] < 0.5 * self.n or self.n < 20 else None
        return w

    def vector(self, tf: collections.Counter) -> dict[str, float]:
        weights = self._weights
        if self.complete and not weights:  # every term's weight at once
            for t in self.df:
                self._weight(t)
        v = {}
        for t, n in tf.items():
            w = weights.get(t, False)
            if w is False:
                w = self._weight(t)
            if w is not None:
                v[t] = (1 + math.log(n)) * w
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / norm for t, x in v.items()}

    cosine = staticmethod(samestory.cosine)  # of two sparse vectors (dicts)

    def _close_before(self, day: dt.date) -> None:
        """Take the stories closed to ``day`` (and so to every later day) out of the open index."""
        if self._today is None or day > self._today:
            self._today = day
        while self._closing and self._closing[0][0] < self._today:
            closes, si = heapq.heappop(self._closing)
            st = self.stories[si]
            if st["last"] + dt.timedelta(days=WINDOW_DAYS) != closes:
                continue  # the story grew since: a later entry stands for it
            for t in st["top"]:
                self.open_by_term[t].discard(si)
            st["open"] = False

    def _arrays(self, v: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
        """A vector as (columns, weights) arrays, the layout the comparisons run on."""
        cols = np.fromiter(map(self.col.__getitem__, v), dtype=np.int64, count=len(v))  # new terms added
        if len(self.col) > len(self._query):
            self._query = np.zeros(2 * len(self.col))
        return cols, np.fromiter(v.values(), dtype=np.float64, count=len(v))

    def _recent(self, si: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The story's latest articles' vectors laid end to end: columns, weights, where each starts."""
        st = self.stories[si]
        if st["_recent"] is None:  # rebuilt when the story grows
            recent = [a for a in st["vecs"] if len(a[0])]
            st["_recent"] = (np.concatenate([a[0] for a in recent]) if recent else np.zeros(0, np.int64),
                             np.concatenate([a[1] for a in recent]) if recent else np.zeros(0),
                             np.cumsum([0] + [len(a[0]) for a in recent[:-1]]) if recent else np.zeros(0, np.int64))
        return st["_recent"]

    def similarities(self, cols: np.ndarray, vals: np.ndarray, stories: list[int]) -> np.ndarray:
        """Cosine of a vector to the closest of each story's latest articles, for all stories at once."""
        parts = [self._recent(si) for si in stories]
        sims = np.zeros(len(stories))
        have = [i for i, p in enumerate(parts) if len(p[2])]
        if not have:
            return sims
        q = self._query
        q[cols] = vals
        lengths = np.array([len(parts[i][0]) for i in have])
        n_articles = np.array([len(parts[i][2]) for i in have])
        offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        starts = np.concatenate([parts[i][2] + off for i, off in zip(have, offsets)])
        products = np.concatenate([parts[i][1] for i in have]) * q[np.concatenate([parts[i][0] for i in have])]
        q[cols] = 0.0
        per_article = np.add.reduceat(products, starts)
        sims[have] = np.maximum.reduceat(per_article, np.concatenate(([0], np.cumsum(n_articles)[:-1])))
        return sims

    def add(self, tf: collections.Counter, day: dt.date | None, title: frozenset[str] = frozenset(),
            v: dict[str, float] | None = None, places: frozenset[str] = frozenset(), market: bool = False,
            profile=None, notice: bool = False) -> int:
        """Put an article in its story; articles come in time order, undated ones last. ``title``: the
        entities its headline names (:func:`title_entities`); a story about another subject
        (:func:`other_subject`) is not joined. ``v``: the article's vector, if already made.
        ``places``: the places its headline names (:func:`title_places`): the article is not joined
        through an article whose headline names other places only (:func:`other_places`), it needs
        another of the story's articles close enough. ``market``: a daily market report
        (:func:`market_report`), which joins no story that holds another day's report. ``profile``
        (:func:`article_profile`): a join the same-story model refuses is not made
        (``USE_MODEL``, see :func:`join_similarity`). ``notice``: a recurring notice
        (:func:`recurring_notice`), which joins only at ``NOTICE_JOIN``; a story of notices only is
        left out of the merge pass (:meth:`merged`)."""
        v = self.vector(tf) if v is None else v
        top = self.top_terms(v)
        if day:
            self._close_before(day)
        postings = self.open_by_term if day else self.by_term
        shared: collections.Counter = collections.Counter()
        for t in top:
            shared.update(postings.get(t, ()))
        # the stories sharing the most top terms are the only ones compared, if open to the day
        cands = [si for si in sorted(sorted(shared, key=lambda si: (-shared[si], si))[:MAX_CANDIDATES])
                 if open_to(self.stories[si]["first"], self.stories[si]["last"], day)]
        cols, vals = self._arrays(v)
        best = None
        ents = entity_keys(tf)
        if cands:
            # single link: as close to one article of the story as copies of one event are
            sims = self.similarities(cols, vals, cands)
            best_sim = JOIN
            for k in np.argsort(-sims, kind="stable"):
                if sims[k] <= best_sim:
                    break
                sim = join_similarity(self.stories[cands[k]], float(sims[k]), v, title, ents, day, places, market,
                                      profile, notice)
                if sim > best_sim:
                    best, best_sim = cands[k], sim
        if best is None:
            best = len(self.stories)
            self.stories.append({"sum": collections.Counter(), "vecs": [], "first": None, "last": None, "top": [],
                                 "open": True, "_recent": None, "title": set(), "ents": set(), "heads": [],
                                 "places": set(), "market": set(), "profiles": [], "notice": notice})
        st = self.stories[best]
        st["notice"] = st["notice"] and notice  # a story of notices only
        st["title"] |= title
        st["ents"] |= ents
        st["places"] |= places
        if market and day:
            st["market"].add(day)
        st["heads"] = (st["heads"] + [(v, places)])[-COMPARE_LAST:]  # as "vecs", for other_places
        if profile is not None:
            st["profiles"] = (st["profiles"] + [profile])[-COMPARE_LAST:]
        st["vecs"] = (st["vecs"] + [(cols, vals)])[-COMPARE_LAST:]  # only the latest are compared
        st["_recent"] = None
        st["sum"].update(v)
        if day:
            st["first"] = min(filter(None, [st["first"], day]))
            if st["last"] is None or day > st["last"]:
                st["last"] = day
                heapq.heappush(self._closing, (day + dt.timedelta(days=WINDOW_DAYS), best))
        # the centroid's heaviest terms (its direction is the sum's): adding v only raises v's terms,
        # so they are among the old top terms and v's
        new_top = self.top_terms({t: st["sum"][t] for t in (*st["top"], *v)})
        for t in st["top"]:
            self.by_term[t].discard(best)
            if st["open"]:
                self.open_by_term[t].discard(best)
        for t in new_top:
            self.by_term[t].add(best)
            if st["open"]:
                self.open_by_term[t].add(best)
        st["top"] = new_top
        return best

    def merged(self) -> list[int]:
        """Stories that are one event told in different words, joined: two stories whose centroids
        (the sum of their articles' vectors) are at least ``MERGE`` alike, a group spanning at most
        ``SPAN_DAYS`` (:class:`_Spans`, also checked before any cosine). Candidates
        share a top term (the index of :meth:`add`). The pass is repeated on the joined groups (their
        centroids, headline subjects and days together) up to ``MERGE_ROUNDS`` times: pieces of a
        long event that are each too far from one another can be close to what two of them hold
        together. Two groups holding daily market reports of different days (:func:`market_report`)
        are not joined. Returns each story's representative (union-find)."""
        groups = _Spans(self.stories)
        cur = {si: (st["sum"], st["title"], st["ents"], st["first"], st["last"], self.top_terms(st["sum"], MERGE_COMMON_SHARE),
                    st["market"]) for si, st in enumerate(self.stories) if not st["notice"]}  # notices: see add
        changed = set(cur)  # groups not yet compared with one another as they stand
        arrays: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        norms: dict[int, float] = {}
        for _ in range(MERGE_ROUNDS):
            by_term: dict[str, list[int]] = collections.defaultdict(list)
            for g, c in cur.items():
                for t in c[5]:
                    by_term[t].append(g)
            for g in changed:  # the centroids as arrays (those of groups that did not change are kept)
                arrays[g] = self._arrays(cur[g][0])
                norms[g] = float(np.sqrt(np.dot(arrays[g][1], arrays[g][1]))) or 1.0
            q = self._query
            joined = False
            for gi in sorted(cur):
                a = cur[gi]
                shared: collections.Counter = collections.Counter()
                for t in a[5]:
                    shared.update(c for c in by_term.get(t, ()) if c > gi)
                js = [gj for gj in sorted(sorted(shared, key=lambda g: (-shared[g], g))[:MAX_CANDIDATES])
                      if (gi in changed or gj in changed) and len(arrays[gj][0])
                      and groups.can_join(groups.find(gi), groups.find(gj))]
                if not js or not len(arrays[gi][0]):
                    continue
                # the cosines of gi's centroid to all its candidates at once
                q[arrays[gi][0]] = arrays[gi][1]
                lengths = [len(arrays[gj][0]) for gj in js]
                dots = np.add.reduceat(q[np.concatenate([arrays[gj][0] for gj in js])]
                                       * np.concatenate([arrays[gj][1] for gj in js]),
                                       np.concatenate(([0], np.cumsum(lengths)[:-1])))
                q[arrays[gi][0]] = 0.0
                for gj, dot in zip(js, dots):
                    b = cur[gj]
                    if dot / (norms[gi] * norms[gj]) >= MERGE and groups.find(gi) != groups.find(gj) \
                            and not other_subject(a[1], a[2], b[1], b[2]) \
                            and not (a[6] and b[6] and a[6] != b[6]) and groups.union(gi, gj):
                        joined = True
            if not joined:
                break
            members: dict[int, list[int]] = collections.defaultdict(list)
            for g in cur:
                members[groups.find(g)].append(g)
            nxt = {}
            changed = {root for root, gs in members.items() if len(gs) > 1}
            for root, gs in members.items():
                if len(gs) == 1:
                    nxt[root] = cur[root]
                    continue
                total: collections.Counter = collections.Counter()
                for g in gs:
                    total.update(cur[g][0])
                firsts = [cur[g][3] for g in gs if cur[g][3]]
                nxt[root] = (total, set().union(*(cur[g][1] for g in gs)), set().union(*(cur[g][2] for g in gs)),
                             min(firsts) if firsts else None, max((cur[g][4] for g in gs if cur[g][4]), default=None),
                             self.top_terms(total, MERGE_COMMON_SHARE), set().union(*(cur[g][6] for g in gs)))
            cur = nxt
        return [groups.find(i) for i in range(len(self.stories))]


class _Spans(UnionFind):
    """Stories joined by the merge pass, a group spanning at most ``SPAN_DAYS`` (undated stories
    take no part in the span)."""

    def __init__(self, stories: list[dict]):
        super().__init__()
        self.days = {i: (st["first"], st["last"]) for i, st in enumerate(stories) if st["first"]}

    def can_join(self, ra: int, rb: int) -> bool:
        a, b = self.days.get(ra), self.days.get(rb)
        return not (a and b) or (max(a[1], b[1]) - min(a[0], b[0])).days <= SPAN_DAYS

    def joined(self, root: int, other: int) -> None:
        a, b = self.days.get(root), self.days.get(other)
        if a and b:
            self.days[root] = (min(a[0], b[0]), max(a[1], b[1]))
        elif b:
            self.days[root] = b


def copy_original(d: Document) -> str | None:
    """The original a copy may follow into its story: the one of its copy group under the copy rules
    alone (near-identical text, ``RULES_ORIGINAL``), when the dedup stage recorded it; an edited copy
    the learned pair model joined is clustered by its own text."""
    return d.meta[RULES_ORIGINAL] if RULES_ORIGINAL in d.meta else d.duplicate_of


def follows_original(copy: dict[str, float], original: dict[str, float]) -> bool:
    """Whether a copy takes its original's story (its vector, :meth:`StoryIndex.vector`, close enough
    to the original's, see ``COPY_FOLLOW``) rather than being clustered as an article of its own."""
    return StoryIndex.cosine(copy, original) >= COPY_FOLLOW


def _event_day(d: Document) -> dt.date | None:
    """A time for an undated article: the latest full date with a year it mentions."""
    best = None
    for s in d.layers.get("dates", []):
        e = s.attrs.get("_expr") or {}
        if e.get("t") == "ymd" and e.get("y"):
            try:
                day = dt.date(e["y"], e["m"], e["d"])
            except ValueError:
                continue
            best = max(best, day) if best else day
    return best


def _central(c: collections.Counter, n: int) -> set[str]:
    """The entities at least ``CENTRAL_SHARE`` of ``n`` stories hold (``c``: stories per entity)."""
    return {e for e, k in c.items() if k >= CENTRAL_SHARE * n}


class _Storylines(UnionFind):
    """Groups of stories (by index) that join only while they hold together: the joined group has
    central entities and every story of it holds one (see :meth:`Stories.storylines`)."""

    def __init__(self, stories: list[dict]):
        super().__init__()
        self.stories = stories
        self.members = {i: [i] for i in range(len(stories))}
        self.counts = {i: collections.Counter(s["_ents"]) for i, s in enumerate(stories)}  # stories per entity

    def can_join(self, ra: int, rb: int) -> bool:
        label = _central(self.counts[ra] + self.counts[rb], len(self.members[ra]) + len(self.members[rb]))
        return bool(label) and not any(label.isdisjoint(self.stories[i]["_ents"])
                                       for i in self.members[ra] + self.members[rb])

    def joined(self, root: int, other: int) -> None:
        self.members[root] += self.members.pop(other)
        self.counts[root] = self.counts[root] + self.counts.pop(other)


def key_entities(group: list[Document], n: int = 6) -> list[str]:
    """A story's key entities (what storylines link by): the ``n`` entities most of its articles
    name, then those named most often (one article's story has the names it is about, not the first
    six in id order)."""
    articles, mentions = collections.Counter(), collections.Counter()
    headlined = None  # the entities the group's headlines name, found when a platform is named

    def said_about(d: Document, s, skip: int) -> bool:
        # an outlet named in the text (a source line, "لـ«عكاظ»") says who reported, not what happened;
        # so do the reporter and the dateline of the source line, and a platform the words were posted
        # on ("عبر حسابه في تويتر") unless a headline names it
        nonlocal headlined
        name = d.text[s.start:s.end]
        if s.start < skip or outlet_named(name):
            return False
        if platform_named(name):
            if headlined is None:
                headlined = set().union(*(title_entities(x) for x in group))
            return "@" + s.attrs["entity"] in headlined
        return True

    for d in group:
        skip = byline_end(d.text)
        named = [s.attrs["entity"] for s in d.layers.get("entities", [])
                 if s.attrs.get("entity") and said_about(d, s, skip)]
        articles.update(set(named))
        mentions.update(named)
    return sorted(articles, key=lambda e: (-articles[e], -mentions[e], e))[:n]


def story_record(sid: str, group: list[Document]) -> dict:
    """A story's corpus.json record (its articles take ``sid``; date them first with
    :func:`marsad.corpus.dating.date_from_story`); ``_ents`` (its key entities, for storylines) is
    popped by the caller."""
    from marsad.corpus.summary import summarize_story
    from marsad.corpus.timeline import build_timeline

    for d in group:
        d.story = sid
    pub = sorted(v for v in (day_of(d) for d in group) if v)
    title = min(group, key=lambda d: (-(len(d.text)), d.id)).title
    return {"id": sid, "title": title, "articles": [d.id for d in group], "storyline": None,
            "start": pub[0][:10] if pub else None, "end": pub[-1][:10] if pub else None,
            "timeline": build_timeline(group), "summary": summarize_story(group),
            "_ents": key_entities(group)}


def story_state(tfs: list[collections.Counter], days: list[dt.date | None], ents: list[str],
                titles: list[frozenset[str]] = (), places: list[frozenset[str]] = (),
                markets: list[bool] = (), profiles: list = ()) -> dict:
    """What a story needs to take more articles later without its old ones (JSON-ready): the term
    counts of its latest ``COMPARE_LAST`` own articles (copies excluded), the sum of all of them
    (its centroid, weighted with the corpus's idf when used), its first and last day, its key
    entities, the entities its headlines name (``title``, for :func:`other_subject`; the entities its
    texts name are the "@" terms of ``sum``), the places each of the latest articles' headlines name
    (``places``, beside ``recent``, for :func:`other_places`) and the days of its daily market reports
    (``market``, for :func:`market_report`): what :func:`join_similarity` reads (see
    :func:`state_story`). ``places`` and ``markets``: per article, as ``tfs`` (none: no places, not
    reports). ``profiles``: per article, as ``tfs``, their same-story profiles
    (:func:`article_profile`), kept for the latest (when the model is used, ``USE_MODEL``)."""
    total: collections.Counter = collections.Counter()
    for tf in tfs:
        total.update(tf)
    known = [d for d in days if d]
    places = list(places) or [frozenset()] * len(tfs)
    markets = list(markets) or [False] * len(tfs)
    state = {"recent": [dict(tf) for tf in tfs[-COMPARE_LAST:]], "sum": dict(total),
             "first": min(known).isoformat() if known else None, "last": max(known).isoformat() if known else None,
             "ents": list(ents), "title": sorted(set().union(*titles)),
             "places": [sorted(p) for p in places[-COMPARE_LAST:]],
             "market": sorted({d.isoformat() for d, m in zip(days, markets) if m and d})}
    if profiles:
        state["profiles"] = [samestory.profile_state(p) for p in list(profiles)[-COMPARE_LAST:]]
    return state


def state_story(state: dict, vectors: list[dict[str, float]]) -> dict:
    """A stored story state (:func:`story_state`) as :func:`join_similarity` reads a story: its
    headline entities, entity terms, market report days, and its latest articles (``vectors``: those
    of ``state["recent"]``, in order) with their headlines' places. A state stored before places and
    market days were kept has none; the latest articles' same-story profiles ("profiles") when the
    state keeps them."""
    heads = state.get("places") or []
    heads = [frozenset(p) for p in heads] if len(heads) == len(vectors) else [frozenset()] * len(vectors)
    story = {"title": set(state.get("title", ())), "ents": entity_keys(collections.Counter(state["sum"])),
             "market": {dt.date.fromisoformat(x) for x in state.get("market", ())},
             "places": set().union(*heads), "heads": list(zip(vectors, heads))}
    if len(state.get("profiles") or ()) == len(vectors):  # kept when the model is used
        story["profiles"] = [samestory.from_state(p, v) for p, v in zip(state["profiles"], vectors)]
    return story


def add_to_state(state: dict, tf: collections.Counter, day: dt.date | None, title: frozenset[str],
                 places: frozenset[str], market: bool, profile=None) -> None:
    """A stored story state (:func:`story_state`) after an article joins it (``profile``: its same-story
    profile, kept when the model is used)."""
    if profile is not None:
        kept = state.get("profiles") or []
        if len(kept) != len(state["recent"]):
            kept = []  # a state of articles without profiles: the profiles start with this one
        state["profiles"] = (kept + [samestory.profile_state(profile)])[-COMPARE_LAST:]
    heads = state.get("places") or []
    if len(heads) != len(state["recent"]):
        heads = [[]] * len(state["recent"])
    state["recent"] = (state["recent"] + [dict(tf)])[-COMPARE_LAST:]
    state["places"] = (heads + [sorted(places)])[-COMPARE_LAST:]
    total = collections.Counter(state["sum"])
    total.update(tf)
    state["sum"] = dict(total)
    state["title"] = sorted(set(state.get("title", ())) | title)
    if day:
        first, last = (dt.date.fromisoformat(x) if x else None for x in (state["first"], state["last"]))
        state["first"] = min(filter(None, [first, day])).isoformat()
        state["last"] = max(filter(None, [last, day])).isoformat()
        if market:
            state["market"] = sorted(set(state.get("market", ())) | {day.isoformat()})


class Stories:
    name = "stories"

    def __init__(self, keep_states: bool = True):
        """``keep_states``: keep, in ``states``, what each story needs to take articles later (the
        store keeps it, :func:`story_state`); without, the term counts and vectors of the articles
        are let go as soon as the clustering is done (``marsad analyze --out`` reads neither)."""
        self.keep_states = keep_states

    def run(self, docs: list[Document], corpus) -> None:
        from marsad.corpus.dating import date_from_story

        known: dict[str, str | None] = {}
        tfs = [terms(d, known) for d in docs]
        del known
        df = collections.Counter()
        for tf in tfs:
            df.update(tf.keys())
        index = StoryIndex(df, len(docs))
        #: the term counts and the index of the run, for the store to keep (not computed again)
        self.df, self.index = df, index
        days = [_day(d) or _event_day(d) for d in docs]
        titles = [title_entities(d) for d in docs]
        places = [title_places(d) for d in docs]
        markets = [market_report(d) for d in docs]
        notices = [recurring_notice(d) for d in docs]
        profiles = {}  # article -> its same-story profile (USE_MODEL)
        order = sorted(range(len(docs)), key=lambda i: (days[i] is None, days[i] or dt.date.max, i))
        members: dict[int, list[int]] = {}
        story_of: dict[str, int] = {}
        at = {d.id: i for i, d in enumerate(docs)}
        vectors: dict[int, dict[str, float]] = {}

        def vector(i: int) -> dict[str, float]:
            if i not in vectors:
                vectors[i] = index.vector(tfs[i])
            return vectors[i]

        follows = {i for i, d in enumerate(docs) if copy_original(d) in at
                   and follows_original(vector(i), vector(at[copy_original(d)]))}
        for i in order:
            d = docs[i]
            if i in follows:
                continue
            if USE_MODEL:
                profiles[i] = article_profile(d, vector(i), days[i])
            si = index.add(tfs[i], days[i], titles[i], vector(i), places[i], markets[i], profiles.get(i), notices[i])
            members.setdefault(si, []).append(i)
            story_of[d.id] = si
        if not self.keep_states:  # only the states read the articles' term counts from here on
            tfs = profiles = None
            vectors.clear()
        rep = index.merged()
        joined: dict[int, list[int]] = {}
        for si, m in members.items():
            joined.setdefault(rep[si], []).extend(m)
        members = joined
        story_of = {k: rep[v] for k, v in story_of.items()}
        for i in sorted(follows):  # copies join their original's story
            members[story_of[copy_original(docs[i])]].append(i)
        stories = []
        #: per story, what adding articles to it later needs (see :func:`story_state`)
        self.states: dict[str, dict] = {}
        for si, m in members.items():
            m.sort()
            group = [docs[i] for i in m]
            date_from_story(group)
            # named after its first article, so a story keeps its id as it grows
            first = min(group, key=lambda d: (day_of(d) or "9999", d.id))
            record = story_record(stable_id("s", first.id), group)
            stories.append(record)
            if not self.keep_states:
                continue
            own = sorted((i for i in m if i not in follows), key=lambda i: (days[i] or dt.date.max, i))
            self.states[record["id"]] = story_state([tfs[i] for i in own], [days[i] for i in own], record["_ents"],
                                                    [titles[i] for i in own], [places[i] for i in own],
                                                    [markets[i] for i in own],
                                                    [profiles[i] for i in own] if profiles else ())
        stories.sort(key=lambda s: (s["start"] or "9999", s["id"]))
        corpus.stories = stories
        corpus.storylines = self.storylines(stories, frozenset(e["id"] for e in corpus.entities or ()
                                                               if e.get("type") == "LOC"))
        for s in stories:
            s.pop("_ents")

    @staticmethod
    def storylines(stories: list[dict], places: frozenset[str] = frozenset()) -> list[dict]:
        """Stories that share key entities, grouped so that each group holds together. Two stories
        sharing ``STORYLINE_SHARED`` key entities are a link; links are taken the strongest first,
        and a link joins two groups only if the joined group is coherent: its central entities
        (the key entities of at least ``CENTRAL_SHARE`` of its stories) are not none, and every
        story holds one of them. Plain chaining (A shares two names with B, B two others with C
        ...) put a whole region's news in one storyline: on the story gold's dev articles, one of
        95 stories (Yemen, Iraq, Turkey, greetings to the Maldives, a prince's wedding), and 446 of
        2,810 pairs labelled unrelated in one storyline; with the check (and key entities ranked
        by salience, :func:`story_record`), the largest is the Yemen war (42 stories), 62 unrelated
        pairs share a storyline and 676 of 1,000 same-storyline pairs do (746 before). A link also
        needs a shared actor (a person, an organization, a named event), or more than
        ``STORYLINE_SHARED`` shared entities, not two places alone (``places``: the ids of LOC
        entities): two stories that both name London and Britain, or Egypt and Cairo, are not one
        storyline. In the 15,023-article run of 2015-07-21..31 the storylines whose label is only
        places went from 73 of 565 to 19 of 544 (story gold dev pairs: recall 0.793 -> 0.750, 49 ->
        58 of 2,810 unrelated pairs together; test unchanged, 0.683 and 0 of 355). Each storyline's
        ``label`` is its central entities (ids), the most held first."""
        by_ent: dict[str, list[int]] = collections.defaultdict(list)
        for i, s in enumerate(stories):
            for e in s["_ents"]:
                by_ent[e].append(i)
        shared: collections.Counter = collections.Counter()
        actors: set[tuple[int, int]] = set()  # pairs that share a person, an organization or a named event
        for e, lst in by_ent.items():
            if len(lst) > 50:
                continue  # an entity in every story (a country) links nothing
            for a in range(len(lst)):
                for b in range(a + 1, len(lst)):
                    shared[(lst[a], lst[b])] += 1
                    if e not in places:
                        actors.add((lst[a], lst[b]))
        groups = _Storylines(stories)
        for (a, b), n in sorted(shared.items(), key=lambda x: (-x[1], x[0])):
            if n >= STORYLINE_SHARED and ((a, b) in actors or n > STORYLINE_SHARED):
                groups.union(a, b)  # refused when the joined group would not hold together
        members, counts = groups.members, groups.counts
        anchor = {g: _central(counts[g], len(m)) for g, m in members.items()}
        lines = []
        for g, m in members.items():
            if len(m) < 2:
                continue
            m.sort()
            ids = [stories[i]["id"] for i in m]
            lid = stable_id("l", *sorted(ids))
            for i in m:
                stories[i]["storyline"] = lid
            label = sorted(anchor[g], key=lambda e: (-counts[g][e], len(by_ent[e]), e))
            lines.append({"id": lid, "title": stories[m[0]]["title"], "stories": ids, "label": label[:3]})
        lines.sort(key=lambda l: l["id"])
        return lines
