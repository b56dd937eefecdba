"""Output validates against the contract's JSON Schema, and every offset indexes the text."""
import json
from importlib import resources

import jsonschema
import pytest

from conftest import SAMPLE, read_jsonl


def schema(name):
    return json.loads(resources.files("marsad.schema").joinpath(name).read_text(encoding="utf-8"))


def check_output(outdir):
    arts = read_jsonl(outdir / "articles.jsonl")
    corpus = json.loads((outdir / "corpus.json").read_text(encoding="utf-8"))
    jsonschema.validate(corpus, schema("corpus.schema.json"))
    texts = {}
    for a in arts:
        jsonschema.validate(a, schema("article.schema.json"))
        texts[a["id"]] = a["text"]
        for layer in ("entities", "quotes", "dates"):
            for s in a[layer]:
                assert a["text"][s["start"]:s["end"]] == s["text"], (a["id"], layer, s)
    story_ids = {s["id"] for s in corpus["stories"]}
    entity_ids = {e["id"] for e in corpus["entities"]}
    for a in arts:
        assert a["story"] in story_ids
        assert all(m["entity"] is None or m["entity"] in entity_ids for m in a["entities"])
        assert a["duplicate_of"] is None or a["duplicate_of"] in texts
    for st in corpus["stories"]:
        for line in st["timeline"] + st["summary"]:
            for c in line["citations"]:
                assert 0 <= c["start"] < c["end"] <= len(texts[c["article"]])
    return arts, corpus


def test_seeds_output_follows_the_contract(seeds_result):
    outdir, _ = seeds_result
    arts, _ = check_output(outdir)
    assert len(arts) == 5


def test_sample_output_follows_the_contract(tmp_path):
    if not any(SAMPLE.iterdir()):
        pytest.skip("sample corpus not written yet")
    import marsad

    marsad.analyze([SAMPLE]).write(tmp_path)
    arts, corpus = check_output(tmp_path)
    assert len(arts) >= 9
