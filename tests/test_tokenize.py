import pytest

from marsad.text.tokenize import split_proclitics, stem, tokenize


def test_tokenize_separates_punctuation_and_quotes():
    text = "قال: «سنناقش كل القضايا»، وأضاف “نعم”."
    assert [t.text for t in tokenize(text)] == ["قال", ":", "«", "سنناقش", "كل", "القضايا", "»", "،",
                                                "وأضاف", "“", "نعم", "”", "."]


def test_tokenize_offsets_index_the_text():
    text = "في 1,000 حاوية و3.5 مليار، كوفيد-19 والـ100"
    toks = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert [t.text for t in toks] == ["في", "1,000", "حاوية", "و", "3.5", "مليار", "،", "كوفيد", "-", "19",
                                      "والـ", "100"]


def test_tokenize_keeps_diacritics_inside_words():
    assert [t.text for t in tokenize("قبِل الدعوة")] == ["قبِل", "الدعوة"]


def test_tokenize_range():
    text = "أ ب ج"
    assert [t.text for t in tokenize(text, 2, 5)] == ["ب", "ج"]


@pytest.mark.parametrize("word, pieces", [
    ("وبالقاعدة", ["و", "ب", "ال", "قاعدة"]),
    ("والكرملين", ["و", "ال", "كرملين"]),
    ("للعلاقات", ["ل", "ل", "علاقات"]),
    ("فالقرار", ["ف", "ال", "قرار"]),
    ("كالعادة", ["ك", "ال", "عادة"]),
    ("وزير", ["وزير"]),        # not و + زير
    ("بلد", ["بلد"]),
    ("لروسيا", ["لروسيا"]),    # no lexicon: a single letter is not split off
    ("الى", ["الى"]),          # too short a stem after ال
])
def test_split_proclitics_without_lexicon(word, pieces):
    assert [word[s:e] for s, e in split_proclitics(word)] == pieces


def test_split_proclitics_with_lexicon():
    known = {"روسيا", "بوتين"}
    assert [stem(w, known) for w in ("لروسيا", "وبوتين", "وبروسيا", "وزير")] == ["روسيا", "بوتين", "روسيا", "وزير"]
