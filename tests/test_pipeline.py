import pytest

from marsad.document import Document
from marsad.errors import PipelineError
from marsad.pipeline import DEFAULT_PIPELINE, Pipeline, component


@component("test_upper", needs=("text",), adds=("upper",))
def _upper(doc):
    doc.meta["upper"] = doc.text.upper()
    return doc


@component("test_bad_return", needs=("text",), adds=())
def _bad(doc):
    return "not a document"


def test_default_pipeline_order_is_valid():
    assert Pipeline().names == list(DEFAULT_PIPELINE)


def test_unmet_need_is_refused_before_running():
    with pytest.raises(PipelineError, match="needs text"):
        Pipeline(["test_upper"])


def test_unknown_component():
    with pytest.raises(PipelineError, match="unknown component 'nope'"):
        Pipeline(["clean", "nope"])


def test_component_must_return_a_document():
    p = Pipeline(["clean", "test_bad_return"])
    with pytest.raises(PipelineError, match="returned str"):
        p(Document(id="x", raw="عنوان\nنص"))


def test_runs_in_order_and_times():
    p = Pipeline(["clean", "test_upper"])
    d = p(Document(id="x", raw="Title\nbody text"))
    assert d.meta["upper"] == "BODY TEXT"
    assert set(p.timings) == {"clean", "test_upper"}
