"""Name keys and transliteration-aware matching: is this the same name spelled another way?

A name key folds what Arabic spellings of one foreign name vary in (see
marsad.lang.ar.translit): كيم جونغ أون, كيم جونج أون and كيم يونغ أون get one key;
كيم يو جونغ does not. Person names are compared token by token (same number of
tokens, each pair equal or close, the first letters equal), places and
organizations as one string without spaces (بيونغيانغ = بيونغ يانغ).

>>> person_key("كيم جونغ أون") == person_key("كيم يونغ أون") == person_key("كيم جونج أون")
True
>>> same_person(person_key("سيرغي لافروف"), person_key("سيرجي شويجو"))
False
"""
from __future__ import annotations

import collections
import re
import unicodedata
from functools import lru_cache

from marsad import models
from marsad.lang.ar import known_entities, translit
from marsad.text.normalize import fold

_NON_LETTER = re.compile(r"[^\w ]+")
#: Proclitics a mention may still carry (وبوتين, لروسيا).
CLITICS = ("و", "ب", "ل", "ف", "ك")


#: translit.LETTERS and the dropped vowel letters as str.translate tables (one C pass per key).
_LETTER_TABLE = str.maketrans(translit.LETTERS)
_NO_VOWELS = str.maketrans("", "", translit.VOWEL_LETTERS)
_RUNS = re.compile(r"(.)\1+", re.S)


@lru_cache(maxsize=100_000)
def token_key(token: str) -> str:
    """The key of one name token (folded, sound classes merged, inner vowel letters dropped)."""
    t = fold(token)
    for a, b in translit.GROUPS:
        t = t.replace(a, b)
    t = t.translate(_LETTER_TABLE)
    if not t:
        return ""
    # a run of one letter is written once (the first letter too: head + rest)
    return _RUNS.sub(r"\1", translit.INITIAL_EQUIV.get(t[0], t[0]) + t[1:].translate(_NO_VOWELS))


def tokens(name: str) -> list[str]:
    return _NON_LETTER.sub(" ", name).split()


#: Words written before a person's name that are not part of it (ANNOTATION.md: a title is outside the
#: name), folded: "الملك سلمان بن عبد العزيز" is keyed as "سلمان بن عبد العزيز".
TITLES = frozenset(fold(w) for w in (
    "الملك الأمير الأميرة الرئيس الشيخ الشيخة السلطان الإمام السيد السيدة الدكتور د المهندس الوزير "
    "السفير اللواء العميد العقيد الفريق المشير الجنرال البابا الرئيسة خادم").split())
#: Name words that join the next word into one name part: عبد العزيز = عبدالعزيز.
_JOINS = frozenset(fold(w) for w in "عبد أبو أبي ابو".split())


def name_parts(name: str) -> list[str]:
    """The folded parts of a person's name: leading titles dropped, عبد/أبو joined to the next word
    (عبد العزيز and عبدالعزيز are one part)."""
    return list(_name_parts(name))


@lru_cache(maxsize=200_000)
def _name_parts(name: str) -> tuple[str, ...]:
    """:func:`name_parts`, kept: the corpus stages ask for the parts of one spelling many times."""
    words = [fold(t) for t in tokens(name)]
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in _JOINS and i + 1 < len(words):
            out.append(words[i] + words[i + 1])
            i += 2
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


@lru_cache(maxsize=200_000)
def person_key(name: str) -> tuple[str, ...]:
    return tuple(token_key(t) for t in _name_parts(name))


#: Parts that link a name to a father's or an ancestor's (بن، ابن، بنت، آل): the part after them is
#: not the person's own name, so a short form "سلمان" is not "محمد بن سلمان".
LINKS = frozenset(token_key(w) for w in ("بن", "ابن", "بنت", "ال"))


@lru_cache(maxsize=200_000)
def own_parts(name: str) -> frozenset[str]:
    """The keys of the parts a person may be called by alone: not a link word, not the part after one."""
    return frozenset(token_key(p) for p in own_part_names(name))


@lru_cache(maxsize=200_000)
def own_part_names(name: str) -> tuple[str, ...]:
    """The folded parts a person may be called by alone (see ``own_parts``)."""
    parts = _name_parts(name)
    keys = [token_key(t) for t in parts]
    return tuple(p for i, (p, k) in enumerate(zip(parts, keys)) if k not in LINKS and (i == 0 or keys[i - 1] not in LINKS))


@lru_cache(maxsize=200_000)
def short_form_of(short: str, full: str) -> bool:
    """A one-word name is a short form of a full name: one of the parts the person may be called by
    alone, spelled alike up to vowel letters (كيري of جون كيري; not the verb يؤويان, whose key is
    جون's)."""
    parts = name_parts(short)
    if len(parts) != 1:
        return False
    form = person_sound_form(parts[0])
    return any(vowel_variant(person_sound_form(p), form) for p in own_part_names(full))


@lru_cache(maxsize=200_000)
def place_key(name: str) -> str:
    """Places and organizations: one string, articles dropped, joined (بيونغيانغ = بيونغ يانغ)."""
    out = []
    for t in tokens(name):
        f = fold(t)
        out.append(f[2:] if f.startswith("ال") and len(f) > 4 else f)
    return token_key("".join(out))


@lru_cache(maxsize=200_000)
def person_sound_form(name: str) -> str:
    """A person's name as ``sound_form`` writes it, the article kept: فيصل and الفيصل (a given name, a
    family name) are two names."""
    t = fold(unicodedata.normalize("NFKC", name)).replace(" ", "")
    for a, b in translit.GROUPS:
        t = t.replace(a, b)
    return "".join(translit.LETTERS.get(c, c) for c in t)


@lru_cache(maxsize=200_000)
def sound_form(name: str, sep: str = "") -> str:
    """A spelling with the letters that write one sound unified (غ/ج، ق/ك، ث/س ...; a final ة as ا) and
    the article dropped, vowels kept: "بيونغ يانغ" and "بيونج يانج" give one form, "سوريا" and "سويسرا" two.
    The words are joined by ``sep`` (none: a name written as one word or two gives one form)."""
    words = [w[2:] if w.startswith("ال") and len(w) > 4 else w
             for w in fold(unicodedata.normalize("NFKC", name)).split()]  # NFKC: presentation forms (ﺻﻌﺪﺓ)
    out = []
    for w in words:
        w = w[:-1] + "ا" if w.endswith("ه") and len(w) > 3 else w  # سورية = سوريا
        for a, b in translit.GROUPS:
            w = w.replace(a, b)
        # ه is a final -a only at a word's end; inside a word it is h (طهران ≠ طيران)
        out.append("".join(c if c == "ه" and k < len(w) - 1 else translit.LETTERS.get(c, c) for k, c in enumerate(w)))
    return sep.join(out)


def vowel_variant(a: str, b: str) -> bool:
    """Two sound forms (``sound_form``) that differ only by vowel letters written or left out
    (فلاديفوستوك / فلاديفستوك, تينيسي / تنيسي): one letter in names of up to six letters, two
    beyond. A vowel letter written for another (سودان / سيدان) or a consonant more (سوريا / سويسرا)
    makes another name. With the words spaced (``sound_form(name, " ")``) a word's first letter is
    never the vowel dropped: "شركة وابل" is not "شركة أبل"."""
    if a == b:
        return True
    if len(a) < len(b):
        a, b = b, a
    extra = len(a) - len(b)
    letters = len(a) - a.count(" ")
    if extra == 0 or extra > (1 if letters <= 6 else 2) or min(letters, len(b) - b.count(" ")) < 4 or a[-1] != b[-1]:
        return False  # nor the last letter: الكويت / كويتا, ريم / ريما are two names
    # b must be a with `extra` vowel letters removed (never the first letter)
    i = j = 0
    dropped = 0
    while i < len(a):
        if j < len(b) and a[i] == b[j]:
            i += 1
            j += 1
        elif i > 0 and a[i] in translit.VOWEL_LETTERS and a[i - 1] != " ":
            i += 1
            dropped += 1
        else:
            return False
    return j == len(b) and dropped == extra


def key(name: str, typ: str) -> str:
    """A hashable key for blocking: persons by tokens, others as one string."""
    return " ".join(person_key(name)) if typ == "PER" else place_key(name)


#: Keys of name parts that are Arabic by their form: with the article, or joined to عبد/أبو.
_ARABIC_KEYS = ("ال", "عبد", "اب")


def close_tokens(a: str, b: str) -> bool:
    """Two token keys that may be one name spelled two ways (جن / جنج), not two names."""
    if a == b:
        return True
    if not a or not b:
        return False
    if a[0] != b[0]:
        # a foreign g first is غ (key ج) or ك (غوستاف / كوستاف); Arabic names of three root
        # letters written so are two names (كمال / جمال), hence four key letters at least
        return {a[0], b[0]} == set(translit.INITIAL_G) and a[1:] == b[1:] and len(a) >= 4
    if min(len(a), len(b)) <= 1:
        return False
    if a.startswith(_ARABIC_KEYS) or b.startswith(_ARABIC_KEYS):
        # an Arabic family name or a compound (الزهراني / الشهراني, عبدالحميد / عبدالرحمن): a letter more
        # or less is another name
        return False
    # once the key has merged what one sound is written with, another consonant makes another name
    # (كيري / كيربي: Kerry and Kirby; سلمان / سلطان; تيد كروز / توم كروز): only a letter a foreign
    # sound is written with in turn may differ (سامانثا / سامنتا, أوسبورن / أوزبورن, تيخادا / تيجادا)
    if len(a) != len(b):
        return _ng(a) == _ng(b)  # a final ng written ن (جونغ / جون)
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) <= (1 if len(a) <= 5 else 2) and all(frozenset(d) in _ALTERNATIONS for d in diff)


def _ng(k: str) -> str:
    return k[:-1] if k.endswith("نج") else k


#: Key letters a foreign sound is written with in turn: th as ت or ث (keyed س), s as س or ز, a
#: Spanish j as خ or ج.
_ALTERNATIONS = frozenset(frozenset(p) for p in ("تس", "سز", "خج"))


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Full names of one person: same length, every token close, at least one identical."""
    if len(a) != len(b) or not a:
        return False
    return all(close_tokens(x, y) for x, y in zip(a, b)) and any(x == y for x, y in zip(a, b))


# ---- knowledge base and English names -------------------------------------------------------

@lru_cache(maxsize=1)
def kb() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str | None]]:
    """The knowledge base (marsad/models/kb.tsv.gz, scripts/build_kb.py): English names by
    (type group, folded name), and by (type group, name key) when the key is not ambiguous."""
    exact: dict[tuple[str, str], str] = {}
    by_key: dict[tuple[str, str], str | None] = {}
    # the curated list first (read here too, so that it counts before the shipped file is rebuilt)
    rows = [(n, typ, en) for typ, en, names in known_entities.ENTITIES for n in names]
    shipped = [tuple(cols[:3]) for cols in models.rows("kb.tsv.gz")]
    # a GeoNames alternate without the article that differs from the name with it by a vowel letter
    # too is another word (موصول beside الموصل); the name without its article stays (صور، الصور)
    with_article: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    for name, typ, en in shipped:
        if definite(name):
            with_article[(en, key(name, typ))].add(sound_form(name))
    rows += [r for r in shipped if definite(r[0]) or (r[2], key(r[0], r[1])) not in with_article
             or sound_form(r[0]) in with_article[(r[2], key(r[0], r[1]))]]
    for name, typ, en in rows:
        g = _group(typ)
        exact.setdefault((g, fold(name)), en)
        k = (g, key(name, typ))
        if by_key.get(k, en) != en:
            by_key[k] = None  # two different entities share this key: never guess between them
        else:
            by_key[k] = en
    return exact, by_key


def definite(name: str) -> bool:
    """Whether a name has a word written with the article (الموصل, not موصول)."""
    return any(w.startswith("ال") for w in fold(name).split())


def _group(typ: str) -> str:
    return "PER" if typ == "PER" else "X"


@lru_cache(maxsize=1)
def _typed() -> dict[tuple[str, str], str]:
    """English names of the curated spellings that name one thing as a place and another as an
    organization (the region الشرق الأوسط, and the newspaper), by (type, folded spelling)."""
    by_name: dict[str, dict[str, str]] = {}
    for typ, en, names in known_entities.ENTITIES:
        for n in names:
            by_name.setdefault(fold(n), {}).setdefault(typ, en)
    return {(typ, f): en for f, ens in by_name.items() if len(set(ens.values())) > 1 for typ, en in ens.items()}


@lru_cache(maxsize=1)
def curated_names() -> frozenset[str]:
    """Folded names of marsad.lang.ar.known_entities."""
    return frozenset(fold(n) for _, _, names in known_entities.ENTITIES for n in names)


@lru_cache(maxsize=1)
def kb_prominent() -> frozenset[str]:
    """Folded names the knowledge base holds as names by themselves: the curated list, countries and
    cities of 500,000 people or more (weight 1), not the small towns whose names are also common
    words (بريا, a town, is mostly بريًّا "by land")."""
    out = {fold(n) for _, _, names in known_entities.ENTITIES for n in names}
    out.update(fold(cols[0]) for cols in models.rows("kb.tsv.gz") if len(cols) >= 4 and cols[3] == "1")
    return frozenset(out)


@lru_cache(maxsize=1)
def curated_persons() -> frozenset[str]:
    """Folded spellings the curated list names only as a person, and that name no prominent place
    (أوباما: Barack Obama, not the Japanese town the knowledge base also lists)."""
    people = {fold(n) for typ, _, names in known_entities.ENTITIES if typ == "PER" for n in names}
    others = {fold(n) for typ, _, names in known_entities.ENTITIES if typ != "PER" for n in names}
    places = {fold(cols[0]) for cols in models.rows("kb.tsv.gz") if len(cols) >= 4 and cols[1] != "PER" and cols[3] == "1"}
    return frozenset(people - others - places)


@lru_cache(maxsize=200_000)
def kb_english(name: str, typ: str) -> str | None:
    """The knowledge base's English name for ``name``; an outlet or company written with its head
    noun ("وكالة إنترفاكس", "صحيفة عكاظ") is known by the name after the head."""
    exact, by_key = kb()
    g = _group(typ)
    found = _typed().get((typ, fold(name))) or exact.get((g, fold(name)))
    if found:
        return found
    k = key(name, typ)
    # a key this short is shared by unrelated names (زمرد / زومردا): exact spellings only
    found = by_key.get((g, k)) if len(k.replace(" ", "")) >= 5 else None
    words = name.split()
    if found is None and len(words) > 1 and fold(words[0]) in _MEDIA_HEADS:
        rest = " ".join(words[1:])
        # a body named after a place is not the place: قناة الكويت, وكالة تونس, شركة القصيم
        # (unless the curated list knows the name as a body too: صحيفة الشرق الأوسط)
        place = fold(rest) in kb_places() and ("ORG", fold(rest)) not in _typed()
        found = None if place else kb_english(rest, typ)
    return found


@lru_cache(maxsize=1)
def kb_places() -> frozenset[str]:
    """Folded names the knowledge base holds as places (the curated list's and the shipped file's)."""
    out = {fold(n) for typ, _, names in known_entities.ENTITIES if typ == "LOC" for n in names}
    out.update(fold(cols[0]) for cols in models.rows("kb.tsv.gz") if len(cols) >= 2 and cols[1] == "LOC")
    return frozenset(out)


@lru_cache(maxsize=1)
def _translit_table() -> dict[str, str]:
    return {a: b for a, b in models.rows("translit.tsv.gz")}


#: Letter-by-letter fallback for tokens the table has never seen.
_CHARS = {"ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
          "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'",
          "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "o",
          "ي": "i", "ء": ""}


def transliterate(name: str) -> str:
    """A Latin spelling of an Arabic name, token by token (learned table, then letters)."""
    table = _translit_table()
    out = []
    for t in tokens(name):
        f = fold(t)
        if f in table:
            out.append(table[f])
        elif f.startswith("ال") and f[2:] in table:
            out.append("al-" + table[f[2:]])
        else:
            out.append("".join(_CHARS.get(c, "") for c in f).capitalize())
    return " ".join(x for x in out if x)


def english_name(name: str, typ: str) -> tuple[str, str]:
    """(English name, source): the knowledge base first, else a transliteration."""
    en = kb_english(name, typ)
    if en:
        return en, "kb"
    return transliterate(name), "transliterated"


#: Heads of outlet and company names whose English name is the name after them.
_MEDIA_HEADS = frozenset(fold(w) for w in "وكالة صحيفة جريدة قناة شركة مجلة موقع".split())
