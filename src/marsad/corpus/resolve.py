"""Entities across articles: one entity per real-world person, place and organization.

Within an article, a short form is linked to the full name it abbreviates
(كيم -> كيم جونغ أون, بوتين -> فلاديمير بوتين) and a role written next to a
name ("الزعيم الكوري الشمالي كيم جونغ أون") is remembered for that person.
Across articles, names merge only with corroboration: the same knowledge-base
entry (marsad.extract.names.kb: CLDR, GeoNames, the curated list), or spellings
that differ by vowel letters only (places, organizations), or person names that
marsad.extract.names says are one name spelled two ways; a set that holds one
knowledge-base entry never joins a set that holds another. Candidates are found
by blocking on token keys, so no pair of all mentions is ever compared. Persons
never merge with other types. One-word mentions mostly written with tanwin
(بريًا) and currencies are dropped as common words.
Quote speakers are linked to the entity their words name.
"""
from __future__ import annotations

import collections
import dataclasses
import hashlib
import logging

from marsad.corpus.unionfind import UnionFind
from marsad.document import Document
from marsad.extract import names as N
from marsad.lang.ar import known_entities, speech
from marsad.text.normalize import QUOTE_MARKS, fold, strip_diacritics

log = logging.getLogger(__name__)

#: Title words that start a role description before a name ("الرئيس الروسي").
from marsad.extract.ner_features import PER_BEFORE  # noqa: E402  (folded trigger words)


def _local_key(name: str, typ: str) -> str:
    """Within one article, a person by the key of the name's tokens; any other name by its sound
    form, so that two places sharing a transliteration key (سوريا، سويسرا) stay two."""
    return N.key(name, typ) if _group(typ) == "PER" else N.sound_form(name)


class _UnionFind(UnionFind):
    """Union-find whose sets remember the knowledge-base entries they hold: two sets that hold
    different entries are never joined (Syria and Switzerland stay apart even when a third spelling
    is close to both)."""

    def __init__(self):
        super().__init__()
        self.kb: dict[int, frozenset] = {}

    def tag(self, x: int, entry: str | None) -> None:
        if entry:
            self.kb[self.find(x)] = self.kb.get(self.find(x), frozenset()) | {entry}

    def can_join(self, a: int, b: int) -> bool:
        ka, kb = self.kb.get(self.find(a)), self.kb.get(self.find(b))
        return not ka or not kb or bool(ka & kb)

    def joined(self, lo: int, hi: int) -> None:
        if hi in self.kb:
            self.kb[lo] = self.kb.get(lo, frozenset()) | self.kb.pop(hi)


def _known(word: str) -> bool:
    """A (folded) word the knowledge base knows as a prominent name by itself (ليبيا، لبنان)."""
    return word in N.kb_prominent()


def _kb_entry(name: str, typ: str) -> str | None:
    """The knowledge-base entry (English name) a mention is linked to for merging; a name of three
    letters or fewer only when the curated list has it (مصر، قطر): GeoNames lists ريم among the
    alternate names of Rome."""
    en = N.kb_english(name, typ)
    if en and len(fold(name).replace(" ", "")) <= 3 and fold(name) not in N.curated_names():
        return None
    return en


def _kb_name(name: str, typ: str) -> str | None:
    """The knowledge base's English name for an entity's spelling; a name of three letters or fewer
    only when it is prominent (عدن، حلب: large cities; not a small town's)."""
    en = N.kb_english(name, typ)
    if en and len(fold(name).replace(" ", "")) <= 3 and fold(name) not in N.kb_prominent():
        return None
    return en


def _clean_mention(text: str, first_tokens) -> str:
    """Drop a proclitic the tagger left on a mention when the rest is a known name start, unless the
    whole word is the better name: known to the knowledge base (لبنان، ليبيا; the whole name too:
    بيونغ يانغ, not ب + يونغ يانغ) or more often a name
    start in these articles than the rest (فاتن، باراك)."""
    f = fold(text)
    first = f.split(" ")[0]
    for c in N.CLITICS:
        if f.startswith(c) and len(f) >= 4 and first[1:] in first_tokens:
            # و joins names in every list ("سلوان وقمران") and starts many small places' names
            # (وجدة): it is always a proclitic here; the other letters are weighed
            rest = first_tokens.count(first[1:])
            if c != "و" and (_known(first) or _known(f) or (rest and first_tokens.count(first) > rest)):
                return text
            return text[1:]
    return text


def _at_article_lam(d: Document, start: int) -> bool:
    """A mention starting here starts at the second lam of a word "لل..." (و/ف before it allowed)."""
    if start < 1 or d.text[start - 1] != "ل" or d.text[start:start + 1] != "ل":
        return False
    k = start - 1
    while k > 0 and d.text[k - 1] in "وف":
        k -= 1
    return not (k > 0 and d.text[k - 1].isalpha())  # else "ل" ends a longer word: not the preposition


def _article_restored(d: Document, s, text: str) -> str:
    """The name of a mention that starts at the lam of an article whose alef ل dropped ("للعراق" ->
    the mention "لعراق", ANNOTATION.md's span, "للحوثيين" -> "لحوثيين"): with its article ("العراق"),
    unless the mention as written is a name of its own ("لليبيا" -> "ليبيا" stays)."""
    if not _at_article_lam(d, s.start) or text[:1] != "ل":
        return text
    from marsad.extract.entities import _lam_name

    typ = s.label or "MISC"
    first = fold(text).split(" ")[0]
    if N.kb_english(text, typ) is not None or _lam_name(first, "ا" + first):
        return text  # a name of its own that starts with ل, more frequent than the definite word
    return "ا" + text


def _restored_start(d: Document, s, first_tokens) -> int:
    """Give a mention back a first letter the tagger took for a proclitic ("ليبيا" read as ل + "يبيا",
    "فاتن حمامة" as ف + "اتن حمامة"): when the letter before it is a proclitic letter that starts the
    word, and the word with it is a known name or a more frequent name start than the word without.
    Returns the mention's start, moved back one letter or not."""
    if s.start < 1:
        return s.start
    c = d.text[s.start - 1]
    if c not in N.CLITICS or c == "و":  # see _clean_mention
        return s.start
    before = d.text[s.start - 2] if s.start >= 2 else " "
    if before.isalpha() and before not in N.CLITICS:
        return s.start
    first = fold(d.text[s.start:s.end]).split(" ")[0]
    whole = c + first
    if _known(whole) or first_tokens.count(whole) > first_tokens.count(first):
        return s.start - 1
    return s.start


#: Marks that open a quotation or a quoted name.
OPENING_QUOTES = frozenset("«\"“'")

#: Words that are not a name alone (currencies, letters, head nouns), folded.
_NOT_NAMES = frozenset(fold(w) for w in known_entities.NOT_NAMES)
#: Tanwin (fathatan, dammatan, kasratan): an indefinite case ending, which names rarely take.
TANWIN = "\u064b\u064c\u064d"


def _drop_common_words(docs: list[Document]) -> None:
    """A one-word mention written with tanwin in at least half of its mentions in these articles is
    an adverb or a common noun (بريًا "by land", دولارًا, سودانيًا), not a name: its mentions are
    dropped, unless the knowledge base knows the word as a prominent name. Currencies, Latin letters
    spelled out (بي، سي) and an organization's head noun alone (منظمة) are never names."""
    written: collections.Counter = collections.Counter()
    tanwin: collections.Counter = collections.Counter()
    for d in docs:
        for s in d.layers.get("entities", []):
            t = d.text[s.start:s.end].strip()
            if " " in t:
                continue
            f = fold(t)
            written[f] += 1
            tanwin[f] += any(ch in TANWIN for ch in t[-3:])
    common = {f for f, n in tanwin.items() if n and 2 * n >= written[f] and not _known(f)}
    common |= {f for f in written if f in _NOT_NAMES or (f.startswith("ال") and f[2:] in _NOT_NAMES)
               or (f.startswith("ل") and f[1:] in _NOT_NAMES)}  # "لحزب" of "للحزب"

    def name(t: str) -> bool:
        t = t.strip()
        return " " in t or (fold(t) not in common and strip_diacritics(t) not in known_entities.LETTER_NAMES)

    from marsad.extract.entities import _months

    months = _months()

    def month(d: Document, s) -> bool:
        """A month's name inside a date ("12 أبريل (نيسان) الماضي"، "في تموز المقبل"): not the car
        maker, nor a person."""
        return fold(d.text[s.start:s.end].strip()) in months and any(
            x.start <= s.start and s.end <= x.end for x in d.layers.get("dates", ()))

    for d in docs:
        ents = d.layers.get("entities")
        if ents:
            d.layers["entities"] = [s for s in ents if name(d.text[s.start:s.end]) and not month(d, s)]


#: Largest number of distinct spellings compared pairwise in a given-name block.
MAX_BLOCK = 60
#: Most distinct spellings compared pairwise in one key block.
MAX_SPELLINGS = 300
#: A speaker's bare spelling links to the entity holding it when that entity is in this many times
#: the articles of the next one holding it.
SPEAKER_DOMINANCE = 3
#: A definite role or office as a speaker ("الوزير"، "الشركة") stands for the last person or
#: organization named with it: role words (singular, not groups) and organization head nouns, folded;
#: the most characters back it looks, and how many words before a person's name hold its role.
ROLE_HEADS = frozenset(fold(w) for w in speech.SPEAKER_HEADS
                       if not w.endswith(("ون", "ين", "اء", "و", "ي")) or w in ("قاضي", "محامي"))
ROLE_HEADS = ROLE_HEADS - frozenset(fold(w) for w in ("سكان", "شهود", "مواطنة", "مواطن"))
ORG_HEAD_WORDS = frozenset(fold(w) for w in speech.ORGANIZATION_HEADS) | frozenset(fold(w) for w in """
إمارة أمانة بلدية تحالف جماعة جيش حركة حزب حكومة رئاسة سفارة شرطة صحيفة قناة قوات قيادة محكمة مرصد موقع
نيابة وكالة""".split())
ROLE_HEADS = ROLE_HEADS - ORG_HEAD_WORDS
ANTECEDENT_REACH = 3000
ROLE_WINDOW = 60
ROLE_WORDS = 5


#: A short form of a speaker ("المتحدث الأمني") is looked for in this many characters before a person's
#: name, ending at most this many words before it ("المتحدث الأمني لوزارة الداخلية اللواء | منصور التركي").
PHRASE_WINDOW = 120
PHRASE_GAP = 3
#: Heads of unnamed sources and groups: never a short form of a named speaker.
UNNAMED_HEADS = frozenset(fold(w) for w in """
مصدر مصادر مسؤول مسؤولون مسؤولين شاهد شهود سكان مواطن مواطنون ناشط ناشطون محلل محللون مراقب مراقبون
خبير خبراء بعض كثير آخر آخرون أحد تقرير تقارير""".split())
#: Words after an unnamed source's head that keep it unnamed ("مسؤول مطلع في مكتب الرئيس ...",
#: "مصدر مقرب من الوزير ..."): whoever is named after them is not the one who speaks.
ANONYMOUS = frozenset(fold(w) for w in """
مطلع مطلعة مطلعون مطلعين مقرب مقربة مقربون مقربين رفيع رفيعة رفيعو رفيعي بارز بارزة كبير كبيرة موثوق موثوقة
موثوقون""".split())


#: Titles of several words that stand for one person, written before the name ("خادم الحرمين الشريفين
#: الملك سلمان"), as cores (folded, without ال).
TITLE_PHRASES = frozenset(" ".join(_w.removeprefix("ال") for _w in fold(t).split()) for t in ("خادم الحرمين الشريفين",))
#: Titles written before a bare given name ("د. علي"، "الشيخ محمد"), folded and without ال.
NAME_TITLES = frozenset(fold(w) for w in "د دكتور شيخ أستاذ مهندس سيد سيدة".split())


def _core(word: str) -> str:
    """A folded word without punctuation and without its article (و+ال، ال، لل): "الوزير" = "وزير"."""
    w = fold(word).strip("«»\"'()[]،,.:؛;!؟?-–")
    for p in ("وال", "بال", "لل", "ال"):
        if w.startswith(p) and len(w) > len(p) + 1:
            return w[len(p):]
    return w


def _cores(text: str) -> tuple[str, ...]:
    return tuple(c for c in map(_core, text.replace("،", " ").split()) if c)


def _short_form(short: tuple[str, ...]) -> bool:
    """A speaker that may stand for one named earlier: a role or office of one to five words, maybe
    with a place ("سفير لبنان"، "أمير منطقة مكة المكرمة"), not a group or an unnamed source."""
    return 0 < len(short) <= 5 and short[0] not in UNNAMED_HEADS and (short[0] in ROLE_HEADS or short[0] in ORG_HEAD_WORDS)


_MARKS = str.maketrans({c: " " for c in "«»\"“”‘’'"})


def _most_named(d: Document, found: list, ents: list, before: int) -> str | None:
    """Of the organizations a short form may stand for (latest first), the one the article names most
    before ``before``, its title counting as one more mention ("الشركة" in an article about
    «بي إم دبليو» that also names «مرسيدس بنز»)."""
    if not found:
        return None
    title = fold(d.title or "")
    count = collections.Counter(s.attrs.get("entity") for s in ents if s.end <= before)
    count.update({s.attrs.get("entity") for s in ents if s.attrs.get("entity") in found and fold(d.text[s.start:s.end]) in title})
    return max(found, key=lambda e: count[e])  # the first (latest) of the most named


def _ends(words: list[str]) -> tuple[str, ...]:
    return (words[0], words[-1]) if words else ()


def _holds(full: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """``short``'s words appear in ``full`` in a row."""
    n = len(short)
    return any(full[i:i + n] == short for i in range(len(full) - n + 1))


def _unnamed_source(text: str) -> bool:
    """An unnamed source by its first words: "مسؤول مطلع في مكتب الرئيس"، "مصادر مقربة من الوزارة"."""
    words = [w.removeprefix("ال") for w in fold(text).lstrip("و").split()[:2]]
    if len(words) < 2 or words[0] not in UNNAMED_HEADS:
        return False
    # 'مصادر "الرياض"': an outlet's own sources, named by the outlet in marks
    return words[1] in ANONYMOUS or text.split()[1][:1] in QUOTE_MARKS


def _group(typ: str) -> str:
    return "PER" if typ == "PER" else "X"


def first_word(name: str) -> str:
    """The folded first word of a name: the key of the name starts a proclitic is checked against."""
    return fold(name).split(" ")[0]


class _Starts:
    """Name starts seen in these articles (with their counts), or known to ``more`` (e.g. the
    store's stored names)."""

    def __init__(self, here: collections.Counter, more):
        self.here, self.more = here, more

    def __contains__(self, word: str) -> bool:
        return word in self.here or self.more_has(word)

    def more_has(self, word: str) -> bool:
        return self.more is not None and word in self.more

    def count(self, word: str) -> int:
        return self.here.get(word, 0)


class ResolveEntities:
    name = "entities"

    def __init__(self, more_starts=None):
        #: Name starts known beyond the articles being resolved (a container of folded words).
        self.more_starts = more_starts

    def run(self, docs: list[Document], corpus) -> None:
        # 1. article-level clusters ("local entities"): (doc index, representative name, type, spans)
        locals_: list[dict] = []
        _drop_common_words(docs)
        first_tokens = collections.Counter()
        for d in docs:
            for s in d.layers.get("entities", []):
                first_tokens[first_word(d.text[s.start:s.end])] += 1
        known_starts = _Starts(first_tokens, self.more_starts)
        for di, d in enumerate(docs):
            locals_ += self._local(di, d, known_starts)

        # 2. merge local entities across articles (blocking by token key)
        uf = _UnionFind()
        blocks: dict[tuple[str, str], list[int]] = collections.defaultdict(list)
        english = [_kb_entry(le["name"], le["type"]) for le in locals_]
        for i, le in enumerate(locals_):
            uf.find(i)
            uf.tag(i, english[i] and le["group"] + english[i])
        for i, le in enumerate(locals_):
            if le["short"]:
                continue
            if le["group"] == "PER":
                # block on the family name (and length): a given name such as محمد is shared by
                # thousands of people and would make one block of all of them
                blocks[("PER", f"{len(le['pkey'])}:{le['pkey'][-1]}")].append(i)
                blocks[("PER0", f"{len(le['pkey'])}:{le['pkey'][0]}")].append(i)
            else:
                blocks[("X", le["key"])].append(i)
            en = english[i]
            if en:  # the knowledge base knows this name: all its spellings are one entity
                blocks[("KB", le["group"] + en)].append(i)
        # the knowledge base's entries first, then spellings by their letters
        for (g, _), members in sorted(blocks.items(), key=lambda kv: kv[0][0] != "KB"):
            if g == "KB":
                for b in members[1:]:
                    uf.union(members[0], b)
                continue
            if g == "X":
                self._merge_spellings(locals_, members, uf)
                continue
            # one representative per distinct spelling key, then compare the distinct keys
            distinct: dict[tuple[str, ...], int] = {}
            for m in members:
                k = locals_[m]["pkey"]
                if k in distinct:
                    uf.union(distinct[k], m)
                else:
                    distinct[k] = m
            if g == "PER0" and len(distinct) > MAX_BLOCK:
                continue  # a common given name: the family-name block does the work
            keys = list(distinct.items())
            for a_i, (ka, a) in enumerate(keys):
                for kb_, b in keys[a_i + 1:]:
                    if N.same_person(ka, kb_):
                        uf.union(a, b)
        # short person names with no full name in their article: the one full name that has them
        # (by its key, and only when the spellings differ by vowel letters at most: a key alone would
        # make the party سيريزا the footballer ويس سواريز)
        full_by_token: dict[str, set[tuple[int, str]]] = collections.defaultdict(set)
        for i, le in enumerate(locals_):
            if le["group"] == "PER" and not le["short"]:
                for part in N.name_parts(le["name"]):
                    if N.token_key(part) in le["own"]:
                        full_by_token[N.token_key(part)].add((uf.find(i), N.person_sound_form(part)))
        # (or, for a spelling the curated list knows as one person only, the full name of its entry:
        # أوباما is Barack Obama even where Michelle Obama is named too)
        by_entry: dict[str, int] = {}
        for i, le in enumerate(locals_):
            if english[i] and not le["short"]:
                by_entry.setdefault(le["group"] + english[i], i)
        for i, le in enumerate(locals_):
            if le["short"] and le["group"] == "PER":
                form = N.person_sound_form(le["name"])
                roots = {uf.find(r) for r, f in full_by_token.get(le["pkey"][0], ()) if N.vowel_variant(f, form)}
                if len(roots) == 1:
                    uf.union(i, roots.pop())
                elif english[i] and fold(le["name"]) in N.curated_persons() and "PER" + english[i] in by_entry:
                    uf.union(i, by_entry["PER" + english[i]])
            elif le["short"]:
                pass
        # short forms spelled alike across articles are one entity too (by their sound form, not
        # their key: زكي and زيكو, يوري and يارا share a key)
        short_key: dict[tuple[str, str], int] = {}
        for i, le in enumerate(locals_):
            if le["short"] and uf.find(i) == i:
                k = (le["group"], N.person_sound_form(le["name"]) if le["group"] == "PER" else N.sound_form(le["name"]))
                if k in short_key:
                    uf.union(i, short_key[k])
                else:
                    short_key[k] = i

        # 3. corpus entities
        clusters: dict[int, list[int]] = collections.defaultdict(list)
        for i in range(len(locals_)):
            clusters[uf.find(i)].append(i)
        entities = []
        for members in clusters.values():
            names = collections.Counter()
            types = collections.Counter()
            arts = set()
            for i in members:
                le = locals_[i]
                names.update(le["names"])
                types[le["type"]] += len(le["spans"])
                arts.add(le["doc"])
            bare = collections.Counter()  # the name shown: without tanwin, case vowels or tatweel
            for n, c in names.items():
                bare[strip_diacritics(n)] += c
            full = [n for n in bare if len(N.tokens(n)) > 1] or list(bare)
            canonical = sorted(full, key=lambda n: (-bare[n], -len(n), n))[0]
            typ = sorted(types, key=lambda t: (-types[t], t))[0]
            # English: the knowledge base's for the canonical spelling, else for the most used spelling
            # it knows, else a transliteration marked as one
            # (a person's full name not known by its one-word variants: جيمس كاميرون is not David Cameron)
            whole = typ != "PER" or len(N.name_parts(canonical)) == 1
            known = next((k for k in [canonical, *sorted(bare, key=lambda n: (-bare[n], n))]
                          if (whole or len(N.name_parts(k)) > 1) and _kb_name(k, typ)), None)
            en, source = (_kb_name(known, typ), "kb") if known else (N.transliterate(canonical), "transliterated")
            eid = "e_" + hashlib.sha1(f"{typ}\x1f{N.key(canonical, typ)}".encode("utf-8")).hexdigest()[:10]
            entities.append({"id": eid, "type": typ, "name": canonical, "name_en": en, "name_en_source": source,
                             "variants": sorted(bare), "articles": len(arts), "_members": members})
        # ids must be unique even if two clusters share a canonical key
        seen: collections.Counter = collections.Counter()
        for e in sorted(entities, key=lambda e: (e["type"], e["name"], min(e["_members"]))):
            seen[e["id"]] += 1
            if seen[e["id"]] > 1:
                e["id"] = f"{e['id']}_{seen[e['id']]}"
        roles: dict[tuple[int, str], str] = {}
        for e in entities:
            for i in e.pop("_members"):
                le = locals_[i]
                d = docs[le["doc"]]
                for s in le["spans"]:
                    s.attrs["entity"] = e["id"]
                for r in le["roles"]:
                    roles[(le["doc"], r)] = e["id"]
        entities.sort(key=lambda e: (-e["articles"], e["type"], e["name"], e["id"]))
        corpus.entities = entities
        self._link_speakers(docs, {e["id"]: e for e in entities}, roles)

    # ---- within one article ------------------------------------------------------------------
    def _local(self, di: int, d: Document, known_starts) -> list[dict]:
        spans = sorted(d.layers.get("entities", []), key=lambda s: s.start)
        out: list[dict] = []
        persons: list[dict] = []   # full person names of this article, in order of appearance
        by_key: dict[tuple[str, str], dict] = {}
        layer = d.layers.get("entities", [])
        at = {id(s): k for k, s in enumerate(layer)}
        for s in spans:
            pos = at[id(s)]
            start = _restored_start(d, s, known_starts)
            # "لديوان الملكي" of "للديوان الملكي" is ل + الديوان: its lam is the article's, no proclitic
            # a preposition stays outside quotation marks (بـ«X»): «باندورا راديو» keeps its ب
            text = (d.text[s.start:s.end] if _at_article_lam(d, s.start) or d.text[start - 1:start] in OPENING_QUOTES
                    else _clean_mention(d.text[start:s.end], known_starts))
            start = s.end - len(text)  # a proclitic cut off the front
            if start != s.start:  # spans are frozen: the layer gets the moved mention
                s = layer[pos] = dataclasses.replace(s, start=start)
            text = _article_restored(d, s, text)
            typ = s.label or "MISC"
            if typ != "PER" and fold(text) in N.curated_persons():
                # "أوباما" tagged a place: the curated list knows the spelling as a person only
                typ = "PER"
                s = layer[pos] = dataclasses.replace(s, label="PER")
            group = _group(typ)
            pkey = N.person_key(text)
            if not pkey:
                continue
            role = self._role_before(d, s.start)
            if group == "PER" and len(pkey) == 1:
                # a short form: the latest full name of this article before it that has this
                # token, else the first one after it
                target = next((p for p in reversed(persons) if pkey[0] in p["own"] and N.short_form_of(text, p["name"])), None)
                if target is None:
                    later = next((N.person_key(d.text[x.start:x.end]) for x in spans
                                  if x.start > s.start and x.label == "PER" and pkey[0] in N.own_parts(d.text[x.start:x.end])
                                  and len(N.person_key(d.text[x.start:x.end])) > 1
                                  and N.short_form_of(text, d.text[x.start:x.end])), None)
                    if later is not None:
                        target = self._new_local(di, d.text[s.start:s.end], "PER", later, by_key, out, persons,
                                                 full_text=next(d.text[x.start:x.end] for x in spans if x.start > s.start
                                                                and N.person_key(d.text[x.start:x.end]) == later))
                if target is not None:
                    target["spans"].append(s)
                    target["names"][text] += 1
                    if role:
                        target["roles"].add(role)
                    continue
            k = (group, _local_key(text, typ))
            le = by_key.get(k)
            if le is None and group == "PER":
                le = next((p for p in persons if N.same_person(p["pkey"], pkey)), None)
            if le is None:
                le = self._new_local(di, text, typ, pkey, by_key, out, persons)
            le["spans"].append(s)
            le["names"][text] += 1
            if role:
                le["roles"].add(role)
        return out

    @staticmethod
    def _new_local(di, text, typ, pkey, by_key, out, persons, full_text=None) -> dict:
        """A new article-level entity (for a full name seen later, keyed on that name)."""
        group = _group(typ)
        name = full_text or text
        k = (group, _local_key(name, typ))
        if k in by_key:
            return by_key[k]
        le = {"doc": di, "type": typ, "group": group, "key": N.key(name, typ), "pkey": pkey, "spans": [], "name": name,
              "own": N.own_parts(name) if group == "PER" else set(),
              "names": collections.Counter(), "roles": set(), "short": len(pkey) == 1 and group == "PER"}
        by_key[k] = le
        out.append(le)
        if group == "PER" and len(pkey) > 1:
            persons.append(le)
        return le

    @staticmethod
    def _role_before(d: Document, start: int) -> str | None:
        """A role written right before a name: "الرئيس الروسي" in "الرئيس الروسي فلاديمير بوتين"."""
        words = d.text[max(0, start - 60):start].replace("،", " ").split()
        words = words[-4:]
        for k in range(len(words)):
            f = fold(words[k])
            if f.lstrip("و") in PER_BEFORE or f in PER_BEFORE:
                role = fold(" ".join(words[k:])).lstrip("و")
                if any(w in N.curated_persons() for w in role.split(" ")[1:]):
                    return None  # "زيارة الرئيس أوباما كينيا": a person's name, not the role of the next one
                return role
        return None

    # ---- places, organizations, other names -------------------------------------------------
    @staticmethod
    def _merge_spellings(locals_: list[dict], members: list[int], uf: "_UnionFind") -> None:
        """Names that share a transliteration key are one entity only when, once the letters that
        write one sound are unified (بيونغ يانغ = بيونج يانج), their spellings differ by vowel
        letters written or left out and nothing else (فلاديفوستوك = فلاديفستوك; سوريا ≠ سويسرا,
        السودان ≠ السيدان), both or neither with the article (an Arabic word, where vowel letters make
        another word: الموصل ≠ موصول), and the knowledge base does not know them as two things."""
        forms: dict[str, int] = {}
        for m in members:
            f = N.sound_form(locals_[m]["name"])
            if f in forms:
                uf.union(forms[f], m)
            else:
                forms[f] = m
        distinct = [(N.sound_form(locals_[m]["name"], " "), m) for m in list(forms.values())[:MAX_SPELLINGS]]
        definite = {m: N.definite(locals_[m]["name"]) for _, m in distinct}
        for i, (fa, a) in enumerate(distinct):
            for fb, b in distinct[i + 1:]:
                if definite[a] == definite[b] and N.vowel_variant(fa, fb):
                    uf.union(a, b)  # refused when the two sets hold different knowledge-base entries

    # ---- quote speakers ----------------------------------------------------------------------
    @staticmethod
    def _antecedent(d: Document, ents: list, before: int, head: str) -> str | None:
        """The entity a definite role or office stands for ("الوزير"، "المتحدث الأمني"، "الشركة"):
        the last person named right after that role word ("وزير الخارجية عادل الجبير"), or the last
        organization named with that head noun before it ("شركة | أرامكو") , within the article
        before the speaker; none for a group or an unnamed source."""
        if head in ROLE_HEADS:
            label = "PER"
        elif head in ORG_HEAD_WORDS:
            label = "ORG"
        else:
            return None
        found = []
        for s in reversed(ents):
            if s.end > before or s.label != label or not s.attrs.get("entity"):
                continue
            if before - s.end > ANTECEDENT_REACH:
                break
            lead = fold(d.text[max(0, s.start - ROLE_WINDOW):s.start]).translate(_MARKS).split()
            lead = lead[-ROLE_WORDS:] if label == "PER" else lead[-1:] + fold(d.text[s.start:s.end]).split()[:1]
            if any(head in (w, w[1:], w[2:], w[3:]) and (w == head or w[:-len(head)] in ("و", "ال", "لل", "وال"))
                   for w in lead):  # "وزير"، "الوزير"، "ووزير"، "للوزارة"، "شركة «أرامكو»"
                if label == "PER":
                    return s.attrs["entity"]
                found.append(s.attrs["entity"])
        return _most_named(d, found, ents, before)

    @staticmethod
    def _phrase_antecedent(d: Document, ents: list, before: int, short: tuple[str, ...], after: bool = True) -> str | None:
        """The last person, within reach before ``before``, named right after the words of ``short``
        in the same sentence ("المرشد الأعلى علي خامنئي"، "المتحدث الأمني لوزارة الداخلية اللواء
        منصور التركي")."""
        for s in reversed(ents):
            if s.end > before or s.label != "PER" or not s.attrs.get("entity"):
                continue
            if before - s.end > ANTECEDENT_REACH:
                return None
            lead = d.text[max(0, s.start - PHRASE_WINDOW):s.start]
            lead = _cores(lead[max(lead.rfind("."), lead.rfind("\n")) + 1:])[-(len(short) + PHRASE_GAP):]
            after_text = d.text[s.end:s.end + PHRASE_WINDOW]
            # or right after the name, in apposition: "اللواء منصور التركي، المتحدث الأمني في ..."
            tail = _cores(after_text.split(".")[0].split("\n")[0])[:len(short) + 1] if after_text[:2].strip() in ("،", ",") else ()
            if _holds(lead, short) or after and _holds(tail, short):
                return s.attrs["entity"]
        return None

    def _link_speakers(self, docs: list[Document], by_id: dict[str, dict], roles: dict[tuple[int, str], str]) -> None:
        corpus_roles: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        # a role is a person's ("زيارة الرئيس أوباما كينيا" gives the place no role)
        roles = {k: eid for k, eid in roles.items() if by_id.get(eid, {}).get("type") == "PER"}
        for (di, r), eid in roles.items():
            corpus_roles[r][eid] += 1
        # a speaker the tagger did not mark in its article ("وأضاف كيري:") is the person or body the
        # corpus knows by that very spelling, when one entity holds most of its uses; one word of a
        # person only as the family name of a full name ("كيري" of "جون كيري"; "يوسف" of "يوسف شاهين",
        # or a "يوسف" known by nothing more, may be anyone)
        named: dict[str, list[tuple[int, str]]] = collections.defaultdict(list)
        for e in by_id.values():
            full = fold(e["name"]).split(" ")
            for v in map(fold, e["variants"]):
                if (e["type"] == "PER" and len(full) > 1 and (" " in v or v == full[-1])) or \
                        (e["type"] == "ORG" and " " in v):
                    named[v].append((e["articles"], e["id"]))
        for di, d in enumerate(docs):
            ents = sorted(d.layers.get("entities", []), key=lambda s: s.start)
            linked: list[tuple[tuple[str, ...], str]] = []  # the article's linked speakers so far
            for q in sorted(d.layers.get("quotes", []), key=lambda q: ((q.attrs.get("speaker") or {}).get("start") or 0)):
                sp = q.attrs.get("speaker") or {}
                if sp.get("start") is None or _unnamed_source(sp["text"] or ""):
                    continue
                # a linked mention inside the speaker's words: a person ("وزير خارجية مصر سامح
                # شكري"), else an organization, else a place only when it is all the words ("مصر"):
                # "محافظة مرسى الريم" is the governor, not the port
                inside = [s for s in ents if s.start < sp["end"] and sp["start"] < s.end and s.attrs.get("entity")]
                first = next((s for s in inside if s.label == "PER"), None) \
                    or next((s for s in inside if s.label == "ORG"), None) \
                    or next((s for s in inside if s.start <= sp["start"] and sp["end"] <= s.end), None)
                eid = first.attrs["entity"] if first else None
                words = fold(sp["text"] or "").lstrip("و")
                if eid is None and words:
                    eid = roles.get((di, words))
                    if eid is None and corpus_roles.get(words):
                        (best, n), *rest = corpus_roles[words].most_common()
                        eid = best if not rest or rest[0][1] < n else None
                bare = fold(sp["text"] or "")
                spelled = bare if bare in named else words
                if eid is None and spelled in named:
                    (n, best), *rest = sorted(named[spelled], reverse=True)
                    eid = best if not rest or rest[0][0] * SPEAKER_DOMINANCE <= n else None
                parts = words.split(" ")
                if eid is None and not inside and len(parts) >= 2 and (parts[0] in PER_BEFORE or "ال" + parts[0] in PER_BEFORE) \
                        and parts[-1] in N.curated_persons() and parts[-1] in named:
                    # a title and a person's known name the tagger left unmarked ("الرئيس أوباما"): that person
                    (n, best), *rest = sorted(named[parts[-1]], reverse=True)
                    eid = best if not rest or rest[0][0] * SPEAKER_DOMINANCE <= n else None
                if eid is None and words.startswith("ال") and " " not in words:
                    head = words[2:]  # "الوكالة": the organization named with that head word
                    eid = _most_named(d, [s.attrs.get("entity") for s in reversed(ents) if s.end <= sp["start"] and s.label == "ORG"
                                       and fold(d.text[s.start:s.end]).split(" ")[0] == head], ents, sp["start"])
                if eid is None and not inside and words.startswith("ال") and words.count(" ") < 3:
                    eid = self._antecedent(d, ents, sp["start"], words.split(" ")[0][2:])
                short = _cores(sp["text"] or "")
                if eid is None and _short_form(short) and all(s.label == "LOC" for s in inside):
                    # a short form of a speaker named earlier in the article ("المتحدث الأمني" after
                    # "المتحدث الأمني لوزارة الداخلية اللواء منصور التركي"; "الوزير" after "وزير
                    # الخارجية عادل الجبير"): the last linked speaker whose words hold it, else the
                    # last person named right after those very words
                    want = "ORG" if short[0] in ORG_HEAD_WORDS else "PER"
                    eid = next((e for full, e in reversed(linked) if _holds(full, short) and by_id.get(e, {}).get("type") == want), None)
                    if eid is None and short[0] in ROLE_HEADS:
                        eid = self._phrase_antecedent(d, ents, sp["start"], short)
                if eid is None and not inside and not _short_form(short) and 2 <= len(short) <= 4 and (
                        "ال" + short[0] in PER_BEFORE or short[0] in PER_BEFORE or " ".join(short) in TITLE_PHRASES):
                    # a title of several words written right before a person's name in the article
                    # ("خادم الحرمين الشريفين" before "الملك سلمان"، "المرشد الأعلى علي خامنئي")
                    eid = self._phrase_antecedent(d, ents, sp["start"], short, after=False)
                if eid is None and not inside and bare:
                    # the very name of a person, organization or place the article names elsewhere
                    # ("وقالت رويترز" where the tagger marked «رويترز» only once)
                    same = {s.attrs["entity"] for s in ents if s.attrs.get("entity")
                            and fold(d.text[s.start:s.end]) in (bare, words)}
                    eid = same.pop() if len(same) == 1 else None
                if eid is None and not inside and (len(short) == 1 or len(short) == 2 and short[0] in NAME_TITLES):
                    # a one-word name ("وقال حسين"، "د. علي") that starts or ends one person's name in
                    # the article, and no other's
                    word = fold((sp["text"] or "").split()[-1])
                    held = {s.attrs["entity"] for s in ents if s.label == "PER" and s.attrs.get("entity")
                            and word in _ends(fold(d.text[s.start:s.end]).split())}
                    if len(held) == 1 and word not in ROLE_HEADS and word not in ORG_HEAD_WORDS:
                        eid = held.pop()
                if eid is not None and eid in by_id:
                    sp["entity"] = eid
                    sp["name"] = by_id[eid]["name"]
                    linked.append((_cores(sp["text"] or ""), eid))
