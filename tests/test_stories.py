"""Corpus stages on articles written for the tests: copies, stories, dating, timelines, summaries."""
from __future__ import annotations

import json
import math

import marsad
from marsad.corpus.summary import summarize_text
from marsad.text.normalize import fold

FLOOD = ("شهدت مدينة صلالة فيضانات واسعة بعد أمطار غزيرة استمرت ساعات طويلة، وأعلنت هيئة الدفاع المدني "
         "إجلاء مئات الأسر من الأحياء المنخفضة القريبة من الوادي. وقال مدير الهيئة إن فرق الإنقاذ تعمل "
         "على مدار الساعة لفتح الطرق المغلقة وإيصال المساعدات إلى القرى المعزولة في محافظة ظفار. "
         "وأضاف أن الأمطار ستستمر حتى نهاية الأسبوع بحسب توقعات الأرصاد الجوية.")
FLOOD_EDIT = FLOOD.replace("مئات الأسر", "نحو ثلاثمئة أسرة")
FLOOD_NEXT = ("بدأت فرق الإنقاذ في صلالة إزالة آثار الفيضانات اليوم الخميس بعد انحسار مياه الوادي، "
              "وقال مدير هيئة الدفاع المدني إن الطرق المغلقة في محافظة ظفار فتحت جميعها أمام الحركة، "
              "وإن الأسر التي أجليت من الأحياء المنخفضة عادت إلى منازلها.")
BOOK = ("افتتح وزير الثقافة معرض الكتاب الدولي في العاصمة بمشاركة خمسمئة دار نشر من ثلاثين دولة، "
        "ويستمر المعرض عشرة أيام تتخللها ندوات فكرية وأمسيات شعرية وورش للأطفال. وقال رئيس اللجنة المنظمة "
        "إن عدد الزوار المتوقع هذا العام يتجاوز مليون زائر.")


def write(tmp_path, items):
    f = tmp_path / "in.jsonl"
    f.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), encoding="utf-8")
    return marsad.analyze([f])


def test_copies_stories_and_dating(tmp_path):
    r = write(tmp_path, [
        {"id": "flood-a", "title": "فيضانات في صلالة", "content": FLOOD, "published": "2023-11-15"},
        {"id": "flood-b", "title": "فيضانات صلالة", "content": FLOOD_EDIT, "published": "2023-11-15"},
        {"id": "flood-c", "title": "انحسار الفيضانات في صلالة", "content": FLOOD_NEXT},
        {"id": "book", "title": "افتتاح معرض الكتاب", "content": BOOK, "published": "2023-11-15"},
    ])
    docs = {d.id: d for d in r.documents}
    assert docs["flood-b"].duplicate_of == "flood-a"
    assert docs["flood-a"].duplicate_of is None
    assert docs["flood-a"].story == docs["flood-b"].story == docs["flood-c"].story != docs["book"].story
    # "اليوم الخميس" in a story of 15 November 2023 (a Wednesday): the next day
    assert docs["flood-c"].published == {"value": "2023-11-16", "basis": "corpus",
                                         "note": "the one day of its weekday near the other articles of its story",
                                         "estimate": "2023-11-16", "earliest": "2023-11-16", "latest": "2023-11-16",
                                         "estimate_basis": "corpus"}
    flood = next(s for s in r.corpus.stories if "flood-a" in s["articles"])
    assert flood["start"] == "2023-11-15" and flood["end"] == "2023-11-16"
    assert [line["date"] for line in flood["timeline"]] == ["2023-11-16"]
    for line in flood["timeline"] + flood["summary"]:
        for c in line["citations"]:
            assert docs[c["article"]].text[c["start"]:c["end"]] in line["text"] or line["text"] in docs[c["article"]].text
    # the summary does not repeat the wire sentence of both copies
    texts = [line["text"] for line in flood["summary"]]
    assert len(texts) == len(set(texts))


def test_ids_do_not_depend_on_input_order(tmp_path):
    items = [{"id": "book", "title": "معرض", "content": BOOK, "published": "2023-11-15"},
             {"id": "flood-a", "title": "فيضانات", "content": FLOOD, "published": "2023-11-15"}]
    a = sorted(s["id"] for s in write(tmp_path, items).corpus.stories)
    b = sorted(s["id"] for s in write(tmp_path, items[::-1]).corpus.stories)
    assert a == b


def test_single_article_summary():
    text = "الجملة الأولى عن المعرض الدولي للكتاب. " * 3 + "جملة أخرى عن الطقس الحار في الصيف الماضي."
    out = summarize_text(text, 2)
    assert len(out) == 2 and out[0].startswith("الجملة الأولى")


def near_copies():
    """60 pairs of articles: light edits of one text (copies) and texts sharing a quarter of
    their words (a story and its follow-up), with their true and estimated Jaccard."""
    import random

    from marsad.corpus.dedup import signature, shingles
    from marsad.document import Document

    rng = random.Random(3)
    vocab = [f"كلمة{i}" for i in range(3000)]
    docs, pairs = [], []
    for k in range(60):
        base = [rng.choice(vocab) for _ in range(120)]
        other = base[:45] + [rng.choice(vocab) for _ in range(75)] if k % 2 else base[:110] + ["تعديل"] * 10
        a, b = Document(id=f"{k}a"), Document(id=f"{k}b")
        a.set_text(" ".join(base))
        b.set_text(" ".join(other))
        docs += [a, b]
        sa, sb = shingles(a.text), shingles(b.text)
        pairs.append((b, len(sa & sb) / len(sa | sb), signature(a.text).jaccard(signature(b.text))))
    return docs, pairs


def test_signature_is_a_compact_array_and_a_list_in_json():
    """The MinHash is kept as its 64 unsigned 32-bit values in an array (about 0.3 kB, not a list of
    Python ints), written as a list of ints; documents read back from JSON find the same copies."""
    import sys
    from array import array

    from marsad.corpus.dedup import Dedup, minhash_signature, signature
    from marsad.document import Document

    docs, _ = near_copies()
    for d in docs:
        minhash_signature(d)
    hv = docs[0].meta["_minhash"]
    assert isinstance(hv, array) and hv.itemsize == 4 and len(hv) == 64
    assert hv.tolist() == signature(docs[0].text).hashvalues.tolist()
    assert sys.getsizeof(hv) < 400
    out = docs[0].to_dict(extra=True)["meta"]["_minhash"]
    assert type(out) is list and out == hv.tolist()
    again = [Document.from_dict(json.loads(json.dumps(d.to_dict(extra=True)))) for d in docs]
    assert [d.meta["_minhash"] for d in again] == [d.meta["_minhash"] for d in docs]
    Dedup().run(docs, None)
    Dedup().run(again, None)
    assert [d.duplicate_of for d in again] == [d.duplicate_of for d in docs]
    assert sum(d.duplicate_of is not None for d in docs) == 30
    short = Document(id="s")
    short.set_text("خبر قصير عن الطقس")
    assert minhash_signature(short).meta["_minhash"] is None


def test_copies_are_checked_by_containment():
    """LSH candidates that share a quarter of their words are not copies, light edits of one text
    are; and so is a copy with paragraphs added, whose Jaccard similarity is low."""
    from marsad.corpus.dedup import CONTAINMENT, Dedup, containment, shingles
    from marsad.document import Document

    docs, pairs = near_copies()
    Dedup().run(docs, None)
    texts = {d.id: d.text for d in docs}
    for b, true_j, est_j in pairs:
        c = containment(shingles(texts[b.id.replace("b", "a")]), shingles(b.text))
        assert (b.duplicate_of is not None) == (c >= CONTAINMENT), (b.id, true_j, c)
    assert sum(b.duplicate_of is not None for b, *_ in pairs) == 30
    base = " ".join(f"كلمة{i}" for i in range(80))
    longer = base + " " + " ".join(f"فقرة{i}" for i in range(120))  # the wire text and two paragraphs more
    a, b = Document(id="wire", published={"value": "2015-07-20"}), Document(id="paper", published={"value": "2015-07-21"})
    a.set_text(base)
    b.set_text(longer)
    Dedup().run([a, b], None)
    assert b.duplicate_of == "wire"


def test_band_key_candidates_give_the_lsh_result():
    """The Spark engine's way (articles sharing a band key are candidates) marks the same copies."""
    from collections import defaultdict

    from marsad.corpus.dedup import Dedup, band_keys, minhash_signature

    docs, _ = near_copies()
    for d in docs:
        minhash_signature(d)
    by_key = defaultdict(set)
    for d in docs:
        for k in band_keys(d.meta["_minhash"]):
            by_key[k].add(d.id)
    candidates = defaultdict(set)
    for ids in by_key.values():
        for a in ids:
            candidates[a] |= ids - {a}
    Dedup().run(docs, None)
    local = [d.duplicate_of for d in docs]
    for d in docs:
        d.duplicate_of = None
    Dedup(dict(candidates)).run(docs, None)
    assert [d.duplicate_of for d in docs] == local
    assert sum(x is not None for x in local) == 30


def test_retrieval_day_keeps_stories_apart_in_time(tmp_path):
    """Without a publication date, the day an article was retrieved places it in time: the flood
    follow-up joins the flood story when fetched the next day, not when fetched three weeks later."""
    follow_up = FLOOD_NEXT.replace(" اليوم الخميس", "")  # no weekday to date it by

    def stories(retrieved):
        r = write(tmp_path, [
            {"id": "flood", "title": "فيضانات في صلالة", "content": FLOOD, "retrieved": "2023-11-15 08:00:00"},
            {"id": "follow-up", "title": "انحسار الفيضانات في صلالة", "content": follow_up, "retrieved": retrieved},
            {"id": "book", "title": "افتتاح معرض الكتاب", "content": BOOK, "retrieved": "2023-11-15 09:00:00"},
        ])
        assert all(d.published["value"] is None for d in r.documents)
        return sorted(sorted(s["articles"]) for s in r.corpus.stories)

    assert stories("2023-11-16 08:00:00") == [["book"], ["flood", "follow-up"]]
    assert stories("2023-12-06 08:00:00") == [["book"], ["flood"], ["follow-up"]]


def test_closed_stories_leave_the_open_index():
    import collections
    import datetime as dt

    from marsad.corpus.stories import StoryIndex

    tf = collections.Counter({"فيضان": 3, "صلاله": 2, "ظفار": 1})
    other = collections.Counter({"معرض": 3, "كتاب": 2})
    df = collections.Counter({t: 1 for t in (*tf, *other)})
    idx = StoryIndex(df, 30)
    first = idx.add(tf, dt.date(2023, 11, 15))
    assert idx.add(tf, dt.date(2023, 11, 19)) == first  # 4 days after its last article: open
    assert idx.open_by_term["فيضان"] == {first}
    idx.add(other, dt.date(2023, 11, 24))  # 5 days after: the flood story is closed for good
    assert idx.open_by_term["فيضان"] == set() and idx.by_term["فيضان"] == {first}
    assert idx.add(tf, dt.date(2023, 11, 24)) == 2  # a new story
    assert idx.add(tf, None) == first  # undated: compared with every story, the first best one


def test_a_story_spans_at_most_its_span_of_days():
    """A topic reported every day goes on in a new story after SPAN_DAYS (4): no chain over weeks."""
    import collections
    import datetime as dt

    from marsad.corpus.stories import StoryIndex

    tf = collections.Counter({"هدنه": 3, "عدن": 2, "حوثي": 1})
    idx = StoryIndex(collections.Counter({t: 1 for t in tf}), 30)
    day0 = dt.date(2015, 7, 17)
    got = [idx.add(tf, day0 + dt.timedelta(days=k)) for k in range(12)]
    # days 0-4 one story, 5-9 the next, 10-11 a third: each within 4 days of its first
    assert got == [0] * 5 + [1] * 5 + [2] * 2
    assert [(st["first"] - day0).days for st in idx.stories] == [0, 5, 10]
    # the merge pass does not join them back into one story of 12 days
    assert idx.merged() == [0, 1, 2]


def test_a_timeline_line_is_dated_by_a_day_of_the_text():
    from marsad.api import analyze_text
    from marsad.corpus.timeline import build_timeline

    d = analyze_text("وشهد شهر رمضان الماضي هجمات عدة على المصلين. وفي 16 يوليو 2015 قتل 49 شخصا في انفجار قنبلتين.",
                     title="هجمات", doc_id="t", published="2015-07-24")
    assert [s.attrs["value"] for s in d.layers["dates"]] == ["2015-06-18/2015-07-16", "2015-07-16"]
    # a month ("شهر رمضان": a range of days) places no line; the stated day does
    assert [line["date"] for line in build_timeline([d])] == ["2015-07-16"]


def test_copies_of_copies_are_one_group():
    """B edits A, C edits B: C shares too little with A to be its copy, but all three are one
    copy group whose earliest article is the original (union-find)."""
    import random

    from marsad.corpus.dedup import Dedup, signature
    from marsad.document import Document

    rng = random.Random(1)
    words = [f"كلمة{i}" for i in range(400)]
    a = [rng.choice(words) for _ in range(90)]
    b = a[:72] + [rng.choice(words) for _ in range(18)]
    c = [rng.choice(words) for _ in range(18)] + b[18:]
    sa, sb, sc = (signature(" ".join(x)) for x in (a, b, c))
    assert sa.jaccard(sb) >= 0.5 and sb.jaccard(sc) >= 0.5 and sa.jaccard(sc) < 0.5
    docs = []
    for i, (name, text) in enumerate((("c", c), ("a", a), ("b", b))):
        d = Document(id=name, published={"value": f"2015-07-2{[3, 1, 2][i]}"})
        d.set_text(" ".join(text))
        docs.append(d)
    Dedup().run(docs, None)
    assert {d.id: d.duplicate_of for d in docs} == {"a": None, "b": "a", "c": "a"}


def test_copies_with_dense_edits_and_shared_formulas():
    """A copy whose every eighth word is changed keeps under CONTAINMENT of its 3-grams but is a
    copy by its rare 3-grams; two articles that share only a formula found in many articles (a
    ruler's titles) are not copies, though most of the shorter one's 3-grams are in the other."""
    from marsad.corpus.dedup import COMMON_DF, CONTAINMENT, RARE_CONTAINMENT, Dedup, containment, shingles
    from marsad.document import Document

    formula = " ".join(f"لقب{i}" for i in range(50))
    docs = []
    for k in range(COMMON_DF + 7):  # the formula, then a body of 25 words of its own
        d = Document(id=f"notice{k}", published={"value": "2015-07-20"})
        d.set_text(formula + " " + " ".join(f"خبر{k}x{i}" for i in range(25)))
        docs.append(d)
    base = [f"جذر{i}" for i in range(120)]
    edited = [f"بديل{i}" if i % 8 == 0 else w for i, w in enumerate(base)]
    wire, paper = Document(id="wire", published={"value": "2015-07-20"}), Document(id="paper", published={"value": "2015-07-21"})
    wire.set_text(" ".join(base))
    paper.set_text(" ".join(edited))
    docs += [wire, paper]
    c_formula = containment(shingles(docs[0].text), shingles(docs[1].text))
    c_edited = containment(shingles(wire.text), shingles(paper.text))
    assert round(c_formula, 4) == round(48 / 73, 4) and RARE_CONTAINMENT <= c_formula < CONTAINMENT
    assert round(c_edited, 4) == round(75 / 118, 4) and RARE_CONTAINMENT <= c_edited < CONTAINMENT
    Dedup().run(docs, None)
    assert paper.duplicate_of == "wire" and wire.duplicate_of is None
    assert [d.id for d in docs if d.duplicate_of] == ["paper"]


def test_edited_versions_of_one_length_need_half_their_text():
    """Two versions of one length sharing half their 3-grams (every sixth word changed) are
    copies; a short article sharing as much with a text five times its length is not (its 38 words
    aligned with the long text are too few for a digest's part, see DIGEST_WORDS)."""
    from marsad.corpus.dedup import (DIGEST_WORDS, EDITED_CONTAINMENT, RARE_CONTAINMENT, SAME_LENGTH, Dedup,
                                     aligned_words, containment, shingles)
    from marsad.document import Document

    def doc(name, words, day):
        d = Document(id=name, published={"value": day})
        d.set_text(" ".join(words))
        return d

    base = [f"جذر{i}" for i in range(120)]
    edited = [f"بديل{i}" if i % 6 == 0 else w for i, w in enumerate(base)]
    lead = [f"أصل{i}" for i in range(45)]
    digest = [f"نسخة{i}" if i % 7 == 0 else w for i, w in enumerate(lead)] + [f"خبر{i}" for i in range(200)]
    docs = [doc("wire", base, "2015-07-20"), doc("paper", edited, "2015-07-21"),
            doc("short", lead, "2015-07-20"), doc("digest", digest, "2015-07-21")]
    c_same = containment(shingles(docs[0].text), shingles(docs[1].text))
    c_digest = containment(shingles(docs[2].text), shingles(docs[3].text))
    assert round(c_same, 4) == round(60 / 118, 4) and EDITED_CONTAINMENT <= c_same < RARE_CONTAINMENT
    assert round(c_digest, 4) == round(24 / 43, 4) and EDITED_CONTAINMENT <= c_digest < RARE_CONTAINMENT
    assert aligned_words(lead, digest) == 38 < DIGEST_WORDS
    assert len(shingles(docs[3].text)) > SAME_LENGTH * len(shingles(docs[2].text))
    Dedup().run(docs, None)
    assert {d.id: d.duplicate_of for d in docs} == {"wire": None, "paper": "wire", "short": None, "digest": None}


def test_rewritten_copies_are_aligned_word_by_word():
    """A wire story with every fourth word changed shares few 3-grams with it but the order of its
    words: aligned, 75% of the shorter text pairs up (ALIGNED), so it is a copy. A digest that holds
    a story's words, lightly edited (72 of them aligned, DIGEST_WORDS), joins that story's copy group; a digest
    holding the words of two groups joins neither; a text of other words stays apart."""
    from marsad.corpus.dedup import ALIGNED, DIGEST_WORDS, Dedup, aligned_words
    from marsad.document import Document

    def doc(name, words, day):
        d = Document(id=name, published={"value": day})
        d.set_text(" ".join(words))
        return d

    wire = [f"كلمة{i}" for i in range(100)]
    paper = [f"تحرير{i}" if i % 4 == 0 else w for i, w in enumerate(wire)]
    other = [f"موضوع{i}" for i in range(100)]
    other2 = [f"تغيير{i}" if i % 4 == 0 else w for i, w in enumerate(other)]
    # the first 80 words with every tenth changed: 54 of a story's 98 3-grams, under every 3-gram rule
    wire10 = [f"نقل{i}" if i % 10 == 5 else w for i, w in enumerate(wire[:80])]
    other10 = [f"نقل{i}" if i % 10 == 5 else w for i, w in enumerate(other[:80])]
    digest = wire10 + [f"حشو{i}" for i in range(300)]
    digest2 = wire10 + [f"فاصل{i}" for i in range(100)] + other10 + [f"ذيل{i}" for i in range(100)]
    assert aligned_words(wire, paper) == 75 >= ALIGNED * 100
    assert aligned_words(wire, digest) == 72 >= DIGEST_WORDS
    docs = [doc("wire", wire, "2015-07-20"), doc("paper", paper, "2015-07-21"), doc("other", other, "2015-07-20"),
            doc("other2", other2, "2015-07-21"), doc("digest", digest, "2015-07-22"),
            doc("digest2", digest2, "2015-07-22"), doc("alone", [f"بعيد{i}" for i in range(100)], "2015-07-20")]
    Dedup().run(docs, None)
    assert {d.id: d.duplicate_of for d in docs} == {"wire": None, "paper": "wire", "other": None, "other2": "other",
                                                    "digest": "wire", "digest2": None, "alone": None}


def test_an_edited_copy_that_keeps_its_rare_words_needs_half_its_words_aligned():
    """A wire story of 15 paragraphs, each five words of its own and five common function words; the
    paper keeps every word of its own and changes four or five of the five function words of each
    paragraph: 47% of the 3-grams and 53% of the words in order are left, under every other rule, but
    the words it keeps are the rare ones (KEPT_WORDS, idf-weighted), so it is a copy. A notice on the
    same frame that names other things keeps its function words only, and stays apart."""
    from marsad.corpus.dedup import (ALIGNED, EDITED_CONTAINMENT, KEPT_ALIGNED, KEPT_CONTAINMENT, KEPT_WORDS, Dedup,
                                     _Shingled, aligned_words)
    from marsad.document import Document

    def doc(name, words, day):
        d = Document(id=name, published={"value": day})
        d.set_text(" ".join(words))
        return d

    function, other = ["في", "من", "على", "إلى", "عن"], ["قد", "ثم", "بل", "لكن", "حتى"]
    wire, paper, notice = [], [], []
    for p in range(15):
        own = [f"خبر{p}x{i}" for i in range(5)]
        changed = 4 if p % 3 == 0 else 5
        wire += own + function
        paper += own + function[:5 - changed] + other[5 - changed:]
        notice += [f"شأن{p}x{i}" for i in range(5)] + function
    fillers = [function + other + [f"حشو{j}x{i}" for i in range(30)] for j in range(8)]
    texts = [" ".join(w) for w in (wire, paper, notice, *fillers)]
    sets = _Shingled(texts)
    assert round(sets.containment(0, 1), 3) == 0.472 and KEPT_CONTAINMENT <= sets.containment(0, 1) < EDITED_CONTAINMENT
    assert aligned_words(wire, paper) == 80 and KEPT_ALIGNED * 150 <= 80 < ALIGNED * 150
    assert round(sets.kept_words(0, 1), 3) == 0.997 >= KEPT_WORDS
    assert sets.kept_words(2, 0) < KEPT_WORDS
    docs = [doc("wire", wire, "2015-07-20"), doc("paper", paper, "2015-07-21"), doc("notice", notice, "2015-07-21")]
    docs += [doc(f"filler{j}", w, "2015-07-20") for j, w in enumerate(fillers)]
    Dedup().run(docs, None)
    assert {d.id: d.duplicate_of for d in docs[:3]} == {"wire": None, "paper": "wire", "notice": None}
    assert all(d.duplicate_of is None for d in docs[3:])


def test_stories_of_one_event_told_apart_are_merged():
    """Four articles share هدنة, اليمن and الحوثي (and each its own words), four others هدنة, اليمن
    and عدن: across the two groups no article is JOIN-close to another, so they start two stories,
    but the stories' centroids are MERGE-close (what the articles have in common adds up), so they
    are one event; a story on other words stays apart."""
    import collections
    import datetime as dt

    from marsad.corpus.stories import JOIN, MERGE, StoryIndex

    day = dt.date(2015, 7, 26)
    arts = [collections.Counter({"هدنه": 1, "يمن": 1, k: 1, **{f"{k}{i}x{j}": 1 for j in range(3)}})
            for k in ("حوثي", "عدن") for i in range(4)]
    arts.append(collections.Counter({f"كتاب{j}": 1 for j in range(6)}))
    df = collections.Counter()
    for tf in arts:
        df.update(tf.keys())
    idx = StoryIndex(df, 400)
    got = [idx.add(tf, day) for tf in arts]
    assert got == [0, 0, 0, 0, 1, 1, 1, 1, 2]
    a, b = idx.vector(arts[0]), idx.vector(arts[4])
    assert round(idx.cosine(a, b), 3) == 0.237 and idx.cosine(a, b) <= JOIN
    cos = idx.cosine(idx.stories[0]["sum"], idx.stories[1]["sum"]) / math.prod(
        math.sqrt(sum(x * x for x in idx.stories[s]["sum"].values())) for s in (0, 1))
    assert round(cos, 3) == 0.439 and cos >= MERGE
    assert idx.merged() == [0, 0, 2]


def test_storylines_hold_together_instead_of_chaining():
    """Key entities of six stories, each sharing two with the next: a truce and a battle in Yemen
    (the Houthis, Aden), the battle and a relief ship (Aden's port, the relief centre), the ship and
    a donors' conference (the relief centre, the UN), the conference and a vote (the UN, the
    Security Council). Plain chaining made one storyline of five; the coherence check stops the
    chain where no entity is any more in two thirds of the joined stories. A story sharing one
    entity only joins nothing."""
    from marsad.corpus.stories import Stories

    stories = [{"id": f"s{i}", "title": f"t{i}", "storyline": None, "_ents": ents} for i, ents in enumerate([
        ["e_houthi", "e_aden"],                         # truce
        ["e_houthi", "e_aden", "e_port", "e_relief"],   # battle for the port
        ["e_port", "e_relief", "e_un", "e_donors"],     # relief ship
        ["e_un", "e_donors", "e_council", "e_vote"],    # donors' conference
        ["e_council", "e_vote"],                        # vote
        ["e_houthi", "e_football"],                     # one shared entity only
    ])]
    lines = Stories.storylines(stories)
    assert sorted((line["stories"], line["label"]) for line in lines) == [
        (["s0", "s1", "s2"], ["e_aden", "e_port", "e_relief"]), (["s3", "s4"], ["e_council", "e_vote"])]
    assert [s["storyline"] is None for s in stories] == [False, False, False, False, False, True]


def test_storylines_need_a_shared_actor_not_only_places():
    """Two stories that share only places (a fashion week and a housing report, both in London and
    Britain) are no storyline; two that also share an organization are, and so are two sharing three
    places."""
    from marsad.corpus.stories import Stories

    stories = [{"id": f"s{i}", "title": f"t{i}", "storyline": None, "_ents": ents} for i, ents in enumerate([
        ["e_london", "e_britain", "e_fashion_week"],
        ["e_london", "e_britain", "e_land_registry"],
        ["e_cairo", "e_egypt", "e_suez_authority"],
        ["e_cairo", "e_suez_authority"],
    ])]
    lines = Stories.storylines(stories, places=frozenset({"e_london", "e_britain", "e_cairo", "e_egypt"}))
    assert [(line["stories"], line["label"]) for line in lines] == [(["s2", "s3"], ["e_cairo", "e_suez_authority"])]
    assert [s["storyline"] is None for s in stories] == [True, True, False, False]
    assert len(Stories.storylines([dict(s, storyline=None) for s in stories])) == 2  # places not known: both link
    three = [{"id": f"t{i}", "title": "", "storyline": None, "_ents": ["e_london", "e_britain", "e_thames", f"e_{i}"]}
             for i in range(2)]
    assert [line["stories"] for line in Stories.storylines(three, places=frozenset({"e_london", "e_britain", "e_thames"}))] == [["t0", "t1"]]


def test_a_story_key_entities_are_those_it_is_about():
    """Key entities (what storylines link by): the entities most of a story's articles name, then
    those named most often; not the first six in id order, which for a one-article story were
    any six of its names."""
    from marsad.document import Document, Span
    from marsad.corpus.stories import story_record

    def article(name, ents):
        d = Document(id=name, published={"value": "2015-07-26"})
        d.set_text("افتتح وزير الثقافة معرض الكتاب في العاصمة بمشاركة دور نشر من دول عديدة.")
        d.layers["entities"] = [Span(0, 5, "ORG", {"entity": e}) for e in ents]
        return d

    one = article("one", ["e_a", "e_b", "e_c", "e_d", "e_e", "e_f", "e_g", "e_g", "e_h", "e_h", "e_h"])
    assert story_record("s_one", [one])["_ents"] == ["e_h", "e_g", "e_a", "e_b", "e_c", "e_d"]
    two = [article("x", ["e_y", "e_z"]), article("w", ["e_z", "e_v", "e_v", "e_v"])]
    assert story_record("s_two", two)["_ents"] == ["e_z", "e_v", "e_y"]


def test_an_outlet_named_in_the_text_is_no_key_entity():
    """"عكاظ" in a source line says who reported, not what the story is about: storylines of one
    outlet's unrelated stories were linked through it."""
    from marsad.document import Document, Span
    from marsad.corpus.stories import story_record

    d = Document(id="one", published={"value": "2015-07-26"})
    d.set_text("عكاظ - جدة: افتتح أمير المنطقة معرض الكتاب في جدة بمشاركة دور نشر عديدة.")
    d.layers["entities"] = [Span(0, 4, "ORG", {"entity": "e_okaz"}), Span(7, 10, "LOC", {"entity": "e_jeddah"}),
                            Span(46, 49, "LOC", {"entity": "e_jeddah"})]
    assert story_record("s_one", [d])["_ents"] == ["e_jeddah"]


def test_a_source_line_and_a_platform_are_no_key_entities():
    """"أحمد علي- سبق- القاهرة:" opens a bureau reporter's articles on any subject: his name and his
    city linked them into one storyline."""
    from marsad.document import Document, Span
    from marsad.corpus.stories import byline_end, story_record, terms

    d = Document(id="one", published={"value": "2015-07-26"})
    d.set_text("أحمد علي- سبق- القاهرة: كشفت شركة سامسونج عن هاتف جديد في القاهرة.")
    assert byline_end(d.text) == 23
    d.layers["entities"] = [Span(0, 8, "PER", {"entity": "e_reporter"}), Span(15, 22, "LOC", {"entity": "e_cairo"}),
                            Span(33, 40, "ORG", {"entity": "e_samsung"}), Span(56, 63, "LOC", {"entity": "e_cairo"})]
    assert story_record("s_one", [d])["_ents"] == ["e_cairo", "e_samsung"]
    t = terms(d)
    assert "@e_reporter" not in t and t["@e_cairo"] == 2 and "احمد" not in t and t[fold("سامسونج")] == 1
    # a platform the words were posted on is no key entity, unless the headline names it
    d = Document(id="two", title="وزير يعلق على القرار", published={"value": "2015-07-26"})
    d.set_text("وكتب الوزير خالد الفالح عبر حسابه في تويتر أن القرار نهائي.")
    d.layers["entities"] = [Span(12, 23, "PER", {"entity": "e_falih"}), Span(37, 42, "ORG", {"entity": "e_twitter"})]
    assert story_record("s_two", [d])["_ents"] == ["e_falih"]
    d.title = "تويتر يغير شعاره"
    assert story_record("s_two", [d])["_ents"] == ["e_falih", "e_twitter"]
    # a colon in a sentence is no source line
    assert byline_end("قال الوزير - في كلمته - أمس: إن الأمر انتهى.") == 0


def test_headline_subjects_tell_two_notices_of_one_template_apart():
    """title_entities: the linked entities the headline names, half of their words at least, a
    company's "شركة" aside; other_subject: each headline names entities and neither text names the
    other's."""
    from marsad.corpus.stories import other_subject, title_entities
    from marsad.document import Document, Span

    def doc(title, text, names):
        d = Document(id=title, title=title)
        d.set_text(text)
        for name, eid in names:
            at = text.index(name)
            d.add("entities", Span(at, at + len(name), "ORG", {"entity": eid}))
        return d

    a = doc("ارتفاع أرباح «أكسا للتأمين» 53%", "أعلنت شركة أكسا للتأمين ارتفاع أرباحها في النصف الأول",
            [("شركة أكسا للتأمين", "axa")])
    b = doc("انخفاض خسائر «عناية» إلى 20 مليون", "أعلنت شركة عناية للتأمين التعاوني انخفاض خسائرها",
            [("شركة عناية للتأمين التعاوني", "enaya")])
    c = doc("محللون: نتائج أكسا تفوق التوقعات", "قال محللون إن نتائج شركة أكسا للتأمين وشركة عناية للتأمين التعاوني جيدة",
            [("شركة أكسا للتأمين", "axa"), ("شركة عناية للتأمين التعاوني", "enaya")])
    assert (title_entities(a), title_entities(b), title_entities(c)) == ({"@axa"}, {"@enaya"}, {"@axa"})
    assert other_subject({"@axa"}, {"@axa"}, {"@enaya"}, {"@enaya"})
    assert not other_subject({"@axa"}, {"@axa", "@enaya"}, {"@enaya"}, {"@enaya"})  # c names both
    assert not other_subject(frozenset(), {"@axa"}, {"@enaya"}, {"@enaya"})  # a headline without a name


def test_a_headline_names_a_place_behind_a_one_letter_proclitic():
    """headline_terms: a headline word without its one-letter proclitic ("بجازان"، "وتبوك") is matched
    with the places of the text as the bare word is (title_places), so two cities' notices of one
    template name their places and stay apart (other_places); the headline subjects (title_entities)
    match the words as written."""
    from marsad.corpus.stories import headline_terms, other_places, title_entities, title_places
    from marsad.document import Document, Span

    def doc(title, text, names):
        d = Document(id=title, title=title)
        d.set_text(text)
        for name, label, eid in names:
            at = text.index(name)
            d.add("entities", Span(at, at + len(name), label, {"entity": eid}))
        return d

    assert headline_terms("افتتاح المكتبة بجازان وتبوك") == {"افتتاح", "مكتبه", "بجازان", "جازان", "وتبوك", "تبوك"}
    # two letters after ب are no name behind a proclitic; "لندن" also gives "ندن", which no place of a
    # text is (the variants are only matched with the text's places)
    assert headline_terms("بكر يزور لندن") == {"بكر", "يزور", "لندن", "ندن"}
    a = doc("افتتاح مكتبة عامة بجازان", "افتتح أمير منطقة جازان مكتبة عامة جديدة", [("جازان", "LOC", "jazan")])
    b = doc("افتتاح مكتبة عامة وتبوك تستعد", "افتتحت أمانة تبوك مكتبة عامة جديدة", [("تبوك", "LOC", "tabuk")])
    c = doc("مكتبة عامة جديدة لأرامكو بالدمام", "افتتحت شركة أرامكو مكتبة عامة في الدمام",
            [("شركة أرامكو", "ORG", "aramco"), ("الدمام", "LOC", "dammam")])
    assert (title_places(a), title_places(b), title_places(c)) == ({"@jazan"}, {"@tabuk"}, {"@dammam"})
    assert other_places(title_places(a), title_places(b))
    # the subjects: as written ("بالدمام" loses its article with it, as every term does; "لأرامكو" does not)
    assert (title_entities(a), title_entities(c)) == (frozenset(), {"@dammam"})
    assert title_entities(c, places=True) == {"@dammam"}


def test_an_eid_reception_notice_joins_only_its_copies(monkeypatch):
    """recurring_notice: a headline of an Eid reception with a party or the staff; such a notice joins a
    story only at NOTICE_JOIN (its copies), and a story of notices takes no part in the merge pass."""
    import collections
    import datetime as dt

    import marsad.corpus.stories as S
    from marsad.document import Document

    def titled(t):
        d = Document(id=t, title=t)
        d.set_text("")
        return d

    assert S.recurring_notice(titled("بلدية المحافظة تقيم حفل معايدة لمنسوبيها")) is True
    assert S.recurring_notice(titled("مستشفى الولادة يعايد منسوبيه")) is True
    assert S.recurring_notice(titled("الإدارة تعايد الموظفين بعد الإجازة")) is True
    # a reception word without a party or the staff: a club's signing told as an Eid gift
    assert S.recurring_notice(titled("رئيس النادي يعايد الجماهير بلاعب جديد")) is False
    assert S.recurring_notice(titled("افتتاح معرض الكتاب")) is False
    # two institutions' receptions on one template: the template's four words shared, the names not
    # (cosine 0.379: over JOIN, under NOTICE_JOIN)
    template = {"حفل": 1, "معايده": 1, "منسوبين": 1, "عيد": 1}
    a = collections.Counter({**template, "بلديه": 2, "محافظه": 2})
    b = collections.Counter({**template, "مستشفي": 2, "ولاده": 2})
    df = collections.Counter()
    for tf in (a, b):
        df.update(tf.keys())
    day = dt.date(2015, 7, 23)
    idx = S.StoryIndex(df, 400)
    va, vb = idx.vector(a), idx.vector(b)
    assert round(idx.cosine(va, vb), 3) == 0.379
    assert S.JOIN < 0.379 < S.NOTICE_JOIN
    assert [idx.add(a, day), idx.add(b, day)] == [0, 0]  # not notices: one story
    idx = S.StoryIndex(df, 400)
    assert [idx.add(a, day, notice=True), idx.add(b, day, notice=True), idx.add(a, day, notice=True)] == [0, 1, 0]
    assert idx.merged() == [0, 1]
    # an article that is no notice may join a notice's story (a story of notices only is one no more)
    idx = S.StoryIndex(df, 400)
    assert [idx.add(a, day, notice=True), idx.add(b, day)] == [0, 0]
    assert idx.stories[0]["notice"] is False
    # the merge pass leaves a story of notices only alone, even at a centroid cosine of 1.0
    monkeypatch.setattr(S, "JOIN", 1.0)  # every article starts a story
    idx = S.StoryIndex(df, 400)
    assert [idx.add(a, day, notice=True), idx.add(a, day)] == [0, 1]
    assert idx.merged() == [0, 1]
    idx = S.StoryIndex(df, 400)
    assert [idx.add(a, day), idx.add(a, day)] == [0, 1]
    assert idx.merged() == [0, 0]


def test_a_copy_far_from_its_original_is_clustered_as_its_own(tmp_path):
    """A page that runs two reports together (the flood, then the book fair) is a copy of each
    (containment), so the three are one copy group under the flood report; the book fair report
    is far from the flood report (cosine below COPY_FOLLOW) and takes a story of its own, while
    the page, close to the flood report, follows it."""
    r = write(tmp_path, [
        {"id": "flood", "title": "فيضانات في صلالة", "content": FLOOD, "published": "2023-11-15"},
        {"id": "both", "title": "فيضانات صلالة ومعرض الكتاب", "content": FLOOD + "\n\n" + BOOK, "published": "2023-11-15"},
        {"id": "book", "title": "افتتاح معرض الكتاب", "content": BOOK, "published": "2023-11-16"},
    ])
    docs = {d.id: d for d in r.documents}
    assert docs["both"].duplicate_of == docs["book"].duplicate_of == "flood"
    assert docs["flood"].story == docs["both"].story != docs["book"].story
    assert sorted(len(s["articles"]) for s in r.corpus.stories) == [1, 2]


def test_the_merge_pass_compares_joined_groups_again(monkeypatch):
    """Three pieces of one event (each its own story here): the first two share x, y and z (cosine
    0.451, joined), the third shares x and y with each (0.358, under MERGE); what the two joined
    pieces hold together is closer to it (0.421), so a second round joins it; one round does not."""
    import collections
    import datetime as dt

    import marsad.corpus.stories as S

    day = dt.date(2015, 7, 26)
    arts = [collections.Counter({"x": 1, "y": 1, "z": 1, **{f"n{i}{j}": 1 for j in range(3)}}) for i in range(2)]
    arts.append(collections.Counter({"x": 1, "y": 1, "n20": 1, "n21": 1}))
    df = collections.Counter()
    for tf in arts:
        df.update(tf.keys())
    monkeypatch.setattr(S, "JOIN", 1.0)  # every article starts a story
    idx = S.StoryIndex(df, 400)
    assert [idx.add(tf, day) for tf in arts] == [0, 1, 2]
    v = [idx.vector(tf) for tf in arts]
    assert (round(idx.cosine(v[0], v[1]), 3), round(idx.cosine(v[0], v[2]), 3)) == (0.451, 0.358)
    both = collections.Counter(v[0]) + collections.Counter(v[1])
    assert round(idx.cosine(both, v[2]) / math.sqrt(sum(x * x for x in both.values())), 3) == 0.421
    assert idx.merged() == [0, 0, 0]
    monkeypatch.setattr(S, "MERGE_ROUNDS", 1)
    assert idx.merged() == [0, 0, 2]


def test_market_reports_of_other_days_and_headlines_of_other_places_stay_apart():
    """A daily market report joins only the same day's (in ``add`` and in the merge pass); an article
    is not joined through one whose headline names other places only."""
    import collections
    import datetime as dt

    from marsad.corpus.stories import StoryIndex, market_report, other_places
    from marsad.document import Document

    def titled(t):
        d = Document(id=t, title=t)
        d.set_text("")
        return d

    assert market_report(titled("مؤشر الأسهم يتراجع 40 نقطة")) is True
    assert market_report(titled("افتتاح معرض الكتاب")) is False
    assert other_places(frozenset({"@a"}), frozenset({"@b"})) is True
    assert other_places(frozenset({"@a"}), frozenset({"@a", "@b"})) is False
    assert other_places(frozenset(), frozenset({"@b"})) is False
    tf = collections.Counter({"مؤشر": 2, "اسهم": 2, "نقطه": 1, "تداول": 1})
    df = collections.Counter({t: 1 for t in tf})
    day1, day2 = dt.date(2015, 7, 26), dt.date(2015, 7, 27)
    idx = StoryIndex(df, 400)
    assert [idx.add(tf, day1, market=True), idx.add(tf, day1, market=True), idx.add(tf, day2, market=True)] == [0, 0, 1]
    assert idx.merged() == [0, 1]
    idx = StoryIndex(df, 400)
    assert [idx.add(tf, day1), idx.add(tf, day2)] == [0, 0]  # not reports: one story
    idx = StoryIndex(df, 400)
    got = [idx.add(tf, day1, places=frozenset({"@a"})), idx.add(tf, day1, places=frozenset({"@b"})),
           idx.add(tf, day1, places=frozenset({"@a", "@b"}))]
    assert got == [0, 1, 0]


def test_realnews_copy_misses_lists_the_gold_copies_left_in_two_groups(tmp_path, realnews_evaluate):
    """eval/realnews/evaluate.py stories -v: the gold copy pairs marsad leaves in two copy groups,
    with both lengths, containment and aligned share; a pair joined through a third article (one
    copy group, transitively) is not a miss."""
    mod = realnews_evaluate
    one = "وصل الوفد إلى العاصمة صباح اليوم في زيارة رسمية تستمر يومين"  # 11 words
    arts = [{"id": "a", "text": one, "story": "s1"},
            {"id": "b", "text": one + " يلتقي خلالها كبار المسؤولين", "duplicate_of": "a", "story": "s1"},
            {"id": "c", "text": one, "duplicate_of": "b", "story": "s1"},
            {"id": "d", "text": "وصل الوفد إلى المدينة مساء أمس", "story": "s2"}]
    gold = tmp_path / "copies.jsonl"
    gold.write_text("".join(json.dumps({"url_a": a, "url_b": b}) + "\n" for a, b in [("a", "c"), ("a", "d")]))
    assert mod.copy_misses(arts, gold) == [
        {"a": "a", "b": "d", "words": [11, 6], "containment": 0.25, "aligned": 0.5, "same_story": False}]  # 1 of 4 3-grams, 3 of 6 words


def test_stories_without_states_give_the_same_stories(tmp_path):
    import copy

    from marsad.corpus import Corpus
    from marsad.corpus.stories import Stories

    r = write(tmp_path, [
        {"id": "flood-a", "title": "فيضانات في صلالة", "content": FLOOD, "published": "2023-11-15"},
        {"id": "flood-c", "title": "انحسار الفيضانات في صلالة", "content": FLOOD_NEXT, "published": "2023-11-16"},
        {"id": "book", "title": "افتتاح معرض الكتاب", "content": BOOK, "published": "2023-11-15"},
    ])
    docs = r.documents
    for d in docs:
        d.story = None
    kept, lean = Stories(), Stories(keep_states=False)
    a, b = Corpus(entities=r.corpus.entities), Corpus(entities=r.corpus.entities)
    twin = copy.deepcopy(docs)
    kept.run(docs, a)
    lean.run(twin, b)
    assert a.stories == b.stories and a.storylines == b.storylines
    assert [d.story for d in docs] == [d.story for d in twin] != [None, None, None]
    assert sorted(len(s["articles"]) for s in a.stories) == [1, 2]
    assert len(kept.states) == 2 and lean.states == {}
    assert kept.states[next(s["id"] for s in a.stories if "book" in s["articles"])]["first"] == "2023-11-15"
