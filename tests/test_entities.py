"""Named entities: the tagger, the document-level refinements, and the ANERcorp gate."""
from __future__ import annotations

import subprocess
import sys

from marsad.api import analyze_text
from marsad.extract.entities import iob_spans, tag_tokens

#: Micro-F1 on ANERcorp test measured for the shipped model (see BENCHMARKS.md), rounded down.
ANERCORP_F1_FLOOR = 0.67


def ents(text: str) -> list[tuple[str, str]]:
    d = analyze_text(text, title="خبر")
    return [(d.text[s.start:s.end], s.label) for s in d.layers["entities"]]


def test_iob_spans():
    assert iob_spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG"]) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG")]


def test_tagger_finds_a_titled_person():
    tags = tag_tokens([["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "إن", "المحادثات", "مثمرة"]])[0]
    assert tags[3:5] == ["B-PER", "I-PER"]


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
