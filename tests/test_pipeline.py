import pytest

from marsad.document import Document, Span
from marsad.errors import MarsadError, PipelineError
from marsad.pipeline import DEFAULT_PIPELINE, Pipeline, Undeclared
from marsad.registry import component


@component("test_upper", needs=("text",), adds=("meta.upper",))
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


@component("test_many", needs=("text",), adds=("meta.many",), many=True)
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


@component("test_writes_title", needs=("text",), adds=("shout",))
def _writes_title(doc):
    doc.title = "عنوان آخر"
    return doc


@component("test_writes_meta", needs=("text",), adds=("meta.shout",))
def _writes_meta(doc):
    doc.meta["shout"] = doc.text.upper()
    doc.meta["hidden"] = 1
    return doc


@component("test_reads_entities", needs=("text",), adds=("meta.shout",))
def _reads_entities(doc):
    doc.meta["shout"] = len(doc.spans("entities"))
    return doc


@component("test_reads_own", needs=("text",), adds=("shout_layer",))
def _reads_own(doc):
    doc.layers.setdefault("shout_layer", []).append(Span(0, 1, "x"))
    doc.layers["shout_layer"][0].attrs["seen"] = doc.title
    return doc


@pytest.mark.parametrize("name, message", [
    ("test_writes_title", "component 'test_writes_title' changed title of x, which it does not declare in adds"),
    ("test_writes_meta", "component 'test_writes_meta' changed meta.hidden of x, which it does not declare in adds"),
    ("test_reads_entities", "component 'test_reads_entities' read entities of x, which no earlier component adds"),
])
def test_a_component_that_breaks_its_declarations_fails(name, message):
    p = Pipeline(["clean", name], check=True)
    with pytest.raises(Undeclared) as e:
        p.run_many([Document(id="x", raw="عنوان\nنص")])
    assert str(e.value) == message


def test_declarations_are_not_checked_unless_asked():
    out = Pipeline(["clean", "test_writes_title"], check=False)(Document(id="x", raw="عنوان\nنص"))
    assert out.title == "عنوان آخر"


def test_what_a_component_declares_it_may_change_and_read():
    out = Pipeline(["clean", "test_reads_own"], check=True)(Document(id="x", raw="عنوان\nنص"))
    assert [(s.start, s.end, s.attrs) for s in out.spans("shout_layer")] == [(0, 1, {"seen": "عنوان"})]
    assert type(out) is Document and type(out.layers) is dict and type(out.meta) is dict


def test_the_default_components_keep_their_declarations():
    texts = ["الرياض - واس\nقال وزير الخارجية عادل الجبير أمس الأربعاء إن المملكة تدعم الحل السياسي في اليمن.",
             "<html><head><title>خبر</title></head><body><article><h1>خبر</h1><p>أعلنت وزارة الصحة يوم "
             "الخميس ٢٣ يوليو ٢٠١٥ عن حالات جديدة.</p></article></body></html>"]
    docs = [Document(id="t", raw=texts[0], retrieved="2015-07-23 09:00:00", meta={"fields": {}, "source": "t"}),
            Document(id="h", raw=texts[1], raw_format="html", meta={"fields": {"url": "http://e/1"}, "source": "h"})]
    out = Pipeline(check=True).run_many(docs)
    assert [type(d).__name__ for d in out] == ["Document", "Document"]
    assert [len(d.spans("dates")) for d in out] == [1, 1]
