"""Properties that must hold for any text: offsets stay inside and in order; ingest never crashes."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.errors import InputError
from marsad.ingest.files import decode_bytes, record_from_object
from marsad.text.normalize import fold, normalize
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import tokenize

ARABICISH = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ ًٌٍَُِّْـ«»“”\"،.؟!:\n 0123456789٠١٢٣abc\u200f\u00a0")),
                    max_size=300)


@given(ARABICISH)
def test_normalize_maps_back_inside_the_text(text):
    v = normalize(text)
    assert len(v.map.starts) == len(v.text)
    for i in range(len(v.text)):
        s, e = v.span(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert fold(text[s:e]) == v.text[i]


@given(ARABICISH)
def test_tokens_and_sentences_lie_inside_in_order(text):
    toks = tokenize(text)
    assert all(0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text for t in toks)
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:]))
    sents = split_sentences(text)
    assert all(0 <= s < e <= len(text) for s, e in sents)
    assert all(a[1] <= b[0] for a, b in zip(sents, sents[1:]))


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_decoding_random_bytes_fails_only_with_an_input_error(data):
    try:
        out = decode_bytes(data, "fuzz.txt")
        assert isinstance(out, str)
    except InputError as e:
        assert e.source == "fuzz.txt" and e.reason


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=400))
def test_html_analysis_never_crashes(body):
    from marsad.api import analyze_text

    try:
        doc = analyze_text(f"<html><body><p>{body}</p></body></html>", html=True)
        assert all(0 <= s.start <= s.end <= len(doc.text) for layer in doc.layers.values() for s in layer)
    except InputError:
        pass


@given(st.dictionaries(st.sampled_from(["id", "title", "content", "html", "url", "published"]),
                       st.one_of(st.none(), st.integers(), st.text(max_size=30), st.lists(st.integers(), max_size=2))))
def test_article_objects_are_accepted_or_refused_with_a_reason(obj):
    try:
        rec = record_from_object(obj, "x.json", "x")
        # an article has a body or, at the least, a title (a title-only item of a feed)
        assert isinstance(rec.raw, str) and (rec.raw.strip() or str(rec.fields.get("title") or "").strip())
    except InputError as e:
        assert e.reason
