"""Who said what: direct quotes (between quotation marks) and reported speech (قال ... إن).

For each quote the speaker is the name phrase after the speech verb of its
clause (``وقال وزير الخارجية الروسي سيرغي لافروف: "..."``), or after the quote
(``"...", قالت تشوي``); a verb with no name ("وأضاف:") continues the previous
speaker. Channels ("بحسب وكالة إنترفاكس") are kept apart from speakers. Scare
quotes (two-word terms in marks, names of things) are not quotes.

>>> from marsad.api import analyze_text
>>> d = analyze_text("وقال الوزير سامر الحداد: «لن نتراجع عن حقوقنا المائية أبدا».", title="خبر")
>>> [(d.text[q.start:q.end], q.attrs["speaker"]["text"]) for q in d.layers["quotes"]]
[('لن نتراجع عن حقوقنا المائية أبدا', 'الوزير سامر الحداد')]
"""
from __future__ import annotations

from marsad.document import Document, Span
from marsad.lang.ar import speech
from marsad.pipeline import component
from marsad.text.normalize import QUOTE_MARKS, fold
from marsad.text.tokenize import Token, tokenize

VERBS = frozenset(fold(v) for v in speech.SPEECH_VERBS)
GENERIC = tuple(fold(g) for g in speech.GENERIC_SOURCES)
STOP = frozenset(fold(w) for w in speech.SPEAKER_STOP)
BELIEF = frozenset(fold(w) for w in speech.BELIEF_VERBS)
VIA = tuple(sorted((tuple(fold(c).split()) for c in speech.VIA_CUES), key=len, reverse=True))
THAT = frozenset(["ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "لان"])
#: A sentence opening "according to" a source (folded).
ACCORDING = frozenset(["بحسب", "وبحسب", "حسب", "وحسب"])
#: "قوله": what a channel reports someone saying ("نقلت الوكالة عن كيم قوله ...", folded).
SAYING = frozenset(["قوله", "قولها", "قولهم"])
#: Most words a speaker phrase may have.
MAX_SPEAKER = 7
#: Time words that may stand between a speaker and what was said (folded).
WHEN = frozenset(fold(w) for w in "اليوم أمس يوم مساء صباح فجر ظهر الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت".split())
#: Quotes this short are terms in quotation marks unless a speech verb governs them.
MIN_QUOTE_WORDS = 3
MIN_FREE_QUOTE_WORDS = 5


def _verb(f: str) -> bool:
    """A (possibly و/ف-prefixed) speech verb."""
    if f in VERBS:
        return True
    return f[:1] in "وف" and f[1:] in VERBS


def _words(toks: list[Token]) -> int:
    return sum(1 for t in toks if t.is_word or t.is_number)


class _Finder:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.toks = tokenize(doc.text)
        self.f = [fold(t.text) for t in self.toks]
        self.is_mark = [t.text in QUOTE_MARKS for t in self.toks]

    # ---- speaker phrases -------------------------------------------------------------------
    def phrase_after(self, i: int, limit: int) -> tuple[int, int] | None:
        """Token range of the name phrase starting at token i (before token ``limit``)."""
        j = i
        while j < limit and j - i < MAX_SPEAKER:
            t, f = self.toks[j], self.f[j]
            if not (t.is_word or t.is_number) or f in STOP or self.is_mark[j] or f in THAT:
                break
            if j > i and f.startswith("لل"):
                break  # "للرئيس الروسي": the one spoken to
            if j > i and f[:1] == "و" and _verb(f):
                break
            j += 1
        if j > i:
            j = self.cut_at_entity(i, j)
        return (i, j) if j > i else None

    def cut_at_entity(self, i: int, j: int) -> int:
        """End a phrase with the first person named in it ("وزير خارجية مصر سامح شكري ..."), or
        else the first named entity ("الوكالة الكورية ... اللقاء" -> the agency)."""
        s, e = self.toks[i].start, self.toks[j - 1].end
        inside = [ent for ent in self.doc.layers.get("entities", []) if s <= ent.start < e and ent.end < e]
        ent = next((x for x in inside if x.label == "PER"), inside[0] if inside else None)
        if ent is None:
            return j
        k = i
        while k < j and self.toks[k].end <= ent.end:
            k += 1
        return k

    def phrase_before(self, verb: int, lo: int) -> tuple[int, int] | None:
        """A subject written before its verb: "وكان بوتين قد قال", "لافروف قال"."""
        k = verb - 1
        while k >= lo and self.f[k] in ("قد", "كان", "وكان", "كانت", "وكانت"):
            k -= 1
        end = k + 1
        while k >= lo and (self.toks[k].is_word) and self.f[k] not in STOP and end - k <= MAX_SPEAKER \
                and self.f[k] not in ("كان", "وكان", "كانت", "وكانت"):
            k -= 1
        return (k + 1, end) if end > k + 1 else None

    def last_word(self, a: int, b: int) -> int:
        """The end of tokens a..b without the punctuation that closes them."""
        while b > a and not (self.toks[b - 1].is_word or self.toks[b - 1].is_number):
            b -= 1
        return b

    def speaker(self, rng: tuple[int, int] | None) -> dict:
        if rng is None:
            return {"text": None, "start": None, "end": None, "entity": None, "name": None}
        a, b = rng
        s, e = self.toks[a].start, self.toks[b - 1].end
        return {"text": self.text[s:e], "start": s, "end": e, "entity": None, "name": None}

    def via(self, lo: int, hi: int) -> str | None:
        """The channel named between tokens lo and hi ("وكالة إنترفاكس" after "بحسب")."""
        for k in range(lo, hi):
            for cue in VIA:
                if tuple(self.f[k:k + len(cue)]) == cue:
                    rng = self.phrase_after(k + len(cue), hi)
                    if rng:
                        # skip a verb right after the cue: "حسبما نقلت وكالة ..."
                        a, b = rng
                        if _verb(self.f[a]) and b - a > 1:
                            a += 1
                        return self.text[self.toks[a].start:self.toks[b - 1].end]
        return None

    # ---- finding ---------------------------------------------------------------------------
    def sentence_bounds(self) -> list[tuple[int, int]]:
        sents = self.doc.layers.get("sentences") or [Span(0, len(self.text))]
        out, k = [], 0
        for s in sents:
            a = k
            while k < len(self.toks) and self.toks[k].start < s.end:
                k += 1
            out.append((a, k))
        return out

    def pairs(self) -> list[tuple[int, int]]:
        """(open, close) token indexes of quotation marks, paired within a paragraph."""
        out, open_ = [], None
        for k, m in enumerate(self.is_mark):
            if k and "\n" in self.text[self.toks[k - 1].end:self.toks[k].start]:
                open_ = None  # a paragraph break closes nothing
            if not m:
                continue
            ch = self.toks[k].text
            if open_ is None:
                if ch not in "”»›":
                    open_ = k
                elif ch == "”":          # some sites open with ” as well
                    open_ = k
            else:
                out.append((open_, k))
                open_ = None
        return out

    def run(self) -> list[Span]:
        bounds = self.sentence_bounds()
        sent_of = {}
        for si, (a, b) in enumerate(bounds):
            for k in range(a, b):
                sent_of[k] = si
        quotes: list[Span] = []
        last_speaker: dict | None = None
        last_sent = -9
        covered: list[tuple[int, int]] = []
        for o, c in self.pairs():
            inner = self.toks[o + 1:c]
            n = _words(inner)
            if n < MIN_QUOTE_WORDS or c - o < 2:
                continue
            content = self.text[inner[0].start:inner[-1].end]
            if "#" in content or "twitter.com" in content:
                continue
            si = sent_of.get(o, 0)
            sa, sb = bounds[si]
            # the speech verb of this clause: the last one before the opening mark
            verb = next((k for k in range(o - 1, sa - 1, -1) if _verb(self.f[k]) and not self.is_mark[k]), None)
            rng = None
            if verb is not None:
                if n < MIN_FREE_QUOTE_WORDS and o - verb > 15:
                    continue  # a term in marks far from the verb of its sentence
                rng = self.phrase_after(verb + 1, o)
                if rng is None:
                    rng = self.phrase_before(verb, sa)
                q = next((k for k in range(o - 1, verb, -1) if self.f[k] in SAYING), None)
                an = next((k for k in range(q - 1, max(verb, q - MAX_SPEAKER - 1), -1) if self.f[k] == "عن"), None) \
                    if q is not None else None
                if an is not None and an + 1 < q:
                    rng = (an + 1, q)  # "نقلت الوكالة عن كيم قوله"
            else:
                # "...", قال فلان  — a verb right after the closing mark
                k = c + 1
                while k < len(self.toks) and self.toks[k].text in "،,:-–":
                    k += 1
                if k < len(self.toks) and _verb(self.f[k]) and k - c <= 3:
                    verb = k
                    rng = self.phrase_after(k + 1, min(len(self.toks), k + 1 + MAX_SPEAKER))
            if verb is None and n < MIN_FREE_QUOTE_WORDS:
                continue  # a term in quotation marks, not speech
            if verb is not None and self.f[verb].lstrip("وف") in BELIEF:
                continue
            sp = self.speaker(rng)
            if sp["text"] is None and last_speaker is not None and si - last_sent <= 3:
                sp = dict(last_speaker)
            partial = n < 6 or (o > sa and self.toks[o - 1].text not in ":" and not _verb(self.f[o - 1]))
            quotes.append(Span(inner[0].start, inner[-1].end, "direct", {
                "speaker": sp, "cue": self.toks[verb].text if verb is not None else None,
                "via": self.via(c + 1, sb) or self.via(sa, o), "partial": partial}, "quotes"))
            covered.append((o, c))
            if sp["text"]:
                last_speaker, last_sent = sp, si
        inside = {x for o, c in covered for x in range(o, c + 1)}  # tokens of direct quotes
        quotes += self.indirect(bounds, inside)
        said = {q.start for q in quotes}
        quotes += [q for q in self.according_to(bounds, inside) if q.start not in said]
        quotes.sort(key=lambda q: q.start)
        return quotes

    def according_to(self, bounds, inside: set[int]) -> list[Span]:
        """"وبحسب المتحدث باسم البعثة غوستاف هالبرغ، فإن الجلسة ...": a sentence that opens
        with بحسب, a named source and a comma, then what the source says with no speech
        verb. The source is a speaker when it is a person, or when فإن ("that") follows;
        else ("وبحسب وكالة الأنباء، استأنف الميناء عمله") it is a channel for a fact."""
        out: list[Span] = []
        ents = self.doc.layers.get("entities", [])
        for sa, sb in bounds:
            if sa >= sb or self.f[sa] not in ACCORDING:
                continue
            comma = next((x for x in range(sa + 2, min(sb, sa + 2 + MAX_SPEAKER)) if self.toks[x].text in "،,"), None)
            if comma is None or not all(t.is_word for t in self.toks[sa + 1:comma]):
                continue
            s, e = self.toks[sa + 1].start, self.toks[comma - 1].end
            kinds = {x.label for x in ents if s <= x.start and x.end <= e}
            a = comma + 1
            that = a < sb and self.f[a] in ("فان", "فانه", "فانها")
            a += that
            b = self.last_word(a, sb)
            if not (kinds & {"PER", "ORG"}) or not ("PER" in kinds or that) or _words(self.toks[a:b]) < 4:
                continue
            if any(x in inside or self.is_mark[x] or _verb(self.f[x]) for x in range(a, b)):
                continue  # quoted words or a speech verb: the other finders read this sentence
            out.append(Span(self.toks[a].start, self.toks[b - 1].end, "indirect", {
                "speaker": self.speaker((sa + 1, comma)), "cue": self.toks[sa].text, "via": None,
                "partial": False}, "quotes"))
        return out

    def indirect(self, bounds, inside: set[int]) -> list[Span]:
        """Reported speech: speech verb, speaker, then إن/أن and the clause reported
        (`inside`: the tokens of direct quotes)."""
        out: list[Span] = []
        for sa, sb in bounds:
            for k in range(sa, sb):
                if k in inside or not _verb(self.f[k]):
                    continue
                rng = self.phrase_after(k + 1, sb)
                j = rng[1] if rng else k + 1
                while j < sb and self.toks[j].text in "،,":
                    j += 1
                if j < sb and self.f[j] in ("الي",) and j + 1 < sb and self.f[j + 1] in THAT:
                    j += 1  # أشار إلى أن
                channel = None
                an = next((x for x in range(j, min(sb, j + 4)) if self.f[x] == "عن"), None) if rng else None
                if an is not None and all(t.is_word for t in self.toks[j:an]):
                    # "نقلت وكالة سلوان للأنباء عن الوزير سامر الحداد قوله إن ...": the one after
                    # عن speaks, the one before it passes the words on
                    q = next((x for x in range(an + 2, min(sb - 1, an + 2 + MAX_SPEAKER)) if self.f[x] in SAYING), None)
                    if q is not None and self.f[q + 1] in THAT:
                        channel, rng, j = (rng[0], an), (an + 1, q), q + 1
                if rng and j < sb and self.f[j] not in THAT:
                    # the name phrase was cut short (at a mistagged entity) or a time follows it
                    # ("أكد الوزير حازم القاسمي اليوم الخميس أن"): أن within the next few words
                    x = j
                    while (x < sb and x - rng[0] <= 2 * MAX_SPEAKER and self.f[x] not in THAT
                           and self.toks[x].is_word and (self.f[x] in WHEN or self.f[x] not in STOP)
                           and not _verb(self.f[x])):
                        x += 1
                    if x < sb and self.f[x] in THAT:
                        end = x
                        while end > rng[0] + 1 and self.f[end - 1] in WHEN:
                            end -= 1
                        rng, j = (rng[0], end), x
                if j >= sb or self.f[j] not in THAT:
                    continue
                a, b = j + 1, self.last_word(j + 1, sb)
                if _words(self.toks[a:b]) < 4 or any(x in inside for x in range(a, b)):
                    continue
                if rng is None or " ".join(self.f[rng[0]:rng[1]]).startswith(GENERIC):
                    continue  # reported speech of no one in particular
                # the clause ends at a channel cue ("، بحسب ...")
                end = b
                for x in range(a, b):
                    if self.toks[x].text in "،," and any(tuple(self.f[x + 1:x + 1 + len(cv)]) == cv for cv in VIA):
                        end = x
                        break
                via = self.speaker(channel)["text"] if channel else self.via(end, sb) or self.via(sa, k)
                out.append(Span(self.toks[a].start, self.toks[end - 1].end, "indirect", {
                    "speaker": self.speaker(rng), "cue": self.toks[k].text, "via": via,
                    "partial": False}, "quotes"))
                break  # one reported clause per sentence
        return out


@component("quotes", needs=("sentences", "entities"), adds=("quotes",), languages=("ar",))
def quotes(doc: Document) -> Document:
    doc.layers["quotes"] = _Finder(doc).run()
    return doc
