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


def test_tokens_are_immutable_named_fields_and_bounds_match():
    from marsad.text.tokenize import Token, token_bounds

    text = "أعلن الوزير، يوم 12.5 «الخطة» للعام 2024م"
    toks = tokenize(text, 5)
    assert [(t.start, t.end, t.text) for t in toks] == [
        (5, 11, "الوزير"), (11, 12, "،"), (13, 16, "يوم"), (17, 21, "12.5"), (22, 23, "«"), (23, 28, "الخطة"),
        (28, 29, "»"), (30, 35, "للعام"), (36, 40, "2024"), (40, 41, "م")]
    assert token_bounds(text, 5) == [(t.start, t.end) for t in toks]
    assert toks[0] == Token(5, 11, "الوزير") and toks[0].is_word and toks[3].is_number and not toks[1].is_word
    with pytest.raises(AttributeError):
        toks[0].start = 0
