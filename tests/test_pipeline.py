import pytest

from marsad.document import Document
from marsad.errors import MarsadError, PipelineError
from marsad.pipeline import DEFAULT_PIPELINE, Pipeline
from marsad.registry import component


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


CALLS: list[list[str]] = []


@component("test_many", needs=("text",), adds=("many",), many=True)
def _many(docs):
    CALLS.append([d.id for d in docs])
    if any("خطأ" in d.text for d in docs):
        raise ValueError("boom")
    for d in docs:
        d.meta["many"] = len(docs)
    return docs


def test_a_batch_component_reads_the_batch_in_one_call():
    CALLS.clear()
    docs = [Document(id=f"d{i}", raw=f"عنوان\nنص رقم {i}") for i in range(3)]
    out = Pipeline(["clean", "test_many"]).run_many(docs)
    assert CALLS == [["d0", "d1", "d2"]]
    assert [d.meta["many"] for d in out] == [3, 3, 3]


def test_in_a_batch_the_article_at_fault_fails_alone():
    CALLS.clear()
    docs = [Document(id="a", raw="عنوان\nنص"), Document(id="b", raw="عنوان\nنص فيه خطأ"),
            Document(id="c", raw="عنوان\nنص آخر")]
    out = Pipeline(["clean", "test_many"]).run_many(docs)
    # the batch call fails, then each article is run alone
    assert CALLS == [["a", "b", "c"], ["a"], ["b"], ["c"]]
    assert [type(o).__name__ for o in out] == ["Document", "ValueError", "Document"]
    assert [o.meta["many"] for o in (out[0], out[2])] == [1, 1]


def test_a_failed_article_is_not_passed_to_later_components():
    CALLS.clear()
    docs = [Document(id="a", raw=""), Document(id="b", raw="عنوان\nنص")]
    out = Pipeline(["clean", "test_many"]).run_many(docs)
    assert isinstance(out[0], MarsadError) and CALLS == [["b"]]
