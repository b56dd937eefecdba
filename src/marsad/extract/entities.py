"""Named entities: PER, ORG, LOC, MISC mentions with character offsets.

A BiLSTM-CRF (marsad.extract.ner_nn) trained by scripts/train_ner.py on
ANERcorp's training split, over the features of marsad.extract.ner_features
(folded words, clitic-free cores, affixes, trigger words, a gazetteer, word
clusters) and word vectors learned from unlabeled news. The model ships in
marsad/models/ner.npz, runs with numpy and is loaded once per process.

>>> tag_tokens([["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين"]])[0][3:]
['B-PER', 'I-PER']
"""
from __future__ import annotations

import bisect
import logging
import re
from functools import lru_cache

from marsad import models
from marsad.document import Document, Span
from marsad.extract.ner_features import _multi_matches, gazetteer
from marsad.extract.ner_nn import model
from marsad.lang.ar.news_names import (CLUB_CUES, COMMON_WORD_CLUBS, COMPASS, CONTINENTS, NATIONAL_HEADS,
                                       NATIONALITY_STEMS, NEWS_NAMES, NOT_NATIONAL, SPORT_CUES, SPORTS_CLUBS,
                                       STATE_HEADS, STATE_OF_NAMES)
from marsad.lang.ar.triggers import (LOC_BEFORE, DEFINITE_HEAD_NEXT, DEFINITE_ONLY_HEADS, NAME_HEADS, NAMED_HEADS, NAME_STOP, NOT_NAMES, PER_BEFORE,
                                     QUOTED_HEADS,
                                     TITLE_HEADS, WEAK_HEADS)
from marsad.registry import component
from marsad.text.normalize import fold
from marsad.text.tokenize import split_proclitics

log = logging.getLogger(__name__)


def tag_tokens(sentences: list[list[str]]) -> list[list[str]]:
    """IOB2 tags (PER, ORG, LOC, MISC) for tokenized sentences."""
    tagger = model()
    if tagger is None:
        log.warning("no NER model in marsad/models; run scripts/train_ner.py")
        return [["O"] * len(s) for s in sentences]
    return [family_names(s, named_by_head(s, split_coordinated(s, t))) for s, t in zip(sentences, tagger.tag(sentences))]


def family_names(tokens: list[str], tags: list[str]) -> list[str]:
    """"آل" and the word after it close a person's name: "خالد آل سعيد" (ANERcorp tags them inside the
    person's name too). The tagger leaves them out, or runs a body's name on into the given name before
    them: "رئيس نادي نجران هذيل آل شرمه" is the club, then its president "هذيل آل شرمه"."""
    out = list(tags)
    for a, b, typ in iob_spans(tags):
        if b + 1 >= len(tokens) or fold(tokens[b]) != "ال" or tags[b] != "O" or tags[b + 1] not in ("O", "B-PER") \
                or not tokens[b + 1][:1].isalpha():
            continue
        if typ == "PER":
            out[b:b + 2] = ["I-PER", "I-PER"]
        elif b - a >= 2 and not fold(tokens[b - 1]).startswith("ال") and tokens[b - 1][:1].isalpha():
            out[b - 1:b + 2] = ["B-PER", "I-PER", "I-PER"]
    for a, b, typ in iob_spans(tags):
        # the body's name, then a given name the tagger left out with "آل" and the family: "رئيس نادي
        # نجران هذيل آل شرمه"; the word is a known name-word or no word of news ("حكم آل سعود" is none)
        if (typ == "PER" or b + 2 >= len(tokens) or tags[b] != "O" or fold(tokens[b + 1]) != "ال"
                or tags[b + 1] != "O" or tags[b + 2] not in ("O", "B-PER") or not tokens[b + 2][:1].isalpha()):
            continue
        w = fold(tokens[b])
        if w[:1].isalpha() and not w.startswith("ال") and (w in _person_tokens() or w not in _common_words()):
            out[b:b + 3] = ["B-PER", "I-PER", "I-PER"]
    return out


#: Words after which the name is the body's, never a place ("نادي نجران", "صحيفة الرياض", "فريق
#: الشارقة"), folded. ANERcorp's training split tags the name right after them ORG 99 times and LOC
#: once. "قناة" is left out ("قناة السويس" is the canal); "الفريق" is a military rank.
CLUB_AND_PAPER_HEADS = frozenset("نادي صحيفه جريده مجله فريق".split())


def named_by_head(tokens: list[str], tags: list[str]) -> list[str]:
    """A place the tagger found right after a club's or a paper's head word is the club or the paper:
    "رئيس نادي جدة" names the club, "صحيفة لندن" no city. The head stays as tagged (ANERcorp leaves
    it outside the name; marsad's own spans take it in later, in whole_names)."""
    out = list(tags)
    for a, b, typ in iob_spans(tags):
        if typ != "LOC" or a == 0 or tags[a - 1] != "O":
            continue
        head, name = fold(tokens[a - 1]), fold(tokens[a])
        if name.startswith("بال") or name[:1] == "ب" and name[1:] in _known_names():
            continue  # "أول فريق بالخليج", "فريق بجدة": a team in a place
        if head in CLUB_AND_PAPER_HEADS or head[:1] in "وبلفك" and head[1:] in CLUB_AND_PAPER_HEADS:
            out[a:b] = ["B-ORG"] + ["I-ORG"] * (b - a - 1)
    return out


def split_coordinated(tokens: list[str], tags: list[str]) -> list[str]:
    """Two people or two places joined by و are two mentions: "بوش وبلير", "لبنان وسوريا".

    ANERcorp's training split tags a و-word after a person B-PER 146 times and I-PER
    7 times (after a place: B-LOC 248, I-LOC 21, mostly البوسنة والهرسك), but the tagger
    often runs the two together. A و-word stays inside when it is a known given name
    (وليد) or part of a multi-word gazetteer name.
    """
    out = list(tags)
    if "I-PER" not in tags and "I-LOC" not in tags:
        return out  # nothing inside a person or a place to split (most sentences)
    folded = [fold(t) for t in tokens]
    marks = None
    for i, tag in enumerate(tags):
        if tag not in ("I-PER", "I-LOC") or not folded[i].startswith("و") or len(folded[i]) < 4:
            continue
        if tag == "I-PER" and folded[i] in _person_tokens():
            continue
        marks = marks or _multi_matches(folded)
        if marks[i] != tag:
            out[i] = "B-" + tag[2:]
    return out


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


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """Place names of the gazetteer: a clitic is trimmed only off these (لروسيا -> روسيا);
    person-name tokens are too short and many to be safe (بيونغ is not ب + يونغ)."""
    single, _ = gazetteer()
    return frozenset(k for k, v in single.items() if v == "LOC")


def trim_proclitics(word: str, known: frozenset[str]) -> int:
    """How many leading characters of a mention's first word are clitics (لروسيا -> 1)."""
    if fold(word) in known:
        return 0
    pieces = split_proclitics(word, known)
    if len(pieces) == 1:
        return 0
    s, _ = pieces[-1]
    f = fold(word)
    rank = _word_rank()
    for c in range(1, s):
        if f[c - 1] in "وبلفك" and (f[c:] in known or f[c:] in _person_tokens()):
            # "وبلاتر" is و + بلاتر, "وبريدة" و + بريدة: the fewest clitics that leave a known name
            # (not و + ب + لاتر, a place of the gazetteer), unless the whole is a word of its own
            if f[c - 1] in "وبل" and f[c:].startswith("ال") and len(f[c:]) >= 5:
                return c  # "والنيجر": no word begins with و, ب or ل and the article, however frequent
                # (names do begin with ف or ك and the article's letters: "فالديس", "كالديرون")
            whole = rank.get(f)
            return 0 if whole is not None and whole < rank.get(f[c:], len(rank)) else c
    if split_proclitics(word)[-1][0] < s:  # a split only the gazetteer allows: is it a word of its own?
        whole = rank.get(fold(word))
        if whole is not None and whole < rank.get(fold(word[s:]), len(rank)):
            return 0  # وكالة is more frequent than الة, a place in the gazetteer: not و + ك + الة
    # keep the article: "الولايات" is the name, only و/ب/ل/ف/ك go
    if fold(word[:s]).endswith("ال"):
        s -= 2
    if s >= 2 and f[s - 2:s] == "لل":
        # "لليبيا" is ل + ليبيا; "للعراق" is ل + العراق whose alef is gone: the mention starts at the
        # article's lam, "لعراق" (ANNOTATION.md's spans; eval/realnews/annotate_entities.py)
        s -= 1
    return s


def person_clitic(word: str, typ: str, cut: int) -> int:
    """The proclitic letters to cut off a mention's first word (``cut``, by trim_proclitics), kept on a
    person's name when ف or ك would leave neither a name word nor a word of news ("فارا وليامز" is
    not ف + "ارا", a hamlet of the gazetteer; "كالديرون", "فاليري"): names start with these letters
    far more often than the conjunction or the preposition stands before one (و ب ل do often).
    "كالشهد" is ك + ال + a word of news."""
    if not cut or typ not in ("PER", "PERS") or word[:1] not in "فك":
        return cut
    rest = fold(word[cut:])
    rank = _word_rank()
    return cut if (rest in _person_tokens() or rest in rank or _theophoric(rest)
                   or rest.startswith("ال") and rest[2:] in rank) else 0


def _lam_name(name: str, definite: str) -> bool:
    """A name that starts with ل ("ليبيا", "لندن") after the preposition ل, rather than a word whose
    article lost its alef after it ("للعراق" = ل + العراق): the name is known and more frequent."""
    rank = _word_rank()
    known = name in _known_names() or name in _person_tokens() or name in rank
    return known and rank.get(name, len(rank)) <= rank.get(definite, len(rank)) and not (
        definite in _known_names() and definite in rank and name not in rank)


@lru_cache(maxsize=1)
def _kb_names() -> dict[tuple[str, ...], str]:
    """Folded token tuples of knowledge-base names -> type (for the dictionary pass)."""
    out: dict[tuple[str, ...], str] = {}
    for name, typ, _, usable in models.rows("kb.tsv.gz"):
        if usable == "1":
            out.setdefault(tuple(fold(name).split()), typ)
    out.update(_news_names())
    return out


def _nationality(w: str) -> bool:
    """A folded word is an adjective of nationality: ال + a known place + ي/يه ("المصريه",
    "اليمنيه", "السوريه" of سوريا, "التركي" of تركيا)."""
    if not w.startswith("ال") or not w.endswith(("ي", "يه")) or len(w) < 6 or w in _not_national():
        return False
    stem = w[2:-2] if w.endswith("يه") else w[2:-1]
    known, rank = _known_names(), _word_rank()
    # a place the news writes ("تركيا"), not one of the gazetteer's hamlets ("بلوا": "البلوي" is a family)
    return stem in _nationality_stems() or any(s in known and s in rank
                                                for s in (stem, stem + "ا", stem + "يا", "ال" + stem))


@lru_cache(maxsize=1)
def _not_national() -> frozenset[str]:
    return frozenset(fold(w) for w in NOT_NATIONAL)


@lru_cache(maxsize=1)
def _nationality_stems() -> frozenset[str]:
    """The listed stems folded as the words they are compared with ("جزائر" -> "جزاير")."""
    return frozenset(fold(w) for w in NATIONALITY_STEMS)


@lru_cache(maxsize=1)
def _news_names() -> dict[tuple[str, ...], str]:
    """Folded token tuples of the names the press writes bare (lang/ar/news_names.py) -> type;
    they are matched even when one of their words is a frequent one ("المملكة", "الأمن العام")."""
    return {tuple(fold(n).split()): typ for typ, names in NEWS_NAMES.items() for n in names}


@lru_cache(maxsize=1)
def _kb_first() -> dict[str, int]:
    """First token of knowledge-base names -> the longest name starting with it (in tokens)."""
    out: dict[str, int] = {}
    for t in _kb_names():
        out[t[0]] = max(out.get(t[0], 0), len(t))
    return out


@lru_cache(maxsize=1)
def _person_tokens() -> frozenset[str]:
    """Name tokens of people in the gazetteer (given and family names)."""
    single, _ = gazetteer()
    return frozenset(k for k, v in single.items() if v == "PER")


@lru_cache(maxsize=1)
def _word_rank() -> dict[str, int]:
    """Folded word -> its rank by frequency in news (clusters.tsv is ordered by frequency)."""
    from marsad.extract.ner_features import clusters

    return {w: i for i, w in enumerate(clusters())}


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The 3,000 most frequent words of news: never names alone."""
    return frozenset(w for w, i in _word_rank().items() if i < 3000)


def _add_forms(names: dict[tuple[str, ...], str], key: tuple[str, ...], typ: str, common: frozenset[str],
               given: bool = True, definite_family: bool = False) -> None:
    """Record a multi-word name (folded tokens) and, for a person, the given (unless not
    `given`) and family names alone, as the same name is written again later ("دونالد
    رامسفيلد" ... "وصف رامسفيلد"); the first reading of a form wins. With `definite_family`,
    a definite family name of the nisba form is recorded even when it is a frequent word
    ("عبدالفتاح السيسي" ... "وأشار السيسي"; not "الكبير" or "العزيز")."""
    names.setdefault(key, typ)
    if typ == "PER":
        for part in (key[0], key[-1]) if given else (key[-1],):
            if len(part) >= 3 and (part not in common or definite_family and part is key[-1] and len(key) > 1
                                   and (part.startswith("ال") and part.endswith("ي") and len(part) >= 5
                                        or _speaker_family(part))):
                names.setdefault((part,), "PER")


def _speaker_family(w: str) -> bool:
    """A frequent family name the news writes alone as it writes officials ("آشتون كارتر" ... "وقال
    كارتر"): a known name-word of a word cluster of the speakers of news (:func:`_speaker_clusters`),
    no title, no definite word, and no noun whose definite form is frequent ("أمين": "الأمين العام")."""
    from marsad.extract.ner_features import clusters

    k = clusters().get(w)
    return (k is not None and k[0] in _speaker_clusters() and len(w) >= 4 and w in _person_tokens()
            and not w.startswith("ال") and w not in _titles() and "ال" + w not in _common_words() and w not in NAME_STOP)


#: Words whose coarse word clusters hold the officials and sources who speak in news: the titles
#: before a name ("الرئيس") and the subjects of a speech verb ("المصدر"). How the clustering divides
#: them depends on its training: the chain of 2026-12-07 puts "الرئيس" with the titles and a few
#: heads of state ("أوباما"), "المصدر" with the ministers and envoys named alone ("كيري"، "كارتر").
SPEAKER_CLUSTER_WORDS = ("الرئيس", "المصدر")


@lru_cache(maxsize=1)
def _speaker_clusters() -> frozenset[str]:
    """The coarse word clusters of :data:`SPEAKER_CLUSTER_WORDS`."""
    from marsad.extract.ner_features import clusters

    c = clusters()
    return frozenset(c[fold(w)][0] for w in SPEAKER_CLUSTER_WORDS if fold(w) in c)


@lru_cache(maxsize=1)
def _role_cluster() -> tuple[str, str] | None:
    """The (coarse, fine) word cluster of the titles and roles before a name ("الرئيس", "وزير",
    "الكاتب", "المؤرخ")."""
    from marsad.extract.ner_features import clusters

    return clusters().get(fold("الرئيس"))


def _role_noun(w: str) -> bool:
    """A folded definite word of the roles' word cluster that is no name-word of a person: "سالم المؤرخ
    الكبير" is سالم, then his role (the gazetteer's "الأمين" or "الكاتب" can be family names). A
    person's name ends before it only when a word describes the role after it: alone, after a given
    name, it is as often the family name ("المهندس محمد المخرج")."""
    from marsad.extract.ner_features import clusters

    return (w.startswith("ال") and len(w) >= 5 and w not in _person_tokens() and w not in NAME_LINKS
            and clusters().get(w) == _role_cluster() is not None)


#: "San", "Saint" before a name ("سان بطرسبرغ", "سانت لويس", "سانتا كلارا"), folded.
SAINTS = frozenset(fold(w) for w in "سان سانت سانتا".split())


#: A frequent given name is only a name when the news writes it with the article this many times more
#: rarely than without: محمد (no المحمد), ماجد 21, صالح 16, خالد 117; not عيد (العيد more frequent), كريم,
#: سعيد 2.6, حسن 10 ("good"), أمل.
ONLY_NAME_RATIO = 15
#: Name words that join the next word into one part (عبد الله, أبو بكر), folded.
_NAME_JOINS = frozenset(fold(w) for w in "عبد أبو أبي ابو ابي ابن".split())


def _only_a_name(w: str) -> bool:
    """A folded frequent word that is a known given name and hardly anything else in news: its definite
    form (a noun's or an adjective's) is far rarer, and it is no function word ("علي" is على folded)."""
    rank = _word_rank()
    if (w not in _person_tokens() or w in NAME_STOP or w in _titles() or w not in rank or w.startswith("ال")
            or w in NAME_LINKS or w in _NAME_JOINS or w in _months()):
        return False  # "الدين", "عبد", "أبي": parts of a name; "رمضان": a month
    definite = rank.get("ال" + w)
    return definite is None or definite >= ONLY_NAME_RATIO * rank[w]


#: The source of a one-word place read again where the tagger left it (:func:`_propagated_place`): a
#: body's name is not built around it (:func:`whole_names`), as the tagger's reading of the words
#: there is unknown ("مركز عريعرة", "لجنة أصدقاء المرضى بعنيزة": the gold is divided on the town).
PLACE_AGAIN = "entities.again"


def _propagated_place(w: str) -> bool:
    """A folded one-word place the tagger found that is read as the place at its other mentions in the
    article too: a name of 4+ letters that is no frequent word of news, no word news mostly writes as a
    noun or an adjective (:func:`_noun_like`: "مالي"), and no name-word of a person."""
    return (len(w) >= 4 and w.isalpha() and w not in _common_words() and not _noun_like(w)
            and w not in _person_tokens() and w not in NAME_STOP)


def _plural_nisba(w: str) -> bool:
    """A folded adjective of the plural of a nisba ("بيطريون", "سوريين", "الأمريكيون"): ي + ون/ين on a
    stem that is no given name ("ماريون")."""
    return len(w) >= 6 and w.endswith(("يون", "يين")) and w[:-2] not in _person_tokens()


def _plural_verb(w: str) -> bool:
    """A folded verb of the masculine plural ("أجمعوا", "قالوا"): وا on a word of news that is no
    name-word ("كوفي", "تشوا" are names)."""
    return (len(w) >= 5 and w.endswith("وا") and w[:-2] in _word_rank() and w[:-2] not in _person_tokens()
            and w not in _person_tokens())


def _theophoric(w: str) -> bool:
    """A folded name of the form عبد + ال + a divine name, written as one word ("عبدالله",
    "عبدالعزيز"): a frequent word, yet only ever a name ("ماجد عبدالله")."""
    return w.startswith("عبدال") and len(w) >= 7


def _gazetteer_place(key: tuple[str, ...]) -> bool:
    """A multi-word place of the gazetteer, written so ("خميس مشيط")."""
    return any(parts == key and typ == "LOC" for parts, typ in gazetteer()[1].get(key[0], ()))


@lru_cache(maxsize=200_000)
def _strip1(f: str) -> tuple[str, int]:
    """A folded word without one leading clitic when that leaves 3+ letters."""
    if f[:1] in "وبلفك" and len(f) >= 4:
        return f[1:], 1
    return f, 0


def _describes(name: str, adj: str, common: frozenset[str]) -> bool:
    """True when adj is a common definite adjective (ال...ي/ية) after a bare name."""
    return (not name.startswith("ال") and not _strip1(name)[0].startswith("ال") and adj in common
            and adj.startswith("ال") and adj.endswith(("ي", "يه")))


_fold_memo: tuple = (None, None, [])  # (text, words, their folded words): the last article asked for


def _folded_words(text: str, words: list[Span]) -> list[str]:
    """The folded words of an article (read-only): computed once for the several passes of
    :func:`entities` over one article (the same text and word list), not once per pass."""
    global _fold_memo
    memo_text, memo_words, f = _fold_memo  # one read of one tuple: safe if threads share the module
    if memo_text is text and memo_words is words:
        return f
    f = [fold(text[w.start:w.end]) for w in words]
    _fold_memo = (text, words, f)
    return f


def refine(text: str, words: list[Span], mentions: list[Span]) -> list[Span]:
    """Document-level fixes to the tagger's mentions.

    * drop lower-case Latin words ("script"), which are never names;
    * split a place run into a place and a person ("نهر الزمرد غوستاف تشيرنوفيك"), read a
      place of 2-3 words that starts with a known given name as a person ("غوستاف
      تشيرنوفيك"), split a place tagged alone elsewhere in the article off a person
      ("سلوان سامر الحداد"), join a known given name and the next word tagged apart as
      places into one person, read a lone family name of a person named in full as that
      person;
    * split "كيم بوتين" when both parts are names seen alone in the article, and drop a
      trailing common word ("كيم لنحو" -> كيم) or the describing adjective and what
      follows it ("إنترفاكس الروسية للأنباء");
    * add knowledge-base names the tagger missed (longest match, clitic allowed), and give
      a one-word name the knowledge base knows as no person ("وأفاد الكرملين") its type;
    * tag again, anywhere in the article, a full name or the first/last token of a
      person's full name found once (one name, one reading per article).
    """
    f = _folded_words(text, words)
    common = _common_words()
    person_tokens = _person_tokens()
    out: list[Span] = []
    starts = [w.start for w in words]

    def covered(m: Span) -> list[int]:
        """The words of a mention, the first one included when a proclitic was cut off it."""
        i = max(0, bisect.bisect_right(starts, m.start) - 1)
        out_ = []
        while i < len(words) and words[i].end <= m.end:
            out_.append(i)
            i += 1
        return out_

    places = gazetteer()[0]
    kb = _kb_names()
    rank = _word_rank()

    def given(w: str) -> bool:
        """A known given name ("غوستاف"), neither a common word nor a definite one."""
        return w in person_tokens and w not in common and not w.startswith("ال")

    def given_then_name(a: Span, b: Span) -> bool:
        """"غوستاف" then "تشيرنوفيك", each tagged alone as a place: one person."""
        ta, tb = covered(a), covered(b)
        if len(ta) != 1 or len(tb) != 1 or tb[0] != ta[0] + 1 or "PER" in (a.label, b.label):
            return False
        fa, fb = f[ta[0]], f[tb[0]]
        return given(fa) and not fb.startswith("ال") and fb not in common and places.get(fb) != "LOC"

    def saint_then_name(a: Span, b: Span) -> bool:
        """"سان" then "بطرسبرغ", tagged apart: "San", "Saint" open the name after them."""
        ta, tb = covered(a), covered(b)
        return (len(ta) == 1 and tb and tb[0] == ta[0] + 1 and f[ta[0]] in SAINTS
                and not text[words[ta[0]].end:words[tb[0]].start].strip())

    joined: list[Span] = []
    for m in sorted(mentions, key=lambda s: s.start):
        if joined and given_then_name(joined[-1], m):
            joined[-1] = Span(joined[-1].start, m.end, "PER", {"entity": None}, "entities")
        elif joined and saint_then_name(joined[-1], m):
            joined[-1] = Span(joined[-1].start, m.end, m.label, {"entity": None}, "entities")
        else:
            joined.append(m)
    singles = {fold(text[m.start:m.end]) for m in joined if " " not in text[m.start:m.end]}
    lone_places = {fold(text[m.start:m.end]) for m in joined if " " not in text[m.start:m.end] and m.label == "LOC"}
    split: list[Span] = []
    for m in joined:
        if text[m.start:m.end].isascii() and text[m.start:m.end].islower():
            continue  # "script", "onerror": Latin names are capitalized
        toks = covered(m)
        cut = next((i for i in toks[1:-1] if m.label == "LOC" and given(f[i])), None)
        if cut is not None:  # "نهر الزمرد غوستاف تشيرنوفيك": a place, then a person's full name
            split.append(Span(m.start, words[cut - 1].end, m.label, m.attrs, m.source))
            split.append(Span(words[cut].start, m.end, "PER", {"entity": None}, "entities"))
        elif (m.label == "LOC" and len(toks) in (2, 3) and given(f[toks[0]]) and places.get(f[toks[-1]]) != "LOC"
              and tuple(f[i] for i in toks) not in kb):
            # "غوستاف تشيرنوفيك" tagged a place of its own: a known given name, then no place
            split.append(Span(m.start, m.end, "PER", {"entity": None}, "entities"))
        else:
            split.append(m)
    tagged_at = {i for m in split for i in covered(m)}

    def family_like(w: str) -> bool:
        """A definite word that can be a family name ("القرني", "السيسي"): no time or function
        word, no place, no adjective of nationality unless the knowledge base knows it as a person."""
        return (w.startswith("ال") and len(w) >= 5 and w not in NAME_STOP and places.get(w) != "LOC" and w not in _titles()
                and (w not in common or w.endswith("ي")) and w not in _not_national()  # "المباراة", "الدولي"
                and (w.endswith("ي") or w in person_tokens or rank.get(w, FAMILY_RANK) >= FAMILY_RANK)  # "الإطار"
                and (w.endswith("ي") or not w.startswith(("الت", "الاست", "الان", "الاع", "الاف")))  # "التأكيد"
                and (kb.get((w,), "PER") == "PER" or (w,) in _news_names())  # "عبدالملك الحوثي"
                and (kb.get((w,)) == "PER" or not _nationality(w)))

    def family_name(k: int) -> bool:
        """Word k, right after a given name and not tagged on its own, is a family name."""
        if k >= len(words) or k in tagged_at or text[words[k - 1].end:words[k].start].strip():
            return False
        return family_like(f[k]) or _theophoric(f[k])

    family = {_strip1(f[covered(m)[-1]])[0] for m in split if m.label == "PER" and len(covered(m)) >= 2}
    for m in split:
        toks = covered(m)
        if m.label == "PER" and len(toks) >= 3 and f[toks[0]] in lone_places and f[toks[0]] not in person_tokens:
            # "وزير خارجية سلوان سامر الحداد": a country tagged alone elsewhere, then a full name
            out.append(Span(m.start, words[toks[0]].end, "LOC", {"entity": None}, "entities"))
            m, toks = Span(words[toks[1]].start, m.end, "PER", {"entity": None}, "entities"), toks[1:]
        if m.label != "PER" and len(toks) == 1 and _strip1(f[toks[0]])[0] in family:
            m = Span(m.start, m.end, "PER", {"entity": None}, "entities")  # "وقال تشيرنوفيك"
        elif m.label == "PER" and len(toks) == 1 and kb.get((f[toks[0]],), "PER") != "PER":
            # "وأفاد الكرملين": a word the knowledge base knows, as no person
            m = Span(m.start, m.end, kb[(f[toks[0]],)], {"entity": None}, "entities")
        elif m.label == "LOC" and len(toks) == 1 and _news_names().get((fold(text[m.start:m.end]),)) == "ORG" \
                and fold(text[m.start:m.end]) not in _known_names():
            # "بتلكو في مملكة البحرين، أوريدو في دولة قطر": a body the press names bare, before its country
            m = Span(m.start, m.end, "ORG", {"entity": None}, "entities")
        elif m.label == "PER" and len(toks) >= 2 and _gazetteer_place(tuple(f[i] for i in toks)):
            # "نقلوا إلى خميس مشيط": a town of two words whose first is a given name
            m = Span(m.start, m.end, "LOC", {"entity": None}, "entities")
        if m.label == "PER" and len(toks) >= 2 and _plural_verb(f[toks[-1]]):
            # "ومحمد أجمعوا بقولهم": a verb of the plural after the name
            m, toks = Span(m.start, words[toks[-2]].end, "PER", {"entity": None}, "entities"), toks[:-1]
        if m.label == "PER" and len(toks) == 1 and (_plural_nisba(f[toks[0]]) or _plural_verb(f[toks[0]])):
            continue  # "مسؤولون بيطريون", "وأجمعوا": an adjective or a verb of the plural is no person
        if m.label == "PER" and len(toks) >= 2:
            last = f[toks[-1]]
            bare = _strip1(last)[0]
            head = " ".join(f[i] for i in toks[:-1])
            if (last in singles or bare in singles) and head in singles:
                out.append(Span(m.start, words[toks[-2]].end, "PER", {"entity": None}, "entities"))
                out.append(Span(words[toks[-1]].start, m.end, "PER", {"entity": None}, "entities"))
                continue
            known_part = last in person_tokens or bare in person_tokens
            if head in singles and not family_like(last) and not _theophoric(last) and (
                    (last in common or bare in common) and not (last in person_tokens and last not in common)
                    or not known_part):
                # "كيم بالقطار", "كيم تفقدا": a name the tagger ran on into the next word
                out.append(Span(m.start, words[toks[-2]].end, "PER", {"entity": None}, "entities"))
                continue
            if last not in person_tokens and f[toks[-2]] not in ("بن", "بنت") and (
                    last[:1] == "ف" and last[1:] in common
                    or last.startswith(("لاي", "لات", "لان")) and len(last) >= 5 and last[2:] in common):
                # "نزار خضري فطالب": ف + a frequent word after the name; "ماجد عبدالله لايعني": لا
                # written onto the verb after it
                out.append(Span(m.start, words[toks[-2]].end, "PER", {"entity": None}, "entities"))
                continue
        if (m.label == "PER" and len(toks) >= 3 and f[toks[0]] not in person_tokens
                and (f[toks[0]] in _titles() or _strip1(f[toks[0]])[0] in _titles())):
            # "المشير حسين طنطاوي": a title is outside a person's name (ANNOTATION.md)
            m, toks = Span(words[toks[1]].start, m.end, "PER", {"entity": None}, "entities"), toks[1:]
        inner_title = next((k for n, k in enumerate(toks[1:], 1) if m.label == "PER" and f[toks[n - 1]] not in NAME_LINKS
                            and (n >= 2 and (f[k] in _titles() or "ال" + f[k] in _titles())
                                 and (f[k] not in person_tokens or n + 1 < len(toks) and f[toks[n + 1]].startswith("ال"))
                                 or n + 1 < len(toks) and _role_noun(f[k]))), None)
        if inner_title is not None:
            # "أحمد الطيب شيخ الأزهر": a role after the name is outside it
            m, toks = Span(m.start, words[inner_title - 1].end, "PER", {"entity": None}, "entities"), toks[:toks.index(inner_title)]
        if m.label == "ORG" and len(toks) >= 2 and f[toks[0]] in ("تنظيم", "لتنظيم", "وتنظيم", "بتنظيم"):
            # "تنظيم داعش": the group's name is داعش
            m, toks = Span(words[toks[1]].start, m.end, "ORG", {"entity": None}, "entities"), toks[1:]
        if m.label == "PER" and len(toks) == 1 and f[toks[0]] in person_tokens and family_name(toks[0] + 1):
            # "فواز القرني", "محمد الغامدي": the tagger stopped at the given name
            m, toks = Span(m.start, words[toks[0] + 1].end, "PER", {"entity": None}, "entities"), [toks[0], toks[0] + 1]
        if len(toks) == 1 and f[toks[0]] in common and m.label == "PER" and inner_title is None and not (
                toks[0] > 0 and f[toks[0] - 1] in _titles() and f[toks[0]] in person_tokens
                and not text[words[toks[0] - 1].end:words[toks[0]].start].strip()) and not _only_a_name(f[toks[0]]):
            continue  # a frequent word alone is no person, unless a title names it ("الملك سلمان"), it is
            # a given name the news hardly writes as anything else ("مع محمد", "لايقدر ماجد"), or the
            # tagger read it as a person with a role after it ("سالم المؤرخ")
        if (m.label in ("ORG", "PER") and len(toks) >= 2 and _describes(f[toks[0]], f[toks[1]], common)
                and f[toks[1]] not in person_tokens and kb.get((f[toks[1]],)) != "PER"
                and (m.label == "ORG" or _nationality(f[toks[1]]))  # "عبدالملك الحوثي" is a whole name
                and (len(toks) == 2 or f[toks[0]] not in common)):
            # "إنترفاكس الروسية", "رويترز البريطانية", "إنترفاكس الروسية للأنباء": a name and
            # the words that describe it (not "وزارة الخارجية الروسية": وزارة is no name)
            out.append(Span(m.start, words[toks[0]].end, m.label, {"entity": None}, "entities"))
            continue
        out.append(m)
    # multi-word knowledge-base names win over what the tagger made of the same words
    kb_spans: list[Span] = []
    i = 0
    kb_first = _kb_first()
    news = _news_names()

    def _described(k: int) -> bool:
        """The word k is a definite adjective right after the word before it ("المملكة المغربية"):
        a lone listed word is then the head of a longer name, not the name."""
        return (k < len(words) and not text[words[k - 1].end:words[k].start].strip()
                and f[k].startswith("ال") and f[k].endswith(("يه", "ي")))

    def trim_clitic(m: Span) -> Span:
        """"وعبداللطيف الملحم", "لبايرن ميونخ", "بإنجلترا": a proclitic the tagger left on a name whose
        rest is a word of news while the whole is none, or a name word (of the gazetteer or the
        knowledge base) far more frequent than the whole; "فيصل", "لبنان" are names of their own."""
        k = bisect.bisect_left(starts, m.start)
        if k >= len(words) or words[k].start != m.start:
            return m
        w = f[k]
        rest = w[1:]
        if (w[:1] not in "وبلف" or w.startswith("لل") or len(rest) < 4 or w in person_tokens or w in places
                or (w,) in kb or w in kb_first):
            return m
        r_rest, r_whole = rank.get(rest), rank.get(w)
        known = rest in person_tokens or rest in places or rest in kb_first
        if r_rest is None or (r_whole is not None and (r_whole < 4 * r_rest or not known)):
            return m  # the whole is a word of news of its own, or the rest is no name word
        return Span(m.start + 1, m.end, m.label, m.attrs, m.source)

    def adjective_place(m: Span, mentions: list[Span]) -> bool:
        return _adjective_place(text, words, starts, f, m, mentions)

    def national(k: int) -> bool:
        """Word k is an adjective of nationality right after the word before it ("المصرية")."""
        return (k < len(words) and not text[words[k - 1].end:words[k].start].strip()
                and _nationality(f[k]))

    while i < len(words):
        first, c = _strip1(f[i])
        head = f[i] if f[i] in NATIONAL_HEADS or f[i] in STATE_HEADS else first
        if (head in NATIONAL_HEADS or head in STATE_HEADS) and national(i + 1):
            # "الجيش التركي", "المنتخب الجابوني": a national body; "الجمهورية الجزائرية",
            # "المملكة الأردنية الهاشمية": a state
            c = 0 if head == f[i] else c
            end = i + 2
            if head in STATE_HEADS and end < len(words) and _described(end) and not national(end):
                end += 1
            typ = "LOC" if head in STATE_HEADS else "ORG"
            kb_spans.append(Span(words[i].start + c, words[end - 1].end, typ, {"entity": None}, "entities"))
            i = end
            continue
        size_max = max(kb_first.get(f[i], 0), kb_first.get(first, 0))
        if size_max < 2:
            i += 1
            continue
        for size in range(min(size_max, 6), 1, -1):
            cand = tuple(f[i:i + size])
            typ = kb.get(cand) or kb.get((first, *cand[1:]))
            if len(cand) == size and typ:
                c = 0 if kb.get(cand) else c
                listed = cand in news or (first, *cand[1:]) in news
                if typ == "ORG" and listed and national(i + size):
                    size += 1  # "القوات المسلحة المصرية", "المقاومة الشعبية اليمنية"
                kb_spans.append(Span(words[i].start + c, words[i + size - 1].end, typ, {"entity": None}, "entities"))
                i += size - 1
                break
        i += 1
    if kb_spans:
        out = [m for m in out if not any(m.start < k.end and k.start < m.end for k in kb_spans)] + kb_spans
    taken = [False] * len(words)
    for m in out:
        for i in covered(m):
            taken[i] = True
    propagate: dict[tuple[str, ...], str] = {}
    places_again: set[tuple[str, ...]] = set()  # one-word places read again where the tagger left them
    for m in out:
        t = tuple(fold(text[m.start:m.end]).split())
        if len(t) > 1:
            _add_forms(propagate, t, m.label, common, definite_family=True)
        elif m.label == "LOC" and _propagated_place(t[0]) and t not in propagate:
            propagate[t] = "LOC"  # "جمهورية سلوان" ... "وزير خارجية سلوان": one place, one reading
            places_again.add(t)

    prop_first: dict[str, int] = {}
    for t in propagate:
        prop_first[t[0]] = max(prop_first.get(t[0], 0), len(t))
    n = len(words)
    i = 0
    while i < n:
        if taken[i] or not text[words[i].start:words[i].start + 1].isalpha():
            i += 1
            continue
        hit = None
        longest = max(prop_first.get(f[i], 0), prop_first.get(_strip1(f[i])[0], 0),
                      kb_first.get(f[i], 0), kb_first.get(_strip1(f[i])[0], 0))
        if not longest:
            i += 1
            continue
        for size in range(min(longest, 5), 0, -1):
            if i + size > n or any(taken[i:i + size]):
                continue
            first, cut = _strip1(f[i])
            for cand, c in (((f[i], *f[i + 1:i + size]), 0), ((first, *f[i + 1:i + size]), cut)):
                if c and size == 1 and rank.get(f[i], len(rank)) < rank.get(first, len(rank)):
                    continue  # "كبيرا" is a word of its own, more frequent than the place "بيرا"
                listed = news.get(cand) if not (size == 1 and _described(i + 1)) else None
                # a listed one-word name reads as listed ("ميليشيات الحوثي" beside "عبدالملك الحوثي")
                typ = (listed if size == 1 else None) or propagate.get(cand) \
                    or (kb.get(cand) if size > 1 or cand[0] not in common else None) or listed
                if typ and (size > 1 or len(cand[0]) >= 4 or cand in propagate):
                    again = size == 1 and typ == "LOC" and cand in places_again and not listed
                    hit = (size, typ, c, PLACE_AGAIN if again else "entities")
                    break
            if hit:
                break
        if hit:
            size, typ, c, source = hit
            start = words[i].start + c
            if (typ == "PER" and not c and i > 0 and not taken[i - 1] and f[i - 1] == "ال"
                    and not text[words[i - 1].end:words[i].start].strip()):
                start = words[i - 1].start  # "هذيل آل شرمه" ... "قال آل شرمه": the family's name is whole
                taken[i - 1] = True
            out.append(Span(start, words[i + size - 1].end, typ, {"entity": None}, source))
            for k in range(i, i + size):
                taken[k] = True
            i += size
        else:
            i += 1
    out.extend(_source_lines(text, words, f, taken))
    out = [trim_clitic(m) for m in out]
    out.sort(key=lambda s: (s.start, s.end))
    out = _listed_people(text, words, starts, f, out)
    return [m for m in out if not adjective_place(m, out)]


def _listed_people(text: str, words: list[Span], starts: list[int], f: list[str], mentions: list[Span]) -> list[Span]:
    """"أسامة الصافي، وعيد سعود، وعبدالمجيد الفوزان": in a list of people, و before the given name of
    the next one is the conjunction, even when the whole is a word of its own ("وعيد") or no name
    word at all. Only right after a person, with nothing but a comma between: "وندي شيرمان" and
    "وليام" elsewhere are names that start with و."""
    out: list[Span] = []
    for m in mentions:
        k = bisect.bisect_left(starts, m.start)
        prev = out[-1] if out else None
        if (m.label == "PER" and prev is not None and prev.label == "PER" and k < len(words)
                and fold(text[prev.start:prev.end]).split()[-1] not in _titles()
                and (" " in text[prev.start:prev.end] or text[prev.end:m.start].strip())  # "الكولونيل واين موروتو"
                and words[k].start == m.start and words[k].end < m.end and f[k][:1] == "و"
                and not text[prev.end:m.start].strip(" \t،,")
                and (f[k][1:] in _person_tokens() or _theophoric(f[k][1:]))):
            m = Span(m.start + 1, m.end, m.label, m.attrs, m.source)
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _outlet_names() -> dict[tuple[str, ...], int]:
    """Folded token tuples of news outlets' names and spellings (lang/ar/outlets.py) -> length."""
    from marsad.lang.ar.outlets import OUTLETS

    return {tuple(fold(a).split()): len(a.split()) for name, (aliases, _) in OUTLETS.items() for a in (name, *aliases)}


@lru_cache(maxsize=1)
def _outlet_firsts() -> frozenset[str]:
    return frozenset(k[0] for k in _outlet_names())


_DASHES = "-–—"


def _source_lines(text: str, words: list[Span], f: list[str], taken: list[bool]) -> list[Span]:
    """An outlet named in a source line ("فهد العتيبي- سبق- الطائف:", "سبق – وكالات:"): its name
    stands between the start of a line or a dash and a dash, a colon or the end of the line."""
    names = _outlet_names()
    firsts = _outlet_firsts()
    out: list[Span] = []
    for i in range(len(words)):
        if f[i] not in firsts:
            continue
        for size in (3, 2, 1):
            if i + size > len(words) or any(taken[i:i + size]) or tuple(f[i:i + size]) not in names:
                continue
            before = text[text.rfind("\n", 0, words[i].start) + 1:words[i].start].rstrip()
            after = text[words[i + size - 1].end:].split("\n", 1)[0].lstrip()
            if (not before or before[-1] in _DASHES) and (not after or after[0] in _DASHES + ":"):
                out.append(Span(words[i].start, words[i + size - 1].end, "ORG", {"entity": None}, "entities"))
                if after[:1] in _DASHES:
                    out.extend(_dateline_place(text, words, f, taken, i + size))
            break
    return out


def _dateline_place(text: str, words: list[Span], f: list[str], taken: list[bool], k: int) -> list[Span]:
    """The place of a source line after its outlet ("سبق- الطائف:"): one or two words between the dash
    and the colon that the gazetteer or the knowledge base knows as a place."""
    end = words[k - 1].end
    while k < len(words) and not text[words[k].start].isalpha():
        k += 1  # the dash
    for size in (2, 1):
        if k + size > len(words) or any(taken[k:k + size]):
            continue
        gap = text[end:words[k].start]
        tail = text[words[k + size - 1].end:].lstrip(" ")
        if gap.strip(" " + _DASHES) or not gap.strip() or tail[:1] != ":":
            continue
        key = tuple(f[k:k + size])
        if (_kb_names().get(key) == "LOC" or size == 1 and (key[0] in _known_names() or gazetteer()[0].get(key[0]) == "LOC")
                or size > 1 and _gazetteer_place(key)):
            return [Span(words[k].start, words[k + size - 1].end, "LOC", {"entity": None}, "entities")]
    return []


def _adjective_place(text: str, words: list[Span], starts: list[int], f: list[str], m: Span,
                     mentions: list[Span]) -> bool:
    """"المدن السعودية", "العاصمة السعودية": a one-word place of the form ال...ية right after a
    definite noun that is no name is that noun's adjective, not the country (ANNOTATION.md)."""
    if m.label != "LOC" or " " in text[m.start:m.end]:
        return False
    k = bisect.bisect_right(starts, m.start) - 1
    if k < 1 or words[k].start != m.start or not f[k].startswith("ال") or not f[k].endswith("يه"):
        return False
    before = words[k - 1]
    return (f[k - 1].startswith("ال") and len(f[k - 1]) > 3 and not text[before.end:m.start].strip()
            and not any(o.start < before.end and before.start < o.end for o in mentions))


@component("entities", needs=("tokens",), adds=("entities",), languages=("ar",), many=True)
def entities(docs: list[Document]) -> list[Document]:
    """Names in each document: the tagger reads the sentences of the whole batch at once (its
    matrix products are several times cheaper per token on many sentences than on one article's),
    then each article's mentions are refined on their own."""
    sents = [_sentence_tokens(doc) for doc in docs]
    tags = iter(tag_tokens([[doc.text[t.start:t.end] for t in s] for doc, ss in zip(docs, sents) for s in ss]))
    known = _known_names()
    for doc, ss in zip(docs, sents):
        out: list[Span] = []
        for toks in ss:
            for a, b, typ in iob_spans(next(tags)):
                start, end = toks[a].start, toks[b - 1].end
                start += person_clitic(doc.text[start:toks[a].end], typ, trim_proclitics(doc.text[start:toks[a].end], known))
                if end - start < 2:
                    continue
                out.append(Span(start, end, "PER" if typ == "PERS" else typ, {"entity": None}, "entities"))
        tokens = doc.layers.get("tokens", [])
        found = [m for m in refine(doc.text, tokens, out) if not not_a_name(doc.text[m.start:m.end])]
        words = [t for t in tokens if t.end > t.start]
        found = directorates(doc.text, words, whole_names(doc.text, words, honorifics(doc.text, words, found)))
        found = dotted_names(doc.text, clubs(doc.text, words, compass_regions(doc.text, words, found)))
        found = common_word_places(doc.text, words, network_names(doc.text, words, found))
        doc.layers["entities"] = quoted_names(doc.text, found)
    return docs


#: Services the Saudi press names by their town or region, for the directorate there ("صحة تبوك",
#: "تعليم الطائف", "مرور الرياض", "جوازات القصيم"), folded.
SERVICE_HEADS = frozenset(fold(w) for w in "صحة تعليم مرور جوازات".split())


def directorates(text: str, words: list[Span], mentions: list[Span]) -> list[Span]:
    """A service named by a place right after it is that place's directorate, an organization: "مدير
    مستشفى الولادة بصحة تبوك". Only a place the tagger or the gazetteer found: "صحة المنطقة",
    "تعليم البنات", "مرور الوقت" name none."""
    at = {m.start: m for m in mentions}
    out, drop = [], set()
    for k, w in enumerate(words[:-1]):
        f = fold(text[w.start:w.end])
        cut = 1 if f[:1] in "وبل" and f[1:] in SERVICE_HEADS else 0
        if f[cut:] not in SERVICE_HEADS or text[w.end:words[k + 1].start].strip():
            continue
        m = at.get(words[k + 1].start)
        if m is None or m.label != "LOC" or m.end != words[k + 1].end or any(
                o.start < w.end and w.start < o.end for o in mentions):
            continue
        out.append(Span(w.start + cut, m.end, "ORG", {"entity": None}, "entities"))
        drop.add(id(m))
    if not out:
        return mentions
    return sorted([m for m in mentions if id(m) not in drop] + out, key=lambda s: (s.start, s.end))


def _sentence_tokens(doc: Document) -> list[list[Span]]:
    """The document's tokens, sentence by sentence."""
    by_sent: dict[int, list[Span]] = {}
    for t in doc.layers.get("tokens", []):
        by_sent.setdefault(t.attrs.get("sent", 0), []).append(t)
    return [by_sent[k] for k in sorted(by_sent)]


#: Words for a network right before an operator's or a broadcaster's name ("شبكة فودافون"), folded.
NETWORK_WORDS = frozenset(fold(w) for w in "شبكة شبكات لشبكة وشبكة بشبكة".split())
#: The singular ones: an operator the tagger left is read after these only.
NETWORK_WORD = NETWORK_WORDS - {fold("شبكات")}


def network_names(text: str, words: list[Span], mentions: list[Span]) -> list[Span]:
    """A one-word name right after "شبكة" is the network's operator, an organization ("شبكة تلسترا في
    أستراليا"), not a place the tagger took it for; a place after it ("شبكة الرياض") stays one when the
    gazetteer or the knowledge base knows it. A word the tagger left after "شبكة" is the operator when
    it is none of the words of news the word clusters know (nor its definite form), no definite word,
    no feminine adjective or noun (ة) and no name the gazetteer knows ("شبكة تلسترا"; not "شبكة طرق",
    "شبكة الإنترنت", "شبكة إنترنت", "شبكة ممرات", "شبكة معقدة", "شبكات واقية")."""
    starts = {w.start: k for k, w in enumerate(words)}
    out = []
    for m in mentions:
        k = starts.get(m.start)
        if (m.label == "LOC" and k and words[k].end == m.end and not text[words[k - 1].end:m.start].strip()
                and fold(text[words[k - 1].start:words[k - 1].end]) in NETWORK_WORDS):
            w = fold(text[m.start:m.end])
            if w not in _known_names() and _kb_names().get((w,)) != "LOC":
                m = Span(m.start, m.end, "ORG", m.attrs, m.source)
        out.append(m)
    f = _folded_words(text, words)
    rank = _word_rank()
    added = []
    for k in range(1, len(words)):
        w = f[k]
        if (f[k - 1] not in NETWORK_WORD or text[words[k - 1].end:words[k].start].strip() or len(w) < 4
                or not w.isalpha() or w.startswith("ال") or w.endswith(("ه", "ة")) or w in rank
                or "ال" + w in rank  # "شبكة إنترنت": a noun ("الإنترنت")
                or _strip1(w)[0] in rank or w in gazetteer()[0] or (w,) in _kb_names()
                or any(o.start < words[k].end and words[k].start < o.end for o in mentions)):
            continue
        added.append(Span(words[k].start, words[k].end, "ORG", {"entity": None}, "entities"))
    return sorted(out + added, key=lambda s: (s.start, s.end)) if added else out


#: Words for a town's quarter or a street before its name ("حي عابدين"، "أهالي جزيل"), folded.
QUARTER_WORDS = frozenset(fold(w) for w in "حي الحي شارع الشارع وادي أهالي اهالي سكان".split())
#: Prepositions after which a word is read as a place it may name ("في مالي"، "إلى مشهد"), folded.
PLACE_PREPOSITIONS = frozenset(fold(w) for w in """في إلى من عن مع بين نحو داخل خارج عبر لدى حتى على
بشأن حول ضد تجاه قرب إزاء""".split())


def _noun_like(w: str) -> bool:
    """A folded bare word that news writes at least as often with the article: mostly a common noun or
    an adjective ("مشهد" scene / "المشهد"، "مالي" financial / "المالي"، "ميدان"), even where it also names
    a place (Mashhad, Mali); "جدة" or "حمص" are written with the article far more rarely."""
    rank = _word_rank()
    r, d = rank.get(w), rank.get("ال" + w)
    return r is not None and d is not None and d <= r and not w.startswith("ال")


def common_word_places(text: str, words: list[Span], mentions: list[Span]) -> list[Span]:
    """A one-word place whose word is mostly a common noun or adjective (:func:`_noun_like`) stays a
    place only where it reads as one: after a word for a place or a quarter ("مدينة مشهد"، "شمال مالي"،
    "حي عابدين"), in a list of places ("مالي والنيجر"), as a dateline, or after a preposition with no
    genitive or adjective after it ("في مالي."، "بشأن سورية ستستأنف"); with a genitive or an adjective
    after it, or as the adjective of an indefinite noun, it is the noun or the adjective ("ميدان
    التحرير"، "في مشهد مؤثر"، "عجز مالي"، "مواقع سورية معارضة"). One reading per article: where one
    mention of the word reads as a place, all do."""
    starts = [w.start for w in words]
    f = _folded_words(text, words)

    def joined(a: int, b: int) -> bool:
        return not text[words[a].end:words[b].start].strip()

    def placed(m: Span, w: str) -> str | None:
        """None: not a common-word place; else "place" where its context reads as one, "noun" where a
        word joined to it makes it a phrase's noun or adjective, "open" otherwise (dropped unless
        another mention of the word in the article reads as a place). ``w``: the mention folded."""
        if m.label != "LOC" or " " in text[m.start:m.end].strip() or not _noun_like(w):
            return None
        k = bisect.bisect_right(starts, m.start) - 1
        if k < 0 or words[k].end != m.end:
            return None
        clitic = fold(text[words[k].start:m.start])
        # the word joined before it, as written and without a proclitic ("بشأن" is one word, "ومدينة" و + one)
        before = f[k - 1] if k > 0 and joined(k - 1, k) and f[k - 1][:1].isalpha() else None
        prev = _strip1(before)[0] if before is not None else None
        n = k + 1
        nxt = f[n] if n < len(words) and joined(k, n) and f[n][:1].isalpha() and f[n] not in NAME_STOP else None
        if prev is not None and (prev in LOC_BEFORE or before in LOC_BEFORE or prev in QUARTER_WORDS):
            return "place"  # "مدينة مشهد"، "شمال مالي"، "حي عابدين"
        if prev is None and n < len(words) and f[n] in ("-", "–") and not text[words[k - 1].end if k else 0:m.start].strip(" *\t"):
            return "place"  # a dateline: "سيول - «الشرق الأوسط»:"
        if nxt is not None and nxt[:1] == "و" and any(o.start == words[n].start + 1 and o.label == "LOC" for o in mentions):
            return "place"  # "مالي والنيجر"
        if nxt is not None and (nxt.startswith("ال") or nxt[:1] == "م" or nxt.endswith(("ي", "يه", "يا"))):
            return "noun"  # a genitive or an adjective after it: "ميدان التحرير"، "مشهد مؤثر"، "مشهد ثقافيا"
        if clitic[-1:] in ("ب", "ل") or prev in PLACE_PREPOSITIONS or before in PLACE_PREPOSITIONS:
            return "place"  # "في مالي."، "إلى مالي قادما"، "بشأن سورية ستستأنف"
        if prev is not None and not prev.startswith("ال") and prev not in NAME_STOP:
            return "noun"  # an adjective after an indefinite noun: "عجز مالي"، "مواقع سورية"
        return "open"

    folded = [fold(text[m.start:m.end]) for m in mentions]
    verdicts = [placed(m, w) for m, w in zip(mentions, folded)]
    seen = {w for w, v in zip(folded, verdicts) if v == "place"}
    return [m for m, w, v in zip(mentions, folded, verdicts) if v in (None, "place") or w in seen]


#: Blessings written after a name ("أبي ذر رضي الله عنه", "محمد صلى الله عليه وسلم", "رحمه الله"), folded:
#: their first two words; the blessing is no part of the name.
HONORIFICS = frozenset(tuple(fold(w) for w in p.split()) for p in (
    "رضي الله", "صلى الله", "رحمه الله", "رحمها الله", "رحمهم الله", "يرحمه الله", "حفظه الله", "حفظها الله",
    "غفر الله", "عليه السلام", "عليها السلام", "عليهم السلام"))


def honorifics(text: str, words: list[Span], mentions: list[Span]) -> list[Span]:
    """A person's name ends before a blessing the tagger ran it into ("ابي ذر رضي الله" -> "ابي ذر")."""
    f = _folded_words(text, words)
    starts = [w.start for w in words]
    out = []
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1
        n = k + 1
        while m.label == "PER" and 0 <= k and n + 1 < len(words) and words[n + 1].end <= m.end:
            if (f[n], f[n + 1]) in HONORIFICS:
                m = Span(m.start, words[n - 1].end, m.label, m.attrs, m.source)
                break
            n += 1
        out.append(m)
    return out


#: Words for a region that names a branch of a body ("مديرية الدفاع المدني بالمنطقة الشرقية"), folded.
REGION_WORDS = frozenset(fold(w) for w in "المنطقة منطقة المحافظة محافظة".split())
@lru_cache(maxsize=1)
def _state_of_names() -> frozenset[str]:
    return frozenset(fold(w) for w in STATE_OF_NAMES)


@lru_cache(maxsize=1)
def _compass() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(fold(w) for w in COMPASS), frozenset(fold(w) for w in CONTINENTS)


def compass_regions(text: str, tokens: list[Span], mentions: list[Span]) -> list[Span]:
    """"شرق آسيا", "شمال أفريقيا": a compass word and the continent after it are one region."""
    compass, continents = _compass()
    starts = {t.start: k for k, t in enumerate(tokens)}
    out = []
    for m in mentions:
        k = starts.get(m.start)
        if (m.label == "LOC" and k and m.end == tokens[k].end and fold(text[m.start:m.end]) in continents
                and not text[tokens[k - 1].end:m.start].strip()):
            prev = fold(text[tokens[k - 1].start:tokens[k - 1].end])
            cut = 1 if prev[:1] in "وبل" and prev[1:] in compass else 0
            if prev in compass or cut:
                m = Span(tokens[k - 1].start + cut, m.end, "LOC", {"entity": None}, "entities")
        out.append(m)
    return out


#: Words that link the parts of a person's name ("بن", "آل", "أبو"): a title word after them is a family
#: name ("عبدالله آل الشيخ").
#: A definite word among this many most frequent words of news, neither a nisba (ي) nor a known name
#: token, is a common noun, not a family name: "ورسم كاميرون الإطار العام".
FAMILY_RANK = 8000

NAME_LINKS = frozenset(fold(w) for w in "بن بنت ابن آل ال أبو أبا أم".split())
#: Most words of a name completed from its head noun.
MAX_NAME_WORDS = 8
#: Titles inside a name, followed by a person's name of up to two words ("مطار الملك خالد الدولي",
#: "مركز الملك سلمان للإغاثة", "جامعة الأمير سلطان"), with its بن/آل chain.
NAME_TITLES = frozenset(fold(w) for w in "الملك الأمير الأميرة الشيخ الإمام السلطان".split())


#: Heads of a beach or a seafront whose name may be one definite word of its own ("شاطئ
#: العقير", "كورنيش الخبر"), folded. A street's head ("شارع", "طريق") takes a title's name only
#: (TITLE_HEADS); a state's ("دولة الخلافة") none.
FEATURE_HEADS = frozenset(fold(w) for w in "شاطئ كورنيش".split())


def _rare_place_name(w: str) -> bool:
    """A folded definite word after a feature's head that names it: a known place that is no word for
    one ("الخبر"; not "البحر"), or a word outside the most frequent words of news that is no adjective
    ("العقير"; not "الرئيسي")."""
    if not w.startswith("ال") or len(w) < 5 or w in NAME_STOP or w.endswith(("ي", "يه")) or w in _titles():
        return False
    return (_place_word(w) and w not in LOC_BEFORE) or _word_rank().get(w, FAMILY_RANK) >= FAMILY_RANK


def _place_word(w: str) -> bool:
    """A folded definite word is a place or a word for one ("الرياض", "المنطقه"), by the gazetteer,
    the knowledge base or the words written before places."""
    return (w in _known_names() or w[2:] in _known_names() or _kb_names().get((w,)) == "LOC"
            or w in LOC_BEFORE or gazetteer()[0].get(w) == "LOC")


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Titles and roles before a person's name, folded."""
    return frozenset(fold(w) for w in PER_BEFORE)


def whole_names(text: str, tokens: list[Span], mentions: list[Span]) -> list[Span]:
    """Names built from their head noun ("وزارة" + "الشؤون البلدية والقروية"): the head, then the
    definite words, "لل"/"بال" complements and conjoined nouns that complete it, and any name
    inside it (a person in "مطار الملك خالد الدولي" is the airport's, not a mention of its own).
    The names the tagger found inside are replaced by the whole; places read again elsewhere
    (PLACE_AGAIN) are not names inside."""
    f = _folded_words(text, tokens)
    found, mentions = mentions, [m for m in mentions if m.source != PLACE_AGAIN]
    out: list[Span] = []
    i = 0
    while i < len(tokens):
        w = f[i][1:] if f[i][:1] in "وبلفك" and (f[i][1:] in NAME_HEADS or f[i][1:3] == "ال" and f[i][3:] in NAME_HEADS) \
            else f[i]
        definite = w.startswith("ال") and w[2:] in NAME_HEADS
        typ = NAME_HEADS.get(w[2:] if definite else w)
        if typ is None:
            i += 1
            continue
        j = i + 1
        person_named = False  # the word before is a person's name after a title inside the name
        while j < len(tokens) and j - i < MAX_NAME_WORDS:
            g, gap = f[j], text[tokens[j - 1].end:tokens[j].start]
            if gap.strip() or not g[:1].isalpha() or g in NAME_STOP:
                break  # punctuation, a number, a preposition or a time word
            inner = any(m.start <= tokens[j].start < m.end for m in mentions)
            # after a title, one or two words of a person's name ("مطار الملك عبد العزيز"), the second
            # a known name-word ("شمالا" in "طريق الملك فهد شمالا" is not)
            titled = f[j - 1] in NAME_TITLES and (g in _person_tokens() or g not in _common_words() or g.startswith("ال")
                                                   or _theophoric(g)) or f[j - 1] in ("بن", "بنت", "ال") or (
                j - 2 > i and f[j - 2] in NAME_TITLES and (g in _person_tokens() or g.startswith("ال")))
            nxt = f[j + 1] if j + 1 < len(tokens) and not text[tokens[j].end:tokens[j + 1].start].strip() else ""
            # "لحقوق الإنسان", "لكرة القدم", "لهيئة كبار العلماء": a complement with ل, then its noun
            complement = j > i + 1 and g[:1] == "ل" and not g.startswith("لل") and len(g) >= 4 and (
                nxt.startswith("ال") or g[1:] in NAME_HEADS) and g not in NAME_STOP and g[1:] not in NAME_STOP \
                and (f[j - 1].startswith(("ال", "وال")) or j - 1 == i)
            # "لهيئة كبار العلماء", "لبلدية محافظة القرى": a head inside takes its own construct
            construct = j > i + 1 and f[j - 1][:1] == "ل" and f[j - 1][1:] in NAME_HEADS and nxt.startswith("ال")
            # "النادي الأدبي بجدة": the place of a body
            place = j > i + 1 and g[:1] == "ب" and any(
                m.label == "LOC" and m.start == tokens[j].start + 1 and m.end == tokens[j].end for m in mentions)
            if (person_named and not inner and g.startswith("ال") and not g.endswith(("ي", "يه"))
                    and g not in _person_tokens() and f[j - 1] not in NAME_LINKS | {"عبد"}):
                break  # "طريق الملك عبدالعزيز الشريان الرئيسي": after the name a title gives, a noun that is no
                # adjective of the name ("مطار الملك خالد الدولي" keeps its adjective)
            person_named = titled and j > i + 1
            if not (inner or titled or complement or construct or place or g.startswith(("ال", "لل", "بال", "وال"))
                    or (j == i + 1 and not definite)):
                break
            if g.startswith("بال") and not inner and not _place_word(g[1:]):
                break  # "بالرياض" is the body's place; "النادي البرازيلي بالإبقاء" a verbal noun after it
            if g[:1] == "ب" and (place or g.startswith("بال") and not inner) and g[1:] not in REGION_WORDS and any(
                    m.start < tokens[j - 1].end and tokens[i + 1].start < m.end for m in mentions):
                break  # "ملعب لوفتس رود بلندن": a body named by a name inside is no "body of a town"
                # ("مديرية الدفاع المدني بالمنطقة الشرقية": a region names a body's branch)
            if complement and (g.endswith(("ها", "هم", "هما")) or g[1:] in NAME_STOP):
                break  # "حزب الله لدعمهم", "نادي التشي لإعادته": a verbal noun with a pronoun
            after_name = j > i + 1 and any(m.start <= tokens[j - 1].start < m.end <= tokens[j].start for m in mentions)
            person = any(m.start == tokens[j].start and m.label == "PER" for m in mentions) and not titled
            if g in _titles() and g not in NAME_TITLES:
                break  # "رئاسة الجمهورية السفير ...": a title opens a person's name
            if person:
                break  # "رئيس نادي نجران هذيل آل شرمه", "مكتب موغيريني": a person next to the name
            after_place = after_name and g in DEFINITE_HEAD_NEXT and any(
                m.label == "LOC" and m.start <= tokens[j - 1].start < m.end <= tokens[j].start for m in mentions)
            if after_name and not after_place and g.startswith("ال") and (not g.endswith(("يه", "ي")) or _nationality(g)):
                # "وكالة إنترفاكس الروسية", "شركة وابل المتخصصة", "صحيفة الشرق الأوسط الصادرة": the
                # words after the name inside describe it ("شركة وابل العربية" keeps its adjective; so
                # does "مستشفى الخرمة العام", a body's own adjective after the place that names it)
                break
            if g.startswith("لل") and ("ال" + g[2:] in NAME_TITLES or "ال" + g[2:] in _titles()):
                break  # "الكلية للأمير محمد": a person the name is given to, not part of it
            if g.startswith("و") and (g[1:] in NAME_HEADS or g[3:] in NAME_HEADS and g[1:3] == "ال"):
                break  # "الإدارة العامة للتخطيط والإدارة العامة للمشروعات": a second name
            if j == i + 1 and w in WEAK_HEADS and g in NAME_HEADS:
                break  # "مكتب وزارة المالية": the name is the second head's
            if j == i + 1 and not definite and not inner and not g.startswith("ال") and (
                    g.endswith(("ها", "هم", "هما")) or g.startswith(("لاي", "لات", "لان"))):
                break  # "آلية عمل محكمة تنفذها الجهات", "نادي لايعرف المستحيل": a verb, no name
            if not definite and g.startswith(("لل", "بال")) and (j == i + 1 or j == i + 2 and not f[i + 1].startswith("ال")
                                                                and not any(m.start <= tokens[i + 1].start < m.end
                                                                            for m in mentions)):
                break  # "شركة للاتصالات", "وكالة جديدة للتخطيط": a head described, no name
            j += 1
        if typ == "MISC" and j < len(tokens) and j - i > 1 and f[j].isdigit() and len(f[j]) == 4 \
                and f[j][:2] in ("19", "20") and not text[tokens[j - 1].end:tokens[j].start].strip():
            j += 1  # "كأس العالم 2026", "منتدى جدة للموارد البشرية 2015": the edition's year
        if w in WEAK_HEADS and j < i + 3 or w in DEFINITE_ONLY_HEADS:
            i += 1
            continue  # "إدارة النادي", "ديوان الوزارة": a common noun
        if w == "اداره" and _kb_names().get(tuple(f[i + 1:j])) == "ORG":
            i += 1
            continue  # "إدارة حرس الحدود": a department of a known body, named by it ("هيئة الهلال الأحمر" is
            # the body's own name)
        if j > i + 2 and f[i + 1] == "اداره" and not any(m.start < tokens[j - 1].end and tokens[i + 1].start < m.end
                                                        for m in mentions):
            i += 2
            continue  # "مجلس إدارة النادي", "مجلس إدارة الشركة": the board of a body named elsewhere
        completed = j > i + 2 and (any(f[k].startswith("ل") for k in range(i + 2, j)) or any(
            m.label == "LOC" and f[k][:1] == "ب" and m.start == tokens[k].start + 1 for m in mentions
            for k in range(i + 2, j)))  # "النادي الأدبي بجدة"
        if definite and (j < i + 3 or f[i + 1] not in DEFINITE_HEAD_NEXT and not f[i + 1].startswith("لل")
                         and not (f[i + 1].startswith("ال") and f[i + 1].endswith(("ي", "يه")) and completed)):
            # "المرصد السوري لحقوق الإنسان", "الاتحاد الإنجليزي لكرة القدم": a definite head, its
            # adjective and a complement
            i += 1
            continue
        if j == i + 1 or not any(f[k].startswith(("ال", "لل", "بال", "وال")) or
                                 any(m.start <= tokens[k].start < m.end for m in mentions) for k in range(i + 1, j)):
            i += 1
            continue  # "عملية عسكرية", "مركز إطلاق": a head and a common word are no name
        if w == "دوله" and j > i + 1 and f[i + 1] not in _state_of_names():
            i += 1
            continue  # "دولة اليمن": the country is اليمن; "دولة الكويت" is the state's name
        if not definite and w in FEATURE_HEADS and j > i + 1 and _rare_place_name(f[i + 1]) and not any(
                m.start <= tokens[i + 1].start < m.end for m in mentions):
            j = i + 2  # "شاطئ العقير", "كورنيش الخبر": a beach or a street named by a word the tagger left
        elif (typ == "LOC" or w in NAMED_HEADS) and (definite or not any(f[k] in NAME_TITLES or w not in TITLE_HEADS and any(
                m.start <= tokens[k].start < m.end for m in mentions) for k in range(i + 1, j))):
            i += 1
            continue  # a place's head needs a name or a title inside it
        start = tokens[i].start + (len(f[i]) - len(w))
        end = tokens[j - 1].end
        ends_inside = [m for m in mentions if m.start < end < m.end or m.start == start and m.end >= end]
        if ends_inside:
            i += 1
            continue  # the tagger's name runs past: keep it
        out.append(Span(start, end, typ, {"entity": None}, "entities"))
        i = j
    if not out:
        return found
    kept = [m for m in found if not any(m.start < o.end and o.start < m.end for o in out)]
    return sorted(kept + out, key=lambda s: (s.start, s.end))


#: Adjectives of a region or the world, no nationality of a club ("الاتحاد الأوروبي", "التعاون الخليجي").
REGIONAL = frozenset(fold(w) for w in "الأوروبي الآسيوي الأفريقي الإفريقي العربي الخليجي الدولي العالمي".split())


@lru_cache(maxsize=1)
def _club_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Folded (clubs, common-word clubs, strong cues, all cues)."""
    strong = frozenset(fold(w) for w in SPORT_CUES)
    return (frozenset(fold(w) for w in SPORTS_CLUBS | COMMON_WORD_CLUBS), frozenset(fold(w) for w in COMMON_WORD_CLUBS),
            strong, strong | frozenset(fold(w) for w in CLUB_CUES))


def clubs(text: str, tokens: list[Span], mentions: list[Span]) -> list[Span]:
    """Football clubs named by one word ("الهلال", "الاتحاد"): a club where a cue says so ("لاعبي
    الاتحاد", "فريق الوصل", "الهلال السعودي", "فريقي النصر والهلال"), and every other bare mention of a
    club so read in the article, unless the club's name is a place ("نجران", "العين")."""
    names, common_clubs, strong, cues = _club_words()
    f = _folded_words(text, tokens)
    joined = [k > 0 and not text[tokens[k - 1].end:tokens[k].start].strip() for k in range(len(tokens))]

    def bare(k: int) -> tuple[str, int]:
        w = f[k]
        if w not in names and w[:1] in "وبلف" and w[1:] in names:
            return w[1:], 1
        return w, 0

    def nationality_after(k: int) -> bool:
        """A masculine adjective of nationality right after word k, no complement after it
        ("الهلال السعودي"; not "الاتحاد السعودي لكرة القدم", "العين الإماراتية")."""
        n = k + 1
        return (n < len(f) and joined[n] and f[n].endswith("ي") and f[n] not in REGIONAL and _nationality(f[n])
                and not (n + 1 < len(f) and joined[n + 1] and f[n + 1][:1] == "ل"))

    def covering(k: int) -> list[Span]:
        return [m for m in mentions if m.start < tokens[k].end and tokens[k].start < m.end]

    read: dict[int, int] = {}  # token -> characters of its proclitic
    for k in range(len(f)):
        w, c = bare(k)
        if w not in names:
            continue
        before = (f[k - 1] if f[k - 1] in cues else _strip1(f[k - 1])[0]) if k > 0 and joined[k] else ""
        cue = before in strong or (w not in common_clubs and before in cues)
        if not cue and w not in common_clubs and nationality_after(k):
            cue = True
        if not cue and c and f[k][0] == "و" and k - 1 in read:
            cue = True  # "فريقي النصر والهلال"
        over = covering(k)
        if cue and all(m.start >= tokens[k].start + c and m.end <= tokens[k + 1].end if k + 1 < len(tokens) else True
                       for m in over):
            read[k] = c
    confirmed = {bare(k)[0] for k in read}
    places = gazetteer()[0]
    for k in range(len(f)):
        w, c = bare(k)
        if k in read or w not in confirmed or places.get(w) == "LOC" or covering(k):
            continue
        n = k + 1
        if n < len(f) and joined[n] and f[n].startswith("ال") and f[n] not in NAME_STOP and not nationality_after(k):
            continue  # "الهلال الأحمر", "الاتحاد الآسيوي": another name
        read[k] = c
    if not read:
        return mentions
    spans = [Span(tokens[k].start + c, tokens[k].end, "ORG", {"entity": None}, "entities") for k, c in read.items()]
    kept = [m for m in mentions if not any(m.start < s.end and s.start < m.end for s in spans)]
    return sorted(kept + spans, key=lambda s: (s.start, s.end))


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """Month names of every calendar the press writes, folded."""
    from marsad.lang.ar import dates as D

    return frozenset(fold(m) for table in (D.MONTHS_EGYPTIAN, D.MONTHS_LEVANTINE, D.MONTHS_MAGHREBI, D.MONTHS_LATIN,
                                            D.MONTHS_HIJRI) for m in table)


#: Longest letter group of a dotted abbreviation ("يو.سي.بي", "تي.في").
MAX_DOTTED = 3


def dotted_names(text: str, mentions: list[Span]) -> list[Span]:
    """Abbreviations written with dots are one name ("يو.سي.بي", "دايركت تي.في", "جي.إي كابيتال"): a
    mention that ends or starts with a short letter group is extended over the letter groups glued to
    it by dots, and two mentions so glued are one."""
    def group_after(i: int) -> int:
        """End of the letter group starting at i."""
        j = i
        while j < len(text) and text[j].isalpha():
            j += 1
        return j

    def group_before(i: int) -> int:
        j = i
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        return j

    def short(a: int, b: int) -> bool:
        return 0 < b - a <= MAX_DOTTED

    out = sorted(mentions, key=lambda s: (s.start, s.end))
    changed = True
    while changed:
        changed = False
        for n, m in enumerate(out):
            end, start = m.end, m.start
            if end + 1 < len(text) and text[end] == "." and text[end + 1].isalpha() and short(group_before(end), end):
                nxt = next((o for o in out if o.start == end + 1), None)
                stop = nxt.end if nxt else group_after(end + 1)
                if nxt or short(end + 1, stop):
                    end = stop
            if start > 1 and text[start - 1] == "." and text[start - 2].isalpha() and short(start, group_after(start)):
                prev = next((o for o in out if o.end == start - 1), None)
                first = prev.start if prev else group_before(start - 1)
                if prev or short(first, start - 1):
                    start = first
            if (start, end) != (m.start, m.end):
                out = [o for o in out if not (start <= o.start and o.end <= end)]
                out.append(Span(start, end, m.label, {"entity": None}, "entities"))
                out.sort(key=lambda s: (s.start, s.end))
                changed = True
                break
    return out


#: Quotes and brackets around a name, opening -> closing.
_QUOTES = {"«": "»", '"': '"', "“": "”", "(": ")", "”": "“"}
_QUOTE_CHAR = re.compile("[" + re.escape("".join(_QUOTES)) + "]")
#: Most words of a name in quotes: a longer quote is a saying.
MAX_QUOTED_WORDS = 6


#: Heads of a company's name that go on past its quoted part ('شركة "نور" لأنظمة الطاقة'), folded.
COMPANY_HEADS = frozenset("شركه موسسه مجموعه".split())


def _field_plural(w: str) -> bool:
    """A folded ل-word that is ل + a plural noun, a company's field ("لأنظمة", "لأبحاث", "لخدمات"), not
    a verbal noun of purpose ("لاستكمال", "لتنفيذ") nor an elative ("لأوسع")."""
    n = w[1:]
    return len(n) >= 5 and (n.endswith("ات") or len(n) == 5 and n[0] == "ا" and (n[4] == "ه" or n[3] == "ا"))


def _company_complement(text: str, at: int) -> int:
    """The end of a company's field right after its quoted name ("لأنظمة الأبنية والصناعة"), or ``at``
    when none follows: ل and a plural noun, then the definite words of its construct (one at least).
    "للاتصالات" (ل + a definite noun) describes the company and stays outside."""
    words = list(re.finditer(r"\S+", text[at:at + 200]))
    if not words or text[at:at + words[0].start()].strip(" \t") or not words[0].group().isalpha():
        return at
    first = fold(words[0].group())
    if first[:1] != "ل" or first.startswith("لل") or not _field_plural(first):
        return at
    stop = at + words[0].end()
    for prev, w in zip(words, words[1:]):
        word = w.group().rstrip("،,.:;؛")
        if text[at + prev.end():at + w.start()].strip(" \t") or not fold(word).isalpha() \
                or not fold(word).startswith(("ال", "وال")):
            break
        stop = at + w.start() + len(word)
        if word != w.group():
            break  # "والصناعة،": the name ends at the comma
    return stop if stop > at + words[0].end() else at


def quoted_names(text: str, mentions: list[Span]) -> list[Span]:
    """A name in quotes or brackets that its context types: the short name of the body named right
    before it ("صندوق تنمية الموارد البشرية «هدف»", "الاتحاد الدولي لكرة القدم (فيفا)"), or a name after
    a word that says what it names ("شركة «إيه إيه آر بي»" an organization, "برنامج "على خطى العرب""
    a programme). What the tagger found inside the quotes is replaced by the whole."""
    out: list[Span] = []
    at = -1
    while True:
        q = _QUOTE_CHAR.search(text, at + 1)  # the next quote or bracket (one C scan, not a loop per character)
        if q is None:
            break
        at = k = q.start()
        close = _QUOTES[text[k]]
        ch, end = text[k], text.find(close, k + 1, k + 80)
        if end < 0 or "\n" in text[k:end]:
            continue
        at = end  # a closing quote opens nothing
        inner = text[k + 1:end]
        start = k + 1 + len(inner) - len(inner.lstrip())
        stop = k + 1 + len(inner.rstrip())
        words = text[start:stop].split()
        if not words or len(words) > MAX_QUOTED_WORDS or not words[0][:1].isalpha() or not words[-1][-1:].isalnum():
            continue
        folded = [fold(w) for w in words]
        if (any(c in text[start:stop] for c in "،,:;؛") or any(w[:1].isdigit() for w in folded[:-1])
                or folded[-1][:1].isdigit() and not (len(folded[-1]) == 4 and folded[-1][:2] in ("19", "20"))
                or folded[0] in _titles() or fold(text[start:stop]) in _months()
                or any(w.endswith(("اً", "ًا")) for w in words)):
            continue  # a page, a date, a role, a month ("مارس (آذار)"), an adverb ("«فندقًا فاخرًا»")
        before = text[:k].rstrip()
        head_at = None
        # "قال لـ"الاقتصادية"", "أوضح لـ(اليوم)": the outlet a source spoke to
        outlet = bool(before) and fold(before.split()[-1]) == "ل" and tuple(folded) in _outlet_names()
        if ch == "(" and len(folded) == 1 and folded[0] in _common_words() and (folded[0],) not in _kb_names() \
                and not outlet:
            continue  # "(غرب)", "(الأولى)": a word that explains
        # the short name of the body just named; not after a body named with its town ("مستشفى العيون بجدة
        # «إحلال»" is a project) nor the letters of a credited agency (the agency is named already)
        typ = next((m.label for m in mentions if m.end == len(before) and " " in text[m.start:m.end] and len(words) <= 4
                    and (m.label == "ORG" or m.label == "MISC" and ch != "(")
                    and not text[m.start:m.end].split()[-1].startswith("ب")
                    and not fold(text[m.start:m.end]).startswith("وكاله")), None)
        if typ is None and outlet:
            typ = "ORG"
        if typ is None and before and before[-1].isalpha():
            last = fold(before.split()[-1])
            for w in (last, _strip1(last)[0]):  # "شركة", "لقناة"; "مدن القناة «...»" is no channel
                if w in QUOTED_HEADS:
                    typ = QUOTED_HEADS[w]
                    if w in COMPANY_HEADS:
                        head_at = len(before) - len(before.split()[-1]) + len(last) - len(w)
                    break
        if typ is None:
            continue
        if head_at is not None:
            tail = _company_complement(text, end + 1)
            if tail > end + 1:  # 'شركة "نور" لأنظمة الطاقة': the company's whole name, from its head
                start, stop = head_at, tail
        over = [m for m in mentions if m.start < stop and start < m.end]
        if any(m.start == start and m.end == stop for m in over) and tuple(folded) in _kb_names() and not outlet:
            continue  # برنامج "تويتر": a name known with its type (an outlet spoken to is the outlet:
            # "قال لـ"الرياض"" is the paper, not the city the knowledge base knows)
        if len(over) > 1 and any(w[:1] == "و" for w in words[1:]):
            continue  # «الإسماعيلية والسويس وبورسعيد»: a list of names
        if all(start <= m.start and m.end <= stop for m in over) and not any(m.start == start and m.end == stop
                                                                              and m.label == typ for m in over):
            out.append(Span(start, stop, typ, {"entity": None}, "entities"))
    if not out:
        return mentions
    kept = [m for m in mentions if not any(m.start < o.end and o.start < m.end for o in out)]
    return sorted(kept + out, key=lambda s: (s.start, s.end))


def not_a_name(text: str) -> bool:
    """الله, currencies ("دولارًا", "ألف ريال"): ANERcorp tags them, an analyst looks none of them up."""
    words = fold(text).split()
    # "لدولار" of "للدولار": ل + الدولار, the mention from the article's lam
    return bool(words) and all(w in NOT_NAMES or w[:1] == "ل" and ("ا" + w in NOT_NAMES or w[1:] in NOT_NAMES)
                               for w in words)


def propagate_names(sentences: list[list[str]], tags: list[list[str]], window: int = 20) -> list[list[str]]:
    """One name, one reading across neighbouring sentences, for token files without documents.

    What refine() does for an article, done over the `window` sentences before and after
    each sentence: a multi-word name tagged there is tagged again where the tagger left
    the same words untagged, and so are the first and last token of a person's full name
    ("دونالد رامسفيلد" ... "وصف رامسفيلد"); a lone token tagged as something else that is
    the family name of a person nearby becomes that person.
    """
    common, rank = _common_words(), _word_rank()
    folded = [[fold(t) for t in s] for s in sentences]
    found: list[dict[tuple[str, ...], str]] = []
    for f, tg in zip(folded, tags):
        names: dict[tuple[str, ...], str] = {}
        for a, b, typ in iob_spans(tg):
            first, cut = _strip1(f[a])
            key = (first, *f[a + 1:b])
            if b - a > 1:
                # "القيادي بحماس إسماعيل رضوان": ب + حماس, a word more frequent in news than
                # the whole, is no given name ("بشار" is one: شار is rarer)
                prep = cut and f[a][0] != "و" and rank.get(first, len(rank)) < rank.get(f[a], len(rank))
                _add_forms(names, key, typ, common, given=not prep)
        found.append(names)
    out = [list(t) for t in tags]
    for s, (f, tg) in enumerate(zip(folded, out)):
        near: dict[tuple[str, ...], str] = {}
        for k in range(max(0, s - window), min(len(found), s + window + 1)):
            for key, typ in found[k].items():
                near.setdefault(key, typ)
        if not near:
            continue
        for a, b, typ in iob_spans(tg):
            if b - a == 1 and typ != "PER" and near.get((_strip1(f[a])[0],)) == "PER":
                tg[a] = "B-PER"
        i = 0
        while i < len(f):
            hit = 0
            if tg[i] == "O" and f[i][:1].isalpha():
                for size in range(min(5, len(f) - i), 0, -1):
                    key = (_strip1(f[i])[0], *f[i + 1:i + size])
                    if all(t == "O" for t in tg[i:i + size]) and key in near:
                        typ = near[key]
                        tg[i:i + size] = ["B-" + typ] + ["I-" + typ] * (size - 1)
                        hit = size
                        break
            i += hit or 1
    return out
