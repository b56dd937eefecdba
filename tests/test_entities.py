"""Named entities: the tagger, the document-level refinements, and the ANERcorp gate."""
from __future__ import annotations

import subprocess
import sys

from marsad.api import analyze_text
from marsad.extract.entities import iob_spans, tag_tokens

#: Micro-F1 on ANERcorp test measured for the shipped model (see BENCHMARKS.md), rounded down.
ANERCORP_F1_FLOOR = 0.71


def ents(text: str) -> list[tuple[str, str]]:
    d = analyze_text(text, title="خبر")
    return [(d.text[s.start:s.end], s.label) for s in d.layers["entities"]]


def test_iob_spans():
    assert iob_spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG"]) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG")]


def test_tagger_finds_a_titled_person():
    tags = tag_tokens([["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "إن", "المحادثات", "مثمرة"]])[0]
    assert tags[3:5] == ["B-PER", "I-PER"]


def test_two_people_or_places_joined_by_wa_are_two_mentions():
    from marsad.extract.entities import split_coordinated

    assert split_coordinated(["التقى", "بوش", "وبلير"], ["O", "B-PER", "I-PER"]) == ["O", "B-PER", "B-PER"]
    assert split_coordinated(["لبنان", "وسوريا"], ["B-LOC", "I-LOC"]) == ["B-LOC", "B-LOC"]
    assert split_coordinated(["محمد", "وليد"], ["B-PER", "I-PER"]) == ["B-PER", "I-PER"]  # a given name
    assert split_coordinated(["البوسنة", "والهرسك"], ["B-LOC", "I-LOC"]) == ["B-LOC", "I-LOC"]  # gazetteer
    assert split_coordinated(["الاتحاد", "والتنمية"], ["B-ORG", "I-ORG"]) == ["B-ORG", "I-ORG"]


def test_batching_does_not_change_the_tags():
    """Padding, the backward LSTM's per-sequence reversal and the cache are invisible."""
    from marsad.extract.ner_nn import CHUNK, model

    sents = [["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "إن", "المحادثات", "مثمرة"],
             ["وصل", "وزير", "الخارجية", "سيرغي", "لافروف", "إلى", "بيونغ", "يانغ"],
             ["زار", "كيم", "جونغ", "أون", "روسيا"] * 30, [], ["بوتين", "يزور", "بكين"]]
    together = tag_tokens(sents)
    alone = [tag_tokens([s])[0] for s in sents]
    assert together == alone
    assert [len(t) for t in together] == [8, 8, 150, 0, 3]
    assert together[4][0] == "B-PER"  # a short sequence's first token, read last by the backward LSTM
    assert len(sents[2]) > 2 * CHUNK
    assert together[1][3:5] == ["B-PER", "I-PER"]
    model()._row.clear()  # a fresh cache (new rows for every word) gives the same answer
    assert tag_tokens(sents) == together


def test_an_adjective_after_an_agency_name_is_not_part_of_it():
    found = ents("قال لافروف لوكالة إنترفاكس الروسية إن المحادثات كانت مثمرة.")
    assert ("إنترفاكس", "ORG") in found


def test_refine_splits_a_place_run_into_a_person_and_reads_his_family_name_alone():
    from marsad.document import Span
    from marsad.extract.entities import refine
    from marsad.text.tokenize import tokenize

    text = "وصل مبعوث بحيرة الصفصاف غوستاف ليندبرغ أمس. وقال ليندبرغ إن الحوار بدأ."
    words = [Span(t.start, t.end, "w", {}, "tokens") for t in tokenize(text)]

    def at(phrase: str, label: str, after: int = 0) -> Span:
        i = text.index(phrase, after)
        return Span(i, i + len(phrase), label, {"entity": None}, "entities")

    tagged = [at("الصفصاف غوستاف ليندبرغ", "LOC"), at("ليندبرغ", "ORG", text.index("وقال"))]
    got = [(text[m.start:m.end], m.label) for m in refine(text, words, tagged)]
    assert got == [("الصفصاف", "LOC"), ("غوستاف ليندبرغ", "PER"), ("ليندبرغ", "PER")]


def test_lower_case_latin_words_are_not_names():
    found = ents("نشر موقع BBC الخبر تحت عنوان script alert في صفحة onerror أمس.")
    assert [t for t, _ in found if t.isascii() and t.islower()] == []  # the tagger reads "script alert" as ORG


def test_places_and_organizations_from_the_knowledge_base():
    found = ents("وصل الوفد إلى بيونغ يانغ قادما من موسكو، بحسب وكالة الأنباء المركزية الكورية الشمالية.")
    assert ("بيونغ يانغ", "LOC") in found
    assert ("موسكو", "LOC") in found
    assert ("وكالة الأنباء المركزية الكورية الشمالية", "ORG") in found


def test_clitic_is_trimmed_from_a_place():
    found = ents("أرسلت الحكومة مساعدات لروسيا أمس.")
    assert ("روسيا", "LOC") in found


def test_short_form_is_tagged_after_the_full_name():
    found = ents("التقى الرئيس الروسي فلاديمير بوتين الزعيم الصيني. وقال بوتين إن اللقاء كان مثمرا.")
    assert found.count(("بوتين", "PER")) == 1
    assert ("فلاديمير بوتين", "PER") in found


def test_anercorp_f1_floor(shared_dir, tmp_path):
    test = shared_dir / "data" / "anercorp" / "test.txt"
    pred = tmp_path / "pred.tsv"
    with open(pred, "w", encoding="utf-8") as f:
        subprocess.run([sys.executable, "-m", "marsad.cli", "tag", "--conll", str(test)], stdout=f, check=True)
    out = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), "ner", str(pred), str(test), "--json"],
                         capture_output=True, text=True, check=True).stdout
    import json
    f1 = json.loads(out)["micro"]["f1"]
    assert f1 >= ANERCORP_F1_FLOOR
