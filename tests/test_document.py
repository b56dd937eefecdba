import pytest

from marsad.document import Document, Span
from marsad.errors import DocumentError


def make_doc():
    d = Document(id="a1", raw="raw", url="http://x/1", title="عنوان", outlet="منفذ")
    d.set_text("قال بوتين اليوم الأربعاء إن المحادثات مثمرة.")
    d.add("entities", Span(4, 9, "PER", {"entity": "e1"}, "ner"))
    d.add("dates", Span(10, 24, "weekday", {"value": "2023-09-13", "_expr": {"weekday": 2}}))
    d.add("quotes", Span(28, 43, "indirect", {"speaker": {"text": "بوتين", "start": 4, "end": 9,
                                                           "entity": "e1", "name": "بوتين"}, "cue": "قال"}))
    d.add("sentences", Span(0, 44, "sentence"))
    return d


def test_text_is_set_once():
    d = make_doc()
    with pytest.raises(DocumentError, match="already set"):
        d.set_text("x")


def test_span_outside_text_is_refused():
    d = make_doc()
    with pytest.raises(DocumentError, match="outside the text"):
        d.add("entities", Span(40, 99, "PER"))


def test_to_dict_is_the_contract_shape():
    out = make_doc().to_dict()
    assert out["entities"] == [{"start": 4, "end": 9, "text": "بوتين", "type": "PER", "entity": "e1"}]
    assert out["dates"] == [{"start": 10, "end": 24, "text": "اليوم الأربعاء", "kind": "weekday",
                             "value": "2023-09-13"}]          # _expr is private
    q = out["quotes"][0]
    assert (q["text"], q["kind"], q["cue"], q["via"]) == ("المحادثات مثمرة", "indirect", "قال", None)
    assert "sentences" not in out and "raw" not in out
    assert out["published"] == {"value": None, "basis": None, "note": None}


def test_round_trip_with_extra():
    d = make_doc()
    again = Document.from_dict(d.to_dict(extra=True))
    assert again.to_dict(extra=True) == d.to_dict(extra=True)
    assert again.spans("dates")[0].attrs["_expr"] == {"weekday": 2}
    assert again.sentence_of(12).start == 0


def test_from_contract_dict_without_extra():
    d = make_doc()
    again = Document.from_dict(d.to_dict())
    assert again.to_dict() == d.to_dict()


def test_array_meta_is_a_list_in_json():
    """A signature held as a compact array is written as a list of ints and read back as an array."""
    import json
    from array import array

    from marsad.document import U32

    d = make_doc()
    d.meta["source"] = "a.txt"
    d.meta["_minhash"] = array(U32, [0, 7, 4294967295])
    out = d.to_dict(extra=True)
    assert json.dumps(out["meta"]) == '{"source": "a.txt", "_minhash": [0, 7, 4294967295]}'
    assert d.meta["_minhash"] == array(U32, [0, 7, 4294967295])      # the document keeps its array
    again = Document.from_dict(json.loads(json.dumps(out)))
    assert again.meta["_minhash"] == array(U32, [0, 7, 4294967295])
    assert again.meta["_minhash"].itemsize == 4
    assert json.dumps(again.to_dict(extra=True)) == json.dumps(out)
    # no signature (a text too short): None, as before
    d.meta["_minhash"] = None
    assert Document.from_dict(d.to_dict(extra=True)).meta["_minhash"] is None
